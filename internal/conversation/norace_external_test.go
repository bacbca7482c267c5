//go:build !race

package conversation_test

// raceDetector: see race_test.go.
const raceDetector = false
