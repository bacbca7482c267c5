package conversation

import (
	"testing"

	"github.com/akari-career/akari/internal/pattern/patterntest"
	"github.com/akari-career/akari/internal/worry"
)

// The prefilter only skips work: with it, every intent pattern answers as
// the bare regexp does, on every message of the project's sets and on
// messages built around each required literal.
func TestPrefilterAgreesWithTheRegexp(t *testing.T) {
	var texts []string
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
	// Every crisis set written is real text, but their number grows each
	// round while what they show the patterns does not: an even sample of
	// a fixed size keeps this check's cost flat (it had reached seven
	// minutes under the race detector on two cores). The cases built
	// around each required literal are all kept.
	n := maxPrefilterTexts
	if raceDetector {
		n /= raceSampleDivisor
	}
	texts = patterntest.Sample(texts, n)
	pats := patterntest.Find(newIntents())
	if len(pats) < 25 {
		t.Fatalf("found %d intent patterns, want every one of them (25 or more)", len(pats))
	}
	maxLiterals := 0
	if raceDetector {
		// Under the detector, an even sample of the texts, and cases built
		// around at most raceMaxLiterals of each pattern's literals (those
		// of the largest patterns were most of the cost).
		maxLiterals = raceMaxLiterals
		t.Logf("race detector: %d texts, %d literals a pattern at most (the full run is without it)", len(texts), maxLiterals)
	}
	filtered := patterntest.AgreeSome(t, pats, texts, func(s string) string { return string(fold(s)) }, maxLiterals)
	if filtered < len(pats)*2/3 {
		t.Errorf("only %d of %d patterns have a prefilter", filtered, len(pats))
	}
}

// maxPrefilterTexts bounds the messages TestPrefilterAgreesWithTheRegexp
// reads: 1,200 since round 24, when the intent patterns grew by a tenth
// and the literal-built cases with them (12 s → 9 s without the race
// detector).
const maxPrefilterTexts = 1200

// Under the race detector the check reads one text in raceSampleDivisor
// and builds cases around raceMaxLiterals of each pattern's literals at
// most (see race_test.go).
const (
	raceSampleDivisor = 24
	raceMaxLiterals   = 6
)

// BenchmarkIntentPatterns runs every intent pattern over typical messages,
// with the prefilter and without it (the bare regexps).
func BenchmarkIntentPatterns(b *testing.B) {
	pats := patterntest.Find(newIntents())
	msgs := []folded{fold("在宅勤務の日だけ同僚が冷たい"), fold("コールセンターの派遣、もう辞めたい"),
		fold("クレームを報告したら電話をガチャ切りされた"), fold("上司の言い方がきつくて毎日しんどい。もう3年くらい続いてる"),
		fold("求人を見てみたいです"), fold("はい")}
	b.Run("prefilter", func(b *testing.B) {
		for b.Loop() {
			for _, m := range msgs {
				for _, p := range pats {
					m.is(p)
				}
			}
		}
	})
	b.Run("regexp", func(b *testing.B) {
		for b.Loop() {
			for _, m := range msgs {
				for _, p := range pats {
					p.Regexp().MatchString(string(m))
				}
			}
		}
	})
}
