package worry

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestFeatureTableAgreesWithMaps asks the category models' tables for
// every n-gram they know, every n-gram of the project's messages and
// random ones, and wants what their Go maps answer; then the same of a
// table of float32 weights (the risk models') built from keys made to
// collide in the table's low and high bits, 0 and the largest key.
func TestFeatureTableAgreesWithMaps(t *testing.T) {
	m := loadModel(t)
	var asked []uint64
	for _, text := range oracleTexts(t) {
		asked = features(asked, normalize(nil, text, classifierView))
	}
	rng := rand.New(rand.NewPCG(16, 6))
	for range 100_000 {
		asked = append(asked, rng.Uint64())
	}
	for name, w := range map[string]*weights{"nb": &m.nb, "lr": &m.lr} {
		for k := range w.index {
			asked = append(asked, k)
		}
		for _, k := range asked {
			got, gotOK := w.rows.get(k)
			want, wantOK := w.index[k]
			if got != want || gotOK != wantOK {
				t.Fatalf("%s: get(%#x) = %d, %v, want %d, %v", name, k, got, gotOK, want, wantOK)
			}
		}
	}

	weights := map[uint64]float32{0: 1.5, math.MaxUint64: -2}
	for i := range uint64(3000) {
		weights[i<<40] = float32(i)      // alike in the low bits
		weights[i*7+1] = -float32(i) / 3 // alike in the high bits
		weights[rng.Uint64()] = float32(rng.NormFloat64())
	}
	table := newFeatureTable(weights)
	var keys []uint64
	for k := range weights {
		keys = append(keys, k, k+1, k^1<<63)
	}
	for _, k := range keys {
		got, gotOK := table.get(k)
		want, wantOK := weights[k]
		if math.Float32bits(got) != math.Float32bits(want) || gotOK != wantOK {
			t.Fatalf("get(%#x) = %v, %v, want %v, %v", k, got, gotOK, want, wantOK)
		}
	}
	var empty featureTable[float32]
	if v, ok := empty.get(42); v != 0 || ok {
		t.Errorf("empty table: get(42) = %v, %v, want 0, false", v, ok)
	}
}
