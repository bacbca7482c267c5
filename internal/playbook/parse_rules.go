package playbook

import (
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/akari-career/akari/internal/facts"
	"github.com/akari-career/akari/internal/yamldoc"
)

// Limits of the listening additions, in runes.
const (
	MaxFirstRunes   = 200 // a "what first" step
	MaxWhyRunes     = 150 // its reason
	MaxNoteRunes    = 320 // a how-to note, phrasing examples included
	MaxClosingRunes = 150
	MaxLeadRunes    = 80 // a lead-in line of listening.yaml
	MinHowTo        = 2  // per worry playbook
	MinClosing      = 2  // per worry playbook
	MinFacetSteps   = 3
)

// factKeyList names the fact keys for problem messages.
func factKeyList() string {
	var ks []string
	for _, k := range facts.Keys() {
		ks = append(ks, string(k))
	}
	return strings.Join(ks, ", ")
}

// parseFactKey reads a fact key, reporting an unknown one at its line.
func parseFactKey(c yamldoc.File, n *yaml.Node, what string) (facts.Key, bool) {
	t, ok := scalar(c, n, what)
	if !ok {
		return "", false
	}
	k := facts.Key(t.s)
	if !k.Valid() {
		c.Add(t.line, "%s: unknown fact key %q (known: %s)", what, t.s, factKeyList())
		return "", false
	}
	return k, true
}

// parseFactKeys reads one key or a list of keys.
func parseFactKeys(c yamldoc.File, n *yaml.Node, what string) []facts.Key {
	items := []*yaml.Node{n}
	if n.Kind == yaml.SequenceNode {
		items = n.Content
	}
	var out []facts.Key
	for _, item := range items {
		if k, ok := parseFactKey(c, item, what); ok {
			out = append(out, k)
		}
	}
	return out
}

// parseCond reads {key: value} or {key: [values]}.
func parseCond(c yamldoc.File, n *yaml.Node, what string) Cond {
	if n.Kind != yaml.MappingNode {
		c.Add(n.Line, "%s: expected a mapping of fact key to value(s), e.g. {status: quit}", what)
		return nil
	}
	out := Cond{}
	for _, p := range c.Pairs(n) {
		k := facts.Key(p.Key)
		if !k.Valid() {
			c.Add(p.Line, "%s: unknown fact key %q (known: %s)", what, p.Key, factKeyList())
			continue
		}
		items := []*yaml.Node{p.Value}
		if p.Value.Kind == yaml.SequenceNode {
			items = p.Value.Content
		}
		var vals []string
		for _, item := range items {
			if t, ok := scalar(c, item, what+"."+p.Key); ok {
				vals = append(vals, t.s)
			}
		}
		if len(vals) == 0 {
			c.Add(p.Line, "%s.%s: no value (use %q for any known value)", what, p.Key, AnyValue)
			continue
		}
		out[k] = vals
	}
	return out
}

// ruleField reads when/unless/fits into r; it reports whether f was one.
func ruleField(c yamldoc.File, f yamldoc.Pair, r *Rule, what string) bool {
	switch f.Key {
	case "when":
		r.When = parseCond(c, f.Value, what+" when")
	case "unless":
		r.Unless = parseCond(c, f.Value, what+" unless")
	case "fits":
		r.Fit = parseCond(c, f.Value, what+" fits")
	default:
		return false
	}
	return true
}

// item reads a list entry that is either plain text or a mapping with a
// text and further fields; field handles the others and reports whether
// it knew the key.
func item(c yamldoc.File, n *yaml.Node, what string, max int, fields string, field func(yamldoc.Pair) bool) (string, bool) {
	if n.Kind == yaml.ScalarNode {
		t, ok := scalar(c, n, what)
		return t.s, ok && checkPlain(c, t, what, max)
	}
	if n.Kind != yaml.MappingNode {
		c.Add(n.Line, "%s: expected text or {%s}", what, fields)
		return "", false
	}
	var s string
	ok := true
	for _, f := range c.Pairs(n) {
		if f.Key == "text" {
			t, tok := scalar(c, f.Value, what+" text")
			ok = tok && checkPlain(c, t, what, max)
			s = t.s
			continue
		}
		if !field(f) {
			c.Add(f.Line, "%s: unknown field %q (%s)", what, f.Key, fields)
		}
	}
	if s == "" {
		c.Add(n.Line, "%s: entry without text", what)
		return "", false
	}
	return s, ok
}

func parseSteps(c yamldoc.File, n *yaml.Node, what string) []Step {
	var out []Step
	for _, it := range sequence(c, n, what) {
		var s Step
		text, ok := item(c, it, what, MaxStepRunes, "text, when, unless, fits", func(f yamldoc.Pair) bool {
			return ruleField(c, f, &s.Rule, what)
		})
		if ok {
			s.Text = text
			out = append(out, s)
		}
	}
	return out
}

func parseQuestions(c yamldoc.File, n *yaml.Node, what string) []Question {
	var out []Question
	for _, it := range sequence(c, n, what) {
		var q Question
		text, ok := item(c, it, what, MaxQuestionRunes, "text, asks, when, unless, fits", func(f yamldoc.Pair) bool {
			if f.Key == "asks" {
				q.Asks = parseFactKeys(c, f.Value, what+" asks")
				return true
			}
			return ruleField(c, f, &q.Rule, what)
		})
		if ok {
			q.Text = text
			out = append(out, q)
		}
	}
	return out
}

func parseFirst(c yamldoc.File, n *yaml.Node, what string) []First {
	var out []First
	for _, it := range sequence(c, n, what) {
		if it.Kind != yaml.MappingNode {
			c.Add(it.Line, "%s: expected {text, why}", what)
			continue
		}
		var f First
		text, ok := item(c, it, what, MaxFirstRunes, "text, why, when, unless, fits", func(p yamldoc.Pair) bool {
			if p.Key == "why" {
				if t, tok := scalar(c, p.Value, what+" why"); tok && checkPlain(c, t, what+" why", MaxWhyRunes) {
					f.Why = t.s
				}
				return true
			}
			return ruleField(c, p, &f.Rule, what)
		})
		if !ok {
			continue
		}
		if f.Why == "" {
			c.Add(it.Line, "%s: a first step needs a why", what)
			continue
		}
		f.Text = text
		out = append(out, f)
	}
	return out
}

func parseNotes(c yamldoc.File, n *yaml.Node, what string) []Note {
	var out []Note
	for _, it := range sequence(c, n, what) {
		var note Note
		text, ok := item(c, it, what, MaxNoteRunes, "text, keywords, follow, when, unless, fits", func(f yamldoc.Pair) bool {
			switch f.Key {
			case "keywords":
				note.Keywords = strs(texts(c, f.Value, what+" keyword", MaxLabelRunes))
				return true
			case "follow":
				note.Follow = parseFollow(c, f.Value, what+" follow")
				return true
			}
			return ruleField(c, f, &note.Rule, what)
		})
		if ok {
			note.Text = text
			out = append(out, note)
		}
	}
	return out
}

// parseFollow reads a note's follow: {when, where, bring, cost, how}, each
// a line that answers that kind of follow-up.
func parseFollow(c yamldoc.File, n *yaml.Node, what string) [NumFollowKinds]string {
	var out [NumFollowKinds]string
	if n.Kind != yaml.MappingNode {
		c.Add(n.Line, "%s: expected a mapping of %s to text", what, strings.Join(followKeys[:], ", "))
		return out
	}
	for _, p := range c.Pairs(n) {
		k := slices.Index(followKeys[:], p.Key)
		if k < 0 {
			c.Add(p.Line, "%s: unknown kind %q (%s)", what, p.Key, strings.Join(followKeys[:], ", "))
			continue
		}
		if t, ok := scalar(c, p.Value, what+" "+p.Key); ok && checkPlain(c, t, what+" "+p.Key, MaxNoteRunes) {
			out[k] = t.s
		}
	}
	return out
}

// parseFacets reads facets: [{id, keywords, facts, unless, exclusive,
// understand, empathy, insights, steps, first, how_to, questions,
// closing}].
func parseFacets(c yamldoc.File, n *yaml.Node, what string) []Facet {
	var out []Facet
	ids := map[string]bool{}
	for _, it := range sequence(c, n, what) {
		if it.Kind != yaml.MappingNode {
			c.Add(it.Line, "%s: expected a mapping with id, keywords or facts, and lines", what)
			continue
		}
		var f Facet
		for _, p := range c.Pairs(it) {
			w := what + " " + f.ID
			switch p.Key {
			case "id":
				if t, ok := scalar(c, p.Value, what+" id"); ok {
					f.ID = t.s
					if ids[f.ID] {
						c.Add(t.line, "%s: duplicate id %q", what, f.ID)
					}
					ids[f.ID] = true
				}
			case "keywords":
				f.Keywords = strs(texts(c, p.Value, w+" keyword", MaxLabelRunes))
			case "facts":
				f.Facts = parseCond(c, p.Value, w+" facts")
			case "unless":
				f.Unless = parseCond(c, p.Value, w+" unless")
			case "exclusive":
				f.Exclusive, _ = c.Bool(p.Value, w+" exclusive")
			case "care":
				f.Care, _ = c.Bool(p.Value, w+" care")
			case "understand":
				if t, ok := scalar(c, p.Value, w+" understand"); ok && checkPlain(c, t, w+" understand", MaxUnderstandRunes/2) {
					f.Understand = t.s
				}
			case "empathy":
				f.Empathy = parseEmpathy(c, p.Value)
			case "insights":
				f.Insights = strs(texts(c, p.Value, w+" insight", MaxInsightRunes))
			case "steps":
				f.Steps = parseSteps(c, p.Value, w+" step")
			case "first":
				f.First = parseFirst(c, p.Value, w+" first")
			case "how_to":
				f.HowTo = parseNotes(c, p.Value, w+" how_to")
			case "questions":
				f.Questions = parseQuestions(c, p.Value, w+" question")
			case "closing":
				f.Closing = strs(texts(c, p.Value, w+" closing", MaxClosingRunes))
			default:
				c.Add(p.Line, "%s: unknown key %q (id, keywords, facts, unless, exclusive, care, understand, empathy, insights, steps, first, how_to, questions, closing)", what, p.Key)
			}
		}
		switch {
		case f.ID == "":
			c.Add(it.Line, "%s: a facet needs an id", what)
			continue
		case len(f.Keywords) == 0 && len(f.Facts) == 0:
			c.Add(it.Line, "%s %s: a facet needs keywords or facts that turn it on", what, f.ID)
		case len(f.Steps) < MinFacetSteps:
			c.Add(it.Line, "%s %s: %d steps; a facet needs at least %d", what, f.ID, len(f.Steps), MinFacetSteps)
		case len(f.Empathy) == 0 || len(f.Insights) == 0 || len(f.Questions) == 0:
			c.Add(it.Line, "%s %s: a facet needs empathy, insights and questions", what, f.ID)
		case !hasUnconditionalFirst(f.First):
			c.Add(it.Line, "%s %s: a facet needs a first step without when/unless/fits", what, f.ID)
		case len(f.HowTo) == 0:
			c.Add(it.Line, "%s %s: a facet needs how_to notes", what, f.ID)
		}
		out = append(out, f)
	}
	return out
}

func hasUnconditionalFirst(fs []First) bool {
	for _, f := range fs {
		if !f.Conditional() {
			return true
		}
	}
	return false
}

// hasOpenQuestion reports whether some question asks no fact and has no
// rule, so a question can always be put, whatever is known.
func hasOpenQuestion(qs []Question) bool {
	for _, q := range qs {
		if len(q.Asks) == 0 && !q.Conditional() {
			return true
		}
	}
	return false
}
