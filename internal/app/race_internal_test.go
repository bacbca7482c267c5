//go:build race

package app

// raceDetector: see race_test.go (the same for the package's own tests).
const raceDetector = true
