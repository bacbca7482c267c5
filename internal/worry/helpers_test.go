package worry

import (
	"os"
	"sync"
	"testing"

	"github.com/akari-career/akari/prompts"
)

// shippedModel is trained once per test binary: a Model is immutable, and
// training takes a good part of a second under -race.
var shippedModel = sync.OnceValues(func() (*Model, error) { return Load(prompts.FS()) })

// loadModel returns the model trained from the prompts built into the
// binary, the ones the product ships.
func loadModel(tb testing.TB) *Model {
	tb.Helper()
	m, err := shippedModel()
	if err != nil {
		tb.Fatalf("Load(prompts.FS()): %v", err)
	}
	return m
}

// readLabelledFile reads a JSONL evaluation file.
func readLabelledFile(tb testing.TB, path string) []Labelled {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	lines, err := ReadLabelled(f, path)
	if err != nil {
		tb.Fatal(err)
	}
	return lines
}
