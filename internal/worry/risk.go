package worry

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/jatext"
)

// Risk detection puts four readers of a message together:
//
//   - the constructions (construction.go): grammar, with objects, quotes
//     and idioms — they decide high and most concerns, and their vetoes
//     keep work talk quiet;
//   - the concept pairs (concepts.go): a means or a place next to an act
//     on oneself, a farewell next to an absence, a wish next to a body
//     that stops — what is said without a word of death;
//   - the phrases of crisis.yaml (crisis.go): what operators add without a
//     code change, at the level of the list they are in (signals: high,
//     concern: concern); a phrase inside a veto is ignored;
//   - the risk model (riskmodel.go), trained on crisis/corpus.yaml: it
//     raises a concern where the others read nothing, as sure as what they
//     set aside asks (see detectRisk);
//   - the level model (riskmodel.go), trained on the corpus's high and
//     concern lines: it makes a concern high when sure (see raise).
//
// The level is the highest any of them gives. The model's thresholds were
// set on the crisis sets opened for tuning, on sets 14–17 by totals and
// on sets 18–22 (round 9): the model ranks well (AUC 0.99 on sets written
// blind) where the rules, tuned on what was read, generalise poorly, so it
// speaks on its own early. Sets 23–32, written blind, measured the result
// by totals only (docs/classifier.md, round 9).
const (
	modelWithWord = 0.7
	// modelAlone: with no risk word at all in the message. At 0.7 the
	// model alone read the answer to Akari's own offer (はい、お願いします)
	// as a crisis; at 0.8, on 794 everyday lines of conversations written
	// blind (round 13), still 服装って私服でいいの？ and 今すぐじゃなくても
	// いいかな. At 0.9, with everyday conversation in the corpus, one of
	// them is left, for two crisis lines of 1,040 on the validation split
	// (docs/classifier.md, round 13).
	modelAlone   = 0.9
	modelSure    = 0.8
	modelDespite = 0.98
	// modelVeto: below this probability the risk model overrules a rule
	// (Model.judge). Chosen on a validation split — sets 62–71, 80, 82
	// and 84 left out of the model's training: 0.001 set aside 10 of its
	// 45 false alarms and none of its 1,040 crisis lines (0.002 the same,
	// 0.005 cost a line, 0.05 cost eight).
	modelVeto = 0.001
	// modelVetoJest: the veto over a wish said in jest as often as not
	// (construction.jest: 消えたい, 死にたい, 終わりにしたい, kietai). Over
	// all 225 crisis sets (round 33, before sets 224–227 were written), at
	// 0.01 it set aside 35 of 183 false alarms — 8 of 41 in the sets never
	// read — and none of the 1,844 crisis lines those wishes read; at 0.02,
	// 50 and one crisis line (ときどき全部から消えたいって思う).
	modelVetoJest = 0.01
	// levelHigh: how sure the level model must be that a concern is high.
	levelHigh = 0.8
	// levelHighOverRule: how sure it must be to raise a concern a rule
	// read (a passive wish, 明日が来ませんように): the rest of the message
	// may hold a plan no rule saw, but the wish itself is a concern.
	levelHighOverRule = 0.95
)

// modelGate is how sure the risk model must be to raise a concern where
// the rules read nothing, by what the detector set aside (modelCase).
// Below veto, the model overrules a rule (Model.judge); at high and
// highOverRule the level model makes a concern high (Model.raise).
type modelGate struct {
	withWord, alone, sure, despite float64
	veto, vetoJest                 float64
	high, highOverRule             float64
}

func defaultGate() modelGate {
	return modelGate{
		withWord: modelWithWord, alone: modelAlone, sure: modelSure, despite: modelDespite,
		veto: modelVeto, vetoJest: modelVetoJest,
		high: levelHigh, highOverRule: levelHighOverRule,
	}
}

// lowest is the probability below which the model never speaks.
func (g modelGate) lowest() float64 { return min(g.withWord, g.alone, g.sure, g.despite) }

// modelCase is what the detector read around the model's vocabulary:
//   - denied: a weak word denied right after it (別に死ぬとかじゃないけど);
//   - settled: the words were set aside as other people's (親が死ぬ前に,
//     上司に死ねと言われた) or as an idiom (死ぬ気で);
//   - ordinary: something makes a risky word ordinary — a denial,
//     hyperbole or embarrassment, what follows it, an everyday context, a
//     veto (生命保険, 死ぬほど, 上司に死ねと言われた), or every risky word
//     inside an everyday one (gonna kill it);
//   - setAside: any word set aside at all, by its object (会社から消えたい),
//     a pair quieted by its context (仕事, 会社…) — which most messages
//     here name — or an everyday word holding a risky one (落ち着く);
//   - weakOutside: a weak word (死, 消え, 眠…) outside all of them;
//   - asked: the message asks something (…できっぺか？, 言うてええもんやろか).
type modelCase struct {
	denied, settled, ordinary, setAside, weakOutside, asked bool
}

// need is the probability the model needs in case c: never over a
// denial; alone when nothing was set aside; sure when only objects and
// quieted pairs were; with a weak word outside everything set aside; and
// despite what made the words ordinary only when very sure, and never
// when they were someone else's or an idiom. The last is for a method or
// a plan told as work talk (生命保険おりたら家族に返せる, ロープの結び方):
// no rule can list them, and on the blind sets the model is sure of them.
func (g modelGate) need(c modelCase) float64 {
	need := math.Inf(1)
	if c.denied {
		return need
	}
	if !c.settled {
		need = g.despite
	}
	if c.setAside && !c.ordinary {
		need = min(need, g.sure)
	}
	if !c.setAside && !c.asked {
		// A question with no risk word at all is read by the model alone
		// only when it is as sure as over what made words ordinary: in
		// everyday conversations written blind (round 19) it read a
		// question of paid leave bought back (残り20日あんだけど、買い取って
		// もらうことはできっぺか？) as a crisis, and of the kept crisis
		// sets' 212 lines it finds alone, none is a question.
		need = min(need, g.alone)
	}
	if c.weakOutside {
		need = min(need, g.withWord)
	}
	return need
}

// riskResult is the risk of one message and why.
type riskResult struct {
	risk   akari.Risk
	signal *signal // the crisis.yaml phrase, for masking and explanations
	why    string  // construction name, phrase or "model"
	prob   float64 // the model's probability
	model  modelCase
	// lowered: the level was lowered by a degree (消えたいくらい), which
	// the level model must not undo.
	lowered bool
	// jest: every reading of a risk was a wish said in jest as often as
	// not (construction.jest), which the model overrules more readily;
	// jestRisk is the risk it set aside so (see Model.judge).
	jest     bool
	jestRisk akari.Risk
}

// detectRisk reads text (crisisView, UTF-8; its sentences ending at
// ends) with prob, the risk model's probability for the same message;
// elongated says the message as typed draws out a wish to vanish
// (vanishElongated), which the crisis view cannot show.
func (m *Model) detectRisk(text []byte, ends []int32, prob float64, asked, elongated bool, s *scratch) riskResult {
	occs := m.lex.scan(text, s.occs[:0])
	hs := &s.hits
	hs.n = 0
	m.constructions.find(text, ends, &m.lex, occs, elongated, hs)
	vetoes, hard := s.spans[:0], s.hard[:0]
	r := riskResult{risk: akari.RiskNone}
	ordinary := false // something said makes a risky word ordinary
	settled := false  // …so that not even a sure model overrules it
	denied := false   // a risk word denied where it is said
	jest, risky := true, false
	var jbuf [maxHits]span
	jests := jbuf[:0] // the words jest constructions read
	for i := range hs.n {
		h := &hs.list[i]
		ordinary = ordinary || h.ordinary || h.risk == akari.RiskNone
		settled = settled || h.settled
		denied = denied || h.negated || h.vetoed && h.risk != akari.RiskNone && m.constructions.thoughtDeniedAfter(text, h.span.to, h.span.to)
		switch {
		case h.risk == akari.RiskNone || h.vetoed:
			vetoes = append(vetoes, h.span)
			if h.c.risk == akari.RiskNone || h.settled {
				// A veto construction, or words settled as someone
				// else's: no pair reads past them.
				hard = append(hard, h.span)
			}
		default:
			risky, jest = true, jest && h.c.jest
			if h.c.jest {
				jests = append(jests, h.span)
			}
			if riskRank(h.risk) > riskRank(r.risk) {
				r.risk, r.why, r.lowered = h.risk, h.c.name, h.risk != h.c.risk
			}
		}
	}
	risk, why, quieted := m.constructions.findPairs(text, &m.lex, occs, vetoes, hard, s.quieted[:0])
	if risk != akari.RiskNone {
		jest = false
	}
	if riskRank(risk) > riskRank(r.risk) {
		r.risk, r.why, r.lowered = risk, why, false
	}
	if sig, jestOnly := m.crisis.matchOutside(text, &m.lex, occs, &m.constructions, vetoes, jests); sig != nil {
		// A phrase of crisis.yaml on the words a jest construction read
		// (消えたい) is that same wish.
		r.signal, risky, jest = sig, true, jest && jestOnly
		if riskRank(sig.risk) > riskRank(r.risk) {
			r.risk, r.why, r.lowered = sig.risk, sig.text, false
		}
	}
	r.jest = risky && jest
	r.prob = prob
	if r.risk != akari.RiskNone || r.prob < m.gate.lowest() {
		return r
	}
	vetoes = append(vetoes, quieted...)
	var ibuf [8]span
	innocent := len(innocentSpans(&m.lex, occs, ibuf[:0])) > 0
	c := &r.model
	c.setAside = len(vetoes) > 0 || innocent
	c.weakOutside = m.constructions.weakSeen(text, &m.lex, occs, vetoes)
	// Every risky word inside an everyday one makes them ordinary, and
	// settles them when a figure of speech holds one (gonna kill it; see
	// idiomWords).
	inEveryday := innocent && !m.constructions.weakSeen(text, &m.lex, occs, nil)
	c.ordinary = ordinary || inEveryday
	c.settled = settled || inEveryday && idiomSeen(&m.lex, occs)
	// 命を絶とうなどとは考えておりません: the model, sure of the words,
	// never overrules their denial.
	c.denied = denied || m.constructions.weakDenied(text, &m.lex, occs)
	c.asked = asked
	if asked && !c.settled && m.constructions.ruleAsked(text) {
		// A question of a work rule, however it ends, with no word of
		// harm: the model alone does not read it as a sign.
		c.settled, c.ordinary = true, true
	}
	if r.prob < m.gate.need(*c) {
		return r
	}
	r.risk, r.why = akari.RiskConcern, "model"
	return r
}

// raise makes a concern high when the level model, trained on the
// corpus's high and concern lines, is sure it is: a plan or a method said
// in words no rule lists (金曜の夜にする, カミソリ新しいの出した) is
// otherwise read only as a concern by the risk model. A concern lowered by
// a degree (消えたいくらい) stays one. On the crisis sets written blind,
// high lines read at their own level went from about half to about nine in
// ten, with concern lines unchanged (docs/classifier.md, round 9).
func (m *Model) raise(r *riskResult, feats []uint64) {
	if r.risk != akari.RiskConcern || r.lowered {
		return
	}
	need := m.gate.high
	if r.why != "model" {
		need = m.gate.highOverRule
	}
	if m.level.prob(feats) >= need {
		r.risk = akari.RiskHigh
	}
}

func riskRank(r akari.Risk) int {
	switch r {
	case akari.RiskHigh:
		return 2
	case akari.RiskConcern:
		return 1
	}
	return 0
}

// byteOffsets turns ends, indexes into runes, into offsets into their
// UTF-8 text, in place.
func byteOffsets(ends []int32, runes []rune) []int32 {
	at, k := 0, 0
	for i, r := range runes {
		for k < len(ends) && int(ends[k]) == i {
			ends[k] = int32(at)
			k++
		}
		at += utf8.RuneLen(r)
	}
	for ; k < len(ends); k++ {
		ends[k] = int32(at)
	}
	return ends
}

// crisisText appends the crisisView of s to dst as UTF-8.
func crisisText(dst []byte, runes []rune) []byte {
	for _, r := range runes {
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// hasToken reports whether norm (classifierView) holds word between
// separators or the ends of the message.
func hasToken(norm []rune, word string) bool {
	n := utf8.RuneCountInString(word)
	for i := 0; i+n <= len(norm); i++ {
		if (i > 0 && norm[i-1] != sep) || (i+n < len(norm) && norm[i+n] != sep) {
			continue
		}
		j, match := i, true
		for _, r := range word {
			if norm[j] != r {
				match = false
				break
			}
			j++
		}
		if match {
			return true
		}
	}
	return false
}

// kmsLaughed reports whether "kms" is laughed off where it is said — kms
// lol, kms 笑 over a blunder (ミュート忘れてた) — and nothing takes the
// laugh back (kms lol jk... not really). The risk model then reads the
// message as it reads any other.
func kmsLaughed(norm []rune) bool {
	s := string(norm)
	for _, w := range []string{"not really", "notreally", "ガチ", "がち", "本気", "マジで", "まじで"} {
		if strings.Contains(s, w) {
			return false
		}
	}
	if hasToken(norm, "fr") || hasToken(norm, "tbh") {
		return false
	}
	for rest := s; ; {
		i := strings.Index(rest, "kms ")
		if i < 0 {
			return false
		}
		rest = rest[i+len("kms "):]
		next, _, _ := strings.Cut(rest, string(sep))
		switch next {
		case "lol", "lmao", "lmfao", "haha", "jk", "笑", "w", "ww", "www":
			return true
		}
	}
}

// asks reports whether a message as written ends by asking something: a
// question mark or か last (…できっぺか？, …もんやろか), or a request to
// be told (計算の仕方教えてください). A question said on the way (元気？って
// …今、橋の上にいる) is not what the message asks. The crisis view drops
// the marks, so the written text is read.
func asks(text string) bool {
	if strings.ContainsAny(text, "?？") {
		// A question anywhere in it (健康保険のほうはどうでしょうか？息子
		// は今の年齢のままで計算してください。).
		return true
	}
	t := jatext.TrimClosing(text)
	for _, end := range askEnds {
		if strings.HasSuffix(t, end) {
			return true
		}
	}
	return false
}

// askEnds end a message that asks: a question, or a request to be told,
// or a question not knowing its answer (給料に入ってるのか分がんねえ).
var askEnds = []string{"?", "？", "か", "教えて", "教えてください", "教えて下さい", "教えてほしい", "教えてほしいです", "教えてもらえますか", "教えてくれ", "教えてちょうだい",
	"のか分からない", "のかわからない", "のか分かんない", "のかわかんない", "のか分からん", "のかわからん", "のか分かんね", "のかわかんね", "のか分かんねえ", "のかわかんねえ",
	"のか分がんね", "のか分がんねえ", "のか分がんねぇ", "のかわがんね", "のかわがんねえ", "のか分がらね", "のか知りたい",
	// a polite question with no mark (どうなるんでしょう)
	"んでしょう", "のでしょう"}

// vanishWishes are the wishes to vanish vanishElongated looks for as typed.
var vanishWishes = []string{"消えたい", "きえたい", "消えてしまいたい", "消えちゃいたい", "いなくなりたい"}

// vanishElongated reports whether text, as typed, draws out a wish to
// vanish with a wave dash or a long vowel (消えたい〜, きえたいー). Of the
// kept crisis sets' lines so written, none of 33 is a sign, and the
// conversations written blind read them as hyperbole too; the crisis view
// drops the dash, so it is read here, before normalising.
func vanishElongated(text string) bool {
	if !strings.ContainsAny(text, "〜～~ー") {
		return false // most messages: no dash to look after
	}
	for _, w := range vanishWishes {
		for rest := text; ; {
			i := strings.Index(rest, w)
			if i < 0 {
				break
			}
			rest = rest[i+len(w):]
			if r, _ := utf8.DecodeRuneInString(rest); strings.ContainsRune("〜～~ー", r) {
				return true
			}
		}
	}
	return false
}
