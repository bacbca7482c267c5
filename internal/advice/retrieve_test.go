package advice

import (
	"strings"
	"testing"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/playbook"
	"github.com/akari-career/akari/prompts"
)

// A question no keyword list foresaw is looked up among the notes by the
// words it shares with them, and answered only when its own words point to
// one note surely; a question about what no note names, or of another
// subject altogether, is not.
func TestLookupFindsTheNoteAQuestionNames(t *testing.T) {
	lib, err := playbook.Load(prompts.FS())
	if err != nil {
		t.Fatal(err)
	}
	x := buildNoteIndex(lib)
	tests := []struct {
		question string
		want     string // in the note found; "" for none
	}{
		{"「辞めるなら損害賠償だ」って言われたらどうしたらいいんでしょう", "損害賠償"},
		{"通勤手当ってもらえるよね？", "通勤手当"},
		{"今日の晩ごはん何にしようかな？", ""},
		{"会社の近くに美味しいラーメン屋ある？", ""},
		{"残業のあとの夜道が怖いんだけど、タクシー代って出してもらえるもの？", ""},
		{"健康診断の結果が悪かったら会社にバレる？", ""},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			st := &akari.State{}
			in := newInput(akari.AdviceRequest{Text: tt.question, State: st}, st, akari.Other)
			n, ok := x.lookup(in)
			switch {
			case tt.want == "" && ok:
				t.Errorf("found %q, want none", n.Text)
			case tt.want != "" && !ok:
				t.Errorf("found none, want the note on %s", tt.want)
			case ok && !strings.Contains(n.Text, tt.want):
				t.Errorf("found %q, want the note on %s", n.Text, tt.want)
			}
		})
	}
}

// A question about what the person just said (その3年って?) is looked up
// with that message, even before any guidance: Akari may have answered it
// with a question of her own.
func TestLookedUpReadsWhatWasJustSaid(t *testing.T) {
	lib, err := playbook.Load(prompts.FS())
	if err != nil {
		t.Fatal(err)
	}
	o := NewOffline(Fixed(lib))
	st := &akari.State{}
	st.AddTurn(akari.Turn{Role: akari.RoleUser, Text: "派遣で工場のライン作業をしてるけど、派遣会社から3年たつので来月から別の職場って言われた"})
	st.AddTurn(akari.Turn{Role: akari.RoleAkari, Text: "いちばん気になっているのは、どんなことに近いですか？"})
	q := "その3年って、なに？延長とかできないの？"
	st.AddTurn(akari.Turn{Role: akari.RoleUser, Text: q})
	in := newInput(akari.AdviceRequest{Text: q, State: st}, st, akari.Salary)
	in.pieces, in.lib = o.piecesOf(lib), lib
	got := lookedUp(lib.Playbook(akari.Salary), lib.Listening(), in)
	if got == nil || !strings.Contains(got[0], "3年ルール") {
		t.Errorf("got %q, want the note on 派遣's 3年ルール", got)
	}
}

// A note already given is not looked up again, and a question asking how
// to answer an interviewer's question is not looked up at all: the words
// are the interviewer's.
func TestLookedUpAnswersOnce(t *testing.T) {
	lib, err := playbook.Load(prompts.FS())
	if err != nil {
		t.Fatal(err)
	}
	o := NewOffline(Fixed(lib))
	pb, lis := lib.Playbook(akari.Resignation), lib.Listening()
	st := &akari.State{Category: akari.Resignation, Guided: map[akari.Category]int{akari.Resignation: 1}}
	q := "「辞めるなら損害賠償だ」って言われたらどうしたらいいんでしょう"
	st.AddTurn(akari.Turn{Role: akari.RoleUser, Text: q, Category: akari.Resignation})
	in := newInput(akari.AdviceRequest{Text: q, State: st}, st, akari.Resignation)
	in.pieces, in.lib = o.piecesOf(lib), lib
	first := lookedUp(pb, lis, in)
	if first == nil || !strings.Contains(first[0], "損害賠償") {
		t.Fatalf("first ask: %q, want the note on 損害賠償", first)
	}
	st.AddTurn(akari.Turn{Role: akari.RoleAkari, Text: first[0], Category: akari.Resignation})
	st.AddTurn(akari.Turn{Role: akari.RoleUser, Text: q, Category: akari.Resignation})
	in = newInput(akari.AdviceRequest{Text: q, State: st}, st, akari.Resignation)
	in.pieces, in.lib = o.piecesOf(lib), lib
	if again := lookedUp(pb, lis, in); again != nil && strings.Contains(again[0], "損害賠償") {
		t.Errorf("asked again: the same note once more:\n%s", again[0])
	}
	q = "面接で「お子さんが熱を出したらどうしますか？」って聞かれたら？"
	in = newInput(akari.AdviceRequest{Text: q, State: st}, st, akari.Resignation)
	in.pieces, in.lib = o.piecesOf(lib), lib
	if got := lookedUp(pb, lis, in); got != nil {
		t.Errorf("an interviewer's question looked up: %q", got)
	}
}
