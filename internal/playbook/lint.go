package playbook

import (
	"cmp"
	"fmt"
	"io/fs"
	"slices"
	"strings"
)

// Limits, in runes (characters as people count them). They keep every
// reply the offline advisor composes within 600 characters, far below
// LINE's 5000-unit text limit, and the LLM prompt small. prompts/README.md
// lists the same numbers for operators.
const (
	MaxPersonaRunes    = 6000 // persona.md, as written
	MaxSafetyRunes     = 6000 // safety.md
	MaxMessageRunes    = 1000 // one template in messages.yaml, as written
	MaxLabelRunes      = 20   // a playbook label; LINE's quick-reply label limit too
	MaxQuickTextRunes  = 300  // the text a quick reply sends
	MaxQuickReplies    = 13   // chips in one set (LINE's limit)
	MaxUnderstandRunes = 1200 // a playbook's understand text
	MaxInsightRunes    = 200
	MaxEmpathyRunes    = 150
	MaxStepRunes       = 200
	MaxQuestionRunes   = 120
	MaxKeywordRunes    = 150 // a keyword's tailored line
	MinSteps           = 8   // per worry playbook, so replies vary across turns
	MinInsights        = 3
	MinQuestions       = 3
	MinEmpathy         = 3 // and at least one without keywords
)

// Problem is one thing wrong in the prompt files. Line is 1-based; 0 means
// the problem concerns the whole file.
type Problem struct {
	File string
	Line int
	Msg  string
}

// String formats p as "file:line: msg" (or "file: msg" without a line),
// the form editors and CI logs recognise.
func (p Problem) String() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg)
	}
	return fmt.Sprintf("%s: %s", p.File, p.Msg)
}

// Problems is the error Load returns when the files do not pass Lint; use
// errors.As to get the list.
type Problems []Problem

func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return fmt.Sprintf("%d problem(s) in prompt files:\n%s", len(ps), strings.Join(lines, "\n"))
}

// Lint checks the prompt files in fsys and reports every problem found,
// sorted by file and line. No problems means Load will accept the files.
func Lint(fsys fs.FS) []Problem {
	_, probs := load(fsys)
	return probs
}

// Load reads and checks the prompt files in fsys. Any problem Lint would
// report makes it fail with a Problems error, so a half-broken library is
// never served.
func Load(fsys fs.FS) (*Library, error) {
	lib, probs := load(fsys)
	if len(probs) > 0 {
		return nil, fmt.Errorf("load prompts: %w", Problems(probs))
	}
	return lib, nil
}

// collector gathers problems for one file.
type collector struct {
	file  string
	probs *[]Problem
}

func (c collector) add(line int, format string, args ...any) {
	*c.probs = append(*c.probs, Problem{File: c.file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

func sortProblems(ps []Problem) {
	slices.SortStableFunc(ps, func(a, b Problem) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line))
	})
}
