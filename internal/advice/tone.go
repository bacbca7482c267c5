package advice

import (
	"strings"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/akari"
)

// calm makes a reply fit a person in pain: no 「！」 and no cheerful emoji,
// whatever line it came from.
func calm(texts []string) []string {
	out := make([]string, len(texts))
	for i, t := range texts {
		var b strings.Builder
		rs := []rune(t)
		for j, r := range rs {
			switch {
			case r == '！' || r == '!':
				next := rune(0)
				if j+1 < len(rs) {
					next = rs[j+1]
				}
				if next == '？' || next == '?' || next == '！' || next == '!' || next == '\n' || next == 0 || next == '」' {
					continue
				}
				b.WriteRune('。')
			case cheerful(r):
				// dropped
			default:
				b.WriteRune(r)
			}
		}
		s := strings.ReplaceAll(b.String(), "。。", "。")
		s = strings.ReplaceAll(s, " \n", "\n")
		out[i] = strings.TrimSpace(s)
	}
	return out
}

// cheerful reports emoji and marks that sound bright: pictographs, the
// sparkles and flowers, and the variation selector they carry.
func cheerful(r rune) bool {
	switch {
	case r >= 0x1F300 && r <= 0x1FAFF: // pictographs, emoticons, symbols
		return true
	case r == '✨' || r == '☺' || r == '♪' || r == '♡' || r == '❤' || r == '⭐' || r == '☀':
		return true
	case r == 0xFE0F:
		return true
	}
	return false
}

// minRepeatRunes: shorter sentences (「ありがとうございます。」) may recur.
const minRepeatRunes = 16

// dedupe drops every sentence of texts that stands verbatim in one of
// Akari's previous two replies, so she never says the same thing twice in
// a row, whatever line it came from. A line left empty goes too.
func dedupe(texts []string, recent []akari.Turn) []string {
	if len(recent) == 0 {
		return texts
	}
	out := make([]string, 0, len(texts))
	var scratch [16]string
	for _, t := range texts {
		lines := scratch[:0]
		for line := range strings.SplitSeq(t, "\n") {
			if strings.TrimSpace(line) == "" {
				lines = append(lines, "")
				continue
			}
			if k := strings.TrimSpace(unsaid(line, recent)); k != "" && !isNumberOnly(k) {
				lines = append(lines, k)
			}
		}
		if s := tidy(lines); s != "" {
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		return texts // never say nothing
	}
	return out
}

// unsaid is line without the sentences of it said lately: line itself,
// not a copy, when none was.
func unsaid(line string, recent []akari.Turn) string {
	var kept strings.Builder
	dropped := false
	at := 0 // where s starts in line
	for s := range strings.SplitAfterSeq(line, "。") {
		t := strings.TrimSpace(s)
		switch {
		case atLeastRunes(t, minRepeatRunes) && saidIn(t, recent):
			if !dropped {
				dropped = true
				kept.WriteString(line[:at])
			}
		case dropped:
			kept.WriteString(s)
		}
		at += len(s)
	}
	if !dropped {
		return line
	}
	return kept.String()
}

func saidIn(s string, recent []akari.Turn) bool {
	q := akari.PieceOf(s)
	for _, r := range recent {
		if r.SaysPiece(q) {
			return true
		}
	}
	return false
}

// isNumberOnly: a step whose text was dropped leaves its number behind.
func isNumberOnly(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	return s != "" && size == len(s) && r >= '①' && r <= '⑳'
}

// atLeastRunes reports whether s has n runes or more, counting no further
// than n (a rune takes a byte at least, so fewer bytes than n say no at
// once).
func atLeastRunes(s string, n int) bool {
	if len(s) < n {
		return false
	}
	for range s {
		if n--; n <= 0 {
			return true
		}
	}
	return n <= 0
}

// tidy joins lines, collapsing the blank lines left by dropped ones.
func tidy(lines []string) string {
	size, only, n := 0, "", 0
	for _, l := range lines {
		if l != "" {
			size += len(l) + 2
			only = l
			n++
		}
	}
	if n <= 1 {
		return only // nothing to join: no copy
	}
	var b strings.Builder
	b.Grow(size)
	blank := false
	for _, l := range lines {
		if l == "" {
			blank = b.Len() > 0
			continue
		}
		if b.Len() > 0 {
			if blank {
				b.WriteString("\n\n")
			} else {
				b.WriteString("\n")
			}
		}
		blank = false
		b.WriteString(l)
	}
	return b.String()
}
