// Package rediscmd builds the arguments of go-redis commands on the hot
// path of an event with two allocations in all, not one or more per
// argument. go-redis takes arguments as []any, and storing a string, a
// []byte or a large integer in an interface copies it to the heap; its
// typed methods (Get, HSetNX, EvalSha…) do that for every key and value
// and make a fresh []any per command. Args keeps the values in arrays of
// its own and hands go-redis pointers into them (*string, *int64), which
// go-redis writes, and reads for Cluster routing, as the values.
//
// Commands built here go out through Process, on a client or a pipeline,
// exactly as the typed methods send them (same names, same arguments);
// callers hold that with a test of what Redis receives. What go-redis
// prints of such a command (Cmder.String) shows the pointers, not the
// values; nothing in Akari prints commands.
package rediscmd

import (
	"context"

	"github.com/redis/go-redis/v9"
)

// Args collects the arguments of one or more commands. Make it with New,
// sized for everything it will hold (byte slices count as strings): a
// value added past that size still works but costs an allocation of its
// own.
type Args struct {
	strs  []string
	ints  []int64
	args  []any
	start int // where the command being built begins in args
}

// New returns Args with room for strs strings and ints integers.
func New(strs, ints int) *Args {
	return &Args{strs: make([]string, 0, strs), ints: make([]int64, 0, ints), args: make([]any, 0, strs+ints)}
}

// S adds a string.
func (a *Args) S(s string) *Args {
	if len(a.strs) == cap(a.strs) {
		a.args = append(a.args, s)
		return a
	}
	a.strs = append(a.strs, s)
	a.args = append(a.args, &a.strs[len(a.strs)-1])
	return a
}

// I adds an integer.
func (a *Args) I(n int64) *Args {
	if len(a.ints) == cap(a.ints) {
		a.args = append(a.args, n)
		return a
	}
	a.ints = append(a.ints, n)
	a.args = append(a.args, &a.ints[len(a.ints)-1])
	return a
}

// B adds bytes. It costs an allocation: go-redis writes no pointer to a
// []byte.
func (a *Args) B(b []byte) *Args {
	a.args = append(a.args, b)
	return a
}

// Cmd ends the command being built and returns its arguments; the next
// value added begins another.
func (a *Args) Cmd() []any {
	out := a.args[a.start:len(a.args):len(a.args)]
	a.start = len(a.args)
	return out
}

// Processor sends a command: a client, or a pipeline that queues it.
type Processor interface {
	Process(ctx context.Context, cmd redis.Cmder) error
}

// Script is a Lua script run by its digest, and sent whole when Redis
// does not know it (after a restart or a SCRIPT FLUSH), as go-redis's
// Script.Run does.
type Script struct {
	*redis.Script // Load, Hash…
	src           string
}

// NewScript returns the script of src.
func NewScript(src string) *Script { return &Script{Script: redis.NewScript(src), src: src} }

// EvalSha sends EVALSHA with the keys and then the arguments that fill
// adds to a (nkeys keys first), as go-redis's Script.EvalSha does. a must
// have no command under way.
func (s *Script) EvalSha(ctx context.Context, c Processor, a *Args, nkeys int, fill func(*Args)) *redis.Cmd {
	a.S("evalsha").S(s.Hash()).I(int64(nkeys))
	fill(a)
	return s.process(ctx, c, a.Cmd(), nkeys)
}

// Run is EvalSha, then EVAL with the script's text when Redis answers
// NOSCRIPT, as go-redis's Script.Run does.
func (s *Script) Run(ctx context.Context, c Processor, a *Args, nkeys int, fill func(*Args)) *redis.Cmd {
	a.S("evalsha").S(s.Hash()).I(int64(nkeys))
	fill(a)
	args := a.Cmd()
	cmd := s.process(ctx, c, args, nkeys)
	if err := cmd.Err(); err == nil || !redis.HasErrorPrefix(err, "NOSCRIPT") {
		return cmd
	}
	args[0], args[1] = "eval", s.src
	return s.process(ctx, c, args, nkeys)
}

func (s *Script) process(ctx context.Context, c Processor, args []any, nkeys int) *redis.Cmd {
	cmd := redis.NewCmd(ctx, args...)
	if nkeys > 0 {
		cmd.SetFirstKeyPos(3)
	}
	_ = c.Process(ctx, cmd)
	return cmd
}
