// Package akari holds the domain of the product: worry categories,
// conversations and their turns, what Akari says back, and the small
// interfaces the conversation engine needs from the outside world. It imports
// nothing of ours, so every adapter (LINE, Redis, the LLM, the console) can
// depend on it without depending on each other.
package akari

import "fmt"

// Category is a stable worry id. The ids are a contract (DESIGN.md); the
// Japanese labels live in prompts/ so operators can change them.
type Category string

// The worry categories, in the order the UI lists them.
const (
	RemoteWorkEnvy         Category = "remote_work_envy"
	Resignation            Category = "resignation"
	HungUpCall             Category = "hung_up_call"
	WorkMeaning            Category = "work_meaning"
	ParentingBalance       Category = "parenting_balance"
	WorkplaceRelationships Category = "workplace_relationships"
	CareerChange           Category = "career_change"
	Salary                 Category = "salary"
	Other                  Category = "other"
)

// Categories returns every category id in display order. It returns a fresh
// slice so callers may modify it.
func Categories() []Category {
	return []Category{
		RemoteWorkEnvy, Resignation, HungUpCall, WorkMeaning, ParentingBalance,
		WorkplaceRelationships, CareerChange, Salary, Other,
	}
}

// Valid reports whether c is one of the known ids.
func (c Category) Valid() bool {
	switch c {
	case RemoteWorkEnvy, Resignation, HungUpCall, WorkMeaning, ParentingBalance,
		WorkplaceRelationships, CareerChange, Salary, Other:
		return true
	}
	return false
}

// ParseCategory turns an id into a Category, refusing unknown ids.
func ParseCategory(s string) (Category, error) {
	c := Category(s)
	if !c.Valid() {
		return "", fmt.Errorf("unknown worry category %q", s)
	}
	return c, nil
}

// Classification is what the classifier understood of one message.
type Classification struct {
	Category   Category `json:"category"`
	Crisis     bool     `json:"crisis"`
	Risk       Risk     `json:"risk"`
	Confidence float64  `json:"confidence"` // 0..1
	// Summary is a one-line gist, filled by the LLM classifier only.
	Summary string `json:"summary,omitempty"`
	// Source says who decided: "offline", "llm" or "context" (a short
	// follow-up that kept the current category).
	Source string `json:"source,omitempty"`
}

// Risk is how strongly a message signals suicidal thoughts or self-harm.
type Risk string

// The risk levels. Crisis is true for concern and high.
const (
	RiskNone    Risk = "none"
	RiskConcern Risk = "concern" // a passive wish, hopelessness touching on death
	RiskHigh    Risk = "high"    // an explicit wish, a plan, a method, self-harm
)
