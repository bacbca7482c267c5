// Package store is the Redis adapter for everything Akari keeps: each
// person's conversation state (one lean value in a compact binary form,
// see akari.EncodeState, under a key with the person's hash tag {u:<id>},
// so all of a person's keys live in one Redis Cluster slot, with an idle
// expiry of 90 days, and beside it the history of Akari's words, read only
// when a model is shown them), the per-event
// send markers that make delivery exactly-once across crashes (under the
// person's hash tag too, so everything one event touches sits in one
// slot), the recruiter takeover, leads with their audit, console sessions
// and the login slow-down, the daily figures and the record of risk
// changes.
package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/rediscmd"
)

// IdleTTL is how long a conversation is kept after the person's last message.
const IdleTTL = 90 * 24 * time.Hour

// sentTTL outlives LINE's redelivery window by far.
const sentTTL = 48 * time.Hour

// Store is the Redis-backed conversation store. Safe for concurrent use;
// events of one person are handled one at a time by the queue.
type Store struct {
	rdb     redis.UniversalClient
	prefix  string
	history bool
	// cluster: a person's keys and a queue partition's stream are in
	// different slots, so a commit cannot carry the acknowledgement.
	cluster bool
	warm    warm // what the last commits kept for the next Begin (warm.go)
}

// Option changes how a Store works.
type Option func(*Store)

// WithHistory makes Begin read, in its round trip, Akari's words of the
// turns in the state (see akari.EncodeState): for an engine that shows
// them to a model. Without it the state's Akari turns carry their
// fingerprints only, which is all the offline path needs.
func WithHistory() Option { return func(s *Store) { s.history = true } }

// New returns a store using keys under prefix ("akari").
func New(rdb redis.UniversalClient, prefix string, opts ...Option) *Store {
	if prefix == "" {
		prefix = "akari"
	}
	_, cluster := rdb.(*redis.ClusterClient)
	s := &Store{rdb: rdb, prefix: prefix, cluster: cluster}
	for _, o := range opts {
		o(s)
	}
	return s
}

func (s *Store) userTag(userID string) string { return s.prefix + ":{u:" + userID + "}" }

// personKeys are the keys of one person that handling an event touches,
// as stateKey, verKey, sentKey, histKey and humanKey name them.
type personKeys struct{ state, ver, sent, hist, human string }

// keysOf makes the keys of an event's round trips in one allocation: one
// string holds them all, each key a piece of it.
func (s *Store) keysOf(userID string) personKeys {
	suffixes := [...]string{":state", ":ver", ":sent", ":hist", ":human"}
	var b strings.Builder
	b.Grow(len(suffixes)*(len(s.prefix)+len(":{u:}")+len(userID)) + len(":state:ver:sent:hist:human"))
	var ends [len(suffixes)]int
	for i, suffix := range suffixes {
		b.WriteString(s.prefix)
		b.WriteString(":{u:")
		b.WriteString(userID)
		b.WriteString("}")
		b.WriteString(suffix)
		ends[i] = b.Len()
	}
	all := b.String()
	return personKeys{state: all[:ends[0]], ver: all[ends[0]:ends[1]], sent: all[ends[1]:ends[2]],
		hist: all[ends[2]:ends[3]], human: all[ends[3]:ends[4]]}
}

func (s *Store) stateKey(userID string) string { return s.userTag(userID) + ":state" }
func (s *Store) verKey(userID string) string   { return s.userTag(userID) + ":ver" }

// histKey holds the history of Akari's words beside the state: a LIST of
// akari.Spoken JSON, oldest first, one per Akari turn of the state.
func (s *Store) histKey(userID string) string { return s.userTag(userID) + ":hist" }

// sentKey holds the person's send markers, one field per event: keyed by
// person and event (LINE's event ids are unique, but a marker must never
// let one person's event silence another's), in the person's slot, and
// gone with one DEL when the person's data is erased. It expires sentTTL
// after the person's last event.
func (s *Store) sentKey(userID string) string { return s.userTag(userID) + ":sent" }

// Load returns the person's conversation, or a fresh one: the lean state,
// Akari's turns without her words.
func (s *Store) Load(ctx context.Context, userID string) (*akari.State, error) {
	return decode(userID, s.rdb.Get(ctx, s.stateKey(userID)))
}

func decode(userID string, cmd *redis.StringCmd) (*akari.State, error) {
	raw, err := cmd.Result()
	if errors.Is(err, redis.Nil) {
		return decodeState(userID, "", false)
	}
	if err != nil {
		return nil, fmt.Errorf("load conversation: %w", err)
	}
	return decodeState(userID, raw, true)
}

// decodeState is the person's stored state, or a fresh one when none was
// found.
func decodeState(userID, raw string, found bool) (*akari.State, error) {
	if !found {
		return &akari.State{UserID: userID}, nil
	}
	return akari.DecodeStateString(userID, raw)
}

// restore gives the state's Akari turns their words from the history read
// with it (nil: not read).
func restore(st *akari.State, hist *redis.StringSliceCmd) error {
	if hist == nil {
		return nil
	}
	words, err := hist.Result()
	if err != nil && !errors.Is(err, redis.Nil) {
		return fmt.Errorf("read Akari's words: %w", err)
	}
	return akari.RestoreWords(st.Turns, words)
}

// Begin reads, in one round trip, everything handling an event needs: the
// person's conversation (with Akari's words when the store reads the
// history), the event's send marker and the takeover state.
// With o.ClaimReply it also sets the marker to SentReplying when none was
// set, so that a crash from here on makes the next attempt push with the
// retry key instead of reusing a reply token that may be spent. The marker
// is returned as it was before.
//
// With o.Tenure, the first try of an event whose person this process last
// committed to in the same tenure is answered from what that commit kept,
// with no round trip and no claim (see warm.go): no earlier try can have
// spent the token.
func (s *Store) Begin(ctx context.Context, userID, eventID string, o akari.BeginOptions) (akari.Snapshot, error) {
	var gen uint64
	if o.Tenure != "" && !s.cluster {
		if e, ok := s.warm.get(userID, o.Tenure, time.Now()); ok {
			return s.beginWarm(userID, e)
		}
		gen = s.warm.generation()
	}
	claimReply := o.ClaimReply
	k := s.keysOf(userID)
	// The commands' arguments in one piece (see rediscmd); and no command
	// that answers nil: go-redis checks an error reply — redis.Nil for a
	// key not there — a dozen ways that allocate. MGET and HMGET answer a
	// missing key or field as nil in an array.
	a := rediscmd.New(19)
	// A pipeline of its own rather than Pipelined: a closure given to an
	// interface's method moves every command it sets to the heap.
	p := s.rdb.Pipeline()
	human := redis.NewMapStringStringCmd(ctx, a.S("hgetall").S(k.human).Cmd()...)
	p.Process(ctx, human)
	a.S("mget")
	if !s.cluster {
		// Read along at once, for the rare retry of an erasing event: on
		// one Redis a key more is cheaper than a second round trip. In a
		// Cluster the marker's slot is another node's.
		a.S(s.erasedKey(userID, eventID))
	}
	reads := redis.NewSliceCmd(ctx, a.S(k.state).S(k.ver).Cmd()...)
	p.Process(ctx, reads)
	var hist *redis.StringSliceCmd
	if s.history {
		hist = redis.NewStringSliceCmd(ctx, a.S("lrange").S(k.hist).I(0).I(-1).Cmd()...)
		p.Process(ctx, hist)
	}
	sent := redis.NewSliceCmd(ctx, a.S("hmget").S(k.sent).S(eventID).Cmd()...)
	p.Process(ctx, sent)
	if claimReply {
		p.Process(ctx, redis.NewBoolCmd(ctx, a.S("hsetnx").S(k.sent).S(eventID).S(string(akari.SentReplying)).Cmd()...))
		p.Process(ctx, redis.NewBoolCmd(ctx, a.S("pexpire").S(k.sent).I(sentTTL.Milliseconds()).Cmd()...))
	}
	if _, err := p.Exec(ctx); err != nil {
		return akari.Snapshot{}, fmt.Errorf("begin event %s: %w", eventID, err)
	}
	values, marks := reads.Val(), sent.Val()
	var erased any
	if !s.cluster && len(values) == 3 {
		erased, values = values[0], values[1:]
	}
	if len(values) != 2 || len(marks) != 1 {
		return akari.Snapshot{}, fmt.Errorf("begin event %s: Redis answered %d and %d values, want %d and 1", eventID, len(reads.Val()), len(marks), len(reads.Args())-1)
	}
	raw, found := values[0].(string)
	st, err := decodeState(userID, raw, found)
	if err != nil {
		return akari.Snapshot{}, err
	}
	if err := restore(st, hist); err != nil {
		return akari.Snapshot{}, err
	}
	st.Version, _ = values[1].(string)
	prev, _ := marks[0].(string)
	if !found && prev == "" {
		// No conversation: a new person — or one whose データ削除 was
		// answered and erased before the event was acknowledged. Only the
		// second has an erased-event marker; the retry must not confirm
		// the deletion twice.
		if s.cluster {
			switch gone, err := s.rdb.Get(ctx, s.erasedKey(userID, eventID)).Result(); {
			case err == nil:
				prev = gone
			case !errors.Is(err, redis.Nil):
				return akari.Snapshot{}, fmt.Errorf("read erased-event marker: %w", err)
			}
		} else {
			prev, _ = erased.(string)
		}
	}
	if o.Tenure != "" && !s.cluster {
		var words []string
		if hist != nil {
			words = hist.Val()
		}
		s.warm.read(userID, o.Tenure, gen, st.Version, words, human.Val())
	}
	return akari.Snapshot{State: st, Sent: akari.SendMark(prev), Takeover: takeover(human.Val())}, nil
}

// beginWarm answers a Begin from what the person's last commit kept.
func (s *Store) beginWarm(userID string, e warmEntry) (akari.Snapshot, error) {
	st, err := akari.DecodeStateString(userID, e.state)
	if err != nil {
		s.warm.forget(userID)
		return akari.Snapshot{}, err
	}
	if s.history {
		if err := akari.RestoreWords(st.Turns, e.words); err != nil {
			s.warm.forget(userID)
			return akari.Snapshot{}, err
		}
	}
	st.Version = e.version
	return akari.Snapshot{State: st, Takeover: takeover(e.human)}, nil
}

// erasedKey marks an event whose answer went out before its person's data
// was erased. The person's own keys are gone with the erasure, and this one
// must not name them: it is a hash of the person and the event together,
// which nobody can find from the person alone.
func (s *Store) erasedKey(userID, eventID string) string {
	h := sha256.New()
	h.Write([]byte(userID)) // no copy: the compiler sees it is not kept
	h.Write([]byte{0})
	h.Write([]byte(eventID))
	var sum [sha256.Size]byte
	var digits [32]byte
	hex.Encode(digits[:], h.Sum(sum[:0])[:16])
	return s.prefix + ":erased:" + string(digits[:])
}

// commitLua saves the outcome of an event only if the state is still the
// version the event began from (the version names the last event that
// committed: a retried commit that had in fact gone through is
// recognised). A process that lost the person's partition while handling
// an event cannot overwrite what the new owner saved since. Erasing deletes
// the conversation, its history, its version and the send markers: nothing
// that names the person is left (a retried erase finds nothing and erases
// again).
//
// The history of Akari's words (KEYS[4]) changes with the state it belongs
// to: the entries of her new turns are added (ARGV[10], one a line), then
// it keeps the newest ARGV[9] — one per Akari turn of the state — or goes.
//
// With the queue's acknowledgement (KEYS[5] the partition's lease, KEYS[6]
// its stream; ARGV[11] the fencing token, ARGV[12] the group, ARGV[13] the
// entry), a committed event — now or by an earlier try — is also
// acknowledged and deleted from the stream, fenced as the queue's own
// acknowledgement is; the result then says whether that happened (+2).
const commitLua = `
local function ack()
  if #KEYS < 6 or redis.call('GET', KEYS[5]) ~= ARGV[11] then return 0 end
  redis.call('XACK', KEYS[6], ARGV[12], ARGV[13])
  redis.call('XDEL', KEYS[6], ARGV[13])
  return 2
end
local cur = redis.call('GET', KEYS[2]) or ''
if cur ~= ARGV[1] then
  if string.sub(cur, -(#ARGV[2] + 1)) == ':' .. ARGV[2] then return ack() end
  if ARGV[4] == '1' and cur == '' then
    redis.call('DEL', KEYS[1], KEYS[3], KEYS[4])
    return ack()
  end
  return -1
end
if ARGV[4] == '1' then
  redis.call('DEL', KEYS[1], KEYS[2], KEYS[3], KEYS[4])
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
-- history: Akari's words beside the state
if ARGV[9] == '0' then
  redis.call('DEL', KEYS[4])
else
  local len = -1
  for entry in string.gmatch(ARGV[10], '[^\n]+') do len = redis.call('RPUSH', KEYS[4], entry) end
  -- Trimmed only when it is over its length: no new entry, or room left.
  if len < 0 or len > tonumber(ARGV[9]) then redis.call('LTRIM', KEYS[4], -tonumber(ARGV[9]), -1) end
  redis.call('PEXPIRE', KEYS[4], ARGV[6])
end
return 1 + ack()`

var commitScript = rediscmd.NewScript(commitLua)

// Commit ends an event in one round trip: it saves the conversation with
// the event recorded as applied, and the history of Akari's words with it
// (or erases both), marks the event delivered when a reply went out, and
// carries out the queue's acknowledgement when o.Ack is given — only if
// nobody committed to the person's state since Begin read it (else
// akari.ErrConflict).
func (s *Store) Commit(ctx context.Context, st *akari.State, o akari.Outcome) error {
	eventID, erase, delivered := o.EventID, o.Erase, o.Delivered
	var out akari.Stored
	if !erase {
		st.MarkHandled(eventID)
		var err error
		if out, err = akari.EncodeState(st); err != nil {
			return fmt.Errorf("commit event %s: %w", eventID, err)
		}
	}
	k := s.keysOf(st.UserID)
	nkeys := 4
	ack := o.Ack
	if s.cluster {
		ack = nil
	}
	if ack != nil {
		nkeys = 6
	}
	// The arguments in one piece (see rediscmd), as go-redis's Script.Run
	// sent them: TestBeginAndCommitSendWhatTheyDid.
	a := rediscmd.New(23)
	a.Call(commitScript, nkeys).S(k.state).S(k.ver).S(k.sent).S(k.hist)
	if ack != nil {
		a.S(ack.LeaseKey).S(ack.Stream)
	}
	a.S(st.Version).S(eventID).B(out.State).S(flag(erase)).S(flag(delivered)).I(IdleTTL.Milliseconds()).
		S(string(akari.SentDelivered)).I(sentTTL.Milliseconds()).
		I(int64(out.Keep)).S(strings.Join(out.Said, "\n"))
	if ack != nil {
		a.S(ack.Token).S(ack.Group).S(ack.EntryID)
	}
	r, err := commitScript.Run(ctx, s.rdb, a.Cmd()).Int()
	warm := o.Tenure != "" && !s.cluster
	if warm && (err != nil || r < 0 || r%2 == 0 || erase) {
		// Not committed now, or erased: the next Begin reads.
		s.warm.forget(st.UserID)
	}
	if err != nil {
		return fmt.Errorf("commit event %s: %w", eventID, err)
	}
	if r < 0 {
		return fmt.Errorf("commit event %s: %w: the conversation changed since the event began (another process has the person now)", eventID, akari.ErrConflict)
	}
	if warm && r%2 == 1 && !erase {
		s.warm.committed(st.UserID, o.Tenure, st.Version, nextVersion(st.Version, eventID), out, s.history, time.Now())
	}
	if r >= 2 {
		o.Ack.Done()
	}
	if erase && delivered {
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
