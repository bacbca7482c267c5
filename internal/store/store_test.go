package store_test

import (
	"context"
	"errors"
	"strings"
	"testing"

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
	stale, err := s.Begin(ctx, "U1", "ev1", true)
	if err != nil {
		t.Fatal(err)
	}
	fresh, err := s.Begin(ctx, "U1", "ev1", true)
	if err != nil {
		t.Fatal(err)
	}
	fresh.State.TurnCount = 7
	if err := s.Commit(ctx, fresh.State, "ev1", false, true); err != nil {
		t.Fatal(err)
	}
	if err := s.Commit(ctx, fresh.State, "ev1", false, true); err != nil {
		t.Errorf("the same commit again: %v, want it recognised as done", err)
	}
	stale.State.TurnCount = 1
	if err := s.Commit(ctx, stale.State, "ev0", false, true); !errors.Is(err, akari.ErrConflict) {
		t.Errorf("stale commit: %v, want akari.ErrConflict", err)
	}
	st, _ := s.Load(ctx, "U1")
	if st.TurnCount != 7 {
		t.Errorf("turn count %d, want the fresh commit's 7", st.TurnCount)
	}
	next, _ := s.Begin(ctx, "U1", "ev2", true)
	if next.Sent != akari.SentNone || !next.State.Handled("ev1") {
		t.Errorf("next event: sent %q handled(ev1) %v", next.Sent, next.State.Handled("ev1"))
	}
	again, _ := s.Begin(ctx, "U1", "ev1", false)
	if again.Sent != akari.SentDelivered {
		t.Errorf("marker of ev1 = %q, want delivered", again.Sent)
	}
	// The marker is the person's: the same event id for someone else is
	// another event.
	other, _ := s.Begin(ctx, "U2", "ev1", false)
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
	erase, _ := s.Begin(ctx, "U1", "ev9", true)
	if err := s.Commit(ctx, erase.State, "ev9", true, true); err != nil {
		t.Fatal(err)
	}
	if err := s.Commit(ctx, erase.State, "ev9", true, true); err != nil {
		t.Errorf("the erase again: %v, want it done", err)
	}
	if keys, _ := rdb.Keys(ctx, prefix+":*U1*").Result(); len(keys) != 0 {
		t.Errorf("keys naming the person after erasing: %v", keys)
	}
}
