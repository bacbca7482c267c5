package jobs

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// today is the date the sample catalog was written for.
var today = time.Date(2026, 11, 21, 10, 0, 0, 0, time.UTC)

// problemsOf unpacks the joined errors of Load or ImportCSV.
func problemsOf(t *testing.T, err error) []*Error {
	t.Helper()
	if err == nil {
		t.Fatal("got no error, want problems")
	}
	var list []*Error
	var walk func(error)
	walk = func(err error) {
		if joined, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range joined.Unwrap() {
				walk(e)
			}
			return
		}
		var e *Error
		if !errors.As(err, &e) {
			t.Fatalf("error %v (%T) is not a *jobs.Error", err, err)
		}
		list = append(list, e)
	}
	walk(err)
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
