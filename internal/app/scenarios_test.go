package app_test

import (
	"context"
	"io/fs"
	"log/slog"
	"path"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/akari-career/akari/internal/app"
	"github.com/akari-career/akari/prompts"
)

// TestScenarios plays every conversation eval in prompts/scenarios through
// the engine and the worker: each check is a promise to the person.
//
// Under the race detector it plays one scenario file in raceScenarioDivisor
// (the engine is the same on every file; the detector looks at the
// worker's goroutines): .ci/run plays them all without it.
func TestScenarios(t *testing.T) {
	fsys := prompts.FS()
	if raceDetector {
		fsys = someScenarios(t, fsys, raceScenarioDivisor)
	}
	rep, err := app.PlayScenarios(context.Background(), fsys, slog.New(slog.DiscardHandler))
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

// raceScenarioDivisor: see TestScenarios. Sixteen since round 40 (396
// files), twenty since round 52 (498 files; the race step of .ci/run, the
// longest part of the run, had grown to 16 minutes in all).
const raceScenarioDivisor = 20

// someScenarios is fsys with one scenario file in n, from the first, and
// every other file as it is.
func someScenarios(t *testing.T, fsys fs.FS, n int) fs.FS {
	t.Helper()
	out := fstest.MapFS{}
	i := 0
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if path.Dir(name) == "scenarios" {
			i++
			if (i-1)%n != 0 {
				return nil
			}
		}
		data, err := fs.ReadFile(fsys, name)
		out[name] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("race detector: %d of %d scenario files (the full run is without it)", (i+n-1)/n, i)
	return out
}
