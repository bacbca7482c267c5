package worry

import (
	"strings"

	"github.com/akari-career/akari/internal/akari"
)

// Follow-ups: in a conversation about one worry, people write things like
// "どうしたらいい？", "それで悩んでて", "うん" or "具体的には?". On its own
// such a message says nothing about the worry, and classifying it afresh
// would throw the conversation off topic.
const (
	// shortFollowUp is the length (normalised characters) up to which a
	// message with no clear signal of its own is read as a follow-up.
	shortFollowUp = 20
	// switchConfidence is how sure the model must be of another worry to
	// leave the current one on a short message.
	switchConfidence = 0.75
	// contextConfidence is the confidence reported when the current worry
	// is kept: a rule, fairly sure but not certain, and above LowConfidence
	// so the engine does not ask again what the worry is.
	contextConfidence = 0.7
)

// followUpCues are phrases that continue a conversation rather than start
// one: acknowledgements, requests for more, and "what should I do". They
// are written in the classifier's normalised form (hiragana, lower case)
// and separated by "|". They live in code rather than prompts/ because they
// are about how conversations flow, not about any worry.
const followUpCues = "うん|はい|そう|なるほど|たしかに|確かに|了解|りょうかい|わかった|わかりました|ok|おk|ええ|でも|だけど|" +
	"どうしたら|どうすれば|どうやって|どうしよう|どう思|どうかな|具体的|ぐたいてき|詳しく|くわしく|例えば|たとえば|" +
	"他には|ほかには|ほかに|他に|それで|それから|それが|それも|それは|なんで|なぜ|本当|ほんと|まじ|悩んで|困って|" +
	"つらい|辛い|しんどい|不安|どうにか|助けて|もっと|次は|つぎは|ですよね|だよね"

// ClassifyInContext classifies text as the next message in a conversation
// whose worry is current (empty or other when none yet). A short follow-up
// with no strong signal of its own keeps current (Source "context"); a
// clearly new worry switches; greetings and thanks are "other". Crisis
// detection is the same as Classify's.
func (m *Model) ClassifyInContext(text string, current akari.Category) akari.Classification {
	a := m.analyse(text)
	c := m.classification(a)
	if !current.Valid() || current == akari.Other || c.Category == current {
		return c
	}
	keep := akari.Classification{Category: current, Crisis: c.Crisis, Confidence: contextConfidence, Source: "context"}
	short := a.length <= shortFollowUp
	if c.Category == akari.Other {
		// Greetings, thanks and questions about Akari are "other"; a
		// follow-up cue ("ありがとう、それでどうしたらいい？") means the
		// person is still on the same worry.
		if m.hasFollowUpCue(text) {
			return keep
		}
		if short && m.IsLowConfidence(c) && !c.Crisis {
			return keep
		}
		return c
	}
	// Another worry: switch when the model is sure, or the message is long
	// enough to stand on its own.
	if short && c.Confidence < switchConfidence {
		return keep
	}
	if !short && m.IsLowConfidence(c) && a.probs[m.index(current)] >= c.Confidence/2 {
		// An unsure guess that current nearly matches: stay.
		return keep
	}
	return c
}

func (m *Model) index(c akari.Category) int {
	for i, in := range m.infos {
		if in.ID == c {
			return i
		}
	}
	return 0
}

// hasFollowUpCue reports whether text, normalised, contains a follow-up cue.
func (m *Model) hasFollowUpCue(text string) bool {
	var buf [maxStackRunes]rune
	norm := string(normalize(buf[:0], text, classifierView))
	for cue := range strings.SplitSeq(followUpCues, "|") {
		if strings.Contains(norm, cue) {
			return true
		}
	}
	return false
}
