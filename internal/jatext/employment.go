package jatext

import "strings"

// The employment types, as recruiters write them. Job catalogs use these
// values and the intake records them.
const (
	FullTime = "正社員"
	Contract = "契約社員"
	Dispatch = "派遣"
	PartTime = "パート・アルバイト"
)

// EmploymentWord is a word for an employment type.
type EmploymentWord struct {
	Word       string // as people or spreadsheets write it
	Employment string // FullTime, Contract, Dispatch or PartTime
	// InText marks words specific enough to look for inside a message;
	// "契約" or "temp" would be found in too many sentences.
	InText bool
	// InCatalog marks words a job catalog may use as its value. The
	// casual "バイト" is not one, so a catalog that has it is reported.
	InCatalog bool
}

// employmentWords is the whole vocabulary. The InText words come in the
// order a message is searched: the first found wins.
var employmentWords = [...]EmploymentWord{
	{FullTime, FullTime, true, true},
	{Contract, Contract, true, true},
	{Dispatch, Dispatch, true, true},
	{"パート", PartTime, true, true},
	{"アルバイト", PartTime, true, true},
	{"バイト", PartTime, true, false},
	{"full_time", FullTime, false, true}, {"fulltime", FullTime, false, true}, {"full-time", FullTime, false, true}, {"regular", FullTime, false, true},
	{"契約", Contract, false, true}, {"contract", Contract, false, true},
	{"派遣社員", Dispatch, false, true}, {"dispatch", Dispatch, false, true}, {"temp", Dispatch, false, true},
	{PartTime, PartTime, false, true}, {"パート/アルバイト", PartTime, false, true},
	{"part_time", PartTime, false, true}, {"parttime", PartTime, false, true}, {"part-time", PartTime, false, true},
}

// EmploymentWords returns the words to look for in a message, in the order
// to try them: the first one a message contains names its employment type.
func EmploymentWords() []EmploymentWord {
	var out []EmploymentWord
	for _, w := range employmentWords {
		if w.InText {
			out = append(out, w)
		}
	}
	return out
}

// Employment returns the employment type a catalog value names: a word of
// the vocabulary marked InCatalog, folded and trimmed, so "パート",
// "ｱﾙﾊﾞｲﾄ" and "Full_Time" are understood.
func Employment(s string) (string, bool) {
	s = strings.TrimSpace(Fold(s))
	for _, w := range employmentWords {
		if w.InCatalog && s == w.Word {
			return w.Employment, true
		}
	}
	return "", false
}
