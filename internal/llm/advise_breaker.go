package llm

import (
	"errors"
	"sync"
	"time"
)

// ErrBreakerOpen is returned without calling the model while the breaker is
// open: recent calls failed, and waiting out the timeout on every message
// would make each reply late for nothing.
var ErrBreakerOpen = errors.New("llm circuit breaker open")

// Breaker is a circuit breaker for one endpoint. After Failures consecutive
// failed calls it opens for Cooldown; then one call is let through as a
// probe (half-open): its success closes the breaker, its failure opens it
// for another Cooldown. Share one Breaker between the advisor and the
// summarizer, which use the same endpoint. A failed call is one that got
// no usable HTTP answer after its retries (timeout, network, 429, 4xx, 5xx);
// a call the caller cancelled does not count, and an answer that is
// unusable as a reply still proves the endpoint alive. Safe for concurrent
// use.
type Breaker struct {
	failures int
	cooldown time.Duration
	now      func() time.Time

	mu        sync.Mutex
	failed    int       // consecutive failures
	openUntil time.Time // zero when closed
	probing   bool      // a half-open probe is in flight
}

// Breaker defaults.
const (
	DefaultBreakerFailures = 5
	DefaultBreakerCooldown = 30 * time.Second
)

// NewBreaker returns a closed breaker; zero values take the defaults. now
// may be nil (time.Now).
func NewBreaker(failures int, cooldown time.Duration, now func() time.Time) *Breaker {
	if failures <= 0 {
		failures = DefaultBreakerFailures
	}
	if cooldown <= 0 {
		cooldown = DefaultBreakerCooldown
	}
	if now == nil {
		now = time.Now
	}
	return &Breaker{failures: failures, cooldown: cooldown, now: now}
}

// Allow reports whether a call may go ahead. A nil error obliges the caller
// to report the outcome with Done.
func (b *Breaker) Allow() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.openUntil.IsZero() {
		return nil
	}
	if b.probing || b.now().Before(b.openUntil) {
		return ErrBreakerOpen
	}
	b.probing = true
	return nil
}

// Done records the outcome of an allowed call.
func (b *Breaker) Done(ok bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	wasProbe := b.probing
	b.probing = false
	if ok {
		b.failed, b.openUntil = 0, time.Time{}
		return
	}
	b.failed++
	if wasProbe || b.failed >= b.failures {
		b.openUntil = b.now().Add(b.cooldown)
	}
}

// Abandon releases an allowed call that ended without telling anything
// about the endpoint (the caller gave up), so another call may probe.
func (b *Breaker) Abandon() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.probing = false
}

// Open reports whether calls are being refused now.
func (b *Breaker) Open() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return !b.openUntil.IsZero() && (b.probing || b.now().Before(b.openUntil))
}
