package advice

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/jatext"
	"github.com/akari-career/akari/internal/pattern"
	"github.com/akari-career/akari/internal/playbook"
)

// Facts told right after a note (「3回更新して、今2年半くらいです」 after the
// note on a contract not renewed; 「30時間分って書いてある。でも実際は月50時間
// くらいやってる」 after the note on fixed overtime pay) are the person's case
// for it: the sentence of the note they bear on is what applies, and is
// quoted back — not the topic menu of small talk, nor the worry's first
// steps again.

// caseTold reports whether the message is a short statement, not a
// question, thanks or a cry of pain: what a person tells of their case.
func caseTold(in input) bool {
	return in.ask == akari.AskNone && !in.distressed && in.short() && !in.asks()
}

// noteSaidLast returns the note of ns that Akari's last reply gave.
func noteSaidLast(ns []*playbook.Note, in input) (playbook.Note, bool) {
	last := in.lastReplies(1)
	if len(last) == 0 {
		return playbook.Note{}, false
	}
	for _, n := range ns {
		if saysNote(last[0], n, in) {
			return *n, true
		}
	}
	return playbook.Note{}, false
}

// factsOnNote answers a short statement right after a note with the
// sentence of that note its facts bear on, quoted; nil when the message
// is no statement of a case (caseTold), no note was Akari's last reply,
// or none of its sentences holds the facts told.
func factsOnNote(pb *playbook.Playbook, lis *playbook.Listening, f *playbook.Facet, in input) []string {
	if !caseTold(in) || heardSaid.MatchString(in.text) {
		return nil
	}
	terms := factTerms(in.text)
	if len(terms) == 0 {
		return nil
	}
	n, ok := noteSaidLast(notes(pb, lis, f, in), in)
	if !ok {
		return nil
	}
	// Within a worry its guidance reads the facts too (週3で1年半 → the
	// days a part-timer gets): a quote must hold more of them than with
	// no worry on the table, where the other answer is small talk.
	need := 2
	if in.cat != akari.Other {
		need = 3
	}
	quote, ok := factQuote(n.Text, terms, need)
	if !ok || unsaid(quote, in.lastReplies(2)) != quote {
		return nil
	}
	return []string{joinWithin([]string{pickRotating(lis.FactsLead, int(in.msg%1024), in), quote, factCheckIn(lis, in)})}
}

// caseAfterNote answers, with no worry on the table, the person's case
// told right after a note: the sentence of it the facts bear on
// (factsOnNote) or, when none holds them and no small talk names the
// message (「今は夫の扶養に入ってます」 after the note on joining the shop's
// insurance), thanks for the case and what weighs on them in it — not a
// greeting and the topics, as for a first message with no worry. nil when
// no case was told right after a note.
func caseAfterNote(pb *playbook.Playbook, lis *playbook.Listening, in input) []string {
	if texts := factsOnNote(pb, lis, nil, in); texts != nil {
		return texts
	}
	if !caseTold(in) || smallTalkNamed(pb, in) {
		return nil
	}
	if _, ok := noteSaidLast(notes(pb, lis, nil, in), in); !ok {
		return nil
	}
	return []string{pickRotating(lis.FactsTold, int(in.msg%1024), in)}
}

// heardSaid is a claim heard and put to Akari, a question with no question
// mark (月60時間超えると割増率上がるって本当), not the person's case.
var heardSaid = pattern.MustCompile(`(本当|ほんと|ホント|マジ|まじ|らしい|らしいけど|なの|なん|かな|っけ)[。!！…]*$`)

// factQuote quotes the sentence of note that holds most of the words told
// (factTerms), a number with its counter (3回, 30時間) weighing twice a
// word: the numbers are the person's case — if it holds need of them. A
// sentence that holds one word alone says too little of which sentence the facts bear on (給与明細 in
// 「給与明細見たら深夜手当の欄がない…」 is a new worry, not a case).
func factQuote(note string, words [][]string, need int) (string, bool) {
	counted := false
	for _, w := range words {
		counted = counted || strings.IndexFunc(w[0], unicode.IsDigit) >= 0
	}
	best, bestScore := "", 0
	for _, s := range sentences(note) {
		folded, score := foldMonths(jatext.Fold(s)), 0
		for _, w := range words {
			score += wordScore(folded, w)
		}
		if score > 0 && counted && containsAny(folded, conditionWords) {
			// Numbers told are weighed against a condition: the
			// sentence that sets one (その時間を超えた分は) is what
			// applies to them.
			score++
		}
		if score > bestScore {
			best, bestScore = s, score
		}
	}
	if bestScore < need {
		return "", false
	}
	return "「" + innerQuotes.Replace(strings.TrimSuffix(best, "。")) + "」", true
}

// conditionWords set a condition a number is weighed against.
var conditionWords = []string{"場合", "超え", "以上", "未満", "以下", "過ぎ", "満た", "なら"}

// leadingCounters come before their number (週3, 月9万, 時給1100).
const leadingCounters = "週月給年"

// wordScore is what one word told (in its forms) adds to a sentence's
// score: two for a number with its counter, one for a word, nothing when
// the sentence holds none of its forms.
func wordScore(sentence string, forms []string) int {
	for _, t := range forms {
		r, _ := utf8.DecodeRuneInString(t)
		switch {
		case unicode.IsDigit(r):
			// 4回: any number with the counter.
			if countedIn(sentence, t) {
				return 2
			}
		case strings.IndexFunc(t, unicode.IsDigit) >= 0:
			// 週3: the counter before the number, as told.
			if strings.Contains(sentence, t) {
				return 2
			}
		case strings.Contains(sentence, t):
			return 1
		}
	}
	return 0
}

// countedIn reports whether s counts in the counter of n (a number and the
// first character of its counter, 4回): any number before it will do — the
// note says 3回以上 of the person's 4回, たとえば30時間 of their 20時間.
func countedIn(s, n string) bool {
	counter, _ := utf8.DecodeLastRuneInString(n)
	prev := rune(0)
	for _, r := range s {
		if r == counter && unicode.IsDigit(prev) {
			return true
		}
		prev = r
	}
	return false
}

// factTerms returns the words of a statement of facts, each as the forms a
// note's sentence may hold it in: a number with the first character of its
// counter (3回更新 gives 3回), and a run of kanji or katakana as the
// two-character words inside it (回更新 gives 更新) — a note says 3回以上
// 更新, not 3回更新.
func factTerms(text string) [][]string {
	var out [][]string
	termRuns(text, func(run []rune) {
		i := 0
		for i < len(run) {
			j := i
			for j < len(run) && unicode.IsDigit(run[j]) {
				j++
			}
			if j > i {
				if j < len(run) {
					out = append(out, []string{string(run[i : j+1])})
				} else if i > 0 && strings.ContainsRune(leadingCounters, run[i-1]) {
					// 週3, 時給1100: the counter before the number.
					out = append(out, []string{string(run[i-1 : j])})
				}
				i = j
				continue
			}
			for j < len(run) && !unicode.IsDigit(run[j]) {
				j++
			}
			var forms []string
			for k := i; k+2 <= j; k++ {
				if w := string(run[k : k+2]); !slices.Contains(everydayTerms, w) {
					forms = append(forms, w)
				}
			}
			if len(forms) > 0 {
				out = append(out, forms)
			}
			i = j
		}
	})
	return out
}
