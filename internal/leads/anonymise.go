package leads

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/akari-career/akari/internal/privacy"
)

// Erased replaces text the person asked to remove.
const Erased = "（本人の申し出により削除）"

// ErasedValue stands for a personal value taken out of the consent record.
const ErasedValue = "（削除済み）"

// Anonymise removes the person from the lead when they withdraw, ask for
// their data to be deleted, or the lead outlives its retention: the LINE
// user id, name, answers (with the phone), summary and transcript go, the
// text of every note is replaced by Erased, and the personal values inside
// the consent text (the answers it listed, any phone number or e-mail
// address) are replaced by ErasedValue. What remains is the lead's history
// without personal data: its category, the jobs it was about, what was
// consented to (the wording, the scope and the time), statuses, who worked
// on it and the audit trail (which never holds the person's words). The
// lead ends as withdrawn, with an audit entry of action a (withdrawn,
// deleted or expired) by `by`. Anonymising twice changes nothing.
func (l *Lead) Anonymise(at time.Time, a Action) {
	if l.Anonymised() {
		return
	}
	l.Consent.Text = redactConsent(l.Consent.Text, l.UserID, l.DisplayName,
		l.Answers.Area, l.Answers.Remote, l.Answers.EmploymentType, l.Answers.ContactTime, l.Answers.Phone)
	l.UserID = ""
	l.DisplayName = ""
	l.Answers = Answers{}
	l.Summary = ""
	l.Transcript = nil
	for i := range l.Notes {
		l.Notes[i].Text = Erased
	}
	from := l.Status
	l.Status = StatusWithdrawn
	l.UpdatedAt = at
	by := ByPerson
	if a == ActionExpired {
		by = BySystem
	}
	l.record(at, by, a, string(from), string(StatusWithdrawn))
}

// Anonymised reports whether the lead no longer names anyone.
func (l *Lead) Anonymised() bool {
	return l.Withdrawn() && l.UserID == "" && l.DisplayName == ""
}

// ErasedBy returns why the lead's personal data went (withdrawn, deleted
// or expired), or "" while it is kept.
func (l *Lead) ErasedBy() Action {
	for _, e := range slices.Backward(l.Audit) {
		switch e.Action {
		case ActionWithdrawn, ActionDeleted, ActionExpired:
			return e.Action
		}
	}
	return ""
}

// answerLabels are the labels the consent text lists the answers under
// (as the console shows them): a line with one of them always loses its
// value, even when the value is no longer known (a lead anonymised before
// consent texts were redacted).
var answerLabels = []string{"希望勤務地", "在宅の希望", "雇用形態", "連絡のつきやすい時間帯", "電話番号"}

// Scrub redacts the consent text of a lead anonymised before consent texts
// were redacted, and reports whether it changed anything.
func (l *Lead) Scrub() bool {
	if !l.Anonymised() {
		return false
	}
	text := redactConsent(l.Consent.Text)
	if text == l.Consent.Text {
		return false
	}
	l.Consent.Text = text
	return true
}

// redactConsent keeps the wording of a consent text and removes the
// person's values from it. A listed answer ("・希望勤務地：大阪府") keeps its
// label and loses its value; any other occurrence of a value, and anything
// that looks like a phone number or an e-mail address, is replaced too.
func redactConsent(text string, values ...string) string {
	var vs []string
	for _, v := range values {
		if v = strings.TrimSpace(v); v != "" {
			vs = append(vs, v)
		}
	}
	// Longest first, so that a value inside another goes with it.
	slices.SortFunc(vs, func(a, b string) int { return cmp.Compare(len(b), len(a)) })
	m := privacy.NewMasker()
	lines := strings.Split(text, "\n")
	for i, line := range lines {
		label, value, ok := strings.Cut(line, "：")
		if !ok || !strings.HasPrefix(strings.TrimSpace(label), "・") {
			continue
		}
		name := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(label), "・"))
		if slices.Contains(answerLabels, name) || m.Mask(value) != value ||
			slices.ContainsFunc(vs, func(v string) bool { return strings.Contains(value, v) }) {
			lines[i] = label + "：" + ErasedValue
		}
	}
	text = strings.Join(lines, "\n")
	for _, v := range vs {
		text = strings.ReplaceAll(text, v, ErasedValue)
	}
	return m.Mask(text)
}
