package app

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/akari-career/akari/internal/queue"
)

// Events already in the queue when a release starts — written by the
// release before, whose intake queued each event as LINE sent it, read by
// encoding/json — are answered: the ones the worker reads in one pass and
// the ones it leaves to encoding/json (an escaped emoji, members spread
// over lines and in another order).
func TestEventsQueuedByAnEarlierReleaseAreAnswered(t *testing.T) {
	h := start(t, setup{})
	q := queue.New(h.rdb, queue.Options{Prefix: h.prefix, Partitions: 8}) // as the earlier release's intake
	defer q.Close()
	marshal := func(v any) []byte {
		t.Helper()
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	plain := h.events.Text("Uplain", "在宅勤務してたら現場の人に冷たくされる…")
	escaped := marshal(h.events.Text("Uescaped", "PLACEHOLDER"))
	escaped = bytes.Replace(escaped, []byte(`"PLACEHOLDER"`), []byte(`"残業が多くてつらい\ud83d\ude22"`), 1)
	var spread bytes.Buffer
	if err := json.Indent(&spread, marshal(h.events.Text("Uspread", "転職したいけど未経験で不安")), "", "\n  "); err != nil {
		t.Fatal(err)
	}
	items := []queue.Item{
		{EventID: plain.WebhookEventID, UserID: "Uplain", Payload: marshal(plain)},
		{EventID: "escaped", UserID: "Uescaped", Payload: escaped},
		{EventID: "spread", UserID: "Uspread", Payload: spread.Bytes()},
	}
	queued, err := q.Enqueue(context.Background(), items)
	if err != nil || len(queued) != 3 || !queued[0] || !queued[1] || !queued[2] {
		t.Fatalf("enqueue: %v %v", queued, err)
	}
	for _, user := range []string{"Uplain", "Uescaped", "Uspread"} {
		if got := h.sim.WaitDeliveries(user, 1, 10*time.Second); len(got) != 1 || len(got[0].Texts()) == 0 {
			t.Errorf("%s: %d deliveries, want one answer", user, len(got))
		}
	}
	settle()
	raw, err := h.rdb.Get(context.Background(), h.userKey("Uescaped", "state")).Result()
	if err != nil || !strings.Contains(raw, "残業が多くてつらい😢") {
		t.Errorf("the escaped emoji was not read as one: %v", err)
	}
}
