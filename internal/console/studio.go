package console

// The operator studio under /console/studio/: a LINE-like simulator that
// drives the real webhook path, a playground that shows how Akari reads and
// would answer one message (optionally with one prompt file edited in
// memory), and the quality page (crisis detection on the built-in crisis
// sets, recent care-mode changes, the conversation evals on request,
// classifier evaluation and daily figures).
// It sits behind the same login, sessions and CSRF checks as the rest of
// the console; what it needs from the app comes through Studio and
// Simulator.

import (
	"context"
	"html/template"
	"net/http"
	"time"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/scenario"
	"github.com/akari-career/akari/internal/worry"
)

// Studio is what the playground and the quality page need from the app.
type Studio interface {
	// PromptFiles lists the prompt files an operator may try an edit of
	// (persona.md, safety.md, messages.yaml, playbooks/<id>.yaml,
	// categories/<id>.yaml, crisis.yaml).
	PromptFiles() []string
	// PromptFile returns the live content of one of them.
	PromptFile(name string) (string, error)
	// Try classifies one message and shows what each advisor would answer,
	// with the live prompts or with one file replaced in memory.
	Try(ctx context.Context, in TryInput) (TryResult, error)
	// Eval classifies labelled lines with the live model.
	Eval(lines []worry.Labelled) worry.Report
	// CrisisSets evaluates every built-in crisis set with the live model,
	// in worry.CrisisSets' order.
	CrisisSets() ([]worry.SetReport, error)
	// Stats returns the daily figures of the last days days, oldest first.
	Stats(ctx context.Context, days int) ([]akari.DayStats, error)
	// RiskChanges returns the newest n steps into, within or out of care
	// mode, newest first. They name no one: time, levels and why.
	RiskChanges(ctx context.Context, n int) ([]akari.RiskChange, error)
	// Scenarios plays the conversation evals of the live prompts
	// (prompts/scenarios) through the offline engine and reports every
	// check. It takes about half a second, so it runs on request only.
	Scenarios(ctx context.Context) (scenario.Report, error)
}

// TryInput is one playground run.
type TryInput struct {
	Text    string
	Current akari.Category // the conversation's worry so far; "" for none
	Name    string         // the person's display name; "" for none
	// File and Content replace one prompt file for this run only, in
	// memory; File "" runs the live prompts.
	File    string
	Content string
}

// TryResult is what the playground shows.
type TryResult struct {
	Classification akari.Classification
	Label          string // the category's Japanese label
	// LowConfidence: the engine would ask which worry it is rather than
	// answer.
	LowConfidence bool
	// CrisisSignal is the crisis.yaml phrase the message matched, if any.
	CrisisSignal string
	Prompt       PromptPreview
	PromptErr    string
	Offline      TryReply
	// LLM is nil when no model is configured.
	LLM *TryReply
	// Problems are lint findings (file:line: msg) of the edited prompts;
	// when there are any, nothing else was run.
	Problems []string
	Edited   string // the file replaced in this run, if any
}

// PromptPreview is the request the LLM advisor would send.
type PromptPreview struct {
	System   string
	Messages []PromptMessage
	Tokens   int
	// Skipped says why the model would not be asked ("crisis",
	// "injection"); empty when it would.
	Skipped string
}

// PromptMessage is one chat message of a request.
type PromptMessage struct {
	Role, Content string
}

// TryReply is one advisor's answer.
type TryReply struct {
	Texts  []string
	Source string
	Err    string
	Took   time.Duration
}

// DefaultEvalFile is the labelled dev set offered on the quality page,
// relative to the working directory.
const DefaultEvalFile = "../shared/eval/worries_dev.jsonl"

// studioMaxBody bounds a studio form: an edited prompt file, or an
// uploaded JSONL file.
const studioMaxBody = 2 << 20

// parseStudioTemplates adds the studio pages to h.pages, each rendered
// inside layout.html with the studio's navigation.
func (h *Handler) parseStudioTemplates() error {
	funcs := h.funcs()
	for k, v := range studioFuncs() {
		funcs[k] = v
	}
	for _, name := range [...]string{"studio_simulator.html", "studio_playground.html", "studio_quality.html"} {
		t, err := template.New(name).Funcs(funcs).ParseFS(h.opt.Assets, "templates/layout.html", "templates/studio_nav.html", "templates/"+name)
		if err != nil {
			return err
		}
		h.pages[name] = t
	}
	return nil
}

// studioRoutes registers the studio's pages and JSON endpoints.
func (h *Handler) studioRoutes(m *http.ServeMux) {
	m.HandleFunc("GET /console/studio/{$}", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/console/studio/simulator", http.StatusSeeOther)
	})
	m.Handle("GET /console/studio/simulator", h.page(h.simulatorPage))
	// Under /console/api/ so that errors come back as JSON.
	m.Handle("POST /console/api/studio/sim/send", h.studioJSON(h.simSend))
	m.Handle("GET /console/api/studio/sim/deliveries", h.api(h.simDeliveries))
	m.Handle("GET /console/studio/playground", h.page(h.playground))
	m.Handle("POST /console/studio/playground", h.studioForm(h.playgroundRun))
	m.Handle("GET /console/studio/quality", h.page(h.quality))
	m.Handle("POST /console/studio/quality", h.studioForm(h.qualityEval))
	m.Handle("POST /console/studio/quality/scenarios", h.form(h.qualityScenarios))
	m.Handle("GET /console/api/studio/quality", h.api(h.apiQuality))
	m.Handle("GET /console/api/studio/quality/scenarios", h.api(h.apiScenarios))
}

// studioView is the data of every studio page: which tab is open.
type studioView struct {
	Tab  string
	Page any
}

func (h *Handler) renderStudio(w http.ResponseWriter, r *http.Request, page, title, tab string, data any) error {
	return h.render(w, r, http.StatusOK, page, view{Title: title, Data: studioView{Tab: tab, Page: data}})
}

// studioForm is form for the studio's larger POSTs (an edited prompt
// file, an uploaded JSONL), url-encoded or multipart.
func (h *Handler) studioForm(fn handlerFunc) http.Handler {
	return h.postForm(studioMaxBody, true, fn)
}

// studioJSON serves a JSON POST from a studio page: same origin, a live
// session, and the session's CSRF token in the X-CSRF-Token header. HTTP
// Basic is not enough here: a browser replays cached Basic credentials on
// its own, so they prove nothing about who asked.
func (h *Handler) studioJSON(fn handlerFunc) http.Handler {
	return h.cop.Handler(h.handle(func(w http.ResponseWriter, r *http.Request) error {
		r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
		sess, err := h.session(r)
		if err != nil {
			return err
		}
		if !equal(r.Header.Get("X-CSRF-Token"), sess.CSRF) {
			return errForbidden
		}
		return fn(w, withSession(r, sess))
	}))
}
