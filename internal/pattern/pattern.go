// Package pattern is regular expressions with a cheap check in front: the
// literals one of which every match must contain, found from the
// expression's syntax tree. Most messages hold none of a pattern's words,
// and looking for a few substrings costs a fraction of running the regexp
// (Go's engine has no such prefilter for patterns that do not start with a
// literal). Intents and facts alike are read through it.
package pattern

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Pattern is a regular expression with its prefilter. It answers as the
// bare regexp does (a test holds every pattern of the project to it); only
// the work differs. Safe for concurrent use.
type Pattern struct {
	re   *regexp.Regexp
	need []string // nil: no literal is required; the regexp always runs
	// index holds a long need list, so one pass over the message finds
	// any of them.
	index *firstIndex
	// branches, for a large pattern that is an alternation at the top,
	// are its alternatives as patterns of their own: MatchString tries
	// each behind its own prefilter, and a small program runs on Go's
	// backtracker where the whole one needs its slower NFA.
	branches []*Pattern
	// plain: the expression is only literals (an alternation of words,
	// no anchor, no repetition), so holding one of need is matching.
	plain bool
	// branchIndex holds every branch's literals, tagged with the branch,
	// so one pass over the message tells which branches may match, where
	// each branch's own prefilter would read it once per branch.
	branchIndex *firstIndex
	// always lists the branches that require no literal.
	always []int
	// also are more literal sets, one of each of which every match holds
	// besides need: the other parts of a sequence (仕事…見せて needs a
	// word of each part), checked before the regexp runs.
	also [][]string
	// tail, for an expression that is words and then closing marks at
	// the end of the text ((ですか|かな|の)[。!？]*$), answers without the
	// regexp, which tries a match from every position of the message.
	tail *tail
}

// maxBranches bounds the branches one pass can mark.
const maxBranches = 256

// splitFrom is the size of program (in instructions) from which a top-level
// alternation is matched branch by branch.
const splitFrom = 200

// indexFrom is the number of literals from which one pass with an index
// beats a strings.Contains per literal.
const indexFrom = 8

// MustCompile is regexp.MustCompile with the prefilter derived from the
// expression's syntax.
func MustCompile(expr string) *Pattern {
	p := &Pattern{re: regexp.MustCompile(expr)}
	if tree, err := syntax.Parse(expr, syntax.Perl); err == nil {
		simple := tree.Simplify()
		p.need = required(simple)
		if s, ok := exact(simple); ok && onlyLiterals(tree) && usable(s) != nil {
			p.need, p.plain = s, true
		}
		p.also = partsRequired(simple, p.need)
		p.tail = tailOf(simple)
		if tree.Op == syntax.OpAlternate && progSize(tree) >= splitFrom {
			for _, sub := range tree.Sub {
				p.branches = append(p.branches, MustCompile(sub.String()))
			}
			if len(p.branches) <= maxBranches {
				p.branchIndex = &firstIndex{}
				for i, b := range p.branches {
					if b.need == nil {
						p.always = append(p.always, i)
					}
					for _, lit := range b.need {
						p.branchIndex.add(lit, i)
					}
				}
			}
		}
	}
	if len(p.need) >= indexFrom {
		p.index = &firstIndex{}
		for _, lit := range p.need {
			p.index.add(lit, 0)
		}
	}
	return p
}

// MatchString reports whether the pattern matches s.
func (p *Pattern) MatchString(s string) bool {
	if !p.may(s) {
		return false
	}
	return p.matchPassed(s)
}

// matchPassed is MatchString once the prefilter has let s through.
func (p *Pattern) matchPassed(s string) bool {
	if p.plain {
		return true
	}
	if p.tail != nil {
		return p.tail.match(s)
	}
	for _, set := range p.also {
		if !containsAny(s, set) {
			return false
		}
	}
	if p.branches == nil {
		return p.re.MatchString(s)
	}
	if p.branchIndex == nil {
		for _, b := range p.branches {
			if b.MatchString(s) {
				return true
			}
		}
		return false
	}
	var may [maxBranches / 64]uint64
	for _, i := range p.always {
		may[i/64] |= 1 << (i % 64)
	}
	p.branchIndex.each(s, func(i int) bool {
		may[i/64] |= 1 << (i % 64)
		return true
	})
	for i, b := range p.branches {
		if may[i/64]&(1<<(i%64)) != 0 && b.matchPassed(s) {
			return true
		}
	}
	return false
}

// onlyLiterals reports whether re is made of literals alone: words,
// classes of characters, their alternations and sequences — nothing that
// matches by position (^, $, \b) or repeats.
func onlyLiterals(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpLiteral:
		return re.Flags&syntax.FoldCase == 0
	case syntax.OpCharClass:
		return true
	case syntax.OpCapture, syntax.OpAlternate, syntax.OpConcat:
		for _, sub := range re.Sub {
			if !onlyLiterals(sub) {
				return false
			}
		}
		return true
	}
	return false
}

// progSize is the number of instructions re compiles to.
func progSize(re *syntax.Regexp) int {
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		return 0
	}
	return len(prog.Inst)
}

// FindStringIndex is regexp.Regexp.FindStringIndex.
func (p *Pattern) FindStringIndex(s string) []int {
	if !p.may(s) {
		return nil
	}
	return p.re.FindStringIndex(s)
}

// FindStringSubmatchIndex is regexp.Regexp.FindStringSubmatchIndex.
func (p *Pattern) FindStringSubmatchIndex(s string) []int {
	if !p.may(s) {
		return nil
	}
	return p.re.FindStringSubmatchIndex(s)
}

// FindAllStringIndex is regexp.Regexp.FindAllStringIndex.
func (p *Pattern) FindAllStringIndex(s string, n int) [][]int {
	if !p.may(s) {
		return nil
	}
	return p.re.FindAllStringIndex(s, n)
}

// FindAllStringSubmatchIndex is regexp.Regexp.FindAllStringSubmatchIndex.
func (p *Pattern) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !p.may(s) {
		return nil
	}
	return p.re.FindAllStringSubmatchIndex(s, n)
}

// Regexp is the bare regular expression, for tests that hold the pattern
// to it.
func (p *Pattern) Regexp() *regexp.Regexp { return p.re }

// Needs are the literals one of which every match contains; nil when the
// expression requires none and the regexp always runs.
func (p *Pattern) Needs() []string { return p.need }

// may reports whether s can match: it holds a required literal, or the
// pattern requires none.
func (p *Pattern) may(s string) bool {
	switch {
	case p.index != nil:
		found := false
		p.index.each(s, func(int) bool {
			found = true
			return false
		})
		return found
	case p.need != nil:
		return containsAny(s, p.need)
	}
	return true
}

func (p *Pattern) String() string { return p.re.String() }

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// maxExact bounds the strings an exact part of a pattern may stand for.
const maxExact = 64

// exact returns every string re matches, when they are few; zero-width
// assertions match "" only.
func exact(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return []string{""}, true
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false
		}
		return []string{string(re.Rune)}, true
	case syntax.OpCharClass:
		var out []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(out) == maxExact {
					return nil, false
				}
				out = append(out, string(r))
			}
		}
		return out, true
	case syntax.OpCapture:
		return exact(re.Sub[0])
	case syntax.OpQuest:
		s, ok := exact(re.Sub[0])
		if !ok || len(s) == maxExact {
			return nil, false
		}
		return append(s, ""), true
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			s, ok := exact(sub)
			if !ok || len(out)+len(s) > maxExact {
				return nil, false
			}
			out = append(out, s...)
		}
		return out, true
	case syntax.OpConcat:
		out := []string{""}
		for _, sub := range re.Sub {
			s, ok := exact(sub)
			if !ok {
				return nil, false
			}
			if out = cross(out, s); out == nil {
				return nil, false
			}
		}
		return out, true
	}
	return nil, false
}

// cross returns every a followed by every b, or nil past maxExact.
func cross(as, bs []string) []string {
	if len(as)*len(bs) > maxExact {
		return nil
	}
	out := make([]string, 0, len(as)*len(bs))
	for _, a := range as {
		for _, b := range bs {
			out = append(out, a+b)
		}
	}
	return out
}

// required returns literals one of which every match of re contains, or
// nil when there are none to require.
func required(re *syntax.Regexp) []string {
	if s, ok := exact(re); ok && re.Op != syntax.OpConcat {
		return usable(s) // a concatenation may do better with a part
	}
	switch re.Op {
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return required(re.Sub[0])
		}
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			s := required(sub)
			if s == nil {
				return nil
			}
			out = append(out, s...)
		}
		return out
	case syntax.OpConcat:
		// Every part's requirement holds for the whole; runs of exact
		// parts combine into longer literals. The cheapest selective set
		// wins (see better).
		var best []string
		consider := func(s []string) {
			if s != nil && (best == nil || better(s, best)) {
				best = s
			}
		}
		run := []string{""}
		for _, sub := range re.Sub {
			s, ok := exact(sub)
			if ok {
				consider(usable(s))
				if next := cross(run, s); next != nil {
					run = next
					continue
				}
			}
			consider(usable(run))
			run = []string{""}
			if ok {
				run = s
			} else {
				consider(required(sub))
			}
		}
		consider(usable(run))
		return best
	}
	return nil
}

// partsRequired returns, for a sequence, the literal sets its parts
// require other than need (the one the prefilter looks for first); nil
// for anything else. Each part's requirement holds for the whole.
func partsRequired(re *syntax.Regexp, need []string) [][]string {
	for re.Op == syntax.OpCapture {
		re = re.Sub[0]
	}
	if re.Op != syntax.OpConcat {
		return nil
	}
	var out [][]string
	for _, sub := range re.Sub {
		if r := required(sub); r != nil && !slices.Equal(r, need) && len(out) < maxParts {
			out = append(out, r)
		}
	}
	return out
}

// maxParts bounds the extra literal sets a pattern checks.
const maxParts = 3

// usable drops a literal set that requires nothing (it holds "").
func usable(s []string) []string {
	if len(s) == 0 || slices.Contains(s, "") {
		return nil
	}
	return s
}

// selective is the weight (see weight) past which a longer literal hardly
// rules out more messages: three kanji, or six kana. A literal that lets a
// message through costs a regexp run (a microsecond or more); one more
// literal to look for costs tens of nanoseconds.
const selective = 6

// better reports whether literal set a makes a better prefilter than b:
// its least selective literal is more selective, or as selective with
// fewer literals to look for.
func better(a, b []string) bool {
	sa, sb := min(weakest(a), selective), min(weakest(b), selective)
	if sa != sb {
		return sa > sb
	}
	return len(a) < len(b)
}

// weakest is the weight of the set's least selective literal.
func weakest(s []string) int {
	n := weight(s[0])
	for _, x := range s[1:] {
		n = min(n, weight(x))
	}
	return n
}

// weight scores how rarely a literal occurs by chance: kanji, katakana and
// symbols count two, kana and ASCII one (の, は, いた are in most
// messages; 涙 or ライン are not).
func weight(lit string) int {
	n := 0
	for _, r := range lit {
		switch {
		case unicode.Is(unicode.Hiragana, r), r < utf8.RuneSelf:
			n++
		default:
			n += 2
		}
	}
	return n
}
