package app_test

import (
	"context"
	"log/slog"
	"strings"
	"testing"

	"github.com/akari-career/akari/internal/app"
	"github.com/akari-career/akari/prompts"
)

// TestScenarios plays every conversation eval in prompts/scenarios through
// the engine and the worker: each check is a promise to the person.
func TestScenarios(t *testing.T) {
	rep, err := app.PlayScenarios(context.Background(), prompts.FS(), slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	if rep.Scenarios == 0 {
		t.Fatal("no scenarios were played")
	}
	for _, f := range rep.Failures {
		t.Error(f.String())
	}
	var b strings.Builder
	rep.WriteText(&b)
	t.Log(strings.SplitN(b.String(), "\n", 2)[0])
}
