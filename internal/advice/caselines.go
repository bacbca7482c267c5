package advice

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/akari-career/akari/internal/labor"
)

// The sentences of casework (casework.go): each rule's figure for the
// case, "" when the case lacks what the rule needs. They live beside the
// arithmetic, as the overtime estimate does (followon.go).

// leaveLine is the paid-leave days the schedule and service give.
func leaveLine(c workCase) string {
	if _, ok := c.sched.Prorated(); !ok && !c.partTime {
		// No schedule told and no part-time job named: a full-time
		// employee's figure, said as such (フルタイムで勤めて…).
		c.sched.FullTime = true
	}
	if c.payAsked && c.hourly >= minHourlyPay && c.hourly <= maxHourlyPay && c.dayHours > 0 && c.dayHours <= 24 {
		h := strconv.FormatFloat(c.dayHours, 'f', -1, 64)
		return fmt.Sprintf("有給を取った日も、ふつうは働いた日と同じ「通常の賃金」が払われます。時給%s円で1日%s時間なら、1日%s円です（就業規則で平均賃金などを使う会社もあるので、規則で確かめておくと安心です）。",
			commas(c.hourly), h, commas(int(math.Round(float64(c.hourly)*c.dayHours))))
	}
	if c.grantNow > 0 && c.usedNow >= 0 && c.usedNow <= c.grantNow && c.carried > 0 {
		// 去年14日付与で使ったの2日、今年16日付与されてまだ0日: the days
		// left worked out from the figures told (general set 177, round 47).
		left := c.grantNow - c.usedNow
		return fmt.Sprintf("去年の分の残りが%d日、今年の分の残りが%d日なので、いま使える有給は合わせて%d日です（去年の分は、付与から2年で時効になります）。", c.carried, left, c.carried+left)
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
	if c.next {
		// The next grant falls at the next half-year mark of service
		// after now (6, 18, 30… months).
		at := 6
		for at <= c.months {
			at += 12
		}
		if next, ok := labor.LeaveDays(c.sched, at); ok {
			return fmt.Sprintf("%sで、次の付与（勤めて%s）のときにもらえる有給は、%s%d日です（その時点の週の所定日数で決まります）。", who, serviceSay(at), how, next)
		}
	}
	line := fmt.Sprintf("%sで勤めて%sなら、%sいまの1年にもらえる有給は%d日です。", who, serviceSay(c.months), how, days)
	if prev, ok := labor.PreviousLeaveDays(c.sched, c.months); ok && c.carried > 0 && c.carried <= prev {
		line += fmt.Sprintf("去年の分の残り%d日も2年の時効までは使えるので、いま使えるのは合わせて%d日です。", c.carried, c.carried+days)
	} else if ok && c.unused {
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

// dismissalLine is a dismissal's notice short, or a probation's first
// days.
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

// benefitLine is the days of unemployment benefit, or the months missing.
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

// overtimeLine is the overtime past the hours a fixed pay covers.
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
	return fmt.Sprintf("固定残業代が%d時間分で、%d時間残業した月なら、超えた%d時間分の残業代（1時間あたりの賃金×1.25以上）が、固定の額とは別に払われるはずです。給与明細で確かめて、出ていなければ差額を請求できます。", c.fixed, c.worked, c.worked-c.fixed) +
		excessPay(c)
}

// excessPay is the sum the hours past the fixed ones come to, when the
// wage and the month's scheduled hours were told (基本給は24万で、月の
// 所定労働時間は160時間です): 1.25 up to 60 hours of overtime, 1.5 past
// them, the fixed hours counted first; "" when they were not.
func excessPay(c workCase) string {
	if c.monthly <= 0 || c.monthHours < minMonthHours || c.monthHours > maxMonthHours || c.worked > maxOvertimeHours || c.fixed >= c.worked {
		return ""
	}
	hourly := float64(c.monthly) / float64(c.monthHours)
	if hourly < minHourlyPay || hourly > maxHourlyPay {
		return ""
	}
	at125 := max(0, min(c.worked, labor.OvertimeHigh)-c.fixed)
	at150 := max(0, c.worked-max(c.fixed, labor.OvertimeHigh))
	pay := hourly*1.25*float64(at125) + hourly*1.5*float64(at150)
	line := fmt.Sprintf("%sを月の所定%d時間で割ると1時間あたり%s、その1.25倍は%sなので、", manYen(c.monthly), c.monthHours, yen(hourly), yen(hourly*1.25))
	if at150 == 0 {
		return line + fmt.Sprintf("超えた%d時間分で%s以上が目安です（手当の一部は計算から外します）。", at125, yen(pay))
	}
	return line + fmt.Sprintf("60時間までの%d時間分と、60時間を超えた%d時間分（1.5倍）で、合わせて%s以上が目安です（手当の一部は計算から外します）。", at125, at150, yen(pay))
}

// overtimePayLine is overtime pay by the hour, for the hours told.
func overtimePayLine(c workCase) string {
	if c.dayHours > 0 && c.dayHours < legalDayHours && c.dayWorked > c.dayHours && c.dayWorked <= 24 {
		return longDayLine(c)
	}
	if c.hourly == 0 && c.monthly > 0 && c.monthHours > 0 {
		return monthlyOvertimeLine(c)
	}
	if c.hourly < minHourlyPay || c.hourly > maxHourlyPay || c.otHours > maxOvertimeHours {
		return ""
	}
	per := labor.AtPremium(c.hourly, labor.PremiumOvertime)
	line := fmt.Sprintf("1時間あたりの賃金が%s円なら、残業1時間の残業代は、%s円×1.25で%s円以上です。", commas(c.hourly), commas(c.hourly), commas(per))
	switch {
	case c.otHours > labor.OvertimeHigh:
		line = fmt.Sprintf("1時間あたりの賃金が%s円なら、月%d時間の残業は、60時間までが%s円×1.25、60時間を超えた%d時間が%s円×1.5で、合わせて%s円以上です。",
			commas(c.hourly), c.otHours, commas(c.hourly), c.otHours-labor.OvertimeHigh, commas(c.hourly), commas(labor.OvertimePay(c.hourly, c.otHours)))
	case c.otHours > 1:
		line = fmt.Sprintf("1時間あたりの賃金が%s円なら、%d時間の残業で、%s円×1.25×%d時間＝%s円以上です。", commas(c.hourly), c.otHours, commas(c.hourly), c.otHours, commas(labor.OvertimePay(c.hourly, c.otHours)))
	}
	if c.night {
		line += fmt.Sprintf("22時から翌5時までの深夜にかかった残業は、さらに割り増されて1.5倍、1時間%s円以上になります。", commas(labor.AtPremium(c.hourly, labor.PremiumLateOvertime)))
	}
	if c.holiday {
		line += fmt.Sprintf("法定休日に働いた分は1.35倍、1時間%s円以上です。", commas(labor.AtPremium(c.hourly, labor.PremiumDayOff)))
	}
	return line
}

// claimYears: unpaid wages are claimed back this many years (労働基準法
// 115条, for now).
const claimYears = 3

// legalDayHours: hours a day past which work is overtime at a premium
// (労働基準法32条); the hours between a shorter contract and it are paid
// at the plain rate (法定内残業).
const legalDayHours = 8

// longDayLine is a part-timer's long day: the hours past the contract up
// to 8 at the plain rate, past 8 at 1.25.
func longDayLine(c workCase) string {
	f := func(h float64) string { return strconv.FormatFloat(h, 'f', -1, 64) }
	over := c.dayWorked - legalDayHours
	if over <= 0 {
		return fmt.Sprintf("契約が1日%s時間で%s時間働いた日は、増えた%s時間が1日8時間以内なので「法定内残業」です。25%%の割増はつかず、通常の時給の分が払われます（就業規則で割増をつけると決めている会社もあります）。",
			f(c.dayHours), f(c.dayWorked), f(c.dayWorked-c.dayHours))
	}
	line := fmt.Sprintf("1日%s時間働いた日は、8時間までは通常の時給、8時間を超えた%s時間は1.25倍（25%%増し）になります。", f(c.dayWorked), f(over))
	if c.hourly >= minHourlyPay && c.hourly <= maxHourlyPay {
		pay := float64(c.hourly)*legalDayHours + float64(labor.AtPremium(c.hourly, labor.PremiumOvertime))*over
		line += fmt.Sprintf("時給%s円なら、%s円×8時間＋%s円×%s時間で、その日は%s円以上です。", commas(c.hourly), commas(c.hourly), commas(labor.AtPremium(c.hourly, labor.PremiumOvertime)), f(over), commas(int(math.Round(pay))))
	}
	return line
}

// Bounds of a month's scheduled hours that are read as such.
const (
	minMonthHours = 40
	maxMonthHours = 200
)

// monthlyOvertimeLine is overtime pay for a monthly wage, by the hourly
// wage the month's scheduled hours give.
func monthlyOvertimeLine(c workCase) string {
	if c.monthHours < minMonthHours || c.monthHours > maxMonthHours || c.otHours < 0 || c.otHours > maxOvertimeHours || c.otHours == 0 && c.holidayHours == 0 {
		return ""
	}
	hourly := int(math.Round(float64(c.monthly) / float64(c.monthHours)))
	if hourly < minHourlyPay || hourly > maxHourlyPay {
		return ""
	}
	const excluded = "家族手当や通勤手当、住宅手当などは、1時間あたりの計算から外します。"
	wage := "月給" + commas(c.monthly) + "円"
	if c.allowances != "" {
		wage = "基本給と" + c.allowances + "を合わせた" + commas(c.monthly) + "円"
	}
	base := fmt.Sprintf("%sを月の所定%d時間で割ると、1時間あたり約%s円です。", wage, c.monthHours, commas(hourly))
	if c.holidayHours > 0 && c.holidayHours <= 24 && (c.otHours == 0 || c.otHours == c.holidayHours) {
		pay := labor.MonthlyAtPremium(c.monthly, c.monthHours, c.holidayHours, labor.PremiumDayOff)
		return base + fmt.Sprintf("法定休日に%d時間働いた分は1.35倍（35%%増し）で、約%s円以上になります。", c.holidayHours, commas(pay)) + excluded
	}
	month := labor.MonthlyOvertimePay(c.monthly, c.monthHours, c.otHours)
	pay := commas(month)
	if c.yearsClaimed > 0 && c.yearsClaimed <= claimYears {
		// 3年分ですと合計で: the month's figure times the months.
		return fmt.Sprintf("月%d時間分が約%s円なので、%d年分（%dか月）だと約%sになります。未払いの残業代をさかのぼって請求できるのは、いまは3年分までです（それぞれの給料日から3年で時効）。", c.otHours, pay, c.yearsClaimed, c.yearsClaimed*12, manYen(month*12*c.yearsClaimed))
	}
	if c.otHours <= labor.OvertimeHigh {
		return base + fmt.Sprintf("%d時間の残業なら、その1.25倍（25%%増し）で、約%s円以上になります。", c.otHours, pay) + excluded
	}
	line := base + fmt.Sprintf("月%d時間の残業なら、60時間までが1.25倍、60時間を超えた%d時間は1.5倍（50%%増し）で、合わせて約%s円以上になります。",
		c.otHours, c.otHours-labor.OvertimeHigh, pay)
	if c.staff > 0 {
		line += "60時間を超えた分の1.5倍は、2023年4月から中小企業にも適用されているので、会社の規模にかかわらず同じです。"
	}
	return line + excluded
}

// hoursLine is the weekly hours from which a worker joins employment
// insurance (with 31 days or more of work expected) and, with a monthly
// wage of 88,000 yen or more at a company of 51 or more, the employer's
// social insurance.
const hoursLine = 20

// insuranceLine places the case against the 20-hour line, the wage line
// and the company's size.
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
	if c.avgWage >= 1000 && c.avgWage <= 200000 {
		// The average wage told (平均賃金は1日1万円): the sum owed.
		return fmt.Sprintf("平均賃金が1日%s円なら、%d日分で%s円以上です。", commas(c.avgWage), days, commas(c.avgWage*days))
	}
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

// nonRenewalLine is the notice owed before a contract is not renewed.
func nonRenewalLine(c workCase) string {
	if c.conversion && c.broken {
		return "" // spells with a gap: the note on the cooling-off period says more than a sum
	}
	if c.conversion && !c.ended && c.months > 0 {
		// 無期転換 asked of, no end in sight: whether the five years are
		// there.
		if c.months > 60 {
			return fmt.Sprintf("通算%sなら、5年を超えているので、いまの契約の期間中に無期転換を申し込めます。申し込めば、会社は断れません。", serviceSay(c.months))
		}
		return fmt.Sprintf("通算%sなら、まだ5年を超えていません。更新して、通算5年を超える契約に入ると、その契約の期間中から無期転換を申し込めます。", serviceSay(c.months))
	}
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
	if c.partnerBirth {
		// A father's question with the birth's date (予定日は3月10日): the
		// mother's leave is not his (general set 175, round 47).
		return ""
	}
	due, ok := dueDay(c, now)
	if !ok {
		return ""
	}
	from := due.AddDate(0, 0, 1-beforeBirthDays)
	return fmt.Sprintf("出産予定日が%d月%d日なら、産前休業は予定日を含めた6週間（42日）前の%d月%d日から、請求すれば取れます。産後は、出産の翌日から%d週間が産後休業です。",
		c.dueMonth, c.dueDay, int(from.Month()), from.Day(), afterBirthWeeks)
}

// dueDay is the day of a due date told, in the year after now when its
// month has passed, or false when there is none (2月30日).
func dueDay(c workCase, now time.Time) (time.Time, bool) {
	if c.dueMonth < 1 || c.dueMonth > 12 || c.dueDay < 1 || c.dueDay > 31 {
		return time.Time{}, false
	}
	year := now.Year()
	if time.Month(c.dueMonth) < now.Month() {
		year++
	}
	due := time.Date(year, time.Month(c.dueMonth), c.dueDay, 0, 0, 0, 0, time.UTC)
	return due, due.Day() == c.dueDay
}

// The childcare leave benefit (育児休業給付) as a share of the wage before
// the leave: 67% for the first 180 days, 50% after; 13% more for up to 28
// days when both parents take 14 days or more (出生後休業支援給付, from
// April 2025).
const (
	childcareFirstRate = 0.67
	childcareLaterRate = 0.50
	childcareBothRate  = 0.13
	// fatherLeaveNoticeDays: a father's leave right after the birth (産後
	// パパ育休) is asked for two weeks ahead.
	fatherLeaveNoticeDays = 14
)

// childcareLine is what childcare leave gives the case: the benefit a
// month for the wage told, or — asked by when, with the due date told —
// the day to ask for a father's leave from the birth.
func childcareLine(c workCase, now time.Time) string {
	if c.whenAsked {
		if !c.partnerBirth {
			return ""
		}
		due, ok := dueDay(c, now)
		if !ok {
			// No day told (11月に生まれる予定): the rule, with the day
			// left to count (general set 181, round 48).
			return "生まれてすぐ産後パパ育休を取るなら、申し出は原則として休み始める2週間前まで、そのあと続けて取る通常の育休は1か月前までです。生まれる日は前後するので、予定日の1か月ほど前には書面やメールで会社に伝えておくと安心です。予定日がわかれば、何日までかを一緒に数えます。"
		}
		by := due.AddDate(0, 0, -fatherLeaveNoticeDays)
		return fmt.Sprintf("予定日が%d月%d日で、生まれてすぐ産後パパ育休を取るなら、申し出は原則として休み始める2週間前まで、つまり%d月%d日ごろまでです（生まれる日は前後するので、早めに出しておくと安心です）。そのあと続けて取る通常の育休は、休み始める1か月前までに申し出ます。",
			c.dueMonth, c.dueDay, int(by.Month()), by.Day())
	}
	if c.monthly <= 0 {
		return ""
	}
	round := func(v float64) int { return int(math.Round(v/1000)) * 1000 }
	return fmt.Sprintf("休む前の月給が%sなら、育休の最初の180日は67%%で月およそ%s、それを過ぎると50%%で月およそ%sが、雇用保険から育児休業給付金として出ます（賃金には上限があります）。給付金に税金はかからず、休業中は社会保険料も免除されるので、手取りで見ると休む前の8割ほどです。両親がそれぞれ14日以上育休を取ると、最大28日間は13%%が上乗せされ、合わせて80%%（手取りでほぼ10割）になります。",
		manYen(c.monthly), manYen(round(float64(c.monthly)*childcareFirstRate)), manYen(round(float64(c.monthly)*childcareLaterRate)))
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

// Shorter hours for a child (育児・介護休業法): 6 hours a day unless told.
const (
	fullDayHours  = 8
	shortDayHours = 6
)

// shortHoursLine is the pay at shorter hours, from the monthly wage told
// (今はフルタイム8時間で月給24万…6時間の時短にしたら): the hours' share of
// it, as most companies pay the hours not worked no wage.
func shortHoursLine(c workCase) string {
	if c.monthly <= 0 {
		return ""
	}
	full := c.fullHours
	if full == 0 {
		full = c.dayHours
	}
	if full == 0 {
		full = fullDayHours
	}
	short := c.shortHours
	said := "1日" + hoursSay(short) + "時間"
	if short == 0 {
		short, said = shortDayHours, "育児の短時間勤務の原則の1日6時間"
	}
	if short >= full {
		return ""
	}
	share := short / full
	return fmt.Sprintf("月給%sで1日%s時間から%sの時短にすると、働く時間は%s（%s%%）になるので、お給料も同じ割合で減るなら月%sほどが目安です。手当や賞与の扱いは会社によって違うので、就業規則か人事に計算の仕方を確かめましょう。",
		manYen(c.monthly), hoursSay(full), said, fraction(short, full), strconv.FormatFloat(math.Round(share*1000)/10, 'f', -1, 64), manYen(int(math.Round(float64(c.monthly)*share))))
}

// manYen writes an amount of yen in 万 (24万円, 18万7,500円).
func manYen(v int) string {
	man, rest := v/10000, v%10000
	switch {
	case man == 0:
		return commas(v) + "円"
	case rest == 0:
		return strconv.Itoa(man) + "万円"
	}
	return strconv.Itoa(man) + "万" + commas(rest) + "円"
}

// fraction writes a share of hours as a fraction in lowest terms (4分の3);
// half hours count in halves.
func fraction(part, whole float64) string {
	p, w := int(math.Round(part*2)), int(math.Round(whole*2))
	a, b := p, w
	for b != 0 {
		a, b = b, a%b
	}
	if a > 0 {
		p, w = p/a, w/a
	}
	return strconv.Itoa(w) + "分の" + strconv.Itoa(p)
}
