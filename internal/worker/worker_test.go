package worker_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/conversation"
	"github.com/akari-career/akari/internal/inmem"
	"github.com/akari-career/akari/internal/leads"
	"github.com/akari-career/akari/internal/logctx"
	"github.com/akari-career/akari/internal/worker"
)

// The worker is tested with the in-memory store, a recording messenger and
// a scripted engine: what matters here is what is done, how often, and in
// which order — not what Akari says.

type call struct{ api, to, key, text string }

type messenger struct {
	mu        sync.Mutex
	calls     []call
	replyErr  error
	replyErrs []error // answers to the replies in turn, before replyErr
	pushErr   error
}

func (m *messenger) record(c call) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.calls = append(m.calls, c)
}

func (m *messenger) Reply(_ context.Context, token string, r akari.Reply) error {
	m.record(call{api: "reply", to: token, text: r.Messages[0].Text})
	m.mu.Lock()
	defer m.mu.Unlock()
	if len(m.replyErrs) > 0 {
		err := m.replyErrs[0]
		m.replyErrs = m.replyErrs[1:]
		return err
	}
	return m.replyErr
}

func (m *messenger) Push(_ context.Context, userID, eventID string, r akari.Reply) error {
	m.record(call{api: "push", to: userID, key: eventID, text: r.Messages[0].Text})
	return m.pushErr
}

func (m *messenger) Loading(context.Context, string, int) error { return nil }

func (m *messenger) Profile(context.Context, string) (akari.Profile, error) {
	return akari.Profile{DisplayName: "はなこ", FetchedAt: time.Now()}, nil
}

func (m *messenger) sent() []call {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]call(nil), m.calls...)
}

// engine answers every text with its text and the effects it was given.
type engine struct {
	effects conversation.Effects
	calls   int
}

func (e *engine) Handle(_ context.Context, st *akari.State, ev akari.Event, sit conversation.Situation) (conversation.Result, error) {
	e.calls++
	st.TurnCount++
	if sit.Takeover.Active && sit.Takeover.Told {
		return conversation.Result{Source: "human"}, nil
	}
	fx := e.effects
	if sit.Takeover.Active {
		fx.HumanNoticeSent = true
	}
	return conversation.Result{Reply: akari.Texts("re: " + ev.Text), Effects: fx, Source: "test"}, nil
}

// flaky fails the first commits it is asked to make.
type flaky struct {
	*inmem.Store
	failCommits int
}

func (f *flaky) Commit(ctx context.Context, st *akari.State, o akari.Outcome) error {
	if f.failCommits > 0 {
		f.failCommits--
		return errors.New("redis: connection refused")
	}
	return f.Store.Commit(ctx, st, o)
}

type notifier struct{ n int }

func (n *notifier) NotifyLead(context.Context, *leads.Lead) error { n.n++; return nil }

func newWorker(t *testing.T, st worker.Store, m *messenger, e *engine, n *notifier) *worker.Worker {
	t.Helper()
	d := worker.Deps{Store: st, Messenger: m, Engine: e}
	if n != nil {
		d.Notifier = n
	}
	w, err := worker.New(d, worker.Options{ReplyWindow: time.Minute, LoadingAfter: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func text(id, body string) akari.Event {
	return akari.Event{ID: id, Kind: akari.EventText, UserID: "U1", ReplyToken: "tok-" + id, At: time.Now(), Text: body}
}

func TestDeliveryIsExactlyOnce(t *testing.T) {
	tests := []struct {
		name        string
		failCommits int
		replyErr    error
		want        []string // api calls in order
	}{
		{"fresh token: one reply", 0, nil, []string{"reply"}},
		{"reply refused: one push with the retry key", 0, errors.New("invalid reply token"), []string{"reply", "push"}},
		// The reply went out, the commit failed: the retry must not say it
		// again — neither by the (spent) token nor by push.
		{"commit failed after the reply: said once", 1, nil, []string{"reply"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := &flaky{Store: inmem.New(), failCommits: tt.failCommits}
			m := &messenger{replyErr: tt.replyErr}
			w := newWorker(t, st, m, &engine{}, nil)
			ev := text("ev1", "こんばんは")
			for attempt := 1; ; attempt++ {
				_, err := w.Handle(context.Background(), ev, worker.Meta{Attempt: attempt})
				if err == nil {
					break
				}
				if attempt > 3 {
					t.Fatalf("attempt %d: %v", attempt, err)
				}
			}
			// A redelivery after success is acknowledged silently.
			if _, err := w.Handle(context.Background(), ev, worker.Meta{Attempt: 1}); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, c := range m.sent() {
				got = append(got, c.api)
				if c.api == "push" && c.key != ev.ID {
					t.Errorf("push keyed %q, want the event id %q", c.key, ev.ID)
				}
			}
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("calls %v, want %v", got, tt.want)
			}
		})
	}
}

func TestALeadIsStoredBeforeItIsConfirmedAndAnnouncedOnce(t *testing.T) {
	lead := &leads.Lead{ID: "Labc", UserID: "U1", Category: akari.Resignation,
		Consent: leads.Consent{Text: "共有します", At: time.Now(), Scope: leads.Scope{Answers: true}}}
	st := inmem.New()
	// The reply token is refused and the push fails: the first attempt
	// fails after deciding, before anything is said.
	m := &messenger{replyErr: errors.New("expired"), pushErr: errors.New("LINE push: HTTP 503")}
	n := &notifier{}
	w := newWorker(t, st, m, &engine{effects: conversation.Effects{Lead: lead}}, n)
	ev := text("ev1", "はい")
	if _, err := w.Handle(context.Background(), ev, worker.Meta{Attempt: 1}); err == nil {
		t.Fatal("first attempt: want the push failure")
	}
	if got := len(st.Leads("U1")); got != 1 {
		t.Fatalf("after the first attempt %d leads, want the lead stored before the reply", got)
	}
	if n.n != 0 {
		t.Errorf("recruiters told %d times before the event was committed", n.n)
	}
	m.pushErr = nil
	for attempt := 2; attempt <= 3; attempt++ { // the retry, then a redelivery
		if _, err := w.Handle(context.Background(), ev, worker.Meta{Attempt: attempt}); err != nil {
			t.Fatal(err)
		}
	}
	if got := len(st.Leads("U1")); got != 1 {
		t.Errorf("after the retry %d leads, want 1", got)
	}
	if n.n != 1 {
		t.Errorf("recruiters told %d times, want once", n.n)
	}
}

func TestACommitAfterDeliveryIsRetriedUntilItHolds(t *testing.T) {
	st := &flaky{Store: inmem.New(), failCommits: 3}
	m := &messenger{}
	w := newWorker(t, st, m, &engine{}, nil)
	if _, err := w.Handle(context.Background(), text("ev1", "こんばんは"), worker.Meta{Attempt: 1}); err != nil {
		t.Fatalf("Handle: %v, want the commit retried in place", err)
	}
	if st.failCommits != 0 {
		t.Errorf("%d failures left, want every one retried", st.failCommits)
	}
	// The event's context ending (lease lost, shutdown) does not stop the
	// commit of a reply that went out: the budget does.
	ctx, cancel := context.WithCancel(context.Background())
	st.failCommits = 2
	go func() { time.Sleep(20 * time.Millisecond); cancel() }()
	if _, err := w.Handle(ctx, text("ev2", "こんばんは"), worker.Meta{Attempt: 1}); err != nil {
		t.Errorf("with the context ended after delivery: %v, want the commit retried until it holds", err)
	}
}

// Redis stays down longer than the commit budget: the attempt fails, and
// the retry — in the same process — commits without saying it again.
func TestDeliveryIsRememberedAcrossAFailedCommit(t *testing.T) {
	st := &flaky{Store: inmem.New(), failCommits: 1000}
	m := &messenger{}
	w, err := worker.New(worker.Deps{Store: st, Messenger: m, Engine: &engine{}},
		worker.Options{ReplyWindow: time.Minute, LoadingAfter: time.Hour, CommitBudget: 150 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	ev := text("ev1", "こんばんは")
	if _, err := w.Handle(context.Background(), ev, worker.Meta{Attempt: 1}); err == nil {
		t.Fatal("commit failing past the budget: no error, want one")
	}
	st.failCommits = 0
	if _, err := w.Handle(context.Background(), ev, worker.Meta{Attempt: 2}); err != nil {
		t.Fatal(err)
	}
	if got := len(m.sent()); got != 1 {
		t.Errorf("the person got %d messages, want 1", got)
	}
}

func TestPermanentRefusalIsNotRetried(t *testing.T) {
	m := &messenger{replyErr: errors.New("expired"), pushErr: errors.New("LINE push: HTTP 400")}
	w := newWorker(t, inmem.New(), m, &engine{}, nil)
	_, err := w.Handle(context.Background(), text("ev1", "こんにちは"), worker.Meta{Attempt: 1})
	if err == nil || errors.Is(err, akari.ErrPermanent) {
		t.Fatalf("a plain push error: %v, want a retryable error", err)
	}
	m.pushErr = errors.Join(akari.ErrPermanent, errors.New("HTTP 400"))
	_, err = w.Handle(context.Background(), text("ev2", "こんにちは"), worker.Meta{Attempt: 1})
	if !errors.Is(err, akari.ErrPermanent) {
		t.Fatalf("a refused push: %v, want akari.ErrPermanent passed on", err)
	}
}

func TestTheHumanNoticeIsSaidOncePerTakeover(t *testing.T) {
	st := inmem.New()
	st.SetTakeover("U1", "recruiter-1", time.Now().Add(time.Hour))
	m := &messenger{}
	w := newWorker(t, st, m, &engine{}, nil)
	for i, body := range []string{"よろしくお願いします", "夕方なら電話できます", "了解です"} {
		ev := text("ev"+string(rune('1'+i)), body)
		if _, err := w.Handle(context.Background(), ev, worker.Meta{Attempt: 1}); err != nil {
			t.Fatal(err)
		}
	}
	if got := len(m.sent()); got != 1 {
		t.Errorf("%d messages while a recruiter has the chat, want the one notice", got)
	}
}

func TestStaleTokenIsNeverUsed(t *testing.T) {
	m := &messenger{}
	w := newWorker(t, inmem.New(), m, &engine{}, nil)
	ev := text("ev1", "こんばんは")
	ev.At = time.Now().Add(-2 * time.Minute)
	if _, err := w.Handle(context.Background(), ev, worker.Meta{Attempt: 1}); err != nil {
		t.Fatal(err)
	}
	if got := m.sent(); len(got) != 1 || got[0].api != "push" {
		t.Errorf("calls %+v, want one push: the token is past the reply window", got)
	}
}

func TestNewRefusesMissingParts(t *testing.T) {
	if _, err := worker.New(worker.Deps{Store: inmem.New()}, worker.Options{}); err == nil {
		t.Error("New without a messenger and an engine: no error")
	}
}

// loggingEngine logs as the real engine does: with the context it is given.
type loggingEngine struct {
	engine
	log *slog.Logger
}

func (e *loggingEngine) Handle(ctx context.Context, st *akari.State, ev akari.Event, sit conversation.Situation) (conversation.Result, error) {
	e.log.WarnContext(ctx, "postback data unreadable")
	return e.engine.Handle(ctx, st, ev, sit)
}

func TestEveryLineWhileHandlingCarriesTheEvent(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(logctx.NewHandler(slog.NewTextHandler(&buf, nil)))
	w, err := worker.New(worker.Deps{Store: inmem.New(), Messenger: &messenger{}, Engine: &loggingEngine{log: log}},
		worker.Options{Log: log, LoadingAfter: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Handle(context.Background(), text("ev-log", "こんばんは"), worker.Meta{Attempt: 2}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) < 2 {
		t.Fatalf("%d log lines, want the engine's and the worker's:\n%s", len(lines), buf.String())
	}
	for _, l := range lines {
		if !strings.Contains(l, "event_id=ev-log") || !strings.Contains(l, "attempt=2") || strings.Contains(l, "user=U1") {
			t.Errorf("log line %q: want the event id, the attempt and the hashed (not raw) user", l)
		}
	}
}

// An earlier attempt claimed the reply token and died (or failed to
// commit): the retry tries the token again. Refused as spent, the answer
// went out before — nothing more is said; accepted, it is said once.
func TestAClaimedTokenIsTriedAgainNotPushed(t *testing.T) {
	for _, c := range []struct {
		name      string
		replyErr  error
		wantCalls string
	}{
		{"spent by the earlier attempt", fmt.Errorf("%w: HTTP 400 Invalid reply token", akari.ErrReplyTokenUsed), "reply"},
		{"never used", nil, "reply"},
		{"LINE failing", errors.New("HTTP 500"), "reply,push"},
	} {
		t.Run(c.name, func(t *testing.T) {
			st := inmem.New()
			ev := text("ev1", "こんばんは")
			if _, err := st.Begin(context.Background(), ev.UserID, ev.ID, akari.BeginOptions{ClaimReply: true}); err != nil { // the earlier attempt's claim
				t.Fatal(err)
			}
			m := &messenger{replyErr: c.replyErr}
			w := newWorker(t, st, m, &engine{}, nil)
			if _, err := w.Handle(context.Background(), ev, worker.Meta{Attempt: 2}); err != nil {
				t.Fatal(err)
			}
			var apis []string
			for _, call := range m.sent() {
				apis = append(apis, call.api)
			}
			if got := strings.Join(apis, ","); got != c.wantCalls {
				t.Errorf("calls %s, want %s", got, c.wantCalls)
			}
			snap, _ := st.Begin(context.Background(), ev.UserID, ev.ID, akari.BeginOptions{ClaimReply: false})
			if snap.Sent != akari.SentDelivered {
				t.Errorf("marker %q after the retry, want delivered", snap.Sent)
			}
		})
	}
}

// A first try that began warm (see akari.BeginOptions) claims nothing: a
// retry finds no marker, and still takes it that the token may be spent.
func TestATriedEventWithoutAMarkerTriesTheTokenAgain(t *testing.T) {
	st := inmem.New()
	m := &messenger{replyErr: fmt.Errorf("%w: HTTP 400 Invalid reply token", akari.ErrReplyTokenUsed)}
	w := newWorker(t, st, m, &engine{}, nil)
	if _, err := w.Handle(context.Background(), text("ev1", "こんばんは"), worker.Meta{Attempt: 1, Tried: true}); err != nil {
		t.Fatal(err)
	}
	var apis []string
	for _, call := range m.sent() {
		apis = append(apis, call.api)
	}
	if got := strings.Join(apis, ","); got != "reply" {
		t.Errorf("calls %s, want reply alone: the token refused as spent means the earlier try answered", got)
	}
}

// tenures records the tenure each Begin and Commit was given.
type tenures struct {
	*inmem.Store
	begun, committed []string
}

func (s *tenures) Begin(ctx context.Context, userID, eventID string, o akari.BeginOptions) (akari.Snapshot, error) {
	s.begun = append(s.begun, o.Tenure)
	return s.Store.Begin(ctx, userID, eventID, o)
}

func (s *tenures) Commit(ctx context.Context, st *akari.State, o akari.Outcome) error {
	s.committed = append(s.committed, o.Tenure)
	return s.Store.Commit(ctx, st, o)
}

// The queue's tenure reaches the store for an event's first try, begin
// and commit alike; never for a try after another.
func TestOnlyAFirstTryBeginsInItsTenure(t *testing.T) {
	st := &tenures{Store: inmem.New()}
	w := newWorker(t, st, &messenger{}, &engine{}, nil)
	for i, m := range []worker.Meta{{Attempt: 1, Tenure: "a#1/1"}, {Attempt: 2, Tried: true, Tenure: "a#1/1"}, {Attempt: 1, Tried: true, Tenure: "b#2/1"}} {
		if _, err := w.Handle(context.Background(), text(fmt.Sprintf("ev%d", i), "こんばんは"), m); err != nil {
			t.Fatal(err)
		}
	}
	want := []string{"a#1/1", "", ""}
	if !slices.Equal(st.begun, want) || !slices.Equal(st.committed, want) {
		t.Errorf("tenures begun %q and committed %q, want %q", st.begun, st.committed, want)
	}
}

// deadLetters records purges; it fails the first purges it is asked for.
type deadLetters struct {
	purged []string
	fail   int
}

func (d *deadLetters) PurgeUser(_ context.Context, userID string) (int, error) {
	if d.fail > 0 {
		d.fail--
		return 0, errors.New("redis: connection refused")
	}
	d.purged = append(d.purged, userID)
	return 1, nil
}

func TestErasingPurgesTheDeadLettersBeforeConfirming(t *testing.T) {
	dl := &deadLetters{fail: 1}
	m := &messenger{}
	w, err := worker.New(worker.Deps{Store: inmem.New(), Messenger: m, DeadLetters: dl,
		Engine: &engine{effects: conversation.Effects{Erase: true, DeleteLeads: true}}},
		worker.Options{ReplyWindow: time.Minute, LoadingAfter: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	ev := text("ev1", "データ削除")
	if _, err := w.Handle(context.Background(), ev, worker.Meta{Attempt: 1}); err == nil {
		t.Fatal("first attempt: want the purge failure")
	}
	if len(m.sent()) != 0 {
		t.Fatalf("the deletion was confirmed before the dead letters were purged: %+v", m.sent())
	}
	if _, err := w.Handle(context.Background(), ev, worker.Meta{Attempt: 2}); err != nil {
		t.Fatal(err)
	}
	if len(dl.purged) != 1 || dl.purged[0] != "U1" || len(m.sent()) != 1 {
		t.Errorf("purged %v, sent %+v; want U1 purged, then one confirmation", dl.purged, m.sent())
	}
}

// TestAnUncertainReplyIsAskedAgainNotPushed: a reply answered 5xx may have
// been delivered; the token is tried once more, and a spent token means it
// was — a push would say it twice.
func TestAnUncertainReplyIsAskedAgainNotPushed(t *testing.T) {
	uncertain := fmt.Errorf("%w: LINE reply: HTTP 500", akari.ErrUncertain)
	used := fmt.Errorf("%w: HTTP 400 Invalid reply token", akari.ErrReplyTokenUsed)
	tests := []struct {
		name    string
		answers []error
		want    string
	}{
		{"delivered the first time", []error{uncertain, used}, "reply,reply"},
		{"not delivered, the token still good", []error{uncertain, nil}, "reply,reply"},
		{"still uncertain: push with the retry key", []error{uncertain, uncertain}, "reply,reply,push"},
		{"refused outright: push", []error{errors.New("HTTP 429")}, "reply,push"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := &messenger{replyErrs: tt.answers}
			w := newWorker(t, inmem.New(), m, &engine{}, nil)
			if _, err := w.Handle(context.Background(), text("ev1", "こんばんは"), worker.Meta{Attempt: 1}); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, c := range m.sent() {
				got = append(got, c.api)
			}
			if strings.Join(got, ",") != tt.want {
				t.Errorf("calls %v, want %s", got, tt.want)
			}
		})
	}
}
