package store_test

import (
	"context"
	"testing"
	"time"
)

func TestHumanTakeover(t *testing.T) {
	s, ctx := newStore(t), context.Background()
	if h, err := s.HumanState(ctx, "U1"); err != nil || h.Active {
		t.Fatalf("before takeover: %+v, err %v", h, err)
	}
	if first, err := s.MarkHumanNoticeSent(ctx, "U1"); err != nil || first {
		t.Errorf("notice without takeover: first %v, err %v; want false", first, err)
	}
	if err := s.SetHumanActive(ctx, "U1", "佐藤", time.Now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	h, err := s.HumanState(ctx, "U1")
	if err != nil || !h.Active || h.Recruiter != "佐藤" {
		t.Fatalf("HumanState = %+v, %v; want 佐藤, active", h, err)
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
	if h, _ := s.HumanState(ctx, "U1"); h.Active {
		t.Error("still active after ClearHuman")
	}
}

func TestHumanTakeoverExpires(t *testing.T) {
	s, ctx := newStore(t), context.Background()
	if err := s.SetHumanActive(ctx, "U1", "佐藤", time.Now().Add(300*time.Millisecond)); err != nil {
		t.Fatal(err)
	}
	if h, _ := s.HumanState(ctx, "U1"); !h.Active {
		t.Fatal("not active right after SetHumanActive")
	}
	time.Sleep(400 * time.Millisecond)
	if h, _ := s.HumanState(ctx, "U1"); h.Active {
		t.Error("takeover still active after its end")
	}
	if err := s.SetHumanActive(ctx, "U1", "佐藤", time.Now().Add(-time.Second)); err == nil {
		t.Error("takeover ending in the past accepted")
	}
}
