package playbook

import (
	"go.yaml.in/yaml/v3"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/yamldoc"
)

// parsePlaybook reads one playbooks/<id>.yaml. It reports every problem and
// returns nil only when the file cannot be read as a playbook at all.
func parsePlaybook(c yamldoc.File, cat akari.Category, data []byte) *Playbook {
	root := c.ParseMapping(data)
	if root == nil {
		return nil
	}
	pb := &Playbook{Category: cat}
	var insights []text
	seen := map[string]bool{}
	for _, p := range c.Pairs(root) {
		seen[p.Key] = true
		switch p.Key {
		case "label":
			c.Add(p.Line, "label belongs in %s/%s.yaml, where the worry taxonomy is defined once", CategoryDir, cat)
		case "understand":
			if t, ok := scalar(c, p.Value, "understand"); ok && checkPlain(c, t, "understand", MaxUnderstandRunes) {
				pb.Understand = t.s
			}
		case "insights":
			insights = texts(c, p.Value, "insight", MaxInsightRunes)
		case "empathy":
			pb.Empathy = parseEmpathy(c, p.Value)
		case "steps":
			pb.Steps = parseSteps(c, p.Value, "step")
		case "questions":
			pb.Questions = parseQuestions(c, p.Value, "question")
		case "keywords":
			pb.Keywords = parseKeywords(c, p.Value)
		case "jobs":
			pb.Jobs = strs(texts(c, p.Value, "job tag", MaxLabelRunes))
		case "first":
			pb.First = parseFirst(c, p.Value, "first")
		case "how_to":
			pb.HowTo = parseNotes(c, p.Value, "how_to")
		case "closing":
			pb.Closing = strs(texts(c, p.Value, "closing", MaxClosingRunes))
		case "gentle":
			pb.Gentle = strs(texts(c, p.Value, "gentle line", MaxEmpathyRunes))
		case "facets":
			pb.Facets = parseFacets(c, p.Value, "facet")
		default:
			c.Add(p.Line, "unknown key %q (understand, insights, empathy, steps, questions, keywords, jobs, first, how_to, closing, gentle, facets)", p.Key)
		}
	}
	pb.Insights = strs(insights)

	for _, k := range []string{"understand", "empathy", "questions"} {
		if !seen[k] {
			c.Add(0, "missing %q", k)
		}
	}
	general := 0
	for _, e := range pb.Empathy {
		if len(e.Keywords) == 0 {
			general++
		}
	}
	if seen["empathy"] && general == 0 {
		c.Add(0, "empathy needs at least one line without keywords, for messages no keyword matches")
	}
	if seen["questions"] && len(pb.Questions) == 0 {
		c.Add(0, "questions: at least one question is needed")
	}
	if seen["questions"] && len(pb.Questions) > 0 && !hasOpenQuestion(pb.Questions) {
		c.Add(yamldoc.LineOf(root, "questions"), "questions: at least one must ask no fact and have no when/unless/fits, so there is always something to ask")
	}
	// "other" answers greetings and small talk: no steps or insights.
	if cat == akari.Other {
		return pb
	}
	for _, k := range []string{"insights", "steps", "jobs", "first", "how_to", "closing"} {
		if !seen[k] {
			c.Add(0, "missing %q", k)
		}
	}
	if seen["steps"] && len(pb.Steps) < MinSteps {
		c.Add(yamldoc.LineOf(root, "steps"), "only %d steps; a worry playbook needs at least %d so replies vary across turns", len(pb.Steps), MinSteps)
	}
	if seen["insights"] && len(pb.Insights) < MinInsights {
		c.Add(yamldoc.LineOf(root, "insights"), "only %d insights; at least %d are needed", len(pb.Insights), MinInsights)
	}
	if seen["questions"] && len(pb.Questions) < MinQuestions {
		c.Add(yamldoc.LineOf(root, "questions"), "only %d questions; at least %d are needed", len(pb.Questions), MinQuestions)
	}
	if seen["empathy"] && len(pb.Empathy) < MinEmpathy {
		c.Add(yamldoc.LineOf(root, "empathy"), "only %d empathy lines; at least %d are needed", len(pb.Empathy), MinEmpathy)
	}
	if seen["first"] && !hasUnconditionalFirst(pb.First) {
		c.Add(yamldoc.LineOf(root, "first"), "first: at least one entry must have no when/unless/fits, so \"what first?\" always has an answer")
	}
	if seen["how_to"] && len(pb.HowTo) < MinHowTo {
		c.Add(yamldoc.LineOf(root, "how_to"), "only %d how_to notes; at least %d are needed", len(pb.HowTo), MinHowTo)
	}
	if seen["closing"] && len(pb.Closing) < MinClosing {
		c.Add(yamldoc.LineOf(root, "closing"), "only %d closing lines; at least %d are needed", len(pb.Closing), MinClosing)
	}
	return pb
}

// parseEmpathy reads empathy lines: a plain string is a general line, a
// mapping {text, keywords} is used only when a keyword matches.
func parseEmpathy(c yamldoc.File, n *yaml.Node) []Line {
	var out []Line
	for _, item := range sequence(c, n, "empathy") {
		if item.Kind == yaml.ScalarNode {
			if t, ok := scalar(c, item, "empathy"); ok && checkPlain(c, t, "empathy line", MaxEmpathyRunes) {
				out = append(out, Line{Text: t.s})
			}
			continue
		}
		if item.Kind != yaml.MappingNode {
			c.Add(item.Line, "empathy: expected text or {text, keywords}")
			continue
		}
		var l Line
		for _, f := range c.Pairs(item) {
			switch f.Key {
			case "text":
				if t, ok := scalar(c, f.Value, "empathy text"); ok && checkPlain(c, t, "empathy line", MaxEmpathyRunes) {
					l.Text = t.s
				}
			case "keywords":
				l.Keywords = strs(texts(c, f.Value, "empathy keyword", MaxLabelRunes))
			case "ask":
				if t, ok := scalar(c, f.Value, "empathy ask"); ok && checkPlain(c, t, "empathy ask", MaxEmpathyRunes) {
					l.Ask = t.s
				}
			default:
				if !ruleField(c, f, &l.Rule, "empathy") {
					c.Add(f.Line, "empathy: unknown field %q (text, keywords, ask, when, unless, fits)", f.Key)
				}
			}
		}
		if l.Text == "" {
			c.Add(item.Line, "empathy: entry without text")
			continue
		}
		out = append(out, l)
	}
	return out
}

// parseKeywords reads [{terms: [...], line: ...}].
func parseKeywords(c yamldoc.File, n *yaml.Node) []Keyword {
	var out []Keyword
	for _, item := range sequence(c, n, "keywords") {
		if item.Kind != yaml.MappingNode {
			c.Add(item.Line, "keywords: expected {terms, line}")
			continue
		}
		var k Keyword
		for _, f := range c.Pairs(item) {
			switch f.Key {
			case "terms":
				k.Terms = strs(texts(c, f.Value, "keyword term", MaxLabelRunes))
			case "line":
				if t, ok := scalar(c, f.Value, "keyword line"); ok && checkPlain(c, t, "keyword line", MaxKeywordRunes) {
					k.Line = t.s
				}
			default:
				if !ruleField(c, f, &k.Rule, "keywords") {
					c.Add(f.Line, "keywords: unknown field %q (terms, line, when, unless, fits)", f.Key)
				}
			}
		}
		if len(k.Terms) == 0 || k.Line == "" {
			c.Add(item.Line, "keywords: an entry needs terms and a line")
			continue
		}
		out = append(out, k)
	}
	return out
}
