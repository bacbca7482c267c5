package jobs

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/akari-career/akari/internal/jatext"
	"github.com/akari-career/akari/internal/yamldoc"
)

// Catalog is a validated, read-only set of listings with per-listing
// features computed once at load, so searching never parses or allocates
// per listing. A Catalog is safe for concurrent use.
type Catalog struct {
	listings []Listing
	feats    []feature
	// Keyword data is apart from feats so that searches without keywords
	// stream through small features only.
	sigs  []signature // bigram signature per listing (keyword.go)
	texts []string    // searchable text per listing
	// kinds is what kind of work each listing is — its title and tags —
	// which a kind turned down (Query.Avoid) is looked for in: a listing
	// that only values call-centre experience is no call-centre job.
	kinds []string
	byID  map[string]int
}

// feature is what Search needs of one listing, packed small (32 bytes).
type feature struct {
	tags       uint32 // Tag bits
	values     uint32 // ValuesExperience bits
	annualLow  int32  // 万円; hourly pay converted at full-time hours
	annualHigh int32
	checked    int32 // days since 1970-01-01
	posted     int32
	idRank     int32 // position of the id in sorted order, for tie-breaks
	pref       uint8 // 1..47, see prefectures
	remote     uint8 // Remote.level
	employment uint8 // Employment.bit
	flags      uint8
}

const (
	flagInexperienced uint8 = 1 << iota
	flagShortHours
	flagFlextime
	flagHourly
)

// NewCatalog validates listings built in code (tests, generated catalogs)
// and makes a catalog of them. Problems are reported like Load's, naming
// the listing instead of a line. The catalog keeps the listings: do not
// modify them afterwards.
func NewCatalog(listings []Listing) (*Catalog, error) {
	var ps yamldoc.Problems
	seen := make(map[string]bool, len(listings))
	for i := range listings {
		l := &listings[i]
		name := fmt.Sprintf("listing %d (%s)", i+1, l.ID)
		for _, is := range l.validate() {
			ps = append(ps, yamldoc.Problem{File: name, Msg: is.msg})
		}
		if seen[l.ID] && l.ID != "" {
			ps = append(ps, yamldoc.Problem{File: name, Msg: fmt.Sprintf("duplicate id %q", l.ID)})
		}
		seen[l.ID] = true
	}
	if len(ps) > 0 {
		return nil, ps // in listing order, as each names its listing
	}
	return newCatalog(slices.Clone(listings)), nil
}

// newCatalog builds the features of valid listings.
func newCatalog(listings []Listing) *Catalog {
	c := &Catalog{
		listings: listings,
		feats:    make([]feature, len(listings)),
		sigs:     make([]signature, len(listings)),
		texts:    make([]string, len(listings)),
		kinds:    make([]string, len(listings)),
		byID:     make(map[string]int, len(listings)),
	}
	order := make([]int, len(listings))
	for i := range listings {
		l := &listings[i]
		if full, _ := jatext.Prefecture(l.Prefecture); full != "" {
			l.Prefecture = full
		}
		c.byID[l.ID] = i
		order[i] = i
		c.texts[i] = searchText(l)
		c.sigs[i] = signatureOf(c.texts[i])
		c.kinds[i] = kindText(l)
		c.feats[i] = featuresOf(l)
	}
	slices.SortFunc(order, func(a, b int) int { return strings.Compare(listings[a].ID, listings[b].ID) })
	for rank, i := range order {
		c.feats[i].idRank = int32(rank)
	}
	return c
}

func featuresOf(l *Listing) feature {
	f := feature{remote: l.Remote.level(), employment: l.Employment.bit()}
	_, code := jatext.Prefecture(l.Prefecture)
	f.pref = uint8(code)
	for _, t := range l.Tags {
		f.tags |= t.bit()
	}
	for _, t := range l.ValuesExperience {
		f.values |= t.bit()
	}
	low, high := l.Pay.AnnualEstimate()
	f.annualLow, f.annualHigh = int32(low), int32(high)
	f.checked, _ = l.Checked.days()
	f.posted, _ = l.Posted.days()
	if l.InexperiencedOK {
		f.flags |= flagInexperienced
	}
	if l.ShortHours {
		f.flags |= flagShortHours
	}
	if l.Flextime {
		f.flags |= flagFlextime
	}
	if l.Pay.Hourly() {
		f.flags |= flagHourly
	}
	return f
}

// Len returns the number of listings.
func (c *Catalog) Len() int { return len(c.listings) }

// Listings returns the listings in catalog order. The slice is a copy; the
// listings' own slices are shared and must not be modified.
func (c *Catalog) Listings() []Listing { return slices.Clone(c.listings) }

// Get returns the listing with the given id (for the 興味あり postback).
func (c *Catalog) Get(id string) (Listing, bool) {
	i, ok := c.byID[id]
	if !ok {
		return Listing{}, false
	}
	return c.listings[i], true
}

// Holds reports whether any listing's searchable text holds word — a kind
// of work the person named (警備, ドライバー) — so that Akari can say so when
// the catalog has none instead of showing other work as if it were that.
// Stale listings count: the word is about what the catalog covers.
func (c *Catalog) Holds(word string) bool {
	k, ok := compileKeyword(word)
	if !ok {
		return false
	}
	for i := range c.texts {
		if k.in(&c.sigs[i], c.texts[i]) {
			return true
		}
	}
	return false
}

// Says reports whether the listing with the given id holds word in its
// searchable text: whether a card shown for 夜勤なし says 夜勤なし at all.
func (c *Catalog) Says(id, word string) bool {
	i, ok := c.byID[id]
	if !ok {
		return false
	}
	k, ok := compileKeyword(word)
	return ok && k.in(&c.sigs[i], c.texts[i])
}

// DefaultMaxAge is how long a listing stays shown after a person last
// checked it is still open.
const DefaultMaxAge = 60 * 24 * time.Hour

// Stale returns the listings whose checked date is more than maxAge before
// now (in Japan), which Search does not show. Operators use it to know
// what to re-check.
func (c *Catalog) Stale(now time.Time, maxAge time.Duration) []Listing {
	today, maxDays := jstDay(now), ageDays(maxAge)
	var out []Listing
	for i := range c.feats {
		if today-c.feats[i].checked > maxDays {
			out = append(out, c.listings[i])
		}
	}
	return out
}

// ageDays turns a max age into whole days; zero means DefaultMaxAge and a
// negative age means no limit.
func ageDays(maxAge time.Duration) int32 {
	switch {
	case maxAge == 0:
		maxAge = DefaultMaxAge
	case maxAge < 0:
		return math.MaxInt32
	}
	return int32(maxAge / (24 * time.Hour))
}
