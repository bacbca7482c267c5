//go:build !race

package facts

// raceDetector: see race_test.go.
const raceDetector = false
