package queue

import (
	"slices"
	"time"
)

// A runner is a goroutine that runs lanes, of any of the process's
// partitions, one after another: when its lane is done it waits a while
// (runnerIdle) for the next one instead of ending. A goroutine per lane
// started with a small stack and grew it by copying, two or three times
// per event (at the event's first Redis read): 4 % of the process's CPU.
// A runner's stack stays grown from lane to lane, and while it waits —
// for a lane, or for a worker slot (Consumer.awaitSlot) — it does so
// inside a frame of runnerKeep bytes, so the GC, which halves the stack
// of a goroutine using less than a quarter of it, leaves it alone (a
// runner without it regrew its stack after every GC that found it
// waiting, which cost as much as the goroutines per lane did). The idle
// runners are taken newest first, so the same few run most lanes and the
// others end.
type runner struct{ lanes chan laneJob }

type laneJob struct {
	p    *partition
	user string
	l    *lane
}

// runnerIdle is how long a runner waits for another lane before it ends.
const runnerIdle = 2 * time.Second

// runnerKeep is the frame a runner waits in: a quarter of the stack a lane
// grows to, or more.
const runnerKeep = 16 << 10

// startLane hands a lane to an idle runner, or starts one. The lane is
// counted in its partition's lanesWG already.
func (c *Consumer) startLane(job laneJob) {
	c.runMu.Lock()
	defer c.runMu.Unlock()
	if n := len(c.idle); n > 0 {
		r := c.idle[n-1]
		c.idle = c.idle[:n-1]
		r.lanes <- job // never blocks: an idle runner's channel is empty
		return
	}
	c.runners++
	c.running++
	go c.run(&runner{lanes: make(chan laneJob, 1)}, job)
}

// run runs job's lane, then each lane handed to r, until none comes for
// runnerIdle or the consumer's work is over.
func (c *Consumer) run(r *runner, job laneJob) {
	t := time.NewTimer(runnerIdle)
	defer t.Stop()
	defer func() {
		c.runMu.Lock()
		c.running--
		c.runMu.Unlock()
	}()
	for ok := true; ok; job, ok = c.await(r, t) {
		job.p.runLane(job.user, job.l)
	}
}

// await waits for r's next lane, inside a frame that keeps r's stack from
// being shrunk; false when none came.
//
//go:noinline
func (c *Consumer) await(r *runner, t *time.Timer) (laneJob, bool) {
	var keep [runnerKeep]byte
	hold(&keep)
	c.runMu.Lock()
	c.idle = append(c.idle, r)
	c.runMu.Unlock()
	t.Reset(runnerIdle)
	select {
	case job := <-r.lanes:
		return job, true
	case <-t.C:
	case <-c.workCtx.Done():
	}
	c.runMu.Lock()
	if i := slices.Index(c.idle, r); i >= 0 {
		c.idle = slices.Delete(c.idle, i, i+1)
		c.runMu.Unlock()
		return laneJob{}, false
	}
	c.runMu.Unlock()
	// Taken for a lane as the wait ended: the lane is in the channel.
	return <-r.lanes, true
}

// hold keeps a frame on the stack (the compiler cannot drop it).
//
//go:noinline
func hold(*[runnerKeep]byte) {}
