package advice

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/jatext"
	"github.com/akari-career/akari/internal/pattern"
	"github.com/akari-career/akari/internal/playbook"
)

// A question that points back at a note given just before, which none of
// that note's follow-up lines answers (「さっきの130万って社会保険のほう？」),
// is answered by the sentence of the note that holds what it names, quoted:
// the answer is there, and quoted it is not the same sentence said twice in
// a row.

// askedAgain answers a question that names, by its own words, a note given
// just before (「伝えたら不利になりませんか？」 right after the note on
// telling an interviewer about an illness) with the sentence of it that
// answers, quoted; nil when it names none, or none of its sentences holds
// what it asks. A last resort: a note not given yet that the question
// names comes first.
func askedAgain(pb *playbook.Playbook, lis *playbook.Listening, f *playbook.Facet, in input) []string {
	if !in.asks() {
		return nil
	}
	if n, ok := pickNoteOf(saidLately(notes(pb, lis, f, in), in), asNew(in)); ok {
		return recap(lis, n, in)
	}
	return nil
}

// recap answers a question pointing back at a note given just before with
// the sentence of it that holds what the question names, or nil when no
// sentence holds any of it.
func recap(lis *playbook.Listening, n playbook.Note, in input) []string {
	quote, ok := quoteFor(n.Text, in.text)
	if !ok || unsaid(quote, in.lastReplies(2)) != quote {
		// Quoted just before (「週20時間こえたらどうなる？」 right after
		// the same sentence was quoted for 「106万の壁って？」): said
		// again, it would be taken out of the reply, leaving its lead
		// alone.
		return nil
	}
	return []string{joinWithin([]string{pickRotating(lis.RecapLead, int(in.msg%1024), in), quote, factCheckIn(lis, in)})}
}

// saidLately returns the notes of ns given in Akari's last followWindow
// replies.
func saidLately(ns []*playbook.Note, in input) []*playbook.Note {
	var out []*playbook.Note
	for _, n := range ns {
		for _, t := range in.lastReplies(followWindow) {
			if saysNote(t, n, in) {
				out = append(out, n)
				break
			}
		}
	}
	return out
}

// quoteFor quotes the sentence of a note given just before that holds
// most of the words the question names, the later ones weighing more, if
// one holds any (「130万」 and 「社会保険」 in
// 「さっきの130万って社会保険のほう？」): the answer is in it, and quoted it
// is not the same sentence said twice in a row.
func quoteFor(note, question string) (string, bool) {
	terms := questionTerms(question)
	best, bestScore, next := "", -1, ""
	parts := sentences(note)
	for k, t := range parts {
		score := 0
		folded := foldMonths(jatext.Fold(t))
		for i, w := range terms {
			if strings.Contains(folded, w) {
				// A Japanese question ends on its point: 「さっきの店長の
				// 経験、職務経歴書にはどう書けば」 asks about 職務経歴書.
				score += (i + 1) * (i + 1)
			}
		}
		if score > bestScore {
			best, bestScore, next = t, score, ""
			if k+1 < len(parts) {
				next = parts[k+1]
			}
		}
	}
	if next != "" && (asksWhatKind.MatchString(question) || utf8.RuneCountInString(best) < shortQuote) {
		// 「どのような記録を残しておけば？」: the sentence naming 記録 says
		// it matters; the one after it says which.
		best += next
	}
	// Quotes inside the quote take the double brackets: 「…『…』…」.
	return "「" + innerQuotes.Replace(strings.TrimSuffix(best, "。")) + "」", bestScore > 0
}

// asksWhatKind asks which ones or what exactly: the sentence that names the
// subject and the one that lists it.
var asksWhatKind = pattern.MustCompile(`どのような|どういう|どんな|何を|なにを|具体的`)

var innerQuotes = strings.NewReplacer("「", "『", "」", "』")

// shortQuote: a sentence shorter than this (「バイトだから」は理由に
// なりません。) says the point but not what to do about it; the sentence
// after it is quoted with it.
const shortQuote = 30

// namedInText returns the note of ns whose text holds most of the words
// the question names, at least one of them not an everyday word of work
// talk.
func namedInText(ns []*playbook.Note, question string) (playbook.Note, bool) {
	var terms []string
	for _, w := range questionTerms(question) {
		if !slices.Contains(everydayTerms, w) {
			terms = append(terms, w)
		}
	}
	var best playbook.Note
	bestScore := 0
	for _, n := range ns {
		folded, score := foldMonths(jatext.Fold(n.Text)), 0
		for _, w := range terms {
			if strings.Contains(folded, w) {
				score++
			}
		}
		if score > bestScore {
			best, bestScore = *n, score
		}
	}
	return best, bestScore > 0
}

// everydayTerms are words of work talk too common to say which note a
// question is about.
var everydayTerms = []string{"会社", "仕事", "上司", "自分", "今日", "明日", "時間", "職場", "大丈夫", "本当", "結局"}

// questionTerms are the runs of kanji, katakana, digits and letters of a
// question, two characters or more: the words it names.
func questionTerms(q string) []string {
	var out []string
	termRuns(q, func(run []rune) {
		if len(run) >= 2 && !slices.Contains(pointingTerms, string(run)) {
			out = append(out, string(run))
		}
	})
	return out
}

// pointingTerms point at what was said and name nothing of it (親の介護が
// 必要になりそうで…その場合は？ asks about 介護, not 場合; general set 200,
// round 53).
var pointingTerms = []string{"場合", "感じ", "程度", "普通", "本当", "一応", "結局"}

// termRuns calls f with each run of term runes (kanji, katakana, letters,
// digits) of s, folded; run is reused after f returns.
func termRuns(s string, f func(run []rune)) {
	var run []rune
	for _, r := range foldMonths(jatext.Fold(s)) {
		if termRune(r) {
			run = append(run, r)
			continue
		}
		if len(run) > 0 {
			f(run)
		}
		run = run[:0]
	}
	if len(run) > 0 {
		f(run)
	}
}

func termRune(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF || r == '々' || r >= 0x30A1 && r <= 0x30FF ||
		r >= '0' && r <= '9' || r >= 'a' && r <= 'z'
}

// foldMonths writes every way of counting months (6ヶ月, 6か月, 6カ月) one
// way, so that a question and a note count them alike.
var foldMonths = strings.NewReplacer("ヶ月", "ヵ月", "か月", "ヵ月", "カ月", "ヵ月", "ケ月", "ヵ月", "ヵ月", "ヵ月").Replace
