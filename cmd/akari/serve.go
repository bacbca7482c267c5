package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/redis/go-redis/v9"

	"github.com/akari-career/akari/internal/app"
	"github.com/akari-career/akari/internal/config"
)

// runServe runs the server until SIGINT/SIGTERM; SIGHUP reloads the prompts.
func runServe(ctx context.Context, args []string, io stdio) error {
	if len(args) > 0 {
		return fmt.Errorf("%w: serve takes no arguments; it is configured by environment variables", errUsage)
	}
	cfg, err := config.FromEnv()
	if err != nil {
		return err
	}
	log := newLogger(io, cfg.DevMode, cfg.LogLevel)
	// go-redis logs pool and reconnect trouble through its own logger;
	// send it through ours, as structured lines like every other.
	redis.SetLogger(redisLog{log})
	log.Info("starting akari", "config", cfg)
	fsys, err := promptsFS()
	if err != nil {
		return err
	}
	a, err := app.New(cfg, app.Options{Logger: log, Prompts: fsys})
	if err != nil {
		return err
	}
	defer a.Close()
	if err := a.Open(); err != nil {
		return err
	}

	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	go func() {
		for range hup {
			a.Reload()
		}
	}()
	return a.Run(ctx)
}

// newLogger writes text in dev mode (read by a person) and JSON otherwise
// (read by a log pipeline), from level up (AKARI_LOG_LEVEL).
func newLogger(io stdio, dev bool, level slog.Level) *slog.Logger {
	opts := &slog.HandlerOptions{Level: level}
	if dev {
		return slog.New(slog.NewTextHandler(io.err, opts))
	}
	return slog.New(slog.NewJSONHandler(io.err, opts))
}

// redisLog adapts slog to go-redis's logger.
type redisLog struct{ log *slog.Logger }

func (r redisLog) Printf(ctx context.Context, format string, v ...any) {
	r.log.WarnContext(ctx, strings.TrimSpace(fmt.Sprintf(format, v...)), "component", "go-redis")
}
