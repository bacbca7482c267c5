// Package labor holds the figures of Japanese labour rules that a
// counsellor works out for a person's own case: the paid-leave days a
// schedule and a length of service give (労働基準法39条, with the
// proportional table for short weeks), the days of a dismissal notice
// left unpaid (20条), and the days of unemployment benefit (雇用保険法
// 22条・23条). The tables are the law's as of 2026; each function
// returns ok=false when the case lacks what the rule needs, so a caller
// never states a figure from a guess.
package labor
