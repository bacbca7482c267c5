package store_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/redistest"
	"github.com/akari-career/akari/internal/store"
)

// TestStats records a small day of conversations and reads the figures
// back the way the quality page does.
func TestStats(t *testing.T) {
	rdb, prefix := redistest.Client(t)
	s, ctx := store.New(rdb, prefix), context.Background()
	now := time.Date(2026, 11, 21, 23, 30, 0, 0, time.FixedZone("JST", 9*3600))
	today, yesterday := store.Day(now), store.Day(now.AddDate(0, 0, -1))
	if today != "2026-11-21" || yesterday != "2026-11-20" {
		t.Fatalf("Day = %s, %s", today, yesterday)
	}

	replies := []struct {
		day, category, source string
		latency               time.Duration
		user                  string
	}{
		{today, "resignation", "llm", 2500 * time.Millisecond, "U1"},
		{today, "resignation", "fallback", 6 * time.Second, "U1"},
		{today, "salary", "offline", 150 * time.Millisecond, "U2"},
		{today, "other", "offline", 90 * time.Millisecond, "U3"}, // small talk: not guidance
		{today, "", "script", 80 * time.Millisecond, "U3"},       // greeting
		{today, "career_change", "crisis", time.Second, "U4"},    // crisis line: not guidance
		{today, "salary", "llm", 2 * time.Minute, "U2"},          // beyond the last bucket
		{yesterday, "work_meaning", "offline", 400 * time.Millisecond, "U9"},
	}
	for _, r := range replies {
		if err := s.RecordReply(ctx, r.day, r.category, r.source, r.latency, r.user); err != nil {
			t.Fatal(err)
		}
	}
	for range 2 {
		if err := s.RecordLead(ctx, today); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.RecordFallback(ctx, yesterday); err != nil {
		t.Fatal(err)
	}

	got, err := s.StatsUntil(ctx, now, 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 || got[0].Day != "2026-11-19" || got[2].Day != today {
		t.Fatalf("days = %+v, want 11-19 … 11-21", got)
	}
	if empty := got[0]; empty.Messages != 0 || len(empty.Categories) != 0 || len(empty.Latency) != len(akari.LatencyBuckets())+1 {
		t.Errorf("a day without data = %+v, want zeros", empty)
	}

	d := got[2]
	if d.Messages != 7 || d.Leads != 2 || d.LLMCalls != 3 || d.LLMFallbacks != 1 {
		t.Errorf("today: messages %d leads %d llm %d/%d, want 7, 2, 3 calls, 1 fallback", d.Messages, d.Leads, d.LLMCalls, d.LLMFallbacks)
	}
	wantCats := map[string]int64{"resignation": 2, "salary": 2, "other": 1, "career_change": 1}
	if diff := cmp.Diff(wantCats, d.Categories); diff != "" {
		t.Errorf("categories (-want +got):\n%s", diff)
	}
	wantSrc := map[string]int64{"llm": 2, "fallback": 1, "offline": 2, "script": 1, "crisis": 1}
	if diff := cmp.Diff(wantSrc, d.Sources); diff != "" {
		t.Errorf("sources (-want +got):\n%s", diff)
	}
	if d.Users != 4 || d.GuidedUsers != 2 {
		t.Errorf("users %d, guided %d; want 4 and 2 (U1, U2)", d.Users, d.GuidedUsers)
	}
	if f := d.FallbackRate(); f < 0.33 || f > 0.34 {
		t.Errorf("fallback rate = %v, want 1/3", f)
	}
	var n int64
	for _, c := range d.Latency {
		n += c
	}
	if n != 7 || d.Latency[len(d.Latency)-1] != 1 {
		t.Errorf("latency histogram %v: want 7 replies, one beyond the last bucket", d.Latency)
	}
	// Sorted: 80ms 90ms 150ms 1s 2.5s 6s 2m. p50 is the 4th (≤1s), p95 the 7th.
	if p50, p95 := d.LatencyQuantile(0.5), d.LatencyQuantile(0.95); p50 != time.Second || p95 != time.Minute {
		t.Errorf("p50 %v p95 %v, want 1s and the last bound 1m", p50, p95)
	}
	if y := got[1]; y.Messages != 1 || y.LLMCalls != 1 || y.LLMFallbacks != 1 || y.GuidedUsers != 1 {
		t.Errorf("yesterday = %+v", y)
	}

	ttl := rdb.TTL(ctx, prefix+":stats:"+today).Val()
	if ttl < 31*24*time.Hour || ttl > store.StatsTTL {
		t.Errorf("TTL of today's counters = %v, want about %v", ttl, store.StatsTTL)
	}
	if ttl := rdb.TTL(ctx, prefix+":stats:"+today+":guided").Val(); ttl < 31*24*time.Hour {
		t.Errorf("TTL of today's guided people = %v", ttl)
	}
}

func TestStatsRefusesBadInput(t *testing.T) {
	s, ctx := newStore(t), context.Background()
	for _, day := range []string{"", "2026-13-01", "21/11/2026", "2026-11-21:x"} {
		if err := s.RecordReply(ctx, day, "salary", "llm", time.Second, "U1"); !errors.Is(err, akari.ErrInvalid) {
			t.Errorf("RecordReply(day %q) = %v, want ErrInvalid", day, err)
		}
	}
	if _, err := s.Stats(ctx, 0); !errors.Is(err, akari.ErrInvalid) {
		t.Errorf("Stats(0) = %v, want ErrInvalid", err)
	}
}

func TestStatsBufferAddsUpAndFlushesOnce(t *testing.T) {
	s, ctx := newStore(t), context.Background()
	b := s.NewStatsBuffer()
	now := time.Now()
	day := store.Day(now)
	for i := range 5 {
		if err := b.AddReply(day, "salary", "llm", 2*time.Second, fmt.Sprintf("U%d", i%3)); err != nil {
			t.Fatal(err)
		}
	}
	b.AddLead(day)
	if got, _ := s.StatsUntil(ctx, now, 1); got[0].Messages != 0 {
		t.Errorf("before the flush: %d messages, want 0", got[0].Messages)
	}
	if err := b.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	got, err := s.StatsUntil(ctx, now, 1)
	if err != nil {
		t.Fatal(err)
	}
	d := got[0]
	if d.Messages != 5 || d.Categories["salary"] != 5 || d.LLMCalls != 5 || d.Leads != 1 || d.Users != 3 || d.GuidedUsers != 3 {
		t.Errorf("after the flush: %+v", d)
	}
}

// Buffered replies of many kinds add up to the very figures replies
// recorded one by one give, over two flushes.
func TestStatsBufferAgreesWithRecordReply(t *testing.T) {
	ctx := context.Background()
	one, buffered := newStore(t), newStore(t)
	b := buffered.NewStatsBuffer()
	now := time.Now()
	days := []string{store.Day(now), store.Day(now.AddDate(0, 0, -1))}
	categories := []string{"", "salary", "resignation", "other"}
	sources := []string{"", "llm", "fallback", "offline", "script", "crisis"}
	latencies := []time.Duration{0, 300 * time.Millisecond, 2 * time.Second, 9 * time.Second, time.Minute}
	n := 0
	for _, day := range days {
		for _, c := range categories {
			for _, src := range sources {
				for _, lat := range latencies {
					n++
					user := fmt.Sprintf("U%d", n%7)
					if err := one.RecordReply(ctx, day, c, src, lat, user); err != nil {
						t.Fatal(err)
					}
					if err := b.AddReply(day, c, src, lat, user); err != nil {
						t.Fatal(err)
					}
					if n == 100 {
						if err := b.Flush(ctx); err != nil {
							t.Fatal(err)
						}
					}
				}
			}
		}
	}
	if err := b.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	want, err := one.StatsUntil(ctx, now, 2)
	if err != nil {
		t.Fatal(err)
	}
	got, err := buffered.StatsUntil(ctx, now, 2)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("buffered figures differ (-one by one +buffered):\n%s", diff)
	}
	if want[0].Messages == 0 || want[1].Messages == 0 {
		t.Errorf("no messages counted: %+v", want)
	}
}

// Day is the date in Japan: t seen from a zone fixed nine hours east of
// UTC, wherever t was made.
func TestDayIsJapansDay(t *testing.T) {
	jst := time.FixedZone("JST", 9*60*60)
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		ny = time.FixedZone("EST", -5*60*60)
	}
	start := time.Date(2026, 12, 31, 14, 0, 0, 0, time.UTC)
	for _, at := range []time.Time{
		start, start.Add(59*time.Minute + 59*time.Second + 999999999), start.Add(time.Hour),
		time.Date(2024, 2, 28, 15, 0, 0, 0, time.UTC), time.Date(2024, 2, 29, 14, 59, 59, 0, time.UTC),
		time.Unix(0, 0), time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(9999, 12, 31, 14, 59, 59, 0, time.UTC),
	} {
		for _, loc := range []*time.Location{time.UTC, jst, ny, time.Local} {
			if got, want := store.Day(at.In(loc)), at.In(jst).Format(time.DateOnly); got != want {
				t.Errorf("Day(%v) = %s, want %s", at.In(loc), got, want)
			}
		}
	}
	for i := range 100_000 {
		at := start.Add(time.Duration(i) * 17 * time.Minute)
		if got, want := store.Day(at), at.In(jst).Format(time.DateOnly); got != want {
			t.Fatalf("Day(%v) = %s, want %s", at, got, want)
		}
	}
}
