// Package worker handles one inbound event, the one way every event is
// handled — from LINE through the queue, in `akari chat`, in the dev
// simulator and in the studio playground: begin (read the person's state,
// the event's send marker and any recruiter takeover in one round trip),
// decide (the conversation engine), act on the engine's effects that must
// hold before the person is told (a consented lead, withdrawn or deleted
// leads, the messages relayed to a lead's conversation), deliver the reply
// exactly once (reply token first, else push with
// a retry key), commit (state and send marker in one round trip), then the
// courtesies (lead notice, human-notice flag, stats). Every step is safe to
// repeat: a retried event finds what was already done and skips it.
package worker

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/conversation"
	"github.com/akari-career/akari/internal/leads"
	"github.com/akari-career/akari/internal/logctx"
	"github.com/akari-career/akari/internal/privacy"
)

// Store keeps conversations, leads and the markers that make delivery
// exactly-once.
type Store interface {
	Begin(ctx context.Context, userID, eventID string, o akari.BeginOptions) (akari.Snapshot, error)
	Commit(ctx context.Context, st *akari.State, o akari.Outcome) error
	CreateLead(ctx context.Context, l *leads.Lead, crisis bool) error
	WithdrawUser(ctx context.Context, userID string) error
	DeleteUser(ctx context.Context, userID string) error
	// FirstLeadNotice reports whether this call is the first for the lead,
	// so a retried event does not notify recruiters twice.
	FirstLeadNotice(ctx context.Context, leadID string) (bool, error)
	MarkHumanNoticeSent(ctx context.Context, userID string) (first bool, err error)
	// AppendConversation adds an event's messages to the person's lead
	// conversation, once per event id.
	AppendConversation(ctx context.Context, r leads.Relay) error
	// EndHandBack drops the note of a recruiter's hand-back once Akari
	// has taken it in.
	EndHandBack(ctx context.Context, userID string) error
	// RecordRiskChange keeps a step into or out of care mode for the
	// operators, with nothing that names the person.
	RecordRiskChange(ctx context.Context, c akari.RiskChange) error
}

// Messenger talks to the person.
type Messenger interface {
	Reply(ctx context.Context, token string, r akari.Reply) error
	// Push sends without a reply token; the messenger derives an
	// idempotency key from eventID so a repeated push is dropped.
	Push(ctx context.Context, userID, eventID string, r akari.Reply) error
	Loading(ctx context.Context, userID string, seconds int) error
	Profile(ctx context.Context, userID string) (akari.Profile, error)
}

// Engine decides what to say.
type Engine interface {
	Handle(ctx context.Context, st *akari.State, ev akari.Event, sit conversation.Situation) (conversation.Result, error)
}

// DeadLetters holds the events that failed every attempt; データ削除 and
// unfollow purge the person's.
type DeadLetters interface {
	PurgeUser(ctx context.Context, userID string) (int, error)
}

// Notifier tells recruiters a lead arrived.
type Notifier interface {
	NotifyLead(ctx context.Context, l *leads.Lead) error
}

// Observer receives what was handled, for metrics and the quality page.
// The figures are a courtesy: implementations log their own failures.
type Observer interface {
	Handled(ctx context.Context, ev akari.Event, res conversation.Result, st *akari.State, lag time.Duration)
}

// Options tune a Worker.
type Options struct {
	// ReplyWindow is how long a reply token counts as fresh (50 s).
	ReplyWindow time.Duration
	// SendReserve is kept at the end of the reply window for sending: the
	// engine's work (classifying and advising, the LLM included) shares
	// one deadline, ReplyWindow − SendReserve after the event, so the
	// answer still goes out by token (5 s).
	SendReserve time.Duration
	// LoadingAfter is how long handling may take before the typing
	// animation is shown (0: at once, as when an LLM writes the reply).
	LoadingAfter time.Duration
	// ProfileTTL is how long a display name is trusted (24 h).
	ProfileTTL time.Duration
	// CommitBudget is how long a commit is retried once the reply went
	// out (2 min: longer than a Redis failover). The wait goes on even if
	// the event's context ends: given up on, the event would be handled
	// again and the person answered twice.
	CommitBudget time.Duration
	Log          *slog.Logger
	Now          func() time.Time
}

// Worker handles events.
type Worker struct {
	store    Store
	msg      Messenger
	engine   Engine
	dead     DeadLetters // nil: there is no dead-letter queue
	notifier Notifier    // nil: nobody to tell
	obs      Observer    // nil: nothing recorded
	opt      Options
	sent     *sentMemory
}

// Deps are what a Worker is built from; DeadLetters, Notifier and
// Observer are optional.
type Deps struct {
	Store       Store
	Messenger   Messenger
	Engine      Engine
	DeadLetters DeadLetters
	Notifier    Notifier
	Observer    Observer
}

// New builds a worker, refusing missing required dependencies.
func New(d Deps, opt Options) (*Worker, error) {
	if d.Store == nil || d.Messenger == nil || d.Engine == nil {
		return nil, errors.New("worker: a store, a messenger and an engine are required")
	}
	if opt.ReplyWindow <= 0 {
		opt.ReplyWindow = 50 * time.Second
	}
	if opt.ProfileTTL <= 0 {
		opt.ProfileTTL = 24 * time.Hour
	}
	if opt.SendReserve <= 0 {
		opt.SendReserve = 5 * time.Second
	}
	if opt.CommitBudget <= 0 {
		opt.CommitBudget = 2 * time.Minute
	}
	if opt.Log == nil {
		opt.Log = slog.New(slog.DiscardHandler)
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	return &Worker{store: d.Store, msg: d.Messenger, engine: d.Engine, dead: d.DeadLetters, notifier: d.Notifier, obs: d.Observer, opt: opt, sent: newSentMemory(4096)}, nil
}

// Meta is what the queue knows of a delivery.
type Meta struct {
	Attempt  int
	Enqueued time.Time
	// Tried says an earlier try of the event may have run (a retry, an
	// event taken over from another process): one may have spent the
	// reply token without leaving a marker.
	Tried bool
	// Tenure names the queue partition's hold the event came from (see
	// akari.BeginOptions); empty outside the queue.
	Tenure string
	// Ack is the queue's acknowledgement, for the store to carry out with
	// the commit (nil: the queue acknowledges on its own).
	Ack *akari.InlineAck
}

// Handle handles one event and returns what was decided (an empty result
// when the event had been handled before). An error wrapping
// akari.ErrPermanent cannot be fixed by retrying; any other error can.
func (w *Worker) Handle(ctx context.Context, ev akari.Event, m Meta) (conversation.Result, error) {
	if ev.Kind == akari.EventOther || ev.UserID == "" {
		return conversation.Result{}, nil
	}
	began := w.opt.Now()
	ctx = logctx.With(ctx, slog.String("event_id", ev.ID), slog.String("user", privacy.HashUser(ev.UserID)),
		slog.String("kind", string(ev.Kind)), slog.Int("attempt", m.Attempt))
	log := w.opt.Log

	fresh := ev.ReplyToken != "" && began.Sub(ev.At) < w.opt.ReplyWindow
	opts := akari.BeginOptions{ClaimReply: fresh}
	if !m.Tried {
		opts.Tenure = m.Tenure
	}
	snap, err := w.store.Begin(ctx, ev.UserID, ev.ID, opts)
	if err != nil {
		return conversation.Result{}, err
	}
	st := snap.State
	if st.Handled(ev.ID) {
		log.InfoContext(ctx, "event already handled; acknowledging")
		return conversation.Result{}, nil
	}
	res, err := w.decide(ctx, st, ev, snap.Takeover)
	if err != nil {
		return res, fmt.Errorf("decide reply: %w", err)
	}
	// What the reply will tell the person must be true before it is said.
	if err := w.before(ctx, ev, st, res.Effects); err != nil {
		return res, err
	}
	delivered := false
	if !res.Reply.Empty() && snap.Sent != akari.SentDelivered && w.sent.has(ev.UserID, ev.ID) {
		// An earlier attempt in this process delivered, then could not
		// commit: do not say it again.
		log.InfoContext(ctx, "reply already delivered by an earlier attempt; committing only")
		delivered = true
	} else if !res.Reply.Empty() && snap.Sent != akari.SentDelivered {
		// The reply token is ours if this attempt claimed it (no marker
		// before, and no earlier try). A "replying" marker means an
		// earlier attempt — in a process that died, or before a failed
		// commit — may have spent it, and so may an earlier try that
		// began warm, without a marker (see akari.BeginOptions): try it
		// again all the same while it is fresh. LINE refusing it then
		// means it was spent, so the person has the answer; an answer by
		// push instead would say it twice.
		token, again := "", false
		if fresh && (snap.Sent == akari.SentNone || snap.Sent == akari.SentReplying) {
			token, again = ev.ReplyToken, snap.Sent == akari.SentReplying || m.Tried
		}
		// Past this point the event's context ending (the lease lost) must
		// not cut a send short: a reply cancelled in flight may still have
		// reached the person, and the retry would say it again. So check
		// first, then send to the end.
		if err := ctx.Err(); err != nil {
			return res, fmt.Errorf("not delivering: %w", context.Cause(ctx))
		}
		if err := w.deliver(context.WithoutCancel(ctx), ev, token, again, res.Reply); err != nil {
			return res, err
		}
		delivered = true
		w.sent.add(ev.UserID, ev.ID)
	}
	if err := w.commit(ctx, st, ev.ID, res.Effects.Erase, delivered, m.Ack, opts.Tenure); err != nil {
		return res, err
	}
	w.after(ctx, ev, res.Effects)
	if w.obs != nil {
		w.obs.Handled(ctx, ev, res, st, began.Sub(m.Enqueued))
	}
	attrs := []any{"source", res.Source, "latency_ms", w.opt.Now().Sub(began).Milliseconds()}
	if c := res.Classification; c != nil {
		attrs = append(attrs, "category", string(c.Category), "confidence", c.Confidence, "crisis", c.Crisis)
	}
	log.InfoContext(ctx, "event handled", attrs...)
	return res, nil
}

// decide runs the engine. While a recruiter has the conversation Akari
// mostly stays quiet, so neither the typing animation nor a profile look-up
// is worth it then.
func (w *Worker) decide(ctx context.Context, st *akari.State, ev akari.Event, t akari.Takeover) (conversation.Result, error) {
	sit := conversation.Situation{Takeover: t}
	if (t.Active && ev.Kind != akari.EventFollow) || ev.Kind == akari.EventUnfollow {
		return w.engine.Handle(ctx, st, ev, sit)
	}
	stopLoading := w.loadingWhileWorking(ctx, ev)
	defer stopLoading()
	if ev.ReplyToken != "" {
		// One deadline for all the thinking, inside the reply window: the
		// LLM steps give way to the offline answers when it comes.
		if dl := ev.At.Add(w.opt.ReplyWindow - w.opt.SendReserve); dl.After(w.opt.Now()) {
			var cancel context.CancelFunc
			ctx, cancel = context.WithDeadline(ctx, dl)
			defer cancel()
		}
	}
	w.refreshProfile(ctx, st)
	return w.engine.Handle(ctx, st, ev, sit)
}

// before performs the effects the reply speaks of. Each is idempotent, and
// a failure fails the attempt before anything is said, so the retry decides
// and performs them again.
func (w *Worker) before(ctx context.Context, ev akari.Event, st *akari.State, fx conversation.Effects) error {
	// The recruiter sees the message before the person sees the answer,
	// so nothing said after consent is missing from the lead.
	if r := fx.Relay; r != nil {
		if err := w.store.AppendConversation(ctx, *r); err != nil {
			return fmt.Errorf("relay to lead: %w", err)
		}
	}
	if l := fx.Lead; l != nil {
		err := w.store.CreateLead(ctx, l, st.InCare())
		if errors.Is(err, akari.ErrInvalid) {
			// The engine checks what the store refuses; a refusal is a bug
			// that retrying cannot fix.
			return fmt.Errorf("create lead: %w: %w", akari.ErrPermanent, err)
		}
		if err != nil {
			return fmt.Errorf("create lead: %w", err)
		}
	}
	if fx.WithdrawLeads {
		if err := w.store.WithdrawUser(ctx, ev.UserID); err != nil {
			return fmt.Errorf("withdraw leads: %w", err)
		}
	}
	if fx.DeleteLeads {
		if err := w.store.DeleteUser(ctx, ev.UserID); err != nil {
			return fmt.Errorf("delete leads: %w", err)
		}
	}
	if fx.Erase && w.dead != nil {
		// The person's failed events hold their words too.
		if _, err := w.dead.PurgeUser(ctx, ev.UserID); err != nil {
			return fmt.Errorf("purge dead letters: %w", err)
		}
	}
	return nil
}

// commitRetry bounds the wait between two tries of a commit after the
// reply went out.
const commitRetry = 2 * time.Second

// commit saves the event's outcome. Once the reply went out, a failed
// commit is retried in place until the store answers, for up to the commit
// budget and even if ctx ends (the lease lost: the commit is fenced by the
// state's version, so it cannot overwrite a newer owner's work) — unless
// the process is shutting down past its grace period. Given up on, the
// event would be retried and the person answered twice (by push, since the
// token is spent). A conflict — another process committed to the person
// since — is final.
func (w *Worker) commit(ctx context.Context, st *akari.State, eventID string, erase, delivered bool, ack *akari.InlineAck, tenure string) error {
	if delivered {
		parent := ctx
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(context.WithoutCancel(ctx), w.opt.CommitBudget)
		defer cancel()
		stop := context.AfterFunc(parent, func() {
			if errors.Is(context.Cause(parent), akari.ErrShutdown) {
				cancel()
			}
		})
		defer stop()
	}
	wait := 50 * time.Millisecond
	for {
		err := w.store.Commit(ctx, st, akari.Outcome{EventID: eventID, Erase: erase, Delivered: delivered, Ack: ack, Tenure: tenure})
		if err == nil || !delivered || errors.Is(err, akari.ErrConflict) {
			return err
		}
		w.opt.Log.WarnContext(ctx, "commit failed after delivery; retrying", "err", err, "wait", wait)
		select {
		case <-ctx.Done():
			return fmt.Errorf("%w (gave up: %w)", err, ctx.Err())
		case <-time.After(wait):
		}
		wait = min(2*wait, commitRetry)
	}
}

// after performs the courtesies that follow a committed event. They are
// logged when they fail, never retried: the person has their answer.
func (w *Worker) after(ctx context.Context, ev akari.Event, fx conversation.Effects) {
	log := w.opt.Log
	if fx.Erase {
		log.InfoContext(ctx, "conversation erased at the person's request")
	}
	if c := fx.RiskChange; c != nil {
		if err := w.store.RecordRiskChange(ctx, *c); err != nil {
			log.WarnContext(ctx, "risk change not recorded", "err", err)
		}
		log.InfoContext(ctx, "risk changed", "from", string(c.From), "to", string(c.To), "why", c.Why)
	}
	if fx.HumanNoticeSent {
		if _, err := w.store.MarkHumanNoticeSent(ctx, ev.UserID); err != nil {
			log.WarnContext(ctx, "human notice not recorded; it may be said again", "err", err)
		}
	}
	if fx.HandBackSeen {
		if err := w.store.EndHandBack(ctx, ev.UserID); err != nil {
			log.WarnContext(ctx, "hand-back note not cleared; Akari may say she is back again", "err", err)
		}
	}
	if l := fx.Lead; l != nil && w.notifier != nil {
		first, err := w.store.FirstLeadNotice(ctx, l.ID)
		switch {
		case err != nil:
			log.WarnContext(ctx, "recruiters not notified of a new lead", "lead", l.ID, "err", err)
		case first:
			if err := w.notifier.NotifyLead(ctx, l); err != nil {
				log.WarnContext(ctx, "recruiters not notified of a new lead", "lead", l.ID, "err", err)
			}
		}
	}
}

// deliver sends the reply once: with the reply token while it is fresh,
// else — stale or refused — by push with a retry key derived from the event
// id, so LINE drops any repeat of a push that already went through. When an
// earlier attempt had claimed the token (again), LINE refusing it means
// that attempt spent it: the person has the answer.
func (w *Worker) deliver(ctx context.Context, ev akari.Event, token string, again bool, reply akari.Reply) error {
	if token != "" {
		err := w.msg.Reply(ctx, token, reply)
		if errors.Is(err, akari.ErrUncertain) {
			// LINE may have delivered it: ask once more with the same
			// token. A spent token then means the first one went out; a
			// push now would say it twice.
			w.opt.Log.WarnContext(ctx, "reply uncertain; trying the token again", "err", err)
			again, err = true, w.msg.Reply(ctx, token, reply)
		}
		if err == nil {
			return nil
		}
		if again && errors.Is(err, akari.ErrReplyTokenUsed) {
			w.opt.Log.InfoContext(ctx, "reply token already spent by an earlier attempt; taking the answer as delivered")
			return nil
		}
		w.opt.Log.WarnContext(ctx, "reply failed; pushing instead", "err", err)
	}
	return w.msg.Push(ctx, ev.UserID, ev.ID, reply)
}

// loadingWhileWorking shows the typing animation if the work takes longer
// than LoadingAfter. The returned stop waits for a call in flight, so the
// animation can never start after the reply has arrived. It is a courtesy:
// failures are logged, never retried.
func (w *Worker) loadingWhileWorking(ctx context.Context, ev akari.Event) (stop func()) {
	if ev.ReplyToken == "" {
		return func() {}
	}
	done := make(chan struct{})
	t := time.AfterFunc(w.opt.LoadingAfter, func() {
		defer close(done)
		ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Second)
		defer cancel()
		if err := w.msg.Loading(ctx, ev.UserID, w.loadingSeconds()); err != nil {
			w.opt.Log.DebugContext(ctx, "loading animation not shown", "err", err)
		}
	})
	return func() {
		if !t.Stop() {
			<-done
		}
	}
}

// refreshProfile fetches the display name when it is unknown or old.
func (w *Worker) refreshProfile(ctx context.Context, st *akari.State) {
	if w.opt.Now().Sub(st.Profile.FetchedAt) < w.opt.ProfileTTL {
		return
	}
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	p, err := w.msg.Profile(ctx, st.UserID)
	if err != nil {
		w.opt.Log.WarnContext(ctx, "profile not fetched; going on without the name", "err", err)
		st.Profile.FetchedAt = w.opt.Now() // do not ask again on every message
		return
	}
	st.Profile = p
}

// loadingSeconds covers the whole reply window with the typing animation:
// LINE takes 5 to 60 seconds in steps of 5.
func (w *Worker) loadingSeconds() int {
	s := int((w.opt.ReplyWindow + 4999*time.Millisecond) / (5 * time.Second) * 5)
	return min(max(s, 5), 60)
}
