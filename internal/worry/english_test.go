package worry

import (
	"testing"

	"github.com/akari-career/akari/internal/akari"
)

// TestEnglishRisk holds each English pattern to a sign it reads and to an
// everyday sentence with its words that it must not.
func TestEnglishRisk(t *testing.T) {
	tests := []struct {
		name, text string
		want       akari.Risk
	}{
		{"self-harm again", "I cut again in the office toilet today. it's the only way I get through the afternoon meetings", akari.RiskHigh},
		{"self-harm, an accident at hand", "I cut my arm again on the box cutter, accidentally, while unpacking stock", akari.RiskNone},
		{"until it bleeds", "I punch the wall until my knuckles bleed every time my shift lead calls me useless", akari.RiskHigh},
		{"the platform's edge", "this morning I caught myself measuring the gap to the platform edge again", akari.RiskHigh},
		{"the platform's edge, a safety poster", "we put up a safety poster about standing behind the platform edge line", akari.RiskNone},
		{"trains let go by", "stood there and let two trains go by before I could move", akari.RiskHigh},
		{"a one-way ticket to the sea", "Bought a one-way ticket to the sea at Atami. No more client calls after this.", akari.RiskHigh},
		{"a one-way ticket home", "bought a one-way ticket home to Manila, going back to the sea and my family for good", akari.RiskNone},
		{"an end of one's own", "The contract ends on March 31 and so do I.", akari.RiskHigh},
		{"an accident wished", "every morning on the train I hope something happens to me. an accident, anything", akari.RiskConcern},
		{"a truck wished", "lol wish a truck would hit me on the way to standup so I'd have an excuse", akari.RiskConcern},
		{"a truck that did", "a truck hit me in the parking lot, not badly. should I report it?", akari.RiskNone},
		{"not waking, prayed for", "Office folks here get to work from home while I'm on the factory line 12h. some nights I pray I just don't wake up", akari.RiskConcern},
		{"not waking late", "I hope I don't wake up late tomorrow, big presentation", akari.RiskNone},
		{"sleeping forever", "sleeping forever sounds really nice rn. 3 sprint reviews this week", akari.RiskConcern},
		{"sleeping forever, a backlog", "our product will sleep forever in the backlog", akari.RiskNone},
		{"tired of living, not only of the job", "5 years in Japan and still the foreigner nobody sits with at lunch. I'm tired of living, not only of this job.", akari.RiskConcern},
		{"tired of living, denied", "I'm not tired of living, I'm tired of this job", akari.RiskNone},
		{"the point of oneself", "what's the point of me. seriously. the team ran fine the week I was sick", akari.RiskConcern},
		{"the point of meetings", "what's the point of meetings that could be an email", akari.RiskNone},
		{"gone from the world", "not quit. actually disappeared, gone from the world.", akari.RiskConcern},
		{"not missed", "no one at the office would notice if I disappeared", akari.RiskConcern},
		{"not missed at a meeting", "Nobody would notice if I disappeared from the meeting lol", akari.RiskNone},
		{"better never here", "I feel like a bug in production, better if I was never deployed at all", akari.RiskConcern},
		{"rather dead", "honestly I'd rather be dead. every day the same calls", akari.RiskHigh},
		{"rather die than a sprint", "I'd rather die than do another sprint like this lol", akari.RiskNone},
		{"letters and a guitar", "Wrote letters to my parents in Manila and to my coworkers. Gave my guitar to my roommate. I feel calm about it now.", akari.RiskHigh},
		{"debts settled for when one is gone", "Cancelled my phone plan, paid back my coworker. Nobody will be stuck with my debts when I'm gone.", akari.RiskHigh},
		{"a cover letter and notice", "wrote a cover letter for the new company and gave my notice to HR", akari.RiskNone},
		{"jest owned", "tired of being alive lol jk, just mondays", akari.RiskNone},
		{"said plainly", "honestly I'm ready to kill myself after this quarter", akari.RiskHigh},
		{"said plainly, denied", "I don't want to kill myself, I want a new job", akari.RiskNone},
		{"suicide, a campaign", "HR made us all do suicide prevention training today", akari.RiskNone},
		{"self-harm said bare", "cut again in the staff toilet between packing lines", akari.RiskHigh},
		{"a cut said bare, of hours", "cut again: my hours this month, second time", akari.RiskNone},
		{"dead rather than work", "I'd honestly rather be dead than walk into that office on Monday", akari.RiskConcern},
		{"dead rather than work, laughed", "I'd rather die than sit through another all-hands lol", akari.RiskNone},
		{"not this life", "I sat in the booth thinking I don't want to do this life anymore", akari.RiskConcern},
		{"an end daydreamed", "ngl i daydream about the plane home crashing", akari.RiskConcern},
		{"sorry for being born", "Lately I'm apologising for being born.", akari.RiskConcern},
		{"a burden", "Yaar I feel like a burden only", akari.RiskConcern},
		{"a burden, financially", "I feel like a financial burden on my parents while job hunting", akari.RiskNone},
		{"one's life insurance", "Some days I think my life insurance is the most useful thing I can give my family.", akari.RiskConcern},
		{"life insurance sold", "Sold my first life insurance policy to a family today, the client was so kind", akari.RiskNone},
		{"relieved if hit", "If a truck hit me on the way to the factory I'd be kind of relieved tbh", akari.RiskConcern},
		{"into the barrier", "on the expressway home i keep thinking about turning the wheel into the barrier", akari.RiskHigh},
		{"into the sea", "after the izakaya closes tonight i'm walking into the sea at the beach", akari.RiskHigh},
		{"a height simpler", "Now I think the 10th floor balcony is simpler.", akari.RiskHigh},
		{"the roof left open", "the rooftop door on the 14th floor is never locked. i checked at lunch", akari.RiskHigh},
		{"the roof left open, reported", "reported to facilities that the rooftop door is never locked", akari.RiskNone},
		{"charcoal and tape", "ok so I bought the charcoal and the tape. business hotel booked for Saturday", akari.RiskHigh},
		{"charcoal for a barbecue", "bought charcoal and foil for the team barbecue on Saturday", akari.RiskNone},
		{"affairs put in order, three acts", "Cancelled my phone contract, paid rent till March, left a note asking the landlord to call my sister.", akari.RiskHigh},
		{"belongings given, where one is going", "gave my bike and rice cooker to the new ALT. told him i won't need them where i'm going", akari.RiskHigh},
		{"belongings given, flying home", "Gave my bike and rice cooker to the new ALT. Flying home Friday! Gonna miss my students", akari.RiskNone},
		{"too few words", "kms", akari.RiskNone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, why := englishText(tt.text); got != tt.want {
				t.Errorf("englishRisk(%q) = %s (%s), want %s", tt.text, got, why, tt.want)
			}
		})
	}
}

// englishText is englishRisk over text's words.
func englishText(text string) (akari.Risk, string) {
	w, ok := englishWords(text)
	if !ok {
		return akari.RiskNone, ""
	}
	return englishRisk(&w)
}

// TestEnglishWords splits words and sentences as the patterns read them.
func TestEnglishWords(t *testing.T) {
	w, ok := englishWords("I don't know. 今日は疲れた！Wake up")
	if !ok {
		t.Fatal("three words or more, want read")
	}
	want := []string{"i", "dont", "know", "wake", "up"}
	sent := []int{0, 0, 0, 2, 2}
	if len(w.words) != len(want) {
		t.Fatalf("got %q, want %q", w.words, want)
	}
	for i := range want {
		if w.words[i] != want[i] || w.sentence[i] != sent[i] {
			t.Errorf("word %d: got %q in sentence %d, want %q in %d", i, w.words[i], w.sentence[i], want[i], sent[i])
		}
	}
}

// TestEnglishSkipsJapanese: a Japanese message with a few Latin words is
// not read in English, and costs no allocation.
func TestEnglishSkipsJapanese(t *testing.T) {
	text := "36協定の上限ってLINEで聞いてもいい？ITの会社で月45時間超えてる"
	if _, ok := englishWords(text); ok {
		t.Fatalf("englishWords(%q) read it as English", text)
	}
	m := loadModel(t)
	var r riskResult
	if n := testing.AllocsPerRun(100, func() { m.readEnglish(&r, text) }); n != 0 {
		t.Errorf("englishRisk on Japanese: %.0f allocations, want 0", n)
	}
}

func BenchmarkEnglishRisk(b *testing.B) {
	m := loadModel(b)
	for _, bc := range []struct{ name, text string }{
		{"japanese", "在宅勤務の日だけ同僚が冷たい。チャットの返信も「了解」だけで、出社の日は普通なのに"},
		{"english", "Office folks here get to work from home while I'm on the factory line 12h. some nights I pray I just don't wake up"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				var r riskResult
				m.readEnglish(&r, bc.text)
			}
		})
	}
}

// TestEnglishSetsModelAside: a risk the model alone read in English talk
// of a game, of harm meant for someone else or of a career left is set
// aside; one the English reading reads stays.
func TestEnglishSetsModelAside(t *testing.T) {
	tests := []struct {
		name, text string
		in, want   akari.Risk
	}{
		{"a game", "ugh this Elden Ring boss, died 80 times. that's my whole night after overtime", akari.RiskHigh, akari.RiskNone},
		{"a coworker", "I'm going to kill my coworker if he microwaves fish in the staffroom one more time", akari.RiskHigh, akari.RiskNone},
		{"a career", "RIP my career in sales lol. Moving to an IT role next month", akari.RiskConcern, akari.RiskNone},
		{"nothing to say what it is", "some days I just want everything to go quiet forever", akari.RiskConcern, akari.RiskConcern},
		{"Japanese", "ゲームのボスで80回死んだ", akari.RiskHigh, akari.RiskHigh},
	}
	m := loadModel(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := riskResult{risk: tt.in, why: "model"}
			m.readEnglish(&r, tt.text)
			if r.risk != tt.want {
				t.Errorf("readEnglish(model %s, %q) = %s (%s), want %s", tt.in, tt.text, r.risk, r.why, tt.want)
			}
		})
	}
}

// TestEnglishModel: the model over English words raises a concern where no
// pattern reads one, and keeps quiet on work talk with the same words;
// it does not read Japanese in Latin letters.
func TestEnglishModel(t *testing.T) {
	m := loadModel(t)
	tests := []struct {
		name, text string
		want       akari.Risk
	}{
		{"a sign no pattern reads", "Is it normal to feel like the world would run more efficiently without me? Like I'm a bug nobody has bothered to fix", akari.RiskConcern},
		{"a date set quietly", "I've picked the date. Sorted the paperwork so my flatmate isn't stuck with anything.", akari.RiskConcern},
		{"a boss's words", "My manager told me to just die because I was 5 min late. Is that even legal in Japan?", akari.RiskNone},
		{"a farewell at work", "Saying goodbye to everyone at the office tomorrow. Last day! Going back to Vietnam for good to marry my fiance", akari.RiskNone},
		{"romaji", "oyasumi~ mata ashita hanasou ne Akari arigato", akari.RiskNone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := m.Classify(tt.text); got.Risk != tt.want {
				why, _ := m.CrisisSignal(tt.text)
				t.Errorf("Classify(%q).Risk = %s (%s), want %s", tt.text, got.Risk, why, tt.want)
			}
		})
	}
}
