package console

import (
	"fmt"
	"html/template"
	"math"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/worry"
)

// statsDays is how many days the quality page shows.
const statsDays = 14

// maxMisses bounds the misses listed under an evaluation.
const maxMisses = 100

type qualityView struct {
	Available bool
	// Crisis care: the detector on the crisis sets, and the recent
	// care-mode changes (studio_care.go).
	CrisisSets  []crisisSetView
	CrisisError string
	Risk        *riskView
	RiskError   string
	// Scenarios is the conversation evals' run, when one was asked for.
	Scenarios  *scenarioView
	EvalFile   string // the dev set offered, when it exists
	Eval       *evalView
	EvalError  string
	Stats      *statsView
	StatsError string
}

type evalView struct {
	Source       string
	Total        int
	Correct      int
	Accuracy     float64
	Rows         []evalRow
	CrisisRecall float64
	CrisisHit    int
	CrisisAll    int
	CrisisFalse  int
	Heads        []string // confusion matrix column heads (labels)
	Matrix       []matrixRow
	Misses       []missView
	MoreMisses   int
}

type evalRow struct {
	Label             string
	Precision, Recall float64
	Support           int
}

type matrixRow struct {
	Label string
	Cells []matrixCell
	Total int
}

type matrixCell struct {
	N     int
	Class string // shading: hit-N on the diagonal, miss-N off it; N in 0..5
}

type missView struct {
	Text, Want, Got string
	Confidence      float64
}

// quality shows the daily figures and the evaluation form.
func (h *Handler) quality(w http.ResponseWriter, r *http.Request) error {
	v := h.qualityBase(r)
	return h.renderStudio(w, r, "studio_quality.html", "品質", "quality", v)
}

// qualityEval runs the classifier over the dev set or an uploaded JSONL
// file and shows the report above the daily figures.
func (h *Handler) qualityEval(w http.ResponseWriter, r *http.Request) error {
	v := h.qualityBase(r)
	if !v.Available {
		return fmt.Errorf("studio is not configured: %w", akari.ErrNotFound)
	}
	lines, source, problem, err := h.labelledLines(r, v.EvalFile)
	switch {
	case err != nil:
		return err
	case problem != "":
		v.EvalError = problem
	case len(lines) == 0:
		v.EvalError = "評価する行がありません。"
	default:
		v.Eval = h.evalView(source, h.opt.Studio.Eval(lines))
	}
	return h.renderStudio(w, r, "studio_quality.html", "品質", "quality", v)
}

// labelledLines reads the lines to evaluate: the uploaded file when there
// is one, else the dev set. A problem with the file is said in problem, for
// the operator (bad lines as file:line).
func (h *Handler) labelledLines(r *http.Request, devSet string) (lines []worry.Labelled, source, problem string, err error) {
	if r.MultipartForm != nil {
		if fhs := r.MultipartForm.File["file"]; len(fhs) > 0 && fhs[0].Size > 0 {
			f, err := fhs[0].Open()
			if err != nil {
				return nil, "", "", fmt.Errorf("open upload: %w", err)
			}
			defer f.Close()
			name := filepath.Base(fhs[0].Filename)
			lines, err := worry.ReadLabelled(f, name)
			if err != nil {
				return nil, "", "ファイルを読めませんでした：" + err.Error(), nil
			}
			return lines, name, "", nil
		}
	}
	if r.PostFormValue("source") != "dev" || devSet == "" {
		return nil, "", "評価するファイルを選んでください（JSONL：1行に {\"text\",\"category\",\"crisis\"}）。", nil
	}
	f, err := os.Open(devSet)
	if err != nil {
		return nil, "", "開発用データ " + devSet + " を開けませんでした。", nil
	}
	defer f.Close()
	if lines, err = worry.ReadLabelled(f, filepath.Base(devSet)); err != nil {
		return nil, "", "開発用データを読めませんでした：" + err.Error(), nil
	}
	return lines, devSet, "", nil
}

// qualityBase is the page without an evaluation or a scenario run: the
// crisis figures, the care-mode changes, the daily figures and whether the
// dev set is there.
func (h *Handler) qualityBase(r *http.Request) qualityView {
	v := qualityView{Available: h.opt.Studio != nil}
	if !v.Available {
		return v
	}
	if st, err := os.Stat(h.opt.EvalFile); err == nil && st.Mode().IsRegular() {
		v.EvalFile = h.opt.EvalFile
	}
	var err error
	if v.CrisisSets, err = h.crisisSets(); err != nil {
		h.log.Error("studio crisis sets", "err", err)
		v.CrisisError = "危機のサインの評価を実行できませんでした。"
	}
	if v.Risk, err = h.riskChanges(r.Context(), time.Now()); err != nil {
		h.log.Error("studio risk changes", "err", err)
		v.RiskError = "ケアモードの記録を読み込めませんでした。時間をおいて開き直してください。"
	}
	days, err := h.opt.Studio.Stats(r.Context(), statsDays)
	if err != nil {
		h.log.Error("studio stats", "err", err)
		v.StatsError = "日々の集計を読み込めませんでした。時間をおいて開き直してください。"
		return v
	}
	v.Stats = h.statsView(days)
	return v
}

func (h *Handler) evalView(source string, rep worry.Report) *evalView {
	v := &evalView{
		Source: source, Total: rep.Total, Correct: rep.Correct, Accuracy: rep.Accuracy(),
		CrisisRecall: rep.CrisisRecall(), CrisisHit: rep.CrisisHit, CrisisAll: rep.CrisisHit + rep.CrisisMissed, CrisisFalse: rep.CrisisFalse,
	}
	for _, s := range rep.PerCategory() {
		v.Rows = append(v.Rows, evalRow{Label: h.opt.Label(s.Category), Precision: s.Precision, Recall: s.Recall, Support: s.Support})
	}
	for i, c := range rep.Categories {
		v.Heads = append(v.Heads, h.opt.Label(c))
		row := matrixRow{Label: h.opt.Label(c)}
		for _, n := range rep.Confusion[i] {
			row.Total += n
		}
		for j, n := range rep.Confusion[i] {
			kind := "miss"
			if i == j {
				kind = "hit"
			}
			row.Cells = append(row.Cells, matrixCell{N: n, Class: fmt.Sprintf("%s-%d", kind, shade(n, row.Total))})
		}
		v.Matrix = append(v.Matrix, row)
	}
	for i, m := range rep.Misses {
		if i == maxMisses {
			v.MoreMisses = len(rep.Misses) - maxMisses
			break
		}
		want, got := h.opt.Label(m.Category), h.opt.Label(m.Got.Category)
		if m.Crisis {
			want += "＋危機"
		}
		if m.Got.Crisis {
			got += "＋危機"
		}
		v.Misses = append(v.Misses, missView{Text: m.Text, Want: want, Got: got, Confidence: m.Got.Confidence})
	}
	return v
}

// shade grades a cell by its share of the row, 0 (none) to 5 (all).
func shade(n, total int) int {
	if n == 0 || total == 0 {
		return 0
	}
	return 1 + min(4, n*5/(total+1))
}

type statsView struct {
	Days                    []dayRow
	Messages                int64
	LLMCalls, LLMFallbacks  int64
	FallbackRate            float64
	Leads, Guided           int64
	Conversion              float64
	MessagesChart, MixChart template.HTML
	LatencyChart            template.HTML
	HasLatency, HasLLMCalls bool
}

type dayRow struct {
	Day                  string
	Messages             int64
	LLMCalls             int64
	FallbackRate         float64
	P50, P95             time.Duration
	Leads, Guided, Users int64
	Conversion           float64
}

func (h *Handler) statsView(days []akari.DayStats) *statsView {
	v := &statsView{}
	mix := map[akari.Category]int64{}
	var bars []barValue
	var p50, p95 []float64
	for _, d := range days {
		row := dayRow{
			Day: d.Day, Messages: d.Messages, LLMCalls: d.LLMCalls, FallbackRate: d.FallbackRate(),
			P50: d.LatencyQuantile(0.5), P95: d.LatencyQuantile(0.95),
			Leads: d.Leads, Guided: d.GuidedUsers, Users: d.Users,
		}
		if d.GuidedUsers > 0 {
			row.Conversion = float64(d.Leads) / float64(d.GuidedUsers)
		}
		v.Days = append(v.Days, row)
		v.Messages += d.Messages
		v.LLMCalls += d.LLMCalls
		v.LLMFallbacks += d.LLMFallbacks
		v.Leads += d.Leads
		v.Guided += d.GuidedUsers
		for c, n := range d.Categories {
			mix[akari.Category(c)] += n
		}
		bars = append(bars, barValue{Label: shortDay(d.Day), Value: float64(d.Messages), Title: fmt.Sprintf("%s：%d件", d.Day, d.Messages)})
		if d.Messages > 0 {
			p50 = append(p50, row.P50.Seconds())
			p95 = append(p95, row.P95.Seconds())
		} else {
			p50, p95 = append(p50, math.NaN()), append(p95, math.NaN())
		}
		v.HasLatency = v.HasLatency || d.Messages > 0
	}
	if v.LLMCalls > 0 {
		v.FallbackRate = float64(v.LLMFallbacks) / float64(v.LLMCalls)
		v.HasLLMCalls = true
	}
	if v.Guided > 0 {
		v.Conversion = float64(v.Leads) / float64(v.Guided)
	}
	v.MessagesChart = barChart("日別メッセージ数", bars)
	var mixBars []barValue
	for _, c := range akari.Categories() {
		mixBars = append(mixBars, barValue{Label: h.opt.Label(c), Value: float64(mix[c]), Color: c.Color()})
	}
	v.MixChart = mixChart("お悩みの内訳", mixBars)
	labels := make([]string, len(days))
	for i, d := range days {
		labels[i] = shortDay(d.Day)
	}
	v.LatencyChart = lineChart("返信までの時間（秒）", labels, []series{
		{Name: "p50", Values: p50, Color: "#2f7d5b"},
		{Name: "p95", Values: p95, Color: "#e8833a"},
	})
	return v
}

// shortDay turns 2026-11-21 into 11/21.
func shortDay(day string) string {
	t, err := time.Parse(time.DateOnly, day)
	if err != nil {
		return day
	}
	return t.Format("1/2")
}
