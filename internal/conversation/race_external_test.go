//go:build race

package conversation_test

// raceDetector: see race_test.go (the same for the package's external
// tests).
const raceDetector = true
