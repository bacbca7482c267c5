package advice

import (
	"context"
	"math"
	"slices"
	"strings"
	"sync/atomic"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/jatext"
	"github.com/akari-career/akari/internal/playbook"
)

// Summarizer folds turns that no longer fit in State.Turns into the rolling
// State.Summary, so Akari (and the LLM prompt) keeps the gist of a long
// conversation. The result is plain Japanese text of at most
// MaxSummaryRunes runes, newest information kept when something must go.
type Summarizer interface {
	Fold(ctx context.Context, summary string, dropped []akari.Turn) (string, error)
}

// MaxSummaryRunes bounds State.Summary.
const MaxSummaryRunes = 400

// Limits of the offline summary's parts.
const (
	maxSummaryWorries  = 4
	maxSummaryKeywords = 8
	maxPointRunes      = 60
	minPointRunes      = 6
)

// Line prefixes of the offline summary. Fold reads them back, so the
// summary is folded again and again without growing or losing its shape.
const (
	worriesPrefix  = "悩み："
	keywordsPrefix = "キーワード："
	pointsHeader   = "話したこと："
	pointPrefix    = "・"
)

// OfflineSummarizer is an extractive Summarizer: the worries talked about
// (their Japanese labels), the playbook keywords the person used (派遣,
// OJT, 残業…) and the person's own points, each cut to its first sentence.
// Only the person's own words count (akari.Turn.Own): chip taps, intake
// answers and the consent say nothing about the worry, and Akari's turns
// come from the playbooks and the model and say nothing new about the
// person. It is deterministic, needs no
// network and never fails (except on a cancelled ctx), which makes it the
// LLM summarizer's fallback.
type OfflineSummarizer struct {
	library func() *playbook.Library
	// terms are the keyword terms of the library last read, listed once
	// (see termsOf), not rebuilt and folded again on every turn.
	terms atomic.Pointer[libraryTerms]
}

var _ Summarizer = (*OfflineSummarizer)(nil)

// NewOfflineSummarizer reads the current library on every call (labels,
// keywords, chip texts to skip); library may return nil, and the summary
// then has the person's points only.
func NewOfflineSummarizer(library func() *playbook.Library) *OfflineSummarizer {
	return &OfflineSummarizer{library: library}
}

// summary is the parsed form of an offline summary.
type summary struct {
	worries  []string
	keywords []string
	points   []string
}

// Fold implements Summarizer.
func (o *OfflineSummarizer) Fold(ctx context.Context, prev string, dropped []akari.Turn) (string, error) {
	if err := ctx.Err(); err != nil {
		return prev, err
	}
	var lib *playbook.Library
	if o.library != nil {
		lib = o.library()
	}
	s := parseSummary(prev)
	// A blocked attempt to steer Akari is not the person's situation, and
	// the summary is shown to a model later. Only the person's own words
	// count: chip taps, intake answers and the consent say nothing about
	// their worry.
	for _, t := range akari.WithoutBlocked(dropped) {
		if !t.Own() {
			continue
		}
		if lib != nil && t.Category.Valid() && t.Category != akari.Other {
			s.worries = appendNewest(s.worries, lib.Label(t.Category))
		}
		if lib != nil {
			for _, k := range keywordsIn(o.termsOf(lib), t.Text) {
				s.keywords = appendNewest(s.keywords, k)
			}
		}
		if p := point(lib, t.Text); p != "" {
			s.points = appendNewest(s.points, p)
		}
	}
	s.worries = keepLast(s.worries, maxSummaryWorries)
	s.keywords = keepLast(s.keywords, maxSummaryKeywords)
	return s.render(MaxSummaryRunes), nil
}

// parseSummary reads an offline summary back. Text in any other shape (a
// summary the LLM wrote) becomes older points, sentence by sentence.
func parseSummary(text string) summary {
	var s summary
	for line := range strings.SplitSeq(text, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || line == pointsHeader:
		case strings.HasPrefix(line, worriesPrefix):
			s.worries = splitList(strings.TrimPrefix(line, worriesPrefix))
		case strings.HasPrefix(line, keywordsPrefix):
			s.keywords = splitList(strings.TrimPrefix(line, keywordsPrefix))
		case strings.HasPrefix(line, pointPrefix):
			s.points = append(s.points, strings.TrimPrefix(line, pointPrefix))
		default:
			for _, sentence := range sentences(line) {
				s.points = append(s.points, clip(strings.TrimPrefix(sentence, "…"), maxPointRunes))
			}
		}
	}
	return s
}

// render writes the summary within max runes, dropping the oldest points
// first, then the oldest keywords and worries.
func (s summary) render(max int) string {
	for {
		out := s.text()
		if utf8.RuneCountInString(out) <= max {
			return out
		}
		switch {
		case len(s.points) > 0:
			s.points = s.points[1:]
		case len(s.keywords) > 0:
			s.keywords = s.keywords[1:]
		case len(s.worries) > 0:
			s.worries = s.worries[1:]
		default:
			return clip(out, max)
		}
	}
}

func (s summary) text() string {
	var b strings.Builder
	if len(s.worries) > 0 {
		b.WriteString(worriesPrefix + strings.Join(s.worries, "、") + "\n")
	}
	if len(s.keywords) > 0 {
		b.WriteString(keywordsPrefix + strings.Join(s.keywords, "、") + "\n")
	}
	if len(s.points) > 0 {
		b.WriteString(pointsHeader + "\n")
		for _, p := range s.points {
			b.WriteString(pointPrefix + p + "\n")
		}
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// keywordTerm is a playbook keyword term as the playbooks spell it and
// folded for matching.
type keywordTerm struct{ spelled, folded string }

// libraryTerms are a library's keyword terms of two runes or more, in
// playbook order: what keywordsIn looks for. They are found in one pass
// over a message: byFirst lists the terms by the first rune of their folded
// form, and firsts has bit r%256 set for each such rune r.
type libraryTerms struct {
	lib     *playbook.Library
	terms   []keywordTerm
	byFirst map[rune][]int // indexes into terms
	firsts  [4]uint64
	// plus are the terms of words joined by "+" (夫+定年), found as
	// input.indexFolded finds them: each word at its first occurrence not
	// negated, all within maxApart. Their words are looked for in the same
	// pass as the terms (wordsByFirst, and their first runes in firsts).
	plus         []plusTerm
	words        []string
	wordsByFirst map[rune][]int // indexes into words
}

// plusTerm is a term of words joined by "+": its index in terms and its
// words' indexes in libraryTerms.words (-1 for an empty word, never found).
type plusTerm struct {
	k     int
	words []int
}

// termsOf returns lib's terms, listed when lib is not the library listed
// last (prompts reloaded). Two calls racing on a new library both list
// it; either list is the same.
func (o *OfflineSummarizer) termsOf(lib *playbook.Library) *libraryTerms {
	if t := o.terms.Load(); t != nil && t.lib == lib {
		return t
	}
	t := listTerms(lib)
	o.terms.Store(t)
	return t
}

func listTerms(lib *playbook.Library) *libraryTerms {
	var terms []keywordTerm
	for _, c := range akari.Categories() {
		pb := lib.Playbook(c)
		if pb == nil {
			continue
		}
		for _, k := range pb.Keywords {
			for _, term := range k.Terms {
				if utf8.RuneCountInString(term) >= 2 {
					terms = append(terms, keywordTerm{spelled: term, folded: jatext.Fold(term)})
				}
			}
		}
	}
	return indexTerms(lib, terms)
}

// indexTerms indexes terms by the first rune of their folded form.
func indexTerms(lib *playbook.Library, terms []keywordTerm) *libraryTerms {
	t := &libraryTerms{lib: lib, terms: terms, byFirst: map[rune][]int{}, wordsByFirst: map[rune][]int{}}
	wordIndex := map[string]int{}
	for k, term := range terms {
		if !strings.Contains(term.folded, "+") {
			r, _ := utf8.DecodeRuneInString(term.folded)
			t.byFirst[r] = append(t.byFirst[r], k)
			t.firsts[r>>6&3] |= 1 << (r & 63)
			continue
		}
		p := plusTerm{k: k}
		for w := range strings.SplitSeq(term.folded, "+") {
			if w == "" {
				p.words = append(p.words, -1)
				continue
			}
			i, ok := wordIndex[w]
			if !ok {
				i = len(t.words)
				wordIndex[w] = i
				t.words = append(t.words, w)
				r, _ := utf8.DecodeRuneInString(w)
				t.wordsByFirst[r] = append(t.wordsByFirst[r], i)
				t.firsts[r>>6&3] |= 1 << (r & 63)
			}
			p.words = append(p.words, i)
		}
		t.plus = append(t.plus, p)
	}
	return t
}

// present marks the terms the folded text holds, each at an occurrence not
// negated right after it — as input.indexFolded finds them term by term:
// after a negated occurrence, the next one counted starts past its end.
// One pass over the text finds the terms and the words of the "+" terms.
func (t *libraryTerms) present(text string, buf []bool) []bool {
	found := append(buf[:0], make([]bool, len(t.terms))...)
	var from map[int]int // a term's first position still counted, once negated
	// wordAt is where each word of the "+" terms is first found (-1: not
	// yet), wordFrom where its next occurrence may start, as in indexWord.
	var atBuf, fromBuf [wordBuffer]int32
	wordAt, wordFrom := atBuf[:0], fromBuf[:0]
	if len(t.words) > wordBuffer {
		wordAt, wordFrom = make([]int32, 0, len(t.words)), make([]int32, 0, len(t.words))
	}
	for range t.words {
		wordAt, wordFrom = append(wordAt, -1), append(wordFrom, 0)
	}
	for i, r := range text {
		if t.firsts[r>>6&3]&(1<<(r&63)) == 0 {
			continue
		}
		for _, k := range t.byFirst[r] {
			term := t.terms[k].folded
			if found[k] || !strings.HasPrefix(text[i:], term) || i < from[k] {
				continue
			}
			if negated(text[i+len(term):]) {
				if from == nil {
					from = map[int]int{}
				}
				from[k] = i + len(term)
				continue
			}
			found[k] = true
		}
		for _, w := range t.wordsByFirst[r] {
			word := t.words[w]
			if wordAt[w] >= 0 || i < int(wordFrom[w]) || !strings.HasPrefix(text[i:], word) {
				continue
			}
			if negated(text[i+len(word):]) {
				wordFrom[w] = int32(i + len(word))
				continue
			}
			wordAt[w] = int32(i)
		}
	}
	for _, p := range t.plus {
		found[p.k] = t.plusFound(p, wordAt, text)
	}
	return found
}

// plusFound reports whether every word of p was found, within maxApart of
// one another, or together after the first word's last place
// (nearAfterLast) — input.findFolded's rule for a single message.
func (t *libraryTerms) plusFound(p plusTerm, wordAt []int32, text string) bool {
	first, at, end := math.MaxInt, -1, -1
	for _, w := range p.words {
		if w < 0 || wordAt[w] < 0 {
			return false
		}
		i := int(wordAt[w])
		first = min(first, i)
		if i > at {
			at, end = i, i+len(t.words[w])
		}
	}
	if end-first <= maxApart {
		return true
	}
	words := make([]string, len(p.words))
	for j, w := range p.words {
		words[j] = t.words[w]
	}
	at, _ = nearAfterLast(text, words)
	return at >= 0
}

// wordBuffer is how many words of "+" terms present tracks without
// allocating.
const wordBuffer = 512

// termBuffer is how many terms keywordsIn marks without allocating.
const termBuffer = 1024

// keywordsIn returns the playbook terms the message uses, as the playbooks
// spell them, in playbook order; a term negated right after it does not
// count, and a term inside a longer one found (残業 in 残業代) is left out.
func keywordsIn(t *libraryTerms, text string) []string {
	// Room for every term on the stack: the library held a little over
	// 500 in round 29; past the buffer, present allocates on every message
	// (TestTermsFitTheStackBuffer).
	var buf [termBuffer]bool
	found := t.present(jatext.Fold(text), buf[:0])
	var out []string
	for k, term := range t.terms {
		s := term.spelled
		if !found[k] || slices.ContainsFunc(out, func(o string) bool { return strings.Contains(o, s) }) {
			continue
		}
		// A longer term says more: 残業代 replaces 残業.
		out = slices.DeleteFunc(out, func(o string) bool { return strings.Contains(s, o) })
		out = append(out, s)
	}
	return out
}

// point shortens one message to its gist: its first sentences, as many as
// fit in maxPointRunes, without line breaks. Chip
// texts, acknowledgements and attempts to instruct Akari are skipped.
func point(lib *playbook.Library, text string) string {
	text = strings.Join(strings.Fields(text), " ")
	if utf8.RuneCountInString(text) < minPointRunes || isChipText(lib, text) || instructs(text) {
		return ""
	}
	ss := sentences(text)
	p := ss[0]
	for _, next := range ss[1:] {
		if utf8.RuneCountInString(p+next) > maxPointRunes {
			break
		}
		p += next
	}
	return clip(p, maxPointRunes)
}

// sentencesOfRunes is sentences for a text that is not valid UTF-8: read
// as runes, each bad byte a U+FFFD, as sentences always read it.
func sentencesOfRunes(s string) []string {
	var out []string
	start, depth := 0, 0
	r := []rune(s)
	for i, c := range r {
		depth = quoteDepth(depth, c)
		if depth == 0 && strings.ContainsRune("。！？!?", c) && (i+1 == len(r) || !strings.ContainsRune("。！？!?」）)", r[i+1])) {
			if t := strings.TrimSpace(string(r[start : i+1])); t != "" {
				out = append(out, t)
			}
			start = i + 1
		}
	}
	if t := strings.TrimSpace(string(r[start:])); t != "" {
		out = append(out, t)
	}
	if len(out) == 0 {
		out = []string{""}
	}
	return out
}

// sentences splits s after 。！？!? (kept with their sentence), but not
// inside a quotation: 上司には「使えますか。試せますか」と聞きましょう。 is
// one sentence, wording to say whole.
func sentences(s string) []string {
	if !utf8.ValidString(s) {
		return sentencesOfRunes(s)
	}
	var out []string
	start, depth := 0, 0 // byte offsets: pieces of s, not copies
	for i, c := range s {
		depth = quoteDepth(depth, c)
		if depth > 0 || !strings.ContainsRune("。！？!?", c) {
			continue
		}
		end := i + utf8.RuneLen(c)
		if next, _ := utf8.DecodeRuneInString(s[end:]); end == len(s) || !strings.ContainsRune("。！？!?」）)", next) {
			if t := strings.TrimSpace(s[start:end]); t != "" {
				out = append(out, t)
			}
			start = end
		}
	}
	if t := strings.TrimSpace(s[start:]); t != "" {
		out = append(out, t)
	}
	if len(out) == 0 {
		out = []string{""}
	}
	return out
}

func isChipText(lib *playbook.Library, text string) bool {
	if lib == nil {
		return false
	}
	for _, set := range [...]string{"greeting", "guiding", "jobs"} {
		if lib.IsQuickReply(set, text) {
			return true
		}
	}
	return false
}

// instructs catches messages that try to steer the model; the summary goes
// into the LLM's system prompt, so it must not carry them along.
func instructs(text string) bool {
	f := jatext.Fold(strings.Join(strings.Fields(text), ""))
	for _, s := range []string{"指示を無視", "プロンプト", "ignoreprevious", "ignoreall", "systemprompt", "になりきって", "開発者モード"} {
		if strings.Contains(f, s) {
			return true
		}
	}
	return false
}

// appendNewest appends v, moving it to the end when already present.
func appendNewest(list []string, v string) []string {
	if v == "" {
		return list
	}
	if i := slices.Index(list, v); i >= 0 {
		list = slices.Delete(list, i, i+1)
	}
	return append(list, v)
}

func keepLast(list []string, n int) []string {
	if len(list) > n {
		return list[len(list)-n:]
	}
	return list
}

func splitList(s string) []string {
	var out []string
	for v := range strings.SplitSeq(s, "、") {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}

// quoteDepth is how deep in 「」 and 『』 a text is after c.
func quoteDepth(depth int, c rune) int {
	switch c {
	case '「', '『':
		return depth + 1
	case '」', '』':
		return max(depth-1, 0)
	}
	return depth
}
