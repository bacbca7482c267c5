package queue

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/akari-career/akari/internal/workslot"
)

// One partition, many people: their events run in parallel (each person's
// still one at a time and in order), so the partition count no longer caps
// the fleet's concurrency.
func TestLanesRunPeopleInParallelWithinOnePartition(t *testing.T) {
	q, _ := testQueue(t, 1)
	rec := newRecorder()
	var running, peak atomic.Int32
	slow := HandlerFunc(func(ctx context.Context, d Delivery) error {
		n := running.Add(1)
		for p := peak.Load(); n > p && !peak.CompareAndSwap(p, n); p = peak.Load() {
		}
		time.Sleep(50 * time.Millisecond)
		running.Add(-1)
		return rec.handler("a").Handle(ctx, d)
	})
	const users, perUser = 16, 3
	var batch []Item
	for seq := range perUser {
		for u := range users {
			batch = append(batch, item(fmt.Sprintf("U%02d", u), seq))
		}
	}
	if _, err := q.Enqueue(context.Background(), batch); err != nil {
		t.Fatal(err)
	}
	began := time.Now()
	startConsumer(t, q, "a", slow, ConsumerOptions{Workers: 16})
	waitFor(t, "every event", func() bool { return rec.total() == users*perUser })
	took := time.Since(began)
	checkOrder(t, rec, users, perUser)
	if p := peak.Load(); p < 8 {
		t.Errorf("peak concurrency in one partition = %d, want ≥ 8 of 16 workers", p)
	}
	// Serially this is 48 × 50 ms = 2.4 s.
	if took > 1500*time.Millisecond {
		t.Errorf("took %v, want well under the serial 2.4s", took)
	}
}

// A loop that lost its lease cannot acknowledge: the new owner's fencing
// token is in the lease, the stale one is refused, and the stale loop's
// handler is told to stop before it says anything.
func TestStaleOwnerCannotAcknowledge(t *testing.T) {
	q, rdb := testQueue(t, 1)
	ctx := context.Background()
	entered := make(chan struct{})
	var handlerCtxDone atomic.Bool
	var once atomic.Bool
	h := HandlerFunc(func(hctx context.Context, d Delivery) error {
		if once.CompareAndSwap(false, true) {
			close(entered)
		}
		select {
		case <-hctx.Done():
			handlerCtxDone.Store(true)
			return hctx.Err()
		case <-time.After(3 * time.Second):
			return nil // would ack if the fence let it
		}
	})
	startConsumer(t, q, "a", h, ConsumerOptions{LeaseTTL: 600 * time.Millisecond})
	if _, err := q.Enqueue(ctx, []Item{item("U00", 0)}); err != nil {
		t.Fatal(err)
	}
	<-entered
	// Another process takes the partition over (as after a long pause).
	rdb.Set(ctx, q.lease(0), "intruder#999", time.Minute)
	waitFor(t, "the stale handler to be stopped", handlerCtxDone.Load)
	time.Sleep(200 * time.Millisecond)
	if n, _ := rdb.XLen(ctx, q.stream(0)).Result(); n != 1 {
		t.Errorf("stream holds %d entries, want 1: the stale owner must not acknowledge", n)
	}
	if v, _ := rdb.Get(ctx, q.lease(0)).Result(); v != "intruder#999" {
		t.Errorf("lease = %q, want the new owner's", v)
	}
}

// After losing its lease while an event was stuck, a process takes the
// partition again only once that loop has returned, and then handles the
// entry it had left pending under its own name.
func TestOwnOrphansAreReclaimedAfterLeaseLoss(t *testing.T) {
	q, rdb := testQueue(t, 1)
	ctx := context.Background()
	var calls atomic.Int32
	rec := newRecorder()
	h := HandlerFunc(func(hctx context.Context, d Delivery) error {
		if calls.Add(1) == 1 {
			<-hctx.Done() // stuck until the lease is lost
			return hctx.Err()
		}
		return rec.handler("a").Handle(hctx, d)
	})
	startConsumer(t, q, "a", h, ConsumerOptions{LeaseTTL: 600 * time.Millisecond})
	if _, err := q.Enqueue(ctx, []Item{item("U00", 0), item("U00", 1)}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the first call", func() bool { return calls.Load() == 1 })
	// Lost, and free again soon — but not so soon that a slow machine's
	// renewal could miss the intruder altogether: the stuck handler would
	// then rightly be left alone and this test would wait for nothing.
	rdb.Set(ctx, q.lease(0), "other#1", 2*time.Second)
	// At least two: a loop that lost its lease and still handled the second
	// event would make three, which checkOrder reports as a double.
	waitFor(t, "both events handled by the same process", func() bool { return rec.total() >= 2 })
	time.Sleep(100 * time.Millisecond) // a double would come at once
	checkOrder(t, rec, 1, 2)
}

// Redis and network errors are retried without counting attempts, up to
// the infrastructure budget; then the event is dead-lettered, never passed
// over.
func TestInfrastructureErrorsDoNotBurnAttempts(t *testing.T) {
	q, _ := testQueue(t, 1)
	ctx := context.Background()
	refused := &net.OpError{Op: "dial", Net: "tcp", Err: errors.New("connection refused")}
	rec := newRecorder()
	rec.fail = func(payload string, attempt int) error {
		switch {
		case strings.HasSuffix(payload, "|000") && rec.tries(payload) < 10:
			return fmt.Errorf("begin event: %w", refused) // ten failures, one attempt
		case strings.HasSuffix(payload, "|001"):
			return Transient(errors.New("LINE 503")) // forever: the budget ends it
		}
		return nil
	}
	startConsumer(t, q, "a", rec.handler("a"), ConsumerOptions{MaxAttempts: 2, InfraBudget: 500 * time.Millisecond, MaxBackoff: 20 * time.Millisecond})
	if _, err := q.Enqueue(ctx, []Item{item("U00", 0), item("U00", 1), item("U00", 2)}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "000 and 002", func() bool { return rec.total() == 2 })
	rec.mu.Lock()
	got := strings.Join(rec.byUser["U00"], ",")
	rec.mu.Unlock()
	if got != "000,002" {
		t.Errorf("handled %s, want 000,002", got)
	}
	dls, err := q.DeadLetters(ctx, 10)
	if err != nil || len(dls) != 1 || dls[0].Payload != "U00|001" || !strings.Contains(dls[0].Error, "infrastructure") || dls[0].Attempts != 1 {
		t.Errorf("dead letters %+v (%v), want 001 after the budget, 1 attempt", dls, err)
	}
}

// Dead letters keep masked text, can be replayed (the event is handled
// again, in its person's lane) and erased per person.
func TestDeadLettersMaskedReplayedAndErased(t *testing.T) {
	rdb, prefix := testClient(t)
	q := New(rdb, Options{Prefix: prefix, Partitions: 2})
	ctx := context.Background()
	var broken atomic.Bool
	broken.Store(true)
	rec := newRecorder()
	rec.fail = func(string, int) error {
		if broken.Load() {
			return Permanent(errors.New("engine bug"))
		}
		return nil
	}
	startConsumer(t, q, "a", rec.handler("a"), ConsumerOptions{})
	items := []Item{
		{EventID: "e1", UserID: "Ua", Payload: []byte("Ua|000 call 090-1234-5678")}, // not JSON: masked whole
		{EventID: "e2", UserID: "Ub", Payload: []byte("Ub|000")},
	}
	if _, err := q.Enqueue(ctx, items); err != nil {
		t.Fatal(err)
	}
	var dls []DeadLetter
	waitFor(t, "two dead letters", func() bool { dls, _ = q.DeadLetters(ctx, 10); return len(dls) == 2 })
	for _, d := range dls {
		if strings.Contains(d.Payload, "090") {
			t.Errorf("dead letter keeps a phone number: %q", d.Payload)
		}
	}
	if ttl, _ := rdb.PTTL(ctx, q.dead(q.Partition("Ua"))).Result(); ttl <= 0 {
		t.Errorf("dead letters TTL = %v, want them to expire", ttl)
	}
	if n, err := q.PurgeUser(ctx, "Ub"); n != 1 || err != nil {
		t.Errorf("PurgeUser(Ub) = %d, %v; want 1", n, err)
	}
	broken.Store(false)
	if n, err := q.Replay(ctx); n != 1 || err != nil {
		t.Fatalf("Replay() = %d, %v; want 1", n, err)
	}
	waitFor(t, "the replayed event", func() bool { return rec.total() == 1 })
	rec.mu.Lock()
	for payload, tried := range rec.tried {
		if replayed := strings.HasPrefix(payload, "Ua|") && !strings.Contains(payload, "090"); replayed && !tried {
			t.Errorf("the replayed event %q came as a first try (tried %v): an earlier try may have answered, its marker must be read", payload, tried)
		}
	}
	rec.mu.Unlock()
	if dls, _ := q.DeadLetters(ctx, 10); len(dls) != 0 {
		t.Errorf("dead letters after replay: %+v, want none", dls)
	}
}

// Partition tags fall evenly over a three-master Cluster's slot ranges.
func TestPartitionsSpreadOverClusterMasters(t *testing.T) {
	q := New(nil, Options{Partitions: 32})
	per := [3]int{}
	for p := range 32 {
		s := Slot(q.stream(p))
		if Slot(q.lease(p)) != s || Slot(q.dead(p)) != s || Slot(q.seen(p, "U", "x")) != s {
			t.Fatalf("partition %d keys span slots", p)
		}
		per[min(s*3/clusterSlots, 2)]++
	}
	for m, n := range per {
		if n < 10 || n > 11 {
			t.Errorf("master %d holds %d partitions, want 10 or 11 (%v)", m, n, per)
		}
	}
	if got := Slot("foo"); got != 12182 {
		t.Errorf("Slot(foo) = %d, want 12182 (as CLUSTER KEYSLOT)", got)
	}
}

// A process that joins gets its fair share within about one lease TTL:
// the others see it on their next tick and hand over what is over their
// share as soon as its lanes are idle.
func TestNewcomerGetsItsShareWithinALease(t *testing.T) {
	q, rdb := testQueue(t, 8)
	ctx := context.Background()
	const ttl = 600 * time.Millisecond
	startConsumer(t, q, "a", newRecorder().handler("a"), ConsumerOptions{LeaseTTL: ttl})
	owned := func(name string) int {
		n := 0
		for p := range 8 {
			if v, _ := rdb.Get(ctx, q.lease(p)).Result(); strings.HasPrefix(v, name+"#") {
				n++
			}
		}
		return n
	}
	waitFor(t, "a to own every partition", func() bool { return owned("a") == 8 })
	began := time.Now()
	startConsumer(t, q, "b", newRecorder().handler("b"), ConsumerOptions{LeaseTTL: ttl})
	waitFor(t, "b's share", func() bool { return owned("b") == 4 && owned("a") == 4 })
	// One TTL, plus a tick for b to ask again after a let go.
	if took := time.Since(began); took > ttl+ttl/4+200*time.Millisecond {
		t.Errorf("b had its share after %v, want within about one lease TTL (%v)", took, ttl)
	}
}

// A handler waiting on something slow outside (the LLM) gives its worker
// slot back: with one worker, another person's event is handled while the
// first waits.
func TestWaitingHandlerGivesItsSlotBack(t *testing.T) {
	q, _ := testQueue(t, 1)
	release := make(chan struct{})
	var fastDone atomic.Bool
	h := HandlerFunc(func(ctx context.Context, d Delivery) error {
		if d.UserID == "Uslow" {
			done := workslot.Wait(ctx) // as the LLM transport does
			defer done()
			select {
			case <-release:
			case <-ctx.Done():
			}
			return nil
		}
		fastDone.Store(true)
		return nil
	})
	startConsumer(t, q, "a", h, ConsumerOptions{Workers: 1})
	if _, err := q.Enqueue(context.Background(), []Item{item("Uslow", 0), item("Ufast", 0)}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the other person's event while the first waits", fastDone.Load)
	close(release)
}

// The dedup key keeps the name releases before this one gave it: an event
// queued just before an upgrade and redelivered just after is still
// recognised.
func TestSeenKeyKeepsItsName(t *testing.T) {
	q := New(nil, Options{Prefix: "akari"})
	for _, ids := range [][2]string{{"U1", "ev1"}, {"", ""}, {"U\x00", "e"}, {"Uaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "01HXYZABCDEFGHJKMNPQRSTVWX"}} {
		for _, p := range []int{0, 17, 31} {
			sum := sha256.Sum256([]byte("akari-seen:" + ids[0] + "\x00" + ids[1]))
			if got, want := q.seen(p, ids[0], ids[1]), q.tag(p)+":seen:"+hex.EncodeToString(sum[:12]); got != want {
				t.Errorf("seen key of %q in partition %d = %q, want %q", ids, p, got, want)
			}
		}
	}
}
