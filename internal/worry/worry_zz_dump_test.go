package worry

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// ZZDUMP=out.tsv ZZEXTRA=a.jsonl,b.jsonl go test -run TestZZDump ./internal/worry/
func TestZZDump(t *testing.T) {
	out := os.Getenv("ZZDUMP")
	if out == "" {
		t.Skip("no ZZDUMP")
	}
	m := loadModel(t)
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	dump := func(set string, lines []Labelled) {
		for _, l := range lines {
			c := m.Classify(l.Text)
			why, _ := m.CrisisSignal(l.Text)
			a := m.analyseText(l.Text)
			fmt.Fprintf(f, "%s\t%s\t%s\t%v\t%s\t%.2f\t%s\t%.3f\t%+v\n", set, l.Risk, c.Risk, c.Crisis, why, c.Confidence, strings.NewReplacer("\t", " ", "\n", "⏎").Replace(l.Text), a.risk.prob, a.risk.model)
		}
	}
	for _, s := range CrisisSets() {
		lines, err := ReadCrisisSet(s.Name)
		if err != nil {
			t.Fatal(err)
		}
		dump(s.Name, lines)
	}
	for _, p := range strings.Split(os.Getenv("ZZEXTRA"), ",") {
		if p == "" {
			continue
		}
		r, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		lines, err := ReadLabelled(r, p)
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
		dump(strings.TrimSuffix(filepath.Base(p), ".jsonl"), lines)
	}
}

// /tmp/why.txt: one line per message; prints the classification and the signal.
func TestZZWhy(t *testing.T) {
	b, err := os.ReadFile("/tmp/why.txt")
	if err != nil {
		t.Skip("no /tmp/why.txt")
	}
	m := loadModel(t)
	for _, l := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(l) == "" {
			continue
		}
		c := m.Classify(l)
		why, _ := m.CrisisSignal(l)
		t.Logf("%-7s %-24s %.2f why=%q: %s", c.Risk, c.Category, c.Confidence, why, l)
	}
}

func TestZZCase(t *testing.T) {
	b, err := os.ReadFile("/tmp/why.txt")
	if err != nil {
		t.Skip("no /tmp/why.txt")
	}
	m := loadModel(t)
	for _, l := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(l) == "" {
			continue
		}
		a := m.analyseText(l)
		t.Logf("%-7s prob=%.3f case=%+v asks=%v why=%q: %s", a.risk.risk, a.risk.prob, a.risk.model, asks(l), a.risk.why, l)
	}
}

func TestZZOccs(t *testing.T) {
	b, err := os.ReadFile("/tmp/why.txt")
	if err != nil {
		t.Skip("no /tmp/why.txt")
	}
	m := loadModel(t)
	for _, l := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(l) == "" {
			continue
		}
		cv := normalizeMarked(nil, l, crisisView, nil)
		text := crisisText(nil, cv)
		occs := m.lex.scan(text, nil)
		var ws []string
		for _, o := range occs {
			var kinds []string
			for _, u := range m.lex.uses[o.word] {
				kinds = append(kinds, fmt.Sprint(u.kind, ":", u.idx))
			}
			ws = append(ws, string(m.lex.words[o.word])+fmt.Sprint(kinds))
		}
		t.Logf("%s: %v", l, ws)
	}
}
