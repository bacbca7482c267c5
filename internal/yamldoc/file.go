package yamldoc

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// File reads one file and collects its problems into Problems, which
// several Files may share.
type File struct {
	Name     string
	Problems *Problems
}

// NewFile returns a File named name that adds its problems to ps.
func NewFile(name string, ps *Problems) File { return File{Name: name, Problems: ps} }

// Add records a problem at line (0 for the whole file).
func (f File) Add(line int, format string, args ...any) {
	*f.Problems = append(*f.Problems, Problem{File: f.Name, Line: line, Msg: fmt.Sprintf(format, args...)})
}

var yamlErrLine = regexp.MustCompile(`line (\d+)`)

// Parse parses data as one YAML document and returns its root node. It
// returns ok false after recording "YAML syntax error: …" at the line of
// the error, and a nil root with ok true when the document is empty.
func (f File) Parse(data []byte) (root *yaml.Node, ok bool) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		line, msg := syntaxError(err.Error())
		f.Add(line, "YAML syntax error: %s", msg)
		return nil, false
	}
	if len(doc.Content) == 0 {
		return nil, true
	}
	return doc.Content[0], true
}

// ParseMapping parses a file whose top level must be a mapping of keys
// and returns that mapping, or nil after recording why there is none.
func (f File) ParseMapping(data []byte) *yaml.Node {
	root, ok := f.Parse(data)
	switch {
	case !ok:
		return nil
	case root == nil:
		f.Add(0, "file is empty")
		return nil
	case root.Kind != yaml.MappingNode:
		f.Add(root.Line, "want a mapping of keys at the top level")
		return nil
	}
	return root
}

// syntaxError splits yaml's "yaml: line 7: msg" into the line and msg.
func syntaxError(s string) (int, string) {
	line := 0
	if m := yamlErrLine.FindStringSubmatch(s); m != nil {
		line, _ = strconv.Atoi(m[1])
	}
	msg := strings.TrimPrefix(s, "yaml: ")
	msg = yamlErrLine.ReplaceAllString(msg, "")
	msg = strings.TrimLeft(msg, ": ")
	if line > 0 && parserError(msg) {
		// The parser (not the scanner) reports a 0-based line: the line
		// where the unfinished list or mapping began.
		line++
	}
	return line, msg
}

// parserError reports whether msg is one of the yaml parser's errors,
// whose line numbers are off by one (scanner errors are right).
func parserError(msg string) bool {
	for _, what := range []string{"node content", "key", "'-' indicator", "',' or", "<document start>"} {
		if strings.HasPrefix(msg, "did not find expected "+what) {
			return true
		}
	}
	return false
}
