package akari

import (
	"encoding/json"
	"os"
	"testing"
)

// BenchmarkState measures what every event pays to write and read a
// person's state after 20 turns (testdata/state-before-lean.json, a real
// one): as one JSON value with Akari's words in it, as stored before
// issue #16 (before); lean, as the lean JSON of the releases before the
// binary form (lean-json, jsonEncodeState and DecodeState); and lean in
// the binary form, as EncodeState and DecodeState keep it now (binary;
// the history entries of the event's new turns come on top, a few hundred
// bytes). docs/performance.md has the figures.
//
//	go test ./internal/akari -run '^$' -bench 'State$' -benchmem
func BenchmarkState(b *testing.B) {
	raw, err := os.ReadFile("testdata/state-before-lean.json")
	if err != nil {
		b.Fatal(err)
	}
	var before State
	if err := json.Unmarshal(raw, &before); err != nil {
		b.Fatal(err)
	}
	b.Run("before", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			enc, err := json.Marshal(&before)
			if err != nil {
				b.Fatal(err)
			}
			var st State
			if err := json.Unmarshal(enc, &st); err != nil {
				b.Fatal(err)
			}
		}
	})
	stored, err := EncodeState(&before)
	if err != nil {
		b.Fatal(err)
	}
	lean, err := DecodeState(before.UserID, stored.State)
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name   string
		encode func(*State) (Stored, error)
	}{{"lean-json", jsonEncodeState}, {"binary", EncodeState}} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				out, err := c.encode(lean)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := DecodeState(lean.UserID, out.State); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// typicalState is the state read on an event after 20 turns, with facts,
// known facts, worries guided, chips, jobs of interest and event ids:
// testdata/state-lean.json, as the release before the binary form stored
// it.
func typicalState(b *testing.B) (*State, []byte) {
	raw, err := os.ReadFile("testdata/state-lean.json")
	if err != nil {
		b.Fatal(err)
	}
	st, err := DecodeState("U4af4980629f0b1c2d3e4f5a6b7c8d9e0", raw)
	if err != nil {
		b.Fatal(err)
	}
	return st, raw
}

// BenchmarkStateEncode and BenchmarkStateDecode measure each half of
// BenchmarkState on typicalState: the lean JSON (json) against the binary
// form (binary).
//
//	go test ./internal/akari -run '^$' -bench 'State(Encode|Decode)' -benchmem
func BenchmarkStateEncode(b *testing.B) {
	st, _ := typicalState(b)
	for _, c := range []struct {
		name   string
		encode func(*State) (Stored, error)
	}{{"json", jsonEncodeState}, {"binary", EncodeState}} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := c.encode(st); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkStateDecode(b *testing.B) {
	st, lean := typicalState(b)
	out, err := EncodeState(st)
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name string
		raw  []byte
	}{{"json", lean}, {"binary", out.State}} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(c.raw)))
			for b.Loop() {
				if _, err := DecodeState(st.UserID, c.raw); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
