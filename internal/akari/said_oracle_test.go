package akari

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// appendRunsBefore is appendRuns as it was before a start's runs were
// hashed in one pass (issue #16), word for word; printsOfBefore is
// PrintsOf with it.
func appendRunsBefore(p Prints, line string, ends []int) Prints {
	for i := 0; ; {
		j := strings.Index(line[i:], "。")
		if j < 0 {
			ends = append(ends, len(line))
			break
		}
		i += j + len("。")
		ends = append(ends, i)
		if i == len(line) {
			break
		}
	}
	start := 0
	for a := range ends {
		for _, end := range ends[a:] {
			if s := strings.TrimSpace(line[start:end]); s != "" {
				p = append(p, Fingerprint(s))
			}
		}
		start = ends[a]
	}
	return p
}

func printsOfBefore(text string) Prints {
	var p Prints
	for line := range strings.SplitSeq(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		p = appendRunsBefore(p, line, nil)
		if rest, ok := cutStepNumber(line); ok {
			p = appendRunsBefore(p, rest, nil)
		}
	}
	if len(p) == 0 {
		return nil
	}
	slices.Sort(p)
	return slices.Clip(slices.Compact(p))
}

// A reply's prints are what they were, run by run, for replies of every
// shape: sentences with and without 「。」, spaces of every kind around
// and inside them, step numbers, blank lines, bytes that are not UTF-8.
func TestPrintsAgreeWithHashingEachRun(t *testing.T) {
	pieces := []string{"あ", "在宅勤務", "上司に相談", "。", "。", "。", " ", "\u3000", "\t", "①", "②", "\n", "\xff", "ok", "、", "！"}
	r := rand.New(rand.NewPCG(16, 10))
	texts := []string{"", "。", "。。", " 。 ", "①", "① 。", "あ。 い。\u3000う", "① 最初に。 次に。\n\n② 最後に", "\u3000あ。\u3000"}
	for range 30000 {
		var b strings.Builder
		for range r.IntN(14) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, text := range texts {
		if got, want := PrintsOf(text), printsOfBefore(text); !slices.Equal(got, want) {
			t.Fatalf("PrintsOf(%q) = %v, hashing each run %v", text, got, want)
		}
		for line := range strings.SplitSeq(text, "\n") {
			if got, want := appendRuns(nil, line, nil), appendRunsBefore(nil, line, nil); !slices.Equal(got, want) {
				t.Fatalf("appendRuns(%q) = %v, hashing each run %v", line, got, want)
			}
		}
	}
}
