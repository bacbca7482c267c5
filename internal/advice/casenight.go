package advice

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/akari-career/akari/internal/labor"
	"github.com/akari-career/akari/internal/pattern"
)

// Casework on night work (深夜業): the hours of a shift as told (22時〜翌7
// 時、休憩は2時から1時間), the late-night premium they bring at the person's
// wage, a stretch asked about (7時から9時の2時間分), and the month's total
// by the shifts a month.

// nightCase is what the person told of their shifts.
type nightCase struct {
	// shift is the last shift told, End > Start; its break is placed in
	// its hours only when worked out (at), as the break may be told
	// before the shift, or of another week's shift.
	shift labor.Shift
	// breakClock is the break's start by the clock (2時 → 2), when told.
	breakClock float64
	breakTold  bool
	// askFrom, askTo: a stretch of the shift asked about (3時から5時), in
	// the shift's hours; askTo > askFrom when told in the newest message.
	askFrom, askTo float64
	perMonth       int // shifts (or days) a month (夜勤は月14回, 月22日出て)
	monthHours     int // late-night hours a month (深夜帯に月60時間)
	// What the newest message asks: the premium alone (深夜手当って1日
	// いくら), the whole day's pay (合計いくら), an hour's pay (夜中の時給).
	premium, total, hour bool
	// overtime: the newest message names overtime (残業の割増はいくら).
	overtime bool
	// fresh: the newest message told or asked something of the shifts;
	// a case told long ago is not worked out again for another matter
	// (何年分までさかのぼって請求できますか).
	fresh bool
}

const clock = `([0-9]{1,2})(?:時|:([0-9]{2}))(半)?`

var (
	// A span of hours: 22時〜翌7時, 16時半〜翌9時, 22:00〜5:00, 22時から翌9時.
	hoursSpan = pattern.MustCompile(`(?:^|[^0-9:,])` + clock + `\s*(?:〜|~|ー|－|-|から)\s*(翌日の|翌日|翌朝|翌|次の日の|朝の|朝|夜の|夜)?` + clock)
	// A shift of a rota written bare: 6-14、14-22、22-6.
	bareSpan = pattern.MustCompile(`(?:^|[^0-9:,])([0-9]{1,2})-([0-9]{1,2})(?:[^0-9:]|$)`)
	rota     = pattern.MustCompile(`交替|交代|シフト|勤務|番`)
	// A break: 休憩は2時から1時間, 休憩1時間, (休憩は18時から1時間).
	breakAt  = pattern.MustCompile(`休憩(?:は|が)?(?:深夜の|夜中の)?` + clock + `から(?:の)?([0-9](?:\.[0-9])?)時間`)
	breakLen = pattern.MustCompile(`休憩(?:は|が)?(?:だいたい|約)?([0-9](?:\.[0-9])?)時間`)
	// Asked to stay on till an hour (9時まで残って).
	stayTill = pattern.MustCompile(`(?:^|[^0-9:])([0-9]{1,2})時(半)?まで(?:残|のこ|延長|いて|働|やっ|仕事|入)`)
	// Shifts a month: 夜勤は月14回, 月22日出て, 当務は月8回, 月に5日くらい.
	shiftsAMonth = pattern.MustCompile(`(?:^|[^0-9])月(?:に|で)?(?:だいたい|約|大体)?([0-9]{1,2})(?:回|日|勤)`)
	nightAMonth  = pattern.MustCompile(`深夜(?:帯|の時間)?(?:に|は|を|が)?(?:月|毎月|ひと月)(?:に)?(?:だいたい|約|大体)?([0-9]{1,3})時間`)
	asksPremium  = pattern.MustCompile(`割増|割り増|手当|深夜分|深夜の分|上乗せ`)
	asksTotal    = pattern.MustCompile(`合計|1回で|一回で|その1回|1日いくら|1日で|日給|全部で|トータル|1日の給料`)
	asksHour     = pattern.MustCompile(`(?:夜中|深夜|夜)の時給|1時間(?:あたり|当たり|につき)?[^。]{0,6}(?:いくら|何円|なんぼ)|時給(?:って|は)?(?:いくら|何円|なんぼ|本当は|ほんとは)`)
)

// readNight updates n with what t tells (folded).
func (n *nightCase) readNight(t string) {
	n.premium, n.total, n.hour = asksPremium.MatchString(t), asksTotal.MatchString(t), asksHour.MatchString(t)
	n.overtime = strings.Contains(t, "残業")
	n.askFrom, n.askTo = 0, 0
	if !strings.ContainsAny(t, "0123456789") {
		// No hour, break or count told: most messages.
		n.fresh = n.premium || n.total || n.hour || asksFigure.MatchString(t)
		return
	}
	// The break told, where it was told: it belongs to the span told
	// nearest it (昼は9時〜17時（休憩1時間）、夜は22時〜翌2時 — the day's).
	brk, brkAt, brkLen := -1.0, -1, -1.0
	rest := t
	if loc := breakAt.FindStringSubmatchIndex(t); loc != nil {
		m := groups(t, loc)
		brk, brkAt = clockHours(m[1], m[2], m[3]), loc[0]
		brkLen, _ = strconv.ParseFloat(m[4], 64)
		rest = t[:loc[0]] + strings.Repeat(" ", loc[1]-loc[0]) + t[loc[1]:]
	} else if loc := breakLen.FindStringSubmatchIndex(t); loc != nil {
		brkAt = loc[0]
		brkLen, _ = strconv.ParseFloat(t[loc[2]:loc[3]], 64)
	}
	type told struct {
		from, to float64
		next     bool
		at, end  int
	}
	var spans []told
	for _, loc := range hoursSpan.FindAllStringSubmatchIndex(rest, -1) {
		m := groups(rest, loc)
		spans = append(spans, told{clockHours(m[1], m[2], m[3]), clockHours(m[5], m[6], m[7]), m[4] != "", loc[0], loc[1]})
	}
	if len(spans) == 0 && rota.MatchString(rest) {
		for _, loc := range bareSpan.FindAllStringSubmatchIndex(rest, -1) {
			from, _ := strconv.Atoi(rest[loc[2]:loc[3]])
			to, _ := strconv.Atoi(rest[loc[4]:loc[5]])
			if from <= 24 && to <= 24 {
				spans = append(spans, told{float64(from), float64(to), false, loc[0], loc[1]})
			}
		}
	}
	nearest := -1 // the span the break belongs to
	if brkAt >= 0 {
		best := len(t)
		for i, sp := range spans {
			if d := max(brkAt-sp.end, sp.at-brkAt); d < best {
				nearest, best = i, d
			}
		}
	}
	for i, sp := range spans {
		if n.span(sp.from, sp.to, sp.next) && brkAt >= 0 {
			// A shift told with a break in the message: its own, or none
			// when the break is another span's. Told without one, the
			// break told before holds (明日22時から翌9時まで働いたら).
			n.shift.BreakLen, n.breakTold = 0, false
			if i == nearest {
				n.shift.BreakLen = brkLen
				n.breakClock, n.breakTold = brk, brk >= 0
			}
		}
	}
	if len(spans) == 0 && brkLen >= 0 {
		// A break told alone is the shift's told before.
		n.shift.BreakLen = brkLen
		n.breakClock, n.breakTold = brk, brk >= 0
	}
	if m := submatch(stayTill, t); m != nil && n.told() {
		if till := n.inShift(clockHours(m[1], "", m[2])); till > n.shift.End {
			n.askFrom, n.askTo = n.shift.End, till
		}
	}
	if m := submatch(shiftsAMonth, t); m != nil {
		n.perMonth, _ = strconv.Atoi(m[1])
	}
	if m := submatch(nightAMonth, t); m != nil {
		n.monthHours, _ = strconv.Atoi(m[1])
	}
	n.fresh = len(spans) > 0 || brkAt >= 0 || n.askTo > n.askFrom || shiftsAMonth.MatchString(t) || nightAMonth.MatchString(t) ||
		n.premium || n.total || n.hour || asksFigure.MatchString(t)
}

// nightAsked reports whether t (folded) asks a figure of hours it tells
// that reach into the night (22時から23時の1時間はいくら, 17時〜23時で入った
// ら1日いくら): the late-night premium is the topic, named or not.
func nightAsked(t string) bool {
	if !asksFigure.MatchString(t) {
		return false
	}
	var n nightCase
	n.readNight(t)
	if n.askTo > n.askFrom {
		return nightHours(n.askFrom, n.askTo) > 0
	}
	return n.told() && nightHours(n.shift.Start, n.shift.End) > 0
}

// minShift is the fewest hours a span must last to be a shift; a shorter
// one is a stretch asked about (7時から9時の2時間分).
const minShift = 4

// span takes a span of hours told: a shift (true), or a stretch of one.
func (n *nightCase) span(from, to float64, nextDay bool) bool {
	if to <= from || nextDay && to < 24 {
		to += 24
	}
	if to-from >= minShift {
		n.shift.Start, n.shift.End = from, to
		return true
	}
	if n.told() {
		// 7時から9時 after 22時〜翌7時 is 31 to 33 in the shift's hours.
		length := to - from
		from = n.inShift(from)
		to = from + length
	}
	n.askFrom, n.askTo = from, to
	return false
}

// told reports whether a shift was told.
func (n *nightCase) told() bool { return n.shift.End > n.shift.Start }

// inShift places an hour of the clock in the shift's hours: 2時 in a
// shift from 22 is 26.
func (n *nightCase) inShift(h float64) float64 {
	if h < n.shift.Start && h+24 <= n.shift.End+12 {
		return h + 24
	}
	return h
}

// at is the shift with its break placed in its hours: 休憩は2時から in a
// shift from 22 starts at 26; a break told by its length alone, or one
// outside the shift (another week's), is placed halfway.
func (n *nightCase) at() labor.Shift {
	s := n.shift
	s.BreakStart = -1
	if n.breakTold {
		if b := n.inShift(n.breakClock); b >= s.Start && b+s.BreakLen <= s.End {
			s.BreakStart = b
		}
	}
	return s
}

// clockHours reads 22時, 16時半, 22:30 as hours.
func clockHours(h, minutes, half string) float64 {
	v, _ := strconv.ParseFloat(h, 64)
	if m, err := strconv.Atoi(minutes); err == nil {
		v += float64(m) / 60
	}
	if half != "" {
		v += 0.5
	}
	return v
}

// nightLine works the late-night premium out for the person: an hour's,
// a stretch's, a shift's, a month's — whichever the message asks — or ""
// without an hourly wage (or a monthly wage and the month's hours).
func nightLine(c workCase) string {
	hourly := float64(c.hourly)
	if c.hourly == 0 && c.monthly > 0 && c.monthHours >= minMonthHours && c.monthHours <= maxMonthHours {
		hourly = float64(c.monthly) / float64(c.monthHours)
	}
	if hourly < minHourlyPay || hourly > maxHourlyPay {
		return ""
	}
	n := c.nights
	if !n.fresh {
		return ""
	}
	n.shift = n.at()
	wage := "時給" + yen(hourly)
	if c.hourly == 0 {
		wage = "1時間あたり約" + yen(hourly)
	}
	extra := hourly * (labor.PremiumNight - 100) / 100
	var line string
	switch {
	case n.askTo > n.askFrom && n.askTo-n.askFrom <= 12:
		line = stretchLine(n, hourly, wage)
	case n.told() && n.shift.Valid():
		p := labor.PayFor(n.shift, hourly)
		if p.Night == 0 && p.Over == 0 {
			return "" // a day shift: no late-night hours to work out
		}
		line = fmt.Sprintf("%sなら、働くのは%s時間", shiftSay(n.shift), hoursSay(p.Worked))
		if p.Night > 0 {
			line += fmt.Sprintf("、そのうち深夜（22時〜翌5時）が%s時間", hoursSay(p.Night))
		}
		line += "です。"
		if p.Over > 0 {
			line += fmt.Sprintf("8時間を超えた%s時間は残業で25%%増し", hoursSay(p.Over))
			if p.NightOver > 0 {
				line += fmt.Sprintf("、そのうち深夜にかかる%s時間は50%%増し", hoursSay(p.NightOver))
			}
			line += "です。"
		}
		premium, overPremium := extra*p.Night, extra*p.Over
		if n.premium && n.overtime && p.Over > 0 {
			// The overtime premium asked alone (残業の割増はいくら未払い).
			line = fmt.Sprintf("%sのうち、8時間を超えた%s時間が残業です。その割増（25%%）は%s×%s時間で、1回あたり%s以上になります。", shiftSay(n.shift), hoursSay(p.Over), yen(extra), hoursSay(p.Over), yen(overPremium))
			if p.NightOver > 0 {
				line += fmt.Sprintf("深夜にかかる%s時間には、深夜の割増も重なります。", hoursSay(p.NightOver))
			}
			if n.perMonth > 0 {
				line += fmt.Sprintf("月%d回なら、月%s以上です。", n.perMonth, yen(overPremium*float64(n.perMonth)))
			}
			return line
		}
		switch {
		case n.total && !n.premium:
			line += fmt.Sprintf("%sで、その1回は合計%s以上になります。", wage, yen(float64(p.Total)))
			if n.perMonth > 0 {
				line += fmt.Sprintf("月%d回なら、月%s以上です。", n.perMonth, yen(float64(p.Total*n.perMonth)))
			}
			return line
		case n.hour && !n.premium:
			line = fmt.Sprintf("深夜（22時〜翌5時）に働いた1時間は、%sの25%%増しで%s以上です（割増分は1時間%s）。", wage, yen(hourly*labor.PremiumNight/100), yen(extra)) + line
			line += fmt.Sprintf("深夜割増は1回あたり%s×%s時間＝%s以上になります。", yen(extra), hoursSay(p.Night), yen(premium))
		case p.Night > 0:
			// The hour's pay too: after a wage put right (時給1200じゃなくて
			// 1160だった), it is the figure asked again.
			line += fmt.Sprintf("深夜の1時間は%sの25%%増しで%s以上、深夜割増は%s×%s時間で1回あたり%s以上です。", wage, yen(hourly*labor.PremiumNight/100), yen(extra), hoursSay(p.Night), yen(premium))
		}
		if p.Over > 0 {
			line += fmt.Sprintf("残業の割増は、%s×%s時間で1回あたり%s以上（時給の分とは別）です。", yen(extra), hoursSay(p.Over), yen(overPremium))
		}
		if !n.shift.BreakTold() && n.shift.BreakLen > 0 && p.Night > 0 {
			line += "（休憩を深夜帯に取る場合の数字です。休憩が深夜帯の外なら、深夜の時間はその分増えます）"
		}
		if n.perMonth > 0 {
			switch {
			case p.Night > 0 && p.Over > 0:
				line += fmt.Sprintf("月%d回なら、深夜割増が月%s、残業の割増が月%s以上です。", n.perMonth, yen(premium*float64(n.perMonth)), yen(overPremium*float64(n.perMonth)))
			case p.Night > 0:
				line += fmt.Sprintf("月%d回なら、深夜割増だけで月%s以上です。", n.perMonth, yen(premium*float64(n.perMonth)))
			default:
				line += fmt.Sprintf("月%d回なら、残業の割増は月%s以上です。", n.perMonth, yen(overPremium*float64(n.perMonth)))
			}
		}
	default:
		line = fmt.Sprintf("深夜（22時〜翌5時）に働いた1時間は、%sの25%%増しで%s以上です（割増分は1時間%s）。", wage, yen(hourly*labor.PremiumNight/100), yen(extra))
		if n.monthHours > 0 && n.monthHours <= maxOvertimeHours {
			line += fmt.Sprintf("深夜に月%d時間なら、深夜割増だけで月%s以上です。", n.monthHours, yen(extra*float64(n.monthHours)))
		}
	}
	if c.hourly == 0 {
		line += "家族手当や通勤手当、住宅手当などは、1時間あたりの計算から外します。"
	}
	return line
}

// stretchLine is the pay, or the premium, of a stretch asked about.
func stretchLine(n nightCase, hourly float64, wage string) string {
	from, to := n.askFrom, n.askTo
	night := nightHours(from, to)
	span := fmt.Sprintf("%s〜%sの%s時間", clockSay(from), clockSay(to), hoursSay(to-from))
	if n.premium || !n.told() {
		if night == 0 {
			return span + "は深夜（22時〜翌5時）にかからないので、深夜の割増はつきません。"
		}
		per := hourly * (labor.PremiumNight - 100) / 100 * night
		line := fmt.Sprintf("%sのうち、深夜（22時〜翌5時）は%s時間で、25%%の割増がつきます。%sなら、%s×0.25×%s時間＝1日%s以上です。", span, hoursSay(night), wage, yen(hourly), hoursSay(night), yen(per))
		if n.perMonth > 0 {
			line += fmt.Sprintf("月%d日なら、月%s以上です。", n.perMonth, yen(per*float64(n.perMonth)))
		}
		return line
	}
	pay := labor.PayOfSpan(n.shift, hourly, from, to)
	whole := labor.PayFor(labor.Shift{Start: n.shift.Start, End: max(to, n.shift.End), BreakStart: n.shift.BreakStart, BreakLen: n.shift.BreakLen}, hourly)
	var why []string
	if over := whole.Over; over > 0 && to > n.shift.Start+8 {
		why = append(why, "1日8時間を超えた分は残業で25%増し")
	}
	if night > 0 {
		why = append(why, "深夜（22時〜翌5時）の分は25%増し（残業と重なれば50%増し）")
	}
	line := span + "は、"
	if len(why) > 0 {
		line += strings.Join(why, "、") + "で、"
	}
	return line + fmt.Sprintf("%sなら%s以上です。", wage, yen(float64(pay)))
}

// nightHours is the late-night hours between from and to.
func nightHours(from, to float64) float64 {
	return labor.PayFor(labor.Shift{Start: from, End: to, BreakStart: -1}, 1).Night
}

// shiftSay writes a shift as told: 22時〜翌7時（休憩1時間）.
func shiftSay(s labor.Shift) string {
	out := clockSay(s.Start) + "〜" + clockSay(s.End)
	if s.BreakLen > 0 {
		out += "（休憩" + hoursSay(s.BreakLen) + "時間）"
	}
	return out
}

// clockSay writes hours of a shift as the clock: 31 → 翌7時, 16.5 → 16時半.
func clockSay(h float64) string {
	prefix := ""
	if h >= 24 {
		h -= 24
		prefix = "翌"
	}
	whole := math.Floor(h)
	out := prefix + strconv.Itoa(int(whole)) + "時"
	switch m := int(math.Round((h - whole) * 60)); m {
	case 0:
	case 30:
		out += "半"
	default:
		out += strconv.Itoa(m) + "分"
	}
	return out
}

// hoursSay writes hours: 6, 7.5.
func hoursSay(h float64) string { return strconv.FormatFloat(h, 'f', -1, 64) }

// yen writes an amount: 2,100円, and a premium's half yen as it is
// (1,437.5円); any other fraction is rounded to the yen.
func yen(v float64) string {
	if whole := math.Floor(v); math.Abs(v-whole-0.5) < 0.001 {
		return commas(int(whole)) + ".5円"
	}
	return commas(int(math.Round(v))) + "円"
}
