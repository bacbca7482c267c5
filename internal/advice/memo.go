package advice

import (
	"sync"
	"sync/atomic"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/jatext"
	"github.com/akari-career/akari/internal/playbook"
)

// pieceMemo remembers, for one library, what every reply works out from
// the library's lines again: the fingerprints (akari.PieceOf) of the steps,
// notes and questions weighed against Akari's last turns, and the keyword
// lists of facets, lines and notes folded for matching. Hashing and
// folding them afresh for every reply was ≈5 % and ≈6 % of the engine's
// time. Only the library's own lines and lists go through it, never what
// the person wrote: it holds no personal data, and no more entries than
// the library has lines and lists.
type pieceMemo struct {
	lib   *playbook.Library
	m     sync.Map // string → akari.Piece
	folds sync.Map // *string, a keyword list's first element → foldedList
	n     atomic.Int64
	// facets indexes the keywords of every facet (facetindex.go), built
	// on first use.
	facetOnce sync.Once
	facets    *facetIndex
	// noteIdx indexes the words of every note (retrieve.go), built on
	// first use.
	noteOnce sync.Once
	noteIdx  *noteIndex
}

// notes returns the index of lib's notes, built on first use.
func (p *pieceMemo) notes(lib *playbook.Library) *noteIndex {
	p.noteOnce.Do(func() { p.noteIdx = buildNoteIndex(lib) })
	return p.noteIdx
}

// foldedList is a keyword list and its terms folded. The memo holding the
// list keeps its array alive, so no other list can be found at its
// address.
type foldedList struct{ terms, folded []string }

// maxMemoPieces bounds a memo, should a library be larger than any so far.
const maxMemoPieces = 16384

// of returns akari.PieceOf(s), remembered; a nil memo remembers nothing.
func (p *pieceMemo) of(s string) akari.Piece {
	if p == nil {
		return akari.PieceOf(s)
	}
	if q, ok := p.m.Load(s); ok {
		return q.(akari.Piece)
	}
	q := akari.PieceOf(s)
	if p.n.Load() < maxMemoPieces {
		if _, loaded := p.m.LoadOrStore(s, q); !loaded {
			p.n.Add(1)
		}
	}
	return q
}

// folded returns terms each folded (jatext.Fold), remembered for the
// library's lists; a nil memo folds them afresh.
func (p *pieceMemo) folded(terms []string) []string {
	if len(terms) == 0 {
		return nil
	}
	if p != nil {
		if v, ok := p.folds.Load(&terms[0]); ok {
			if l := v.(foldedList); len(l.terms) == len(terms) {
				return l.folded
			}
		}
	}
	out := make([]string, len(terms))
	for i, t := range terms {
		out[i] = jatext.Fold(t)
	}
	if p != nil && p.n.Load() < maxMemoPieces {
		if _, loaded := p.folds.LoadOrStore(&terms[0], foldedList{terms: terms, folded: out}); !loaded {
			p.n.Add(1)
		}
	}
	return out
}

// piecesOf returns the memo of lib, a new one when the library changed
// (prompts reloaded). Two calls racing on a new library may each start
// one; either remembers the same fingerprints.
func (o *Offline) piecesOf(lib *playbook.Library) *pieceMemo {
	if p := o.pieces.Load(); p != nil && p.lib == lib {
		return p
	}
	p := &pieceMemo{lib: lib}
	o.pieces.Store(p)
	return p
}
