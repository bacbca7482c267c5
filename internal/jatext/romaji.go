package jatext

import "strings"

// Japanese typed in romaji (ima kara umi iku. oyogenai kedo ne) is read as
// the kana it spells, so the rules, the model and the intents, which know
// Japanese, read it too. A message is read so only when its runs of Latin
// letters spell kana whole, but for a few words of English inside it
// (QA toka test no kyuujin aru?), which stay as typed: English (i feel
// numb, kms lol) has letters no syllable takes, and stays as it is.

// minRomajiLetters: fewer letters than this are a word or two of English
// or an abbreviation (ok, AI), not a message typed in romaji.
const minRomajiLetters = 8

// maxEnglishShare: the share of a message's letters in runs that spell no
// kana (PC, QA, test) above which the message is English, not romaji.
const maxEnglishShare = 0.2

// romajiSyllables maps a syllable to its hiragana; the parser tries three
// letters, then two, then one.
var romajiSyllables = func() map[string]string {
	m := map[string]string{}
	add := func(pairs ...string) {
		for i := 0; i+1 < len(pairs); i += 2 {
			m[pairs[i]] = pairs[i+1]
		}
	}
	add("a", "あ", "i", "い", "u", "う", "e", "え", "o", "お")
	rows := []struct{ c, a, i, u, e, o string }{
		{"k", "か", "き", "く", "け", "こ"}, {"g", "が", "ぎ", "ぐ", "げ", "ご"},
		{"s", "さ", "し", "す", "せ", "そ"}, {"z", "ざ", "じ", "ず", "ぜ", "ぞ"},
		{"t", "た", "ち", "つ", "て", "と"}, {"d", "だ", "ぢ", "づ", "で", "ど"},
		{"n", "な", "に", "ぬ", "ね", "の"}, {"h", "は", "ひ", "ふ", "へ", "ほ"},
		{"b", "ば", "び", "ぶ", "べ", "ぼ"}, {"p", "ぱ", "ぴ", "ぷ", "ぺ", "ぽ"},
		{"m", "ま", "み", "む", "め", "も"}, {"r", "ら", "り", "る", "れ", "ろ"},
	}
	for _, r := range rows {
		add(r.c+"a", r.a, r.c+"i", r.i, r.c+"u", r.u, r.c+"e", r.e, r.c+"o", r.o)
		if r.c != "d" {
			add(r.c+"ya", r.i+"ゃ", r.c+"yu", r.i+"ゅ", r.c+"yo", r.i+"ょ")
		}
	}
	add("ya", "や", "yu", "ゆ", "yo", "よ", "wa", "わ", "wo", "を",
		"shi", "し", "sha", "しゃ", "shu", "しゅ", "sho", "しょ", "she", "しぇ",
		"chi", "ち", "cha", "ちゃ", "chu", "ちゅ", "cho", "ちょ", "che", "ちぇ",
		"tsu", "つ", "fu", "ふ", "fa", "ふぁ", "fi", "ふぃ", "fe", "ふぇ", "fo", "ふぉ",
		"ji", "じ", "ja", "じゃ", "ju", "じゅ", "jo", "じょ", "je", "じぇ",
		"jya", "じゃ", "jyu", "じゅ", "jyo", "じょ", "vu", "ゔ", "di", "ぢ", "du", "づ")
	return m
}()

func isRomajiVowel(b byte) bool { return strings.IndexByte("aiueo", b) >= 0 }

// kanaOf spells a run of lower-case Latin letters in hiragana, or reports
// that it spells none.
func kanaOf(w string) (string, bool) {
	var b strings.Builder
	for i := 0; i < len(w); {
		c := w[i]
		switch {
		case c == 'n' && (i+1 == len(w) || !isRomajiVowel(w[i+1]) && w[i+1] != 'y'):
			b.WriteString("ん") // n before a consonant or at the end; nn
			i++
			if i < len(w) && w[i] == 'n' && (i+1 == len(w) || !isRomajiVowel(w[i+1]) && w[i+1] != 'y') {
				i++
			}
			continue
		case i+1 < len(w) && c == w[i+1] && !isRomajiVowel(c):
			b.WriteString("っ") // a doubled consonant: itte, zutto
			i++
			continue
		case c == 't' && strings.HasPrefix(w[i:], "tch"):
			b.WriteString("っ")
			i++
			continue
		}
		matched := false
		for n := min(3, len(w)-i); n > 0; n-- {
			if k, ok := romajiSyllables[w[i:i+n]]; ok {
				b.WriteString(k)
				i += n
				matched = true
				break
			}
		}
		if !matched {
			return "", false
		}
	}
	return b.String(), true
}

// SpellsKana reports whether word, lower-case Latin letters, spells kana
// as romaji (tukareta, shigoto; not picking).
func SpellsKana(word string) bool {
	if _, ok := romajiLoans[word]; ok {
		return true
	}
	_, ok := kanaOf(word)
	return ok
}

// FromRomaji returns text with its romaji read as hiragana, when its runs
// of Latin letters spell kana but for a few English words, and there are
// enough of them.
func FromRomaji(text string) (string, bool) {
	letters := 0
	for i := 0; i < len(text); i++ {
		if isLatin(text[i]) {
			letters++
		}
	}
	if letters < minRomajiLetters {
		return "", false
	}
	english := 0 // letters in runs that spell no kana
	var b strings.Builder
	for i := 0; i < len(text); {
		if isLatin(text[i]) {
			j := i
			for j < len(text) && isLatin(text[j]) {
				j++
			}
			if k, ok := romajiLoans[strings.ToLower(text[i:j])]; ok {
				b.WriteString(k)
			} else if k, ok := kanaOf(strings.ToLower(text[i:j])); ok {
				b.WriteString(k)
			} else {
				english += j - i
				if float64(english) > maxEnglishShare*float64(letters) {
					return "", false
				}
				b.WriteString(text[i:j])
			}
			i = j
			continue
		}
		if text[i] == ' ' {
			// Romaji puts spaces between words; kana does not (しぬ ほど
			// read apart is not しぬほど).
			i++
			continue
		}
		b.WriteByte(text[i])
		i++
	}
	return b.String(), true
}

// romajiLoans are English words romaji writers mix in that would spell
// other kana (game is not がめ, home not ほめ, line not りね) or no kana at
// all: a farewell (bye) ends a romaji message as バイバイ ends a kana one.
var romajiLoans = map[string]string{"game": "ゲーム", "games": "ゲーム", "home": "ホーム", "line": "ライン",
	"bye": "バイバイ", "byebye": "バイバイ", "goodbye": "さようなら"}

func isLatin(c byte) bool { c |= 0x20; return 'a' <= c && c <= 'z' }
