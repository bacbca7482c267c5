package store_test

import (
	"context"
	"testing"
	"time"
)

func TestHumanTakeover(t *testing.T) {
	s, ctx := newStore(t), context.Background()
	if _, active, err := s.HumanActive(ctx, "U1"); err != nil || active {
		t.Fatalf("before takeover: active %v, err %v", active, err)
	}
	if first, err := s.MarkHumanNoticeSent(ctx, "U1"); err != nil || first {
		t.Errorf("notice without takeover: first %v, err %v; want false", first, err)
	}
	if err := s.SetHumanActive(ctx, "U1", "佐藤", time.Now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	rec, active, err := s.HumanActive(ctx, "U1")
	if err != nil || !active || rec != "佐藤" {
		t.Fatalf("HumanActive = %q, %v, %v; want 佐藤, true", rec, active, err)
	}
	if first, _ := s.MarkHumanNoticeSent(ctx, "U1"); !first {
		t.Error("first notice not reported as first")
	}
	if first, _ := s.MarkHumanNoticeSent(ctx, "U1"); first {
		t.Error("second notice reported as first")
	}
	// Another message from the recruiter extends the takeover, not the notice.
	if err := s.SetHumanActive(ctx, "U1", "佐藤", time.Now().Add(2*time.Hour)); err != nil {
		t.Fatal(err)
	}
	if h, _ := s.HumanState(ctx, "U1"); !h.Told || time.Until(h.Until) < time.Hour {
		t.Errorf("after extension: %+v", h)
	}
	if err := s.ClearHuman(ctx, "U1"); err != nil {
		t.Fatal(err)
	}
	if _, active, _ := s.HumanActive(ctx, "U1"); active {
		t.Error("still active after ClearHuman")
	}
}

func TestHumanTakeoverExpires(t *testing.T) {
	s, ctx := newStore(t), context.Background()
	if err := s.SetHumanActive(ctx, "U1", "佐藤", time.Now().Add(300*time.Millisecond)); err != nil {
		t.Fatal(err)
	}
	if _, active, _ := s.HumanActive(ctx, "U1"); !active {
		t.Fatal("not active right after SetHumanActive")
	}
	time.Sleep(400 * time.Millisecond)
	if _, active, _ := s.HumanActive(ctx, "U1"); active {
		t.Error("takeover still active after its end")
	}
	if err := s.SetHumanActive(ctx, "U1", "佐藤", time.Now().Add(-time.Second)); err == nil {
		t.Error("takeover ending in the past accepted")
	}
}
