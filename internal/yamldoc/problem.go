// Package yamldoc reads the YAML files operators edit (prompts, job
// catalogs) node by node, so that every mistake is reported as
// "file:line: message" — the form editors and CI logs jump to — instead of
// a decoder's first error. It holds the one Problem type those readers
// share, the parse step that turns a syntax error into a Problem on the
// right line, and helpers that read scalars, lists and mappings and report
// a wrong kind at the node's own line.
package yamldoc

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Problem is one mistake in a file. Line is 1-based; 0 means the problem
// concerns the whole file (a missing file, a missing key).
type Problem struct {
	File string
	Line int
	Msg  string
}

// String formats p as "file:line: msg", or "file: msg" without a line.
func (p Problem) String() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg)
	}
	return fmt.Sprintf("%s: %s", p.File, p.Msg)
}

// Error makes a single Problem usable as an error.
func (p Problem) Error() string { return p.String() }

// Problems is a list of problems; as an error it reads one problem per
// line. Use errors.As to get the list back.
type Problems []Problem

func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// Sort orders ps by file and line. It is stable: problems on one line keep
// the order they were found in.
func (ps Problems) Sort() {
	slices.SortStableFunc(ps, func(a, b Problem) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line))
	})
}

// Err returns ps sorted, or nil when there are none, so a reader can end
// with `return x, problems.Err()`.
func (ps Problems) Err() error {
	if len(ps) == 0 {
		return nil
	}
	ps.Sort()
	return ps
}
