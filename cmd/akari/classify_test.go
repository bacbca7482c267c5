package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

func TestClassifyCommand(t *testing.T) {
	t.Setenv("AKARI_PROMPTS_DIR", "")
	long := strings.Repeat("給料が安い。", 20000) // one line far beyond bufio.Scanner's default 64 KiB
	in := strings.Join([]string{"在宅勤務してたら同僚に冷たくされる", "もう消えたい", "こんにちは", long, "死にたい", "上司に死ねと言われた"}, "\n") + "\n"
	var out, errOut bytes.Buffer
	code := run(context.Background(), []string{"classify"}, stdio{strings.NewReader(in), &out, &errOut})
	if code != 0 {
		t.Fatalf("exit code %d, stderr: %s", code, errOut.String())
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	want := []struct {
		category string
		crisis   bool
		risk     string
	}{
		{"remote_work_envy", false, "none"},
		{"other", true, "concern"},
		{"other", false, "none"},
		{"salary", false, "none"},
		{"other", true, "high"},
		{"workplace_relationships", false, "none"},
	}
	if len(lines) != len(want) {
		t.Fatalf("got %d lines, want %d:\n%s", len(lines), len(want), out.String())
	}
	for i, line := range lines {
		var got map[string]any
		if err := json.Unmarshal([]byte(line), &got); err != nil {
			t.Fatalf("line %d %q is not JSON: %v", i+1, line, err)
		}
		if len(got) != 4 {
			t.Errorf("line %d has keys %v, want exactly category, crisis, confidence, risk", i+1, got)
		}
		conf, _ := got["confidence"].(float64)
		if got["category"] != want[i].category || got["crisis"] != want[i].crisis || got["risk"] != want[i].risk || conf < 0 || conf > 1 {
			t.Errorf("line %d = %s, want category %s crisis %v risk %s and confidence in 0..1", i+1, line, want[i].category, want[i].crisis, want[i].risk)
		}
		if conf*1000 != float64(int(conf*1000+0.5)) {
			t.Errorf("line %d confidence %v is not rounded to 3 decimals", i+1, conf)
		}
	}
}

func TestClassifyCommandRejectsArgs(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run(context.Background(), []string{"classify", "x"}, stdio{strings.NewReader(""), &out, &errOut}); code != 2 {
		t.Errorf("exit code %d, want 2 (usage)", code)
	}
}

func TestClassifyCommandBadPrompts(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("AKARI_PROMPTS_DIR", dir)
	var out, errOut bytes.Buffer
	code := run(context.Background(), []string{"classify"}, stdio{strings.NewReader("test\n"), &out, &errOut})
	if code != 1 || !strings.Contains(errOut.String(), "categories/salary.yaml") {
		t.Errorf("exit code %d, stderr %q; want 1 and the missing file named", code, errOut.String())
	}
}

const devSet = "../../../shared/eval/worries_dev.jsonl"

func TestEvalCommand(t *testing.T) {
	t.Setenv("AKARI_PROMPTS_DIR", "")
	file := devSet
	if _, err := os.Stat(file); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("dev set missing in CI: %v", err)
		}
		file = "../../internal/worry/testdata/heldout.jsonl"
	}
	var out, errOut bytes.Buffer
	if code := run(context.Background(), []string{"eval", file}, stdio{strings.NewReader(""), &out, &errOut}); code != 0 {
		t.Fatalf("exit code %d, stderr: %s", code, errOut.String())
	}
	for _, want := range []string{"accuracy", "precision", "recall", "crisis recall", "false positives", "confusion", "remote_work_envy"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
}

func TestEvalCommandUsage(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run(context.Background(), []string{"eval"}, stdio{strings.NewReader(""), &out, &errOut}); code != 2 {
		t.Errorf("exit code %d, want 2 (usage); stderr %s", code, errOut.String())
	}
	if code := run(context.Background(), []string{"eval", "/nonexistent.jsonl"}, stdio{strings.NewReader(""), &out, &errOut}); code != 1 {
		t.Errorf("exit code %d for a missing file, want 1", code)
	}
}

// TestEvalCrisisSets runs the built-in crisis sets from a folder that holds
// none of the source: they come from the binary.
func TestEvalCrisisSets(t *testing.T) {
	t.Setenv("AKARI_PROMPTS_DIR", "")
	t.Chdir(t.TempDir())
	for _, name := range []string{"", "heldout2", "dev"} {
		args := []string{"eval", "-crisis"}
		if name != "" {
			args = append(args, name)
		}
		var out, errOut bytes.Buffer
		if code := run(context.Background(), args, stdio{strings.NewReader(""), &out, &errOut}); code != 0 {
			t.Fatalf("%v: exit code %d, stderr: %s", args, code, errOut.String())
		}
		if !strings.Contains(out.String(), "risk by level") || !strings.Contains(out.String(), "false alarms") {
			t.Errorf("%v: report lacks the figures by level:\n%s", args, out.String())
		}
	}
	var out, errOut bytes.Buffer
	if code := run(context.Background(), []string{"eval", "-crisis", "nope"}, stdio{strings.NewReader(""), &out, &errOut}); code != 2 {
		t.Errorf("an unknown set: exit code %d, want 2 (usage)", code)
	}
}
