package worry

import (
	"unicode/utf8"

	"github.com/akari-career/akari/internal/akari"
)

// Risk detection puts four readers of a message together:
//
//   - the constructions (construction.go): grammar, with objects, quotes
//     and idioms — they decide high and most concerns, and their vetoes
//     keep work talk quiet;
//   - the concept pairs (concepts.go): a means or a place next to an act
//     on oneself, a farewell next to an absence, a wish next to a body
//     that stops — what is said without a word of death;
//   - the phrases of crisis.yaml (crisis.go): what operators add without a
//     code change, at the level of the list they are in (signals: high,
//     concern: concern); a phrase inside a veto is ignored;
//   - the risk model (riskmodel.go), trained on crisis/corpus.yaml: it
//     raises a concern on its own only when it is sure (modelAlone), and
//     with a weak risk word (死, 消え, 眠, ホーム…) outside every veto when
//     it leans that way (modelWithWord).
//
// The level is the highest any of them gives. The thresholds were set on
// the opened crisis sets after the corpus grew to two thousand lines: the
// model is right more often, and surer when wrong (0.999 on distress with
// no death in it), so it speaks alone only when all but certain.
const (
	modelWithWord = 0.85
	modelAlone    = 0.99
)

// riskResult is the risk of one message and why.
type riskResult struct {
	risk   akari.Risk
	signal *signal // the crisis.yaml phrase, for masking and explanations
	why    string  // construction name, phrase or "model"
	prob   float64 // the model's probability
}

// detectRisk reads text (crisisView, UTF-8) with prob, the risk model's
// probability for the same message.
func (m *Model) detectRisk(text []byte, prob float64, s *scratch) riskResult {
	occs := m.lex.scan(text, s.occs[:0])
	hs := &s.hits
	hs.n = 0
	m.constructions.find(text, &m.lex, occs, hs)
	vetoes := s.spans[:0]
	r := riskResult{risk: akari.RiskNone}
	for i := range hs.n {
		h := &hs.list[i]
		switch {
		case h.risk == akari.RiskNone || h.vetoed:
			vetoes = append(vetoes, h.span)
		case riskRank(h.risk) > riskRank(r.risk):
			r.risk, r.why = h.risk, h.c.name
		}
	}
	risk, why, quieted := m.constructions.findPairs(text, &m.lex, occs, vetoes, s.quieted[:0])
	if riskRank(risk) > riskRank(r.risk) {
		r.risk, r.why = risk, why
	}
	if sig := m.crisis.matchOutside(text, &m.lex, occs, &m.constructions, vetoes); sig != nil {
		r.signal = sig
		if riskRank(sig.risk) > riskRank(r.risk) {
			r.risk, r.why = sig.risk, sig.text
		}
	}
	r.prob = prob
	if r.risk == akari.RiskNone {
		// Where the detector read the risky words and set them aside
		// (denied, hyperbole, a work object, a veto), the model, which
		// sees only vocabulary, needs a weak word outside them too.
		// The words of a pair quieted by its context are set aside for
		// the model too.
		vetoes = append(vetoes, quieted...)
		alone := r.prob >= modelAlone && len(vetoes) == 0
		if alone || r.prob >= modelWithWord && m.constructions.weakSeen(text, &m.lex, occs, vetoes) {
			r.risk, r.why = akari.RiskConcern, "model"
		}
	}
	return r
}

func riskRank(r akari.Risk) int {
	switch r {
	case akari.RiskHigh:
		return 2
	case akari.RiskConcern:
		return 1
	}
	return 0
}

// crisisText appends the crisisView of s to dst as UTF-8.
func crisisText(dst []byte, runes []rune) []byte {
	for _, r := range runes {
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// hasToken reports whether norm (classifierView) holds word between
// separators or the ends of the message.
func hasToken(norm []rune, word string) bool {
	n := utf8.RuneCountInString(word)
	for i := 0; i+n <= len(norm); i++ {
		if (i > 0 && norm[i-1] != sep) || (i+n < len(norm) && norm[i+n] != sep) {
			continue
		}
		j, match := i, true
		for _, r := range word {
			if norm[j] != r {
				match = false
				break
			}
			j++
		}
		if match {
			return true
		}
	}
	return false
}
