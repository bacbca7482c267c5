package scenario

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"

	"go.yaml.in/yaml/v3"

	"github.com/akari-career/akari/internal/yamldoc"
)

// Dir is where scenarios live inside the prompts folder.
const Dir = "scenarios"

// Scenario is one conversation with expectations.
type Scenario struct {
	Name  string
	Tags  []string
	User  string // the display name LINE would give
	Turns []Turn
	File  string
	Line  int
}

// Turn is one thing the person does, and what the reply must do.
type Turn struct {
	// Say is a message typed by the person; Tap taps the chip of the
	// previous reply with this label (sending its text or postback).
	Say    string
	Tap    string
	Expect Expect
	Line   int
}

// Expect is what a reply must do. Zero values check nothing.
type Expect struct {
	Category    string   // the classification's category
	Risk        string   // none, concern, high
	Crisis      *bool    // the classification's crisis flag
	Care        *bool    // a crisis or care reply (source crisis/care)
	Cards       *bool    // job cards shown
	Source      string   // what wrote the reply
	Mentions    []string // each must appear
	MentionsAny []string // at least one must appear
	NotMentions []string // none may appear
	Chips       []string // chip labels that must be offered
	NoChips     []string // chip labels that must not be offered
	Gentle      bool     // quiet tone: no 「！」, no cheerful emoji
	NotAsk      []string // facts the reply must not ask for again
	Silent      bool     // no reply at all
}

// Load reads every scenario file under Dir in fsys, in file order, and
// reports every problem as file:line.
func Load(fsys fs.FS) ([]Scenario, error) {
	names, err := fs.Glob(fsys, Dir+"/*.yaml")
	if err != nil {
		return nil, err
	}
	slices.Sort(names)
	var out []Scenario
	var probs yamldoc.Problems
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
		out = append(out, parse(yamldoc.NewFile(name, &probs), data)...)
	}
	if err := probs.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// Lint reports every problem of the scenario files, as file:line.
func Lint(fsys fs.FS) yamldoc.Problems {
	_, err := Load(fsys)
	var probs yamldoc.Problems
	if errors.As(err, &probs) {
		return probs
	}
	if err != nil {
		return yamldoc.Problems{{File: Dir, Msg: err.Error()}}
	}
	return nil
}

// Parse reads one file: a YAML list of scenarios.
func Parse(data []byte, file string) ([]Scenario, error) {
	var probs yamldoc.Problems
	out := parse(yamldoc.NewFile(file, &probs), data)
	return out, probs.Err()
}

func parse(f yamldoc.File, data []byte) []Scenario {
	root, ok := f.Parse(data)
	if !ok || root == nil {
		return nil
	}
	items, ok := f.List(root, "scenarios")
	if !ok {
		return nil
	}
	var out []Scenario
	for _, n := range items {
		if s, ok := parseScenario(f, n); ok {
			out = append(out, s)
		}
	}
	return out
}

func parseScenario(f yamldoc.File, n *yaml.Node) (Scenario, bool) {
	s := Scenario{File: path.Base(f.Name), Line: n.Line}
	if !f.Mapping(n, "scenario", "name, user, tags and turns") {
		return s, false
	}
	before := len(*f.Problems)
	for _, p := range f.Pairs(n) {
		switch p.Key {
		case "name":
			s.Name, _ = f.Scalar(p.Value, "name")
		case "user":
			s.User, _ = f.Scalar(p.Value, "user")
		case "tags":
			s.Tags = stringList(f, p.Value, "tags")
		case "turns":
			items, _ := f.List(p.Value, "turns")
			for _, tn := range items {
				if t, ok := parseTurn(f, tn); ok {
					s.Turns = append(s.Turns, t)
				}
			}
		default:
			f.Add(p.Line, "unknown key %q (want name, user, tags, turns)", p.Key)
		}
	}
	switch {
	case s.Name == "":
		f.Add(n.Line, "scenario without a name")
	case len(s.Turns) == 0:
		f.Add(n.Line, "scenario %q has no turns", s.Name)
	}
	return s, len(*f.Problems) == before
}

func parseTurn(f yamldoc.File, n *yaml.Node) (Turn, bool) {
	t := Turn{Line: n.Line}
	if !f.Mapping(n, "turn", "say or tap, and expect") {
		return t, false
	}
	before := len(*f.Problems)
	for _, p := range f.Pairs(n) {
		switch p.Key {
		case "say":
			t.Say, _ = f.Scalar(p.Value, "say")
		case "tap":
			t.Tap, _ = f.Scalar(p.Value, "tap")
		case "expect":
			if f.Mapping(p.Value, "expect", "a mapping of checks") {
				parseExpect(f, p.Value, &t.Expect)
			}
		default:
			f.Add(p.Line, "unknown key %q (want say, tap, expect)", p.Key)
		}
	}
	if (t.Say == "") == (t.Tap == "") {
		f.Add(n.Line, "a turn needs exactly one of say or tap")
	}
	return t, len(*f.Problems) == before
}

// parseExpect reads the checks; an unknown key is a problem, so a typo
// never silently checks nothing.
func parseExpect(f yamldoc.File, n *yaml.Node, e *Expect) {
	flag := func(v *yaml.Node, what string) *bool {
		b, ok := f.Bool(v, what)
		if !ok {
			return nil
		}
		return &b
	}
	for _, p := range f.Pairs(n) {
		v := p.Value
		switch p.Key {
		case "category":
			e.Category, _ = f.Scalar(v, p.Key)
		case "risk":
			e.Risk, _ = f.Scalar(v, p.Key)
			switch e.Risk {
			case "none", "concern", "high":
			default:
				f.Add(p.Line, "risk %q: want none, concern or high", e.Risk)
			}
		case "source":
			e.Source, _ = f.Scalar(v, p.Key)
		case "crisis":
			e.Crisis = flag(v, p.Key)
		case "care":
			e.Care = flag(v, p.Key)
		case "cards":
			e.Cards = flag(v, p.Key)
		case "gentle":
			e.Gentle, _ = f.Bool(v, p.Key)
		case "silent":
			e.Silent, _ = f.Bool(v, p.Key)
		case "mentions":
			e.Mentions = stringList(f, v, p.Key)
		case "mentions_any":
			e.MentionsAny = stringList(f, v, p.Key)
		case "not_mentions":
			e.NotMentions = stringList(f, v, p.Key)
		case "chips":
			e.Chips = stringList(f, v, p.Key)
		case "no_chips":
			e.NoChips = stringList(f, v, p.Key)
		case "not_ask":
			e.NotAsk = stringList(f, v, p.Key)
			for _, k := range e.NotAsk {
				if _, ok := questionPatterns()[k]; !ok {
					f.Add(p.Line, "not_ask: unknown fact %q", k)
				}
			}
		default:
			f.Add(p.Line, "unknown check %q", p.Key)
		}
	}
}

// stringList reads a list of single values (or one value as a list of one).
func stringList(f yamldoc.File, n *yaml.Node, what string) []string {
	if n.Kind == yaml.ScalarNode {
		s, _ := f.Scalar(n, what)
		return []string{s}
	}
	items, _ := f.List(n, what)
	var out []string
	for _, it := range items {
		if s, ok := f.Scalar(it, what); ok {
			out = append(out, s)
		}
	}
	return out
}
