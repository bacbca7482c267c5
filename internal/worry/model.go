package worry

import (
	"cmp"
	"fmt"
	"hash/maphash"
	"io/fs"
	"math"
	"slices"
	"sync"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/jatext"
)

// numCats is the number of classes: the worry categories of akari's table,
// in its order. Scores live in fixed arrays of this size so classifying
// allocates nothing.
const numCats = akari.NumCategories

// LowConfidence is the confidence under which the engine should ask which
// worry the person means instead of acting on the guess. On
// cross-validation a few percent of messages fall below it and are right
// little more than half the time, against over 90% above it (Stats reports
// the figures for the files loaded; docs/classifier.md quotes them).
const LowConfidence = 0.5

// Model is the offline classifier, trained at Load from the example
// messages, plus crisis phrase matching.
//
// It blends two linear models over the same character n-grams: binarised
// multinomial naive Bayes with IDF weighting, and multinomial logistic
// regression (logreg.go says why both). With a few dozen examples per
// category, naive Bayes is the well-founded start: generative models reach
// their best accuracy with far fewer examples than discriminative ones (Ng
// & Jordan, 2002), and binarised NB is a strong baseline for short texts
// (Wang & Manning, 2012). Raw NB posteriors are overconfident because
// overlapping n-grams are far from independent, so the blend weights double
// as a temperature: they are fitted at Load to minimise the log loss of
// 5-fold cross-validated predictions (Guo et al., 2017), which makes the
// confidence mean what it says — 0.8 is right about 80% of the time.
//
// A Model is immutable after Load, but for the scores it remembers of the
// messages it read last (recent), and safe for concurrent use.
type Model struct {
	infos  []CategoryInfo // in akari.Categories() order
	nb, lr weights
	blend  blend
	crisis crisisMatcher
	// constructions and risk read the crisis risk (risk.go).
	constructions constructionSet
	lex           lexicon // every word the two above look for
	risk          riskModel
	gate          modelGate // how sure risk must be alone (risk.go)
	// level tells high from concern among crisis lines (risk.go, raise).
	level riskModel
	// kanaRisk is the risk model for messages typed in kana alone,
	// trained on those only (kanaTraining).
	kanaRisk riskModel
	// english is the risk model for messages written mostly in English,
	// over their words (enFeatures; englishTraining).
	english riskModel
	stats   Stats
	// sets caches CrisisSetReports.
	sets struct {
		once    sync.Once
		reports []SetReport
		err     error
	}
	// recent are the category scores of the last messages analysed: the
	// engine asks Likely about the message it has just classified, which
	// need not be analysed a second time.
	recent recentScores
}

// recentAnalyses is how many messages' scores a Model remembers: enough
// for every worker's message between its Classify and its Likely.
const recentAnalyses = 64

// recentScores is a ring of the last messages analysed and their scores.
// A message is known by a 64-bit hash of it (and its length), not kept:
// the person's words are not held here after their event, whoever asks
// to erase them. Two messages with one hash and length would share
// scores; with a seed of the model's own that is a chance in 2⁶⁴ per
// look-up.
type recentScores struct {
	mu   sync.Mutex
	seed maphash.Seed
	next int
	ring [recentAnalyses]scoredText
}

type scoredText struct {
	hash  uint64
	size  int
	probs [numCats]float64
	set   bool
}

func (r *recentScores) put(text string, probs [numCats]float64) {
	r.mu.Lock()
	r.ring[r.next] = scoredText{hash: maphash.String(r.seed, text), size: len(text), probs: probs, set: true}
	r.next = (r.next + 1) % recentAnalyses
	r.mu.Unlock()
}

// get returns the scores of text if it is among the messages analysed
// last; the newest first, though any copy holds the same scores (analyse
// is a pure function of the text).
func (r *recentScores) get(text string) (probs [numCats]float64, ok bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	h := maphash.String(r.seed, text)
	for i := range recentAnalyses {
		e := &r.ring[(r.next-1-i+recentAnalyses)%recentAnalyses]
		if e.set && e.hash == h && e.size == len(text) {
			return e.probs, true
		}
	}
	return probs, false
}

// blend says how the two models' scores add up: nb·NB + lr·LR, softmaxed.
type blend struct{ nb, lr float64 }

func (b blend) probs(nb, lr [numCats]float64) [numCats]float64 {
	var s [numCats]float64
	for c := range numCats {
		s[c] = b.nb*nb[c] + b.lr*lr[c]
	}
	return softmax(s)
}

// Stats describes what Load learned, for logs and docs.
type Stats struct {
	Examples int // training messages
	Features int // distinct n-grams
	// CVAccuracy is the 5-fold cross-validated accuracy on the examples.
	CVAccuracy float64
	// CVConfidentAccuracy is that accuracy on the predictions at or above
	// LowConfidence, CVLowAccuracy below it, and CVLowShare the share of
	// predictions below it.
	CVConfidentAccuracy, CVLowAccuracy, CVLowShare float64
	// BlendNB and BlendLR are the fitted weights of the two models.
	BlendNB, BlendLR float64
	Signals          int // crisis phrases
	// CrisisCorpus and CrisisNegatives count the risk model's training
	// lines and, of them, those labelled none.
	CrisisCorpus, CrisisNegatives int
}

// Load reads categories/*.yaml and crisis.yaml from fsys and trains the
// model. Every problem in the files is reported, as file:line.
func Load(fsys fs.FS) (*Model, error) {
	set, problems := readPrompts(fsys)
	if len(problems) > 0 {
		return nil, fmt.Errorf("load worry classifier: %w", problems)
	}
	return train(set), nil
}

// train builds the model from parsed prompt files.
func train(set *promptSet) *Model {
	docs := make([][]uint64, len(set.examples))
	labels := make([]int, len(set.examples))
	var norm []rune
	for i, ex := range set.examples {
		norm = normalize(norm[:0], ex.text, classifierView)
		docs[i] = features(nil, norm)
		labels[i] = ex.cat
	}
	all := make([]int, len(docs))
	for i := range all {
		all[i] = i
	}
	// The three risk models train on the corpus while the category models
	// train on the examples: start-up waits for the slowest, not the sum.
	var risk, level, kana, english riskModel
	var wg sync.WaitGroup
	wg.Go(func() { risk = trainRiskModel(riskTraining(set), isCrisis) })
	wg.Go(func() { english = trainOn(englishTraining(set), isCrisis, enFeaturesOf) })
	wg.Go(func() { kana = trainRiskModelOn(kanaTraining(set), isCrisis, true) })
	wg.Go(func() { level = trainRiskModel(levelTraining(set), isHigh) })
	b, cv := calibrate(docs, labels)
	nb, lr := trainNaiveBayes(docs, labels, all), trainLogReg(docs, labels, all)
	wg.Wait()
	m := &Model{
		infos:  set.infos,
		nb:     nb,
		lr:     lr,
		blend:  b,
		crisis: newCrisisMatcher(set.signals, set.exclusions),
		// Built per model rather than once per process: no package state.
		constructions: newConstructionSet(),
		risk:          risk,
		level:         level,
		kanaRisk:      kana,
		english:       english,
		gate:          defaultGate(),
	}
	m.recent.seed = maphash.MakeSeed()
	m.constructions.addTo(&m.lex)
	m.crisis.addTo(&m.lex)
	m.lex.build()
	m.stats = Stats{
		Examples:            len(docs),
		Features:            len(m.nb.index),
		CVAccuracy:          cv.accuracy,
		CVConfidentAccuracy: cv.confidentAccuracy,
		CVLowAccuracy:       cv.lowAccuracy,
		CVLowShare:          cv.lowShare,
		BlendNB:             b.nb,
		BlendLR:             b.lr,
		Signals:             len(set.signals),
		CrisisCorpus:        len(set.corpus),
	}
	for _, l := range set.corpus {
		if !l.risk.Crisis() {
			m.stats.CrisisNegatives++
		}
	}
	return m
}

// softmax turns scores into probabilities.
func softmax(s [numCats]float64) (p [numCats]float64) {
	top := slices.Max(s[:])
	var sum float64
	for c := range numCats {
		p[c] = math.Exp(s[c] - top)
		sum += p[c]
	}
	for c := range numCats {
		p[c] /= sum
	}
	return p
}

// folds is the number of cross-validation folds used to calibrate.
const folds = 5

// cvResult is how the out-of-fold predictions fared with the fitted blend.
type cvResult struct {
	accuracy, confidentAccuracy, lowAccuracy, lowShare float64
}

// calibrate fits the blend weights that minimise the log loss of
// out-of-fold predictions, and reports how those predictions fared.
func calibrate(docs [][]uint64, labels []int) (blend, cvResult) {
	type scored struct {
		nb, lr [numCats]float64
		label  int
	}
	var out []scored
	for k := range folds {
		var train, test []int
		for i := range docs {
			if i%folds == k {
				test = append(test, i)
			} else {
				train = append(train, i)
			}
		}
		if len(train) == 0 || len(test) == 0 {
			continue
		}
		nb, lr := trainNaiveBayes(docs, labels, train), trainLogReg(docs, labels, train)
		for _, i := range test {
			o := scored{label: labels[i]}
			o.nb, _ = nb.scores(docs[i])
			o.lr, _ = lr.scores(docs[i])
			out = append(out, o)
		}
	}
	best := blend{nb: 1.0 / 40, lr: 1}
	if len(out) == 0 {
		return best, cvResult{}
	}
	bestLoss := math.Inf(1)
	// NB scores are sums of tens of log-likelihoods and need shrinking by
	// one or two orders of magnitude; LR scores are near calibrated already.
	for _, a := range []float64{0, 0.005, 0.01, 0.015, 0.02, 0.03, 0.04, 0.05, 0.07, 0.1, 0.15, 0.2, 0.3, 0.5} {
		for b := 0.0; b <= 2.0; b += 0.1 {
			bl := blend{nb: a, lr: b}
			var loss float64
			for _, o := range out {
				p := bl.probs(o.nb, o.lr)
				loss -= math.Log(max(p[o.label], 1e-12))
			}
			if loss < bestLoss {
				bestLoss, best = loss, bl
			}
		}
	}
	var correct, low, lowCorrect int
	for _, o := range out {
		p := best.probs(o.nb, o.lr)
		c := argmax(p)
		if c == o.label {
			correct++
		}
		if p[c] < LowConfidence {
			low++
			if c == o.label {
				lowCorrect++
			}
		}
	}
	return best, cvResult{
		accuracy:          float64(correct) / float64(len(out)),
		confidentAccuracy: float64(correct-lowCorrect) / float64(max(len(out)-low, 1)),
		lowAccuracy:       float64(lowCorrect) / float64(max(low, 1)),
		lowShare:          float64(low) / float64(len(out)),
	}
}

func argmax(s [numCats]float64) int {
	best := 0
	for c := 1; c < numCats; c++ {
		if s[c] > s[best] {
			best = c
		}
	}
	return best
}

// pureCrisis: a crisis message with fewer characters than this left once
// the crisis words are masked is about the crisis alone.
const pureCrisis = 4

// maxStackRunes bounds the messages classified without heap allocation;
// longer ones work the same, with a few allocations.
const maxStackRunes = 256

// analysis is one message as the model sees it.
type analysis struct {
	probs  [numCats]float64
	known  int // n-grams the model knows
	length int // normalised characters
	crisis *signal
	risk   riskResult
}

// scratch holds the buffers one analysis works in. They are too large for
// the stack of the goroutine that handles an event — a fresh one per
// person's lane, whose stack would grow by copying on every message — so
// they are pooled instead, and analysing allocates nothing.
type scratch struct {
	runes [maxStackRunes]rune
	feats [(maxStackRunes + 2) * maxGram]uint64
	bytes [maxStackRunes * 3]byte
	occs  [128]occurrence
	hits  hits
	spans [maxHits + maxPairSides]span
	// hard are the spans of veto constructions and settled words alone
	// (see conceptPair.overVetoes).
	hard [maxHits]span
	// quieted are the words of concept pairs their context quiets.
	quieted [maxPairSides]span
	// joined and jfeats are a kana message's classifier view without its
	// separators, and its features.
	joined [maxStackRunes]rune
	jfeats [(maxStackRunes + 2) * maxGram]uint64
	// ends are where the message's sentences end in the crisis view;
	// starts, where its words start after a separator.
	ends   [maxSentences]int32
	starts [maxWords]int32
}

// maxSentences bounds the sentence ends kept per message; past it the
// last sentence runs to the end of the message.
const maxSentences = 32

// maxWords bounds the word starts kept per message, past which (an
// append past the buffer) analysing allocates.
const maxWords = 64

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

func (m *Model) analyse(text string) analysis {
	a := m.analyseText(text)
	if kana, ok := jatext.FromRomaji(text); ok {
		// Romaji is read both as typed — the rules know some of it
		// (shinitai, kms) — and as the kana it spells, for the higher
		// risk. The worry stays the typed reading's: loanwords spelt in
		// romaji (remote) are no kana. On the kept crisis sets: six more
		// lines caught, no more false alarms (docs/classifier.md, round 20).
		// The model alone reads the kana of romaji less surely than typed
		// kana (Mou shinu, kyou no kyaku ooosugi: 0.77, where もう死ぬ、今日の
		// 客多すぎ is 0.01): alone, it must be as sure as over words set
		// aside (crisis set 408, round 54).
		if k := m.analyseText(kana); riskRank(k.risk.risk) > riskRank(a.risk.risk) && (k.risk.why != "model" || k.risk.prob >= modelSure) {
			a.risk = k.risk
		}
	}
	m.recent.put(text, a.probs)
	return a
}

// kanaSure is how sure the models are, together, that a message typed in
// kana alone shows a crisis: the main model's reading, or the mean of its
// and the kana model's log-odds when that is higher. The kana model only
// ever adds: a message the main model is sure of stays so (かみそり
// あててる). Averaged both ways the two lost plain signs the main model
// alone had caught (やめさせて くれんなら しぬ); taken at the higher of the
// two models, a third more signs came with three times the new false
// alarms (docs/classifier.md, round 41).
func kanaSure(main, kana float64) float64 {
	return max(main, sigmoid((logit(main)+logit(kana))/2))
}

// readRisk is detectRisk with the kana model's word on a message typed in
// kana alone (allKana): it may raise a concern no rule saw, and vetoes
// nothing — a rule's reading is set aside by the main model's prob alone
// (judge).
func (m *Model) readRisk(b []byte, ends []int32, prob float64, feats []uint64, allKana bool, text string, s *scratch) riskResult {
	sure := prob
	if allKana {
		sure = kanaSure(prob, m.kanaRisk.prob(feats))
	}
	r := m.detectRisk(b, ends, sure, asks(text), vanishElongated(text), s)
	if r.why != "model" {
		r.prob = prob
	}
	return r
}

// logit is sigmoid's inverse, kept finite at 0 and 1.
func logit(p float64) float64 {
	p = min(max(p, 1e-9), 1-1e-9)
	return math.Log(p / (1 - p))
}

func (m *Model) analyseText(text string) analysis { return m.analyseTextAs(text, true) }

// analyseTextAs is analyseText; whole is false for a sentence of a long
// message read on its own (readSentences): its risk only — not split
// again, and no worry scored, which the sentence's reader never uses.
func (m *Model) analyseTextAs(text string, whole bool) analysis {
	s := scratchPool.Get().(*scratch)
	defer scratchPool.Put(s)
	var a analysis

	mk := marks{ends: s.ends[:0], starts: s.starts[:0]}
	cv := normalizeMarked(s.runes[:0], text, crisisView, &mk)
	hira, kanji := kanaCounts(cv)
	kana := typedInKana(hira, kanji)
	allKana := kana && kanji == 0
	cv = cv[:kanaReadings.read(cv, kana, &mk)]
	if kana {
		mk.ends = mk.ends[:0]
	}
	b := crisisText(s.bytes[:0], cv)
	ends := byteOffsets(mk.ends, cv)
	norm := s.classifierView(text, kana)
	a.length = len(norm)
	feats := features(s.feats[:0], norm)
	prob := m.risk.prob(feats)
	if allKana && len(norm) <= maxJoinedRunes {
		// A message typed in kana is often typed a word at a time (かぞく に
		// ほけんきん のこせる かな): the risk model, which learnt its words
		// mostly run together, reads a short one both ways and keeps the
		// higher (see maxJoinedRunes).
		prob = max(prob, m.risk.prob(features(s.jfeats[:0], withoutSeps(s.joined[:0], norm))))
	}
	a.risk = m.readRisk(b, ends, prob, feats, allKana, text, s)
	m.judge(&a.risk, norm, feats)
	m.readEnglish(&a.risk, text)
	if !whole {
		return a
	}
	m.readSentences(&a.risk, text)
	a.crisis = a.risk.signal
	if rest := withoutOpening(text); len(rest) < len(text) {
		// The worry is read after the opening (あかりちゃん聞いて、…);
		// the risk, over the whole message.
		norm = s.classifierView(rest, kana)
		a.length = len(norm)
		feats = features(s.feats[:0], norm)
	}
	if a.crisis != nil {
		if n := a.crisis.mask(norm); n > 0 {
			a.length -= n
			feats = features(s.feats[:0], norm)
		}
	}
	nb, known := m.nb.scores(feats)
	lr, _ := m.lr.scores(feats)
	a.known = known
	a.probs = m.blend.probs(nb, lr)
	return a
}

// judge settles the risk the detector read: a concern the level model is
// sure of made high, "kms" between separators (which the crisis view
// drops), and the risk model's veto — a rule's reading of a message the
// model is all but certain shows no risk (below the gate's veto, modelVeto) is set aside:
// hyperbole, a joke, a story, a topic no rule lists as ordinary
// (消えたいw 会議でミュート忘れてた, 終活セミナーの研修で遺書を書くワーク).
func (m *Model) judge(r *riskResult, norm []rune, feats []uint64) {
	m.raise(r, feats)
	if r.risk != akari.RiskHigh && hasToken(norm, "kms") && !kmsLaughed(norm) {
		*r = riskResult{risk: akari.RiskHigh, why: "kms", prob: r.prob}
	}
	if r.risk == akari.RiskNone || r.why == "model" {
		return
	}
	switch {
	case r.prob < m.gate.veto:
		*r = riskResult{risk: akari.RiskNone, why: "model veto", prob: r.prob}
	case r.jest && r.prob < m.gate.vetoJest:
		*r = riskResult{risk: akari.RiskNone, why: vetoedInJest, prob: r.prob, jestRisk: r.risk}
	}
}

// vetoedInJest explains a wish said in jest as often as not that the
// risk model set aside.
const vetoedInJest = "model veto, in jest"

// Classify says which worry text is about and whether it shows a crisis.
// Crisis detection is independent of the category. With nothing the model
// recognises (an empty message, emoji only), the answer is "other" with
// the lowest confidence.
func (m *Model) Classify(text string) akari.Classification {
	return m.classification(m.analyse(text))
}

func (m *Model) classification(a analysis) akari.Classification {
	c := akari.Classification{Crisis: a.risk.risk.Crisis(), Risk: a.risk.risk, Jest: a.risk.jestRisk, Source: "offline"}
	if a.known == 0 {
		c.Category, c.Confidence = akari.Other, 1.0/float64(numCats)
		return c
	}
	best := argmax(a.probs)
	c.Category, c.Confidence = m.infos[best].ID, a.probs[best]
	if c.Crisis && (c.Confidence < LowConfidence || a.length < pureCrisis) {
		// "もう死にたい" names no work worry once the crisis words are
		// masked; a guess would only mislead whoever reads the
		// conversation later.
		c.Category = akari.Other
	}
	return c
}

// IsLowConfidence reports whether c is too unsure to act on; the engine
// then asks a clarifying question.
func (m *Model) IsLowConfidence(c akari.Classification) bool {
	return c.Confidence < LowConfidence
}

// CrisisSignal explains a crisis flag in logs, tests and the studio: the
// crisis.yaml phrase, the construction's name, or "model" when the risk
// model raised a concern. ok is false when the message shows no risk.
func (m *Model) CrisisSignal(text string) (why string, ok bool) {
	r := m.analyse(text).risk
	if !r.risk.Crisis() {
		return "", false
	}
	return r.why, true
}

// RiskProbability is how sure the risk model is that text shows a
// crisis (0–1), whatever the rules read: for a sign the model alone reads,
// how sure it is of it.
func (m *Model) RiskProbability(text string) float64 { return m.analyse(text).risk.prob }

// Categories describes the categories as the prompt files do, in display
// order.
func (m *Model) Categories() []CategoryInfo { return slices.Clone(m.infos) }

// Labels gives each category its label and description in one line, the
// form the LLM classifier's prompt wants.
func (m *Model) Labels() map[akari.Category]string {
	out := make(map[akari.Category]string, len(m.infos))
	for _, in := range m.infos {
		out[in.ID] = in.Label + "：" + in.Description
	}
	return out
}

// Stats says what Load learned.
func (m *Model) Stats() Stats { return m.stats }

// Likely returns up to n work worries text may be about, most likely first
// ("other" left out): the choices Akari offers when she is unsure.
func (m *Model) Likely(text string, n int) []akari.Category {
	probs, ok := m.recent.get(text)
	if !ok {
		probs = m.analyse(text).probs
	}
	return m.likely(probs, n)
}

func (m *Model) likely(probs [numCats]float64, n int) []akari.Category {
	idx := make([]int, 0, numCats)
	for i := range numCats {
		if m.infos[i].ID != akari.Other {
			idx = append(idx, i)
		}
	}
	slices.SortStableFunc(idx, func(x, y int) int { return cmp.Compare(probs[y], probs[x]) })
	out := make([]akari.Category, 0, n)
	for _, i := range idx[:min(n, len(idx))] {
		out = append(out, m.infos[i].ID)
	}
	return out
}

// classifierView is text in the classifier's view, in s.runes: a message
// typed in kana read with the kanji of its words, where a word starts only
// for the short ones (the marks are kept for it alone).
func (s *scratch) classifierView(text string, kana bool) []rune {
	if !kana {
		return normalize(s.runes[:0], text, classifierView)
	}
	wk := marks{starts: s.starts[:0]}
	norm := normalizeMarked(s.runes[:0], text, classifierView, &wk)
	return norm[:kanaReadings.read(norm, true, &wk)]
}

// maxJoinedRunes bounds the messages typed in kana alone that the risk
// model also reads with their words run together. Longer ones gave false
// alarms (ためてた ゆうきゅう 30にち ある。ぜんぶ つかって やめる つもり):
// negations, and whose words they are, sit in the spaces. On the sets
// arrived in round 36: eight more short signs caught, no false alarm more
// on any set (docs/classifier.md, round 36).
const maxJoinedRunes = 28

// withoutSeps appends to dst the runes of norm but its separators.
func withoutSeps(dst, norm []rune) []rune {
	for _, r := range norm {
		if r != sep {
			dst = append(dst, r)
		}
	}
	return dst
}
