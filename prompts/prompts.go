// Package prompts embeds Akari's default prompt files: the persona, the
// safety rules, the fixed lines, one playbook and one set of labelled
// examples per worry category, and the crisis signals. Operators edit these
// files (or point AKARI_PROMPTS_DIR at a copy); see README.md in this folder.
package prompts

import (
	"embed"
	"io/fs"
)

//go:embed *.md *.yaml categories playbooks crisis scenarios
var files embed.FS

// FS returns the embedded prompt files.
func FS() fs.FS { return files }
