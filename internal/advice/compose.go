package advice

import (
	"strings"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/playbook"
)

// stepsPerReply is how many steps a reply offers when they fit, and how far
// the window over the playbook's steps moves with each guidance reply.
const stepsPerReply = 3

// maxKeywordLines bounds how many of the person's words one reply picks up.
const maxKeywordLines = 2

// guidance composes a worry reply in two texts:
//
//  1. empathy fitted to the message (the active facet's first), the
//     person's own words picked up (派遣, OJT…), and the key insight;
//  2. two or three numbered next steps that fit what is known about the
//     person, and one question back that asks nothing they already told.
//
// A message sent again is met as such: a line says it was heard, and the
// steps move on.
func guidance(pb *playbook.Playbook, lis *playbook.Listening, f *playbook.Facet, in input) []string {
	kws, terms := pickKeywords(pb.Keywords, in)
	if f != nil && f.Exclusive {
		// Nor do the worry's lines for the person's words: 出社 in a
		// worry about envy (我慢の出社は長続きしにくい) is not 出社 the
		// company now requires.
		kws = nil
	}
	mentioned := mentionedTerms(pb.Keywords, in)
	empathy := ""
	if f != nil {
		empathy = pickFacetEmpathy(f.Empathy, in)
	}
	if empathy == "" && (f == nil || !f.Exclusive) {
		// An exclusive facet (already quit, student) is a different
		// situation: the worry's own lines (「辞めたいと思いながら…」) would
		// not fit, so none is better than those.
		empathy = pickEmpathy(pb.Empathy, in)
	}
	if in.repeat {
		empathy = pickRotating(lis.Repeated, int(in.msg%1024), in) + "\n" + empathy
	}
	var insight string
	if f != nil {
		insight = pickRotating(insightTexts(pb, f), 0, in)
	} else {
		insight = pickInsight(pb.Insights, in, terms)
	}

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
	firstText := strings.TrimSpace(first.String())
	answered := in.answer.Kind != akari.AnswerNone
	if answered {
		// The answer just given is what is acknowledged, not the worry
		// in general.
		firstText = answerOpening(lis, f, in)
	}

	fresh := 0
	for _, s := range stepTexts(pb, f, in) {
		if !in.alreadySaid(s) {
			fresh++
		}
	}
	if fresh == 0 && (in.guide > 0 || answered || f != nil) {
		// Every step that fits was given lately: old steps under a new
		// heading would be repetition, so say honestly that this is
		// the core of it.
		texts := more(pb, lis, f, in)
		if answered && runes(firstText)+2+runes(texts[0]) <= MaxRunes {
			texts[0] = firstText + "\n\n" + texts[0]
		}
		return texts
	}
	start := in.guide * stepsPerReply
	if answered {
		// After an answer, the most important steps not yet given, in
		// the order written; one that names who was or was not told
		// (人事, 上司) comes first.
		start, mentioned = 0, answerTerms(in.answer)
	}
	if f != nil || in.repeat {
		// What was said is skipped; the facet's own steps lead, in the
		// order written.
		start, mentioned = 0, nil
	}
	question := pickQuestion(questionTexts(pb, f, in), in.guide, lis, in)
	header := pickRotating(lis.StepsLead, in.guide, in)
	if in.repeat {
		header = pickRotating(lis.MoreLead, in.guide, in)
	}
	if answered {
		header = pickRotating(lis.AnswerLead, in.guide, in)
	}
	var second strings.Builder
	second.WriteString(header)
	budget = MaxRunes - runes(header) - runes(question) - 2
	for i, s := range pickSteps(stepTexts(pb, f, in), mentioned, start, in) {
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
	return []string{firstText, second.String()}
}

// pickQuestion picks a question from qs, moving on with seed; when every
// one was asked recently (or none may be asked), a light check-in question
// that asks no fact.
func pickQuestion(qs []string, seed int, lis *playbook.Listening, in input) string {
	if q := pickRotating(qs, seed, in); q != "" && !in.alreadySaid(q) {
		return q
	}
	if q := pickRotating(usableQuestions(lis.CheckIn, in), int(in.msg%1024), in); q != "" {
		return q
	}
	return pickRotating(qs, seed, in)
}

// pickFacetEmpathy prefers a facet line whose keywords the message holds,
// then a general one; "" when every line was said recently.
func pickFacetEmpathy(lines []playbook.Line, in input) string {
	for _, l := range lines {
		if len(l.Keywords) > 0 && l.Fits(in.mem) && matchAt(l.Keywords, in) >= 0 && !in.alreadySaid(l.Text) {
			return l.Text
		}
	}
	for _, l := range lines {
		if len(l.Keywords) == 0 && l.Fits(in.mem) && !in.alreadySaid(l.Text) {
			return l.Text
		}
	}
	return ""
}

// smallTalk answers greetings, thanks and questions about Akari: the lines
// whose keywords the message contains (at most two, in the order the
// person wrote them), else a general one, then an invitation — or the
// first line's own question (a feeling told is asked about).
// smallTalkNamed reports whether a line of small talk names the message
// (a greeting, thanks, a feeling, a day's end).
func smallTalkNamed(pb *playbook.Playbook, in input) bool {
	for _, l := range pb.Empathy {
		if matchAt(l.Keywords, in) >= 0 {
			return true
		}
	}
	return false
}

func smallTalk(pb *playbook.Playbook, in input) []string {
	type hit struct {
		at        int
		text, ask string
	}
	var hits []hit
	for _, l := range pb.Empathy {
		if at := matchAt(l.Keywords, in); at >= 0 {
			hits = append(hits, hit{at, l.Text, l.Ask})
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
	if len(hits) > 0 && hits[0].ask != "" {
		b.WriteString(hits[0].ask)
	} else {
		b.WriteString(pickRotating(questionTexts(pb, nil, in), int(in.msg%1024)+in.turn, in))
	}
	return []string{b.String()}
}

func runes(s string) int { return utf8.RuneCountInString(s) }
