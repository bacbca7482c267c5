package store

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/akari-career/akari/internal/akari"
)

// The cache keeps at most warmMax people and warmBytes of what they said,
// and its count of bytes stays true as entries come, grow and go.
func TestWarmCacheStaysWithinItsBounds(t *testing.T) {
	var w warm
	big := strings.Repeat("あ", 3000) // 9 KB a state
	for i := range warmMax + 2000 {
		u := "U" + strconv.Itoa(i)
		w.read(u, "t", 0, "", []string{"word"}, nil)
		w.committed(u, "t", "", "1:ev", akari.Stored{State: []byte(big), Said: []string{"said"}, Keep: 2}, true, time.Now())
		if i%3 == 0 {
			w.forget("U" + strconv.Itoa(i/2))
		}
	}
	sum := 0
	for _, e := range w.entries {
		sum += e.size()
	}
	if len(w.entries) > warmMax || w.bytes > warmBytes || w.bytes != sum {
		t.Errorf("%d entries, %d bytes counted (%d held); want at most %d and %d, counted right", len(w.entries), w.bytes, sum, warmMax, warmBytes)
	}
	if len(w.entries) < warmBytes/len(big)/2 {
		t.Errorf("%d entries left: making room dropped far more than it needed", len(w.entries))
	}
}
