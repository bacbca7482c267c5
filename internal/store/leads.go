package store

// Leads in Redis.
//
// Keys:
//
//	<prefix>:lead:<id>          the lead, JSON (no expiry: a lead is a record
//	                            the recruiters keep; withdrawal anonymises it)
//	<prefix>:{leads}:…          the list indexes (index.go)
//	<prefix>:{u:<userID>}:leads SET of the person's lead ids, in the person's slot
//	<prefix>:{l:<id>}:…         the lead's live conversation (conversation.go)
//
// In a Redis Cluster these keys hash to different slots, so no command
// or transaction spans them: a lead's own changes are one WATCH/MULTI on its
// key (the only multi-step write that must be atomic), and the indexes are
// written with separate commands after it. A crash between the two leaves an
// index entry without a lead (readers skip and prune it) or a lead missing
// from an index (CreateLead reports the error; the caller retries with the
// same id, which is idempotent).

import (
	"context"
	crand "crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/leads"
)

// ErrCrisis refuses a lead for a conversation in crisis: such a person gets
// hotlines and care, never recruitment.
var ErrCrisis = fmt.Errorf("%w: the conversation showed signs of crisis; no lead is made", akari.ErrInvalid)

// updateTries bounds optimistic retries of one lead update.
const updateTries = 50

func (s *Store) leadKey(id string) string          { return s.prefix + ":lead:" + id }
func (s *Store) userLeadsKey(userID string) string { return s.userTag(userID) + ":leads" }

// CreateLead stores a new lead. It refuses (ErrCrisis) when crisis is set
// or the person's stored conversation is marked as crisis — the engine
// guards too; this is the last line — and refuses a lead without consent
// (akari.ErrInvalid). What the consent does not cover is dropped before
// anything is written. The store sets the status (new), the times and the
// first audit entry; l is updated in place.
//
// With l.ID empty a random id is made. A caller that may run twice for one
// request (a redelivered webhook) should pass an id derived from the event:
// creating an existing lead of the same person again is a no-op that loads
// the stored lead into l.
func (s *Store) CreateLead(ctx context.Context, l *leads.Lead, crisis bool) error {
	if crisis {
		return ErrCrisis
	}
	if err := l.Validate(); err != nil {
		return err
	}
	conv, words, err := s.loadForLead(ctx, l)
	if err != nil {
		return fmt.Errorf("create lead: %w", err)
	}
	if conv.InCare() {
		return ErrCrisis
	}
	if l.Transcript, err = akari.Transcript(l.Transcript, words); err != nil {
		return fmt.Errorf("create lead: %w", err)
	}
	if l.ID == "" {
		l.ID = newLeadID()
	} else if !validLeadID(l.ID) {
		return fmt.Errorf("%w: lead id %q", akari.ErrInvalid, l.ID)
	}
	now := time.Now().UTC()
	l.ApplyConsent()
	l.Status, l.Assignee, l.Notes = leads.StatusNew, "", nil
	l.CreatedAt, l.UpdatedAt = now, now
	l.Audit = []leads.AuditEntry{{At: now, By: leads.ByPerson, Action: leads.ActionCreated, To: string(leads.StatusNew)}}
	raw, err := json.Marshal(l)
	if err != nil {
		return fmt.Errorf("encode lead: %w", err)
	}
	ok, err := s.rdb.SetNX(ctx, s.leadKey(l.ID), raw, 0).Result()
	if err != nil {
		return fmt.Errorf("create lead: %w", err)
	}
	if !ok {
		old, err := s.GetLead(ctx, l.ID)
		if err != nil {
			return err
		}
		if old.UserID != l.UserID {
			return fmt.Errorf("%w: lead id %s is taken", akari.ErrConflict, l.ID)
		}
		*l = *old
	}
	if err := s.indexLead(ctx, l); err != nil {
		return fmt.Errorf("index lead %s: %w", l.ID, err)
	}
	return nil
}

// loadForLead reads the person's conversation and, when the lead's
// transcript lacks some of Akari's words, their history — in one round
// trip, both in the person's slot.
func (s *Store) loadForLead(ctx context.Context, l *leads.Lead) (*akari.State, []string, error) {
	if !akari.WordsMissing(l.Transcript) {
		st, err := s.Load(ctx, l.UserID)
		return st, nil, err
	}
	var state *redis.StringCmd
	var hist *redis.StringSliceCmd
	_, err := s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		state = p.Get(ctx, s.stateKey(l.UserID))
		hist = p.LRange(ctx, s.histKey(l.UserID), 0, -1)
		return nil
	})
	if err != nil && !errors.Is(err, redis.Nil) {
		return nil, nil, fmt.Errorf("load conversation: %w", err)
	}
	st, err := decode(l.UserID, state)
	if err != nil {
		return nil, nil, err
	}
	words, err := hist.Result()
	if err != nil {
		return nil, nil, fmt.Errorf("read Akari's words: %w", err)
	}
	return st, words, nil
}

func newLeadID() string {
	b := make([]byte, 8)
	crand.Read(b) // never fails (Go 1.24+)
	return hex.EncodeToString(b)
}

// validLeadID keeps ids safe for keys and URLs.
func validLeadID(id string) bool {
	if len(id) == 0 || len(id) > 64 {
		return false
	}
	for _, r := range id {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return false
		}
	}
	return true
}

// GetLead loads one lead; akari.ErrNotFound when there is none.
func (s *Store) GetLead(ctx context.Context, id string) (*leads.Lead, error) {
	if !validLeadID(id) {
		return nil, fmt.Errorf("lead %q: %w", id, akari.ErrNotFound)
	}
	raw, err := s.rdb.Get(ctx, s.leadKey(id)).Bytes()
	if errors.Is(err, redis.Nil) {
		return nil, fmt.Errorf("lead %s: %w", id, akari.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("load lead %s: %w", id, err)
	}
	return decodeLead(raw)
}

func decodeLead(raw []byte) (*leads.Lead, error) {
	var l leads.Lead
	if err := json.Unmarshal(raw, &l); err != nil {
		return nil, fmt.Errorf("decode lead: %w", err)
	}
	return &l, nil
}

// getLeads loads leads by id in order, in batches of pipelined GETs (not
// MGET, which a cluster refuses across slots). Ids whose lead is gone are
// pruned from the index.
func (s *Store) getLeads(ctx context.Context, ids []string) ([]*leads.Lead, error) {
	out := make([]*leads.Lead, 0, len(ids))
	var missing []any
	for batch := range slices.Chunk(ids, 500) {
		cmds := make([]*redis.StringCmd, len(batch))
		_, err := s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
			for i, id := range batch {
				cmds[i] = p.Get(ctx, s.leadKey(id))
			}
			return nil
		})
		if err != nil && !errors.Is(err, redis.Nil) {
			return nil, fmt.Errorf("load leads: %w", err)
		}
		for i, c := range cmds {
			raw, err := c.Bytes()
			if errors.Is(err, redis.Nil) {
				missing = append(missing, batch[i])
				continue
			}
			if err != nil {
				return nil, fmt.Errorf("load lead %s: %w", batch[i], err)
			}
			l, err := decodeLead(raw)
			if err != nil {
				return nil, fmt.Errorf("lead %s: %w", batch[i], err)
			}
			out = append(out, l)
		}
	}
	for _, id := range missing {
		// Best effort: a later list prunes again if this fails.
		s.unindexLead(ctx, id.(string))
	}
	return out, nil
}

// UpdateLead applies edit to the stored lead atomically and returns the
// result. edit gets a copy it may change; leads.Settle then checks the
// change (allowed status move, notes only added, identity untouched) and
// appends an audit entry by `by` for every change of status and assignee
// and every note. The write is optimistic (WATCH/MULTI on the lead's key):
// when someone else changed the lead meanwhile, edit runs again on the
// fresh value — so edit must only look at its argument — and after many
// collisions akari.ErrConflict is returned. An edit error is returned as
// is and nothing is written.
func (s *Store) UpdateLead(ctx context.Context, id, by string, edit func(*leads.Lead) error) (*leads.Lead, error) {
	return s.updateLead(ctx, id, func(before *leads.Lead, now time.Time) (*leads.Lead, error) {
		after := cloneLead(before)
		if err := edit(after); err != nil {
			return nil, err
		}
		if err := leads.Settle(before, after, by, now); err != nil {
			return nil, err
		}
		return after, nil
	})
}

// updateLead runs change in a WATCH/MULTI loop on the lead's key.
func (s *Store) updateLead(ctx context.Context, id string, change func(before *leads.Lead, now time.Time) (*leads.Lead, error)) (*leads.Lead, error) {
	if !validLeadID(id) {
		return nil, fmt.Errorf("lead %q: %w", id, akari.ErrNotFound)
	}
	key := s.leadKey(id)
	var result, prev *leads.Lead
	txf := func(tx *redis.Tx) error {
		raw, err := tx.Get(ctx, key).Bytes()
		if errors.Is(err, redis.Nil) {
			return fmt.Errorf("lead %s: %w", id, akari.ErrNotFound)
		}
		if err != nil {
			return fmt.Errorf("load lead %s: %w", id, err)
		}
		before, err := decodeLead(raw)
		if err != nil {
			return err
		}
		after, err := change(before, time.Now().UTC())
		if err != nil {
			return err
		}
		out, err := json.Marshal(after)
		if err != nil {
			return fmt.Errorf("encode lead: %w", err)
		}
		_, err = tx.TxPipelined(ctx, func(p redis.Pipeliner) error {
			p.Set(ctx, key, out, 0)
			return nil
		})
		if err == nil {
			result, prev = after, before
		}
		return err
	}
	for try := 1; try <= updateTries; try++ {
		err := s.rdb.Watch(ctx, txf, key)
		if !errors.Is(err, redis.TxFailedErr) {
			if err != nil {
				return nil, err
			}
			if err := s.reindexLead(ctx, prev, result); err != nil {
				// The lead changed; its index entries are repaired when
				// a list finds them stale.
				return result, fmt.Errorf("lead %s saved, index not updated: %w", id, err)
			}
			return result, nil
		}
		// Someone wrote between our read and write: back off a little,
		// with jitter so that contenders spread out.
		d := time.Duration(rand.IntN(1+min(try, 10))) * time.Millisecond
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(d):
		}
	}
	return nil, fmt.Errorf("%w: lead %s changed too often to update; try again", akari.ErrConflict, id)
}

// cloneLead copies a lead deeply enough that edits do not reach the
// original.
func cloneLead(l *leads.Lead) *leads.Lead {
	c := *l
	c.Jobs = slices.Clone(l.Jobs)
	c.Notes = slices.Clone(l.Notes)
	c.Transcript = slices.Clone(l.Transcript)
	c.Audit = slices.Clone(l.Audit)
	return &c
}

// LeadsOfUser returns the person's leads, newest first.
func (s *Store) LeadsOfUser(ctx context.Context, userID string) ([]*leads.Lead, error) {
	ids, err := s.rdb.SMembers(ctx, s.userLeadsKey(userID)).Result()
	if err != nil {
		return nil, fmt.Errorf("leads of user: %w", err)
	}
	var out []*leads.Lead
	for _, id := range ids {
		l, err := s.GetLead(ctx, id)
		if errors.Is(err, akari.ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, err
		}
		if l.UserID != userID {
			// Anonymised, its index entry left behind by an update whose
			// reindex failed (a sweep cut short): no longer the person's,
			// and the entry is repaired here, as the lists repair theirs.
			if err := s.rdb.SRem(ctx, s.userLeadsKey(userID), id).Err(); err != nil {
				return nil, fmt.Errorf("leads of user: drop stale %s: %w", id, err)
			}
			continue
		}
		out = append(out, l)
	}
	slices.SortFunc(out, func(a, b *leads.Lead) int { return b.CreatedAt.Compare(a.CreatedAt) })
	return out, nil
}

// WithdrawUser anonymises every lead of the person (they took back their
// request in the chat): see leads.Lead.Anonymise. The audit says
// "withdrawn". It also ends a human takeover, since no recruiter may write
// to the person about those leads any more.
func (s *Store) WithdrawUser(ctx context.Context, userID string) error {
	return s.anonymiseUser(ctx, userID, leads.ActionWithdrawn)
}

// DeleteUser is the leads' part of データ削除 (and unfollow): the person's
// leads are anonymised with the audit "deleted", the per-person index and
// any human takeover are removed. The conversation itself is erased by
// Erase; call both.
func (s *Store) DeleteUser(ctx context.Context, userID string) error {
	return s.anonymiseUser(ctx, userID, leads.ActionDeleted)
}

func (s *Store) anonymiseUser(ctx context.Context, userID string, a leads.Action) error {
	ids, err := s.rdb.SMembers(ctx, s.userLeadsKey(userID)).Result()
	if err != nil {
		return fmt.Errorf("%s leads: %w", a, err)
	}
	for _, id := range ids {
		_, err := s.updateLead(ctx, id, func(before *leads.Lead, now time.Time) (*leads.Lead, error) {
			after := cloneLead(before)
			after.Anonymise(now, a)
			return after, nil
		})
		if err != nil && !errors.Is(err, akari.ErrNotFound) {
			return fmt.Errorf("%s lead %s: %w", a, id, err)
		}
		if err := s.deleteConversation(ctx, id); err != nil {
			return fmt.Errorf("%s lead %s: %w", a, id, err)
		}
	}
	// Only after every lead is anonymised: a failure above leaves the
	// index, so that running this again finishes the job.
	_, err = s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.Del(ctx, s.userLeadsKey(userID), s.humanKey(userID))
		s.takeoverChanged(ctx, p)
		return nil
	})
	s.warm.changed()
	if err != nil {
		return fmt.Errorf("%s leads: %w", a, err)
	}
	return nil
}

// noticeTTL outlives any retry of the event that created a lead.
const noticeTTL = 7 * 24 * time.Hour

// FirstLeadNotice reports whether this is the first call for the lead, so
// that recruiters are told of it once however often its event is retried.
func (s *Store) FirstLeadNotice(ctx context.Context, leadID string) (bool, error) {
	first, err := s.rdb.SetNX(ctx, s.leadKey(leadID)+":notified", "1", noticeTTL).Result()
	if err != nil {
		return false, fmt.Errorf("lead notice marker %s: %w", leadID, err)
	}
	return first, nil
}

// ExpireLeads anonymises every lead not changed since before (see
// leads.Lead.Anonymise; the audit says "expired", by the system) and takes
// it out of its person's index. Leads anonymised before consent texts were
// redacted are scrubbed on the way. It returns how many leads it changed.
// Safe to run from several processes at once: each change is one
// optimistic update of the lead, and anonymising twice changes nothing.
func (s *Store) ExpireLeads(ctx context.Context, before time.Time) (int, error) {
	n := 0
	// A batch at a time, from the index of every lead: a periodic job
	// over 100,000 leads holds 500 of them at once.
	for start := int64(0); ; start += 500 {
		ids, err := s.rdb.ZRange(ctx, s.allKey(), start, start+499).Result()
		if err != nil {
			return n, fmt.Errorf("expire leads: %w", err)
		}
		m, err := s.expireBatch(ctx, ids, before)
		n += m
		if err != nil || len(ids) < 500 {
			return n, err
		}
	}
}

// expireBatch is ExpireLeads for some of the leads.
func (s *Store) expireBatch(ctx context.Context, ids []string, before time.Time) (int, error) {
	all, err := s.getLeads(ctx, ids)
	if err != nil {
		return 0, fmt.Errorf("expire leads: %w", err)
	}
	n := 0
	for _, l := range all {
		expire := !l.Anonymised() && l.UpdatedAt.Before(before)
		if !expire && !(l.Anonymised() && cloneLead(l).Scrub()) {
			continue
		}
		userID := l.UserID
		_, err := s.updateLead(ctx, l.ID, func(b *leads.Lead, now time.Time) (*leads.Lead, error) {
			after := cloneLead(b)
			if !after.Anonymised() && after.UpdatedAt.Before(before) {
				after.Anonymise(now, leads.ActionExpired)
			}
			after.Scrub()
			return after, nil
		})
		if errors.Is(err, akari.ErrNotFound) {
			continue
		}
		if err != nil {
			return n, fmt.Errorf("expire lead %s: %w", l.ID, err)
		}
		if userID != "" {
			if err := s.rdb.SRem(ctx, s.userLeadsKey(userID), l.ID).Err(); err != nil {
				return n, fmt.Errorf("expire lead %s: %w", l.ID, err)
			}
		}
		if err := s.deleteConversation(ctx, l.ID); err != nil {
			return n, fmt.Errorf("expire lead %s: %w", l.ID, err)
		}
		n++
	}
	return n, nil
}
