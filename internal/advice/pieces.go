package advice

import (
	"sync"
	"sync/atomic"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/playbook"
)

// pieceMemo remembers the fingerprints (akari.PieceOf) of the playbook
// lines the advisor asks whether Akari said lately: every reply weighs the
// same few hundred steps, notes and questions against her last turns, and
// hashing them afresh each time was ≈5 % of the engine's time. Only
// library lines go through it (alreadySaid's candidates), never what the
// person wrote: it holds no personal data, and no more keys than the
// library has lines.
type pieceMemo struct {
	lib *playbook.Library
	m   sync.Map // string → akari.Piece
	n   atomic.Int64
}

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
