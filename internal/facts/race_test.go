//go:build race

package facts

// raceDetector is whether the tests run under the race detector, where
// the longest checks of one goroutine read an even sample of what they
// check: their full run is .ci/run's step without the detector.
const raceDetector = true
