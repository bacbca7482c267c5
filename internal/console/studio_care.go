package console

// Crisis care on the quality page: how the live detector does on the
// crisis sets built into the binary, and the recent steps into and out of
// care mode. Neither holds personal data: the sets are written test
// messages, a risk change is a time, two levels and a reason.

import (
	"context"
	"fmt"
	"maps"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/worry"
)

// Risk changes: the page lists the newest shownRiskChanges and counts the
// reasons over riskWeek. The store keeps the newest 500; riskFetch reads
// them all, so the week's counts are complete unless more than that many
// changes happened in it (then they are marked as a lower bound).
const (
	shownRiskChanges = 50
	riskFetch        = 500
	riskWeek         = 7 * 24 * time.Hour
)

// crisisSetView is how the live detector does on one crisis set.
type crisisSetView struct {
	Set   string `json:"set"`
	Title string `json:"title"`
	// Tuned: the detector was tuned on this set, so its figures flatter.
	Tuned   bool      `json:"tuned"`
	Lines   int       `json:"lines"`
	High    levelView `json:"high"`
	Concern levelView `json:"concern"`
	// Negatives are the lines labelled none; FalseAlarms of them were
	// flagged, as concern or as high.
	Negatives      int `json:"negatives"`
	FalseAlarms    int `json:"falseAlarms"`
	FalseAsConcern int `json:"falseAsConcern"`
	FalseAsHigh    int `json:"falseAsHigh"`
	// Wrong lists the lines flagged when they should not be, or not
	// flagged when they should.
	Wrong []crisisMissView `json:"wrong"`
}

// levelView is recall at one level: lines of that level flagged at all,
// and flagged at exactly that level.
type levelView struct {
	Lines     int     `json:"lines"`
	Flagged   int     `json:"flagged"`
	Recall    float64 `json:"recall"`
	Exact     int     `json:"exact"`
	ExactRate float64 `json:"exactRate"`
}

type crisisMissView struct {
	Text string     `json:"text"`
	Want akari.Risk `json:"want"`
	Got  akari.Risk `json:"got"`
}

// crisisSetTitle is a set's name for operators.
// held-out sets are 検証用セット with their number (heldout is the first).
func crisisSetTitle(name string) string {
	switch {
	case name == "dev":
		return "開発用セット"
	case name == "heldout":
		return "検証用セット1"
	case strings.HasPrefix(name, "heldout"):
		return "検証用セット" + strings.TrimPrefix(name, "heldout")
	}
	return name
}

// crisisSets shows the live detector's figures on every built-in crisis set.
func (h *Handler) crisisSets() ([]crisisSetView, error) {
	reports, err := h.opt.Studio.CrisisSets()
	if err != nil {
		return nil, err
	}
	out := make([]crisisSetView, 0, len(reports))
	for _, sr := range reports {
		rep := sr.Report
		v := crisisSetView{Set: sr.Name, Title: crisisSetTitle(sr.Name), Tuned: sr.Tuned, Lines: rep.Levelled}
		v.High = levelFigures(rep, akari.RiskHigh)
		v.Concern = levelFigures(rep, akari.RiskConcern)
		v.FalseAsConcern, v.FalseAsHigh, v.Negatives = rep.FalseAlarms()
		v.FalseAlarms = v.FalseAsConcern + v.FalseAsHigh
		for _, m := range rep.Misses {
			if m.Crisis != m.Got.Crisis {
				want := m.Risk
				if want == "" {
					want = akari.RiskOf(akari.Classification{Crisis: m.Crisis})
				}
				v.Wrong = append(v.Wrong, crisisMissView{Text: m.Text, Want: want, Got: akari.RiskOf(m.Got)})
			}
		}
		out = append(out, v)
	}
	return out, nil
}

// levelFigures reads one level's row of the report. ByLevel is indexed
// none, concern, high.
func levelFigures(rep worry.Report, lv akari.Risk) levelView {
	i := 1
	if lv == akari.RiskHigh {
		i = 2
	}
	row := rep.ByLevel[i]
	v := levelView{Lines: row[0] + row[1] + row[2], Flagged: row[1] + row[2], Exact: row[i]}
	v.Recall, v.ExactRate, _ = rep.LevelRecall(lv)
	return v
}

// riskView is the recent care-mode changes and the week's reasons.
type riskView struct {
	Changes []riskChangeView `json:"changes"`
	// Week counts the changes of the last 7 days by reason, in a fixed
	// order; WeekCapped says the kept list did not reach back a week, so
	// the counts are at least these.
	Week       []whyCount `json:"week"`
	WeekTotal  int        `json:"weekTotal"`
	WeekCapped bool       `json:"weekCapped"`
}

type riskChangeView struct {
	At   time.Time  `json:"at"`
	From akari.Risk `json:"from"`
	To   akari.Risk `json:"to"`
	Why  string     `json:"why"`
	// For the page: the time in Japan and the Japanese words.
	When     string `json:"-"`
	FromText string `json:"-"`
	ToText   string `json:"-"`
	WhyText  string `json:"-"`
}

type whyCount struct {
	Why  string `json:"why"`
	Text string `json:"text"`
	N    int    `json:"n"`
}

// riskWhys are the reasons for a change, in the order the page counts them.
func riskWhys() []string {
	return []string{akari.RiskSign, akari.RiskAnswer, akari.RiskSafe, akari.RiskCalmer, akari.RiskFalseAlarm, akari.RiskExpired}
}

// whyText says a reason in Japanese; a reason unknown to this page shows
// as it is.
func whyText(why string) string {
	switch why {
	case akari.RiskSign:
		return "サインあり"
	case akari.RiskAnswer:
		return "死にたい気持ちがあると回答"
	case akari.RiskSafe:
		return "本人が安全と回答"
	case akari.RiskCalmer:
		return "落ち着いたと話し、相談に戻った"
	case akari.RiskFalseAlarm:
		return "誤解と回答"
	case akari.RiskExpired:
		return "時間経過"
	}
	return why
}

func riskText(r akari.Risk) string {
	switch r {
	case akari.RiskNone:
		return "なし"
	case akari.RiskConcern:
		return "懸念"
	case akari.RiskHigh:
		return "高"
	}
	return string(r)
}

// riskChanges reads the kept changes and counts the last week's as of now.
func (h *Handler) riskChanges(ctx context.Context, now time.Time) (*riskView, error) {
	changes, err := h.opt.Studio.RiskChanges(ctx, riskFetch)
	if err != nil {
		return nil, fmt.Errorf("risk changes: %w", err)
	}
	v := &riskView{Changes: []riskChangeView{}}
	counts := map[string]int{}
	since := now.Add(-riskWeek)
	for i, c := range changes {
		if i < shownRiskChanges {
			v.Changes = append(v.Changes, riskChangeView{
				At: c.At, From: c.From, To: c.To, Why: c.Why,
				When:     c.At.In(h.jst).Format("2006/01/02 15:04 MST"),
				FromText: riskText(c.From), ToText: riskText(c.To), WhyText: whyText(c.Why),
			})
		}
		if !c.At.Before(since) {
			counts[c.Why]++
			v.WeekTotal++
		}
	}
	v.WeekCapped = len(changes) == riskFetch && !changes[len(changes)-1].At.Before(since)
	for _, why := range riskWhys() {
		v.Week = append(v.Week, whyCount{Why: why, Text: whyText(why), N: counts[why]})
		delete(counts, why)
	}
	for _, why := range slices.Sorted(maps.Keys(counts)) { // reasons added after this page
		v.Week = append(v.Week, whyCount{Why: why, Text: why, N: counts[why]})
	}
	return v, nil
}

// qualityData is the JSON of GET /console/api/studio/quality: the crisis
// figures and the care-mode changes, as the page shows them.
type qualityData struct {
	CrisisSets []crisisSetView `json:"crisisSets"`
	Risk       *riskView       `json:"risk"`
}

func (h *Handler) apiQuality(w http.ResponseWriter, r *http.Request) error {
	if h.opt.Studio == nil {
		return fmt.Errorf("studio is not configured: %w", akari.ErrNotFound)
	}
	sets, err := h.crisisSets()
	if err != nil {
		return err
	}
	risk, err := h.riskChanges(r.Context(), time.Now())
	if err != nil {
		return err
	}
	return writeJSON(w, qualityData{CrisisSets: sets, Risk: risk})
}
