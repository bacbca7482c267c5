package app

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/prometheus/client_golang/prometheus/testutil"
)

// fakeLLM speaks the OpenAI chat-completions wire format: JSON-schema
// requests (classification) get a classification, others a reply — answer,
// or a piece of guidance when it is empty.
type fakeLLM struct {
	mu       sync.Mutex
	fail     bool
	answer   string
	requests []string
	advice   [][]chatMessage // the messages of each request for a reply
}

type chatMessage struct{ Role, Content string }

func (f *fakeLLM) setAnswer(s string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.answer = s
}

// lastAdvice returns the messages of the newest request for a reply.
func (f *fakeLLM) lastAdvice() []chatMessage {
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.advice) == 0 {
		return nil
	}
	return f.advice[len(f.advice)-1]
}

func (f *fakeLLM) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	var req struct {
		Messages []chatMessage   `json:"messages"`
		Format   json.RawMessage `json:"response_format"`
	}
	json.Unmarshal(body, &req)
	f.mu.Lock()
	f.requests = append(f.requests, string(body))
	fail, content := f.fail, f.answer
	if req.Format == nil {
		f.advice = append(f.advice, req.Messages)
	}
	f.mu.Unlock()
	if fail {
		http.Error(w, `{"error":{"message":"overloaded","type":"server_error"}}`, http.StatusInternalServerError)
		return
	}
	if content == "" {
		content = "在宅の日に冷たくされるのは、本当にしんどいですよね。\n\nまずは在宅の日の成果をチャットで短く共有してみましょう。次に、上司と在宅のルールを一緒に決めてもらうと安心です。\n\n冷たさを感じるのは、どんな場面が多いですか？"
	}
	if req.Format != nil {
		content = `{"category":"remote_work_envy","crisis":false,"risk":"none","confidence":0.93,"summary":"在宅勤務で同僚が冷たい"}`
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{
		"id": "chatcmpl-test", "object": "chat.completion", "model": "test-model",
		"choices": []map[string]any{{"index": 0, "finish_reason": "stop", "message": map[string]string{"role": "assistant", "content": content}}},
		"usage":   map[string]int{"prompt_tokens": 900, "completion_tokens": 120, "total_tokens": 1020},
	})
}

func TestLLMAdvisesAndOfflineAnswersWhenItFails(t *testing.T) {
	llm := &fakeLLM{}
	srv := httptest.NewServer(llm)
	defer srv.Close()
	h := start(t, setup{env: map[string]string{
		"OPENAI_API_KEY": "sk-test", "OPENAI_BASE_URL": srv.URL + "/v1", "OPENAI_MODEL": "test-model",
	}})
	p := h.person("Ullm")
	d := p.say("在宅の日だけ同僚が冷たいです。連絡先は hanako@example.com です")
	if !strings.Contains(joined(d), "成果をチャットで短く共有") {
		t.Errorf("reply %q, want the LLM's guidance", joined(d))
	}
	llm.mu.Lock()
	for _, req := range llm.requests {
		if strings.Contains(req, "hanako@example.com") {
			t.Errorf("an e-mail address reached the LLM: %.200s", req)
		}
	}
	llm.mu.Unlock()
	if got := testutil.ToFloat64(h.app.m.LLMTokens.WithLabelValues("advice", "prompt")); got != 900 {
		t.Errorf("prompt tokens in metrics = %v, want 900", got)
	}

	llm.mu.Lock()
	llm.fail = true
	llm.mu.Unlock()
	d = p.say("上司と同僚の板挟みでつらいです")
	if len(d.Texts()) == 0 || strings.Contains(joined(d), "成果をチャットで短く共有") {
		t.Errorf("with the LLM failing: %q, want the offline advisor's own reply", joined(d))
	}
	settle()
	fallbacks := 0.0
	for _, reason := range []string{"error", "server_error", "http_500", "breaker_open", "timeout", "unavailable"} {
		fallbacks += testutil.ToFloat64(h.app.m.LLMFallbacks.WithLabelValues("advice", reason))
	}
	if fallbacks == 0 {
		t.Logf("metrics:\n%s", scrape(t, h))
		t.Errorf("no advice fallback counted")
	}
}

func scrape(t *testing.T, h *harness) string {
	res, err := http.Get(h.app.URL() + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	var out []string
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "akari_llm") {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
