package worry

import "math/bits"

// A featureTable is a read-only map from an n-gram's hash to a value,
// made once after training: open addressing with linear probing, at most
// half full. The models look up every feature of every message; Go's map
// hashed each key again and probed in groups, which cost more than the
// arithmetic the look-ups feed.
type featureTable[V any] struct {
	slots []featureSlot[V]
	shift uint
}

type featureSlot[V any] struct {
	key  uint64
	val  V
	used bool
}

// newFeatureTable copies m.
func newFeatureTable[V any](m map[uint64]V) featureTable[V] {
	size := 8
	for size < 2*len(m) {
		size *= 2
	}
	t := featureTable[V]{slots: make([]featureSlot[V], size), shift: uint(64 - bits.TrailingZeros(uint(size)))}
	mask := size - 1
	for k, v := range m {
		i := t.slot(k)
		for t.slots[i].used {
			i = (i + 1) & mask
		}
		t.slots[i] = featureSlot[V]{key: k, val: v, used: true}
	}
	return t
}

// slot is where k's probe starts. The features are hashes already, but
// multiplying spreads any that differ only in their low bits.
func (t *featureTable[V]) slot(k uint64) int {
	return int((k * 0x9E3779B97F4A7C15) >> t.shift)
}

// get returns k's value, as a Go map's comma-ok look-up does.
func (t *featureTable[V]) get(k uint64) (V, bool) {
	if len(t.slots) == 0 {
		var zero V
		return zero, false
	}
	mask := len(t.slots) - 1
	for i := t.slot(k); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if !s.used {
			var zero V
			return zero, false
		}
		if s.key == k {
			return s.val, true
		}
	}
}
