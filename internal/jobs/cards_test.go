package jobs

import (
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/akari-career/akari/internal/akari"
)

func TestCardsCarryTheListingAndTheReason(t *testing.T) {
	ms := sampleCatalog(t).Search(Query{Category: akari.ParentingBalance, Now: today, Limit: 5})
	cards := Cards(ms)
	if len(cards) != len(ms) || len(cards) == 0 {
		t.Fatalf("got %d cards for %d matches", len(cards), len(ms))
	}
	for i, c := range cards {
		m := ms[i]
		l := m.Listing
		if c.Title != l.Title || c.Company != l.Company || c.Pay != l.Pay.String() || c.Employment != string(l.Employment) ||
			c.Hours != l.Hours || c.DetailURL != l.URL || c.Why != m.Why || !c.Sample {
			t.Errorf("card %d = %+v, want the facts of listing %s, its reason, marked as a sample", i, c, l.ID)
		}
		if id, ok := ParseInterest(c.InterestData); !ok || id != l.ID {
			t.Errorf("card %d: interest data %q parses to %q, %v; want %s", i, c.InterestData, id, ok, l.ID)
		}
	}
}

func TestCardPlace(t *testing.T) {
	l := validListing("place-1")
	l.Prefecture, l.City = "東京都", "渋谷区"
	if got := Cards([]Match{{Listing: l}})[0].Place; got != "東京都 渋谷区" {
		t.Errorf("place %q, want 東京都 渋谷区", got)
	}
	l.Remote = RemoteFull
	if got := Cards([]Match{{Listing: l}})[0].Place; got != "フルリモート（本社：東京都）" {
		t.Errorf("place %q, want フルリモート（本社：東京都）", got)
	}
}

func TestInterestDataFitsLINE(t *testing.T) {
	// The longest id a catalog accepts still makes postback data LINE
	// takes (300 characters), and it parses back.
	id := strings.Repeat("x", maxIDLen)
	data := InterestData(id)
	if n := len(utf16.Encode([]rune(data))); n > 300 {
		t.Errorf("postback data is %d characters, LINE allows 300", n)
	}
	if got, ok := ParseInterest(data); !ok || got != id {
		t.Errorf("ParseInterest(%q) = %q, %v", data, got, ok)
	}
	if _, ok := ParseInterest("action=other&job=x"); ok {
		t.Error("ParseInterest accepted another action")
	}
}

func TestCardsWithoutMatchesIsNothing(t *testing.T) {
	if got := Cards(nil); got != nil {
		t.Errorf("Cards(nil) = %v, want nil", got)
	}
}
