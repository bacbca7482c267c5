package queue

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"
)

// DeadLetter is an event that failed every attempt.
type DeadLetter struct {
	ID        string    `json:"id"` // id in the dead-letter stream
	Partition int       `json:"partition"`
	EntryID   string    `json:"entryId"` // id it had in its partition stream
	Attempts  int       `json:"attempts"`
	Error     string    `json:"error"`
	At        time.Time `json:"at"`
	Payload   string    `json:"payload"` // the LINE event
}

// maxDeadLetters bounds the dead-letter stream; operators are expected to
// look at it long before it fills.
const maxDeadLetters = 10000

func (q *Queue) deadLetter(ctx context.Context, d Delivery, attempts int, cause error) error {
	err := q.rdb.XAdd(ctx, &redis.XAddArgs{
		Stream: q.deadKey(),
		MaxLen: maxDeadLetters,
		Approx: true,
		Values: []any{
			"partition", d.Partition, "entry", d.EntryID, "attempts", attempts,
			"error", cause.Error(), "at", time.Now().UnixMilli(), "e", d.Payload,
		},
	}).Err()
	if err != nil {
		return fmt.Errorf("dead-letter %s: %w", d.EntryID, err)
	}
	return q.ack(ctx, d)
}

// DeadLetters lists the newest dead-lettered events, newest first.
func (q *Queue) DeadLetters(ctx context.Context, limit int64) ([]DeadLetter, error) {
	msgs, err := q.rdb.XRevRangeN(ctx, q.deadKey(), "+", "-", limit).Result()
	if err != nil {
		return nil, fmt.Errorf("list dead letters: %w", err)
	}
	out := make([]DeadLetter, 0, len(msgs))
	for _, m := range msgs {
		v := func(k string) string { s, _ := m.Values[k].(string); return s }
		part, _ := strconv.Atoi(v("partition"))
		attempts, _ := strconv.Atoi(v("attempts"))
		ms, _ := strconv.ParseInt(v("at"), 10, 64)
		out = append(out, DeadLetter{
			ID: m.ID, Partition: part, EntryID: v("entry"), Attempts: attempts,
			Error: v("error"), At: time.UnixMilli(ms).UTC(), Payload: v("e"),
		})
	}
	return out, nil
}
