package queue

import (
	"context"
	"fmt"
	"net"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

// readCounter counts the XREADGROUP calls that brought entries, and the
// streams they brought entries of.
type readCounter struct {
	mu      sync.Mutex
	reads   int
	streams map[string]bool
}

func (r *readCounter) count(cmd redis.Cmder) {
	x, ok := cmd.(*redis.XStreamSliceCmd)
	if !ok || cmd.Err() != nil || len(x.Val()) == 0 {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.reads++
	for _, s := range x.Val() {
		if len(s.Messages) > 0 {
			r.streams[s.Stream] = true
		}
	}
}

func (r *readCounter) DialHook(next redis.DialHook) redis.DialHook {
	return func(ctx context.Context, network, addr string) (net.Conn, error) { return next(ctx, network, addr) }
}

func (r *readCounter) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	return func(ctx context.Context, cmd redis.Cmder) error {
		err := next(ctx, cmd)
		r.count(cmd)
		return err
	}
}

func (r *readCounter) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return func(ctx context.Context, cmds []redis.Cmder) error {
		err := next(ctx, cmds)
		for _, c := range cmds {
			r.count(c)
		}
		return err
	}
}

// The shared read (one Redis) hands out what the partitions' own reads
// did — every event once, each person's in order, through a rebalance
// that sheds partitions from one process to another — and brings entries
// of many partitions per read, where the partitions' own loops needed a
// read for each partition at least.
func TestSharedReadsHandleWhatPartitionReadsDid(t *testing.T) {
	const partitions, users, perUser = 16, 24, 12
	for _, shared := range []bool{false, true} {
		t.Run(fmt.Sprintf("shared=%v", shared), func(t *testing.T) {
			q, rdb := testQueue(t, partitions)
			q.sharedReads = shared
			reads := &readCounter{streams: map[string]bool{}}
			rdb.AddHook(reads)
			rec := newRecorder()
			stopA := startConsumer(t, q, "a", rec.handler("a"), ConsumerOptions{Workers: 8})
			ctx := context.Background()
			owned := func(owner string, n int) func() bool {
				return func() bool {
					held := 0
					for p := range partitions {
						if v, _ := rdb.Get(ctx, q.lease(p)).Result(); len(v) > len(owner) && v[:len(owner)+1] == owner+"#" {
							held++
						}
					}
					return held == n
				}
			}
			waitFor(t, "a to hold every partition", owned("a", partitions))
			time.Sleep(200 * time.Millisecond) // every loop reading, or joined to the shared read

			// One batch over every partition, while a holds them all.
			var batch []Item
			for u := range users {
				batch = append(batch, item(fmt.Sprintf("U%02d", u), 0))
			}
			if _, err := q.Enqueue(ctx, batch); err != nil {
				t.Fatal(err)
			}
			waitFor(t, "the first batch", func() bool { return rec.total() == users })
			reads.mu.Lock()
			n, touched := reads.reads, len(reads.streams)
			reads.mu.Unlock()
			t.Logf("%d reads brought entries of %d partitions", n, touched)
			if shared && n >= touched {
				// 2 in a run on Redis 7.0, 20 with the partitions' loops.
				t.Errorf("%d reads brought entries of %d partitions, want fewer reads than partitions", n, touched)
			}
			if !shared && n < touched {
				t.Errorf("%d reads brought entries of %d partitions: each partition's loop reads its own stream", n, touched)
			}

			// Then a second process comes and a sheds half its partitions
			// to it while events keep coming; then a goes.
			startConsumer(t, q, "b", rec.handler("b"), ConsumerOptions{Workers: 8})
			for seq := 1; seq < perUser; seq++ {
				var batch []Item
				for u := range users {
					batch = append(batch, item(fmt.Sprintf("U%02d", u), seq))
				}
				if _, err := q.Enqueue(ctx, batch); err != nil {
					t.Fatal(err)
				}
				if seq == perUser/2 {
					stopA()
				}
				time.Sleep(20 * time.Millisecond)
			}
			waitFor(t, "every event", func() bool { return rec.total() == users*perUser })
			time.Sleep(100 * time.Millisecond) // a double would come at once
			checkOrder(t, rec, users, perUser)
			rec.mu.Lock()
			defer rec.mu.Unlock()
			if rec.byName["b"] == 0 {
				t.Errorf("b handled nothing, want the partitions a shed and left")
			}
		})
	}
}

// A partition leaves the shared read only once no read holds it: the
// entries of a read in flight are dispatched to its lanes before its loop
// returns, never after (its lanes would then run beside the next loop's).
func TestPartitionLeavesOnlyWhenNoReadHoldsIt(t *testing.T) {
	q, _ := testQueue(t, 1)
	c := q.NewConsumer(HandlerFunc(func(context.Context, Delivery) error { return nil }), ConsumerOptions{Name: "a"})
	p := newPartition(c, 0, "a#1", time.Now())
	c.reader.join(p)
	parts, _, _ := c.reader.take()
	if len(parts) != 1 {
		t.Fatalf("take = %d partitions, want the one joined", len(parts))
	}
	left := make(chan struct{})
	go func() { c.reader.leave(p); close(left) }()
	select {
	case <-left:
		t.Fatal("leave returned while a read held the partition")
	case <-time.After(50 * time.Millisecond):
	}
	p.reading.Done() // the read has dispatched
	<-left
	if parts, _, _ := c.reader.take(); len(parts) != 0 {
		t.Errorf("take after leave = %d partitions, want none", len(parts))
	}
}

// One COUNT serves every stream of a shared read: a partition with room
// for less than a batch is left out (and the read kept short) instead of
// making every stream's COUNT its room, as the partitions' own reads
// never did to each other.
func TestSharedReadLeavesOutAPartitionWithoutRoomForABatch(t *testing.T) {
	q, _ := testQueue(t, 2)
	c := q.NewConsumer(HandlerFunc(func(context.Context, Delivery) error { return nil }), ConsumerOptions{Name: "a", Workers: 16})
	full := newPartition(c, 0, "a#1", time.Now())
	free := newPartition(c, 1, "a#2", time.Now())
	for i := range full.maxInFlight() - 3 {
		full.inFlight[fmt.Sprintf("0-%d", i+1)] = true
	}
	for i := range 10 {
		free.inFlight[fmt.Sprintf("0-%d", i+1)] = true
	}
	c.reader.join(full)
	c.reader.join(free)
	parts, count, crowded := c.reader.take()
	for _, p := range parts {
		p.reading.Done()
	}
	if len(parts) != 1 || parts[0] != free {
		t.Errorf("took %d partitions, want only the one with room", len(parts))
	}
	if want := min(readBatch, free.maxInFlight()-10); count != want {
		t.Errorf("count = %d, want %d: the room of the partition taken, at most a batch", count, want)
	}
	if !crowded {
		t.Error("crowded = false, want true: a partition was left out for want of room")
	}
}
