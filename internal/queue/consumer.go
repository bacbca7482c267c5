package queue

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"
)

// Delivery is one queued event handed to a Handler.
type Delivery struct {
	Partition int
	EntryID   string    // stream entry id
	Payload   []byte    // the event as LINE sent it
	Enqueued  time.Time // when intake queued it (Redis clock)
	Attempt   int       // 1 for the first try; more after a failure or a reclaim
}

// Handler handles one event. Returning nil acknowledges it; an error retries
// it in place (keeping the partition's order) until the attempts run out,
// unless the error is Permanent.
type Handler interface {
	Handle(ctx context.Context, d Delivery) error
}

// HandlerFunc adapts a function to Handler.
type HandlerFunc func(ctx context.Context, d Delivery) error

// Handle calls f.
func (f HandlerFunc) Handle(ctx context.Context, d Delivery) error { return f(ctx, d) }

type permanentError struct{ error }

func (e permanentError) Unwrap() error { return e.error }

// Permanent marks err as one that retrying cannot fix: the event goes
// straight to the dead-letter stream.
func Permanent(err error) error { return permanentError{err} }

// IsPermanent reports whether err was marked with Permanent.
func IsPermanent(err error) bool { var p permanentError; return errors.As(err, &p) }

// Observer receives what a consumer does, for metrics. Any method may be
// called from many goroutines.
type Observer interface {
	Lag(d time.Duration)
	Handled(outcome string, took time.Duration) // ok, retry, dead
	Owned(partitions int)
	Backlog(partition int, n int64)
}

type nopObserver struct{}

func (nopObserver) Lag(time.Duration)             {}
func (nopObserver) Handled(string, time.Duration) {}
func (nopObserver) Owned(int)                     {}
func (nopObserver) Backlog(int, int64)            {}

// ConsumerOptions configures a Consumer. Zero values take the defaults noted.
type ConsumerOptions struct {
	Name        string        // unique per process; required
	Workers     int           // events handled at once by this process; 16
	LeaseTTL    time.Duration // a dead process's partitions move after this; 10s
	MaxAttempts int           // tries before dead-lettering; 5
	Block       time.Duration // how long one read waits for new events; 2s
	Grace       time.Duration // how long in-flight events may finish at shutdown; 20s
	Backoff     time.Duration // first retry delay, doubled each time; 200ms
	// OrphanIdle: events pending this long under another consumer's name
	// while we hold the partition are taken over (a safety net; handover
	// normally reclaims them at once). max(1m, 3×LeaseTTL).
	OrphanIdle time.Duration
	Logger     *slog.Logger
	Observer   Observer
}

func (o *ConsumerOptions) defaults() {
	if o.Workers <= 0 {
		o.Workers = 16
	}
	if o.LeaseTTL <= 0 {
		o.LeaseTTL = 10 * time.Second
	}
	if o.MaxAttempts <= 0 {
		o.MaxAttempts = 5
	}
	if o.Block <= 0 {
		o.Block = 2 * time.Second
	}
	if o.Grace <= 0 {
		o.Grace = 20 * time.Second
	}
	if o.Backoff <= 0 {
		o.Backoff = 200 * time.Millisecond
	}
	// A read that blocks longer than a lease could still hand events to a
	// loop that has been told to stop; keep it well inside the lease.
	o.Block = min(o.Block, o.LeaseTTL/3)
	if o.OrphanIdle <= 0 {
		o.OrphanIdle = max(time.Minute, 3*o.LeaseTTL)
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Observer == nil {
		o.Observer = nopObserver{}
	}
}

// Consumer owns a fair share of the partitions and handles their events.
type Consumer struct {
	q   *Queue
	h   Handler
	opt ConsumerOptions
	log *slog.Logger
	sem chan struct{}

	// workCtx outlives the read loops so in-flight events can finish at
	// shutdown; it is cancelled when the grace period ends.
	workCtx    context.Context
	cancelWork context.CancelFunc

	mu    sync.Mutex
	owned map[int]*partition
	// draining partitions were given up but their loop is still finishing:
	// their leases are still renewed so nobody else starts on them early.
	draining map[int]*partition
}

type partition struct {
	n       int
	cancel  context.CancelFunc // stops reading; in-flight work goes on
	done    chan struct{}      // closed when the loop has returned
	renewed time.Time          // last successful lease renewal
}

// NewConsumer returns a consumer of q that hands events to h.
func (q *Queue) NewConsumer(h Handler, opt ConsumerOptions) *Consumer {
	opt.defaults()
	if opt.Name == "" {
		panic("queue: ConsumerOptions.Name is required")
	}
	workCtx, cancel := context.WithCancel(context.Background())
	return &Consumer{
		q: q, h: h, opt: opt, log: opt.Logger.With("consumer", opt.Name),
		sem: make(chan struct{}, opt.Workers), workCtx: workCtx, cancelWork: cancel,
		owned: map[int]*partition{}, draining: map[int]*partition{},
	}
}

// Run balances partitions and handles events until ctx is cancelled. Then it
// stops reading, lets in-flight events finish within the grace period,
// releases its leases so other processes take over at once, and returns.
// Events it did not finish stay pending and are reclaimed by the next owner.
func (c *Consumer) Run(ctx context.Context) error {
	defer c.cancelWork()
	tick := time.NewTicker(c.opt.LeaseTTL / 3)
	defer tick.Stop()
	for {
		if err := c.rebalance(ctx); err != nil && ctx.Err() == nil {
			c.log.Warn("queue rebalance failed; retrying", "err", err)
		}
		select {
		case <-ctx.Done():
			c.shutdown()
			return nil
		case <-tick.C:
		}
	}
}

func (c *Consumer) shutdown() {
	c.mu.Lock()
	parts := make([]*partition, 0, len(c.owned)+len(c.draining))
	for _, p := range c.owned {
		p.cancel()
		parts = append(parts, p)
	}
	for _, p := range c.draining {
		parts = append(parts, p)
	}
	c.mu.Unlock()

	grace := time.NewTimer(c.opt.Grace)
	defer grace.Stop()
	for _, p := range parts {
		select {
		case <-p.done:
		case <-grace.C:
			c.log.Warn("shutdown grace ended; unfinished events stay pending for another process")
			c.cancelWork()
			<-p.done
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	for _, p := range parts {
		c.release(ctx, p.n)
	}
	c.q.rdb.ZRem(ctx, c.q.instancesKey(), c.opt.Name)
	c.opt.Observer.Owned(0)
}

// renewLua extends a lease only if this process still holds it.
const renewLua = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0`

// releaseLua deletes a lease only if this process still holds it.
const releaseLua = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0`

var (
	renewScript   = redis.NewScript(renewLua)
	releaseScript = redis.NewScript(releaseLua)
)

// rebalance heartbeats, renews the leases held, sheds partitions beyond the
// fair share and takes free ones up to it.
func (c *Consumer) rebalance(ctx context.Context) error {
	rdb, ttl := c.q.rdb, c.opt.LeaseTTL
	now := time.Now()
	var live *redis.IntCmd
	_, err := rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		p.ZAdd(ctx, c.q.instancesKey(), redis.Z{Score: float64(now.UnixMilli()), Member: c.opt.Name})
		p.ZRemRangeByScore(ctx, c.q.instancesKey(), "-inf", strconv.FormatInt(now.Add(-3*ttl).UnixMilli(), 10))
		live = p.ZCard(ctx, c.q.instancesKey())
		return nil
	})
	if err != nil {
		c.dropExpired(now)
		return fmt.Errorf("heartbeat: %w", err)
	}
	share := (c.q.opt.Partitions + int(max(live.Val(), 1)) - 1) / int(max(live.Val(), 1))

	c.mu.Lock()
	held := make([]int, 0, len(c.owned))
	for n := range c.owned {
		held = append(held, n)
	}
	var draining []int
	for n := range c.draining {
		draining = append(draining, n)
	}
	c.mu.Unlock()
	for _, n := range draining {
		renewScript.Run(ctx, rdb, []string{c.q.lease(n)}, c.opt.Name, ttl.Milliseconds())
	}

	kept := 0
	for _, n := range held {
		ok, err := renewScript.Run(ctx, rdb, []string{c.q.lease(n)}, c.opt.Name, ttl.Milliseconds()).Int()
		switch {
		case err != nil:
			c.log.Warn("lease renewal failed", "partition", n, "err", err)
		case ok == 0:
			c.log.Warn("lease lost; stopping partition", "partition", n)
			c.stop(n, false)
			continue
		default:
			c.mu.Lock()
			if p := c.owned[n]; p != nil {
				p.renewed = now
			}
			c.mu.Unlock()
		}
		if kept++; kept > share {
			c.stop(n, true) // over the fair share: hand it to another process
		}
	}
	c.dropExpired(now)

	// Take free partitions, starting at an offset of our own so processes
	// starting together do not all race for partition 0.
	h := fnv.New32a()
	h.Write([]byte(c.opt.Name))
	start := int(h.Sum32() % uint32(c.q.opt.Partitions))
	for i := 0; i < c.q.opt.Partitions && c.count() < share; i++ {
		n := (start + i) % c.q.opt.Partitions
		if c.has(n) {
			continue
		}
		ok, err := rdb.SetNX(ctx, c.q.lease(n), c.opt.Name, ttl).Result()
		if err != nil {
			return fmt.Errorf("acquire partition %d: %w", n, err)
		}
		if ok {
			c.start(n, now)
		}
	}
	c.opt.Observer.Owned(c.count())
	c.observeBacklog(ctx)
	return nil
}

// dropExpired stops partitions whose lease could not be renewed in time:
// another process may own them by now.
func (c *Consumer) dropExpired(now time.Time) {
	c.mu.Lock()
	var expired []int
	for n, p := range c.owned {
		if now.Sub(p.renewed) >= c.opt.LeaseTTL {
			expired = append(expired, n)
		}
	}
	c.mu.Unlock()
	for _, n := range expired {
		c.log.Warn("lease expired without renewal; stopping partition", "partition", n)
		c.stop(n, false)
	}
}

func (c *Consumer) observeBacklog(ctx context.Context) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for n := range c.owned {
		if l, err := c.q.rdb.XLen(ctx, c.q.stream(n)).Result(); err == nil {
			c.opt.Observer.Backlog(n, l)
		}
	}
}

func (c *Consumer) count() int { c.mu.Lock(); defer c.mu.Unlock(); return len(c.owned) }
func (c *Consumer) has(n int) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.owned[n] != nil || c.draining[n] != nil
}

func (c *Consumer) start(n int, now time.Time) {
	ctx, cancel := context.WithCancel(context.Background())
	p := &partition{n: n, cancel: cancel, done: make(chan struct{}), renewed: now}
	c.mu.Lock()
	c.owned[n] = p
	c.mu.Unlock()
	c.log.Debug("partition acquired", "partition", n)
	go func() {
		defer close(p.done)
		c.consume(ctx, n)
	}()
}

// stop ends a partition's loop. With release, the lease is given back once
// the in-flight event is done, so the next owner never overlaps with us.
func (c *Consumer) stop(n int, release bool) {
	c.mu.Lock()
	p := c.owned[n]
	delete(c.owned, n)
	c.mu.Unlock()
	if p == nil {
		return
	}
	p.cancel()
	c.opt.Observer.Backlog(n, 0)
	if release {
		c.mu.Lock()
		c.draining[n] = p
		c.mu.Unlock()
		go func() {
			<-p.done
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			defer cancel()
			c.release(ctx, n)
			c.mu.Lock()
			delete(c.draining, n)
			c.mu.Unlock()
		}()
	}
}

func (c *Consumer) release(ctx context.Context, n int) {
	if err := releaseScript.Run(ctx, c.q.rdb, []string{c.q.lease(n)}, c.opt.Name).Err(); err != nil {
		c.log.Warn("lease release failed; it will expire", "partition", n, "err", err)
	}
}

// consume handles one partition: first what earlier owners left pending,
// then new events, strictly in stream order.
func (c *Consumer) consume(ctx context.Context, n int) {
	stream := c.q.stream(n)
	c.ensureGroup(ctx, stream)
	if err := c.reclaim(ctx, n, 0); err != nil && ctx.Err() == nil {
		c.log.Warn("reclaim failed; will retry on next ownership", "partition", n, "err", err)
		c.pause(ctx, time.Second)
	}
	lastSweep := time.Now()
	for ctx.Err() == nil {
		if time.Since(lastSweep) > c.opt.OrphanIdle/2 {
			lastSweep = time.Now()
			if err := c.reclaim(ctx, n, c.opt.OrphanIdle); err != nil && ctx.Err() == nil {
				c.log.Warn("orphan sweep failed", "partition", n, "err", err)
			}
		}
		res, err := c.q.rdb.XReadGroup(ctx, &redis.XReadGroupArgs{
			Group: c.q.opt.Group, Consumer: c.opt.Name,
			Streams: []string{stream, ">"}, Count: 32, Block: c.opt.Block,
		}).Result()
		switch {
		case errors.Is(err, redis.Nil):
			continue
		case err != nil && strings.HasPrefix(err.Error(), "NOGROUP"):
			c.ensureGroup(ctx, stream) // Redis lost its data (restart without persistence)
			continue
		case err != nil:
			if ctx.Err() == nil {
				c.log.Warn("queue read failed", "partition", n, "err", err)
				c.pause(ctx, 500*time.Millisecond)
			}
			continue
		}
		for _, s := range res {
			for _, m := range s.Messages {
				if ctx.Err() != nil {
					return // left pending: the next owner reclaims it
				}
				c.process(ctx, n, m, 1)
			}
		}
	}
}

func (c *Consumer) ensureGroup(ctx context.Context, stream string) {
	err := c.q.rdb.XGroupCreateMkStream(ctx, stream, c.q.opt.Group, "0").Err()
	if err != nil && !strings.HasPrefix(err.Error(), "BUSYGROUP") && ctx.Err() == nil {
		c.log.Warn("create consumer group", "stream", stream, "err", err)
	}
}

// reclaim takes over the events pending in the partition, whoever read them
// last: holding the lease means nobody else is handling them. With minIdle
// zero (on taking the partition) it takes all of them; the periodic sweep
// takes only events idle for minIdle under another consumer's name.
func (c *Consumer) reclaim(ctx context.Context, n int, minIdle time.Duration) error {
	stream := c.q.stream(n)
	for ctx.Err() == nil {
		pend, err := c.q.rdb.XPendingExt(ctx, &redis.XPendingExtArgs{
			Stream: stream, Group: c.q.opt.Group, Start: "-", End: "+", Count: 64, Idle: minIdle,
		}).Result()
		if err != nil {
			if strings.HasPrefix(err.Error(), "NOGROUP") {
				return nil
			}
			return fmt.Errorf("list pending: %w", err)
		}
		if len(pend) == 0 {
			return nil
		}
		if minIdle > 0 {
			pend = slices.DeleteFunc(pend, func(pe redis.XPendingExt) bool { return pe.Consumer == c.opt.Name })
			if len(pend) == 0 {
				return nil
			}
		}
		for _, pe := range pend {
			if ctx.Err() != nil {
				return nil
			}
			msgs, err := c.q.rdb.XClaim(ctx, &redis.XClaimArgs{
				Stream: stream, Group: c.q.opt.Group, Consumer: c.opt.Name, Messages: []string{pe.ID},
			}).Result()
			if err != nil {
				return fmt.Errorf("claim %s: %w", pe.ID, err)
			}
			if len(msgs) == 0 { // deleted while pending: nothing to handle
				c.q.rdb.XAck(ctx, stream, c.q.opt.Group, pe.ID)
				continue
			}
			c.log.Info("reclaimed pending event", "partition", n, "entry", pe.ID, "from", pe.Consumer, "deliveries", pe.RetryCount)
			c.process(ctx, n, msgs[0], int(pe.RetryCount)+1)
		}
	}
	return nil
}

// process handles one entry, retrying in place so later events of the same
// users wait for it.
func (c *Consumer) process(readCtx context.Context, n int, m redis.XMessage, attempt int) {
	d := Delivery{Partition: n, EntryID: m.ID, Attempt: attempt, Enqueued: entryTime(m.ID)}
	payload, _ := m.Values["e"].(string)
	d.Payload = []byte(payload)
	if attempt == 1 {
		c.opt.Observer.Lag(time.Since(d.Enqueued))
	}
	for {
		if d.Attempt > c.opt.MaxAttempts {
			c.dead(d, errors.New("too many attempts (the process handling it may have crashed)"))
			return
		}
		began := time.Now()
		err := c.handle(d)
		if err == nil {
			if err := c.q.ack(c.workCtx, d); err != nil {
				c.log.Warn("ack failed; the event may be handled again (it is idempotent)", "entry", d.EntryID, "err", err)
			}
			c.opt.Observer.Handled("ok", time.Since(began))
			return
		}
		if IsPermanent(err) || d.Attempt >= c.opt.MaxAttempts {
			c.opt.Observer.Handled("dead", time.Since(began))
			c.dead(d, err)
			return
		}
		c.opt.Observer.Handled("retry", time.Since(began))
		c.log.Warn("event failed; retrying", "partition", n, "entry", d.EntryID, "attempt", d.Attempt, "err", err)
		if !c.pause(readCtx, c.backoff(d.Attempt)) {
			return // stopping: left pending for the next owner
		}
		// Count the attempt in Redis too, so a crash loop still ends in the
		// dead-letter stream.
		c.q.rdb.XClaim(c.workCtx, &redis.XClaimArgs{
			Stream: c.q.stream(n), Group: c.q.opt.Group, Consumer: c.opt.Name, Messages: []string{d.EntryID}, MinIdle: 0,
		})
		d.Attempt++
	}
}

func (c *Consumer) handle(d Delivery) (err error) {
	c.sem <- struct{}{}
	defer func() { <-c.sem }()
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic handling event: %v\n%s", r, debug.Stack())
		}
	}()
	return c.h.Handle(c.workCtx, d)
}

func (c *Consumer) dead(d Delivery, cause error) {
	c.log.Error("event dead-lettered", "partition", d.Partition, "entry", d.EntryID, "attempts", d.Attempt, "err", cause)
	if err := c.q.deadLetter(c.workCtx, d, d.Attempt, cause); err != nil {
		c.log.Error("dead-letter failed; the event stays pending", "entry", d.EntryID, "err", err)
	}
}

func (c *Consumer) backoff(attempt int) time.Duration {
	d := c.opt.Backoff << (attempt - 1)
	return min(d, 10*time.Second)
}

// pause sleeps for d unless ctx ends first; it reports whether it slept.
func (c *Consumer) pause(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

// ack acknowledges and deletes the entry in one transaction, so the stream
// holds only what is still to do.
func (q *Queue) ack(ctx context.Context, d Delivery) error {
	stream := q.stream(d.Partition)
	_, err := q.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.XAck(ctx, stream, q.opt.Group, d.EntryID)
		p.XDel(ctx, stream, d.EntryID)
		return nil
	})
	return err
}

// entryTime reads the Redis clock time out of a stream entry id.
func entryTime(id string) time.Time {
	ms, _, _ := strings.Cut(id, "-")
	v, err := strconv.ParseInt(ms, 10, 64)
	if err != nil {
		return time.Time{}
	}
	return time.UnixMilli(v)
}
