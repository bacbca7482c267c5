package worry

import (
	"math"
	"os"
	"slices"
	"testing"
)

// The risk model must depend on its lines, not on where they sit in the
// files, and one line taken out must move the others by little: with a
// seeded shuffle of the whole file, taking one negative out of the corpus
// moved a hundred lines of the opened crisis sets by more than 0.05 and
// one by 0.76 (round 12). Every third line of the real training, so the
// test trains in a fraction of a second.
func TestRiskModelStable(t *testing.T) {
	set, problems := readPrompts(os.DirFS("../../prompts"))
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	var lines []corpusLine
	for i, l := range riskTraining(set) {
		if i%3 == 0 {
			lines = append(lines, l)
		}
	}
	base := trainRiskModel(lines, isCrisis)
	feats := make([][]uint64, len(lines))
	for i, l := range lines {
		feats[i] = features(nil, normalize(nil, l.text, classifierView))
	}
	moved := func(m riskModel, skip int) (worst float64, at int) {
		for i, f := range feats {
			if i == skip {
				continue
			}
			if d := math.Abs(m.prob(f) - base.prob(f)); d > worst {
				worst, at = d, i
			}
		}
		return worst, at
	}

	reversed := slices.Clone(lines)
	slices.Reverse(reversed)
	if d, at := moved(trainRiskModel(reversed, isCrisis), -1); d > 1e-9 {
		t.Errorf("lines in reverse order: %q moved by %.3g, want no change", lines[at].text, d)
	}
	// Take out lines from the start, the middle and the end, of each label.
	for _, skip := range []int{1, len(lines) / 3, len(lines) / 2, len(lines) - 2} {
		fewer := slices.Concat(lines[:skip], lines[skip+1:])
		if d, at := moved(trainRiskModel(fewer, isCrisis), skip); d > 0.02 {
			t.Errorf("without %q: %q moved by %.3f, want ≤ 0.02", lines[skip].text, lines[at].text, d)
		}
	}
}
