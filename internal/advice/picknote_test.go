package advice

import (
	"testing"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/playbook"
)

// The note a question names most specifically answers it: the rarer word
// (a word inside a longer one named counts for nothing), then the more
// words named, then the trouble named first (a どうしよう) or the point
// named last (a short follow-on question).
func TestPickNoteByTheWordsNamed(t *testing.T) {
	boss := &playbook.Note{Text: "boss", Keywords: []string{"上司", "切り出", "伝え"}}
	handover := &playbook.Note{Text: "handover", Keywords: []string{"引き継ぎ", "引継ぎ"}}
	interview := &playbook.Note{Text: "interview", Keywords: []string{"面接", "志望"}}
	nerves := &playbook.Note{Text: "nerves", Keywords: []string{"緊張", "真っ白"}}
	office := &playbook.Note{Text: "office", Keywords: []string{"労基", "監督署"}}
	anonymous := &playbook.Note{Text: "anonymous", Keywords: []string{"匿名", "名前"}}
	statement := &playbook.Note{Text: "statement", Keywords: []string{"残業代", "明細"}}
	manager := &playbook.Note{Text: "manager", Keywords: []string{"店長って本当に残業代", "管理監督者"}}
	refused := &playbook.Note{Text: "refused", Keywords: []string{"有給+断"}}
	tests := []struct {
		text       string
		notes      []*playbook.Note
		firstNamed bool
		want       string
	}{
		{"引き継ぎが終わらないって上司に言われたらどうしよう", []*playbook.Note{boss, handover}, true, "handover"},
		{"面接でいつも緊張して頭真っ白になるの、どうしたらいい？", []*playbook.Note{interview, nerves}, true, "nerves"},
		{"労基って匿名でもいける？", []*playbook.Note{office, anonymous}, false, "anonymous"},
		{"在宅勤務がうらやましい", []*playbook.Note{boss, handover}, false, ""},
		{"店長って本当に残業代出ないんですか？", []*playbook.Note{statement, manager}, false, "manager"},
		// Words joined by + name a subject by words apart, all of them.
		{"有給って、会社が断っていいものなんですか？", []*playbook.Note{refused, statement}, false, "refused"},
		{"会社が断っていいものなんですか？", []*playbook.Note{refused, statement}, false, ""},
		{"有給じゃなくて欠勤扱いで断られた", []*playbook.Note{refused}, false, ""},
		{"有給の申請は来月の分までもう全部出し終わっていて、その件とは別に、取引先からの依頼を断った", []*playbook.Note{refused}, false, ""},
	}
	for _, tt := range tests {
		in := newInput(akari.AdviceRequest{Text: tt.text}, &akari.State{}, akari.Resignation)
		if got := pickNote(tt.notes, in, tt.firstNamed); got != tt.want {
			t.Errorf("pickNote(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
