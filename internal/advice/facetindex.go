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
	// apartByPair holds the keywords of words apart (有給+断) by the first
	// two runes of their longest word, which a message that names them
	// must hold; apartSingle those whose words are all one rune long.
	// Only reading the message finds whether the words meet as the
	// keyword asks (findFolded), but most messages hold no keyword's
	// longest word at all.
	apartByPair map[[2]rune][]facetWord
	apartSingle []facetWord
}

type facetWord struct {
	f    *playbook.Facet
	word string // folded
}

func newFacetIndex(lib *playbook.Library, memo *pieceMemo) *facetIndex {
	x := &facetIndex{byPair: map[[2]rune][]facetWord{}, apartByPair: map[[2]rune][]facetWord{}}
	put := func(byPair map[[2]rune][]facetWord, single *[]facetWord, fw facetWord) {
		r0, n := utf8.DecodeRuneInString(fw.word)
		if n == len(fw.word) {
			*single = append(*single, fw)
			return
		}
		r1, _ := utf8.DecodeRuneInString(fw.word[n:])
		k := [2]rune{r0, r1}
		byPair[k] = append(byPair[k], fw)
	}
	add := func(f *playbook.Facet) {
		for _, w := range memo.folded(f.Keywords) {
			if w == "" {
				continue
			}
			if strings.Contains(w, "+") {
				// Words apart are read over the messages together
				// (activeFacet), found first by their longest word.
				put(x.apartByPair, &x.apartSingle, facetWord{f, longestWord(w)})
				continue
			}
			put(x.byPair, &x.single, facetWord{f, w})
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

// longestWord returns the longest of the words of a keyword of words
// apart (有給+断 → 有給), the first on a tie.
func longestWord(term string) string {
	long := ""
	for w := range strings.SplitSeq(term, "+") {
		if utf8.RuneCountInString(w) > utf8.RuneCountInString(long) {
			long = w
		}
	}
	return long
}

// named appends to dst the facets whose single-word keywords the folded
// text holds, each once.
func (x *facetIndex) named(text string, dst []*playbook.Facet) []*playbook.Facet {
	return holding(text, x.byPair, x.single, dst)
}

// mayNameApart appends to dst the facets with a keyword of words apart
// whose longest word the folded text holds, each once: a superset of the
// facets namesApart finds in it.
func (x *facetIndex) mayNameApart(text string, dst []*playbook.Facet) []*playbook.Facet {
	return holding(text, x.apartByPair, x.apartSingle, dst)
}

// holding appends to dst, each once, the facets of the words of byPair
// and single that text holds, in one pass over text.
func holding(text string, byPair map[[2]rune][]facetWord, single []facetWord, dst []*playbook.Facet) []*playbook.Facet {
	for i := 0; i < len(text); {
		r0, n := utf8.DecodeRuneInString(text[i:])
		if i+n < len(text) {
			r1, _ := utf8.DecodeRuneInString(text[i+n:])
			for _, w := range byPair[[2]rune{r0, r1}] {
				if strings.HasPrefix(text[i:], w.word) && !slices.Contains(dst, w.f) {
					dst = append(dst, w.f)
				}
			}
		}
		i += n
	}
	for _, w := range single {
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
// a keyword of words apart whose longest word it holds. A superset of
// those matchAt finds, from one pass over text instead of a search for
// each keyword.
func (p *pieceMemo) facetsMayName(text string, all []*playbook.Facet, dst []*playbook.Facet) []*playbook.Facet {
	if p == nil {
		return append(dst, all...)
	}
	x := p.facetIndex()
	return x.mayNameApart(text, x.named(text, dst))
}

// facetsMayNameApart returns, of all, a superset of the facets whose
// words apart text may name (namesApart): every facet with a keyword of
// words apart whose longest word text holds.
func (p *pieceMemo) facetsMayNameApart(text string, all []*playbook.Facet, dst []*playbook.Facet) []*playbook.Facet {
	if p == nil {
		return append(dst, all...)
	}
	return p.facetIndex().mayNameApart(text, dst)
}
