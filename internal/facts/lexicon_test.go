package facts

import (
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/pattern/patterntest"
	"github.com/akari-career/akari/internal/worry"
)

// findAllBefore and containsBefore are the lexicon's searches as they were
// before the first runes' bit set (issue #16), word for word.
func (l *lexicon) findAllBefore(s string) []lexMatch {
	var out []lexMatch
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		matched := false
		for _, w := range l.byFirst[r] {
			if len(s)-i >= len(w) && s[i:i+len(w)] == w {
				out = append(out, lexMatch{start: i, end: i + len(w), word: w, canon: l.canon[w]})
				i += len(w)
				matched = true
				break
			}
		}
		if !matched {
			i += size
		}
	}
	return out
}

func (l *lexicon) containsBefore(s string) bool {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		for _, w := range l.byFirst[r] {
			if len(s)-i >= len(w) && s[i:i+len(w)] == w {
				return true
			}
		}
		i += size
	}
	return false
}

// The lexicons find what they found before, on the project's messages and
// on messages made of their own words, among runes that share a word's
// first rune's bit (U+3042 あ and U+3142 ㅂ).
func TestLexiconAgreesWithTheMapAlone(t *testing.T) {
	texts := append([]string(nil), benchMessages...)
	for _, set := range worry.CrisisSets() {
		lines, err := worry.ReadCrisisSet(set.Name)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range lines {
			texts = append(texts, l.Text)
		}
	}
	texts = append(texts, patterntest.ReadTexts(t, "../worry/testdata/heldout.jsonl")...)
	if raceDetector {
		texts = patterntest.Sample(texts, len(texts)/raceSampleDivisor)
		t.Logf("race detector: %d texts (the full run is without it)", len(texts))
	}
	lexicons := []lexicon{newSubjectLexicon(), newLexicon(words("あいう", "あい", "ㅂㅂ", "在宅", "šx", "ab"))}
	for _, lx := range lexicons {
		for w := range lx.canon {
			texts = append(texts, w, "ㅂあ"+w+"š", w+w, "前に"+w+"のあと")
		}
	}
	found := 0
	for _, lx := range lexicons {
		for _, text := range texts {
			want := lx.findAllBefore(text)
			if got := lx.findAll(text); !slices.Equal(got, want) {
				t.Fatalf("findAll(%q) = %v, with the map alone %v", text, got, want)
			}
			if got, want := lx.contains(text), lx.containsBefore(text); got != want {
				t.Fatalf("contains(%q) = %v, with the map alone %v", text, got, want)
			}
			found += len(want)
		}
	}
	if found < 100 {
		t.Errorf("%d words found: the check checks little", found)
	}
	t.Logf("%d texts, %d words found", len(texts), found)
}
