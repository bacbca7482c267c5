package jatext

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// FoldRune returns r at its canonical width, lower-cased:
//
//   - full-width ASCII (Ａ, ０, ！) becomes ASCII and the ideographic space
//     a space;
//   - half-width katakana and punctuation (ｶ, ｰ, ｡, ｢) become full-width,
//     and the half-width sound marks ﾞ ﾟ the combining marks U+3099 U+309A;
//   - the other full- and half-width forms Unicode pairs (￥, ￦, half-width
//     hangul) take their canonical width as golang.org/x/text/width.Fold
//     defines it;
//   - letters are lower-cased (unicode.ToLower).
//
// Everything else, kanji, hiragana and full-width katakana included, is
// returned as it is.
func FoldRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	if !hasWidthFold(r) {
		if noCase(r) {
			return r
		}
		return unicode.ToLower(r)
	}
	if f := width.LookupRune(r).Folded(); f != 0 {
		r = f
	}
	return unicode.ToLower(r)
}

// hasWidthFold reports whether r may have a folded width. It skips the
// table lookup for the scripts most Japanese text is made of (hiragana,
// katakana, kanji); TestHasWidthFold checks it against the table.
func hasWidthFold(r rune) bool {
	switch {
	case r >= 0x3001 && r <= 0x9FFF, r < 0x2000:
		return false
	}
	return true
}

// noCase reports whether r is of the scripts most Japanese text is made of
// (kana, kanji, CJK punctuation), which have no lower case: unicode.ToLower
// is a table search, run for every rune of every message otherwise.
// TestNoCase checks it against unicode.ToLower.
func noCase(r rune) bool { return r >= 0x3001 && r <= 0x9FFF }

// Fold returns s with every rune folded by FoldRune and the sound marks
// (half-width ﾞ ﾟ, spacing ゛ ゜ and combining U+3099 U+309A) composed with
// the kana before them: ﾌﾙ在宅 → フル在宅, ｶﾞｲﾄﾞ → ガイド, Ｗｅｂ → web. A mark
// that follows nothing it can voice stays, a half-width one as the
// combining mark.
//
// Fold returns s itself, without allocating, when nothing changes.
func Fold(s string) string {
	for i, r := range s {
		if FoldRune(r) != r || soundMark(r) != 0 {
			buf := make([]byte, i, len(s)+8)
			copy(buf, s[:i])
			return string(appendFoldBytes(buf, s[i:]))
		}
	}
	return s
}

// appendFoldBytes appends the folded form of s to dst as UTF-8.
func appendFoldBytes(dst []byte, s string) []byte {
	for _, r := range s {
		r = FoldRune(r)
		if m := soundMark(r); m != 0 {
			if prev, size := utf8.DecodeLastRune(dst); size > 0 {
				if c, ok := compose(prev, m); ok {
					dst = utf8.AppendRune(dst[:len(dst)-size], c)
					continue
				}
			}
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// AppendFold appends the runes of Fold(s) to dst and returns it. It
// allocates only when dst has to grow, for hot paths such as the
// classifier that reuse one buffer per message.
func AppendFold(dst []rune, s string) []rune {
	start := len(dst)
	for _, r := range s {
		r = FoldRune(r)
		if m := soundMark(r); m != 0 {
			if n := len(dst); n > start {
				if c, ok := compose(dst[n-1], m); ok {
					dst[n-1] = c
					continue
				}
			}
		}
		dst = append(dst, r)
	}
	return dst
}

// Sound marks returned by soundMark.
const (
	dakuten    = 1 // ゛ voiced
	handakuten = 2 // ゜ semi-voiced
)

// soundMark tells which sound mark r is, or 0. It takes r before or after
// folding: ﾞ and ﾟ fold to the combining U+3099 and U+309A.
func soundMark(r rune) int {
	switch r {
	case 0xFF9E, 0x3099, 0x309B:
		return dakuten
	case 0xFF9F, 0x309A, 0x309C:
		return handakuten
	}
	return 0
}

// IsSoundMark reports whether r is a (semi-)voiced sound mark in any of its
// forms: half-width, spacing or combining. Fold keeps the ones it could not
// compose; a matcher may want to drop them.
func IsSoundMark(r rune) bool { return soundMark(r) != 0 }

// compose adds a sound mark to a hiragana or katakana base (か+゛ → が,
// ハ+゜ → パ, ウ+゛ → ヴ) and reports whether the base takes it.
func compose(base rune, mark int) (rune, bool) {
	kata := base >= 'ァ' && base <= 'ヶ'
	if kata {
		base -= 'ァ' - 'ぁ'
	}
	c, ok := composeHiragana(base, mark)
	if !ok {
		return 0, false
	}
	if kata {
		c += 'ァ' - 'ぁ'
	}
	return c, true
}

func composeHiragana(base rune, mark int) (rune, bool) {
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
	return 0, false
}
