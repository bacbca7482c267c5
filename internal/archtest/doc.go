// Package archtest holds Akari's dependency rule as a test (DESIGN
// principle 13: rules that matter are tests). The rule is the table in
// rules.go: the domain knows no technology, adapters know the domain but
// not each other, and only the wiring (internal/app, cmd/...) knows
// everything. The test reads the real import graph with `go list` and
// fails on any edge the table does not allow, on any package the table
// does not place, and on any listed exception that is no longer needed.
// The package has no non-test code beyond this comment.
package archtest
