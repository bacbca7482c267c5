package conversation

import (
	"bufio"
	"encoding/json"
	"os"
	"reflect"
	"regexp/syntax"
	"slices"
	"testing"

	"github.com/akari-career/akari/internal/worry"
)

func TestRequiredLiterals(t *testing.T) {
	tests := []struct {
		expr string
		want []string // nil: nothing can be required
	}{
		{`求人`, []string{"求人"}},
		{`求人|仕事を紹介`, []string{"求人", "仕事を紹介"}},
		// Longer literals win while they are not selective enough (three
		// kanji's worth); past that, fewer literals win.
		{`(担当者|人間)(と|に)話`, []string{"担当者と話", "担当者に話", "人間と話", "人間に話"}},
		{`(担当者さん|人間さん)(と|に)話`, []string{"担当者さん", "人間さん"}},
		{`^(はい|ok)[。!]?$`, []string{"はい", "ok"}},
		{`(明日|今夜)(なら|は).{0,12}(話せ|電話)`, []string{"明日なら", "明日は", "今夜なら", "今夜は"}},
		{`a.*b|c`, nil}, // "a…b" requires a and b, but the set must cover every branch: {a or b} ∪ {c}
		{`(?i)ok`, nil},
		{`.*`, nil},
		{`x?`, nil},
		{`(悩み)+を`, []string{"悩み"}}, // 悩み(悩み)*を: the longer part wins
	}
	for _, tt := range tests {
		tree, err := syntax.Parse(tt.expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		got := required(tree.Simplify())
		if tt.expr == `a.*b|c` {
			// Either branch's literal may be the one chosen for "a.*b".
			if !slices.Contains(got, "c") || len(got) != 2 {
				t.Errorf("required(%q) = %q, want one of a/b and c", tt.expr, got)
			}
			continue
		}
		slices.Sort(got)
		want := slices.Clone(tt.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("required(%q) = %q, want %q", tt.expr, got, want)
		}
	}
}

// The prefilter only skips work: with it, every intent pattern answers as
// the bare regexp does, on every message of the project's sets and on
// messages built around each required literal.
func TestPrefilterAgreesWithTheRegexp(t *testing.T) {
	var texts []string
	for _, set := range worry.CrisisSets() {
		lines, err := worry.ReadCrisisSet(set.Name)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range lines {
			texts = append(texts, l.Text)
		}
	}
	f, err := os.Open("../worry/testdata/heldout.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for sc := bufio.NewScanner(f); sc.Scan(); {
		var l struct{ Text string }
		if json.Unmarshal(sc.Bytes(), &l) == nil {
			texts = append(texts, l.Text)
		}
	}
	pats := allPatterns(reflect.ValueOf(newIntents()).Elem())
	if len(pats) < 25 {
		t.Fatalf("found %d intent patterns, want every one of them (25 or more)", len(pats))
	}
	filtered, matched := 0, 0
	for _, p := range pats {
		if p.need != nil {
			filtered++
		}
		cases := slices.Clone(texts)
		for _, lit := range p.need {
			cases = append(cases, lit, "あの、"+lit+"。", lit+"ですか?", "今日は"+lit+"かも")
		}
		for _, text := range cases {
			text := string(fold(text))
			want := p.re.MatchString(text)
			if want {
				matched++
			}
			if got := p.MatchString(text); got != want {
				t.Errorf("%s on %q: %v with the prefilter, %v without", p, text, got, want)
			}
		}
	}
	if filtered < len(pats)*2/3 {
		t.Errorf("only %d of %d patterns have a prefilter", filtered, len(pats))
	}
	if matched == 0 {
		t.Error("no case matched any pattern: the test checks nothing")
	}
	t.Logf("%d patterns, %d with a prefilter, %d matching cases", len(pats), filtered, matched)
}

// allPatterns finds every *pattern in v's fields, nested structs included.
func allPatterns(v reflect.Value) []*pattern {
	var out []*pattern
	for i := range v.NumField() {
		switch f := v.Field(i); {
		case f.Type() == reflect.TypeFor[*pattern]():
			if !f.IsNil() {
				out = append(out, (*pattern)(f.UnsafePointer()))
			}
		case f.Kind() == reflect.Struct:
			out = append(out, allPatterns(f)...)
		case f.Kind() == reflect.Pointer && f.Elem().Kind() == reflect.Struct:
			out = append(out, allPatterns(f.Elem())...)
		}
	}
	return out
}

// BenchmarkIntentPatterns runs every intent pattern over typical messages,
// with the prefilter and without it (the bare regexps).
func BenchmarkIntentPatterns(b *testing.B) {
	pats := allPatterns(reflect.ValueOf(newIntents()).Elem())
	msgs := []folded{fold("在宅勤務の日だけ同僚が冷たい"), fold("コールセンターの派遣、もう辞めたい"),
		fold("クレームを報告したら電話をガチャ切りされた"), fold("上司の言い方がきつくて毎日しんどい。もう3年くらい続いてる"),
		fold("求人を見てみたいです"), fold("はい")}
	b.Run("prefilter", func(b *testing.B) {
		for b.Loop() {
			for _, m := range msgs {
				for _, p := range pats {
					m.is(p)
				}
			}
		}
	})
	b.Run("regexp", func(b *testing.B) {
		for b.Loop() {
			for _, m := range msgs {
				for _, p := range pats {
					p.re.MatchString(string(m))
				}
			}
		}
	})
}
