package app

import (
	"context"
	"log/slog"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"github.com/akari-career/akari/internal/advice"
	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/config"
	"github.com/akari-career/akari/internal/conversation"
	"github.com/akari-career/akari/internal/llm"
	"github.com/akari-career/akari/internal/playbook"
	"github.com/akari-career/akari/internal/privacy"
	"github.com/akari-career/akari/internal/queue"
	"github.com/akari-career/akari/internal/store"
	"github.com/akari-career/akari/internal/worry"
)

// MinConfidence is the classifier confidence below which Akari asks which
// worry it is (unless the conversation already has one): the model's own
// threshold, below which its guesses are right only about half the time.
const MinConfidence = worry.LowConfidence

// Brain is what the conversation engine is built from. Library and Model
// are read on every message, so prompts reloaded on SIGHUP apply at once.
// The server, `akari chat` and the studio playground all build their
// engine with NewEngine, so a conversation behaves the same everywhere.
type Brain struct {
	Library func() *playbook.Library
	Model   func() *worry.Model
	Jobs    conversation.JobFinder // nil: no job cards
	// LLM is the OpenAI-compatible client; nil runs the offline advisor.
	LLM      *openai.Client
	LLMModel string
	Config   config.Config // the LLM timeouts and the jobs cadence
	Observer llm.Observer  // nil: not counted
	Breaker  *llm.Breaker  // shared by the advisor and summarizer; nil: one is made
	// Trial is for the playground: the operator is waiting and wants to see
	// the model's own answer or error — no retries, no offline fallback.
	Trial bool
	Log   *slog.Logger
}

// NewEngine builds the conversation engine: the offline classifier in the
// context of the conversation (combined with the LLM's when there is one:
// crisis if either says so, the offline answer whenever the LLM fails), the
// advisor (the LLM with the offline playbooks as fallback, or the playbooks
// alone), the rolling summary, Akari's lines and the masker.
func NewEngine(b Brain) (*conversation.Engine, error) {
	if b.Log == nil {
		b.Log = slog.New(slog.DiscardHandler)
	}
	offline := advice.NewOffline(b.Library)
	d := conversation.Deps{
		Classifier:    classifier{model: b.Model},
		Advisor:       offline,
		Script:        libraryScript{b.Library},
		Masker:        privacy.NewMasker(),
		Jobs:          b.Jobs,
		Summarizer:    advice.NewOfflineSummarizer(b.Library),
		Log:           b.Log,
		MinConfidence: MinConfidence,
		JobsEvery:     b.Config.JobsEvery,
		CareTTL:       b.Config.CareTTL,
		Retention:     retention(b.Config),
	}
	if b.LLM != nil {
		d.ShowsWords = true
		model := b.LLMModel
		if model == "" {
			model = llm.DefaultModel
		}
		br := b.Breaker
		if br == nil {
			br = llm.NewBreaker(0, 0, nil)
		}
		// The classifier shares the advisor's breaker (a hanging model is
		// skipped by both at once) and its metrics, under "classify".
		remote := llm.NewClassifierWith(b.LLM, model, b.Model().Labels(), llm.ClassifierOptions{Breaker: br, Observer: b.Observer, Log: b.Log})
		d.Classifier = classifier{model: b.Model, remote: remote, timeout: 5 * time.Second}
		opt := llm.AdvisorOptions{Timeout: b.Config.LLMTimeout, Breaker: br, Masker: d.Masker}
		if b.Trial {
			opt.Retries = -1
			adv := llm.NewAdvisor(b.LLM, model, b.Library, b.Observer, opt)
			d.Advisor, d.CareWriter = adv, adv
		} else {
			primary := llm.NewAdvisor(b.LLM, model, b.Library, b.Observer, opt)
			d.CareWriter = primary // the engine falls back to the fixed care lines
			d.Advisor = advice.WithFallback(primary, offline, b.Observer, advice.FallbackOptions{Budget: b.Config.LLMTimeout, Log: b.Log})
			d.Summarizer = llm.NewSummarizer(b.LLM, model, advice.NewOfflineSummarizer(b.Library), b.Observer, llm.SummarizerOptions{Breaker: br})
		}
	}
	return conversation.New(d)
}

// libraryScript adapts the current library to the engine's Script.
type libraryScript struct{ lib func() *playbook.Library }

func (s libraryScript) Line(key string, st *akari.State, v conversation.Vars) (string, error) {
	return s.lib().Message(key, playbook.MessageData{
		Name: st.Profile.DisplayName, Label: v.Label, Count: v.Count, Wish: v.Wish, Kind: v.Kind, Answers: v.Answers, Jobs: v.Jobs, Known: v.Known, ContactTime: v.ContactTime, Listing: v.Listing,
		Retention: playbook.Retention(v.Retention),
	})
}

func (s libraryScript) Label(c akari.Category) string { return s.lib().Label(c) }

func (s libraryScript) AllHours() []string {
	h := s.lib().Hotlines()
	return h.AllHours()
}

func (s libraryScript) QuickReplies(set string) []akari.QuickReply {
	return s.lib().QuickReplies(set)
}

// classifier is the engine's classifier: the offline model from the current
// prompts, combined with the LLM when one is configured.
type classifier struct {
	model   func() *worry.Model
	remote  akari.Classifier // nil: offline only
	timeout time.Duration
}

// Likely implements conversation.Guesser.
func (c classifier) Likely(text string, n int) []akari.Category {
	return c.model().Likely(text, n)
}

// CrisisSignal implements conversation.SignExplainer.
func (c classifier) CrisisSignal(text string) (string, bool) {
	return c.model().CrisisSignal(text)
}

// RiskProbability implements conversation.SignWeigher.
func (c classifier) RiskProbability(text string) float64 {
	return c.model().RiskProbability(text)
}

// ClassifyLocal implements conversation.LocalClassifier.
func (c classifier) ClassifyLocal(text string, current akari.Category) akari.Classification {
	return c.model().ClassifyInContext(text, current)
}

func (c classifier) Classify(ctx context.Context, text string, current akari.Category) (akari.Classification, error) {
	if c.remote == nil {
		return c.model().ClassifyInContext(text, current), nil
	}
	return worry.Combine(c.model(), c.remote, c.remoteTimeout(ctx)).ClassifyInContext(ctx, text, current)
}

// remoteTimeout shares the event's deadline with the advice: the LLM
// classifier gets at most half of what is left (and its own timeout), so a
// hanging model leaves the advisor time to answer, offline if need be.
func (c classifier) remoteTimeout(ctx context.Context) time.Duration {
	dl, ok := ctx.Deadline()
	if !ok {
		return c.timeout
	}
	return max(min(c.timeout, time.Until(dl)/2), time.Millisecond)
}

// retention is what the privacy answer tells, in days, from the settings
// and the store's own expiries.
func retention(cfg config.Config) conversation.Retention {
	days := func(d time.Duration) int { return int(d / (24 * time.Hour)) }
	leads := cfg.LeadRetention
	if leads <= 0 {
		leads = config.DefaultLeadRetention
	}
	return conversation.Retention{Conversation: days(store.IdleTTL), Leads: days(leads), DeadLetters: days(queue.DeadLetterTTL)}
}
