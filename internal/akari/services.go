package akari

import "context"

// Classifier understands which worry a message is about.
type Classifier interface {
	Classify(ctx context.Context, text string) (Classification, error)
}

// AdviceRequest is what an advisor needs to answer one message.
type AdviceRequest struct {
	Text           string // the person's message, masked
	Classification Classification
	State          *State // read-only: the conversation before this message
}

// Advice is an advisor's answer: one or two texts fit for LINE.
type Advice struct {
	Texts  []string
	Source string // "offline" or "llm"
}

// Advisor writes guidance for one message.
type Advisor interface {
	Advise(ctx context.Context, req AdviceRequest) (Advice, error)
}
