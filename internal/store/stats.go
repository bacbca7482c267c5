package store

// Daily conversation figures for the operators' quality page.
//
// Keys, one set per day (the day as the caller names it, YYYY-MM-DD in
// Japan time by convention — see Day):
//
//	<prefix>:stats:<day>         HASH of counters: messages, cat:<id>,
//	                             src:<source>, llm_calls, llm_fallbacks,
//	                             leads, lat:<bucket> (akari.LatencyBucket)
//	<prefix>:stats:<day>:users   HyperLogLog of the people who got a reply
//	<prefix>:stats:<day>:guided  HyperLogLog of the people who got guidance
//
// Every key expires StatsTTL after its last write, so the figures keep
// themselves tidy. Counters are approximate by design: a reply counted and
// then retried after a crash may count twice; that is fine for a chart.

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/akari-career/akari/internal/akari"
)

// StatsTTL is how long a day's figures are kept after their last write.
const StatsTTL = 32 * 24 * time.Hour

// Reply sources with a meaning for the LLM figures. Any other source
// (offline, script, command, crisis, guard…) is counted under src:<source>
// only.
const (
	// StatsSourceLLM is a reply the model wrote: one LLM call that worked.
	StatsSourceLLM = "llm"
	// StatsSourceFallback is a reply the offline advisor wrote because the
	// model failed: one LLM call and one fallback.
	StatsSourceFallback = "fallback"
)

// jst is the day boundary people in Japan live by.
func jst() *time.Location { return time.FixedZone("JST", jstOffset) }

const jstOffset = 9 * 60 * 60

// Day names t's day in Japan time, the form RecordReply and Stats use.
// Japan keeps no summer time: its day is the UTC day of t nine hours on,
// which needs no Location made per call (TestDayIsJapansDay).
func Day(t time.Time) string {
	var b [len(time.DateOnly)]byte
	return string(t.UTC().Add(jstOffset*time.Second).AppendFormat(b[:0], time.DateOnly))
}

func (s *Store) statsKey(day string) string { return s.prefix + ":stats:" + day }

// RecordReply counts one handled message: its worry category (may be ""),
// the source of the reply (llm, fallback, offline, script, crisis…), how
// long the person waited, and — for the distinct-people figures — who it
// was. A guidance reply (llm, fallback or offline about a worry other than
// "other") also counts the person as guided, the base of the handoff
// conversion.
func (s *Store) RecordReply(ctx context.Context, day, category, source string, latency time.Duration, userID string) error {
	if err := checkDay(day); err != nil {
		return err
	}
	key := s.statsKey(day)
	_, err := s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for _, f := range replyFields(category, source, akari.LatencyBucket(latency)) {
			p.HIncrBy(ctx, key, f, 1)
		}
		p.Expire(ctx, key, StatsTTL)
		if userID != "" {
			p.PFAdd(ctx, key+":users", userID)
			p.Expire(ctx, key+":users", StatsTTL)
			if guidance(category, source) {
				p.PFAdd(ctx, key+":guided", userID)
				p.Expire(ctx, key+":guided", StatsTTL)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("record reply stats %s: %w", day, err)
	}
	return nil
}

// RecordFallback counts one LLM call that failed and was answered
// offline, for callers that learn of the fallback apart from the reply
// (whose source is then "offline"). Do not also pass source "fallback" to
// RecordReply for the same message.
func (s *Store) RecordFallback(ctx context.Context, day string) error {
	return s.incr(ctx, day, "record fallback", "llm_calls", "llm_fallbacks")
}

// RecordLead counts one lead handed to the recruiters.
func (s *Store) RecordLead(ctx context.Context, day string) error {
	return s.incr(ctx, day, "record lead", "leads")
}

func (s *Store) incr(ctx context.Context, day, op string, fields ...string) error {
	if err := checkDay(day); err != nil {
		return err
	}
	key := s.statsKey(day)
	_, err := s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for _, f := range fields {
			p.HIncrBy(ctx, key, f, 1)
		}
		p.Expire(ctx, key, StatsTTL)
		return nil
	})
	if err != nil {
		return fmt.Errorf("%s %s: %w", op, day, err)
	}
	return nil
}

// guidance reports whether a reply was advice about a worry.
func guidance(category, source string) bool {
	if category == "" || category == string(akari.Other) {
		return false
	}
	switch source {
	case StatsSourceLLM, StatsSourceFallback, "offline":
		return true
	}
	return false
}

func checkDay(day string) error {
	if _, err := time.Parse(time.DateOnly, day); err != nil {
		return fmt.Errorf("%w: stats day %q is not YYYY-MM-DD", akari.ErrInvalid, day)
	}
	return nil
}

// Stats returns the figures of the last days days (today included, in
// Japan time), oldest first. Days without data are present with zeros.
func (s *Store) Stats(ctx context.Context, days int) ([]akari.DayStats, error) {
	return s.StatsUntil(ctx, time.Now(), days)
}

// StatsUntil is Stats for the days days ending with end's day.
func (s *Store) StatsUntil(ctx context.Context, end time.Time, days int) ([]akari.DayStats, error) {
	if days <= 0 || days > 400 {
		return nil, fmt.Errorf("%w: stats for %d days", akari.ErrInvalid, days)
	}
	out := make([]akari.DayStats, days)
	hashes := make([]*redis.MapStringStringCmd, days)
	users := make([]*redis.IntCmd, days)
	guided := make([]*redis.IntCmd, days)
	end = end.In(jst())
	_, err := s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for i := range out {
			day := Day(end.AddDate(0, 0, i-days+1))
			out[i].Day = day
			key := s.statsKey(day)
			hashes[i] = p.HGetAll(ctx, key)
			users[i] = p.PFCount(ctx, key+":users")
			guided[i] = p.PFCount(ctx, key+":guided")
		}
		return nil
	})
	if err != nil && !errors.Is(err, redis.Nil) {
		return nil, fmt.Errorf("read stats: %w", err)
	}
	for i := range out {
		d := &out[i]
		d.Categories, d.Sources = map[string]int64{}, map[string]int64{}
		d.Latency = make([]int64, len(akari.LatencyBuckets())+1)
		for field, raw := range hashes[i].Val() {
			n, err := strconv.ParseInt(raw, 10, 64)
			if err != nil {
				return nil, fmt.Errorf("read stats %s: field %s: %w", d.Day, field, err)
			}
			switch {
			case field == "messages":
				d.Messages = n
			case field == "llm_calls":
				d.LLMCalls = n
			case field == "llm_fallbacks":
				d.LLMFallbacks = n
			case field == "leads":
				d.Leads = n
			case strings.HasPrefix(field, "cat:"):
				d.Categories[field[len("cat:"):]] = n
			case strings.HasPrefix(field, "src:"):
				d.Sources[field[len("src:"):]] = n
			case strings.HasPrefix(field, "lat:"):
				b, err := strconv.Atoi(field[len("lat:"):])
				if err == nil && b >= 0 && b < len(d.Latency) {
					d.Latency[b] = n
				}
			}
		}
		d.Users, d.GuidedUsers = users[i].Val(), guided[i].Val()
	}
	return out, nil
}
