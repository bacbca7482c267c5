package advice

import (
	"testing"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/jatext"
)

func TestInputIsFolded(t *testing.T) {
	tests := map[string]string{
		"ＯＪＴ中です":    "ojt中です",
		"OJT":       "ojt",
		"派遣で働いています": "派遣で働いています",
		"ＡＩ？":       "ai?",
		"ﾌﾙ在宅がいい":   "フル在宅がいい",
	}
	for in, want := range tests {
		if got := newInput(akari.AdviceRequest{Text: in}, &akari.State{}, akari.Other).text; got != want {
			t.Errorf("newInput(%q).text = %q, want %q", in, got, want)
		}
	}
}

func TestIndexSkipsNegatedWords(t *testing.T) {
	tests := []struct {
		text, term string
		found      bool
	}{
		{"派遣で働いています", "派遣", true},
		{"正社員じゃなくて派遣です", "正社員", false},
		{"正社員ではないです", "正社員", false},
		{"正社員じゃないけど、前は正社員でした", "正社員", true},
		{"ＯＪＴがつらい", "OJT", true},
	}
	for _, tt := range tests {
		in := input{text: jatext.Fold(tt.text)}
		if got := in.index(tt.term) >= 0; got != tt.found {
			t.Errorf("index(%q in %q) found = %v, want %v", tt.term, tt.text, got, tt.found)
		}
	}
}

// TestAsksReadsEverySentence: a question said first and its reasons after
// asks as much as one said last.
func TestAsksReadsEverySentence(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"時短を理由に昇格で差をつけるのって、許されるんでしょうか。働いた分が減るのは納得しているのですが、昇格を止められるのは違う気がしていて。", true},
		{"有給って何日もらえるんですか", true},
		{"上司に怒られた。もう疲れた。", false},
		{"今日は早く帰れた。明日も頑張る", false},
		{"辞める前に有給ぜんぶ使いたいんだけど、園長にダメって言われたらどうしよ💦", true},
		{"逆質問なにきけば", true},
		{"そもそもその2024年問題って何が変わったの", true},
		{"有給っていつから使えるん", true},
		{"何回言っても上司が聞いてくれへん", false},
		{"会社からは自腹で払えって言われた。なんでなん", false},
	}
	for _, tt := range tests {
		in := input{text: jatext.Fold(tt.text)}
		if got := in.asks(); got != tt.want {
			t.Errorf("asks(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
