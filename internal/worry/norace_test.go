//go:build !race

package worry

// raceDetector: see race_test.go.
const raceDetector = false
