// Command akari is Akari's single binary: the LINE webhook server and the
// operator tools. Run "akari help" for the subcommands.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"sync"
	"syscall"

	"github.com/akari-career/akari/internal/worry"
	"github.com/akari-career/akari/prompts"
)

// stdio is what a subcommand reads and writes, so tests can drive commands
// without touching the process's own streams.
type stdio struct {
	in       io.Reader
	out, err io.Writer
}

type command struct {
	name, usage string
	run         func(ctx context.Context, args []string, io stdio) error
}

func commands() []command {
	return []command{
		{"serve", "run the LINE webhook server (configured by environment)", runServe},
		{"classify", "classify messages: one per line on stdin, one JSON object per line out", runClassify},
		{"eval", "eval FILE.jsonl: measure the classifier on labelled lines", runEval},
		{"prompts", "prompts lint [DIR]: check the prompt files, report file:line", runPrompts},
		{"chat", "talk to Akari in the terminal (-user NAME, -json)", runChat},
		{"jobs", "jobs search [flags] | jobs import FILE.csv | jobs check [FILE]: the job catalog", runJobs},
		{"users", "users add NAME -role ROLE | list | disable NAME | enable NAME: console logins", runUsers},
		{"deadletters", "list events that failed every attempt, newest first (-n N, -json); replay [ID…] re-queues them", runDeadLetters},
	}
}

// errUsage marks a mistake in the command line; main prints usage for it.
var errUsage = errors.New("usage")

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], stdio{os.Stdin, os.Stdout, os.Stderr}))
}

func run(ctx context.Context, args []string, io stdio) int {
	if len(args) == 0 {
		usage(io.err)
		return 2
	}
	if args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(io.out)
		return 0
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, args[1:], io)
		switch {
		case err == nil, errors.Is(err, flag.ErrHelp):
			// -h: the flag set printed the command's usage; that is the answer.
			return 0
		case errors.Is(err, errUsage):
			fmt.Fprintf(io.err, "akari %s: %v\n", c.name, err)
			return 2
		default:
			fmt.Fprintf(io.err, "akari %s: %v\n", c.name, err)
			return 1
		}
	}
	fmt.Fprintf(io.err, "akari: unknown command %q\n\n", args[0])
	usage(io.err)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "Akari (あかりちゃん) — an AI career partner on LINE.\n\nUsage: akari <command> [arguments]\n\nCommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-12s %s\n", c.name, c.usage)
	}
}

// promptsFS returns the prompt files: AKARI_PROMPTS_DIR when set, else the
// ones built into the binary.
func promptsFS() (fs.FS, error) {
	dir := os.Getenv("AKARI_PROMPTS_DIR")
	if dir == "" {
		return prompts.FS(), nil
	}
	st, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("AKARI_PROMPTS_DIR: %w", err)
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("AKARI_PROMPTS_DIR: %s is not a directory", dir)
	}
	return os.DirFS(dir), nil
}

// builtinModel is the classifier trained from the prompts built into the
// binary. They cannot change while it runs, so a process trains it once
// however many commands it runs (the tests run dozens, and training takes
// seconds under the race detector).
var builtinModel = sync.OnceValues(func() (*worry.Model, error) { return worry.Load(prompts.FS()) })

// loadModel trains the worry classifier from the prompt files.
func loadModel() (*worry.Model, error) {
	if os.Getenv("AKARI_PROMPTS_DIR") == "" {
		return builtinModel()
	}
	fsys, err := promptsFS()
	if err != nil {
		return nil, err
	}
	return worry.Load(fsys)
}
