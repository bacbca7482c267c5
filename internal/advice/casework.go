package advice

import (
	"strings"
	"time"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/jatext"
	"github.com/akari-career/akari/internal/pattern"
)

// Casework: the figures of a labour rule worked out for the person's own
// case, as a counsellor does (「週4で3年半です」 after the note on a
// part-timer's paid leave → the 10 days that schedule and service give),
// instead of quoting the rule's table back. A figure is said only from
// what the person told in this conversation — their schedule, how long
// they have worked, why they leave, the notice they were given — and only
// when the message told some of it or asks the figure of a topic it names.

// caseTopic is the rule a conversation is on.
type caseTopic uint8

const (
	noCaseTopic        caseTopic = iota
	topicLeave                   // paid-leave days
	topicDismissal               // a dismissal's notice
	topicBenefit                 // unemployment benefit days
	topicFixedOvertime           // overtime beyond the fixed hours paid
	topicOvertimePay             // overtime pay by the hour
	topicInsurance               // employment and social insurance by weekly hours
	topicNonRenewal              // a fixed-term contract not renewed
	topicMaternity               // maternity leave by the due date
	topicNight                   // the late-night premium of a shift
	topicQuitNotice              // the notice to quit by the day told
	topicShortHours              // pay at shorter hours (時短)
	topicChildcare               // childcare leave: its benefit, and a father's notice
)

// caseTopics name each topic; the latest message that names one sets it.
var caseTopics = []struct {
	topic caseTopic
	words *pattern.Pattern
}{
	{topicFixedOvertime, pattern.MustCompile(`固定残業|みなし残業|定額残業|残業代込み|時間分の残業`)},
	{topicShortHours, pattern.MustCompile(`時短|短時間勤務`)},
	{topicBenefit, pattern.MustCompile(`失業保険|失業手当|失業給付|基本手当|給付制限|所定給付`)},
	{topicNonRenewal, pattern.MustCompile(`雇止め|雇い止め|更新(しない|されない|せえへん|せん|なし|はない|止め)|契約(を)?切られ|無期転換|契約(終了|満了|打ち切り|打切り)(です|だ|や|になる|になります|します)?[』」]?(って|と)[^。]{0,6}(言われ|いわれ|言うて|告げられ)|契約を?(終了|打ち切)(する|され)|契約[^。]{0,16}で終わり[』」]?(って|と)[^。]{0,4}(言われ|いわれ|言うて)`)},
	{topicDismissal, pattern.MustCompile(`解雇|クビ|くびに|首にな|辞めてくれって|辞めてもらう|予告手当|来(ん|なく)(て|で)?(ええ|いい|よい)|こなくていい|こんでいい`)},
	{topicNight, pattern.MustCompile(`深夜|夜中の時給|夜勤手当|夜勤の手当`)},
	{topicOvertimePay, pattern.MustCompile(`サービス残業|サビ残|未払いの残業|残業代|残業手当|割増|割り増|わりまし|%増し|％増し|時間外手当|休日手当|休日出勤手当|休日労働|8時間を?(超|こえ)|[9９]時間働`)},
	// Childcare leave by its own words, before maternity's due date: a
	// father's leave (産後パパ育休) is asked with the birth's date.
	{topicChildcare, pattern.MustCompile(`育休中|育休の間|育休のあいだ|育児休業給付|育休給付|パパ育休|産後パパ|出生時育児休業|男性育休|男の育休|男性の育休|父親の育休`)},
	{topicMaternity, pattern.MustCompile(`産休|産前|産後休|出産予定|予定日|さんきゅう`)},
	{topicInsurance, pattern.MustCompile(`雇用保険|社会保険|社保|厚生年金|こようほけん|しゃかいほけん|扶養|ふよう`)},
	{topicLeave, pattern.MustCompile(`有給|有休|年休|ゆうきゅう`)},
	// Named last: a day to leave asked about with paid leave is the
	// leave's (有給全部使って来月末に辞められる？).
	{topicQuitNotice, pattern.MustCompile(`間に合う|間にあう|まにあう|何日前|いつまでに(言|伝|申し出)|いつ言えば|いつ伝えれば|退職日|辞める日|やめる日|辞められる|やめられる|辞めれる`)},
}

// word is what names the topic in a note's keywords, "" for none.
func (t caseTopic) word() string {
	switch t {
	case topicLeave:
		return "有給"
	case topicBenefit:
		return "失業保険"
	case topicNonRenewal:
		return "雇止め"
	case topicDismissal:
		return "解雇"
	case topicFixedOvertime:
		return "固定残業"
	case topicOvertimePay:
		return "残業代"
	case topicInsurance:
		return "社会保険"
	case topicMaternity:
		return "産休"
	case topicNight:
		return "深夜"
	case topicShortHours:
		return "時短"
	case topicChildcare:
		return "育休"
	}
	return ""
}

// asksFigure matches a question after a figure (何日, いくら, 何時間分).
var asksFigure = pattern.MustCompile(`何日|なんにち|何日分|日数|いくつ|どのくらい|どれくらい|どんくらい|いくら|何時間|何か月|何ヶ月`)

// topicOf is the topic the latest of texts (newest first) names. A
// question of notice after a dismissal told (何日前に言わないといけないん
// ですか？) is the dismissal's, unless the person speaks of leaving
// themselves (退職届, 辞めたい).
func topicOf(texts []string) caseTopic {
	for i, t := range texts {
		topic := topicIn(t)
		if topic == noCaseTopic {
			continue
		}
		if topic == topicQuitNotice && !ownLeaving.MatchString(t) {
			// …or of a contract's end told (来月末で契約終了ですって言われ
			// ました → 何日前までに言わなきゃいけないとか決まりないんですか？).
			if before := topicOf(texts[i+1:]); before == topicDismissal || before == topicNonRenewal {
				return before
			}
		}
		return topic
	}
	return noCaseTopic
}

// topicAsked is the topic the message names, read in the conversation as
// topicOf reads it.
func topicAsked(in input) caseTopic {
	if t := topicIn(in.text); t != topicQuitNotice {
		return t
	}
	return topicOf(append([]string{in.text}, in.earlierUserTexts(caseWindow)...))
}

// ownLeaving matches the person's own leaving named in a question of
// notice.
var ownLeaving = pattern.MustCompile(`退職届|退職願|辞表|辞めたい|やめたい|辞めます|やめます|辞めよう|やめよう|(自分|私|わたし|僕|俺)から`)

// topicIn is the topic t names, by the order of caseTopics.
func topicIn(t string) caseTopic {
	for _, ct := range caseTopics {
		if ct.words.MatchString(t) {
			return ct.topic
		}
	}
	return noCaseTopic
}

// caseWindow is how many of the person's earlier messages a case is read
// from: a conversation on one rule is a few turns long.
const caseWindow = 6

// caseLine works out the figure the conversation's topic gives the
// person's case, or "" when the message neither told part of the case nor
// asks the figure of a topic it names, when the case lacks what the rule
// needs, or when Akari said it already.
func caseLine(in input) string {
	if in.ask == akari.AskThanks || in.distressed {
		return ""
	}
	night := nightAsked(in.text)
	if !night && !topicNamed(in) {
		return "" // most messages: nothing gathered, nothing allocated
	}
	texts := append([]string{in.text}, in.earlierUserTexts(caseWindow)...)
	topic := topicOf(texts)
	if night && topicIn(in.text) == noCaseTopic {
		topic = topicNight
	}
	if topic == topicLeave && asksLapse.MatchString(in.text) && in.asks() && !in.alreadySaid(leaveLapse) {
		// 「さっきの5日って、使わへんかったら消えてまうん？」
		return leaveLapse
	}
	now := readCase(texts[:1])
	// A figure put right (70じゃなくて55時間だった) tells the case again.
	told := now != (workCase{}) || fixedFigure.MatchString(in.text)
	asked := topicAsked(in) == topic && (asksFigure.MatchString(in.text) || asksAgain.MatchString(in.text)) ||
		topicIn(in.text) == noCaseTopic && asksEligible.MatchString(in.text) || figureFollowUp(in) ||
		// 申し出っていつまでにすればいいんでしたっけ, a father's leave on the
		// table: by when, with or without the due date (general set 181,
		// round 48).
		topic == topicChildcare && whenAsked.MatchString(in.text) && in.asks()
	if !told && !asked {
		return ""
	}
	c := readCase(texts)
	c.whenAsked = whenAsked.MatchString(in.text)
	full := caseFigure(topic, c, in.when())
	switch {
	case full == "":
		return ""
	case asksAgain.MatchString(in.text):
		return full
	}
	// What is new of it only (平均賃金 told since: the sum, not the days
	// short again).
	if line := unsaid(full, in.lastReplies(akari.SaidMemory)); line != "" {
		return line
	}
	if figureFollowUp(in) {
		// 「何日分もらえるんだろう」 right after the line that said so: the
		// figure again, owned as said before.
		return "くり返しになりますが、" + firstSentence(full)
	}
	return ""
}

// asksEligible asks whether the rule on the table applies to the person
// (それって私もう申し込める状態ですか？, 私も対象？).
var asksEligible = pattern.MustCompile(`(申し込め|もらえ|取れ|とれ|使え|受けられ)(る|ます)(状態|の|ん|か)|(私|わたし|自分|うち)(も|は|って)[^。]{0,8}(対象|当てはま|あてはま|該当)|できる状態`)

// whenAsked asks by when something must be done (いつまでに申し出れば).
var whenAsked = pattern.MustCompile(`いつまで|何日前|なんにちまえ|いつ(言|伝|申し出|出せ|出し)`)

// asksAgain matches a figure asked for again (さっきの金額をもう一度).
var asksAgain = pattern.MustCompile(`もう一度|もう一回|もう1回|もっかい|もういっぺん|もう一遍|再度|改めて|あらためて`)

// topicNamed reports whether the message or one of the person's last
// caseWindow messages names a topic (folded as earlierUserTexts folds
// them, without gathering them).
func topicNamed(in input) bool {
	if topicIn(in.text) != noCaseTopic {
		return true
	}
	seen := 0
	for i := len(in.turns) - 1; i >= 0 && seen < caseWindow; i-- {
		if t := in.turns[i]; t.Role == akari.RoleUser {
			seen++
			if topicIn(jatext.Fold(t.Text)) != noCaseTopic {
				return true
			}
		}
	}
	return false
}

// CaseFigure is the figure a labour rule gives the person's own case, for
// a model writing the reply (internal/llm): what caseLine would say to the
// message of req, or "".
func CaseFigure(req akari.AdviceRequest) string {
	st := req.State
	if st == nil {
		st = &akari.State{}
	}
	return caseLine(newInput(req, st, req.Classification.Category))
}

// caseFigure is the line for topic and the case, "" when the case lacks
// what the rule needs.
func caseFigure(topic caseTopic, c workCase, now time.Time) string {
	if c.months == 0 && c.days == 0 && c.started > 0 && !now.Equal(noDate) {
		// 2019年10月から: the months since, to today.
		if m := now.Year()*12 + int(now.Month()) - 1 - c.started; m > 0 {
			c.months = m
		}
	}
	switch topic {
	case topicLeave:
		return leaveLine(c)
	case topicDismissal:
		if c.notice == 0 && c.quit.told && !c.quit.notice {
			// 今日（6月15日）「今月末で辞めてもらう」: the notice is the
			// days from today to the day named.
			c.notice = noticeUntil(c, now)
		}
		return dismissalLine(c)
	case topicBenefit:
		return benefitLine(c)
	case topicFixedOvertime:
		return overtimeLine(c)
	case topicOvertimePay:
		if s := c.nights.at(); c.hourly > 0 && s.Valid() && s.Worked() > legalDayHours && c.nights.askTo == 0 {
			// A shift told that runs past 8 hours (20時〜翌8時、休憩1時間):
			// its overtime, worked out.
			return nightLine(c)
		}
		return overtimePayLine(c)
	case topicQuitNotice:
		return quitNoticeLine(c, now)
	case topicNight:
		if !c.nights.told() && c.nights.askTo == 0 && c.otHours > 0 {
			return overtimePayLine(c) // 深夜まで月40時間残業: overtime, late
		}
		return nightLine(c)
	case topicInsurance:
		return insuranceLine(c)
	case topicNonRenewal:
		return nonRenewalLine(c)
	case topicMaternity:
		if c.partnerBirth {
			// 予定日は3月10日 in a father's question: his leave's.
			return childcareLine(c, now)
		}
		return maternityLine(c, now)
	case topicShortHours:
		return shortHoursLine(c)
	case topicChildcare:
		return childcareLine(c, now)
	}
	return ""
}

// figureToken is a number with its counter (2年, 10日, 1,875円, 25%).
var figureToken = pattern.MustCompile(`[0-9][0-9,.]*(年|か月|日|時間|円|%|週間|人)`)

// holdsFigures reports whether reply states every figure of line.
func holdsFigures(reply, line string) bool {
	locs := figureToken.FindAllStringIndex(line, -1)
	if len(locs) == 0 {
		return false
	}
	for _, l := range locs {
		if !strings.Contains(reply, line[l[0]:l[1]]) {
			return false
		}
	}
	return true
}
