package worry

import (
	"errors"
	"io/fs"
	"path"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/yamldoc"
)

// Files the model reads from the prompts FS.
const (
	categoriesDir = "categories"
	crisisFile    = "crisis.yaml"
)

// Problem is one mistake in a prompt file; Error gives "file:line: msg".
type Problem = yamldoc.Problem

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
func readPrompts(fsys fs.FS) (*promptSet, yamldoc.Problems) {
	var problems yamldoc.Problems
	add := func(file string, line int, format string, args ...any) {
		yamldoc.NewFile(file, &problems).Add(line, format, args...)
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
	var ps yamldoc.Problems
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

// parseYAML reads file and returns its top-level mapping, or nil after
// recording why there is none.
func parseYAML(fsys fs.FS, f yamldoc.File) *yaml.Node {
	data, err := fs.ReadFile(fsys, f.Name)
	if err != nil {
		f.Add(0, "%v", err)
		return nil
	}
	return f.ParseMapping(data)
}

// readCategory reads one categories/*.yaml. info.ID is empty when the file
// does not name a known category.
func readCategory(fsys fs.FS, file string) (CategoryInfo, []example, yamldoc.Problems) {
	var (
		info     CategoryInfo
		exs      []example
		problems yamldoc.Problems
	)
	f := yamldoc.NewFile(file, &problems)
	root := parseYAML(fsys, f)
	if root == nil {
		return info, nil, problems
	}
	var idNode, examplesNode *yaml.Node
	for _, p := range f.Pairs(root) {
		switch p.Key {
		case "id":
			idNode = p.Value
		case "label":
			info.Label, _ = f.Scalar(p.Value, p.Key)
		case "description":
			info.Description, _ = f.Scalar(p.Value, p.Key)
		case "examples":
			examplesNode = p.Value
		default:
			f.Add(p.Line, "unknown key %q (want id, label, description, examples)", p.Key)
		}
	}
	switch {
	case idNode == nil:
		f.Add(root.Line, "missing id")
	default:
		id, _ := f.Scalar(idNode, "id")
		c, err := akari.ParseCategory(id)
		want := strings.TrimSuffix(path.Base(file), ".yaml")
		switch {
		case err != nil:
			f.Add(idNode.Line, "%v (want one of %v)", err, akari.Categories())
		case id != want:
			f.Add(idNode.Line, "id %q does not match the file name %s", id, path.Base(file))
		default:
			info.ID = c
		}
	}
	if strings.TrimSpace(info.Label) == "" {
		f.Add(root.Line, "missing label")
	}
	if strings.TrimSpace(info.Description) == "" {
		f.Add(root.Line, "missing description")
	}
	switch {
	case examplesNode == nil:
		f.Add(root.Line, "missing examples")
	case examplesNode.Kind != yaml.SequenceNode:
		f.Add(examplesNode.Line, "examples must be a list of messages")
	case len(examplesNode.Content) == 0:
		f.Add(examplesNode.Line, "examples is empty: the classifier needs messages to learn from")
	default:
		for _, n := range examplesNode.Content {
			text, ok := f.Scalar(yamldoc.Resolve(n), "example")
			if !ok {
				continue
			}
			if len(normalize(nil, text, classifierView)) == 0 {
				f.Add(n.Line, "empty example")
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

// readCrisis reads crisis.yaml; its error is yamldoc.Problems when the
// file was read but has mistakes.
func readCrisis(fsys fs.FS) (signals, exclusions []crisisPhrase, err error) {
	var problems yamldoc.Problems
	f := yamldoc.NewFile(crisisFile, &problems)
	root := parseYAML(fsys, f)
	if root == nil {
		return nil, nil, problems
	}
	list := func(n *yaml.Node, what string, risk akari.Risk) []crisisPhrase {
		items, _ := f.List(n, what)
		var out []crisisPhrase
		for _, item := range items {
			s, _ := f.Scalar(item, what)
			out = append(out, crisisPhrase{text: s, line: item.Line, risk: risk})
		}
		return out
	}
	haveSignals := false
	for _, p := range f.Pairs(root) {
		switch p.Key {
		case "signals":
			haveSignals = true
			high := list(p.Value, p.Key, akari.RiskHigh)
			if len(high) == 0 && p.Value.Kind == yaml.SequenceNode {
				f.Add(p.Value.Line, "signals is empty: crisis detection would never fire")
			}
			signals = append(high, signals...) // high first: match reports the graver
		case "concern":
			signals = append(signals, list(p.Value, p.Key, akari.RiskConcern)...)
		case "exclusions":
			exclusions = list(p.Value, p.Key, "")
		default:
			f.Add(p.Line, "unknown key %q (want signals, concern, exclusions)", p.Key)
		}
	}
	if !haveSignals {
		f.Add(root.Line, "missing signals")
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
func lintCrisis(signals, exclusions []crisisPhrase) yamldoc.Problems {
	var problems yamldoc.Problems
	add := yamldoc.NewFile(crisisFile, &problems).Add
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
