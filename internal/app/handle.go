package app

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/conversation"
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

	fresh := ev.ReplyToken != "" && time.Since(ev.At) < a.cfg.ReplyWindow
	conv, sent, err := a.store.Begin(ctx, ev.UserID, ev.ID, fresh)
	if err != nil {
		return err
	}
	if conv.Handled(ev.ID) {
		log.Info("event already handled; acknowledging")
		return nil
	}
	res, err := a.decide(ctx, conv, ev)
	if err != nil {
		return fmt.Errorf("decide reply: %w", err)
	}
	if res.DeleteLeads {
		if err := a.store.DeleteUser(ctx, ev.UserID); err != nil {
			return err
		}
	}
	delivered := false
	if !res.Reply.Empty() && sent != store.SentDelivered {
		// The reply token is ours only if this attempt claimed it (no marker
		// before): a marker means an earlier attempt may have spent it.
		token := ""
		if fresh && sent == store.SentNone {
			token = ev.ReplyToken
		}
		if err := a.deliver(ctx, ev, token, res.Reply); err != nil {
			return err
		}
		delivered = true
	}
	if err := a.store.Commit(ctx, conv, ev.ID, res.Erase, delivered); err != nil {
		return err
	}
	if res.Erase {
		log.Info("conversation erased at the person's request")
	}
	a.recordStats(ctx, ev, conv, res, d.Enqueued)
	attrs := []any{"source", res.Source, "latency_ms", time.Since(began).Milliseconds()}
	if c := res.Classification; c != nil {
		attrs = append(attrs, "category", string(c.Category), "confidence", c.Confidence, "crisis", c.Crisis)
		a.m.Replies.WithLabelValues(string(c.Category), res.Source).Inc()
	}
	log.Info("event handled", attrs...)
	return nil
}

// decide runs the engine on the event: normally, or — while a recruiter
// has taken the conversation over — quietly, so Akari does not talk over
// the person's recruiter.
func (a *App) decide(ctx context.Context, conv *store.Conversation, ev akari.Event) (conversation.Result, error) {
	if ev.Kind == akari.EventUnfollow {
		return a.engine.Handle(ctx, &conv.State, ev)
	}
	_, human, err := a.store.HumanActive(ctx, ev.UserID)
	if err != nil {
		return conversation.Result{}, err
	}
	if human && ev.Kind != akari.EventFollow {
		var noticeErr error
		first := func() bool {
			first, err := a.store.MarkHumanNoticeSent(ctx, ev.UserID)
			noticeErr = err
			return first
		}
		res, err := a.engine.HandleWhileHuman(ctx, &conv.State, ev, first)
		if err == nil {
			err = noticeErr
		}
		return res, err
	}
	stopLoading := a.loadingWhileWorking(ev)
	defer stopLoading()
	a.refreshProfile(ctx, &conv.State)
	return a.engine.Handle(ctx, &conv.State, ev)
}

// loadingWhileWorking shows LINE's typing animation if the work takes
// longer than a.loadingAfter (at once when an LLM writes the reply). The
// returned stop waits for a loading call in flight, so the animation can
// never be started after the reply has arrived. It is a courtesy: failures
// are logged, never retried.
func (a *App) loadingWhileWorking(ev akari.Event) (stop func()) {
	if ev.ReplyToken == "" {
		return func() {}
	}
	done := make(chan struct{})
	t := time.AfterFunc(a.loadingAfter, func() {
		defer close(done)
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		if err := a.sender.Loading(ctx, ev.UserID, 20); err != nil {
			a.log.Debug("loading animation not shown", "err", err)
		}
	})
	return func() {
		if !t.Stop() {
			<-done
		}
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

// deliver sends the reply once: with the reply token when this attempt owns
// a fresh one, else — stale, refused, or possibly spent before a crash — by
// push with a retry key derived from the event id, so LINE drops any
// repeat of a push that already went through.
func (a *App) deliver(ctx context.Context, ev akari.Event, token string, reply akari.Reply) error {
	msgs := line.Messages(reply)
	if len(msgs) == 0 {
		return nil
	}
	if token != "" {
		err := a.sender.Reply(ctx, token, msgs)
		if err == nil {
			return nil
		}
		a.log.Warn("reply failed; pushing instead", "event_id", ev.ID, "err", err)
	}
	err := a.sender.Push(ctx, ev.UserID, line.RetryKey(ev.ID), msgs)
	var apiErr *line.APIError
	if errors.As(err, &apiErr) && !apiErr.Retryable() {
		return queue.Permanent(err)
	}
	return err
}

// recordStats counts the reply for the operators' quality page. The
// figures are a courtesy: a failure is logged, never retried.
func (a *App) recordStats(ctx context.Context, ev akari.Event, conv *store.Conversation, res conversation.Result, enqueued time.Time) {
	if res.Reply.Empty() || (ev.Kind != akari.EventText && ev.Kind != akari.EventPostback) {
		return
	}
	day := store.Day(time.Now())
	category := string(conv.Category)
	if c := res.Classification; c != nil {
		category = string(c.Category)
	}
	if err := a.store.RecordReply(ctx, day, category, res.Source, time.Since(enqueued), ev.UserID); err != nil {
		a.log.Warn("stats not recorded", "err", err)
	}
	if res.NewLead != "" {
		if err := a.store.RecordLead(ctx, day); err != nil {
			a.log.Warn("stats not recorded", "err", err)
		}
	}
}
