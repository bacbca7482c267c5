package store_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/leads"
	"github.com/akari-career/akari/internal/redistest"
	"github.com/akari-career/akari/internal/store"
)

var assignees = []string{"", "佐藤", "鈴木 一郎", "a:b{c}/d"}

// someLeads stores n leads of many ages, statuses, worries and assignees.
func someLeads(t testing.TB, s *store.Store, n int, base time.Time) []*leads.Lead {
	t.Helper()
	r := rand.New(rand.NewPCG(1, 2))
	cats, sts := akari.Categories(), leads.Statuses()
	out := make([]*leads.Lead, n)
	for i := range out {
		l := newLead(fmt.Sprintf("U%d", i))
		l.ID = fmt.Sprintf("L%06d", i)
		l.CreatedAt = base.Add(-time.Duration(r.IntN(30*24*60)) * time.Minute).UTC().Truncate(time.Millisecond)
		l.Status, l.Category, l.Assignee = sts[r.IntN(len(sts))], cats[r.IntN(len(cats))], assignees[r.IntN(len(assignees))]
		if err := s.PutLead(context.Background(), l); err != nil {
			t.Fatal(err)
		}
		out[i] = l
	}
	return out
}

// expect is the page and counts a brute-force scan gives.
func expect(all []*leads.Lead, f leads.Filter, limit, offset int) (ids []string, total int, counts leads.Counts) {
	counts = leads.Counts{}
	var matched []*leads.Lead
	for _, l := range all {
		if f.MatchIgnoringStatus(l) {
			counts[l.Status]++
		}
		if f.Match(l) {
			matched = append(matched, l)
		}
	}
	slices.SortStableFunc(matched, func(a, b *leads.Lead) int {
		if c := b.CreatedAt.Compare(a.CreatedAt); c != 0 {
			return c
		}
		return -compareStrings(a.ID, b.ID)
	})
	for i := offset; i < len(matched) && i < offset+limit; i++ {
		ids = append(ids, matched[i].ID)
	}
	return ids, len(matched), counts
}

func compareStrings(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func checkList(t *testing.T, s *store.Store, all []*leads.Lead, f leads.Filter) {
	t.Helper()
	p, err := s.ListLeads(context.Background(), f, 10, 3)
	if err != nil {
		t.Fatal(err)
	}
	ids, total, counts := expect(all, f, 10, 3)
	var got []string
	for _, l := range p.Leads {
		got = append(got, l.ID)
	}
	if !slices.Equal(got, ids) || p.Total != total {
		t.Errorf("filter %+v: page %v of %d, want %v of %d", f, got, p.Total, ids, total)
	}
	for _, st := range leads.Statuses() {
		if p.Counts[st] != counts[st] {
			t.Errorf("filter %+v: %d %s, want %d", f, p.Counts[st], st, counts[st])
		}
	}
}

func TestListLeadsFromIndexesMatchesAScan(t *testing.T) {
	s, ctx := newStore(t), context.Background()
	now := time.Now()
	all := someLeads(t, s, 300, now)
	from, to := now.AddDate(0, 0, -20), now.AddDate(0, 0, -5)
	var filters []leads.Filter
	for _, st := range []leads.Status{"", leads.StatusNew, leads.StatusClosed} {
		for _, c := range []akari.Category{"", akari.Resignation} {
			for _, a := range []string{"", "佐藤", "a:b{c}/d"} {
				filters = append(filters, leads.Filter{Status: st, Category: c, Assignee: a})
				filters = append(filters, leads.Filter{Status: st, Category: c, Assignee: a, From: from, To: to})
			}
		}
	}
	for _, f := range filters {
		checkList(t, s, all, f)
	}

	// Changes move a lead between the sets.
	moved := all[7]
	if moved.Status.Terminal() {
		moved = all[8]
	}
	got, err := s.UpdateLead(ctx, moved.ID, "佐藤", func(l *leads.Lead) error {
		l.Status, l.Assignee = leads.StatusClosed, "鈴木 一郎"
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	*moved = *got
	for _, f := range filters {
		checkList(t, s, all, f)
	}
	checkList(t, s, all, leads.Filter{Assignee: "鈴木 一郎", Status: leads.StatusClosed})
}

func TestAStaleIndexEntryIsSkippedAndRepaired(t *testing.T) {
	s, ctx := newStore(t), context.Background()
	all := someLeads(t, s, 40, time.Now())
	l := all[3]
	// A crash between the lead's write and its index's.
	l.Status = leads.StatusOffer
	l.Assignee = "新しい担当"
	if err := s.Overwrite(ctx, l); err != nil {
		t.Fatal(err)
	}
	for _, st := range leads.Statuses() {
		p, err := s.ListLeads(ctx, leads.Filter{Status: st}, 100, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, got := range p.Leads {
			if got.Status != st {
				t.Errorf("list of %s shows a %s lead", st, got.Status)
			}
		}
	}
	// Once read, the entries are right again.
	checkList(t, s, all, leads.Filter{})
	checkList(t, s, all, leads.Filter{Status: leads.StatusOffer})
	checkList(t, s, all, leads.Filter{Assignee: "新しい担当"})
}

func TestEachLeadStreamsEveryMatch(t *testing.T) {
	s, ctx := newStore(t), context.Background()
	all := someLeads(t, s, 1200, time.Now())
	f := leads.Filter{Category: akari.Resignation}
	_, want, _ := expect(all, f, 0, 0)
	n, prev := 0, time.Now().Add(time.Hour)
	err := s.EachLead(ctx, f, func(l *leads.Lead) error {
		n++
		if l.Category != akari.Resignation || l.CreatedAt.After(prev) {
			t.Errorf("lead %s (%s, %v) out of filter or order", l.ID, l.Category, l.CreatedAt)
		}
		prev = l.CreatedAt
		return nil
	})
	if err != nil || n != want {
		t.Errorf("EachLead gave %d leads (%v), want %d", n, err, want)
	}
	n = 0
	if err := s.EachLead(ctx, leads.Filter{}, func(*leads.Lead) error { n++; return nil }); err != nil || n != len(all) {
		t.Errorf("EachLead(all) gave %d (%v), want %d", n, err, len(all))
	}
}

func TestMigrateBuildsIndexesFromTheOldOne(t *testing.T) {
	rdb, prefix := newClient(t)
	s, ctx := store.New(rdb, prefix), context.Background()
	l := mustCreate(t, s, newLead("Uold"))
	// As an older version left it: the lead and the one index of ids.
	rdb.Del(ctx, prefix+":{leads}:all", prefix+":{leads}:st:new", prefix+":{leads}:v")
	rdb.ZAdd(ctx, prefix+":leads", redisZ(l))
	if p, _ := s.ListLeads(ctx, leads.Filter{}, 10, 0); len(p.Leads) != 0 {
		t.Fatalf("before the migration the list has %d leads", len(p.Leads))
	}
	n, err := s.MigrateLeadIndexes(ctx)
	if err != nil || n != 1 {
		t.Fatalf("migrated %d leads (%v), want 1", n, err)
	}
	if p, _ := s.ListLeads(ctx, leads.Filter{Status: leads.StatusNew}, 10, 0); len(p.Leads) != 1 || p.Counts[leads.StatusNew] != 1 {
		t.Errorf("after the migration: %+v", p)
	}
	if n, err := s.MigrateLeadIndexes(ctx); n != 0 || err != nil {
		t.Errorf("second migration indexed %d (%v), want nothing", n, err)
	}
}

func newClient(t *testing.T) (redis.UniversalClient, string) {
	t.Helper()
	return redistest.Client(t)
}

func redisZ(l *leads.Lead) redis.Z {
	return redis.Z{Score: float64(l.CreatedAt.UnixMilli()), Member: l.ID}
}
