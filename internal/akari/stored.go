package akari

import (
	"encoding/json"
	"fmt"
	"sync"
	"time"
)

// How a state is stored, by the Redis store and the in-memory one alike.
//
// The state is read and written on every event, so it is kept lean: Akari's
// turns carry a number (Turn.N) and, for the latest SaidMemory of them, the
// fingerprints of what she said — not her words, which are most of a
// conversation's bytes. Her words are kept beside the state as its
// history: one entry per Akari turn of the state, numbered alike, read only
// by what shows them — a model (the LLM's prompt, summary and care
// replies) and a lead's transcript. The offline path never reads them.
//
// A state stored before (Akari's words in her turns, no numbers) reads as
// it was: her turns get their fingerprints from their text, and the next
// save numbers them and moves their words to the history.
//
// The lean state is stored in a binary form (statecodec.go). The lean
// JSON that releases before it stored, and the full turns before that,
// are read as well; a state read in them is stored binary at its next
// save.

// Spoken is one entry of a state's history: the words of Akari's turn
// number N, with when she said them and the worry of the moment.
type Spoken struct {
	N        int       `json:"n"`
	Text     string    `json:"text"`
	Category Category  `json:"category,omitempty"`
	At       time.Time `json:"at"`
}

// Stored is a state ready to be saved.
type Stored struct {
	// State is the lean state, in its binary form.
	State []byte
	// Said are the history entries of Akari's turns new since the state
	// was read, oldest first, each one line of JSON.
	Said []string
	// Keep is how many entries the history holds once Said is added, the
	// newest: one per Akari turn of the state. 0: delete the history.
	Keep int
}

// leanState is the JSON of a lean state, as stored before the binary form:
// the State's fields under their names, except its turns, which are
// leanTurns under "tl", and the user id, which the key already names.
type leanState struct {
	*State
	UserID string `json:"userId,omitempty"` // hides State.UserID: never written
	// Turns hides State.Turns: only states stored before the lean form
	// have "turns", full turns.
	Turns []Turn     `json:"turns,omitempty"`
	Lean  []leanTurn `json:"tl,omitempty"`
}

// leanTurn is a turn as the lean state keeps it: the time in unix
// milliseconds, and Akari's turns without words or time — a turn with a
// number is hers, one without is the person's. Its JSON (short names) is
// the lean JSON's.
type leanTurn struct {
	Text     string   `json:"x,omitempty"`
	Category Category `json:"c,omitempty"`
	At       int64    `json:"t,omitempty"`
	Blocked  bool     `json:"b,omitempty"`
	Kind     TurnKind `json:"k,omitempty"`
	N        int      `json:"n,omitempty"`
	Prints   Prints   `json:"p,omitempty"`
}

// leanOf is the person's turn t as the lean state keeps it.
func leanOf(t Turn) leanTurn {
	l := leanTurn{Text: t.Text, Category: t.Category, Blocked: t.Blocked, Kind: t.Kind}
	if !t.At.IsZero() {
		l.At = t.At.UnixMilli()
	}
	return l
}

func (l leanTurn) turn() Turn {
	t := Turn{Role: RoleUser, Text: l.Text, Category: l.Category, Blocked: l.Blocked, Kind: l.Kind, N: l.N, Prints: l.Prints}
	if l.N > 0 {
		t.Role = RoleAkari
	}
	if l.At != 0 {
		t.At = time.UnixMilli(l.At).UTC()
	}
	return t
}

// EncodeState prepares st to be saved. It does not change st, so a save
// that failed can be tried again with the same outcome.
func EncodeState(st *State) (Stored, error) {
	var out Stored
	e := stateWriter(st)
	next, left := 1, 0 // left: Akari's turns from here on
	for _, t := range st.Turns {
		if t.Role == RoleAkari {
			next = max(next, t.N+1)
			left++
		}
	}
	out.Keep = left
	for _, t := range st.Turns {
		if t.Role != RoleAkari {
			e.turn(leanOf(t))
			continue
		}
		if t.N == 0 { // said during this event, or stored before numbers
			t.N = next
			next++
			raw, err := json.Marshal(Spoken{N: t.N, Text: t.Text, Category: t.Category, At: t.At})
			if err != nil {
				return Stored{}, fmt.Errorf("encode Akari's words: %w", err)
			}
			out.Said = append(out.Said, string(raw))
		}
		if left--; left >= SaidMemory {
			t.Prints = nil // too far back to count as said lately
		} else if t.Prints == nil {
			t.Prints = PrintsOf(t.Text)
		}
		e.turn(leanTurn{N: t.N, Prints: t.Prints})
	}
	out.State = e.finish(st)
	return out, nil
}

// DecodeState reads a stored state of the person userID: binary, or lean
// JSON or full turns from before. The state shares no memory with raw.
func DecodeState(userID string, raw []byte) (*State, error) {
	var st *State
	var err error
	switch {
	case len(raw) > 0 && raw[0] == stateBinary:
		st, err = decodeBinary(raw[1:])
	case len(raw) > 0 && raw[0] < ' ' && raw[0] != '\t' && raw[0] != '\n' && raw[0] != '\r':
		err = fmt.Errorf("decode conversation: stored in form %d, unknown to this release", raw[0])
	default:
		st, err = decodeJSON(raw)
	}
	if err != nil {
		return nil, err
	}
	return finishDecoded(st, userID), nil
}

// DecodeStateString is DecodeState for a state read as a string, as the
// Redis client answers it (a string of its own for each reply). A binary
// state's texts are pieces of raw itself, and the bytes it is parsed from
// a pooled copy: not two fresh copies of the state per event. The state
// shares no memory with anything but raw, which is never written.
func DecodeStateString(userID, raw string) (*State, error) {
	if len(raw) == 0 || raw[0] != stateBinary {
		return DecodeState(userID, []byte(raw))
	}
	bp := parseBuffers.Get().(*[]byte)
	b := append((*bp)[:0], raw[1:]...)
	st, err := decodeBinaryFrom(b, raw[1:])
	*bp = b[:0]
	parseBuffers.Put(bp)
	if err != nil {
		return nil, err
	}
	return finishDecoded(st, userID), nil
}

// parseBuffers hold the bytes DecodeStateString parses; nothing decoded
// points into them (texts are pieces of the string, the rest is copied).
var parseBuffers = sync.Pool{New: func() any { return new([]byte) }}

// finishDecoded gives a state read back its person and, for Akari's turns
// stored before fingerprints were, their prints.
func finishDecoded(st *State, userID string) *State {
	st.UserID = userID
	for i, t := range st.Turns {
		if t.Role == RoleAkari && t.Prints == nil && t.Text != "" {
			st.Turns[i].Prints = PrintsOf(t.Text) // stored before prints
		}
	}
	return st
}

// decodeJSON reads a state stored as JSON: lean, or with full turns.
func decodeJSON(raw []byte) (*State, error) {
	var st State
	lean := leanState{State: &st}
	if err := json.Unmarshal(raw, &lean); err != nil {
		return nil, fmt.Errorf("decode conversation: %w", err)
	}
	st.Turns = lean.Turns
	if lean.Lean != nil {
		st.Turns = make([]Turn, len(lean.Lean))
		for i, l := range lean.Lean {
			st.Turns[i] = l.turn()
		}
	}
	return &st, nil
}

// RestoreWords gives Akari's turns among turns their words back from the
// history entries (entries of turns no longer there are ignored).
func RestoreWords(turns []Turn, history []string) error {
	if len(history) == 0 {
		return nil
	}
	byN := make(map[int]Spoken, len(history))
	for _, raw := range history {
		var s Spoken
		if err := json.Unmarshal([]byte(raw), &s); err != nil {
			return fmt.Errorf("decode Akari's words: %w", err)
		}
		byN[s.N] = s
	}
	for i, t := range turns {
		if s, ok := byN[t.N]; ok && t.Role == RoleAkari && t.N > 0 && t.Text == "" {
			turns[i].Text, turns[i].Category, turns[i].At = s.Text, s.Category, s.At
		}
	}
	return nil
}

// WordsMissing reports whether one of Akari's turns among turns lacks her
// words (they are in the history).
func WordsMissing(turns []Turn) bool {
	for _, t := range turns {
		if t.Role == RoleAkari && t.Text == "" && t.N > 0 {
			return true
		}
	}
	return false
}

// Transcript is turns as a person reads them (a lead's transcript): with
// Akari's words from the history where her turns lack them, and without
// what only the store needs.
func Transcript(turns []Turn, history []string) ([]Turn, error) {
	out := make([]Turn, len(turns))
	copy(out, turns)
	if err := RestoreWords(out, history); err != nil {
		return nil, err
	}
	for i := range out {
		out[i].N, out[i].Prints = 0, nil
	}
	return out, nil
}
