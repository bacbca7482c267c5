package jatext

import "strings"

// FoldKanaRune folds katakana to hiragana (リモート → りもーと) and the small
// vowels ぁぃぅぇぉ to full size (しにたぃ → しにたい), so a phrase list
// needs one spelling. The small っゃゅょ stay: they are part of how a word
// is spelled (ちょっと), not a way of stretching it. The long-vowel mark ー
// is not kana and stays too.
func FoldKanaRune(r rune) rune {
	if r >= 'ァ' && r <= 'ヶ' {
		r -= 'ァ' - 'ぁ'
	}
	switch r {
	case 'ぁ', 'ぃ', 'ぅ', 'ぇ', 'ぉ':
		r++
	}
	return r
}

// FoldKana applies FoldKanaRune to every rune of s. Callers usually Fold
// first, so that half-width katakana is full-width by then.
func FoldKana(s string) string { return strings.Map(FoldKanaRune, s) }
