package store

import (
	"context"
	"encoding/json"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/akari-career/akari/internal/leads"
)

// PutLead stores l as it is — its status, assignee and creation time — and
// indexes it, for tests and benchmarks that need leads of many ages.
func (s *Store) PutLead(ctx context.Context, l *leads.Lead) error {
	raw, err := json.Marshal(l)
	if err != nil {
		return err
	}
	if err := s.rdb.Set(ctx, s.leadKey(l.ID), raw, 0).Err(); err != nil {
		return err
	}
	return s.indexLead(ctx, l)
}

// Overwrite replaces the stored lead without touching its indexes, as a
// crash between the two writes would leave it.
func (s *Store) Overwrite(ctx context.Context, l *leads.Lead) error {
	raw, err := json.Marshal(l)
	if err != nil {
		return err
	}
	return s.rdb.Set(ctx, s.leadKey(l.ID), raw, 0).Err()
}

// PutLeads stores many leads as PutLead does, pipelined, for benchmarks.
func (s *Store) PutLeads(ctx context.Context, ls []*leads.Lead) error {
	_, err := s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for _, l := range ls {
			raw, err := json.Marshal(l)
			if err != nil {
				return err
			}
			p.Set(ctx, s.leadKey(l.ID), raw, 0)
			z := redis.Z{Score: float64(l.CreatedAt.UnixMilli()), Member: l.ID}
			for _, k := range s.indexKeys(l) {
				p.ZAdd(ctx, k, z)
			}
			if l.Assignee != "" {
				p.SAdd(ctx, s.assigneesKey(), l.Assignee)
			}
		}
		return nil
	})
	return err
}

// KeysOf exposes keysOf to the tests, with what the one-key helpers make.
func (s *Store) KeysOf(userID string) (got, want [5]string) {
	k := s.keysOf(userID)
	return [5]string{k.state, k.ver, k.sent, k.hist, k.human},
		[5]string{s.stateKey(userID), s.verKey(userID), s.sentKey(userID), s.histKey(userID), s.humanKey(userID)}
}

// ErasedKey exposes erasedKey to the tests.
func (s *Store) ErasedKey(userID, eventID string) string { return s.erasedKey(userID, eventID) }

// WarmFor reports whether the person's next Begin of tenure would be
// answered from what the last commit kept.
func (s *Store) WarmFor(userID, tenure string) bool {
	_, ok := s.warm.get(userID, tenure, time.Now())
	return ok
}

// Listening reports whether WatchTakeovers has heard from Redis lately.
func (s *Store) Listening() bool {
	s.warm.mu.Lock()
	defer s.warm.mu.Unlock()
	return !s.warm.heard.IsZero() && time.Since(s.warm.heard) < warmHeard
}

// WarmGen is the cache's generation: it changes with every takeover
// notice heard and every gap in listening.
func (s *Store) WarmGen() uint64 { return s.warm.generation() }

// WarmWords is the history the person's entry keeps.
func (s *Store) WarmWords(userID string) []string {
	s.warm.mu.Lock()
	defer s.warm.mu.Unlock()
	if e := s.warm.entries[userID]; e != nil {
		return e.words
	}
	return nil
}
