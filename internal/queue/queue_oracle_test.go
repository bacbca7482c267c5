package queue

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/redis/go-redis/v9"

	"github.com/akari-career/akari/internal/redistest"
)

// enqueueTyped is the enqueue pipeline's commands as commit queued them
// before their arguments were built with rediscmd, word for word: through
// go-redis's Script.EvalSha.
func (q *Queue) enqueueTyped(ctx context.Context, p redis.Pipeliner, batch []*enqueueRequest, ttl string) {
	script := redis.NewScript(enqueueLua)
	for _, r := range batch {
		for _, it := range r.items {
			part := q.Partition(it.UserID)
			script.EvalSha(ctx, p, []string{q.seen(part, it.UserID, it.EventID), q.stream(part)}, ttl, it.Payload, it.UserID)
		}
	}
}

// The enqueue pipeline sends what it sent through go-redis's typed
// Script.EvalSha, argument for argument, and Redis answers it the same.
func TestEnqueueSendsWhatItDid(t *testing.T) {
	rdb, prefix := redistest.Client(t)
	w := &redistest.Wire{}
	rdb.AddHook(w)
	ctx := context.Background()
	batch := []*enqueueRequest{
		{items: []Item{item("Ualice", 1), item("Ubob", 1)}},
		{items: []Item{item("Ualice", 2), {EventID: "e", UserID: "U\x00", Payload: []byte(`{"type":"message","text":"在宅"}`)}}},
		{items: []Item{item("Ualice", 1)}}, // a duplicate
	}
	run := func(typed bool) ([][]string, []string) {
		if err := rdb.ScriptLoad(ctx, enqueueLua).Err(); err != nil {
			t.Fatal(err)
		}
		q := New(rdb, Options{Prefix: prefix + strconv.FormatBool(typed), Partitions: 4})
		w.Take()
		cmds, err := rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
			if typed {
				q.enqueueTyped(ctx, p, batch, "172800")
			} else {
				q.enqueueAll(ctx, p, batch, "172800")
			}
			return nil
		})
		if err != nil && err != redis.Nil {
			t.Fatal(err)
		}
		var answers []string
		for _, c := range cmds {
			answers = append(answers, strconv.FormatBool(c.Err() == nil))
		}
		sent := w.Take()
		for _, c := range sent {
			for i := range c {
				c[i] = strings.ReplaceAll(c[i], q.opt.Prefix, "P")
			}
		}
		return sent, answers
	}
	beforeSent, beforeAnswers := run(true)
	nowSent, nowAnswers := run(false)
	if diff := cmp.Diff(beforeSent, nowSent); diff != "" {
		t.Errorf("enqueue's commands differ (-before +now):\n%s", diff)
	}
	if diff := cmp.Diff(beforeAnswers, nowAnswers); diff != "" {
		t.Errorf("enqueue's answers differ (-before +now):\n%s", diff)
	}
	if want := []string{"true", "true", "true", "true", "false"}; !cmp.Equal(nowAnswers, want) {
		t.Errorf("answers %v, want %v", nowAnswers, want)
	}
}
