package advice

import (
	"slices"
	"strings"

	"github.com/akari-career/akari/internal/playbook"
)

// Every pick walks a list from a deterministic starting point and takes the
// first line Akari has not said recently; when all were said, it takes the
// line at the starting point anyway, because something must be said.

// pickSteps returns up to stepsPerReply steps. Steps are used in file
// order (operators put the most useful first) through a window that moves
// by stepsPerReply with every guidance reply in the category, so the second
// message on the same worry gets the next steps, not the same ones. One step
// that speaks to the person's own words (a step containing a matched term)
// is brought to the front when the window does not already hold one.
func pickSteps(steps []string, terms []string, start int, in input) []string {
	if len(steps) == 0 {
		return nil
	}
	n := len(steps)
	start = mod(start, n)
	out := make([]string, 0, stepsPerReply)
	if len(terms) > 0 {
		for i := range n {
			if s := steps[(start+i)%n]; containsAny(s, terms) && !in.alreadySaid(s) {
				if i >= stepsPerReply {
					out = append(out, s)
				}
				break
			}
		}
	}
	for i := 0; i < n && len(out) < stepsPerReply; i++ {
		if s := steps[(start+i)%n]; !in.alreadySaid(s) && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	if len(out) >= 1 || n < 2 {
		// One step not said yet is better than old ones around it.
		return out
	}
	// Everything was said recently: keep the rotation, allow repeats.
	for i := 0; i < n && len(out) < stepsPerReply; i++ {
		if s := steps[(start+i)%n]; !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// pickKeywords returns the tailored lines for the words the person used,
// in file order (operators list the most useful first), skipping lines said
// recently and taking one line per term: a playbook may hold a second line
// for the same word, used once the first was said. It also returns the
// matched terms, so the insight can avoid repeating them.
func pickKeywords(kws []playbook.Keyword, in input) (lines, terms []string) {
	for _, k := range kws {
		if !k.Fits(in.mem) {
			continue
		}
		for _, t := range k.Terms {
			if in.index(t) >= 0 {
				if !in.alreadySaid(k.Line) && !slices.Contains(terms, t) {
					lines = append(lines, k.Line)
					terms = append(terms, t)
				}
				break
			}
		}
	}
	return lines, terms
}

// pickEmpathy prefers a line whose keywords the message contains: the first
// in file order on the first guidance reply, the next one on later replies,
// never one said recently. Otherwise it takes a general line, chosen by the
// message's wording so different messages open differently.
func pickEmpathy(lines []playbook.Line, in input) string {
	var matched []string
	for _, l := range lines {
		if len(l.Keywords) > 0 && l.Fits(in.mem) && matchAt(l.Keywords, in) >= 0 {
			matched = append(matched, l.Text)
		}
	}
	for i := range matched {
		if s := matched[(in.guide+i)%len(matched)]; !in.alreadySaid(s) {
			return s
		}
	}
	return pickGeneral(lines, int(in.msg%1024)+in.guide, in)
}

// pickGeneral picks among the lines without keywords.
func pickGeneral(lines []playbook.Line, seed int, in input) string {
	var general []string
	for _, l := range lines {
		if len(l.Keywords) == 0 && l.Fits(in.mem) {
			general = append(general, l.Text)
		}
	}
	return pickRotating(general, seed, in)
}

// pickInsight takes the next insight in file order (one per guidance reply),
// preferring one that does not repeat a word a keyword line picked up.
func pickInsight(insights []string, in input, terms []string) string {
	if len(insights) == 0 {
		return ""
	}
	start := mod(in.guide, len(insights))
	for i := range insights {
		s := insights[(start+i)%len(insights)]
		if !in.alreadySaid(s) && !containsAny(s, terms) {
			return s
		}
	}
	return pickRotating(insights, start, in)
}

// pickRotating returns the first line from seed on that was not said
// recently, or the line at seed.
func pickRotating(lines []string, seed int, in input) string {
	if len(lines) == 0 {
		return ""
	}
	start := mod(seed, len(lines))
	for i := range lines {
		if s := lines[(start+i)%len(lines)]; !in.alreadySaid(s) {
			return s
		}
	}
	return lines[start]
}

// matchAt returns the earliest position in the message of any keyword, or -1.
func matchAt(keywords []string, in input) int {
	at := -1
	for _, k := range in.pieces.folded(keywords) {
		if i := in.indexFolded(k); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	return at
}

// matchLast returns the latest position in the message at which any
// keyword occurs, or -1.
func matchLast(keywords []string, in input) int {
	at := -1
	for _, k := range in.pieces.folded(keywords) {
		if in.indexFolded(k) < 0 { // absent, or negated right away
			continue
		}
		if j := lastIndex(in, k); j > at {
			at = j
		}
	}
	return at
}

// matchLastLong is matchLast with the length of the longest keyword found
// there: at one place, 面接の日 names more than 面接.
func matchLastLong(keywords []string, in input) (at, length int) {
	at = -1
	for _, k := range in.pieces.folded(keywords) {
		if in.indexFolded(k) < 0 {
			continue
		}
		j := lastIndex(in, k)
		if j > at || j == at && len(k) > length {
			at, length = j, len(k)
		}
	}
	return at, length
}

// lastIndex is where a folded keyword last occurs in the message; for
// words joined by "+", where the last of them is.
func lastIndex(in input, k string) int {
	if strings.Contains(k, "+") {
		return in.indexFolded(k)
	}
	return strings.LastIndex(in.text, k)
}

func containsAny(s string, terms []string) bool {
	for _, t := range terms {
		if strings.Contains(s, t) {
			return true
		}
	}
	return false
}

// mod is a non-negative remainder (seeds come from uint32 hashes and may
// wrap negative as int on 32-bit platforms).
func mod(a, n int) int {
	m := a % n
	if m < 0 {
		m += n
	}
	return m
}

// mentionedTerms lists the playbook's keyword terms the message contains,
// whether or not their lines were said already.
func mentionedTerms(kws []playbook.Keyword, in input) []string {
	var out []string
	for _, k := range kws {
		if !k.Fits(in.mem) {
			continue
		}
		for _, t := range k.Terms {
			if in.index(t) >= 0 {
				out = append(out, t)
			}
		}
	}
	return out
}
