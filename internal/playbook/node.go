package playbook

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// The prompt YAML files are read node by node rather than decoded into
// structs, so every problem can name the line it is on.

var yamlErrLine = regexp.MustCompile(`line (\d+)`)

// parseYAML returns the top-level mapping of data, or nil after reporting
// why there is none.
func parseYAML(c collector, data []byte) *yaml.Node {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		line := 0
		if m := yamlErrLine.FindStringSubmatch(err.Error()); m != nil {
			line, _ = strconv.Atoi(m[1])
		}
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		msg = yamlErrLine.ReplaceAllString(msg, "")
		msg = strings.TrimLeft(msg, ": ")
		if parserError(msg) {
			// yaml.v3 reports parser (not scanner) errors with a 0-based
			// line: the line where the unfinished list or mapping began.
			line++
		}
		c.add(line, "YAML syntax error: %s", msg)
		return nil
	}
	if len(doc.Content) == 0 {
		c.add(0, "file is empty")
		return nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		c.add(root.Line, "expected a mapping of keys at the top level")
		return nil
	}
	return root
}

// parserError reports whether msg is one of yaml.v3's parser errors, whose
// line numbers are off by one (scanner errors are right).
func parserError(msg string) bool {
	if !strings.HasPrefix(msg, "did not find expected ") {
		return false
	}
	for _, what := range []string{"node content", "key", "'-' indicator", "',' or", "<document start>"} {
		if strings.HasPrefix(msg, "did not find expected "+what) {
			return true
		}
	}
	return false
}

// pair is one key: value entry of a mapping.
type pair struct {
	key   string
	line  int
	value *yaml.Node
}

// pairs lists the entries of a mapping node, reporting duplicate keys (YAML
// would silently keep the last one).
func pairs(c collector, n *yaml.Node) []pair {
	seen := map[string]int{}
	var out []pair
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if prev, dup := seen[k.Value]; dup {
			c.add(k.Line, "duplicate key %q (first at line %d)", k.Value, prev)
			continue
		}
		seen[k.Value] = k.Line
		out = append(out, pair{key: k.Value, line: k.Line, value: v})
	}
	return out
}

// text is a string value with the line it starts on.
type text struct {
	s    string
	line int // line of the node
	// body is the line the text itself starts on: the line after "|" or
	// ">" for block scalars, else the node's line.
	body int
}

func scalar(c collector, n *yaml.Node, what string) (text, bool) {
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		c.add(n.Line, "%s: expected text", what)
		return text{}, false
	}
	t := text{s: strings.TrimSpace(n.Value), line: n.Line, body: n.Line}
	if n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
		t.body = n.Line + 1
	}
	if t.s == "" {
		c.add(n.Line, "%s: empty text", what)
		return t, false
	}
	return t, true
}

func sequence(c collector, n *yaml.Node, what string) []*yaml.Node {
	if n.Kind != yaml.SequenceNode {
		c.add(n.Line, "%s: expected a list", what)
		return nil
	}
	return n.Content
}

// texts reads a list of strings, each at most max runes and none a
// template (playbook texts are used as written).
func texts(c collector, n *yaml.Node, what string, max int) []text {
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
func checkPlain(c collector, t text, what string, max int) bool {
	ok := true
	if n := utf8.RuneCountInString(t.s); n > max {
		c.add(t.line, "%s is too long: %d characters (limit %d)", what, n, max)
		ok = false
	}
	if strings.Contains(t.s, "{{") {
		c.add(t.line, "%s: playbook texts are not templates; remove {{ }}", what)
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
