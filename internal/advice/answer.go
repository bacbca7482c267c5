package advice

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/playbook"
)

// A short answer to Akari's own question (「3年くらい」「人事には言ってない」)
// is given back first, in one line built from its own words, then a line
// says what it means for the next step; the steps go on from there. The
// worry's general empathy is not said again: the person has already heard
// it, and what they just told is more specific.

// answerOpening is the reflection of the answer and what it means; f is
// the facet that leads the reply (a body sign's duration means something
// else than a quarrel's).
func answerOpening(lis *playbook.Listening, f *playbook.Facet, in input) string {
	seed := int(in.msg%1024) + in.turn
	a := in.answer
	line := reflection(a, in)
	var means []string
	switch a.Kind {
	case akari.AnswerDuration:
		if asksTenure(lastQuestion(in)) {
			break // how long they have worked there: not a hardship in itself
		}
		switch {
		case f != nil && f.Care && underTwoWeeks(a.What):
			means = lis.AnswerBodyRecent
		case f != nil && f.Care:
			// Two weeks of a sign is already when a doctor is worth
			// seeing; it is not "early".
			means = lis.AnswerBodyLong
		case a.Months >= 0 && a.Months < 6:
			means = lis.AnswerRecent
		default:
			means = lis.AnswerLong
		}
	case akari.AnswerOften:
		means = lis.AnswerOften
	case akari.AnswerSometimes:
		means = lis.AnswerSometimes
	case akari.AnswerNotTold, akari.AnswerCannot:
		means = lis.AnswerNotTold
	case akari.AnswerTold:
		means = lis.AnswerTold
	case akari.AnswerYes, akari.AnswerNo:
		// 「相談したことはありますか？」「はい」: told, in other words.
		if q := lastQuestion(in); asksTold(q) {
			means = lis.AnswerNotTold
			if a.Kind == akari.AnswerYes {
				means = lis.AnswerTold
			}
		}
	}
	if m := pickRotating(means, seed, in); m != "" {
		return line + "\n" + m
	}
	return line
}

// reflection gives the answer back in its own words.
func reflection(a akari.Answer, in input) string {
	who := a.What
	nobody := who == "誰" || who == "だれ"
	switch a.Kind {
	case akari.AnswerDuration:
		if asksTenure(lastQuestion(in)) {
			return a.What + "、いまの職場でがんばってきたんですね。"
		}
		return a.What + "続いているんですね。"
	case akari.AnswerOften, akari.AnswerSometimes:
		return a.What + "なんですね。"
	case akari.AnswerRemote:
		if a.What == "0" {
			return "いまは在宅の日はないんですね。"
		}
		return "在宅は週" + a.What + "日なんですね。"
	case akari.AnswerNotTold:
		switch {
		case nobody:
			return "まだ誰にも話していないんですね。"
		case who == "":
			return "まだ話していないんですね。"
		}
		return who + "には、まだ話していないんですね。"
	case akari.AnswerCannot:
		switch {
		case nobody:
			return "誰にも言えずにいるんですね。"
		case who == "":
			return "なかなか言い出せずにいるんですね。"
		}
		return who + "には、なかなか言い出せずにいるんですね。"
	case akari.AnswerTold:
		if who == "" {
			return "もう伝えてあるんですね。"
		}
		return who + "には、もう伝えてあるんですね。"
	case akari.AnswerYes, akari.AnswerNo:
		if s := echo(lastQuestion(in), a.Kind == akari.AnswerYes); s != "" {
			return s
		}
	}
	return "そうなんですね。教えてくれてありがとうございます。"
}

// yesNoEnds turn the end of a yes/no question into the two statements that
// answer it: 「人はいますか」 → 「人はいるんですね」/「人はいないんですね」.
var yesNoEnds = []struct{ ask, yes, no string }{
	{"ていますか", "ているんですね。", "ていないんですね。"},
	{"てますか", "ているんですね。", "ていないんですね。"},
	{"いますか", "いるんですね。", "いないんですね。"},
	{"ありますか", "あるんですね。", "ないんですね。"},
	{"ありそうですか", "ありそうなんですね。", "なさそうなんですね。"},
	{"気がしますか", "気がするんですね。", "気がしないんですね。"},
	{"なりますか", "なるんですね。", "ならないんですね。"},
	{"できそうですか", "できそうなんですね。", "するのは難しそうなんですね。"},
	{"できますか", "できるんですね。", "するのは難しいんですね。"},
}

// softeners are words of the question that do not belong in its echo.
var softeners = [...]string{"よければ、", "もしよければ、", "ちなみに、", "そのことを、", "そのことで、", "そのことは、", "逆に、", "少しでも", "少しは", "ちょっとでも", "何か"}

// echo turns Akari's yes/no question into the statement the answer makes,
// or "" when the question has no form it knows.
func echo(q string, yes bool) string {
	if yes {
		q = strings.ReplaceAll(q, "これまでに一度でも", "これまでに")
	} else {
		q = strings.ReplaceAll(q, "一度でも", "一度も") // 一度も取れたことはない
	}
	for _, s := range softeners {
		q = strings.ReplaceAll(q, s, "")
	}
	q = strings.TrimSpace(q)
	for _, w := range [...]string{"どんな", "何", "なに", "どう", "どこ", "誰", "だれ", "いつ", "どれ", "どの", "どちら", "なぜ"} {
		if strings.Contains(q, w) {
			return "" // 「どんなことを言われていますか？」 is not answered by yes or no
		}
	}
	for _, e := range yesNoEnds {
		base, ok := strings.CutSuffix(q, e.ask)
		if !ok || base == "" || strings.HasSuffix(base, "ませ") {
			continue
		}
		if e.no == "するのは難しそうなんですね。" || e.no == "するのは難しいんですね。" {
			// 「相談できそうですか」: only a noun verb (相談, 連絡) takes する.
			last, _ := utf8.DecodeLastRuneInString(base)
			if !unicode.Is(unicode.Han, last) {
				continue
			}
			if yes {
				return base + e.yes
			}
			return base + e.no
		}
		if yes {
			return base + e.yes
		}
		return base + e.no
	}
	return ""
}

// lastQuestion is the question Akari's previous reply ended with.
func lastQuestion(in input) string { return in.asked }

// underTwoWeeks reports whether a duration is a few days or a week
// (「3日くらい」「1週間」), not yet the two weeks after which a lasting sign
// is worth a doctor's look.
func underTwoWeeks(span string) bool {
	n, unit := 0, ""
	for i, r := range span {
		switch {
		case r >= '0' && r <= '9':
			n = n*10 + int(r-'0')
		case r == '一':
			n = 1
		case r == '二':
			n = 2
		case r == '数':
			n = 3
		default:
			unit = span[i:]
		}
		if unit != "" {
			break
		}
	}
	switch {
	case strings.HasPrefix(unit, "日"):
		return n < 14
	case strings.HasPrefix(unit, "週間"):
		return n < 2
	}
	return false
}

// answerTerms are the words of an answer that a step speaking to it
// contains: who was or was not told; for a worry that has gone on long,
// keeping a record of it.
func answerTerms(a akari.Answer) []string {
	switch a.Kind {
	case akari.AnswerTold, akari.AnswerNotTold, akari.AnswerCannot:
		if a.What != "" && a.What != "誰" && a.What != "だれ" {
			return []string{a.What}
		}
	case akari.AnswerDuration:
		if a.Months < 0 || a.Months >= 6 {
			return []string{"記録", "メモ"}
		}
	}
	return nil
}

// asksTold reports whether a question asks if the person has told
// someone (「上司には相談しましたか？」「相談したことはありますか？」).
func asksTold(q string) bool {
	for _, v := range [...]string{"相談し", "伝え", "話し", "言い", "打ち明け"} {
		if i := strings.Index(q, v); i >= 0 {
			rest := q[i:]
			return strings.Contains(rest, "ましたか") || strings.Contains(rest, "たことは") || strings.Contains(rest, "てありますか") || strings.Contains(rest, "ていますか")
		}
	}
	return false
}

// asksTenure reports whether a question asks how long the person has
// worked where they are.
func asksTenure(q string) bool {
	for _, w := range [...]string{"働い", "勤め", "在籍", "年目", "続けて"} {
		if strings.Contains(q, w) {
			return true
		}
	}
	return false
}
