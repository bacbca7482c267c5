package worry

import (
	"strings"
	"unicode/utf8"
)

// openingWords are what a message may open with before its worry: Akari's
// name called, a greeting, a 聞いて. The classifier learned those words
// from messages about Akari herself (あかりちゃんって何者？), so a worry
// told after them (あかりちゃん聞いて、上司が毎朝詰めてくる) was read as
// small talk and answered with her introduction. Longer words first.
var openingWords = []string{
	"あかりちゃん", "あかりさん", "あかりちゃ", "アカリチャン", "アカリサン", "akarichan", "あかり", "アカリ", "akari",
	"夜分遅くに失礼します", "夜分に失礼します", "お疲れ様です", "おつかれさまです", "お疲れさまです", "おつかれ",
	"おはようございます", "おはよう", "こんばんは", "こんばんわ", "こんにちは", "こんにちわ", "はじめまして", "初めまして",
	"すみません", "ねえ", "ねぇ",
	"聞いてください", "聞いてほしい", "聞いて欲しい", "聞いてくれ", "聞いてや", "聞いてよ", "聞いてー", "聞いて〜", "聞いて",
}

// openingMarks separate an opening from what follows it.
const openingMarks = " \t\n　、。,.!！?？~〜ー…"

// minAfterOpening is how long what follows the opening must be to be read
// alone: a greeting with a word after it (あかりちゃん、よろしく) is still
// small talk.
const minAfterOpening = 10

// withoutOpening returns text without its opening when a worry follows
// it, else text. It allocates nothing: classifying a message does not.
func withoutOpening(text string) string {
	rest := text
	for {
		word := ""
		for _, w := range openingWords {
			if strings.HasPrefix(rest, w) {
				word = w
				break
			}
		}
		if word == "" {
			break
		}
		after := rest[len(word):]
		if after == "" || !strings.ContainsRune(openingMarks, firstRune(after)) && !opens(after) {
			// ねえさんが…, あかりがつかない: a word, not an opening.
			break
		}
		rest = strings.TrimLeft(after, openingMarks)
	}
	if len(rest) == len(text) || utf8.RuneCountInString(rest) < minAfterOpening {
		return text
	}
	return rest
}

// opens reports whether s starts with an opening word.
func opens(s string) bool {
	for _, w := range openingWords {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
