package jobs

import (
	"strings"

	"github.com/akari-career/akari/internal/akari"
)

// InterestData is the postback data of a card's 「興味あり」 button; the
// engine parses it back with ParseInterest.
func InterestData(id string) string { return "action=interest&job=" + id }

// ParseInterest returns the listing id of a 「興味あり」 postback.
func ParseInterest(data string) (id string, ok bool) {
	id, ok = strings.CutPrefix(data, "action=interest&job=")
	return id, ok && validID(id)
}

// Cards turns matches into the cards Akari shows, best first: the
// listing's facts, the badges and Akari's reason from Search, and the
// buttons' targets. Every card comes from a catalog listing; sample
// listings stay marked as samples. Drawing them (and LINE's size limits)
// is the LINE adapter's business.
func Cards(matches []Match) []akari.Card {
	if len(matches) == 0 {
		return nil
	}
	out := make([]akari.Card, len(matches))
	for i := range matches {
		m := &matches[i]
		l := &m.Listing
		out[i] = akari.Card{
			Title: l.Title, Company: l.Company, Sample: l.Sample,
			Place: cardPlace(l), Pay: l.Pay.String(), Employment: string(l.Employment), Hours: l.Hours,
			Badges: m.Badges, Highlights: l.Highlights, Why: m.Why,
			DetailURL: l.URL, InterestData: InterestData(l.ID),
		}
	}
	return out
}

// cardPlace is the place line: 東京都 渋谷区, or フルリモート（本社：東京都）.
func cardPlace(l *Listing) string {
	if l.Remote == RemoteFull {
		return "フルリモート（本社：" + l.Prefecture + "）"
	}
	return l.Prefecture + " " + l.City
}
