package app

import (
	"context"
	"errors"
	"time"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/conversation"
	"github.com/akari-career/akari/internal/line"
	"github.com/akari-career/akari/internal/queue"
	"github.com/akari-career/akari/internal/store"
	"github.com/akari-career/akari/internal/worker"
)

// handle is the queue's handler: it decodes the event LINE sent and lets
// the worker handle it. What retrying cannot fix goes to the dead letters.
func (a *App) handle(ctx context.Context, d queue.Delivery) error {
	ev, err := line.Decode(d.Payload)
	if err != nil {
		return queue.Permanent(err)
	}
	_, err = a.worker.Handle(ctx, ev, worker.Meta{Attempt: d.Attempt, Enqueued: d.Enqueued, Ack: d.Ack, Tried: d.Tried, Tenure: d.Tenure})
	var apiErr *line.APIError
	switch {
	case errors.Is(err, akari.ErrPermanent):
		return queue.Permanent(err)
	case errors.As(err, &apiErr) && apiErr.Retryable():
		// LINE overloaded (429) or failing (5xx) after the transport's own
		// retries: an outage, not a fault of the event. Retried for the
		// infrastructure budget without counting attempts; the push's
		// retry key keeps every retry from sending twice.
		return queue.Transient(err)
	}
	return err
}

// stats counts each reply for the metrics and the operators' quality page,
// in the process's buffer (flushed every statsFlushEvery). The figures are
// a courtesy: a failure is logged, never retried.
type stats struct{ a *App }

var _ worker.Observer = stats{}

func (s stats) Handled(ctx context.Context, ev akari.Event, res conversation.Result, st *akari.State, lag time.Duration) {
	if res.Reply.Empty() || (ev.Kind != akari.EventText && ev.Kind != akari.EventPostback) {
		return
	}
	day := store.Day(time.Now())
	if c := res.Classification; c != nil {
		s.a.m.Replies.WithLabelValues(string(c.Category), res.Source).Inc()
	}
	// The worry mix counts the person's own words only: a chip tap, an
	// intake answer or the consent is not a worry told.
	category := ""
	if res.Worry {
		category = string(st.Category)
		if c := res.Classification; c != nil {
			category = string(c.Category)
		}
	}
	if err := s.a.statsBuf.AddReply(day, category, res.Source, lag, ev.UserID); err != nil {
		s.a.log.WarnContext(ctx, "stats not recorded", "err", err)
	}
	if res.Effects.Lead != nil {
		if err := s.a.statsBuf.AddLead(day); err != nil {
			s.a.log.WarnContext(ctx, "stats not recorded", "err", err)
		}
	}
}

// statsFlushEvery is how often the buffered figures are written.
const statsFlushEvery = 500 * time.Millisecond

// flushStats writes the buffered figures until ctx ends, then once more.
func (a *App) flushStats(ctx context.Context) {
	t := time.NewTicker(statsFlushEvery)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			fctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			defer cancel()
			if err := a.statsBuf.Flush(fctx); err != nil {
				a.log.Warn("stats not flushed at shutdown", "err", err)
			}
			return
		case <-t.C:
			if err := a.statsBuf.Flush(ctx); err != nil && ctx.Err() == nil {
				a.log.Warn("stats not flushed; kept for the next flush", "err", err)
			}
		}
	}
}
