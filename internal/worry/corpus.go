package worry

import (
	"fmt"
	"io/fs"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/yamldoc"
	"go.yaml.in/yaml/v3"
)

// corpusFile is the labelled crisis corpus the risk model learns from.
const corpusFile = "crisis/corpus.yaml"

// blindCorpusFile, when the prompts hold it, adds the lines of the crisis
// sets written blind and since opened to tune (crisissets/, sets 2–71):
// seventy writers' ways of saying it, which taught the model more than
// any list of our own (docs/classifier.md, round 11). The sets still kept
// for measuring are never in it (TestBlindCorpusHoldsNoTestSet).
const blindCorpusFile = "crisis/blind.yaml"

// kanaCorpusFile, when the prompts hold it, is messages typed in kana
// alone, for the kana risk model only (kanaTraining).
const kanaCorpusFile = "crisis/kana.yaml"

// kanaReadFile, when present, is the corpus and the worry examples read
// aloud in hiragana (generated: internal/kanaread), for the kana risk
// model only.
const kanaReadFile = "crisis/kana_read.yaml"

// englishCorpusFile, when present, is messages written in English, for
// the English risk model only (englishTraining): written blind in round
// 45 by four writers in many Englishes, with as many hard negatives as
// signs.
const englishCorpusFile = "crisis/english.yaml"

// minCorpus is how many lines of each side (crisis, none) the risk model
// needs before it is worth listening to; fewer is a lint problem.
const minCorpus = 20

// corpusLine is one labelled message of crisis/corpus.yaml or
// crisis/blind.yaml.
type corpusLine struct {
	text string
	risk akari.Risk
	file string
	line int
}

// readCorpus reads crisis/corpus.yaml and, when present, crisis/blind.yaml:
// three lists of messages under high, concern and none, no message twice
// in either. Every problem is reported with its file and line.
func readCorpus(fsys fs.FS) ([]corpusLine, yamldoc.Problems) {
	var problems yamldoc.Problems
	var out []corpusLine
	seen := map[string]corpusLine{}
	root := readCorpusFile(fsys, corpusFile, &problems, seen, &out)
	if root == nil {
		return nil, problems
	}
	for _, name := range []string{blindCorpusFile, kanaCorpusFile, kanaReadFile, englishCorpusFile} {
		if _, err := fs.Stat(fsys, name); err == nil {
			readCorpusFile(fsys, name, &problems, seen, &out)
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
		f := yamldoc.NewFile(corpusFile, &problems)
		f.Add(root.Line, "the risk model needs at least %d crisis (high, concern) and %d none messages; found %d and %d", minCorpus, minCorpus, crisis, none)
	}
	return out, problems
}

// readCorpusFile appends the messages of one corpus file to out; seen
// holds every message read so far, by its normalised text.
func readCorpusFile(fsys fs.FS, name string, problems *yamldoc.Problems, seen map[string]corpusLine, out *[]corpusLine) *yaml.Node {
	f := yamldoc.NewFile(name, problems)
	add := f.Add
	root := parseYAML(fsys, f)
	if root == nil {
		return nil
	}
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
				where := fmt.Sprintf("line %d", prev.line)
				if prev.file != name {
					where = fmt.Sprintf("%s:%d", prev.file, prev.line)
				}
				if prev.risk == risk {
					add(n.Line, "duplicate message %q (also at %s)", text, where)
				} else {
					add(n.Line, "message %q is also labelled %s at %s", text, prev.risk, where)
				}
				continue
			}
			l := corpusLine{text: text, risk: risk, file: name, line: n.Line}
			seen[key] = l
			*out = append(*out, l)
		}
	}
	return root
}

// CorpusKey is what two corpus messages are compared by: the same key is
// the same message, however its width, kana or punctuation differ.
func CorpusKey(text string) string { return string(normalize(nil, text, classifierView)) }
