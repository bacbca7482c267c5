package queue

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/akari-career/akari/internal/akari"
)

// partition is one leased stream being consumed here: a read loop that
// hands each entry to its user's lane, and the lanes, one goroutine per
// user with events waiting, each handling its user's events in stream
// order. Users are independent, so the lanes of a partition run in
// parallel (bounded by the consumer's worker slots).
type partition struct {
	c      *Consumer
	n      int
	lease  string // the lease value with its fencing token
	tenure string // this hold's name (see akari.BeginOptions)

	// fenceCtx ends when the lease is lost: handlers stop before saying
	// anything. readCtx ends too when the partition is merely given up
	// (shed, shutdown): lanes finish the event in hand and leave the rest
	// pending for the next owner.
	fenceCtx    context.Context
	fenceCancel context.CancelFunc
	readCtx     context.Context
	readCancel  context.CancelFunc
	done        chan struct{} // closed when the loop and every lane have returned

	mu       sync.Mutex
	renewed  time.Time // when the last successful renewal was sent
	lanes    map[string]*lane
	inFlight map[string]bool // entry ids read and not yet finished here
	room     chan struct{}   // signalled when an entry finishes
	lanesWG  sync.WaitGroup

	// acks collects handled entries; one acknowledger sends whatever is
	// waiting in one fenced script, so under load many events share one
	// round trip.
	acks    chan string
	ackerWG sync.WaitGroup

	// reading counts the shared reads (see reader) that hold this
	// partition: their entries are still to be dispatched here.
	reading sync.WaitGroup
}

type lane struct{ queue []redis.XMessage }

func newPartition(c *Consumer, n int, lease string, renewed time.Time) *partition {
	p := &partition{c: c, n: n, lease: lease, done: make(chan struct{}), renewed: renewed,
		lanes: map[string]*lane{}, inFlight: map[string]bool{}, room: make(chan struct{}, 1),
		acks: make(chan string, 1024)}
	p.fenceCtx, p.fenceCancel = context.WithCancel(c.workCtx)
	p.readCtx, p.readCancel = context.WithCancel(p.fenceCtx)
	return p
}

// localLease is how long after a renewal was sent this process trusts its
// lease: a fifth less than the TTL, so it stops before the lease expires
// in Redis and anyone else can take it.
func (p *partition) localLease() time.Duration { return p.c.opt.LeaseTTL * 4 / 5 }

func (p *partition) renewedAt(t time.Time) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if t.After(p.renewed) {
		p.renewed = t
	}
}

func (p *partition) expired(now time.Time) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return now.Sub(p.renewed) >= p.localLease()
}

func (p *partition) stopRead()  { p.readCancel() }
func (p *partition) fenceLost() { p.fenceCancel() }
func (p *partition) lost() bool { return p.fenceCtx.Err() != nil }

// stopping reports whether the partition is being given up. It asks both
// contexts: a cancelled parent is seen done a moment before its children
// are, and in that moment a lane must not start on its next event.
func (p *partition) stopping() bool { return p.fenceCtx.Err() != nil || p.readCtx.Err() != nil }

// maxInFlight bounds the entries read into a partition's lanes and not yet
// finished, so a burst does not pull a whole stream into memory.
func (p *partition) maxInFlight() int { return max(4*p.c.opt.Workers, 64) }

// consume handles the partition: first every entry left pending by earlier
// owners (this process's earlier loops included — they have returned), then
// new entries. Each entry goes to its user's lane in stream order.
func (p *partition) consume() {
	p.ackerWG.Add(1)
	go p.acknowledger()
	defer func() {
		p.lanesWG.Wait()
		close(p.acks)
		p.ackerWG.Wait()
	}()
	c, ctx := p.c, p.readCtx
	stream := c.q.stream(p.n)
	c.ensureGroup(ctx, stream)
	for try := 1; ctx.Err() == nil; try++ {
		err := p.reclaim(ctx, 0)
		if err == nil {
			break
		}
		c.log.Warn("reclaim failed; retrying", "partition", p.n, "err", err)
		pause(ctx, c.backoff(try))
	}
	if r := c.reader; r != nil {
		// One Redis: the process's shared read brings this partition's
		// new entries; the loop only sweeps for orphans.
		r.join(p)
		defer r.leave(p) // before the lanes are awaited (deferred first)
		p.sweep(ctx)
		return
	}
	lastSweep := time.Now()
	for try := 1; ctx.Err() == nil; {
		if time.Since(lastSweep) > c.opt.OrphanIdle/2 {
			lastSweep = time.Now()
			if err := p.reclaim(ctx, c.opt.OrphanIdle); err != nil && ctx.Err() == nil {
				c.log.Warn("orphan sweep failed", "partition", p.n, "err", err)
			}
		}
		room := p.waitRoom(ctx)
		if room == 0 {
			return
		}
		res, err := p.read(ctx, &redis.XReadGroupArgs{
			Group: c.q.opt.Group, Consumer: c.opt.Name,
			Streams: []string{stream, ">"}, Count: int64(min(room, 64)), Block: c.opt.Block,
		})
		switch {
		case errors.Is(err, redis.Nil):
			try = 1
			continue
		case err != nil && strings.HasPrefix(err.Error(), "NOGROUP"):
			c.ensureGroup(ctx, stream) // Redis lost its data (restart without persistence)
			continue
		case err != nil:
			if ctx.Err() == nil {
				c.log.Warn("queue read failed", "partition", p.n, "err", err)
				pause(ctx, c.backoff(try))
				try++
			}
			continue
		}
		try = 1
		for _, s := range res {
			for _, m := range s.Messages {
				p.dispatch(m, 1, false)
			}
		}
	}
}

// roomLeft is how many more entries may be read into the lanes.
func (p *partition) roomLeft() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.maxInFlight() - len(p.inFlight)
}

// sweep takes over orphans now and then until ctx ends: entries pending
// for OrphanIdle under any consumer name and not in hand here.
func (p *partition) sweep(ctx context.Context) {
	c := p.c
	t := time.NewTicker(c.opt.OrphanIdle / 2)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if err := p.reclaim(ctx, c.opt.OrphanIdle); err != nil && ctx.Err() == nil {
			c.log.Warn("orphan sweep failed", "partition", p.n, "err", err)
		}
	}
}

// waitRoom waits until fewer than maxInFlight entries are in hand and
// returns how many more may be read (0 when stopping).
func (p *partition) waitRoom(ctx context.Context) int {
	for {
		if room := p.roomLeft(); room > 0 {
			return room
		}
		select {
		case <-ctx.Done():
			return 0
		case <-p.room:
		}
	}
}

// dispatch queues m on its user's lane, starting the lane if idle.
// reclaimed: m was pending, read before by some consumer.
func (p *partition) dispatch(m redis.XMessage, attempt int, reclaimed bool) {
	user, _ := m.Values["u"].(string)
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.inFlight[m.ID] {
		return
	}
	p.inFlight[m.ID] = true
	if attempt > 1 {
		m.Values["_attempt"] = attempt
	}
	if reclaimed {
		m.Values["_reclaimed"] = true
	}
	if l := p.lanes[user]; l != nil {
		l.queue = append(l.queue, m)
		return
	}
	l := &lane{queue: []redis.XMessage{m}}
	p.lanes[user] = l
	p.lanesWG.Add(1)
	p.c.startLane(laneJob{p, user, l})
}

// runLane handles a user's entries one after another until none are left
// or the partition is given up (what is left stays pending, for the next
// owner to handle in order).
func (p *partition) runLane(user string, l *lane) {
	defer p.lanesWG.Done()
	for {
		p.mu.Lock()
		if len(l.queue) == 0 || p.stopping() {
			delete(p.lanes, user)
			for _, m := range l.queue {
				delete(p.inFlight, m.ID)
			}
			p.mu.Unlock()
			return
		}
		m := l.queue[0]
		l.queue = l.queue[1:]
		p.mu.Unlock()

		attempt, _ := m.Values["_attempt"].(int)
		reclaimed, _ := m.Values["_reclaimed"].(bool)
		if !p.process(user, m, max(attempt, 1), reclaimed) {
			p.finished(m.ID)
		} // else it stays in hand until its acknowledgement is sent
	}
}

// finished forgets entries that are no longer in hand here.
func (p *partition) finished(ids ...string) {
	p.mu.Lock()
	for _, id := range ids {
		delete(p.inFlight, id)
	}
	p.mu.Unlock()
	select {
	case p.room <- struct{}{}:
	default:
	}
	if r := p.c.reader; r != nil {
		r.signal()
	}
}

// reclaim takes over the entries pending in the partition, whoever read
// them last — this process included: holding the lease means nobody else is
// handling them, and entries in our own lanes are skipped. With minIdle
// zero (on taking the partition) it takes all of them; the periodic sweep
// takes those idle for minIdle.
func (p *partition) reclaim(ctx context.Context, minIdle time.Duration) error {
	c := p.c
	stream := c.q.stream(p.n)
	start := "-"
	for ctx.Err() == nil {
		pend, err := c.q.rdb.XPendingExt(ctx, &redis.XPendingExtArgs{
			Stream: stream, Group: c.q.opt.Group, Start: start, End: "+", Count: 256, Idle: minIdle,
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
		start = nextID(pend[len(pend)-1].ID)
		ids := make([]string, 0, len(pend))
		tries := map[string]int64{}
		p.mu.Lock()
		for _, pe := range pend {
			if !p.inFlight[pe.ID] {
				ids = append(ids, pe.ID)
				tries[pe.ID] = pe.RetryCount
			}
		}
		p.mu.Unlock()
		if len(ids) == 0 {
			continue
		}
		msgs, err := c.q.rdb.XClaim(ctx, &redis.XClaimArgs{
			Stream: stream, Group: c.q.opt.Group, Consumer: c.opt.Name, Messages: ids,
		}).Result()
		if err != nil {
			return fmt.Errorf("claim pending: %w", err)
		}
		got := make(map[string]bool, len(msgs))
		for _, m := range msgs {
			got[m.ID] = true
			c.log.Info("reclaimed pending event", "partition", p.n, "entry", m.ID, "deliveries", tries[m.ID])
			// Each delivery by a process that then died counts as an
			// attempt, so a poison event that crashes processes ends up
			// dead-lettered.
			p.dispatch(m, int(tries[m.ID]), true)
		}
		for _, id := range ids {
			if !got[id] { // deleted while pending: nothing to handle
				p.ack(ctx, id) // a failure leaves it for the next sweep
			}
		}
	}
	return nil
}

// process handles one entry until it is acknowledged, dead-lettered, or the
// partition is given up. Handler errors count attempts; infrastructure
// errors are retried with capped backoff for the infrastructure budget.
// It reports whether the entry was handed to the acknowledger (which
// finishes it once the acknowledgement is sent).
func (p *partition) process(user string, m redis.XMessage, attempt int, reclaimed bool) (acking bool) {
	c := p.c
	replayed := m.Values["r"] == "1" // a dead letter put back
	d := Delivery{Partition: p.n, EntryID: m.ID, UserID: user, Attempt: attempt, Enqueued: entryTime(m.ID),
		Tried: reclaimed || replayed || attempt > 1, Tenure: p.tenure}
	if c.q.inlineAcks {
		d.Ack = &akari.InlineAck{LeaseKey: c.q.lease(p.n), Token: p.lease, Stream: c.q.stream(p.n), Group: c.q.opt.Group, EntryID: m.ID}
	}
	d.Payload, _ = m.Values["e"].(string)
	if attempt == 1 {
		c.opt.Observer.Lag(time.Since(d.Enqueued))
	}
	var infraSince time.Time
	infraTries := 0
	for !p.stopping() {
		if d.Attempt > c.opt.MaxAttempts {
			p.dead(d, errors.New("too many attempts (the process handling it may have crashed)"))
			return false
		}
		began := time.Now()
		err := c.handle(p.fenceCtx, d)
		d.Tried = true // for the tries that follow, if any
		switch {
		case err == nil && d.Ack.Carried():
			c.opt.Observer.Handled("ok", time.Since(began))
			return false // acknowledged with the handler's commit
		case err == nil:
			c.opt.Observer.Handled("ok", time.Since(began))
			// The lane goes on at once: the entry is done, its
			// acknowledgement only keeps it from being handled again (which
			// would find it done).
			p.acks <- d.EntryID
			return true
		case p.lost():
			return false // another process may have it by now: leave it to them
		case IsPermanent(err):
			c.opt.Observer.Handled("dead", time.Since(began))
			p.dead(d, err)
			return false
		case IsTransient(err):
			if infraSince.IsZero() {
				infraSince = began
			}
			if time.Since(infraSince) >= c.opt.InfraBudget {
				c.opt.Observer.Handled("dead", time.Since(began))
				p.dead(d, fmt.Errorf("infrastructure errors for %s: %w", c.opt.InfraBudget, err))
				return false
			}
			c.opt.Observer.Handled("infra", time.Since(began))
			infraTries++
			c.log.Warn("event failed on infrastructure; retrying without counting an attempt",
				"partition", p.n, "entry", d.EntryID, "try", infraTries, "err", err)
			pause(p.readCtx, c.backoff(infraTries))
			continue
		}
		infraSince, infraTries = time.Time{}, 0
		if d.Attempt >= c.opt.MaxAttempts {
			c.opt.Observer.Handled("dead", time.Since(began))
			p.dead(d, err)
			return false
		}
		c.opt.Observer.Handled("retry", time.Since(began))
		c.log.Warn("event failed; retrying", "partition", p.n, "entry", d.EntryID, "attempt", d.Attempt, "err", err)
		if !pause(p.readCtx, c.backoff(d.Attempt)) {
			return false // stopping: left pending for the next owner
		}
		// Count the attempt in Redis too, so a crash loop still ends in the
		// dead letters. A failure here only loses the count.
		c.q.rdb.XClaim(p.fenceCtx, &redis.XClaimArgs{
			Stream: c.q.stream(p.n), Group: c.q.opt.Group, Consumer: c.opt.Name, Messages: []string{d.EntryID},
		})
		d.Attempt++
	}
	return false
}

// ackLua acknowledges and deletes entries only while the lease is ours:
// a loop that lost its lease cannot acknowledge what the new owner handles.
const ackLua = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return -1 end
redis.call('XACK', KEYS[2], ARGV[2], unpack(ARGV, 3))
return redis.call('XDEL', KEYS[2], unpack(ARGV, 3))`

// ackLinger is how long an acknowledgement waits for the read loop to
// carry it: under load the loop comes round sooner and sends it in the
// same round trip as its next read.
const ackLinger = 100 * time.Millisecond

// acknowledger sends the acknowledgements the read loop did not carry,
// as many as are waiting in one script, until the lanes are all done.
func (p *partition) acknowledger() {
	defer p.ackerWG.Done()
	for id := range p.acks {
		if p.readCtx.Err() == nil {
			pause(p.readCtx, ackLinger)
		}
		p.ackUntilDone(append(p.drainAcks(256), id)...)
	}
}

// drainAcks takes up to n acknowledgements that are waiting.
func (p *partition) drainAcks(n int) []string {
	var ids []string
	for len(ids) < n {
		select {
		case id, ok := <-p.acks:
			if !ok {
				return ids
			}
			ids = append(ids, id)
		default:
			return ids
		}
	}
	return ids
}

// read reads new entries, carrying the acknowledgements waiting in the
// same round trip (one pipeline: the fenced script, then the read).
func (p *partition) read(ctx context.Context, args *redis.XReadGroupArgs) ([]redis.XStream, error) {
	q := p.c.q
	ids := p.drainAcks(256)
	if len(ids) == 0 {
		return q.rdb.XReadGroup(ctx, args).Result()
	}
	var ack *redis.Cmd
	var res *redis.XStreamSliceCmd
	q.rdb.Pipelined(ctx, func(pipe redis.Pipeliner) error {
		ack = ackScript.EvalSha(ctx, pipe, []string{q.lease(p.n), q.stream(p.n)}, p.ackArgs(ids)...)
		res = pipe.XReadGroup(ctx, args)
		return nil
	})
	p.acked(ack, ids)
	return res.Result()
}

// acked finishes the acknowledgement of ids sent in a read's pipeline.
func (p *partition) acked(ack *redis.Cmd, ids []string) {
	switch r, err := ack.Int(); {
	case err == nil && r < 0:
		p.fenceLost()
		p.finished(ids...)
	case err != nil:
		p.ackUntilDone(ids...) // NOSCRIPT (loads it) or Redis down (retries)
	default:
		p.finished(ids...)
	}
}

func (p *partition) ackArgs(ids []string) []any {
	args := make([]any, 0, 2+len(ids))
	args = append(args, p.lease, p.c.q.opt.Group)
	for _, id := range ids {
		args = append(args, id)
	}
	return args
}

var ackScript = redis.NewScript(ackLua)

var errFenced = errors.New("lease held by another owner")

// ack acknowledges entries under the fence.
func (p *partition) ack(ctx context.Context, ids ...string) error {
	q := p.c.q
	r, err := ackScript.Run(ctx, q.rdb, []string{q.lease(p.n), q.stream(p.n)}, p.ackArgs(ids)...).Int()
	if err != nil {
		return err
	}
	if r < 0 {
		return errFenced
	}
	return nil
}

// ackUntilDone retries the acknowledgement through Redis errors while the
// lease is ours: an entry handled but not acknowledged would be handled
// again (harmlessly: the worker finds it done) but never passed over.
func (p *partition) ackUntilDone(ids ...string) {
	defer p.finished(ids...)
	for try := 1; ; try++ {
		err := p.ack(p.fenceCtx, ids...)
		if err == nil {
			return
		}
		if errors.Is(err, errFenced) {
			p.fenceLost()
			p.c.log.Warn("acknowledgement refused: the lease moved; the new owner will find the events done", "partition", p.n, "entries", len(ids))
			return
		}
		p.c.log.Warn("ack failed; retrying", "partition", p.n, "entries", len(ids), "err", err)
		if !pause(p.fenceCtx, p.c.backoff(try)) {
			return
		}
	}
}

// dead moves the entry to the partition's dead letters, retrying through
// Redis errors while the lease is ours: an event is never passed over.
func (p *partition) dead(d Delivery, cause error) {
	c := p.c
	c.log.Error("event dead-lettered", "partition", d.Partition, "entry", d.EntryID, "attempts", d.Attempt, "err", cause)
	for try := 1; ; try++ {
		err := c.q.deadLetter(p.fenceCtx, p.lease, d, cause)
		if err == nil {
			return
		}
		if errors.Is(err, errFenced) {
			p.fenceLost()
			return
		}
		c.log.Error("dead-letter failed; retrying (the event stays pending)", "entry", d.EntryID, "err", err)
		if !pause(p.fenceCtx, c.backoff(try)) {
			return
		}
	}
}

// nextID is the smallest stream id after id ("(" ranges need Redis 6.2).
func nextID(id string) string {
	ms, seq, _ := strings.Cut(id, "-")
	n, err := strconv.ParseUint(seq, 10, 64)
	if err != nil {
		return id
	}
	return ms + "-" + strconv.FormatUint(n+1, 10)
}
