package advice

import (
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/akari-career/akari/internal/akari"
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
	return out
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
