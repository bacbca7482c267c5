package yamldoc

import (
	"strings"

	"go.yaml.in/yaml/v3"
)

// Pair is one key: value entry of a mapping, with the key's line.
type Pair struct {
	Key   string
	Line  int
	Value *yaml.Node // aliases resolved
}

// Pairs lists the entries of mapping n and reports duplicate keys, which
// YAML would otherwise resolve silently by keeping the last. n must be a
// mapping (see Mapping).
func (f File) Pairs(n *yaml.Node) []Pair {
	seen := map[string]int{}
	var out []Pair
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if prev, dup := seen[k.Value]; dup {
			f.Add(k.Line, "duplicate key %q (first at line %d)", k.Value, prev)
			continue
		}
		seen[k.Value] = k.Line
		out = append(out, Pair{Key: k.Value, Line: k.Line, Value: Resolve(v)})
	}
	return out
}

// Mapping reports whether n is a mapping, recording "what: want …" with
// the expected fields otherwise.
func (f File) Mapping(n *yaml.Node, what, fields string) bool {
	if n.Kind != yaml.MappingNode {
		f.Add(n.Line, "%s: want %s", what, fields)
		return false
	}
	return true
}

// Scalar returns the value of a single-valued node, trimmed; null (an
// empty value) is "". Anything else is recorded as "what: want a single
// value".
func (f File) Scalar(n *yaml.Node, what string) (string, bool) {
	if n.Kind != yaml.ScalarNode {
		f.Add(n.Line, "%s: want a single value", what)
		return "", false
	}
	if n.Tag == "!!null" {
		return "", true
	}
	return strings.TrimSpace(n.Value), true
}

// List returns the items of a sequence node, aliases resolved, or records
// "what: want a list".
func (f File) List(n *yaml.Node, what string) ([]*yaml.Node, bool) {
	if n.Kind != yaml.SequenceNode {
		f.Add(n.Line, "%s: want a list", what)
		return nil, false
	}
	items := make([]*yaml.Node, len(n.Content))
	for i, c := range n.Content {
		items[i] = Resolve(c)
	}
	return items, true
}

// Bool reads a YAML 1.2 boolean, true or false. yaml would also take
// "yes" or "on", which is too easy to write by mistake for a flag people
// rely on.
func (f File) Bool(n *yaml.Node, what string) (bool, bool) {
	var b bool
	if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!bool" || n.Decode(&b) != nil {
		f.Add(n.Line, "%s: want true or false, got %q", what, n.Value)
		return false, false
	}
	return b, true
}

// Int reads a whole number.
func (f File) Int(n *yaml.Node, what string) (int, bool) {
	var i int
	if n.Kind != yaml.ScalarNode || n.Decode(&i) != nil {
		f.Add(n.Line, "%s: want a whole number, got %q", what, n.Value)
		return 0, false
	}
	return i, true
}

// Resolve follows aliases (*name) to the node they stand for.
func Resolve(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n
}

// LineOf returns the line of key in mapping m, or 0 when it is absent.
func LineOf(m *yaml.Node, key string) int {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i].Line
		}
	}
	return 0
}
