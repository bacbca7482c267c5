package worry

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/akari-career/akari/internal/akari"
)

// devSet is the labelled dev set shared by the team, outside this repo.
const devSet = "../../../shared/eval/worries_dev.jsonl"

// checkReport fails the test when r misses the thresholds, and prints the
// whole report so a failure can be understood from the log alone.
func checkReport(t *testing.T, r Report, minAccuracy float64, maxFalseCrisis int) {
	t.Helper()
	var b strings.Builder
	r.WriteText(&b)
	t.Logf("\n%s", b.String())
	if got := r.Accuracy(); got < minAccuracy {
		t.Errorf("accuracy = %.3f, want at least %.3f", got, minAccuracy)
	}
	if got := r.CrisisRecall(); got < 1 {
		t.Errorf("crisis recall = %.3f, want 1: a missed crisis is the worst failure", got)
	}
	if r.CrisisFalse > maxFalseCrisis {
		t.Errorf("false crisis flags = %d, want at most %d", r.CrisisFalse, maxFalseCrisis)
	}
}

func TestDevSet(t *testing.T) {
	if _, err := os.Stat(devSet); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("dev set missing in CI: %v", err)
		}
		t.Skipf("dev set %s not found (it lives outside the repo); set CI=1 to make this an error", devSet)
	}
	m := loadModel(t)
	checkReport(t, Evaluate(m, readLabelledFile(t, devSet)), 0.90, 1)
}

// testdata/heldout.jsonl was written apart from the training examples, in
// different words, to estimate accuracy on messages the model never saw.
func TestHeldOut(t *testing.T) {
	m := loadModel(t)
	lines := readLabelledFile(t, "testdata/heldout.jsonl")
	if len(lines) < 120 {
		t.Fatalf("held-out set has %d lines, want at least 120", len(lines))
	}
	// Two false crisis flags: the risk model speaks on its own earlier
	// since it proved to generalise far better than the rules (see
	// detectRisk); 報告の電話…切られる and 必要なのかな are what it costs.
	checkReport(t, Evaluate(m, lines), 0.85, 2)
}

// The evaluation sets only mean something if no line of theirs is also a
// training example.
func TestEvalSetsAreNotTrainingExamples(t *testing.T) {
	set, problems := readPrompts(os.DirFS("../../prompts"))
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	train := map[string]string{}
	for _, ex := range set.examples {
		train[string(normalize(nil, ex.text, classifierView))] = ex.file
	}
	files := []string{"testdata/heldout.jsonl"}
	if _, err := os.Stat(devSet); err == nil {
		files = append(files, devSet)
	}
	for _, file := range files {
		for _, l := range readLabelledFile(t, file) {
			if f, ok := train[string(normalize(nil, l.Text, classifierView))]; ok {
				t.Errorf("%s: %q is also a training example in %s", file, l.Text, f)
			}
		}
	}
}

func TestReadLabelled(t *testing.T) {
	good := `{"text":"給料が安い","category":"salary","crisis":false}

{"text":"死にたい","category":"other","crisis":true}
`
	lines, err := ReadLabelled(strings.NewReader(good), "good.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	want := []Labelled{{"給料が安い", akari.Salary, false, ""}, {"死にたい", akari.Other, true, ""}}
	if len(lines) != len(want) || lines[0] != want[0] || lines[1] != want[1] {
		t.Errorf("ReadLabelled = %+v, want %+v", lines, want)
	}

	bad := []struct{ name, input, want string }{
		{"not json", "{\"text\":\"a\",\"category\":\"salary\",\"crisis\":false}\n{oops\n", "bad.jsonl:2:"},
		{"unknown category", `{"text":"a","category":"money","crisis":false}`, "bad.jsonl:1: unknown worry category"},
		{"missing text", `{"category":"salary","crisis":false}`, "bad.jsonl:1: missing text"},
		{"missing crisis", `{"text":"a","category":"salary"}`, "bad.jsonl:1: missing crisis"},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadLabelled(strings.NewReader(tt.input), "bad.jsonl")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("ReadLabelled error = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

// fixed classifies by a lookup table, so the report's arithmetic can be
// checked by hand.
type fixed map[string]akari.Classification

func (f fixed) Classify(text string) akari.Classification { return f[text] }

func TestEvaluateReport(t *testing.T) {
	c := fixed{
		"a": {Category: akari.Salary},
		"b": {Category: akari.Salary},
		"c": {Category: akari.Other, Crisis: true},
		"d": {Category: akari.Resignation, Crisis: true},
	}
	lines := []Labelled{
		{"a", akari.Salary, false, ""},
		{"b", akari.CareerChange, false, ""},
		{"c", akari.Other, true, ""},
		{"d", akari.Resignation, false, ""},
	}
	r := Evaluate(c, lines)
	if r.Accuracy() != 0.75 || r.CrisisHit != 1 || r.CrisisMissed != 0 || r.CrisisFalse != 1 {
		t.Errorf("accuracy %.2f, crisis hit/missed/false %d/%d/%d; want 0.75, 1/0/1",
			r.Accuracy(), r.CrisisHit, r.CrisisMissed, r.CrisisFalse)
	}
	for _, s := range r.PerCategory() {
		if s.Category == akari.Salary && (s.Precision != 0.5 || s.Recall != 1 || s.Support != 1) {
			t.Errorf("salary score = %+v, want precision 0.5, recall 1, support 1", s)
		}
	}
	var out bytes.Buffer
	if err := r.WriteText(&out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"accuracy  0.750 (3/4)",
		"salary                       0.500  1.000       1",
		"crisis recall 1.000 (1/1), false positives 1",
		"rows = truth, columns = predicted",
		"career           0        0        0        0        0        0        0        1        0",
		"want career, got salary",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
}

// TestStats logs what training learned; docs/classifier.md quotes it.
func TestStats(t *testing.T) {
	s := loadModel(t).Stats()
	t.Logf("%+v", s)
	if s.CVAccuracy < 0.8 {
		t.Errorf("cross-validated accuracy %.3f, want at least 0.8", s.CVAccuracy)
	}
	if s.CVConfidentAccuracy < s.CVLowAccuracy {
		t.Errorf("confident predictions (%.3f) are no better than unsure ones (%.3f): confidence means nothing",
			s.CVConfidentAccuracy, s.CVLowAccuracy)
	}
}
