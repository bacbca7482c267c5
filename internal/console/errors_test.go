package console

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestAClosedPageIsNotAnError: a studio page that closes ends its long
// poll; that is no failure and must not be logged as one.
func TestAClosedPageIsNotAnError(t *testing.T) {
	var buf bytes.Buffer
	h := &Handler{log: slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelInfo}))}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	r := httptest.NewRequest(http.MethodGet, "/console/api/studio/sim/deliveries", nil).WithContext(ctx)
	h.fail(httptest.NewRecorder(), r, fmt.Errorf("wait for deliveries: %w", ctx.Err()))
	if strings.Contains(buf.String(), "level=ERROR") {
		t.Errorf("a closed page logged an error: %s", buf.String())
	}
	// A real failure still is one.
	r = httptest.NewRequest(http.MethodGet, "/console/api/studio/sim/deliveries", nil)
	h.fail(httptest.NewRecorder(), r, fmt.Errorf("redis down"))
	if !strings.Contains(buf.String(), "level=ERROR") {
		t.Errorf("a real failure was not logged as an error: %s", buf.String())
	}
}
