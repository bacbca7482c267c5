package jobs

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/akari-career/akari/internal/yamldoc"
)

// today is the date the sample catalog was written for.
var today = time.Date(2026, 11, 21, 10, 0, 0, 0, time.UTC)

// problemsOf unpacks the problems of Load, ImportCSV or NewCatalog.
func problemsOf(t *testing.T, err error) yamldoc.Problems {
	t.Helper()
	if err == nil {
		t.Fatal("got no error, want problems")
	}
	var list yamldoc.Problems
	if !errors.As(err, &list) {
		t.Fatalf("error %v (%T) is not yamldoc.Problems", err, err)
	}
	return list
}

func openTestdata(t *testing.T, name string) *os.File {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func sampleCatalog(t testing.TB) *Catalog {
	t.Helper()
	c, err := Sample()
	if err != nil {
		t.Fatalf("Sample: %v", err)
	}
	return c
}
