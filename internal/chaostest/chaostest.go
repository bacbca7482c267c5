// Package chaostest drives webhook load at a running Akari and checks what
// the people got: every acknowledged event answered exactly once, each
// person's answers in the order they wrote. The chaos tests (Redis killed,
// a replica killed, a Cluster master or a Sentinel master failing over)
// use it while they break things.
package chaostest

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"sync"
	"time"

	"github.com/akari-career/akari/internal/line"
	"github.com/akari-career/akari/internal/linesim"
)

// Long reports whether the long versions were asked for
// (AKARI_CHAOS_LONG=1): more people, more events, longer outages.
func Long() bool { return os.Getenv("AKARI_CHAOS_LONG") != "" }

// Scale returns short in the test suite and long under AKARI_CHAOS_LONG.
func Scale(short, long int) int {
	if Long() {
		return long
	}
	return short
}

// Load is webhook traffic: Users people writing PerUser messages each,
// Gap apart, each person's in order. A webhook answered with anything but
// 200 is redelivered, as LINE does, until it is acknowledged or Redeliver
// passes.
type Load struct {
	Users, PerUser int
	Gap            time.Duration
	Redeliver      time.Duration // how long LINE keeps redelivering; 1m
	Post           func(linesim.Event) int
	Events         *linesim.Builder
	Prefix         string // user id prefix; "U"
}

// Run is a load that has been started.
type Run struct {
	mu     sync.Mutex
	events map[string][]linesim.Event // by user, in order
	acked  map[string]bool            // event id → got 200
	done   chan struct{}
}

// Start sends the events in the background, each built just before it is
// sent (so its reply token and timestamp are fresh, as LINE's are).
func (l Load) Start(ctx context.Context) *Run {
	if l.Redeliver == 0 {
		l.Redeliver = time.Minute
	}
	if l.Prefix == "" {
		l.Prefix = "U"
	}
	r := &Run{events: map[string][]linesim.Event{}, acked: map[string]bool{}, done: make(chan struct{})}
	var wg sync.WaitGroup
	for u := range l.Users {
		user := l.Prefix + strconv.Itoa(u)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range l.PerUser {
				ev := l.Events.Text(user, fmt.Sprintf("転職の相談 %d", i))
				r.mu.Lock()
				r.events[user] = append(r.events[user], ev)
				r.mu.Unlock()
				deadline := time.Now().Add(l.Redeliver)
				for ctx.Err() == nil && time.Now().Before(deadline) {
					if l.Post(ev) == 200 {
						r.mu.Lock()
						r.acked[ev.WebhookEventID] = true
						r.mu.Unlock()
						break
					}
					ev.DeliveryContext.IsRedelivery = true
					time.Sleep(200 * time.Millisecond)
				}
				time.Sleep(l.Gap)
			}
		}()
	}
	go func() { wg.Wait(); close(r.done) }()
	return r
}

// Wait waits until every event was sent (and acknowledged, or given up).
func (r *Run) Wait() { <-r.done }

// Report is what the people got.
type Report struct {
	Acked      int // events acknowledged with 200
	Answered   int // acknowledged events answered at least once
	Lost       int // acknowledged events never answered
	Doubled    int // events answered more than once
	OutOfOrder int // people whose answers came out of order
	Detail     []string
}

func (r Report) String() string {
	return fmt.Sprintf("acked %d, answered %d, lost %d, doubled %d, people out of order %d", r.Acked, r.Answered, r.Lost, r.Doubled, r.OutOfOrder)
}

// Check waits up to within for every acknowledged event to be answered,
// lets stragglers arrive for settle, and reports.
func (r *Run) Check(sim *linesim.Server, within, settle time.Duration) Report {
	deadline := time.Now().Add(within)
	for {
		rep := r.report(sim)
		if rep.Lost == 0 || time.Now().After(deadline) {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	time.Sleep(settle)
	return r.report(sim)
}

func (r *Run) report(sim *linesim.Server) Report {
	r.mu.Lock()
	defer r.mu.Unlock()
	var rep Report
	for user, evs := range r.events {
		byToken := map[string]int{}
		byKey := map[string]int{}
		for i, ev := range evs {
			byToken[ev.ReplyToken] = i
			byKey[line.RetryKey(ev.WebhookEventID)] = i
		}
		got := make([]int, len(evs))
		last, ordered := -1, true
		for _, d := range sim.Deliveries(user) {
			i, ok := byToken[d.ReplyToken]
			if d.Via == "push" {
				i, ok = byKey[d.RetryKey]
			}
			if !ok {
				continue
			}
			got[i]++
			if i < last {
				ordered = false
			}
			last = max(last, i)
		}
		if !ordered {
			rep.OutOfOrder++
			rep.Detail = append(rep.Detail, fmt.Sprintf("%s out of order", user))
		}
		for i, ev := range evs {
			if !r.acked[ev.WebhookEventID] {
				continue
			}
			rep.Acked++
			switch {
			case got[i] == 0:
				rep.Lost++
				rep.Detail = append(rep.Detail, fmt.Sprintf("%s event %d lost", user, i))
			case got[i] > 1:
				rep.Doubled++
				rep.Answered++
				rep.Detail = append(rep.Detail, fmt.Sprintf("%s event %d answered %d times", user, i, got[i]))
			default:
				rep.Answered++
			}
		}
	}
	return rep
}

// Waits returns, for every answered event, how long after the event its
// first answer arrived.
func (r *Run) Waits(sim *linesim.Server) []time.Duration {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []time.Duration
	for user, evs := range r.events {
		ds := sim.Deliveries(user)
		for _, ev := range evs {
			key := line.RetryKey(ev.WebhookEventID)
			for _, d := range ds {
				if d.ReplyToken == ev.ReplyToken && d.Via == "reply" || d.Via == "push" && d.RetryKey == key {
					out = append(out, d.At.Sub(time.UnixMilli(ev.Timestamp)))
					break
				}
			}
		}
	}
	return out
}

// Until polls cond every 50 ms and returns how long it took to hold, or
// -1 when it did not within limit.
func Until(limit time.Duration, cond func() bool) time.Duration {
	began := time.Now()
	for time.Since(began) < limit {
		if cond() {
			return time.Since(began)
		}
		time.Sleep(50 * time.Millisecond)
	}
	return -1
}
