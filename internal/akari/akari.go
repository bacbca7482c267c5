// Package akari holds the domain of the product: worry categories,
// conversations and their turns, what Akari says back, and the small
// interfaces the conversation engine needs from the outside world. It imports
// nothing of ours, so every adapter (LINE, Redis, the LLM, the console) can
// depend on it without depending on each other.
package akari

import "fmt"

// Risk is how strongly a message shows suicidal thoughts or self-harm.
// The levels are a contract (DESIGN.md: "none|concern|high").
type Risk string

const (
	// RiskNone: no sign.
	RiskNone Risk = "none"
	// RiskConcern: a passive wish (目が覚めなければいいのに, 消えてしまいたい)
	// or hopelessness touching on death (生きてる意味がない). Akari asks
	// plainly whether the person is thinking of dying.
	RiskConcern Risk = "concern"
	// RiskHigh: an explicit wish, a plan, a method or self-harm.
	RiskHigh Risk = "high"
)

// Valid reports whether r is one of the three levels.
func (r Risk) Valid() bool { return r == RiskNone || r == RiskConcern || r == RiskHigh }

// Crisis reports whether r is concern or high.
func (r Risk) Crisis() bool { return r == RiskConcern || r == RiskHigh }

// rank orders the levels; unknown values rank as none.
func (r Risk) rank() int {
	switch r {
	case RiskConcern:
		return 1
	case RiskHigh:
		return 2
	}
	return 0
}

// MaxRisk returns the higher of two levels (RiskNone for two unknowns).
func MaxRisk(a, b Risk) Risk {
	if a.rank() >= b.rank() {
		if a.Valid() {
			return a
		}
		return RiskNone
	}
	return b
}

// ParseRisk turns "none", "concern" or "high" into a Risk.
func ParseRisk(s string) (Risk, error) {
	r := Risk(s)
	if !r.Valid() {
		return "", fmt.Errorf("unknown risk level %q (want none, concern or high)", s)
	}
	return r, nil
}

// RiskOf is c's risk level, for classifications that set only Crisis: a
// crisis without a level counts as high, the safe side.
func RiskOf(c Classification) Risk {
	switch {
	case c.Risk.Crisis():
		return c.Risk
	case c.Crisis:
		return RiskHigh
	}
	return RiskNone
}

// Classification is what the classifier understood of one message.
type Classification struct {
	Category Category `json:"category"`
	// Crisis is true for any sign of suicidal thoughts or self-harm: Risk
	// concern or high.
	Crisis     bool    `json:"crisis"`
	Confidence float64 `json:"confidence"` // 0..1
	// Risk says how strong the crisis sign is. It may be empty from
	// classifiers that only know Crisis; RiskOf reads both.
	Risk Risk `json:"risk,omitempty"`
	// Summary is a one-line gist, filled by the LLM classifier only.
	Summary string `json:"summary,omitempty"`
	// Source says who decided: "offline", "llm" or "context" (a short
	// follow-up that kept the current category).
	Source string `json:"source,omitempty"`
	// Jest is the risk of a wish the classifier set aside as said in
	// jest (消えたい笑 after a gaffe), empty otherwise: the words alone are
	// hyperbole, but a conversation, which can ask, meets them as a sign.
	Jest Risk `json:"-"`
}
