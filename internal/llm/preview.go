package llm

import (
	"fmt"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/playbook"
)

// PreviewMessage is one chat message of a previewed request.
type PreviewMessage struct {
	Role    string `json:"role"` // system, user or assistant
	Content string `json:"content"`
}

// Preview is the request the Advisor would send for one message, built
// without calling the model: for operators who want to see what the model
// is told.
type Preview struct {
	// System is the system prompt: persona, playbook and safety rules, what
	// is known about the person, and the summary.
	System string
	// Messages is the whole request, the system prompt first.
	Messages []PreviewMessage
	// Tokens is the request's estimated size; Turns how many earlier turns
	// fitted; Summary whether the rolling summary was included.
	Tokens  int
	Turns   int
	Summary bool
	// Skipped says why the model would not be asked at all ("crisis": the
	// fixed crisis line answers; "injection": the injection line answers);
	// empty when it would. The prompt is built anyway, for the record.
	Skipped string
}

// PreviewPrompt builds the request Advisor.Advise would send for req with
// lib, under opt's limits and masking, and never calls a model. An error
// means the Advisor would fail too (no playbook, a prompt over budget).
func PreviewPrompt(lib *playbook.Library, req akari.AdviceRequest, opt AdvisorOptions) (Preview, error) {
	if lib == nil {
		return Preview{}, fmt.Errorf("preview prompt: no prompt library: %w", akari.ErrUnavailable)
	}
	a := NewAdvisor(nil, "", func() *playbook.Library { return lib }, nil, opt)
	return a.Preview(req)
}

// Preview builds the request Advise would send for req now, with the
// current library, without calling the model.
func (a *Advisor) Preview(req akari.AdviceRequest) (Preview, error) {
	lib := a.library()
	if lib == nil {
		return Preview{}, fmt.Errorf("preview prompt: no prompt library: %w", akari.ErrUnavailable)
	}
	text := a.opt.Masker.Mask(req.Text)
	var skipped string
	switch {
	case req.Classification.Crisis:
		skipped = "crisis"
	case Injection(text):
		skipped = "injection"
	}
	p, err := buildPrompt(a.promptInput(lib, text, req), a.opt.Estimator, a.opt.MaxPromptTokens)
	if err != nil {
		return Preview{}, fmt.Errorf("preview prompt: %w", err)
	}
	out := Preview{Tokens: p.tokens, Turns: p.turns, Summary: p.summary, Skipped: skipped}
	for _, m := range p.messages {
		out.Messages = append(out.Messages, PreviewMessage{Role: m.Role, Content: m.Content})
	}
	if len(out.Messages) > 0 {
		out.System = out.Messages[0].Content
	}
	return out, nil
}
