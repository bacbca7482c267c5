package pattern

import (
	"strings"
	"unicode/utf8"
)

// firstIndex finds many literals in one pass over a message: each is
// looked for only where the message has its first rune, and a bit set of
// first runes passes over the rest without a map look-up. A literal
// carries a tag (the branch of an alternation it belongs to, or 0).
type firstIndex struct {
	byFirst map[rune][]tagged
	// firsts has bit r%256 set for the first rune r of every literal: most
	// runes of a message start none.
	firsts [4]uint64
}

type tagged struct {
	lit string
	tag int
}

func (x *firstIndex) add(lit string, tag int) {
	if x.byFirst == nil {
		x.byFirst = map[rune][]tagged{}
	}
	r, _ := utf8.DecodeRuneInString(lit)
	x.byFirst[r] = append(x.byFirst[r], tagged{lit, tag})
	x.firsts[r>>6&3] |= 1 << (r & 63)
}

// each calls found with the tag of every literal that starts in s, in the
// order they start, until found returns false.
func (x *firstIndex) each(s string, found func(tag int) bool) {
	for i, r := range s {
		if x.firsts[r>>6&3]&(1<<(r&63)) == 0 {
			continue
		}
		for _, t := range x.byFirst[r] {
			if strings.HasPrefix(s[i:], t.lit) && !found(t.tag) {
				return
			}
		}
	}
}
