package advice

import (
	"strings"

	"github.com/akari-career/akari/internal/playbook"
)

// planSize is how many things to do a plan lists: a week holds three.
const planSize = 3

// plan answers 「今週やることを3つにまとめてもらえますか」 with what to do,
// gathered from what Akari said in this conversation — the advice of the
// notes she gave, then the steps she gave — and filled, when fewer were
// said, with the worry's steps not said yet.
func plan(pb *playbook.Playbook, lis *playbook.Listening, f *playbook.Facet, in input) []string {
	var acts []string
	add := func(a string) {
		if a != "" && len(acts) < planSize && !strings.Contains(strings.Join(acts, "\n"), a) {
			acts = append(acts, a)
		}
	}
	for _, n := range notes(pb, lis, f, in) {
		if in.alreadySaid(n.Text) {
			add(action(n.Text))
		}
	}
	steps := stepTexts(pb, f, in)
	for _, s := range steps {
		if in.alreadySaid(s) {
			add(firstSentence(s))
		}
	}
	for _, s := range steps {
		add(firstSentence(s))
	}
	if len(acts) == 0 {
		return nil
	}
	var b strings.Builder
	b.WriteString(pickRotating(lis.PlanLead, int(in.msg%1024)+in.turn, in))
	b.WriteString("\n")
	for i, a := range acts {
		b.WriteString("\n")
		b.WriteRune(rune('①' + i))
		b.WriteString(a)
	}
	return []string{joinWithin([]string{b.String(), checkIn(lis, in)})}
}

// action is the sentence of a note that says what to do (〜ましょう,
// 〜てください), or "" when it only tells a rule.
func action(note string) string {
	for s := range strings.SplitAfterSeq(note, "。") {
		s = strings.TrimSpace(s)
		if strings.Contains(s, "ましょう") || strings.Contains(s, "てください") {
			return s
		}
	}
	return ""
}

// firstSentence is a step's first sentence: what to do, without the why.
func firstSentence(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.Index(s, "。"); i >= 0 {
		return s[:i+len("。")]
	}
	return s
}
