package advice

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/playbook"
)

// facetIndex finds in one pass over a text every facet one of whose
// single-word keywords it holds. activeFacet looks for the facet of the
// person's earlier messages on most replies; checking each keyword of each
// facet against each message was a quarter of the engine's time once the
// facets for every worry grew to six.
type facetIndex struct {
	// byPair holds the keywords of two runes or more by their first two.
	byPair map[[2]rune][]facetWord
	// single holds the keywords of one rune, checked one by one.
	single []facetWord
	// apart are the facets with a keyword of words apart (有給+断), which
	// the index does not hold: only reading the message finds them.
	apart []*playbook.Facet
}

type facetWord struct {
	f    *playbook.Facet
	word string // folded
}

func newFacetIndex(lib *playbook.Library, memo *pieceMemo) *facetIndex {
	x := &facetIndex{byPair: map[[2]rune][]facetWord{}}
	add := func(f *playbook.Facet) {
		for _, w := range memo.folded(f.Keywords) {
			if w == "" {
				continue
			}
			if strings.Contains(w, "+") {
				// Words apart are read over the messages together
				// (activeFacet).
				if !slices.Contains(x.apart, f) {
					x.apart = append(x.apart, f)
				}
				continue
			}
			r0, n := utf8.DecodeRuneInString(w)
			if n == len(w) {
				x.single = append(x.single, facetWord{f, w})
				continue
			}
			r1, _ := utf8.DecodeRuneInString(w[n:])
			k := [2]rune{r0, r1}
			x.byPair[k] = append(x.byPair[k], facetWord{f, w})
		}
	}
	for _, c := range akari.Categories() {
		if pb := lib.Playbook(c); pb != nil {
			for i := range pb.Facets {
				add(&pb.Facets[i])
			}
		}
	}
	if lis := lib.Listening(); lis != nil {
		for i := range lis.Facets {
			add(&lis.Facets[i])
		}
	}
	return x
}

// named appends to dst the facets whose single-word keywords the folded
// text holds, each once.
func (x *facetIndex) named(text string, dst []*playbook.Facet) []*playbook.Facet {
	for i := 0; i < len(text); {
		r0, n := utf8.DecodeRuneInString(text[i:])
		if i+n < len(text) {
			r1, _ := utf8.DecodeRuneInString(text[i+n:])
			for _, w := range x.byPair[[2]rune{r0, r1}] {
				if strings.HasPrefix(text[i:], w.word) && !slices.Contains(dst, w.f) {
					dst = append(dst, w.f)
				}
			}
		}
		i += n
	}
	for _, w := range x.single {
		if !slices.Contains(dst, w.f) && strings.Contains(text, w.word) {
			dst = append(dst, w.f)
		}
	}
	return dst
}

// facetsNamed appends to dst the facets of all whose single-word keywords
// text (folded) holds, through the memo's index; without a memo, keyword by
// keyword.
func (p *pieceMemo) facetsNamed(text string, all []*playbook.Facet, dst []*playbook.Facet) []*playbook.Facet {
	if p == nil {
		for _, f := range all {
			if containsAnyFolded(text, p.folded(f.Keywords)) {
				dst = append(dst, f)
			}
		}
		return dst
	}
	return p.facetIndex().named(text, dst)
}

// facetIndex is the index of the library's facet keywords, built once.
func (p *pieceMemo) facetIndex() *facetIndex {
	p.facetOnce.Do(func() { p.facets = newFacetIndex(p.lib, p) })
	return p.facets
}

// facetsMayName returns, of all, the facets that text may name: every
// facet one of whose single-word keywords it holds, and every facet with
// a keyword of words apart. A superset of those matchAt finds, from one
// pass over text instead of a search for each keyword.
func (p *pieceMemo) facetsMayName(text string, all []*playbook.Facet, dst []*playbook.Facet) []*playbook.Facet {
	if p == nil {
		return append(dst, all...)
	}
	x := p.facetIndex()
	dst = x.named(text, dst)
	for _, f := range x.apart {
		if !slices.Contains(dst, f) {
			dst = append(dst, f)
		}
	}
	return dst
}
