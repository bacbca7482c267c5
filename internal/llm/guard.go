package llm

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/guard"
	"github.com/akari-career/akari/internal/jatext"
	"github.com/akari-career/akari/internal/playbook"
)

// The leak guard. safety.md already tells the model never to reveal its
// instructions, and guard.Injection keeps obvious attempts from reaching
// the model; this is the last line: a reply that quotes the instructions
// anyway is replaced.

// Injection reports whether text is an obvious attempt to read Akari's
// instructions or to make her drop them (see package guard).
func Injection(text string) bool { return guard.Injection(text) }

// leakRunes is the length of a verbatim chunk of the instructions that
// makes a reply a leak.
const leakRunes = 40

// leakGuard finds replies that quote the persona or the safety rules.
type leakGuard struct {
	secret string // folded instructions
}

// newLeakGuard builds the guard from the persona rendered without any
// person or worry (its fixed text) and the safety rules. Lines with phone
// numbers are left out: the hotline list is meant to be repeated.
func newLeakGuard(lib *playbook.Library) leakGuard {
	persona, _ := lib.Persona(playbook.PersonaData{})
	var b strings.Builder
	for _, src := range []string{persona, lib.Safety()} {
		for line := range strings.SplitSeq(src, "\n") {
			if digits(line) >= 6 {
				continue
			}
			b.WriteString(foldLeak(line))
		}
	}
	return leakGuard{secret: b.String()}
}

// leaks reports whether reply holds leakRunes or more consecutive runes of
// the instructions (after folding away spaces and Markdown). Every such
// run contains one of the reply's aligned leakRunes/2-rune chunks, so only
// those are looked up, then extended both ways.
func (g leakGuard) leaks(reply string) bool {
	if g.secret == "" {
		return false
	}
	r := []rune(foldLeak(reply))
	const step = leakRunes / 2
	for at := 0; at+step <= len(r); at += step {
		chunk := string(r[at : at+step])
		for from := 0; ; {
			i := strings.Index(g.secret[from:], chunk)
			if i < 0 {
				break
			}
			pos := from + i
			if g.matchLen(r, at, pos, step) >= leakRunes {
				return true
			}
			from = pos + len(chunk)
		}
	}
	return false
}

// matchLen extends a match of reply[at:at+n] found at secret[pos:] to the
// left and right and returns its length in runes.
func (g leakGuard) matchLen(reply []rune, at, pos, n int) int {
	total := n
	// Right.
	j := pos + len(string(reply[at:at+n]))
	for k := at + n; k < len(reply) && j < len(g.secret); k++ {
		c, size := utf8.DecodeRuneInString(g.secret[j:])
		if c != reply[k] {
			break
		}
		j += size
		total++
	}
	// Left.
	j = pos
	for k := at - 1; k >= 0 && j > 0; k-- {
		c, size := utf8.DecodeLastRuneInString(g.secret[:j])
		if c != reply[k] {
			break
		}
		j -= size
		total++
	}
	return total
}

// foldLeak folds width and case (jatext.Fold) and drops whitespace and
// Markdown decoration, which a model changes freely when it quotes.
func foldLeak(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || strings.ContainsRune("#*-_|>`・「」", r) {
			return -1
		}
		return r
	}, jatext.Fold(s))
}

func digits(s string) int {
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n++
		}
	}
	return n
}
