// Package playbook loads and checks Akari's prompt files: the persona and
// safety rules that make up the LLM system prompt, the fixed lines Akari says
// (messages.yaml, each a text/template), the quick-reply chips, and one
// playbook per worry category (what to understand, insights, empathy lines,
// concrete steps, questions, keyword pick-ups and job tags).
//
// Load turns an fs.FS into an immutable Library and refuses any file that
// Lint would complain about, so a broken edit never reaches a user. Lint
// reports every problem at once with its file and line, for operators
// running "akari prompts lint" before a change goes live. The files and
// their limits are documented for operators in prompts/README.md.
package playbook
