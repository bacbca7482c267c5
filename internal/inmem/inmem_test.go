package inmem_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/inmem"
	"github.com/akari-career/akari/internal/leads"
)

const reply = "在宅の日だけ冷たくされるのは、しんどいですよね。\n①在宅の日の成果を、夕方に短く共有してみましょう。"

// say commits one exchange of the person U1 with Akari.
func say(t *testing.T, s *inmem.Store, eventID, text, answer string) *akari.State {
	t.Helper()
	snap, err := s.Begin(context.Background(), "U1", eventID, akari.BeginOptions{ClaimReply: true})
	if err != nil {
		t.Fatal(err)
	}
	snap.State.AddTurn(akari.Turn{Role: akari.RoleUser, Text: text, At: time.Now()})
	snap.State.AddTurn(akari.AkariTurn(answer, akari.RemoteWorkEnvy, time.Now()))
	if err := s.Commit(context.Background(), snap.State, akari.Outcome{EventID: eventID, Delivered: true}); err != nil {
		t.Fatal(err)
	}
	return snap.State
}

// The in-memory store keeps a state as the Redis one does: Akari's words
// come back only for a store that reads the history.
func TestAkarisWordsComeBackOnlyWithTheHistory(t *testing.T) {
	ctx := context.Background()
	for _, c := range []struct {
		name  string
		opts  []inmem.Option
		words bool
	}{
		{"offline", nil, false},
		{"with the history", []inmem.Option{inmem.WithHistory()}, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := inmem.New(c.opts...)
			say(t, s, "ev1", "在宅の日だけ同僚が冷たい", reply)
			snap, err := s.Begin(ctx, "U1", "ev2", akari.BeginOptions{ClaimReply: true})
			if err != nil {
				t.Fatal(err)
			}
			said := snap.State.Turns[1]
			if got := said.Text == reply; got != c.words {
				t.Errorf("Akari's turn has her words: %v, want %v (%q)", got, c.words, said.Text)
			}
			if !said.Says("①在宅の日の成果を、夕方に短く共有してみましょう。") {
				t.Error("Akari's turn does not know what she said")
			}
			if snap.State.Turns[0].Text != "在宅の日だけ同僚が冷たい" {
				t.Errorf("the person's turn: %+v", snap.State.Turns[0])
			}
		})
	}
}

func TestLeadTranscriptHasAkarisWords(t *testing.T) {
	s, ctx := inmem.New(), context.Background()
	say(t, s, "ev1", "転職したい", reply)
	snap, _ := s.Begin(ctx, "U1", "ev2", akari.BeginOptions{ClaimReply: true})
	l := &leads.Lead{ID: "L1", UserID: "U1", Category: akari.CareerChange,
		Consent:    leads.Consent{Text: "共有します", At: time.Now(), Scope: leads.Scope{Answers: true, Transcript: true}},
		Transcript: snap.State.Turns}
	if err := s.CreateLead(ctx, l, false); err != nil {
		t.Fatal(err)
	}
	got := s.Leads("U1")
	if len(got) != 1 || len(got[0].Transcript) != 2 || got[0].Transcript[1].Text != reply || got[0].Transcript[1].Prints != nil {
		t.Errorf("lead transcript %+v, want Akari's words and no fingerprints", got)
	}
}

func TestEraseAndResetDropTheHistory(t *testing.T) {
	ctx := context.Background()
	s := inmem.New(inmem.WithHistory())
	st := say(t, s, "ev1", "転職したい", reply)
	st.Forget()
	if err := s.Commit(ctx, st, akari.Outcome{EventID: "ev2", Delivered: true}); err != nil {
		t.Fatal(err)
	}
	st = say(t, s, "ev3", "また相談です", "はじめまして。")
	if snap, _ := s.Begin(ctx, "U1", "ev4", akari.BeginOptions{ClaimReply: true}); len(snap.State.Turns) != 2 || snap.State.Turns[1].Text != "はじめまして。" {
		t.Errorf("after リセット and a new reply: %+v", snap.State.Turns)
	}
	if err := s.Commit(ctx, st, akari.Outcome{EventID: "ev4", Erase: true, Delivered: true}); err != nil {
		t.Fatal(err)
	}
	snap, _ := s.Begin(ctx, "U1", "ev5", akari.BeginOptions{ClaimReply: true})
	if len(snap.State.Turns) != 0 {
		t.Errorf("after データ削除: %+v", snap.State.Turns)
	}
	if strings.Contains(strings.Join(s.History("U1"), ""), "はじめまして") {
		t.Error("the history outlived データ削除")
	}
}
