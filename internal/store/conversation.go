package store

// A lead's live conversation: what the person wrote after consenting (and
// while a recruiter holds the chat), Akari's answers and the recruiters'
// messages, and where each recruiter stands in it.
//
// Keys, in the lead's own slot ({l:<id>}) so that one script updates them
// together in a cluster:
//
//	<prefix>:{l:<id>}:conv   LIST of leads.Message JSON, oldest first
//	<prefix>:{l:<id>}:inbox  HASH: person (how many of the person's
//	                         messages), waiting (unix ms of the oldest one no
//	                         recruiter answered yet), read:<user> (how many of
//	                         the person's messages that recruiter has seen),
//	                         ev:<event id> (events already appended)
//
// and, with the other lead indexes (see index.go), the ZSET of leads whose
// person waits for an answer, scored by since when.

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/akari-career/akari/internal/leads"
)

func (s *Store) leadTag(id string) string  { return s.prefix + ":{l:" + id + "}" }
func (s *Store) convKey(id string) string  { return s.leadTag(id) + ":conv" }
func (s *Store) inboxKey(id string) string { return s.leadTag(id) + ":inbox" }
func (s *Store) waitingKey() string        { return s.indexTag() + ":waiting" }
func readField(user string) string         { return "read:" + user }

// maxConversation bounds a lead's conversation; it is kept from its end.
const maxConversation = 5000

func personCount(m map[string]string) int {
	n, _ := strconv.Atoi(m["person"])
	return n
}

func msField(m map[string]string, k string) time.Time {
	ms, _ := strconv.ParseInt(m[k], 10, 64)
	if ms == 0 {
		return time.Time{}
	}
	return time.UnixMilli(ms).UTC()
}

// appendScript appends messages once per event id ("" appends always),
// counts the person's messages, and keeps since when the person waits: set
// by their first unanswered message, cleared by a recruiter's answer.
// It returns the conversation's new length, or 0 when the event was
// appended before.
var appendScript = redis.NewScript(`
if ARGV[1] ~= '' then
  if redis.call('HSETNX', KEYS[2], 'ev:' .. ARGV[1], '1') == 0 then return 0 end
end
for i = 5, #ARGV do redis.call('RPUSH', KEYS[1], ARGV[i]) end
local np = tonumber(ARGV[2])
if np > 0 then
  redis.call('HINCRBY', KEYS[2], 'person', np)
  redis.call('HSETNX', KEYS[2], 'waiting', ARGV[3])
end
if ARGV[4] == '1' then redis.call('HDEL', KEYS[2], 'waiting') end
return redis.call('LLEN', KEYS[1])
`)

// AppendConversation adds what one event of the person brought to their
// lead's conversation, once however often the event is retried.
func (s *Store) AppendConversation(ctx context.Context, r leads.Relay) error {
	if !validLeadID(r.LeadID) || len(r.Messages) == 0 {
		return nil
	}
	return s.appendMessages(ctx, r.LeadID, r.EventID, false, r.Messages)
}

// AddRecruiterMessage adds what a recruiter wrote to the person: the person
// no longer waits for an answer, and the writer has read everything.
func (s *Store) AddRecruiterMessage(ctx context.Context, leadID string, m leads.Message) error {
	m.From = leads.FromRecruiter
	if err := s.appendMessages(ctx, leadID, "", true, []leads.Message{m}); err != nil {
		return err
	}
	return s.MarkRead(ctx, leadID, m.By)
}

func (s *Store) appendMessages(ctx context.Context, leadID, eventID string, answered bool, msgs []leads.Message) error {
	person := 0
	var first time.Time
	args := []any{eventID, 0, 0, "0"}
	for _, m := range msgs {
		if m.From == leads.FromPerson {
			person++
			if first.IsZero() {
				first = m.At
			}
		}
		raw, err := json.Marshal(m)
		if err != nil {
			return fmt.Errorf("encode message: %w", err)
		}
		args = append(args, raw)
	}
	args[1], args[2] = person, first.UnixMilli()
	if answered {
		args[3] = "1"
	}
	n, err := appendScript.Run(ctx, s.rdb, []string{s.convKey(leadID), s.inboxKey(leadID)}, args...).Int64()
	if err != nil {
		return fmt.Errorf("append to lead %s conversation: %w", leadID, err)
	}
	if n > maxConversation {
		// A conversation of thousands of messages is kept from its end.
		s.rdb.LTrim(ctx, s.convKey(leadID), -maxConversation, -1)
	}
	// The waiting index is in another slot: a separate, idempotent step.
	switch {
	case answered:
		err = s.rdb.ZRem(ctx, s.waitingKey(), leadID).Err()
	case person > 0:
		err = s.rdb.ZAddNX(ctx, s.waitingKey(), redis.Z{Score: float64(first.UnixMilli()), Member: leadID}).Err()
	}
	if err != nil {
		return fmt.Errorf("lead %s waiting index: %w", leadID, err)
	}
	return nil
}

// Conversation returns the lead's conversation from message number from
// (0-based) on.
func (s *Store) Conversation(ctx context.Context, leadID string, from int) ([]leads.Message, error) {
	raws, err := s.rdb.LRange(ctx, s.convKey(leadID), int64(max(from, 0)), -1).Result()
	if err != nil {
		return nil, fmt.Errorf("lead %s conversation: %w", leadID, err)
	}
	out := make([]leads.Message, 0, len(raws))
	for _, raw := range raws {
		var m leads.Message
		if err := json.Unmarshal([]byte(raw), &m); err != nil {
			return nil, fmt.Errorf("lead %s conversation: %w", leadID, err)
		}
		out = append(out, m)
	}
	return out, nil
}

// Inboxes returns where each lead's conversation stands for user, in one
// round trip (pipelined; in a cluster go-redis sends each to its node).
func (s *Store) Inboxes(ctx context.Context, ids []string, user string) (map[string]leads.Inbox, error) {
	hs := make([]*redis.MapStringStringCmd, len(ids))
	ls := make([]*redis.IntCmd, len(ids))
	_, err := s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for i, id := range ids {
			hs[i] = p.HGetAll(ctx, s.inboxKey(id))
			ls[i] = p.LLen(ctx, s.convKey(id))
		}
		return nil
	})
	if err != nil && !errors.Is(err, redis.Nil) {
		return nil, fmt.Errorf("lead inboxes: %w", err)
	}
	out := make(map[string]leads.Inbox, len(ids))
	for i, id := range ids {
		m := hs[i].Val()
		read, _ := strconv.Atoi(m[readField(user)])
		out[id] = leads.Inbox{Messages: int(ls[i].Val()), Unread: max(personCount(m)-read, 0), Waiting: msField(m, "waiting")}
	}
	return out, nil
}

// MarkRead records that user has seen every message of the lead's
// conversation so far.
func (s *Store) MarkRead(ctx context.Context, leadID, user string) error {
	if user == "" {
		return nil
	}
	n, err := s.rdb.HGet(ctx, s.inboxKey(leadID), "person").Int()
	if errors.Is(err, redis.Nil) {
		return nil
	}
	if err == nil {
		err = s.rdb.HSet(ctx, s.inboxKey(leadID), readField(user), n).Err()
	}
	if err != nil {
		return fmt.Errorf("mark lead %s read: %w", leadID, err)
	}
	return nil
}

// deleteConversation removes the lead's conversation (the person withdrew
// or asked for their data to be deleted).
func (s *Store) deleteConversation(ctx context.Context, leadID string) error {
	if err := s.rdb.Del(ctx, s.convKey(leadID), s.inboxKey(leadID)).Err(); err != nil {
		return fmt.Errorf("delete lead %s conversation: %w", leadID, err)
	}
	if err := s.rdb.ZRem(ctx, s.waitingKey(), leadID).Err(); err != nil {
		return fmt.Errorf("delete lead %s conversation: %w", leadID, err)
	}
	return nil
}

// WaitingCount counts the assignee's leads whose person waits for an
// answer: one intersection in the index slot.
func (s *Store) WaitingCount(ctx context.Context, assignee string) (int, error) {
	tmp := s.tmpKey()
	var n *redis.IntCmd
	_, err := s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		n = p.ZInterStore(ctx, tmp, &redis.ZStore{Keys: []string{s.waitingKey(), s.assigneeKey(assignee)}})
		p.Del(ctx, tmp)
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("waiting leads of %s: %w", assignee, err)
	}
	return int(n.Val()), nil
}
