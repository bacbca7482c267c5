package queue

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/workslot"
)

// Delivery is one queued event handed to a Handler.
type Delivery struct {
	Partition int
	EntryID   string    // stream entry id
	UserID    string    // the lane: events of one user are handled in order
	Payload   string    // the event as LINE sent it, as Redis answers it (no copy)
	Enqueued  time.Time // when intake queued it (Redis clock)
	Attempt   int       // 1 for the first try; more after a handler failure or a reclaim
	// Tried says an earlier try of the entry may have run, here or in
	// another process (a retry, a reclaimed entry, a replayed dead
	// letter): the handler cannot take it that nothing was done for it yet.
	Tried bool
	// Tenure names this hold of the partition (see akari.BeginOptions);
	// a new one each time the partition is taken.
	Tenure string
	// Ack, when not nil, lets the handler acknowledge the entry inside its
	// own commit script on the same Redis (see akari.InlineAck); if it
	// does, the queue sends no acknowledgement. nil on a Cluster.
	Ack *akari.InlineAck
}

// Handler handles one event. Returning nil acknowledges it; an error retries
// it in place (keeping the user's order): a Transient error (Redis, network,
// an overloaded LINE) for up to the infrastructure budget without counting
// an attempt, any other error until the attempts run out, unless the error
// is Permanent.
//
// The context is cancelled when this process loses the partition's lease:
// another process may handle the event by then, so nothing should be said
// to the person after that.
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
// straight to the dead letters.
func Permanent(err error) error { return permanentError{err} }

// IsPermanent reports whether err was marked with Permanent.
func IsPermanent(err error) bool { var p permanentError; return errors.As(err, &p) }

// Observer receives what a consumer does, for metrics. Any method may be
// called from many goroutines.
type Observer interface {
	Lag(d time.Duration)
	Handled(outcome string, took time.Duration) // ok, retry, infra, dead
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
	LeaseTTL    time.Duration // a dead process's partitions move after this; 6s
	MaxAttempts int           // handler failures before dead-lettering; 5
	Block       time.Duration // how long one read waits for new events; 2s
	Grace       time.Duration // how long in-flight events may finish at shutdown; 20s
	Backoff     time.Duration // first retry delay, doubled each time; 200ms
	// InfraBudget is how long an event is retried through infrastructure
	// errors (Redis or network down, a failover, LINE overloaded) before
	// it is dead-lettered; those retries count no attempt. 2m: longer than
	// any failover.
	InfraBudget time.Duration
	// MaxBackoff caps the wait between two tries; 5s.
	MaxBackoff time.Duration
	// OrphanIdle: entries pending this long in a partition we hold, under
	// any consumer name (ours included) and not being handled here, are
	// taken over. max(1m, 3×LeaseTTL).
	OrphanIdle time.Duration
	Logger     *slog.Logger
	Observer   Observer
}

func (o *ConsumerOptions) defaults() {
	if o.Workers <= 0 {
		o.Workers = 16
	}
	if o.LeaseTTL <= 0 {
		o.LeaseTTL = 6 * time.Second
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
	if o.MaxBackoff <= 0 {
		o.MaxBackoff = 5 * time.Second
	}
	if o.InfraBudget <= 0 {
		o.InfraBudget = 2 * time.Minute
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

// Consumer owns a fair share of the partitions and handles their events:
// one at a time per user, many users at once, up to Workers.
type Consumer struct {
	q   *Queue
	h   Handler
	opt ConsumerOptions
	log *slog.Logger
	sem chan struct{}
	// reader reads for every partition at once (one Redis); nil in a
	// Cluster, where each partition's loop reads its own stream.
	reader *reader

	// runMu guards the lane runners waiting for a lane (see runner).
	runMu   sync.Mutex
	idle    []*runner
	runners int // started, for tests
	running int // not ended, for tests

	// workCtx outlives the read loops so in-flight events can finish at
	// shutdown; it is cancelled when the grace period ends.
	workCtx    context.Context
	cancelWork context.CancelCauseFunc

	mu    sync.Mutex
	owned map[int]*partition
	// stopping partitions were given up (shed, lease lost, shutdown) but
	// their loop or a lane is still finishing. A partition is never taken
	// again while its previous loop runs here, so two loops of one process
	// never share a partition.
	stopping map[int]*partition
	live     int // processes alive at the last good heartbeat
	tenures  int // partitions taken so far, for the tenures' names
}

// NewConsumer returns a consumer of q that hands events to h.
func (q *Queue) NewConsumer(h Handler, opt ConsumerOptions) *Consumer {
	opt.defaults()
	if opt.Name == "" {
		panic("queue: ConsumerOptions.Name is required")
	}
	workCtx, cancel := context.WithCancelCause(context.Background())
	c := &Consumer{
		q: q, h: h, opt: opt, log: opt.Logger.With("consumer", opt.Name),
		sem: make(chan struct{}, opt.Workers), workCtx: workCtx, cancelWork: cancel,
		owned: map[int]*partition{}, stopping: map[int]*partition{}, live: 1,
	}
	if q.sharedReads {
		c.reader = newReader(c)
	}
	return c
}

// tick is how often leases are renewed and partitions balanced: a quarter
// of the lease, so a renewal can fail twice before the lease is in danger
// and a dead process's partitions are taken within TTL + TTL/4.
func (c *Consumer) tick() time.Duration { return c.opt.LeaseTTL / 4 }

// Run balances partitions and handles events until ctx is cancelled. Then it
// stops reading, lets in-flight events finish within the grace period,
// releases its leases so other processes take over at once, and returns.
// Events it did not finish stay pending and are reclaimed by the next owner.
func (c *Consumer) Run(ctx context.Context) error {
	defer c.cancelWork(akari.ErrShutdown)
	if c.reader != nil {
		// The reader outlives the partitions' loops, which wait for it to
		// let go of them: it stops once they have all returned.
		readCtx, stopReading := context.WithCancel(context.Background())
		done := make(chan struct{})
		go func() { defer close(done); c.reader.run(readCtx) }()
		defer func() { stopReading(); <-done }()
	}
	tick := time.NewTicker(c.tick())
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
	for n, p := range c.owned {
		p.stopRead()
		c.stopping[n] = p
		delete(c.owned, n)
	}
	parts := make([]*partition, 0, len(c.stopping))
	for _, p := range c.stopping {
		parts = append(parts, p)
	}
	c.mu.Unlock()

	// Keep the leases while the last events finish, so nobody else starts
	// on them early.
	renewCtx, stopRenew := context.WithCancel(context.Background())
	renewed := make(chan struct{})
	go func() {
		defer close(renewed)
		t := time.NewTicker(c.tick())
		defer t.Stop()
		for {
			select {
			case <-renewCtx.Done():
				return
			case <-t.C:
				for _, p := range parts {
					c.renew(renewCtx, p)
				}
			}
		}
	}()
	grace := time.NewTimer(c.opt.Grace)
	defer grace.Stop()
	for _, p := range parts {
		select {
		case <-p.done:
		case <-grace.C:
			c.log.Warn("shutdown grace ended; unfinished events stay pending for another process")
			c.cancelWork(akari.ErrShutdown)
			<-p.done
		}
	}
	stopRenew()
	// The renewals end before shutdown does: none may log or touch Redis
	// after the consumer is closed.
	<-renewed
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	for _, p := range parts {
		c.release(ctx, p)
	}
	c.q.rdb.ZRem(ctx, c.q.instancesKey(), c.opt.Name)
	c.opt.Observer.Owned(0)
}

// acquireLua takes a free lease and stamps it with a fencing token: the
// holder's name and a number that grows with every acquisition, so a loop
// that lost the lease can never pass for the one that holds it now.
const acquireLua = `
if redis.call('EXISTS', KEYS[1]) == 1 then return false end
local v = ARGV[1] .. '#' .. redis.call('INCR', KEYS[2])
redis.call('SET', KEYS[1], v, 'PX', ARGV[2])
return v`

// renewLua extends a lease only if this loop still holds it.
const renewLua = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0`

// releaseLua deletes a lease only if this loop still holds it.
const releaseLua = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0`

var (
	acquireScript = redis.NewScript(acquireLua)
	renewScript   = redis.NewScript(renewLua)
	releaseScript = redis.NewScript(releaseLua)
)

// rebalance heartbeats, renews the leases held, sheds partitions beyond the
// fair share and takes free ones up to it. The heartbeat only sizes the
// fair share: when its key cannot be written (its Cluster master is failing
// over) the last known count is used and leases are renewed all the same.
func (c *Consumer) rebalance(ctx context.Context) error {
	rdb, ttl := c.q.rdb, c.opt.LeaseTTL
	now := time.Now()
	var live *redis.IntCmd
	_, err := rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		p.ZAdd(ctx, c.q.instancesKey(), redis.Z{Score: float64(now.UnixMilli()), Member: c.opt.Name})
		// A process that missed its heartbeats for a whole lease is gone:
		// its leases have expired too.
		p.ZRemRangeByScore(ctx, c.q.instancesKey(), "-inf", strconv.FormatInt(now.Add(-ttl).UnixMilli(), 10))
		live = p.ZCard(ctx, c.q.instancesKey())
		return nil
	})
	c.mu.Lock()
	if err == nil {
		c.live = int(max(live.Val(), 1))
	}
	nlive := c.live
	held := make([]*partition, 0, len(c.owned))
	for _, p := range c.owned {
		held = append(held, p)
	}
	stopping := make([]*partition, 0, len(c.stopping))
	for _, p := range c.stopping {
		stopping = append(stopping, p)
	}
	c.mu.Unlock()
	if err != nil {
		c.log.Warn("heartbeat failed; renewing leases anyway", "err", err)
	}
	share := (c.q.opt.Partitions + nlive - 1) / nlive

	var toRenew []*partition
	for _, p := range stopping {
		if !p.lost() {
			toRenew = append(toRenew, p)
		}
	}
	ours := c.renewAll(ctx, append(toRenew, held...))
	kept := 0
	for _, p := range held {
		if !ours[p] {
			continue
		}
		if kept++; kept > share {
			c.stop(p, "over the fair share") // hand it to another process
		}
	}
	c.dropExpired(time.Now())

	// Take free partitions, starting at an offset of our own so processes
	// starting together do not all race for partition 0.
	h := fnv.New32a()
	h.Write([]byte(c.opt.Name))
	start := int(h.Sum32() % uint32(c.q.opt.Partitions))
	var firstErr error
	for i := 0; i < c.q.opt.Partitions && c.count() < share; i++ {
		n := (start + i) % c.q.opt.Partitions
		if c.has(n) {
			continue
		}
		began := time.Now()
		v, err := acquireScript.Run(ctx, rdb, []string{c.q.lease(n), c.q.fence(n)}, c.opt.Name, ttl.Milliseconds()).Text()
		switch {
		case errors.Is(err, redis.Nil):
		case err != nil:
			// One master may be down while others answer: go on.
			if firstErr == nil {
				firstErr = fmt.Errorf("acquire partition %d: %w", n, err)
			}
		default:
			c.start(n, v, began)
		}
	}
	c.opt.Observer.Owned(c.count())
	c.observeBacklog(ctx)
	return firstErr
}

// renewAll renews leases in one pipeline — in a Cluster, one round trip
// per master, sent to all at once, so a master that is down delays no
// other — bounded by a tick. It reports which partitions are still ours.
func (c *Consumer) renewAll(ctx context.Context, parts []*partition) map[*partition]bool {
	ours := make(map[*partition]bool, len(parts))
	if len(parts) == 0 {
		return ours
	}
	ctx, cancel := context.WithTimeout(ctx, c.tick())
	defer cancel()
	began := time.Now()
	cmds := make([]*redis.Cmd, len(parts))
	c.q.rdb.Pipelined(ctx, func(pipe redis.Pipeliner) error {
		for i, p := range parts {
			cmds[i] = renewScript.EvalSha(ctx, pipe, []string{c.q.lease(p.n)}, p.lease, c.opt.LeaseTTL.Milliseconds())
		}
		return nil
	})
	for i, p := range parts {
		ok, err := cmds[i].Int()
		switch {
		case err != nil && isNoScript(err):
			ours[p] = c.renew(ctx, p) // loads the script
		case err != nil:
			c.log.Warn("lease renewal failed", "partition", p.n, "err", err)
			ours[p] = !p.lost()
		case ok == 0:
			c.log.Warn("lease lost; stopping partition", "partition", p.n)
			p.fenceLost()
			c.stop(p, "lease lost")
		default:
			p.renewedAt(began)
			ours[p] = true
		}
	}
	return ours
}

// renew extends p's lease and reports whether p is still ours. A lease
// found taken stops p at once.
func (c *Consumer) renew(ctx context.Context, p *partition) bool {
	began := time.Now()
	ok, err := renewScript.Run(ctx, c.q.rdb, []string{c.q.lease(p.n)}, p.lease, c.opt.LeaseTTL.Milliseconds()).Int()
	switch {
	case err != nil && ctx.Err() != nil:
		// Renewals stopped (shutdown): no failure to report.
		return !p.lost()
	case err != nil:
		c.log.Warn("lease renewal failed", "partition", p.n, "err", err)
		return !p.lost()
	case ok == 0:
		c.log.Warn("lease lost; stopping partition", "partition", p.n)
		p.fenceLost()
		c.stop(p, "lease lost")
		return false
	}
	p.renewedAt(began)
	return true
}

// dropExpired stops partitions whose lease could not be renewed in time:
// another process may own them soon. The local deadline comes before the
// lease's expiry in Redis (it counts from before the renewal was sent), so
// this process stops before anyone else can start.
func (c *Consumer) dropExpired(now time.Time) {
	c.mu.Lock()
	var expired []*partition
	for _, p := range c.owned {
		if p.expired(now) {
			expired = append(expired, p)
		}
	}
	c.mu.Unlock()
	for _, p := range expired {
		c.log.Warn("lease not renewed in time; stopping partition", "partition", p.n)
		p.fenceLost()
		c.stop(p, "lease expired")
	}
}

func (c *Consumer) observeBacklog(ctx context.Context) {
	c.mu.Lock()
	ns := make([]int, 0, len(c.owned))
	for n := range c.owned {
		ns = append(ns, n)
	}
	c.mu.Unlock()
	if len(ns) == 0 {
		return
	}
	ctx, cancel := context.WithTimeout(ctx, c.tick())
	defer cancel()
	cmds := make([]*redis.IntCmd, len(ns))
	c.q.rdb.Pipelined(ctx, func(pipe redis.Pipeliner) error {
		for i, n := range ns {
			cmds[i] = pipe.XLen(ctx, c.q.stream(n))
		}
		return nil
	})
	for i, n := range ns {
		if l, err := cmds[i].Result(); err == nil {
			c.opt.Observer.Backlog(n, l)
		}
	}
}

func (c *Consumer) count() int { c.mu.Lock(); defer c.mu.Unlock(); return len(c.owned) }

// has reports whether n is held or still finishing here: a partition whose
// previous loop has not returned is not taken again (its lanes could still
// be handling events that the new loop would reclaim).
func (c *Consumer) has(n int) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.owned[n] != nil || c.stopping[n] != nil
}

func (c *Consumer) start(n int, lease string, renewed time.Time) {
	p := newPartition(c, n, lease, renewed)
	c.mu.Lock()
	c.tenures++
	// The lease names the holder and the acquisition; the count keeps
	// the name unique here even if Redis lost its fencing counter.
	p.tenure = lease + "/" + strconv.Itoa(c.tenures)
	c.owned[n] = p
	c.mu.Unlock()
	c.log.Debug("partition acquired", "partition", n, "lease", lease)
	go func() {
		defer close(p.done)
		p.consume()
	}()
}

// stop ends a partition's loop. Once it and its lanes have returned, the
// lease is given back (if still ours), so the next owner never overlaps
// with us, and the partition may be taken here again.
func (c *Consumer) stop(p *partition, why string) {
	c.mu.Lock()
	if c.owned[p.n] != p {
		c.mu.Unlock()
		return
	}
	delete(c.owned, p.n)
	c.stopping[p.n] = p
	c.mu.Unlock()
	c.log.Debug("partition stopping", "partition", p.n, "why", why)
	p.stopRead()
	c.opt.Observer.Backlog(p.n, 0)
	go func() {
		<-p.done
		if !p.lost() {
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			c.release(ctx, p)
			cancel()
		}
		c.mu.Lock()
		if c.stopping[p.n] == p {
			delete(c.stopping, p.n)
		}
		c.mu.Unlock()
	}()
}

func (c *Consumer) release(ctx context.Context, p *partition) {
	if err := releaseScript.Run(ctx, c.q.rdb, []string{c.q.lease(p.n)}, p.lease).Err(); err != nil {
		c.log.Warn("lease release failed; it will expire", "partition", p.n, "err", err)
	}
}

func (c *Consumer) ensureGroup(ctx context.Context, stream string) {
	err := c.q.rdb.XGroupCreateMkStream(ctx, stream, c.q.opt.Group, "0").Err()
	if err != nil && !strings.HasPrefix(err.Error(), "BUSYGROUP") && ctx.Err() == nil {
		c.log.Warn("create consumer group", "stream", stream, "err", err)
	}
}

// handle runs the handler in one of the process's worker slots.
func (c *Consumer) handle(ctx context.Context, d Delivery) (err error) {
	if err := ctx.Err(); err != nil {
		return err // select below would pick a free slot over a done context at random
	}
	select {
	case c.sem <- struct{}{}:
	default:
		if err := c.awaitSlot(ctx); err != nil {
			return err
		}
	}
	defer func() { <-c.sem }()
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic handling event: %v\n%s", r, debug.Stack())
		}
	}()
	// While the handler waits on something slow outside (the LLM), its
	// slot serves other events.
	ctx = workslot.With(ctx, func() { <-c.sem }, func() { c.sem <- struct{}{} })
	return c.h.Handle(ctx, d)
}

// awaitSlot waits for a worker slot inside a frame that keeps the
// runner's stack from being shrunk meanwhile (see runner).
//
//go:noinline
func (c *Consumer) awaitSlot(ctx context.Context) error {
	var keep [runnerKeep]byte
	hold(&keep)
	select {
	case c.sem <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (c *Consumer) backoff(try int) time.Duration {
	if try > 20 {
		return c.opt.MaxBackoff
	}
	return min(c.opt.Backoff<<max(try-1, 0), c.opt.MaxBackoff)
}

// pause sleeps for d unless ctx ends first; it reports whether it slept.
func pause(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
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
