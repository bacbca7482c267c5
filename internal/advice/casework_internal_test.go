package advice

import (
	"strings"
	"testing"
	"time"
)

func TestServiceIn(t *testing.T) {
	tests := []struct {
		text         string
		months, days int
		ok           bool
	}{
		{"3年半くらい", 42, 0, true},
		{"働いて半年くらい、週5", 6, 0, true},
		{"入社して10日目です", 0, 10, true},
		{"週2でバイトしてて6年半くらいなんやけど", 78, 0, true},
		{"1年2か月です", 14, 0, true},
		// a child's age, not a length of service (general 167, round 45)
		{"半年の育休から来月復帰します。息子は1歳2か月で、保育園にも入れました", 0, 0, false},
		{"2年くらいです。1日5時間", 24, 0, true},
		{"前の会社に2年いて、辞めて1か月空いて今の会社", 0, 0, false},
		{"半年の時にもらった10日は全然使ってない", 0, 0, false},
		{"上司に3か月前に言えって言われた", 0, 0, false},
		{"1年契約の更新で、今3回目の契約です", 0, 0, false},
		{"もらってから2年で時効って本当？", 0, 0, false},
		// time left, not service (general 172, round 46)
		{"今年度まだ2日しか取れてなくて、年度末まであと3ヶ月です", 0, 0, false},
		{"契約の残り2か月、我慢するか迷ってる", 0, 0, false},
	}
	for _, tt := range tests {
		months, days, ok := serviceIn(tt.text)
		if months != tt.months || days != tt.days || ok != tt.ok {
			t.Errorf("serviceIn(%q) = %d months, %d days, %v; want %d, %d, %v", tt.text, months, days, ok, tt.months, tt.days, tt.ok)
		}
	}
}

func TestReadCase(t *testing.T) {
	c := readCase([]string{"週24時間です", "週4でパートしてて3年半"})
	if c.sched.Days != 4 || c.sched.Hours != 24 || c.months != 42 || !c.partTime {
		t.Errorf("readCase = %+v; want 4 days, 24 hours, 42 months, part time", c)
	}
	if c := readCase([]string{"週休2日です"}); c.sched.Days != 0 {
		t.Errorf("週休2日 read as %d days a week, want none", c.sched.Days)
	}
	if c := readCase([]string{"契約書だと30時間分、でも実際は月50時間くらい"}); c.fixed != 30 || c.worked != 50 {
		t.Errorf("fixed %d, worked %d; want 30 and 50", c.fixed, c.worked)
	}
}

func TestAFigureTakenBackIsNotRead(t *testing.T) {
	tests := []struct{ text, want string }{
		{"給与明細見たら時給1200じゃなくて1160だった", "給与明細見たら時給1160だった"},
		{"週4じゃなくて週3日でした", "週3日でした"},
		{"週4じゃなくて3日です", "週3日です"},
		{"勤怠見直したら70時間じゃなくて55時間だった", "勤怠見直したら55時間だった"},
		{"月給25万ではなく、28万でした", "月給28万でした"},
		{"時給1200円です", "時給1200円です"},
		{"正社員じゃなくて契約社員です", "正社員じゃなくて契約社員です"},
	}
	for _, tt := range tests {
		if got := withoutCorrected(tt.text); got != tt.want {
			t.Errorf("withoutCorrected(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
	c := readCase([]string{"すまん、時給1200じゃなくて1160だった。それだと深夜はいくら？", "コンビニ夜勤。時給1200円"})
	if c.hourly != 1160 {
		t.Errorf("the wage put right: hourly %d, want 1160", c.hourly)
	}
	c = readCase([]string{"ごめん、勤怠見直したら70じゃなくて55時間だった。それならいくら？", "派遣で工場勤務、時給1,300円。先月、残業が70時間あった。170時間は働いてない"})
	if c.otHours != 55 || c.hourly != 1300 {
		t.Errorf("the overtime put right in the message before: %d hours, hourly %d; want 55 and 1300", c.otHours, c.hourly)
	}
	c = readCase([]string{"すまん、時給1200じゃなくて1160だった", "コンビニ夜勤。時給1,200円"})
	if c.hourly != 1160 {
		t.Errorf("時給1,200円 put right by 1200じゃなくて1160: hourly %d, want 1160", c.hourly)
	}
	if got := (figureFix{was: "70", now: "55"}).apply("残業が70時間、去年は170時間"); got != "残業が55時間、去年は170時間" {
		t.Errorf("apply = %q", got)
	}
	if c := readCase([]string{"あ、ごめんなさい、週4じゃなくて週3日でした"}); c.sched.Days != 3 {
		t.Errorf("the days put right: %d a week, want 3", c.sched.Days)
	}
}

func TestMaternityLineCountsTheYearsFebruary(t *testing.T) {
	c := workCase{dueMonth: 3, dueDay: 10}
	for _, tt := range []struct {
		now  time.Time
		want string
	}{
		{time.Date(2027, time.February, 1, 0, 0, 0, 0, time.UTC), "1月28日"},
		{time.Date(2028, time.January, 5, 0, 0, 0, 0, time.UTC), "1月29日"},
		{time.Date(2027, time.April, 1, 0, 0, 0, 0, time.UTC), "1月29日"}, // March 2028, past this year's
	} {
		if got := maternityLine(c, tt.now); !strings.Contains(got, "前の"+tt.want+"から") {
			t.Errorf("due 3月10日, said on %s: %q, want leave from %s", tt.now.Format("2006-01-02"), got, tt.want)
		}
	}
	if got := maternityLine(workCase{dueMonth: 2, dueDay: 30}, noDate); got != "" {
		t.Errorf("2月30日: %q, want no figure", got)
	}
}
