package jobs

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
)

// Error is one problem in a catalog file or spreadsheet, with where it is.
// Load and ImportCSV return every problem they find, joined with
// errors.Join; errors.As finds the first, and the joined message lists one
// "name:line: msg" per line.
type Error struct {
	Name string // the name given to Load or ImportCSV (usually the path)
	Line int    // 1-based; 0 when the problem has no line (NewCatalog)
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Name, e.Line, e.Msg)
	}
	return e.Name + ": " + e.Msg
}

// problems collects errors for one file.
type problems struct {
	name string
	list []*Error
}

func (p *problems) add(line int, format string, args ...any) {
	p.list = append(p.list, &Error{Name: p.name, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// err returns the problems sorted by line (stable, so problems on one line
// keep the order they were found in), joined; nil when there are none.
func (p *problems) err() error {
	if len(p.list) == 0 {
		return nil
	}
	slices.SortStableFunc(p.list, func(a, b *Error) int { return cmp.Compare(a.Line, b.Line) })
	errs := make([]error, len(p.list))
	for i, e := range p.list {
		errs[i] = e
	}
	return errors.Join(errs...)
}
