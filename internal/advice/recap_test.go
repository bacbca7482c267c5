package advice

import (
	"slices"
	"strings"
	"testing"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/playbook"
)

// A sentence quoted in the reply just before is not quoted again: the
// repetition check would take it out, leaving the recap's lead alone.
func TestRecapDoesNotQuoteWhatWasJustQuoted(t *testing.T) {
	lis := &playbook.Listening{RecapLead: []string{"さっきのお話のうち、この部分です。"}, FactCheckIn: []string{"ほかにも聞いてくださいね。"}}
	n := playbook.Note{Text: "扶養の線は、税金と社会保険で別々です。勤め先の規模などによっては、週20時間以上・月8.8万円以上で、勤め先の社会保険に入る線もあります。"}
	q := "週20時間こえたらどうなるんでしょう"
	st := &akari.State{}
	st.AddTurn(akari.Turn{Role: akari.RoleUser, Text: "パートの扶養って？"})
	st.AddTurn(akari.Turn{Role: akari.RoleAkari, Text: "ほかのこと。"})
	st.AddTurn(akari.Turn{Role: akari.RoleUser, Text: q})
	in := newInput(akari.AdviceRequest{Text: q, State: st}, st, akari.Salary)
	first := recap(lis, n, in)
	if len(first) != 1 || !strings.Contains(first[0], "週20時間以上") {
		t.Fatalf("first recap: %q, want the sentence on 週20時間", first)
	}
	st.AddTurn(akari.Turn{Role: akari.RoleAkari, Text: first[0]})
	st.AddTurn(akari.Turn{Role: akari.RoleUser, Text: q})
	in = newInput(akari.AdviceRequest{Text: q, State: st}, st, akari.Salary)
	if again := recap(lis, n, in); again != nil {
		t.Errorf("recap of what was just quoted: %q, want none", again)
	}
}

// TestSentencesKeepTheirQuotes: a note's sentence that holds wording to say
// is not cut at the 。 inside its quote (round 37: a quote of 「上司には『…
// ありますか」 was given, cut in the middle).
func TestSentencesKeepTheirQuotes(t *testing.T) {
	got := sentences("上司には「使えますか。試せますか」と聞きましょう。次に、分担です。")
	want := []string{"上司には「使えますか。試せますか」と聞きましょう。", "次に、分担です。"}
	if !slices.Equal(got, want) {
		t.Errorf("sentences = %q, want %q", got, want)
	}
}
