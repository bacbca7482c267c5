package store_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/queue"
	"github.com/akari-career/akari/internal/redistest"
	"github.com/akari-career/akari/internal/store"
)

const (
	firstReply = "在宅の日だけ冷たくされるのは、しんどいですよね。\n①在宅の日の成果を、夕方に短く共有してみましょう。"
	secondLine = "上司に15分だけ時間をもらいましょう。"
)

func TestAkarisWordsAreKeptBesideTheState(t *testing.T) {
	rdb, prefix := redistest.Client(t)
	c := &redistest.Wire{}
	rdb.AddHook(c)
	offline, withWords := store.New(rdb, prefix), store.New(rdb, prefix, store.WithHistory())
	ctx := context.Background()
	hist := prefix + ":{u:U1}:hist"

	snap, err := offline.Begin(ctx, "U1", "ev1", akari.BeginOptions{ClaimReply: true})
	if err != nil {
		t.Fatal(err)
	}
	snap.State.AddTurn(akari.Turn{Role: akari.RoleUser, Text: "在宅の日だけ同僚が冷たい", At: time.Now()})
	snap.State.AddTurn(akari.AkariTurn(firstReply, akari.RemoteWorkEnvy, time.Now()))
	if err := offline.Commit(ctx, snap.State, akari.Outcome{EventID: "ev1", Delivered: true}); err != nil {
		t.Fatal(err)
	}
	raw, _ := rdb.Get(ctx, prefix+":{u:U1}:state").Result()
	if strings.Contains(raw, "しんどいですよね") || !strings.Contains(raw, "同僚が冷たい") {
		t.Errorf("the state read on every event keeps Akari's words or lost the person's: %s", raw)
	}
	if words, _ := rdb.LRange(ctx, hist, 0, -1).Result(); len(words) != 1 || !strings.Contains(words[0], "しんどいですよね") {
		t.Errorf("history %q, want Akari's one reply", words)
	}
	if ttl, _ := rdb.PTTL(ctx, hist).Result(); ttl <= 0 || ttl > store.IdleTTL {
		t.Errorf("history expires in %v, want the state's idle expiry", ttl)
	}
	if queue.Slot(hist) != queue.Slot(prefix+":{u:U1}:state") {
		t.Errorf("history %s outside the person's slot", hist)
	}

	// Offline, Begin reads no history: Akari's turn has no words, but
	// knows what she said.
	c.TakeTrips()
	snap, err = offline.Begin(ctx, "U1", "ev2", akari.BeginOptions{ClaimReply: true})
	if err != nil {
		t.Fatal(err)
	}
	trips := c.TakeTrips()
	if len(trips) != 1 || strings.Contains(strings.Join(trips[0], " "), "lrange") {
		t.Errorf("offline Begin: round trips %v, want one that reads no history", trips)
	}
	said := snap.State.Turns[1]
	if said.Text != "" || !said.Says("①在宅の日の成果を、夕方に短く共有してみましょう。") || said.Says(secondLine) {
		t.Errorf("Akari's turn read offline: %+v", said)
	}
	// Her words come back for a model, in the same round trip.
	words, err := withWords.Begin(ctx, "U1", "ev2", akari.BeginOptions{ClaimReply: true})
	if err != nil {
		t.Fatal(err)
	}
	if trips := c.TakeTrips(); len(trips) != 1 {
		t.Errorf("Begin with the history: %d round trips, want one", len(trips))
	}
	if got := words.State.Turns[1]; got.Text != firstReply || got.Category != akari.RemoteWorkEnvy || got.At.IsZero() {
		t.Errorf("Akari's turn with her words: %+v", got)
	}

	// A second reply adds one entry, whichever way the state was read.
	words.State.AddTurn(akari.Turn{Role: akari.RoleUser, Text: "どうしたらいい？", At: time.Now()})
	words.State.AddTurn(akari.AkariTurn(secondLine, akari.RemoteWorkEnvy, time.Now()))
	if err := withWords.Commit(ctx, words.State, akari.Outcome{EventID: "ev2", Delivered: true}); err != nil {
		t.Fatal(err)
	}
	if trips := c.TakeTrips(); len(trips) != 1 || trips[0][0] != "evalsha" {
		t.Errorf("commit: round trips %v, want the one script call", trips)
	}
	if n, _ := rdb.LLen(ctx, hist).Result(); n != 2 {
		t.Errorf("history of %d entries after two replies, want 2", n)
	}
	// A process that lost the person changes neither state nor history.
	snap.State.AddTurn(akari.AkariTurn("古い返事です。", akari.RemoteWorkEnvy, time.Now()))
	if err := offline.Commit(ctx, snap.State, akari.Outcome{EventID: "ev2-stale", Delivered: true}); !errors.Is(err, akari.ErrConflict) {
		t.Fatalf("stale commit: %v, want akari.ErrConflict", err)
	}
	if got, _ := rdb.LRange(ctx, hist, 0, -1).Result(); len(got) != 2 || strings.Contains(strings.Join(got, ""), "古い返事") {
		t.Errorf("history after a refused commit: %q", got)
	}

	// リセット forgets the conversation, and the history with it.
	reset, _ := offline.Begin(ctx, "U1", "ev3", akari.BeginOptions{ClaimReply: true})
	reset.State.Forget()
	if err := offline.Commit(ctx, reset.State, akari.Outcome{EventID: "ev3", Delivered: true}); err != nil {
		t.Fatal(err)
	}
	if n, _ := rdb.Exists(ctx, hist).Result(); n != 0 {
		t.Error("the history outlived リセット")
	}

	// データ削除 erases it too.
	again, _ := offline.Begin(ctx, "U1", "ev4", akari.BeginOptions{ClaimReply: true})
	again.State.AddTurn(akari.AkariTurn(firstReply, akari.RemoteWorkEnvy, time.Now()))
	if err := offline.Commit(ctx, again.State, akari.Outcome{EventID: "ev4", Delivered: true}); err != nil {
		t.Fatal(err)
	}
	erase, _ := offline.Begin(ctx, "U1", "ev5", akari.BeginOptions{ClaimReply: true})
	if err := offline.Commit(ctx, erase.State, akari.Outcome{EventID: "ev5", Erase: true, Delivered: true}); err != nil {
		t.Fatal(err)
	}
	if keys, _ := rdb.Keys(ctx, prefix+":*U1*").Result(); len(keys) != 0 {
		t.Errorf("keys naming the person after erasing: %v", keys)
	}
}

func TestLeadTranscriptHasAkarisWordsFromTheHistory(t *testing.T) {
	rdb, prefix := redistest.Client(t)
	s, ctx := store.New(rdb, prefix), context.Background()
	snap, _ := s.Begin(ctx, "U7", "ev1", akari.BeginOptions{ClaimReply: true})
	snap.State.AddTurn(akari.Turn{Role: akari.RoleUser, Text: "転職したい", At: time.Now()})
	snap.State.AddTurn(akari.AkariTurn(firstReply, akari.CareerChange, time.Now()))
	if err := s.Commit(ctx, snap.State, akari.Outcome{EventID: "ev1", Delivered: true}); err != nil {
		t.Fatal(err)
	}
	snap, _ = s.Begin(ctx, "U7", "ev2", akari.BeginOptions{ClaimReply: true})
	snap.State.AddTurn(akari.Turn{Role: akari.RoleUser, Text: "担当の人と話したい", At: time.Now()})
	snap.State.AddTurn(akari.AkariTurn("担当者におつなぎしますね。", akari.CareerChange, time.Now()))

	l := newLead("U7")
	l.Consent.Scope.Transcript = true
	l.Transcript = snap.State.Turns
	if err := s.CreateLead(ctx, l, false); err != nil {
		t.Fatal(err)
	}
	got, err := s.GetLead(ctx, l.ID)
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, turn := range got.Transcript {
		texts = append(texts, turn.Text)
	}
	if want := "転職したい|" + firstReply + "|担当の人と話したい|担当者におつなぎしますね。"; strings.Join(texts, "|") != want {
		t.Errorf("transcript %q, want %q", strings.Join(texts, "|"), want)
	}
	raw, _ := rdb.Get(ctx, prefix+":lead:"+l.ID).Result()
	if strings.Contains(raw, `"p":`) || strings.Contains(raw, `"n":`) {
		t.Errorf("the lead keeps the store's fingerprints or numbers: %.400s", raw)
	}
	if snap.State.Turns[1].Text != "" {
		t.Error("creating the lead gave the state's turn its words")
	}
}

// A lead with nothing of Akari's to restore reads no history.
func TestLeadWithoutTranscriptReadsNoHistory(t *testing.T) {
	rdb, prefix := redistest.Client(t)
	c := &redistest.Wire{}
	rdb.AddHook(c)
	s := store.New(rdb, prefix)
	mustCreate(t, s, newLead("U8"))
	for _, trip := range c.TakeTrips() {
		if strings.Contains(strings.Join(trip, " "), "lrange") {
			t.Errorf("creating a lead read the history: %v", trip)
		}
	}
}

// TestHistoryKeepsOneEntryPerAkariTurn: past the state's length, the
// history is trimmed with it — the commit trims only when the list is over
// — and stays one entry per turn of Akari's the state holds.
func TestHistoryKeepsOneEntryPerAkariTurn(t *testing.T) {
	rdb, prefix := redistest.Client(t)
	s := store.New(rdb, prefix, store.WithHistory())
	ctx := context.Background()
	hist := prefix + ":{u:U2}:hist"
	for i := range 30 {
		ev := "ev" + strings.Repeat("x", i)
		snap, err := s.Begin(ctx, "U2", ev, akari.BeginOptions{ClaimReply: true})
		if err != nil {
			t.Fatal(err)
		}
		snap.State.AddTurn(akari.Turn{Role: akari.RoleUser, Text: "どうしたらいい？", At: time.Now()})
		snap.State.AddTurn(akari.AkariTurn(secondLine, akari.RemoteWorkEnvy, time.Now()))
		if err := s.Commit(ctx, snap.State, akari.Outcome{EventID: ev, Delivered: true}); err != nil {
			t.Fatal(err)
		}
		akaris := 0
		for _, turn := range snap.State.Turns {
			if turn.Role != akari.RoleUser {
				akaris++
			}
		}
		if n, _ := rdb.LLen(ctx, hist).Result(); n != int64(akaris) {
			t.Fatalf("event %d: history of %d entries, want %d (Akari's turns in the state)", i, n, akaris)
		}
	}
}
