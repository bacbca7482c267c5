package worry

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/akari-career/akari/internal/akari"
)

// Files the model reads from the prompts FS.
const (
	categoriesDir = "categories"
	crisisFile    = "crisis.yaml"
)

// Problem is one mistake in a prompt file, located by file and line (line 0
// when the problem concerns the whole file).
type Problem struct {
	File string
	Line int
	Msg  string
}

func (p Problem) Error() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg)
	}
	return fmt.Sprintf("%s: %s", p.File, p.Msg)
}

// CategoryInfo is what categories/<id>.yaml says about a category, apart
// from its examples.
type CategoryInfo struct {
	ID          akari.Category
	Label       string // Japanese, shown in the UI
	Description string // Japanese, one or two lines; also given to the LLM
}

// example is one training message and where it was written.
type example struct {
	text string
	cat  int // index into akari.Categories()
	file string
	line int
}

// crisisPhrase is one signal or exclusion as written in crisis.yaml.
type crisisPhrase struct {
	text string
	line int
	risk akari.Risk // signals only: high (signals:) or concern (concern:)
}

// promptSet is everything read from the prompts FS.
type promptSet struct {
	infos      []CategoryInfo // in akari.Categories() order
	examples   []example
	signals    []crisisPhrase
	exclusions []crisisPhrase
	corpus     []corpusLine // crisis/corpus.yaml, for the risk model
}

// Lint reports every problem in categories/*.yaml and crisis.yaml. An empty
// result means Load will accept the files.
func Lint(fsys fs.FS) []Problem {
	_, problems := readPrompts(fsys)
	return problems
}

// readPrompts parses the prompt files, collecting every problem rather than
// stopping at the first, so an operator can fix them all in one go.
func readPrompts(fsys fs.FS) (*promptSet, []Problem) {
	var problems []Problem
	add := func(file string, line int, format string, args ...any) {
		problems = append(problems, Problem{File: file, Line: line, Msg: fmt.Sprintf(format, args...)})
	}
	cats := akari.Categories()
	set := &promptSet{infos: make([]CategoryInfo, len(cats))}
	seenFile := make([]string, len(cats))
	present := make([]bool, len(cats))

	files, err := fs.Glob(fsys, categoriesDir+"/*.yaml")
	if err != nil {
		add(categoriesDir, 0, "%v", err)
	}
	// Normalised example text → where it was first seen, to catch the same
	// message taught as two different things.
	seenExample := map[string]example{}
	for _, file := range files {
		info, exs, ps := readCategory(fsys, file)
		problems = append(problems, ps...)
		if i := slices.Index(cats, akari.Category(strings.TrimSuffix(path.Base(file), ".yaml"))); i >= 0 && len(ps) > 0 {
			// Its problems are reported already; "missing" would mislead.
			present[i] = true
		}
		if info.ID == "" {
			continue
		}
		i := slices.Index(cats, info.ID)
		if seenFile[i] != "" {
			add(file, 0, "category %q is already defined in %s", info.ID, seenFile[i])
			continue
		}
		seenFile[i] = file
		set.infos[i] = info
		for _, ex := range exs {
			ex.cat = i
			key := string(normalize(nil, ex.text, classifierView))
			if prev, ok := seenExample[key]; ok {
				if prev.cat == i {
					add(ex.file, ex.line, "duplicate example %q (also at line %d)", ex.text, prev.line)
				} else {
					add(ex.file, ex.line, "example %q is also an example of %s (%s:%d)", ex.text, cats[prev.cat], prev.file, prev.line)
				}
				continue
			}
			seenExample[key] = ex
			set.examples = append(set.examples, ex)
		}
	}
	for i, c := range cats {
		if seenFile[i] == "" && !present[i] {
			add(path.Join(categoriesDir, string(c)+".yaml"), 0, "missing: category %q needs a file with its label, description and examples", c)
		}
	}

	set.signals, set.exclusions, err = readCrisis(fsys)
	var ps problemList
	if errors.As(err, &ps) {
		problems = append(problems, ps...)
	} else if err != nil {
		add(crisisFile, 0, "%v", err)
	}
	var cps []Problem
	set.corpus, cps = readCorpus(fsys)
	problems = append(problems, cps...)
	return set, problems
}

// problemList lets readCrisis return several problems as one error.
type problemList []Problem

func (l problemList) Error() string { return fmt.Sprintf("%d problems", len(l)) }

// yamlErrorLine finds the line number in a yaml.v3 error ("yaml: line 3:
// …"), or 0.
func yamlErrorLine(msg string) int {
	_, rest, ok := strings.Cut(msg, "line ")
	if !ok {
		return 0
	}
	end := strings.IndexFunc(rest, func(r rune) bool { return r < '0' || r > '9' })
	if end < 0 {
		end = len(rest)
	}
	n, _ := strconv.Atoi(rest[:end])
	return n
}

// parseYAML parses a file into its top-level mapping node.
func parseYAML(fsys fs.FS, file string) (*yaml.Node, *Problem) {
	data, err := fs.ReadFile(fsys, file)
	if err != nil {
		return nil, &Problem{File: file, Msg: err.Error()}
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		line := yamlErrorLine(err.Error())
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		msg = strings.TrimPrefix(msg, fmt.Sprintf("line %d: ", line))
		return nil, &Problem{File: file, Line: line, Msg: msg}
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return nil, &Problem{File: file, Msg: "empty file"}
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, &Problem{File: file, Line: root.Line, Msg: "want a mapping with keys at the top level"}
	}
	return root, nil
}

// readCategory reads one categories/*.yaml. info.ID is empty when the file
// does not name a known category.
func readCategory(fsys fs.FS, file string) (CategoryInfo, []example, []Problem) {
	var (
		info     CategoryInfo
		exs      []example
		problems []Problem
	)
	add := func(line int, format string, args ...any) {
		problems = append(problems, Problem{File: file, Line: line, Msg: fmt.Sprintf(format, args...)})
	}
	root, p := parseYAML(fsys, file)
	if p != nil {
		return info, nil, []Problem{*p}
	}
	var idNode, examplesNode *yaml.Node
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		switch k.Value {
		case "id":
			idNode = v
		case "label":
			info.Label = scalar(v, file, &problems)
		case "description":
			info.Description = scalar(v, file, &problems)
		case "examples":
			examplesNode = v
		default:
			add(k.Line, "unknown key %q (want id, label, description, examples)", k.Value)
		}
	}
	switch {
	case idNode == nil:
		add(root.Line, "missing id")
	default:
		id := scalar(idNode, file, &problems)
		c, err := akari.ParseCategory(id)
		want := strings.TrimSuffix(path.Base(file), ".yaml")
		switch {
		case err != nil:
			add(idNode.Line, "%v (want one of %v)", err, akari.Categories())
		case id != want:
			add(idNode.Line, "id %q does not match the file name %s", id, path.Base(file))
		default:
			info.ID = c
		}
	}
	if strings.TrimSpace(info.Label) == "" {
		add(root.Line, "missing label")
	}
	if strings.TrimSpace(info.Description) == "" {
		add(root.Line, "missing description")
	}
	switch {
	case examplesNode == nil:
		add(root.Line, "missing examples")
	case examplesNode.Kind != yaml.SequenceNode:
		add(examplesNode.Line, "examples must be a list of messages")
	case len(examplesNode.Content) == 0:
		add(examplesNode.Line, "examples is empty: the classifier needs messages to learn from")
	default:
		for _, n := range examplesNode.Content {
			text := scalar(n, file, &problems)
			if len(normalize(nil, text, classifierView)) == 0 {
				add(n.Line, "empty example")
				continue
			}
			exs = append(exs, example{text: text, file: file, line: n.Line})
		}
	}
	if len(problems) > 0 {
		// A file with problems teaches nothing: better a clear error than a
		// model trained on half a file.
		info.ID = ""
	}
	return info, exs, problems
}

// scalar returns the text of a scalar node, recording a problem otherwise.
func scalar(n *yaml.Node, file string, problems *[]Problem) string {
	if n.Kind != yaml.ScalarNode {
		*problems = append(*problems, Problem{File: file, Line: n.Line, Msg: "want a single value (text)"})
		return ""
	}
	return n.Value
}

// readCrisis reads crisis.yaml; its error is a problemList when the file
// was read but has mistakes.
func readCrisis(fsys fs.FS) (signals, exclusions []crisisPhrase, err error) {
	var problems problemList
	add := func(line int, format string, args ...any) {
		problems = append(problems, Problem{File: crisisFile, Line: line, Msg: fmt.Sprintf(format, args...)})
	}
	root, p := parseYAML(fsys, crisisFile)
	if p != nil {
		return nil, nil, problemList{*p}
	}
	list := func(n *yaml.Node, risk akari.Risk) []crisisPhrase {
		if n.Kind != yaml.SequenceNode {
			add(n.Line, "want a list of phrases")
			return nil
		}
		var out []crisisPhrase
		for _, item := range n.Content {
			s := scalar(item, crisisFile, (*[]Problem)(&problems))
			out = append(out, crisisPhrase{text: s, line: item.Line, risk: risk})
		}
		return out
	}
	haveSignals := false
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		switch k.Value {
		case "signals":
			haveSignals = true
			high := list(v, akari.RiskHigh)
			if len(high) == 0 && v.Kind == yaml.SequenceNode {
				add(v.Line, "signals is empty: crisis detection would never fire")
			}
			signals = append(high, signals...) // high first: match reports the graver
		case "concern":
			signals = append(signals, list(v, akari.RiskConcern)...)
		case "exclusions":
			exclusions = list(v, "")
		default:
			add(k.Line, "unknown key %q (want signals, concern, exclusions)", k.Value)
		}
	}
	if !haveSignals {
		add(root.Line, "missing signals")
	}
	problems = append(problems, lintCrisis(signals, exclusions)...)
	if len(problems) > 0 {
		return nil, nil, problems
	}
	return signals, exclusions, nil
}

// lintCrisis checks the phrases themselves: empty, too short to be safe,
// duplicated, an exclusion that excludes nothing, or a signal that an
// exclusion always swallows.
func lintCrisis(signals, exclusions []crisisPhrase) []Problem {
	var problems []Problem
	add := func(line int, format string, args ...any) {
		problems = append(problems, Problem{File: crisisFile, Line: line, Msg: fmt.Sprintf(format, args...)})
	}
	seen := map[string]int{}
	var singles []string
	for _, s := range signals {
		a, b, gapped := strings.Cut(s.text, gapMark)
		na, nb := string(normalize(nil, a, crisisView)), string(normalize(nil, b, crisisView))
		switch {
		case strings.TrimSpace(s.text) == "":
			add(s.line, "empty signal")
			continue
		case len([]rune(na)) < 2 || gapped && nb == "":
			add(s.line, "signal %q is too short once normalised (%q): it would fire on ordinary messages", s.text, na+gapMark+nb)
			continue
		case strings.Contains(b, gapMark):
			add(s.line, "signal %q has more than one %q", s.text, gapMark)
			continue
		}
		key := na + "\x00" + nb
		if prev, ok := seen[key]; ok {
			add(s.line, "signal %q repeats line %d (after normalising)", s.text, prev)
			continue
		}
		seen[key] = s.line
		if !gapped {
			singles = append(singles, na)
		}
	}
	seenEx := map[string]int{}
	for _, e := range exclusions {
		ne := string(normalize(nil, e.text, crisisView))
		if ne == "" {
			add(e.line, "empty exclusion")
			continue
		}
		if prev, ok := seenEx[ne]; ok {
			add(e.line, "exclusion %q repeats line %d (after normalising)", e.text, prev)
			continue
		}
		seenEx[ne] = e.line
		useful := false
		for _, s := range singles {
			if ne == s {
				add(e.line, "exclusion %q equals a signal, so that signal could never fire", e.text)
			}
			if strings.Contains(ne, s) {
				useful = true
			}
		}
		if !useful {
			add(e.line, "exclusion %q contains no signal, so it has no effect", e.text)
		}
	}
	return problems
}
