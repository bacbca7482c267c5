// Package queue is the Redis Streams event queue between the webhook intake
// and the workers.
//
// Events are sharded by user into a fixed number of partitions, one stream
// each. Intake deduplicates an event by its webhookEventId and appends it to
// its partition in one Lua call, so a redelivered event is acknowledged but
// queued once. Each partition is consumed by exactly one process at a time,
// which holds a lease on it in Redis; within the process the partition's
// events are handled one after another. That gives per-user ordering across
// any number of processes sharing the Redis, while different partitions (and
// so different users) are handled in parallel. Leases are shared fairly among
// the live processes; when a process dies its leases expire, another process
// takes the partitions over and reclaims the events left pending (XPENDING +
// XCLAIM). Failed events are retried in place a bounded number of times and
// then moved to a dead-letter stream.
//
// Every key of a partition carries the hash tag {qNN}, so each command and
// script touches one Redis Cluster slot.
package queue

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"strconv"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"
)

// Options configures a Queue. Zero values take the defaults noted.
type Options struct {
	Prefix     string        // key prefix; "akari"
	Partitions int           // stream shards; 32. Every process must agree.
	Group      string        // consumer group; "workers"
	DedupTTL   time.Duration // how long an event id is remembered; 48h
}

func (o *Options) defaults() {
	if o.Prefix == "" {
		o.Prefix = "akari"
	}
	if o.Partitions <= 0 {
		o.Partitions = 32
	}
	if o.Group == "" {
		o.Group = "workers"
	}
	if o.DedupTTL <= 0 {
		o.DedupTTL = 48 * time.Hour
	}
}

// Queue appends events and hands out consumers. It is safe for concurrent use.
type Queue struct {
	rdb     redis.UniversalClient
	opt     Options
	enqueue *redis.Script
}

// New returns a queue on rdb.
func New(rdb redis.UniversalClient, opt Options) *Queue {
	opt.defaults()
	return &Queue{rdb: rdb, opt: opt, enqueue: redis.NewScript(enqueueLua)}
}

// Item is one event to enqueue.
type Item struct {
	EventID string // webhookEventId: the dedup key
	UserID  string // decides the partition, and so the ordering
	Payload []byte // the event as LINE sent it
}

// enqueueLua remembers the event id and appends the event in one step: a
// redelivery finds the id and is dropped; a crash cannot leave one without
// the other.
const enqueueLua = `
if redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[1]) then
  return redis.call('XADD', KEYS[2], '*', 'e', ARGV[2])
end
return false`

// Partition returns the partition of a user.
func (q *Queue) Partition(userID string) int {
	h := fnv.New32a()
	h.Write([]byte(userID))
	return int(h.Sum32() % uint32(q.opt.Partitions))
}

// Partitions returns the number of partitions.
func (q *Queue) Partitions() int { return q.opt.Partitions }

func (q *Queue) tag(p int) string             { return fmt.Sprintf("%s:{q%02d}", q.opt.Prefix, p) }
func (q *Queue) stream(p int) string          { return q.tag(p) + ":events" }
func (q *Queue) lease(p int) string           { return q.tag(p) + ":lease" }
func (q *Queue) seen(p int, id string) string { return q.tag(p) + ":seen:" + id }
func (q *Queue) deadKey() string              { return q.opt.Prefix + ":deadletter" }
func (q *Queue) instancesKey() string         { return q.opt.Prefix + ":instances" }
func (q *Queue) layoutKey() string            { return q.opt.Prefix + ":partitions" }

// Enqueue appends the items in one round trip. queued[i] is false when item i
// was a duplicate. An error means Redis could not take the events; nothing
// should be acknowledged to LINE then, so it redelivers.
func (q *Queue) Enqueue(ctx context.Context, items []Item) (queued []bool, err error) {
	if len(items) == 0 {
		return nil, nil
	}
	ttl := strconv.Itoa(int(q.opt.DedupTTL / time.Second))
	run := func() ([]redis.Cmder, error) {
		return q.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
			for _, it := range items {
				part := q.Partition(it.UserID)
				q.enqueue.EvalSha(ctx, p, []string{q.seen(part, it.EventID), q.stream(part)}, ttl, it.Payload)
			}
			return nil
		})
	}
	cmds, err := run()
	if err != nil && isNoScript(err) {
		// Redis restarted and forgot the script: the failed calls did nothing,
		// so load it and run the batch again.
		if err = q.enqueue.Load(ctx, q.rdb).Err(); err == nil {
			cmds, err = run()
		}
	}
	if err != nil && !errors.Is(err, redis.Nil) {
		return nil, fmt.Errorf("enqueue %d events: %w", len(items), err)
	}
	queued = make([]bool, len(items))
	for i, c := range cmds {
		switch err := c.Err(); {
		case err == nil:
			queued[i] = true
		case errors.Is(err, redis.Nil):
			queued[i] = false
		default:
			return nil, fmt.Errorf("enqueue event %s: %w", items[i].EventID, err)
		}
	}
	return queued, nil
}

func isNoScript(err error) bool { return err != nil && strings.HasPrefix(err.Error(), "NOSCRIPT") }

// CheckLayout records the partition count on first use and refuses to run
// with a different one: processes that disagree would break ordering.
func (q *Queue) CheckLayout(ctx context.Context) error {
	want := strconv.Itoa(q.opt.Partitions)
	if err := q.rdb.SetNX(ctx, q.layoutKey(), want, 0).Err(); err != nil {
		return fmt.Errorf("record partition count: %w", err)
	}
	got, err := q.rdb.Get(ctx, q.layoutKey()).Result()
	if err != nil {
		return fmt.Errorf("read partition count: %w", err)
	}
	if got != want {
		return fmt.Errorf("AKARI_PARTITIONS is %s but the queue in this Redis was created with %s partitions", want, got)
	}
	return nil
}

// Backlog returns how many events wait (or are in flight) in all partitions.
func (q *Queue) Backlog(ctx context.Context) (int64, error) {
	cmds, err := q.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for i := range q.opt.Partitions {
			p.XLen(ctx, q.stream(i))
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("queue backlog: %w", err)
	}
	var n int64
	for _, c := range cmds {
		n += c.(*redis.IntCmd).Val()
	}
	return n, nil
}
