package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/akari-career/akari/internal/app"
	"github.com/akari-career/akari/internal/config"
	"github.com/akari-career/akari/internal/queue"
)

// runDeadLetters lists events that failed every attempt, newest first, or
// with "replay [ID…]" puts them back in the queue (all of them when no id
// is given).
func runDeadLetters(ctx context.Context, args []string, io stdio) error {
	replay := len(args) > 0 && args[0] == "replay"
	if replay {
		args = args[1:]
	}
	fs := flag.NewFlagSet("deadletters", flag.ContinueOnError)
	fs.SetOutput(io.err)
	limit := fs.Int64("n", 20, "how many to list")
	asJSON := fs.Bool("json", false, "print one JSON array (empty: []) instead of a table")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("%w: %w", errUsage, err)
	}
	if !replay && fs.NArg() > 0 {
		return fmt.Errorf("%w: deadletters takes no arguments (did you mean deadletters replay ID…?)", errUsage)
	}
	cfg, rdb, err := serverRedis("dead letters")
	if err != nil {
		return err
	}
	defer rdb.Close()
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	q := queue.New(rdb, queue.Options{Prefix: cfg.KeyPrefix, Partitions: cfg.Partitions})
	if replay {
		n, err := q.Replay(ctx, fs.Args()...)
		fmt.Fprintf(io.out, "%d dead letters re-queued\n", n)
		return err
	}
	dls, err := q.DeadLetters(ctx, *limit)
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
		fmt.Fprintf(io.out, "%s  id=%s partition=%d entry=%s attempts=%d\n  error: %s\n  event: %.200s\n",
			d.At.Format(time.RFC3339), d.ID, d.Partition, d.EntryID, d.Attempts, d.Error, d.Payload)
	}
	return nil
}

// serverRedis opens the server's Redis for a command that reads or changes
// what lives there (what names it, for the error when REDIS_URL is unset).
func serverRedis(what string) (config.Config, redis.UniversalClient, error) {
	cfg, err := config.FromEnv()
	if err != nil {
		return cfg, nil, err
	}
	if cfg.RedisURL == "" {
		return cfg, nil, fmt.Errorf("REDIS_URL is not set: %s live in the server's Redis", what)
	}
	rdb, err := app.OpenRedis(cfg.RedisURL)
	return cfg, rdb, err
}
