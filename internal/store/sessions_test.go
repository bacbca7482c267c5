package store_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/akari-career/akari/internal/akari"
)

func TestSessions(t *testing.T) {
	s, ctx := newStore(t), context.Background()
	sess, err := s.CreateSession(ctx, "recruiter", time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if len(sess.Token) < 40 || len(sess.CSRF) < 40 || sess.Token == sess.CSRF {
		t.Fatalf("weak tokens: %q %q", sess.Token, sess.CSRF)
	}
	got, err := s.Session(ctx, sess.Token)
	if err != nil || got.User != "recruiter" || got.CSRF != sess.CSRF {
		t.Fatalf("Session = %+v, %v", got, err)
	}
	if _, err := s.Session(ctx, sess.Token+"x"); !errors.Is(err, akari.ErrNotFound) {
		t.Errorf("wrong token: got %v, want ErrNotFound", err)
	}
	if err := s.DeleteSession(ctx, sess.Token); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Session(ctx, sess.Token); !errors.Is(err, akari.ErrNotFound) {
		t.Errorf("after logout: got %v, want ErrNotFound", err)
	}
	short, _ := s.CreateSession(ctx, "recruiter", 200*time.Millisecond)
	time.Sleep(300 * time.Millisecond)
	if _, err := s.Session(ctx, short.Token); !errors.Is(err, akari.ErrNotFound) {
		t.Errorf("expired session: got %v, want ErrNotFound", err)
	}
}

func TestLoginThrottle(t *testing.T) {
	s, ctx := newStore(t), context.Background()
	for i := 1; i <= 3; i++ {
		n, err := s.LoginFailed(ctx, "ip:192.0.2.1", time.Minute)
		if err != nil || n != int64(i) {
			t.Fatalf("failure %d counted as %d, %v", i, n, err)
		}
	}
	if d, _ := s.LoginLocked(ctx, "ip:192.0.2.1"); d != 0 {
		t.Errorf("locked %v before LockLogin", d)
	}
	if err := s.LockLogin(ctx, "ip:192.0.2.1", time.Minute); err != nil {
		t.Fatal(err)
	}
	if d, _ := s.LoginLocked(ctx, "ip:192.0.2.1"); d <= 50*time.Second {
		t.Errorf("locked for %v, want about a minute", d)
	}
	if err := s.LoginSucceeded(ctx, "ip:192.0.2.1"); err != nil {
		t.Fatal(err)
	}
	if d, _ := s.LoginLocked(ctx, "ip:192.0.2.1"); d != 0 {
		t.Errorf("still locked %v after success", d)
	}
	if n, _ := s.LoginFailed(ctx, "ip:192.0.2.1", time.Minute); n != 1 {
		t.Errorf("count after reset = %d, want 1", n)
	}
}
