package worry

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// isSeparatorByTables and isInvisibleByTables are isSeparator and
// isInvisible as they were before the kana and kanji fast path: Unicode's
// tables for every rune outside ASCII.
func isSeparatorByTables(r rune) bool {
	if r < utf8.RuneSelf {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
	}
	return unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r)
}

func isInvisibleByTables(r rune) bool {
	return unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) || unicode.Is(unicode.Cf, r) ||
		unicode.Is(unicode.Variation_Selector, r) || unicode.IsControl(r)
}

func TestRuneClassesAgreeWithUnicode(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if got, want := isSeparator(r), isSeparatorByTables(r); got != want {
			t.Errorf("isSeparator(%U) = %v, want %v", r, got, want)
		}
		if got, want := isInvisible(r), isInvisibleByTables(r); got != want {
			t.Errorf("isInvisible(%U) = %v, want %v", r, got, want)
		}
	}
}
