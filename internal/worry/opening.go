package worry

import (
	"regexp"
	"unicode/utf8"
)

// opening matches what a message may open with before its worry: Akari's
// name called, a greeting, a 聞いて. The classifier learned those words
// from messages about Akari herself (あかりちゃんって何者？), so a worry
// told after them (あかりちゃん聞いて、上司が毎朝詰めてくる) was read as
// small talk and answered with her introduction.
var opening = regexp.MustCompile(`^(?:(?:あかり(?:ちゃん|さん|ちゃ)?|アカリ(?:チャン|サン)?|akari(?:chan)?|こんばんは|こんばんわ|こんにちは|こんにちわ|おはよう(?:ございます)?|はじめまして|初めまして|お疲れ様です|おつかれさまです|お疲れさまです|おつかれ|夜分に失礼します|夜分遅くに失礼します|すみません|ねえ|ねぇ|聞いて(?:や|よ|ください|くれ|ほしい|欲しい|ー|〜)?)[\s、。,.!！?？~〜ー…]*)+`)

// minAfterOpening is how long what follows the opening must be to be read
// alone: a greeting with a word after it (あかりちゃん、よろしく) is still
// small talk.
const minAfterOpening = 10

// withoutOpening returns text without its opening when a worry follows
// it, else text.
func withoutOpening(text string) string {
	loc := opening.FindStringIndex(text)
	if loc == nil || loc[1] == 0 {
		return text
	}
	rest := text[loc[1]:]
	if utf8.RuneCountInString(rest) < minAfterOpening {
		return text
	}
	return rest
}
