package advice

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/jatext"
	"github.com/akari-career/akari/internal/pattern/patterntest"
	"github.com/akari-career/akari/internal/playbook"
	"github.com/akari-career/akari/prompts"
)

// keywordsInBefore is keywordsIn as it was before the library's terms were
// listed once (issue #16), word for word: the new one must answer exactly
// as it did.
func keywordsInBefore(lib *playbook.Library, text string) []string {
	in := input{text: jatext.Fold(text)}
	var out []string
	for _, c := range akari.Categories() {
		pb := lib.Playbook(c)
		if pb == nil {
			continue
		}
		for _, k := range pb.Keywords {
			for _, t := range k.Terms {
				if utf8.RuneCountInString(t) < 2 || in.index(t) < 0 || slices.ContainsFunc(out, func(o string) bool { return strings.Contains(o, t) }) {
					continue
				}
				// A longer term says more: 残業代 replaces 残業.
				out = slices.DeleteFunc(out, func(o string) bool { return strings.Contains(t, o) })
				out = append(out, t)
			}
		}
	}
	return out
}

// The summary's keywords are found from the terms listed once as they
// were from the library on every call: on the labelled messages, on every
// term alone, negated, in full width and next to another term.
func TestKeywordsInAgreesWithTheLibraryWalk(t *testing.T) {
	lib, err := playbook.Load(prompts.FS())
	if err != nil {
		t.Fatal(err)
	}
	o := NewOfflineSummarizer(Fixed(lib))
	terms := o.termsOf(lib)
	var spelled []string
	for _, k := range terms.terms {
		spelled = append(spelled, k.spelled)
	}
	if len(spelled) < 20 {
		t.Fatalf("%d terms listed: the check checks little", len(spelled))
	}
	texts := patterntest.ReadTexts(t, "../worry/testdata/heldout.jsonl")
	for _, m := range spelled {
		texts = append(texts, m, m+"じゃないけど", "正直"+m+"が辛い", toWide(m), m+"以外の"+m, m+"じゃない"+m, m+m+"ではなく")
	}
	r := rand.New(rand.NewPCG(16, 5))
	for range 3000 {
		var b strings.Builder
		for range 1 + r.IntN(4) {
			b.WriteString(spelled[r.IntN(len(spelled))])
			b.WriteString([]string{"", "と", "じゃなくて", "、", "ではなく", "でもない"}[r.IntN(6)])
		}
		texts = append(texts, b.String())
	}
	found := 0
	for _, text := range texts {
		want := keywordsInBefore(lib, text)
		got := keywordsIn(o.termsOf(lib), text)
		if !slices.Equal(got, want) {
			t.Errorf("keywordsIn(%q) = %q, before %q", text, got, want)
		}
		found += len(want)
	}
	if found == 0 {
		t.Error("no keyword found in any text: the check checks nothing")
	}
	t.Logf("%d texts, %d keywords found", len(texts), found)
}

// present finds each term as indexFolded does, counting from past a
// negated occurrence — also for terms that overlap themselves or the
// negations, which no playbook has yet.
func TestPresentAgreesWithIndexFolded(t *testing.T) {
	var terms []keywordTerm
	for _, s := range []string{"じゃな", "なじゃ", "ああ", "あじゃ", "でもなで", "以外以", "ではなでは", "あい", "いあ", "なな", "じじ",
		"あ+い", "い+あ", "ああ+じじ+な", "じゃ+じゃな", "以外+で", "あい+", "+な", "で+で"} {
		terms = append(terms, keywordTerm{spelled: s, folded: s})
	}
	lt := indexTerms(nil, terms)
	words := []string{"あ", "い", "じ", "じゃな", "では", "でもな", "以外", "で", "な", "以", "じゃ"}
	r := rand.New(rand.NewPCG(16, 9))
	found := 0
	for range 20000 {
		var b strings.Builder
		n := 1 + r.IntN(8)
		if r.IntN(4) == 0 {
			n = 20 + r.IntN(40) // words of a "+" term more than maxApart apart
		}
		for range n {
			b.WriteString(words[r.IntN(len(words))])
		}
		text := b.String()
		got := lt.present(text, nil)
		for k, term := range terms {
			want := input{text: text}.indexFolded(term.folded) >= 0
			if got[k] != want {
				t.Fatalf("present(%q)[%q] = %v, indexFolded says %v", text, term.folded, got[k], want)
			}
			if want {
				found++
			}
		}
	}
	if found == 0 {
		t.Error("no term found: the check checks nothing")
	}
}

// A library read again (prompts reloaded) has its own terms listed.
func TestTermsFollowTheLibrary(t *testing.T) {
	a, err := playbook.Load(prompts.FS())
	if err != nil {
		t.Fatal(err)
	}
	b, err := playbook.Load(prompts.FS())
	if err != nil {
		t.Fatal(err)
	}
	o := NewOfflineSummarizer(Fixed(a))
	if ta, tb := o.termsOf(a).terms, o.termsOf(b).terms; len(ta) == 0 || o.terms.Load().lib != b || len(tb) != len(ta) {
		t.Errorf("after a second library: the terms listed are of %p, want %p (%d and %d terms)", o.terms.Load().lib, b, len(ta), len(tb))
	}
	if o.termsOf(a); o.terms.Load().lib != a {
		t.Error("the first library again: its terms are not listed again")
	}
}

// toWide writes ASCII letters and digits in full width, as some phones do.
func toWide(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '!' && r <= '~' {
			return r - '!' + '！'
		}
		return r
	}, s)
}

// TestTermsFitTheStackBuffer: keywordsIn marks the terms found in a buffer
// on the stack; a library that outgrows it allocates on every message
// (round 29's notes took it past 512: one allocation more per event).
func TestTermsFitTheStackBuffer(t *testing.T) {
	lib, err := playbook.Load(prompts.FS())
	if err != nil {
		t.Fatal(err)
	}
	if n := len(NewOfflineSummarizer(Fixed(lib)).termsOf(lib).terms); n > termBuffer {
		t.Errorf("%d terms, more than the %d keywordsIn holds on the stack: raise termBuffer", n, termBuffer)
	}
}
