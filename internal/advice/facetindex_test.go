package advice

import (
	"slices"
	"strings"
	"testing"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/jatext"
	"github.com/akari-career/akari/internal/playbook"
	"github.com/akari-career/akari/prompts"
)

// TestFacetIndexAgreesWithEachKeyword: the index finds, in any text, the
// same facets as checking each single-word keyword of each facet.
func TestFacetIndexAgreesWithEachKeyword(t *testing.T) {
	memo, lis, all := shippedFacets(t)
	// Texts: every note, and every keyword inside a sentence and at its
	// ends, so each keyword is found at least once.
	var texts []string
	for _, n := range lis.Notes {
		texts = append(texts, n.Text)
	}
	for _, f := range all {
		for _, k := range f.Keywords {
			texts = append(texts, "最近"+k+"のことで悩んでいます", k, k+"。")
		}
	}
	found := 0
	for _, text := range texts {
		text = jatext.Fold(text)
		var want []*playbook.Facet
		for _, f := range all {
			if containsAnyFolded(text, memo.folded(f.Keywords)) {
				want = append(want, f)
			}
		}
		got := memo.facetsNamed(text, all, nil)
		for _, f := range want {
			if !slices.Contains(got, f) {
				t.Errorf("%q: the index misses facet %s", text, f.ID)
			}
		}
		for _, f := range got {
			if !slices.Contains(want, f) {
				t.Errorf("%q: the index finds facet %s, no keyword does", text, f.ID)
			}
		}
		found += len(want)
	}
	if found < len(all) {
		t.Errorf("only %d facets found over %d texts", found, len(texts))
	}
}

// TestFacetIndexKeepsWordsApart: every facet whose words apart (有給+断)
// a text names — read as messages together are, so across sentences —
// is among those the index says it may name, and the index leaves out
// facets whose words the text does not hold.
func TestFacetIndexKeepsWordsApart(t *testing.T) {
	memo, lis, all := shippedFacets(t)
	var apart []*playbook.Facet
	// Texts: every note, and every keyword of words apart said in two
	// sentences, its words in the keyword's order and reversed.
	var texts []string
	for _, n := range lis.Notes {
		texts = append(texts, n.Text)
	}
	for _, f := range all {
		for _, k := range f.Keywords {
			if words := strings.Split(k, "+"); len(words) > 1 {
				if !slices.Contains(apart, f) {
					apart = append(apart, f)
				}
				texts = append(texts, strings.Join(words, "。それと、"))
				slices.Reverse(words)
				texts = append(texts, strings.Join(words, "って話で、"))
			}
		}
	}
	found, narrowed := 0, 0
	for _, text := range texts {
		in := input{text: jatext.Fold(text), joined: true, pieces: memo}
		may := memo.facetsMayNameApart(in.text, all, nil)
		for _, f := range all {
			if namesApart(f.Keywords, in) {
				found++
				if !slices.Contains(may, f) {
					t.Errorf("%q: names facet %s apart, the index leaves it out", text, f.ID)
				}
			}
		}
		if len(may) < len(apart) {
			narrowed++
		}
	}
	if found < len(apart) {
		t.Errorf("only %d namings apart over %d texts", found, len(texts))
	}
	if narrowed == 0 {
		t.Error("the index never left out a facet of words apart")
	}
}

// shippedFacets returns the shipped library's memo, its listening lines
// and every facet of it: each worry's, then those for every worry.
func shippedFacets(t *testing.T) (*pieceMemo, *playbook.Listening, []*playbook.Facet) {
	t.Helper()
	lib, err := playbook.Load(prompts.FS())
	if err != nil {
		t.Fatal(err)
	}
	var all []*playbook.Facet
	for _, c := range akari.Categories() {
		if pb := lib.Playbook(c); pb != nil {
			for i := range pb.Facets {
				all = append(all, &pb.Facets[i])
			}
		}
	}
	lis := lib.Listening()
	for i := range lis.Facets {
		all = append(all, &lis.Facets[i])
	}
	return NewOffline(Fixed(lib)).piecesOf(lib), lis, all
}
