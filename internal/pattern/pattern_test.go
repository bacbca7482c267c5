package pattern

import (
	"math/rand/v2"
	"regexp/syntax"
	"slices"
	"strings"
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

// A long literal list is looked for through the first runes' bit set and
// the index by first rune: a literal is found wherever it starts, whatever
// other runes share its first rune's bit (U+3042 あ and U+3142 ㅂ share
// theirs; so do 'a' and U+0161 š).
func TestLongLiteralListsFindEveryLiteral(t *testing.T) {
	lits := []string{"あいう", "かき", "残業", "在宅", "ab", "ㅂㅂ", "šx", "転職", "給料", "辞め"}
	p := MustCompile(strings.Join(lits, "|"))
	if p.index == nil {
		t.Fatalf("%d literals: no index by first rune (indexFrom %d)", len(lits), indexFrom)
	}
	var texts []string
	for _, lit := range lits {
		texts = append(texts, lit, "前に"+lit, lit+"のあと", "ㅂあa"+lit+"š")
	}
	texts = append(texts, "", "ㅂ", "あい", "a", "š", "ㅂa šあ", "こんばんは", strings.Repeat("ㅂ", 100))
	found := 0
	for _, s := range texts {
		want := p.Regexp().MatchString(s)
		if got := p.MatchString(s); got != want {
			t.Errorf("MatchString(%q) = %v, want %v", s, got, want)
		}
		if want {
			found++
		}
	}
	if found != 4*len(lits)+1 { // and the run of ㅂ, which holds ㅂㅂ
		t.Errorf("%d texts matched, want %d", found, 4*len(lits)+1)
	}
}

// A large alternation is matched branch by branch, each behind its own
// prefilter, and answers as the whole regexp does — also where a branch
// holds no literal at all, or anchors.
func TestLargeAlternationsMatchBranchByBranch(t *testing.T) {
	p := MustCompile(`求人|(仕事|職場|会社|施設|お店)[^。?]{0,90}見せて|^(はい|うん)[、,]?お願い|(探して|紹介して)(ほしい|ください|$)|[0-9]{3}-[0-9]{4}`)
	if len(p.branches) != 5 {
		t.Fatalf("%d branches, want 5", len(p.branches))
	}
	for _, s := range []string{"", "求人", "会社の求人見たい", "仕事、在宅で週3のとこ見せて", "仕事。見せて", "はい、お願い", "えっ、はい、お願い",
		"探して", "探してもらった", "紹介してください", "123-4567", "12-345", "在宅勤務の日だけ同僚が冷たい"} {
		if got, want := p.MatchString(s), p.Regexp().MatchString(s); got != want {
			t.Errorf("MatchString(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestPlainPatternsAnswerFromTheirWords: an expression of words alone is
// matched by finding one of them, and answers as the regexp does; one that
// anchors or repeats is not plain.
func TestPlainPatternsAnswerFromTheirWords(t *testing.T) {
	tests := []struct {
		expr  string
		plain bool
	}{
		{`けど|けれど|でも|迷|悩|\?|？|減っ|減り`, true},
		{`(見せ|みせ)(て|たい)|探して`, true},
		{`^(はい|うん)$`, false},
		{`減っ+`, false},
		{`(?i)thanks`, false},
		{`[^。]{0,3}見せて`, false},
	}
	texts := []string{"", "見せて", "見せたい", "みせてほしい", "探してる", "でもね", "減った", "減っっ", "はい", "うん", "thanks", "Thanks", "給料減り気味？", "ok"}
	for _, tt := range tests {
		p := MustCompile(tt.expr)
		if p.plain != tt.plain {
			t.Errorf("%q: plain = %v, want %v", tt.expr, p.plain, tt.plain)
		}
		for _, s := range texts {
			if got, want := p.MatchString(s), p.Regexp().MatchString(s); got != want {
				t.Errorf("%q: MatchString(%q) = %v, want %v", tt.expr, s, got, want)
			}
		}
	}
}

// TestSequencePartsAreRequired: a sequence needs a word of each part; a
// message with the first part's word alone is turned away before the
// regexp, and every answer is the regexp's.
func TestSequencePartsAreRequired(t *testing.T) {
	p := MustCompile(`(仕事|会社)[^。]{0,8}(見せて|紹介して)`)
	if len(p.also) != 1 {
		t.Fatalf("also = %q, want one more literal set", p.also)
	}
	for _, s := range []string{"", "仕事", "子育てと仕事の両立がしんどい", "仕事見せて", "会社を紹介して", "仕事。見せて", "見せて仕事", "在宅の仕事を見せてほしい"} {
		if got, want := p.MatchString(s), p.Regexp().MatchString(s); got != want {
			t.Errorf("MatchString(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestTailsAnswerAsTheRegexp: words then closing marks at the end are
// matched from the end, with every answer the regexp's — a word that ends
// in a mark (w), marks alone, other text after the marks, invalid UTF-8.
func TestTailsAnswerAsTheRegexp(t *testing.T) {
	exprs := []string{
		`(\?|？|ですか|ますか|でしょうか|かな|かね|もの|なの|なん|の)[。!！…w〜\p{So}\x{FE0F}]*$`,
		`(ww|笑)[w]*$`,
		`(がんば|頑張)(ります|る)$`,
		`(見せ|みせ)て[!！。]*$`,
	}
	texts := []string{"", "の", "なの？", "なの?", "いいですか。", "いいですか。！", "かなw", "かなww😊", "かなwx", "www", "w", "笑w", "がんばる", "頑張ります!",
		"頑張ります。", "見せて!!", "見せてね", "ですか\xff", "の\xff", "？😊️", "もの。。。", "ものか", "見せて。x", "x見せて"}
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{"の", "か", "な", "ん", "w", "。", "!", "？", "?", "😊", "\ufe0f", "見", "せ", "て", "笑", "ま", "す", "\xff"}
	for range 2000 {
		var b strings.Builder
		for range rng.IntN(7) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		texts = append(texts, b.String())
	}
	for _, expr := range exprs {
		p := MustCompile(expr)
		if p.tail == nil {
			t.Errorf("%q: no tail form", expr)
			continue
		}
		for _, s := range texts {
			if got, want := p.MatchString(s), p.Regexp().MatchString(s); got != want {
				t.Errorf("%q: MatchString(%q) = %v, want %v", expr, s, got, want)
			}
		}
	}
	if MustCompile(`^(はい|うん)$`).tail != nil || MustCompile(`見せ+て$`).tail != nil {
		t.Error("a tail form for an expression that is not words and marks at the end")
	}
}
