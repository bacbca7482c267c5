//go:build race

package conversation

// raceDetector is whether the tests run under the race detector, where
// the oracle checks (an optimised path against its plain reference, one
// goroutine, many thousand texts) read an even sample: their full run is
// .ci/run's step without the detector, which finds nothing in them.
const raceDetector = true
