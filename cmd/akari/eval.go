package main

import (
	"context"
	"fmt"
	"os"

	"github.com/akari-career/akari/internal/worry"
)

// runEval measures the offline classifier on a labelled JSONL file and
// prints the report.
func runEval(ctx context.Context, args []string, io stdio) error {
	if len(args) != 1 {
		return fmt.Errorf("%w: akari eval FILE.jsonl", errUsage)
	}
	m, err := loadModel()
	if err != nil {
		return err
	}
	f, err := os.Open(args[0])
	if err != nil {
		return err
	}
	defer f.Close()
	lines, err := worry.ReadLabelled(f, args[0])
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return worry.Evaluate(m, lines).WriteText(io.out)
}
