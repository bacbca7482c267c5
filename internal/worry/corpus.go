package worry

import (
	"fmt"
	"io/fs"

	"gopkg.in/yaml.v3"

	"github.com/akari-career/akari/internal/akari"
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
func readCorpus(fsys fs.FS) ([]corpusLine, []Problem) {
	var problems []Problem
	add := func(line int, format string, args ...any) {
		problems = append(problems, Problem{File: corpusFile, Line: line, Msg: fmt.Sprintf(format, args...)})
	}
	root, p := parseYAML(fsys, corpusFile)
	if p != nil {
		return nil, []Problem{*p}
	}
	var out []corpusLine
	seen := map[string]corpusLine{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		risk, err := akari.ParseRisk(k.Value)
		if err != nil {
			add(k.Line, "unknown key %q (want high, concern, none)", k.Value)
			continue
		}
		if v.Kind != yaml.SequenceNode {
			add(v.Line, "%s must be a list of messages", k.Value)
			continue
		}
		for _, n := range v.Content {
			text := scalar(n, corpusFile, &problems)
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
