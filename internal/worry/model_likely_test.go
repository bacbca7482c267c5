package worry

import (
	"testing"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/prompts"
)

func TestLikelyRanksWorriesWithoutOther(t *testing.T) {
	m, err := Load(prompts.FS())
	if err != nil {
		t.Fatal(err)
	}
	got := m.Likely("コールセンターの派遣、もう辞めたいです", 3)
	if len(got) != 3 || got[0] != akari.Resignation {
		t.Errorf("Likely = %v, want resignation first, three in all", got)
	}
	for _, c := range m.Likely("こんにちは", 8) {
		if c == akari.Other {
			t.Errorf("Likely offers %q", c)
		}
	}
}
