// Package inmem keeps conversations and leads in process memory: the store
// of `akari chat` and the studio playground, and a fake for tests of the
// worker. It follows the same rules as the Redis store (idempotent leads,
// one notice per lead, a crisis conversation never becomes a lead) but
// keeps nothing beyond the process.
package inmem

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/leads"
)

// Store is an in-memory conversation and lead store, safe for concurrent
// use.
type Store struct {
	mu       sync.Mutex
	history  bool                // Begin gives Akari's turns their words
	states   map[string][]byte   // stored form, as the Redis store keeps them
	said     map[string][]string // the history of Akari's words, by person
	sent     map[string]akari.SendMark
	takeover map[string]akari.Takeover
	leads    map[string]*leads.Lead
	noticed  map[string]bool
	risks    []akari.RiskChange
	conv     map[string][]leads.Message // by lead id
	relayed  map[string]bool            // event ids appended
}

// Option changes how a Store works.
type Option func(*Store)

// WithHistory makes Begin give Akari's turns their words, as the Redis
// store's option of the same name does: for an engine that shows them to a
// model.
func WithHistory() Option { return func(s *Store) { s.history = true } }

// New returns an empty store.
func New(opts ...Option) *Store {
	s := &Store{
		states: map[string][]byte{}, said: map[string][]string{}, sent: map[string]akari.SendMark{}, takeover: map[string]akari.Takeover{},
		leads: map[string]*leads.Lead{}, noticed: map[string]bool{},
		conv: map[string][]leads.Message{}, relayed: map[string]bool{},
	}
	for _, o := range opts {
		o(s)
	}
	return s
}

// Begin implements worker.Store. The state is stored as in Redis (see
// akari.EncodeState), so nothing that would not survive storage survives
// here, and Akari's words come back only WithHistory.
func (s *Store) Begin(_ context.Context, userID, eventID string, o akari.BeginOptions) (akari.Snapshot, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := &akari.State{UserID: userID}
	if raw, ok := s.states[userID]; ok {
		var err error
		if st, err = akari.DecodeState(userID, raw); err != nil {
			return akari.Snapshot{}, err
		}
		if s.history {
			if err := akari.RestoreWords(st.Turns, s.said[userID]); err != nil {
				return akari.Snapshot{}, err
			}
		}
	}
	prev := s.sent[userID+"/"+eventID]
	if o.ClaimReply && prev == akari.SentNone {
		s.sent[userID+"/"+eventID] = akari.SentReplying
	}
	t := s.takeover[userID]
	if !t.Active || !time.Now().Before(t.Until) {
		t = akari.Takeover{HandBack: t.HandBack}
	}
	return akari.Snapshot{State: st, Sent: prev, Takeover: t}, nil
}

// Commit implements worker.Store.
// There is no queue in process memory: o.Ack is always nil.
func (s *Store) Commit(_ context.Context, st *akari.State, o akari.Outcome) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if o.Erase {
		delete(s.states, st.UserID)
		delete(s.said, st.UserID)
	} else {
		st.MarkHandled(o.EventID)
		if err := s.save(st); err != nil {
			return err
		}
	}
	if o.Delivered {
		s.sent[st.UserID+"/"+o.EventID] = akari.SentDelivered
	}
	return nil
}

// save keeps st and its history as the Redis store's commit does; s.mu is
// held.
func (s *Store) save(st *akari.State) error {
	out, err := akari.EncodeState(st)
	if err != nil {
		return err
	}
	s.states[st.UserID] = out.State
	if out.Keep == 0 {
		delete(s.said, st.UserID)
		return nil
	}
	h := append(s.said[st.UserID], out.Said...)
	s.said[st.UserID] = append([]string(nil), h[max(len(h)-out.Keep, 0):]...)
	return nil
}

// CreateLead implements worker.Store: creating a lead again is a no-op.
// Akari's words in the transcript come from the history, as in Redis.
func (s *Store) CreateLead(_ context.Context, l *leads.Lead, crisis bool) error {
	if crisis {
		return fmt.Errorf("%w: a crisis conversation never becomes a lead", akari.ErrInvalid)
	}
	if err := l.Validate(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.leads[l.ID]; ok {
		return nil
	}
	var err error
	if l.Transcript, err = akari.Transcript(l.Transcript, s.said[l.UserID]); err != nil {
		return fmt.Errorf("create lead: %w", err)
	}
	now := time.Now().UTC()
	l.ApplyConsent()
	l.Status, l.CreatedAt, l.UpdatedAt = leads.StatusNew, now, now
	s.leads[l.ID] = l
	return nil
}

// WithdrawUser implements worker.Store.
func (s *Store) WithdrawUser(_ context.Context, userID string) error {
	s.anonymise(userID, leads.ActionWithdrawn)
	return nil
}

// DeleteUser implements worker.Store.
func (s *Store) DeleteUser(_ context.Context, userID string) error {
	s.anonymise(userID, leads.ActionDeleted)
	s.mu.Lock()
	delete(s.takeover, userID)
	s.mu.Unlock()
	return nil
}

func (s *Store) anonymise(userID string, a leads.Action) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := time.Now().UTC()
	for _, l := range s.leads {
		if l.UserID == userID {
			l.Anonymise(now, a)
		}
	}
}

// FirstLeadNotice implements worker.Store.
func (s *Store) FirstLeadNotice(_ context.Context, leadID string) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	first := !s.noticed[leadID]
	s.noticed[leadID] = true
	return first, nil
}

// MarkHumanNoticeSent implements worker.Store.
func (s *Store) MarkHumanNoticeSent(_ context.Context, userID string) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	t, ok := s.takeover[userID]
	if !ok || t.Told {
		return false, nil
	}
	t.Told = true
	s.takeover[userID] = t
	return true, nil
}

// SetTakeover hands the conversation to a recruiter (tests, the
// playground).
func (s *Store) SetTakeover(userID, recruiter string, until time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	t := s.takeover[userID]
	s.takeover[userID] = akari.Takeover{Recruiter: recruiter, Until: until, Told: t.Told, Active: true}
}

// Leads returns copies of the person's leads.
func (s *Store) Leads(userID string) []leads.Lead {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []leads.Lead
	for _, l := range s.leads {
		if l.UserID == userID {
			out = append(out, *l)
		}
	}
	return out
}

// Put stores st as the person's conversation, as if earlier events had led
// to it (the playground starts from a chosen worry).
func (s *Store) Put(st *akari.State) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.save(st)
}

// History returns a copy of the person's history of Akari's words, the
// JSON entries as the Redis store keeps them (tests).
func (s *Store) History(userID string) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.said[userID]...)
}

// RecordRiskChange implements worker.Store.
func (s *Store) RecordRiskChange(_ context.Context, c akari.RiskChange) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.risks = append(s.risks, c)
	return nil
}

// RiskChanges returns the recorded changes, oldest first.
func (s *Store) RiskChanges() []akari.RiskChange {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]akari.RiskChange(nil), s.risks...)
}

// AppendConversation implements worker.Store.
func (s *Store) AppendConversation(_ context.Context, r leads.Relay) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.relayed[r.EventID] {
		return nil
	}
	s.relayed[r.EventID] = true
	s.conv[r.LeadID] = append(s.conv[r.LeadID], r.Messages...)
	return nil
}

// Conversation returns a copy of the lead's conversation.
func (s *Store) Conversation(leadID string) []leads.Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]leads.Message(nil), s.conv[leadID]...)
}

// HandBack ends a takeover with a note of what the recruiter said (tests).
func (s *Store) HandBack(userID, note string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.takeover[userID] = akari.Takeover{HandBack: note}
}

// EndHandBack implements worker.Store.
func (s *Store) EndHandBack(_ context.Context, userID string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if t, ok := s.takeover[userID]; ok && !t.Active {
		delete(s.takeover, userID)
	}
	return nil
}
