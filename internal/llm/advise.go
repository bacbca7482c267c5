package llm

import (
	"context"
	"errors"
	"fmt"
	"net"
	"sync/atomic"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"github.com/akari-career/akari/internal/advice"
	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/facts"
	"github.com/akari-career/akari/internal/httpretry"
	"github.com/akari-career/akari/internal/playbook"
	"github.com/akari-career/akari/internal/privacy"
)

// Observer hears what the LLM path does, for metrics; the app adapts it to
// internal/metrics. Purpose is "advice" or "summary".
//
// Call results: ok, rate_limited (429), server_error (5xx), client_error
// (other 4xx), timeout, network, canceled — one per HTTP attempt, retries
// included — and, without any request sent, breaker_open and injection;
// leak when an answer quoted the instructions and was replaced.
type Observer interface {
	Call(purpose, result string)
	Tokens(purpose string, prompt, completion int)
	Fallback(purpose, reason string)
}

// Masker hides phone numbers and e-mail addresses.
type Masker interface{ Mask(string) string }

// Sources of Advice from this package.
const (
	SourceLLM   = "llm"
	SourceGuard = "guard" // the injection line, answered without the model
)

// Purposes reported to the Observer.
const (
	PurposeAdvice  = "advice"
	PurposeSummary = "summary"
)

// AdvisorOptions tune the Advisor; zero values take the defaults.
type AdvisorOptions struct {
	// Timeout bounds one Advise, retries included (default 20s). Callers
	// usually bound it further with ctx (see advice.WithFallback).
	Timeout time.Duration
	// Retries after a 429, a 5xx or a network error (default 2; -1 for
	// none). Other 4xx and timeouts are never retried.
	Retries int
	// Backoff before the first retry (default 300ms), doubled after each,
	// with ±20 % jitter; a retry that would not finish before the deadline
	// is not started.
	Backoff time.Duration
	// Breaker guards the endpoint; nil makes one with the defaults.
	Breaker *Breaker
	// MaxPromptTokens bounds the estimated request (default 3000).
	MaxPromptTokens int
	// MaxReplyTokens bounds the model's answer (default 800: about two
	// LINE texts of 600 characters, with room for trimming).
	MaxReplyTokens int
	// Temperature of the answer (default 0.7).
	Temperature float32
	// Estimator counts tokens (see Estimator).
	Estimator Estimator
	// Masker masks again what the engine already masked (default
	// privacy.NewMasker()): a slip there must not reach the model.
	Masker Masker
}

// Defaults.
const (
	DefaultAdviceTimeout  = 20 * time.Second
	DefaultRetries        = 2
	DefaultBackoff        = 300 * time.Millisecond
	DefaultMaxReplyTokens = 800
	maxBackoff            = 2 * time.Second
)

// Advisor answers worries with a chat model, in Akari's voice: the system
// prompt is the persona, the worry's playbook and the safety rules from
// prompts/, then what is known about the person and the rolling summary of
// older turns; the recent turns follow as chat messages. Its answers are
// cleaned for LINE (plain text, at most two texts of 600 characters).
//
// It fails rather than guess: on a timeout, an open breaker, a refused or
// unusable answer it returns an error, and the caller answers offline.
// Obvious prompt-injection attempts are answered with the "injection" line
// without calling the model. It is safe for concurrent use.
type Advisor struct {
	client  *openai.Client
	model   string
	library func() *playbook.Library
	obs     Observer
	opt     AdvisorOptions
	guard   atomic.Pointer[guardCache]
}

var _ akari.Advisor = (*Advisor)(nil)

// guardCache is the leak guard for one library; libraries are immutable, so
// it is rebuilt only when the prompts are reloaded.
type guardCache struct {
	lib   *playbook.Library
	guard leakGuard
}

// NewAdvisor builds an advisor on client. library is read on every call, so
// prompts reloaded on SIGHUP take effect for the next message. obs may be
// nil.
func NewAdvisor(client *openai.Client, model string, library func() *playbook.Library, obs Observer, opt AdvisorOptions) *Advisor {
	if model == "" {
		model = DefaultModel
	}
	if obs == nil {
		obs = nopObserver{}
	}
	if opt.Timeout <= 0 {
		opt.Timeout = DefaultAdviceTimeout
	}
	switch {
	case opt.Retries == 0:
		opt.Retries = DefaultRetries
	case opt.Retries < 0:
		opt.Retries = 0
	}
	if opt.Backoff <= 0 {
		opt.Backoff = DefaultBackoff
	}
	if opt.Breaker == nil {
		opt.Breaker = NewBreaker(0, 0, nil)
	}
	if opt.MaxPromptTokens <= 0 {
		opt.MaxPromptTokens = DefaultMaxPromptTokens
	}
	if opt.MaxReplyTokens <= 0 {
		opt.MaxReplyTokens = DefaultMaxReplyTokens
	}
	if opt.Temperature == 0 {
		opt.Temperature = 0.7
	}
	if opt.Masker == nil {
		opt.Masker = privacy.NewMasker()
	}
	return &Advisor{client: client, model: model, library: library, obs: obs, opt: opt}
}

// Advise implements akari.Advisor.
func (a *Advisor) Advise(ctx context.Context, req akari.AdviceRequest) (akari.Advice, error) {
	if req.Classification.Crisis {
		// The crisis line, with its hotline numbers, is fixed text; it is
		// never left to a model.
		return akari.Advice{}, &Error{Reason: "crisis", Err: errors.New("a crisis is answered with the fixed crisis line")}
	}
	lib := a.library()
	if lib == nil {
		return akari.Advice{}, &Error{Reason: "no_prompts", Err: akari.ErrUnavailable}
	}
	text := a.opt.Masker.Mask(req.Text)
	if Injection(text) {
		a.obs.Call(PurposeAdvice, "injection")
		return a.injection(lib, req.State)
	}
	return a.answer(ctx, PurposeAdvice, lib, a.promptInput(lib, text, req), req.State)
}

// answer builds the prompt, asks the model and checks its answer: the
// part advice and care replies share.
func (a *Advisor) answer(ctx context.Context, purpose string, lib *playbook.Library, in promptInput, st *akari.State) (akari.Advice, error) {
	p, err := buildPrompt(in, a.opt.Estimator, a.opt.MaxPromptTokens)
	if err != nil {
		return akari.Advice{}, &Error{Reason: "prompt_too_long", Err: err}
	}
	ctx, cancel := context.WithTimeout(ctx, a.opt.Timeout)
	defer cancel()
	resp, err := a.complete(ctx, purpose, openai.ChatCompletionRequest{
		Model:    a.model,
		Messages: p.messages,
		//lint:ignore SA1019 max_tokens is what every OpenAI-compatible server (vLLM, Ollama…) understands
		MaxTokens:   a.opt.MaxReplyTokens,
		Temperature: a.opt.Temperature,
		User:        userTag(st),
	})
	if err != nil {
		return akari.Advice{}, err
	}
	content, err := firstChoice(resp)
	if err != nil {
		return akari.Advice{}, err
	}
	texts, err := formatReply(content)
	if err != nil {
		return akari.Advice{}, &Error{Reason: "malformed", Err: err}
	}
	for _, t := range texts {
		if a.leakGuard(lib).leaks(t) {
			a.obs.Call(purpose, "leak")
			return a.injection(lib, st)
		}
	}
	return akari.Advice{Texts: texts, Source: SourceLLM}, nil
}

// promptInput gathers what the prompt is built from, masked.
func (a *Advisor) promptInput(lib *playbook.Library, text string, req akari.AdviceRequest) promptInput {
	st := req.State
	if st == nil {
		st = &akari.State{}
	}
	in := promptInput{
		lib:      lib,
		category: req.Classification.Category,
		current:  req.Classification.Category,
		name:     a.opt.Masker.Mask(st.Profile.DisplayName),
		stage:    st.Stage,
		summary:  a.opt.Masker.Mask(st.Summary),
		text:     text,
		ask:      req.Ask,
		// Distressed only matters for tone; it is never a crisis here
		// (a crisis never reaches the model).
		distressed: req.Distressed,
		answered:   req.Answer.Kind != akari.AnswerNone,
	}
	for _, line := range facts.FromState(st.Known).Display() {
		in.known = append(in.known, a.opt.Masker.Mask(line))
	}
	in.figure = a.opt.Masker.Mask(advice.CaseFigure(req))
	if !in.category.Valid() || in.category == akari.Other {
		// Thanks or small talk in a conversation about a worry: the
		// conversation is still about that worry.
		in.category = akari.Other
		if st.Category.Valid() {
			in.category = st.Category
		}
	}
	if len(st.Facts) > 0 {
		in.facts = make(map[string]string, len(st.Facts))
		for k, v := range st.Facts {
			in.facts[k] = a.opt.Masker.Mask(v)
		}
	}
	// An attempt to steer Akari is never shown to the model, nor the line
	// that declined it.
	in.turns = akari.WithoutBlocked(st.Turns)
	for i := range in.turns {
		in.turns[i].Text = a.opt.Masker.Mask(in.turns[i].Text)
	}
	return in
}

func (a *Advisor) injection(lib *playbook.Library, st *akari.State) (akari.Advice, error) {
	var name string
	if st != nil {
		name = st.Profile.DisplayName
	}
	t, err := lib.Message("injection", playbook.MessageData{Name: name})
	if err != nil {
		return akari.Advice{}, &Error{Reason: "no_prompts", Err: err}
	}
	return akari.Advice{Texts: []string{t}, Source: SourceGuard}, nil
}

func (a *Advisor) leakGuard(lib *playbook.Library) leakGuard {
	if c := a.guard.Load(); c != nil && c.lib == lib {
		return c.guard
	}
	c := &guardCache{lib: lib, guard: newLeakGuard(lib)}
	a.guard.Store(c)
	return c.guard
}

// complete sends one chat completion through the breaker, retrying 429,
// 5xx and network errors with backoff (internal/httpretry), and reports
// each attempt and the token usage.
func (a *Advisor) complete(ctx context.Context, purpose string, req openai.ChatCompletionRequest) (openai.ChatCompletionResponse, error) {
	return complete(ctx, a.client, a.opt.Breaker, a.obs, purpose, a.opt.Retries, a.opt.Backoff, req)
}

func complete(ctx context.Context, client *openai.Client, br *Breaker, obs Observer, purpose string, retries int, backoff time.Duration, req openai.ChatCompletionRequest) (openai.ChatCompletionResponse, error) {
	if err := br.Allow(); err != nil {
		obs.Call(purpose, "breaker_open")
		return openai.ChatCompletionResponse{}, &Error{Reason: "breaker_open", Err: err}
	}
	// The transport retries (a retry that would not finish before the
	// deadline is not started); the observer hears every try.
	ctx = httpretry.WithPolicy(ctx, httpretry.Policy{Attempts: retries + 1, Backoff: backoff, MaxBackoff: maxBackoff})
	ctx = httpretry.WithObserver(ctx, func(a httpretry.Attempt) { obs.Call(purpose, attemptResult(ctx, a)) })
	resp, err := client.CreateChatCompletion(ctx, req)
	if err == nil {
		if u := resp.Usage; u.PromptTokens > 0 || u.CompletionTokens > 0 {
			obs.Tokens(purpose, u.PromptTokens, u.CompletionTokens)
		}
		br.Done(true)
		return resp, nil
	}
	reason, _ := classifyError(ctx, err)
	e := &Error{Reason: reason, Err: err}
	if reason == "canceled" {
		br.Abandon()
		return resp, e
	}
	br.Done(false)
	return resp, e
}

// attemptResult names one HTTP try for the Observer.
func attemptResult(ctx context.Context, a httpretry.Attempt) string {
	switch {
	case a.Status == 0:
		reason, _ := classifyError(ctx, a.Err)
		return reason
	case a.Status == 429:
		return "rate_limited"
	case a.Status >= 500:
		return "server_error"
	case a.Status >= 400:
		return "client_error"
	}
	return "ok"
}

// classifyError names an error for metrics and fallbacks and says whether
// another attempt may help.
func classifyError(ctx context.Context, err error) (reason string, retry bool) {
	if err == nil {
		return "ok", false
	}
	var apiErr *openai.APIError
	var reqErr *openai.RequestError
	status := 0
	switch {
	case errors.As(err, &apiErr):
		status = apiErr.HTTPStatusCode
	case errors.As(err, &reqErr):
		status = reqErr.HTTPStatusCode
	}
	switch {
	case status == 429:
		return "rate_limited", true
	case status >= 500:
		return "server_error", true
	case status >= 400:
		return "client_error", false
	case errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded):
		return "timeout", false
	case errors.Is(err, context.Canceled) || ctx.Err() != nil:
		return "canceled", false
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return "timeout", false
	}
	return "network", true
}

// firstChoice returns the answer's text, refusing one that was filtered.
func firstChoice(resp openai.ChatCompletionResponse) (string, error) {
	if len(resp.Choices) == 0 {
		return "", &Error{Reason: "malformed", Err: errors.Join(errMalformed, errors.New("no choices in the answer"))}
	}
	ch := resp.Choices[0]
	if ch.FinishReason == openai.FinishReasonContentFilter {
		return "", &Error{Reason: "filtered", Err: errors.New("the answer was filtered")}
	}
	return ch.Message.Content, nil
}

// userTag is the pseudonymous user id OpenAI accepts for abuse monitoring.
func userTag(st *akari.State) string {
	if st == nil {
		return ""
	}
	return privacy.HashUser(st.UserID)
}

// Error is a failed LLM call. Reason is the short, stable name used in
// metrics and logs (timeout, breaker_open, malformed, rate_limited,
// server_error, client_error, network, canceled, crisis, prompt_too_long,
// filtered, no_prompts); advice.WithFallback reads it through
// FallbackReason.
type Error struct {
	Reason string
	Err    error
}

func (e *Error) Error() string { return fmt.Sprintf("llm %s: %v", e.Reason, shortError(e.Err)) }
func (e *Error) Unwrap() error { return e.Err }

// FallbackReason names why the offline path had to answer.
func (e *Error) FallbackReason() string { return e.Reason }

// shortError keeps a server's error body (which may echo the request) out
// of logs.
func shortError(err error) string {
	var reqErr *openai.RequestError
	if errors.As(err, &reqErr) {
		return fmt.Sprintf("HTTP %d", reqErr.HTTPStatusCode)
	}
	if err == nil {
		return "unknown"
	}
	return err.Error()
}

type nopObserver struct{}

func (nopObserver) Call(string, string)     {}
func (nopObserver) Tokens(string, int, int) {}
func (nopObserver) Fallback(string, string) {}
