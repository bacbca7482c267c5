package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"github.com/akari-career/akari/internal/advice"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
)

// offlineEnv makes sure no LLM from the developer's environment is used.
func offlineEnv(t *testing.T) {
	t.Helper()
	for _, k := range []string{"OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_MODEL", "AKARI_PROMPTS_DIR"} {
		t.Setenv(k, "")
	}
}

func chatRun(t *testing.T, input string, args ...string) (string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := runChat(context.Background(), args, stdio{strings.NewReader(input), &out, &errOut})
	if errOut.Len() > 0 {
		t.Logf("stderr:\n%s", errOut.String())
	}
	return out.String(), err
}

func TestChatConversation(t *testing.T) {
	offlineEnv(t)
	input := strings.Join([]string{
		"在宅勤務してたら同僚に冷たくされる",
		"もっと詳しく", // a chip's label taps it
		"",
		"ヘルプ",
		"もう消えたい",
		"データ削除",
		"/quit",
		"これは読まれない",
	}, "\n")
	out, err := chatRun(t, input, "-user", "田中")
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("output:\n%s", out)
	replies := strings.Split(strings.TrimSpace(out), "\nあかり:\n")
	if len(replies) != 6 {
		t.Fatalf("%d replies, want 6 (greeting, 2 guidance, help, crisis, deletion)", len(replies))
	}
	checks := []struct {
		name  string
		reply string
		want  []string
	}{
		{"greeting with the name", replies[0], []string{"田中さん、はじめまして", "[在宅勤務のモヤモヤ] [仕事を辞めたい]"}},
		// Never pushy: no job or recruiter offer with the first reply to an
		// emotional worry; offered from the second reply on.
		{"guidance with chips", replies[1], []string{"①", "[もっと詳しく] [ほかの悩み]"}},
		{"more on the same worry", replies[2], []string{"①", "[もっと詳しく] [求人を見てみる] [担当者と話したい] [ほかの悩み]"}},
		{"help", replies[3], []string{"リセット", "データ削除"}},
		// A passive wish: the plain question and the 24-hour lines.
		{"concern with the 24-hour lines", replies[4], []string{"死にたいと思ったり", "0120-279-338", "119"}},
		{"deletion", replies[5], []string{"削除しました"}},
	}
	for _, c := range checks {
		for _, w := range c.want {
			if !strings.Contains(c.reply, w) {
				t.Errorf("%s: reply lacks %q:\n%s", c.name, w, c.reply)
			}
		}
	}
	if replies[1] == replies[2] {
		t.Error("the second message on the same worry got the same reply: memory is not kept")
	}
	if strings.Contains(replies[1], "[求人を見てみる]") || strings.Contains(replies[1], "[担当者と話したい]") {
		t.Error("the first reply to an emotional worry offers jobs or a recruiter")
	}
	if strings.Contains(replies[4], "[求人を見てみる]") {
		t.Error("a crisis reply offers jobs")
	}
}

// chatJSON runs a conversation with -json and decodes every reply.
func chatJSON(t *testing.T, input string) []map[string]any {
	t.Helper()
	out, err := chatRun(t, input, "-json")
	if err != nil {
		t.Fatal(err)
	}
	var replies []map[string]any
	for i, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var r map[string]any
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("line %d is not JSON: %q", i+1, line)
		}
		replies = append(replies, r)
	}
	return replies
}

func TestChatJSONRemembersTheWorry(t *testing.T) {
	offlineEnv(t)
	replies := chatJSON(t, "在宅勤務してたら同僚に冷たくされる\nどうしたらいい？\nリセット\nどうしたらいい？\n")
	if len(replies) != 5 {
		t.Fatalf("%d replies, want 5", len(replies))
	}
	want := []struct{ source, category string }{
		{"script", ""},                  // greeting on follow
		{"offline", "remote_work_envy"}, // the worry
		{"offline", "remote_work_envy"}, // a follow-up keeps it: state from Redis
		{"script", ""},                  // リセット
		{"offline", "other"},            // the same follow-up, nothing remembered
	}
	for i, w := range want {
		r := replies[i]
		cat, _ := r["category"].(string)
		if r["source"] != w.source || cat != w.category {
			t.Errorf("reply %d: source %v category %q, want %s %q", i, r["source"], cat, w.source, w.category)
		}
		if msgs, _ := r["messages"].([]any); len(msgs) == 0 {
			t.Errorf("reply %d has no messages", i)
		}
	}
}

func TestChatWithLLM(t *testing.T) {
	// The chat runs the server's engine: the LLM classifies every message
	// and writes the guidance. Advice requests are the ones that ask for no
	// structured output.
	var adviceCalls atomic.Int32
	var fail atomic.Bool
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if !bytes.Contains(body, []byte(`"response_format"`)) {
			adviceCalls.Add(1)
		}
		if fail.Load() {
			http.Error(w, `{"error":{"message":"down","type":"server_error"}}`, http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{
			"id": "1", "object": "chat.completion", "model": "m",
			"choices": []any{map[string]any{"index": 0, "finish_reason": "stop",
				"message": map[string]any{"role": "assistant", "content": "それはつらいですね。まずは在宅の日の成果を共有してみましょう。"}}},
		})
	}))
	defer srv.Close()
	offlineEnv(t)
	t.Setenv("OPENAI_BASE_URL", srv.URL+"/v1")
	t.Setenv("OPENAI_API_KEY", "test")

	replies := chatJSON(t, "在宅勤務してたら同僚に冷たくされる\nもう消えたい\n")
	if got := replies[1]["source"]; got != "llm" {
		t.Errorf("worry answered by %v, want llm", got)
	}
	if got := replies[2]["source"]; got != "crisis" {
		t.Errorf("crisis answered by %v, want the fixed crisis line", got)
	}
	if n := adviceCalls.Load(); n != 1 {
		t.Errorf("the LLM was asked for advice %d times, want 1 (never for the crisis)", n)
	}

	fail.Store(true)
	replies = chatJSON(t, "在宅勤務してたら同僚に冷たくされる\n")
	if got := replies[1]["source"]; got != advice.SourceFallback {
		t.Errorf("with the LLM down the worry was answered by %v, want the offline advisor as %s", got, advice.SourceFallback)
	}
}

func TestChatArguments(t *testing.T) {
	offlineEnv(t)
	for _, args := range [][]string{{"extra"}, {"-nope"}} {
		if _, err := chatRun(t, "", args...); !errors.Is(err, errUsage) {
			t.Errorf("chat %v: err %v, want a usage error", args, err)
		}
	}
	out, err := chatRun(t, "")
	if err != nil || !strings.Contains(out, "はじめまして") {
		t.Errorf("empty input: %v, %q; want just the greeting", err, out)
	}
}
