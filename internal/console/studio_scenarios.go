package console

// The conversation evals on the quality page: the scenarios of the live
// prompts, played on request (a button, or the JSON endpoint), never on a
// plain page view — a run takes about half a second of CPU.

import (
	"fmt"
	"net/http"
	"path"
	"time"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/scenario"
)

// scenarioView is one run of the conversation evals.
type scenarioView struct {
	Scenarios       int               `json:"scenarios"`
	ScenariosPassed int               `json:"scenariosPassed"`
	Checks          int               `json:"checks"`
	Passed          int               `json:"passed"`
	Rate            float64           `json:"rate"`
	TookMS          int64             `json:"tookMs"`
	Took            time.Duration     `json:"-"`
	Failures        []scenarioFailure `json:"failures"`
}

// scenarioFailure is one check that did not hold, where it is written.
type scenarioFailure struct {
	Where    string `json:"where"` // scenarios/file.yaml:line of the turn
	Scenario string `json:"scenario"`
	Turn     int    `json:"turn"`
	Said     string `json:"said"`
	Check    string `json:"check"`
	Detail   string `json:"detail"`
	Reply    string `json:"reply"`
}

// playScenarios runs the evals, one run at a time: two operators pressing
// the button together wait for each other rather than share the cores
// with the workers.
func (h *Handler) playScenarios(r *http.Request) (*scenarioView, error) {
	if h.opt.Studio == nil {
		return nil, fmt.Errorf("studio is not configured: %w", akari.ErrNotFound)
	}
	select {
	case h.scenarioRun <- struct{}{}:
		defer func() { <-h.scenarioRun }()
	case <-r.Context().Done():
		return nil, r.Context().Err()
	}
	began := time.Now()
	rep, err := h.opt.Studio.Scenarios(r.Context())
	if err != nil {
		return nil, fmt.Errorf("play scenarios: %w", err)
	}
	v := &scenarioView{
		Scenarios: rep.Scenarios, ScenariosPassed: rep.ScenariosPassed, Checks: rep.Checks, Passed: rep.Passed,
		Rate: rep.Rate(), Took: time.Since(began), Failures: []scenarioFailure{},
	}
	v.TookMS = v.Took.Milliseconds()
	for _, f := range rep.Failures {
		v.Failures = append(v.Failures, scenarioFailure{
			Where: fmt.Sprintf("%s:%d", path.Join(scenario.Dir, f.File), f.Line), Scenario: f.Scenario, Turn: f.Turn,
			Said: f.Said, Check: f.Check, Detail: f.Detail, Reply: f.Reply,
		})
	}
	return v, nil
}

// qualityScenarios plays the evals and shows the page with the result.
func (h *Handler) qualityScenarios(w http.ResponseWriter, r *http.Request) error {
	v := h.qualityBase(r)
	sv, err := h.playScenarios(r)
	if err != nil {
		return err
	}
	v.Scenarios = sv
	return h.renderStudio(w, r, "studio_quality.html", "品質", "quality", v)
}

// apiScenarios answers GET /console/api/studio/quality/scenarios with a
// fresh run.
func (h *Handler) apiScenarios(w http.ResponseWriter, r *http.Request) error {
	sv, err := h.playScenarios(r)
	if err != nil {
		return err
	}
	return writeJSON(w, sv)
}
