package queue

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/akari-career/akari/internal/privacy"
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

// DeadLetterTTL is how long a dead letter is kept: long enough to look into
// a failure, short enough that a person's words do not linger. Entries
// older than this are trimmed whenever one is added (and by
// TrimDeadLetters); the stream itself expires this long after the last one.
const DeadLetterTTL = 14 * 24 * time.Hour

// deadLetter keeps the event for the operators, with the phone numbers and
// e-mail addresses in its texts masked: a dead letter is read by people
// and kept for days, and nothing replays it.
func (q *Queue) deadLetter(ctx context.Context, d Delivery, attempts int, cause error) error {
	key := q.deadKey()
	masker := privacy.NewMasker()
	_, err := q.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		p.XAdd(ctx, &redis.XAddArgs{
			Stream: key,
			MaxLen: maxDeadLetters,
			Approx: true,
			Values: []any{
				"partition", d.Partition, "entry", d.EntryID, "attempts", attempts,
				"error", masker.Mask(cause.Error()), "at", time.Now().UnixMilli(), "e", maskPayload(masker, d.Payload),
			},
		})
		p.XTrimMinID(ctx, key, minID(time.Now().Add(-DeadLetterTTL)))
		p.PExpire(ctx, key, DeadLetterTTL)
		return nil
	})
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

// TrimDeadLetters drops the dead letters older than DeadLetterTTL and
// returns how many went.
func (q *Queue) TrimDeadLetters(ctx context.Context) (int64, error) {
	n, err := q.rdb.XTrimMinID(ctx, q.deadKey(), minID(time.Now().Add(-DeadLetterTTL))).Result()
	if err != nil {
		return 0, fmt.Errorf("trim dead letters: %w", err)
	}
	return n, nil
}

// PurgeUser deletes the person's dead letters (データ削除, unfollow) and
// returns how many went. The stream is bounded, so reading it whole is
// fine.
func (q *Queue) PurgeUser(ctx context.Context, userID string) (int, error) {
	if userID == "" {
		return 0, nil
	}
	msgs, err := q.rdb.XRange(ctx, q.deadKey(), "-", "+").Result()
	if err != nil {
		return 0, fmt.Errorf("purge dead letters: %w", err)
	}
	var ids []string
	for _, m := range msgs {
		payload, _ := m.Values["e"].(string)
		if payloadUser(payload) == userID {
			ids = append(ids, m.ID)
		}
	}
	if len(ids) == 0 {
		return 0, nil
	}
	if err := q.rdb.XDel(ctx, q.deadKey(), ids...).Err(); err != nil {
		return 0, fmt.Errorf("purge dead letters: %w", err)
	}
	return len(ids), nil
}

// minID is the stream id of the first entry at or after t.
func minID(t time.Time) string { return strconv.FormatInt(t.UnixMilli(), 10) + "-0" }

// payloadUser reads the LINE user id out of an event as LINE sent it.
func payloadUser(payload string) string {
	var ev struct {
		Source struct {
			UserID string `json:"userId"`
		} `json:"source"`
	}
	if json.Unmarshal([]byte(payload), &ev) != nil {
		return ""
	}
	return ev.Source.UserID
}

// maskPayload masks every text in a JSON event (the message, a postback's
// data) and leaves its structure alone, so ids and times stay readable. A
// payload that is not JSON is masked as a whole.
func maskPayload(m *privacy.Masker, payload []byte) string {
	var v any
	if json.Unmarshal(payload, &v) != nil {
		return m.Mask(string(payload))
	}
	out, err := json.Marshal(maskStrings(m, "", v))
	if err != nil {
		return m.Mask(string(payload))
	}
	return string(out)
}

// maskStrings masks the string values of a decoded JSON value, except
// those under keys that hold ids, tokens and the like.
func maskStrings(m *privacy.Masker, key string, v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			x[k] = maskStrings(m, k, e)
		}
		return x
	case []any:
		for i, e := range x {
			x[i] = maskStrings(m, key, e)
		}
		return x
	case string:
		switch key {
		case "text", "data", "title", "address", "displayName":
			return m.Mask(x)
		}
		return x
	}
	return v
}
