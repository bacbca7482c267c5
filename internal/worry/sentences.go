package worry

import (
	"strings"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/akari"
)

// A long message tells a whole working day, and a sign in it is one
// sentence among many: the shift, the boss, the commute, and then what
// the person has begun to arrange. Read whole, the risk model weighs that
// sentence against all the work talk around it, and a word that makes
// risky words ordinary said elsewhere in the message reaches the sign
// too. So when a long message read whole shows no risk but leans that
// way, each of its sentences is read on its own, and one the risk model
// is all but certain of is a sign, at the level that sentence reads.
//
// On the kept crisis sets of round 46 (some 45,000 lines) this caught
// twelve more signs and raised no false alarm (docs/classifier.md, round
// 46; TestSentenceReadingOnKeptSets holds both). The sentence
// must read as a sign all but certainly: alone it has lost the context
// that settles it, and at 0.95 a kept care conversation's tired question
// (このまま続けてよいのか分からなくなってしまいました, 0.98) was read as a
// sign; a lower bar for the whole message (0.1) or a shorter one (40
// characters) brought false alarms on the crisis sets.
const (
	// minLongRunes is the shortest message read a sentence at a time.
	minLongRunes = 60
	// sentenceSure is how sure the risk model must be of one sentence.
	sentenceSure = 0.99
	// wholeLeans is how far the whole message must lean towards a sign:
	// below it the model read the sentence's words as the ordinary talk
	// around them.
	wholeLeans = 0.2
	// sentenceCertain is how sure the risk model must be of one sentence
	// of a long message that, whole, does not lean towards a sign at all:
	// a passive wish told among a day's worth of work talk (正直もう十分
	// 生きたし、いつお迎えが来てもいいと思っています, 0.000 whole).
	sentenceCertain = 0.99995
	// lastSentenceSure is how sure the risk model must be of the last
	// sentence of a long message it set aside whole, when the rules read a
	// sign in that sentence: said last, after the day's story, the wish is
	// the point (…先輩からは人前で叱責され、帰宅は深夜一時過ぎです。そんな
	// 毎日で、消えてしまいたいと思うことがあります: 0.0001 whole, 0.94
	// alone; care set 292, round 51). On the kept crisis sets, at 0.8 one
	// more sign and no false alarm; at 0.9 for any sentence, four false
	// alarms — every one a sentence before the last (a past crisis told,
	// a campaign's copy).
	lastSentenceSure = 0.8
	// tailLeans is how far the last sentence of a long message the model
	// set aside whole must lean towards a sign, alone, for the last two
	// sentences to be read together.
	tailLeans = 0.1
)

// readSentences reads text a sentence at a time when, whole, it showed no
// risk (r) though the risk model leant towards one, and raises r to the
// risk of the first sentence the risk model alone is sure shows one — the
// model's reading, explained as "model". A rule's reading of a sentence adds
// nothing then: the rules read the whole message already, with the context
// that settles them.
//
// Unless the risk model set the whole message's rule reading aside (model
// veto): read whole, a long day's work talk can drown the one sentence
// that says the rest (…最近は、私がいなくなっても誰も困らないし、いっそ
// いなくなりたいと思いながら洗濯物を畳んでいます: 0.000 whole, 1.000 alone;
// care set 276, round 47). Then a sentence the rules read as a sign and
// the model is sure of alone is that sign, explained by its rule. On the
// kept crisis sets: two more signs (練炭に火をつけ… in a long story among
// them) and one line labelled none now a concern (生きてるのか死んでるのか
// わからなくなる瞬間がある).
//
// The last sentence of a message the model set aside whole needs less
// (lastSentenceSure): a wish said last, after the day's story, is the
// point of it.
//
// A long message that, whole, does not lean towards a sign at all is read
// so too, and only a sentence the risk model is all but certain of
// (sentenceCertain) counts: 正直もう十分生きたし、いつお迎えが来てもいいと
// 思っています among a day of work talk (0.000 whole; crisis set 366,
// round 50). At 0.9995 a kept conversation's 画面の向こうにいると存在しない
// みたいで (0.9998) was read as a sign.
func (m *Model) readSentences(r *riskResult, text string) {
	if r.why == vetoedInJest && m.readJestClauses(r, text) {
		return
	}
	vetoed := r.why == "model veto"
	if r.risk != akari.RiskNone || utf8.RuneCountInString(text) < minLongRunes {
		return
	}
	sure := sentenceSure
	if r.prob < wholeLeans && !vetoed {
		sure = sentenceCertain
	}
	var buf [maxSentences]string
	parts := splitSentences(buf[:0], text)
	if len(parts) < 2 {
		return
	}
	var last analysis
	for i, p := range parts {
		a := m.analyseTextAs(p, false)
		last = a
		need := sure
		if vetoed && i == len(parts)-1 {
			need = lastSentenceSure
		}
		if !a.risk.risk.Crisis() || a.risk.prob < need {
			continue
		}
		switch {
		case !vetoed && a.risk.why == "model":
			*r = riskResult{risk: a.risk.risk, why: "model", prob: r.prob}
			return
		case vetoed && a.risk.why != "model":
			*r = riskResult{risk: a.risk.risk, why: a.risk.why, prob: r.prob}
			return
		}
	}
	if vetoed && len(parts) > 2 && (last.risk.risk.Crisis() || last.risk.prob >= tailLeans) {
		// The point said in the last two sentences, the means and then the
		// act (…校舎の4階の窓、鍵が壊れてるの知ってる。夏休み前に終わらせます;
		// …猫を引き取ってくれる人いないかな。明日から俺いないから: 0.000 whole,
		// 0.98 and 0.97 the two read together; crisis sets 396 and 397,
		// round 53), is read as the last sentence is — when the last
		// sentence itself leans that way: an ordinary one (課長のダメ出しも
		// 多いし今週ずっと終電) leaves the sign, if any, in the one before,
		// which was read on its own above. On the kept crisis sets: two
		// more signs; with no lean asked of the last sentence, one more and
		// two false alarms (a campaign's copy, 消えたいのは家事から笑).
		tail := parts[len(parts)-2] + parts[len(parts)-1]
		if a := m.analyseTextAs(tail, false); a.risk.risk.Crisis() && a.risk.why != "model" && a.risk.prob >= lastSentenceSure {
			*r = riskResult{risk: a.risk.risk, why: a.risk.why, prob: r.prob}
		}
	}
}

// jestClauseSure is how sure the risk model must be, of the clause alone,
// that a wish said in jest as often as not (消えたい) is meant, when the
// model set the wish aside over a long message (see readJestClauses).
const jestClauseSure = 0.9

// readJestClauses reads a long message whose wish the risk model set aside
// as said in jest (model veto, in jest) a clause at a time, and raises r
// to the wish's risk when the model alone is sure of the clause that holds
// it: read whole, a night's work told around it drowns the wish (…師長には
// 「段取りが悪い」ってまた詰められて、帰りの電車でずっと、もう消えてしまいたい
// なって思ってました。でも明日も日勤だし…: 0.007 whole, 0.998 for its
// clause; care set 326, round 55), where a wish in jest is as light alone
// as in its message (消えたいw). It reports whether it raised r.
func (m *Model) readJestClauses(r *riskResult, text string) bool {
	if utf8.RuneCountInString(text) < minLongRunes {
		return false
	}
	var buf [maxClauses]string
	for _, c := range splitOn(buf[:0], text, clauseMarks) {
		if strings.ContainsAny(c, "「『\"") || contrasted(c) {
			// A wish quoted is someone's words (「死にたい」ってつぶやいて
			// る); one followed by けど, what the rest of the sentence
			// answers (消えたいって毎日思ってたけど、これで本当に…):
			// only the whole message says whose, and what came of it.
			continue
		}
		a := m.analyseTextAs(c, false)
		if !a.risk.risk.Crisis() || a.risk.why == "model" || a.risk.prob < jestClauseSure {
			continue
		}
		*r = riskResult{risk: a.risk.risk, why: a.risk.why, prob: r.prob}
		return true
	}
	return false
}

// contrasted reports whether a clause ends by turning to what follows
// (…思ってたけど、).
func contrasted(clause string) bool {
	c := strings.TrimRight(clause, clauseMarks)
	for _, end := range []string{"けど", "けれど", "けども", "けれども", "のに", "ものの", "が"} {
		if strings.HasSuffix(c, end) {
			return true
		}
	}
	return false
}

// maxClauses bounds the clauses read on the stack; past it, appending
// allocates.
const maxClauses = 48

// clauseMarks end a clause: a sentence's marks and its commas.
const clauseMarks = sentenceMarks + "、，,　"

// sentenceMarks end a sentence.
const sentenceMarks = "。！？!?\n"

// splitSentences appends text's sentences, each with its closing mark, to
// dst.
func splitSentences(dst []string, text string) []string {
	return splitOn(dst, text, sentenceMarks)
}

// splitOn appends text's parts ending at any of marks, each with its
// closing mark, to dst.
func splitOn(dst []string, text, marks string) []string {
	start := 0
	for i, r := range text {
		if !strings.ContainsRune(marks, r) {
			continue
		}
		end := i + utf8.RuneLen(r)
		if s := strings.TrimSpace(text[start:end]); s != "" {
			dst = append(dst, s)
		}
		start = end
	}
	if s := strings.TrimSpace(text[start:]); s != "" {
		dst = append(dst, s)
	}
	return dst
}
