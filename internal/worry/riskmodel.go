package worry

import (
	"math"

	"github.com/akari-career/akari/internal/akari"
)

// riskModel is binary logistic regression over the classifier's character
// n-grams, trained on crisis/corpus.yaml: how likely a message is to show
// suicidal thoughts or self-harm at all. The construction detector
// (construction.go) knows the grammar of a wish and its object; the model
// knows the vocabulary around it (疲れた, 限界, 楽に, 眠り…) that no rule
// lists, and the hard negatives in the corpus teach it what work talk about
// ending, vanishing and dying looks like. Neither alone decides a concern on
// a weak signal: see riskOf in risk.go.
type riskModel struct {
	w    featureTable[float32]
	bias float64
}

// Training settings. The corpus is a few hundred short lines, so a few
// dozen passes converge; the ridge penalty keeps one-off n-grams small.
const (
	riskEpochs = 40
	riskRate   = 0.2
	riskL2     = 0.002
)

// riskTraining is the corpus plus every category example as a none line:
// the corpus's negatives are hard ones, full of 死 and 消え, and without
// the plain work messages the model would not know what ordinary talk
// looks like (no example is a crisis; TestCrisisQuietOnExamples holds it).
func riskTraining(set *promptSet) []corpusLine {
	out := make([]corpusLine, 0, len(set.corpus)+len(set.examples))
	for _, l := range set.corpus {
		if l.file != kanaCorpusFile && l.file != kanaReadFile && l.file != englishCorpusFile {
			out = append(out, l)
		}
	}
	for _, ex := range set.examples {
		out = append(out, corpusLine{text: ex.text, risk: akari.RiskNone, line: ex.line})
	}
	return out
}

// kanaTraining is every line typed in kana alone — crisis/kana.yaml, the
// corpus's and the examples' (as none) — for the kana risk model, which
// reads only messages typed so (Model.analyseText).
func kanaTraining(set *promptSet) []corpusLine {
	var out []corpusLine
	var norm []rune
	kanaOnly := func(text string) bool {
		norm = normalize(norm[:0], text, crisisView)
		hira, kanji := kanaCounts(norm)
		return typedInKana(hira, kanji) && kanji == 0
	}
	for _, l := range set.corpus {
		if l.file == kanaCorpusFile || l.file == kanaReadFile || kanaOnly(l.text) {
			out = append(out, l)
		}
	}
	for _, ex := range set.examples {
		if kanaOnly(ex.text) {
			out = append(out, corpusLine{text: ex.text, risk: akari.RiskNone, line: ex.line})
		}
	}
	return out
}

// levelTraining is the corpus's crisis lines, for the model that tells
// high from concern.
func levelTraining(set *promptSet) []corpusLine {
	var out []corpusLine
	for _, l := range set.corpus {
		if l.risk.Crisis() && l.file != kanaCorpusFile && l.file != kanaReadFile && l.file != englishCorpusFile {
			out = append(out, l)
		}
	}
	return out
}

// isCrisis and isHigh are what the two models learn to tell apart.
func isCrisis(r akari.Risk) bool { return r.Crisis() }
func isHigh(r akari.Risk) bool   { return r == akari.RiskHigh }

// trainRiskModel fits a model on the corpus lines, positive where
// positive(risk) holds: crisis (concern or high) against none for the
// risk model, high against concern for the level model. Each pass
// visits the lines in an order set by their own text (visitOrder), so a
// line added or removed changes the model by that line's updates alone.
// Each n-gram gets a dense index first: the corpus is thousands of lines,
// and forty passes of map lookups per feature were most of the start-up
// time.
func trainRiskModel(lines []corpusLine, positive func(akari.Risk) bool) riskModel {
	return trainRiskModelOn(lines, positive, false)
}

// trainRiskModelOn is trainRiskModel; with readings, each line is read as
// a message typed in kana is at run time (kanaReadings: 会社 for かいしゃ).
func trainRiskModelOn(lines []corpusLine, positive func(akari.Risk) bool, readings bool) riskModel {
	var norm []rune
	var wk marks
	return trainOn(lines, positive, func(dst []uint64, text string) []uint64 {
		if readings {
			wk = marks{starts: wk.starts[:0]}
			norm = normalizeMarked(norm[:0], text, classifierView, &wk)
			norm = norm[:kanaReadings.read(norm, true, &wk)]
		} else {
			norm = normalize(norm[:0], text, classifierView)
		}
		return features(dst, norm)
	})
}

// trainOn fits a model on lines with the features featurize appends for
// each line's text.
func trainOn(lines []corpusLine, positive func(akari.Risk) bool, featurize func(dst []uint64, text string) []uint64) riskModel {
	index := map[uint64]int32{}
	var ids []uint64 // ids[i] is the n-gram of index i
	docs := make([][]int32, len(lines))
	ys := make([]float64, len(lines))
	var feats []uint64
	for i, l := range lines {
		feats = featurize(feats[:0], l.text)
		doc := make([]int32, len(feats))
		for k, f := range feats {
			j, ok := index[f]
			if !ok {
				j = int32(len(ids))
				index[f] = j
				ids = append(ids, f)
			}
			doc[k] = j
		}
		docs[i] = doc
		if positive(l.risk) {
			ys[i] = 1
		}
	}
	w := make([]float64, len(ids))
	var bias float64
	texts := make([]string, len(lines))
	for i, l := range lines {
		texts[i] = l.text
	}
	var order visitOrder
	for ep := range riskEpochs {
		order.shuffle(texts, ep)
		rate := riskRate / (1 + float64(ep)*0.1)
		for _, d := range order.lines {
			s := bias
			for _, f := range docs[d] {
				s += w[f]
			}
			g := sigmoid(s) - ys[d]
			bias -= rate * g
			for _, f := range docs[d] {
				w[f] -= rate * (g + riskL2*w[f])
			}
		}
	}
	weights := make(map[uint64]float32, len(w))
	for j, v := range w {
		weights[ids[j]] = float32(v)
	}
	return riskModel{w: newFeatureTable(weights), bias: bias}
}

// prob is the probability that a message with these features (from
// features, on the classifierView text) shows a crisis; 0 for an
// untrained model.
func (m *riskModel) prob(feats []uint64) float64 {
	if m.w.slots == nil {
		return 0
	}
	s := m.bias
	for _, f := range feats {
		// A feature the model does not know adds zero, as the map it
		// was read from did (which turns a sum of -0 into +0).
		v, _ := m.w.get(f)
		s += float64(v)
	}
	return sigmoid(s)
}

func sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }

// englishTraining is every line written mostly in English — the English
// corpus's, the other corpus files' and the examples' (as none) — for the
// English risk model, which reads only messages written so (readEnglish).
func englishTraining(set *promptSet) []corpusLine {
	var out []corpusLine
	for _, l := range set.corpus {
		if l.file == englishCorpusFile || l.file != kanaCorpusFile && l.file != kanaReadFile && mostlyEnglish(l.text) {
			out = append(out, l)
		}
	}
	for _, ex := range set.examples {
		if mostlyEnglish(ex.text) {
			out = append(out, corpusLine{text: ex.text, risk: akari.RiskNone, line: ex.line})
		}
	}
	return out
}
