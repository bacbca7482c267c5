package advice

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/akari-career/akari/internal/jatext"
	"github.com/akari-career/akari/internal/pattern"
	"github.com/akari-career/akari/internal/pattern/patterntest"
)

// The prefilter only skips work: the patterns that read where a person
// wants to turn answer as their bare regexps do.
func TestPrefilterAgreesWithTheRegexp(t *testing.T) {
	var texts []string
	f, err := os.Open("../worry/testdata/heldout.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for sc := bufio.NewScanner(f); sc.Scan(); {
		var l struct{ Text string }
		if json.Unmarshal(sc.Bytes(), &l) == nil {
			texts = append(texts, l.Text)
		}
	}
	texts = append(texts, "会社の外に相談できるところある？", "社内の窓口は信用できない", "まずは総合労働相談コーナーに電話してみましょう。")
	pats := []*pattern.Pattern{whereAsk, desk, outsideAsk, distrust, outsideDesk}
	patterntest.Agree(t, pats, texts, jatext.Fold)
}
