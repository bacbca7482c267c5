package advice_test

import (
	"strings"
	"testing"

	"github.com/akari-career/akari/internal/advice"
	"github.com/akari-career/akari/internal/akari"
)

// Facts told right after a note are the person's case for it: the sentence
// they bear on is quoted back; a case no sentence holds is thanked for and
// asked about — never met with the topics of small talk, nor the worry's
// first steps again (round 39, general set 141).
func TestFactsToldAfterANote(t *testing.T) {
	o := advice.NewOffline(advice.Fixed(library(t)))
	tests := []struct {
		name        string
		cat         akari.Category
		first, then string
		want        string // in the reply to then ("": anything)
		not         []string
	}{
		{"a contract's renewals, with no worry on the table", akari.Other,
			"派遣なんですけど、来月で契約終了って急に言われました。これってアリなんですか？", "4回更新して、もうすぐ3年です", "30日前", []string{"話しかけて", "あかりはここに"}},
		{"hours of overtime against the fixed part", akari.Salary,
			"みなし残業って超えた分は出ないものなんですか？", "契約は20時間分で、実際は毎月40時間くらい", "差額", []string{"①"}},
		{"a case no sentence holds", akari.Other,
			"パートで店から社会保険に入るか聞かれたけど、入ったほうがいいの？", "いまは夫の扶養に入ってます", "", []string{"話しかけて", "あかりはここに"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := &akari.State{}
			a := advise(t, o, tt.first, tt.cat, st)
			said(st, tt.first, tt.cat, a)
			got := strings.Join(advise(t, o, tt.then, tt.cat, st).Texts, "\n")
			if !strings.Contains(got, tt.want) || got == "" {
				t.Errorf("reply to %q:\n%s\nwant it to say %q", tt.then, got, tt.want)
			}
			for _, n := range tt.not {
				if strings.Contains(got, n) {
					t.Errorf("reply to %q:\n%s\nwant no %q", tt.then, got, n)
				}
			}
		})
	}
}

// A rule someone at work told them, put to Akari as a statement, is
// answered by the note that names it by a long word of its own — and not
// by a note named only by the topic, which would repeat what was said
// (round 39, general set 143).
func TestRuleToldAtWork(t *testing.T) {
	o := advice.NewOffline(advice.Fixed(library(t)))
	st := &akari.State{}
	first := "スーパーでパートしてるんやけど、パートでも有給ってもらえるん？"
	a := advise(t, o, first, akari.Salary, st)
	said(st, first, akari.Salary, a)
	told := "でも店長に人足りんから無理って言われてん"
	got := strings.Join(advise(t, o, told, akari.Salary, st).Texts, "\n")
	if !strings.Contains(got, "会社の役目") {
		t.Errorf("reply to %q:\n%s\nwant the note on a shortage of staff", told, got)
	}
}
