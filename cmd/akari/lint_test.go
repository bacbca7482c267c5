package main

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/akari-career/akari/prompts"
)

// copyPrompts writes the built-in prompt files to a temporary folder that
// a test may break.
func copyPrompts(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	src := prompts.FS()
	err := fs.WalkDir(src, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dir, p), 0o755)
		}
		b, err := fs.ReadFile(src, p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, p), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// edit replaces old by new (once) in dir/file and returns the 1-based line
// where new starts.
func edit(t *testing.T, dir, file, old, new string) int {
	t.Helper()
	p := filepath.Join(dir, file)
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	i := strings.Index(s, old)
	if i < 0 {
		t.Fatalf("%s has no %q", file, old)
	}
	s = s[:i] + new + s[i+len(old):]
	if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
	return strings.Count(s[:i], "\n") + 1
}

func lint(t *testing.T, args ...string) (out string, err error) {
	t.Helper()
	var o, e bytes.Buffer
	err = runPromptsLint(context.Background(), args, stdio{strings.NewReader(""), &o, &e})
	return o.String(), err
}

func TestPromptsLintBuiltIn(t *testing.T) {
	t.Setenv("AKARI_PROMPTS_DIR", "")
	out, err := lint(t)
	if err != nil {
		t.Fatalf("built-in prompts: %v\n%s", err, out)
	}
	// persona.md, care.md, safety.md, messages.yaml, listening.yaml,
	// crisis.yaml, crisis/corpus.yaml, hotlines.yaml, 9 playbooks,
	// 9 categories, and the 19 scenario files.
	if out != "prompts OK: 567 files\n" {
		t.Errorf("output %q, want %q", out, "prompts OK: 567 files\n")
	}
}

func TestPromptsLintWarnsOldHotlines(t *testing.T) {
	dir := copyPrompts(t)
	old := time.Now().AddDate(0, 0, -200).Format(time.DateOnly)
	b, err := os.ReadFile(filepath.Join(dir, "hotlines.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	line := 0
	for i, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "checked_on:") {
			line = i + 1
		}
	}
	edit(t, dir, "hotlines.yaml", "checked_on: 2026-11-30", "checked_on: "+old)
	out, err := lint(t, dir)
	if err != nil {
		t.Fatalf("an old check date must warn, not fail: %v\n%s", err, out)
	}
	want := "warning: hotlines.yaml:" + strconv.Itoa(line) + ": checked_on " + old + " is 200 days old"
	if !strings.Contains(out, want) || !strings.Contains(out, "prompts OK") {
		t.Errorf("output %q, want it to contain %q and prompts OK", out, want)
	}
}

func TestPromptsLintDirFromEnvironment(t *testing.T) {
	dir := copyPrompts(t)
	t.Setenv("AKARI_PROMPTS_DIR", dir)
	os.Remove(filepath.Join(dir, "safety.md"))
	out, err := lint(t)
	if err == nil || !strings.Contains(out, "safety.md") {
		t.Errorf("AKARI_PROMPTS_DIR not linted: err %v, output %q", err, out)
	}
}

func TestPromptsLintReportsEveryProblem(t *testing.T) {
	dir := copyPrompts(t)
	os.Remove(filepath.Join(dir, "playbooks", "salary.yaml"))
	os.Remove(filepath.Join(dir, "categories", "work_meaning.yaml"))
	tmplLine := edit(t, dir, "messages.yaml", "お話をリセットしました🌱", "{{if .Name}お話をリセットしました")
	varLine := edit(t, dir, "persona.md", "## 返し方", "{{.Nmae}}さんへの返し方\n## 返し方")
	longLine := edit(t, dir, "playbooks/resignation.yaml", "steps:\n", "steps:\n  - "+strings.Repeat("長", 201)+"\n") + 1

	out, err := lint(t, dir)
	t.Logf("output:\n%s", out)
	if err == nil || !strings.Contains(err.Error(), "problem") {
		t.Errorf("err = %v, want the problems counted", err)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	want := []struct{ prefix, contains string }{
		{"playbooks/salary.yaml", "salary"},
		{"categories/work_meaning.yaml", ""},
		{"messages.yaml:" + strconv.Itoa(tmplLine) + ": ", "reset_done"},
		{"persona.md:" + strconv.Itoa(varLine) + ": ", "Nmae"},
		{"playbooks/resignation.yaml:" + strconv.Itoa(longLine) + ": ", "201"},
	}
	for _, w := range want {
		found := false
		for _, l := range lines {
			if strings.HasPrefix(l, w.prefix) && strings.Contains(l, w.contains) {
				found = true
			}
		}
		if !found {
			t.Errorf("no line starting %q and containing %q", w.prefix, w.contains)
		}
	}
	for _, l := range lines {
		if !strings.Contains(l, ": ") || strings.HasPrefix(l, "prompts OK") {
			t.Errorf("line %q is not file:line: msg", l)
		}
	}
}

func TestPromptsLintArguments(t *testing.T) {
	var o, e bytes.Buffer
	io := stdio{strings.NewReader(""), &o, &e}
	if err := runPrompts(context.Background(), []string{"check"}, io); err == nil {
		t.Error("prompts check: want a usage error")
	}
	if _, err := lint(t, "a", "b"); err == nil {
		t.Error("two directories: want a usage error")
	}
	if _, err := lint(t, filepath.Join(t.TempDir(), "missing")); err == nil {
		t.Error("a missing directory: want an error")
	}
	if err := runPrompts(context.Background(), []string{"lint", copyPrompts(t)}, io); err != nil || !strings.HasPrefix(o.String(), "prompts OK") {
		t.Errorf("prompts lint DIR: %v, %q", err, o.String())
	}
}
