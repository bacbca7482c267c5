package advice

import (
	"testing"

	"github.com/akari-career/akari/internal/jatext"
	"github.com/akari-career/akari/internal/pattern"
	"github.com/akari-career/akari/internal/pattern/patterntest"
)

// The prefilter only skips work: the patterns that read where a person
// wants to turn answer as their bare regexps do.
func TestPrefilterAgreesWithTheRegexp(t *testing.T) {
	texts := append(patterntest.ReadTexts(t, "../worry/testdata/heldout.jsonl"), "会社の外に相談できるところある？", "社内の窓口は信用できない", "まずは総合労働相談コーナーに電話してみましょう。")
	pats := []*pattern.Pattern{whereAsk, desk, outsideAsk, distrust, outsideDesk}
	patterntest.Agree(t, pats, texts, jatext.Fold)
}
