//go:build !race

package conversation

// raceDetector: see race_test.go.
const raceDetector = false
