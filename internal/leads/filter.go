package leads

import (
	"time"

	"github.com/akari-career/akari/internal/akari"
)

// Filter selects leads for the console's list, its CSV and its API. Zero
// fields match everything. From and To bound CreatedAt: From inclusive, To
// exclusive.
type Filter struct {
	Status   Status
	Category akari.Category
	From, To time.Time
	Assignee string
}

// Match reports whether l passes every set field.
func (f Filter) Match(l *Lead) bool {
	return (f.Status == "" || l.Status == f.Status) && f.MatchIgnoringStatus(l)
}

// MatchIgnoringStatus is Match without the status, for the per-status counts
// shown next to a filtered list.
func (f Filter) MatchIgnoringStatus(l *Lead) bool {
	switch {
	case f.Category != "" && l.Category != f.Category:
		return false
	case f.Assignee != "" && l.Assignee != f.Assignee:
		return false
	case !f.From.IsZero() && l.CreatedAt.Before(f.From):
		return false
	case !f.To.IsZero() && !l.CreatedAt.Before(f.To):
		return false
	}
	return true
}

// Page is one page of a filtered list.
type Page struct {
	Leads []*Lead `json:"leads"`
	// Total is how many leads match the filter, over all pages.
	Total int `json:"total"`
	// Counts are per status, for leads matching the filter apart from its
	// status.
	Counts Counts `json:"counts"`
}
