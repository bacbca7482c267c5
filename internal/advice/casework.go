package advice

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/labor"
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
)

// caseTopics name each topic; the latest message that names one sets it.
var caseTopics = []struct {
	topic caseTopic
	words *regexp.Regexp
}{
	{topicFixedOvertime, regexp.MustCompile(`固定残業|みなし残業|定額残業|残業代込み|時間分の残業`)},
	{topicBenefit, regexp.MustCompile(`失業保険|失業手当|失業給付|基本手当|給付制限|所定給付`)},
	{topicNonRenewal, regexp.MustCompile(`雇止め|雇い止め|更新(しない|されない|せえへん|せん|なし|はない|止め)|契約(を)?切られ|無期転換`)},
	{topicDismissal, regexp.MustCompile(`解雇|クビ|くびに|首にな|辞めてくれって|辞めてもらう|予告手当|来(ん|なく)で?(ええ|いい|よい)|こなくていい|こんでいい`)},
	{topicOvertimePay, regexp.MustCompile(`残業代|残業手当|割増|わりまし|時間外手当|8時間を?(超|こえ)|[9９]時間働`)},
	{topicMaternity, regexp.MustCompile(`産休|産前|産後休|出産予定|予定日|さんきゅう`)},
	{topicInsurance, regexp.MustCompile(`雇用保険|社会保険|社保|厚生年金|こようほけん|しゃかいほけん|扶養|ふよう`)},
	{topicLeave, regexp.MustCompile(`有給|有休|年休|ゆうきゅう`)},
}

// asksFigure matches a question after a figure (何日, いくら, 何時間分).
var asksFigure = regexp.MustCompile(`何日|なんにち|何日分|日数|いくつ|どのくらい|どれくらい|どんくらい|いくら|何時間|何か月|何ヶ月`)

// workCase is what the person told, read from their messages.
type workCase struct {
	sched    labor.Schedule
	months   int  // months of service; 0 unknown
	days     int  // days of service, when told in days (入って10日目)
	unused   bool // last year's days not used
	reason   labor.Reason
	age      int
	notice   int  // days of notice given for a dismissal; 0 unknown
	fixed    int  // overtime hours the fixed pay covers
	worked   int  // overtime hours worked in a month
	trial    bool // on probation (試用期間)
	partTime bool
	hourly   int  // hourly wage, yen
	otHours  int  // overtime hours asked about (残業1時間で)
	night    bool // overtime late at night (22時過ぎ, 深夜)
	holiday  bool // work on the legal day off (法定休日, 日曜に出た)
	// passing: the hours told are a busy season's, not the contract's
	// (繁忙期だけ週25時間).
	passing bool
	student bool // a daytime student (大学生)
	// now: dismissed with no notice at all (明日から来なくていい).
	now      bool
	dayHours float64 // hours a day
	staff    int     // the company's staff, when told
	renewals int     // times a fixed-term contract was renewed
	monthly  int     // monthly wage, yen (月11万)
	// dueMonth and dueDay are the due date told (予定日は9月10日).
	dueMonth, dueDay int
}

var (
	daysAWeek    = regexp.MustCompile(`(休)?(?:週|しゅう)([1-7])([0-9]|時間|じかん)?`)
	hoursAWeek   = regexp.MustCompile(`週([0-9]{1,2}(?:\.[0-9])?)時間`)
	hoursADay    = regexp.MustCompile(`(?:1日|一日|いちにち)(?:に|は)?([0-9]{1,2}(?:\.[0-9])?)時間`)
	fullTime     = regexp.MustCompile(`正社員|フルタイム|ふるたいむ`)
	partTimeWord = regexp.MustCompile(`パート|バイト|ぱーと|ばいと`)
	// A length of time: 3年半, 1年6か月, 8か月, 半年, 10日目.
	duration = regexp.MustCompile(`([0-9]{1,2})年半|([0-9]{1,2})年([0-9]{1,2})(?:か|ヶ|カ|ケ|ヵ|ケ)?月|([0-9]{1,2})年|([0-9]{1,2})(?:か|ヶ|カ|ケ|ヵ)月|半年|([0-9]{1,3})日目`)
	// What makes a length one's service: the work named around it.
	serviceCue = regexp.MustCompile(`働い|はたらい|勤め|勤続|入社|入って|はいって|在籍|続けて|経|たって|してて|やってて|しとる|やっとる|してる|やってる|いて|おって|今の会社|今の職場|今の店|目`)
	// What makes a length something else: before, after, a contract's
	// term, a lapse, a notice, a previous job.
	notService   = regexp.MustCompile(`^(前|後|以内|以上|契約|ごと|おき|分|まで|で時効|の時|のとき|の頃|間に|かかる|待|の給付|の制限|更新)`)
	prevJob      = regexp.MustCompile(`前の会社|前職|前の職場|前の仕事|前のとこ`)
	unusedLast   = regexp.MustCompile(`(去年|昨年|前年|前の年|半年の時|半年のとき|最初に|最初の)[^。]{0,16}(使って(ない|へん|ません|なかった)|使わな|残って|ほぼ0|0日|ゼロ)`)
	ownReason    = regexp.MustCompile(`自己都合|自分の都合|辞めたい|やめたい|辞めよう|辞める|退職したい`)
	compReason   = regexp.MustCompile(`会社都合|倒産|解雇|クビ|リストラ|潰れ|つぶれ`)
	ageSaid      = regexp.MustCompile(`([1-9][0-9])(?:歳|才|さい)`)
	noticeGiven  = regexp.MustCompile(`([0-9]{1,2})日前(?:に|で)?(?:言われ|いわれ|予告|通告|伝えられ|聞かされ)|最終日の([0-9]{1,2})日前`)
	fixedHours   = regexp.MustCompile(`([0-9]{1,3})時間分`)
	workedHours  = regexp.MustCompile(`(?:実際は?|毎月|先月|月に?|今月)(?:は|に|も)?(?:だいたい|約|大体)?([0-9]{1,3})時間|([0-9]{1,3})時間(?:くらい|ぐらい|ほど|近く)?(?:やった|残業した|働いた|してる|やってる|しとる|やっとる|残業して)`)
	onTrial      = regexp.MustCompile(`試用`)
	lateNight    = regexp.MustCompile(`深夜|2[2-4]時|夜中|零時|夜(の)?1[01]時`)
	neverUsed    = regexp.MustCompile(`(一回も|いっぺんも|一度も|1回も|1日も|一日も|全然|まったく|全く|ぜんぜん)(使って|使っと|使っちょ|使わ|とって|取って|とっと|取っと|とれて|取れて)`)
	noNotice     = regexp.MustCompile(`明日から(は)?(もう)?来(ん|なく)で?(ええ|いい|よい)|明日から(は)?(もう)?こなくていい|今日で(クビ|終わり|おしまい)|即日(解雇|クビ)|いきなりクビ|その場でクビ`)
	staffSaid    = regexp.MustCompile(`(?:従業員|社員|スタッフ|会社|職場|うち)(?:が|は|数|って)?(?:全部で|ぜんぶで|全体で|合わせて)?(?:だいたい|約|大体)?([0-9]{1,5})人|([0-9]{1,5})人(?:くらい|ぐらい|ほど)?の(?:会社|ところ|とこ|店|事業所)|(何百人|何千人|全国チェーン|大手)`)
	renewed      = regexp.MustCompile(`更新([0-9])回|([0-9])回(?:目の)?更新|([0-9])回目の契約|更新[^。]{0,4}([0-9])回`)
	dueDate      = regexp.MustCompile(`(?:予定日|出産予定|予定)[^0-9。]{0,6}([0-9]{1,2})月([0-9]{1,2})日|([0-9]{1,2})月([0-9]{1,2})日(?:が|に)?(?:出産)?予定`)
	monthlyWage  = regexp.MustCompile(`月(?:に|収)?(?:だいたい|約|大体)?([0-9]{1,3}(?:\.[0-9])?)万`)
	asksLapse    = regexp.MustCompile(`消え|きえ|時効|なくな|無くな|繰り越|くりこし|持ち越`)
	legalHoliday = regexp.MustCompile(`法定休日|休日出勤|休日に出|日曜に出|日曜出勤`)
	passingHours = regexp.MustCompile(`繁忙期|だけ|一時的|たまに|月によって|時期によって|忙しい時|忙しいとき|ときどき|時々|実際`)
	studentSaid  = regexp.MustCompile(`大学生|短大生|専門学生|専門学校生|高校生|院生|学生です|学生なん|学生だ|学生や|学生で`)
	notStudent   = regexp.MustCompile(`学生(や|じゃ|では|で)(な|あらへん|ありません)`)
)

// readCase reads the person's case from texts, newest first: the newest
// message that tells a thing wins.
func readCase(texts []string) workCase {
	var c workCase
	for i := len(texts) - 1; i >= 0; i-- {
		c.read(texts[i])
	}
	return c
}

// read updates c with what t tells.
func (c *workCase) read(t string) {
	for _, m := range daysAWeek.FindAllStringSubmatch(t, -1) {
		if m[1] == "" && m[3] == "" {
			c.sched.Days, _ = strconv.Atoi(m[2])
		}
	}
	if ms := hoursAWeek.FindAllStringSubmatch(t, -1); ms != nil {
		// The last said is the one meant (今は週18時間で、来月から週22時間).
		c.sched.Hours, _ = strconv.ParseFloat(ms[len(ms)-1][1], 64)
		c.passing = passingHours.MatchString(t)
	} else if m := hoursADay.FindStringSubmatch(t); m != nil && c.sched.Days > 0 {
		h, _ := strconv.ParseFloat(m[1], 64)
		c.sched.Hours = h * float64(c.sched.Days)
	}
	if fullTime.MatchString(t) {
		c.sched.FullTime, c.partTime = true, false
	} else if partTimeWord.MatchString(t) {
		c.partTime = true
	}
	if months, days, ok := serviceIn(t); ok {
		c.months, c.days = months, days
	}
	if unusedLast.MatchString(t) {
		c.unused = true
	}
	switch {
	case compReason.MatchString(t):
		c.reason = labor.ReasonCompany
	case ownReason.MatchString(t):
		c.reason = labor.ReasonOwn
	}
	if m := ageSaid.FindStringSubmatch(t); m != nil {
		c.age, _ = strconv.Atoi(m[1])
	}
	if m := noticeGiven.FindStringSubmatch(t); m != nil {
		c.notice, _ = strconv.Atoi(m[1] + m[2])
	}
	if m := fixedHours.FindStringSubmatch(t); m != nil {
		c.fixed, _ = strconv.Atoi(m[1])
	}
	for _, loc := range workedHours.FindAllStringSubmatchIndex(t, -1) {
		if strings.HasPrefix(t[loc[1]:], "分") {
			continue // the hours the fixed pay covers (月30時間分)
		}
		n := t[max(loc[2], loc[4]):max(loc[3], loc[5])]
		c.worked, _ = strconv.Atoi(n)
	}
	if onTrial.MatchString(t) {
		c.trial = true
	}
	if m := hourlyPay.FindStringSubmatch(t); m != nil {
		c.hourly, _ = strconv.Atoi(strings.ReplaceAll(m[1], ",", ""))
	}
	if m := overtimeHours.FindStringSubmatch(t); m != nil {
		c.otHours, _ = strconv.Atoi(m[1] + m[2])
	}
	c.student = (c.student || studentSaid.MatchString(t)) && !notStudent.MatchString(t)
	if neverUsed.MatchString(t) {
		c.unused = true
	}
	if noNotice.MatchString(t) {
		c.now = true
	}
	if m := hoursADay.FindStringSubmatch(t); m != nil {
		c.dayHours, _ = strconv.ParseFloat(m[1], 64)
	}
	if m := staffSaid.FindStringSubmatch(t); m != nil {
		switch {
		case m[3] != "":
			c.staff = bigCompany
		default:
			c.staff, _ = strconv.Atoi(m[1] + m[2])
		}
	}
	if m := dueDate.FindStringSubmatch(t); m != nil {
		c.dueMonth, _ = strconv.Atoi(m[1] + m[3])
		c.dueDay, _ = strconv.Atoi(m[2] + m[4])
	}
	if m := monthlyWage.FindStringSubmatch(t); m != nil {
		if f, err := strconv.ParseFloat(m[1], 64); err == nil {
			c.monthly = int(f * tenThousand)
		}
	}
	if m := renewed.FindStringSubmatch(t); m != nil {
		c.renewals, _ = strconv.Atoi(m[1] + m[2] + m[3] + m[4])
	}
	c.night = c.night || lateNight.MatchString(t)
	c.holiday = c.holiday || legalHoliday.MatchString(t)
}

// bareRunes is how long a sentence that is only a length of time may be
// (「3年半くらい」「2年くらいです。1日5時間」): an answer about one's
// service.
const bareRunes = 12

// serviceIn returns the length of service t tells: a length with the work
// named around it, or told bare; not one before or after something, a
// contract's term, or a previous job's.
func serviceIn(t string) (months, days int, ok bool) {
	for _, loc := range duration.FindAllStringSubmatchIndex(t, -1) {
		after := t[loc[1]:]
		if notService.MatchString(after) || prevJob.MatchString(t[:loc[0]]) {
			continue
		}
		if !serviceCue.MatchString(t) && utf8.RuneCountInString(sentenceAt(t, loc[0], loc[1])) > bareRunes {
			continue
		}
		num := func(g int) int {
			if loc[2*g] < 0 {
				return -1
			}
			n, _ := strconv.Atoi(t[loc[2*g]:loc[2*g+1]])
			return n
		}
		switch {
		case num(1) >= 0:
			return num(1)*12 + 6, 0, true
		case num(2) >= 0:
			return num(2)*12 + num(3), 0, true
		case num(4) >= 0:
			return num(4) * 12, 0, true
		case num(5) >= 0:
			return num(5), 0, true
		case num(6) >= 0:
			return 0, num(6), true
		default: // 半年
			return 6, 0, true
		}
	}
	return 0, 0, false
}

// sentenceAt is the sentence of t around [from, to): between the stops
// (。、！？ and line breaks) before and after it.
func sentenceAt(t string, from, to int) string {
	const stops = "。、，,！!？?\n"
	start := 0
	if i := strings.LastIndexAny(t[:from], stops); i >= 0 {
		_, size := utf8.DecodeRuneInString(t[i:])
		start = i + size
	}
	end := len(t)
	if i := strings.IndexAny(t[to:], stops); i >= 0 {
		end = to + i
	}
	return t[start:end]
}

// topicOf is the topic the latest of texts (newest first) names.
func topicOf(texts []string) caseTopic {
	for _, t := range texts {
		for _, ct := range caseTopics {
			if ct.words.MatchString(t) {
				return ct.topic
			}
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
	texts := append([]string{in.text}, in.earlierUserTexts(caseWindow)...)
	topic := topicOf(texts)
	if topic == noCaseTopic {
		return ""
	}
	if topic == topicLeave && asksLapse.MatchString(in.text) && in.asks() && !in.alreadySaid(leaveLapse) {
		// 「さっきの5日って、使わへんかったら消えてまうん？」
		return leaveLapse
	}
	now := readCase(texts[:1])
	told := now != (workCase{})
	asked := topicOf(texts[:1]) == topic && asksFigure.MatchString(in.text)
	if !told && !asked {
		return ""
	}
	line := caseFigure(topic, readCase(texts), in.when())
	if line == "" || in.alreadySaid(line) {
		return ""
	}
	return line
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
	switch topic {
	case topicLeave:
		return leaveLine(c)
	case topicDismissal:
		return dismissalLine(c)
	case topicBenefit:
		return benefitLine(c)
	case topicFixedOvertime:
		return overtimeLine(c)
	case topicOvertimePay:
		return overtimePayLine(c)
	case topicInsurance:
		return insuranceLine(c)
	case topicNonRenewal:
		return nonRenewalLine(c)
	case topicMaternity:
		return maternityLine(c, now)
	}
	return ""
}

func leaveLine(c workCase) string {
	if _, ok := c.sched.Prorated(); !ok && !c.partTime {
		// No schedule told and no part-time job named: a full-time
		// employee's figure, said as such (フルタイムで勤めて…).
		c.sched.FullTime = true
	}
	days, ok := labor.LeaveDays(c.sched, c.months)
	if !ok {
		return ""
	}
	who := scheduleSay(c.sched)
	if !labor.LeaveGranted(c.months) {
		return fmt.Sprintf("%s、入って%sなら、有給はまだついていません。6か月続けて働き、決められた日の8割以上出勤すると、%d日もらえます。", who, serviceSay(c.months), days)
	}
	prorated, _ := c.sched.Prorated()
	how := ""
	if prorated {
		how = "比例付与で、"
	}
	line := fmt.Sprintf("%sで勤めて%sなら、%sいまの1年にもらえる有給は%d日です。", who, serviceSay(c.months), how, days)
	if prev, ok := labor.PreviousLeaveDays(c.sched, c.months); ok && c.unused {
		line += fmt.Sprintf("去年の%d日も、使っていなければ2年の時効まで残っているので、合わせて%d日あるはずです。", prev, prev+days)
	}
	if days >= 10 {
		line += "年10日以上もらえる人なので、会社はそのうち5日を1年以内に取らせる義務があります。"
	}
	return line
}

// scheduleSay is the schedule as the person would say it.
func scheduleSay(s labor.Schedule) string {
	switch {
	case s.Days > 0 && s.Hours > 0:
		return fmt.Sprintf("週%d日（週%s時間）", s.Days, strconv.FormatFloat(s.Hours, 'f', -1, 64))
	case s.Days > 0:
		return fmt.Sprintf("週%d日", s.Days)
	case s.Hours > 0:
		return fmt.Sprintf("週%s時間", strconv.FormatFloat(s.Hours, 'f', -1, 64))
	}
	return "フルタイム"
}

// serviceSay writes months of service: 半年, 3年半, 1年2か月, 8か月.
func serviceSay(months int) string {
	y, m := months/12, months%12
	switch {
	case y == 0 && m == 6:
		return "半年"
	case y == 0:
		return fmt.Sprintf("%dか月", m)
	case m == 0:
		return fmt.Sprintf("%d年", y)
	case m == 6:
		return fmt.Sprintf("%d年半", y)
	}
	return fmt.Sprintf("%d年%dか月", y, m)
}

// leaveLapse says when unused paid leave is lost.
const leaveLapse = "有給は、もらった日から2年で時効になって消えます。その年に使いきれなかった分は、翌年度に1年だけ繰り越せます。"

// bigCompany stands for a staff told only as large (何百人, 全国チェーン).
const bigCompany = 1000

// socialInsuranceStaff is the company size from which part-timers join the
// employer's social insurance by the 20-hour line.
const socialInsuranceStaff = 51

func dismissalLine(c workCase) string {
	var parts []string
	if c.now && c.notice == 0 {
		parts = append(parts, "予告なしのその場での解雇なら、会社は30日分以上の平均賃金を「解雇予告手当」として払わなければなりません。")
		if est := allowanceEstimate(c, labor.NoticeDays); est != "" {
			parts = append(parts, est)
		}
	}
	if c.notice > 0 {
		if short := labor.NoticeShortfall(c.notice); short > 0 {
			parts = append(parts, fmt.Sprintf("解雇の予告は30日前までにするのが決まりなので、%d日前に言われたなら、足りない%d日分以上の平均賃金を「解雇予告手当」として払ってもらえます。", c.notice, short))
			if est := allowanceEstimate(c, short); est != "" {
				parts = append(parts, est)
			}
		} else {
			parts = append(parts, fmt.Sprintf("%d日前の予告なら、30日前という予告の日数は足りています。それでも、理由に納得できない解雇なら争えます。", c.notice))
		}
	}
	switch {
	case c.trial && c.days > 0 && c.days <= 14:
		parts = append(parts, fmt.Sprintf("試用期間中で入って%d日目なら、入社から14日以内は予告なしの解雇も法律上は認められています。ただ、それでも理由のない解雇は認められません。", c.days))
	case c.trial && (c.days > 14 || c.months > 0) && c.notice == 0:
		parts = append(parts, fmt.Sprintf("入って%sなら、14日を超えているので、試用期間中でも30日前の予告か、足りない日数分の平均賃金（解雇予告手当）が必要です。", tenureSay(c)))
	}
	return strings.Join(parts, "")
}

// tenureSay is the service told, in days or months.
func tenureSay(c workCase) string {
	if c.days > 0 {
		return fmt.Sprintf("%d日", c.days)
	}
	return serviceSay(c.months)
}

func benefitLine(c workCase) string {
	if c.months <= 0 || c.reason == labor.ReasonUnknown {
		return ""
	}
	days, eligible, ok := labor.BenefitDays(c.reason, c.months, c.age)
	if !ok {
		return ""
	}
	svc := serviceSay(c.months)
	switch {
	case c.reason == labor.ReasonOwn && !eligible:
		return fmt.Sprintf("自己都合で辞める場合、失業給付には、辞める前の2年間に雇用保険に入っていた期間が通算12か月以上必要です。%sだと足りませんが、前の会社の期間も、そのとき失業給付をもらっていなければ通算できます（1年以内にあいだが空いた場合）。", svc)
	case c.reason == labor.ReasonOwn:
		return fmt.Sprintf("自己都合で、雇用保険に入っていた期間が%sなら、失業給付（基本手当）がもらえる日数は%d日分です。手続きから7日の待期と、原則1か月の給付制限のあとに支給が始まります。", svc, days)
	case !eligible:
		return fmt.Sprintf("会社都合（解雇や倒産）なら、辞める前の1年間に雇用保険に入っていた期間が通算6か月以上あれば、失業給付がもらえます。%sだと足りませんが、前の会社の期間も、そのとき失業給付をもらっていなければ通算できます。", svc)
	}
	age := ""
	if c.age > 0 {
		age = fmt.Sprintf("、%d歳", c.age)
	}
	return fmt.Sprintf("会社都合（特定受給資格者）で、雇用保険に入っていた期間が%s%sなら、失業給付（基本手当）がもらえる日数は%d日分です。給付制限はなく、手続きから7日の待期のあとに支給が始まります。", svc, age, days)
}

func overtimeLine(c workCase) string {
	if c.fixed > 0 && c.worked <= 0 {
		return fmt.Sprintf("固定残業代が%d時間分なら、月%d時間を超えて残業した分は、固定の額とは別に残業代が払われるはずです。", c.fixed, c.fixed)
	}
	if c.fixed <= 0 || c.worked <= 0 {
		return ""
	}
	if c.worked <= c.fixed {
		return fmt.Sprintf("%d時間なら、固定残業代の%d時間分の範囲内です。その月の追加の残業代は出ませんが、固定残業代は満額払われるのが原則です。", c.worked, c.fixed)
	}
	return fmt.Sprintf("固定残業代が%d時間分で、%d時間残業した月なら、超えた%d時間分の残業代（1時間あたりの賃金×1.25以上）が、固定の額とは別に払われるはずです。給与明細で確かめて、出ていなければ差額を請求できます。", c.fixed, c.worked, c.worked-c.fixed)
}

// Premiums (労働基準法37条): overtime 25%, late-night overtime 50%, work
// on the legal day off 35%.
const (
	// overtimeHigh is the monthly overtime past which the premium is 50%.
	overtimeHigh      = 60
	premiumOvertime   = 125
	premiumLateNight  = 150
	premiumDayOff     = 135
	premiumPerHundred = 100
)

func overtimePayLine(c workCase) string {
	if c.hourly < minHourlyPay || c.hourly > maxHourlyPay || c.otHours > maxOvertimeHours {
		return ""
	}
	per := c.hourly * premiumOvertime / premiumPerHundred
	line := fmt.Sprintf("1時間あたりの賃金が%s円なら、残業1時間の残業代は、%s円×1.25で%s円以上です。", commas(c.hourly), commas(c.hourly), commas(per))
	switch {
	case c.otHours > overtimeHigh:
		// Past 60 hours a month the premium is 50% (労働基準法37条1項
		// ただし書き, for every company since April 2023).
		over := c.otHours - overtimeHigh
		high := c.hourly * premiumLateNight / premiumPerHundred
		line = fmt.Sprintf("1時間あたりの賃金が%s円なら、月%d時間の残業は、60時間までが%s円×1.25、60時間を超えた%d時間が%s円×1.5で、合わせて%s円以上です。",
			commas(c.hourly), c.otHours, commas(c.hourly), over, commas(c.hourly), commas(per*overtimeHigh+high*over))
	case c.otHours > 1:
		line = fmt.Sprintf("1時間あたりの賃金が%s円なら、%d時間の残業で、%s円×1.25×%d時間＝%s円以上です。", commas(c.hourly), c.otHours, commas(c.hourly), c.otHours, commas(per*c.otHours))
	}
	if c.night {
		line += fmt.Sprintf("22時から翌5時までの深夜にかかった残業は、さらに割り増されて1.5倍、1時間%s円以上になります。", commas(c.hourly*premiumLateNight/premiumPerHundred))
	}
	if c.holiday {
		line += fmt.Sprintf("法定休日に働いた分は1.35倍、1時間%s円以上です。", commas(c.hourly*premiumDayOff/premiumPerHundred))
	}
	return line
}

// hoursLine is the weekly hours from which a worker joins employment
// insurance (with 31 days or more of work expected) and, with a monthly
// wage of 88,000 yen or more at a company of 51 or more, the employer's
// social insurance.
const hoursLine = 20

func insuranceLine(c workCase) string {
	if c.student {
		return "昼間に通う学生は、勤め先の社会保険（健康保険・厚生年金）の対象外で、雇用保険にも原則入りません（夜間や通信制、休学中は別）。"
	}
	h, monthly := c.sched.Hours, c.monthly
	if monthly == 0 && h > 0 && c.hourly >= minHourlyPay && c.hourly <= maxHourlyPay {
		monthly = int(float64(c.hourly) * h * weeksAYear / monthsAYear)
	}
	if h <= 0 && c.staff == 0 && monthly == 0 {
		return ""
	}
	hs := strconv.FormatFloat(h, 'f', -1, 64)
	var parts []string
	switch {
	case c.passing && h >= hoursLine:
		return fmt.Sprintf("入るかどうかは、その時々に働いた時間ではなく、雇用契約で決めた週の所定労働時間で決まります。ただ、週%s時間のように週20時間以上で働く状態が2か月続き、その後も続く見込みなら、加入の対象になります。", hs)
	case h > 0 && h < hoursLine:
		return fmt.Sprintf("週%s時間なら、週20時間に届かないので、雇用保険にも勤め先の社会保険にも入らない働き方です（雇用保険は週20時間以上で31日以上働く見込みがあると入ります）。", hs)
	case h > 0:
		parts = append(parts, fmt.Sprintf("週%s時間なら週20時間以上なので、31日以上働く見込みがあれば雇用保険に入ります。", hs))
	}
	if c.staff > 0 && c.staff < socialInsuranceStaff {
		return strings.Join(append(parts, fmt.Sprintf("従業員が%d人ほどの会社なら、51人に届かないので、勤め先の社会保険には原則入りません（労使で合意すれば入れます）。扶養の130万円の線は別に見ておきましょう。", c.staff)), "")
	}
	if monthly > 0 {
		if monthly < monthlyLine {
			return strings.Join(append(parts, fmt.Sprintf("月の賃金がおよそ%s円なら、社会保険の8.8万円の線を下回るので、勤め先の社会保険には入りません。", commas(monthly))), "")
		}
		parts = append(parts, fmt.Sprintf("月の賃金はおよそ%s円で、社会保険の8.8万円の線を超えています。", commas(monthly)))
	}
	switch {
	case c.staff >= socialInsuranceStaff && (h >= hoursLine || h == 0) && (monthly >= monthlyLine || monthly == 0):
		parts = append(parts, "従業員51人以上の会社なので、週20時間以上・月8.8万円以上なら、勤め先の社会保険（健康保険・厚生年金）に入る対象です（昼間の学生は対象外）。")
	default:
		parts = append(parts, "勤め先の社会保険は、週20時間以上・月の賃金8.8万円以上で、従業員51人以上の会社なら入る対象です（昼間の学生は対象外）。")
	}
	return strings.Join(parts, "")
}

// The monthly wage line of the employer's social insurance, and how a
// weekly wage becomes a monthly one.
const (
	tenThousand = 10000
	monthlyLine = 88000
	weeksAYear  = 52
	monthsAYear = 12
)

// allowanceEstimate works out days of average wage for an hourly worker
// whose hourly wage and daily hours were told: the average wage
// (労働基準法12条) is three months' pay over the calendar days, but for
// pay by the hour at least 60% of the pay of a day worked.
func allowanceEstimate(c workCase, days int) string {
	if c.hourly < minHourlyPay || c.hourly > maxHourlyPay || c.dayHours <= 0 || c.dayHours > 24 {
		return ""
	}
	perDay := float64(c.hourly) * c.dayHours
	avg := perDay * 0.6
	if c.sched.Days > 0 {
		avg = max(avg, perDay*float64(c.sched.Days)/7)
	}
	return fmt.Sprintf("平均賃金は、直前3か月の賃金を暦の日数で割った額ですが、時給の人は、働いた日1日分の6割が最低保障です。時給%s円で1日%s時間なら、1日およそ%s円、%d日分でおよそ%s円以上が目安です。",
		commas(c.hourly), strconv.FormatFloat(c.dayHours, 'f', -1, 64), commas(int(avg)), days, commas(int(avg)*days))
}

func nonRenewalLine(c workCase) string {
	if c.renewals < 3 && c.months <= 12 {
		return ""
	}
	why := fmt.Sprintf("契約を%d回更新している", c.renewals)
	if c.renewals < 3 {
		why = fmt.Sprintf("通算%s働いている", serviceSay(c.months))
	}
	line := fmt.Sprintf("%sなら、会社が次を更新しないときは、契約が終わる30日前までに予告しなければなりません。更新しない理由も、求めれば書面でもらえます。", why)
	if c.months > 60 {
		line += "通算5年を超えているので、無期転換を申し込むこともできます。"
	}
	return line
}

// Maternity leave (労働基準法65条): from six weeks before the due date,
// the due date counted as one of its 42 days, on request; eight weeks
// after the birth.
const (
	beforeBirthDays = 42
	afterBirthWeeks = 8
)

// maternityLine gives the first day of leave before a due date told: the
// date next to come after now (the conversation's last turn), so that a
// leap year's February is counted.
func maternityLine(c workCase, now time.Time) string {
	if c.dueMonth < 1 || c.dueMonth > 12 || c.dueDay < 1 || c.dueDay > 31 {
		return ""
	}
	year := now.Year()
	if time.Month(c.dueMonth) < now.Month() {
		year++
	}
	due := time.Date(year, time.Month(c.dueMonth), c.dueDay, 0, 0, 0, 0, time.UTC)
	if due.Day() != c.dueDay {
		return "" // no such day (2月30日)
	}
	from := due.AddDate(0, 0, 1-beforeBirthDays)
	return fmt.Sprintf("出産予定日が%d月%d日なら、産前休業は予定日を含めた6週間（42日）前の%d月%d日から、請求すれば取れます。産後は、出産の翌日から%d週間が産後休業です。",
		c.dueMonth, c.dueDay, int(from.Month()), from.Day(), afterBirthWeeks)
}

// noDate stands for the conversation's date when its turns hold none.
var noDate = time.Date(2027, time.January, 1, 0, 0, 0, 0, time.UTC)

// when is the time of the conversation's last turn (deterministic: the
// state's, not the clock's), or noDate.
func (in input) when() time.Time {
	for i := len(in.turns) - 1; i >= 0; i-- {
		if at := in.turns[i].At; !at.IsZero() {
			return at
		}
	}
	return noDate
}
