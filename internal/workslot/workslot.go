// Package workslot lets an event's handler give its worker slot back while
// it waits on something slow outside the process — the LLM answering in
// seconds — so the slot serves events that need the CPU meanwhile (offline
// answers, commands, crisis replies), and takes it back when the wait is
// over. The queue puts the slot in the handler's context; the LLM client's
// transport marks its waits.
package workslot

import (
	"context"
	"sync"
)

type key struct{}

// slot is one handler's worker slot. Waits may overlap (the classifier and
// a summary at once): the slot is given back when the first begins and
// taken again when the last ends.
type slot struct {
	release func()
	acquire func()
	mu      sync.Mutex
	waits   int
}

// With returns ctx carrying a worker slot that release gives back and
// acquire takes again (blocking until one is free).
func With(ctx context.Context, release, acquire func()) context.Context {
	return context.WithValue(ctx, key{}, &slot{release: release, acquire: acquire})
}

// Wait marks the start of a wait outside the process and returns the
// function that ends it. Without a slot in ctx both are no-ops.
func Wait(ctx context.Context) (done func()) {
	s, _ := ctx.Value(key{}).(*slot)
	if s == nil {
		return func() {}
	}
	s.mu.Lock()
	s.waits++
	if s.waits == 1 {
		s.release()
	}
	s.mu.Unlock()
	var once sync.Once
	return func() {
		once.Do(func() {
			s.mu.Lock()
			defer s.mu.Unlock()
			s.waits--
			if s.waits == 0 {
				s.acquire()
			}
		})
	}
}
