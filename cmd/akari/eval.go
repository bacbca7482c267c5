package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/app"
	"github.com/akari-career/akari/internal/worry"
)

// runEval measures the offline classifier on a labelled JSONL file (lines
// with a "risk" field are also scored by level), or — with -crisis — on one
// of the crisis sets built into the binary (so it runs from any folder), or
// — with -scenarios — plays the scenario conversations through the engine
// and the worker and reports every check.
func runEval(ctx context.Context, args []string, io stdio) error {
	fl := flag.NewFlagSet("eval", flag.ContinueOnError)
	fl.SetOutput(io.err)
	scenarios := fl.Bool("scenarios", false, "play the conversations in prompts/scenarios (or the given folder's scenarios/)")
	crisis := fl.Bool("crisis", false, "measure a built-in crisis set: heldout (default), heldout2, heldout3, heldout4, heldout5, heldout6, heldout6b, heldout7 … heldout419 or dev")
	if err := fl.Parse(args); err != nil {
		return fmt.Errorf("%w: %w", errUsage, err)
	}
	if *scenarios {
		return runScenarios(ctx, fl.Args(), io)
	}
	const usage = "akari eval FILE.jsonl | akari eval -crisis [heldout|heldout2|heldout3|heldout4|heldout5|heldout6|heldout6b|heldout7|heldout8|heldout9|heldout10|heldout11|heldout12|…|heldout419|dev] | akari eval -scenarios [PROMPTS_DIR]"
	if *crisis {
		name := "heldout"
		if fl.NArg() == 1 {
			name = fl.Arg(0)
		}
		if fl.NArg() > 1 {
			return fmt.Errorf("%w: %s", errUsage, usage)
		}
		lines, err := worry.ReadCrisisSet(name)
		if errors.Is(err, akari.ErrNotFound) {
			return fmt.Errorf("%w: %s", errUsage, usage)
		}
		if err != nil {
			return err
		}
		return evalLines(ctx, lines, io)
	}
	if fl.NArg() != 1 {
		return fmt.Errorf("%w: %s", errUsage, usage)
	}
	return evalFile(ctx, fl.Arg(0), io)
}

// evalFile measures the offline classifier on one labelled JSONL file.
func evalFile(ctx context.Context, path string, io stdio) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	lines, err := worry.ReadLabelled(f, path)
	if err != nil {
		return err
	}
	return evalLines(ctx, lines, io)
}

// evalLines measures the offline classifier on labelled lines.
func evalLines(ctx context.Context, lines []worry.Labelled, io stdio) error {
	m, err := loadModel()
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
