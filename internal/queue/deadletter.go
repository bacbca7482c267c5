package queue

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"
)

// Dead letters live per partition (<prefix>:{q…}:dead), in the partition's
// slot: moving an entry there and acknowledging it is one script, fenced by
// the lease like an acknowledgement, and no single key holds them all. The
// event is stored with its message text masked (Options.Mask) and the
// stream is trimmed to Options.DeadTTL on every write and expires that long
// after the last one.

// DeadLetter is an event that failed every attempt.
type DeadLetter struct {
	ID        string    `json:"id"` // "<partition>/<id in the dead-letter stream>"
	Partition int       `json:"partition"`
	EntryID   string    `json:"entryId"` // id it had in its partition stream
	Attempts  int       `json:"attempts"`
	Error     string    `json:"error"`
	At        time.Time `json:"at"`
	Payload   string    `json:"payload"` // the LINE event, text masked
}

// maxDeadLetters bounds one partition's dead letters.
const maxDeadLetters = 10000

// deadLua moves an entry to the dead letters under the fence.
const deadLua = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return -1 end
redis.call('XADD', KEYS[3], 'MAXLEN', '~', ARGV[9], '*', 'partition', ARGV[4], 'entry', ARGV[3],
  'attempts', ARGV[5], 'error', ARGV[6], 'at', ARGV[7], 'u', ARGV[10], 'e', ARGV[8])
redis.call('XTRIM', KEYS[3], 'MINID', '~', ARGV[11])
redis.call('PEXPIRE', KEYS[3], ARGV[12])
redis.call('XACK', KEYS[2], ARGV[2], ARGV[3])
redis.call('XDEL', KEYS[2], ARGV[3])
return 1`

var deadScript = redis.NewScript(deadLua)

func (q *Queue) deadLetter(ctx context.Context, lease string, d Delivery, cause error) error {
	payload := d.Payload
	if q.opt.Mask != nil {
		payload = q.opt.Mask(payload)
	}
	now := time.Now()
	r, err := deadScript.Run(ctx, q.rdb, []string{q.lease(d.Partition), q.stream(d.Partition), q.dead(d.Partition)},
		lease, q.opt.Group, d.EntryID, d.Partition, d.Attempt, cause.Error(), now.UnixMilli(), payload,
		maxDeadLetters, d.UserID, now.Add(-q.opt.DeadTTL).UnixMilli(), q.opt.DeadTTL.Milliseconds()).Int()
	if err != nil {
		return fmt.Errorf("dead-letter %s: %w", d.EntryID, err)
	}
	if r < 0 {
		return errFenced
	}
	return nil
}

// DeadLetters lists the newest dead-lettered events of every partition,
// newest first.
func (q *Queue) DeadLetters(ctx context.Context, limit int64) ([]DeadLetter, error) {
	cmds := make([]*redis.XMessageSliceCmd, q.opt.Partitions)
	var legacy *redis.XMessageSliceCmd
	_, err := q.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for n := range cmds {
			cmds[n] = p.XRevRangeN(ctx, q.dead(n), "+", "-", limit)
		}
		legacy = p.XRevRangeN(ctx, q.legacyDead(), "+", "-", limit)
		return nil
	})
	if err != nil && !errors.Is(err, redis.Nil) {
		return nil, fmt.Errorf("list dead letters: %w", err)
	}
	var out []DeadLetter
	for n, c := range cmds {
		for _, m := range c.Val() {
			out = append(out, decodeDead(n, m))
		}
	}
	for _, m := range legacy.Val() {
		d := decodeDead(0, m)
		d.Partition, _ = strconv.Atoi(m.Values["partition"].(string))
		d.ID = legacyPrefix + m.ID
		out = append(out, d)
	}
	slices.SortFunc(out, func(a, b DeadLetter) int { return b.At.Compare(a.At) })
	if int64(len(out)) > limit {
		out = out[:limit]
	}
	return out, nil
}

func decodeDead(n int, m redis.XMessage) DeadLetter {
	v := func(k string) string { s, _ := m.Values[k].(string); return s }
	attempts, _ := strconv.Atoi(v("attempts"))
	ms, _ := strconv.ParseInt(v("at"), 10, 64)
	return DeadLetter{
		ID: strconv.Itoa(n) + "/" + m.ID, Partition: n, EntryID: v("entry"), Attempts: attempts,
		Error: v("error"), At: time.UnixMilli(ms).UTC(), Payload: v("e"),
	}
}

// replayLua puts a dead letter back at the end of its partition (under its
// user's lane) and removes it from the dead letters, in one step.
const replayLua = `
local m = redis.call('XRANGE', KEYS[1], ARGV[1], ARGV[1])
if #m == 0 then return false end
local f = m[1][2]
local e, u = '', ''
for i = 1, #f, 2 do
  if f[i] == 'e' then e = f[i+1] elseif f[i] == 'u' then u = f[i+1] end
end
local id = redis.call('XADD', KEYS[2], '*', 'e', e, 'u', u)
redis.call('XDEL', KEYS[1], ARGV[1])
return id`

var replayScript = redis.NewScript(replayLua)

// Replay re-queues dead letters by id (as DeadLetters names them), or every
// dead letter when no id is given, and returns how many were re-queued.
// A replayed event is handled like a new one: the worker skips what an
// earlier attempt had already done (its send marker and handled events).
func (q *Queue) Replay(ctx context.Context, ids ...string) (int, error) {
	if len(ids) == 0 {
		all, err := q.DeadLetters(ctx, maxDeadLetters)
		if err != nil {
			return 0, err
		}
		slices.Reverse(all) // oldest first keeps each person's order
		for _, dl := range all {
			ids = append(ids, dl.ID)
		}
	}
	n := 0
	for _, id := range ids {
		if strings.HasPrefix(id, legacyPrefix) {
			if err := q.replayLegacy(ctx, strings.TrimPrefix(id, legacyPrefix)); err != nil {
				return n, err
			}
			n++
			continue
		}
		ps, entry, ok := cutID(id)
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

// legacyPrefix names dead letters written by versions before the
// per-partition dead letters, in the single <prefix>:deadletter stream.
const legacyPrefix = "legacy/"

func (q *Queue) legacyDead() string { return q.opt.Prefix + ":deadletter" }

// replayLegacy re-queues an old-layout dead letter. It cannot be one script
// (the old stream is in another slot), so it appends, then deletes: a
// crash between the two replays it twice, which the worker's send markers
// absorb.
func (q *Queue) replayLegacy(ctx context.Context, id string) error {
	msgs, err := q.rdb.XRangeN(ctx, q.legacyDead(), id, id, 1).Result()
	if err != nil {
		return fmt.Errorf("replay %s%s: %w", legacyPrefix, id, err)
	}
	if len(msgs) == 0 {
		return fmt.Errorf("dead letter %s%s: not found", legacyPrefix, id)
	}
	v := func(k string) string { s, _ := msgs[0].Values[k].(string); return s }
	part, err := strconv.Atoi(v("partition"))
	if err != nil || part < 0 || part >= q.opt.Partitions {
		part = 0
	}
	if err := q.rdb.XAdd(ctx, &redis.XAddArgs{Stream: q.stream(part), Values: []any{"e", v("e"), "u", ""}}).Err(); err != nil {
		return fmt.Errorf("replay %s%s: %w", legacyPrefix, id, err)
	}
	return q.rdb.XDel(ctx, q.legacyDead(), id).Err()
}

func cutID(id string) (string, string, bool) {
	for i := range len(id) {
		if id[i] == '/' {
			return id[:i], id[i+1:], true
		}
	}
	return "", "", false
}

// DeleteUserDeadLetters erases a person's dead letters (they all sit in
// the person's partition) and returns how many there were.
func (q *Queue) DeleteUserDeadLetters(ctx context.Context, userID string) (int, error) {
	key := q.dead(q.Partition(userID))
	msgs, err := q.rdb.XRange(ctx, key, "-", "+").Result()
	if err != nil {
		return 0, fmt.Errorf("list dead letters: %w", err)
	}
	var ids []string
	for _, m := range msgs {
		if u, _ := m.Values["u"].(string); u == userID {
			ids = append(ids, m.ID)
		}
	}
	if len(ids) == 0 {
		return 0, nil
	}
	if err := q.rdb.XDel(ctx, key, ids...).Err(); err != nil {
		return 0, fmt.Errorf("delete dead letters: %w", err)
	}
	return len(ids), nil
}
