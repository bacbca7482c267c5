package jobs

import (
	"cmp"
	"slices"
	"strings"
)

// Match is one listing picked for the person, with why it fits.
type Match struct {
	Listing Listing `json:"listing"`
	// Score is the rank score (docs/jobs.md); higher is better.
	Score int `json:"score"`
	// Badges are short labels for the card: 在宅OK, 一部在宅, 未経験歓迎,
	// 時短OK, フレックス, 年収500万〜…, the ones the worry cares about first.
	Badges []string `json:"badges"`
	// Why is one Japanese line on why the listing fits this worry and these
	// wishes, built only from facts in the listing.
	Why string `json:"why"`
}

// Search returns the best listings for q, best first, ties broken by id so
// the same query always gives the same answer. Stale listings (see
// Query.MaxAge) are never returned. An empty result is an honest "nothing
// fits": the caller says so instead of showing cards.
//
// The loop over listings touches only precomputed features and does not
// allocate; the best Offset+Limit are kept in a small heap.
func (c *Catalog) Search(q Query) []Match {
	cq := compile(q)
	if cq.offset >= len(c.feats) {
		return nil
	}
	top := newTopK(min(cq.offset+cq.limit, len(c.feats)))
	c.rank(cq, top)
	ranked := top.sorted()
	if cq.offset >= len(ranked) {
		return nil
	}
	ranked = ranked[cq.offset:]
	out := make([]Match, len(ranked))
	for i, cand := range ranked {
		l := &c.listings[cand.index]
		badges, why := cq.explain(l, &c.feats[cand.index], &c.sigs[cand.index], c.texts[cand.index])
		out[i] = Match{Listing: *l, Score: int(cand.score), Badges: badges, Why: why}
	}
	return out
}

// rank is the hot loop: filter and score every listing, keep the best.
// Keywords cost a substring search, so they are checked only while the
// listing could still enter the top k with the keywords left to check.
func (c *Catalog) rank(cq *compiled, top *topK) {
	for i := range c.feats {
		f := &c.feats[i]
		if !cq.admits(f) || cq.avoided(c.kinds[i]) {
			continue
		}
		cand := candidate{score: cq.score(f), rank: f.idRank, index: int32(i)}
		for k := range cq.keywords {
			if top.full() {
				bound := cand
				bound.score += cq.rest[k]
				if !bound.better(top.heap[0]) {
					break // offer below drops it
				}
			}
			if kw := &cq.keywords[k]; kw.in(&c.sigs[i], c.texts[i]) {
				cand.score += kw.weight
			}
		}
		top.offer(cand)
	}
}

// avoided reports whether a listing is a kind of work the person turned
// down.
func (cq *compiled) avoided(kind string) bool {
	for _, k := range cq.avoid {
		if strings.Contains(kind, k) {
			return true
		}
	}
	return false
}

type candidate struct {
	score int32
	rank  int32 // id order, for ties
	index int32
}

// better orders candidates: higher score first, then smaller id.
func (a candidate) better(b candidate) bool {
	return a.score > b.score || a.score == b.score && a.rank < b.rank
}

// topK keeps the k best candidates in a min-heap whose root is the worst
// one kept, so each offer costs one comparison in the common case.
type topK struct {
	k    int
	heap []candidate
}

func newTopK(k int) *topK { return &topK{k: k, heap: make([]candidate, 0, k)} }

func (t *topK) full() bool { return len(t.heap) == t.k }

func (t *topK) offer(c candidate) {
	if len(t.heap) < t.k {
		t.heap = append(t.heap, c)
		t.up(len(t.heap) - 1)
		return
	}
	if !c.better(t.heap[0]) {
		return
	}
	t.heap[0] = c
	t.down(0)
}

func (t *topK) up(i int) {
	h := t.heap
	for i > 0 {
		parent := (i - 1) / 2
		if !h[parent].better(h[i]) {
			return
		}
		h[parent], h[i] = h[i], h[parent]
		i = parent
	}
}

func (t *topK) down(i int) {
	h := t.heap
	for {
		worst, l, r := i, 2*i+1, 2*i+2
		if l < len(h) && h[worst].better(h[l]) {
			worst = l
		}
		if r < len(h) && h[worst].better(h[r]) {
			worst = r
		}
		if worst == i {
			return
		}
		h[i], h[worst] = h[worst], h[i]
		i = worst
	}
}

// sorted returns the kept candidates best first.
func (t *topK) sorted() []candidate {
	slices.SortFunc(t.heap, func(a, b candidate) int {
		if a.score != b.score {
			return cmp.Compare(b.score, a.score)
		}
		return cmp.Compare(a.rank, b.rank)
	})
	return t.heap
}
