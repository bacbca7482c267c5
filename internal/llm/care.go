package llm

import (
	"context"
	"errors"

	"github.com/akari-career/akari/internal/akari"
)

// PurposeCare labels the calls that write care replies.
const PurposeCare = "care"

// Care writes a reply in care mode: the care prompt (no career advice, no
// jobs, a 24-hour line named) with the recent conversation. It implements
// conversation.CareWriter; the engine checks the answer and falls back to
// the fixed care line. An injection attempt gets no model answer at all.
func (a *Advisor) Care(ctx context.Context, req akari.AdviceRequest) (akari.Advice, error) {
	lib := a.library()
	if lib == nil {
		return akari.Advice{}, &Error{Reason: "no_prompts", Err: akari.ErrUnavailable}
	}
	text := a.opt.Masker.Mask(req.Text)
	if Injection(text) {
		a.obs.Call(PurposeCare, "injection")
		return akari.Advice{}, &Error{Reason: "injection", Err: errors.New("an injection attempt in care mode gets the fixed care line")}
	}
	in := a.promptInput(lib, text, req)
	in.care = true
	adv, err := a.answer(ctx, PurposeCare, lib, in, req.State)
	if err == nil && adv.Source != SourceLLM {
		return akari.Advice{}, &Error{Reason: "leak", Err: errors.New("the care reply leaked the prompt")}
	}
	adv.Source = "care"
	return adv, err
}
