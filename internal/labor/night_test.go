package labor

import "testing"

func TestPayFor(t *testing.T) {
	tests := []struct {
		name                       string
		s                          Shift
		hourly                     float64
		worked, night, over, nOver float64
		total                      int
	}{
		// コンビニ夜勤 22時〜翌7時、休憩2時から1時間、時給1,150円.
		{"a night at a konbini", Shift{22, 31, 26, 1}, 1150, 8, 6, 0, 0, 9200 + 1725},
		// The same night kept on till 9: two hours of overtime in the morning.
		{"kept on till 9", Shift{22, 33, 26, 1}, 1150, 10, 6, 2, 0, 13800},
		// 3交替の22時〜6時、休憩2時から1時間、時給1,400円.
		{"a night in a three-shift factory", Shift{22, 30, 26, 1}, 1400, 7, 6, 0, 0, 9800 + 2100},
		// 14時〜22時 (休憩18時から1時間) kept on till 24: 22 to 23 is the
		// day's eighth hour, late night at 1.25; 23 to 24 overtime late at
		// night, 1.5.
		{"overtime into the night", Shift{14, 24, 18, 1}, 1400, 9, 2, 1, 1, 9*1400 + 2*350 + 350},
		// A day with no break told: halfway through it.
		{"a day shift", Shift{9, 18, -1, 1}, 1000, 8, 0, 0, 0, 8000},
		// 17時〜23時, no break: one late-night hour.
		{"a student's evening", Shift{17, 23, -1, 0}, 1100, 6, 1, 0, 0, 6875},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := PayFor(tt.s, tt.hourly)
			if p.Worked != tt.worked || p.Night != tt.night || p.Over != tt.over || p.NightOver != tt.nOver || p.Total != tt.total {
				t.Errorf("PayFor(%+v, %v) = %+v, want worked %v night %v over %v night over %v total %d", tt.s, tt.hourly, p, tt.worked, tt.night, tt.over, tt.nOver, tt.total)
			}
		})
	}
}

func TestPayOfSpan(t *testing.T) {
	night := Shift{22, 31, 26, 1}
	if got := PayOfSpan(night, 1150, 31, 33); got != 2875 {
		t.Errorf("two hours kept on after a night = %d, want 2875 (1,150 × 1.25 × 2)", got)
	}
	if got := PayOfSpan(night, 1150, 22, 23); got != 1438 {
		t.Errorf("the first hour of a night = %d, want 1438 (1,150 × 1.25, rounded)", got)
	}
	// Seven hours worked by 22: the eighth is late night alone (1.25), the
	// ninth overtime late at night (1.5).
	if got := PayOfSpan(Shift{14, 22, 18, 1}, 1400, 22, 24); got != 3850 {
		t.Errorf("two hours kept on after 22 = %d, want 3850 (1,400 × 1.25 + 1,400 × 1.5)", got)
	}
}
