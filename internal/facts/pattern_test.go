package facts

import (
	"testing"

	"github.com/akari-career/akari/internal/pattern/patterntest"
	"github.com/akari-career/akari/internal/worry"
)

// The prefilter only skips work: every pattern the extractor reads with
// answers as its bare regexp does, on the project's messages (the crisis
// sets, the classifier's held-out set, the benchmark's) and on messages
// built around each required literal.
func TestPrefilterAgreesWithTheRegexp(t *testing.T) {
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
	pats := patterntest.Find(NewExtractor())
	if len(pats) < 40 {
		t.Fatalf("found %d patterns in the extractor, want every one of them (40 or more)", len(pats))
	}
	maxLiterals := 0
	if raceDetector {
		texts, maxLiterals = patterntest.Sample(texts, len(texts)/raceSampleDivisor), raceMaxLiterals
		t.Logf("race detector: %d texts, %d literals a pattern at most (the full run is without it)", len(texts), maxLiterals)
	}
	patterntest.AgreeSome(t, pats, texts, func(s string) string { return fold(s).s }, maxLiterals)
}

// Under the race detector the oracle checks read one text in
// raceSampleDivisor, and the prefilter check builds cases around
// raceMaxLiterals of each pattern's literals at most (see race_test.go).
const (
	raceSampleDivisor = 6
	raceMaxLiterals   = 24
)
