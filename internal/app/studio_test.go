package app

import (
	"context"
	"encoding/json"
	"io/fs"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/config"
	"github.com/akari-career/akari/internal/console"
	"github.com/akari-career/akari/internal/redistest"
	"github.com/akari-career/akari/internal/scenario"
	"github.com/akari-career/akari/prompts"
)

func TestOverlayFSReplacesOneFileInMemory(t *testing.T) {
	base := prompts.FS()
	edited := "# 編集したペルソナ\nあかりは試験中です。\n"
	o := overlayFS{base: base, name: "persona.md", data: []byte(edited)}

	// The overlay must behave as a proper fs.FS: Open, ReadFile, ReadDir,
	// Stat and Glob agree with each other.
	if err := fstest.TestFS(o, "persona.md", "safety.md", "playbooks/resignation.yaml", "categories/salary.yaml"); err != nil {
		t.Fatal(err)
	}
	got, err := fs.ReadFile(o, "persona.md")
	if err != nil || string(got) != edited {
		t.Errorf("ReadFile(persona.md) = %q, %v; want the edit", got, err)
	}
	f, err := o.Open("persona.md")
	if err != nil {
		t.Fatal(err)
	}
	st, _ := f.Stat()
	f.Close()
	if st.Size() != int64(len(edited)) || st.Name() != "persona.md" {
		t.Errorf("Stat = %s %d bytes, want persona.md %d bytes", st.Name(), st.Size(), len(edited))
	}
	live, _ := fs.ReadFile(base, "persona.md")
	if string(live) == edited {
		t.Fatal("the base changed")
	}
	other, _ := fs.ReadFile(o, "safety.md")
	want, _ := fs.ReadFile(base, "safety.md")
	if string(other) != string(want) {
		t.Error("a file that was not edited differs from the base")
	}
}

// newStudioApp is an App (not listening) for the studio adapter's tests.
func newStudioApp(t *testing.T) *App { return newTestApp(t, nil) }

// newTestApp builds an App (not listening) from env, on the test's Redis
// unless env names one.
func newTestApp(t *testing.T, env map[string]string) *App {
	t.Helper()
	full := map[string]string{"REDIS_URL": redistest.URL(t), "AKARI_KEY_PREFIX": redistest.Prefix(t), "AKARI_ADDR": "127.0.0.1:0"}
	for k, v := range env {
		full[k] = v
	}
	cfg, err := config.Load(func(k string) string { return full[k] })
	if err != nil {
		t.Fatal(err)
	}
	model, err := sharedClassifier()
	if err != nil {
		t.Fatal(err)
	}
	a, err := New(cfg, Options{Prompts: prompts.FS(), Logger: slog.New(slog.DiscardHandler), Classifier: model})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	return a
}

func TestStudioTry(t *testing.T) {
	a := newStudioApp(t)
	s := a.Studio()
	ctx := context.Background()
	worry := "派遣の契約期間の途中だけど、もう辞めたいです"

	t.Run("live prompts", func(t *testing.T) {
		res, err := s.Try(ctx, console.TryInput{Text: worry, Name: "花子"})
		if err != nil {
			t.Fatal(err)
		}
		if res.Classification.Category != akari.Resignation || res.Label == "" || res.Label == string(akari.Resignation) {
			t.Errorf("classification %+v label %q, want resignation with its Japanese label", res.Classification, res.Label)
		}
		if !strings.Contains(res.Prompt.System, "花子") || len(res.Prompt.Messages) < 2 || res.Prompt.Messages[len(res.Prompt.Messages)-1].Content != worry {
			t.Errorf("prompt preview: system %.120q…, %d messages", res.Prompt.System, len(res.Prompt.Messages))
		}
		if res.Offline.Err != "" || len(res.Offline.Texts) == 0 || res.Offline.Source != "offline" {
			t.Errorf("offline reply = %+v", res.Offline)
		}
		if res.LLM != nil {
			t.Errorf("no LLM is configured, yet the result has an LLM reply: %+v", res.LLM)
		}
	})

	t.Run("edited persona, in memory only", func(t *testing.T) {
		live, err := s.PromptFile("persona.md")
		if err != nil {
			t.Fatal(err)
		}
		const marker = "【プレイグラウンドで追記した一文】"
		res, err := s.Try(ctx, console.TryInput{Text: worry, File: "persona.md", Content: live + "\n" + marker + "\n"})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Problems) > 0 || res.Edited != "persona.md" {
			t.Fatalf("problems %v, edited %q", res.Problems, res.Edited)
		}
		if !strings.Contains(res.Prompt.System, marker) {
			t.Error("the edited persona is not in the previewed system prompt")
		}
		if sys, _ := a.Studio().Try(ctx, console.TryInput{Text: worry}); strings.Contains(sys.Prompt.System, marker) {
			t.Error("the edit leaked into the live prompts")
		}
		if now, _ := s.PromptFile("persona.md"); now != live {
			t.Error("the live persona.md changed")
		}
	})

	t.Run("edited examples retrain the classifier", func(t *testing.T) {
		live, err := s.PromptFile("categories/salary.yaml")
		if err != nil {
			t.Fatal(err)
		}
		res, err := s.Try(ctx, console.TryInput{Text: "残業代が出ない", File: "categories/salary.yaml", Content: live})
		if err != nil || len(res.Problems) > 0 {
			t.Fatalf("unchanged examples: %v %v", res.Problems, err)
		}
		if res.Classification.Category != akari.Salary {
			t.Errorf("category = %s, want salary", res.Classification.Category)
		}
	})

	t.Run("broken playbook shows file:line", func(t *testing.T) {
		live, _ := s.PromptFile("playbooks/resignation.yaml")
		res, err := s.Try(ctx, console.TryInput{Text: worry, File: "playbooks/resignation.yaml", Content: "label: [辞めたい\n" + live})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Problems) == 0 || !strings.HasPrefix(res.Problems[0], "playbooks/resignation.yaml:") {
			t.Errorf("problems = %q, want one at playbooks/resignation.yaml:line", res.Problems)
		}
		if len(res.Offline.Texts) > 0 || res.Prompt.System != "" {
			t.Error("with problems nothing else should run")
		}
	})

	t.Run("unknown file", func(t *testing.T) {
		if _, err := s.Try(ctx, console.TryInput{Text: worry, File: "../../etc/passwd", Content: "x"}); err == nil {
			t.Error("a file outside the list was accepted")
		}
		if _, err := s.PromptFile("README.md"); err == nil {
			t.Error("PromptFile served a file outside the list")
		}
	})
}

func TestSimulatorOnlyInDevMode(t *testing.T) {
	dev := newStudioApp(t)
	if dev.Simulator() == nil {
		t.Error("dev mode: no simulator")
	}
	prod := newTestApp(t, map[string]string{"LINE_CHANNEL_SECRET": "s", "LINE_CHANNEL_ACCESS_TOKEN": "t"})
	if sim := prod.Simulator(); sim != nil {
		t.Errorf("with a LINE channel the simulator is %T, want nil: simulated events must not reach a real channel", sim)
	}
}

// TestStudioTryAsksTheLLM runs the playground against an OpenAI-compatible
// endpoint: the LLM's reply comes back beside the offline one, and the
// request the model got is the one the preview shows.
func TestStudioTryAsksTheLLM(t *testing.T) {
	var got struct {
		Messages []struct{ Role, Content string } `json:"messages"`
	}
	llmSrv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		json.NewDecoder(r.Body).Decode(&got)
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{
			"id": "chatcmpl-1", "object": "chat.completion", "model": "test",
			"choices": []any{map[string]any{"index": 0, "finish_reason": "stop",
				"message": map[string]any{"role": "assistant", "content": "お給料のこと、気になりますよね。\n\nまずは明細を一緒に見てみましょう。いちばん気になるのはどこですか？"}}},
		})
	}))
	defer llmSrv.Close()
	a := newTestApp(t, map[string]string{"OPENAI_BASE_URL": llmSrv.URL + "/v1", "OPENAI_MODEL": "test-model"})

	res, err := a.Studio().Try(context.Background(), console.TryInput{Text: "残業代が出ないし給料も上がらない"})
	if err != nil {
		t.Fatal(err)
	}
	if res.LLM == nil || res.LLM.Err != "" || res.LLM.Source != "llm" || len(res.LLM.Texts) == 0 || !strings.Contains(res.LLM.Texts[0], "お給料") {
		t.Fatalf("LLM reply = %+v", res.LLM)
	}
	if len(res.Offline.Texts) == 0 {
		t.Error("the offline reply is missing beside the LLM's")
	}
	if len(got.Messages) != len(res.Prompt.Messages) || got.Messages[0].Content != res.Prompt.System {
		t.Errorf("the model got %d messages; the preview shows %d (or a different system prompt)", len(got.Messages), len(res.Prompt.Messages))
	}
}

// TestStudioCareFigures: the studio reads the risk changes the store
// keeps, and plays the scenarios of the prompts the app serves — an
// operator's folder, not the embedded copy.
func TestStudioCareFigures(t *testing.T) {
	a := newStudioApp(t)
	ctx := context.Background()
	at := time.Date(2026, 12, 1, 22, 30, 0, 0, time.UTC)
	if err := a.store.RecordRiskChange(ctx, akari.RiskChange{At: at, From: akari.RiskNone, To: akari.RiskConcern, Why: akari.RiskSign}); err != nil {
		t.Fatal(err)
	}
	got, err := a.Studio().RiskChanges(ctx, 50)
	if err != nil || len(got) != 1 || !got[0].At.Equal(at) || got[0].To != akari.RiskConcern || got[0].Why != akari.RiskSign {
		t.Errorf("RiskChanges = %+v, %v; want the recorded change", got, err)
	}

	const mine = "- name: 運用者が書いた会話\n  turns:\n    - say: こんにちは\n      expect:\n        mentions: [この言葉は返事にない]\n"
	// Two files of the scenarios, one replaced by the operator's: playing
	// all of them is TestScenarios' work.
	few := fewScenarios{FS: prompts.FS(), keep: []string{"basics.yaml", "answers.yaml"}}
	a.prompts.fsys = overlayFS{base: few, name: "scenarios/basics.yaml", data: []byte(mine)}
	rep, err := a.Studio().Scenarios(ctx)
	if err != nil {
		t.Fatal(err)
	}
	embedded, err := scenario.Load(few)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Scenarios >= len(embedded) || len(rep.Failures) == 0 || rep.Failures[0].Scenario != "運用者が書いた会話" {
		t.Errorf("played %d scenarios (embedded %d), failures %+v; want the app's prompts with the operator's failing one", rep.Scenarios, len(embedded), rep.Failures)
	}
}
