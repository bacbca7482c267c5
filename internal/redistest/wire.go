package redistest

import (
	"context"
	"fmt"
	"strconv"
	"sync"

	"github.com/redis/go-redis/v9"
)

// Wire is a hook that records every command a client sends, as Redis
// reads it: each argument as the bytes go-redis writes for it, pointers
// (see internal/rediscmd) as their values. The connection's own set-up
// (HELLO, CLIENT SETINFO) is left out.
type Wire struct {
	mu    sync.Mutex
	sent  [][]string
	trips [][]string // the commands' names, one list per round trip
}

var _ redis.Hook = (*Wire)(nil)

func (w *Wire) DialHook(next redis.DialHook) redis.DialHook { return next }

func (w *Wire) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	return func(ctx context.Context, cmd redis.Cmder) error {
		w.add(cmd)
		return next(ctx, cmd)
	}
}

func (w *Wire) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return func(ctx context.Context, cmds []redis.Cmder) error {
		w.add(cmds...)
		return next(ctx, cmds)
	}
}

func (w *Wire) add(cmds ...redis.Cmder) {
	w.mu.Lock()
	defer w.mu.Unlock()
	var names []string
	for _, cmd := range cmds {
		if cmd.Name() == "hello" || cmd.Name() == "client" {
			continue
		}
		var args []string
		for _, a := range cmd.Args() {
			args = append(args, wireArg(a))
		}
		w.sent = append(w.sent, args)
		names = append(names, cmd.Name())
	}
	if names != nil {
		w.trips = append(w.trips, names)
	}
}

// Take returns the commands sent since the last call.
func (w *Wire) Take() [][]string {
	w.mu.Lock()
	defer w.mu.Unlock()
	s := w.sent
	w.sent = nil
	return s
}

// TakeTrips returns the round trips since the last call, each as the
// names of the commands it carried.
func (w *Wire) TakeTrips() [][]string {
	w.mu.Lock()
	defer w.mu.Unlock()
	t := w.trips
	w.trips = nil
	return t
}

// wireArg is an argument as go-redis's writer puts it on the wire, for
// the kinds of argument Akari sends.
func wireArg(a any) string {
	switch v := a.(type) {
	case string:
		return v
	case *string:
		return *v
	case []byte:
		return string(v)
	case int:
		return strconv.Itoa(v)
	case int64:
		return strconv.FormatInt(v, 10)
	case *int64:
		return strconv.FormatInt(*v, 10)
	default:
		return fmt.Sprintf("unexpected %T %v", a, a)
	}
}
