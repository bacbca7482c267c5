package llm_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/llm"
	"github.com/akari-career/akari/internal/worry"
	"github.com/akari-career/akari/prompts"
)

// fakeOpenAI is an OpenAI-compatible server that answers every chat
// completion with content (or with the handler's own behaviour) and keeps
// the last request body.
type fakeOpenAI struct {
	srv      *httptest.Server
	lastBody chan []byte
}

func newFake(t *testing.T, handle func(w http.ResponseWriter, r *http.Request)) *fakeOpenAI {
	t.Helper()
	f := &fakeOpenAI{lastBody: make(chan []byte, 10)}
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/v1/chat/completions" {
			t.Errorf("request to %s, want /v1/chat/completions", r.URL.Path)
		}
		body, _ := io.ReadAll(r.Body)
		f.lastBody <- body
		handle(w, r)
	}))
	t.Cleanup(f.srv.Close)
	return f
}

// replyWith answers with one choice whose content is content.
func replyWith(content string) func(w http.ResponseWriter, r *http.Request) {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{
			"id": "chatcmpl-1", "object": "chat.completion", "model": "test",
			"choices": []any{map[string]any{
				"index": 0, "finish_reason": "stop",
				"message": map[string]any{"role": "assistant", "content": content},
			}},
		})
	}
}

func (f *fakeOpenAI) classifier() *llm.Classifier {
	client := llm.NewClient(llm.Config{APIKey: "test", BaseURL: f.srv.URL + "/v1", Timeout: 5 * time.Second})
	return llm.NewClassifier(client, "test-model", map[akari.Category]string{akari.Salary: "給料・収入：お金の悩み"})
}

func TestClassifierRequestCarriesSchema(t *testing.T) {
	f := newFake(t, replyWith(`{"category":"salary","crisis":false,"confidence":0.9,"summary":"給料が低い"}`))
	if _, err := f.classifier().Classify(context.Background(), "給料が安い"); err != nil {
		t.Fatal(err)
	}
	var req struct {
		Model          string `json:"model"`
		Messages       []struct{ Role, Content string }
		ResponseFormat struct {
			Type       string `json:"type"`
			JSONSchema struct {
				Name   string `json:"name"`
				Strict bool   `json:"strict"`
				Schema struct {
					Properties map[string]struct {
						Type string   `json:"type"`
						Enum []string `json:"enum"`
					} `json:"properties"`
					Required             []string `json:"required"`
					AdditionalProperties *bool    `json:"additionalProperties"`
				} `json:"schema"`
			} `json:"json_schema"`
		} `json:"response_format"`
	}
	if err := json.Unmarshal(<-f.lastBody, &req); err != nil {
		t.Fatal(err)
	}
	rf := req.ResponseFormat
	if rf.Type != "json_schema" || !rf.JSONSchema.Strict {
		t.Errorf("response_format type %q strict %v, want json_schema, strict", rf.Type, rf.JSONSchema.Strict)
	}
	props := rf.JSONSchema.Schema.Properties
	if got := props["category"].Enum; len(got) != len(akari.Categories()) {
		t.Errorf("category enum = %v, want the %d ids", got, len(akari.Categories()))
	}
	for name, typ := range map[string]string{"crisis": "boolean", "risk": "string", "confidence": "number", "summary": "string"} {
		if props[name].Type != typ {
			t.Errorf("property %s has type %q, want %q", name, props[name].Type, typ)
		}
	}
	if got, want := props["risk"].Enum, []string{"none", "concern", "high"}; !slices.Equal(got, want) {
		t.Errorf("risk enum = %v, want %v", got, want)
	}
	if len(rf.JSONSchema.Schema.Required) != 5 {
		t.Errorf("required = %v, want all five properties", rf.JSONSchema.Schema.Required)
	}
	if ap := rf.JSONSchema.Schema.AdditionalProperties; ap == nil || *ap {
		t.Errorf("additionalProperties = %v, want false", ap)
	}
	if req.Model != "test-model" || len(req.Messages) != 2 || req.Messages[1].Content != "給料が安い" {
		t.Errorf("model %q messages %+v; want test-model, system + the user's text", req.Model, req.Messages)
	}
	if !strings.Contains(req.Messages[0].Content, "給料・収入") || !strings.Contains(req.Messages[0].Content, "crisis") {
		t.Errorf("system prompt lacks the category labels or the crisis rule:\n%s", req.Messages[0].Content)
	}
}

func TestClassifierAnswers(t *testing.T) {
	tests := []struct {
		name    string
		handle  func(w http.ResponseWriter, r *http.Request)
		want    akari.Classification
		wantErr string
	}{
		{"good answer", replyWith(`{"category":"resignation","crisis":true,"risk":"concern","confidence":0.82,"summary":"仕事を辞めたい"}`),
			akari.Classification{Category: akari.Resignation, Crisis: true, Risk: akari.RiskConcern, Confidence: 0.82, Summary: "仕事を辞めたい", Source: "llm"}, ""},
		{"no crisis", replyWith(`{"category":"salary","crisis":false,"risk":"none","confidence":0.9,"summary":"給料"}`),
			akari.Classification{Category: akari.Salary, Risk: akari.RiskNone, Confidence: 0.9, Summary: "給料", Source: "llm"}, ""},
		{"crisis without a level is high", replyWith(`{"category":"resignation","crisis":true,"confidence":0.82,"summary":""}`),
			akari.Classification{Category: akari.Resignation, Crisis: true, Risk: akari.RiskHigh, Confidence: 0.82, Source: "llm"}, ""},
		{"a level without the flag still counts", replyWith(`{"category":"other","crisis":false,"risk":"high","confidence":0.7,"summary":""}`),
			akari.Classification{Category: akari.Other, Crisis: true, Risk: akari.RiskHigh, Confidence: 0.7, Source: "llm"}, ""},
		{"the flag without a level is high", replyWith(`{"category":"other","crisis":true,"risk":"none","confidence":0.7,"summary":""}`),
			akari.Classification{Category: akari.Other, Crisis: true, Risk: akari.RiskHigh, Confidence: 0.7, Source: "llm"}, ""},
		{"unknown risk", replyWith(`{"category":"other","crisis":true,"risk":"severe","confidence":0.7,"summary":""}`),
			akari.Classification{}, "unknown risk level"},
		{"malformed json", replyWith(`{"category": "salary", "crisis": fals`), akari.Classification{}, "malformed answer"},
		{"not json at all", replyWith(`給料の悩みですね`), akari.Classification{}, "malformed answer"},
		{"unknown category", replyWith(`{"category":"money","crisis":false,"confidence":0.9,"summary":""}`),
			akari.Classification{}, "unknown worry category"},
		{"missing field", replyWith(`{"category":"salary","summary":""}`), akari.Classification{}, "lacks"},
		{"confidence out of range", replyWith(`{"category":"salary","crisis":false,"confidence":3,"summary":""}`),
			akari.Classification{}, "outside 0..1"},
		{"http 500", func(w http.ResponseWriter, r *http.Request) {
			http.Error(w, `{"error":{"message":"boom","type":"server_error"}}`, http.StatusInternalServerError)
		}, akari.Classification{}, "500"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFake(t, tt.handle)
			got, err := f.classifier().Classify(context.Background(), "テスト")
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("error = %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("Classify = %+v, %v; want %+v", got, err, tt.want)
			}
		})
	}
}

// sleepy answers only after the client has given up.
func sleepy(done <-chan struct{}) func(w http.ResponseWriter, r *http.Request) {
	return func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-done:
		case <-time.After(3 * time.Second):
		}
	}
}

func TestClassifierTimeout(t *testing.T) {
	done := make(chan struct{})
	defer close(done)
	f := newFake(t, sleepy(done))
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := f.classifier().Classify(ctx, "テスト")
	if err == nil {
		t.Fatal("Classify succeeded against a server that never answers")
	}
	if elapsed := time.Since(start); elapsed > 2*time.Second {
		t.Errorf("Classify returned after %v, want it to respect the 100ms deadline", elapsed)
	}
}

// Through worry.Combine, every failure of the LLM gives the offline answer
// and crisis is flagged when either side sees it.
func TestCombinedWithLLM(t *testing.T) {
	m, err := worry.Load(prompts.FS())
	if err != nil {
		t.Fatal(err)
	}
	const salaryText = "給料が安くて昇給もない"
	offline := m.Classify(salaryText)
	done := make(chan struct{})
	defer close(done)
	tests := []struct {
		name       string
		handle     func(w http.ResponseWriter, r *http.Request)
		text       string
		want       akari.Category
		wantCrisis bool
		wantRisk   akari.Risk
		wantSource string
	}{
		{"llm answers", replyWith(`{"category":"work_meaning","crisis":false,"risk":"none","confidence":0.9,"summary":"やりがい"}`),
			salaryText, akari.WorkMeaning, false, akari.RiskNone, "llm"},
		{"llm sees a crisis the phrases miss", replyWith(`{"category":"salary","crisis":true,"risk":"concern","confidence":0.9,"summary":"給料"}`),
			salaryText, akari.Salary, true, akari.RiskConcern, "llm"},
		{"offline sees a crisis the llm misses", replyWith(`{"category":"salary","crisis":false,"risk":"none","confidence":0.9,"summary":"給料"}`),
			"給料が安すぎて死にたい", akari.Salary, true, akari.RiskHigh, "llm"},
		{"the higher level wins", replyWith(`{"category":"salary","crisis":true,"risk":"high","confidence":0.9,"summary":"給料"}`),
			"このまま目が覚めなければいいのに", akari.Salary, true, akari.RiskHigh, "llm"},
		{"offline level kept over a lower llm level", replyWith(`{"category":"salary","crisis":true,"risk":"concern","confidence":0.9,"summary":"給料"}`),
			"給料が安すぎて死にたい", akari.Salary, true, akari.RiskHigh, "llm"},
		{"malformed falls back", replyWith(`nope`), salaryText, offline.Category, false, akari.RiskNone, "offline"},
		{"unknown category falls back", replyWith(`{"category":"money","crisis":false,"confidence":0.9,"summary":""}`),
			salaryText, offline.Category, false, akari.RiskNone, "offline"},
		{"http 500 falls back", func(w http.ResponseWriter, r *http.Request) {
			http.Error(w, "boom", http.StatusInternalServerError)
		}, salaryText, offline.Category, false, akari.RiskNone, "offline"},
		{"timeout falls back", sleepy(done), salaryText, offline.Category, false, akari.RiskNone, "offline"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFake(t, tt.handle)
			c := worry.Combine(m, f.classifier(), 200*time.Millisecond)
			got, err := c.Classify(context.Background(), tt.text)
			if err != nil {
				t.Fatalf("Combined.Classify error: %v", err)
			}
			if got.Category != tt.want || got.Crisis != tt.wantCrisis || got.Risk != tt.wantRisk || got.Source != tt.wantSource {
				t.Errorf("got %s crisis=%v risk=%s from %s, want %s crisis=%v risk=%s from %s",
					got.Category, got.Crisis, got.Risk, got.Source, tt.want, tt.wantCrisis, tt.wantRisk, tt.wantSource)
			}
		})
	}
}

// An endpoint that refuses json_schema is detected once, logged, and from
// then on asked for a json_object; the answers are checked as strictly.
func TestClassifierFallsBackToJSONObjectWhenSchemaIsRefused(t *testing.T) {
	var schemaCalls, objectCalls int
	var f2 *fakeOpenAI
	answer := replyWith(`{"category":"salary","crisis":false,"risk":"none","confidence":0.9,"summary":"給料が低い"}`)
	f := newFake(t, func(w http.ResponseWriter, r *http.Request) {
		body := string(<-f2.lastBody)
		if strings.Contains(body, `"json_schema"`) {
			schemaCalls++
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(400)
			w.Write([]byte(`{"error":{"message":"response_format json_schema is not supported by this model","type":"invalid_request_error"}}`))
			return
		}
		objectCalls++
		answer(w, r)
	})
	f2 = f
	var logs strings.Builder
	client := llm.NewClient(llm.Config{APIKey: "test", BaseURL: f.srv.URL + "/v1", Timeout: 5 * time.Second})
	c := llm.NewClassifierWith(client, "test-model", nil, llm.ClassifierOptions{Log: slog.New(slog.NewTextHandler(&logs, nil))})
	for range 3 {
		got, err := c.Classify(context.Background(), "給料が安い")
		if err != nil || got.Category != akari.Salary {
			t.Fatalf("Classify = %+v, %v; want salary", got, err)
		}
	}
	if schemaCalls != 1 || objectCalls != 3 {
		t.Errorf("json_schema asked %d times, json_object %d; want 1 and 3", schemaCalls, objectCalls)
	}
	if strings.Count(logs.String(), "refuses json_schema") != 1 {
		t.Errorf("logs: %q, want the refusal logged once", logs.String())
	}
}
