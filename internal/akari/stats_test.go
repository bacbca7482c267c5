package akari_test

import (
	"testing"

	"github.com/akari-career/akari/internal/akari"
)

func TestLatencyQuantileWithoutData(t *testing.T) {
	if q := (akari.DayStats{}).LatencyQuantile(0.95); q != 0 {
		t.Errorf("no replies: p95 = %v, want 0", q)
	}
}
