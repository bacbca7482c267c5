package akari

import (
	"encoding/json"
	"os"
	"testing"
)

// BenchmarkState measures what every event pays to write and read a
// person's state after 20 turns (testdata/state-before-lean.json, a real
// one): as one JSON value with Akari's words in it, as stored before
// issue #16 (before), and lean, as EncodeState and DecodeState keep it
// (lean; the history entries of the event's new turns come on top, a few
// hundred bytes). docs/performance.md has the figures.
//
//	go test ./internal/akari -run '^$' -bench State -benchmem
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
	b.Run("lean", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			out, err := EncodeState(lean)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := DecodeState(lean.UserID, out.State); err != nil {
				b.Fatal(err)
			}
		}
	})
}
