package leads

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/akari-career/akari/internal/akari"
)

// Notice announces a new lead to the recruiters. It carries no personal
// data on purpose: recruiters follow the link and log in to the console to
// see the lead, so nothing about the person travels through a webhook or a
// group chat.
type Notice struct {
	ID        string         `json:"id"`
	Category  akari.Category `json:"category"`
	CreatedAt time.Time      `json:"createdAt"`
	URL       string         `json:"url"` // the lead's page in the console
}

// NewNotice builds the notice for l; consoleURL is the console's public base
// URL ("https://akari.example.com"), empty for no link.
func NewNotice(l *Lead, consoleURL string) Notice {
	return Notice{ID: l.ID, Category: l.Category, CreatedAt: l.CreatedAt, URL: leadURL(consoleURL, l.ID)}
}

// leadURL is the lead's page in the console, "" without a console URL.
func leadURL(consoleURL, id string) string {
	if consoleURL == "" {
		return ""
	}
	return strings.TrimRight(consoleURL, "/") + "/console/leads/" + id
}

// Notifier tells recruiters that a lead arrived. The implementations that
// reach the outside (webhook, LINE group) live in internal/notify.
type Notifier interface {
	NotifyLead(ctx context.Context, n Notice) error
}

// Notifiers fans a notice out to several notifiers; every one is tried and
// the errors are joined.
type Notifiers []Notifier

// NotifyLead implements Notifier.
func (ns Notifiers) NotifyLead(ctx context.Context, n Notice) error {
	return each(ns, func(x Notifier) error { return x.NotifyLead(ctx, n) })
}

// each calls tell for every notifier, all of them, and joins the errors:
// one channel failing must not keep the others from hearing.
func each[N any](ns []N, tell func(N) error) error {
	var errs []error
	for _, x := range ns {
		if err := tell(x); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// Assignment tells a recruiter a lead was given to them. Like Notice it
// carries no personal data: the link leads to the console.
type Assignment struct {
	ID       string         `json:"id"`
	Category akari.Category `json:"category"`
	Assignee string         `json:"assignee"`
	By       string         `json:"by"` // who assigned it (the assignee, for a take)
	URL      string         `json:"url,omitempty"`
}

// NewAssignment builds the assignment notice for l, assigned by `by`.
func NewAssignment(l *Lead, by, consoleURL string) Assignment {
	return Assignment{ID: l.ID, Category: l.Category, Assignee: l.Assignee, By: by, URL: leadURL(consoleURL, l.ID)}
}

// AssignNotifier tells a recruiter a lead was assigned to them.
type AssignNotifier interface {
	NotifyAssigned(ctx context.Context, a Assignment) error
}

// AssignNotifiers fans an assignment out; every one is tried and the
// errors are joined.
type AssignNotifiers []AssignNotifier

// NotifyAssigned implements AssignNotifier.
func (ns AssignNotifiers) NotifyAssigned(ctx context.Context, a Assignment) error {
	return each(ns, func(x AssignNotifier) error { return x.NotifyAssigned(ctx, a) })
}
