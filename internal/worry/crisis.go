package worry

import (
	"bytes"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/akari"
)

// gapMark joins the two parts of a signal that may have a few characters
// between them ("生きるの…疲れ").
const gapMark = "…"

// gapWindow is how many characters may separate the parts of a gapped
// signal: enough for a particle and an adverb (生きるのにもう疲れた), short
// enough not to join two unrelated clauses.
const gapWindow = 6

// signal is one crisis phrase, normalised (crisisView, UTF-8).
type signal struct {
	a, b []byte // b is nil unless the signal is gapped
	text string // as written, for explanations and tests
	risk akari.Risk
	// ca and cb are a and b in the classifier's view, to mask them out of
	// the text the category is read from.
	ca, cb []rune
}

// crisisMatcher finds crisis signals in a message. Matching is plain
// substring search over the normalised text: with a couple of hundred short
// phrases and one-line messages that is a few microseconds, and unlike a
// statistical model it never "averages away" a rare but explicit phrase.
type crisisMatcher struct {
	signals    []signal
	exclusions [][]byte
}

func newCrisisMatcher(signals, exclusions []crisisPhrase) crisisMatcher {
	var m crisisMatcher
	for _, s := range signals {
		a, b, gapped := strings.Cut(s.text, gapMark)
		sig := signal{a: []byte(string(normalize(nil, a, crisisView))), text: s.text, risk: s.risk, ca: normalize(nil, a, classifierView)}
		if gapped {
			sig.b = []byte(string(normalize(nil, b, crisisView)))
			sig.cb = normalize(nil, b, classifierView)
		}
		m.signals = append(m.signals, sig)
	}
	for _, e := range exclusions {
		m.exclusions = append(m.exclusions, []byte(string(normalize(nil, e.text, crisisView))))
	}
	return m
}

type span struct{ from, to int }

// matchOutside returns the first signal found in text (crisisView, UTF-8)
// outside every exclusion and every span in vetoes, or nil. Signals are
// kept high first, so the first found is the gravest.
func (m *crisisMatcher) matchOutside(text []byte, vetoes []span) *signal {
	var buf [16 + maxHits]span
	excluded := append(buf[:0], vetoes...)
	for _, e := range m.exclusions {
		for off := 0; ; {
			i := bytes.Index(text[off:], e)
			if i < 0 {
				break
			}
			excluded = append(excluded, span{off + i, off + i + len(e)})
			off += i + 1
		}
	}
	inside := func(s span) bool {
		for _, x := range excluded {
			if s.from >= x.from && s.to <= x.to {
				return true
			}
		}
		return false
	}
	for k := range m.signals {
		sig := &m.signals[k]
		for off := 0; ; {
			i := bytes.Index(text[off:], sig.a)
			if i < 0 {
				break
			}
			s := span{off + i, off + i + len(sig.a)}
			off = s.from + 1
			if sig.b != nil {
				end, ok := gapEnd(text, s.to, sig.b)
				if !ok {
					continue
				}
				s.to = end
			}
			if !inside(s) {
				return sig
			}
		}
	}
	return nil
}

// gapEnd looks for b starting within gapWindow characters after from.
func gapEnd(text []byte, from int, b []byte) (int, bool) {
	for k := 0; k <= gapWindow && from <= len(text); k++ {
		if bytes.HasPrefix(text[from:], b) {
			return from + len(b), true
		}
		if from == len(text) {
			break
		}
		_, size := utf8.DecodeRune(text[from:])
		from += size
	}
	return 0, false
}

// mask replaces the signal's words in norm (classifierView) with sep and
// returns how many runes it masked. The category is then read from the
// rest of the message: "消えたい" says nothing about which worry it is.
func (s *signal) mask(norm []rune) int {
	return maskRunes(norm, s.ca) + maskRunes(norm, s.cb)
}

func maskRunes(norm, word []rune) int {
	if len(word) == 0 {
		return 0
	}
	masked := 0
	for i := 0; i+len(word) <= len(norm); i++ {
		if slices.Equal(norm[i:i+len(word)], word) {
			for j := range word {
				norm[i+j] = sep
			}
			masked += len(word)
			i += len(word) - 1
		}
	}
	return masked
}
