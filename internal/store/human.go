package store

// Human takeover: while a recruiter talks to the person through the console,
// Akari stays quiet. The state is one hash per person in the person's slot,
//
//	<prefix>:{u:<userID>}:human  recruiter, until (unix ms), told (1 once the
//	                             person was told a human is answering),
//	                             handback (what the recruiter last wrote,
//	                             once they handed the conversation back)
//
// expiring at `until`, so a takeover nobody hands back ends by itself. A
// hand-back ends the takeover at once and keeps the note for Akari for
// handBackTTL, until the person's next message takes it (EndHandBack).

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/akari-career/akari/internal/akari"
)

func (s *Store) humanKey(userID string) string { return s.userTag(userID) + ":human" }

// SetHumanActive hands the conversation to recruiter until the given time.
// Calling it again (another message from the recruiter) moves the end and
// keeps the "told" flag, so the person is told once per takeover.
func (s *Store) SetHumanActive(ctx context.Context, userID, recruiter string, until time.Time) error {
	if userID == "" || recruiter == "" {
		return fmt.Errorf("%w: takeover needs a user and a recruiter", akari.ErrInvalid)
	}
	if !until.After(time.Now()) {
		return fmt.Errorf("%w: takeover ends in the past", akari.ErrInvalid)
	}
	key := s.humanKey(userID)
	_, err := s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.HSet(ctx, key, "recruiter", recruiter, "until", strconv.FormatInt(until.UnixMilli(), 10))
		p.PExpireAt(ctx, key, until)
		s.takeoverChanged(ctx, p)
		return nil
	})
	s.warm.changed()
	if err != nil {
		return fmt.Errorf("set human takeover: %w", err)
	}
	return nil
}

// HumanState returns the takeover state in full.
func (s *Store) HumanState(ctx context.Context, userID string) (akari.Takeover, error) {
	m, err := s.rdb.HGetAll(ctx, s.humanKey(userID)).Result()
	if err != nil {
		return akari.Takeover{}, fmt.Errorf("read human takeover: %w", err)
	}
	return takeover(m), nil
}

// takeover reads the takeover hash; an ended one reads as none, apart
// from the note of a hand-back.
func takeover(m map[string]string) akari.Takeover {
	ms, _ := strconv.ParseInt(m["until"], 10, 64)
	h := akari.Takeover{Recruiter: m["recruiter"], Until: time.UnixMilli(ms), Told: m["told"] == "1"}
	// The expiry removes the key; the time check covers the moments before
	// Redis gets to it.
	h.Active = h.Recruiter != "" && time.Now().Before(h.Until)
	if !h.Active {
		return akari.Takeover{HandBack: m["handback"]}
	}
	return h
}

// handBackTTL is how long the note of a hand-back waits for the person's
// next message.
const handBackTTL = 7 * 24 * time.Hour

// HandBack gives the conversation back to Akari with a note of what the
// recruiter said: Akari keeps it in mind and tells the person, on their
// next message, that she is back. An empty note ends the takeover only.
func (s *Store) HandBack(ctx context.Context, userID, note string) error {
	if note == "" {
		return s.ClearHuman(ctx, userID)
	}
	key := s.humanKey(userID)
	_, err := s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.Del(ctx, key)
		p.HSet(ctx, key, "handback", note)
		p.Expire(ctx, key, handBackTTL)
		s.takeoverChanged(ctx, p)
		return nil
	})
	s.warm.changed()
	if err != nil {
		return fmt.Errorf("hand back: %w", err)
	}
	return nil
}

// EndHandBack drops the note of a hand-back once Akari has taken it in.
// A takeover started meanwhile is kept.
func (s *Store) EndHandBack(ctx context.Context, userID string) error {
	_, err := s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.HDel(ctx, s.humanKey(userID), "handback")
		s.takeoverChanged(ctx, p)
		return nil
	})
	s.warm.changed()
	if err != nil {
		return fmt.Errorf("end hand-back: %w", err)
	}
	return nil
}

// MarkHumanNoticeSent records that the person was told a human is
// answering, and reports whether this call was the first (so the notice
// goes out once). With no takeover active it does nothing and reports
// false.
func (s *Store) MarkHumanNoticeSent(ctx context.Context, userID string) (first bool, err error) {
	key := s.humanKey(userID)
	// HSETNX on a missing key would create it without expiry; the WATCH
	// makes "exists, then set" one step.
	txf := func(tx *redis.Tx) error {
		n, err := tx.Exists(ctx, key).Result()
		if err != nil || n == 0 {
			return err
		}
		told, err := tx.HGet(ctx, key, "told").Result()
		if err != nil && !errors.Is(err, redis.Nil) {
			return err
		}
		if told == "1" {
			return nil
		}
		_, err = tx.TxPipelined(ctx, func(p redis.Pipeliner) error {
			p.HSet(ctx, key, "told", "1")
			s.takeoverChanged(ctx, p)
			return nil
		})
		s.warm.changed()
		first = err == nil
		return err
	}
	for try := 0; try < 5; try++ {
		// A failed WATCH means the takeover changed meanwhile (extended,
		// cleared, or told by a concurrent call): look again.
		if err = s.rdb.Watch(ctx, txf, key); !errors.Is(err, redis.TxFailedErr) {
			break
		}
	}
	if err != nil {
		return false, fmt.Errorf("mark human notice: %w", err)
	}
	return first, nil
}

// ClearHuman gives the conversation back to Akari.
func (s *Store) ClearHuman(ctx context.Context, userID string) error {
	_, err := s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.Del(ctx, s.humanKey(userID))
		s.takeoverChanged(ctx, p)
		return nil
	})
	s.warm.changed()
	if err != nil {
		return fmt.Errorf("clear human takeover: %w", err)
	}
	return nil
}
