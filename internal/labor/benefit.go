package labor

// Reason is why a job ended, as unemployment benefit reads it.
type Reason uint8

const (
	ReasonUnknown Reason = iota
	// ReasonOwn is quitting of one's own accord (自己都合).
	ReasonOwn
	// ReasonCompany is a dismissal, a bankruptcy or a lay-off (会社都合:
	// 特定受給資格者).
	ReasonCompany
)

// Insurance periods, in months, the benefit asks for in the last two
// years (own reason) or the last year (company reason).
const (
	needOwn     = 12
	needCompany = 6
)

// BenefitDays returns the days of basic allowance (基本手当の所定給付日数)
// for a person who leaves for reason after months insured, aged age (0
// when not known). eligible is false when the months fall short of what
// the reason needs; ok is false when the case does not settle the days
// (no reason, or a company reason past a year with no age).
func BenefitDays(reason Reason, months, age int) (days int, eligible, ok bool) {
	switch reason {
	case ReasonOwn:
		if months < needOwn {
			return 0, false, true
		}
		switch {
		case months < 120:
			return 90, true, true
		case months < 240:
			return 120, true, true
		}
		return 150, true, true
	case ReasonCompany:
		if months < needCompany {
			return 0, false, true
		}
		if months < 12 {
			return 90, true, true
		}
		if age <= 0 {
			return 0, true, false
		}
		return companyDays(months, age), true, true
	}
	return 0, false, false
}

// companyDays is the table for a company reason and a year or more
// insured, by age band (under 30, 30–34, 35–44, 45–59, 60–64) and years.
func companyDays(months, age int) int {
	table := [5][4]int{ // 1–5, 5–10, 10–20, 20+ years
		{90, 120, 180, 180},
		{120, 180, 210, 240},
		{150, 180, 240, 270},
		{180, 240, 270, 330},
		{150, 180, 210, 240},
	}
	band := 4
	switch {
	case age < 30:
		band = 0
	case age < 35:
		band = 1
	case age < 45:
		band = 2
	case age < 60:
		band = 3
	}
	col := 3
	switch {
	case months < 60:
		col = 0
	case months < 120:
		col = 1
	case months < 240:
		col = 2
	}
	return table[band][col]
}
