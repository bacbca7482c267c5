// Package httpretry is Akari's one retrying HTTP transport. The LINE
// sender, the lead-notice webhook and the LLM client all talk to services
// that shed load with 429 and fail briefly with 5xx; they share this
// transport so the rules — what is retried, how long to wait, when a retry
// could deliver twice — are written and tested once.
//
// A try is repeated after a network error, a 429 (honouring Retry-After)
// or a 5xx, with capped, jittered exponential backoff, and only when
// repeating cannot do harm: a request that never reached the server, a
// 429 (the server says it did not act), or a request the Transport's
// Repeatable says is safe to send twice (by default: idempotent methods
// and requests carrying X-Line-Retry-Key or Idempotency-Key, with which
// the server itself drops repeats). A LINE reply-token call is therefore
// not repeated after a timeout once it was sent: the token may be spent.
package httpretry

import (
	"context"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptrace"
	"strconv"
	"sync/atomic"
	"time"
)

// Policy says how often and how patiently to try. Zero fields take the
// defaults.
type Policy struct {
	// Attempts is the number of tries, the first included (default 4).
	Attempts int
	// Backoff is the wait before the first retry (default 250ms), doubled
	// after each, with ±20 % jitter so clients that failed together do not
	// retry together.
	Backoff time.Duration
	// MaxBackoff caps one computed wait (default 5s).
	MaxBackoff time.Duration
	// MaxRetryAfter caps a server's Retry-After (default 30s).
	MaxRetryAfter time.Duration
}

// Defaults.
const (
	DefaultAttempts      = 4
	DefaultBackoff       = 250 * time.Millisecond
	DefaultMaxBackoff    = 5 * time.Second
	DefaultMaxRetryAfter = 30 * time.Second
)

func (p Policy) withDefaults() Policy {
	if p.Attempts <= 0 {
		p.Attempts = DefaultAttempts
	}
	if p.Backoff <= 0 {
		p.Backoff = DefaultBackoff
	}
	if p.MaxBackoff <= 0 {
		p.MaxBackoff = DefaultMaxBackoff
	}
	if p.MaxRetryAfter <= 0 {
		p.MaxRetryAfter = DefaultMaxRetryAfter
	}
	return p
}

// wait is the backoff before retry n (1 = the first retry).
func (p Policy) wait(n int) time.Duration {
	d := p.Backoff << (n - 1)
	if d > p.MaxBackoff || d <= 0 { // <= 0: the shift overflowed
		d = p.MaxBackoff
	}
	return d*8/10 + rand.N(d*4/10+1)
}

// Attempt is what an observer hears after each try.
type Attempt struct {
	N        int   // 1 for the first try
	Status   int   // 0 when no response came
	Err      error // the transport's error, if any
	Retrying bool  // another try follows
}

// Transport is an http.RoundTripper that retries per its Policy. It is safe
// for concurrent use.
type Transport struct {
	// Base makes each try; nil means http.DefaultTransport.
	Base http.RoundTripper
	// Policy is the default policy; WithPolicy overrides it per request.
	Policy Policy
	// AttemptTimeout bounds each try, response body included (0: only the
	// request's context bounds it). An http.Client's own Timeout would
	// bound all tries and waits together.
	AttemptTimeout time.Duration
	// Repeatable says whether a request may be sent twice; nil means
	// Idempotent.
	Repeatable func(*http.Request) bool
}

var _ http.RoundTripper = (*Transport)(nil)

// Idempotent reports whether sending req twice has the effect of sending it
// once: idempotent methods, and requests whose key lets the server drop a
// repeat (LINE's X-Line-Retry-Key, the common Idempotency-Key).
func Idempotent(req *http.Request) bool {
	switch req.Method {
	case http.MethodGet, http.MethodHead, http.MethodOptions, http.MethodTrace, http.MethodPut, http.MethodDelete:
		return true
	}
	return req.Header.Get("X-Line-Retry-Key") != "" || req.Header.Get("Idempotency-Key") != ""
}

// Always treats every request as safe to repeat, for endpoints where a
// duplicate is harmless (a lead notice carries the lead id; a chat
// completion changes nothing).
func Always(*http.Request) bool { return true }

type policyKey struct{}
type observerKey struct{}

// WithPolicy overrides the Transport's policy for requests made with ctx,
// for callers whose tries differ per call (a best-effort call tries once).
func WithPolicy(ctx context.Context, p Policy) context.Context {
	return context.WithValue(ctx, policyKey{}, p)
}

// WithObserver makes requests made with ctx report every try to fn, so
// callers can count tries, not just calls.
func WithObserver(ctx context.Context, fn func(Attempt)) context.Context {
	return context.WithValue(ctx, observerKey{}, fn)
}

// Client returns a copy of c (nil: a new client) that retries through a
// Transport built from t around c's own transport. c's Timeout, if any,
// becomes t's AttemptTimeout when t sets none: a timeout meant for one
// request must not cut short the waits between tries. The caller's context
// bounds the whole.
func Client(c *http.Client, t Transport) *http.Client {
	var out http.Client
	if c != nil {
		out = *c
	}
	if t.Base == nil {
		t.Base = out.Transport
	}
	if t.AttemptTimeout == 0 {
		t.AttemptTimeout = out.Timeout
	}
	out.Transport, out.Timeout = &t, 0
	return &out
}

// RoundTrip implements http.RoundTripper.
func (t *Transport) RoundTrip(req *http.Request) (*http.Response, error) {
	ctx := req.Context()
	p := t.Policy
	if o, ok := ctx.Value(policyKey{}).(Policy); ok {
		p = o
	}
	p = p.withDefaults()
	observe, _ := ctx.Value(observerKey{}).(func(Attempt))
	repeatable := t.Repeatable
	if repeatable == nil {
		repeatable = Idempotent
	}
	safe := repeatable(req)
	for n := 1; ; n++ {
		res, sent, err := t.try(req)
		retry, wait := t.verdict(ctx, p, n, res, err, sent, safe, req)
		if observe != nil {
			a := Attempt{N: n, Err: err, Retrying: retry}
			if res != nil {
				a.Status = res.StatusCode
			}
			observe(a)
		}
		if !retry {
			return res, err
		}
		if res != nil {
			io.Copy(io.Discard, io.LimitReader(res.Body, 64<<10))
			res.Body.Close()
		}
		timer := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			timer.Stop()
			return nil, ctx.Err()
		case <-timer.C:
		}
		if req.Body != nil && req.Body != http.NoBody {
			body, berr := req.GetBody()
			if berr != nil {
				return nil, berr
			}
			req = req.Clone(ctx)
			req.Body = body
		}
	}
}

// verdict says whether to try again and after how long.
func (t *Transport) verdict(ctx context.Context, p Policy, n int, res *http.Response, err error, sent, safe bool, req *http.Request) (bool, time.Duration) {
	if n >= p.Attempts || ctx.Err() != nil {
		return false, 0
	}
	if req.Body != nil && req.Body != http.NoBody && req.GetBody == nil {
		return false, 0 // the body cannot be sent again
	}
	var retry bool
	wait := p.wait(n)
	switch {
	case err != nil:
		// A request that never left cannot have been acted on.
		retry = !sent || safe
	case res.StatusCode == http.StatusTooManyRequests:
		retry = true
	case res.StatusCode >= 500:
		retry = safe
	}
	if !retry {
		return false, 0
	}
	if res != nil {
		if d, ok := retryAfter(res.Header.Get("Retry-After")); ok {
			wait = min(d, p.MaxRetryAfter)
		}
	}
	// A retry that cannot finish before the deadline only delays the
	// caller's fallback.
	if dl, ok := ctx.Deadline(); ok && time.Until(dl) <= wait {
		return false, 0
	}
	return true, wait
}

// retryAfter reads Retry-After: seconds or an HTTP date.
func retryAfter(v string) (time.Duration, bool) {
	if v == "" {
		return 0, false
	}
	if sec, err := strconv.Atoi(v); err == nil {
		return time.Duration(max(sec, 0)) * time.Second, sec >= 0
	}
	if at, err := http.ParseTime(v); err == nil {
		return max(time.Until(at), 0), true
	}
	return 0, false
}

// try makes one request and reports whether it was written to the
// connection, which decides whether a failed try may be repeated.
func (t *Transport) try(req *http.Request) (*http.Response, bool, error) {
	base := t.Base
	if base == nil {
		base = http.DefaultTransport
	}
	ctx := req.Context()
	cancel := context.CancelFunc(func() {})
	if t.AttemptTimeout > 0 {
		ctx, cancel = context.WithTimeout(ctx, t.AttemptTimeout)
	}
	var sent atomic.Bool // set on the transport's writing goroutine
	ctx = httptrace.WithClientTrace(ctx, &httptrace.ClientTrace{
		// Once the headers are out, the server may act on the request.
		WroteHeaders: func() { sent.Store(true) },
	})
	res, err := base.RoundTrip(req.WithContext(ctx))
	if err != nil {
		cancel()
		return nil, sent.Load(), err
	}
	res.Body = &cancelBody{ReadCloser: res.Body, cancel: cancel}
	return res, true, nil
}

// cancelBody ends a try's timeout when the caller is done with the body,
// not when RoundTrip returns: the body is still being read then.
type cancelBody struct {
	io.ReadCloser
	cancel context.CancelFunc
}

func (b *cancelBody) Close() error {
	err := b.ReadCloser.Close()
	b.cancel()
	return err
}
