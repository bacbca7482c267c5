package labor

import "math"

// Overtime premiums (労働基準法37条), in percent of the hourly wage:
// overtime 125; past 60 hours a month 150 (every company since April
// 2023); overtime late at night (22時–5時) 150; work on the legal day
// off 135.
const (
	OvertimeHigh        = 60 // monthly overtime hours past which the 150 applies
	PremiumOvertime     = 125
	PremiumOverHigh     = 150
	PremiumLateOvertime = 150
	PremiumDayOff       = 135
)

// AtPremium is the least pay for an hour at hourly yen and premium
// percent, in whole yen.
func AtPremium(hourly, premium int) int { return hourly * premium / 100 }

// OvertimePay is the least pay for hours of overtime in a month at hourly
// yen: each hour at 125%, the hours past 60 at 150%.
func OvertimePay(hourly, hours int) int {
	return AtPremium(hourly, PremiumOvertime)*min(hours, OvertimeHigh) + AtPremium(hourly, PremiumOverHigh)*max(0, hours-OvertimeHigh)
}

// MonthlyOvertimePay is OvertimePay for a monthly wage: the hourly wage is
// the monthly wage over the month's scheduled hours, not rounded before
// the premiums are applied; the total is rounded to the yen.
func MonthlyOvertimePay(monthly, scheduled, hours int) int {
	if scheduled <= 0 {
		return 0
	}
	base := float64(monthly) / float64(scheduled)
	pay := base*PremiumOvertime/100*float64(min(hours, OvertimeHigh)) + base*PremiumOverHigh/100*float64(max(0, hours-OvertimeHigh))
	return int(math.Round(pay))
}

// MonthlyAtPremium is the least pay for hours at premium percent on a
// monthly wage over the month's scheduled hours (a legal day off at 135),
// rounded to the yen.
func MonthlyAtPremium(monthly, scheduled, hours, premium int) int {
	if scheduled <= 0 {
		return 0
	}
	return int(math.Round(float64(monthly) / float64(scheduled) * float64(premium) / 100 * float64(hours)))
}
