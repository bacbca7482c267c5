package jatext

import (
	"iter"
	"strings"
)

// Indices yields the byte offset of each occurrence of word in text, from
// the left, occurrences not overlapping: 埼玉か埼玉 yields 0 and 9 for 埼玉.
// An empty word yields nothing.
func Indices(text, word string) iter.Seq[int] {
	return func(yield func(int) bool) {
		if word == "" {
			return
		}
		for from := 0; ; {
			i := strings.Index(text[from:], word)
			if i < 0 {
				return
			}
			i += from
			if !yield(i) {
				return
			}
			from = i + len(word)
		}
	}
}
