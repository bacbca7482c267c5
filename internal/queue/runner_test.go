package queue

import (
	"context"
	"fmt"
	"testing"
)

// Lanes that follow one another run on the runner the first one started
// (a goroutine per lane before), and the runners end with the consumer.
func TestLanesReuseRunnersThatEndWithTheConsumer(t *testing.T) {
	q, _ := testQueue(t, 4)
	rec := newRecorder()
	c := q.NewConsumer(rec.handler("a"), ConsumerOptions{Name: "a", LeaseTTL: 600e6, Block: 100e6})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); c.Run(ctx) }()
	t.Cleanup(func() { cancel(); <-done })
	const people = 10
	for u := range people {
		// One person after another: each lane starts once the last ended.
		if _, err := q.Enqueue(ctx, []Item{item(fmt.Sprintf("U%02d", u), 0)}); err != nil {
			t.Fatal(err)
		}
		waitFor(t, "the event", func() bool { return rec.total() == u+1 })
	}
	c.runMu.Lock()
	started := c.runners
	c.runMu.Unlock()
	if started >= people {
		t.Errorf("%d lanes one after another started %d runners, want fewer: each lane a goroutine of its own", people, started)
	}
	cancel()
	<-done
	waitFor(t, "the runners to end", func() bool {
		c.runMu.Lock()
		defer c.runMu.Unlock()
		return c.running == 0 && len(c.idle) == 0
	})
}
