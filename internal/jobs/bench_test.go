package jobs

import (
	"fmt"
	"testing"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/jatext"
)

// generated returns a catalog of n listings made from the sample by varying
// ids, places, pay and checked dates (a few percent end up stale).
func generated(tb testing.TB, n int) *Catalog {
	tb.Helper()
	base := sampleCatalog(tb).Listings()
	prefs := jatext.Prefectures()
	checked := []Date{"2026-11-20", "2026-11-02", "2026-10-15", "2026-10-01", "2026-09-25", "2026-09-10"}
	out := make([]Listing, n)
	for i := range out {
		l := base[i%len(base)]
		l.ID = fmt.Sprintf("gen-%05d", i)
		l.URL = "https://example.com/jobs/" + l.ID
		l.Prefecture = prefs[(i*7)%len(prefs)]
		if l.Pay.Hourly() {
			l.Pay.HourlyMin += (i % 11) * 20
			l.Pay.HourlyMax += (i % 11) * 20
		} else {
			l.Pay.AnnualMin += (i % 13) * 10
			l.Pay.AnnualMax += (i % 13) * 10
		}
		l.Posted, l.Checked = "2026-09-01", checked[i%len(checked)]
		out[i] = l
	}
	c, err := NewCatalog(out)
	if err != nil {
		tb.Fatalf("generated catalog: %v", err)
	}
	return c
}

// benchQuery is one shape of query Akari sends.
type benchQuery struct {
	name string
	q    Query
}

// benchQueries are the shapes of query Akari sends: a worry alone, a worry
// with a place, with keywords, and with filters.
func benchQueries() []benchQuery {
	return []benchQuery{
		{"worry", Query{Category: akari.RemoteWorkEnvy, Now: today}},
		{"worry+2kw", Query{Category: akari.Resignation, Keywords: []string{"コールセンター", "事務"}, Now: today}},
		{"worry+pref+kw", Query{Category: akari.ParentingBalance, Prefectures: []string{"大阪府"}, Keywords: []string{"経理"}, Now: today}},
		{"worry+filters", Query{Category: akari.Salary, Prefectures: []string{"東京"}, Employment: []Employment{FullTime}, MinAnnualPay: 450, Now: today}},
		{"worry+filters+limit10", Query{Category: akari.CareerChange, Inexperienced: true, Remote: RemotePartial, Limit: 10, Now: today}},
		{"worry+3kw", Query{Category: akari.WorkMeaning, Keywords: []string{"子ども", "介護", "ありがとう"}, Now: today}},
		// Worst cases for keywords: words no listing has, and one-character
		// words (ignored).
		{"3kw-no-match", Query{Category: akari.Other, Keywords: []string{"宇宙飛行士", "ペットと出勤", "週休3日"}, Now: today}},
		{"3kw-one-char", Query{Category: akari.Other, Keywords: []string{"猫", "海", "空"}, Now: today}},
	}
}

func BenchmarkSearch10k(b *testing.B) {
	c := generated(b, 10_000)
	qs := benchQueries()
	b.Run("mixed", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			c.Search(qs[i%len(qs)].q)
			i++
		}
	})
	for _, bq := range qs {
		b.Run(bq.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				c.Search(bq.q)
			}
		})
	}
}

func BenchmarkCards(b *testing.B) {
	ms := sampleCatalog(b).Search(Query{Category: akari.Resignation, Now: today, Limit: 10})
	b.ReportAllocs()
	for b.Loop() {
		Cards(ms)
	}
}

// TestRankDoesNotAllocate guards the hot loop: filtering and scoring
// 10,000 listings allocates nothing; only compiling the query and writing
// the few results do.
func TestRankDoesNotAllocate(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 10,000-listing catalog")
	}
	c := generated(t, 10_000)
	for _, bq := range benchQueries() {
		cq := compile(bq.q)
		top := newTopK(cq.offset + cq.limit)
		allocs := testing.AllocsPerRun(20, func() {
			top.heap = top.heap[:0]
			c.rank(cq, top)
		})
		if allocs != 0 {
			t.Errorf("%s: %v allocations per rank, want 0", bq.name, allocs)
		}
		if len(top.heap) == 0 {
			t.Errorf("%s: nothing ranked", bq.name)
		}
	}
}
