package advice_test

import (
	"strings"
	"testing"

	"github.com/akari-career/akari/internal/advice"
	"github.com/akari-career/akari/internal/akari"
)

func TestWhereToTurnIsAnsweredWithADesk(t *testing.T) {
	o := advice.NewOffline(advice.Fixed(library(t)))
	tests := []struct {
		name      string
		cat       akari.Category
		say, then string
		want      []string // one of these desks
		not       string
	}{
		{"paid leave, outside the company", akari.Salary, "有給を申請したら忙しいからダメと言われました", "会社の外に相談できるところある？",
			[]string{"総合労働相談コーナー", "労働基準監督署"}, ""},
		{"harassment, someone else's 死ね", akari.WorkplaceRelationships, "先輩に死ねって言われた", "外に相談できる場所ってある？",
			[]string{"総合労働相談コーナー", "雇用環境・均等部"}, ""},
		{"already quit, where to apply", akari.Resignation, "先週退職しました。離職票がまだ来ません", "失業保険はどこで手続きすればいい？",
			[]string{"ハローワーク"}, "辞めたいと思いながら"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := &akari.State{}
			said(st, tt.say, tt.cat, advise(t, o, tt.say, tt.cat, st))
			all := strings.Join(advise(t, o, tt.then, tt.cat, st).Texts, "\n")
			ok := false
			for _, w := range tt.want {
				ok = ok || strings.Contains(all, w)
			}
			if !ok {
				t.Errorf("want one of %q:\n%s", tt.want, all)
			}
			if tt.not != "" && strings.Contains(all, tt.not) {
				t.Errorf("says %q to someone who already quit:\n%s", tt.not, all)
			}
		})
	}
}

// TestWhatToBringIsAnsweredWithTheList: a desk named with a question of
// what to prepare for it gets the list of records to take, not the desks
// again (general set 173, round 46).
func TestWhatToBringIsAnsweredWithTheList(t *testing.T) {
	o := advice.NewOffline(advice.Fixed(library(t)))
	for _, tt := range []struct {
		cat       akari.Category
		say, then string
	}{
		{akari.HungUpCall, "報告の電話をまた上司に切られました。これで3回目です", "相談窓口に行くとしたら、何を準備しておけばいいですか"},
		{akari.Salary, "残業が月80時間あるのに、45時間分しか払われていません", "労基署に相談に行くとき、何を持っていけばいいですか？"},
	} {
		st := &akari.State{}
		said(st, tt.say, tt.cat, advise(t, o, tt.say, tt.cat, st))
		all := strings.Join(advise(t, o, tt.then, tt.cat, st).Texts, "\n")
		if !strings.Contains(all, "給与明細") || !strings.Contains(all, "メモ") || strings.Contains(all, "離職票") {
			t.Errorf("%q: want the records to take (メモ, 給与明細), not the job centre's list:\n%s", tt.then, all)
		}
	}
}
