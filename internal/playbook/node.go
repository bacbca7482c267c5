package playbook

import (
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/akari-career/akari/internal/yamldoc"
)

// The prompt YAML files are read node by node with yamldoc rather than
// decoded into structs, so every problem can name the line it is on.

// text is a string value with the line it starts on.
type text struct {
	s    string
	line int // line of the node
	// body is the line the text itself starts on: the line after "|" or
	// ">" for block scalars, else the node's line.
	body int
}

// scalar reads a non-empty text.
func scalar(c yamldoc.File, n *yaml.Node, what string) (text, bool) {
	s, ok := c.Scalar(n, what)
	if !ok {
		return text{}, false
	}
	t := text{s: s, line: n.Line, body: n.Line}
	if n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
		t.body = n.Line + 1
	}
	if t.s == "" {
		c.Add(n.Line, "%s: empty text", what)
		return t, false
	}
	return t, true
}

func sequence(c yamldoc.File, n *yaml.Node, what string) []*yaml.Node {
	items, _ := c.List(n, what)
	return items
}

// texts reads a list of strings, each at most max runes and none a
// template (playbook texts are used as written).
func texts(c yamldoc.File, n *yaml.Node, what string, max int) []text {
	var out []text
	for _, item := range sequence(c, n, what) {
		if t, ok := scalar(c, item, what); ok && checkPlain(c, t, what, max) {
			out = append(out, t)
		}
	}
	return out
}

// checkPlain reports over-long text and template syntax in text that is
// not a template.
func checkPlain(c yamldoc.File, t text, what string, max int) bool {
	ok := true
	if n := utf8.RuneCountInString(t.s); n > max {
		c.Add(t.line, "%s is too long: %d characters (limit %d)", what, n, max)
		ok = false
	}
	if strings.Contains(t.s, "{{") {
		c.Add(t.line, "%s: playbook texts are not templates; remove {{ }}", what)
		ok = false
	}
	return ok
}

func strs(ts []text) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.s
	}
	return out
}
