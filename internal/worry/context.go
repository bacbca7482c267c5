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
	// answerFollowUp is the length up to which a message reporting
	// someone's answer (answerCues) is read as a short follow-up is.
	answerFollowUp = 40
	// shortContinuation is the length up to which a message the model
	// reads as small talk is still a continuation of the worry, unless it
	// is social (a greeting, thanks, a question about Akari):
	// 「営業の人にいつもこうなの」 is the worry, 「こんばんは」 is not.
	shortContinuation = 30
	// switchConfidence is how sure the model must be of another worry to
	// leave the current one on a short message.
	switchConfidence = 0.75
	// contextConfidence is the confidence reported when the current worry
	// is kept: a rule, fairly sure but not certain, and above LowConfidence
	// so the engine does not ask again what the worry is.
	contextConfidence = 0.7
	// backSwitchConfidence is how sure the model must be of another worry
	// to leave the current one on a message that says it goes on with it
	// (さっきの話の続きなんですが…).
	backSwitchConfidence = 0.97
)

// followUpCues are phrases that continue a conversation rather than start
// one: acknowledgements, requests for more, and "what should I do". They
// are written in the classifier's normalised form (hiragana, lower case)
// and separated by "|". They live in code rather than prompts/ because they
// are about how conversations flow, not about any worry.
const followUpCues = "うん|はい|そう|なるほど|たしかに|確かに|了解|りょうかい|わかった|わかりました|ok|おk|ええ|でも|だけど|" +
	"どうしたら|どうすれば|どうやって|どうしよう|どう思|どうかな|具体的|ぐたいてき|詳しく|くわしく|例えば|たとえば|" +
	"他には|ほかには|ほかに|他に|それで|それから|それが|それも|それは|なんで|なぜ|本当|ほんと|まじ|悩んで|困って|" +
	"つらい|辛い|しんどい|不安|どうにか|助けて|もっと|次は|つぎは|ですよね|だよね|" +
	// what to answer, and what one has heard (残るならどう返事すればいい？;
	// 年5日は取らなあかんって聞いたけど: general sets 175, 176, round 47)
	"どう返事|どう返し|どう答え|どうこたえ|って聞いた|ってきいた|と聞いた|と聞きました|って聞きました"

// backCues say a message goes on with what was just talked about, in
// the classifier's form: それって…, さっきの件, 話の続き.
const backCues = "それって|これって|こういうのって|こういうの、|こういうのは|こういうこと|さっきの|さっき言|その件|その話|話の続き|続きなんですが|続きだけど|続きやけど|" +
	// what it would mean, what if, whether it holds (じゃあ3年来たらクビっ
	// てこと？; 超えた分を請求するとして、証拠って…; これは通るん？:
	// general sets 179, 180, round 48)
	"ってこと|ということ|するとして|とした場合|その場合|この場合|これは通|それは通|通用する"

// howCues ask how to go on with what is on the table — what to say, how
// to write it — in the classifier's form (会社にどう言えばいい？; じゃあ文面
// どう書けばいい？): the worry's next step, whatever the words suggest
// on their own (会社に言う reads as giving notice).
const howCues = "どうやって言え|どうやっていえ|どうやって伝え|どうやって切り出|どうやって頼|どう言え|どういえ|どう言った|どう伝え|どうつたえ|なんて言え|なんていえ|なんて言った|なんて伝え|なんてつたえ|なんて送|どう送|どう書け|どうかけ|どう書い|どう切り出|どうきりだ|文面|例文|言ってもいい|いってもいい|言っていい|伝えてもいい|相談してもいい|言ってもええ|言うてもええ|" +
	// by when to ask for it (会社にはいつまでに申し出ればいいですか？, in a
	// father's leave: general set 175, round 47)
	"いつまでに申し出|いつまでにもうしで|いつまでに言え|いつまでに伝え|いつ申し出"

// leaveCues speak of the time off on the table (休んでる間, 育休中), in
// the classifier's form.
const leaveCues = "休んでる間|休んでいる間|やすんでる間|休みの間|休業中|育休中|育休の間|育休のあいだ|休んでる時|休んでいる時|" +
	// what the leave pays (給料なくなると生活やばいんだけど、いくら出る?:
	// general set 180, round 48)
	"いくら出る|いくらでる|いくらもらえ|どれくらい出る|どれくらいでる|どのくらい出る|どのくらいでる|お金は出る|お金出る"

// answerCues report what someone answered to what the person did, in the
// classifier's form (店長に「人足りないから無理」って言われたんだけど): the
// next step of the worry on the table, whoever said it.
const answerCues = "って言われた|って言われて|と言われた|と言われて|っていわれた|っていわれて|って返され|と返され|って断られ|と断られ|" +
	// what someone keeps saying, and what the papers say (外回りやから時間
	// 管理できへん、って上司は言うてる; 契約書には「シフトによる」としか書い
	// てない: general sets 179, 180, round 48)
	"って言ってる|っていってる|って言うてる|っていうてる|って言っとる|と言っている|と言っています|としか書いて|って書いて|と書いて|書いてある|書いてない|書かれて"

// socialCues are what small talk is made of, in the classifier's form:
// greetings, thanks, goodbyes and questions about Akari herself.
const socialCues = "こんにちは|こんばんは|おはよう|はじめまして|ありがと|さようなら|さよなら|またね|おやすみ|よろしく|" +
	"あなたは|あかりちゃん|あかりさん|あかりって|だれ|誰|ろぼっと|ai|bot|ぼっと|にんげん|人間"

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
	keep := akari.Classification{Category: current, Crisis: c.Crisis, Risk: c.Risk, Jest: c.Jest, Confidence: contextConfidence, Source: "context"}
	short := a.length <= shortFollowUp
	back := hasCue(text, backCues)
	if back && c.Confidence < backSwitchConfidence && !hasCue(text, socialCues) {
		// 「さっきの話の続きなんですが、上司にはどう切り出せば？」 in a
		// worry about parental leave is still that worry, whatever
		// 切り出す suggests on its own.
		return keep
	}
	if c.Category == akari.Other {
		// Greetings, thanks and questions about Akari are "other"; a
		// follow-up cue ("ありがとう、それでどうしたらいい？") means the
		// person is still on the same worry, and so does a short message
		// that is not small talk (「遅刻も増えてきた」).
		if m.hasFollowUpCue(text) {
			return keep
		}
		if a.length <= shortContinuation && !c.Crisis && !hasCue(text, socialCues) {
			return keep
		}
		return c
	}
	if current == akari.ParentingBalance && hasCue(text, leaveCues) {
		// 月給30万なんですが、休んでる間っていくらくらいもらえますか？ in a
		// father's leave: the leave's money, not a worry about pay
		// (general set 175, round 47).
		return keep
	}
	if caseFact(text) {
		// 「正社員」「週3です」「自己都合」 told bare in a worry: the
		// person's case for it (after the note on notice periods), not a
		// worry of their own — 正社員 alone reads as changing jobs.
		return keep
	}
	// Another worry: switch when the model is sure and the current worry
	// is not its second guess, or the message is long enough to stand on
	// its own (「人事に報告すべき？」 in a worry about a team member is not
	// a complaint call).
	answered := !short && a.length <= answerFollowUp && hasCue(text, answerCues)
	if !short && a.length <= answerFollowUp && c.Confidence < backSwitchConfidence && hasCue(text, howCues) {
		// 会社にどう言えばいい？言ったら干されそうで怖い, after unpaid
		// overtime: how to take the worry further, not another one.
		return keep
	}
	if (short || answered) && (c.Confidence < switchConfidence || m.secondGuess(a) == current) {
		return keep
	}
	if !short && m.IsLowConfidence(c) && a.probs[m.index(current)] >= c.Confidence/2 {
		// An unsure guess that current nearly matches: stay.
		return keep
	}
	return c
}

// caseFactWords are the facts of a case told bare: how one is employed,
// why one left.
var caseFactWords = []string{"正社員", "契約社員", "派遣社員", "派遣", "パート", "アルバイト", "バイト", "業務委託", "嘱託", "非正規", "正規",
	"自己都合", "会社都合", "無期雇用", "有期雇用", "フルタイム", "夜勤", "日勤", "シフト制"}

// caseFactEnds are what may close a fact told bare.
var caseFactEnds = []string{"です", "でした", "だよ", "だった", "や", "やで", "っす", "です笑", "だ", "で"}

// caseFact reports whether text is a fact of a case told bare: one of
// caseFactWords, or a number with its counter and an approximation (週3,
// 2年目, 1年半くらい, 月9万), closed at most by a polite ending.
func caseFact(text string) bool {
	t := strings.TrimSpace(text)
	t = strings.TrimRight(t, "。.!！…、")
	for _, e := range caseFactEnds {
		if rest, ok := strings.CutSuffix(t, e); ok && rest != "" {
			t = rest
			break
		}
	}
	for _, w := range caseFactWords {
		if t == w {
			return true
		}
	}
	// A number with its unit: 週3, 2年目, 1年ちょっと, 月9万くらい.
	for _, a := range []string{"くらい", "ぐらい", "ほど", "ちょっと", "ちょい"} {
		t = strings.TrimSuffix(t, a)
	}
	digits, other := 0, 0
	for _, r := range t {
		switch {
		case r >= '0' && r <= '9' || r >= '０' && r <= '９':
			digits++
		case strings.ContainsRune("週月年日時間目半か月ヶヵ万円歳才回人", r):
		default:
			other++
		}
	}
	return digits > 0 && other == 0
}

// secondGuess is the category the model ranks second for an analysed
// message.
func (m *Model) secondGuess(a analysis) akari.Category {
	best, second := -1, -1
	for i, p := range a.probs {
		switch {
		case best < 0 || p > a.probs[best]:
			best, second = i, best
		case second < 0 || p > a.probs[second]:
			second = i
		}
	}
	if second < 0 {
		return ""
	}
	return m.infos[second].ID
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
func (m *Model) hasFollowUpCue(text string) bool { return hasCue(text, followUpCues) }

// hasCue reports whether text, normalised, contains one of cues ("|"
// separated, in the classifier's form).
func hasCue(text, cues string) bool {
	var buf [maxStackRunes]rune
	norm := string(normalize(buf[:0], text, classifierView))
	for cue := range strings.SplitSeq(cues, "|") {
		if strings.Contains(norm, cue) {
			return true
		}
	}
	return false
}
