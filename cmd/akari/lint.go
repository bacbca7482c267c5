package main

import (
	"cmp"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"

	"github.com/akari-career/akari/internal/playbook"
	"github.com/akari-career/akari/internal/worry"
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
	probs := lintPrompts(fsys)
	for _, p := range probs {
		fmt.Fprintln(io.out, p)
	}
	if len(probs) > 0 {
		return fmt.Errorf("%d problem(s) in the prompt files", len(probs))
	}
	fmt.Fprintf(io.out, "prompts OK: %d files\n", countPromptFiles(fsys))
	return nil
}

// lintProblem is a problem from either linter.
type lintProblem struct {
	file string
	line int
	text string // "file:line: msg"
}

// lintPrompts runs the playbook and classifier linters and merges their
// problems in file and line order.
func lintPrompts(fsys fs.FS) []string {
	var all []lintProblem
	for _, p := range playbook.Lint(fsys) {
		all = append(all, lintProblem{p.File, p.Line, p.String()})
	}
	for _, p := range worry.Lint(fsys) {
		all = append(all, lintProblem{p.File, p.Line, p.Error()})
	}
	slices.SortStableFunc(all, func(a, b lintProblem) int {
		return cmp.Or(cmp.Compare(a.file, b.file), cmp.Compare(a.line, b.line))
	})
	out := make([]string, 0, len(all))
	for _, p := range all {
		if len(out) == 0 || out[len(out)-1] != p.text { // a problem both linters see once
			out = append(out, p.text)
		}
	}
	return out
}

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
