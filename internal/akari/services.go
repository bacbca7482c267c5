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
	// Answer: the message is a short answer to Akari's own last question
	// (「3年くらい」「人事には言ってない」「毎日」「いない」); it is reflected
	// first, in a line of its own, and the reply goes on from it.
	Answer Answer
	// Deferred: the message was set aside in care mode (asked instead of
	// answering tonight's check) and is answered now: not a message sent
	// again.
	Deferred bool
}

// Answer is a short answer to Akari's last question, read from its
// construction. The zero value is no answer.
type Answer struct {
	Kind AnswerKind
	// What is the answer's own words to reflect: the span for a
	// duration (3年くらい, 去年から) or a frequency (ほぼ毎日); the person
	// for told/not told (人事, 誰にも; may be empty).
	What string
	// Months is a duration's length, or -1 when it is not a count
	// (去年から).
	Months int
}

// AnswerKind is the construction of a short answer.
type AnswerKind string

const (
	AnswerNone      AnswerKind = ""
	AnswerDuration  AnswerKind = "duration"    // 3年くらい, 半年, 去年から
	AnswerOften     AnswerKind = "often"       // 毎日, 週3くらい, しょっちゅう
	AnswerSometimes AnswerKind = "sometimes"   // たまに, 月1くらい
	AnswerTold      AnswerKind = "told"        // 上司には言った
	AnswerNotTold   AnswerKind = "not_told"    // 人事には言ってない, 誰にも話してへん
	AnswerCannot    AnswerKind = "cannot_tell" // 親には言えない
	AnswerRemote    AnswerKind = "remote_days" // 週3 to 「在宅は週に何日ですか？」; What is the count
	AnswerYes       AnswerKind = "yes"         // はい, いる, ある
	AnswerNo        AnswerKind = "no"          // いいえ, いない, ない
)

// Ask is what a follow-up message asks of the current worry.
type Ask string

const (
	AskNone      Ask = ""
	AskWhatFirst Ask = "what_first" // どうしたらいい？ 何からすれば？ — one prioritised step and why
	AskHowTo     Ask = "how_to"     // どう伝えればいい？ — an answer from the playbook's how-to notes
	AskMore      Ask = "more"       // もっと詳しく — new material, or honestly "that is the core of it"
	AskThanks    Ask = "thanks"     // ありがとう — a warm close that fits
	AskPlan      Ask = "plan"       // 今週やることを3つにまとめて — what to do, from what was said
	AskListen    Ask = "listen"     // アドバイスじゃなくて、聞いてほしかっただけ — heard, with no advice
	AskHeard     Ask = "heard"      // more told after asking only to be heard — reflected, one question, no steps
)

// Advice is an advisor's answer: one or two texts fit for LINE.
type Advice struct {
	Texts  []string
	Source string // "offline" or "llm"
	// Category is the worry the guidance answers when the advisor met the
	// message as another worry than the one it was asked for (a contract
	// not renewed, told among colleagues, is the contract's worry); empty
	// when it answered the worry asked. The conversation keeps it, so the
	// follow-ups go on in the worry that was answered.
	Category Category
}

// Advisor writes guidance for one message.
type Advisor interface {
	Advise(ctx context.Context, req AdviceRequest) (Advice, error)
}
