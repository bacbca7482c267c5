package store_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/leads"
	"github.com/akari-career/akari/internal/redistest"
	"github.com/akari-career/akari/internal/store"
)

func newStore(t *testing.T) *store.Store {
	t.Helper()
	rdb, prefix := redistest.Client(t)
	return store.New(rdb, prefix)
}

// newLead is a consented lead as the intake dialogue makes it.
func newLead(userID string) *leads.Lead {
	return &leads.Lead{
		UserID: userID, DisplayName: "山田 花子",
		Answers:  leads.Answers{Area: "大阪府", Remote: "週2日", EmploymentType: "正社員", ContactTime: "平日19時以降", Phone: "090-1234-5678"},
		Category: akari.CareerChange, Summary: "事務職から在宅のある仕事へ移りたい",
		Jobs:       []leads.JobRef{{ID: "j1", Title: "カスタマーサポート", Company: "サンプル株式会社"}},
		Consent:    leads.Consent{Text: "登録内容と相談の要約を担当者に共有します", At: time.Now(), Scope: leads.Scope{Answers: true, Summary: true}},
		Transcript: []akari.Turn{{Role: akari.RoleUser, Text: "転職したい", At: time.Now()}},
	}
}

func mustCreate(t *testing.T, s *store.Store, l *leads.Lead) *leads.Lead {
	t.Helper()
	if err := s.CreateLead(context.Background(), l, false); err != nil {
		t.Fatalf("CreateLead: %v", err)
	}
	return l
}

func TestCreateAndGetLead(t *testing.T) {
	s, ctx := newStore(t), context.Background()
	l := mustCreate(t, s, newLead("U1"))
	if l.ID == "" || l.Status != leads.StatusNew || l.CreatedAt.IsZero() {
		t.Fatalf("created lead: id %q status %q created %v", l.ID, l.Status, l.CreatedAt)
	}
	if l.Transcript != nil {
		t.Error("transcript kept although the consent does not cover it")
	}
	got, err := s.GetLead(ctx, l.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.DisplayName != "山田 花子" || got.Answers.Phone != "090-1234-5678" || len(got.Audit) != 1 || got.Audit[0].Action != leads.ActionCreated {
		t.Errorf("stored lead = %+v", got)
	}
	if _, err := s.GetLead(ctx, "nope"); !errors.Is(err, akari.ErrNotFound) {
		t.Errorf("GetLead(unknown): got %v, want ErrNotFound", err)
	}
	if _, err := s.GetLead(ctx, "../x"); !errors.Is(err, akari.ErrNotFound) {
		t.Errorf("GetLead(bad id): got %v, want ErrNotFound", err)
	}
}

func TestCreateLeadIsIdempotentWithAnID(t *testing.T) {
	s, ctx := newStore(t), context.Background()
	a := newLead("U1")
	a.ID = "ev-123"
	mustCreate(t, s, a)
	b := newLead("U1")
	b.ID = "ev-123"
	b.Summary = "second try"
	mustCreate(t, s, b)
	if b.Summary != a.Summary {
		t.Errorf("second create replaced the lead: summary %q", b.Summary)
	}
	p, err := s.ListLeads(ctx, leads.Filter{}, 0, 0)
	if err != nil || p.Total != 1 {
		t.Fatalf("list: %d leads, %v; want 1", p.Total, err)
	}
	c := newLead("U2")
	c.ID = "ev-123"
	if err := s.CreateLead(ctx, c, false); !errors.Is(err, akari.ErrConflict) {
		t.Errorf("someone else's id: got %v, want ErrConflict", err)
	}
}

func TestCreateLeadRefusesCrisisAndMissingConsent(t *testing.T) {
	s, ctx := newStore(t), context.Background()
	if err := s.CreateLead(ctx, newLead("U1"), true); !errors.Is(err, store.ErrCrisis) || !errors.Is(err, akari.ErrInvalid) {
		t.Errorf("crisis flag: got %v, want ErrCrisis", err)
	}
	// The stored conversation says crisis although the caller did not.
	conv, _ := s.Load(ctx, "U2")
	conv.Care = &akari.Care{Level: akari.RiskHigh}
	if err := s.Commit(ctx, conv, akari.Outcome{EventID: "e1"}); err != nil {
		t.Fatal(err)
	}
	if err := s.CreateLead(ctx, newLead("U2"), false); !errors.Is(err, store.ErrCrisis) {
		t.Errorf("crisis conversation: got %v, want ErrCrisis", err)
	}
	l := newLead("U3")
	l.Consent = leads.Consent{}
	if err := s.CreateLead(ctx, l, false); !errors.Is(err, akari.ErrInvalid) {
		t.Errorf("no consent: got %v, want ErrInvalid", err)
	}
	p, err := s.ListLeads(ctx, leads.Filter{}, 0, 0)
	if err != nil || p.Total != 0 {
		t.Errorf("refused leads were stored: %d, %v", p.Total, err)
	}
}

func TestListLeadsFiltersAndCounts(t *testing.T) {
	s, ctx := newStore(t), context.Background()
	var ids []string
	for i := range 5 {
		l := newLead(fmt.Sprintf("U%d", i))
		if i%2 == 1 {
			l.Category = akari.Salary
		}
		mustCreate(t, s, l)
		ids = append(ids, l.ID)
		time.Sleep(3 * time.Millisecond) // distinct creation times
	}
	mid := time.Now()
	move := func(id string, st leads.Status, assignee string) {
		t.Helper()
		if _, err := s.UpdateLead(ctx, id, "rec", func(l *leads.Lead) error {
			l.Status, l.Assignee = st, assignee
			return nil
		}); err != nil {
			t.Fatal(err)
		}
	}
	move(ids[0], leads.StatusContacted, "佐藤")
	move(ids[1], leads.StatusClosed, "")

	tests := []struct {
		name   string
		f      leads.Filter
		want   []string
		counts leads.Counts
	}{
		{"all, newest first", leads.Filter{}, []string{ids[4], ids[3], ids[2], ids[1], ids[0]},
			leads.Counts{leads.StatusNew: 3, leads.StatusContacted: 1, leads.StatusClosed: 1}},
		{"status", leads.Filter{Status: leads.StatusNew}, []string{ids[4], ids[3], ids[2]},
			leads.Counts{leads.StatusNew: 3, leads.StatusContacted: 1, leads.StatusClosed: 1}},
		{"category", leads.Filter{Category: akari.Salary}, []string{ids[3], ids[1]},
			leads.Counts{leads.StatusNew: 1, leads.StatusClosed: 1}},
		{"assignee", leads.Filter{Assignee: "佐藤"}, []string{ids[0]}, leads.Counts{leads.StatusContacted: 1}},
		{"date range", leads.Filter{To: mid.Add(-time.Hour)}, nil, leads.Counts{}},
		{"from", leads.Filter{From: mid}, nil, leads.Counts{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := s.ListLeads(ctx, tt.f, 0, 0)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, l := range p.Leads {
				got = append(got, l.ID)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) || p.Total != len(tt.want) {
				t.Errorf("got %v (total %d), want %v", got, p.Total, tt.want)
			}
			if fmt.Sprint(p.Counts) != fmt.Sprint(tt.counts) {
				t.Errorf("counts %v, want %v", p.Counts, tt.counts)
			}
		})
	}
	p, err := s.ListLeads(ctx, leads.Filter{}, 2, 1)
	if err != nil || len(p.Leads) != 2 || p.Leads[0].ID != ids[3] || p.Total != 5 {
		t.Errorf("page 2 of 2: %v leads, total %d, err %v", len(p.Leads), p.Total, err)
	}
}

func TestUpdateLeadTransitionsAndAudit(t *testing.T) {
	s, ctx := newStore(t), context.Background()
	l := mustCreate(t, s, newLead("U1"))
	steps := []struct {
		status leads.Status
		ok     bool
	}{
		{leads.StatusContacted, true},
		{leads.StatusInterview, true},
		{leads.StatusNew, false}, // backward
		{leads.StatusWithdrawn, false},
		{leads.StatusClosed, true},
		{leads.StatusOffer, false}, // closed is terminal
	}
	for _, st := range steps {
		_, err := s.UpdateLead(ctx, l.ID, "佐藤", func(l *leads.Lead) error { l.Status = st.status; return nil })
		if (err == nil) != st.ok {
			t.Fatalf("move to %s: err %v, want ok=%v", st.status, err, st.ok)
		}
		if err != nil && !errors.Is(err, akari.ErrInvalid) {
			t.Errorf("move to %s: %v does not wrap ErrInvalid", st.status, err)
		}
	}
	got, err := s.UpdateLead(ctx, l.ID, "鈴木", func(l *leads.Lead) error {
		l.Assignee = "鈴木"
		l.Notes = append(l.Notes, leads.Note{Text: "履歴書を受け取った"})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var trail []string
	for _, e := range got.Audit {
		trail = append(trail, fmt.Sprintf("%s %s %s→%s", e.By, e.Action, e.From, e.To))
	}
	want := []string{
		"本人 created →new",
		"佐藤 status new→contacted",
		"佐藤 status contacted→interview",
		"佐藤 status interview→closed",
		"鈴木 assignee →鈴木",
		"鈴木 note →",
	}
	if fmt.Sprint(trail) != fmt.Sprint(want) {
		t.Errorf("audit:\n got %q\nwant %q", trail, want)
	}
	if _, err := s.UpdateLead(ctx, "missing", "x", func(*leads.Lead) error { return nil }); !errors.Is(err, akari.ErrNotFound) {
		t.Errorf("update missing lead: got %v, want ErrNotFound", err)
	}
	boom := errors.New("boom")
	if _, err := s.UpdateLead(ctx, l.ID, "x", func(*leads.Lead) error { return boom }); !errors.Is(err, boom) {
		t.Errorf("edit error: got %v, want it returned", err)
	}
}

func TestConcurrentUpdatesLoseNothing(t *testing.T) {
	s, ctx := newStore(t), context.Background()
	l := mustCreate(t, s, newLead("U1"))
	const n = 20
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range n {
		wg.Go(func() {
			_, err := s.UpdateLead(ctx, l.ID, fmt.Sprintf("rec%d", i), func(l *leads.Lead) error {
				l.Notes = append(l.Notes, leads.Note{Text: fmt.Sprintf("note %d", i)})
				return nil
			})
			errs <- err
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	got, err := s.GetLead(ctx, l.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Notes) != n || len(got.Audit) != n+1 {
		t.Errorf("after %d concurrent notes: %d notes, %d audit entries; want %d and %d", n, len(got.Notes), len(got.Audit), n, n+1)
	}
}

func TestWithdrawAndDeleteUser(t *testing.T) {
	for _, tt := range []struct {
		name   string
		do     func(*store.Store, context.Context, string) error
		action leads.Action
	}{
		{"withdraw", (*store.Store).WithdrawUser, leads.ActionWithdrawn},
		{"データ削除", (*store.Store).DeleteUser, leads.ActionDeleted},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s, ctx := newStore(t), context.Background()
			a := mustCreate(t, s, newLead("U1"))
			b := mustCreate(t, s, newLead("U1"))
			other := mustCreate(t, s, newLead("U2"))
			if _, err := s.UpdateLead(ctx, a.ID, "rec", func(l *leads.Lead) error {
				l.Status = leads.StatusContacted
				l.Notes = append(l.Notes, leads.Note{Text: "090-1234-5678 に夜電話"})
				return nil
			}); err != nil {
				t.Fatal(err)
			}
			if err := s.SetHumanActive(ctx, "U1", "rec", time.Now().Add(time.Hour)); err != nil {
				t.Fatal(err)
			}
			mine, err := s.LeadsOfUser(ctx, "U1")
			if err != nil || len(mine) != 2 {
				t.Fatalf("LeadsOfUser = %d leads, %v; want 2", len(mine), err)
			}

			if err := tt.do(s, ctx, "U1"); err != nil {
				t.Fatal(err)
			}
			for _, id := range []string{a.ID, b.ID} {
				l, err := s.GetLead(ctx, id)
				if err != nil {
					t.Fatal(err)
				}
				if l.Status != leads.StatusWithdrawn || l.UserID != "" || l.DisplayName != "" || l.Answers != (leads.Answers{}) || l.Summary != "" {
					t.Errorf("lead %s not anonymised: %+v", id, l)
				}
				for _, n := range l.Notes {
					if n.Text != leads.Erased {
						t.Errorf("note kept: %q", n.Text)
					}
				}
				last := l.Audit[len(l.Audit)-1]
				if last.Action != tt.action || last.By != leads.ByPerson {
					t.Errorf("last audit entry = %+v, want %s by the person", last, tt.action)
				}
				if _, err := s.UpdateLead(ctx, id, "rec", func(l *leads.Lead) error { l.Assignee = "x"; return nil }); !errors.Is(err, akari.ErrInvalid) {
					t.Errorf("editing a withdrawn lead: got %v, want ErrInvalid", err)
				}
			}
			if got, err := s.GetLead(ctx, a.ID); err == nil && len(got.Audit) < 3 {
				t.Errorf("status history lost: %+v", got.Audit)
			}
			if h, _ := s.HumanState(ctx, "U1"); h.Active {
				t.Error("takeover still active after withdrawal")
			}
			if mine, _ := s.LeadsOfUser(ctx, "U1"); len(mine) != 0 {
				t.Errorf("person still has %d leads indexed", len(mine))
			}
			if l, _ := s.GetLead(ctx, other.ID); l.DisplayName == "" {
				t.Error("another person's lead was anonymised")
			}
			p, _ := s.ListLeads(ctx, leads.Filter{Status: leads.StatusWithdrawn}, 0, 0)
			if p.Total != 2 {
				t.Errorf("withdrawn leads listed: %d, want 2 (kept without personal data)", p.Total)
			}
			if err := tt.do(s, ctx, "U1"); err != nil {
				t.Errorf("second run: %v", err)
			}
		})
	}
}

func TestExpireLeadsAnonymisesOnlyIdleOnes(t *testing.T) {
	s, ctx := newStore(t), context.Background()
	idle := mustCreate(t, s, newLead("U1"))
	time.Sleep(20 * time.Millisecond)
	cutoff := time.Now()
	time.Sleep(20 * time.Millisecond)
	active := mustCreate(t, s, newLead("U1"))

	n, err := s.ExpireLeads(ctx, cutoff)
	if err != nil || n != 1 {
		t.Fatalf("ExpireLeads = %d, %v; want 1 lead expired", n, err)
	}
	got, err := s.GetLead(ctx, idle.ID)
	if err != nil {
		t.Fatal(err)
	}
	last := got.Audit[len(got.Audit)-1]
	if !got.Anonymised() || got.Answers.Phone != "" || last.Action != leads.ActionExpired || last.By != leads.BySystem {
		t.Errorf("idle lead after expiry: %+v; want anonymised, expired by the system", got)
	}
	if l, _ := s.GetLead(ctx, active.ID); l.Anonymised() {
		t.Error("a lead with recent activity was anonymised")
	}
	mine, err := s.LeadsOfUser(ctx, "U1")
	if err != nil || len(mine) != 1 || mine[0].ID != active.ID {
		t.Errorf("the person's index after expiry: %v, %v; want only the active lead", mine, err)
	}
	if n, err := s.ExpireLeads(ctx, cutoff); err != nil || n != 0 {
		t.Errorf("second run = %d, %v; want nothing to do", n, err)
	}
}

// A lead anonymised by an update whose reindex never ran (a retention
// sweep cut short as the process stopped) is no longer the person's:
// their list leaves it out, whatever the index still says.
func TestLeadsOfUserLeavesOutAnonymisedLeft(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	kept := mustCreate(t, s, newLead("U1"))
	gone := mustCreate(t, s, newLead("U1"))
	after := *gone
	after.Anonymise(time.Now(), leads.ActionExpired)
	if err := s.Overwrite(ctx, &after); err != nil {
		t.Fatal(err)
	}
	for range 2 { // the second read after the entry is repaired
		mine, err := s.LeadsOfUser(ctx, "U1")
		if err != nil {
			t.Fatal(err)
		}
		if len(mine) != 1 || mine[0].ID != kept.ID {
			t.Fatalf("LeadsOfUser = %d leads, want only %s", len(mine), kept.ID)
		}
	}
}
