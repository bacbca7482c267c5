package console

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/scenario"
	"github.com/akari-career/akari/internal/worry"
)

// fakeStudio answers the studio's questions with fixed values.
type fakeStudio struct {
	mu    sync.Mutex
	tries []TryInput
	// classifier judges Eval's lines; nil calls everything salary.
	classifier worry.TextClassifier
	risks      []akari.RiskChange // newest first, as the store keeps them
	plays      int                // Scenarios calls
}

func (s *fakeStudio) PromptFiles() []string { return []string{"persona.md", "playbooks/salary.yaml"} }
func (s *fakeStudio) PromptFile(name string) (string, error) {
	return "content of " + name, nil
}

func (s *fakeStudio) Try(_ context.Context, in TryInput) (TryResult, error) {
	s.mu.Lock()
	s.tries = append(s.tries, in)
	s.mu.Unlock()
	if strings.Contains(in.Content, "broken") {
		return TryResult{Edited: in.File, Problems: []string{in.File + ":3: did not find expected key"}}, nil
	}
	return TryResult{
		Classification: akari.Classification{Category: akari.Salary, Confidence: 0.82},
		Label:          "お給料のこと",
		Prompt: PromptPreview{System: "あなたは「あかり」です。<script>", Tokens: 900,
			Messages: []PromptMessage{{"system", "あなたは「あかり」です。<script>"}, {"user", in.Text}}},
		Offline: TryReply{Texts: []string{"お給料のこと、気になりますよね。"}, Source: "offline"},
	}, nil
}

// Eval calls everything salary unless a classifier is set: right for
// salary lines only.
func (s *fakeStudio) Eval(lines []worry.Labelled) worry.Report {
	if s.classifier != nil {
		return worry.Evaluate(s.classifier, lines)
	}
	return worry.Evaluate(constClassifier(akari.Salary), lines)
}

// CrisisSets evaluates the built-in sets as Eval does, on every call.
func (s *fakeStudio) CrisisSets() ([]worry.SetReport, error) {
	var out []worry.SetReport
	for _, set := range worry.CrisisSets() {
		lines, err := worry.ReadCrisisSet(set.Name)
		if err != nil {
			return nil, err
		}
		out = append(out, worry.SetReport{CrisisSet: set, Report: s.Eval(lines)})
	}
	return out, nil
}

func (s *fakeStudio) RiskChanges(_ context.Context, n int) ([]akari.RiskChange, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]akari.RiskChange(nil), s.risks[:min(n, len(s.risks))]...), nil
}

// Scenarios reports two conversations, one with a failed check.
func (s *fakeStudio) Scenarios(context.Context) (scenario.Report, error) {
	s.mu.Lock()
	s.plays++
	s.mu.Unlock()
	return scenario.Report{Scenarios: 2, ScenariosPassed: 1, Checks: 8, Passed: 7, Failures: []scenario.Failure{{
		Scenario: "眠れない夜", File: "care.yaml", Line: 12, Turn: 2, Said: "もう無理かも",
		Check: "must_mention", Detail: "「24時間」がありません", Reply: "<b>話してくれてありがとう</b>",
	}}}, nil
}

func (s *fakeStudio) Stats(_ context.Context, days int) ([]akari.DayStats, error) {
	out := make([]akari.DayStats, days)
	for i := range out {
		out[i] = akari.DayStats{Day: time.Date(2026, 11, 8+i, 0, 0, 0, 0, time.UTC).Format(time.DateOnly), Latency: make([]int64, 16)}
	}
	out[days-1].Messages, out[days-1].Categories = 3, map[string]int64{"salary": 2, "other": 1}
	out[days-1].Latency[5] = 3
	out[days-1].LLMCalls, out[days-1].LLMFallbacks = 4, 1
	out[days-1].Leads, out[days-1].GuidedUsers = 1, 2
	return out, nil
}

type constClassifier akari.Category

func (c constClassifier) Classify(string) akari.Classification {
	return akari.Classification{Category: akari.Category(c), Confidence: 0.9}
}

// fakeSim records events and hands out the deliveries it is given.
type fakeSim struct {
	mu         sync.Mutex
	events     []SimEvent
	deliveries []SimDelivery
}

func (s *fakeSim) Send(_ context.Context, ev SimEvent) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.events = append(s.events, ev)
	return nil
}

func (s *fakeSim) Wait(_ context.Context, after int, _ time.Duration) ([]SimDelivery, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []SimDelivery
	for _, d := range s.deliveries {
		if d.Seq > after {
			out = append(out, d)
		}
	}
	return out, nil
}

const (
	simUserA = "U0123456789abcdef0123456789abcdef"
	simUserB = "Ufedcba9876543210fedcba9876543210"
)

func studioEnv(t *testing.T, sim Simulator) (*env, *fakeStudio) {
	t.Helper()
	fs := &fakeStudio{}
	e := newEnv(t, func(o *Options) { o.Studio, o.Simulator, o.EvalFile = fs, sim, "testdata-does-not-exist.jsonl" })
	return e, fs
}

func TestStudioNeedsALogin(t *testing.T) {
	e, _ := studioEnv(t, &fakeSim{})
	c := e.client()
	for _, path := range []string{"/console/studio/simulator", "/console/studio/playground", "/console/studio/quality"} {
		res, _ := e.get(c, path)
		if res.StatusCode != http.StatusSeeOther || !strings.HasPrefix(res.Header.Get("Location"), "/console/login") {
			t.Errorf("GET %s without a login: %s → %q, want the login page", path, res.Status, res.Header.Get("Location"))
		}
	}
	res, _ := e.get(c, "/console/api/studio/sim/deliveries?user="+simUserA+"&after=0")
	if res.StatusCode != http.StatusUnauthorized {
		t.Errorf("deliveries without a login: %s, want 401", res.Status)
	}
}

func (e *env) simSend(c *http.Client, csrf string, body string) *http.Response {
	e.t.Helper()
	req, _ := http.NewRequest(http.MethodPost, e.srv.URL+"/console/api/studio/sim/send", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if csrf != "" {
		req.Header.Set("X-CSRF-Token", csrf)
	}
	res, err := c.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	return res
}

func TestStudioSimulatorAPI(t *testing.T) {
	sim := &fakeSim{}
	e, _ := studioEnv(t, sim)
	c, csrf := e.login()

	good := `{"user":"` + simUserA + `","name":"花子","kind":"text","text":"こんにちは"}`
	for _, tc := range []struct {
		name, csrf, body string
		want             int
	}{
		{"no CSRF token", "", good, http.StatusForbidden},
		{"wrong CSRF token", csrf + "x", good, http.StatusForbidden},
		{"user id not LINE-shaped", csrf, `{"user":"hanako","kind":"text","text":"x"}`, http.StatusBadRequest},
		{"empty text", csrf, `{"user":"` + simUserA + `","kind":"text","text":"  "}`, http.StatusBadRequest},
		{"unknown kind", csrf, `{"user":"` + simUserA + `","kind":"beacon"}`, http.StatusBadRequest},
		{"text", csrf, good, http.StatusAccepted},
		{"postback", csrf, `{"user":"` + simUserA + `","kind":"postback","data":"action=interest&job=j1"}`, http.StatusAccepted},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if res := e.simSend(c, tc.csrf, tc.body); res.StatusCode != tc.want {
				t.Errorf("status %s, want %d", res.Status, tc.want)
			}
		})
	}
	if len(sim.events) != 2 || sim.events[0].Text != "こんにちは" || sim.events[0].Name != "花子" || sim.events[1].Data != "action=interest&job=j1" {
		t.Errorf("events sent = %+v", sim.events)
	}

	// Basic credentials alone do not let a page send: a browser replays them.
	req, _ := http.NewRequest(http.MethodPost, e.srv.URL+"/console/api/studio/sim/send", strings.NewReader(good))
	req.SetBasicAuth(testUser, testPassword)
	if res, err := http.DefaultClient.Do(req); err != nil || res.StatusCode == http.StatusAccepted {
		t.Errorf("send with Basic auth only: %v %v, want refused", res.Status, err)
	}

	msg := json.RawMessage(`{"type":"text","text":"こんにちは、あかりです"}`)
	sim.deliveries = []SimDelivery{
		{Seq: 1, UserID: simUserB, Via: "reply", Messages: []json.RawMessage{msg}},
		{Seq: 2, UserID: simUserA, Via: "reply", Messages: []json.RawMessage{msg}},
		{Seq: 3, UserID: "Uffffffffffffffffffffffffffffffff", Via: "push", Messages: []json.RawMessage{msg}},
	}
	_, body := e.get(c, "/console/api/studio/sim/deliveries?user="+simUserA+"&after=0&wait=0")
	var got simBatch
	if err := json.Unmarshal([]byte(body), &got); err != nil {
		t.Fatalf("deliveries: %v\n%s", err, body)
	}
	if len(got.Deliveries) != 1 || got.Deliveries[0].Seq != 2 || got.Last != 3 {
		t.Errorf("deliveries for A = %+v, want only seq 2 and last 3", got)
	}
	_, body = e.get(c, "/console/api/studio/sim/deliveries?user="+simUserA+"&user="+simUserB+"&after=1&wait=0")
	if err := json.Unmarshal([]byte(body), &got); err != nil || len(got.Deliveries) != 1 || got.Deliveries[0].UserID != simUserA {
		t.Errorf("deliveries after 1 for A and B = %+v (%v)", got, err)
	}
	res, _ := e.get(c, "/console/api/studio/sim/deliveries?user=bob&after=0")
	if res.StatusCode != http.StatusBadRequest {
		t.Errorf("deliveries for a bad user id: %s, want 400", res.Status)
	}
}

func TestStudioSimulatorIsOffOutsideDevMode(t *testing.T) {
	e, _ := studioEnv(t, nil)
	c, csrf := e.login()
	res, body := e.get(c, "/console/studio/simulator")
	if res.StatusCode != http.StatusOK || !strings.Contains(body, "開発モードでのみ使えます") || strings.Contains(body, `id="sim"`) {
		t.Errorf("simulator page without a stand-in: %s\n%s", res.Status, body)
	}
	if res := e.simSend(c, csrf, `{"user":"`+simUserA+`","kind":"text","text":"x"}`); res.StatusCode != http.StatusNotFound {
		t.Errorf("send without a stand-in: %s, want 404", res.Status)
	}
}

func TestStudioPlayground(t *testing.T) {
	e, fs := studioEnv(t, nil)
	c, csrf := e.login()

	res, body := e.get(c, "/console/studio/playground?file=persona.md")
	if res.StatusCode != http.StatusOK || !strings.Contains(body, "content of persona.md") {
		t.Fatalf("playground with ?file=persona.md: %s", res.Status)
	}
	if res, _ := e.post(c, "/console/studio/playground", url.Values{"text": {"給料を上げたい"}}); res.StatusCode != http.StatusForbidden {
		t.Errorf("playground without the CSRF token: %s, want 403", res.Status)
	}

	res, body = e.post(c, "/console/studio/playground", url.Values{"csrf": {csrf}, "action": {"run"}, "text": {"給料を上げたい"}, "current": {"salary"}, "name": {"花子"}})
	if res.StatusCode != http.StatusOK {
		t.Fatalf("run: %s", res.Status)
	}
	for _, want := range []string{"お給料のこと", "0.82", "推定 900 トークン", "お給料のこと、気になりますよね。", "LLMが設定されていない", "&lt;script&gt;"} {
		if !strings.Contains(body, want) {
			t.Errorf("playground result lacks %q", want)
		}
	}
	if got := fs.tries[len(fs.tries)-1]; got.Current != akari.Salary || got.Name != "花子" || got.File != "" {
		t.Errorf("Try got %+v", got)
	}

	// An edit: the file and its content go to Try; its problems come back.
	_, body = e.post(c, "/console/studio/playground", url.Values{"csrf": {csrf}, "action": {"run"}, "text": {"x"}, "file": {"playbooks/salary.yaml"}, "content": {"broken\r\nyaml"}})
	if !strings.Contains(body, "playbooks/salary.yaml:3: did not find expected key") {
		t.Errorf("problems are not shown:\n%s", body)
	}
	if got := fs.tries[len(fs.tries)-1]; got.File != "playbooks/salary.yaml" || got.Content != "broken\nyaml" {
		t.Errorf("Try got %+v", got)
	}
	// A file outside the list is dropped, never read.
	e.post(c, "/console/studio/playground", url.Values{"csrf": {csrf}, "action": {"run"}, "text": {"x"}, "file": {"../secret"}, "content": {"y"}})
	if got := fs.tries[len(fs.tries)-1]; got.File != "" {
		t.Errorf("an unknown file reached Try: %+v", got)
	}
}

func TestStudioQuality(t *testing.T) {
	e, _ := studioEnv(t, nil)
	c, csrf := e.login()
	res, body := e.get(c, "/console/studio/quality")
	if res.StatusCode != http.StatusOK || strings.Count(body, "<svg") < 2 || !strings.Contains(body, "25.0%") {
		t.Errorf("quality page: %s; charts %d; want the fallback rate 25.0%%", res.Status, strings.Count(body, "<svg"))
	}
	if strings.Contains(body, `value="dev"`) {
		t.Error("the dev set is offered though its file does not exist")
	}

	upload := func(content string) (*http.Response, string) {
		var buf bytes.Buffer
		mw := multipart.NewWriter(&buf)
		mw.WriteField("csrf", csrf)
		mw.WriteField("source", "upload")
		fw, _ := mw.CreateFormFile("file", "mine.jsonl")
		fw.Write([]byte(content))
		mw.Close()
		req, _ := http.NewRequest(http.MethodPost, e.srv.URL+"/console/studio/quality", &buf)
		req.Header.Set("Content-Type", mw.FormDataContentType())
		res, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res, string(b)
	}
	lines := []string{
		`{"text":"給料が安い","category":"salary","crisis":false}`,
		`{"text":"残業代","category":"salary","crisis":false}`,
		`{"text":"辞めたい","category":"resignation","crisis":false}`,
		`{"text":"もう消えたい","category":"other","crisis":true}`,
	}
	res, body = upload(strings.Join(lines, "\n"))
	if res.StatusCode != http.StatusOK {
		t.Fatalf("upload: %s", res.Status)
	}
	for _, want := range []string{`class="accuracy">50.0%`, "2 / 4 件", `class="crisis-recall">0.0%`, "hit-", "miss-"} {
		if !strings.Contains(body, want) {
			t.Errorf("evaluation lacks %q", want)
		}
	}
	_, body = upload(lines[0] + "\n{\"text\":\"x\"}\n")
	if !strings.Contains(body, "mine.jsonl:2: missing category") {
		t.Errorf("a bad line is not reported as file:line")
	}
}

func TestShade(t *testing.T) {
	for _, tc := range []struct{ n, total, want int }{{0, 10, 0}, {1, 10, 1}, {5, 10, 3}, {10, 10, 5}, {3, 0, 0}} {
		if got := shade(tc.n, tc.total); got != tc.want {
			t.Errorf("shade(%d, %d) = %d, want %d", tc.n, tc.total, got, tc.want)
		}
	}
	if got := fmt.Sprint(niceMax(0), niceMax(7), niceMax(13), niceMax(2.4)); got != "1 10 20 5" {
		t.Errorf("niceMax = %s", got)
	}
}
