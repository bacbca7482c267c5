package queue

import (
	"context"
	"errors"
	"strings"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"
)

// reader reads new entries for all of a process's partitions at once, on
// one Redis (not a Cluster, where the streams live in other slots): one
// blocking XREADGROUP over every partition that has room, instead of one
// per partition. Each read then brings whatever every partition received
// since the last one, so the reads per event fall from about one (each
// partition's loop woken by each of its entries) to a fraction — the
// intake queues events in batches, and the read after a wake-up finds the
// rest of the batch. What a partition's own loop did besides reading
// (taking over what was pending, the orphan sweeps, the acknowledgements)
// stays with the partition.
//
// A partition joins once it has reclaimed what was left pending and leaves
// when it is given up; leave waits for a read that includes it to finish
// dispatching, so a partition's lanes never start after its loop returned
// (a partition is taken again only then).
type reader struct {
	c    *Consumer
	wake chan struct{} // a partition joined, or got room again

	mu    sync.Mutex
	parts map[*partition]bool // joined, not left
}

// readerBlock caps one shared read's wait, so a partition that joins while
// a read blocks waits for it no longer than this.
const readerBlock = 500 * time.Millisecond

// readerShortBlock is the wait while a partition of the process is left
// out of the read — for want of room, which it gets as its lanes finish,
// or because it has not joined yet — so it does not wait long for the
// read after.
const readerShortBlock = 25 * time.Millisecond

// readBatch is the most entries one read takes from a stream.
const readBatch = 64

func newReader(c *Consumer) *reader {
	return &reader{c: c, wake: make(chan struct{}, 1), parts: map[*partition]bool{}}
}

func (r *reader) signal() {
	select {
	case r.wake <- struct{}{}:
	default:
	}
}

// join adds p to the reads.
func (r *reader) join(p *partition) {
	r.mu.Lock()
	r.parts[p] = true
	r.mu.Unlock()
	r.signal()
}

// leave takes p out of the reads and waits until no read holds it.
func (r *reader) leave(p *partition) {
	r.mu.Lock()
	delete(r.parts, p)
	r.mu.Unlock()
	p.reading.Wait()
}

// take picks the joined partitions that are not stopping and have room
// for a batch, marking each as held by the read (p.reading); it tells the
// fewest entries any of them may get (one COUNT serves every stream of a
// read) and whether one was left out for want of room. A partition whose
// room is below a batch waits for its lanes to finish some, rather than
// making every stream's COUNT as small as its room.
func (r *reader) take() (parts []*partition, count int, crowded bool) {
	count = readBatch
	r.mu.Lock()
	defer r.mu.Unlock()
	for p := range r.parts {
		if p.stopping() {
			continue
		}
		room := p.roomLeft()
		if room < min(readBatch, p.maxInFlight()/2) {
			crowded = true
			continue
		}
		count = min(count, room)
		p.reading.Add(1) // before leave's Wait: leave takes r.mu first
		parts = append(parts, p)
	}
	return parts, count, crowded
}

// run reads until ctx ends.
func (r *reader) run(ctx context.Context) {
	c := r.c
	for try := 1; ctx.Err() == nil; {
		parts, count, crowded := r.take()
		if len(parts) == 0 {
			select {
			case <-ctx.Done():
				return
			case <-r.wake:
			case <-time.After(readerBlock):
				// A partition that was stopping may have left meanwhile;
				// look again now and then even without a signal.
			}
			continue
		}
		block := min(c.opt.Block, readerBlock)
		// A partition taken but not joined yet (it is reclaiming what was
		// left pending) should not wait for a long read either.
		if crowded || len(parts) < c.count() {
			block = min(block, readerShortBlock)
		}
		err := r.read(ctx, parts, count, block)
		for _, p := range parts {
			p.reading.Done()
		}
		switch {
		case err == nil || errors.Is(err, redis.Nil):
			try = 1
		case strings.HasPrefix(err.Error(), "NOGROUP"):
			// Redis lost its data (restart without persistence).
			for _, p := range parts {
				c.ensureGroup(ctx, c.q.stream(p.n))
			}
		case ctx.Err() == nil:
			c.log.Warn("queue read failed", "partitions", len(parts), "err", err)
			pause(ctx, c.backoff(try))
			try++
		}
	}
}

// read reads new entries of parts in one round trip, with the
// acknowledgements their loops are waiting to send (each its partition's
// fenced script, before the read in the same pipeline), and hands each
// entry to its partition's lanes.
func (r *reader) read(ctx context.Context, parts []*partition, count int, block time.Duration) error {
	c := r.c
	q := c.q
	streams := make([]string, 2*len(parts))
	byStream := make(map[string]*partition, len(parts))
	for i, p := range parts {
		s := q.stream(p.n)
		streams[i], streams[len(parts)+i] = s, ">"
		byStream[s] = p
	}
	args := &redis.XReadGroupArgs{Group: q.opt.Group, Consumer: c.opt.Name, Streams: streams, Count: int64(count), Block: block}

	type acks struct {
		p   *partition
		ids []string
		cmd *redis.Cmd
	}
	var waiting []acks
	for _, p := range parts {
		if ids := p.drainAcks(256); len(ids) > 0 {
			waiting = append(waiting, acks{p: p, ids: ids})
		}
	}
	var res *redis.XStreamSliceCmd
	if len(waiting) == 0 {
		res = q.rdb.XReadGroup(ctx, args)
	} else {
		q.rdb.Pipelined(ctx, func(pipe redis.Pipeliner) error {
			for i := range waiting {
				w := &waiting[i]
				w.cmd = ackScript.EvalSha(ctx, pipe, []string{q.lease(w.p.n), q.stream(w.p.n)}, w.p.ackArgs(w.ids)...)
			}
			res = pipe.XReadGroup(ctx, args)
			return nil
		})
		for _, w := range waiting {
			w.p.acked(w.cmd, w.ids)
		}
	}
	got, err := res.Result()
	if err != nil {
		return err
	}
	for _, s := range got {
		p := byStream[s.Stream]
		if p == nil {
			continue
		}
		for _, m := range s.Messages {
			p.dispatch(m, 1, false)
		}
	}
	return nil
}
