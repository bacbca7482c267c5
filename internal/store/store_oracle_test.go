package store

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/redis/go-redis/v9"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/redistest"
)

// Begin and Commit as they were before their arguments were built with
// rediscmd, word for word but for their names: through go-redis's typed
// methods and Script.Run. TestBeginAndCommitSendWhatTheyDid holds the
// store to them.

var commitScriptTyped = redis.NewScript(commitLua)

func (s *Store) beginTyped(ctx context.Context, userID, eventID string, o akari.BeginOptions) (akari.Snapshot, error) {
	claimReply := o.ClaimReply
	var state, sent, ver, erased *redis.StringCmd
	var human *redis.MapStringStringCmd
	var hist *redis.StringSliceCmd
	k := s.keysOf(userID)
	_, err := s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		// First a command that never answers nil: go-redis takes the first
		// command's error for the pipeline's and asks whether it is worth
		// a retry, a dozen error checks that allocate, when it is only
		// redis.Nil (a key not there: the erased-event marker nearly always).
		human = p.HGetAll(ctx, k.human)
		if !s.cluster {
			// Read along at once, for the rare retry of an erasing event:
			// on one Redis a command is cheaper than a second round trip.
			// In a Cluster the marker's slot is another node's.
			erased = p.Get(ctx, s.erasedKey(userID, eventID))
		}
		state = p.Get(ctx, k.state)
		if s.history {
			hist = p.LRange(ctx, k.hist, 0, -1)
		}
		ver = p.Get(ctx, k.ver)
		sent = p.HGet(ctx, k.sent, eventID)
		if claimReply {
			p.HSetNX(ctx, k.sent, eventID, string(akari.SentReplying))
			p.PExpire(ctx, k.sent, sentTTL)
		}
		return nil
	})
	if err != nil && !errors.Is(err, redis.Nil) {
		return akari.Snapshot{}, fmt.Errorf("begin event %s: %w", eventID, err)
	}
	st, err := decode(userID, state)
	if err != nil {
		return akari.Snapshot{}, err
	}
	if err := restore(st, hist); err != nil {
		return akari.Snapshot{}, err
	}
	if st.Version, err = ver.Result(); err != nil && !errors.Is(err, redis.Nil) {
		return akari.Snapshot{}, fmt.Errorf("read state version: %w", err)
	}
	prev, err := sent.Result()
	if err != nil && !errors.Is(err, redis.Nil) {
		return akari.Snapshot{}, fmt.Errorf("read send marker: %w", err)
	}
	h, err := human.Result()
	if err != nil {
		return akari.Snapshot{}, fmt.Errorf("read human takeover: %w", err)
	}
	if errors.Is(state.Err(), redis.Nil) && prev == "" {
		// No conversation: a new person — or one whose データ削除 was
		// answered and erased before the event was acknowledged. Only the
		// second has an erased-event marker; the retry must not confirm
		// the deletion twice.
		if erased == nil {
			erased = s.rdb.Get(ctx, s.erasedKey(userID, eventID))
		}
		switch gone, err := erased.Result(); {
		case err == nil:
			prev = gone
		case !errors.Is(err, redis.Nil):
			return akari.Snapshot{}, fmt.Errorf("read erased-event marker: %w", err)
		}
	}
	return akari.Snapshot{State: st, Sent: akari.SendMark(prev), Takeover: takeover(h)}, nil
}

func (s *Store) commitTyped(ctx context.Context, st *akari.State, o akari.Outcome) error {
	eventID, erase, delivered := o.EventID, o.Erase, o.Delivered
	var out akari.Stored
	if !erase {
		st.MarkHandled(eventID)
		var err error
		if out, err = akari.EncodeState(st); err != nil {
			return fmt.Errorf("commit event %s: %w", eventID, err)
		}
	}
	k := s.keysOf(st.UserID)
	keys := []string{k.state, k.ver, k.sent, k.hist}
	args := []any{st.Version, eventID, out.State, flag(erase), flag(delivered), IdleTTL.Milliseconds(),
		string(akari.SentDelivered), sentTTL.Milliseconds(),
		out.Keep, strings.Join(out.Said, "\n")}
	if a := o.Ack; a != nil && !s.cluster {
		keys = append(keys, a.LeaseKey, a.Stream)
		args = append(args, a.Token, a.Group, a.EntryID)
	}
	r, err := commitScriptTyped.Run(ctx, s.rdb, keys, args...).Int()
	if err != nil {
		return fmt.Errorf("commit event %s: %w", eventID, err)
	}
	if r < 0 {
		return fmt.Errorf("commit event %s: %w: the conversation changed since the event began (another process has the person now)", eventID, akari.ErrConflict)
	}
	if r >= 2 {
		o.Ack.Done()
	}
	if erase && delivered {
		// In another slot than the person's, so not in the script: a
		// crash between the two leaves the old, rarer double.
		if err := s.rdb.Set(ctx, s.erasedKey(st.UserID, eventID), string(akari.SentDelivered), sentTTL).Err(); err != nil {
			return fmt.Errorf("commit event %s: mark the erasing answer sent: %w", eventID, err)
		}
	}
	return nil
}

// The store's Commit sends Redis the very commands it sent through
// go-redis's typed methods, argument for argument, and Begin and Commit
// answer the same, over a person's life: new, answered by reply, with the queue's
// acknowledgement, with Akari's words kept beside the state, erased, and
// the retry of the erasing event — on a Redis that has not seen the
// commit script yet (EVALSHA refused, then EVAL), and one that has.
func TestBeginAndCommitSendWhatTheyDid(t *testing.T) {
	redistest.NeedServer(t)
	proc := redistest.StartProc(t)
	rdb := redis.NewClient(&redis.Options{Addr: proc.Addr()})
	defer rdb.Close()
	w := &redistest.Wire{}
	rdb.AddHook(w)
	ctx := context.Background()

	type step struct {
		Sent   [][]string
		Result string
	}
	life := func(typed bool) []step {
		if err := rdb.FlushAll(ctx).Err(); err != nil {
			t.Fatal(err)
		}
		if err := rdb.ScriptFlush(ctx).Err(); err != nil {
			t.Fatal(err)
		}
		w.Take()
		var steps []step
		record := func(result string) { steps = append(steps, step{w.Take(), result}) }
		for _, history := range []bool{false, true} {
			var opts []Option
			if history {
				opts = append(opts, WithHistory())
			}
			s := New(rdb, "p", opts...)
			begin, commit := s.Begin, s.Commit
			if typed {
				begin, commit = s.beginTyped, s.commitTyped
			}
			user := "U" + strconv.FormatBool(history)
			stream, lease := "p:{q}:events", "p:{q}:lease"
			rdb.XGroupCreateMkStream(ctx, stream, "workers", "0")
			rdb.Set(ctx, lease, "a#1", 0)
			w.Take()
			at := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
			for i, o := range []akari.Outcome{
				{EventID: "ev1", Delivered: true},
				{EventID: "ev2", Ack: &akari.InlineAck{LeaseKey: lease, Token: "a#1", Stream: stream, Group: "workers", EntryID: "1-1"}},
				{EventID: "ev3", Delivered: true, Ack: &akari.InlineAck{LeaseKey: lease, Token: "a#0", Stream: stream, Group: "workers", EntryID: "1-2"}},
				{EventID: "ev4", Erase: true, Delivered: true},
				{EventID: "ev4", Erase: true, Delivered: true}, // the erasing event retried
			} {
				snap, err := begin(ctx, user, o.EventID, akari.BeginOptions{ClaimReply: i%2 == 0})
				var state akari.State
				if snap.State != nil {
					state = *snap.State
				}
				result := fmt.Sprintf("begin: %+v, sent %q, takeover %+v, %v", state, snap.Sent, snap.Takeover, err)
				// Begin reads with other commands than before (MGET, HMGET:
				// see TestBeginReadsWithoutNilReplies); what it answers
				// is held here.
				w.Take()
				steps = append(steps, step{nil, result})
				if err != nil {
					continue
				}
				if !o.Erase {
					snap.State.AddTurn(akari.Turn{Role: akari.RoleUser, Text: "在宅の日だけ同僚が冷たい" + o.EventID, At: at})
					snap.State.AddTurn(akari.AkariTurn("しんどいですよね。\n①成果を短く共有してみましょう。"+o.EventID, akari.RemoteWorkEnvy, at))
				}
				err = commit(ctx, snap.State, o)
				record(fmt.Sprintf("commit: %v, acknowledged %v", err, o.Ack.Carried()))
			}
		}
		return steps
	}
	before, now := life(true), life(false)
	if diff := cmp.Diff(before, now); diff != "" {
		t.Errorf("Begin and Commit differ from the typed commands (-before +now):\n%s", diff)
	}
	var evals, noscripts, acks int
	for _, st := range now {
		if strings.HasSuffix(st.Result, "acknowledged true") {
			acks++
		}
		for _, c := range st.Sent {
			switch c[0] {
			case "eval":
				evals++
			case "evalsha":
				noscripts++
			}
		}
	}
	if evals != 1 || noscripts < 8 {
		t.Errorf("%d EVAL and %d EVALSHA sent; want the script sent whole once, after Redis refused its digest, and by digest every time", evals, noscripts)
	}
	if acks != 2 {
		t.Errorf("%d commits carried the acknowledgement, want 2 (one per person)", acks)
	}
}

// Begin reads everything in one pipeline of commands that answer even
// for a person never seen: the takeover, the state with its version and
// the erased-event marker in one MGET, the send marker by HMGET.
func TestBeginReadsWithoutNilReplies(t *testing.T) {
	rdb, prefix := redistest.Client(t)
	w := &redistest.Wire{}
	rdb.AddHook(w)
	ctx := context.Background()
	for _, history := range []bool{false, true} {
		var opts []Option
		if history {
			opts = append(opts, WithHistory())
		}
		s := New(rdb, prefix, opts...)
		for _, claim := range []bool{true, false} {
			w.Take()
			if _, err := s.Begin(ctx, "Unew", "ev1", akari.BeginOptions{ClaimReply: claim}); err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, c := range w.Take() {
				names = append(names, c[0])
			}
			want := []string{"hgetall", "mget"}
			if history {
				want = append(want, "lrange")
			}
			want = append(want, "hmget")
			if claim {
				want = append(want, "hsetnx", "pexpire")
			}
			if !slices.Equal(names, want) {
				t.Errorf("history %v, claim %v: Begin sent %v, want %v", history, claim, names, want)
			}
		}
	}
}
