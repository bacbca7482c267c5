// Package store is the Redis adapter for everything Akari keeps: each
// person's conversation state (one JSON value under a key with the person's
// hash tag {u:<id>}, so all of a person's keys live in one Redis Cluster
// slot, with an idle expiry of 90 days), the per-event send markers that
// make delivery exactly-once across crashes, the recruiter takeover, leads
// with their audit, console sessions and the login slow-down, the daily
// figures and the record of risk changes.
package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/akari-career/akari/internal/akari"
)

// IdleTTL is how long a conversation is kept after the person's last message.
const IdleTTL = 90 * 24 * time.Hour

// sentTTL outlives LINE's redelivery window by far.
const sentTTL = 48 * time.Hour

// Store is the Redis-backed conversation store. Safe for concurrent use;
// events of one person are handled one at a time by the queue.
type Store struct {
	rdb    redis.UniversalClient
	prefix string
}

// New returns a store using keys under prefix ("akari").
func New(rdb redis.UniversalClient, prefix string) *Store {
	if prefix == "" {
		prefix = "akari"
	}
	return &Store{rdb: rdb, prefix: prefix}
}

func (s *Store) userTag(userID string) string  { return s.prefix + ":{u:" + userID + "}" }
func (s *Store) stateKey(userID string) string { return s.userTag(userID) + ":state" }
func (s *Store) sentKey(eventID string) string { return s.prefix + ":sent:" + eventID }

// Load returns the person's conversation, or a fresh one.
func (s *Store) Load(ctx context.Context, userID string) (*akari.State, error) {
	return decode(userID, s.rdb.Get(ctx, s.stateKey(userID)))
}

func decode(userID string, cmd *redis.StringCmd) (*akari.State, error) {
	raw, err := cmd.Bytes()
	if errors.Is(err, redis.Nil) {
		return &akari.State{UserID: userID}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("load conversation: %w", err)
	}
	var st akari.State
	if err := json.Unmarshal(raw, &st); err != nil {
		return nil, fmt.Errorf("decode conversation: %w", err)
	}
	st.UserID = userID
	return &st, nil
}

// Begin reads, in one round trip, everything handling an event needs: the
// person's conversation, the event's send marker and the takeover state.
// With claimReply it also sets the marker to SentReplying when none was
// set, so that a crash from here on makes the next attempt push with the
// retry key instead of reusing a reply token that may be spent. The marker
// is returned as it was before.
func (s *Store) Begin(ctx context.Context, userID, eventID string, claimReply bool) (akari.Snapshot, error) {
	var state, sent *redis.StringCmd
	var human *redis.MapStringStringCmd
	_, err := s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		state = p.Get(ctx, s.stateKey(userID))
		sent = p.Get(ctx, s.sentKey(eventID))
		if claimReply {
			p.SetNX(ctx, s.sentKey(eventID), string(akari.SentReplying), sentTTL)
		}
		human = p.HGetAll(ctx, s.humanKey(userID))
		return nil
	})
	if err != nil && !errors.Is(err, redis.Nil) {
		return akari.Snapshot{}, fmt.Errorf("begin event %s: %w", eventID, err)
	}
	st, err := decode(userID, state)
	if err != nil {
		return akari.Snapshot{}, err
	}
	prev, err := sent.Result()
	if err != nil && !errors.Is(err, redis.Nil) {
		return akari.Snapshot{}, fmt.Errorf("read send marker: %w", err)
	}
	h, err := human.Result()
	if err != nil {
		return akari.Snapshot{}, fmt.Errorf("read human takeover: %w", err)
	}
	return akari.Snapshot{State: st, Sent: akari.SendMark(prev), Takeover: takeover(h)}, nil
}

// Commit ends an event in one round trip: it saves the conversation with
// the event recorded as applied (or erases it), and marks the event
// delivered when a reply went out.
func (s *Store) Commit(ctx context.Context, st *akari.State, eventID string, erase, delivered bool) error {
	var raw []byte
	if !erase {
		st.MarkHandled(eventID)
		var err error
		if raw, err = json.Marshal(st); err != nil {
			return fmt.Errorf("encode conversation: %w", err)
		}
	}
	_, err := s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		if erase {
			p.Del(ctx, s.stateKey(st.UserID))
		} else {
			p.Set(ctx, s.stateKey(st.UserID), raw, IdleTTL)
		}
		if delivered {
			p.Set(ctx, s.sentKey(eventID), string(akari.SentDelivered), sentTTL)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("commit event %s: %w", eventID, err)
	}
	return nil
}

// Ping reports whether Redis answers.
func (s *Store) Ping(ctx context.Context) error { return s.rdb.Ping(ctx).Err() }
