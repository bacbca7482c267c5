package pattern

import (
	"regexp/syntax"
	"strings"
	"unicode/utf8"
)

// tail matches an expression of words, then any run of closing marks, at
// the end of the text: (ですか|かな|の)[。!！…]*$. Go's regexp has no
// shortcut for an end anchor and tries a match from every position, which
// made one such question check the costliest pattern of a message.
type tail struct {
	words []string
	marks []rune // pairs of inclusive ranges, as a char class holds them; nil: none
}

// tailOf returns the tail form of a simplified expression, or nil.
func tailOf(re *syntax.Regexp) *tail {
	if re.Op != syntax.OpConcat || len(re.Sub) < 2 || re.Sub[len(re.Sub)-1].Op != syntax.OpEndText {
		return nil
	}
	subs := re.Sub[:len(re.Sub)-1]
	t := &tail{}
	if last := subs[len(subs)-1]; last.Op == syntax.OpStar {
		switch m := last.Sub[0]; {
		case m.Op == syntax.OpCharClass:
			t.marks = m.Rune
		case m.Op == syntax.OpLiteral && len(m.Rune) == 1 && m.Flags&syntax.FoldCase == 0:
			t.marks = []rune{m.Rune[0], m.Rune[0]} // [w]* is simplified to w*
		default:
			return nil
		}
		subs = subs[:len(subs)-1]
	}
	if len(subs) == 0 {
		return nil
	}
	body := subs[0]
	if len(subs) > 1 {
		body = &syntax.Regexp{Op: syntax.OpConcat, Sub: subs}
	}
	if !onlyLiterals(body) {
		return nil
	}
	words, ok := exact(body)
	if !ok {
		return nil
	}
	t.words = words
	return t
}

// match reports whether s ends with one of the words followed only by
// marks: each end the run of marks leaves is tried, as a word may end in
// a mark itself.
func (t *tail) match(s string) bool {
	for end := len(s); ; {
		for _, w := range t.words {
			if strings.HasSuffix(s[:end], w) {
				return true
			}
		}
		if end == 0 {
			return false
		}
		r, size := utf8.DecodeLastRuneInString(s[:end])
		if !t.mark(r) {
			return false
		}
		end -= size
	}
}

func (t *tail) mark(r rune) bool {
	for i := 0; i+1 < len(t.marks); i += 2 {
		if t.marks[i] <= r && r <= t.marks[i+1] {
			return true
		}
	}
	return false
}
