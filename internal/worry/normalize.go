package worry

import (
	"unicode"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/jatext"
)

// sep stands for any run of spaces, punctuation, symbols and emoji in the
// classifier's view of a message. Word boundaries carry some signal in
// Japanese chat ("…辞めたい？" ends a sentence), so they are kept as one rune
// rather than dropped.
const sep = ' '

// view selects how much normalize throws away.
type view int

const (
	// classifierView keeps word boundaries (as sep) and the long-vowel mark
	// (collapsed to one).
	classifierView view = iota
	// crisisView drops boundaries and "ー" entirely, so "死 に た ー い…"
	// reads as "しにたい" and a phrase list needs no spelling variants for
	// spacing, punctuation or stretched vowels.
	crisisView
)

// normalize appends the classifier's canonical form of s to dst and
// returns it. On top of jatext.AppendFold (width, case, sound marks) and
// jatext.FoldKanaRune (katakana to hiragana, small vowels to full size),
// which make リモート, ﾘﾓｰﾄ and りもーと one spelling, it throws away what
// carries no signal for this view:
//
//   - spaces, punctuation, symbols and emoji become one sep (classifierView)
//     or vanish (crisisView);
//   - sound marks with nothing to voice, variation selectors, joiners and
//     other invisible runes vanish;
//   - a rune repeated more than twice is kept twice (ww, ！！！), and "ー"
//     once (classifierView) or not at all (crisisView).
//
// It allocates only when dst has to grow: the folded runes are written to
// dst first and then filtered in place.
func normalize(dst []rune, s string, v view) []rune {
	return normalizeMarked(dst, s, v, nil)
}

// marks are where a message's separators stood, as indexes into the runes
// normalizeMarked appends: the crisis view drops them all.
type marks struct {
	// ends are where each sentence ended (。！？ or a line break): the
	// constructions read their context within a sentence or two.
	ends []int32
	// starts are where a word typed in hiragana began: at the start or
	// after a separator (a space between words typed in kana: the
	// readings read the words there). Katakana is folded to hiragana, so
	// a word typed in it (カッター) is no start.
	starts []int32
}

// normalizeMarked is normalize that also records, when m is not nil,
// where the separators it drops stood.
func normalizeMarked(dst []rune, s string, v view, m *marks) []rune {
	start := len(dst)
	dst = jatext.AppendFold(dst, s)
	out := start
	prevMask := false
	wordNext := true // the next rune kept starts a word
	for i := start; i < len(dst); i++ {
		r := jatext.FoldKanaRune(dst[i])
		if v == crisisView {
			r = emojiWord(r)
		}
		if isMask(r) {
			masked := prevMask
			prevMask = true
			if !masked {
				prev := rune(-1)
				if out > start {
					prev = dst[out-1]
				}
				if u, ok := unmask(prev, dst[i+1:]); ok {
					r = u
				}
			}
		} else if !isInvisible(r) {
			prevMask = false
		}
		switch {
		case jatext.IsSoundMark(r):
			continue
		case r == 'ー':
			if v == crisisView {
				continue
			}
		case isSeparator(r):
			if m != nil && out > start && endsSentence(r) {
				m.ends = appendMark(m.ends, int32(out-start))
			}
			wordNext = true
			if v == crisisView || out == start || dst[out-1] == sep {
				continue
			}
			dst[out] = sep
			out++
			continue
		case isInvisible(r):
			continue
		}
		// A rune drawn out (すごーい, いいいい) is kept twice at most; not
		// across a separator the crisis view drops: いい いのち is two words.
		if n := out - start; n >= 1 && dst[out-1] == r && !wordNext {
			if r == 'ー' || (n >= 2 && dst[out-2] == r) {
				continue
			}
		}
		if wordNext && m != nil && isHiragana(dst[i]) {
			m.starts = appendMark(m.starts, int32(out-start))
		}
		wordNext = false
		dst[out] = r
		out++
	}
	if out > start && dst[out-1] == sep {
		out--
	}
	return dst[:out]
}

// emojiWord reads the emoji that say what words would (💊💊💊, 🔪🩸, 🪢):
// in crisisView each is read as one kanji with its meaning, so the rules
// and phrases see 薬 and 縄 where the person drew them (crisis.yaml lists
// the runs no one writes in kanji: 刃血, 薬棺). One rune for one keeps
// normalize's filtering in place. The model's view keeps them separators:
// read as words they joined their neighbours' n-grams and cost recall on
// the crisis sets. Other emoji are separators in both views.
func emojiWord(r rune) rune {
	if r < 0x2600 {
		return r
	}
	switch r {
	case '🔪', '🗡':
		return '刃'
	case '🩸':
		return '血'
	case '💉':
		return '針'
	case '💊':
		return '薬'
	case '🪢':
		return '縄'
	case '⚰':
		return '棺'
	case '🪦':
		return '墓'
	case '💀', '☠':
		return '骸'
	case '🌉':
		return '橋'
	case '🚃', '🚆':
		return '電'
	case '🏢':
		return '階'
	case '🔥':
		return '炎'
	}
	return r
}

// isSeparator reports whether r only separates words: spaces, punctuation,
// symbols (emoji are symbols) and the wave dash.
func isSeparator(r rune) bool {
	if r < utf8.RuneSelf {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
	}
	if isKanaOrKanji(r) {
		return false
	}
	return unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r)
}

// endsSentence reports the marks that end a sentence in chat. The full
// stop "." is left out: it is also a decimal point and a trailing "...".
func endsSentence(r rune) bool {
	switch r {
	case '。', '！', '？', '!', '?', '\n', '．':
		return true
	}
	return false
}

// appendMark appends n to list unless list ends with it.
func appendMark(list []int32, n int32) []int32 {
	if len(list) > 0 && list[len(list)-1] == n {
		return list
	}
	return append(list, n)
}

// isInvisible reports runes that carry no meaning of their own: variation
// selectors, joiners and combining marks (emoji modifiers, keycaps).
func isInvisible(r rune) bool {
	if uint32(r) < utf8.RuneSelf {
		return r < 0x20 || r == 0x7f
	}
	if isKanaOrKanji(r) {
		return false
	}
	return unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) || unicode.Is(unicode.Cf, r) ||
		unicode.Is(unicode.Variation_Selector, r) || unicode.IsControl(r)
}

// isKanaOrKanji reports the runes most of a folded message is made of:
// hiragana, katakana (without the sound marks, ゠, ・ and ー) and the CJK
// unified ideographs. All are letters, so isSeparator and isInvisible
// answer false for them without searching Unicode's tables, which was a
// quarter of classifying a message (TestRuneClassesAgreeWithUnicode
// holds both to the tables over every rune).
func isKanaOrKanji(r rune) bool {
	return isHiragana(r) || r >= 0x30A1 && r <= 0x30FA || isKanji(r)
}

func isHiragana(r rune) bool { return r >= 'ぁ' && r <= 'ゖ' }

func isKanji(r rune) bool { return r >= 0x4E00 && r <= 0x9FFF }

// isMask reports the marks people put over a word they do not want to
// spell out: 〇ぬ, 自⚪︎, ○にたい.
func isMask(r rune) bool {
	switch r {
	case '〇', '○', '◯', '●', '⚪', '⚫', '×', '✕', '＊', '*':
		return true
	}
	return false
}

// unmask reads a single mask between prev (the rune written before it, -1
// at the start) and rest (the folded runes after it) as the word it hides,
// when the kana around it leave one reading: 自〇 + し is 自殺, 〇 + に, ぬ,
// ね, ん or のう is 死. A run of masks (〇〇さん, 〇月〇日) is a name or a
// date and stays as it is.
func unmask(prev rune, rest []rune) (rune, bool) {
	next, after := rune(-1), rune(-1)
	for _, r := range rest {
		if isInvisible(r) {
			continue
		}
		r = jatext.FoldKanaRune(r)
		if next < 0 {
			if isMask(r) {
				return 0, false
			}
			next = r
			continue
		}
		after = r
		break
	}
	switch {
	case prev == '自' && (next == 'し' || next == 'さ' || next == 'す' || next == '殺'):
		return '殺', true
	case next == 'に' || next == 'ぬ' || next == 'ね' || next == 'ん':
		return '死', true
	case next == 'の' && after == 'う':
		return '死', true
	}
	return 0, false
}
