// Package store is the Redis adapter for everything Akari keeps: each
// person's conversation state (one JSON value under a key with the person's
// hash tag {u:<id>}, so all of a person's keys live in one Redis Cluster
// slot, with an idle expiry of 90 days), the per-event send markers that
// make delivery exactly-once across crashes (under the person's hash tag
// too, so everything one event touches sits in one slot), the recruiter
// takeover, leads
// with their audit, console sessions and the login slow-down, the daily
// figures and the record of risk changes.
package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
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
	// cluster: a person's keys and a queue partition's stream are in
	// different slots, so a commit cannot carry the acknowledgement.
	cluster bool
}

// New returns a store using keys under prefix ("akari").
func New(rdb redis.UniversalClient, prefix string) *Store {
	if prefix == "" {
		prefix = "akari"
	}
	_, cluster := rdb.(*redis.ClusterClient)
	return &Store{rdb: rdb, prefix: prefix, cluster: cluster}
}

func (s *Store) userTag(userID string) string  { return s.prefix + ":{u:" + userID + "}" }
func (s *Store) stateKey(userID string) string { return s.userTag(userID) + ":state" }
func (s *Store) verKey(userID string) string   { return s.userTag(userID) + ":ver" }

// sentKey holds the person's send markers, one field per event: keyed by
// person and event (LINE's event ids are unique, but a marker must never
// let one person's event silence another's), in the person's slot, and
// gone with one DEL when the person's data is erased. It expires sentTTL
// after the person's last event.
func (s *Store) sentKey(userID string) string { return s.userTag(userID) + ":sent" }

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
	var state, sent, ver, erased *redis.StringCmd
	var human *redis.MapStringStringCmd
	_, err := s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		if !s.cluster {
			// Read along at once, for the rare retry of an erasing event:
			// on one Redis a command is cheaper than a second round trip.
			// In a Cluster the marker's slot is another node's.
			erased = p.Get(ctx, s.erasedKey(userID, eventID))
		}
		state = p.Get(ctx, s.stateKey(userID))
		ver = p.Get(ctx, s.verKey(userID))
		sent = p.HGet(ctx, s.sentKey(userID), eventID)
		if claimReply {
			p.HSetNX(ctx, s.sentKey(userID), eventID, string(akari.SentReplying))
			p.PExpire(ctx, s.sentKey(userID), sentTTL)
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
	if st.Version, err = ver.Result(); err != nil && !errors.Is(err, redis.Nil) {
		return akari.Snapshot{}, fmt.Errorf("read state version: %w", err)
	}
	prev, err := sent.Result()
	if err != nil && !errors.Is(err, redis.Nil) {
		return akari.Snapshot{}, fmt.Errorf("read send marker: %w", err)
	}
	h, err := human.Result()
	if err != nil {
		return akari.Snapshot{}, fmt.Errorf("read human takeover: %w", err)
	}
	if errors.Is(state.Err(), redis.Nil) && prev == "" {
		// No conversation: a new person — or one whose データ削除 was
		// answered and erased before the event was acknowledged. Only the
		// second has an erased-event marker; the retry must not confirm
		// the deletion twice.
		if erased == nil {
			erased = s.rdb.Get(ctx, s.erasedKey(userID, eventID))
		}
		switch gone, err := erased.Result(); {
		case err == nil:
			prev = gone
		case !errors.Is(err, redis.Nil):
			return akari.Snapshot{}, fmt.Errorf("read erased-event marker: %w", err)
		}
	}
	return akari.Snapshot{State: st, Sent: akari.SendMark(prev), Takeover: takeover(h)}, nil
}

// erasedKey marks an event whose answer went out before its person's data
// was erased. The person's own keys are gone with the erasure, and this one
// must not name them: it is a hash of the person and the event together,
// which nobody can find from the person alone.
func (s *Store) erasedKey(userID, eventID string) string {
	sum := sha256.Sum256([]byte(userID + "\x00" + eventID))
	return s.prefix + ":erased:" + hex.EncodeToString(sum[:16])
}

// commitLua saves the outcome of an event only if the state is still the
// version the event began from (the version names the last event that
// committed: a retried commit that had in fact gone through is
// recognised). A process that lost the person's partition while handling
// an event cannot overwrite what the new owner saved since. Erasing deletes
// the conversation, its version and the send markers: nothing that names
// the person is left (a retried erase finds nothing and erases again).
//
// With the queue's acknowledgement (KEYS[4] the partition's lease, KEYS[5]
// its stream; ARGV[9] the fencing token, ARGV[10] the group, ARGV[11] the
// entry), a committed event — now or by an earlier try — is also
// acknowledged and deleted from the stream, fenced as the queue's own
// acknowledgement is; the result then says whether that happened (+2).
const commitLua = `
local function ack()
  if #KEYS < 5 or redis.call('GET', KEYS[4]) ~= ARGV[9] then return 0 end
  redis.call('XACK', KEYS[5], ARGV[10], ARGV[11])
  redis.call('XDEL', KEYS[5], ARGV[11])
  return 2
end
local cur = redis.call('GET', KEYS[2]) or ''
if cur ~= ARGV[1] then
  if string.sub(cur, -(#ARGV[2] + 1)) == ':' .. ARGV[2] then return ack() end
  if ARGV[4] == '1' and cur == '' then
    redis.call('DEL', KEYS[1], KEYS[3])
    return ack()
  end
  return -1
end
if ARGV[4] == '1' then
  redis.call('DEL', KEYS[1], KEYS[2], KEYS[3])
  return 1 + ack()
end
redis.call('SET', KEYS[1], ARGV[3], 'PX', ARGV[6])
local n = tonumber(string.match(cur, '^(%d+):') or '0') + 1
redis.call('SET', KEYS[2], n .. ':' .. ARGV[2], 'PX', ARGV[6])
if ARGV[5] == '1' then
  if redis.call('HLEN', KEYS[3]) > 512 then redis.call('DEL', KEYS[3]) end
  redis.call('HSET', KEYS[3], ARGV[2], ARGV[7])
  redis.call('PEXPIRE', KEYS[3], ARGV[8])
end
return 1 + ack()`

var commitScript = redis.NewScript(commitLua)

// Commit ends an event in one round trip: it saves the conversation with
// the event recorded as applied (or erases it), marks the event delivered
// when a reply went out, and carries out the queue's acknowledgement when
// o.Ack is given — only if nobody committed to the person's state since
// Begin read it (else akari.ErrConflict).
func (s *Store) Commit(ctx context.Context, st *akari.State, o akari.Outcome) error {
	eventID, erase := o.EventID, o.Erase
	var raw []byte
	if !erase {
		st.MarkHandled(eventID)
		var err error
		if raw, err = json.Marshal(st); err != nil {
			return fmt.Errorf("encode conversation: %w", err)
		}
	}
	keys := []string{s.stateKey(st.UserID), s.verKey(st.UserID), s.sentKey(st.UserID)}
	args := []any{st.Version, eventID, raw, flag(erase), flag(o.Delivered), IdleTTL.Milliseconds(),
		string(akari.SentDelivered), sentTTL.Milliseconds()}
	if a := o.Ack; a != nil && !s.cluster {
		keys = append(keys, a.LeaseKey, a.Stream)
		args = append(args, a.Token, a.Group, a.EntryID)
	}
	r, err := commitScript.Run(ctx, s.rdb, keys, args...).Int()
	if err != nil {
		return fmt.Errorf("commit event %s: %w", eventID, err)
	}
	if r < 0 {
		return fmt.Errorf("commit event %s: %w: the conversation changed since the event began (another process has the person now)", eventID, akari.ErrConflict)
	}
	if r >= 2 {
		o.Ack.Done()
	}
	if erase && o.Delivered {
		// In another slot than the person's, so not in the script: a
		// crash between the two leaves the old, rarer double.
		if err := s.rdb.Set(ctx, s.erasedKey(st.UserID, eventID), string(akari.SentDelivered), sentTTL).Err(); err != nil {
			return fmt.Errorf("commit event %s: mark the erasing answer sent: %w", eventID, err)
		}
	}
	return nil
}

func flag(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

// Ping reports whether Redis answers.
func (s *Store) Ping(ctx context.Context) error { return s.rdb.Ping(ctx).Err() }
