package advice

import (
	"testing"

	"github.com/akari-career/akari/internal/akari"
)

// TestReflection: a short answer is given back in its own words, built from
// its construction and, for yes and no, from Akari's question.
func TestReflection(t *testing.T) {
	tests := []struct {
		name, asked string
		a           akari.Answer
		want        string
	}{
		{"duration", "いつごろから続いていますか", akari.Answer{Kind: akari.AnswerDuration, What: "3年くらい", Months: 36}, "3年くらい続いているんですね。"},
		{"since", "", akari.Answer{Kind: akari.AnswerDuration, What: "去年から", Months: 12}, "去年から続いているんですね。"},
		{"tenure", "いまの職場では何年くらい働いていますか", akari.Answer{Kind: akari.AnswerDuration, What: "3年くらい", Months: 36}, "3年くらい、いまの職場でがんばってきたんですね。"},
		{"often", "", akari.Answer{Kind: akari.AnswerOften, What: "ほぼ毎日"}, "ほぼ毎日なんですね。"},
		{"not told", "", akari.Answer{Kind: akari.AnswerNotTold, What: "人事"}, "人事には、まだ話していないんですね。"},
		{"not told anyone", "", akari.Answer{Kind: akari.AnswerNotTold, What: "誰"}, "まだ誰にも話していないんですね。"},
		{"cannot tell", "", akari.Answer{Kind: akari.AnswerCannot, What: "親"}, "親には、なかなか言い出せずにいるんですね。"},
		{"told", "", akari.Answer{Kind: akari.AnswerTold, What: "上司"}, "上司には、もう伝えてあるんですね。"},
		{"nobody to talk to", "職場に、少しでも話しやすい人はいますか", akari.Answer{Kind: akari.AnswerNo}, "職場に、話しやすい人はいないんですね。"},
		{"no relief", "休みの日は、少しでも体が楽になりますか", akari.Answer{Kind: akari.AnswerNo}, "休みの日は、体が楽にならないんですね。"},
		{"sleeping", "夜は少しでも眠れていますか", akari.Answer{Kind: akari.AnswerYes}, "夜は眠れているんですね。"},
		{"can consult", "上司には、今回のことを相談できそうですか", akari.Answer{Kind: akari.AnswerNo}, "上司には、今回のことを相談するのは難しそうなんですね。"},
		{"never once", "有給は、これまでに一度でも取れたことはありますか", akari.Answer{Kind: akari.AnswerNo}, "有給は、これまでに一度も取れたことはないんですね。"},
		{"a chance to talk", "復帰前に、上司や人事と話す機会はありそうですか", akari.Answer{Kind: akari.AnswerNo}, "復帰前に、上司や人事と話す機会はなさそうなんですね。"},
		{"the check-in", "これなら、できそうな気がしますか", akari.Answer{Kind: akari.AnswerYes}, "これなら、できそうな気がするんですね。"},
		{"conversely", "逆に、これだけはやりたくないということはありますか", akari.Answer{Kind: akari.AnswerNo}, "これだけはやりたくないということはないんですね。"},
		{"asked in the negative", "体調や睡眠に影響は出ていませんか", akari.Answer{Kind: akari.AnswerNo}, "そうなんですね。教えてくれてありがとうございます。"},
		{"no question form known", "どんなことを言われていますか", akari.Answer{Kind: akari.AnswerYes}, "そうなんですね。教えてくれてありがとうございます。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := input{answer: tt.a, asked: tt.asked}
			if got := reflection(tt.a, in); got != tt.want {
				t.Errorf("reflection = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestUnderTwoWeeks(t *testing.T) {
	for span, want := range map[string]bool{
		"3日くらい": true, "1週間": true, "一週間ほど": true, "10日": true,
		"2週間くらい": false, "3ヶ月": false, "半年": false, "去年から": false, "20日くらい": false,
	} {
		if got := underTwoWeeks(span); got != want {
			t.Errorf("underTwoWeeks(%q) = %v, want %v", span, got, want)
		}
	}
}
