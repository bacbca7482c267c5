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
	// the others ("契約", "temp") only count as a whole answer or cell.
	InText bool
}

// employmentWords is the whole vocabulary. The InText words come in the
// order a message is searched: the first found wins.
var employmentWords = [...]EmploymentWord{
	{FullTime, FullTime, true},
	{Contract, Contract, true},
	{Dispatch, Dispatch, true},
	{"パート", PartTime, true},
	{"アルバイト", PartTime, true},
	{"バイト", PartTime, true},
	{"full_time", FullTime, false}, {"fulltime", FullTime, false}, {"full-time", FullTime, false}, {"regular", FullTime, false},
	{"契約", Contract, false}, {"contract", Contract, false},
	{"派遣社員", Dispatch, false}, {"dispatch", Dispatch, false}, {"temp", Dispatch, false},
	{PartTime, PartTime, false}, {"パート/アルバイト", PartTime, false},
	{"part_time", PartTime, false}, {"parttime", PartTime, false}, {"part-time", PartTime, false},
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

// Employment returns the employment type s names as a whole (a catalog
// cell, an answer): any word of the vocabulary, folded and trimmed, so
// "パート", "ｱﾙﾊﾞｲﾄ" and "Full_Time" are understood.
func Employment(s string) (string, bool) {
	s = strings.TrimSpace(Fold(s))
	for _, w := range employmentWords {
		if s == w.Word {
			return w.Employment, true
		}
	}
	return "", false
}
