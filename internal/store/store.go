// Package store keeps each person's conversation state in Redis: one JSON
// value per person under a key with the person's hash tag ({u:<id>}), so all
// of a person's keys live in one Redis Cluster slot, and an idle expiry of 90
// days. It also keeps the per-event send markers that make delivery
// exactly-once across crashes.
package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/akari-career/akari/internal/akari"
)

// IdleTTL is how long a conversation is kept after the person's last message.
const IdleTTL = 90 * 24 * time.Hour

// sentTTL outlives LINE's redelivery window by far.
const sentTTL = 48 * time.Hour

// handledMemory is how many recent event ids a conversation remembers, to
// skip an event whose handling finished but whose ack was lost.
const handledMemory = 16

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

// Conversation is a person's state as loaded, with the ids of the events
// already applied to it.
type Conversation struct {
	akari.State
	Events []string `json:"events,omitempty"`
}

// Handled reports whether eventID was already applied.
func (c *Conversation) Handled(eventID string) bool { return slices.Contains(c.Events, eventID) }

func (s *Store) userTag(userID string) string  { return s.prefix + ":{u:" + userID + "}" }
func (s *Store) stateKey(userID string) string { return s.userTag(userID) + ":state" }
func (s *Store) sentKey(eventID string) string { return s.prefix + ":sent:" + eventID }

// Load returns the person's conversation, or a fresh one.
func (s *Store) Load(ctx context.Context, userID string) (*Conversation, error) {
	return decode(userID, s.rdb.Get(ctx, s.stateKey(userID)))
}

func decode(userID string, cmd *redis.StringCmd) (*Conversation, error) {
	raw, err := cmd.Bytes()
	if errors.Is(err, redis.Nil) {
		return &Conversation{State: akari.State{UserID: userID}}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("load conversation: %w", err)
	}
	var c Conversation
	if err := json.Unmarshal(raw, &c); err != nil {
		return nil, fmt.Errorf("decode conversation: %w", err)
	}
	c.UserID = userID
	return &c, nil
}

// remember records eventID as applied, keeping the newest few.
func (c *Conversation) remember(eventID string) {
	if eventID == "" || c.Handled(eventID) {
		return
	}
	c.Events = append(c.Events, eventID)
	if n := len(c.Events) - handledMemory; n > 0 {
		c.Events = c.Events[n:]
	}
}

// Save stores the conversation with eventID recorded as applied, and
// restarts the idle expiry.
func (s *Store) Save(ctx context.Context, c *Conversation, eventID string) error {
	c.remember(eventID)
	raw, err := json.Marshal(c)
	if err != nil {
		return fmt.Errorf("encode conversation: %w", err)
	}
	if err := s.rdb.Set(ctx, s.stateKey(c.UserID), raw, IdleTTL).Err(); err != nil {
		return fmt.Errorf("save conversation: %w", err)
	}
	return nil
}

// Erase deletes everything the store keeps about the person.
func (s *Store) Erase(ctx context.Context, userID string) error {
	if err := s.rdb.Del(ctx, s.stateKey(userID)).Err(); err != nil {
		return fmt.Errorf("erase conversation: %w", err)
	}
	return nil
}

// Send markers record how far delivery of an event got.
const (
	SentNone      = ""
	SentReplying  = "replying" // a reply may have been attempted; the token may be spent
	SentDelivered = "delivered"
)

// Begin loads the person's conversation and the event's send marker in one
// round trip. With claimReply it also sets the marker to SentReplying when
// none was set, so that a crash from here on makes the next attempt push
// with the retry key instead of reusing a reply token that may be spent.
// It returns the marker as it was before.
func (s *Store) Begin(ctx context.Context, userID, eventID string, claimReply bool) (*Conversation, string, error) {
	var state, sent *redis.StringCmd
	_, err := s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		state = p.Get(ctx, s.stateKey(userID))
		sent = p.Get(ctx, s.sentKey(eventID))
		if claimReply {
			p.SetNX(ctx, s.sentKey(eventID), SentReplying, sentTTL)
		}
		return nil
	})
	if err != nil && !errors.Is(err, redis.Nil) {
		return nil, "", fmt.Errorf("begin event %s: %w", eventID, err)
	}
	c, err := decode(userID, state)
	if err != nil {
		return nil, "", err
	}
	prev, err := sent.Result()
	if err != nil && !errors.Is(err, redis.Nil) {
		return nil, "", fmt.Errorf("read send marker: %w", err)
	}
	return c, prev, nil
}

// Commit ends an event in one round trip: it saves the conversation with
// the event recorded as applied (or erases it), and marks the event
// delivered when a reply went out.
func (s *Store) Commit(ctx context.Context, c *Conversation, eventID string, erase, delivered bool) error {
	var raw []byte
	if !erase {
		c.remember(eventID)
		var err error
		if raw, err = json.Marshal(c); err != nil {
			return fmt.Errorf("encode conversation: %w", err)
		}
	}
	_, err := s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		if erase {
			p.Del(ctx, s.stateKey(c.UserID))
		} else {
			p.Set(ctx, s.stateKey(c.UserID), raw, IdleTTL)
		}
		if delivered {
			p.Set(ctx, s.sentKey(eventID), SentDelivered, sentTTL)
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
