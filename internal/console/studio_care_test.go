package console

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/worry"
)

// wordRisk flags 死 as high and 消え as concern: crude enough to miss
// lines and raise false alarms on the crisis sets, so every figure of the
// page has something to show.
type wordRisk struct{}

func (wordRisk) Classify(text string) akari.Classification {
	c := akari.Classification{Category: akari.Other, Confidence: 0.9, Risk: akari.RiskNone}
	switch {
	case strings.Contains(text, "死"):
		c.Crisis, c.Risk = true, akari.RiskHigh
	case strings.Contains(text, "消え"):
		c.Crisis, c.Risk = true, akari.RiskConcern
	}
	return c
}

// basicGet fetches path with HTTP Basic credentials, as a script would.
func (e *env) basicGet(path string, auth bool) (*http.Response, []byte) {
	e.t.Helper()
	req, _ := http.NewRequest(http.MethodGet, e.srv.URL+path, nil)
	if auth {
		req.SetBasicAuth(testUser, testPassword)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res, b
}

// crisisSetHTML is the part of the page that shows set.
func crisisSetHTML(t *testing.T, body, set string) string {
	t.Helper()
	_, after, ok := strings.Cut(body, `data-set="`+set+`"`)
	if !ok {
		t.Fatalf("the page does not show the crisis set %s", set)
	}
	r, _, _ := strings.Cut(after, "</article>")
	return r
}

func TestStudioQualityCrisisSets(t *testing.T) {
	e, fs := studioEnv(t, nil)
	fs.classifier = wordRisk{}
	c, _ := e.login()
	_, body := e.get(c, "/console/studio/quality")

	_, raw := e.basicGet("/console/api/studio/quality", true)
	var api qualityData
	if err := json.Unmarshal(raw, &api); err != nil {
		t.Fatalf("quality JSON: %v\n%s", err, raw)
	}
	if len(api.CrisisSets) != len(worry.CrisisSets()) {
		t.Fatalf("JSON has %d crisis sets, want %d", len(api.CrisisSets), len(worry.CrisisSets()))
	}
	revealing := 0
	for i, set := range worry.CrisisSets() {
		lines, err := worry.ReadCrisisSet(set.Name)
		if err != nil {
			t.Fatal(err)
		}
		rep := worry.Evaluate(wordRisk{}, lines)
		high, highExact, nHigh := rep.LevelRecall(akari.RiskHigh)
		concern, _, nConcern := rep.LevelRecall(akari.RiskConcern)
		fc, fh, neg := rep.FalseAlarms()
		// A set whose hard negatives hold neither 死 nor 消え (heldout6b)
		// gives the crude classifier no false alarm; the figures must
		// still differ from perfect in some set, or the test shows nothing.
		if fc+fh > 0 && high < 1 {
			revealing++
		}

		got := api.CrisisSets[i]
		if got.Set != set.Name || got.Lines != rep.Levelled || got.High.Lines != nHigh || got.Concern.Lines != nConcern ||
			got.High.Recall != high || got.High.ExactRate != highExact || got.Concern.Recall != concern ||
			got.FalseAlarms != fc+fh || got.FalseAsHigh != fh || got.Negatives != neg {
			t.Errorf("%s JSON = %+v\nwant high %.3f (exact %.3f) of %d, concern %.3f of %d, false alarms %d+%d of %d",
				set.Name, got, high, highExact, nHigh, concern, nConcern, fc, fh, neg)
		}
		if len(got.Wrong) != nHigh+nConcern-got.High.Flagged-got.Concern.Flagged+fc+fh {
			t.Errorf("%s lists %d wrong lines, want every miss and false alarm", set.Name, len(got.Wrong))
		}

		html := crisisSetHTML(t, body, set.Name)
		for _, want := range []string{
			fmt.Sprintf(`class="recall-high">%.1f%%`, high*100),
			fmt.Sprintf(`class="recall-concern">%.1f%%`, concern*100),
			fmt.Sprintf(`class="false-alarms">%d</b><small>サインのない %d 件`, fc+fh, neg),
			fmt.Sprintf("レベル一致 %.1f%%", highExact*100),
		} {
			if !strings.Contains(html, want) {
				t.Errorf("%s lacks %q:\n%s", set.Name, want, html)
			}
		}
	}
	if revealing == 0 {
		t.Fatal("the crude classifier is perfect on every set; the test shows nothing")
	}
	if !strings.Contains(body, "見逃し・誤検知") {
		t.Error("the wrong lines are not listed on the page")
	}
}

func TestStudioQualityRiskChanges(t *testing.T) {
	e, fs := studioEnv(t, nil)
	now := time.Now()
	fs.risks = []akari.RiskChange{
		{At: now.Add(-time.Hour), From: akari.RiskConcern, To: akari.RiskNone, Why: akari.RiskFalseAlarm},
		{At: now.Add(-2 * time.Hour), From: akari.RiskNone, To: akari.RiskConcern, Why: akari.RiskSign},
		{At: now.Add(-3 * time.Hour), From: akari.RiskConcern, To: akari.RiskHigh, Why: akari.RiskAnswer},
		{At: now.Add(-50 * time.Hour), From: akari.RiskHigh, To: akari.RiskNone, Why: akari.RiskSafe},
		{At: now.Add(-10 * 24 * time.Hour), From: akari.RiskConcern, To: akari.RiskNone, Why: akari.RiskExpired},
	}
	c, _ := e.login()
	_, body := e.get(c, "/console/studio/quality")
	jst := time.FixedZone("JST", 9*60*60)
	for _, want := range []string{
		fs.risks[0].At.In(jst).Format("2006/01/02 15:04") + " JST",
		"懸念 → なし</td><td>誤解と回答",
		"なし → 懸念</td><td>サインあり",
		"懸念 → 高</td><td>死にたい気持ちがあると回答",
		"高 → なし</td><td>本人が安全と回答",
		"懸念 → なし</td><td>時間経過", // older than a week: listed, not counted
	} {
		if !strings.Contains(body, want) {
			t.Errorf("the risk changes lack %q", want)
		}
	}
	week := map[string]int{}
	_, raw := e.basicGet("/console/api/studio/quality", true)
	var api qualityData
	if err := json.Unmarshal(raw, &api); err != nil {
		t.Fatal(err)
	}
	for _, w := range api.Risk.Week {
		week[w.Why] = w.N
	}
	want := map[string]int{akari.RiskSign: 1, akari.RiskAnswer: 1, akari.RiskSafe: 1, akari.RiskCalmer: 0, akari.RiskFalseAlarm: 1, akari.RiskExpired: 0}
	if fmt.Sprint(week) != fmt.Sprint(want) || api.Risk.WeekTotal != 4 || api.Risk.WeekCapped {
		t.Errorf("week = %v (total %d, capped %v), want %v (total 4)", week, api.Risk.WeekTotal, api.Risk.WeekCapped, want)
	}
	if len(api.Risk.Changes) != 5 || api.Risk.Changes[0].Why != akari.RiskFalseAlarm || api.Risk.Changes[0].From != akari.RiskConcern {
		t.Errorf("JSON changes = %+v, want the five, newest first", api.Risk.Changes)
	}
	if !strings.Contains(body, `data-why="sign"><span>サインあり</span><b>1</b>`) {
		t.Error("the week's count of signs is not shown")
	}
}

func TestRiskChangesShowFiftyAndCountTheWeek(t *testing.T) {
	now := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name       string
		n          int
		every      time.Duration
		shown      int
		weekTotal  int
		weekCapped bool
	}{
		{"none yet", 0, time.Hour, 0, 0, false},
		{"a few", 3, time.Hour, 3, 3, false},
		{"more than shown, some older than a week", 200, 2 * time.Hour, 50, 84, false},
		{"the kept list ends inside the week", riskFetch, time.Minute, 50, riskFetch, true},
		{"the kept list reaches back past the week", riskFetch, time.Hour, 50, 168, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fs := &fakeStudio{}
			for i := range tc.n {
				fs.risks = append(fs.risks, akari.RiskChange{At: now.Add(-time.Duration(i+1) * tc.every), From: akari.RiskNone, To: akari.RiskHigh, Why: akari.RiskSign})
			}
			h := &Handler{opt: Options{Studio: fs}, jst: time.FixedZone("JST", 9*60*60)}
			v, err := h.riskChanges(context.Background(), now)
			if err != nil {
				t.Fatal(err)
			}
			if len(v.Changes) != tc.shown || v.WeekTotal != tc.weekTotal || v.WeekCapped != tc.weekCapped {
				t.Errorf("shown %d, week %d, capped %v; want %d, %d, %v", len(v.Changes), v.WeekTotal, v.WeekCapped, tc.shown, tc.weekTotal, tc.weekCapped)
			}
			// 12:00 UTC is 21:00 in Japan.
			if want := now.Add(-tc.every).Add(9*time.Hour).Format("2006/01/02 15:04") + " JST"; tc.n > 0 && v.Changes[0].When != want {
				t.Errorf("newest change at %q, want %q", v.Changes[0].When, want)
			}
		})
	}
}

func TestStudioQualityScenarios(t *testing.T) {
	e, fs := studioEnv(t, nil)
	c, csrf := e.login()
	if _, body := e.get(c, "/console/studio/quality"); fs.plays != 0 || strings.Contains(body, "scenario-rate") {
		t.Fatalf("viewing the page played the scenarios (%d runs)", fs.plays)
	}
	if res, _ := e.post(c, "/console/studio/quality/scenarios", url.Values{"csrf": {"wrong"}}); res.StatusCode != http.StatusForbidden || fs.plays != 0 {
		t.Errorf("without the CSRF token: %s, %d runs; want 403 and none", res.Status, fs.plays)
	}
	res, body := e.post(c, "/console/studio/quality/scenarios", url.Values{"csrf": {csrf}})
	if res.StatusCode != http.StatusOK || fs.plays != 1 {
		t.Fatalf("run: %s, %d runs", res.Status, fs.plays)
	}
	for _, want := range []string{
		`class="scenario-rate">87.5%`, "7 / 8 件", "1 / 2",
		"<code>scenarios/care.yaml:12</code>", "眠れない夜", "must_mention", "「24時間」がありません",
		"&lt;b&gt;話してくれてありがとう", // the reply is text, never markup
		`class="recall-high"`,  // the rest of the page is still there
	} {
		if !strings.Contains(body, want) {
			t.Errorf("the scenario run lacks %q", want)
		}
	}

	if res, _ := e.basicGet("/console/api/studio/quality/scenarios", false); res.StatusCode != http.StatusUnauthorized {
		t.Errorf("scenarios JSON without credentials: %s, want 401", res.Status)
	}
	res, raw := e.basicGet("/console/api/studio/quality/scenarios", true)
	var got scenarioView
	if err := json.Unmarshal(raw, &got); err != nil || res.StatusCode != http.StatusOK {
		t.Fatalf("scenarios JSON: %s %v\n%s", res.Status, err, raw)
	}
	if got.Rate != 7.0/8 || got.Checks != 8 || len(got.Failures) != 1 || got.Failures[0].Where != "scenarios/care.yaml:12" || got.Failures[0].Turn != 2 {
		t.Errorf("scenarios JSON = %+v", got)
	}
}

func TestStudioQualityAPINeedsCredentials(t *testing.T) {
	e, _ := studioEnv(t, nil)
	if res, _ := e.basicGet("/console/api/studio/quality", false); res.StatusCode != http.StatusUnauthorized {
		t.Errorf("quality JSON without credentials: %s, want 401", res.Status)
	}
	res, raw := e.basicGet("/console/api/studio/quality", true)
	if res.StatusCode != http.StatusOK || !strings.HasPrefix(res.Header.Get("Content-Type"), "application/json") {
		t.Fatalf("quality JSON: %s %s", res.Status, res.Header.Get("Content-Type"))
	}
	if !strings.Contains(string(raw), `"changes":[]`) {
		t.Errorf("no risk changes should be an empty list, got %s", raw)
	}
}
