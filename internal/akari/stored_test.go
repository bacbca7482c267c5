package akari

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

// beforeLean reads testdata/state-before-lean.json: a state as the store
// kept it before the lean form — 20 turns through the real engine, Akari's
// words in her turns.
func beforeLean(t *testing.T) []byte {
	t.Helper()
	raw, err := os.ReadFile("testdata/state-before-lean.json")
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// store keeps a state and its history the way both stores do.
type store struct {
	state   []byte
	history []string
}

func (s *store) save(t *testing.T, st *State) Stored {
	t.Helper()
	out, err := EncodeState(st)
	if err != nil {
		t.Fatal(err)
	}
	s.state = out.State
	h := append(s.history, out.Said...)
	s.history = h[max(len(h)-out.Keep, 0):]
	return out
}

func (s *store) load(t *testing.T, words bool) *State {
	t.Helper()
	st, err := DecodeState("U1", s.state)
	if err != nil {
		t.Fatal(err)
	}
	if words {
		if err := RestoreWords(st.Turns, s.history); err != nil {
			t.Fatal(err)
		}
	}
	return st
}

func TestAStateFromBeforeIsReadAsItWasThenStoredLean(t *testing.T) {
	raw := beforeLean(t)
	var want State
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	old, err := DecodeState("U1", raw)
	if err != nil {
		t.Fatal(err)
	}
	if len(old.Turns) != MaxTurns || old.Summary == "" || old.Care == nil || len(old.Known) == 0 {
		t.Fatalf("the fixture read as %d turns, summary %q, care %v, known %v: want a full conversation", len(old.Turns), old.Summary, old.Care, old.Known)
	}
	for i, turn := range old.Turns {
		if turn.Text != want.Turns[i].Text || !turn.At.Equal(want.Turns[i].At) || turn.Role != want.Turns[i].Role {
			t.Fatalf("turn %d read as %+v, want %+v", i, turn, want.Turns[i])
		}
		if turn.Role == RoleAkari && (len(turn.Prints) == 0 || !turn.Says(strings.SplitN(turn.Text, "\n", 2)[0])) {
			t.Errorf("Akari's turn %d has no fingerprints of its words", i)
		}
	}

	var s store
	out := s.save(t, old)
	akariTurns := 0
	for _, turn := range old.Turns {
		if turn.Role == RoleAkari {
			akariTurns++
		}
	}
	if out.Keep != akariTurns || len(out.Said) != akariTurns {
		t.Errorf("first save: %d entries, keep %d; want every one of Akari's %d turns moved to the history", len(out.Said), out.Keep, akariTurns)
	}
	if strings.Contains(string(out.State), "turns") || strings.Contains(string(out.State), "userId") {
		t.Errorf("the lean state still has full turns or the user id: %.300s", out.State)
	}
	if len(out.State) > 4096 {
		t.Errorf("the lean state of 20 turns takes %d bytes, want at most 4096 (it took %d before)", len(out.State), len(raw))
	}
	t.Logf("20 turns: %d bytes before, %d lean (+ %d history entries)", len(raw), len(out.State), len(out.Said))

	lean := s.load(t, false)
	words := s.load(t, true)
	for i, turn := range words.Turns {
		w := want.Turns[i]
		if turn.Role != w.Role || turn.Text != w.Text || turn.Category != w.Category || !turn.At.Truncate(time.Millisecond).Equal(w.At.Truncate(time.Millisecond)) {
			t.Errorf("turn %d with its words = %+v, want %+v", i, turn, w)
		}
		if turn.Role == RoleUser && lean.Turns[i].Text != w.Text {
			t.Errorf("the person's turn %d lost its text in the lean state", i)
		}
		if turn.Role == RoleAkari && lean.Turns[i].Text != "" {
			t.Errorf("Akari's turn %d kept its words in the lean state", i)
		}
	}
	if lean.Summary != want.Summary || lean.Care.Level != want.Care.Level || lean.Known["employment"] != want.Known["employment"] ||
		lean.TurnCount != want.TurnCount || lean.UserID != "U1" || fmt.Sprint(lean.Guided) != fmt.Sprint(want.Guided) {
		t.Errorf("the lean state lost some of the rest: %+v", lean)
	}
}

func TestAkariRemembersWhatSheSaidLatelyWithoutHerWords(t *testing.T) {
	var s store
	st := &State{UserID: "U1"}
	say := func(i int) string {
		return fmt.Sprintf("返事その%d。\n①手順その%d。理由その%d。", i, i, i)
	}
	for i := 1; i <= 12; i++ {
		st.AddTurn(Turn{Role: RoleUser, Text: fmt.Sprintf("相談その%d", i), At: time.Now()})
		st.AddTurn(AkariTurn(say(i), Salary, time.Now()))
		s.save(t, st)
		st = s.load(t, false)
	}
	seen := 0
	for i := len(st.Turns) - 1; i >= 0; i-- {
		turn := st.Turns[i]
		if turn.Role != RoleAkari {
			continue
		}
		n := 12 - seen // the reply this turn was
		seen++
		if turn.Text != "" {
			t.Errorf("Akari's turn %d came back with its words", n)
		}
		remembered := turn.Says(fmt.Sprintf("手順その%d。理由その%d。", n, n)) && turn.Says(fmt.Sprintf("①手順その%d。", n))
		if seen <= SaidMemory && !remembered {
			t.Errorf("Akari's reply %d, %d back, is not remembered as said", n, seen)
		}
		if seen > SaidMemory && len(turn.Prints) > 0 {
			t.Errorf("Akari's reply %d, %d back, still keeps fingerprints (%d)", n, seen, len(turn.Prints))
		}
	}
	if len(s.history) != seen {
		t.Errorf("the history holds %d entries for %d of Akari's turns", len(s.history), seen)
	}
	words := s.load(t, true)
	if last := words.Turns[len(words.Turns)-1]; last.Text != say(12) {
		t.Errorf("the last turn with its words: %q, want %q", last.Text, say(12))
	}
}

func TestEncodeStateLeavesTheStateAsItWas(t *testing.T) {
	// A commit that failed is tried again with the same state: the new
	// turn must be numbered and sent to the history again.
	st := &State{UserID: "U1", Turns: []Turn{{Role: RoleUser, Text: "相談", At: time.Now()}, AkariTurn("返事。", Salary, time.Now())}}
	first, err := EncodeState(st)
	if err != nil {
		t.Fatal(err)
	}
	again, err := EncodeState(st)
	if err != nil {
		t.Fatal(err)
	}
	if st.Turns[1].N != 0 || st.Turns[1].Text != "返事。" {
		t.Errorf("EncodeState changed the state's turn: %+v", st.Turns[1])
	}
	if string(first.State) != string(again.State) || len(again.Said) != 1 || again.Said[0] != first.Said[0] {
		t.Errorf("a second encoding differs: %s %v / %s %v", first.State, first.Said, again.State, again.Said)
	}
}

func TestAfterAResetTheHistoryGoes(t *testing.T) {
	var s store
	st := &State{UserID: "U1", Turns: []Turn{{Role: RoleUser, Text: "相談"}, AkariTurn("返事。", Salary, time.Now())}}
	s.save(t, st)
	st = s.load(t, false)
	st.Forget()
	if out := s.save(t, st); out.Keep != 0 || len(s.history) != 0 {
		t.Errorf("after リセット the history keeps %d entries (keep %d), want none", len(s.history), out.Keep)
	}
	// and numbers start again without meeting an old entry
	st.AddTurn(AkariTurn("はじめまして。", "", time.Now()))
	s.save(t, st)
	if got := s.load(t, true); got.Turns[0].Text != "はじめまして。" || got.Turns[0].N != 1 {
		t.Errorf("after リセット: %+v", got.Turns[0])
	}
}

func TestTranscriptHasAkarisWordsAndNothingOfTheStore(t *testing.T) {
	var s store
	st := &State{UserID: "U1", Turns: []Turn{{Role: RoleUser, Text: "相談", At: time.Now()}, AkariTurn("返事。", Salary, time.Now())}}
	s.save(t, st)
	st = s.load(t, false)
	st.AddTurn(Turn{Role: RoleUser, Text: "お願いします", At: time.Now()})
	st.AddTurn(AkariTurn("おつなぎしますね。", Salary, time.Now())) // said in this event
	if !WordsMissing(st.Turns) {
		t.Fatal("WordsMissing = false for a state read without Akari's words")
	}
	got, err := Transcript(st.Turns, s.history)
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, turn := range got {
		texts = append(texts, turn.Text)
		if turn.N != 0 || turn.Prints != nil {
			t.Errorf("the transcript keeps the store's number or fingerprints: %+v", turn)
		}
	}
	if strings.Join(texts, "|") != "相談|返事。|お願いします|おつなぎしますね。" {
		t.Errorf("transcript %q", texts)
	}
	if st.Turns[1].Text != "" {
		t.Error("Transcript changed the state's turns")
	}
}

func TestDecodeStateRefusesWhatIsNotAState(t *testing.T) {
	for _, raw := range []string{`{`, `{"tl":[{"p":"!!"}]}`, `[]`} {
		if _, err := DecodeState("U1", []byte(raw)); err == nil {
			t.Errorf("DecodeState(%s) gave no error", raw)
		}
	}
	if err := RestoreWords([]Turn{{Role: RoleAkari, N: 1}}, []string{"{"}); err == nil {
		t.Error("RestoreWords took a broken entry")
	}
}
