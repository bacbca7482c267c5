package playbook

import (
	"fmt"
	"io/fs"

	"github.com/akari-career/akari/internal/yamldoc"
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

// Problem is one thing wrong in the prompt files; String gives
// "file:line: msg", the form editors and CI logs recognise.
type Problem = yamldoc.Problem

// Problems is the error Load returns when the files do not pass Lint; use
// errors.As to get the list.
type Problems = yamldoc.Problems

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
		return nil, fmt.Errorf("load prompts: %d problem(s) in prompt files:\n%w", len(probs), probs)
	}
	return lib, nil
}
