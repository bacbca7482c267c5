package worry

import (
	"io/fs"
	"math"
	"os"
	"slices"
	"testing"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/jatext"
	"github.com/akari-career/akari/internal/pattern/patterntest"
	"github.com/akari-career/akari/prompts"
)

// This file keeps the classifier's reading of a message as it was before
// the sixth performance pass, to hold the new one to it: every message of
// the project's sets must get the same category, the same confidence to
// the bit, the same risk and the same crisis flag.

// normalizeByTables is normalize before the sixth pass, with the rune
// classes looked up in Unicode's tables (runeclass_test.go).
func normalizeByTables(dst []rune, s string, v view) []rune {
	start := len(dst)
	dst = jatext.AppendFold(dst, s)
	out := start
	prevMask := false
	afterSep := false // a separator since the last rune kept
	for i := start; i < len(dst); i++ {
		r := jatext.FoldKanaRune(dst[i])
		if v == crisisView {
			r = emojiWord(r)
		}
		if isMask(r) {
			masked := prevMask
			prevMask = true
			if !masked {
				prev := rune(-1)
				if out > start {
					prev = dst[out-1]
				}
				if u, ok := unmaskByTables(prev, dst[i+1:]); ok {
					r = u
				}
			}
		} else if !isInvisibleByTables(r) {
			prevMask = false
		}
		switch {
		case jatext.IsSoundMark(r):
			continue
		case r == 'ー':
			if v == crisisView {
				continue
			}
		case isSeparatorByTables(r):
			afterSep = true
			if v == crisisView || out == start || dst[out-1] == sep {
				continue
			}
			dst[out] = sep
			out++
			continue
		case isInvisibleByTables(r):
			continue
		}
		if n := out - start; n >= 1 && dst[out-1] == r && !afterSep {
			if r == 'ー' || (n >= 2 && dst[out-2] == r) {
				continue
			}
		}
		afterSep = false
		dst[out] = r
		out++
	}
	if out > start && dst[out-1] == sep {
		out--
	}
	return dst[:out]
}

func unmaskByTables(prev rune, rest []rune) (rune, bool) {
	next, after := rune(-1), rune(-1)
	for _, r := range rest {
		if isInvisibleByTables(r) {
			continue
		}
		r = jatext.FoldKanaRune(r)
		if next < 0 {
			if isMask(r) {
				return 0, false
			}
			next = r
			continue
		}
		after = r
		break
	}
	switch {
	case prev == '自' && (next == 'し' || next == 'さ' || next == 'す' || next == '殺'):
		return '殺', true
	case next == 'に' || next == 'ぬ' || next == 'ね' || next == 'ん':
		return '死', true
	case next == 'の' && after == 'う':
		return '死', true
	}
	return 0, false
}

// classifyBefore is Classify before the sixth pass: analyse with the old
// normalize and the models' rows read from Go maps (the risk models'
// table is held to a map in TestFeatureTableAgreesWithMaps), and without remembering the scores (which Classify does not
// read back).
func classifyBefore(m *Model, text string) akari.Classification {
	a := analyseBefore(m, text)
	if kana, ok := jatext.FromRomaji(text); ok {
		// Romaji read as kana too, for the higher risk (round 20); the
		// model alone only as sure as over words set aside (round 54).
		if k := analyseBefore(m, kana); riskRank(k.risk.risk) > riskRank(a.risk.risk) && (k.risk.why != "model" || k.risk.prob >= modelSure) {
			a.risk = k.risk
		}
	}
	return m.classification(a)
}

func analyseBefore(m *Model, text string) analysis {
	s := scratchPool.Get().(*scratch)
	defer scratchPool.Put(s)
	var a analysis
	// Messages typed in kana are read with the kanji of the readings
	// (round 11), in both paths alike.
	cv := normalizeByTables(s.runes[:0], text, crisisView)
	kana := kanaTyped(cv)
	allKana := kana && !slices.ContainsFunc(cv, isKanji)
	// Where the separators stood is not what this oracle checks: read as
	// served.
	var mk marks
	normalizeMarked(nil, text, crisisView, &mk)
	cv = cv[:kanaReadings.read(cv, kana, &mk)]
	b := crisisText(s.bytes[:0], cv)
	var ends []int32
	if !kana {
		ends = byteOffsets(mk.ends, cv)
	}
	norm := normalizeByTables(s.runes[:0], text, classifierView)
	var wk marks
	normalizeMarked(nil, text, classifierView, &wk)
	if kana {
		norm = norm[:kanaReadings.read(norm, kana, &wk)]
	}
	a.length = len(norm)
	feats := features(s.feats[:0], norm)
	prob := m.risk.prob(feats)
	if allKana && len(norm) <= maxJoinedRunes {
		prob = max(prob, m.risk.prob(features(nil, withoutSeps(nil, norm))))
	}
	a.risk = m.readRisk(b, ends, prob, feats, allKana, text, s)
	m.judge(&a.risk, norm, feats)
	m.readEnglish(&a.risk, text)
	m.readSentences(&a.risk, text)
	a.crisis = a.risk.signal
	if rest := withoutOpening(text); len(rest) < len(text) {
		// The worry is read after the opening (あかりちゃん聞いて、…);
		// the risk, over the whole message.
		norm = normalizeByTables(s.runes[:0], rest, classifierView)
		wk = marks{}
		normalizeMarked(nil, rest, classifierView, &wk)
		if kana {
			norm = norm[:kanaReadings.read(norm, kana, &wk)]
		}
		a.length = len(norm)
		feats = features(s.feats[:0], norm)
	}
	if a.crisis != nil {
		if n := a.crisis.mask(norm); n > 0 {
			a.length -= n
			feats = features(s.feats[:0], norm)
		}
	}
	nb, known := m.nb.scoresByIndex(feats)
	lr, _ := m.lr.scoresByIndex(feats)
	a.known = known
	a.probs = m.blend.probs(nb, lr)
	return a
}

// scoresByIndex is weights.scores before the sixth pass, reading the
// rows from the Go map the training filled.
func (t *weights) scoresByIndex(feats []uint64) (s [numCats]float64, known int) {
	s = t.bias
	for _, f := range feats {
		row, ok := t.index[f]
		if !ok {
			continue
		}
		known++
		k := float64(t.scale[row])
		for c := range numCats {
			s[c] += k * float64(t.w[row][c])
		}
	}
	return s, known
}

// oracleTexts are the messages the project has: every crisis set, the
// crisis corpus, the shared dev set when it is there (it lives outside
// the repository; AKARI_WORRIES_DEV names it from a worktree), the
// benchmark's messages and a few built to reach normalize's corners.
// raceSampleDivisor: under the race detector the oracle checks read one
// text in this many (see race_test.go).
const raceSampleDivisor = 24

func oracleTexts(t *testing.T) []string {
	t.Helper()
	var texts []string
	files, err := fs.Glob(crisisSetFiles, "crisissets/*.jsonl")
	if err != nil || len(files) == 0 {
		t.Fatalf("crisis sets: %v (%d files)", err, len(files))
	}
	for _, name := range files {
		f, err := crisisSetFiles.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		lines, err := ReadLabelled(f, name)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range lines {
			texts = append(texts, l.Text)
		}
	}
	corpus, problems := readCorpus(prompts.FS())
	if len(problems) > 0 || len(corpus) == 0 {
		t.Fatalf("crisis corpus: %v (%d lines)", problems, len(corpus))
	}
	for _, l := range corpus {
		texts = append(texts, l.text)
	}
	dev := devSet
	if p := os.Getenv("AKARI_WORRIES_DEV"); p != "" {
		dev = p
	}
	if _, err := os.Stat(dev); err == nil {
		for _, l := range readLabelledFile(t, dev) {
			texts = append(texts, l.Text)
		}
	} else if os.Getenv("CI") != "" {
		t.Fatalf("dev set missing in CI: %v", err)
	} else {
		t.Logf("dev set %s not found; compared without it", dev)
	}
	if raceDetector {
		// Under the race detector an even sample of the sets and the
		// corpus; the odd texts below are always read.
		texts = patterntest.Sample(texts, len(texts)/raceSampleDivisor)
		t.Logf("race detector: an even sample of %d texts (the full run is without it)", len(texts))
	}
	texts = append(texts, benchMessages...)
	texts = append(texts,
		"", " ", "〇ぬ", "自⚪︎", "○にたい", "〇〇さん", "自\u200d〇し", "死\u0301に\u20e3た\ufe0fい",
		"ｼﾆﾀｲ", "゛゜死ﾞにたい", "しにたーーーい！！！", "\x00\x7f\u0085\u00ad", "kms", "KMS lol",
		"消えたい🔪🩸", "💊💊💊", "・ー゠ヽヾ々〆", "\xff\xfe壊れた", "仕事〜つらい〜〜")
	return texts
}

func TestClassifyAgreesWithBefore(t *testing.T) {
	m := loadModel(t)
	texts := oracleTexts(t)
	for _, text := range texts {
		for _, v := range []view{classifierView, crisisView} {
			if got, want := normalize(nil, text, v), normalizeByTables(nil, text, v); !slices.Equal(got, want) {
				t.Errorf("normalize(%q, %d) = %q, want %q", text, v, string(got), string(want))
			}
		}
		got, want := m.Classify(text), classifyBefore(m, text)
		if got.Category != want.Category || math.Float64bits(got.Confidence) != math.Float64bits(want.Confidence) ||
			got.Risk != want.Risk || got.Crisis != want.Crisis || got.Source != want.Source {
			t.Errorf("Classify(%q) = %+v, want %+v", text, got, want)
		}
	}
	t.Logf("%d texts", len(texts))
}
