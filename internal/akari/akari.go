// Package akari holds the domain of the product: worry categories,
// conversations and their turns, what Akari says back, and the small
// interfaces the conversation engine needs from the outside world. It imports
// nothing of ours, so every adapter (LINE, Redis, the LLM, the console) can
// depend on it without depending on each other.
package akari

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
