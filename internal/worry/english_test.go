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
		{"too few words", "kms", akari.RiskNone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, why := englishRisk(tt.text); got != tt.want {
				t.Errorf("englishRisk(%q) = %s (%s), want %s", tt.text, got, why, tt.want)
			}
		})
	}
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
