package leads

import "time"

// Erased replaces text the person asked to remove.
const Erased = "（本人の申し出により削除）"

// Anonymise removes the person from the lead when they withdraw or ask for
// their data to be deleted: the LINE user id, name, answers (with the
// phone), summary and transcript go, and the text of every note is replaced
// by Erased. What remains is the lead's history without personal data: its
// category, the jobs it was about, the consent record, statuses, who
// worked on it and the audit trail (which never holds the person's words).
// The lead ends as withdrawn, with an audit entry of action a (withdrawn or
// deleted) by the person. Anonymising twice changes nothing.
func (l *Lead) Anonymise(at time.Time, a Action) {
	if l.Withdrawn() && l.UserID == "" && l.DisplayName == "" {
		return
	}
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
	l.record(at, ByPerson, a, string(from), string(StatusWithdrawn))
}
