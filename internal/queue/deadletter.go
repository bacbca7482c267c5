package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/akari-career/akari/internal/privacy"
)

// Dead letters live per partition (<prefix>:{q…}:dead), in the partition's
// slot: moving an entry there and acknowledging it is one script, fenced by
// the lease like an acknowledgement, and no single key holds them all. The
// event is kept with the phone numbers and e-mail addresses in its texts
// masked; the stream is trimmed to DeadLetterTTL on every write and expires
// that long after the last one. Versions before kept them all in one
// stream (<prefix>:deadletter, "legacy"): it is still listed, replayed,
// trimmed and purged.

// DeadLetter is an event that failed every attempt.
type DeadLetter struct {
	ID        string    `json:"id"` // "<partition>/<stream id>", or "legacy/<stream id>"
	Partition int       `json:"partition"`
	EntryID   string    `json:"entryId"` // id it had in its partition stream
	Attempts  int       `json:"attempts"`
	Error     string    `json:"error"`
	At        time.Time `json:"at"`
	Payload   string    `json:"payload"` // the LINE event, texts masked
}

// maxDeadLetters bounds one dead-letter stream; operators are expected to
// look at it long before it fills.
const maxDeadLetters = 10000

// DeadLetterTTL is how long a dead letter is kept: long enough to look into
// a failure, short enough that a person's words do not linger. Entries
// older than this are trimmed whenever one is added (and by
// TrimDeadLetters); the stream itself expires this long after the last one.
const DeadLetterTTL = 14 * 24 * time.Hour

// deadLua moves an entry to the dead letters under the fence.
const deadLua = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return -1 end
redis.call('XADD', KEYS[3], 'MAXLEN', '~', ARGV[9], '*', 'partition', ARGV[4], 'entry', ARGV[3],
  'attempts', ARGV[5], 'error', ARGV[6], 'at', ARGV[7], 'u', ARGV[10], 'e', ARGV[8])
redis.call('XTRIM', KEYS[3], 'MINID', ARGV[11])
redis.call('PEXPIRE', KEYS[3], ARGV[12])
redis.call('XACK', KEYS[2], ARGV[2], ARGV[3])
redis.call('XDEL', KEYS[2], ARGV[3])
return 1`

var deadScript = redis.NewScript(deadLua)

// deadLetter keeps the event for the operators, with the phone numbers and
// e-mail addresses in its texts masked (a dead letter is read by people
// and kept for days; replayed, it is answered from the masked text), and
// acknowledges it — only while lease is the partition's lease.
func (q *Queue) deadLetter(ctx context.Context, lease string, d Delivery, cause error) error {
	masker := privacy.NewMasker()
	now := time.Now()
	r, err := deadScript.Run(ctx, q.rdb, []string{q.lease(d.Partition), q.stream(d.Partition), q.dead(d.Partition)},
		lease, q.opt.Group, d.EntryID, d.Partition, d.Attempt, masker.Mask(cause.Error()), now.UnixMilli(),
		maskPayload(masker, d.Payload), maxDeadLetters, d.UserID, minID(now.Add(-DeadLetterTTL)), DeadLetterTTL.Milliseconds()).Int()
	if err != nil {
		return fmt.Errorf("dead-letter %s: %w", d.EntryID, err)
	}
	if r < 0 {
		return errFenced
	}
	return nil
}

// DeadLetters lists the newest dead-lettered events of every partition
// (and the old single stream), newest first.
func (q *Queue) DeadLetters(ctx context.Context, limit int64) ([]DeadLetter, error) {
	cmds := make([]*redis.XMessageSliceCmd, q.opt.Partitions)
	var legacy *redis.XMessageSliceCmd
	_, err := q.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for n := range cmds {
			cmds[n] = p.XRevRangeN(ctx, q.dead(n), "+", "-", limit)
		}
		legacy = p.XRevRangeN(ctx, q.deadKey(), "+", "-", limit)
		return nil
	})
	if err != nil && !errors.Is(err, redis.Nil) {
		return nil, fmt.Errorf("list dead letters: %w", err)
	}
	out := []DeadLetter{}
	for n, c := range cmds {
		for _, m := range c.Val() {
			out = append(out, decodeDead(strconv.Itoa(n)+"/", n, m))
		}
	}
	for _, m := range legacy.Val() {
		part, _ := strconv.Atoi(field(m, "partition"))
		out = append(out, decodeDead(legacyPrefix, part, m))
	}
	slices.SortStableFunc(out, func(a, b DeadLetter) int { return b.At.Compare(a.At) })
	if int64(len(out)) > limit {
		out = out[:limit]
	}
	return out, nil
}

func field(m redis.XMessage, k string) string { s, _ := m.Values[k].(string); return s }

func decodeDead(idPrefix string, part int, m redis.XMessage) DeadLetter {
	attempts, _ := strconv.Atoi(field(m, "attempts"))
	ms, _ := strconv.ParseInt(field(m, "at"), 10, 64)
	return DeadLetter{
		ID: idPrefix + m.ID, Partition: part, EntryID: field(m, "entry"), Attempts: attempts,
		Error: field(m, "error"), At: time.UnixMilli(ms).UTC(), Payload: field(m, "e"),
	}
}

// TrimDeadLetters drops the dead letters older than DeadLetterTTL, in
// every partition and the old single stream, and returns how many went.
func (q *Queue) TrimDeadLetters(ctx context.Context) (int64, error) {
	min := minID(time.Now().Add(-DeadLetterTTL))
	cmds := make([]*redis.IntCmd, 0, q.opt.Partitions+1)
	_, err := q.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for n := range q.opt.Partitions {
			cmds = append(cmds, p.XTrimMinID(ctx, q.dead(n), min))
		}
		cmds = append(cmds, p.XTrimMinID(ctx, q.deadKey(), min))
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("trim dead letters: %w", err)
	}
	var n int64
	for _, c := range cmds {
		n += c.Val()
	}
	return n, nil
}

// PurgeUser deletes the person's dead letters (データ削除, unfollow) and
// returns how many went: those in the person's partition and any left in
// the old single stream. The streams are bounded, so reading them whole is
// fine.
func (q *Queue) PurgeUser(ctx context.Context, userID string) (int, error) {
	if userID == "" {
		return 0, nil
	}
	total := 0
	for _, key := range []string{q.dead(q.Partition(userID)), q.deadKey()} {
		msgs, err := q.rdb.XRange(ctx, key, "-", "+").Result()
		if err != nil {
			return total, fmt.Errorf("purge dead letters: %w", err)
		}
		var ids []string
		for _, m := range msgs {
			if field(m, "u") == userID || payloadUser(field(m, "e")) == userID {
				ids = append(ids, m.ID)
			}
		}
		if len(ids) == 0 {
			continue
		}
		if err := q.rdb.XDel(ctx, key, ids...).Err(); err != nil {
			return total, fmt.Errorf("purge dead letters: %w", err)
		}
		total += len(ids)
	}
	return total, nil
}

// replayLua puts a dead letter back at the end of its partition (in its
// person's lane) and removes it from the dead letters, in one step. The
// entry is marked replayed ('r'): an earlier try of it may have run.
const replayLua = `
local m = redis.call('XRANGE', KEYS[1], ARGV[1], ARGV[1])
if #m == 0 then return false end
local f = m[1][2]
local e, u = '', ''
for i = 1, #f, 2 do
  if f[i] == 'e' then e = f[i+1] elseif f[i] == 'u' then u = f[i+1] end
end
local id = redis.call('XADD', KEYS[2], '*', 'e', e, 'u', u, 'r', '1')
redis.call('XDEL', KEYS[1], ARGV[1])
return id`

var replayScript = redis.NewScript(replayLua)

// Replay re-queues dead letters by id (as DeadLetters names them), or every
// dead letter when no id is given (oldest first, keeping each person's
// order), and returns how many were re-queued. A replayed event is handled
// like a new one: the worker skips what an earlier attempt had already
// done (its send marker and the person's handled events).
func (q *Queue) Replay(ctx context.Context, ids ...string) (int, error) {
	if len(ids) == 0 {
		all, err := q.DeadLetters(ctx, maxDeadLetters)
		if err != nil {
			return 0, err
		}
		slices.Reverse(all)
		for _, dl := range all {
			ids = append(ids, dl.ID)
		}
	}
	n := 0
	for _, id := range ids {
		if rest, ok := strings.CutPrefix(id, legacyPrefix); ok {
			if err := q.replayLegacy(ctx, rest); err != nil {
				return n, err
			}
			n++
			continue
		}
		ps, entry, ok := strings.Cut(id, "/")
		part, err := strconv.Atoi(ps)
		if !ok || err != nil || part < 0 || part >= q.opt.Partitions {
			return n, fmt.Errorf("dead letter id %q: want <partition>/<id>", id)
		}
		err = replayScript.Run(ctx, q.rdb, []string{q.dead(part), q.stream(part)}, entry).Err()
		switch {
		case errors.Is(err, redis.Nil):
			return n, fmt.Errorf("dead letter %s: not found", id)
		case err != nil:
			return n, fmt.Errorf("replay %s: %w", id, err)
		}
		n++
	}
	return n, nil
}

// legacyPrefix names dead letters in the old single stream.
const legacyPrefix = "legacy/"

// deadKey is the old single dead-letter stream.
func (q *Queue) deadKey() string { return q.opt.Prefix + ":deadletter" }

// replayLegacy re-queues an old-layout dead letter. It cannot be one script
// (the old stream is in another slot), so it appends, then deletes: a
// crash between the two replays it twice, which the worker's send markers
// absorb.
func (q *Queue) replayLegacy(ctx context.Context, id string) error {
	msgs, err := q.rdb.XRangeN(ctx, q.deadKey(), id, id, 1).Result()
	if err != nil {
		return fmt.Errorf("replay %s%s: %w", legacyPrefix, id, err)
	}
	if len(msgs) == 0 {
		return fmt.Errorf("dead letter %s%s: not found", legacyPrefix, id)
	}
	payload := field(msgs[0], "e")
	user := payloadUser(payload)
	part, err := strconv.Atoi(field(msgs[0], "partition"))
	if user != "" {
		part = q.Partition(user)
	} else if err != nil || part < 0 || part >= q.opt.Partitions {
		part = 0
	}
	if err := q.rdb.XAdd(ctx, &redis.XAddArgs{Stream: q.stream(part), Values: []any{"e", payload, "u", user, "r", "1"}}).Err(); err != nil {
		return fmt.Errorf("replay %s%s: %w", legacyPrefix, id, err)
	}
	return q.rdb.XDel(ctx, q.deadKey(), id).Err()
}

// minID is the stream id of the first entry at or after t.
func minID(t time.Time) string { return strconv.FormatInt(t.UnixMilli(), 10) + "-0" }

// payloadUser reads the LINE user id out of an event as LINE sent it.
func payloadUser(payload string) string {
	var ev struct {
		Source struct {
			UserID string `json:"userId"`
		} `json:"source"`
	}
	if json.Unmarshal([]byte(payload), &ev) != nil {
		return ""
	}
	return ev.Source.UserID
}

// maskPayload masks every text in a JSON event (the message, a postback's
// data) and leaves its structure alone, so ids and times stay readable. A
// payload that is not JSON is masked as a whole.
func maskPayload(m *privacy.Masker, payload string) string {
	var v any
	if json.Unmarshal([]byte(payload), &v) != nil {
		return m.Mask(payload)
	}
	out, err := json.Marshal(maskStrings(m, "", v))
	if err != nil {
		return m.Mask(payload)
	}
	return string(out)
}

// maskStrings masks the string values of a decoded JSON value, except
// those under keys that hold ids, tokens and the like.
func maskStrings(m *privacy.Masker, key string, v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			x[k] = maskStrings(m, k, e)
		}
		return x
	case []any:
		for i, e := range x {
			x[i] = maskStrings(m, key, e)
		}
		return x
	case string:
		switch key {
		case "text", "data", "title", "address", "displayName":
			return m.Mask(x)
		}
		return x
	}
	return v
}
