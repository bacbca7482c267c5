package worry

// visitOrder is the order in which a pass of stochastic gradient descent
// visits the training lines: sorted by a hash of each line's text and the
// pass number. It is as good a shuffle as a seeded one, but a line's place
// depends on its own text alone. A seeded shuffle of the whole file
// reordered every pass when one line was added or removed, and moved other
// lines' probabilities by up to 0.76 (round 12); with this order one line
// fewer moves them by less than 0.01 (TestRiskModelStable).
type visitOrder struct {
	lines []int
	keys  []uint64
	base  []uint64 // the hash of each line's text, computed once
	// spare buffers for the radix sort's passes
	spareLines []int
	spareKeys  []uint64
}

// shuffle sets the order of texts for pass number pass.
func (o *visitOrder) shuffle(texts []string, pass int) {
	if len(o.base) != len(texts) {
		o.base = make([]uint64, len(texts))
		for i, t := range texts {
			o.base[i] = textHash(t)
		}
		o.lines = make([]int, len(texts))
		o.keys = make([]uint64, len(texts))
		o.spareLines = make([]int, len(texts))
		o.spareKeys = make([]uint64, len(texts))
	}
	for i, h := range o.base {
		o.lines[i] = i
		o.keys[i] = mix(h + uint64(pass+1)*0x9e3779b97f4a7c15)
	}
	o.sortByKey()
}

// sortByKey sorts lines by their keys, a byte at a time from the lowest
// (a radix sort): stable, so equal keys (the same text twice) keep their
// places — the order slices.SortStableFunc gave, at a tenth of its cost;
// the sort was a fifth of training's time.
func (o *visitOrder) sortByKey() {
	lines, keys := o.lines, o.keys
	toLines, toKeys := o.spareLines, o.spareKeys
	for shift := uint(0); shift < 64; shift += 8 {
		var count [257]int
		for _, k := range keys {
			count[(k>>shift)&0xff+1]++
		}
		for b := 1; b < len(count); b++ {
			count[b] += count[b-1]
		}
		for i, k := range keys {
			d := (k >> shift) & 0xff
			toLines[count[d]], toKeys[count[d]] = lines[i], k
			count[d]++
		}
		lines, toLines = toLines, lines
		keys, toKeys = toKeys, keys
	}
	// Eight passes: the sorted lines are back in o.lines.
}

// textHash is FNV-1a over the bytes of t: fixed, so the same lines
// always give the same model.
func textHash(t string) uint64 {
	h := uint64(fnvOffset)
	for i := range len(t) {
		h ^= uint64(t[i])
		h *= fnvPrime
	}
	return h
}

// mix is the finaliser of SplitMix64: every bit of x moves every bit of
// the result, so consecutive passes give unrelated orders.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}
