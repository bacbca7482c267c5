package advice

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/jatext"
	"github.com/akari-career/akari/internal/pattern/patterntest"
	"github.com/akari-career/akari/internal/playbook"
	"github.com/akari-career/akari/prompts"
)

// libraryStrings returns every string a library holds, its lines among
// them, by walking its values.
func libraryStrings(lib *playbook.Library) []string {
	var out []string
	seen := map[uintptr]bool{}
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.String:
			if s := v.String(); s != "" {
				out = append(out, s)
			}
		case reflect.Pointer:
			if v.IsNil() || seen[v.Pointer()] {
				return
			}
			seen[v.Pointer()] = true
			walk(v.Elem())
		case reflect.Interface:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Struct:
			for i := range v.NumField() {
				walk(v.Field(i))
			}
		case reflect.Slice, reflect.Array:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		case reflect.Map:
			it := v.MapRange()
			for it.Next() {
				walk(it.Key())
				walk(it.Value())
			}
		}
	}
	walk(reflect.ValueOf(lib))
	slices.Sort(out) // maps are walked in any order; the cases are not
	return slices.Compact(out)
}

// Whether Akari said a line lately is answered from the remembered
// fingerprints exactly as from hashing the line again, for every string
// of the library, asked twice (the second time from the memo), against
// turns that said some of them, whole or in part.
func TestPieceMemoAnswersAsHashingAgain(t *testing.T) {
	lib, err := playbook.Load(prompts.FS())
	if err != nil {
		t.Fatal(err)
	}
	all := libraryStrings(lib)
	if len(all) < 500 {
		t.Fatalf("%d strings in the library: the walk missed its lines", len(all))
	}
	var turns []akari.Turn
	for i := 0; i+2 < len(all); i += 37 { // Akari said some of them: whole, with another, a line of one
		said := all[i] + "\n" + all[i+1]
		if lines := strings.Split(all[i+2], "\n"); len(lines) > 1 {
			said += "\n" + lines[len(lines)-1]
		}
		turns = append(turns, akari.AkariTurn(said, akari.Resignation, time.Unix(0, 0)))
	}
	o := NewOffline(Fixed(lib))
	memo := o.piecesOf(lib)
	said := 0
	for from := 0; from < len(turns); from += akari.SaidMemory {
		st := &akari.State{Turns: turns[from:min(from+akari.SaidMemory, len(turns))]}
		with := newInput(akari.AdviceRequest{}, st, akari.Resignation)
		with.pieces = memo
		without := newInput(akari.AdviceRequest{}, st, akari.Resignation)
		for _, s := range all {
			want := without.alreadySaid(s)
			for range 2 {
				if got := with.alreadySaid(s); got != want {
					t.Fatalf("alreadySaid(%q) = %v from the memo, %v hashing again", s, got, want)
				}
			}
			if want {
				said++
			}
		}
	}
	if said == 0 {
		t.Fatal("no line found said: the check checks nothing")
	}
	for _, s := range all {
		if got, want := memo.of(s), akari.PieceOf(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("memo.of(%q) = %+v, PieceOf %+v", s, got, want)
		}
	}
	if o.piecesOf(lib) != memo {
		t.Error("the same library got a new memo")
	}
	other, err := playbook.Load(prompts.FS())
	if err != nil {
		t.Fatal(err)
	}
	if o.piecesOf(other) == memo {
		t.Error("a reloaded library kept the old memo")
	}
	t.Logf("%d strings, %d turns, %d found said", len(all), len(turns), said)
}

// matchAtBefore, matchLastBefore and containsFoldedBefore are the keyword
// matches as they were before the library's lists were folded once (issue
// #16), word for word.
func matchAtBefore(keywords []string, in input) int {
	at := -1
	for _, k := range keywords {
		if i := in.index(k); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	return at
}

func matchLastBefore(keywords []string, in input) int {
	at := -1
	for _, k := range keywords {
		if in.index(k) < 0 { // absent, or negated right away
			continue
		}
		j := strings.LastIndex(in.text, jatext.Fold(k))
		if strings.Contains(k, "+") { // words apart: where the last of them is
			j = in.index(k)
		}
		if j > at {
			at = j
		}
	}
	return at
}

func containsFoldedBefore(text string, terms []string) bool {
	for _, t := range terms {
		if t == "" {
			continue
		}
		if !strings.Contains(t, "+") && strings.Contains(text, jatext.Fold(t)) {
			return true
		}
	}
	return false
}

// libraryLists returns every list of strings of the library's playbooks
// and listening (keywords of facets, lines and notes among them).
func libraryLists(lib *playbook.Library) [][]string {
	var out [][]string
	seen := map[uintptr]bool{}
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer:
			if v.IsNil() || seen[v.Pointer()] {
				return
			}
			seen[v.Pointer()] = true
			walk(v.Elem())
		case reflect.Interface:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Struct:
			for i := range v.NumField() {
				walk(v.Field(i))
			}
		case reflect.Slice, reflect.Array:
			if l, ok := stringList(v); ok {
				out = append(out, l)
				return
			}
			for i := range v.Len() {
				walk(v.Index(i))
			}
		case reflect.Map:
			it := v.MapRange()
			for it.Next() {
				walk(it.Value())
			}
		}
	}
	for _, c := range akari.Categories() {
		walk(reflect.ValueOf(lib.Playbook(c)))
	}
	walk(reflect.ValueOf(lib.Listening()))
	return out
}

// stringList returns v as the []string it is (the library's own slice, not
// a copy), when it is one of the library's exported lists.
func stringList(v reflect.Value) ([]string, bool) {
	if v.Kind() != reflect.Slice || v.Len() == 0 || !v.CanInterface() {
		return nil, false
	}
	l, ok := v.Interface().([]string)
	return l, ok
}

// The keyword matches answer from the lists folded once as they did
// folding every term on every call, for every list of the library, each
// asked twice (the second time from the memo), on the labelled messages
// and on messages made of the lists' own terms, negated or not.
func TestFoldedListsMatchAsFoldingAgain(t *testing.T) {
	lib, err := playbook.Load(prompts.FS())
	if err != nil {
		t.Fatal(err)
	}
	lists := libraryLists(lib)
	if len(lists) < 50 {
		t.Fatalf("%d lists in the library: the walk missed its keywords", len(lists))
	}
	texts := patterntest.ReadTexts(t, "../worry/testdata/heldout.jsonl")
	r := rand.New(rand.NewPCG(16, 8))
	for range 2000 {
		l := lists[r.IntN(len(lists))]
		texts = append(texts, "実は"+l[r.IntN(len(l))]+[]string{"", "じゃないけど", "で困ってる", "以外は"}[r.IntN(4)]+l[r.IntN(len(l))])
	}
	memo := NewOffline(Fixed(lib)).piecesOf(lib)
	matched := 0
	for i, text := range texts {
		with := input{text: jatext.Fold(text), pieces: memo}
		without := input{text: jatext.Fold(text)}
		for j, l := range lists {
			if (i+j)%7 != 0 && i >= 50 { // every list on the first texts, a seventh of them on the rest
				continue
			}
			want, wantLast, wantIn := matchAtBefore(l, without), matchLastBefore(l, without), containsFoldedBefore(with.text, l)
			for range 2 {
				if got := matchAt(l, with); got != want {
					t.Fatalf("matchAt(%q) on %q = %d, folding again %d", l, text, got, want)
				}
				if got := matchLast(l, with); got != wantLast {
					t.Fatalf("matchLast(%q) on %q = %d, folding again %d", l, text, got, wantLast)
				}
				if got := containsAnyFolded(with.text, memo.folded(l)); got != wantIn {
					t.Fatalf("containsAnyFolded(%q) on %q = %v, folding again %v", l, text, got, wantIn)
				}
			}
			if want >= 0 {
				matched++
			}
		}
	}
	if matched < 1000 {
		t.Errorf("%d matches: the check checks little", matched)
	}
	t.Logf("%d lists, %d texts, %d matches", len(lists), len(texts), matched)
}

// Advisors on many workers share one memo (run with -race).
func TestPieceMemoAmongConcurrentWorkers(t *testing.T) {
	lib, err := playbook.Load(prompts.FS())
	if err != nil {
		t.Fatal(err)
	}
	all := libraryStrings(lib)
	memo := NewOffline(Fixed(lib)).piecesOf(lib)
	var wg sync.WaitGroup
	for w := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(all); i += 3 {
				if got, want := memo.of(all[i]), akari.PieceOf(all[i]); !reflect.DeepEqual(got, want) {
					t.Errorf("memo.of(%q) = %+v, PieceOf %+v", all[i], got, want)
					return
				}
			}
		}()
	}
	wg.Wait()
}
