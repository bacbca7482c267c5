package akari

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// A reply as the advisor composes them: lines joined by blank lines and
// line breaks, numbered steps, several sentences on a line, a question.
const reply = "眠れない夜が続くと、それだけで心も体もすり減ってしまいますよね。\n\n" +
	"体の不調は、休んだり相談したりすることで軽くなることがよくあります。早めに専門の人に見てもらうほど、回復の選択肢も広がります。\n" +
	"手をつけやすい順に、できそうなことを並べてみます。\n" +
	"①今夜は早めに横になってみましょう。スマホを枕元から離すだけでも、少し違います。\n" +
	"②有給休暇や休職など、休む方法を確認しておきましょう。\n\n" +
	"いま一番気になっているのは、どれに近いですか？"

func TestPrintsAnswerAsTheTextForTheLinesARepliesIsMadeOf(t *testing.T) {
	p := PrintsOf(reply)
	pieces := []struct {
		name, piece string
	}{
		{"a line", "眠れない夜が続くと、それだけで心も体もすり減ってしまいますよね。"},
		{"a line of two sentences", "体の不調は、休んだり相談したりすることで軽くなることがよくあります。早めに専門の人に見てもらうほど、回復の選択肢も広がります。"},
		{"its first sentence", "体の不調は、休んだり相談したりすることで軽くなることがよくあります。"},
		{"its last sentence", "早めに専門の人に見てもらうほど、回復の選択肢も広がります。"},
		{"a step without its number", "今夜は早めに横になってみましょう。スマホを枕元から離すだけでも、少し違います。"},
		{"a step's first sentence with its number", "①今夜は早めに横になってみましょう。"},
		{"a step's first sentence without its number", "今夜は早めに横になってみましょう。"},
		{"a step's second sentence", "スマホを枕元から離すだけでも、少し違います。"},
		{"the question", "いま一番気になっているのは、どれに近いですか？"},
		{"two lines", "手をつけやすい順に、できそうなことを並べてみます。\n①今夜は早めに横になってみましょう。スマホを枕元から離すだけでも、少し違います。"},
		{"a step with another number", "③有給休暇や休職など、休む方法を確認しておきましょう。"},
		{"a line never said", "転職は、次に何を大事にしたいかをはっきりさせたほうが、うまくいきやすいです。"},
		{"a sentence with a word changed", "今夜は早めに寝てみましょう。"},
	}
	for _, c := range pieces {
		t.Run(c.name, func(t *testing.T) {
			want := strings.Contains(reply, c.piece)
			if got := p.Has(c.piece); got != want {
				t.Errorf("Has(%q) = %v, want %v (as found in the text)", c.piece, got, want)
			}
		})
	}
}

func TestPrintsDoNotFindWhatStandsInsideASentence(t *testing.T) {
	// Akari's lines are whole lines or whole sentences of her replies; a
	// fragment of a sentence is not one of them, so it is not asked for.
	p := PrintsOf(reply)
	for _, piece := range []string{"それだけで心も体も", "スマホを枕元から離す", "", "\n"} {
		if p.Has(piece) {
			t.Errorf("Has(%q) = true, want false", piece)
		}
	}
}

func TestPrintsSurviveJSON(t *testing.T) {
	turn := AkariTurn(reply, Salary, time.Date(2026, 5, 1, 21, 0, 0, 0, time.UTC))
	raw, err := json.Marshal(turn.Prints)
	if err != nil {
		t.Fatal(err)
	}
	var back Prints
	if err := json.Unmarshal(raw, &back); err != nil {
		t.Fatal(err)
	}
	if len(back) == 0 || len(back) != len(turn.Prints) {
		t.Fatalf("prints after JSON: %d, want %d", len(back), len(turn.Prints))
	}
	words := Turn{Role: RoleAkari, Prints: back}
	if !words.Says("②有給休暇や休職など、休む方法を確認しておきましょう。") || words.Says("転職しましょう。") {
		t.Error("a turn with the prints read back and no text does not answer what it said")
	}
	if len(raw) > len(reply)/5 {
		t.Errorf("prints take %d bytes for a text of %d, want at most a fifth", len(raw), len(reply))
	}
	var bad Prints
	for _, raw := range []string{`"!!"`, `"AAA"`, `12`} {
		if err := json.Unmarshal([]byte(raw), &bad); err == nil {
			t.Errorf("prints %s read without an error", raw)
		}
	}
}

func TestSaysWithoutPrintsReadsTheText(t *testing.T) {
	// A turn made as a literal (or read from a state stored before turns
	// had prints) is answered from its text, the same way.
	turn := Turn{Role: RoleAkari, Text: reply}
	if !turn.Says("いま一番気になっているのは、どれに近いですか？") {
		t.Error("a turn without prints does not say its own line")
	}
	if (Turn{Role: RoleUser, Text: reply}).Says("いま一番気になっているのは、どれに近いですか？") {
		t.Error("the person's turn counts as said by Akari")
	}
}
