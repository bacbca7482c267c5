package jatext

import (
	"strings"
	"unicode"
)

// WorkTerms spells the work terms a question names in kana (さっきの
// しゅうぎょうきそくってなに, しかくとったらあがる？, 106まんのかべ) as a
// kanji typist writes them, so that the notes keyed on 就業規則, 資格 and
// 106万 answer them. Only words whose kana say one thing are read, each
// with what may follow it where a shorter spelling would hide in another
// word (しかく in しかくい) — and none a keyword of prompts/ spells in kana
// (ゆうきゅう, いくきゅう, ふよう: TestWorkTermsLeaveKanaKeywords), which
// would stop meeting the message they were written for.
func WorkTerms(s string) string {
	if strings.Contains(s, "まん") {
		s = tenThousands(s)
	}
	if !mayHoldWorkTerm(s) {
		// A Replacer allocates even when it replaces nothing, and this
		// runs for every message the advisor reads.
		return s
	}
	return workTerms.Replace(s)
}

// mayHoldWorkTerm reports whether s holds the kana a term of workTerms
// starts with or is made of.
func mayHoldWorkTerm(s string) bool {
	for _, part := range workTermParts {
		if strings.Contains(s, part) {
			return true
		}
	}
	return false
}

// workTermParts holds, for every term of workTerms, a part of it.
var workTermParts = []string{"しゅうぎょう", "ろうどう", "けいやく", "たいしょく", "しかく", "きゅう", "ふくし", "けんしゅう", "ろうき", "かべ"}

// workTermPairs are the kana of each term and its kanji.
var workTermPairs = []string{
	"しゅうぎょうきそく", "就業規則", "ろうどうじょうけん", "労働条件", "こようけいやく", "雇用契約",
	"たいしょくとどけ", "退職届", "たいしょくねがい", "退職願", "たいしょくきん", "退職金",
	"しかくとっ", "資格とっ", "しかくを", "資格を", "しかくが", "資格が", "しかくって", "資格って", "しかくの", "資格の", "しかくは", "資格は",
	"しかくてあて", "資格手当", "しょうきゅう", "昇給", "きゅうりょう", "給料", "じきゅう", "時給",
	"かいごふくしし", "介護福祉士", "じつむしゃけんしゅう", "実務者研修", "しょにんしゃけんしゅう", "初任者研修", "ろうきしょ", "労基署",
	"ろうどうきじゅんかんとくしょ", "労働基準監督署",
	"万のかべ", "万の壁",
}

var workTerms = strings.NewReplacer(workTermPairs...)

// tenThousands writes 万 for the まん after a number (106まん → 106万).
func tenThousands(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		if rs[i] == 'ま' && i+1 < len(rs) && rs[i+1] == 'ん' && i > 0 && unicode.IsDigit(rs[i-1]) {
			b.WriteRune('万')
			i++
			continue
		}
		b.WriteRune(rs[i])
	}
	return b.String()
}
