package worry

import (
	"unicode"
	"unicode/utf8"
)

// sep stands for any run of spaces, punctuation, symbols and emoji in the
// classifier's view of a message. Word boundaries carry some signal in
// Japanese chat ("…辞めたい？" ends a sentence), so they are kept as one rune
// rather than dropped.
const sep = ' '

// view selects how much normalize throws away.
type view int

const (
	// classifierView keeps word boundaries (as sep) and the long-vowel mark
	// (collapsed to one).
	classifierView view = iota
	// crisisView drops boundaries and "ー" entirely, so "死 に た ー い…"
	// reads as "しにたい" and a phrase list needs no spelling variants for
	// spacing, punctuation or stretched vowels.
	crisisView
)

// normalize appends the canonical form of s to dst and returns it. It does
// what NFKC plus case folding would do for the text people send on LINE,
// with the standard library only:
//
//   - full-width ASCII becomes ASCII, the ideographic space a space;
//   - half-width katakana becomes full-width, with ﾞ/ﾟ composed (ｶﾞ → ガ);
//   - katakana becomes hiragana, so リモート and りもーと are one spelling;
//   - small vowels ぁぃぅぇぉ become full-size (しにたぃ → しにたい);
//   - letters are lower-cased;
//   - spaces, punctuation, symbols and emoji become one sep (classifierView)
//     or vanish (crisisView);
//   - a rune repeated more than twice is kept twice (ww, ！！！), and "ー"
//     once (classifierView) or not at all (crisisView).
//
// It allocates only when dst has to grow.
func normalize(dst []rune, s string, v view) []rune {
	start := len(dst)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		r = foldWidth(r)
		// Half-width and combining (semi-)voiced sound marks compose with
		// the kana before them; stray ones are dropped.
		if m := soundMark(r); m != 0 {
			if n := len(dst); n > start {
				if c, ok := compose(dst[n-1], m); ok {
					dst[n-1] = c
				}
			}
			continue
		}
		r = toHiragana(r)
		switch {
		case r == 'ー':
			if v == crisisView {
				continue
			}
		case isSeparator(r):
			if v == crisisView {
				continue
			}
			if n := len(dst); n == start || dst[n-1] == sep {
				continue
			}
			dst = append(dst, sep)
			continue
		case isInvisible(r):
			continue
		default:
			r = unicode.ToLower(r)
		}
		if n := len(dst); n-start >= 1 && dst[n-1] == r {
			if r == 'ー' || (n-start >= 2 && dst[n-2] == r) {
				continue
			}
		}
		dst = append(dst, r)
	}
	if n := len(dst); n > start && dst[n-1] == sep {
		dst = dst[:n-1]
	}
	return dst
}

// halfKana maps U+FF66..U+FF9D (half-width katakana) to full-width.
const halfKana = "ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン"

// foldWidth maps full-width ASCII and half-width katakana and punctuation
// to their usual width.
func foldWidth(r rune) rune {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E:
		return r - 0xFEE0
	case r == 0x3000:
		return ' '
	case r == 0xFF61:
		return '。'
	case r == 0xFF62:
		return '「'
	case r == 0xFF63:
		return '」'
	case r == 0xFF64:
		return '、'
	case r == 0xFF65:
		return '・'
	case r >= 0xFF66 && r <= 0xFF9D:
		// Every rune in halfKana takes three bytes in UTF-8.
		k, _ := utf8.DecodeRuneInString(halfKana[3*(r-0xFF66):])
		return k
	}
	return r
}

// Sound marks returned by soundMark.
const (
	dakuten    = 1
	handakuten = 2
)

func soundMark(r rune) int {
	switch r {
	case 0xFF9E, 0x3099, 0x309B:
		return dakuten
	case 0xFF9F, 0x309A, 0x309C:
		return handakuten
	}
	return 0
}

// compose adds a sound mark to a hiragana (already folded) base.
func compose(base rune, mark int) (rune, bool) {
	switch {
	case mark == dakuten && base >= 'か' && base <= 'ぢ' && (base-'か')%2 == 0:
		return base + 1, true
	case mark == dakuten && (base == 'つ' || base == 'て' || base == 'と'):
		return base + 1, true
	case base >= 'は' && base <= 'ほ' && (base-'は')%3 == 0:
		return base + rune(mark), true
	case mark == dakuten && base == 'う':
		return 'ゔ', true
	}
	return base, false
}

// toHiragana folds katakana to hiragana and small vowels to full size.
func toHiragana(r rune) rune {
	if r >= 'ァ' && r <= 'ヶ' {
		r -= 0x60
	}
	switch r {
	case 'ぁ', 'ぃ', 'ぅ', 'ぇ', 'ぉ':
		r++
	}
	return r
}

// isSeparator reports whether r only separates words: spaces, punctuation,
// symbols (emoji are symbols) and the wave dash.
func isSeparator(r rune) bool {
	if r < utf8.RuneSelf {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
	}
	return unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r)
}

// isInvisible reports runes that carry no meaning of their own: variation
// selectors, joiners and combining marks (emoji modifiers, keycaps).
func isInvisible(r rune) bool {
	return unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) || unicode.Is(unicode.Cf, r) ||
		unicode.Is(unicode.Variation_Selector, r) || unicode.IsControl(r)
}
