package akari

import (
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Akari's replies are composed of lines from the playbooks and messages:
// one per line of text, a step after its number (①…⑳), several sentences
// on a line. To avoid saying a line again she must know what she said
// lately — but her words are most of a conversation's bytes, and the state
// is read and written on every event. So each of her turns keeps, besides
// its text (which the store keeps aside, see State), the fingerprints of
// every piece a line could be found as: each line, each line without its
// step number, and every run of whole sentences (split after 「。」) within
// them. Asking whether she said a piece is then asking for its
// fingerprint, with the same answer as looking for it in her text.

// SaidMemory is how many of Akari's latest turns keep their fingerprints:
// further back, nothing she said counts as said lately.
const SaidMemory = 8

// Prints are the fingerprints of one of Akari's turns: 32-bit FNV-1a hashes
// of its pieces, sorted, each once. In JSON they are one base64 string of
// little-endian words, a fifth of the bytes of the text they stand for.
type Prints []uint32

// PrintsOf fingerprints text.
func PrintsOf(text string) Prints {
	// Built in scratch space and copied out once: a reply has a few dozen
	// pieces, and this runs for every reply.
	var scratch [96]uint32
	var ends [32]int
	p := Prints(scratch[:0])
	for line := range strings.SplitSeq(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		p = appendRuns(p, line, ends[:0])
		if rest, ok := cutStepNumber(line); ok {
			p = appendRuns(p, rest, ends[:0])
		}
	}
	if len(p) == 0 {
		return nil
	}
	slices.Sort(p)
	return slices.Clone(slices.Compact(p))
}

// appendRuns adds the fingerprint of every run of whole sentences of line;
// ends is scratch space for where each sentence ends. The runs from one
// start are hashed in one pass (FNV-1a goes byte by byte, so a run's hash
// goes on from the run before it), not each from its first byte.
func appendRuns(p Prints, line string, ends []int) Prints {
	for i := 0; ; {
		j := strings.Index(line[i:], "。")
		if j < 0 {
			ends = append(ends, len(line))
			break
		}
		i += j + len("。")
		ends = append(ends, i)
		if i == len(line) {
			break
		}
	}
	start := 0
	for a := range ends {
		// The run from start to each end, trimmed as strings.TrimSpace
		// trims it: from the first rune that is not a space.
		from := len(line) - len(strings.TrimLeftFunc(line[start:], unicode.IsSpace))
		h, hashed := uint32(fnvOffset), from
		for _, end := range ends[a:] {
			if from >= end {
				continue // nothing but spaces so far
			}
			h = fnvAppend(h, line[hashed:end])
			hashed = end
			if last, _ := utf8.DecodeLastRuneInString(line[from:end]); unicode.IsSpace(last) {
				// Spaces before the end: the run is hashed without them.
				p = append(p, Fingerprint(strings.TrimSpace(line[from:end])))
				continue
			}
			p = append(p, h)
		}
		start = ends[a]
	}
	return p
}

// cutStepNumber returns a step's text without its number (①…⑳).
func cutStepNumber(line string) (string, bool) {
	r, n := utf8.DecodeRuneInString(line)
	if r < '①' || r > '⑳' || n == len(line) {
		return "", false
	}
	return strings.TrimSpace(line[n:]), true
}

// Has reports whether piece (a line, a sentence, several lines) was said
// in the turn these prints stand for: every one of its lines, as a whole
// line or a run of whole sentences of one.
func (p Prints) Has(piece string) bool { return p.has(PieceOf(piece)) }

func (p Prints) has(q Piece) bool {
	if q.none {
		return false
	}
	if _, ok := slices.BinarySearch(p, q.first); !ok {
		return false
	}
	for _, h := range q.more {
		if _, ok := slices.BinarySearch(p, h); !ok {
			return false
		}
	}
	return true
}

// Piece is a piece of text to look for in Akari's turns, fingerprinted
// once for all of them: the fingerprint of each of its lines.
type Piece struct {
	first uint32
	more  []uint32 // the lines after the first, in a piece of several
	none  bool     // no line at all: never said
}

// PieceOf fingerprints piece for Turn.SaysPiece.
func PieceOf(piece string) Piece {
	q := Piece{none: true}
	for line := range strings.SplitSeq(piece, "\n") {
		if line = strings.TrimSpace(line); line == "" {
			continue
		}
		if q.none {
			q.first, q.none = Fingerprint(line), false
		} else {
			q.more = append(q.more, Fingerprint(line))
		}
	}
	return q
}

// Fingerprint is 32-bit FNV-1a, written out so it does not allocate.
func Fingerprint(s string) uint32 { return fnvAppend(fnvOffset, s) }

const fnvOffset, fnvPrime = 2166136261, 16777619

// fnvAppend goes on hashing s after what h has hashed.
func fnvAppend(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= fnvPrime
	}
	return h
}

// MarshalText writes the prints as base64 (JSON then quotes it).
func (p Prints) MarshalText() ([]byte, error) {
	raw := make([]byte, 4*len(p))
	for i, h := range p {
		binary.LittleEndian.PutUint32(raw[4*i:], h)
	}
	return base64.RawStdEncoding.AppendEncode(nil, raw), nil
}

// UnmarshalText reads what MarshalText wrote.
func (p *Prints) UnmarshalText(b []byte) error {
	raw, err := base64.RawStdEncoding.AppendDecode(nil, b)
	if err != nil || len(raw)%4 != 0 {
		return fmt.Errorf("prints: not base64 words: %q", b)
	}
	out := make(Prints, len(raw)/4)
	for i := range out {
		out[i] = binary.LittleEndian.Uint32(raw[4*i:])
	}
	*p = out
	return nil
}
