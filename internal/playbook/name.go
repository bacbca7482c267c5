package playbook

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxNameRunes caps a display name in a model's prompt. LINE allows 20
// characters; anything longer did not come from LINE.
const MaxNameRunes = 20

// QuotableName makes a LINE display name — which the person chooses, and
// which may try to close the quote around it and write instructions after
// it — safe to quote inside 「…」 in a system prompt: one line, no quote
// marks or brackets that could end the quote, no markup that could open a
// section, at most MaxNameRunes characters. What is left is data.
func QuotableName(name string) string {
	var b strings.Builder
	for _, r := range name {
		switch {
		case unicode.IsControl(r) || unicode.IsSpace(r):
			r = ' '
		case strings.ContainsRune("「」『』【】〔〕［］｛｝＜＞《》〈〉\"'`“”‘’＂＇#＃{}<>[]\\|", r):
			continue
		case !unicode.IsPrint(r):
			continue
		}
		b.WriteRune(r)
	}
	s := strings.Join(strings.Fields(b.String()), " ")
	if utf8.RuneCountInString(s) > MaxNameRunes {
		s = strings.TrimSpace(string([]rune(s)[:MaxNameRunes]))
	}
	return s
}
