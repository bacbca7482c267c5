package app

import (
	"context"
	"fmt"
	"io/fs"
	"log/slog"
	"sync/atomic"

	"github.com/akari-career/akari/internal/advice"
	"github.com/akari-career/akari/internal/jobs"
	"github.com/akari-career/akari/internal/playbook"
	"github.com/akari-career/akari/internal/scenario"
	"github.com/akari-career/akari/internal/worry"
)

// PlayScenarios plays the scenario conversations found in fsys through the
// offline engine and the worker, each as a fresh person, with the built-in
// job sample, and reports every check. `akari eval -scenarios`, the test
// suite and the studio's quality page use it.
func PlayScenarios(ctx context.Context, fsys fs.FS, log *slog.Logger) (scenario.Report, error) {
	scenarios, err := scenario.Load(fsys)
	if err != nil {
		return scenario.Report{}, err
	}
	lib, err := playbook.Load(fsys)
	if err != nil {
		return scenario.Report{}, err
	}
	model, err := worry.Load(fsys)
	if err != nil {
		return scenario.Report{}, err
	}
	cat, err := loadCatalog("", jobs.DefaultMaxAge)
	if err != nil {
		return scenario.Report{}, err
	}
	engine, err := NewEngine(Brain{Library: advice.Fixed(lib), Model: func() *worry.Model { return model }, Jobs: cat, Log: log})
	if err != nil {
		return scenario.Report{}, err
	}
	var n atomic.Int64 // conversations are played at once
	return scenario.Run(ctx, scenarios, func(s scenario.Scenario) (scenario.Conversation, error) {
		return NewLocal(engine, fmt.Sprintf("Uscenario%d", n.Add(1)), s.User)
	})
}
