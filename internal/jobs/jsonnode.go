package jobs

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"

	"go.yaml.in/yaml/v3"

	"github.com/akari-career/akari/internal/yamldoc"
)

// parseJSON reads a JSON catalog into the same node tree YAML gives, with
// lines computed from byte offsets, so both formats share one decoder and
// one set of messages.
func parseJSON(data []byte, p yamldoc.File) *yaml.Node {
	lines := newLineIndex(data)
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	j := jsonReader{dec: dec, lines: lines}
	root, err := j.value()
	if err == nil {
		if _, terr := dec.Token(); terr != io.EOF {
			p.Add(lines.line(dec.InputOffset()), "unexpected data after the top-level value")
			return nil
		}
	}
	if err != nil {
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			if len(bytes.TrimSpace(data)) == 0 {
				p.Add(1, "no listings (want a JSON array of listings)")
			} else {
				p.Add(lines.line(int64(len(data))), "unexpected end of JSON")
			}
			return nil
		}
		var se *json.SyntaxError
		off := dec.InputOffset()
		if errors.As(err, &se) && se.Offset > 0 {
			off = se.Offset
		}
		p.Add(lines.line(off), "%v", err)
		return nil
	}
	return root
}

type jsonReader struct {
	dec   *json.Decoder
	lines lineIndex
}

// value reads one JSON value. The line is taken at the end of the token,
// which is the token's own line: JSON strings cannot hold raw newlines.
func (j jsonReader) value() (*yaml.Node, error) {
	tok, err := j.dec.Token()
	if err != nil {
		return nil, err
	}
	line := j.lines.line(j.dec.InputOffset() - 1)
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			n := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: line}
			for j.dec.More() {
				k, err := j.value()
				if err != nil {
					return nil, err
				}
				v, err := j.value()
				if err != nil {
					return nil, err
				}
				n.Content = append(n.Content, k, v)
			}
			_, err := j.dec.Token() // '}'
			return n, err
		case '[':
			n := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Line: line}
			for j.dec.More() {
				v, err := j.value()
				if err != nil {
					return nil, err
				}
				n.Content = append(n.Content, v)
			}
			_, err := j.dec.Token() // ']'
			return n, err
		}
		return nil, fmt.Errorf("unexpected %q", rune(t))
	case string:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: t, Style: yaml.DoubleQuotedStyle, Line: line}, nil
	case json.Number:
		tag := "!!int"
		if _, err := t.Int64(); err != nil {
			tag = "!!float"
		}
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: t.String(), Line: line}, nil
	case bool:
		v := "false"
		if t {
			v = "true"
		}
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: v, Line: line}, nil
	default: // null
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Value: "null", Line: line}, nil
	}
}

// lineIndex holds the offsets of the newlines of a file.
type lineIndex []int64

func newLineIndex(data []byte) lineIndex {
	var idx lineIndex
	for i, c := range data {
		if c == '\n' {
			idx = append(idx, int64(i))
		}
	}
	return idx
}

// line returns the 1-based line holding byte offset off.
func (idx lineIndex) line(off int64) int {
	return sort.Search(len(idx), func(i int) bool { return idx[i] >= off }) + 1
}
