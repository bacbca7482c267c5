// Package llm is the adapter to any OpenAI-compatible chat endpoint (OpenAI,
// Azure, vLLM, Ollama…) through go-openai. It implements the domain's
// Classifier and Advisor on top of a model; callers fall back to the offline
// implementations whenever it fails.
package llm

import (
	"net/http"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"github.com/akari-career/akari/internal/httpretry"
	"github.com/akari-career/akari/internal/workslot"
)

// Config says how to reach the model.
type Config struct {
	APIKey  string
	BaseURL string // empty: the library's default (OpenAI)
	Model   string
	Timeout time.Duration // per HTTP request; callers also bound the whole call with a context
	// Concurrency caps the requests in flight at once (0: no cap). While
	// a request waits, the event's worker slot (internal/workslot) is free
	// for other events.
	Concurrency int
}

// DefaultModel is used when OPENAI_MODEL is unset.
const DefaultModel = "gpt-4o-mini"

// NewClient builds a go-openai client for cfg. Its HTTP client retries
// through the shared transport (internal/httpretry); each caller sets its
// own number of tries per call (see complete). A chat completion changes
// nothing on the server, so any try may be repeated. cfg.Timeout bounds the
// whole call, tries included: a timeout is never retried, the caller falls
// back instead.
func NewClient(cfg Config) *openai.Client {
	oc := openai.DefaultConfig(cfg.APIKey)
	if cfg.BaseURL != "" {
		oc.BaseURL = cfg.BaseURL
	}
	timeout := cfg.Timeout
	if timeout <= 0 {
		timeout = 20 * time.Second
	}
	wt := &waitTransport{next: &httpretry.Transport{
		Policy:     httpretry.Policy{Attempts: 1, Backoff: DefaultBackoff, MaxBackoff: maxBackoff},
		Repeatable: httpretry.Always,
	}}
	if cfg.Concurrency > 0 {
		wt.sem = make(chan struct{}, cfg.Concurrency)
	}
	oc.HTTPClient = &http.Client{Timeout: timeout, Transport: wt}
	return openai.NewClientWithConfig(oc)
}

// waitTransport gives the event's worker slot back while a request to the
// model is waiting, and caps the requests in flight.
type waitTransport struct {
	next http.RoundTripper
	sem  chan struct{} // nil: no cap
}

func (t *waitTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	done := workslot.Wait(req.Context())
	defer done()
	if t.sem != nil {
		select {
		case t.sem <- struct{}{}:
			defer func() { <-t.sem }()
		case <-req.Context().Done():
			return nil, req.Context().Err()
		}
	}
	return t.next.RoundTrip(req)
}
