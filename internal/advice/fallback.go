package advice

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/akari-career/akari/internal/akari"
)

// FallbackObserver hears each time the fallback answered instead of the
// primary advisor, and why; the app counts it (akari_llm_fallbacks_total).
type FallbackObserver interface {
	Fallback(purpose, reason string)
}

// FallbackOptions tune WithFallback; zero values take the defaults.
type FallbackOptions struct {
	// Budget bounds the primary advisor (default 20s). The caller's ctx
	// may bound it further: see Reserve.
	Budget time.Duration
	// Reserve is kept for the fallback before the caller's deadline
	// (default 500ms), so an answer still fits the reply-token window when
	// the primary uses all its time.
	Reserve time.Duration
	// Log receives one warning per fallback; nil logs nothing.
	Log *slog.Logger
}

// Fallback defaults.
const (
	DefaultFallbackBudget  = 20 * time.Second
	DefaultFallbackReserve = 500 * time.Millisecond
)

// Fallback asks a primary advisor (the LLM) and answers with the fallback
// (offline) advisor whenever the primary fails, runs out of time or
// returns nothing. A crisis never goes to the primary: the fallback answers
// it with the fixed crisis line and its hotline numbers.
type Fallback struct {
	primary, fallback akari.Advisor
	obs               FallbackObserver
	opt               FallbackOptions
}

var _ akari.Advisor = (*Fallback)(nil)

// WithFallback combines primary and fallback; obs may be nil. A nil
// primary means the fallback answers everything.
func WithFallback(primary, fallback akari.Advisor, obs FallbackObserver, opt FallbackOptions) *Fallback {
	if opt.Budget <= 0 {
		opt.Budget = DefaultFallbackBudget
	}
	if opt.Reserve <= 0 {
		opt.Reserve = DefaultFallbackReserve
	}
	return &Fallback{primary: primary, fallback: fallback, obs: obs, opt: opt}
}

// SourceFallback marks advice the fallback wrote because the primary
// failed, so metrics and the quality page can count the LLM fallback rate.
const SourceFallback = "fallback"

// Advise implements akari.Advisor.
func (f *Fallback) Advise(ctx context.Context, req akari.AdviceRequest) (akari.Advice, error) {
	if req.Classification.Crisis || f.primary == nil {
		return f.fallback.Advise(ctx, req)
	}
	adv, err := f.askPrimary(ctx, req)
	if err == nil {
		return adv, nil
	}
	if errors.Is(ctx.Err(), context.Canceled) {
		// The caller gave up (shutdown, lost lease): nobody waits for an
		// answer, offline or not. A deadline that passed is different: the
		// person still waits, and the offline answer takes no time.
		return akari.Advice{}, fmt.Errorf("advice: %w", ctx.Err())
	}
	if ctx.Err() != nil {
		ctx = context.WithoutCancel(ctx)
	}
	reason := Reason(err)
	if f.obs != nil {
		f.obs.Fallback("advice", reason)
	}
	if f.opt.Log != nil {
		f.opt.Log.WarnContext(ctx, "LLM advice failed; answering offline", "reason", reason, "err", err)
	}
	off, ferr := f.fallback.Advise(ctx, req)
	if ferr != nil {
		return akari.Advice{}, fmt.Errorf("advice: primary: %w; fallback: %w", err, ferr)
	}
	off.Source = SourceFallback
	return off, nil
}

// askPrimary asks the primary within the budget and checks that it said
// something.
func (f *Fallback) askPrimary(ctx context.Context, req akari.AdviceRequest) (akari.Advice, error) {
	budget := f.opt.Budget
	if dl, ok := ctx.Deadline(); ok {
		budget = min(budget, time.Until(dl)-f.opt.Reserve)
	}
	if budget <= 0 {
		return akari.Advice{}, reasonError{"no_time", errors.New("no time left for the primary advisor")}
	}
	pctx, cancel := context.WithTimeout(ctx, budget)
	defer cancel()
	adv, err := f.primary.Advise(pctx, req)
	if err != nil {
		return akari.Advice{}, err
	}
	for _, t := range adv.Texts {
		if t != "" {
			return adv, nil
		}
	}
	return akari.Advice{}, reasonError{"malformed", errors.New("primary advisor returned no text")}
}

// Reason names why a primary advisor failed, for metrics and logs: the
// error's own FallbackReason() when it has one (the LLM adapter's errors
// do), else timeout, canceled or error.
func Reason(err error) string {
	var r interface{ FallbackReason() string }
	switch {
	case err == nil:
		return ""
	case errors.As(err, &r):
		return r.FallbackReason()
	case errors.Is(err, context.DeadlineExceeded):
		return "timeout"
	case errors.Is(err, context.Canceled):
		return "canceled"
	}
	return "error"
}

type reasonError struct {
	reason string
	err    error
}

func (e reasonError) Error() string          { return e.err.Error() }
func (e reasonError) Unwrap() error          { return e.err }
func (e reasonError) FallbackReason() string { return e.reason }
