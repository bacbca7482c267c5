package app

import (
	"context"
	"fmt"
	"time"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/conversation"
	"github.com/akari-career/akari/internal/inmem"
	"github.com/akari-career/akari/internal/worker"
)

// Local is one person's conversation held in process, handled by the same
// worker as events from LINE: `akari chat` and the studio playground run
// through it. State and leads live in memory and vanish with it; what would
// have been sent to LINE is returned instead.
type Local struct {
	w      *worker.Worker
	store  *inmem.Store
	userID string
	n      int
}

// NewLocal starts a conversation with a person LINE would call name.
func NewLocal(engine *conversation.Engine, userID, name string) (*Local, error) {
	var opts []inmem.Option
	if engine.ShowsWords {
		opts = append(opts, inmem.WithHistory())
	}
	st := inmem.New(opts...)
	w, err := worker.New(worker.Deps{Store: st, Messenger: localMessenger{name: name}, Engine: engine}, worker.Options{})
	if err != nil {
		return nil, err
	}
	return &Local{w: w, store: st, userID: userID}, nil
}

// Send handles ev as the next event of this person's conversation and
// returns what Akari decided.
func (l *Local) Send(ctx context.Context, ev akari.Event) (conversation.Result, error) {
	l.n++
	ev.ID = fmt.Sprintf("local-%d", l.n)
	ev.UserID, ev.At, ev.ReplyToken = l.userID, time.Now(), "local"
	return l.w.Handle(ctx, ev, worker.Meta{Attempt: 1, Enqueued: ev.At})
}

// Store is the in-memory store behind the conversation.
func (l *Local) Store() *inmem.Store { return l.store }

// localMessenger delivers nowhere: the caller reads the result.
type localMessenger struct {
	name string
}

func (localMessenger) Reply(context.Context, string, akari.Reply) error        { return nil }
func (localMessenger) Push(context.Context, string, string, akari.Reply) error { return nil }
func (localMessenger) Loading(context.Context, string, int) error              { return nil }

func (m localMessenger) Profile(context.Context, string) (akari.Profile, error) {
	return akari.Profile{DisplayName: m.name, FetchedAt: time.Now()}, nil
}
