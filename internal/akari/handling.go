package akari

import (
	"slices"
	"sync/atomic"
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

// BeginOptions say how a store begins an event.
type BeginOptions struct {
	// ClaimReply sets the event's send marker to SentReplying when none
	// was set (the reply token is fresh and this attempt may spend it).
	ClaimReply bool
	// Tenure, when not empty, names this process's hold on the queue
	// partition the event came from, and says this is the event's first
	// try anywhere (see Tenure).
	Tenure string
}

// A tenure is one hold of a queue partition by one process, from taking
// the partition's lease to giving it up or losing it; its name is never
// used again. Within a tenure nobody else commits to the partition's
// people, so a store may keep what it committed for a person and answer
// the next Begin of the same tenure from it, without a round trip — for
// an event's first try only: a retried event may have claimed its reply
// token before, which only the stored marker tells.

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

// InlineAck lets the store acknowledge a queued event in the very script
// that commits it, saving the acknowledgement's round trip. The queue
// offers it only where the person's keys and the partition's stream live
// on one Redis (not in a Cluster, where they sit in different slots).
//
// The acknowledgement is fenced like the queue's own: it happens only if
// LeaseKey still holds Token, and it acknowledges and deletes EntryID from
// Stream for Group. Whoever performs it calls Done; the queue then sends
// no acknowledgement of its own.
type InlineAck struct {
	LeaseKey, Token, Stream, Group, EntryID string

	done atomic.Bool
}

// Done records that the acknowledgement was carried out.
func (a *InlineAck) Done() { a.done.Store(true) }

// Carried reports whether Done was called.
func (a *InlineAck) Carried() bool { return a != nil && a.done.Load() }

// Outcome is what the store commits at the end of an event.
type Outcome struct {
	EventID string
	// Erase deletes the person's conversation instead of saving it.
	Erase bool
	// Delivered marks the event's reply as sent, so no retry sends it again.
	Delivered bool
	// Ack, when not nil, is the queue's acknowledgement to carry out in the
	// same round trip.
	Ack *InlineAck
	// Tenure is the BeginOptions.Tenure the event began with: the store
	// may keep what it commits for the next Begin of the same tenure.
	Tenure string
}
