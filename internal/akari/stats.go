package akari

import "time"

// DayStats is one day's conversation figures, what the operators' quality
// page charts. The store counts them; the console only reads them.
type DayStats struct {
	Day      string // YYYY-MM-DD
	Messages int64
	// Categories counts messages per worry id; Sources per reply source.
	Categories map[string]int64
	Sources    map[string]int64
	// LLMCalls counts replies the model was asked for; LLMFallbacks those
	// the offline advisor had to answer instead.
	LLMCalls, LLMFallbacks int64
	Leads                  int64
	// Users and GuidedUsers are distinct people (HyperLogLog estimates,
	// within about 1 %): who got any reply, who got guidance.
	Users, GuidedUsers int64
	// Latency counts replies per LatencyBuckets bucket, with one more
	// bucket at the end for slower ones.
	Latency []int64
}

// numLatencyBuckets is the number of bounded histogram buckets.
const numLatencyBuckets = 15

// latencyBounds are the upper bounds of the reply-latency histogram; a
// last, unbounded bucket catches the rest. An array value, so no caller can
// change the shared bounds.
func latencyBounds() [numLatencyBuckets]time.Duration {
	return [...]time.Duration{
		100 * time.Millisecond, 200 * time.Millisecond, 300 * time.Millisecond,
		500 * time.Millisecond, 750 * time.Millisecond, time.Second,
		1500 * time.Millisecond, 2 * time.Second, 3 * time.Second, 5 * time.Second,
		8 * time.Second, 13 * time.Second, 20 * time.Second, 30 * time.Second,
		60 * time.Second,
	}
}

// LatencyBuckets returns the histogram's upper bounds.
func LatencyBuckets() []time.Duration {
	b := latencyBounds()
	return b[:]
}

// LatencyBucket is the index of the first bucket that holds d:
// len(LatencyBuckets()) for a reply slower than the last bound.
func LatencyBucket(d time.Duration) int {
	for i, b := range latencyBounds() {
		if d <= b {
			return i
		}
	}
	return numLatencyBuckets
}

// FallbackRate is the share of LLM calls answered offline (0 without calls).
func (d DayStats) FallbackRate() float64 {
	if d.LLMCalls == 0 {
		return 0
	}
	return float64(d.LLMFallbacks) / float64(d.LLMCalls)
}

// LatencyQuantile estimates the q-quantile (0..1) of the reply latency from
// the histogram: the upper bound of the bucket where it falls (the last
// bound for the overflow bucket), 0 when the day has no replies.
func (d DayStats) LatencyQuantile(q float64) time.Duration {
	var total int64
	for _, n := range d.Latency {
		total += n
	}
	if total == 0 {
		return 0
	}
	rank := int64(q*float64(total) + 0.999999) // ceil, without float surprises at exact ranks
	rank = max(rank, 1)
	b := latencyBounds()
	var seen int64
	for i, n := range d.Latency {
		seen += n
		if seen >= rank {
			if i < len(b) {
				return b[i]
			}
			break
		}
	}
	return b[len(b)-1]
}
