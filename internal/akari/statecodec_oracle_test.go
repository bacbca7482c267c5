package akari

import (
	"encoding/json"
	"fmt"
)

// EncodeState and DecodeState as they were until the binary form (issue
// #16), kept word for word as the oracle the binary form is held to: what
// a state read back from it must be.

// jsonEncodeState is EncodeState as it was: the lean state as JSON.
func jsonEncodeState(st *State) (Stored, error) {
	var out Stored
	lean := leanState{State: st, Lean: make([]leanTurn, len(st.Turns))}
	next, left := 1, 0 // left: Akari's turns from here on
	for _, t := range st.Turns {
		if t.Role == RoleAkari {
			next = max(next, t.N+1)
			left++
		}
	}
	out.Keep = left
	for i, t := range st.Turns {
		if t.Role != RoleAkari {
			lean.Lean[i] = leanOf(t)
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
		lean.Lean[i] = leanTurn{N: t.N, Prints: t.Prints}
	}
	var err error
	if out.State, err = json.Marshal(&lean); err != nil {
		return Stored{}, fmt.Errorf("encode conversation: %w", err)
	}
	return out, nil
}

// jsonDecodeState is DecodeState as it was: lean JSON, or full turns from
// before.
func jsonDecodeState(userID string, raw []byte) (*State, error) {
	var st State
	lean := leanState{State: &st}
	if err := json.Unmarshal(raw, &lean); err != nil {
		return nil, fmt.Errorf("decode conversation: %w", err)
	}
	st.UserID, st.Turns = userID, lean.Turns
	if lean.Lean != nil {
		st.Turns = make([]Turn, len(lean.Lean))
		for i, l := range lean.Lean {
			st.Turns[i] = l.turn()
		}
	}
	for i, t := range st.Turns {
		if t.Role == RoleAkari && t.Prints == nil && t.Text != "" {
			st.Turns[i].Prints = PrintsOf(t.Text) // stored before prints
		}
	}
	return &st, nil
}
