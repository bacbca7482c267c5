// Package queue is the Redis Streams event queue between the webhook intake
// and the workers.
//
// Events are sharded by user into a fixed number of partitions, one stream
// each. Intake deduplicates an event by its person and webhookEventId and
// appends it to its partition in one Lua call, so a redelivered event is
// acknowledged but queued once. Each partition is consumed by exactly one
// process at a time, which holds a fenced lease on it in Redis; within the
// process every person of the partition has a lane, so one person's events
// are handled one after another and in order while different people's run
// in parallel, up to the process's workers. Leases are shared fairly among
// the live processes; when a process dies its leases expire, another
// process takes the partitions over and reclaims the events left pending
// (XPENDING + XCLAIM). A loop that lost its lease cannot acknowledge (the
// fencing token is checked by every write), and is awaited before its
// partition is taken again. Failed events are retried in place: handler
// errors a bounded number of times, infrastructure errors for a time
// budget; then they move to the partition's dead letters.
//
// Every key of a partition carries its hash tag, chosen so that the
// partitions spread evenly over a Redis Cluster's slot ranges; each command
// and script touches one slot. docs/reliability.md tells the whole story.
package queue

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/fnv"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/akari-career/akari/internal/rediscmd"
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
	enqueue *rediscmd.Script
	tags    []string // each partition's hash tag, spread over the Cluster slots
	// inlineAcks: the stream and the people's keys share one Redis, so a
	// handler may acknowledge in its own commit (see Delivery.Ack).
	inlineAcks bool
	// sharedReads: one read for all of a consumer's partitions (see
	// reader); on one Redis only, as a read touches every stream.
	sharedReads bool

	// Group commit: concurrent Enqueue calls share Redis round trips.
	startOnce sync.Once
	closeOnce sync.Once
	requests  chan *enqueueRequest
	stop      chan struct{}
	flushers  sync.WaitGroup
}

// New returns a queue on rdb.
func New(rdb redis.UniversalClient, opt Options) *Queue {
	opt.defaults()
	_, cluster := rdb.(*redis.ClusterClient)
	return &Queue{rdb: rdb, opt: opt, enqueue: rediscmd.NewScript(enqueueLua), tags: spreadTags(opt.Partitions),
		inlineAcks: !cluster, sharedReads: !cluster, requests: make(chan *enqueueRequest, 1024), stop: make(chan struct{})}
}

// Close stops the group-commit flushers. Enqueue must not be called after.
func (q *Queue) Close() {
	q.closeOnce.Do(func() { close(q.stop) })
	q.flushers.Wait()
}

// Item is one event to enqueue.
type Item struct {
	EventID string // webhookEventId: with UserID, the dedup key
	UserID  string // decides the partition, and so the ordering
	Payload []byte // the event as LINE sent it
}

// enqueueLua remembers the event id and appends the event in one step: a
// redelivery finds the id and is dropped; a crash cannot leave one without
// the other.
const enqueueLua = `
if redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[1]) then
  return redis.call('XADD', KEYS[2], '*', 'e', ARGV[2], 'u', ARGV[3])
end
return false`

// Partition returns the partition of a user.
func (q *Queue) Partition(userID string) int {
	h := fnv.New32a()
	h.Write([]byte(userID))
	return int(h.Sum32() % uint32(q.opt.Partitions))
}

// Slot returns the Redis Cluster slot of partition p's keys.
func (q *Queue) Slot(p int) int { return Slot(q.stream(p)) }

// Partitions returns the number of partitions.
func (q *Queue) Partitions() int { return q.opt.Partitions }

func (q *Queue) tag(p int) string    { return q.opt.Prefix + ":{" + q.tags[p] + "}" }
func (q *Queue) stream(p int) string { return q.tag(p) + ":events" }
func (q *Queue) lease(p int) string  { return q.tag(p) + ":lease" }
func (q *Queue) fence(p int) string  { return q.tag(p) + ":fence" }
func (q *Queue) dead(p int) string   { return q.tag(p) + ":dead" }

// seen is keyed by person and event (one event id for two people is two
// events), as one hash of both: no key names the person, or can be found
// from the person alone, once their data is erased.
func (q *Queue) seen(p int, user, id string) string {
	h := sha256.New() // written piece by piece: no copy of the ids
	h.Write([]byte("akari-seen:"))
	h.Write([]byte(user))
	h.Write([]byte{0})
	h.Write([]byte(id))
	var sum [sha256.Size]byte
	var digits [24]byte
	hex.Encode(digits[:], h.Sum(sum[:0])[:12])
	return q.opt.Prefix + ":{" + q.tags[p] + "}:seen:" + string(digits[:])
}
func (q *Queue) instancesKey() string { return q.opt.Prefix + ":instances" }
func (q *Queue) layoutKey() string    { return q.opt.Prefix + ":partitions" }

// legacyStream is a partition's stream before the tags were spread.
func (q *Queue) legacyStream(p int) string { return fmt.Sprintf("%s:{q%02d}:events", q.opt.Prefix, p) }

// Enqueue appends the items. queued[i] is false when item i was a
// duplicate. An error means Redis could not take the events; nothing should
// be acknowledged to LINE then, so it redelivers.
//
// Calls made at the same moment are committed together: a few flushers each
// take whatever requests are waiting — without waiting for more — and send
// them in one pipeline. Alone, a call costs one round trip as before; under
// load, many webhook requests share one.
func (q *Queue) Enqueue(ctx context.Context, items []Item) (queued []bool, err error) {
	if len(items) == 0 {
		return nil, nil
	}
	q.startOnce.Do(q.startFlushers)
	req := &enqueueRequest{items: items, done: make(chan struct{})}
	select {
	case q.requests <- req:
	case <-ctx.Done():
		return nil, ctx.Err()
	case <-q.stop:
		return nil, errors.New("queue closed")
	}
	select {
	case <-req.done:
		return req.queued, req.err
	case <-ctx.Done():
		// The batch still runs; a redelivery of these events is deduplicated.
		return nil, ctx.Err()
	}
}

type enqueueRequest struct {
	items  []Item
	queued []bool
	err    error
	done   chan struct{}
}

// flushers: enough to keep Redis busy while one batch is on the wire.
const flushers = 4

// maxBatch bounds one pipeline.
const maxBatch = 256

func (q *Queue) startFlushers() {
	for range flushers {
		q.flushers.Add(1)
		go q.flush()
	}
}

func (q *Queue) flush() {
	defer q.flushers.Done()
	batch := make([]*enqueueRequest, 0, maxBatch)
	for {
		select {
		case <-q.stop:
			return
		case r := <-q.requests:
			batch = append(batch[:0], r)
		}
		n := len(batch[0].items)
	more:
		for n < maxBatch {
			select {
			case r := <-q.requests:
				batch = append(batch, r)
				n += len(r.items)
			default:
				break more
			}
		}
		q.commit(batch)
	}
}

// commit sends every event of the batch in one pipeline and answers each
// request.
func (q *Queue) commit(batch []*enqueueRequest) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	ttl := strconv.Itoa(int(q.opt.DedupTTL / time.Second))
	run := func() ([]redis.Cmder, error) {
		return q.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
			q.enqueueAll(ctx, p, batch, ttl)
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
	if err != nil && !errors.Is(err, redis.Nil) && len(cmds) == 0 {
		err = fmt.Errorf("enqueue: %w", err)
		for _, r := range batch {
			r.err = err
			close(r.done)
		}
		return
	}
	i := 0
	for _, r := range batch {
		r.queued = make([]bool, len(r.items))
		for j := range r.items {
			switch cerr := cmds[i].Err(); {
			case cerr == nil:
				r.queued[j] = true
			case errors.Is(cerr, redis.Nil):
			default:
				if r.err == nil {
					r.err = fmt.Errorf("enqueue event %s: %w", r.items[j].EventID, cerr)
				}
			}
			i++
		}
		if r.err != nil {
			r.queued = nil
		}
		close(r.done)
	}
}

// enqueueAll queues the batch's calls of the enqueue script on p, their
// arguments in one piece (see rediscmd), as go-redis's Script.EvalSha
// sent them: TestEnqueueSendsWhatItDid.
func (q *Queue) enqueueAll(ctx context.Context, p redis.Pipeliner, batch []*enqueueRequest, ttl string) {
	n := 0
	for _, r := range batch {
		n += len(r.items)
	}
	a := rediscmd.New(7 * n)
	for _, r := range batch {
		for _, it := range r.items {
			part := q.Partition(it.UserID)
			a.Call(q.enqueue, 2).S(q.seen(part, it.UserID, it.EventID)).S(q.stream(part)).S(ttl).B(it.Payload).S(it.UserID)
			q.enqueue.EvalSha(ctx, p, a.Cmd())
		}
	}
}

func isNoScript(err error) bool { return err != nil && strings.HasPrefix(err.Error(), "NOSCRIPT") }

// layoutVersion names the key layout: "spread" partitions carry hash tags
// chosen so that they fall evenly over a Cluster's slot ranges.
const layoutVersion = "/spread"

// CheckLayout records the partition count on first use and refuses to run
// with a different one: processes that disagree would break ordering. A
// Redis written by the layout before the spread tags is taken over only
// when its streams are empty (drain the old version first).
func (q *Queue) CheckLayout(ctx context.Context) error {
	want := strconv.Itoa(q.opt.Partitions) + layoutVersion
	if err := q.rdb.SetNX(ctx, q.layoutKey(), want, 0).Err(); err != nil {
		return fmt.Errorf("record partition count: %w", err)
	}
	got, err := q.rdb.Get(ctx, q.layoutKey()).Result()
	if err != nil {
		return fmt.Errorf("read partition count: %w", err)
	}
	if got == want {
		return nil
	}
	if !strings.Contains(got, "/") {
		old, _ := strconv.Atoi(got)
		var left int64
		for p := range old {
			n, err := q.rdb.XLen(ctx, q.legacyStream(p)).Result()
			if err != nil {
				return fmt.Errorf("check the old queue layout: %w", err)
			}
			left += n
		}
		if left == 0 {
			return q.rdb.Set(ctx, q.layoutKey(), want, 0).Err()
		}
		return fmt.Errorf("the queue in this Redis uses the old key layout and still holds %d events: let the previous version drain it first", left)
	}
	return fmt.Errorf("AKARI_PARTITIONS is %d but the queue in this Redis was created with %s partitions", q.opt.Partitions, strings.TrimSuffix(got, layoutVersion))
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
