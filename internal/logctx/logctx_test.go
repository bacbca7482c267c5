package logctx_test

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"testing"

	"github.com/akari-career/akari/internal/logctx"
)

func TestAttributesReachEveryLine(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(logctx.NewHandler(slog.NewTextHandler(&buf, nil))).With("app", "akari")
	ctx := logctx.With(context.Background(), slog.String("event_id", "ev1"))
	ctx = logctx.With(ctx, slog.String("user", "h1"))

	log.InfoContext(ctx, "handled")
	log.WithGroup("llm").WarnContext(ctx, "slow")
	log.Info("no context")

	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("got %d lines, want 3:\n%s", len(lines), buf.String())
	}
	for i, want := range []bool{true, true, false} {
		got := strings.Contains(lines[i], "event_id=ev1") && strings.Contains(lines[i], "user=h1")
		if got != want {
			t.Errorf("line %d %q: carries the event's attributes = %v, want %v", i, lines[i], got, want)
		}
		if !strings.Contains(lines[i], "app=akari") {
			t.Errorf("line %d %q lost the logger's own attributes", i, lines[i])
		}
	}
}
