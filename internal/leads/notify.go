package leads

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"strconv"
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

// Notifier tells recruiters that a lead arrived.
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

// Webhook posts each notice as JSON ({"id","category","createdAt","url"})
// to a URL, retrying network errors, 429 and 5xx with exponential backoff.
type Webhook struct {
	url      string
	client   *http.Client
	attempts int
	backoff  time.Duration
}

var _ Notifier = (*Webhook)(nil)

// NewWebhook returns a notifier posting to url (AKARI_LEAD_WEBHOOK_URL).
// A nil client gets one with a 10 s timeout.
func NewWebhook(url string, client *http.Client) *Webhook {
	if client == nil {
		client = &http.Client{Timeout: 10 * time.Second}
	}
	return &Webhook{url: url, client: client, attempts: 4, backoff: 500 * time.Millisecond}
}

// WithRetry sets the number of tries and the first backoff, for tests.
func (w *Webhook) WithRetry(attempts int, backoff time.Duration) *Webhook {
	w.attempts, w.backoff = max(attempts, 1), backoff
	return w
}

// NotifyLead implements Notifier.
func (w *Webhook) NotifyLead(ctx context.Context, n Notice) error {
	body, err := json.Marshal(n)
	if err != nil {
		return fmt.Errorf("lead webhook: %w", err)
	}
	for attempt := 1; ; attempt++ {
		retry, wait, err := w.post(ctx, body)
		if err == nil {
			return nil
		}
		if !retry || attempt >= w.attempts {
			return fmt.Errorf("lead webhook (try %d): %w", attempt, err)
		}
		if wait == 0 {
			wait = w.backoff << (attempt - 1)
			wait += rand.N(wait/2 + 1)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("lead webhook: %w (after %v)", ctx.Err(), err)
		case <-time.After(wait):
		}
	}
}

// post makes one try and says whether another may help, and how long the
// server asked to wait.
func (w *Webhook) post(ctx context.Context, body []byte) (retry bool, wait time.Duration, err error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, w.url, bytes.NewReader(body))
	if err != nil {
		return false, 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "akari-lead-notifier")
	res, err := w.client.Do(req)
	if err != nil {
		return ctx.Err() == nil, 0, err
	}
	defer res.Body.Close()
	io.Copy(io.Discard, io.LimitReader(res.Body, 64<<10))
	if res.StatusCode < 300 {
		return false, 0, nil
	}
	if sec, perr := strconv.Atoi(res.Header.Get("Retry-After")); perr == nil && sec > 0 {
		wait = min(time.Duration(sec)*time.Second, 30*time.Second)
	}
	retry = res.StatusCode == http.StatusTooManyRequests || res.StatusCode >= 500
	return retry, wait, fmt.Errorf("HTTP %d", res.StatusCode)
}

// GroupPusher sends a text to a LINE group the recruiters are in.
type GroupPusher interface {
	PushGroup(ctx context.Context, groupID, text string) error
}

// Group announces leads in a LINE group (AKARI_LEAD_NOTIFY_GROUP) with the
// category's label and the console link only.
type Group struct {
	pusher  GroupPusher
	groupID string
	label   func(akari.Category) string
}

var _ Notifier = (*Group)(nil)

// NewGroup returns a notifier for groupID; label turns a category into its
// Japanese label (nil: the id is shown).
func NewGroup(p GroupPusher, groupID string, label func(akari.Category) string) *Group {
	if label == nil {
		label = func(c akari.Category) string { return string(c) }
	}
	return &Group{pusher: p, groupID: groupID, label: label}
}

// NotifyLead implements Notifier.
func (g *Group) NotifyLead(ctx context.Context, n Notice) error {
	if err := g.pusher.PushGroup(ctx, g.groupID, GroupText(n, g.label)); err != nil {
		return fmt.Errorf("lead group notice: %w", err)
	}
	return nil
}

// GroupText is the group message for a notice.
func GroupText(n Notice, label func(akari.Category) string) string {
	var b strings.Builder
	b.WriteString("新しいご相談が届きました。\n")
	fmt.Fprintf(&b, "お悩み：%s\n", label(n.Category))
	if n.URL != "" {
		fmt.Fprintf(&b, "コンソールで確認してください：%s", n.URL)
	} else {
		fmt.Fprintf(&b, "コンソールで確認してください（ID：%s）", n.ID)
	}
	return b.String()
}
