// Package worry understands what a message to Akari is about: which worry
// category it belongs to, whether it shows signs of a crisis, and how sure
// the answer is. The offline model is trained at start-up from the example
// messages in prompts/categories/*.yaml and the phrases in
// prompts/crisis.yaml, so operators change its behaviour by editing those
// files, with no code change. The package also combines the offline model
// with a remote (LLM) classifier, measures a classifier on labelled lines,
// and lints the prompt files it reads.
//
// See docs/classifier.md for how the model works and how it was measured.
package worry
