package llm

import (
	"errors"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// What LINE shows well: plain text, at most two messages of about 600
// characters (the same bounds as the offline advisor's replies).
const (
	MaxTexts = 2
	MaxRunes = 600
	// minCut is how far into a text a sentence end must be for a trim to
	// stop there rather than mid-sentence.
	minCut = MaxRunes / 3
)

// errMalformed marks a reply that cannot be shown; the caller falls back.
var errMalformed = errors.New("malformed reply")

var (
	fence     = regexp.MustCompile("(?m)^\\s*(```|~~~).*$")
	heading   = regexp.MustCompile(`(?m)^[ \t]*#{1,6}[ \t]+`)
	tableRule = regexp.MustCompile(`(?m)^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$`)
	bullet    = regexp.MustCompile(`(?m)^([ \t]*)[-*+][ \t]+`)
	emphasis  = regexp.MustCompile(`\*\*|__`)
	link      = regexp.MustCompile(`\[([^\]\n]+)\]\((https?://[^)\s]+)\)`)
	blankRuns = regexp.MustCompile(`\n{3,}`)
)

// formatReply turns the model's text into at most MaxTexts plain texts of
// at most MaxRunes runes each. Markdown that LINE would show as symbols is
// removed (headings, bold, tables, code fences, link syntax); the text is
// split at a blank line, and what does not fit is trimmed at a sentence
// end. Text that is empty or not a reply at all is errMalformed.
func formatReply(raw string) ([]string, error) {
	s := strings.ReplaceAll(raw, "\r\n", "\n")
	s = fence.ReplaceAllString(s, "")
	s = heading.ReplaceAllString(s, "")
	s = tableRule.ReplaceAllString(s, "")
	s = tableRows(s)
	s = bullet.ReplaceAllString(s, "${1}・")
	s = emphasis.ReplaceAllString(s, "")
	s = link.ReplaceAllString(s, "$1 $2")
	s = trimLines(s)
	s = blankRuns.ReplaceAllString(s, "\n\n")
	s = strings.TrimSpace(s)
	if err := checkReply(s); err != nil {
		return nil, err
	}
	return split(s), nil
}

// tableRows turns "| a | b |" rows into "・a / b".
func tableRows(s string) string {
	if !strings.Contains(s, "|") {
		return s
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if len(t) < 2 || t[0] != '|' || t[len(t)-1] != '|' {
			continue
		}
		var cells []string
		for c := range strings.SplitSeq(strings.Trim(t, "|"), "|") {
			if c = strings.TrimSpace(c); c != "" {
				cells = append(cells, c)
			}
		}
		lines[i] = "・" + strings.Join(cells, " / ")
	}
	return strings.Join(lines, "\n")
}

func trimLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRightFunc(l, unicode.IsSpace)
	}
	return strings.Join(lines, "\n")
}

// checkReply refuses what cannot be a reply from Akari: nothing, no
// Japanese at all, broken encoding, or a stuck model repeating itself.
func checkReply(s string) error {
	if s == "" {
		return errors.Join(errMalformed, errors.New("empty reply"))
	}
	if !utf8.ValidString(s) || strings.ContainsRune(s, utf8.RuneError) {
		return errors.Join(errMalformed, errors.New("reply is not valid text"))
	}
	japanese, run, last := 0, 0, rune(0)
	for _, r := range s {
		if unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Han) {
			japanese++
		}
		if r == last && !unicode.IsSpace(r) {
			if run++; run >= 30 {
				return errors.Join(errMalformed, errors.New("reply repeats one character"))
			}
		} else {
			run, last = 1, r
		}
	}
	if japanese < 5 {
		return errors.Join(errMalformed, errors.New("reply has no Japanese"))
	}
	return nil
}

// split cuts s into at most MaxTexts texts of at most MaxRunes runes,
// preferring a blank line, then a line break, then a sentence end, and
// among those the most even cut. When s is longer than two full texts, the
// first is filled as far as a boundary allows and the rest trimmed.
func split(s string) []string {
	n := utf8.RuneCountInString(s)
	if n <= MaxRunes {
		return []string{s}
	}
	r := []rune(s)
	best, fallback, fallbackLen := -1, -1, 0
	for _, level := range []func([]rune, int) bool{blankLineAt, lineBreakAt, sentenceEndAt} {
		bestGap, longest, longestLen := -1, -1, 0
		for i := 1; i < len(r); i++ {
			if !level(r, i) {
				continue
			}
			first, second := trimmedLen(r[:i]), trimmedLen(r[i:])
			if first == 0 || first > MaxRunes {
				continue
			}
			if second <= MaxRunes && (bestGap < 0 || abs(first-second) < bestGap) {
				best, bestGap = i, abs(first-second) // both fit: the most even cut
			}
			if first > longestLen {
				longest, longestLen = i, first
			}
		}
		if bestGap >= 0 {
			break
		}
		// Nothing fits in two: fill the first text as far as the best kind
		// of boundary allows, if that fills at least half of it.
		if longest >= 0 && (fallback < 0 || (fallbackLen < MaxRunes/2 && longestLen > fallbackLen)) {
			fallback, fallbackLen = longest, longestLen
		}
	}
	if best < 0 {
		best = fallback
	}
	if best < 0 {
		return []string{trimToSentence(s, MaxRunes)}
	}
	first := strings.TrimSpace(string(r[:best]))
	second := trimToSentence(strings.TrimSpace(string(r[best:])), MaxRunes)
	return []string{first, second}
}

// trimmedLen is the rune count of r without surrounding white space.
func trimmedLen(r []rune) int {
	i, j := 0, len(r)
	for i < j && unicode.IsSpace(r[i]) {
		i++
	}
	for j > i && unicode.IsSpace(r[j-1]) {
		j--
	}
	return j - i
}

func blankLineAt(r []rune, i int) bool {
	return i >= 2 && r[i-1] == '\n' && r[i-2] == '\n'
}

func lineBreakAt(r []rune, i int) bool { return r[i-1] == '\n' }

func sentenceEndAt(r []rune, i int) bool { return isSentenceEnd(r[i-1]) && !isSentenceEnd(r[i]) }

func isSentenceEnd(c rune) bool {
	switch c {
	case '。', '！', '？', '!', '?', '♪':
		return true
	}
	return false
}

// trimToSentence keeps at most max runes of s, ending at the last sentence
// end or line break within them when one is far enough in; otherwise it
// cuts and adds "…".
func trimToSentence(s string, max int) string {
	r := []rune(s)
	if len(r) <= max {
		return s
	}
	for i := max; i > minCut; i-- {
		if isSentenceEnd(r[i-1]) || r[i-1] == '\n' {
			// Keep a closing bracket or emoji right after the sentence end.
			for i < max && i < len(r) && (strings.ContainsRune("」』）)", r[i]) || r[i] >= 0x1F300) {
				i++
			}
			return strings.TrimSpace(string(r[:i]))
		}
	}
	return strings.TrimSpace(string(r[:max-1])) + "…"
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
