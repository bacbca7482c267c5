package jobs

import (
	"strings"
	"testing"

	"github.com/akari-career/akari/internal/akari"
)

func TestSampleCatalog(t *testing.T) {
	c := sampleCatalog(t)
	if c.Len() < 60 {
		t.Errorf("sample has %d listings, want at least 60", c.Len())
	}
	prefectures := map[string]bool{}
	fullRemote := 0
	for _, l := range c.Listings() {
		if !l.Sample || !strings.HasPrefix(l.Company, "（サンプル）") {
			t.Errorf("%s is not marked as a sample (sample=%v, company %q)", l.ID, l.Sample, l.Company)
		}
		if !strings.HasPrefix(l.URL, "https://example.com/jobs/") {
			t.Errorf("%s: URL %q is not under https://example.com/jobs/", l.ID, l.URL)
		}
		if !strings.HasPrefix(string(l.Posted), "2026-") {
			t.Errorf("%s: posted %s, want a 2026 date", l.ID, l.Posted)
		}
		prefectures[l.Prefecture] = true
		if l.Remote == RemoteFull {
			fullRemote++
		}
	}
	if stale := c.Stale(today, 0); len(stale) > 0 {
		t.Errorf("%d sample listings are stale on %s, e.g. %s checked %s", len(stale), today.Format("2006-01-02"), stale[0].ID, stale[0].Checked)
	}
	for _, p := range []string{"東京都", "大阪府", "愛知県", "福岡県", "北海道", "宮城県", "広島県", "京都府", "神奈川県", "埼玉県", "千葉県", "兵庫県", "静岡県", "新潟県", "沖縄県"} {
		if !prefectures[p] {
			t.Errorf("no sample listing in %s", p)
		}
	}
	if fullRemote < 10 {
		t.Errorf("%d full-remote sample listings, want at least 10", fullRemote)
	}
}

// TestSampleServesEveryWorry checks the sample catalog has something for
// each worry, also with a place wish, so demos never come back empty.
func TestSampleServesEveryWorry(t *testing.T) {
	c := sampleCatalog(t)
	for _, cat := range akari.Categories() {
		for _, pref := range []string{"", "東京都", "大阪府", "沖縄県"} {
			t.Run(string(cat)+"/"+pref, func(t *testing.T) {
				ms := c.Search(Query{Category: cat, Prefectures: []string{pref}, Now: today})
				if len(ms) < 3 {
					t.Fatalf("got %d matches, want at least 3", len(ms))
				}
				// The top three address the worry itself, not only the
				// wishes (small talk has no worry to address).
				if cat == akari.Other {
					return
				}
				cq := compile(Query{Category: cat, Prefectures: []string{pref}, Now: today})
				for _, m := range ms[:3] {
					i := c.byID[m.Listing.ID]
					if r := cq.reason(&c.listings[i], &c.feats[i]); r == "" {
						t.Errorf("%s does not address the worry (Why %q)", m.Listing.ID, m.Why)
					}
				}
			})
		}
	}
}

// Holds finds a kind of work in any listing's text, and only there.
func TestCatalogHolds(t *testing.T) {
	cat := sampleCatalog(t)
	for word, want := range map[string]bool{"ライター": true, "看護師": true, "警備": false, "タクシー": false, "x": false} {
		if got := cat.Holds(word); got != want {
			t.Errorf("Holds(%q) = %v, want %v", word, got, want)
		}
	}
}
