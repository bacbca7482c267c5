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
			JobID: l.ID, Title: l.Title, Company: l.Company, Sample: l.Sample,
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

// Card returns the listing with the given id as a card, with the badges
// its own facts earn (在宅OK, 未経験歓迎…) and no Why: for a question about
// a card shown before, when no search is at hand.
func (c *Catalog) Card(id string) (akari.Card, bool) {
	i, ok := c.byID[id]
	if !ok {
		return akari.Card{}, false
	}
	cq := compile(Query{})
	m := Match{Listing: c.listings[i], Badges: cq.badges(&c.listings[i], &c.feats[i])}
	return Cards([]Match{m})[0], true
}
