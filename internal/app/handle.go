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
	_, err = a.worker.Handle(ctx, ev, worker.Meta{Attempt: d.Attempt, Enqueued: d.Enqueued})
	if errors.Is(err, akari.ErrPermanent) {
		return queue.Permanent(err)
	}
	return err
}

// stats counts each reply for the metrics and the operators' quality page.
// The figures are a courtesy: a failure is logged, never retried.
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
	if err := s.a.store.RecordReply(ctx, day, category, res.Source, lag, ev.UserID); err != nil {
		s.a.log.WarnContext(ctx, "stats not recorded", "err", err)
	}
	if res.Effects.Lead != nil {
		if err := s.a.store.RecordLead(ctx, day); err != nil {
			s.a.log.WarnContext(ctx, "stats not recorded", "err", err)
		}
	}
}
