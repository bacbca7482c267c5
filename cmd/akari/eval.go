package main

import (
	"context"
	"fmt"
	"os"

	"github.com/akari-career/akari/internal/worry"
)

// crisisHeldout is the held-out crisis set, relative to the repository.
const crisisHeldout = "internal/worry/testdata/crisis_heldout.jsonl"

// runEval measures the offline classifier on a labelled JSONL file and
// prints the report; lines with a "risk" field are also scored by level.
// "akari eval -crisis" measures the held-out crisis set that ships with
// the source (internal/worry/testdata/crisis_heldout.jsonl) when run from
// the repository.
func runEval(ctx context.Context, args []string, io stdio) error {
	if len(args) == 1 && args[0] == "-crisis" {
		args = []string{crisisHeldout}
	}
	if len(args) != 1 {
		return fmt.Errorf("%w: akari eval FILE.jsonl | akari eval -crisis", errUsage)
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
