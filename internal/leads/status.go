package leads

import (
	"fmt"
	"slices"

	"github.com/akari-career/akari/internal/akari"
)

// Status is where a lead stands in the recruiter's work.
type Status string

// The statuses. The open ones form a pipeline, in this order:
// new → contacted → interview → applied → offer. Closed ends a lead for the
// recruiter's reasons; withdrawn ends it because the person asked (or
// because it outlived its retention), and only Anonymise sets it.
const (
	StatusNew       Status = "new"
	StatusContacted Status = "contacted"
	StatusInterview Status = "interview"
	StatusApplied   Status = "applied"
	StatusOffer     Status = "offer"
	StatusClosed    Status = "closed"
	StatusWithdrawn Status = "withdrawn"
)

// pipeline is the forward order of the open statuses.
var pipeline = [...]Status{StatusNew, StatusContacted, StatusInterview, StatusApplied, StatusOffer}

// Statuses returns every status in display order.
func Statuses() []Status {
	return append(pipeline[:], StatusClosed, StatusWithdrawn)
}

// Valid reports whether s is a known status.
func (s Status) Valid() bool { return slices.Contains(Statuses(), s) }

// Open reports whether the lead is still being worked on.
func (s Status) Open() bool { return slices.Contains(pipeline[:], s) }

// Terminal reports whether no move leaves s.
func (s Status) Terminal() bool { return s == StatusClosed || s == StatusWithdrawn }

// ParseStatus turns an id into a Status, refusing unknown ids.
func ParseStatus(v string) (Status, error) {
	s := Status(v)
	if !s.Valid() {
		return "", fmt.Errorf("%w: unknown status %q", akari.ErrInvalid, v)
	}
	return s, nil
}

// CanMove reports whether a recruiter may move a lead from one status to
// another, as nil or an error wrapping akari.ErrInvalid. The rules:
//
//   - closed and withdrawn are terminal: nothing leaves them;
//   - any open status may move to closed;
//   - open statuses move forward along the pipeline, skipping steps when
//     the person went faster (new → interview is fine), never backward;
//   - withdrawn is never a recruiter's move: only the person's withdrawal
//     sets it (Lead.Anonymise);
//   - staying put is not a move.
func CanMove(from, to Status) error {
	if !from.Valid() || !to.Valid() {
		return fmt.Errorf("%w: unknown status %q → %q", akari.ErrInvalid, from, to)
	}
	switch {
	case from == to:
		return fmt.Errorf("%w: status is already %s", akari.ErrInvalid, to)
	case from.Terminal():
		return fmt.Errorf("%w: a %s lead cannot change status", akari.ErrInvalid, from)
	case to == StatusWithdrawn:
		return fmt.Errorf("%w: only the person can withdraw a lead", akari.ErrInvalid)
	case to == StatusClosed:
		return nil
	case slices.Index(pipeline[:], to) < slices.Index(pipeline[:], from):
		return fmt.Errorf("%w: cannot move a lead back from %s to %s", akari.ErrInvalid, from, to)
	}
	return nil
}

// Counts is the number of leads per status.
type Counts map[Status]int

// Total sums the counts.
func (c Counts) Total() int {
	n := 0
	for _, v := range c {
		n += v
	}
	return n
}
