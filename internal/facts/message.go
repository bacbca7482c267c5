package facts

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
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

// subjectAlternatives are the subject markers. 人 alone is one (人がどんどん辞めて,
// "正社員の人は") except after a count (二人は).
var subjectAlternatives = []struct {
	words string
	who   who
}{
	{`私|わたし|あたし|自分|僕|ぼく|俺|おれ|うち`, self},
	{`夫|妻|旦那|主人|嫁|奥さん|彼氏|彼女|恋人|友達|友人|知り合い|同僚|同期|先輩|後輩|上司|部下|新人|母|父|親|姉|兄|妹|弟|みんな|皆|周り|他の人|あの人|その人|人`, other},
	{`息子|娘|子ども|子供|こども|うちの子|上の子|下の子|長男|長女|次男|次女`, kid},
}

func newSubjectRe() *regexp.Regexp {
	var parts []string
	for _, a := range subjectAlternatives {
		parts = append(parts, "("+a.words+")")
	}
	return regexp.MustCompile(`(?:` + strings.Join(parts, "|") + `)(?:さん|ちゃん|くん|たち|達)?(は|が|も|って|の)`)
}

func (x *Extractor) newMsg(text string) *msg {
	m := &msg{f: fold(text)}
	m.s = m.f.s
	if !containsAny(m.s, x.subjectTriggers) {
		return m
	}
	for _, ix := range x.subject.FindAllStringSubmatchIndex(m.s, -1) {
		w := self
		switch {
		case ix[4] >= 0:
			w = other
			if m.s[ix[4]:ix[5]] == "人" && ix[4] > 0 {
				if r, _ := utf8.DecodeLastRuneInString(m.s[:ix[4]]); isNumRune(r) || r == '本' || r == '個' {
					continue
				}
			}
		case ix[6] >= 0:
			w = kid
		}
		particle := m.s[ix[8]:ix[9]]
		m.markers = append(m.markers, marker{start: ix[0], end: ix[1], who: w, possessive: particle == "の"})
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
	for i, r := range m.s[:p] {
		if isStop(r) {
			start = i + utf8.RuneLen(r)
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

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
