package advice

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/akari-career/akari/internal/pattern"
)

// Casework on the notice to quit: the day the person means to leave (来月
// 末で辞めたい) against today, and whether that leaves the two weeks the
// law asks of someone employed with no fixed term (民法627条1項) and the
// month many work rules ask.

// quitDay is the last day the person means to work, as told.
type quitDay struct {
	month, day int  // a date told (3月15日); month alone with end
	end        bool // the month's end (月末, いっぱい)
	ahead      int  // months from now when told so (今月末 0, 来月末 1, 再来月末 2); -1 when a month was named
	told       bool
	// notice: the date is the day the notice is given (5月1日に退職届を
	// 出したら), not the last day; the earliest last day is asked.
	notice bool
}

var (
	quitMonthEnd = pattern.MustCompile(`(再来月|来月|今月)(末|いっぱい|の末|の終わり|の最後)`)
	// toldNotToCome is a dismissal told as the month one need no longer
	// come from (来月からもう来なくていいわ): the last day is the month's end
	// before it.
	toldNotToCome = pattern.MustCompile(`(再来月|来月)から(は)?(もう)?(来なくて|こなくて|来んで|こんで|来なくても|こなくても)`)
	// termEnd is a fixed term's end, not a day to leave (契約は6月末まで
	// なのに: general set 170, round 46).
	termEnd      = pattern.MustCompile(`契約[^。?？]{0,6}[0-9]{1,2}月(末|いっぱい|の末)?(まで|満了)|[0-9]{1,2}月(末|いっぱい)?まで(って|という|っていう|が|の)?(の)?契約`)
	quitNamedEnd = pattern.MustCompile(`(?:^|[^0-9])([0-9]{1,2})月(?:末|いっぱい|の末|の終わり)`)
	quitDate     = pattern.MustCompile(`(?:^|[^0-9])([0-9]{1,2})月([0-9]{1,2})日(?:で|に|付|づけ|付け|を|が)?[^。?？]{0,8}(?:辞め|やめ|退職|最終|最後|解雇|クビ)`)
	noticeDate   = pattern.MustCompile(`(?:^|[^0-9])([0-9]{1,2})月([0-9]{1,2})日(?:に|で)?[^。?？]{0,4}(?:退職届|退職願|辞表|退職の意思|辞める(?:って|と|こと))(?:を|は)?[^。?？]{0,4}(?:出|提出|伝え|言|申し出)`)
	todayIs      = pattern.MustCompile(`今日[（(]?(?:は|が|で)?(?:([0-9]{1,2})月)?([0-9]{1,2})日`)
	// A fixed term (契約社員, 派遣, 期間工): the two weeks are not the rule
	// before the term ends.
	fixedTermWork = pattern.MustCompile(`契約社員|派遣|期間工|有期|契約期間|契約の途中|更新`)
	// endedByEmployer: the contract ended by the employer, not left.
	endedByEmployer = pattern.MustCompile(`更新(は|を)?(しない|せん|せえへん|されない|されん|しません|なし|ない)|雇い?止め|(終わり|終了|打ち切り)(って|だと|と)(言われ|いわれ)`)
)

// readQuitDay reads the day to leave that t tells, if any.
func readQuitDay(t string) (quitDay, bool) {
	if !strings.Contains(t, "月") {
		return quitDay{}, false
	}
	if m := submatch(toldNotToCome, t); m != nil {
		ahead := map[string]int{"来月": 0, "再来月": 1}[m[1]]
		return quitDay{end: true, ahead: ahead, told: true}, true
	}
	if m := submatch(quitMonthEnd, t); m != nil {
		ahead := map[string]int{"今月": 0, "来月": 1, "再来月": 2}[m[1]]
		return quitDay{end: true, ahead: ahead, told: true}, true
	}
	if m := submatch(noticeDate, t); m != nil {
		mo, _ := strconv.Atoi(m[1])
		d, _ := strconv.Atoi(m[2])
		return quitDay{month: mo, day: d, ahead: -1, told: true, notice: true}, true
	}
	if m := submatch(quitDate, t); m != nil {
		mo, _ := strconv.Atoi(m[1])
		d, _ := strconv.Atoi(m[2])
		return quitDay{month: mo, day: d, ahead: -1, told: true}, true
	}
	if m := submatch(quitNamedEnd, t); m != nil && !termEnd.MatchString(t) {
		mo, _ := strconv.Atoi(m[1])
		return quitDay{month: mo, end: true, ahead: -1, told: true}, true
	}
	return quitDay{}, false
}

// at is the day q falls on, seen from now; ok is false for no such day.
func (q quitDay) at(now time.Time) (time.Time, bool) {
	y, m := now.Year(), now.Month()
	if q.ahead >= 0 {
		first := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC).AddDate(0, q.ahead, 0)
		return first.AddDate(0, 1, -1), true
	}
	if q.month < 1 || q.month > 12 {
		return time.Time{}, false
	}
	if time.Month(q.month) < m {
		y++
	}
	if q.end {
		return time.Date(y, time.Month(q.month), 1, 0, 0, 0, 0, time.UTC).AddDate(0, 1, -1), true
	}
	d := time.Date(y, time.Month(q.month), q.day, 0, 0, 0, 0, time.UTC)
	return d, d.Day() == q.day
}

// todayOf is the day the person says today is (今日は6月15日), or now's.
func todayOf(c workCase, now time.Time) time.Time {
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	if c.todayDay >= 1 && c.todayDay <= 31 {
		m := now.Month()
		if c.todayMonth >= 1 && c.todayMonth <= 12 {
			m = time.Month(c.todayMonth)
		}
		if d := time.Date(now.Year(), m, c.todayDay, 0, 0, 0, 0, time.UTC); d.Day() == c.todayDay {
			today = d
		}
	}
	return today
}

// noticeUntil is the days from today to the day told, 0 when unknown or
// past.
func noticeUntil(c workCase, now time.Time) int {
	if now.Equal(noDate) && c.todayDay == 0 {
		return 0
	}
	today := todayOf(c, now)
	last, ok := c.quit.at(today)
	if !ok || !last.After(today) {
		return 0
	}
	return int(last.Sub(today).Hours() / 24)
}

// noticeDays is the notice the law asks of someone with no fixed term
// (民法627条1項): two weeks.
const noticeDays = 14

// quitNoticeLine works the notice out: the days from today to the day
// told, against the two weeks of the law and a work rule's month.
func quitNoticeLine(c workCase, now time.Time) string {
	if !c.quit.told {
		return ""
	}
	today := todayOf(c, now)
	last, ok := c.quit.at(today)
	if !ok || last.Before(today) {
		return ""
	}
	if c.quit.notice {
		// The notice given that day: two weeks on, the contract ends.
		end := last.AddDate(0, 0, noticeDays)
		line := fmt.Sprintf("%d月%d日に退職を申し出るなら、期間の定めのない雇用では、法律（民法627条）上はそこから2週間たった%d月%d日で辞められます。就業規則の「1か月前」「2か月前」といった決まりより、法律の2週間が優先すると考えるのが一般的です。残っている有給を使えば、最終出勤日をもっと早めることもできます。",
			int(last.Month()), last.Day(), int(end.Month()), end.Day())
		if c.fixedTerm {
			line += "ただ、契約社員や派遣など期間の決まった契約なら、契約期間の途中で辞めるには原則として「やむを得ない事情」が要ります。"
		}
		return line
	}
	days := int(last.Sub(today).Hours() / 24)
	if days > 366 {
		return ""
	}
	head := fmt.Sprintf("今日（%d月%d日）から%d月%d日までは%d日あります。", int(today.Month()), today.Day(), int(last.Month()), last.Day(), days)
	if c.notRenewed {
		// 今日、今月末で終わりって言われた after 次は更新せんって: the
		// employer's notice, not the person's (general set 191, round 50).
		line := head + "3回以上更新しているか、通算1年を超えて働いている人の契約を更新しないときは、会社は少なくとも30日前までに予告することになっています（雇止めの予告）。"
		if days < 30 {
			line += "30日に足りない予告なので、会社（派遣なら派遣元）に、更新しない理由を書面（雇止め理由証明書）で出してもらうよう頼み、言われた日もメモしておきましょう。納得できなければ、都道府県労働局の総合労働相談コーナーに無料で相談できます。"
		}
		return line
	}
	var line string
	switch {
	case days >= 31:
		line = head + "期間の定めのない雇用なら、法律（民法627条）では辞める2週間前までに伝えれば辞められるので、十分に間に合います。就業規則に「1か月前までに」とあっても間に合う日数です。"
	case days >= noticeDays:
		line = head + "期間の定めのない雇用なら、法律（民法627条）では2週間前までに伝えれば辞められるので、間に合います。就業規則に「1か月前までに」とあっても、法律の2週間が優先すると考えるのが一般的ですが、引き継ぎのためにも早めに伝えておくと話がこじれにくいです。"
	default:
		line = head + "法律（民法627条）では、伝えてから2週間たてば辞められるので、その日だと2週間に足りません。会社が合意すればその日に辞められますし、残っている有給を使って、最終出勤日を早めることもできます。"
	}
	if c.fixedTerm {
		line += "契約社員や派遣など期間の決まった契約なら、契約期間の途中で辞めるには原則として「やむを得ない事情」が要ります（契約期間が1年を超える契約なら、働き始めて1年が過ぎればいつでも辞められます。労働基準法137条）。契約書の期間も確かめておきましょう。"
	}
	return line
}
