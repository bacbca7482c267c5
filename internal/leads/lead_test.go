package leads

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/akari-career/akari/internal/akari"
)

func TestCanMove(t *testing.T) {
	tests := []struct {
		from, to Status
		ok       bool
	}{
		{StatusNew, StatusContacted, true},
		{StatusContacted, StatusInterview, true},
		{StatusInterview, StatusApplied, true},
		{StatusApplied, StatusOffer, true},
		{StatusNew, StatusInterview, true}, // skipping forward
		{StatusNew, StatusClosed, true},
		{StatusOffer, StatusClosed, true},
		{StatusContacted, StatusNew, false}, // backward
		{StatusOffer, StatusApplied, false},
		{StatusClosed, StatusNew, false}, // terminal
		{StatusClosed, StatusClosed, false},
		{StatusWithdrawn, StatusContacted, false},
		{StatusNew, StatusWithdrawn, false}, // only the person
		{StatusNew, StatusNew, false},
		{StatusNew, "hired", false},
	}
	for _, tt := range tests {
		t.Run(string(tt.from)+"→"+string(tt.to), func(t *testing.T) {
			err := CanMove(tt.from, tt.to)
			if (err == nil) != tt.ok {
				t.Fatalf("CanMove(%s, %s) = %v, want ok=%v", tt.from, tt.to, err, tt.ok)
			}
			if err != nil && !errors.Is(err, akari.ErrInvalid) {
				t.Errorf("error %v does not wrap ErrInvalid", err)
			}
		})
	}
}

func sample() *Lead {
	at := time.Date(2026, 11, 20, 23, 5, 0, 0, time.UTC)
	return &Lead{
		ID: "L1", UserID: "U1", DisplayName: "山田",
		Answers:  Answers{Area: "大阪", Remote: "週2", EmploymentType: "正社員", ContactTime: "夜", Phone: "090-1234-5678"},
		Category: akari.CareerChange, Summary: "事務職から転職したい",
		Consent:    Consent{Text: "担当者に共有します", At: at, Scope: Scope{Answers: true, Summary: true, Transcript: true}},
		Status:     StatusContacted,
		Notes:      []Note{{At: at, By: "rec", Text: "夜に電話"}},
		Transcript: []akari.Turn{{Role: akari.RoleUser, Text: "転職したい", At: at}},
		CreatedAt:  at, UpdatedAt: at,
		Audit: []AuditEntry{{At: at, By: ByPerson, Action: ActionCreated, To: "new"}},
	}
}

func TestAnonymise(t *testing.T) {
	l := sample()
	at := l.CreatedAt.Add(time.Hour)
	l.Anonymise(at, ActionWithdrawn)
	want := &Lead{
		ID: "L1", Category: akari.CareerChange, Consent: l.Consent, Status: StatusWithdrawn,
		Notes:     []Note{{At: l.CreatedAt, By: "rec", Text: Erased}},
		CreatedAt: l.CreatedAt, UpdatedAt: at,
		Audit: []AuditEntry{
			{At: l.CreatedAt, By: ByPerson, Action: ActionCreated, To: "new"},
			{At: at, By: ByPerson, Action: ActionWithdrawn, From: "contacted", To: "withdrawn"},
		},
	}
	if d := cmp.Diff(want, l); d != "" {
		t.Fatalf("anonymised lead (-want +got):\n%s", d)
	}
	l.Anonymise(at.Add(time.Hour), ActionWithdrawn)
	if len(l.Audit) != 2 {
		t.Errorf("second Anonymise added an audit entry: %d entries, want 2", len(l.Audit))
	}
}

func TestAnonymiseKeepsTheConsentWordingWithoutValues(t *testing.T) {
	l := sample()
	l.Answers.Phone = "09012345678"
	l.Consent.Text = "確認させてください🔒\n次の内容を、キャリア相談の担当者に共有します。\n\n" +
		"・希望勤務地：大阪\n・在宅の希望：週2\n・雇用形態：正社員\n・連絡のつきやすい時間帯：夜\n・電話番号：090-1234-5678\n" +
		"・興味のある求人：一般事務（さくら商事）\n・これまでのご相談の要約と、このトークのやりとり\n\n" +
		"共有してもよろしいですか？ 山田さんの連絡先 taro@example.jp"
	at := l.CreatedAt.Add(time.Hour)
	l.Anonymise(at, ActionDeleted)
	want := "確認させてください🔒\n次の内容を、キャリア相談の担当者に共有します。\n\n" +
		"・希望勤務地：（削除済み）\n・在宅の希望：（削除済み）\n・雇用形態：（削除済み）\n・連絡のつきやすい時間帯：（削除済み）\n・電話番号：（削除済み）\n" +
		"・興味のある求人：一般事務（さくら商事）\n・これまでのご相談の要約と、このトークのやりとり\n\n" +
		"共有してもよろしいですか？ （削除済み）さんの連絡先 [メール]"
	if d := cmp.Diff(want, l.Consent.Text); d != "" {
		t.Errorf("consent text after deletion (-want +got):\n%s", d)
	}
	if l.Consent.At.IsZero() || !l.Consent.Scope.Answers || l.ErasedBy() != ActionDeleted {
		t.Errorf("consent %+v erased by %q: want the time, scope and reason kept", l.Consent, l.ErasedBy())
	}
}

func TestScrubRedactsAnOldAnonymisedLead(t *testing.T) {
	l := sample()
	l.Anonymise(l.CreatedAt, ActionWithdrawn)
	l.Consent.Text = "共有します\n・希望勤務地：大阪\n・電話番号：090-1234-5678\n・興味のある求人：一般事務（さくら商事）"
	if !l.Scrub() {
		t.Fatal("Scrub changed nothing in a consent text with values")
	}
	want := "共有します\n・希望勤務地：（削除済み）\n・電話番号：（削除済み）\n・興味のある求人：一般事務（さくら商事）"
	if l.Consent.Text != want {
		t.Errorf("scrubbed consent = %q, want %q", l.Consent.Text, want)
	}
	if l.Scrub() {
		t.Error("a second Scrub changed the text again")
	}
	if active := sample(); active.Scrub() {
		t.Error("Scrub changed a lead that is still active")
	}
}

func TestAnonymiseOnExpiry(t *testing.T) {
	l := sample()
	at := l.CreatedAt.Add(200 * 24 * time.Hour)
	l.Anonymise(at, ActionExpired)
	last := l.Audit[len(l.Audit)-1]
	if !l.Anonymised() || last.By != BySystem || last.Action != ActionExpired || l.ErasedBy() != ActionExpired {
		t.Errorf("expired lead: anonymised=%v, last audit %+v; want anonymised by the system", l.Anonymised(), last)
	}
}

func TestApplyConsent(t *testing.T) {
	l := sample()
	l.Consent.Scope = Scope{Summary: true}
	l.ApplyConsent()
	if l.Answers != (Answers{}) || l.Transcript != nil {
		t.Errorf("answers %+v and transcript %v kept without consent", l.Answers, l.Transcript)
	}
	if l.Summary == "" {
		t.Error("summary dropped although consented")
	}
}

func TestValidate(t *testing.T) {
	l := sample()
	l.Consent = Consent{}
	if err := l.Validate(); !errors.Is(err, akari.ErrInvalid) {
		t.Errorf("lead without consent: got %v, want ErrInvalid", err)
	}
}

func edit(t *testing.T, before *Lead, change func(*Lead)) (*Lead, error) {
	t.Helper()
	after := *before
	after.Notes = append([]Note(nil), before.Notes...)
	after.Audit = append([]AuditEntry(nil), before.Audit...)
	change(&after)
	return &after, Settle(before, &after, "recruiter", before.CreatedAt.Add(time.Minute))
}

func TestSettle(t *testing.T) {
	before := sample()
	at := before.CreatedAt.Add(time.Minute)
	after, err := edit(t, before, func(l *Lead) {
		l.Status = StatusInterview
		l.Assignee = " 佐藤 "
		l.Notes = append(l.Notes, Note{By: "someone else", Text: " 面談日を調整 "})
		l.Audit = append(l.Audit, AuditEntry{Action: ActionMessage})
		l.CreatedAt = time.Time{} // not the editor's to change
	})
	if err != nil {
		t.Fatal(err)
	}
	wantAudit := append(before.Audit[:1:1],
		AuditEntry{At: at, By: "recruiter", Action: ActionMessage},
		AuditEntry{At: at, By: "recruiter", Action: ActionStatus, From: "contacted", To: "interview"},
		AuditEntry{At: at, By: "recruiter", Action: ActionAssignee, To: "佐藤"},
		AuditEntry{At: at, By: "recruiter", Action: ActionNote},
	)
	if d := cmp.Diff(wantAudit, after.Audit); d != "" {
		t.Errorf("audit (-want +got):\n%s", d)
	}
	if got := after.Notes[1]; got != (Note{At: at, By: "recruiter", Text: "面談日を調整"}) {
		t.Errorf("new note = %+v", got)
	}
	if !after.CreatedAt.Equal(before.CreatedAt) || !after.UpdatedAt.Equal(at) {
		t.Errorf("times: created %v updated %v", after.CreatedAt, after.UpdatedAt)
	}

	bad := map[string]func(*Lead){
		"backward status":  func(l *Lead) { l.Status = StatusNew },
		"withdraw":         func(l *Lead) { l.Status = StatusWithdrawn },
		"edit a note":      func(l *Lead) { l.Notes[0].Text = "changed" },
		"drop a note":      func(l *Lead) { l.Notes = nil },
		"empty note":       func(l *Lead) { l.Notes = append(l.Notes, Note{Text: "  "}) },
		"long note":        func(l *Lead) { l.Notes = append(l.Notes, Note{Text: strings.Repeat("あ", MaxNoteLen+1)}) },
		"rewrite audit":    func(l *Lead) { l.Audit = nil },
		"forge withdrawal": func(l *Lead) { l.Audit = append(l.Audit, AuditEntry{Action: ActionWithdrawn}) },
	}
	for name, change := range bad {
		t.Run(name, func(t *testing.T) {
			if _, err := edit(t, before, change); !errors.Is(err, akari.ErrInvalid) {
				t.Errorf("got %v, want ErrInvalid", err)
			}
		})
	}

	withdrawn := sample()
	withdrawn.Anonymise(at, ActionWithdrawn)
	if _, err := edit(t, withdrawn, func(l *Lead) { l.Assignee = "x" }); !errors.Is(err, akari.ErrInvalid) {
		t.Errorf("editing a withdrawn lead: got %v, want ErrInvalid", err)
	}
}

func TestFilter(t *testing.T) {
	l := sample()
	day := l.CreatedAt.Truncate(24 * time.Hour)
	tests := []struct {
		name string
		f    Filter
		want bool
	}{
		{"empty", Filter{}, true},
		{"status", Filter{Status: StatusContacted}, true},
		{"other status", Filter{Status: StatusNew}, false},
		{"category", Filter{Category: akari.Salary}, false},
		{"assignee", Filter{Assignee: "佐藤"}, false},
		{"in range", Filter{From: day, To: day.Add(24 * time.Hour)}, true},
		{"to is exclusive", Filter{To: l.CreatedAt}, false},
		{"from is inclusive", Filter{From: l.CreatedAt}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.f.Match(l); got != tt.want {
				t.Errorf("Match = %v, want %v", got, tt.want)
			}
		})
	}
}

type recordingNotifier struct{ got []Notice }

func (r *recordingNotifier) NotifyLead(_ context.Context, n Notice) error {
	r.got = append(r.got, n)
	return nil
}

type failingNotifier struct{}

func (failingNotifier) NotifyLead(context.Context, Notice) error { return errors.New("down") }

func TestNotifiersTryEveryOneAndJoinErrors(t *testing.T) {
	ok := &recordingNotifier{}
	err := Notifiers{failingNotifier{}, ok}.NotifyLead(context.Background(), NewNotice(sample(), "https://a.example/"))
	if err == nil || !strings.Contains(err.Error(), "down") {
		t.Errorf("err = %v, want the failing notifier's error", err)
	}
	if len(ok.got) != 1 || ok.got[0].URL != "https://a.example/console/leads/L1" {
		t.Errorf("second notifier got %+v, want the notice with the console link", ok.got)
	}
}
