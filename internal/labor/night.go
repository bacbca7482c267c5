package labor

import "math"

// Late-night work (深夜業, 労働基準法37条4項): an hour worked between 22:00
// and 5:00 is paid at least 25% more; overtime that falls in those hours
// at least 50% more (the two premiums add up).
const (
	PremiumNight = 125
	nightFrom    = 22.0 // 22:00
	nightTo      = 29.0 // 5:00 the next morning
)

// Shift is one working day as told (22時〜翌7時、休憩は2時から1時間): hours
// from midnight of the day it starts, so 22 to 31 for 22:00 to 7:00 the
// next morning. BreakLen is the break's length; BreakStart is where it
// starts, in the same hours, or -1 when it was not told.
type Shift struct {
	Start, End float64
	BreakStart float64
	BreakLen   float64
}

// Valid reports whether s is a working day that can be worked out: a span
// within a day and a half, with a break shorter than it.
func (s Shift) Valid() bool {
	return s.End > s.Start && s.End-s.Start <= 24 && s.BreakLen >= 0 && s.BreakLen < s.End-s.Start
}

// Break is the break's span. Without its start, the break is taken as
// halfway through the shift, where most shifts place it; BreakTold says
// whether that was a guess.
func (s Shift) Break() (from, to float64) {
	if s.BreakLen <= 0 {
		return s.Start, s.Start
	}
	from = s.BreakStart
	if from < 0 {
		from = s.Start + (s.End-s.Start-s.BreakLen)/2
	}
	return from, from + s.BreakLen
}

// BreakTold reports whether the break's start was told.
func (s Shift) BreakTold() bool { return s.BreakLen <= 0 || s.BreakStart >= 0 }

// Worked is the hours worked: the shift less its break.
func (s Shift) Worked() float64 { return s.End - s.Start - s.BreakLen }

// ShiftPay is what one shift is paid at the least, split by premium.
type ShiftPay struct {
	Worked    float64 // hours worked
	Night     float64 // of them, between 22:00 and 5:00
	Over      float64 // of them, past 8 hours in the day (overtime)
	NightOver float64 // of the overtime, between 22:00 and 5:00
	Total     int     // yen, rounded
}

// legalDay is the hours a day past which work is overtime (労働基準法32条).
const legalDay = 8.0

// PayFor works out shift s at hourly yen: every hour worked at the hourly
// wage, 25% more for the late-night hours, 25% more for the hours past 8
// — both for overtime late at night. The total is rounded to the yen.
func PayFor(s Shift, hourly float64) ShiftPay {
	bFrom, bTo := s.Break()
	return payUntil(s.Start, s.End, bFrom, bTo, hourly)
}

// payUntil is PayFor for the hours from start to end, with the break
// from bFrom to bTo.
func payUntil(start, end, bFrom, bTo, hourly float64) ShiftPay {
	var p ShiftPay
	worked := 0.0
	for _, part := range [][2]float64{{start, min(bFrom, end)}, {max(bTo, start), end}} {
		from, to := part[0], part[1]
		if to <= from {
			continue
		}
		// The hours of this part past the day's first 8 worked.
		overFrom := max(from, from+legalDay-worked)
		worked += to - from
		p.Worked += to - from
		p.Night += nightIn(from, to)
		if overFrom < to {
			p.Over += to - overFrom
			p.NightOver += nightIn(overFrom, to)
		}
	}
	pay := hourly * (p.Worked + (p.Night+p.Over)*(PremiumNight-100)/100)
	p.Total = int(math.Round(pay))
	return p
}

// PayOfSpan is the least pay for the hours from..to of shift s (in its
// hours), at hourly yen — the hours past the shift's first 8 as
// overtime, those between 22:00 and 5:00 as late night — rounded to the
// yen. A span past the shift's end (asked to stay on) is worked at once
// after it, with the break where it was.
func PayOfSpan(s Shift, hourly, from, to float64) int {
	if to <= from {
		return 0
	}
	bFrom, bTo := s.Break()
	from, to = max(from, s.Start), max(to, s.Start)
	return payUntil(s.Start, to, bFrom, bTo, hourly).Total - payUntil(s.Start, from, bFrom, bTo, hourly).Total
}

// nightIn is the late-night hours between from and to (hours from the
// shift's midnight, up to a day and a half on).
func nightIn(from, to float64) float64 {
	h := 0.0
	for _, w := range [][2]float64{{nightFrom - 24, nightTo - 24}, {nightFrom, nightTo}, {nightFrom + 24, nightTo + 24}} {
		h += max(0, min(to, w[1])-max(from, w[0]))
	}
	return h
}
