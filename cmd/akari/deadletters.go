package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"time"

	"github.com/akari-career/akari/internal/app"
	"github.com/akari-career/akari/internal/config"
	"github.com/akari-career/akari/internal/queue"
)

// runDeadLetters lists events that failed every attempt, newest first.
func runDeadLetters(ctx context.Context, args []string, io stdio) error {
	fs := flag.NewFlagSet("deadletters", flag.ContinueOnError)
	fs.SetOutput(io.err)
	limit := fs.Int64("n", 20, "how many to list")
	asJSON := fs.Bool("json", false, "print one JSON array (empty: []) instead of a table")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("%w: %w", errUsage, err)
	}
	cfg, err := config.FromEnv()
	if err != nil {
		return err
	}
	if cfg.RedisURL == "" {
		return fmt.Errorf("REDIS_URL is not set: dead letters live in the server's Redis")
	}
	rdb, err := app.OpenRedis(cfg.RedisURL)
	if err != nil {
		return err
	}
	defer rdb.Close()
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	dls, err := queue.New(rdb, queue.Options{Prefix: cfg.KeyPrefix, Partitions: cfg.Partitions}).DeadLetters(ctx, *limit)
	if err != nil {
		return err
	}
	if *asJSON {
		// One array, [] when there are none, so scripts can always parse it.
		enc := json.NewEncoder(io.out)
		enc.SetIndent("", "  ")
		if dls == nil {
			dls = []queue.DeadLetter{}
		}
		return enc.Encode(dls)
	}
	if len(dls) == 0 {
		fmt.Fprintln(io.out, "no dead letters")
		return nil
	}
	for _, d := range dls {
		fmt.Fprintf(io.out, "%s  partition=%d entry=%s attempts=%d\n  error: %s\n  event: %.200s\n",
			d.At.Format(time.RFC3339), d.Partition, d.EntryID, d.Attempts, d.Error, d.Payload)
	}
	return nil
}
