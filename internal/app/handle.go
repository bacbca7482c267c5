package app

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/line"
	"github.com/akari-career/akari/internal/privacy"
	"github.com/akari-career/akari/internal/queue"
	"github.com/akari-career/akari/internal/store"
)

// profileTTL: how long a display name is trusted before asking LINE again.
const profileTTL = 24 * time.Hour

// handle is the worker's job for one queued event: load the person's state,
// let the engine decide, deliver the reply exactly once, save the state.
// Every step is safe to repeat: a retried or reclaimed event finds what was
// already done and skips it.
func (a *App) handle(ctx context.Context, d queue.Delivery) error {
	began := time.Now()
	ev, err := line.Decode(d.Payload)
	if err != nil {
		return queue.Permanent(err)
	}
	if ev.Kind == akari.EventOther || ev.UserID == "" {
		return nil
	}
	log := a.log.With("event_id", ev.ID, "user", privacy.HashUser(ev.UserID), "kind", string(ev.Kind), "attempt", d.Attempt)

	conv, err := a.store.Load(ctx, ev.UserID)
	if err != nil {
		return err
	}
	if conv.Handled(ev.ID) {
		log.Info("event already handled; acknowledging")
		return nil
	}
	if ev.Kind != akari.EventUnfollow {
		a.showLoading(ctx, ev)
		a.refreshProfile(ctx, &conv.State)
	}

	res, err := a.engine.Handle(ctx, &conv.State, ev)
	if err != nil {
		return fmt.Errorf("decide reply: %w", err)
	}
	if res.Erase {
		if err := a.store.Erase(ctx, ev.UserID); err != nil {
			return err
		}
		log.Info("conversation erased at the person's request")
	}
	if !res.Reply.Empty() {
		if err := a.deliver(ctx, ev, res.Reply); err != nil {
			return err
		}
	}
	if !res.Erase {
		if err := a.store.Save(ctx, conv, ev.ID); err != nil {
			return err
		}
	}
	attrs := []any{"source", res.Source, "latency_ms", time.Since(began).Milliseconds()}
	if c := res.Classification; c != nil {
		attrs = append(attrs, "category", string(c.Category), "confidence", c.Confidence, "crisis", c.Crisis)
		a.m.Replies.WithLabelValues(string(c.Category), res.Source).Inc()
	}
	log.Info("event handled", attrs...)
	return nil
}

// showLoading starts LINE's typing animation while Akari works. It is a
// courtesy: failures are logged, never retried.
func (a *App) showLoading(ctx context.Context, ev akari.Event) {
	if ev.ReplyToken == "" {
		return
	}
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	if err := a.sender.Loading(ctx, ev.UserID, 20); err != nil {
		a.log.Debug("loading animation not shown", "err", err)
	}
}

// refreshProfile fetches the display name when it is unknown or old.
func (a *App) refreshProfile(ctx context.Context, st *akari.State) {
	if time.Since(st.Profile.FetchedAt) < profileTTL {
		return
	}
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	p, err := a.sender.Profile(ctx, st.UserID)
	if err != nil {
		a.log.Warn("profile not fetched; going on without the name", "user", privacy.HashUser(st.UserID), "err", err)
		st.Profile.FetchedAt = time.Now() // do not ask again on every message
		return
	}
	st.Profile = p
}

// deliver sends the reply once. The reply token is used while fresh and
// untried; otherwise — stale, refused, or tried before a crash — the reply
// is pushed with a retry key derived from the event id, so LINE drops any
// repeat. A marker in Redis records how far delivery got.
func (a *App) deliver(ctx context.Context, ev akari.Event, reply akari.Reply) error {
	msgs := line.Messages(reply)
	if len(msgs) == 0 {
		return nil
	}
	state, err := a.store.SentState(ctx, ev.ID)
	if err != nil {
		return err
	}
	if state == store.SentDelivered {
		return nil
	}
	if ev.ReplyToken != "" && state == store.SentNone && time.Since(ev.At) < a.cfg.ReplyWindow {
		if err := a.store.MarkSent(ctx, ev.ID, store.SentReplying); err != nil {
			return err
		}
		err := a.sender.Reply(ctx, ev.ReplyToken, msgs)
		if err == nil {
			return a.markDelivered(ctx, ev.ID)
		}
		a.log.Warn("reply failed; pushing instead", "event_id", ev.ID, "err", err)
	}
	err = a.sender.Push(ctx, ev.UserID, line.RetryKey(ev.ID), msgs)
	if err != nil {
		var apiErr *line.APIError
		if errors.As(err, &apiErr) && !apiErr.Retryable() {
			return queue.Permanent(err)
		}
		return err
	}
	return a.markDelivered(ctx, ev.ID)
}

func (a *App) markDelivered(ctx context.Context, eventID string) error {
	if err := a.store.MarkSent(ctx, eventID, store.SentDelivered); err != nil {
		// The person has the reply; a retry would push again, and the retry
		// key makes LINE drop it. Log and go on.
		a.log.Warn("send marker not written", "event_id", eventID, "err", err)
	}
	return nil
}
