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
	// Ask is what the message asks within the current worry, when it is a
	// follow-up rather than a new worry.
	Ask Ask
	// Distressed: the message shows pain (つらい, 😢…); the answer is quiet
	// and gentle — no 「！」, no cheerful emoji — acknowledges first and asks
	// one soft question.
	Distressed bool
}

// Ask is what a follow-up message asks of the current worry.
type Ask string

const (
	AskNone      Ask = ""
	AskWhatFirst Ask = "what_first" // どうしたらいい？ 何からすれば？ — one prioritised step and why
	AskHowTo     Ask = "how_to"     // どう伝えればいい？ — an answer from the playbook's how-to notes
	AskMore      Ask = "more"       // もっと詳しく — new material, or honestly "that is the core of it"
	AskThanks    Ask = "thanks"     // ありがとう — a warm close that fits
)

// Advice is an advisor's answer: one or two texts fit for LINE.
type Advice struct {
	Texts  []string
	Source string // "offline" or "llm"
}

// Advisor writes guidance for one message.
type Advisor interface {
	Advise(ctx context.Context, req AdviceRequest) (Advice, error)
}
