package akari

import (
	"slices"
	"time"
)

// SendMark records how far delivery of one event got, so that a retried
// event never sends twice and never reuses a reply token that may be spent.
type SendMark string

const (
	SentNone      SendMark = ""          // nothing attempted yet
	SentReplying  SendMark = "replying"  // a reply may have been attempted; the token may be spent
	SentDelivered SendMark = "delivered" // the reply went out
)

// Takeover says whether a recruiter is talking to the person through the
// console, in which case Akari stays quiet.
type Takeover struct {
	Recruiter string
	Until     time.Time
	Told      bool // the person was told that a human is answering
	Active    bool
	// HandBack is what the recruiter last wrote, once the conversation is
	// back with Akari and until Akari has taken note of it.
	HandBack string
}

// Snapshot is everything read before one event is handled, in one round
// trip: the person's state, how far this event's delivery got, and whether
// a recruiter has the conversation.
type Snapshot struct {
	State    *State
	Sent     SendMark
	Takeover Takeover
}

// handledMemory is how many recent event ids a state remembers, to skip an
// event whose handling finished but whose acknowledgement was lost.
const handledMemory = 16

// Handled reports whether the event with this id was already applied.
func (s *State) Handled(eventID string) bool { return slices.Contains(s.Events, eventID) }

// MarkHandled records eventID as applied, keeping the newest few.
func (s *State) MarkHandled(eventID string) {
	if eventID == "" || s.Handled(eventID) {
		return
	}
	s.Events = append(s.Events, eventID)
	if n := len(s.Events) - handledMemory; n > 0 {
		s.Events = s.Events[n:]
	}
}
