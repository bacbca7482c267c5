package labor

// NoticeDays is the notice an employer owes before a dismissal (解雇予告,
// 労働基準法20条); each day short of it is paid as a day's average wage
// (解雇予告手当).
const NoticeDays = 30

// NoticeShortfall returns the days of average wage owed for a dismissal
// announced given days ahead, 0 when the notice was long enough.
func NoticeShortfall(given int) int { return max(0, NoticeDays-given) }
