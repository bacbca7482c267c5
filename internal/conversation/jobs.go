package conversation

import (
	"fmt"
	"iter"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/jatext"
	"github.com/akari-career/akari/internal/pattern"
)

// JobQuery is what the engine knows of the person's wishes when it looks
// for jobs.
type JobQuery struct {
	Category      akari.Category
	Prefectures   []string // none: any; full-remote listings always pass
	Remote        string   // "full", "partial" or ""
	Employment    string   // 正社員, 契約社員, 派遣, パート・アルバイト or ""
	Inexperienced bool
	Keywords      []string
	Avoid         []string // kinds of work turned down (保育以外, 電話じゃない)
	// Kind is a kind of work the person named that is none of the usual
	// job words (警備の仕事): it raises listings as a keyword does, and the
	// page says whether the catalog holds it at all.
	Kind string
	// KindNow: Kind was named in the message being answered, so it ranks
	// as Wanted's words do.
	KindNow bool
	// Wanted are the conditions and kinds of work the message being
	// answered asks for (夜勤なし, 事務): the page says which no card on it
	// holds.
	Wanted []string
	// MinAnnualPay (万円) and MinHourlyPay (円) are the lowest pay the
	// person asked for (年収500万以上, 時給1500円以上); zero: no wish.
	MinAnnualPay, MinHourlyPay int
	// ByPay orders the listings by pay, the highest first (年収高い順で).
	ByPay         bool
	Offset, Limit int
}

// JobPage is one page of matches, ready to send.
type JobPage struct {
	Cards []akari.Card // empty when nothing matched
	Count int
	// KindMissing: no listing of the catalog holds the query's Kind, so
	// the cards are other work.
	KindMissing bool
	// Unmet are the query's Wanted words no card on the page holds.
	Unmet []string
	// Held are the query's Wanted words every card on the page holds
	// (土日休み, asked and found on all five): said back, so the person
	// sees the cards were narrowed by it.
	Held []string
	// Partly are the Wanted words only some cards on the page hold, with
	// how many: said as that, never claimed of all.
	Partly []HeldBy
}

// HeldBy is a wanted word and how many cards on a page hold it.
type HeldBy struct {
	Word  string
	Cards int
}

// JobFinder searches the catalog. It never invents a listing: every card
// comes from the catalog.
type JobFinder interface {
	Find(q JobQuery) JobPage
	// Describe names a listing for the consent text and the lead.
	Describe(id string) (title, company string, ok bool)
	// Card is a listing as a card, for a question about one shown.
	Card(id string) (akari.Card, bool)
}

// Keys of State.Facts.
const (
	factPrefecture    = "prefecture"
	factRemote        = "remote"
	factEmployment    = "employment"
	factInexperienced = "inexperienced"
	factMinPay        = "min_pay" // 年収500万 or 時給1500円, as parsed by wishedPay
	factOrder         = "order"   // orderPay, or unset: the best match first
)

// orderPay is factOrder's value for listings ranked by pay.
const orderPay = "pay"

// jobsPerPage is how many cards one reply shows.
const jobsPerPage = 5

// emotional worries get guidance first: job cards never come with the first
// reply to them, and the offer comes only from the second reply on. The
// category table says which worries are emotional.
func emotional(c akari.Category) bool { return c.Emotional() }

// showJobs answers a request for job listings. more continues the last
// search (「もっと見る」).
func (e *Engine) showJobs(st *akari.State, text string, more bool) (Result, error) {
	if e.Jobs == nil {
		return e.line("fallback", st, Vars{}, "greeting")
	}
	text = inJapanese(text)
	if !more {
		e.learnWishes(st, text)
		st.JobsOffset = 0
	}
	q := jobQuery(st, text, more)
	page := e.Jobs.Find(q)
	dropped := ""
	if page.Count == 0 && !more && q.Employment != "" {
		// 神戸で派遣の看護師: none as 派遣. Said plainly, with the
		// place's other listings, and the wish dropped as the chip would
		// drop it — more of them pages on.
		q.Employment = ""
		if p := e.Jobs.Find(q); p.Count > 0 {
			page, dropped = p, st.Facts[factEmployment]
			delete(st.Facts, factEmployment)
		}
	}
	searchedBefore := st.LastJobsTurn > 0
	again := false
	if more && page.Count == 0 && st.JobsOffset > 0 && st.Stage != akari.StageJobs {
		// さっきの求人の続きを見せて after a night in care, with no more
		// to show: the same cards again, said to be all there are.
		q.Offset = 0
		if p := e.Jobs.Find(q); p.Count > 0 {
			page, again, st.JobsOffset = p, true, 0
		}
	}
	st.LastJobsTurn = st.TurnCount
	if page.Count == 0 || len(page.Cards) == 0 {
		if more {
			return e.line("jobs_more_none", st, Vars{}, "jobs")
		}
		return e.line("jobs_none", st, Vars{}, "jobs_none")
	}
	st.Stage = akari.StageJobs
	st.JobsOffset += page.Count
	st.Shown = st.Shown[:0]
	for _, c := range page.Cards {
		st.Shown = append(st.Shown, c.JobID)
	}
	held := page.Held
	if !more && q.Inexperienced && strings.Contains(string(fold(text)), "未経験") {
		// Asked now, and every card is open to the inexperienced (the
		// search keeps no other).
		held = append(slices.Clip(held), "未経験OK")
	}
	key, v := "jobs_intro", Vars{Count: page.Count, Label: e.Script.Label(st.Category), Wish: heldWish(wishIn(text), held)}
	unmetKey := ""
	if len(page.Unmet) > 0 {
		unmetKey = e.freshAll(st, unmet(v, page), "jobs_unmet", "jobs_unmet_2", "")
	}
	town := ""
	if !more {
		town = townMissing(text, page.Cards)
	}
	switch {
	case again:
		key = "jobs_shown_again"
	case more:
		key = e.freshAll(st, v, "jobs_more", "jobs_more_2")
	case dropped != "":
		key, v.Kind = "jobs_employment_missing", dropped
	case town != "":
		// 別府のがいい when no card is there: said so, with the cards
		// the search found nearby — not as if they were in 別府.
		v.Kind = town
		key = e.freshAll(st, v, "jobs_kind_missing", "jobs_kind_missing_2")
	case page.KindMissing && q.KindNow:
		// Said once, when the kind is asked for: other work shown as if it
		// were 警備 would be a quiet untruth.
		v.Kind = q.Kind
		key = e.freshAll(st, v, "jobs_kind_missing", "jobs_kind_missing_2")
	case unmetKey != "":
		// 夜勤なしで: cards that do not say so, shown as if they did,
		// would be the same untruth. Said in fresh words, or not again.
		key, v = unmetKey, unmet(v, page)
	case nearer.MatchString(string(fold(text))):
		// もっと駅近いとこ: no card tells the way from home or the
		// station, and Akari does not pretend these are nearer.
		key = "jobs_nearer"
	default:
		keys := []string{"jobs_intro", "jobs_intro_again", "jobs_intro_again_2", "jobs_intro_again_3"}
		if searchedBefore {
			keys = keys[1:] // the first search's words are for the first search
		}
		key = e.freshAll(st, v, keys...)
	}
	if st.Category == "" || st.Category == akari.Other {
		v.Label = ""
	}
	intro, err := e.Script.Line(key, st, v)
	if err != nil {
		return Result{}, err
	}
	if w, ok := partlyHeld(page.Partly, v.Wish); ok && !more && !again {
		// 土日休みのとこだけになる？ when two of the five say so: how many
		// do, not a narrowing claimed of all.
		some, err := e.Script.Line("jobs_held_some", st, Vars{Kind: w.Word, Count: w.Cards})
		if err != nil {
			return Result{}, err
		}
		if !saidLately(st, some) {
			intro = strings.TrimRight(intro, "\n") + "\n" + some
		}
	}
	reply := akari.Reply{Messages: []akari.Message{{Text: intro}, {Cards: page.Cards}}}
	if page.Count == jobsPerPage {
		reply.QuickReplies = append(reply.QuickReplies, akari.QuickReply{Label: "もっと見る", Text: "もっと見る"})
	}
	reply.QuickReplies = append(reply.QuickReplies, e.chips(st, "jobs")...)
	e.said(st, akari.Texts(intro))
	return Result{Reply: reply, Source: "jobs"}, nil
}

// inJapanese reads an ask for jobs written in English (show me developer
// jobs in Tokyo) in the words the search knows: places and kinds of work.
func inJapanese(text string) string {
	if !strings.ContainsFunc(text, func(r rune) bool { return r < 0x80 && unicode.IsLetter(r) }) {
		return text
	}
	return englishJobWords.Replace(strings.ToLower(text))
}

// englishJobWords are the places and kinds of work an ask in English
// names (care set 287, round 49).
var englishJobWords = strings.NewReplacer(
	"tokyo", "東京", "osaka", "大阪", "kyoto", "京都", "yokohama", "横浜", "nagoya", "名古屋", "sapporo", "札幌",
	"fukuoka", "福岡", "kobe", "神戸", "sendai", "仙台", "hiroshima", "広島", "okinawa", "沖縄", "chiba", "千葉", "saitama", "埼玉",
	"software developer", "エンジニア", "developer", "エンジニア", "engineer", "エンジニア", "programmer", "エンジニア",
	"customer support", "カスタマーサポート", "customer service", "カスタマーサポート", "call center", "コールセンター", "call centre", "コールセンター",
	"nurse", "看護", "caregiver", "介護", "care worker", "介護", "warehouse", "倉庫", "factory", "工場", "driver", "ドライバー",
	"sales", "営業", "office work", "事務", "admin", "事務", "accounting", "経理", "marketing", "マーケティング", "designer", "デザイン",
	"full remote", "フルリモート", "fully remote", "フルリモート", "remote", "リモート", "part-time", "パート", "part time", "パート", "full-time", "正社員",
)

// jobQuery is the search a request for jobs makes of what the
// conversation knows (st.Facts, with the request's wishes learnt).
func jobQuery(st *akari.State, text string, more bool) JobQuery {
	keep, avoid := recentKeywords(st)
	kind, kindNow := recentKind(st, text)
	q := JobQuery{
		Kind:          kind,
		KindNow:       kindNow,
		Category:      st.Category,
		Prefectures:   areaNames(st.Facts[factPrefecture]),
		Remote:        st.Facts[factRemote],
		Employment:    st.Facts[factEmployment],
		Inexperienced: st.Facts[factInexperienced] == "yes",
		Keywords:      keep,
		Avoid:         avoid,
		Offset:        st.JobsOffset,
		Limit:         jobsPerPage,
	}
	q.MinAnnualPay, q.MinHourlyPay = payFact(st.Facts[factMinPay])
	q.ByPay = st.Facts[factOrder] == orderPay
	if !more {
		q.Wanted = wantedNow(text)
	}
	return q
}

// shownLately reports whether cards were shown in the last few turns: 「もっ
// と他のもある？」 after a question about one of them still asks for more.
func shownLately(st *akari.State) bool {
	return st.LastJobsTurn > 0 && st.TurnCount-st.LastJobsTurn <= 3
}

// widen drops a wish that kept every listing out, then searches again.
func (e *Engine) widen(st *akari.State, fact string) (Result, error) {
	if st.Facts != nil {
		delete(st.Facts, fact)
		if fact == factPrefecture {
			delete(st.Facts, factRemote)
		}
	}
	return e.showJobs(st, "", false)
}

// remoteDropped drops working from home as a condition.
var remoteDropped = pattern.MustCompile(`(在宅|リモート|テレワーク)(勤務)?(は|が|とか|なんて|なんか)?(なし|無し|なくて|じゃなくて|でなくても|じゃなくても|は無理|はいい|こだわらな|どうでもいい|どっちでもいい|どちらでもいい|関係ない|気にしない|いらない|要らない|不要)`)

// officeOK accepts some days at the office: 週1出社ならOK, 出社も大丈夫.
var officeOK = pattern.MustCompile(`出社(なら|でも|も|は|くらいなら|ぐらいなら)[^。]{0,6}(ok|いい|大丈夫|可|できる|平気)`)

// wantedEmployment returns the way of employment f asks for: the last one
// named that is not turned down (正社員じゃなくてパートでもいい asks for パート).
func wantedEmployment(f string) (string, bool) {
	emp, at := "", -1
	for _, w := range jatext.EmploymentWords() {
		for i := range jatext.Indices(f, w.Word) {
			if i > at && !turnedDown(f[i+len(w.Word):]) {
				emp, at = w.Employment, i
			}
		}
	}
	return emp, at >= 0
}

// turnedDown reports whether what follows a way of employment turns it
// down: 正社員じゃなくて, 派遣以外, 正社員じゃない — a plain じゃない too,
// which after a kind of work may only note what was shown (kindTurnedDown).
func turnedDown(rest string) bool {
	return kindTurnedDown(rest) || strings.HasPrefix(rest, "じゃない") || employmentLeft(rest)
}

// employmentLeft reports whether what follows a way of employment tells
// of work lost or left in it (派遣切られた, 派遣の契約が終わって, パートは
// もうこりごり), or forbidden (親にバイト反対されてて, バイト禁止): the way
// the person worked or may not, not the one they ask for.
func employmentLeft(rest string) bool {
	rest = strings.TrimPrefix(strings.TrimPrefix(rest, "の契約"), "契約")
	rest = strings.TrimLeft(rest, "がをは")
	for _, p := range [...]string{"切られ", "きられ", "切り", "ぎり", "クビ", "くび", "辞め", "やめ", "終わ", "終了", "満了", "切れ", "もう", "こりごり", "に疲れ", "反対", "禁止", "ダメ", "だめ"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// aboutHandover reports whether a message about calling something off is
// about the handover to a recruiter: one is under way or done, or the
// message names it.
func (e *Engine) aboutHandover(st *akari.State, f folded) bool {
	if f.is(ruleApplied) {
		// さっき言っとった無期転換って、申し込んだら会社は断れんの？: an
		// application the law gives, turned down by the employer — not
		// Akari's recruiter (general set 182, round 48).
		return false
	}
	if st.Intake != nil || st.LeadID != "" {
		return true
	}
	if outsideAgent(st) {
		// 「担当者から毎日電話…断っても大丈夫？」 in talk of a job agency
		// the person uses: its recruiter, not Akari's.
		return false
	}
	s := string(f)
	for _, w := range [...]string{"担当", "面談", "共有", "申し込", "申込", "エージェント", "リクルーター", "その人", "応募"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// ruleApplied names a right applied for with the employer: its
// application (申し込む) and its refusal (断る) are the employer's.
var ruleApplied = pattern.MustCompile(`無期転換|無期雇用|育休|育児休業|介護休業|介護休暇|看護休暇|有給|有休|時短|短時間勤務|産休|休職|労災|失業|雇用保険|社会保険`)

// outsideAgent reports whether the person's last few messages name a job
// agency or a temp agency of their own (転職エージェント, 派遣会社).
func outsideAgent(st *akari.State) bool {
	for t := range recentUserTexts(st, 4) {
		for _, w := range [...]string{"エージェント", "派遣会社", "派遣元", "転職サイト"} {
			if strings.Contains(t, w) {
				return true
			}
		}
	}
	return false
}

// searchesAgain reports whether a message asks for the cards again with
// what it changes: 「パートでもいいので、週4くらいで探し直してもらえますか」
// after any cards, or, right after them, a condition alone (「大阪で、
// パートでもいい」).
func (e *Engine) searchesAgain(st *akari.State, text string, f folded) bool {
	switch {
	case (f.is(praised) || f.is(backToTopic)) && !f.is(e.intents.research):
		// A card praised, or a topic gone back to (さっきの年金の話ですが、
		// 週3のパートなら影響はないですか): no search.
		return false
	case st.LastJobsTurn > 0 && f.is(e.intents.research):
		return !f.is(e.intents.jobsNo)
	case st.LastJobsTurn > 0 && narrowedAmong.MatchString(string(f)):
		// その中で月給25万以上のは？: the cards again, by pay.
		return true
	case shownLately(st) && wishedPay(string(f)) != "" && e.refines(text, f):
		// もうちょい時給高いのないかな。1400円以上で, a question about
		// night-shift pay after the cards: a pay wished for is a search.
		return true
	case shownLately(st) && e.narrows(text, f):
		// 仙台の, 正社員だけ right after the cards — even when a word
		// between them was answered as a worry.
		return true
	case st.Stage == akari.StageJobs:
		return e.refines(text, f) || asksOneCondition(f) && !f.is(e.intents.jobsNo) && !f.is(e.intents.notAsk) && !f.is(howToAsked)
	}
	return false
}

// howToAsked asks how to do something (面接で残業のこと聞くとき、角が立たない
// 聞き方ってあります？ after the cards: care set 330, round 55, searched
// again by 残業): advice asked for, not listings with a condition.
var howToAsked = pattern.MustCompile(`(聞き方|きき方|訊き方|言い方|いい方|伝え方|書き方|断り方|やり方|頼み方|切り出し方|答え方|方法|コツ|こつ)(って|は|を|とか|が)?`)

// backToTopic goes back to something talked of before the cards
// (さっきの時短の話に戻りますけど、転職してすぐだと使えない？): a question
// about it, not a condition for the search.
var backToTopic = pattern.MustCompile(`(話|はなし|件)に(戻|もど)|(さっき|先ほど|さきほど|最初|前)(の|に|言っ|言う|いっ|話し|言よ|ゆう)[^。?]{0,14}(話|はなし|件)(だけど|なんだけど|ですけど|やけど|やけんど|じゃけど|ばってん|だども|ですが|なんですが|なんやけど|で[、,]|[、,])`)

// narrows reports whether a short message right after the cards is one
// more condition said in the few words such a reply takes — a head that
// names a condition, then a wish or a question for more of them: 別府の
// がいい, 夜勤ないとこ, フルリモートのは？, 時短できるやつ, Go書ける案件
// だけでいい, 未経験OKのがええな, 研修がちゃんとしてるところがいいです.
// Not a pick among the cards (2番目のがいい), nor just looking (見るだけ
// でいい), nor a step of the person's own (休むのがいいかな).
func (e *Engine) narrows(text string, f folded) bool {
	r := readTerse(text)
	if r.alone {
		// 霧島の, 札幌は？, 訪問介護のんは？: a place or a kind of work
		// alone. Asked as は？ it may be a card's topic instead (給料は？
		// asks how the cards stand on pay), so only a place, a kind or a
		// way of employment is a search then.
		_, employment := wantedEmployment(r.head)
		if !f.is(e.intents.jobsNo) && !notNarrowing.MatchString(r.head) && (jatext.PrefectureIn(r.head) != "" || placeNamed(r.head) || kindOfWork.MatchString(r.head) || employment ||
			strings.HasPrefix(r.end, "の") && (placeLike.MatchString(r.head) || conditionsNamed(r.head) > 0)) {
			// 大館のは？, 霧島の: "the ones of" a town no list holds.
			return true
		}
		r = readTerseEnd(r.s, text)
	}
	if !r.ended || f.is(e.intents.jobsNo) || f.is(e.intents.notAsk) {
		return false
	}
	head, end := r.head, r.end
	if head == "" || utf8.RuneCountInString(head) > maxNarrowHead || notNarrowing.MatchString(head) || strings.HasSuffix(head, "も") {
		// 年収は多少下がってもいいです accepts; it asks for nothing.
		return false
	}
	if strings.ContainsAny(end, "?？") && !strings.Contains(end, "のは") && !existsAsked.MatchString(end) && !limitedAsked.MatchString(end) {
		// ここって夜勤もあるとこ？ asks about a card.
		return false
	}
	return conditionsNamed(head) > 0 || placeNamed(head) || narrowHead.MatchString(head) || placeLike.MatchString(head) || areaEnd.MatchString(end)
}

// areaEnd closes a place no list may hold with the area around it
// (みなとみらい周辺だと嬉しい, 北区あたりで).
var areaEnd = pattern.MustCompile(`^(あたり|辺り|周辺|付近|近辺|方面|の近く|近く|らへん|ら辺)`)

// townMissing is the town a terse reply to the cards names (別府のがいい,
// 霧島の) when no card found is there and no list knows it as a place, or
// "".
func townMissing(text string, cards []akari.Card) string {
	head := readTerse(text).head
	if !placeLike.MatchString(head) || jatext.PrefectureIn(head) != "" || kindOfWork.MatchString(head) || conditionsNamed(head) > 0 {
		return ""
	}
	if slices.ContainsFunc(cards, func(c akari.Card) bool { return strings.Contains(c.Place, head) }) {
		return ""
	}
	return head
}

// terse is a short reply to the cards read as a head and its end: a place
// or a kind said alone (alone: 霧島の, 札幌は？), or a condition with a wish
// or a word for listings after it (ended: 夜勤ないとこ, ホテル系以外でお願
// いします).
type terse struct {
	s         string // the reply folded, without its polite close
	head, end string
	alone     bool
	ended     bool
}

// readTerse reads text as a terse reply, folding it once.
func readTerse(text string) terse {
	if loc := reasonAfter.FindStringIndex(text); loc != nil && loc[0] > 0 {
		// 塾講師以外でお願いします。夜が遅いので: the reason said after
		// the condition is no part of it.
		text = text[:loc[0]]
	}
	s := string(fold(withoutPoliteEnd(text)))
	if m := placeAlone.FindStringSubmatchIndex(s); m != nil {
		return terse{s: s, head: s[m[2]:m[3]], end: s[m[4]:m[5]], alone: true}
	}
	if i := strings.LastIndexAny(s, "、,"); i > 0 {
		// 接客はもうええので、工場とか製造で: the kind wanted said last.
		last := s[i+1:]
		if m := placeAlone.FindStringSubmatchIndex(last); m != nil && kindOfWork.MatchString(last[m[2]:m[3]]) {
			return terse{s: s, head: last[m[2]:m[3]], end: last[m[4]:m[5]], alone: true}
		}
	}
	return readTerseEnd(s, text)
}

// readTerseEnd reads s (text folded, see readTerse) as a condition and its
// end.
func readTerseEnd(s, text string) terse {
	if m := narrowEnd.FindStringIndex(s); m != nil {
		return terse{s: s, head: s[:m[0]], end: s[m[0]:], ended: true}
	}
	if i := strings.LastIndex(s, "?"); i > 0 && i < len(s)-1 {
		// もっと月給高いのある？25万以上で: the ask, then a condition added.
		if tail := s[i+1:]; utf8.RuneCountInString(tail) <= maxAddedCondition && narrowHead.MatchString(tail) {
			if m := narrowEnd.FindStringIndex(s[:i+1]); m != nil {
				return terse{s: s, head: s[:m[0]], end: s[m[0] : i+1], ended: true}
			}
		}
	}
	if s != "" && s != string(fold(jatext.TrimClosing(text))) && narrowHead.MatchString(s) {
		// ホテル系以外でお願いします: a polite close is the wish's end.
		return terse{s: s, head: s, ended: true}
	}
	return terse{s: s}
}

// reasonAfter is a short last sentence that gives a reason (夜が遅いので,
// 子どもおるけん).
var reasonAfter = pattern.MustCompile(`[。!！][^。!！?？]{1,16}(ので|から|けん|けぇ|さかい|んで|し)[。!！…]*$`)

// maxAddedCondition: a condition added after a terse ask (…のある？25万以上
// で) fits in this many characters.
const maxAddedCondition = 12

// placeAlone is a place or a kind of work said alone after the cards:
// 仙台の, 札幌は？, 訪問介護のんは？, 福山のほう, 事務で, 名古屋だとどう？.
var placeAlone = pattern.MustCompile(`^([^、。,\s]{1,10}?)(の|のん|のは|のんは|は|のほう|の方|あたり|辺り|で|でお願い|でおねがい|でいい|でええ|だと|なら|だったら|では|(は|だと|なら|では|だったら)(どう|どない|どげん|どがい|どんな感じ|どんなかんじ)(かな|ですか|でしょう|でしょうか|や|やろ|だろ|なん|だべ)?)(\?|？)?[。!！〜~w…]*$`)

// placeLike is a head of a few kanji alone, as a town no list holds is
// named (別府のがいい) — not the cards before (前のがいい).
var placeLike = pattern.MustCompile(`^[\p{Han}]{2,4}$`)

// maxNarrowHead: what a terse condition names before its end fits in this
// many characters; a longer message says more and is read as itself.
const maxNarrowHead = 24

// narrowEnd closes a terse condition: a wish for it (のがいい, なとこが
// ええ, だけで), a word for listings (やつ, とこ, 案件), or a question for
// more of them (のは？).
var narrowEnd = pattern.MustCompile(`(の|のん|なの|な)?((やつ|とこ|ところ|もの|案件|お仕事|仕事|求人|中)?(だけ)?(が|で|でも)?(いい|ええ|よか|良い|大丈夫|お願い|おねがい|よろしおす|よろしい)|(やつ|とこ|ところ|案件|お仕事|仕事|求人)(だけ)?で?|だけで?|のは(ある|ない)?\?|のは|(の|のん|やつ|とこ)を?(見せて|みせて|見して|みして)(ほしい|ください|くれ|や|よ|な)?|` + existsEnd + `|(の|のん|やつ|とこ|もの)に(して|しといて)(ください|ほしい|もらえる|もらえます|くれる|くれへん)?|(あたり|辺り|周辺|付近|近辺|方面|らへん|ら辺)(で|が|がいい|だと)?|(あたり|辺り|周辺|付近|近辺|方面|の近く|近く|らへん|ら辺)?(だと|なら|が)(なお|もっと|さらに|より)?(嬉しい|うれしい|助かる|助かります|ありがたい)|(だと|なら)(なお|もっと|さらに|より)(いい|ええ|良い)|(じゃないと|でないと|じゃなきゃ|じゃなかったら|やないと)(無理|むり|だめ|ダメ|きつい|厳しい|あかん)|` + limitedEnd + `)(です|っす|な|なあ|なぁ|わ|だわ|やわ|だよ|かな|ね|けど|んだけど|んですけど|やで|で|よ|します|いたします)?[。!！?〜~w…]*$`)

// existsEnd asks whether there is one, or one more, of a condition
// (17時までに終わるのある？, 寮ありのやつもある？) — a search, unlike a
// question about a card (ここって夜勤もあるとこ？).
const existsEnd = `(の|のん|やつ|とこ|ところ|求人|仕事|もの)(も|って|とか|は)?` + askedExists

// askedThereIs asks plainly whether there is one, as a question and not
// a wondering (仕事ってあるのかな is wondered aloud, and writers of care and
// general conversations read it so): ある？, ございますか, あっとね？
// (熊本), あるば？ (沖縄), あるべか.
const askedThereIs = `((ある|あります|ございます|あっ|あん)(ん|の|と)?(\?|か\?|かい(\?|$|[、。])|とね|ね\?|ば\?|ば$|べか|っぺか|じゃろ\?|やろ\?)|(あります|ございます)(か|でしょうか))`

// askedExists asks whether there is one, in any register or speech: ある？,
// ありますでしょうか, ございますか, あるんかな, あっとね (熊本), なかとかいな
// (博多), あるば？ (沖縄), あっかな (東北).
const askedExists = `((ある|あります|ありません|ございます|ございません|あっ|あん|ない|無い|なか|ねぇ|ねえ|あるん|ないん|あるの|ないの|あったりします|あったりする|あるっけ|あっかな|あるかな|ないかな)\?` +
	`|(あります|ありません|ございます|ございません)(か|でしょうか)` +
	`|(ある|ない|無い|なか|ねぇ|ねえ|あっ|あん)(ん|の|と)?(かな|かね|かい\?|かいな|かいね|かしら|やろか|やろうか|じゃろか|じゃろうか|っけ|とね|とかいな|とかな|ば|べか|っぺか|が\?|け\?|か\?|やろ\?|じゃろ\?))`

// limitedEnd narrows the cards to a condition in words for limiting them
// (札幌市内に限っていただけますでしょうか, 営業だけに絞るとどうなります？),
// whatever close follows; asked, it asks for the narrowed listings.
const limitedEnd = `(だけ)?(に|で)(限って|かぎって|絞って|しぼって|絞り込んで|しぼりこんで)(いただけ|いただき|もらえ|ください|下さい|ほしい|欲しい|くれ|み)[^。]*|(だけ)?(に|で)(絞る|しぼる|限る|かぎる|絞った|絞り込む)(と|なら|ならば|場合)[^。]*|も(含めて|ふくめて|入れて|いれて)(探して|さがして|見せて|みせて|ください|下さい|ほしい|欲しい|くれ|もらえ|いただけ|み)?[^。]*`

var limitedAsked = pattern.MustCompile("^(の|のん|なの|な)?" + limitedEnd)

// narrowHead is what a terse condition holds when no list names it: an
// absence, a thing allowed or possible, a degree, a skill in Latin letters
// (夜勤ない, 未経験OK, 時短できる, Go書ける, 研修がちゃんとしてる).
var narrowHead = pattern.MustCompile(`ない|なし|無し|不要|ok|可|歓迎|付き|つき|住み込み|寮|行ける|いける|一本で|乗り換えなし|できる|出来る|書ける|使える|活かせ|生かせ|いかせ|通え|近い|休める|選べる|働ける|ちゃんと|しっかり|充実|あり|くらい|ぐらい|まで|以上|以内|以外|中心|メイン|のみ|日曜|土曜|土日|週末|平日|祝日|夜勤|日勤|夜間|[a-z]{2,}`)

var existsAsked = pattern.MustCompile("^(の|のん|なの|な)?" + existsEnd)

// notNarrowing heads are no condition: a card picked or pointed at, just
// looking, or a step of the person's own.
var notNarrowing = pattern.MustCompile(`番目|つ目|最初|最後|これ|それ|あれ|この|その|あの|ここ|そこ|こっち|そっち|応募|まだ|見る|見て|みる|みて|読|休む|辞め|やめ|考え|待|寝|話|聞|言`)

// praised is a card's pay or terms praised (コールセンターのやつ時給
// いいね): a word on the cards shown, not a wish to search by.
// A card liked by its place (2件目よかね; which card, ordinalRef reads) or
// the cards liked (ありがと、いいね) too: a reaction, not a condition.
var praised = pattern.MustCompile(`(時給|給料|給与|月給|年収|条件|待遇|雰囲気|場所|休み)(が|は|も)?(いい|良い|ええ|高い|たかい|よさそう|良さそう)(ね|な|じゃん|やん|わ|[!！w笑]|$)` +
	`|(番|つ|個|件|枚)目(の|のやつ|のとこ|のところ|の求人|の会社)?(が|は|も)?[、,]?(いい|良い|ええ|よか|よさそう|良さそう|気になる|きになる|好き|気に入りました|気に入った|気にいった|気に入っ)(です|っす)?(ね|な|じゃん|やん|わ|かも|かな|[!！w笑〜ー。]|$)` +
	`|^(ありがと|ありがとう|あざす|サンキュー|さんきゅ)?[、,!！]*(いいね|いいな|いいじゃん|よかね|よかやん|ええやん|ええな|よさそう|良さそう)[!！w笑〜ー]*$` +
	// thanks, and one of them liked (ありがと まかない ついてるとこ ええなあ);
	// one found among them (在宅あるやん！ありがと)
	`|^(ありがと|ありがとう|あざす|サンキュー|さんきゅ)[^。?？]{0,20}(ええ|いい|良い|よか)(なあ|なぁ|ねえ|ねぇ)[!！w笑〜ー]*$` +
	`|(ある|あった|あるん)(やん|じゃん|ね|ねえ|ねぇ|なあ|なぁ)[!！w笑〜ー、,]*(ありがと|ありがとう|あざす)?[!！w笑〜ー]*$`)

// refines reports whether a short message names a condition for the job
// search — a place, a way of employment, working from home, a condition
// of work (conditionWords) — and nothing else to answer: 「大阪で、パート
// でもいい」, 「夜勤手当つくとこがよか」 after the cards.
func (e *Engine) refines(text string, f folded) bool {
	asks := e.intents.asks(f)
	if (wishedPay(string(f)) != "" || !asks && (hoursWish.MatchString(string(f)) || remoteWish.MatchString(string(f)))) && utf8.RuneCountInString(text) <= 2*maxRefineRunes && !f.is(e.intents.jobsNo) && !f.is(e.intents.notAsk) {
		// 年収500万以上で; Goかpython使ってて年収500万以上のとこで;
		// 幼稚園のお迎えが2時なので、1時までに終わるところがいいです.
		return true
	}
	if areaAlso.MatchString(string(f)) && utf8.RuneCountInString(text) <= maxRefineRunes && !f.is(e.intents.jobsNo) {
		// あ、南区も入れてよかよ, 津田沼とか市川もOKです, 明石のほうもある？:
		// more places, named in words no list holds.
		return true
	}
	if utf8.RuneCountInString(withoutPoliteEnd(text)) > maxRefineRunes || f.is(e.intents.jobsNo) || asks {
		// 派遣ってボーナスとかないんですか？ asks; it narrows nothing. Nor
		// does 面接で在宅希望ってはっきり言って大丈夫だべか.
		return false
	}
	if jatext.PrefectureIn(text) != "" {
		return true
	}
	s := string(f)
	if strings.Contains(s, "在宅") || strings.Contains(s, "リモート") {
		return true
	}
	if selfLook.MatchString(s) {
		// 夜勤なしのとこ見てみるわ: they will look themselves.
		return false
	}
	if (slices.ContainsFunc(conditionWords, func(w string) bool { return strings.Contains(s, w) }) || kindOfWork.MatchString(s) || nearer.MatchString(s)) && wishedFor.MatchString(s) {
		// 週休2日のとこがいい〜, 夜勤手当つくとこがよか; not 日勤明けで疲れた.
		return true
	}
	_, named := wantedEmployment(s)
	return named
}

// narrowedAmong asks which of the cards shown meet a pay or a number
// (その中で月給25万以上のは？): a search again with it.
var narrowedAmong = pattern.MustCompile(`^(この|その|今の|いまの)(中|なか)(で|から)[^。?]{0,16}(以上|以下|以内|未満)(の|のもの|のやつ|のとこ)?(は|って|とか)?(ある|あります|どれ|ない)?(\?|ですか|かな)?$` +
	// その中で時短OKのものだけお願いします: the cards again, by what
	// they must be (general set 182, round 48).
	`|^(この|その|今の|いまの)(中|なか)(で|から)[、,]?[^。?]{1,16}(の|もの|やつ|とこ|ところ|所)だけ(お願い|おねがい|頼|たのむ|見せ|みせ|に|で|ください)` +
	// データ入力とか事務系さ絞れる？: narrowed by what a card is titled,
	// still a narrowing, not a question about that card (general set
	// 185, round 49).
	`|(絞|しぼ)(れる|れます|れん|れへん|れない|って|りこ|り込|ろう|れ[?？])`)

// selfLook ends a message with a look the person takes themselves.
var selfLook = pattern.MustCompile(`(見て|みて|探して|さがして|調べて|しらべて)(みる|みます|おく|おきます|みよう)(わ|ね|よ|か|かな|っと)?[。!！〜w…]*$`)

// maxRefineRunes: a longer message after the cards says more than a
// condition, and is read as itself.
const maxRefineRunes = 24

// politeEnds close a condition politely without adding to it
// (神奈川県内で、夜勤なしでお願いいたします。).
var politeEnds = []string{"でお願いいたします", "でお願いします", "でおねがいします", "でお願いできますか", "でお願い", "お願いいたします", "お願いします", "おねがいします", "だと助かります", "だとありがたいです", "がいいです", "が希望です"}

// withoutPoliteEnd is text without its closing marks and a polite ending.
func withoutPoliteEnd(text string) string {
	t := jatext.TrimClosing(text)
	for _, p := range politeEnds {
		if rest, ok := strings.CutSuffix(t, p); ok {
			return rest
		}
	}
	return t
}

// learnWishes records the job-search wishes a message states.
func (e *Engine) learnWishes(st *akari.State, text string) {
	if st.Facts == nil {
		st.Facts = map[string]string{}
	}
	if p := areaIn(text); p != "" {
		st.Facts[factPrefecture] = p
	}
	f := string(fold(text))
	switch {
	case remoteDropped.MatchString(f):
		// 在宅なしでもいい: working from home is no longer a condition.
		delete(st.Facts, factRemote)
	case officeOK.MatchString(f):
		// フルリモートじゃないのか。週1出社ならOK: partly at home.
		st.Facts[factRemote] = "partial"
	case strings.Contains(f, "フル在宅") || strings.Contains(f, "完全在宅") || strings.Contains(f, "フルリモート") || strings.Contains(f, "完全リモート"):
		st.Facts[factRemote] = "full"
	case strings.Contains(f, "在宅") || strings.Contains(f, "リモート") || strings.Contains(f, "テレワーク"):
		if st.Facts[factRemote] == "" {
			st.Facts[factRemote] = "partial"
		}
	}
	if emp, ok := wantedEmployment(f); ok {
		st.Facts[factEmployment] = emp
	}
	if strings.Contains(f, "未経験") {
		st.Facts[factInexperienced] = "yes"
	}
	if pay := wishedPay(f); pay != "" {
		st.Facts[factMinPay] = pay
	}
	if byPay.MatchString(f) {
		st.Facts[factOrder] = orderPay
	}
	// Widened in the same breath (年収下がってもよかけん、九州全体で見れる？).
	ff := folded(f)
	if ff.is(e.intents.widenArea) && jatext.PrefectureIn(text) == "" {
		delete(st.Facts, factPrefecture)
		delete(st.Facts, factRemote)
	}
	if ff.is(e.intents.widenPay) {
		delete(st.Facts, factMinPay)
	}
	if ff.is(e.intents.widenEmployment) {
		delete(st.Facts, factEmployment)
	}
}

// areaIn is where text asks for listings, as a fact: one prefecture, or
// the ones offered as choices joined by ・ (埼玉か群馬で: 埼玉県・群馬県).
func areaIn(text string) string {
	return strings.Join(jatext.PrefecturesIn(text), "・")
}

// areaSaid is the area a request for jobs names, as said back: a big city
// with the prefecture searched (名古屋（愛知県）), else areaIn.
func areaSaid(text string) string {
	area := areaIn(text)
	if city := jatext.CityIn(text); city != "" && area != "" && !strings.Contains(area, "・") {
		return city + "（" + area + "）"
	}
	return area
}

// areaNames reads an areaIn fact back.
func areaNames(fact string) []string {
	return strings.FieldsFunc(fact, func(r rune) bool { return r == '・' })
}

// payWish is the lowest pay a person asks a listing for: 年収500万以上,
// 月給25万は欲しい, 時給1500円以上 — the unit, the figure, and a word that
// makes it a floor or a wish (以上, から, 超え, は欲しい, くらいの仕事) —
// not pay told as it is (月給20万くらいです, 時給1100円しかない).
var payWish = pattern.MustCompile(`(年収|月給|月収|給料|時給|月|ねんしゅう|げっきゅう|きゅうりょう|じきゅう)(が|は|で)?([0-9]+)(万|円|まん|えん)(円|えん)?(以上|から|〜|~|超え|超|(くらい|ぐらい|ほど)?(は)?(欲しい|ほしい|ほしか|欲しか|ないと|必要|いる|要る|もらいたい|貰いたい)|でも(いい|ええ|大丈夫|ok|かまわ)|(くらい|ぐらい|程度|前後|ほど)?の(仕事|求人|とこ|ところ|会社|職場|パート|バイト|ある|ない)|ある|ない|で(探|お願い|見せ))`)

// wishedPay is the pay floor f asks for, as a fact: "年収500万" (monthly
// pay counted twelve times) or "時給1500円"; "" when f names none.
func wishedPay(f string) string {
	ix := payWish.FindStringSubmatchIndex(f)
	if ix == nil {
		return hourlyApart(f)
	}
	m := func(i int) string { return f[ix[2*i]:ix[2*i+1]] }
	n, err := strconv.Atoi(m(3))
	if err != nil || n <= 0 {
		return ""
	}
	unit, per := m(1), m(4)
	// Typed in hiragana (きゅうりょうは30まんくらいほしい).
	unit, per = payKana.Replace(unit), payKana.Replace(per)
	switch {
	case unit == "時給" && per == "円":
		return fmt.Sprintf("時給%d円", n)
	case (unit == "月給" || unit == "月収" || unit == "給料" || unit == "月") && per == "万":
		return fmt.Sprintf("年収%d万", n*12)
	case unit == "年収" && per == "万":
		return fmt.Sprintf("年収%d万", n)
	}
	return ""
}

// yenFloor is a floor in yen said apart from its unit (時給高いのないかな。
// 1400円以上で).
var yenFloor = pattern.MustCompile(`([0-9]{3,4})(円|えん)(以上|から|〜|~|超え|超)`)

// hourlyApart reads an hourly floor whose 時給 is said elsewhere in f: a
// few thousand yen or less is an hour's pay, never a month's.
func hourlyApart(f string) string {
	if !strings.Contains(f, "時給") && !strings.Contains(f, "じきゅう") {
		return ""
	}
	ix := yenFloor.FindStringSubmatchIndex(f)
	if ix == nil {
		return ""
	}
	n, err := strconv.Atoi(f[ix[2]:ix[3]])
	if err != nil || n < 500 || n > 5000 {
		return ""
	}
	return fmt.Sprintf("時給%d円", n)
}

// byPay asks for listings ordered by pay (年収高い順で, 給料のいい順に).
var byPay = pattern.MustCompile(`(年収|給料|給与|お給料|時給|月給|月収|きゅうりょう|ねんしゅう)(が|の)?(高い|たかい|いい|良い|多い)(順|じゅん)|高収入順|高給順`)

// payKana spells in kanji the pay words payWish reads in hiragana.
var payKana = strings.NewReplacer("ねんしゅう", "年収", "げっきゅう", "月給", "きゅうりょう", "給料", "じきゅう", "時給", "まん", "万", "えん", "円")

// payFact reads a factMinPay value back: 万円 a year, or 円 an hour.
func payFact(v string) (annual, hourly int) {
	if rest, ok := strings.CutPrefix(v, "年収"); ok {
		annual, _ = strconv.Atoi(strings.TrimSuffix(rest, "万"))
	}
	if rest, ok := strings.CutPrefix(v, "時給"); ok {
		hourly, _ = strconv.Atoi(strings.TrimSuffix(rest, "円"))
	}
	return annual, hourly
}

// unmet is v naming the page's unmet wishes, and the wish met without
// them (東京都・事務 with no card saying 事務: 東京都).
func unmet(v Vars, page JobPage) Vars {
	labels := make([]string, 0, len(page.Unmet))
	for _, w := range page.Unmet {
		w = conditionLabel(w)
		if !slices.Contains(labels, w) {
			labels = append(labels, w)
		}
	}
	v.Kind = strings.Join(labels, "・")
	parts := strings.Split(v.Wish, "・")
	parts = slices.DeleteFunc(parts, func(p string) bool { return p == "" || slices.Contains(page.Unmet, p) })
	v.Wish = strings.Join(parts, "・")
	return v
}

// partlyHeld is the first condition of work (not a kind of work, which
// ranks the cards and is said in the wish) only some cards hold, as a
// person would read it, unless the wish says it already.
func partlyHeld(partly []HeldBy, wish string) (HeldBy, bool) {
	for _, w := range partly {
		if slices.Contains(kindWords, w.Word) {
			continue
		}
		w.Word = conditionLabel(w.Word)
		if !strings.Contains(wish, w.Word) {
			return w, true
		}
	}
	return HeldBy{}, false
}

// heldWish adds to the wish said back the conditions every card shown
// holds (その中で土日休みのとこだけ → 「土日休み」で、あらためて5件): asked
// and met, they are the narrowing the person asked for. A condition only
// some cards hold is not claimed.
func heldWish(wish string, held []string) string {
	parts := strings.Split(wish, "・")
	parts = slices.DeleteFunc(parts, func(p string) bool { return p == "" })
	for _, w := range held {
		w = conditionLabel(w)
		if len(parts) < 4 && !slices.ContainsFunc(parts, func(p string) bool { return strings.Contains(p, w) || strings.Contains(w, p) }) {
			parts = append(parts, w)
		}
	}
	return strings.Join(parts, "・")
}

// conditionLabel is a condition of work as said back to the person,
// unmet, held or counted (conditionLabels).
func conditionLabel(w string) string {
	if l, ok := conditionLabels[w]; ok {
		return l
	}
	return w
}

// conditionLabels say the conditions matched by a stem (conditionWords) as
// a person would read them: 「残業少な」とはっきり書かれた求人 reads as a
// typo (general set 182, round 48).
var conditionLabels = map[string]string{"残業少な": "残業少なめ", "残業が少な": "残業少なめ", "残業少ない": "残業少なめ", "土日休": "土日休み",
	"残業月": "残業時間", "残業は月": "残業時間", "週休二日": "週休2日", "完全週休": "完全週休2日", "駅チカ": "駅近", "シニア": "シニア歓迎", "ビザサポート": "ビザ（在留資格）のサポート"}

// wantedNow are the conditions of work and the kinds of work text asks
// for (夜勤なしの事務: 夜勤なし, 事務), none turned down.
func wantedNow(text string) []string {
	var out []string
	for _, v := range conditionVariants {
		// 夜勤ねぇとこ, 夜勤のないところ: said as the catalog says it — not
		// 夜勤ないと稼げない, a condition of another kind.
		i := strings.Index(text, v.said)
		if i < 0 || slices.Contains(out, v.word) {
			continue
		}
		if rest := text[i+len(v.said):]; strings.HasPrefix(rest, "と") && !strings.HasPrefix(rest, "とこ") {
			continue
		}
		out = append(out, v.word)
	}
	for _, w := range slices.Concat(conditionWords, kindWords) {
		if wanted(text, w) && !slices.ContainsFunc(out, func(o string) bool { return strings.Contains(o, w) || strings.Contains(w, o) }) {
			out = append(out, w)
		}
	}
	return out
}

// conditionVariants are conditions said in other words than the
// listings' (general set 178, round 47).
var conditionVariants = []struct{ said, word string }{
	{"夜勤ねぇ", "夜勤なし"}, {"夜勤ねえ", "夜勤なし"}, {"夜勤のない", "夜勤なし"}, {"夜勤ない", "夜勤なし"}, {"夜勤無し", "夜勤なし"}, {"夜勤がない", "夜勤なし"},
	{"夜勤のないとこ", "夜勤なし"}, {"夜勤せんで", "夜勤なし"}, {"夜勤しなくて", "夜勤なし"},
	{"中型免許", "中型"}, {"中型しか", "中型"}, {"大型免許", "大型"}, {"二種免許", "二種"}, {"2種免許", "二種"},
	{"60歳でも", "シニア"}, {"65歳でも", "シニア"}, {"60近く", "シニア"}, {"60歳近く", "シニア"}, {"還暦", "シニア"}, {"70歳でも", "シニア"}, {"年齢不問", "年齢不問"},
	{"朝だけ", "午前"}, {"午前だけ", "午前"}, {"午前中だけ", "午前"},
	{"ビザのサポート", "ビザサポート"}, {"ビザサポ", "ビザサポート"}, {"在留資格のサポート", "ビザサポート"},
	{"1日4時間", "短時間"}, {"1日3時間", "短時間"}, {"1日5時間", "短時間"}, {"4時間くらい", "短時間"}, {"4時間ぐらい", "短時間"}, {"3時間くらい", "短時間"}, {"時短", "短時間"},
}

// kindWords are the job words that name a kind of work, not the person
// (子ども, 子育て) or a condition a filter keeps (在宅, 時短).
var kindWords = []string{"コールセンター", "事務", "経理", "営業", "接客", "販売", "人事", "採用", "エンジニア", "デザイン", "マーケティング",
	"介護", "保育", "カスタマーサポート", "企画", "物流", "製造", "看護", "ドライバー", "配送", "倉庫", "工場", "清掃", "警備", "調理", "クリニック"}

// wishIn is what a request for jobs names, as the person said it: the
// place, up to two kinds of work and a pay floor (「札幌の事務の求人」:
// 北海道・事務; 「年収500万以上のある？」: 年収500万以上).
func wishIn(text string) string {
	var parts []string
	if p := areaSaid(text); p != "" {
		parts = append(parts, p)
	}
	for _, k := range jobKeywords {
		if len(parts) < 3 && wanted(text, k) && !slices.Contains(parts, k) {
			parts = append(parts, k)
		}
	}
	if emp, ok := wantedEmployment(string(fold(text))); ok && !slices.Contains(parts, emp) {
		// 正社員のものだけに絞って: a way of employment filters the cards,
		// and is said back, so the person sees it was heard (general set
		// 176, round 47). Conditions (夜勤なし) only rank them, and are
		// not claimed.
		parts = append(parts, emp)
	}
	if pay := wishedPay(string(fold(text))); pay != "" {
		parts = append(parts, pay+"以上")
	}
	if byPay.MatchString(string(fold(text))) {
		parts = append(parts, "お給料の高い順")
	}
	return strings.Join(parts, "・")
}

// wanted reports whether text names the kind of work k without turning it
// down (保育以外の事務 wants 事務, not 保育).
func wanted(text, k string) bool {
	for i := range jatext.Indices(text, k) {
		if !kindTurnedDown(text[i+len(k):]) && !ownFamily(text[:i], k, text[i+len(k):]) {
			return true
		}
	}
	return false
}

// ownFamily reports whether a word for care work at text's k is the
// person's own family life, not the work they look for: 父の介護しながら,
// 介護と両立できる仕事, 保育園のお迎えがあるので — said to explain the
// hours they need. Not 介護の仕事, 保育園で働きたい.
func ownFamily(before, k, after string) bool {
	switch k {
	case "介護":
		return familyBefore.MatchString(before) || ownCareAfter.MatchString(after)
	case "保育":
		return childsNursery.MatchString(after)
	case "子ども", "子育て":
		// 子どもの送り迎えがあるので17時半には上がりたい: the person's own
		// child, told to explain the hours (general set 176, round 47) —
		// not 子ども向けの仕事, 子どもに関わる仕事.
		return ownChildAfter.MatchString(after) || ownChildBefore.MatchString(before)
	}
	return false
}

var (
	// familyBefore ends in a member of the family whose care it is (父の
	// 介護, 親の介護, 義母の介護).
	familyBefore = pattern.MustCompile(`(親|父|母|夫|妻|旦那|主人|義父|義母|祖父|祖母|家族|身内|両親|おや|ちち|はは|おかん|おとん)(さん|ちゃん)?(の|を)?$`)
	// ownCareAfter follows care one gives (介護しながら, 介護と両立, 介護中,
	// 介護で休む).
	ownCareAfter = pattern.MustCompile(`^(を)?(しながら|しつつ|と両立|と仕事|と育児|と子育て|中|を抱え|をして|して(い|る|て|ま)|しとる|があ|が必要|が始ま|で休|で辞|で早退|休暇|休業|離職|のため|のせい)`)
	// ownChildAfter follows the person's own child (子どもの送り迎え,
	// 子どもがいるので, 子育て中, 子育てしながら).
	ownChildAfter = pattern.MustCompile(`^(の|が|を|と)?(送り迎え|お迎え|迎え|送迎|世話|面倒|行事|用事|熱|病気|体調|習い事|がいる|がいて|がおる|がおって|いる|いて|おる|おって|小さ|まだ|中|しながら|しつつ|と両立|と仕事|育て|預け|保育園|学校|学童)`)
	// ownChildBefore ends in whose child it is (うちの子ども, 小さい子ども).
	ownChildBefore = pattern.MustCompile(`(うちの|私の|わたしの|自分の|小さい|幼い|2人の|二人の|3人の)$`)
	// childsNursery follows 保育 when the nursery is the child's (保育園の
	// お迎え, 保育園に預けて).
	childsNursery = pattern.MustCompile(`^(園|所)(の|に|が|から|へ)(お迎え|おむかえ|迎え|送り|預け|あずけ|入れ|入っ|入る|通|決ま|呼び出し|行事|落ち|休み|急な)`)
)

// kindTurnedDown reports whether what follows a kind of work turns it
// down: 保育以外, 営業はやめて, 電話じゃない仕事 — not 全部フルリモートじゃ
// ないのか, which only notes what was shown.
func kindTurnedDown(rest string) bool {
	// 営業職以外, 介護系じゃない仕事, 保育士以外: the kind's own suffix
	// first.
	for _, suffix := range [...]string{"職", "系", "関係", "関連", "の仕事", "のお仕事", "士", "師", "員"} {
		if r, ok := strings.CutPrefix(rest, suffix); ok {
			rest = r
			break
		}
	}
	for _, p := range [...]string{"以外", "じゃなく", "ではなく", "でなく", "やなく", "やのうて", "じゃのうて", "じゃなか", "やない", "ちゃうくて", "はやめ", "は無理", "はむり", "は難し", "はむずかし", "はいや", "は嫌", "はなし",
		// 倉庫のお仕事は除いていただけますでしょうか: taken out.
		"は除いて", "を除いて", "はのぞいて", "は除外", "を除外", "は抜いて", "を抜いて", "は外して", "を外して", "ははずして", "抜きで",
		// 接客はもうええので: had enough of it.
		"はもうええ", "はもういい", "はもう嫌", "はもういや", "はもう無理", "はもうむり", "はこりごり", "はもうこりごり", "はもう結構", "はもうたくさん", "はええので", "はいいので", "はいいです", "は結構です"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	// 接客じゃないバイト, 電話ではない仕事: not of that kind, as what is
	// asked for.
	for _, neg := range [...]string{"じゃない", "ではない"} {
		if r, ok := strings.CutPrefix(rest, neg); ok {
			for _, what := range [...]string{"仕事", "求人", "ところ", "とこ", "職", "会社", "のがいい", "のが良い", "やつ", "バイト", "アルバイト", "パート", "派遣", "案件"} {
				if strings.HasPrefix(r, what) {
					return true
				}
			}
		}
	}
	return false
}

// noPhone reports whether what follows 電話 turns phone work down:
// 電話じゃない仕事, 電話の仕事は無理, 電話なし, 電話対応のない.
func noPhone(rest string) bool {
	rest = strings.TrimPrefix(strings.TrimPrefix(rest, "の仕事"), "対応")
	if kindTurnedDown(rest) {
		return true
	}
	for _, p := range [...]string{"なし", "無し", "のない", "がない", "が少な", "の少な", "しない", "しなくて", "せず"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// recentKind is the newest kind of work named in the person's last few
// messages that is none of jobKeywords (see namedKind); now says it was
// named in text, the message being answered.
func recentKind(st *akari.State, text string) (kind string, now bool) {
	if k := namedKind(text); k != "" {
		return k, true
	}
	for t := range recentUserTexts(st, 6) {
		if k := namedKind(t); k != "" {
			return k, false
		}
	}
	return "", false
}

// recentUserTexts yields the person's last n messages, newest first.
func recentUserTexts(st *akari.State, n int) iter.Seq[string] {
	return func(yield func(string) bool) {
		for i := len(st.Turns) - 1; i >= 0 && n > 0; i-- {
			if t := st.Turns[i]; t.Role == akari.RoleUser {
				n--
				if !yield(t.Text) {
					return
				}
			}
		}
	}
}

// kindMarks follow the name of a kind of work: 警備の仕事, ドライバーの求人.
var kindMarks = []string{"のお仕事", "の仕事", "のしごと", "の求人", "のバイト", "のアルバイト", "のパート", "の働き口", "の職", "職の求人", "として働"}

// notKinds are words before a kind mark that name a condition or a time,
// not a kind of work (日中だけの仕事, 今の仕事, 地元の求人).
var notKinds = []string{"日中", "夜勤", "日勤", "夜間", "早朝", "深夜", "土日", "平日", "週末", "短時間", "時短", "在宅", "正社員", "派遣", "契約", "未経験",
	"近所", "地元", "今", "前", "次", "同", "別", "他", "昼間", "午前", "午後", "残業", "休み", "単発", "短期", "長期", "高収入", "高時給", "高給", "最低",
	"希望", "条件", "年齢", "自分", "会社", "職場", "理想", "楽", "普通", "一般", "全部", "色々", "様々", "人気", "定時", "固定", "扶養内", "学生", "主婦", "副業",
	// wishes about the listing, not the work: 転職先の求人, 異業種の仕事,
	// 資格不要の仕事, シフト制の仕事, 年収500万以上の求人, 体力仕事の求人.
	"転職", "求人", "仕事", "異業", "他業", "同業", "駅近", "駅チカ", "資格", "学歴", "経験", "年収", "月給", "月収", "時給", "日給", "給料",
	"不要", "不問", "歓迎", "以上", "以下", "万", "円", "制", "可", "手当", "込み", "付き", "向け", "限定",
	// a kind turned down, not sought: 倉庫以外のバイト.
	"以外"}

// namedKind is the kind of work text names before a kind mark — the run of
// kanji and katakana right before it (警備, タクシー運転手) — when it is
// none of jobKeywords (those raise listings already), no prefecture and no
// condition; "" otherwise. Named twice, the last one counts: a message
// ends on its ask (地場の仕事に変わりたか。…大型の運転の仕事なかですか).
func namedKind(text string) string {
	kind, at := "", -1
	for _, m := range kindMarks {
		for i := range jatext.Indices(text, m) {
			k := kindBefore(withoutKindHedge(text[:i]))
			if k == "" || i < at || jatext.PrefectureIn(k) != "" || slices.ContainsFunc(jobKeywords, func(w string) bool { return strings.Contains(k, w) }) ||
				slices.ContainsFunc(notKinds, func(n string) bool { return strings.HasPrefix(k, n) || strings.HasSuffix(k, n) }) {
				continue
			}
			kind, at = k, i
		}
	}
	return kind
}

// kindHedges loosen a kind of work named before a mark (カフェとかの求人,
// 介護系の仕事, 飲食関係のバイト): the kind is the word before them.
var kindHedges = []string{"とか", "なんか", "など", "みたいな", "っぽい", "的な", "系", "関係", "関連"}

// withoutKindHedge is text without the hedge it ends in, if any.
func withoutKindHedge(text string) string {
	for _, h := range kindHedges {
		if t, ok := strings.CutSuffix(text, h); ok {
			return t
		}
	}
	return text
}

// kindBefore is the run of kanji and katakana that ends text, at most
// eight characters, or "" when it is shorter than two.
func kindBefore(text string) string {
	start, n := len(text), 0
	for start > 0 && n < maxKindRunes && kindRune(text[:start]) {
		_, size := utf8.DecodeLastRuneInString(text[:start])
		start -= size
		n++
	}
	if n < 2 || n > 8 && start > 0 && kindRune(text[:start]) {
		// Longer than a kind of work is named in, or cut inside a word
		// (グラフィックデザイナー is no ィックデザイナー): none.
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(text[start:]); strings.ContainsRune("ァィゥェォャュョッヮー", r) {
		return ""
	}
	return text[start:]
}

// maxKindRunes bounds a kind of work read before a mark: eight kanji, or
// a katakana word as long as グラフィックデザイナー.
const maxKindRunes = 12

// kindRune reports whether text ends in a rune a kind of work is spelt in.
func kindRune(text string) bool {
	r, _ := utf8.DecodeLastRuneInString(text)
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Katakana, r) || r == 'ー'
}

// conditionWords are conditions of work a person may ask the listings to
// meet, beyond the place, the employment and working from home: said
// right after the cards they search again (週休2日のとこがいい), and they
// raise the listings that name them.
var conditionWords = []string{"週休2日", "週休二日", "完全週休", "週休3日", "年間休日", "土日休み", "土日祝", "土日休", "残業なし", "残業少な", "残業ほぼなし",
	"定時", "夜勤手当", "夜勤なし", "日勤", "駅近", "駅チカ", "残業月", "残業は月", "残業少ない", "残業が少な", "車通勤", "寮", "社宅", "賞与", "ボーナス", "扶養内", "高時給", "交通費", "転勤なし", "昇給", "資格手当", "週3", "週4", "短時間", "ビザサポート"}

// onlyMore reports whether an ask for more names nothing new — no place,
// no condition (週3くらいのん、もっと見せて names one) — and so pages on
// through the search already made.
func onlyMore(text string, f folded) bool {
	return jatext.PrefectureIn(text) == "" && !namesCondition(string(f))
}

// namesCondition reports whether s names a condition of the search: one
// of conditionWords, a kind of work, or a way of employment.
func namesCondition(s string) bool {
	_, employment := wantedEmployment(s)
	return employment || kindOfWork.MatchString(s) || slices.ContainsFunc(conditionWords, func(w string) bool { return strings.Contains(s, w) })
}

// areaAlso adds places to the search (南区も入れて, 津田沼とか市川もOK).
var areaAlso = pattern.MustCompile(`(区|市|町|村|駅|あたり|方面|周辺|沿線)(も|とか)(入れて|いれて|含めて|ふくめて|ok|オッケー|大丈夫|可|いい|ええ|よか)|(とか|や)[^。、,?？]{1,6}(も)(ok|オッケー|大丈夫|可)(です|だよ|で)?[。!！]*$|(のほう|の方|方面|辺り|あたり|周辺|近く|近辺|駅前|沿線)も(ある|あります|ない|見せて|みせて|見て|みて|見たい|みたい|お願い|おねがい|頼む|たのむ|探して|さがして)`)

// remoteWish asks for some work from home (週2くらい在宅あればok).
var remoteWish = pattern.MustCompile(`(在宅|リモート|テレワーク)[^。?？]{0,8}(あれば|でいい|がいい|ok|オッケー|可|希望)`)

// hoursWish asks for hours that end or start at a time (1時までに終わる
// ところがいい, 10時からのとこ).
var hoursWish = pattern.MustCompile(`[0-9一二三四五六七八九十]{1,2}時(まで|までに|ごろまで|頃まで|以降|から|前)[^。?？]{0,8}(とこ|ところ|の|仕事|求人|パート|バイト)[^。?？]{0,4}(がいい|が希望|希望|で|ない|ある|探)`)

// nearer wishes the work nearer (もっとえきちかいとこがいい, 家から近いとこ):
// no listing says it, so it searches again without raising any.
var nearer = pattern.MustCompile(`(駅|えき|家|いえ|うち|自宅)(から|まで)?(近|ちか)|近場|ちかば|(家|うち|自宅)の近く`)

// wishedFor is a condition said as wished for (〜のとこがいい, 〜希望,
// 〜だけ, 〜以上, 夜勤なしで), not a condition of the day told.
var wishedFor = pattern.MustCompile(`も(見たい|みたい|見せて|みせて|お願い|おねがい|探して|さがして)|とこ|ところ|がいい|がええ|がよか|が希望|希望|だけ|以上|以内|で探|でお願い|ならいい|なら大丈夫|あれば|のがいい|(なし|無し|少なめ|休み|のみ|あり|OK|ok)で?[。!！〜w]*$|(やつ|の)で?[。!！〜w]*$`)

// phoneWork is what 電話じゃない仕事 turns down: listings of phone work.
var phoneWork = []string{"コールセンター", "コールスタッフ", "テレフォン", "テレアポ", "電話"}

// recentKeywords are the job words in the person's last few messages: keep
// raises listings, avoid the kinds of work turned down there (保育以外,
// 電話じゃない仕事), which are not shown.
func recentKeywords(st *akari.State) (keep, avoid []string) {
	for t := range recentUserTexts(st, 6) {
		for _, w := range conditionWords {
			if strings.Contains(t, w) && wanted(t, w) && !slices.Contains(keep, w) {
				keep = append(keep, w)
			}
		}
		for _, k := range jobKeywords {
			switch {
			case slices.Contains(keep, k) || slices.Contains(avoid, k) || !strings.Contains(t, k):
			case wanted(t, k):
				keep = append(keep, k)
			default:
				avoid = append(avoid, k)
			}
		}
		for _, w := range titleWords(t) {
			// クリニックとか健診センターとかも入れて: a place of work
			// named in three characters or more is looked for too.
			if utf8.RuneCountInString(w) >= 3 && workplaceWord.MatchString(w) && wanted(t, w) && !slices.Contains(keep, w) && !slices.Contains(avoid, w) {
				keep = append(keep, w)
			}
		}
		if i := strings.Index(t, "電話"); i >= 0 && noPhone(t[i+len("電話"):]) {
			for _, k := range phoneWork {
				if !slices.Contains(avoid, k) {
					avoid = append(avoid, k)
				}
			}
		}
	}
	return keep, avoid
}

// workplaceWord ends the name of a kind of workplace (健診センター,
// クリニック, 介護施設); not 会社 or 職場, which every worry names.
var workplaceWord = pattern.MustCompile(`(センター|クリニック|病院|施設|工場|倉庫|薬局|保育園|幼稚園|ステーション|ホテル)$`)

// mayOfferJobs says whether the 「求人を見てみる」 chip may follow guidance:
// never in a crisis or while the person asked only to be heard, not with
// the first reply to an emotional worry, and not again within JobsEvery
// turns of the last cards.
func (e *Engine) mayOfferJobs(st *akari.State) bool {
	switch {
	case st.InCare(), st.NoJobs, st.HeardOnly:
		return false
	case emotional(st.Category) && st.Guided[st.Category] < 2:
		return false
	case st.LastJobsTurn > 0 && st.TurnCount-st.LastJobsTurn < e.jobsEvery():
		return false
	case e.justOutOfCare(st):
		return false
	}
	return e.Jobs != nil
}

// justOutOfCare reports whether care mode ended with the person safe
// within the last few turns: too soon to offer listings or a recruiter.
func (e *Engine) justOutOfCare(st *akari.State) bool {
	return st.CareEnded > 0 && st.TurnCount-st.CareEnded < e.jobsEvery()
}

func (e *Engine) jobsEvery() int {
	if e.JobsEvery > 0 {
		return e.JobsEvery
	}
	return 3
}

// mayOfferHuman says whether the 「担当者と話したい」 chip may be shown:
// never in a crisis or once a lead exists, and after guidance not with the
// first reply to an emotional worry (after job cards, always).
func (e *Engine) mayOfferHuman(st *akari.State, set string) bool {
	if st.InCare() || st.LeadID != "" || st.NoJobs || st.HeardOnly || e.justOutOfCare(st) {
		return false // not pushy: no recruiter for someone who said no to jobs for now, or just out of care
	}
	// Never with the first reply to a worry: the person came to talk.
	return set == "jobs" || st.Guided[st.Category] >= 2
}

// chips returns a quick-reply set with the offers that are not due left out.
func (e *Engine) chips(st *akari.State, set string) []akari.QuickReply {
	all := e.Script.QuickReplies(set)
	out := all[:0]
	for _, q := range all {
		text := q.Text
		if text == "" {
			text = q.Label
		}
		kind := e.chipKind(text)
		switch {
		case kind.jobs && !e.mayOfferJobs(st) && !(set == careBackJobs && !st.InCare() && !st.NoJobs):
			// Right after care the listings are not offered — unless
			// they were asked for in care, and kept for now.
		case kind.human && !e.mayOfferHuman(st, set):
		case kind.pay && st.Facts[factMinPay] == "":
			// 「給料の条件をゆるめる」 with no pay asked for widens nothing.
		default:
			out = append(out, q)
		}
	}
	return out
}

// careBackJobs is the chip set after care when listings were asked for
// in it.
const careBackJobs = "care_back_jobs"

// chipKind says whether a quick reply's text asks for jobs or for a
// recruiter, or drops the pay wished for.
type chipKind struct{ jobs, human, pay bool }

func (e *Engine) chipKind(text string) chipKind {
	if k, ok := e.chipKinds.Load(text); ok {
		return k.(chipKind)
	}
	f := fold(text)
	k := chipKind{jobs: e.intents.wantsJobs(f), human: e.intents.wantsHuman(f), pay: f.is(e.intents.widenPay)}
	e.chipKinds.Store(text, k)
	return k
}
