package jatext

import (
	"strings"
	"unicode"
)

// HasKanji reports whether s holds a kanji: a message without one was
// typed in kana, often a word at a time (あした も しごと), and is read with
// its words together.
func HasKanji(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Han, r) }) >= 0
}
