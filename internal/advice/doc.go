// Package advice holds Akari's offline advisor: it writes a counsellor's
// reply from the curated playbooks in prompts/ without any LLM. It is the
// answer engine when no model is configured and the fallback whenever the
// model fails, so it must always produce a warm, specific reply — and the
// same reply for the same message and state, so a redelivered event is
// answered identically. docs/guidance.md describes the shape of a reply and
// how it varies from turn to turn.
package advice
