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
	patterntest.Agree(t, pats, texts, func(s string) string { return fold(s).s })
}
