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
	n := Notice{ID: l.ID, Category: l.Category, CreatedAt: l.CreatedAt}
	if consoleURL != "" {
		n.URL = strings.TrimRight(consoleURL, "/") + "/console/leads/" + l.ID
	}
	return n
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
	var errs []error
	for _, x := range ns {
		if err := x.NotifyLead(ctx, n); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}
