package facts

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/pattern"
)

// who says whose fact a marker introduces.
type who uint8

const (
	self  who = iota
	other     // 夫, 友達, 同僚, 人…: another adult's facts
	kid       // 娘, 息子, 子ども: the person's child, whose own school or health is not the person's
)

// marker is a subject such as 「夫は」 or 「私が」 in the folded message. It
// governs what follows until the next clause break (、。!?, a line, けど).
type marker struct {
	start, end int
	who        who
	possessive bool // 「夫の」: counts only for some keys
}

// msg is one message being read: the folded text, its subject markers and
// what has been found so far.
type msg struct {
	f       folded
	s       string
	markers []marker
	out     []Found
}

// subjectWords are the subject markers, each followed by は/が/も/って/の
// (with さん/ちゃん/くん/たち between if written). 人 alone is one
// ("人がどんどん辞めて", "正社員の人は") except after a count (二人は).
var subjectWords = map[who][]string{
	self:  {"私", "わたし", "あたし", "自分", "僕", "ぼく", "俺", "おれ", "うち"},
	other: {"夫", "妻", "旦那", "主人", "嫁", "奥さん", "彼氏", "彼女", "恋人", "友達", "友人", "知り合い", "同僚", "同期", "先輩", "後輩", "上司", "部下", "新人", "母", "父", "親", "姉", "兄", "妹", "弟", "みんな", "皆", "周り", "他の人", "あの人", "その人", "人"},
	kid:   {"息子", "娘", "子ども", "子供", "こども", "うちの子", "上の子", "下の子", "長男", "長女", "次男", "次女"},
}

func newSubjectLexicon() lexicon {
	m := map[string]string{}
	for w, list := range subjectWords {
		for _, word := range list {
			m[word] = string('0' + rune(w))
		}
	}
	return newLexicon(m)
}

func (x *Extractor) newMsg(text string) *msg {
	m := &msg{f: fold(text)}
	m.s = m.f.s
	for _, lm := range x.subject.findAll(m.s) {
		rest := m.s[lm.end:]
		for _, honorific := range []string{"さん", "ちゃん", "くん", "たち", "達"} {
			if len(rest) > len(honorific) && rest[:len(honorific)] == honorific {
				rest = rest[len(honorific):]
				break
			}
		}
		particle := ""
		for _, p := range []string{"って", "は", "が", "も", "の"} {
			if len(rest) >= len(p) && rest[:len(p)] == p {
				particle = p
				break
			}
		}
		if particle == "" {
			continue
		}
		w := who(lm.canon[0] - '0')
		if lm.word == "人" && lm.start > 0 {
			if r, _ := utf8.DecodeLastRuneInString(m.s[:lm.start]); isNumRune(r) || r == '本' || r == '個' {
				continue
			}
		}
		end := len(m.s) - len(rest) + len(particle)
		if rest = rest[len(particle):]; particle != "の" && hasAnyPrefix(rest, "いる", "いて", "います", "いない", "いません", "おり", "でき") {
			continue // 娘がいて: the child exists; it is not the subject of what follows
		}
		m.markers = append(m.markers, marker{start: lm.start, end: end, who: w, possessive: particle == "の"})
	}
	return m
}

func isNumRune(r rune) bool {
	return ('0' <= r && r <= '9') || kanjiDigit(r) >= 0 || r == '十'
}

// breaks end a marker's reach.
const breaks = "、,。.!?\n 　…"

// whose reports who the subject is at byte p. Possessive markers count only
// when withPossessive is set (「夫の会社は在宅」 is the husband's, but 「夫の転勤で
// 辞めた」 is the person's own quitting).
func (m *msg) whose(p int, withPossessive bool) who {
	for i := len(m.markers) - 1; i >= 0; i-- {
		mk := m.markers[i]
		if mk.end > p {
			continue
		}
		if mk.possessive && !withPossessive {
			continue
		}
		between := m.s[mk.end:p]
		if strings.ContainsAny(between, breaks) || strings.Contains(between, "けど") || strings.Contains(between, "けれど") {
			return self
		}
		return mk.who
	}
	return self
}

// sentence returns the bounds of the sentence around p: split at 。!?, line
// breaks and emoji, which LINE messages use as full stops.
func (m *msg) sentence(p int) (int, int) {
	start := 0
	for i := 0; i < p; {
		r, size := utf8.DecodeRuneInString(m.s[i:p])
		i += size // size, not RuneLen: an invalid byte is one byte long
		if isStop(r) {
			start = i
		}
	}
	end := len(m.s)
	for i, r := range m.s[p:] {
		if isStop(r) {
			end = p + i
			break
		}
	}
	return start, end
}

func isStop(r rune) bool {
	switch r {
	case '。', '.', '!', '?', '\n', '♪', '…':
		return true
	}
	return r >= 0x1F000 || (r >= 0x2600 && r <= 0x27BF) || unicode.Is(unicode.So, r)
}

// after returns up to n runes after byte i, within the sentence.
func (m *msg) after(i, n int) string {
	s := m.s[i:]
	for j, r := range s {
		if n == 0 || isStop(r) {
			return s[:j]
		}
		n--
	}
	return s
}

// before returns up to n runes before byte i, within the sentence.
func (m *msg) before(i, n int) string {
	s := m.s[:i]
	j := len(s)
	for n > 0 && j > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if isStop(r) {
			break
		}
		j -= size
		n--
	}
	return s[j:]
}

// hypothetical reports whether p sits in a もし… sentence.
func (m *msg) hypothetical(p int) bool {
	start, _ := m.sentence(p)
	return strings.Contains(m.s[start:p], "もし")
}

// add records a fact found at folded bytes [start, end).
func (m *msg) add(k Key, value, say string, start, end int) {
	if say == "" {
		say = sayFor(k, value)
	}
	m.out = append(m.out, Found{Key: k, Value: value, Say: say,
		Span: Span{Start: m.f.orig(start), End: m.f.orig(end)}})
}

func hasAnyPrefix(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// windows returns the merged byte ranges of s that lie within before runes
// ahead of and after runes behind any anchor. Patterns that must contain an
// anchor (a duration contains 年 or 月) run on these windows only, which
// spares the regexp engine the rest of a long message.
func windows(s string, anchors []string, before, after int) [][2]int {
	var out [][2]int
	for _, a := range anchors {
		for i := 0; ; {
			j := strings.Index(s[i:], a)
			if j < 0 {
				break
			}
			p := i + j
			lo, hi := p, p+len(a)
			for n := 0; n < before && lo > 0; n++ {
				_, size := utf8.DecodeLastRuneInString(s[:lo])
				lo -= size
			}
			for n := 0; n < after && hi < len(s); n++ {
				_, size := utf8.DecodeRuneInString(s[hi:])
				hi += size
			}
			out = append(out, [2]int{lo, hi})
			i = p + len(a)
		}
	}
	if len(out) < 2 {
		return out
	}
	slices.SortFunc(out, func(a, b [2]int) int { return a[0] - b[0] })
	merged := out[:1]
	for _, w := range out[1:] {
		if last := &merged[len(merged)-1]; w[0] <= last[1] {
			last[1] = max(last[1], w[1])
		} else {
			merged = append(merged, w)
		}
	}
	return merged
}

// findAllIn runs re over the windows and returns submatch indexes in
// message offsets.
func findAllIn(re *pattern.Pattern, s string, wins [][2]int) [][]int {
	var out [][]int
	for _, w := range wins {
		for _, ix := range re.FindAllStringSubmatchIndex(s[w[0]:w[1]], -1) {
			for k := range ix {
				if ix[k] >= 0 {
					ix[k] += w[0]
				}
			}
			out = append(out, ix)
		}
	}
	return out
}
