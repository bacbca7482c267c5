package labor

// Paid leave (年次有給休暇) is granted after 6 months of service, then
// every year; the table's last column holds for 6.5 years and more.
var (
	leaveAt = [7]int{6, 18, 30, 42, 54, 66, 78} // months of service
	// leaveFull is for 5 days a week or more, or 30 hours a week or more.
	leaveFull = [7]int{10, 11, 12, 14, 16, 18, 20}
	// leaveShort is the proportional table (比例付与) by days a week,
	// for fewer than 30 hours a week.
	leaveShort = [5][7]int{
		1: {1, 2, 2, 2, 3, 3, 3},
		2: {3, 4, 4, 5, 6, 6, 7},
		3: {5, 6, 6, 8, 9, 10, 11},
		4: {7, 8, 9, 10, 12, 13, 15},
	}
)

// Schedule is how much a person works: days a week and hours a week,
// zero where not known. FullTime says they work full time (正社員,
// フルタイム) with no days told.
type Schedule struct {
	Days     int
	Hours    float64
	FullTime bool
}

// Prorated reports whether the schedule gets the proportional table:
// four days a week or fewer and under 30 hours. ok is false when the
// schedule does not say.
func (s Schedule) Prorated() (prorated, ok bool) {
	switch {
	case s.Hours >= 30, s.Days >= 5:
		return false, true
	case s.Days >= 1 && s.Days <= 4:
		return true, true
	case s.FullTime:
		return false, true
	}
	return false, false
}

// LeaveDays returns the paid-leave days granted for the year a person
// with schedule s is in after months of service; before 6 months, the
// days the first grant will bring. ok is false when the schedule or the
// service is not known.
func LeaveDays(s Schedule, months int) (days int, ok bool) {
	prorated, ok := s.Prorated()
	if !ok || months <= 0 {
		return 0, false
	}
	row := leaveFull
	if prorated {
		row = leaveShort[s.Days]
	}
	i := 0
	for i+1 < len(leaveAt) && months >= leaveAt[i+1] {
		i++
	}
	return row[i], true
}

// LeaveGranted reports whether months of service have earned a grant.
func LeaveGranted(months int) bool { return months >= leaveAt[0] }

// PreviousLeaveDays returns the days granted the year before, which carry
// over for one year when unused (時効は2年); ok is false when there was
// no grant a year earlier.
func PreviousLeaveDays(s Schedule, months int) (days int, ok bool) {
	if months-12 < leaveAt[0] {
		return 0, false
	}
	return LeaveDays(s, months-12)
}
