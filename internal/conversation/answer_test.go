package conversation

import (
	"time"

	"testing"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/facts"
)

// TestAnswerTo reads short messages after a question of Akari's: the
// constructions that are answers, and short messages that are not.
func TestAnswerTo(t *testing.T) {
	e := &Engine{intents: newIntents()}
	e.MinConfidence = 0.5
	sameWorry := akari.Classification{Category: akari.WorkplaceRelationships, Confidence: 0.6}
	tests := []struct {
		name, text string
		c          akari.Classification
		want       akari.Answer
	}{
		{"duration about", "3年くらい", sameWorry, akari.Answer{Kind: akari.AnswerDuration, What: "3年くらい", Months: 36}},
		{"duration polite full width", "３ヶ月ほどです。", sameWorry, akari.Answer{Kind: akari.AnswerDuration, What: "3ヶ月ほど", Months: 3}},
		{"duration kansai", "もう2年やな", sameWorry, akari.Answer{Kind: akari.AnswerDuration, What: "2年", Months: 24}},
		{"duration kanji and half", "一年半くらいかな", sameWorry, akari.Answer{Kind: akari.AnswerDuration, What: "一年半くらい", Months: 18}},
		{"half a year", "半年くらいです", sameWorry, akari.Answer{Kind: akari.AnswerDuration, What: "半年くらい", Months: 6}},
		{"since last year", "去年からずっと", sameWorry, akari.Answer{Kind: akari.AnswerDuration, What: "去年からずっと", Months: 12}},
		{"since a move", "異動してから", sameWorry, akari.Answer{Kind: akari.AnswerDuration, What: "異動してから", Months: -1}},
		{"weeks", "2週間くらい前から", sameWorry, akari.Answer{Kind: akari.AnswerDuration, What: "2週間くらい前から", Months: 0}},
		{"every day", "ほぼ毎日", sameWorry, akari.Answer{Kind: akari.AnswerOften, What: "ほぼ毎日"}},
		{"three times a week", "週3くらいっす", sameWorry, akari.Answer{Kind: akari.AnswerOften, What: "週3くらい"}},
		{"now and then", "たまにです", sameWorry, akari.Answer{Kind: akari.AnswerSometimes, What: "たまに"}},
		{"not told HR", "人事には言ってない", sameWorry, akari.Answer{Kind: akari.AnswerNotTold, What: "人事"}},
		{"not told anyone kansai", "誰にも言うてへん", sameWorry, akari.Answer{Kind: akari.AnswerNotTold, What: "誰"}},
		{"not told yet", "まだ相談してないです", sameWorry, akari.Answer{Kind: akari.AnswerNotTold}},
		{"cannot tell parents", "親には言えない", sameWorry, akari.Answer{Kind: akari.AnswerCannot, What: "親"}},
		{"told", "上司には相談しました", sameWorry, akari.Answer{Kind: akari.AnswerTold, What: "上司"}},
		{"told already", "部長にはもう言ったけど", sameWorry, akari.Answer{Kind: akari.AnswerTold, What: "部長"}},
		{"no one", "いないです", sameWorry, akari.Answer{Kind: akari.AnswerNo}},
		{"yes", "はい", sameWorry, akari.Answer{Kind: akari.AnswerYes}},
		{"kansai no one", "おらん", sameWorry, akari.Answer{Kind: akari.AnswerNo}},
		{"no, and more", "いいえ、休日もあまり変わりません。", akari.Classification{Category: akari.Other, Confidence: 0.4}, akari.Answer{Kind: akari.AnswerNo}},
		{"yes, and more", "はい、週末は少し楽です", akari.Classification{Category: akari.Other, Confidence: 0.4}, akari.Answer{Kind: akari.AnswerYes}},
		{"yes, then a new worry", "はい、給料も安いし", akari.Classification{Category: akari.Salary, Confidence: 0.6}, akari.Answer{}},

		// Short, but a message of its own.
		{"new worry about pay", "残業代も出ないし", akari.Classification{Category: akari.Salary, Confidence: 0.7}, akari.Answer{}},
		{"wants to quit", "もう辞めたい", akari.Classification{Category: akari.Resignation, Confidence: 0.9}, akari.Answer{}},
		{"a duration inside a new worry", "3年働いたけど給料が上がらない", akari.Classification{Category: akari.Salary, Confidence: 0.9}, akari.Answer{}},
		{"a told inside a story", "上司に言ったら怒鳴られた", sameWorry, akari.Answer{}},
		{"a question back", "3年って長いですか？", sameWorry, akari.Answer{}},
		{"more than who was told", "給料のことは上司に言ったけど", sameWorry, akari.Answer{}},
		{"sure of another worry", "転職したい", akari.Classification{Category: akari.CareerChange, Confidence: 0.95}, akari.Answer{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := "いつごろから続いていますか"
			if tt.want.Kind == akari.AnswerYes || tt.want.Kind == akari.AnswerNo || tt.text == "はい、給料も安いし" {
				q = "職場に、話しやすい人はいますか"
			}
			st := asked(q, tt.text)
			if got := e.answerTo(st, fold(tt.text), tt.c); got != tt.want {
				t.Errorf("answerTo(%q) = %+v, want %+v", tt.text, got, tt.want)
			}
		})
	}
}

// TestAnswerNeedsAQuestion: 「3年くらい」 is an answer only right after Akari
// asked something.
func TestAnswerNeedsAQuestion(t *testing.T) {
	e := &Engine{intents: newIntents()}
	c := akari.Classification{Category: akari.Salary, Confidence: 0.7}
	st := asked("", "3年くらい")
	if got := e.answerTo(st, fold("3年くらい"), c); got.Kind != akari.AnswerNone {
		t.Errorf("after a reply without a question: %+v, want no answer", got)
	}
	st = asked("職場に話しやすい人はいますか", "3年くらい")
	st.Turns = append(st.Turns[:1], akari.Turn{Role: akari.RoleUser, Text: "うーん"}, st.Turns[1])
	if got := e.answerTo(st, fold("3年くらい"), c); got.Kind != akari.AnswerNone {
		t.Errorf("after the person already wrote since the question: %+v, want no answer", got)
	}
}

// TestYesNoNeedsAYesNoQuestion: 「はい」 answers 「…いますか？」, not 「どれ
// に近いですか？」.
func TestYesNoNeedsAYesNoQuestion(t *testing.T) {
	e := &Engine{intents: newIntents()}
	c := akari.Classification{Category: akari.Other, Confidence: 0.4}
	if got := e.answerTo(asked("働き方は正社員、契約社員、派遣、パートのどれに近いですか", "はい"), fold("はい"), c); got.Kind != akari.AnswerNone {
		t.Errorf("はい to a choice: %+v, want no answer", got)
	}
	if got := e.answerTo(asked("何か記録に残せていますか", "いいえ"), fold("いいえ"), c); got.Kind != akari.AnswerNo {
		t.Errorf("いいえ to 何か…ますか: %+v, want no", got)
	}
}

// TestWeeklyAfterARemoteQuestion: 「週3」 after 「在宅は週に何日くらい？」 is
// days at home, kept as remote_days; after another question it is how
// often.
func TestWeeklyAfterARemoteQuestion(t *testing.T) {
	e := &Engine{intents: newIntents()}
	c := akari.Classification{Category: akari.Other, Confidence: 0.4}
	got := e.answerTo(asked("在宅は週に何日くらいで、冷たさを感じるのはどんな場面が多いですか", "週3"), fold("週3"), c)
	if want := (akari.Answer{Kind: akari.AnswerRemote, What: "3"}); got != want {
		t.Errorf("週3 after a remote question: %+v, want %+v", got, want)
	}
	if f := answered(got, ""); len(f) != 1 || f[0].Key != facts.RemoteDays || f[0].Value != "3" {
		t.Errorf("answered(%+v) = %+v, want remote_days=3", got, f)
	}
	got = e.answerTo(asked("どのくらいの頻度で言われますか", "週3"), fold("週3"), c)
	if want := (akari.Answer{Kind: akari.AnswerOften, What: "週3"}); got != want {
		t.Errorf("週3 after a how-often question: %+v, want %+v", got, want)
	}
}

func TestQuestionOf(t *testing.T) {
	for text, want := range map[string]string{
		"3年くらい続いているんですね。\n\n①メモを残しましょう。\n\n職場に、少しでも話しやすい人はいますか？": "職場に、少しでも話しやすい人はいますか",
		"どんなことを言われていますか？ いつごろから続いていますか？":                         "いつごろから続いていますか",
		"ゆっくり休んでくださいね。": "",
	} {
		if got := questionOf(text); got != want {
			t.Errorf("questionOf(%q) = %q, want %q", text, got, want)
		}
	}
}

// asked is a state whose last turns are Akari asking q (nothing when q is
// empty) and the person writing text.
func asked(q, text string) *akari.State {
	said := "そうなんですね。"
	if q != "" {
		said += q + "？"
	}
	st := &akari.State{Category: akari.WorkplaceRelationships}
	st.Turns = []akari.Turn{akari.AkariTurn(said, st.Category, time.Date(2026, 11, 30, 23, 0, 0, 0, time.UTC)), {Role: akari.RoleUser, Text: text}}
	st.Asked = questionOf(said)
	return st
}

// TestAnsweredFacts: what a short answer tells is kept under the fact it
// answers.
func TestAnsweredFacts(t *testing.T) {
	tests := []struct {
		name, asked string
		a           akari.Answer
		want        string // key=value, or "" for nothing
	}{
		{"how long the worry", "いつごろから続いていますか", akari.Answer{Kind: akari.AnswerDuration, What: "3年くらい", Months: 36}, "since=3年くらい"},
		{"how long at the job", "今はどんなお仕事をしていて、どのくらい続けていますか", akari.Answer{Kind: akari.AnswerDuration, What: "1年半", Months: 18}, "tenure=1y6m"},
		{"not told", "", akari.Answer{Kind: akari.AnswerNotTold, What: "人事"}, "told=人事（まだ）"},
		{"no one told", "", akari.Answer{Kind: akari.AnswerCannot, What: "誰"}, "told=誰（まだ）"},
		{"told", "", akari.Answer{Kind: akari.AnswerTold, What: "上司"}, "told=上司"},
		{"a bare no", "", akari.Answer{Kind: akari.AnswerNo}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			for _, f := range answered(tt.a, tt.asked) {
				got = string(f.Key) + "=" + f.Value
			}
			if got != tt.want {
				t.Errorf("answered = %q, want %q", got, tt.want)
			}
		})
	}
}
