package advice

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync/atomic"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/pattern"
	"github.com/akari-career/akari/internal/playbook"
)

// Source is the Advice.Source of every offline reply.
const Source = "offline"

// MaxRunes bounds each text of a reply, in characters. LINE allows 5000
// UTF-16 units; a counsellor's message on a phone should be far shorter.
const MaxRunes = 600

// Offline is the playbook-based Advisor. It is safe for concurrent use.
type Offline struct {
	library func() *playbook.Library
	pieces  atomic.Pointer[pieceMemo] // the current library's (pieces.go)
}

var _ akari.Advisor = (*Offline)(nil)

// NewOffline returns an advisor that reads the current library on every
// call, so prompts reloaded on SIGHUP take effect for the next message.
func NewOffline(library func() *playbook.Library) *Offline {
	return &Offline{library: library}
}

// Fixed returns a library func for a library that never changes (tests,
// tools).
func Fixed(lib *playbook.Library) func() *playbook.Library {
	return func() *playbook.Library { return lib }
}

// Knows reports whether text asks what a note for every worry answers
// (36協定ってなに, 扶養の壁って？), names a facet for every worry (部活の
// 顧問で土日も休めない), or follows on the note just given
// (さっきの申請って、いつまでに？ after the one on 労災), or tells a case a
// labour rule gives a figure for (casework.go): such a message needs no
// worry picked before it is answered.
func (o *Offline) Knows(text string, st *akari.State) bool {
	lib := o.library()
	if lib == nil {
		return false
	}
	if st == nil {
		st = &akari.State{}
	}
	in := newInput(akari.AdviceRequest{Text: text, State: st}, st, akari.Other)
	in.pieces, in.lib = o.piecesOf(lib), lib
	lis := lib.Listening()
	if in.asks() && pickNote(fitting(nil, lis.Notes, in), in, false) != "" || facetNamed(lis, in) != nil {
		return true
	}
	if caseLine(in) != "" {
		// 「明日から来なくていいって言われた。正社員で3年」: a case a rule
		// gives a figure for is answered with it, not asked which worry.
		return true
	}
	return followOnNote(lib.Playbook(akari.Other), lis, nil, in) != nil
}

// Advise answers one message. A crisis gets the crisis line (the follow-up
// line once the conversation is already marked as crisis) and nothing
// else; the "other" category gets a short friendly answer with an
// invitation; every worry gets guidance composed from its playbook. An
// empty or unknown category is answered as "other" rather than failing,
// because a fallback must always have something to say.
func (o *Offline) Advise(ctx context.Context, req akari.AdviceRequest) (akari.Advice, error) {
	if err := ctx.Err(); err != nil {
		return akari.Advice{}, err
	}
	lib := o.library()
	if lib == nil {
		return akari.Advice{}, fmt.Errorf("offline advice: no prompt library: %w", akari.ErrUnavailable)
	}
	st := req.State
	if st == nil {
		st = &akari.State{}
	}
	if req.Classification.Crisis {
		return crisis(lib, st)
	}
	cat := req.Classification.Category
	if !cat.Valid() {
		cat = akari.Other
	}
	if cat == akari.Other && st.Category.Valid() && st.Category != akari.Other && (req.Ask != akari.AskNone || req.Distressed) {
		// A follow-up (「ありがとう」「どうしたらいい？」) or a cry of pain
		// inside a worry belongs to that worry, whatever its words.
		cat = st.Category
	}
	pb := lib.Playbook(cat)
	if pb == nil {
		return akari.Advice{}, fmt.Errorf("offline advice: no playbook for %s: %w", cat, akari.ErrNotFound)
	}
	in := newInput(req, st, cat)
	in.pieces, in.lib = o.piecesOf(lib), lib
	lis := lib.Listening()
	var texts, follow []string
	var answered akari.Category // another worry met instead (facetElsewhere)
	if cat == akari.Other {
		// 「いつまでに手続きすればいい？」 right after the note on health
		// insurance after quitting, with no worry on the table.
		follow = followOnNote(pb, lis, nil, in)
		if follow == nil {
			follow = askedOfNoteGiven(pb, lis, nil, in)
		}
		if follow == nil {
			follow = askedOfLastNote(lis, in)
		}
	}
	var named *playbook.Facet
	if cat == akari.Other {
		named = facetNamed(lis, in)
	}
	switch {
	case in.ask == akari.AskListen:
		// 「アドバイスとかじゃなくて、聞いてほしかっただけです」: heard, and
		// nothing to do.
		texts = []string{pickRotating(lis.ListenOnly, int(in.msg%1024)+in.turn, in)}
	case in.ask == akari.AskHeard && cat == akari.Other:
		// No worry named yet: a quiet acknowledgement and room to go on —
		// not small talk, nor the worry asked for.
		texts = []string{joinWithin([]string{gentleOpening(pb, lis, in), pickRotating(lis.GentleFollow, int(in.msg%1024)+in.turn, in)})}
	case in.ask == akari.AskHeard:
		texts = heard(pb, lis, activeFacet(pb, lis, in), in)
	case named != nil:
		// 「頭痛がひどくて仕事にならない」 with no worry yet: the body
		// comes first, whatever the worry turns out to be; so does a
		// teacher's duty or a break cut short.
		texts = answer(pb, lis, named, in)
	case cat == akari.Other && in.answer.Kind != akari.AnswerNone && activeFacet(pb, lis, in) != nil:
		// 「2週間くらい」 after Akari asked how long the headaches have
		// gone on: the health talk goes on, whatever the worry.
		texts = answer(pb, lis, activeFacet(pb, lis, in), in)
	case cat == akari.Other && in.distressed:
		texts = gentle(pb, lis, nil, in)
	case cat == akari.Other && in.answer.Kind != akari.AnswerNone:
		// No worry on the table: 「3年くらい」 is given back as said, not
		// as how long some trouble has gone on, and the worry is asked.
		line := reflection(in.answer, in)
		if in.answer.Kind == akari.AnswerDuration {
			line = in.answer.What + "、なんですね。"
		}
		texts = []string{line + "\n\n" + pickRotating(questionTexts(pb, nil, in), int(in.msg%1024)+in.turn, in)}
	case follow != nil:
		texts = follow
	case cat == akari.Other && in.ask == akari.AskThanks && nightSaid.MatchString(in.text) && !thanksSaid.MatchString(in.text):
		// 「おやすみ」 with no worry on the table: a goodnight back, not
		// an invitation to talk.
		texts = []string{pickRotating(lis.Goodnight, int(in.msg%1024), in)}
	case cat == akari.Other:
		// 「3回更新して、今2年半くらいです」 right after the note on a
		// contract not renewed: the person's case for it, not small talk.
		if texts = caseAfterNote(pb, lis, in); texts != nil {
			break
		}
		texts = smallTalk(pb, in)
		// 「扶養の壁ってなに？」 before any worry: what a note for every
		// worry knows, not small talk.
		if k := askedKnowledge(pb, lis, nil, in); k != nil {
			texts = k
		}
	default:
		f := activeFacet(pb, lis, in)
		if f == nil {
			// 契約社員で1年更新…更新のたびに次はないかもってビクビクしてる,
			// read as changing jobs: a situation another worry keeps a
			// facet for is met as that worry would meet it (general set
			// 181, round 48).
			if opb, of := facetElsewhere(in); of != nil {
				pb, f, answered = opb, of, opb.Category
			}
		}
		texts = answer(pb, lis, f, in)
	}
	again := false // the person's figure asked for again: said again
	if line := caseLine(in); line != "" && in.ask != akari.AskListen && in.ask != akari.AskHeard {
		// (Not to a person who asked only to be heard: no figure either.)
		again = asksAgain.MatchString(in.text)
		// The figure a rule gives the person's own case (週4で3年半 → 10
		// 日): the answer to a case told, and the first thing said to a
		// question of it.
		switch {
		case caseTold(in) || in.answer.Kind != akari.AnswerNone || len(texts) == 0 || cat == akari.Other || figureFollowUp(in) || whenAsked.MatchString(in.text):
			// (By when, asked of the case: the day is the answer — 申し出っ
			// ていつまでに, general set 181, round 48.)
			texts = []string{joinWithin([]string{line, factCheckIn(lis, in)})}
		case topicAsked(in) == topicDismissal:
			// 「今月末で辞めてもらう」と言われた: a dismissal, not the wish
			// to quit its words share — the notice worked out and the
			// note on it, not the steps for leaving.
			parts := []string{line}
			dismissal := slices.DeleteFunc(fitting(nil, lis.Notes, in), func(n *playbook.Note) bool { return !strings.Contains(n.Text, "解雇") })
			if n := pickNote(dismissal, in, false); n != "" && !holdsFigures(n, line) {
				parts = append(parts, n)
			}
			texts = []string{joinWithin(append(parts, factCheckIn(lis, in)))}
		case !holdsFigures(texts[0], line):
			// Not before a note that already says it (さっきの日数って
			// 消えるん？ → the note on the two-year lapse).
			texts[0] = joinWithin([]string{line, texts[0]})
		}
		if lead := dismissedLead(lis, in); lead != "" {
			texts[0] = joinWithin([]string{lead, texts[0]})
		}
	}
	if in.distressed {
		texts = calm(texts)
	}
	if !again {
		texts = dedupe(texts, in.lastReplies(2))
	}
	return akari.Advice{Texts: texts, Source: Source, Category: answered}, nil
}

// heard reflects what a person who asked only to be heard goes on telling
// (出社の日は普通なのに、チャットだと既読スルー): the worry's empathy that
// fits the words, or a quiet acknowledgement, and one open question — no
// steps, no listing.
func heard(pb *playbook.Playbook, lis *playbook.Listening, f *playbook.Facet, in input) []string {
	empathy := ""
	if f != nil {
		empathy = pickFacetEmpathy(f.Empathy, in)
	}
	if empathy == "" {
		empathy = pickEmpathy(pb.Empathy, in)
	}
	if empathy == "" || in.alreadySaid(empathy) {
		empathy = gentleOpening(pb, lis, in)
	}
	q := pickRotating(questionTexts(pb, f, in), int(in.msg%1024)+in.turn, in)
	return []string{joinWithin([]string{empathy, q})}
}

// dismissedLead is the line that takes in a dismissal just told (3月31日
// 付で解雇するって言われました) before its notice is worked out, "" when
// the message tells none or the news was taken in already.
func dismissedLead(lis *playbook.Listening, in input) string {
	if topicIn(in.text) != topicDismissal || in.distressed {
		return ""
	}
	for _, l := range lis.DismissedLead {
		if in.alreadySaid(l) {
			return ""
		}
	}
	return pickRotating(lis.DismissedLead, int(in.msg%1024), in)
}

// figureFollowUp reports whether the message asks a figure of the rule
// the conversation is on without naming it (前回の14日のうち6日しか使って
// ない。じゃあ全部で何日？ after the paid-leave days): the figure is the
// answer, not the guidance of whatever worry its other words suggest.
//
// Days only: the days of leave, of benefit or of notice are what a case
// line says; 手取りはどれくらい減る？ after the insurance line asks more than
// it tells. A question of notice after a dismissal told (何日前に言わない
// といけないんですか？) is one too: the notice is the dismissal's.
func figureFollowUp(in input) bool {
	if !in.asks() || !asksDays.MatchString(in.text) {
		return false
	}
	t := topicIn(in.text)
	return t == noCaseTopic || t != topicAsked(in)
}

// asksDays matches a question of how many days.
var asksDays = pattern.MustCompile(`何日|なんにち|日数`)

// quotedTold is someone's words quoted and put to Akari (「…」って言われ
// たら).
var quotedTold = pattern.MustCompile(`」(って|と)(言われ|いわれ|言うて|言わ)`)

// asksLegality matches a question about what the law allows.
var asksLegality = pattern.MustCompile(`違法|合法|法律(上|的|で|では|に)|法的|許される|認められ(る|て)|義務(は|なの|ある|あり)|(労基|労働基準法)(違反|的)|断(ら|れ)れる(こと)?(って|は|とか)?(ある|あり|の)|断られたら(どう|どうな)|断っていい|断ってもいい|断れる(の|ん|もの)|拒否(でき|され)|拒め(る|ます)`)

// toldRule ends a message that reports what someone told them, the doubt
// left unsaid (…って言われたんだけど; …って言われてん; …と言われました).
var toldRule = pattern.MustCompile(`(って|と)(言われ|いわれ|言うて|言って|言わ)(た|て|てん|たん|とる|てる|ました|まして)?(ん|の)?(だ|や|です|よ|ね)?(けど|けども|けれど|が|んだけど|んやけど|んですけど|んですが)?[。…!！]*$`)

// minToldRuleName is how much of a note's subject a rule told must name
// (namedLength) to be answered by it: 人足りんから無理, not 有給.
const minToldRuleName = 4

// answer writes a reply within a worry: what the follow-up asks for, a
// quiet reply to pain, or guidance.
func answer(pb *playbook.Playbook, lis *playbook.Listening, f *playbook.Facet, in input) []string {
	if in.asks() && in.ask != akari.AskThanks {
		// 「その場合、失業保険ってすぐもらえます？」 after a contract not
		// renewed: the note for that case, before any follow-up of the
		// note given last.
		if pick := caseNote(lis, in); pick != "" {
			return noteReply(pb, lis, pick, in)
		}
	}
	if in.ask != akari.AskThanks {
		// 「それってどこに申請するの？」 after a note: that note's answer.
		if texts := followOnNote(pb, lis, f, in); texts != nil {
			return texts
		}
	}
	switch in.ask {
	case akari.AskThanks:
		return closing(pb, lis, f, in)
	case akari.AskPlan:
		return plan(pb, lis, f, in)
	case akari.AskWhatFirst:
		// 「引き継ぎが終わらないって言われたらどうしよう」: a question that
		// names what a how-to note speaks to is answered by that note,
		// not by the worry's first step.
		if in.guide > 0 {
			if quotedTold.MatchString(in.text) {
				// 「引き継ぎ終わるまで辞めさせない」って言われたらどうしたら
				// いい？: the words quoted are what a note for every worry
				// answers, before the worry's how-to notes.
				if texts := knowledgeAnswer(pb, lis, f, in); texts != nil {
					return texts
				}
			}
			if texts := noteAnswer(pb, lis, f, in, false, true); texts != nil {
				return texts
			}
		} else if texts := knowledgeAnswer(pb, lis, f, in); texts != nil {
			// A first message that names what a note for every worry
			// knows (みなし残業って言われて…どうしたらいいですか) is answered
			// by it, after a word for the worry.
			return texts
		}
		return whatFirst(pb, lis, f, in)
	case akari.AskHowTo:
		if texts := askedWhen(pb, lis, f, in); texts != nil {
			return texts
		}
		if texts := wordsOfLastNote(pb, lis, f, in); texts != nil {
			return texts
		}
		return howTo(pb, lis, f, in)
	case akari.AskMore:
		// 「こういう仮眠時間って給料出ないのが普通なの？」 asks what a note
		// knows, not for more steps.
		if texts := askedKnowledge(pb, lis, f, in); texts != nil {
			return texts
		}
		if texts := askedOfFacet(pb, lis, f, in); texts != nil {
			return texts
		}
		return more(pb, lis, f, in)
	}
	switch {
	case in.distressed:
		// 「時給やっすいしもうやだ…これ最低賃金割ってない？」: in pain, and
		// asking what a note knows: the answer, opened gently.
		if texts := askedKnowledge(pb, lis, f, in); texts != nil {
			return texts
		}
		if in.guide > 0 {
			// 「もう報告するのが怖いです。どう報告すれば最後まで聞いて
			// もらえるんでしょう」: afraid, and asking what a note says.
			if texts := lookedUp(pb, lis, in); texts != nil {
				return texts
			}
		}
		return gentle(pb, lis, f, in)
	case in.answer.Kind != akari.AnswerNone:
		// 「週3やで」 right after the note on a part-timer's paid leave is
		// the person's case for it before it is an answer to a question.
		if texts := factsOnNote(pb, lis, f, in); texts != nil {
			return texts
		}
		return guidance(pb, lis, f, in)
	case in.repeat && in.guide > 0:
		// The same worry again, as a question a note answers (荷待ちって
		// 休憩扱いなの？): the note.
		if texts := askedKnowledge(pb, lis, f, in); texts != nil {
			return texts
		}
		return more(pb, lis, f, in)
	case in.guide > 0 && (asksWhere(in.text) || distrustsCompany(in.text)) && !asksWhatToBring.MatchString(in.text):
		if texts := where(pb, lis, f, in); texts != nil {
			return texts
		}
	}
	if in.guide > 0 && asksLegality.MatchString(in.text) {
		// 「有給って断られたら違法じゃないの？」 asks what the rule is, not
		// the facet's wording for the scene.
		if texts := askedKnowledge(pb, lis, f, in); texts != nil {
			return texts
		}
	}
	if in.guide > 0 {
		if texts := askedWhen(pb, lis, f, in); texts != nil {
			return texts
		}
	}
	if in.guide > 0 && toldRule.MatchString(in.text) {
		// 「でも店長に人足りんから無理って言われてん」: what someone at work
		// told them, put to Akari — the note for every worry that names it
		// by a long word of its own (人足りんから無理), not the worry's steps.
		// A note named only by a word of the topic (有給) would repeat what
		// was said; the facet's wording for the scene answers better then.
		known := fitting(nil, lis.Notes, in)
		if pick := pickNote(known, in, false); pick != "" && namedLength(known, pick, in) >= minToldRuleName {
			return noteReply(pb, lis, pick, in)
		}
	}
	if in.guide > 0 && (in.followsOn() || (f != nil && in.short())) {
		// 「労基って匿名でもいける？」「国保と任意継続どっちがいい？」: a
		// question inside the worry that a how-to note speaks to is
		// answered by that note, not by three more steps; so is a short
		// line about the facet on the table (「会社に言ったら干されそう」),
		// from the facet's own notes.
		if texts := noteAnswer(pb, lis, f, in, !in.followsOn(), false); texts != nil {
			return texts
		}
	}
	// A question about a rule or a procedure that a note for every worry
	// knows — in a first message (育休ってパートでも取れるの？), answered
	// after a word for the worry, or a longer one later on (これって配慮
	// してもらえるものなんですか).
	if texts := askedKnowledge(pb, lis, f, in); texts != nil {
		return texts
	}
	if in.cat == akari.Other {
		// No worry on the table, a facet for every worry leading: a
		// question of its own notes (顧問って断れるんですか？) is answered
		// by them.
		if texts := askedOfFacet(pb, lis, f, in); texts != nil {
			return texts
		}
	}
	if texts := askedAgain(pb, lis, f, in); texts != nil {
		return texts
	}
	if texts := factsOnNote(pb, lis, f, in); texts != nil {
		// 「30時間分って書いてある。でも実際は月50時間くらい」 right after
		// the note on fixed overtime pay: what of it applies, not the
		// worry's steps again.
		return texts
	}
	if in.guide > 0 || pointsBackTo.MatchString(in.text) {
		// A question later on that no keyword named, answered by the
		// note its words point to (retrieve.go) — or one that asks
		// about what the person just said (その3年ってなんなん？).
		if texts := lookedUp(pb, lis, in); texts != nil {
			return texts
		}
	}
	if texts := askedOfNoteGiven(pb, lis, f, in); texts != nil {
		return texts
	}
	return guidance(pb, lis, f, in)
}

// askedOfFacet answers a question that names one of the facet's own notes
// (「顧問って断れるんですか？」 in a teacher's duties) with it, or nil.
func askedOfFacet(pb *playbook.Playbook, lis *playbook.Listening, f *playbook.Facet, in input) []string {
	if f == nil || !in.asks() {
		return nil
	}
	return noteAnswer(pb, lis, f, in, true, false)
}

// askedWhen answers a question of when (退職の意思は何日前までに伝えれば
// よいのでしょうか) by the rule a note for every worry knows, before any
// wording for the scene its words name (伝え); nil when it asks no when,
// or no such note answers it.
func askedWhen(pb *playbook.Playbook, lis *playbook.Listening, f *playbook.Facet, in input) []string {
	if kind, ok := followKind(in); !ok || kind != playbook.FollowWhen {
		return nil
	}
	return askedKnowledge(pb, lis, f, in)
}

func crisis(lib *playbook.Library, st *akari.State) (akari.Advice, error) {
	key := "crisis"
	if st.InCare() {
		key = "crisis_followup"
	}
	t, err := lib.Message(key, playbook.MessageData{Name: st.Profile.DisplayName})
	if err != nil {
		return akari.Advice{}, fmt.Errorf("offline advice: %w", err)
	}
	return akari.Advice{Texts: []string{t}, Source: Source}, nil
}
