package advice

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/labor"
	"github.com/akari-career/akari/internal/pattern"
)

// Reading a case (casework.go): what the person told of their work, from
// their messages in the conversation, with the words people use for it.

// workCase is what the person told, read from their messages.
type workCase struct {
	sched  labor.Schedule
	months int // months of service; 0 unknown
	// conversion: 無期転換 is what is asked about; ended: the contract's
	// end is (雇止め, 更新しない).
	conversion, ended bool
	// broken: a gap in the service was told (一回辞めて、8か月あけて): the
	// five years are not a sum to work out here.
	broken bool
	// avgWage is the average wage a day told (平均賃金は1日1万円), in yen.
	avgWage int
	// started is the month service began when told as a date (2019年10月
	// から), year*12+month-1; months is worked out from it against today
	// (caseFigure).
	started  int
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
	monthly  int     // monthly wage, yen (月11万, 月給25万円)
	// fullHours and shortHours are a day's hours now and at the shorter
	// hours asked about (フルタイム8時間で…6時間の時短にしたら).
	fullHours, shortHours float64
	// next: the days of the next grant are asked (次にもらえる有給).
	next bool
	// holidayHours are hours worked on a day off (日曜の法定休日に8時間).
	holidayHours int
	// dayWorked are the hours worked on a long day (7時間働く), next to
	// the contract's dayHours.
	dayWorked float64
	// payAsked: the newest message asks what a day off is paid.
	payAsked bool
	// monthHours are the month's scheduled working hours (月の所定労働時間は160時間).
	monthHours int
	// dueMonth and dueDay are the due date told (予定日は9月10日).
	dueMonth, dueDay int
	// partnerBirth: the birth is the partner's (妻が3月に出産予定): the
	// person is the father, and maternity leave is not theirs to take.
	partnerBirth bool
	// whenAsked: the newest message asks by when (いつまでに申し出れば).
	whenAsked bool
	// allowances are the allowances counted in monthly besides the base
	// pay (職務手当); yearsClaimed, the years of unpaid overtime the newest
	// message asks the sum of (3年分ですと合計で).
	allowances   string // 職務手当・役職手当
	yearsClaimed int
	// grantNow and usedNow are this year's grant of paid leave and the
	// days of it used, when told as figures (今年16日付与されてまだ0日);
	// usedNow is -1 when not told.
	grantNow, usedNow int
	// carried are last year's days left, when told as a number (去年の分が
	// まだ6日残ってます).
	carried int
	// quit is the day the person means to leave (来月末で辞めたい);
	// todayMonth and todayDay are today's date when told (今日は10日).
	quit                 quitDay
	todayMonth, todayDay int
	fixedTerm            bool // a fixed-term contract named (契約社員, 派遣)
	notRenewed           bool // the employer ends it: not renewed (次は更新せんって言われた)
	// nights are the shifts told, for the late-night premium.
	nights nightCase
}

var (
	daysAWeek  = pattern.MustCompile(`(休)?(?:週|しゅう)([1-7])([0-9]|時間|じかん)?`)
	hoursAWeek = pattern.MustCompile(`週([0-9]{1,2}(?:\.[0-9])?)時間`)
	// weekLine follows a week's hours named as a line, not as one's own
	// (週20時間未満に減らしたら？, 週20時間を超えると).
	weekLine     = pattern.MustCompile(`^(未満|以下|を切|をき|より少な|よりすくな|の壁|の線|ライン|を下回)`)
	fullDay      = pattern.MustCompile(`(?:フルタイム|定時|通常|普段|今は|いまは)(?:で|の|は|だと)?(?:1日)?([0-9]{1,2}(?:\.[0-9])?)時間`)
	shortDay     = pattern.MustCompile(`([0-9]{1,2}(?:\.[0-9])?)時間(?:の|に|で)?(?:時短|短時間)|時短(?:勤務)?(?:で|に|にして|だと)(?:1日)?([0-9]{1,2}(?:\.[0-9])?)時間`)
	hoursADay    = pattern.MustCompile(`(?:1日|一日|いちにち)(?:に|は)?([0-9]{1,2}(?:\.[0-9])?)時間`)
	fullTime     = pattern.MustCompile(`正社員|フルタイム|ふるたいむ`)
	partTimeWord = pattern.MustCompile(`パート|バイト|ぱーと|ばいと`)
	// A length of time: 3年半, 1年6か月, 8か月, 半年, 10日目.
	duration = pattern.MustCompile(`([0-9]{1,2})年半|([0-9]{1,2})年([0-9]{1,2})(?:か|ヶ|カ|ケ|ヵ|ケ)?月|([0-9]{1,2})年|([0-9]{1,2})(?:か|ヶ|カ|ケ|ヵ)月|半年|([0-9]{1,3})日目`)
	// What makes a length one's service: the work named around it.
	serviceCue = pattern.MustCompile(`働い|はたらい|働き始|はたらきはじ|始めて|はじめて|勤務|勤め|勤続|入社|入って|はいって|在籍|続けて|経|たって|してて|やってて|しとる|やっとる|してる|やってる|いて|おって|今の会社|今の職場|今の店|目`)
	// What makes a length something else: before, after, a contract's
	// term, a lapse, a notice, a previous job.
	notService = pattern.MustCompile(`^(前|後|以内|以上|契約|ごと|おき|分|まで|で時効|の時|のとき|の頃|間に|かかる|待|の給付|の制限|更新)`)
	prevJob    = pattern.MustCompile(`前の会社|前職|前の職場|前の仕事|前のとこ`)
	unusedLast = pattern.MustCompile(`(去年|昨年|前年|前の年|半年の時|半年のとき|最初に|最初の)[^。]{0,16}(使って(ない|へん|ません|なかった)|使わな|残って|ほぼ0|0日|ゼロ)`)
	// partnerBirthSaid: the partner gives birth (妻が出産予定, 嫁が妊娠中).
	// …or a man's leave is what was laughed at (男が取るの？: general set
	// 181, round 48).
	partnerBirthSaid = pattern.MustCompile(`(妻|嫁|奥さん|家内|かみさん|パートナー|彼女)(が|は|の)[^。]{0,12}(出産|妊娠|予定日|臨月|産ま|生まれ)|産後パパ|パパ育休|出生時育児休業|(男|男性|父親)(が|でも|の|も)[^。]{0,4}(育休|取る|とる|取れ|とれ)`)
	ownReason        = pattern.MustCompile(`自己都合|自分の都合|辞めたい|やめたい|辞めよう|辞める|退職したい`)
	reasonAsked      = pattern.MustCompile(`(自己都合|会社都合)(の)?(扱い|あつかい)?(に|と|で)?(なって|なる|され|扱われ)[^。]*(でしょうか|ですか|ますか|の\?|の？|か\?|か？|かな|ん\?|ん？)`)
	compReason       = pattern.MustCompile(`会社都合|倒産|解雇|クビ|リストラ|潰れ|つぶれ|来(ん|なく)(て|で)?(ええ|いい|よい)|希望退職|退職勧奨|勧奨|人員整理|整理解雇|肩たたき|肩叩き|辞めろって|辞めてくれって|雇止め|雇い止め|更新(しない|されない|されへん|せえへん|しません|せん|されん|はしない|はせん)って|で終わり[』」]?(って|と)[^。]{0,4}(言われ|いわれ|言うて)|打ち切り|(自分で|自分から)辞める(わけ|ん)(じゃ|ちゃう|やな|では)|自己都合じゃな|自己都合ちゃう`)
	// standingScheme is an early-retirement scheme a company keeps (早期
	// 退職優遇制度, 選択定年), not a one-off call for leavers (希望退職).
	standingScheme = pattern.MustCompile(`早期退職優遇|早期退職制度|選択定年|毎年ある早期退職`)
	ageSaid        = pattern.MustCompile(`([1-9][0-9])(?:歳|才|さい)|(?:歳|年齢|年)は([1-9][0-9])(?:[^0-9万円時日年か]|$)`)
	noticeGiven    = pattern.MustCompile(`([0-9]{1,2})日前(?:に|で)?(?:言われ|いわれ|予告|通告|伝えられ|聞かされ)|最終日の([0-9]{1,2})日前`)
	fixedHours     = pattern.MustCompile(`([0-9]{1,3})時間分`)
	// excessWords, before 〜時間分, name the hours past the fixed ones, not
	// the fixed hours (超えた20時間分だと、いくら: general set 172, round 46).
	excessWords = []string{"超えた", "超えてる", "超えている", "こえた", "超過した", "超過", "オーバーした", "オーバー", "残りの", "残り", "はみ出た", "はみ出した"}
	workedHours = pattern.MustCompile(`(?:実際は?|毎月|先月|月に?|今月)(?:は|に|も)?(?:だいたい|約|大体)?([0-9]{1,3})時間|([0-9]{1,3})時間(?:くらい|ぐらい|ほど|近く)?(?:やった|残業した|働いた|してる|やってる|しとる|やっとる|残業して)`)
	onTrial     = pattern.MustCompile(`試用`)
	lateNight   = pattern.MustCompile(`深夜|2[2-4]時|夜中|零時|夜(の)?1[01]時`)
	carriedDays = pattern.MustCompile(`(?:去年|昨年|前年|前の年)[^。0-9]{0,10}([0-9]{1,2})日(?:分)?(?:が|は|も)?(?:まだ)?(?:残って|残り|のこって|余って|あまって)`)
	// carriedUsed tells last year's grant and the days of it used (前回
	// もらった14日のうち、6日しか使ってない): the rest is carried over.
	carriedUsed = pattern.MustCompile(`(?:去年|昨年|前年|前の年|前回|この前|前)[^。0-9]{0,10}([0-9]{1,2})日(?:分)?(?:の|のう)?(?:うち|中)[、,]?(?:まだ)?([0-9]{1,2})日(?:分)?(?:しか|だけ)?(?:使|つか|消化|取|と)`)
	// countedAllowance is an allowance paid for the work, which the hourly
	// rate of overtime counts (職務手当2万円); 通勤, 家族, 住宅 and the
	// like are left out by law and not listed.
	countedAllowance = pattern.MustCompile(`(職務|役職|資格|技能|業務|職能|精勤|皆勤|営業|特殊勤務|調整|地域|店長|主任|リーダー)手当(?:が|は)?([0-9]{1,2}(?:\.[0-9])?)万`)
	// yearsClaimed asks the sum of some years of it (3年分ですと合計で).
	yearsClaimed = pattern.MustCompile(`([1-5])年分[^。?？]{0,12}(合計|全部|総額|トータル|いくら|おいくら)`)
	// carriedGranted tells last year's grant and the days used as two
	// figures (去年14日付与で使ったの2日).
	carriedGranted = pattern.MustCompile(`(?:去年|昨年|前年|前の年)[^。0-9]{0,6}([0-9]{1,2})日(?:付与|もらっ|出て|ついて)[^。、,0-9]{0,8}(?:使った|消化した|取った)(?:の|のは|のが)?([0-9]{1,2})日`)
	// grantedNow tells this year's grant and, after it, the days used
	// (今年16日付与されてまだ0日, 今年は20日もらって3日使った).
	grantedNow   = pattern.MustCompile(`(?:今年|今年度|今回)(?:は)?[^。0-9]{0,4}([0-9]{1,2})日(?:付与|もらっ|出て|ついて)(?:[^。0-9]{0,12}?(?:まだ)?([0-9]{1,2})日)?`)
	neverUsed    = pattern.MustCompile(`(一回も|いっぺんも|一度も|1回も|1日も|一日も|全然|まったく|全く|ぜんぜん)(使って|使っと|使っちょ|使わ|とって|取って|とっと|取っと|とれて|取れて)`)
	noNotice     = pattern.MustCompile(`明日から(は)?(もう)?来(ん|なく)(て|で)?(ええ|いい|よい)|明日から(は)?(もう)?こなくていい|今日で(クビ|終わり|おしまい)|即日(解雇|クビ)|いきなりクビ|その場でクビ`)
	staffSaid    = pattern.MustCompile(`(?:従業員|社員|スタッフ|会社|職場|うち)(?:が|は|数|って)?(?:全部で|ぜんぶで|全体で|合わせて)?(?:だいたい|約|大体)?([0-9]{1,5})人|([0-9]{1,5})人(?:くらい|ぐらい|ほど)?の(?:会社|ところ|とこ|店|事業所)|(何百人|何千人|全国チェーン|大手)`)
	renewed      = pattern.MustCompile(`更新([0-9])回|([0-9])回(?:目の)?更新|([0-9])回目の契約|更新[^。]{0,4}([0-9])回`)
	dueDate      = pattern.MustCompile(`(?:予定日|出産予定|予定)[^0-9。]{0,6}([0-9]{1,2})月([0-9]{1,2})日|([0-9]{1,2})月([0-9]{1,2})日(?:が|に)?(?:出産)?予定`)
	monthlyWage  = pattern.MustCompile(`(?:月|基本給)(?:に|収|給)?(?:は|が|で)?(?:だいたい|約|大体)?([0-9]{1,3}(?:\.[0-9])?)万`)
	nextGrant    = pattern.MustCompile(`次(に|の|回)?(もらえる|貰える|付与|出る|つく|増える)|次回の付与|次の年|来年(度)?(は|に|の)?(何日|もらえる|付与)`)
	leavePay     = pattern.MustCompile(`(いくら|何円|なんぼ|賃金|給料|お金)[^。]{0,12}(もらえ|出る|でる|払われ|支払われ)|(もらえ|出る|払われ)[^。]{0,6}(いくら|何円|金額)`)
	holidayHrs   = pattern.MustCompile(`(?:法定休日|休日|日曜日?|祝日)[^。0-9]{0,10}([0-9]{1,2})時間`)
	dayWorkedHrs = pattern.MustCompile(`([0-9]{1,2}(?:\.[0-9])?)時間(?:働|勤務|労働|出勤|になる日|の日)`)
	// The hours whose pay is asked for (30時間分の金額).
	paidHours    = pattern.MustCompile(`([0-9]{1,3})時間分?の(?:金額|残業代|額|お金)`)
	monthHours   = pattern.MustCompile(`所定(?:労働)?(?:時間)?[^0-9。]{0,6}([0-9]{2,3})時間`)
	asksLapse    = pattern.MustCompile(`消え|きえ|時効|なくな|無くな|繰り越|くりこし|持ち越`)
	legalHoliday = pattern.MustCompile(`法定休日|休日出勤|休日に出|日曜に出|日曜出勤`)
	passingHours = pattern.MustCompile(`繁忙期|の時だけ|のときだけ|期間だけ|月だけ|一時的|たまに|月によって|時期によって|忙しい時|忙しいとき|ときどき|時々|実際`)
	studentSaid  = pattern.MustCompile(`大学生|短大生|専門学生|専門学校生|高校生|院生|学生です|学生なん|学生だ|学生や|学生で`)
	notStudent   = pattern.MustCompile(`学生(や|じゃ|では|で)(な|あらへん|ありません)`)
)

// readCase reads the person's case from texts, newest first: the newest
// message that tells a thing wins.
//
// A figure taken back (70じゃなくて55時間だった) puts right what the
// earlier messages said with it: 残業が70時間 is read as 残業が55時間.
func readCase(texts []string) workCase {
	var c workCase
	fixes := make([][]figureFix, len(texts))
	for i, t := range texts {
		fixes[i] = figureFixes(t)
	}
	for i := len(texts) - 1; i >= 0; i-- {
		t := texts[i]
		for _, newer := range fixes[:i] {
			for _, f := range newer {
				t = f.apply(t)
			}
		}
		c.read(t)
	}
	return c
}

// figureFix is one figure taken back for another.
type figureFix struct{ was, now string }

// figureFixes are the figures t takes back.
func figureFixes(t string) []figureFix {
	var out []figureFix
	for _, m := range allSubmatch(fixedFigure, t) {
		out = append(out, figureFix{was: strings.ReplaceAll(m[1], ",", ""), now: strings.ReplaceAll(m[3], ",", "")})
	}
	return out
}

// apply puts the figure right in t, where it stands as a whole number
// (70 in 残業が70時間, not in 170時間), written with or without commas.
func (f figureFix) apply(t string) string {
	return replaceWhole(replaceWhole(t, withCommas(f.was), f.now), f.was, f.now)
}

// replaceWhole replaces was with now in t where it stands as a whole
// number.
func replaceWhole(t, was, now string) string {
	var b strings.Builder
	for {
		i := strings.Index(t, was)
		if i < 0 {
			b.WriteString(t)
			return b.String()
		}
		end := i + len(was)
		whole := (i == 0 || !isDigit(t[i-1]) && t[i-1] != ',') && (end == len(t) || !isDigit(t[end]) && t[end] != ',')
		b.WriteString(t[:i])
		if whole {
			b.WriteString(now)
		} else {
			b.WriteString(was)
		}
		t = t[end:]
	}
}

// withCommas writes a whole number with a comma every three digits.
func withCommas(n string) string {
	for i := len(n) - 3; i > 0; i -= 3 {
		n = n[:i] + "," + n[i:]
	}
	return n
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// fixedFigure is a figure told and taken back in the same breath (時給
// 1200じゃなくて1160だった, 週4じゃなくて週3日): the figure taken back
// (group 1), the word said again before the one meant (2) and the one
// meant (3).
var fixedFigure = pattern.MustCompile(`([0-9][0-9,.]*)(?:円|時間|日|万円|万|歳|か月|ヶ月|カ月|年)?(?:じゃなくて|じゃなく|ではなくて|ではなく|やなくて|でなくて|じゃのうて)[、,]?(時給|月給|週|残業|月)?([0-9][0-9,.]*)`)

// withoutCorrected drops from t the figures taken back, so that 時給1200
// じゃなくて1160 reads as 時給1160.
func withoutCorrected(t string) string {
	for {
		loc := fixedFigure.FindStringSubmatchIndex(t)
		if loc == nil {
			return t
		}
		head, word := t[:loc[0]], ""
		if loc[4] >= 0 && !strings.HasSuffix(head, t[loc[4]:loc[5]]) {
			word = t[loc[4]:loc[5]]
		}
		t = head + word + t[loc[6]:]
	}
}

// read updates c with what t tells.
func (c *workCase) read(t string) {
	t = withoutCorrected(t)
	daysTold := false
	for _, m := range allSubmatch(daysAWeek, t) {
		if m[1] == "" && m[3] == "" {
			c.sched.Days, _ = strconv.Atoi(m[2])
			daysTold = true
		}
	}
	if m := submatch(hoursADay, t); m != nil {
		c.dayHours, _ = strconv.ParseFloat(m[1], 64)
	}
	if m := submatch(fullDay, t); m != nil {
		c.fullHours, _ = strconv.ParseFloat(m[1], 64)
	}
	if m := submatch(shortDay, t); m != nil {
		c.shortHours, _ = strconv.ParseFloat(m[1]+m[2], 64)
	}
	if h, ok := ownWeeklyHours(t); ok {
		c.sched.Hours = h
		c.passing = passingHours.MatchString(t)
	} else if (daysTold || hoursADay.MatchString(t)) && c.sched.Days > 0 && c.dayHours > 0 {
		// A day's hours told before hold for the days told now (週3日、
		// 1日6時間 … 来月から週4日に).
		c.sched.Hours = c.dayHours * float64(c.sched.Days)
	}
	if fullTime.MatchString(t) {
		c.sched.FullTime, c.partTime = true, false
	} else if partTimeWord.MatchString(t) {
		c.partTime = true
	}
	if strings.Contains(t, "無期") {
		c.conversion = true
	}
	if breakTold.MatchString(t) {
		c.broken = true
	}
	if contractEnded.MatchString(t) {
		c.ended = true
	}
	if months, days, ok := serviceIn(t); ok {
		c.months, c.days = months, days
	} else if at, ok := startedIn(t); ok {
		c.started = at
	}
	if m := submatch(grantedNow, t); m != nil {
		c.grantNow, _ = strconv.Atoi(m[1])
		c.usedNow = -1
		if m[2] != "" {
			c.usedNow, _ = strconv.Atoi(m[2])
		}
	}
	if m := submatch(carriedDays, t); m != nil {
		c.carried, _ = strconv.Atoi(m[1])
	} else if m := submatch(carriedGranted, t); m != nil {
		granted, _ := strconv.Atoi(m[1])
		used, _ := strconv.Atoi(m[2])
		c.carried = max(granted-used, 0)
	} else if m := submatch(carriedUsed, t); m != nil {
		granted, _ := strconv.Atoi(m[1])
		used, _ := strconv.Atoi(m[2])
		c.carried = max(granted-used, 0)
	} else if unusedLast.MatchString(t) {
		c.unused = true
	}
	switch {
	case reasonAsked.MatchString(t):
		// 仮に応じた場合、失業保険は自己都合扱いになってしまうのでしょう
		// か asks which it would be; it tells none (general set 191,
		// round 50).
	case standingScheme.MatchString(t):
		// A standing early-retirement scheme is a choice of one's own,
		// however the company words it.
		c.reason = labor.ReasonOwn
	case compReason.MatchString(t):
		c.reason = labor.ReasonCompany
	case ownReason.MatchString(t):
		c.reason = labor.ReasonOwn
	}
	if m := submatch(avgWageSaid, t); m != nil {
		n, _ := strconv.ParseFloat(strings.ReplaceAll(m[1], ",", ""), 64)
		if m[2] != "" {
			n *= 10000
		}
		c.avgWage = int(n)
	}
	if m := submatch(ageSaid, t); m != nil {
		c.age, _ = strconv.Atoi(m[1] + m[2]) // 45歳, or 歳は45
	}
	if m := submatch(noticeGiven, t); m != nil {
		c.notice, _ = strconv.Atoi(m[1] + m[2])
	}
	for _, loc := range fixedHours.FindAllStringSubmatchIndex(t, -1) {
		if hasSuffixAny(t[:loc[0]], excessWords) {
			continue // the hours past the fixed ones (超えた20時間分だと)
		}
		c.fixed, _ = strconv.Atoi(t[loc[2]:loc[3]])
		break
	}
	for _, loc := range workedHours.FindAllStringSubmatchIndex(t, -1) {
		if strings.HasPrefix(t[loc[1]:], "分") {
			continue // the hours the fixed pay covers (月30時間分)
		}
		if before := t[max(0, loc[0]-len("所定労働時間は")):loc[0]]; strings.Contains(before, "所定") {
			continue // the month's scheduled hours (所定は月160時間)
		}
		n := t[max(loc[2], loc[4]):max(loc[3], loc[5])]
		c.worked, _ = strconv.Atoi(n)
	}
	if onTrial.MatchString(t) {
		c.trial = true
	}
	if m := submatch(hourlyPay, t); m != nil {
		c.hourly, _ = strconv.Atoi(strings.ReplaceAll(m[1], ",", ""))
		c.monthly = 0 // told later, the way one is paid now
	}
	if m := submatch(overtimeHours, t); m != nil {
		c.otHours, _ = strconv.Atoi(m[1] + m[2])
	}
	c.student = (c.student || studentSaid.MatchString(t)) && !notStudent.MatchString(t)
	if neverUsed.MatchString(t) {
		c.unused = true
	}
	if noNotice.MatchString(t) {
		c.now = true
	}
	if m := submatch(staffSaid, t); m != nil {
		switch {
		case m[3] != "":
			c.staff = bigCompany
		default:
			c.staff, _ = strconv.Atoi(m[1] + m[2])
		}
	}
	if partnerBirthSaid.MatchString(t) {
		c.partnerBirth = true
	}
	if m := submatch(dueDate, t); m != nil {
		c.dueMonth, _ = strconv.Atoi(m[1] + m[3])
		c.dueDay, _ = strconv.Atoi(m[2] + m[4])
	}
	if m := submatch(monthlyWage, t); m != nil {
		if f, err := strconv.ParseFloat(m[1], 64); err == nil {
			c.monthly = int(f * tenThousand)
			if !hourlyPay.MatchString(t) {
				c.hourly = 0 // 時給1150円 … 月給に変わったら月給20万
			}
			if strings.Contains(m[0], "基本給") {
				// 基本給22万円＋職務手当2万円＋通勤手当1万円: the allowances
				// the hourly rate counts, not those the law leaves out
				// (通勤, 家族, 住宅…: general set 177, round 47).
				for _, a := range allSubmatch(countedAllowance, t) {
					if f, err := strconv.ParseFloat(a[2], 64); err == nil {
						c.monthly += int(f * tenThousand)
						if c.allowances != "" {
							c.allowances += "・"
						}
						c.allowances += a[1] + "手当"
					}
				}
			}
		}
	}
	if m := submatch(yearsClaimed, t); m != nil {
		c.yearsClaimed, _ = strconv.Atoi(m[1])
	}
	c.next = c.next || nextGrant.MatchString(t)
	c.payAsked = leavePay.MatchString(t) // the newest message's question

	if m := submatch(holidayHrs, t); m != nil {
		c.holidayHours, _ = strconv.Atoi(m[1])
	}
	if m := submatch(dayWorkedHrs, t); m != nil {
		c.dayWorked, _ = strconv.ParseFloat(m[1], 64)
	}
	if m := submatch(paidHours, t); m != nil {
		c.otHours, _ = strconv.Atoi(m[1])
	}
	if m := submatch(monthHours, t); m != nil {
		c.monthHours, _ = strconv.Atoi(m[1])
	}
	if m := submatch(renewed, t); m != nil {
		c.renewals, _ = strconv.Atoi(m[1] + m[2] + m[3] + m[4])
	}
	c.night = c.night || lateNight.MatchString(t)
	c.holiday = c.holiday || legalHoliday.MatchString(t)
	if q, ok := readQuitDay(t); ok {
		c.quit = q
	}
	if m := submatch(todayIs, t); m != nil {
		c.todayMonth, _ = strconv.Atoi(m[1])
		c.todayDay, _ = strconv.Atoi(m[2])
	}
	c.fixedTerm = c.fixedTerm || fixedTermWork.MatchString(t)
	c.notRenewed = c.notRenewed || endedByEmployer.MatchString(t)
	before := c.nights.shift
	c.nights.readNight(t)
	if s := c.nights.shift; s != before && s.Valid() && c.dayHours == 0 && !hoursADay.MatchString(t) {
		// A shift told (22時〜翌7時、休憩1時間) tells the day's hours — the
		// first one: a later one is a day's (明日22時から翌9時まで働いたら).
		c.dayHours = s.Worked()
		if c.sched.Days > 0 && !hoursAWeek.MatchString(t) {
			c.sched.Hours = c.dayHours * float64(c.sched.Days)
		}
	}
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
		if loc[0] > 0 && isDigit(t[loc[0]-1]) {
			continue // a date (2019年10月から), not a length
		}
		if before := t[:loc[0]]; hasSuffixAny(before, childAge) || hasSuffixAny(before, timeLeft) {
			// a child's age (息子は1歳2か月) or time left (年度末まであと3ヶ月:
			// general set 172, round 46), not a length of service
			continue
		}
		if gapAfter.MatchString(after) || gapBefore.MatchString(t[:loc[0]]) {
			continue // a gap between two spells (8か月あけて, あいだは4か月)
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

// avgWageSaid is the average wage a day told (平均賃金は1日1万円くらい,
// 平均賃金は12,000円).
var avgWageSaid = pattern.MustCompile(`平均賃金(?:は|が)?(?:1日|一日)?(?:あたり)?(?:だいたい|約|大体|およそ)?([0-9][0-9,]*(?:\.[0-9])?)(万)?円`)

// contractEnded tells of a fixed-term contract not renewed.
var contractEnded = pattern.MustCompile(`雇止め|雇い止め|更新(しない|されない|せえへん|せん|なし|はない|止め|しません|できない)|契約(を)?切られ|切られる|で終わり[』」]?(って|と)[^。]{0,4}(言われ|いわれ|言うて)|打ち切り`)

// startDate is the month a job began (最初の契約は2019年10月からです,
// 2021年4月に入社).
var startDate = pattern.MustCompile(`(20[0-9]{2})年([0-9]{1,2})月(?:から|より|に入社|入社|に入って|に採用)`)

// breakTold is a gap in the service told (一回辞めて, 8か月あけて): the
// months since the start are not the service.
var breakTold = pattern.MustCompile(`辞めて|やめて|退職して|あけて|空けて|空いて|あいて|ブランク|戻って|もどって|再雇用|再入社`)

// gapAfter and gapBefore make a length a gap between two spells of work
// (8か月あけて戻った; あいだは4か月です).
var (
	gapAfter  = pattern.MustCompile(`^(ほど|くらい|ぐらい)?(あけ|空け|空い|あい|のブランク|ブランク|離れ|はなれ|のあいだ|の間が|休ん)`)
	gapBefore = pattern.MustCompile(`(あいだ|間|ブランク|空白|空き|あき)(は|が|も)?(だいたい|約|大体)?$`)
)

// startedIn reads the month service began, as year*12+month-1, when t
// tells one start and no break.
func startedIn(t string) (int, bool) {
	ms := allSubmatch(startDate, t)
	if len(ms) != 1 || breakTold.MatchString(t) {
		return 0, false
	}
	y, _ := strconv.Atoi(ms[0][1])
	m, _ := strconv.Atoi(ms[0][2])
	if m < 1 || m > 12 {
		return 0, false
	}
	return y*12 + m - 1, true
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

// submatch is p's first match in t with its groups, as
// regexp.FindStringSubmatch gives them, read through p's cheap check.
func submatch(p *pattern.Pattern, t string) []string {
	return groups(t, p.FindStringSubmatchIndex(t))
}

// allSubmatch is every match of p in t with its groups.
func allSubmatch(p *pattern.Pattern, t string) [][]string {
	var out [][]string
	for _, loc := range p.FindAllStringSubmatchIndex(t, -1) {
		out = append(out, groups(t, loc))
	}
	return out
}

// groups turns a match's index pairs into its strings ("" for a group
// that took no part), nil for no match.
func groups(t string, loc []int) []string {
	if loc == nil {
		return nil
	}
	out := make([]string, len(loc)/2)
	for i := range out {
		if loc[2*i] >= 0 {
			out[i] = t[loc[2*i]:loc[2*i+1]]
		}
	}
	return out
}

// childAge, before a length, make it a child's age.
var childAge = []string{"歳", "才", "生後"}

// timeLeft, before a length, make it what is left until a day, not
// service: 年度末まであと3ヶ月, 契約の残り2か月 (not あと2か月いれば, the
// service one wishes one had).
var timeLeft = []string{"まであと", "まで、あと", "までの残り", "まで残り", "残り", "のこり", "残りは"}

// hasSuffixAny reports whether s ends with one of suffixes.
func hasSuffixAny(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// ownWeeklyHours is the week's hours the person works, read from t: the
// last told (今は週18時間で、来月から週22時間), skipping a figure named as a
// line (週20時間未満に減らしたら？: general set 202, round 54).
func ownWeeklyHours(t string) (float64, bool) {
	ms := hoursAWeek.FindAllStringSubmatchIndex(t, -1)
	for i := len(ms) - 1; i >= 0; i-- {
		if weekLine.MatchString(t[ms[i][1]:]) {
			continue
		}
		h, err := strconv.ParseFloat(t[ms[i][2]:ms[i][3]], 64)
		return h, err == nil
	}
	return 0, false
}
