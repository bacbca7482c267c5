package leads

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/akari"
)

// Settle checks what an edit did to a lead (after, edited from a copy of
// before) and records it: the status move must be allowed (CanMove), notes
// may only be added, and the identity, consent, creation time and audit
// trail are not the editor's to change. Every change of status and
// assignee and every added note gets an audit entry by `by`; new notes get
// their time and author set here, so that no caller can backdate or sign
// for someone else. A withdrawn lead cannot be edited at all.
func Settle(before, after *Lead, by string, at time.Time) error {
	if before.Withdrawn() {
		return fmt.Errorf("%w: the person withdrew this lead", akari.ErrInvalid)
	}
	if by == "" {
		return fmt.Errorf("%w: change without an author", akari.ErrInvalid)
	}
	// Fields that are not edited through the console.
	after.ID, after.UserID, after.CreatedAt = before.ID, before.UserID, before.CreatedAt
	after.Consent = before.Consent
	// The caller may add entries for what happened outside the lead
	// (a message sent, a hand-back); the trail itself is append-only.
	if len(after.Audit) < len(before.Audit) || !slices.Equal(after.Audit[:len(before.Audit)], before.Audit) {
		return fmt.Errorf("%w: the audit trail can only grow", akari.ErrInvalid)
	}
	extra := slices.Clone(after.Audit[len(before.Audit):])
	after.Audit = slices.Clone(before.Audit)
	for _, e := range extra {
		if e.Action != ActionMessage && e.Action != ActionHandBack {
			return fmt.Errorf("%w: audit action %q is recorded by the store", akari.ErrInvalid, e.Action)
		}
		after.record(at, by, e.Action, e.From, e.To)
	}

	if after.Status != before.Status {
		if err := CanMove(before.Status, after.Status); err != nil {
			return err
		}
		after.record(at, by, ActionStatus, string(before.Status), string(after.Status))
	}
	after.Assignee = strings.TrimSpace(after.Assignee)
	if after.Assignee != before.Assignee {
		if utf8.RuneCountInString(after.Assignee) > 100 {
			return fmt.Errorf("%w: assignee name too long", akari.ErrInvalid)
		}
		after.record(at, by, ActionAssignee, before.Assignee, after.Assignee)
	}
	if len(after.Notes) < len(before.Notes) || !slices.Equal(after.Notes[:len(before.Notes)], before.Notes) {
		return fmt.Errorf("%w: notes can only be added", akari.ErrInvalid)
	}
	for i := len(before.Notes); i < len(after.Notes); i++ {
		n := &after.Notes[i]
		n.Text = strings.TrimSpace(n.Text)
		switch {
		case n.Text == "":
			return fmt.Errorf("%w: empty note", akari.ErrInvalid)
		case utf8.RuneCountInString(n.Text) > MaxNoteLen:
			return fmt.Errorf("%w: note longer than %d characters", akari.ErrInvalid, MaxNoteLen)
		}
		n.At, n.By = at, by
		after.record(at, by, ActionNote, "", "")
	}
	after.UpdatedAt = at
	return nil
}
