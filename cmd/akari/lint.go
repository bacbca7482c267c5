package main

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path"
	"strings"
	"time"

	"github.com/akari-career/akari/internal/app"
	"github.com/akari-career/akari/internal/playbook"
)

// runPrompts dispatches "akari prompts <subcommand>"; lint is the only one.
func runPrompts(ctx context.Context, args []string, io stdio) error {
	if len(args) == 0 || args[0] != "lint" {
		return fmt.Errorf("%w: prompts lint [DIR]", errUsage)
	}
	return runPromptsLint(ctx, args[1:], io)
}

// runPromptsLint checks the prompt files — DIR, else AKARI_PROMPTS_DIR,
// else the built-in ones — with the same checks Akari runs before it
// starts or reloads, and prints every problem as file:line: msg.
func runPromptsLint(_ context.Context, args []string, io stdio) error {
	var fsys fs.FS
	switch len(args) {
	case 0:
		var err error
		if fsys, err = promptsFS(); err != nil {
			return err
		}
	case 1:
		st, err := os.Stat(args[0])
		if err != nil {
			return err
		}
		if !st.IsDir() {
			return fmt.Errorf("%s is not a directory", args[0])
		}
		fsys = os.DirFS(args[0])
	default:
		return fmt.Errorf("%w: prompts lint takes at most one directory", errUsage)
	}
	probs := app.LintPrompts(fsys)
	for _, p := range probs {
		fmt.Fprintln(io.out, p)
	}
	// Warnings need a person (an old hotline check) but stop nothing.
	for _, w := range playbook.Warnings(fsys, time.Now()) {
		fmt.Fprintf(io.out, "warning: %s\n", w)
	}
	if len(probs) > 0 {
		return fmt.Errorf("%d problem(s) in the prompt files", len(probs))
	}
	fmt.Fprintf(io.out, "prompts OK: %d files\n", countPromptFiles(fsys))
	return nil
}

// lintProblem is a problem from either linter.

// countPromptFiles counts the files the linters read: the Markdown and
// YAML files (README.md aside).
func countPromptFiles(fsys fs.FS) int {
	n := 0
	fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		switch ext := path.Ext(p); {
		case strings.EqualFold(path.Base(p), "README.md"):
		case ext == ".yaml" || ext == ".yml" || ext == ".md":
			n++
		}
		return nil
	})
	return n
}
