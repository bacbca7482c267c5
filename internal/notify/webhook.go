package notify

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/akari-career/akari/internal/httpretry"
	"github.com/akari-career/akari/internal/leads"
)

// Webhook posts each notice as JSON ({"id","category","createdAt","url"})
// to a URL, retrying network errors, 429 and 5xx with exponential backoff.
// A repeated notice is harmless — it names the same lead — so every try
// may be repeated.
type Webhook struct {
	url    string
	client *http.Client
	policy httpretry.Policy
}

var _ leads.Notifier = (*Webhook)(nil)

// Webhook's defaults: a receiver that is briefly down gets about four
// seconds to come back.
const (
	webhookAttempts      = 4
	webhookBackoff       = 500 * time.Millisecond
	webhookTimeout       = 10 * time.Second
	webhookMaxRetryAfter = 30 * time.Second
)

// NewWebhook returns a notifier posting to url (AKARI_LEAD_WEBHOOK_URL).
// client's Timeout bounds each try; a nil client gets a 10 s one.
func NewWebhook(url string, client *http.Client) *Webhook {
	if client == nil {
		client = &http.Client{Timeout: webhookTimeout}
	}
	return &Webhook{
		url:    url,
		client: httpretry.Client(client, httpretry.Transport{Repeatable: httpretry.Always}),
		policy: httpretry.Policy{Attempts: webhookAttempts, Backoff: webhookBackoff, MaxRetryAfter: webhookMaxRetryAfter},
	}
}

// WithRetry sets the number of tries and the first backoff, for tests.
func (w *Webhook) WithRetry(attempts int, backoff time.Duration) *Webhook {
	w.policy.Attempts, w.policy.Backoff = max(attempts, 1), backoff
	return w
}

var _ leads.AssignNotifier = (*Webhook)(nil)

// NotifyLead implements leads.Notifier.
func (w *Webhook) NotifyLead(ctx context.Context, n leads.Notice) error {
	body, err := json.Marshal(n)
	if err != nil {
		return fmt.Errorf("lead webhook: %w", err)
	}
	return w.post(ctx, body)
}

// NotifyAssigned implements leads.AssignNotifier: the same URL gets
// {"type":"assigned","id","category","assignee","by","url"}, which a
// receiver tells from a new lead by its type.
func (w *Webhook) NotifyAssigned(ctx context.Context, a leads.Assignment) error {
	body, err := json.Marshal(struct {
		Type string `json:"type"`
		leads.Assignment
	}{"assigned", a})
	if err != nil {
		return fmt.Errorf("lead webhook: %w", err)
	}
	return w.post(ctx, body)
}

func (w *Webhook) post(ctx context.Context, body []byte) error {
	tries := 0
	ctx = httpretry.WithPolicy(ctx, w.policy)
	ctx = httpretry.WithObserver(ctx, func(a httpretry.Attempt) { tries = a.N })
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, w.url, bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("lead webhook: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "akari-lead-notifier")
	res, err := w.client.Do(req)
	if err != nil {
		return fmt.Errorf("lead webhook (try %d): %w", tries, err)
	}
	defer res.Body.Close()
	io.Copy(io.Discard, io.LimitReader(res.Body, 64<<10))
	if res.StatusCode >= 300 {
		return fmt.Errorf("lead webhook (try %d): HTTP %d", tries, res.StatusCode)
	}
	return nil
}
