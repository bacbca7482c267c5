package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/redis/go-redis/v9"

	"github.com/akari-career/akari/internal/redistest"
)

func TestDeadLettersCommand(t *testing.T) {
	url := redistest.URL(t)
	prefix := redistest.Prefix(t)
	t.Setenv("REDIS_URL", url)
	t.Setenv("AKARI_KEY_PREFIX", prefix)
	run1 := func(args ...string) (string, int) {
		var out, errOut bytes.Buffer
		code := run(context.Background(), append([]string{"deadletters"}, args...), stdio{strings.NewReader(""), &out, &errOut})
		return out.String() + errOut.String(), code
	}
	if out, code := run1(); code != 0 || !strings.Contains(out, "no dead letters") {
		t.Fatalf("empty: exit %d, %q", code, out)
	}
	if out, code := run1("-json"); code != 0 || strings.TrimSpace(out) != "[]" {
		t.Fatalf("empty -json: exit %d, %q; want []", code, out)
	}
	opt, _ := redis.ParseURL(url)
	rdb := redis.NewClient(opt)
	defer rdb.Close()
	defer redistest.Cleanup(rdb, prefix)
	// As the consumer writes them (internal/queue/deadletter.go).
	err := rdb.XAdd(context.Background(), &redis.XAddArgs{Stream: prefix + ":deadletter", Values: []any{
		"partition", 3, "entry", "1700000000000-0", "attempts", 5, "error", "LINE push: HTTP 400", "at", 1700000000000,
		"e", `{"type":"message","webhookEventId":"01DEAD"}`,
	}}).Err()
	if err != nil {
		t.Fatal(err)
	}
	out, code := run1()
	if code != 0 || !strings.Contains(out, "partition=3") || !strings.Contains(out, "HTTP 400") || !strings.Contains(out, "01DEAD") {
		t.Errorf("list: exit %d, %q", code, out)
	}
	out, code = run1("-json")
	var d []struct {
		ID        string `json:"id"`
		Partition int    `json:"partition"`
		Attempts  int    `json:"attempts"`
		Error     string `json:"error"`
	}
	if code != 0 || json.Unmarshal([]byte(strings.TrimSpace(out)), &d) != nil || len(d) != 1 || d[0].Partition != 3 || d[0].Attempts != 5 {
		t.Errorf("-json: exit %d, %q", code, out)
	}
	if len(d) != 1 || !strings.HasPrefix(d[0].ID, "legacy/") {
		t.Fatalf("-json ids: %+v, want one legacy/… id", d)
	}
	out, code = run1("replay", d[0].ID)
	if code != 0 || !strings.Contains(out, "1 dead letters re-queued") {
		t.Fatalf("replay: exit %d, %q", code, out)
	}
	if out, code := run1(); code != 0 || !strings.Contains(out, "no dead letters") {
		t.Errorf("after replay: exit %d, %q", code, out)
	}
	if out, code := run1("replay", "7/0-1"); code == 0 || !strings.Contains(out, "not found") {
		t.Errorf("replay of an unknown id: exit %d, %q", code, out)
	}
}
