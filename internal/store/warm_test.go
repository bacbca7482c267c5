package store_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/redis/go-redis/v9"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/redistest"
	"github.com/akari-career/akari/internal/store"
)

// listen runs the store's takeover watch for the test and waits until it
// hears Redis.
func listen(t *testing.T, s *store.Store) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); s.WatchTakeovers(ctx) }()
	stop = func() { cancel(); <-done }
	t.Cleanup(stop)
	waitFor(t, "the takeover watch to listen", s.Listening)
	return stop
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for end := time.Now().Add(10 * time.Second); !cond(); {
		if time.Now().After(end) {
			t.Fatalf("waited 10 s for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// turn adds the person's message and Akari's answer, as the engine does,
// and commits them under tenure.
func turn(t *testing.T, s *store.Store, snap akari.Snapshot, eventID, tenure string, i int) {
	t.Helper()
	at := time.Date(2026, 12, 2, 9, 0, i, 0, time.UTC)
	snap.State.AddTurn(akari.Turn{Role: akari.RoleUser, Text: fmt.Sprintf("在宅の日だけ同僚が冷たい（%d）", i), At: at})
	snap.State.AddTurn(akari.AkariTurn(fmt.Sprintf("しんどいですよね。\n①成果を短く共有してみましょう（%d）。", i), akari.RemoteWorkEnvy, at))
	if err := s.Commit(context.Background(), snap.State, akari.Outcome{EventID: eventID, Delivered: true, Tenure: tenure}); err != nil {
		t.Fatal(err)
	}
}

// A first try of the person's next event, in the tenure that committed
// the last one, begins from what that commit kept — no round trip — and
// gets what reading Redis would have given: the state (Akari's words too,
// when the store reads them), its version, no send marker, the takeover.
// Past the state's turn cap and the history's length, event after event.
func TestWarmBeginAnswersAsAReadWould(t *testing.T) {
	for _, history := range []bool{false, true} {
		t.Run(fmt.Sprintf("history=%v", history), func(t *testing.T) {
			rdb, prefix := redistest.Client(t)
			wire := &redistest.Wire{}
			rdb.AddHook(wire)
			var opts []store.Option
			if history {
				opts = append(opts, store.WithHistory())
			}
			s := store.New(rdb, prefix, opts...)
			listen(t, s)
			ctx := context.Background()
			for i := range 3 * akari.MaxTurns {
				ev := fmt.Sprintf("ev%d", i)
				wire.TakeTrips()
				snap, err := s.Begin(ctx, "U1", ev, akari.BeginOptions{ClaimReply: true, Tenure: "p1#1/1"})
				if err != nil {
					t.Fatal(err)
				}
				trips := len(wire.TakeTrips())
				if want := min(i, 1); (trips == 0) != (want == 1) {
					t.Fatalf("event %d: %d round trips; want one for the first event, none after", i, trips)
				}
				read, err := s.Begin(ctx, "U1", ev, akari.BeginOptions{})
				if err != nil {
					t.Fatal(err)
				}
				if i > 0 && (snap.Sent != akari.SentNone || read.Sent != akari.SentNone) {
					t.Fatalf("event %d: marker %q, %q read after; want none, and none claimed", i, snap.Sent, read.Sent)
				}
				read.Sent = snap.Sent // the first one claimed
				if diff := cmp.Diff(read, snap); diff != "" {
					t.Fatalf("event %d: the warm begin differs from a read (-read +warm):\n%s", i, diff)
				}
				turn(t, s, snap, ev, "p1#1/1", i)
				if history {
					stored, _ := rdb.LRange(ctx, prefix+":{u:U1}:hist", 0, -1).Result()
					if diff := cmp.Diff(stored, s.WarmWords("U1")); diff != "" {
						t.Fatalf("event %d: the history kept differs from Redis's (-redis +kept):\n%s", i, diff)
					}
				}
			}
		})
	}
}

// Only the tenure that committed, and only while the watch listens.
func TestWarmBeginOnlyInItsTenureWhileListening(t *testing.T) {
	rdb, prefix := redistest.Client(t)
	s := store.New(rdb, prefix)
	ctx := context.Background()
	begin := func(ev, tenure string) akari.Snapshot {
		t.Helper()
		snap, err := s.Begin(ctx, "U1", ev, akari.BeginOptions{Tenure: tenure})
		if err != nil {
			t.Fatal(err)
		}
		return snap
	}
	turn(t, s, begin("ev1", "a#1/1"), "ev1", "a#1/1", 1)
	if s.WarmFor("U1", "a#1/1") {
		t.Fatal("warm with no watch listening: a takeover written meanwhile would go unseen")
	}
	stop := listen(t, s)
	turn(t, s, begin("ev2", "a#1/1"), "ev2", "a#1/1", 2)
	if !s.WarmFor("U1", "a#1/1") {
		t.Fatal("not warm after a commit in the tenure, the watch listening")
	}
	if s.WarmFor("U1", "a#2/2") {
		t.Error("warm for another tenure: the partition may have been handled elsewhere in between")
	}
	// Another tenure commits: the first one's entry is gone.
	turn(t, s, begin("ev3", "a#2/2"), "ev3", "a#2/2", 3)
	if s.WarmFor("U1", "a#1/1") || !s.WarmFor("U1", "a#2/2") {
		t.Error("after a commit in tenure 2, want warm for it alone")
	}
	// A commit that fails leaves nothing to begin from.
	snap := begin("ev4", "a#2/2")
	rdb.Set(ctx, prefix+":{u:U1}:ver", "99:elsewhere", 0)
	if err := s.Commit(ctx, snap.State, akari.Outcome{EventID: "ev4", Tenure: "a#2/2"}); err == nil {
		t.Fatal("commit over another version: want a conflict")
	}
	if s.WarmFor("U1", "a#2/2") {
		t.Error("warm after a refused commit")
	}
	turn(t, s, begin("ev5", "a#2/2"), "ev5", "a#2/2", 5)
	stop()
	if s.WarmFor("U1", "a#2/2") {
		t.Error("warm after the watch stopped")
	}
}

// The console — here another process's store — takes the conversation
// over: its notice makes the next begin read, and the takeover is seen;
// handed back, the same.
func TestWarmBeginHearsATakeoverFromAnotherProcess(t *testing.T) {
	rdb, prefix := redistest.Client(t)
	worker, console := store.New(rdb, prefix), store.New(rdb, prefix)
	listen(t, worker)
	ctx := context.Background()
	const tenure = "w#1/1"
	begin := func(ev string) akari.Snapshot {
		t.Helper()
		snap, err := worker.Begin(ctx, "U1", ev, akari.BeginOptions{Tenure: tenure})
		if err != nil {
			t.Fatal(err)
		}
		return snap
	}
	turn(t, worker, begin("ev1"), "ev1", tenure, 1)
	turn(t, worker, begin("ev2"), "ev2", tenure, 2)
	if !worker.WarmFor("U1", tenure) {
		t.Fatal("not warm after two commits")
	}
	gen := worker.WarmGen()
	if err := console.SetHumanActive(ctx, "U1", "tanaka", time.Now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the worker to hear the takeover", func() bool { return worker.WarmGen() != gen })
	if worker.WarmFor("U1", tenure) {
		t.Fatal("still warm after a takeover notice")
	}
	snap := begin("ev3")
	if !snap.Takeover.Active || snap.Takeover.Recruiter != "tanaka" {
		t.Fatalf("takeover %+v after the console took over, want tanaka's", snap.Takeover)
	}
	turn(t, worker, snap, "ev3", tenure, 3)
	if snap := begin("ev4"); !snap.Takeover.Active {
		t.Fatalf("warm begin forgot the takeover: %+v", snap.Takeover)
	}

	gen = worker.WarmGen()
	if err := console.HandBack(ctx, "U1", "面接日程は明日ご連絡します"); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the worker to hear the hand-back", func() bool { return worker.WarmGen() != gen })
	if snap := begin("ev5"); snap.Takeover.Active || snap.Takeover.HandBack == "" {
		t.Fatalf("takeover %+v after the hand-back, want Akari back with the note", snap.Takeover)
	}
}

// A Redis that restarts without its data: the watch loses its connection,
// and no begin answers from what the lost data was.
func TestWarmBeginForgetsWhenRedisRestarts(t *testing.T) {
	redistest.NeedServer(t)
	srv := redistest.StartProc(t)
	rdb := redis.NewClient(&redis.Options{Addr: srv.Addr()})
	t.Cleanup(func() { rdb.Close() })
	s := store.New(rdb, "akari")
	listen(t, s)
	ctx := context.Background()
	for i, ev := range []string{"ev1", "ev2"} {
		snap, err := s.Begin(ctx, "U1", ev, akari.BeginOptions{Tenure: "a#1/1"})
		if err != nil {
			t.Fatal(err)
		}
		turn(t, s, snap, ev, "a#1/1", i)
	}
	if !s.WarmFor("U1", "a#1/1") {
		t.Fatal("not warm before the restart")
	}
	gen := s.WarmGen()
	srv.Kill()
	srv.Restart()
	waitFor(t, "the watch to notice", func() bool { return s.WarmGen() != gen })
	waitFor(t, "the watch to listen again", s.Listening)
	snap, err := s.Begin(ctx, "U1", "ev3", akari.BeginOptions{Tenure: "a#1/1"})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(snap.State.Turns); n != 0 || snap.State.Version != "" {
		t.Errorf("after Redis lost its data, began with %d turns at version %q: want what Redis holds (nothing)", n, snap.State.Version)
	}
}
