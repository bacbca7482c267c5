package scenario

import (
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// Dir is where scenarios live inside the prompts folder.
const Dir = "scenarios"

// Scenario is one conversation with expectations.
type Scenario struct {
	Name  string   `yaml:"name"`
	Tags  []string `yaml:"tags"`
	User  string   `yaml:"user"` // the display name LINE would give
	Turns []Turn   `yaml:"-"`
	File  string   `yaml:"-"`
	Line  int      `yaml:"-"`
}

// Turn is one thing the person does, and what the reply must do.
type Turn struct {
	// Say is a message typed by the person; Tap taps the chip of the
	// previous reply with this label (sending its text or postback).
	Say    string `yaml:"say"`
	Tap    string `yaml:"tap"`
	Expect Expect `yaml:"expect"`
	Line   int    `yaml:"-"`
}

// Expect is what a reply must do. Zero values check nothing.
type Expect struct {
	Category    string   `yaml:"category"`     // the classification's category
	Risk        string   `yaml:"risk"`         // none, concern, high
	Crisis      *bool    `yaml:"crisis"`       // the classification's crisis flag
	Care        *bool    `yaml:"care"`         // a crisis or care reply (source crisis/care)
	Cards       *bool    `yaml:"cards"`        // job cards shown
	Source      string   `yaml:"source"`       // what wrote the reply
	Mentions    []string `yaml:"mentions"`     // each must appear
	MentionsAny []string `yaml:"mentions_any"` // at least one must appear
	NotMentions []string `yaml:"not_mentions"` // none may appear
	Chips       []string `yaml:"chips"`        // chip labels that must be offered
	NoChips     []string `yaml:"no_chips"`     // chip labels that must not be offered
	Gentle      bool     `yaml:"gentle"`       // quiet tone: no 「！」, no cheerful emoji
	NotAsk      []string `yaml:"not_ask"`      // facts the reply must not ask for again
	Silent      bool     `yaml:"silent"`       // no reply at all
}

// Load reads every scenario file under Dir in fsys, in file order. A
// problem names file:line.
func Load(fsys fs.FS) ([]Scenario, error) {
	names, err := fs.Glob(fsys, Dir+"/*.yaml")
	if err != nil {
		return nil, err
	}
	slices.Sort(names)
	var out []Scenario
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
		ss, err := Parse(data, name)
		if err != nil {
			return nil, err
		}
		out = append(out, ss...)
	}
	return out, nil
}

// Parse reads one file: a YAML list of scenarios.
func Parse(data []byte, file string) ([]Scenario, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	if len(doc.Content) == 0 {
		return nil, nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.SequenceNode {
		return nil, fmt.Errorf("%s:%d: want a list of scenarios", file, root.Line)
	}
	var out []Scenario
	for _, n := range root.Content {
		s, err := parseScenario(n, file)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

func parseScenario(n *yaml.Node, file string) (Scenario, error) {
	s := Scenario{File: path.Base(file), Line: n.Line}
	var turns *yaml.Node
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == "turns" {
				turns = n.Content[i+1]
			}
		}
	}
	if err := strictDecode(n, &s, "turns"); err != nil {
		return s, fmt.Errorf("%s:%d: %w", file, n.Line, err)
	}
	if s.Name == "" {
		return s, fmt.Errorf("%s:%d: scenario without a name", file, n.Line)
	}
	if turns == nil || turns.Kind != yaml.SequenceNode || len(turns.Content) == 0 {
		return s, fmt.Errorf("%s:%d: scenario %q has no turns", file, n.Line, s.Name)
	}
	for _, tn := range turns.Content {
		t := Turn{Line: tn.Line}
		if err := strictDecode(tn, &t); err != nil {
			return s, fmt.Errorf("%s:%d: %w", file, tn.Line, err)
		}
		if (t.Say == "") == (t.Tap == "") {
			return s, fmt.Errorf("%s:%d: a turn needs exactly one of say or tap", file, tn.Line)
		}
		for _, k := range t.Expect.NotAsk {
			if _, ok := questionPatterns()[k]; !ok {
				return s, fmt.Errorf("%s:%d: not_ask: unknown fact %q", file, tn.Line, k)
			}
		}
		switch t.Expect.Risk {
		case "", "none", "concern", "high":
		default:
			return s, fmt.Errorf("%s:%d: risk %q: want none, concern or high", file, tn.Line, t.Expect.Risk)
		}
		s.Turns = append(s.Turns, t)
	}
	return s, nil
}

// strictDecode decodes n into v refusing unknown keys (a typo in an
// expectation must not silently check nothing); skip names keys decoded
// elsewhere.
func strictDecode(n *yaml.Node, v any, skip ...string) error {
	c := *n
	if len(skip) > 0 && c.Kind == yaml.MappingNode {
		c.Content = nil
		for i := 0; i+1 < len(n.Content); i += 2 {
			if !slices.Contains(skip, n.Content[i].Value) {
				c.Content = append(c.Content, n.Content[i], n.Content[i+1])
			}
		}
	}
	raw, err := yaml.Marshal(&c)
	if err != nil {
		return err
	}
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	dec.KnownFields(true)
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("%s", strings.TrimPrefix(err.Error(), "yaml: "))
	}
	return nil
}
