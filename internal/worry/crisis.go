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

// crisisMatcher finds crisis signals in a message. Matching is substring
// search over the normalised text, all phrases at once through the
// detector's lexicon (lexicon.go); unlike a statistical model it never
// "averages away" a rare but explicit phrase.
type crisisMatcher struct {
	signals    []signal
	exclusions [][]byte
	// lowered[k] is signals[k] one level lower, for a phrase read as a
	// degree (死にたいくらい).
	lowered []signal
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
	for _, s := range m.signals {
		s.risk = lower(s.risk)
		m.lowered = append(m.lowered, s)
	}
	for _, e := range exclusions {
		m.exclusions = append(m.exclusions, []byte(string(normalize(nil, e.text, crisisView))))
	}
	return m
}

type span struct{ from, to int }

// addTo registers the phrases and exclusions with the lexicon: the first
// part of a gapped phrase is what is looked for.
func (m *crisisMatcher) addTo(l *lexicon) {
	for k := range m.signals {
		l.add(m.signals[k].a, use{kind: useSignal, idx: uint16(k)})
	}
	for k, e := range m.exclusions {
		l.add(e, use{kind: useExclusion, idx: uint16(k)})
	}
}

// matchOutside returns the gravest phrase found in text (crisisView,
// UTF-8) — the first listed of that level — that overlaps no exclusion and
// no span in vetoes and is not denied or hyperbole (see
// constructionSet.read), or nil. Overlapping is enough to ignore it: the
// phrase もう終わりにしたい in この案件、もう終わりにしたい is the same words
// as the construction its work object vetoed. jestOnly reports that every
// phrase found overlaps a span in jests: the same words a construction
// said in jest as often as not read (construction.jest).
func (m *crisisMatcher) matchOutside(text []byte, lex *lexicon, occs []occurrence, cs *constructionSet, vetoes, jests []span) (best *signal, jestOnly bool) {
	var buf [16 + maxHits]span
	excluded := append(buf[:0], vetoes...)
	for _, o := range occs {
		for _, u := range lex.uses[o.word] {
			if u.kind == useExclusion {
				excluded = append(excluded, span{int(o.at), int(o.at) + len(lex.words[o.word])})
			}
		}
	}
	jestOnly = true
	bestIdx := len(m.signals)
	for _, o := range occs {
		for _, u := range lex.uses[o.word] {
			if u.kind != useSignal {
				continue
			}
			sig := &m.signals[u.idx]
			s := span{int(o.at), int(o.at) + len(sig.a)}
			if sig.b != nil {
				end, ok := gapEnd(text, s.to, sig.b)
				if !ok {
					continue
				}
				s.to = end
			}
			if overlaps(s, excluded) {
				continue
			}
			risk := sig.risk
			if s.from < len(text) && text[s.from] < utf8.RuneSelf && cs.englishDenied(text, s.from) {
				continue
			}
			switch cs.read(text, s.from, s.from+len(sig.a), s.to) {
			case figurative:
				continue
			case lowered:
				risk = lower(risk)
				if risk == akari.RiskNone {
					continue
				}
			}
			jestOnly = jestOnly && overlaps(s, jests)
			if best == nil || riskRank(risk) > riskRank(best.risk) || riskRank(risk) == riskRank(best.risk) && int(u.idx) < bestIdx {
				best, bestIdx = sig, int(u.idx)
				if risk != sig.risk {
					// A lowered phrase is reported at its lowered level.
					best = &m.lowered[u.idx]
				}
			}
		}
	}
	return best, jestOnly
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
