package facts

import (
	"unicode/utf8"

	"github.com/akari-career/akari/internal/jatext"
)

// folded is a message in the form the patterns are written for, with a map
// back to the person's own bytes so a Found can point at what they wrote.
type folded struct {
	s   string
	off []int // off[i] is the byte in the original where s[i] came from; nil when s is the original
	n   int   // len(original)
}

// orig maps a byte offset in f.s back to the original text.
func (f *folded) orig(i int) int {
	if f.off == nil {
		return i
	}
	if i >= len(f.off) {
		return f.n
	}
	return f.off[i]
}

// fold folds each rune as jatext.FoldRune does, keeping a map back to the
// original bytes so a Found can point at what the person wrote. (It folds
// rune by rune for that map, so a half-width voiced mark — ｶﾞ — stays a
// separate rune; jatext.Fold would join it.)
func fold(s string) folded {
	changed := -1
	for i, r := range s {
		if foldRune(r) != r {
			changed = i
			break
		}
	}
	if changed < 0 {
		return folded{s: s, n: len(s)}
	}
	buf := make([]byte, 0, len(s))
	off := make([]int, 0, len(s)+1)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		r = foldRune(r)
		n := len(buf)
		buf = utf8.AppendRune(buf, r)
		for range len(buf) - n {
			off = append(off, i)
		}
		i += size
	}
	off = append(off, len(s))
	return folded{s: string(buf), off: off, n: len(s)}
}

func foldRune(r rune) rune { return jatext.FoldRune(r) }
