package store_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/redis/go-redis/v9"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/queue"
	"github.com/akari-career/akari/internal/redistest"
	"github.com/akari-career/akari/internal/store"
)

// A process that began an event from an old version of the state (it lost
// the person's partition meanwhile) cannot overwrite what was committed
// since; a commit retried after its answer was lost is recognised.
func TestCommitIsFencedByTheStateVersion(t *testing.T) {
	rdb, prefix := redistest.Client(t)
	s := store.New(rdb, prefix)
	ctx := context.Background()
	stale, err := s.Begin(ctx, "U1", "ev1", akari.BeginOptions{ClaimReply: true})
	if err != nil {
		t.Fatal(err)
	}
	fresh, err := s.Begin(ctx, "U1", "ev1", akari.BeginOptions{ClaimReply: true})
	if err != nil {
		t.Fatal(err)
	}
	fresh.State.TurnCount = 7
	if err := s.Commit(ctx, fresh.State, akari.Outcome{EventID: "ev1", Delivered: true}); err != nil {
		t.Fatal(err)
	}
	if err := s.Commit(ctx, fresh.State, akari.Outcome{EventID: "ev1", Delivered: true}); err != nil {
		t.Errorf("the same commit again: %v, want it recognised as done", err)
	}
	stale.State.TurnCount = 1
	if err := s.Commit(ctx, stale.State, akari.Outcome{EventID: "ev0", Delivered: true}); !errors.Is(err, akari.ErrConflict) {
		t.Errorf("stale commit: %v, want akari.ErrConflict", err)
	}
	st, _ := s.Load(ctx, "U1")
	if st.TurnCount != 7 {
		t.Errorf("turn count %d, want the fresh commit's 7", st.TurnCount)
	}
	next, _ := s.Begin(ctx, "U1", "ev2", akari.BeginOptions{ClaimReply: true})
	if next.Sent != akari.SentNone || !next.State.Handled("ev1") {
		t.Errorf("next event: sent %q handled(ev1) %v", next.Sent, next.State.Handled("ev1"))
	}
	again, _ := s.Begin(ctx, "U1", "ev1", akari.BeginOptions{ClaimReply: false})
	if again.Sent != akari.SentDelivered {
		t.Errorf("marker of ev1 = %q, want delivered", again.Sent)
	}
	// The marker is the person's: the same event id for someone else is
	// another event.
	other, _ := s.Begin(ctx, "U2", "ev1", akari.BeginOptions{ClaimReply: false})
	if other.Sent != akari.SentNone {
		t.Errorf("U2's marker for ev1 = %q, want none", other.Sent)
	}
	// Every key of the event is in the person's slot.
	keys, _ := rdb.Keys(ctx, prefix+":*").Result()
	for _, k := range keys {
		if strings.Contains(k, "{u:U1}") && queue.Slot(k) != queue.Slot(prefix+":{u:U1}") {
			t.Errorf("key %s outside the person's slot", k)
		}
		if strings.HasSuffix(k, ":sent") && !strings.Contains(k, "{u:") {
			t.Errorf("send marker %s without the person's hash tag", k)
		}
	}
	// Erasing leaves no key that names the person; done again, it is done.
	erase, _ := s.Begin(ctx, "U1", "ev9", akari.BeginOptions{ClaimReply: true})
	if err := s.Commit(ctx, erase.State, akari.Outcome{EventID: "ev9", Erase: true, Delivered: true}); err != nil {
		t.Fatal(err)
	}
	if err := s.Commit(ctx, erase.State, akari.Outcome{EventID: "ev9", Erase: true, Delivered: true}); err != nil {
		t.Errorf("the erase again: %v, want it done", err)
	}
	if keys, _ := rdb.Keys(ctx, prefix+":*U1*").Result(); len(keys) != 0 {
		t.Errorf("keys naming the person after erasing: %v", keys)
	}
}

// On one Redis the commit carries the queue's acknowledgement, fenced by
// the partition's lease: the entry is acknowledged and deleted with the
// state in one script — and not when the lease moved to another process
// (the state is still saved: the version fences it, not the lease).
func TestCommitCarriesTheFencedQueueAcknowledgement(t *testing.T) {
	rdb, prefix := redistest.Client(t)
	s := store.New(rdb, prefix)
	ctx := context.Background()
	stream, lease := prefix+":test:stream", prefix+":test:lease"
	if err := rdb.XGroupCreateMkStream(ctx, stream, "workers", "0").Err(); err != nil {
		t.Fatal(err)
	}
	read := func() string {
		t.Helper()
		id := rdb.XAdd(ctx, &redis.XAddArgs{Stream: stream, Values: []any{"e", "{}"}}).Val()
		if err := rdb.XReadGroup(ctx, &redis.XReadGroupArgs{Group: "workers", Consumer: "a", Streams: []string{stream, ">"}, Count: 1}).Err(); err != nil {
			t.Fatal(err)
		}
		return id
	}
	pending := func() int64 { return rdb.XPending(ctx, stream, "workers").Val().Count }
	rdb.Set(ctx, lease, "a#1", 0)

	id := read()
	snap, _ := s.Begin(ctx, "U1", "ev1", akari.BeginOptions{ClaimReply: false})
	ack := &akari.InlineAck{LeaseKey: lease, Token: "a#1", Stream: stream, Group: "workers", EntryID: id}
	if err := s.Commit(ctx, snap.State, akari.Outcome{EventID: "ev1", Ack: ack}); err != nil {
		t.Fatal(err)
	}
	if !ack.Carried() || pending() != 0 || rdb.XLen(ctx, stream).Val() != 0 {
		t.Errorf("carried %v, pending %d, stream length %d: want the entry acknowledged and deleted", ack.Carried(), pending(), rdb.XLen(ctx, stream).Val())
	}

	id = read()
	snap, _ = s.Begin(ctx, "U1", "ev2", akari.BeginOptions{ClaimReply: false})
	fenced := &akari.InlineAck{LeaseKey: lease, Token: "a#0", Stream: stream, Group: "workers", EntryID: id}
	if err := s.Commit(ctx, snap.State, akari.Outcome{EventID: "ev2", Ack: fenced}); err != nil {
		t.Fatal(err)
	}
	if fenced.Carried() || pending() != 1 {
		t.Errorf("stale token: carried %v, pending %d; want the entry left to the lease's holder", fenced.Carried(), pending())
	}
	if st, _ := s.Load(ctx, "U1"); !st.Handled("ev2") {
		t.Error("the state was not saved with a stale lease token")
	}
	// The lease's holder retries the event: the commit is recognised as
	// done, and acknowledges.
	again := &akari.InlineAck{LeaseKey: lease, Token: "a#1", Stream: stream, Group: "workers", EntryID: id}
	if err := s.Commit(ctx, snap.State, akari.Outcome{EventID: "ev2", Ack: again}); err != nil {
		t.Fatal(err)
	}
	if !again.Carried() || pending() != 0 {
		t.Errorf("retried commit: carried %v, pending %d; want it acknowledged", again.Carried(), pending())
	}
}
