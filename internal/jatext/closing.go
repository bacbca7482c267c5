package jatext

import (
	"strings"
	"unicode"
)

// TrimClosing drops what closes a message or a sentence without asking
// anything — 。！…, spaces, w and 笑, emoji (どうしよ💦) — so its last words
// can be read for a question. A question mark stays.
func TrimClosing(t string) string {
	return strings.TrimRightFunc(t, func(r rune) bool {
		return r != '?' && r != '？' && (unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) || r == 'w' || r == '笑')
	})
}
