// Package patterntest holds the packages that read text through
// internal/pattern to it: every pattern they compile answers as its bare
// regexp does, on their messages and on messages built around each literal
// the prefilter requires.
package patterntest

import (
	"bufio"
	"encoding/json"
	"os"
	"reflect"
	"slices"
	"testing"

	"github.com/akari-career/akari/internal/pattern"
)

// Find returns every *pattern.Pattern in the fields of the struct v points
// to, nested structs, pointers to structs and slices of them included.
func Find(v any) []*pattern.Pattern {
	return find(reflect.ValueOf(v).Elem())
}

var patternType = reflect.TypeFor[*pattern.Pattern]()

func find(v reflect.Value) []*pattern.Pattern {
	switch {
	case v.Type() == patternType:
		if v.IsNil() {
			return nil
		}
		return []*pattern.Pattern{(*pattern.Pattern)(v.UnsafePointer())}
	case v.Kind() == reflect.Struct:
		var out []*pattern.Pattern
		for i := range v.NumField() {
			out = append(out, find(v.Field(i))...)
		}
		return out
	case v.Kind() == reflect.Pointer && v.Type().Elem().Kind() == reflect.Struct:
		if v.IsNil() {
			return nil
		}
		return find(v.Elem())
	case v.Kind() == reflect.Slice:
		var out []*pattern.Pattern
		for i := range v.Len() {
			out = append(out, find(v.Index(i))...)
		}
		return out
	}
	return nil
}

// Agree checks that every pattern answers MatchString and
// FindAllStringSubmatchIndex as its bare regexp does on each text (after
// prepare, the reading the package gives a message first) and on texts
// built around each required literal. It fails when no case matched, since
// the check would then check nothing, and reports how many patterns have a
// prefilter.
func Agree(t *testing.T, pats []*pattern.Pattern, texts []string, prepare func(string) string) (filtered int) {
	t.Helper()
	return AgreeSome(t, pats, texts, prepare, 0)
}

// AgreeSome is Agree with texts built around at most maxLiterals of each
// pattern's required literals, spread evenly over them (0: all of them):
// the largest patterns need thousands of literals, and their cases cost
// most of the check.
func AgreeSome(t *testing.T, pats []*pattern.Pattern, texts []string, prepare func(string) string, maxLiterals int) (filtered int) {
	t.Helper()
	matched := 0
	prepared := make([]string, len(texts)) // each text prepared once, not once per pattern
	for i, text := range texts {
		prepared[i] = prepare(text)
	}
	for _, p := range pats {
		if p.Needs() != nil {
			filtered++
		}
		cases := prepared
		if lits := p.Needs(); len(lits) > 0 {
			cases = slices.Clone(prepared)
			if maxLiterals > 0 && len(lits) > maxLiterals {
				some := make([]string, 0, maxLiterals)
				for i := range maxLiterals {
					some = append(some, lits[i*len(lits)/maxLiterals])
				}
				lits = some
			}
			for _, lit := range lits {
				for _, c := range [...]string{lit, "あの、" + lit + "。", lit + "ですか?", "今日は" + lit + "かも"} {
					cases = append(cases, prepare(c))
				}
			}
		}
		re := p.Regexp()
		for _, text := range cases {
			// What the bare regexp finds decides whether it matches: a
			// match, empty or not, is in the list.
			found := re.FindAllStringSubmatchIndex(text, -1)
			want := found != nil
			if want {
				matched++
			}
			if got := p.MatchString(text); got != want {
				t.Errorf("%s on %q: %v with the prefilter, %v without", p, text, got, want)
			}
			if got := p.FindAllStringSubmatchIndex(text, -1); !slices.EqualFunc(got, found, slices.Equal) {
				t.Errorf("%s on %q: found %v with the prefilter, %v without", p, text, got, found)
			}
		}
	}
	if matched == 0 {
		t.Error("no case matched any pattern: the check checks nothing")
	}
	t.Logf("%d patterns, %d with a prefilter, %d matching cases", len(pats), filtered, matched)
	return filtered
}

// ReadTexts returns the "text" of every line of a JSON Lines file, such
// as a labelled set of messages.
func ReadTexts(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var l struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		texts = append(texts, l.Text)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return texts
}

// Sample returns at most n of texts, spread evenly over them, from the
// first: the checks that read every message of the project's sets read a
// fixed share of them where each costs more (under the race detector).
func Sample(texts []string, n int) []string {
	if n <= 0 || len(texts) <= n {
		return texts
	}
	out := make([]string, 0, n)
	for i := range n {
		out = append(out, texts[i*len(texts)/n])
	}
	return out
}
