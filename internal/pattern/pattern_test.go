package pattern

import (
	"regexp/syntax"
	"slices"
	"testing"
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

// Each way of asking answers as the bare regexp does, with the prefilter
// ruling a message out and letting one through.
func TestFindersAgreeWithTheRegexp(t *testing.T) {
	p := MustCompile(`(在宅|リモート)(は|が)?週(\d)`)
	if p.Needs() == nil {
		t.Fatalf("%s: no prefilter", p)
	}
	for _, s := range []string{"", "こんばんは", "在宅は週2、リモートが週3", "リモート週1だけ", "週2で在宅"} {
		re := p.Regexp()
		if got, want := p.MatchString(s), re.MatchString(s); got != want {
			t.Errorf("MatchString(%q) = %v, want %v", s, got, want)
		}
		if got, want := p.FindStringIndex(s), re.FindStringIndex(s); !slices.Equal(got, want) {
			t.Errorf("FindStringIndex(%q) = %v, want %v", s, got, want)
		}
		if got, want := p.FindStringSubmatchIndex(s), re.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
			t.Errorf("FindStringSubmatchIndex(%q) = %v, want %v", s, got, want)
		}
		if got, want := p.FindAllStringIndex(s, -1), re.FindAllStringIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("FindAllStringIndex(%q) = %v, want %v", s, got, want)
		}
		if got, want := p.FindAllStringSubmatchIndex(s, -1), re.FindAllStringSubmatchIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("FindAllStringSubmatchIndex(%q) = %v, want %v", s, got, want)
		}
	}
}
