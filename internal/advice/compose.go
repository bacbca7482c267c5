package advice

import (
	"strings"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/playbook"
)

// stepsPerReply is how many steps a reply offers when they fit, and how far
// the window over the playbook's steps moves with each guidance reply.
const stepsPerReply = 3

// maxKeywordLines bounds how many of the person's words one reply picks up.
const maxKeywordLines = 2

// guidance composes a worry reply in two texts:
//
//  1. empathy fitted to the message, the person's own words picked up
//     (派遣, OJT…), and the key insight;
//  2. two or three numbered next steps and one question back.
func guidance(pb *playbook.Playbook, in input) []string {
	kws, terms := pickKeywords(pb.Keywords, in)
	mentioned := mentionedTerms(pb.Keywords, in)
	empathy := pickEmpathy(pb.Empathy, in)
	insight := pickInsight(pb.Insights, in, terms)

	var first strings.Builder
	first.WriteString(empathy)
	budget := MaxRunes - runes(empathy) - runes(insight) - 4 // two "\n\n"
	picked := 0
	for _, k := range kws {
		if picked == maxKeywordLines {
			break
		}
		n := runes(k) + 1 // its "\n" separator (the first one reuses "\n\n")
		if n > budget {
			continue
		}
		if picked == 0 {
			first.WriteString("\n\n")
		} else {
			first.WriteString("\n")
		}
		first.WriteString(k)
		budget -= n
		picked++
	}
	first.WriteString("\n\n")
	first.WriteString(insight)

	question := pickRotating(pb.Questions, in.guide, in)
	header := stepsHeader(in.guide)
	var second strings.Builder
	second.WriteString(header)
	budget = MaxRunes - runes(header) - runes(question) - 2
	for i, s := range pickSteps(pb.Steps, mentioned, in) {
		line := string(rune('①'+i)) + s
		n := runes(line) + 1
		if i >= 2 && n > budget { // two steps always fit within the limits
			break
		}
		second.WriteString("\n")
		second.WriteString(line)
		budget -= n
	}
	second.WriteString("\n\n")
	second.WriteString(question)
	return []string{first.String(), second.String()}
}

// smallTalk answers greetings, thanks and questions about Akari: the lines
// whose keywords the message contains (at most two, in the order the
// person wrote them), else a general one, then an invitation.
func smallTalk(pb *playbook.Playbook, in input) []string {
	type hit struct {
		at   int
		text string
	}
	var hits []hit
	for _, l := range pb.Empathy {
		if at := matchAt(l.Keywords, in); at >= 0 {
			hits = append(hits, hit{at, l.Text})
		}
	}
	// Insertion sort: a handful of lines, and it keeps file order on ties.
	for i := 1; i < len(hits); i++ {
		for j := i; j > 0 && hits[j].at < hits[j-1].at; j-- {
			hits[j], hits[j-1] = hits[j-1], hits[j]
		}
	}
	var b strings.Builder
	for i, h := range hits {
		if i == 2 {
			break
		}
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(h.text)
	}
	if len(hits) == 0 {
		b.WriteString(pickGeneral(pb.Empathy, int(in.msg), in))
	}
	b.WriteString("\n\n")
	b.WriteString(pickRotating(pb.Questions, int(in.msg%1024)+in.turn, in))
	return []string{b.String()}
}

// stepsHeader introduces the steps; later turns say they bring something new.
func stepsHeader(guide int) string {
	switch {
	case guide == 0:
		return "今日からできそうなことを、いくつか挙げてみますね。"
	case guide%3 == 1:
		return "前回とは少し違う角度から、次の一歩を挙げてみますね。"
	case guide%3 == 2:
		return "もう一歩進めるなら、こんなことも試せます。"
	default:
		return "続けて、できそうなことを挙げてみますね。"
	}
}

func runes(s string) int { return utf8.RuneCountInString(s) }
