package queue

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/akari-career/akari/internal/redistest"
)

// recorder is a Handler that remembers what it handled, per user, in order.
type recorder struct {
	mu      sync.Mutex
	byUser  map[string][]string
	byName  map[string]int // how many events each consumer handled
	seen    map[string]int // payload → times handled
	fail    func(payload string, attempt int) error
	running map[string]bool // users being handled right now
	calls   map[string]int  // payload → calls, failed ones included
	tried   map[string]bool // payload → Delivery.Tried at its last call
	overlap []string
}

func newRecorder() *recorder {
	return &recorder{byUser: map[string][]string{}, byName: map[string]int{}, seen: map[string]int{}, running: map[string]bool{}, calls: map[string]int{}, tried: map[string]bool{}}
}

// handler returns a Handler for the consumer name; payloads are "user|seq".
func (r *recorder) handler(name string) Handler {
	return HandlerFunc(func(ctx context.Context, d Delivery) error {
		user, seq, _ := strings.Cut(string(d.Payload), "|")
		r.mu.Lock()
		if r.running[user] {
			r.overlap = append(r.overlap, user)
		}
		r.running[user] = true
		fail := r.fail
		r.calls[string(d.Payload)]++
		r.tried[string(d.Payload)] = d.Tried
		r.mu.Unlock()
		time.Sleep(time.Millisecond) // give a racing handler a chance to overlap
		var err error
		if fail != nil {
			err = fail(string(d.Payload), d.Attempt)
		}
		r.mu.Lock()
		defer r.mu.Unlock()
		r.running[user] = false
		if err != nil {
			return err
		}
		r.byUser[user] = append(r.byUser[user], seq)
		r.byName[name]++
		r.seen[string(d.Payload)]++
		return nil
	})
}

// tries counts calls for a payload, failed ones included.
func (r *recorder) tries(payload string) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.calls[payload]
}

func (r *recorder) total() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	n := 0
	for _, v := range r.seen {
		n += v
	}
	return n
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func testClient(t *testing.T) (redis.UniversalClient, string) { t.Helper(); return redistest.Client(t) }

// readByGhost has a process "ghost" take partition 0, read what is there
// and die: its lease runs out within 300 ms and the entries stay pending
// under its name.
func readByGhost(t *testing.T, q *Queue, rdb redis.UniversalClient) {
	t.Helper()
	ctx := context.Background()
	if err := rdb.XGroupCreateMkStream(ctx, q.stream(0), q.opt.Group, "0").Err(); err != nil {
		t.Fatal(err)
	}
	rdb.Set(ctx, q.lease(0), "ghost", 300*time.Millisecond)
	if err := rdb.XReadGroup(ctx, &redis.XReadGroupArgs{Group: q.opt.Group, Consumer: "ghost", Streams: []string{q.stream(0), ">"}, Count: 10}).Err(); err != nil {
		t.Fatal(err)
	}
}

func testQueue(t *testing.T, partitions int) (*Queue, redis.UniversalClient) {
	t.Helper()
	rdb, prefix := redistest.Client(t)
	return New(rdb, Options{Prefix: prefix, Partitions: partitions}), rdb
}

func startConsumer(t *testing.T, q *Queue, name string, h Handler, opt ConsumerOptions) context.CancelFunc {
	t.Helper()
	opt.Name = name
	if opt.LeaseTTL == 0 {
		opt.LeaseTTL = 600 * time.Millisecond
	}
	opt.Block = 100 * time.Millisecond
	if opt.Backoff == 0 {
		opt.Backoff = 5 * time.Millisecond
	}
	if os.Getenv("QUEUE_TEST_LOG") != "" {
		opt.Logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	c := q.NewConsumer(h, opt)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); c.Run(ctx) }()
	var once sync.Once
	stop := func() { once.Do(func() { cancel(); <-done }) }
	t.Cleanup(stop)
	return stop
}

func item(user string, seq int) Item {
	return Item{EventID: fmt.Sprintf("%s-ev%03d", user, seq), UserID: user, Payload: []byte(fmt.Sprintf("%s|%03d", user, seq))}
}

func TestEnqueueDeduplicates(t *testing.T) {
	q, _ := testQueue(t, 4)
	ctx := context.Background()
	it := item("Ualice", 1)
	var queued []bool
	for i := range 3 {
		got, err := q.Enqueue(ctx, []Item{it, item("Ubob", i)})
		if err != nil {
			t.Fatal(err)
		}
		queued = append(queued, got[0])
	}
	if want := []bool{true, false, false}; fmt.Sprint(queued) != fmt.Sprint(want) {
		t.Errorf("queued = %v, want %v", queued, want)
	}
	n, err := q.Backlog(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n != 4 { // alice once, bob three distinct events
		t.Errorf("backlog = %d, want 4", n)
	}
}

func TestEnqueueSurvivesScriptFlush(t *testing.T) {
	q, rdb := testQueue(t, 2)
	ctx := context.Background()
	if _, err := q.Enqueue(ctx, []Item{item("Ua", 1)}); err != nil {
		t.Fatal(err)
	}
	if err := rdb.ScriptFlush(ctx).Err(); err != nil { // as after a Redis restart
		t.Fatal(err)
	}
	got, err := q.Enqueue(ctx, []Item{item("Ua", 2), item("Ua", 1)})
	if err != nil {
		t.Fatalf("enqueue after script flush: %v", err)
	}
	if !got[0] || got[1] {
		t.Errorf("queued = %v, want [true false]", got)
	}
}

func TestOrderPerUserWhileOthersTalk(t *testing.T) {
	q, _ := testQueue(t, 8)
	rec := newRecorder()
	startConsumer(t, q, "solo", rec.handler("solo"), ConsumerOptions{Workers: 8})
	ctx := context.Background()
	// One user sends 20 messages while 20 others each send 20.
	for seq := range 20 {
		var batch []Item
		for u := range 21 {
			batch = append(batch, item(fmt.Sprintf("U%02d", u), seq))
		}
		if _, err := q.Enqueue(ctx, batch); err != nil {
			t.Fatal(err)
		}
	}
	waitFor(t, "all 420 events", func() bool { return rec.total() == 420 })
	checkOrder(t, rec, 21, 20)
}

func checkOrder(t *testing.T, rec *recorder, users, perUser int) {
	t.Helper()
	rec.mu.Lock()
	defer rec.mu.Unlock()
	for u := range users {
		user := fmt.Sprintf("U%02d", u)
		got := rec.byUser[user]
		if len(got) != perUser {
			t.Errorf("%s: handled %d events, want %d", user, len(got), perUser)
			continue
		}
		for i, seq := range got {
			if seq != fmt.Sprintf("%03d", i) {
				t.Errorf("%s: order %v, want 000…%03d in order", user, got, perUser-1)
				break
			}
		}
	}
	for p, n := range rec.seen {
		if n != 1 {
			t.Errorf("event %s handled %d times, want once", p, n)
		}
	}
	if len(rec.overlap) > 0 {
		t.Errorf("events of one user handled at the same time: %v", rec.overlap)
	}
}

func TestTwoConsumersShareWorkAndKeepOrder(t *testing.T) {
	q, _ := testQueue(t, 8)
	rec := newRecorder()
	startConsumer(t, q, "a", rec.handler("a"), ConsumerOptions{Workers: 4})
	startConsumer(t, q, "b", rec.handler("b"), ConsumerOptions{Workers: 4})
	waitFor(t, "partitions shared by both", func() bool {
		owners := map[string]bool{}
		for p := range 8 {
			if v, _ := q.rdb.Get(context.Background(), q.lease(p)).Result(); v != "" {
				owners[v] = true
			}
		}
		return len(owners) == 2
	})
	ctx := context.Background()
	for seq := range 20 {
		var batch []Item
		for u := range 10 {
			batch = append(batch, item(fmt.Sprintf("U%02d", u), seq))
		}
		if _, err := q.Enqueue(ctx, batch); err != nil {
			t.Fatal(err)
		}
	}
	waitFor(t, "all 200 events", func() bool { return rec.total() == 200 })
	checkOrder(t, rec, 10, 20)
	rec.mu.Lock()
	defer rec.mu.Unlock()
	if rec.byName["a"] == 0 || rec.byName["b"] == 0 {
		t.Errorf("work split a=%d b=%d, want both > 0", rec.byName["a"], rec.byName["b"])
	}
}

func TestDeadConsumersEventsAreReclaimed(t *testing.T) {
	q, rdb := testQueue(t, 1)
	ctx := context.Background()
	if _, err := q.Enqueue(ctx, []Item{item("U00", 0), item("U00", 1)}); err != nil {
		t.Fatal(err)
	}
	// A process "ghost" took the partition, read both events and died: its
	// lease runs out and the events stay pending under its name.
	readByGhost(t, q, rdb)
	rec := newRecorder()
	startConsumer(t, q, "heir", rec.handler("heir"), ConsumerOptions{})
	waitFor(t, "reclaimed events", func() bool { return rec.total() == 2 })
	checkOrder(t, rec, 1, 2)
	// The recorder counts before the handler returns; the ack follows.
	waitFor(t, "acked entries to be deleted", func() bool {
		n, _ := rdb.XLen(ctx, q.stream(0)).Result()
		return n == 0
	})
}

func TestShutdownHandsBackUnfinishedEvents(t *testing.T) {
	q, _ := testQueue(t, 1)
	ctx := context.Background()
	release := make(chan struct{})
	var once sync.Once
	stuck := HandlerFunc(func(ctx context.Context, d Delivery) error {
		<-ctx.Done() // never finishes on its own: shutdown's grace must end it
		once.Do(func() { close(release) })
		return ctx.Err()
	})
	stopA := startConsumer(t, q, "a", stuck, ConsumerOptions{Grace: 50 * time.Millisecond})
	if _, err := q.Enqueue(ctx, []Item{item("U00", 0)}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "a to own the partition", func() bool {
		v, _ := q.rdb.Get(ctx, q.lease(0)).Result()
		return strings.HasPrefix(v, "a#")
	})
	time.Sleep(300 * time.Millisecond) // a is now stuck on the event
	stopA()
	<-release
	rec := newRecorder()
	startConsumer(t, q, "b", rec.handler("b"), ConsumerOptions{})
	waitFor(t, "b to handle the handed-back event", func() bool { return rec.total() == 1 })
}

func TestRetryInPlaceThenDeadLetter(t *testing.T) {
	q, _ := testQueue(t, 1)
	rec := newRecorder()
	rec.fail = func(payload string, attempt int) error {
		switch {
		case strings.HasSuffix(payload, "|000") && attempt < 3:
			return errors.New("LINE is having a moment")
		case strings.HasSuffix(payload, "|001"):
			return errors.New("always broken")
		case strings.HasSuffix(payload, "|002"):
			return Permanent(errors.New("bad event"))
		}
		return nil
	}
	startConsumer(t, q, "a", rec.handler("a"), ConsumerOptions{MaxAttempts: 4})
	ctx := context.Background()
	var batch []Item
	for seq := range 4 {
		batch = append(batch, item("U00", seq))
	}
	if _, err := q.Enqueue(ctx, batch); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the good events", func() bool { return rec.total() == 2 })
	rec.mu.Lock()
	if got := strings.Join(rec.byUser["U00"], ","); got != "000,003" {
		t.Errorf("handled %s, want 000,003 (001 and 002 dead-lettered, order kept)", got)
	}
	rec.mu.Unlock()
	var dls []DeadLetter
	waitFor(t, "two dead letters", func() bool {
		dls, _ = q.DeadLetters(ctx, 10)
		return len(dls) == 2
	})
	byPayload := map[string]DeadLetter{}
	for _, d := range dls {
		byPayload[d.Payload] = d
	}
	if d := byPayload["U00|001"]; d.Attempts != 4 || !strings.Contains(d.Error, "always broken") {
		t.Errorf("dead letter for 001 = %+v, want 4 attempts and the error", d)
	}
	if d := byPayload["U00|002"]; d.Attempts != 1 || !strings.Contains(d.Error, "bad event") {
		t.Errorf("dead letter for 002 = %+v, want 1 attempt (permanent)", d)
	}
}

func TestCheckLayoutRefusesAnotherPartitionCount(t *testing.T) {
	rdb, prefix := redistest.Client(t)
	ctx := context.Background()
	if err := New(rdb, Options{Prefix: prefix, Partitions: 8}).CheckLayout(ctx); err != nil {
		t.Fatal(err)
	}
	if err := New(rdb, Options{Prefix: prefix, Partitions: 8}).CheckLayout(ctx); err != nil {
		t.Errorf("same count: %v, want nil", err)
	}
	err := New(rdb, Options{Prefix: prefix, Partitions: 16}).CheckLayout(ctx)
	if err == nil || !strings.Contains(err.Error(), "AKARI_PARTITIONS") {
		t.Errorf("different count: %v, want an error naming AKARI_PARTITIONS", err)
	}
}

// A delivery says whether an earlier try of it may have run — an entry
// taken over from a dead consumer, a retry — and names the hold of the
// partition it came through, new at each taking of the partition.
func TestDeliveriesTellFirstTriesAndTenures(t *testing.T) {
	q, rdb := testQueue(t, 1)
	ctx := context.Background()
	if _, err := q.Enqueue(ctx, []Item{item("U00", 0)}); err != nil {
		t.Fatal(err)
	}
	readByGhost(t, q, rdb) // pending under a dead process's name
	type try struct {
		payload string
		tried   bool
		tenure  string
	}
	var mu sync.Mutex
	var tries []try
	failed := false
	h := HandlerFunc(func(ctx context.Context, d Delivery) error {
		mu.Lock()
		defer mu.Unlock()
		tries = append(tries, try{d.Payload, d.Tried, d.Tenure})
		if d.Payload == "U00|002" && !failed {
			failed = true
			return errors.New("LINE is having a moment")
		}
		return nil
	})
	count := func() int { mu.Lock(); defer mu.Unlock(); return len(tries) }
	stop := startConsumer(t, q, "heir", h, ConsumerOptions{})
	waitFor(t, "the reclaimed event", func() bool { return count() == 1 })
	if _, err := q.Enqueue(ctx, []Item{item("U00", 1), item("U00", 2)}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the new events and the retry", func() bool { return count() == 4 })
	stop()
	startConsumer(t, q, "heir", h, ConsumerOptions{})
	if _, err := q.Enqueue(ctx, []Item{item("U00", 3)}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the event after the partition was taken again", func() bool { return count() == 5 })

	mu.Lock()
	defer mu.Unlock()
	first := tries[0].tenure
	want := []try{{"U00|000", true, first}, {"U00|001", false, first}, {"U00|002", false, first}, {"U00|002", true, first}}
	if !strings.HasPrefix(first, "heir#") || !slices.Equal(tries[:4], want) {
		t.Errorf("tries %+v, want %+v with a tenure named after the lease", tries[:4], want)
	}
	if last := tries[4]; last.tried || last.tenure == first || last.tenure == "" {
		t.Errorf("after the partition was taken again: %+v, want a first try in a new tenure", last)
	}
}
