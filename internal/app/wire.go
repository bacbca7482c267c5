package app

import (
	"context"
	"fmt"
	"slices"
	"sync/atomic"
	"time"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/conversation"
	"github.com/akari-career/akari/internal/jobs"
	"github.com/akari-career/akari/internal/leads"
	"github.com/akari-career/akari/internal/line"
	"github.com/akari-career/akari/internal/metrics"
)

// catalog holds the job catalog; a reload swaps it whole.
type catalog struct {
	path   string // "" = the built-in sample
	maxAge time.Duration
	cur    atomic.Pointer[jobs.Catalog]
}

func loadCatalog(path string, maxAge time.Duration) (*catalog, error) {
	c := &catalog{path: path, maxAge: maxAge}
	if path == "" {
		c.maxAge = -1 // the sample's dates are illustrative; real catalogs age
	}
	return c, c.reload()
}

func (c *catalog) reload() error {
	var cat *jobs.Catalog
	var err error
	if c.path == "" {
		cat, err = jobs.Sample()
	} else {
		cat, err = jobs.LoadFile(c.path)
	}
	if err != nil {
		return fmt.Errorf("AKARI_JOBS_FILE: %w", err)
	}
	c.cur.Store(cat)
	return nil
}

// LoadJobs returns a job finder over the catalog at path ("" = the
// built-in sample), for tools that run the engine outside the server.
func LoadJobs(path string) (conversation.JobFinder, error) {
	return loadCatalog(path, jobs.DefaultMaxAge)
}

// Find implements conversation.JobFinder over the current catalog.
func (c *catalog) Find(q conversation.JobQuery) conversation.JobPage {
	jq := jobs.Query{
		Category: q.Category, Prefectures: q.Prefectures, Remote: jobs.Remote(q.Remote),
		Inexperienced: q.Inexperienced, Keywords: q.Keywords, Avoid: q.Avoid, Limit: q.Limit, Offset: q.Offset,
		MaxAge: c.maxAge, MinAnnualPay: max(q.MinAnnualPay, jobs.AnnualFromHourly(q.MinHourlyPay)), ByPay: q.ByPay,
	}
	if emp, ok := jobs.ParseEmployment(q.Employment); ok {
		jq.Employment = []jobs.Employment{emp}
	}
	cat := c.cur.Load()
	// What the message asks for now outranks what the worry prefers and
	// what a listing pays (介護の求人 in a salary worry: care work first).
	jq.Asked = q.Wanted
	missing := false
	if q.Kind != "" {
		jq.Keywords = append(slices.Clip(jq.Keywords), q.Kind)
		if q.KindNow {
			jq.Asked = append(slices.Clip(jq.Asked), q.Kind)
		}
		missing = !cat.Holds(q.Kind)
	}
	matches := cat.Search(jq)
	if len(matches) == 0 {
		return conversation.JobPage{KindMissing: missing}
	}
	page := conversation.JobPage{Cards: jobs.Cards(matches), Count: len(matches), KindMissing: missing}
	for _, w := range q.Wanted {
		says := func(m jobs.Match) bool { return cat.Says(m.Listing.ID, w) }
		switch {
		case !slices.ContainsFunc(matches, says):
			page.Unmet = append(page.Unmet, w)
		case !slices.ContainsFunc(matches, func(m jobs.Match) bool { return !says(m) }):
			page.Held = append(page.Held, w)
		default:
			n := 0
			for _, m := range matches {
				if says(m) {
					n++
				}
			}
			page.Partly = append(page.Partly, conversation.HeldBy{Word: w, Cards: n})
		}
	}
	return page
}

// Describe implements conversation.JobFinder.
func (c *catalog) Describe(id string) (title, company string, ok bool) {
	l, ok := c.cur.Load().Get(id)
	return l.Title, l.Company, ok
}

// Card implements conversation.JobFinder.
func (c *catalog) Card(id string) (akari.Card, bool) {
	return c.cur.Load().Card(id)
}

var _ conversation.JobFinder = (*catalog)(nil)

// llmObserver reports LLM calls to metrics.
type llmObserver struct{ m *metrics.Metrics }

func (o llmObserver) Call(purpose, result string) {
	o.m.LLMCalls.WithLabelValues(purpose, result).Inc()
}
func (o llmObserver) Tokens(purpose string, prompt, completion int) {
	o.m.LLMTokens.WithLabelValues(purpose, "prompt").Add(float64(prompt))
	o.m.LLMTokens.WithLabelValues(purpose, "completion").Add(float64(completion))
}
func (o llmObserver) Fallback(purpose, reason string) {
	o.m.LLMFallbacks.WithLabelValues(purpose, reason).Inc()
}

// notifier tells recruiters of new leads by the configured channels.
type notifier struct {
	a  *App
	ns leads.Notifiers
}

func (n notifier) NotifyLead(ctx context.Context, l *leads.Lead) error {
	if len(n.ns) == 0 {
		return nil
	}
	return n.ns.NotifyLead(ctx, leads.NewNotice(l, n.a.consoleURL()))
}

func (a *App) consoleURL() string {
	if a.cfg.ConsoleURL != "" {
		return a.cfg.ConsoleURL
	}
	if a.ln != nil {
		return a.URL()
	}
	return ""
}

// linePusher sends recruiters' messages and group notices through LINE.
type linePusher struct{ a *App }

// Push sends a recruiter's text to the person. Each message is new, so each
// gets a fresh retry key.
func (p linePusher) Push(ctx context.Context, userID, text string) error {
	return p.a.sender.Push(ctx, userID, line.NewRetryKey(), lineTexts(text))
}

// PushGroup posts a notice to the recruiters' LINE group.
func (p linePusher) PushGroup(ctx context.Context, groupID, text string) error {
	return p.a.sender.Push(ctx, groupID, line.NewRetryKey(), lineTexts(text))
}

// lineTexts is a plain text reply as LINE messages.
func lineTexts(text string) []line.Message {
	return line.Messages(akari.Texts(text))
}
