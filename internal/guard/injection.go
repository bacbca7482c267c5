// Package guard recognises messages that try to steer Akari instead of
// talking to her: requests to reveal her instructions, to ignore them, or to
// play another role. The checks are deliberately narrow — a false alarm
// answers a real worry with a refusal — and cheap, so the conversation
// engine runs them on every message, offline as well as with a model.
package guard

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/akari-career/akari/internal/jatext"
	"github.com/akari-career/akari/internal/pattern"
)

// injectionPhrases are matched against the folded message (see foldGuard):
// lower case, half-width, without spaces or punctuation.
var injectionPhrases = []string{
	// Japanese
	"前の指示を無視", "前の命令を無視", "これまでの指示を無視", "以前の指示を無視", "上の指示を無視",
	"すべての指示を無視", "全ての指示を無視", "指示を忘れて", "設定を無視", "ルールを無視",
	"システムプロンプト", "プロンプトを見せ", "プロンプトを教え", "プロンプトを表示", "プロンプトを出力",
	"プロンプトを書き出", "プロンプトを全部", "指示を見せ", "指示を教えて", "指示を全部",
	"設定を全部書き出", "設定を書き出", "設定を見せて", "内部の指示", "初期設定を",
	"開発者モード", "制限を外して", "制限を解除", "脱獄",
	// English
	"ignorepreviousinstructions", "ignoreallpreviousinstructions", "ignoreallprevious",
	"ignoretheaboveinstructions", "ignoreyourinstructions", "disregardpreviousinstructions",
	"disregardallprevious", "forgetyourinstructions", "systemprompt", "developermode",
	"revealyourprompt", "showmeyourprompt", "printyourprompt", "repeatthetextabove",
	"youarenowdan", "jailbreak",
}

// rolePlay catches "あなたは今から○○として…" and "あなたは○○になりきって":
// the role-play safety.md refuses. It needs the "you" that addresses Akari,
// so "これから管理職として頑張りたい" is not caught, and interview practice
// ("あなたは今から面接官として") is real career help and stays allowed.
// Through pattern's prefilter: nearly every message holds none of the
// words a match needs, and the regexp does not run.
var (
	rolePlay = pattern.MustCompile(
		`(?:あなた|きみ|君|お前)は(?:今から|いまから|これから|今日から)(.{0,24}?)(?:として|になって|になりきって|を演じて|のふりをして)` +
			`|(?:今から|いまから|これから)(?:あなた|きみ|君|お前)は(.{0,24}?)(?:として|になって|になりきって|を演じて|のふりをして)` +
			`|(?:あなた|きみ|君|お前)は(.{0,24}?)(?:になりきって|を演じて|のふりをして)` +
			`|youarenow|fromnowonyou|pretendtobe|pretendyouare|roleplayas`)
	allowedRole = regexp.MustCompile(`面接|人事|採用担当|上司役|先輩役|練習`)
)

// Injection reports whether text is an obvious attempt to read Akari's
// instructions or to make her drop them.
func Injection(text string) bool {
	f := foldGuard(text)
	if f == "" {
		return false
	}
	for _, p := range injectionPhrases {
		if strings.Contains(f, p) {
			return true
		}
	}
	for _, m := range rolePlay.FindAllStringIndex(f, -1) {
		if !allowedRole.MatchString(f[m[0]:m[1]]) {
			return true
		}
	}
	return false
}

// foldGuard folds width and case (jatext.Fold) and removes spaces,
// punctuation and symbols, so "Ignore  previous-instructions",
// "ｓｙｓｔｅｍ ｐｒｏｍｐｔ" and "ｼｽﾃﾑﾌﾟﾛﾝﾌﾟﾄ" are caught like their plain forms.
func foldGuard(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) {
			return -1
		}
		return r
	}, jatext.Fold(s))
}
