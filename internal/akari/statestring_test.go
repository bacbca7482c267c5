package akari

import (
	"bytes"
	"math/rand/v2"
	"os"
	"testing"
)

// agreeOnString checks that DecodeStateString reads raw as DecodeState
// does: the same state, or an error with the same words.
func agreeOnString(t testing.TB, raw []byte) {
	t.Helper()
	want, werr := DecodeState("U1", raw)
	got, gerr := DecodeStateString("U1", string(raw))
	switch {
	case (werr == nil) != (gerr == nil) || (werr != nil && werr.Error() != gerr.Error()):
		t.Fatalf("on %q: DecodeStateString's error %v, DecodeState's %v", raw, gerr, werr)
	case werr == nil:
		if d := stateDiff(want, got); d != "" {
			t.Fatalf("on %q: DecodeStateString read another state than DecodeState (-want +got):\n%s", raw, d)
		}
	}
}

// A state read as a string (as Redis answers) is the state read as bytes:
// random states, the lean and full JSON of before, every cut of a binary
// state and the broken forms DecodeState refuses.
func TestDecodeStateStringReadsAsDecodeState(t *testing.T) {
	r := rand.New(rand.NewPCG(16, 12))
	var raws [][]byte
	for range 300 {
		raws = append(raws, binaryOf(t, randomState(r)))
	}
	for _, name := range []string{"testdata/state-lean.json", "testdata/state-before-lean.json"} {
		raw, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		raws = append(raws, raw)
	}
	cut := raws[0]
	for n := range len(cut) {
		raws = append(raws, cut[:n])
	}
	raws = append(raws, append(bytes.Clone(cut), 0), []byte{0x02, 0x01, 0x00}, nil, []byte(" "), []byte("\x01"), []byte("\x01\x02\x0a\x00"), []byte("{}"))
	for _, raw := range raws {
		agreeOnString(t, raw)
	}
}

// States read one after another from strings share nothing: the bytes one
// is parsed from are parsed again for the next, and must not show through.
func TestStatesReadFromStringsOwnTheirMemory(t *testing.T) {
	r := rand.New(rand.NewPCG(16, 13))
	var raws []string
	var want []*State
	for range 50 {
		raw := binaryOf(t, randomState(r))
		st, err := DecodeState("U1", raw)
		if err != nil {
			t.Fatal(err)
		}
		raws, want = append(raws, string(raw)), append(want, st)
	}
	var got []*State
	for _, raw := range raws {
		st, err := DecodeStateString("U1", raw)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, st)
	}
	for i := range got {
		if d := stateDiff(want[i], got[i]); d != "" {
			t.Fatalf("state %d changed while the others were read (-want +got):\n%s", i, d)
		}
	}
}

// FuzzDecodeStateString: whatever the bytes, reading them as a string
// agrees with reading them as bytes.
func FuzzDecodeStateString(f *testing.F) {
	r := rand.New(rand.NewPCG(16, 14))
	for range 20 {
		f.Add(binaryOf(f, randomState(r)))
	}
	for _, s := range []string{"", "{}", `{"tl":[{"n":1,"p":""}]}`, "\x01\x00", "\x01\x02\x0a\x00", "\x02", "[]"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) { agreeOnString(t, raw) })
}
