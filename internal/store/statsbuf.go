package store

import (
	"context"
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/akari-career/akari/internal/akari"
)

// StatsBuffer adds up the daily figures in-process and writes them in one
// pipeline per flush, instead of about nine writes per reply to the day's
// keys — the busiest keys of a Cluster, all on one master. A failed flush
// keeps its figures for the next one; figures not yet flushed when the
// process dies are lost (they are approximate by design).
type StatsBuffer struct {
	s    *Store
	mu   sync.Mutex
	days map[string]*dayFigures
}

type dayFigures struct {
	counts map[string]int64
	// replies counts replies by what names their fields, folded into
	// counts by Flush: a reply adds to them without making field names.
	replies       map[replyKey]int64
	users, guided map[string]struct{}
}

type replyKey struct {
	category, source string
	latency          int // akari.LatencyBucket
}

// fold adds the replies to the counts under their fields' names.
func (d *dayFigures) fold() {
	for k, n := range d.replies {
		for _, f := range replyFields(k.category, k.source, k.latency) {
			d.counts[f] += n
		}
	}
	clear(d.replies)
}

// NewStatsBuffer returns an empty buffer writing to s.
func (s *Store) NewStatsBuffer() *StatsBuffer {
	return &StatsBuffer{s: s, days: map[string]*dayFigures{}}
}

func (b *StatsBuffer) day(day string) *dayFigures {
	d := b.days[day]
	if d == nil {
		d = &dayFigures{counts: map[string]int64{}, replies: map[replyKey]int64{}, users: map[string]struct{}{}, guided: map[string]struct{}{}}
		b.days[day] = d
	}
	return d
}

// AddReply is RecordReply, buffered.
func (b *StatsBuffer) AddReply(day, category, source string, latency time.Duration, userID string) error {
	if err := checkDay(day); err != nil {
		return err
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	d := b.day(day)
	d.replies[replyKey{category, source, akari.LatencyBucket(latency)}]++
	if userID != "" {
		d.users[userID] = struct{}{}
		if guidance(category, source) {
			d.guided[userID] = struct{}{}
		}
	}
	return nil
}

// AddLead is RecordLead, buffered.
func (b *StatsBuffer) AddLead(day string) error {
	if err := checkDay(day); err != nil {
		return err
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.day(day).counts["leads"]++
	return nil
}

// Flush writes what was added since the last flush.
func (b *StatsBuffer) Flush(ctx context.Context) error {
	b.mu.Lock()
	days := b.days
	b.days = map[string]*dayFigures{}
	b.mu.Unlock()
	if len(days) == 0 {
		return nil
	}
	for _, d := range days {
		d.fold()
	}
	_, err := b.s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for day, d := range days {
			key := b.s.statsKey(day)
			for f, n := range d.counts {
				p.HIncrBy(ctx, key, f, n)
			}
			p.Expire(ctx, key, StatsTTL)
			if len(d.users) > 0 {
				p.PFAdd(ctx, key+":users", members(d.users)...)
				p.Expire(ctx, key+":users", StatsTTL)
			}
			if len(d.guided) > 0 {
				p.PFAdd(ctx, key+":guided", members(d.guided)...)
				p.Expire(ctx, key+":guided", StatsTTL)
			}
		}
		return nil
	})
	if err != nil {
		// Keep the figures for the next flush (a count may double if the
		// pipeline half-applied; the figures are approximate by design).
		b.mu.Lock()
		for day, d := range days {
			cur := b.day(day)
			for f, n := range d.counts {
				cur.counts[f] += n
			}
			for u := range d.users {
				cur.users[u] = struct{}{}
			}
			for u := range d.guided {
				cur.guided[u] = struct{}{}
			}
		}
		b.mu.Unlock()
		return fmt.Errorf("flush stats: %w", err)
	}
	return nil
}

func members(set map[string]struct{}) []any {
	out := make([]any, 0, len(set))
	for u := range set {
		out = append(out, u)
	}
	return out
}

// replyFields are the counters one reply adds to.
func replyFields(category, source string, latencyBucket int) []string {
	fs := []string{"messages", "lat:" + strconv.Itoa(latencyBucket)}
	if category != "" {
		fs = append(fs, "cat:"+category)
	}
	if source != "" {
		fs = append(fs, "src:"+source)
	}
	switch source {
	case StatsSourceLLM:
		fs = append(fs, "llm_calls")
	case StatsSourceFallback:
		fs = append(fs, "llm_calls", "llm_fallbacks")
	}
	return fs
}
