package worry

import (
	"io/fs"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/yamldoc"
)

// corpusFile is the labelled crisis corpus the risk model learns from.
const corpusFile = "crisis/corpus.yaml"

// minCorpus is how many lines of each side (crisis, none) the risk model
// needs before it is worth listening to; fewer is a lint problem.
const minCorpus = 20

// corpusLine is one labelled message of crisis/corpus.yaml.
type corpusLine struct {
	text string
	risk akari.Risk
	line int
}

// readCorpus reads crisis/corpus.yaml: three lists of messages under high,
// concern and none. Every problem is reported with its line.
func readCorpus(fsys fs.FS) ([]corpusLine, yamldoc.Problems) {
	var problems yamldoc.Problems
	f := yamldoc.NewFile(corpusFile, &problems)
	add := f.Add
	root := parseYAML(fsys, f)
	if root == nil {
		return nil, problems
	}
	var out []corpusLine
	seen := map[string]corpusLine{}
	for _, p := range f.Pairs(root) {
		risk, err := akari.ParseRisk(p.Key)
		if err != nil {
			add(p.Line, "unknown key %q (want high, concern, none)", p.Key)
			continue
		}
		items, ok := f.List(p.Value, p.Key)
		if !ok {
			continue
		}
		for _, n := range items {
			text, _ := f.Scalar(n, p.Key)
			key := string(normalize(nil, text, classifierView))
			if key == "" {
				add(n.Line, "empty message")
				continue
			}
			if prev, ok := seen[key]; ok {
				if prev.risk == risk {
					add(n.Line, "duplicate message %q (also at line %d)", text, prev.line)
				} else {
					add(n.Line, "message %q is also labelled %s at line %d", text, prev.risk, prev.line)
				}
				continue
			}
			l := corpusLine{text: text, risk: risk, line: n.Line}
			seen[key] = l
			out = append(out, l)
		}
	}
	var crisis, none int
	for _, l := range out {
		if l.risk.Crisis() {
			crisis++
		} else {
			none++
		}
	}
	if len(problems) == 0 && (crisis < minCorpus || none < minCorpus) {
		add(root.Line, "the risk model needs at least %d crisis (high, concern) and %d none messages; found %d and %d", minCorpus, minCorpus, crisis, none)
	}
	return out, problems
}
