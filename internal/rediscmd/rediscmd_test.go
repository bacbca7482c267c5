package rediscmd_test

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/redis/go-redis/v9"

	"github.com/akari-career/akari/internal/rediscmd"
)

// Each command gets its own arguments, in order, whatever the sizes
// given to New: values past them go in as themselves.
func TestArgsSplitIntoCommands(t *testing.T) {
	for _, size := range []int{0, 3, 8} {
		a := rediscmd.New(size)
		first := a.S("get").S("k1").Cmd()
		second := a.S("pexpire").S("k2").I(172800000).Cmd()
		third := a.S("set").B([]byte("v")).Cmd()
		var got [][]any
		for _, cmd := range [][]any{first, second, third} {
			var vals []any
			for _, v := range cmd {
				vals = append(vals, deref(v))
			}
			got = append(got, vals)
		}
		want := [][]any{{"get", "k1"}, {"pexpire", "k2", int64(172800000)}, {"set", []byte("v")}}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("sizes %v (-want +got):\n%s", size, diff)
		}
		// A command's arguments stay its own when the next one is built.
		if cap(first) != len(first) {
			t.Errorf("sizes %v: the first command's arguments can grow into the next's (cap %d, len %d)", size, cap(first), len(first))
		}
	}
}

func deref(v any) any {
	switch v := v.(type) {
	case *string:
		return *v
	case *int64:
		return *v
	}
	return v
}

// Strings and integers added within the sizes cost nothing more than New.
func TestArgsAllocateOnlyInNew(t *testing.T) {
	key, field := "p:{u:U1}:sent", "ev1"
	allocs := testing.AllocsPerRun(100, func() {
		a := rediscmd.New(6)
		sink = a.S("hget").S(key).S(field).Cmd()
		sink = a.S("pexpire").S(key).I(172800000).Cmd()
	})
	if allocs > 2 { // its two arrays
		t.Errorf("%v allocations, want at most 2", allocs)
	}
}

var sink []any

// Arguments given by pointer are read as their values where go-redis
// reads them: the command's name, and in a Cluster the key that routes it.
func TestPointersAreTheirValues(t *testing.T) {
	a := rediscmd.New(5)
	s := rediscmd.NewScript("return 1")
	c := &recorder{}
	s.EvalSha(context.Background(), c, a.Call(s, 1).S("p:{u:U1}:state").S("v").Cmd())
	if got := c.cmd.Name(); got != "evalsha" {
		t.Errorf("name %q, want evalsha", got)
	}
	if got, want := redis.NewStringCmd(context.Background(), a.S("GET").S("k").Cmd()...).Name(), "get"; got != want {
		t.Errorf("name %q, want %q", got, want)
	}
}

type recorder struct{ cmd redis.Cmder }

func (r *recorder) Process(_ context.Context, cmd redis.Cmder) error {
	r.cmd = cmd
	return nil
}
