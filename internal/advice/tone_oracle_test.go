package advice

import (
	"io/fs"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/prompts"
)

// dedupeBefore and tidyBefore are dedupe and tidy as they were before they
// stopped copying lines nothing was dropped from (issue #16), word for
// word: the new ones must answer exactly as these did.
func dedupeBefore(texts []string, recent []akari.Turn) []string {
	if len(recent) == 0 {
		return texts
	}
	out := make([]string, 0, len(texts))
	for _, t := range texts {
		var lines []string
		for _, line := range strings.Split(t, "\n") {
			if strings.TrimSpace(line) == "" {
				lines = append(lines, "")
				continue
			}
			var kept strings.Builder
			for _, s := range strings.SplitAfter(line, "。") {
				if utf8.RuneCountInString(strings.TrimSpace(s)) >= minRepeatRunes && saidIn(strings.TrimSpace(s), recent) {
					continue
				}
				kept.WriteString(s)
			}
			if k := strings.TrimSpace(kept.String()); k != "" && !isNumberOnly(k) {
				lines = append(lines, k)
			}
		}
		if s := tidyBefore(lines); s != "" {
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		return texts
	}
	return out
}

func tidyBefore(lines []string) string {
	var b strings.Builder
	blank := false
	for _, l := range lines {
		if l == "" {
			blank = b.Len() > 0
			continue
		}
		if b.Len() > 0 {
			if blank {
				b.WriteString("\n\n")
			} else {
				b.WriteString("\n")
			}
		}
		blank = false
		b.WriteString(l)
	}
	return b.String()
}

// promptSentences are the sentences of the project's prompt files: what
// Akari's replies are made of.
func promptSentences(t *testing.T) []string {
	t.Helper()
	var out []string
	err := fs.WalkDir(prompts.FS(), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		raw, err := fs.ReadFile(prompts.FS(), path)
		if err != nil {
			return err
		}
		for line := range strings.SplitSeq(string(raw), "\n") {
			for s := range strings.SplitAfterSeq(line, "。") {
				if strings.HasSuffix(s, "。") {
					out = append(out, strings.Trim(s, " -\"'"))
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) < 100 {
		t.Fatalf("only %d sentences in the prompts", len(out))
	}
	return out
}

// randomText composes a reply the way playbook lines are: lines of one to
// four sentences, some numbered, some short, blank lines between some,
// stray spaces.
func randomText(r *rand.Rand, pool []string) string {
	var b strings.Builder
	for i := range 1 + r.IntN(5) {
		if i > 0 {
			b.WriteString([]string{"\n", "\n\n", "\n \n", "\n\n\n"}[r.IntN(4)])
		}
		switch r.IntN(6) {
		case 0:
			b.WriteRune('①' + rune(r.IntN(20)))
		case 1:
			b.WriteString(" ")
		}
		for range 1 + r.IntN(4) {
			if r.IntN(8) == 0 {
				b.WriteString("はい。")
				continue
			}
			b.WriteString(pool[r.IntN(len(pool))])
			if r.IntN(10) == 0 {
				b.WriteString(" ")
			}
		}
		if r.IntN(5) == 0 {
			b.WriteString("ね") // a last sentence with no 「。」
		}
	}
	return b.String()
}

// The rewritten dedupe answers as the one before it on replies made of
// the prompts' sentences, with earlier replies that say some of them.
func TestDedupeAnswersAsBefore(t *testing.T) {
	all := promptSentences(t)
	r := rand.New(rand.NewPCG(16, 2))
	dropped := 0
	for i := range 20000 {
		// A small pool, so the earlier replies share sentences with the new.
		pool := make([]string, 12)
		for j := range pool {
			pool[j] = all[r.IntN(len(all))]
		}
		var recent []akari.Turn
		for range r.IntN(3) {
			recent = append(recent, akari.AkariTurn(randomText(r, pool), akari.Salary, time.Unix(0, 0)))
		}
		texts := make([]string, 1+r.IntN(4))
		for j := range texts {
			texts[j] = randomText(r, pool)
		}
		got, want := dedupe(texts, recent), dedupeBefore(texts, recent)
		if strings.Join(got, "\x00") != strings.Join(want, "\x00") {
			t.Fatalf("case %d: dedupe(%q) =\n%q\nwant\n%q", i, texts, got, want)
		}
		if strings.Join(want, "") != strings.Join(texts, "") {
			dropped++
		}
	}
	// The cases must exercise what dedupe does: drop sentences, keep others.
	if dropped < 1000 {
		t.Errorf("only %d of 20000 cases changed anything; the test says little", dropped)
	}
}

// sentences reads a valid text by bytes as sentencesOfRunes (its form
// before, kept for texts that are not valid UTF-8) read it by runes.
func TestSentencesAnswerAsBefore(t *testing.T) {
	texts := []string{"", " ", "。", "はい。", "はい。。いいえ！？", "「辞めたい。」と言った。", "本当に？！ええ）", "a!b?c", "終わりがない",
		"一文目。 二文目！三文目？\n四文目）。", "。！？!?」）)", "（笑）。ね"}
	r := rand.New(rand.NewPCG(16, 3))
	pieces := []string{"。", "！", "？", "!", "?", "」", "）", ")", "あ", "漢字", " ", "\n", "x", "😀"}
	for range 5000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	texts = append(texts, promptSentences(t)...)
	for _, s := range texts {
		got, want := sentences(s), sentencesOfRunes(s)
		if strings.Join(got, "\x00") != strings.Join(want, "\x00") || len(got) != len(want) {
			t.Fatalf("sentences(%q) = %q, want %q", s, got, want)
		}
	}
}

// atLeastRunes and isNumberOnly answer as counting every rune did, on
// texts of every kind of rune, broken UTF-8 among them.
func TestRuneChecksAgreeWithCounting(t *testing.T) {
	pieces := []string{"a", "あ", "①", "⑳", "㉑", "😀", "\xff", "\xe2\x91", " ", "。"}
	r := rand.New(rand.NewPCG(16, 11))
	texts := []string{"", "①", "⑳", "①①", "①\xff", "\xff", "⑳ "}
	for range 20000 {
		var b strings.Builder
		for range r.IntN(20) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	numbers := 0
	for _, s := range texts {
		for _, n := range []int{0, 1, 2, minRepeatRunes - 1, minRepeatRunes, minRepeatRunes + 1} {
			if got, want := atLeastRunes(s, n), utf8.RuneCountInString(s) >= n; got != want {
				t.Fatalf("atLeastRunes(%q, %d) = %v, counting says %v", s, n, got, want)
			}
		}
		first, _ := utf8.DecodeRuneInString(s)
		want := utf8.RuneCountInString(s) == 1 && first >= '①' && first <= '⑳'
		if got := isNumberOnly(s); got != want {
			t.Fatalf("isNumberOnly(%q) = %v, counting says %v", s, got, want)
		}
		if want {
			numbers++
		}
	}
	if numbers == 0 {
		t.Error("no number alone among the texts: the check checks half")
	}
}
