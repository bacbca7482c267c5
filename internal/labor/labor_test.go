package labor

import "testing"

func TestLeaveDays(t *testing.T) {
	full := Schedule{FullTime: true}
	tests := []struct {
		name   string
		s      Schedule
		months int
		want   int
		ok     bool
	}{
		{"full time, first grant", full, 6, 10, true},
		{"full time, a year and a half", full, 18, 11, true},
		{"full time, two and a half years", full, 30, 12, true},
		{"full time, three and a half years", full, 42, 14, true},
		{"full time, six and a half years and more", full, 100, 20, true},
		{"full time, before six months: the first grant to come", full, 3, 10, true},
		{"four days, 24 hours, three and a half years", Schedule{Days: 4, Hours: 24}, 42, 10, true},
		{"four days but 30 hours: full time's table", Schedule{Days: 4, Hours: 30}, 6, 10, true},
		{"three days, eight months", Schedule{Days: 3}, 8, 5, true},
		{"two days, six and a half years", Schedule{Days: 2}, 78, 7, true},
		{"two days, five and a half years", Schedule{Days: 2}, 66, 6, true},
		{"one day, a year and a half", Schedule{Days: 1}, 18, 2, true},
		{"five days", Schedule{Days: 5}, 30, 12, true},
		{"no schedule told", Schedule{}, 30, 0, false},
		{"no service told", full, 0, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := LeaveDays(tt.s, tt.months)
			if got != tt.want || ok != tt.ok {
				t.Errorf("LeaveDays(%+v, %d) = %d, %v; want %d, %v", tt.s, tt.months, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestPreviousLeaveDays(t *testing.T) {
	if got, ok := PreviousLeaveDays(Schedule{Days: 2}, 78); got != 6 || !ok {
		t.Errorf("two days at six and a half years: last year's grant %d, %v; want 6, true", got, ok)
	}
	if got, ok := PreviousLeaveDays(Schedule{FullTime: true}, 18); got != 10 || !ok {
		t.Errorf("full time at a year and a half: last year's grant %d, %v; want 10, true", got, ok)
	}
	if _, ok := PreviousLeaveDays(Schedule{FullTime: true}, 12); ok {
		t.Error("a year in: no grant a year earlier, want ok false")
	}
}

func TestNoticeShortfall(t *testing.T) {
	for given, want := range map[int]int{7: 23, 10: 20, 30: 0, 45: 0} {
		if got := NoticeShortfall(given); got != want {
			t.Errorf("NoticeShortfall(%d) = %d, want %d", given, got, want)
		}
	}
}

func TestBenefitDays(t *testing.T) {
	tests := []struct {
		name         string
		reason       Reason
		months, age  int
		days         int
		eligible, ok bool
	}{
		{"own reason, three years", ReasonOwn, 36, 0, 90, true, true},
		{"own reason, ten months: short of twelve", ReasonOwn, 10, 0, 0, false, true},
		{"own reason, eleven years", ReasonOwn, 132, 0, 120, true, true},
		{"own reason, twenty years", ReasonOwn, 240, 0, 150, true, true},
		{"company reason, half a year", ReasonCompany, 6, 35, 90, true, true},
		{"company reason, five months: short of six", ReasonCompany, 5, 35, 0, false, true},
		{"company reason, two and a half years at 35", ReasonCompany, 30, 35, 150, true, true},
		{"company reason, five years at 45", ReasonCompany, 60, 45, 240, true, true},
		{"company reason, three years, no age", ReasonCompany, 36, 0, 0, true, false},
		{"no reason", ReasonUnknown, 36, 30, 0, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			days, eligible, ok := BenefitDays(tt.reason, tt.months, tt.age)
			if days != tt.days || eligible != tt.eligible || ok != tt.ok {
				t.Errorf("BenefitDays = %d, %v, %v; want %d, %v, %v", days, eligible, ok, tt.days, tt.eligible, tt.ok)
			}
		})
	}
}

func TestOvertimePay(t *testing.T) {
	for _, tt := range []struct{ hourly, hours, want int }{
		{1500, 1, 1875},
		{1500, 40, 75000},
		{1500, 60, 112500},
		{1500, 70, 135000}, // 60 at 1,875 and 10 at 2,250
	} {
		if got := OvertimePay(tt.hourly, tt.hours); got != tt.want {
			t.Errorf("OvertimePay(%d, %d) = %d, want %d", tt.hourly, tt.hours, got, tt.want)
		}
	}
}

func TestMonthlyOvertimePay(t *testing.T) {
	for _, tt := range []struct{ monthly, scheduled, hours, want int }{
		{250000, 160, 30, 58594},  // 1,562.5 an hour, not rounded first
		{250000, 160, 70, 140625}, // 60 at ×1.25 and 10 at ×1.5
		{220000, 176, 20, 31250},
		{220000, 0, 20, 0}, // no scheduled hours, no figure
	} {
		if got := MonthlyOvertimePay(tt.monthly, tt.scheduled, tt.hours); got != tt.want {
			t.Errorf("MonthlyOvertimePay(%d, %d, %d) = %d, want %d", tt.monthly, tt.scheduled, tt.hours, got, tt.want)
		}
	}
}

func TestMonthlyAtPremium(t *testing.T) {
	if got, want := MonthlyAtPremium(300000, 160, 8, PremiumDayOff), 20250; got != want {
		t.Errorf("MonthlyAtPremium(300000, 160, 8, 135) = %d, want %d", got, want)
	}
	if got := MonthlyAtPremium(300000, 0, 8, PremiumDayOff); got != 0 {
		t.Errorf("no scheduled hours: %d, want 0", got)
	}
}
