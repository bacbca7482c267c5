package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"

	"github.com/akari-career/akari/internal/app"
	"github.com/akari-career/akari/internal/worry"
)

// runEval measures the offline classifier on a labelled JSONL file, or —
// with -scenarios — plays the scenario conversations through the engine and
// the worker and reports every check.
func runEval(ctx context.Context, args []string, io stdio) error {
	fl := flag.NewFlagSet("eval", flag.ContinueOnError)
	fl.SetOutput(io.err)
	scenarios := fl.Bool("scenarios", false, "play the conversations in prompts/scenarios (or the given folder's scenarios/)")
	if err := fl.Parse(args); err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if *scenarios {
		return runScenarios(ctx, fl.Args(), io)
	}
	if fl.NArg() != 1 {
		return fmt.Errorf("%w: akari eval FILE.jsonl | akari eval -scenarios [PROMPTS_DIR]", errUsage)
	}
	m, err := loadModel()
	if err != nil {
		return err
	}
	f, err := os.Open(fl.Arg(0))
	if err != nil {
		return err
	}
	defer f.Close()
	lines, err := worry.ReadLabelled(f, fl.Arg(0))
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return worry.Evaluate(m, lines).WriteText(io.out)
}

// runScenarios plays every scenario on the offline engine (the embedded
// default, or the prompts in the given folder). It fails when a check fails.
func runScenarios(ctx context.Context, args []string, io stdio) error {
	if len(args) > 1 {
		return fmt.Errorf("%w: akari eval -scenarios [PROMPTS_DIR]", errUsage)
	}
	if len(args) == 1 {
		os.Setenv("AKARI_PROMPTS_DIR", args[0])
	}
	fsys, err := promptsFS()
	if err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(io.err, &slog.HandlerOptions{Level: slog.LevelWarn}))
	rep, err := app.PlayScenarios(ctx, fsys, log)
	if err != nil {
		return err
	}
	if err := rep.WriteText(io.out); err != nil {
		return err
	}
	if len(rep.Failures) > 0 {
		return fmt.Errorf("%d of %d checks failed", len(rep.Failures), rep.Checks)
	}
	return nil
}
