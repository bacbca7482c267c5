// Package rediscmd builds the arguments of go-redis commands on the hot
// path of an event with two allocations in all, not one or more per
// argument. go-redis takes arguments as []any, and storing a string, a
// []byte or a large integer in an interface copies it to the heap; its
// typed methods (Get, HSetNX, EvalSha…) do that for every key and value
// and make a fresh []any per command. Args keeps the values in an array
// of its own and hands go-redis pointers into it (*string, *int64), which
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
// sized for everything it will hold: a value added past that size still
// works but costs an allocation of its own. Keep it in a variable of its
// own (its methods take its address), not behind a pointer.
type Args struct {
	vals  []value
	args  []any
	start int // where the command being built begins in args
}

type value struct {
	s string
	n int64
}

// New returns Args with room for n arguments.
func New(n int) Args {
	return Args{vals: make([]value, 0, n), args: make([]any, 0, n)}
}

// next returns the next free value, or nil when there is none.
func (a *Args) next() *value {
	if len(a.vals) == cap(a.vals) {
		return nil
	}
	a.vals = a.vals[:len(a.vals)+1]
	return &a.vals[len(a.vals)-1]
}

// S adds a string.
func (a *Args) S(s string) *Args {
	v := a.next()
	if v == nil {
		a.args = append(a.args, s)
		return a
	}
	v.s = s
	a.args = append(a.args, &v.s)
	return a
}

// I adds an integer.
func (a *Args) I(n int64) *Args {
	v := a.next()
	if v == nil {
		a.args = append(a.args, n)
		return a
	}
	v.n = n
	a.args = append(a.args, &v.n)
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

// Call begins a call of s with nkeys keys: add the keys, then the
// arguments, then end it with EvalSha or Run.
func (a *Args) Call(s *Script, nkeys int) *Args {
	return a.S("evalsha").S(s.Hash()).I(int64(nkeys))
}

// EvalSha sends the call ended by args (from Call), as go-redis's
// Script.EvalSha does.
func (s *Script) EvalSha(ctx context.Context, c Processor, args []any) *redis.Cmd {
	return s.process(ctx, c, args)
}

// Run is EvalSha, then EVAL with the script's text when Redis answers
// NOSCRIPT, as go-redis's Script.Run does.
func (s *Script) Run(ctx context.Context, c Processor, args []any) *redis.Cmd {
	cmd := s.process(ctx, c, args)
	if err := cmd.Err(); err == nil || !redis.HasErrorPrefix(err, "NOSCRIPT") {
		return cmd
	}
	args[0], args[1] = "eval", s.src
	return s.process(ctx, c, args)
}

func (s *Script) process(ctx context.Context, c Processor, args []any) *redis.Cmd {
	cmd := redis.NewCmd(ctx, args...)
	if len(args) > 3 && keyCount(args[2]) > 0 {
		cmd.SetFirstKeyPos(3)
	}
	_ = c.Process(ctx, cmd)
	return cmd
}

func keyCount(v any) int64 {
	switch n := v.(type) {
	case *int64:
		return *n
	case int64:
		return n
	}
	return 0
}
