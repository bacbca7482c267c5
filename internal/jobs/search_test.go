package jobs

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/akari-career/akari/internal/akari"
	"github.com/google/go-cmp/cmp"
)

func ids(ms []Match) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.Listing.ID
	}
	return out
}

func hasAnyTag(l Listing, tags ...Tag) bool {
	for _, t := range l.Tags {
		if slices.Contains(tags, t) {
			return true
		}
	}
	return false
}

// TestSearchFollowsTheWorry checks, on the sample catalog, that the top
// results of each worry have what that worry asks for.
func TestSearchFollowsTheWorry(t *testing.T) {
	c := sampleCatalog(t)
	tests := []struct {
		name  string
		q     Query
		check func(t *testing.T, top []Match)
	}{
		{"remote_work_envy: remote teams", Query{Category: akari.RemoteWorkEnvy}, func(t *testing.T, top []Match) {
			if top[0].Listing.Remote != RemoteFull {
				t.Errorf("best is %s (%s), want a full-remote team", top[0].Listing.ID, top[0].Listing.Remote)
			}
			for _, m := range top {
				if m.Listing.Remote == RemoteNone {
					t.Errorf("%s is on site", m.Listing.ID)
				}
			}
		}},
		{"resignation from a call centre: CS, 事務, 人事, 教育 that value it", Query{Category: akari.Resignation, Keywords: []string{"コールセンター"}}, func(t *testing.T, top []Match) {
			for _, m := range top {
				l := m.Listing
				if !hasAnyTag(l, TagSupport, TagOffice, TagHR, TagTraining) {
					t.Errorf("%s (%v) is not CS/事務/人事/教育", l.ID, l.Tags)
				}
				if !slices.Contains(l.ValuesExperience, TagCallCenter) {
					t.Errorf("%s does not value call-centre experience", l.ID)
				}
				if hasAnyTag(l, TagCallCenter) {
					t.Errorf("%s is another call-centre job", l.ID)
				}
				if !strings.Contains(m.Why, "コールセンター") {
					t.Errorf("%s: Why %q does not speak of the call-centre experience", l.ID, m.Why)
				}
			}
		}},
		{"hung_up_call: away from the phone", Query{Category: akari.HungUpCall}, func(t *testing.T, top []Match) {
			for _, m := range top {
				if hasAnyTag(m.Listing, TagCallCenter) {
					t.Errorf("%s is a call-centre job", m.Listing.ID)
				}
			}
		}},
		{"work_meaning: close to people", Query{Category: akari.WorkMeaning}, func(t *testing.T, top []Match) {
			for _, m := range top {
				if !hasAnyTag(m.Listing, TagCare, TagTraining, TagRetail, TagSupport) {
					t.Errorf("%s (%v) is not close to the people it serves", m.Listing.ID, m.Listing.Tags)
				}
			}
		}},
		{"parenting_balance: short hours, remote, flexible", Query{Category: akari.ParentingBalance}, func(t *testing.T, top []Match) {
			short := 0
			for _, m := range top {
				l := m.Listing
				if l.ShortHours {
					short++
				}
				if !l.ShortHours && l.Remote == RemoteNone && !l.Flextime {
					t.Errorf("%s has neither 時短, remote nor flextime", l.ID)
				}
				if !strings.Contains(m.Why, "お子さん") {
					t.Errorf("%s: Why %q does not speak of the children", l.ID, m.Why)
				}
			}
			if short < 3 {
				t.Errorf("got %d 時短OK listings in the top %d, want at least 3", short, len(top))
			}
		}},
		{"workplace_relationships: room to keep distance", Query{Category: akari.WorkplaceRelationships}, func(t *testing.T, top []Match) {
			for _, m := range top {
				if m.Listing.Remote == RemoteNone && !m.Listing.Flextime {
					t.Errorf("%s is on site without flextime", m.Listing.ID)
				}
			}
		}},
		{"career_change: inexperienced OK", Query{Category: akari.CareerChange}, func(t *testing.T, top []Match) {
			for _, m := range top {
				if !m.Listing.InexperiencedOK {
					t.Errorf("%s needs experience", m.Listing.ID)
				}
				if !slices.Contains(m.Badges, "未経験歓迎") || m.Badges[0] != "未経験歓迎" {
					t.Errorf("%s: badges %v, want 未経験歓迎 first", m.Listing.ID, m.Badges)
				}
			}
		}},
		{"salary: high pay first", Query{Category: akari.Salary}, func(t *testing.T, top []Match) {
			for i, m := range top {
				if m.Listing.Pay.AnnualMin < 600 {
					t.Errorf("#%d %s pays from %d万円, want 600万円 or more", i+1, m.Listing.ID, m.Listing.Pay.AnnualMin)
				}
				if i > 0 && m.Listing.Pay.AnnualMin > top[i-1].Listing.Pay.AnnualMin {
					t.Errorf("#%d pays more than #%d", i+1, i)
				}
			}
			if !strings.HasPrefix(top[0].Badges[0], "年収") {
				t.Errorf("badges %v, want the pay first", top[0].Badges)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.q.Now = today
			top := c.Search(tt.q)
			if len(top) != DefaultLimit {
				t.Fatalf("got %d matches, want %d", len(top), DefaultLimit)
			}
			for _, m := range top {
				if m.Why == "" || strings.ContainsAny(m.Why, "\n\r") {
					t.Errorf("%s: Why %q, want one non-empty line", m.Listing.ID, m.Why)
				}
			}
			tt.check(t, top)
		})
	}
}

// catalogOf builds a catalog from listings changed by the given functions.
func catalogOf(t *testing.T, listings ...Listing) *Catalog {
	t.Helper()
	c, err := NewCatalog(listings)
	if err != nil {
		t.Fatalf("NewCatalog: %v", err)
	}
	return c
}

func with(l Listing, change func(*Listing)) Listing {
	change(&l)
	return l
}

func TestSearchFilters(t *testing.T) {
	c := catalogOf(t,
		with(validListing("tokyo-office"), func(l *Listing) {}),
		with(validListing("osaka-office"), func(l *Listing) { l.Prefecture, l.City = "大阪府", "大阪市北区" }),
		with(validListing("tokyo-remote"), func(l *Listing) { l.Remote = RemoteFull }),
		with(validListing("tokyo-partial"), func(l *Listing) { l.Remote = RemotePartial }),
		with(validListing("osaka-part"), func(l *Listing) {
			l.Prefecture, l.Employment, l.Pay = "大阪府", PartTime, Pay{HourlyMin: 1200}
			l.InexperiencedOK, l.ShortHours = true, true
		}),
		with(validListing("tokyo-rich"), func(l *Listing) { l.Pay = Pay{AnnualMin: 600, AnnualMax: 800} }),
	)
	tests := []struct {
		name string
		q    Query
		want []string
	}{
		{"prefecture keeps local and full-remote", Query{Prefectures: []string{"大阪"}}, []string{"osaka-office", "osaka-part", "tokyo-remote"}},
		{"two prefectures keep both and full-remote", Query{Prefectures: []string{"大阪", "東京都"}, Remote: RemoteFull}, []string{"tokyo-remote"}},
		{"two prefectures", Query{Prefectures: []string{"大阪", "北海道"}}, []string{"osaka-office", "osaka-part", "tokyo-remote"}},
		{"unknown prefecture keeps full-remote only", Query{Prefectures: []string{"アトランティス"}}, []string{"tokyo-remote"}},
		{"remote full", Query{Remote: RemoteFull}, []string{"tokyo-remote"}},
		{"remote partial or more", Query{Remote: RemotePartial}, []string{"tokyo-partial", "tokyo-remote"}},
		{"employment", Query{Employment: []Employment{PartTime, Dispatch}}, []string{"osaka-part"}},
		{"inexperienced", Query{Inexperienced: true}, []string{"osaka-part"}},
		{"short hours", Query{ShortHours: true}, []string{"osaka-part"}},
		{"min annual pay", Query{MinAnnualPay: 500}, []string{"tokyo-rich"}},
		{"no wish: everything, by id", Query{Limit: 10}, []string{"osaka-office", "osaka-part", "tokyo-office", "tokyo-partial", "tokyo-remote", "tokyo-rich"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.q.Now = today
			got := ids(c.Search(tt.q))
			slices.Sort(got)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ids (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSearchByPay(t *testing.T) {
	c := catalogOf(t,
		with(validListing("a-low"), func(l *Listing) {
			l.Title, l.Tags, l.Pay = "倉庫内作業", []Tag{TagRetail}, Pay{AnnualMin: 300, AnnualMax: 350}
		}),
		with(validListing("b-high"), func(l *Listing) {
			l.Title, l.Tags, l.Pay = "法人営業", []Tag{TagRetail}, Pay{AnnualMin: 600, AnnualMax: 900}
		}),
		with(validListing("c-middle"), func(l *Listing) {
			l.Title, l.Tags, l.Pay = "販売スタッフ", []Tag{TagRetail}, Pay{AnnualMin: 400, AnnualMax: 500}
		}),
		with(validListing("d-middle-office"), func(l *Listing) { l.Pay = Pay{AnnualMin: 380, AnnualMax: 450} }),
		with(validListing("e-hourly"), func(l *Listing) {
			l.Title, l.Tags, l.Pay = "軽作業", []Tag{TagRetail}, Pay{HourlyMin: 1100, HourlyMax: 1300}
		}),
	)
	got := ids(c.Search(Query{ByPay: true, Limit: 10, Now: today}))
	if diff := cmp.Diff([]string{"b-high", "c-middle", "d-middle-office", "a-low", "e-hourly"}, got); diff != "" {
		t.Errorf("by pay (-want +got):\n%s", diff)
	}
	// The work asked for first, then by pay.
	got = ids(c.Search(Query{ByPay: true, Keywords: []string{"事務"}, Limit: 2, Now: today}))
	if diff := cmp.Diff([]string{"d-middle-office", "b-high"}, got); diff != "" {
		t.Errorf("by pay with a keyword (-want +got):\n%s", diff)
	}
}

func TestSearchPrefersTheWishedPrefecture(t *testing.T) {
	c := catalogOf(t,
		with(validListing("a-remote"), func(l *Listing) { l.Remote = RemoteFull }),
		with(validListing("b-osaka"), func(l *Listing) { l.Prefecture, l.City = "大阪府", "堺市" }),
	)
	got := c.Search(Query{Prefectures: []string{"大阪府"}, Now: today})
	if diff := cmp.Diff([]string{"b-osaka", "a-remote"}, ids(got)); diff != "" {
		t.Errorf("order (-want +got):\n%s", diff)
	}
	if !strings.Contains(got[0].Why, "ご希望の大阪府で働けます") {
		t.Errorf("Why %q does not mention the wished prefecture", got[0].Why)
	}
	if !strings.Contains(got[1].Why, "大阪府からでもフルリモートで働けます") {
		t.Errorf("Why %q does not explain the remote listing", got[1].Why)
	}
}

func TestSearchHidesStaleListings(t *testing.T) {
	c := catalogOf(t,
		with(validListing("fresh"), func(l *Listing) { l.Checked = "2026-11-20" }),
		with(validListing("edge"), func(l *Listing) { l.Posted, l.Checked = "2026-09-01", "2026-09-22" }),  // 60 days before
		with(validListing("stale"), func(l *Listing) { l.Posted, l.Checked = "2026-09-01", "2026-09-21" }), // 61 days before
	)
	tests := []struct {
		name   string
		now    time.Time
		maxAge time.Duration
		want   []string
	}{
		{"default 60 days", today, 0, []string{"edge", "fresh"}},
		{"longer max age", today, 90 * 24 * time.Hour, []string{"edge", "fresh", "stale"}},
		{"shorter max age", today, 7 * 24 * time.Hour, []string{"fresh"}},
		{"no limit", today, -1, []string{"edge", "fresh", "stale"}},
		// 2026-11-20 16:00 UTC is already 11-21 in Japan.
		{"today is Japan's today", time.Date(2026, 11, 20, 16, 0, 0, 0, time.UTC), 0, []string{"edge", "fresh"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ids(c.Search(Query{Now: tt.now, MaxAge: tt.maxAge}))
			slices.Sort(got)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ids (-want +got):\n%s", diff)
			}
		})
	}
	if diff := cmp.Diff([]string{"stale"}, ids(matchesOf(c.Stale(today, 0)))); diff != "" {
		t.Errorf("Stale (-want +got):\n%s", diff)
	}
}

func matchesOf(ls []Listing) []Match {
	out := make([]Match, len(ls))
	for i, l := range ls {
		out[i].Listing = l
	}
	return out
}

func TestSearchIsDeterministicAndPages(t *testing.T) {
	c := sampleCatalog(t)
	q := Query{Category: akari.RemoteWorkEnvy, Now: today, Limit: 12}
	all := ids(c.Search(q))
	for range 5 {
		if again := ids(c.Search(q)); !slices.Equal(all, again) {
			t.Fatalf("same query, different order:\n%v\n%v", all, again)
		}
	}
	// Equal scores are ordered by id.
	ms := c.Search(q)
	for i := 1; i < len(ms); i++ {
		if ms[i].Score == ms[i-1].Score && ms[i].Listing.ID < ms[i-1].Listing.ID {
			t.Errorf("tie between %s and %s not broken by id", ms[i-1].Listing.ID, ms[i].Listing.ID)
		}
		if ms[i].Score > ms[i-1].Score {
			t.Errorf("#%d scores more than #%d", i+1, i)
		}
	}
	var paged []string
	for offset := 0; offset < 12; offset += 4 {
		paged = append(paged, ids(c.Search(Query{Category: akari.RemoteWorkEnvy, Now: today, Limit: 4, Offset: offset}))...)
	}
	if diff := cmp.Diff(all, paged); diff != "" {
		t.Errorf("pages differ from one long page (-long +paged):\n%s", diff)
	}
	if got := c.Search(Query{Now: today, Offset: 1000}); len(got) != 0 {
		t.Errorf("offset past the end: got %d matches, want 0", len(got))
	}
}

func TestSearchKeywords(t *testing.T) {
	c := sampleCatalog(t)
	top := c.Search(Query{Category: akari.Other, Keywords: []string{"ＩＴ"}, Now: today})
	for _, m := range top {
		if !hasAnyTag(m.Listing, TagIT) {
			t.Errorf("keyword ＩＴ (full-width): got %s %v, want IT listings", m.Listing.ID, m.Listing.Tags)
		}
		if !strings.Contains(m.Why, "「ＩＴ」のご希望に合う求人です") {
			t.Errorf("Why %q does not mention the keyword", m.Why)
		}
	}
	// A keyword adds to the worry's preferences: a parent looking for 経理
	// gets the 経理 job with 時短 and flextime first.
	top = c.Search(Query{Category: akari.ParentingBalance, Keywords: []string{"経理"}, Now: today})
	if got, want := top[0].Listing.ID, "sample-021"; got != want {
		t.Errorf("parent looking for 経理: best is %s, want %s", got, want)
	}
}

// What the message asks for now outranks the worry's preferences and pay:
// a salary worry asking for care work sees care work first, not the
// best-paid roles; the Why line names the word asked for.
func TestSearchAskedOutranksTheWorry(t *testing.T) {
	c := catalogOf(t,
		with(validListing("a-care"), func(l *Listing) {
			l.Title, l.Tags, l.Pay = "介護職員", []Tag{TagCare}, Pay{AnnualMin: 300, AnnualMax: 380}
		}),
		with(validListing("b-sales"), func(l *Listing) {
			l.Title, l.Tags, l.Pay = "営業マネージャー", []Tag{TagRetail}, Pay{AnnualMin: 800, AnnualMax: 1000}
		}),
		with(validListing("c-consultant"), func(l *Listing) {
			l.Title, l.Tags, l.Pay = "ITコンサルタント", []Tag{TagIT}, Pay{AnnualMin: 780, AnnualMax: 900}
		}),
	)
	for _, tt := range []struct {
		name string
		q    Query
		want []string
	}{
		{"a keyword only raises a listing", Query{Category: akari.Salary, Keywords: []string{"介護"}}, []string{"b-sales", "c-consultant", "a-care"}},
		{"asked now comes first", Query{Category: akari.Salary, Keywords: []string{"介護"}, Asked: []string{"介護"}}, []string{"a-care", "b-sales", "c-consultant"}},
		{"asked now, ranked by pay", Query{Category: akari.Salary, Asked: []string{"介護"}, ByPay: true}, []string{"a-care", "b-sales", "c-consultant"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tt.q.Limit, tt.q.Now = 3, today
			got := c.Search(tt.q)
			if diff := cmp.Diff(tt.want, ids(got)); diff != "" {
				t.Errorf("order (-want +got):\n%s", diff)
			}
			if len(tt.q.Asked) > 0 && !strings.Contains(got[0].Why, "「介護」のご希望に合う求人です") {
				t.Errorf("Why %q does not name the work asked for", got[0].Why)
			}
		})
	}
}

// A kind of work turned down is not shown, however well the rest of the
// listing fits: a nursery teacher leaving childcare for office work, a
// caller done with the phone.
func TestSearchAvoids(t *testing.T) {
	c := sampleCatalog(t)
	for _, tt := range []struct {
		name  string
		q     Query
		avoid string
	}{
		{"office work, not childcare", Query{Category: akari.CareerChange, Keywords: []string{"事務"}, Avoid: []string{"保育"}, Limit: MaxLimit, Now: today}, "保育"},
		{"no call-centre work", Query{Category: akari.Resignation, Avoid: []string{"コールセンター", "電話"}, Limit: MaxLimit, Now: today}, "コールセンター"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			all := c.Search(Query{Category: tt.q.Category, Keywords: tt.q.Keywords, Limit: MaxLimit, Now: today})
			if !slices.ContainsFunc(all, func(m Match) bool { return strings.Contains(kindText(&m.Listing), tt.avoid) }) {
				t.Fatalf("without Avoid no listing holds %s: the test proves nothing", tt.avoid)
			}
			got := c.Search(tt.q)
			if len(got) == 0 {
				t.Fatal("nothing found")
			}
			for _, m := range got {
				if text := kindText(&m.Listing); strings.Contains(text, tt.avoid) {
					t.Errorf("got %s (%s), which holds %s", m.Listing.ID, m.Listing.Title, tt.avoid)
				}
			}
		})
	}
	// A listing that only values call-centre experience is no call-centre
	// job: it stays.
	got := c.Search(Query{Category: akari.Resignation, Employment: []Employment{Dispatch}, Avoid: []string{"コールセンター"}, Limit: MaxLimit, Now: today})
	if !slices.ContainsFunc(got, func(m Match) bool { return slices.Contains(m.Listing.ValuesExperience, TagCallCenter) }) {
		t.Errorf("avoiding call-centre work dropped the listings that value it too: %d left", len(got))
	}
}

func TestMatchJSON(t *testing.T) {
	c := sampleCatalog(t)
	data, err := json.Marshal(c.Search(Query{Category: akari.Salary, Now: today, Limit: 1}))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"listing":{"id":"sample-`, `"why":"`, `"badges":["年収`, `"pay":{"annual_min":`} {
		if !strings.Contains(string(data), want) {
			t.Errorf("JSON lacks %s:\n%s", want, data)
		}
	}
}
