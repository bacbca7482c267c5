// Package scenario holds Akari's conversation evals: whole conversations,
// written in YAML by operators in prompts/scenarios/, each turn with what a
// good reply must and must not do — mention or avoid words, keep the worry,
// stay gentle, show job cards or not, give crisis care, never ask again for
// something the person already said. Run plays each conversation through
// the same engine and worker as LINE (the caller supplies a fresh
// conversation per scenario) and reports every check, so `akari eval
// -scenarios`, the test suite and the studio's quality page read one truth.
//
// Besides the written expectations, every turn is checked for two things
// Akari must never do: repeat a sentence of her previous two replies
// verbatim, and show job cards or job/recruiter chips in crisis care.
package scenario
