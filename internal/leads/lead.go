// Package leads holds what a handoff to a human recruiter is made of: the
// lead (the person's answers, the consented summary and transcript, the jobs
// they looked at and the consent itself), its status and the rules for
// moving it, the recruiters' notes and the audit trail, and how a lead is
// anonymised when the person withdraws. It also announces new leads to the
// recruiters (notify.go) without personal data. It imports only the domain
// package and the standard library; Redis and the console are adapters.
package leads

import (
	"fmt"
	"time"

	"github.com/akari-career/akari/internal/akari"
)

// Lead is one person's request to talk to a recruiter.
type Lead struct {
	ID          string         `json:"id"`
	UserID      string         `json:"userId,omitempty"` // LINE user id; cleared on withdrawal
	DisplayName string         `json:"displayName,omitempty"`
	Answers     Answers        `json:"answers"`
	Category    akari.Category `json:"category"`
	Summary     string         `json:"summary,omitempty"`
	Jobs        []JobRef       `json:"jobs,omitempty"`
	Consent     Consent        `json:"consent"`
	Status      Status         `json:"status"`
	Assignee    string         `json:"assignee,omitempty"`
	Notes       []Note         `json:"notes,omitempty"`
	// Transcript is kept only when Consent.Scope.Transcript is set.
	Transcript []akari.Turn `json:"transcript,omitempty"`
	CreatedAt  time.Time    `json:"createdAt"`
	UpdatedAt  time.Time    `json:"updatedAt"`
	Audit      []AuditEntry `json:"audit,omitempty"`
}

// Answers are the person's replies to the かんたん登録 questions.
type Answers struct {
	Area           string `json:"area,omitempty"`           // 希望勤務地
	Remote         string `json:"remote,omitempty"`         // 在宅の希望
	EmploymentType string `json:"employmentType,omitempty"` // 雇用形態
	ContactTime    string `json:"contactTime,omitempty"`    // 連絡のつきやすい時間帯
	Phone          string `json:"phone,omitempty"`          // optional
}

// JobRef names a listing the person looked at or asked about.
type JobRef struct {
	ID      string `json:"id"`
	Title   string `json:"title"`
	Company string `json:"company"`
}

// Consent is what the person agreed to in the chat: the text they were
// shown, when they agreed, and what it covers. It is kept for the life of
// the lead, even after withdrawal, as the record of why data was shared —
// without the personal values in the text once the lead is anonymised.
type Consent struct {
	Text  string    `json:"text"`
	At    time.Time `json:"at"`
	Scope Scope     `json:"scope"`
}

// Scope says which parts of the conversation the recruiter may see.
type Scope struct {
	Answers    bool `json:"answers"`
	Summary    bool `json:"summary"`
	Transcript bool `json:"transcript"`
}

// Note is a recruiter's remark on a lead.
type Note struct {
	At   time.Time `json:"at"`
	By   string    `json:"by"`
	Text string    `json:"text"`
}

// AuditEntry records one change: who did what, from which value to which.
type AuditEntry struct {
	At     time.Time `json:"at"`
	By     string    `json:"by"`
	Action Action    `json:"action"`
	From   string    `json:"from,omitempty"`
	To     string    `json:"to,omitempty"`
}

// Action names a kind of change in the audit trail.
type Action string

// The audited actions.
const (
	ActionCreated   Action = "created"
	ActionStatus    Action = "status"
	ActionAssignee  Action = "assignee"
	ActionNote      Action = "note"
	ActionMessage   Action = "message"  // a recruiter wrote to the person (takeover)
	ActionHandBack  Action = "handback" // the conversation went back to Akari
	ActionWithdrawn Action = "withdrawn"
	ActionDeleted   Action = "deleted" // データ削除 or unfollow
	ActionExpired   Action = "expired" // kept past the retention period without activity
)

// ByPerson is the audit actor for changes the person made in the chat.
const ByPerson = "本人"

// BySystem is the audit actor for what Akari does by itself (retention).
const BySystem = "システム"

// MaxNoteLen bounds a note, in characters.
const MaxNoteLen = 4000

// Validate checks a lead before it is stored for the first time. A lead
// without recorded consent is refused: nothing reaches a recruiter without
// it (DESIGN, Privacy).
func (l *Lead) Validate() error {
	switch {
	case l.UserID == "":
		return fmt.Errorf("%w: lead has no user", akari.ErrInvalid)
	case !l.Category.Valid():
		return fmt.Errorf("%w: lead category %q", akari.ErrInvalid, l.Category)
	case l.Consent.Text == "" || l.Consent.At.IsZero():
		return fmt.Errorf("%w: lead has no recorded consent", akari.ErrInvalid)
	}
	return nil
}

// ApplyConsent drops whatever the consent does not cover, so that what is
// stored is exactly what the person agreed to share.
func (l *Lead) ApplyConsent() {
	if !l.Consent.Scope.Answers {
		l.Answers = Answers{}
	}
	if !l.Consent.Scope.Summary {
		l.Summary = ""
	}
	if !l.Consent.Scope.Transcript {
		l.Transcript = nil
	}
}

// Withdrawn reports whether the person took the lead back.
func (l *Lead) Withdrawn() bool { return l.Status == StatusWithdrawn }

// record appends an audit entry.
func (l *Lead) record(at time.Time, by string, a Action, from, to string) {
	l.Audit = append(l.Audit, AuditEntry{At: at, By: by, Action: a, From: from, To: to})
}

// Record appends an audit entry for a change made outside the lead's own
// fields (a message sent, a hand-back).
func (l *Lead) Record(at time.Time, by string, a Action, from, to string) {
	l.record(at, by, a, from, to)
}
