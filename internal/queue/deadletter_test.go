package queue

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

func lineEvent(user, text string) []byte {
	return []byte(`{"type":"message","timestamp":1767225600000,"source":{"type":"user","userId":"` + user +
		`"},"webhookEventId":"01J0000000000000000000000","message":{"id":"532874925098361234","type":"text","text":"` + text + `"}}`)
}

func TestDeadLettersAreMaskedAndPurgedPerPerson(t *testing.T) {
	q, rdb := testQueue(t, 1)
	ctx := context.Background()
	rdb.Set(ctx, q.lease(0), "t#1", time.Minute) // dead-lettering is fenced by the lease
	for i, d := range []struct{ user, text string }{
		{"Ualice", "電話は090-1234-5678、メールは alice@example.jp です"},
		{"Ubob", "辞めたい"},
		{"Ualice", "もう一通"},
	} {
		del := Delivery{Partition: 0, EntryID: "1-" + string(rune('0'+i)), UserID: d.user, Attempt: 5, Payload: string(lineEvent(d.user, d.text))}
		if err := q.deadLetter(ctx, "t#1", del, errors.New("LINE answered 500 for 090-1234-5678")); err != nil {
			t.Fatal(err)
		}
	}
	dls, err := q.DeadLetters(ctx, 10)
	if err != nil || len(dls) != 3 {
		t.Fatalf("DeadLetters = %d, %v; want 3", len(dls), err)
	}
	for _, d := range dls {
		for _, secret := range []string{"090-1234-5678", "alice@example.jp"} {
			if strings.Contains(d.Payload, secret) || strings.Contains(d.Error, secret) {
				t.Errorf("dead letter keeps %q: %+v", secret, d)
			}
		}
		if !strings.Contains(d.Payload, `"timestamp":1767225600000`) || !strings.Contains(d.Payload, `"id":"532874925098361234"`) {
			t.Errorf("masking changed the event's ids or times: %s", d.Payload)
		}
	}
	if ttl := q.rdb.PTTL(ctx, q.dead(0)).Val(); ttl <= 0 || ttl > DeadLetterTTL {
		t.Errorf("dead-letter stream expires in %v, want within %v", ttl, DeadLetterTTL)
	}

	n, err := q.PurgeUser(ctx, "Ualice")
	if err != nil || n != 2 {
		t.Fatalf("PurgeUser = %d, %v; want 2", n, err)
	}
	dls, _ = q.DeadLetters(ctx, 10)
	if len(dls) != 1 || payloadUser(dls[0].Payload) != "Ubob" {
		t.Errorf("after purging Ualice: %+v, want only Ubob's dead letter", dls)
	}
	if n, err := q.PurgeUser(ctx, "Ualice"); err != nil || n != 0 {
		t.Errorf("second purge = %d, %v; want nothing to do", n, err)
	}
}

func TestOldDeadLettersAreTrimmed(t *testing.T) {
	q, _ := testQueue(t, 1)
	ctx := context.Background()
	old := time.Now().Add(-DeadLetterTTL - time.Hour).UnixMilli()
	if err := q.rdb.XAdd(ctx, &redis.XAddArgs{Stream: q.deadKey(), ID: minID(time.UnixMilli(old)), Values: []any{"e", "old"}}).Err(); err != nil {
		t.Fatal(err)
	}
	if err := q.rdb.XAdd(ctx, &redis.XAddArgs{Stream: q.deadKey(), Values: []any{"e", "new"}}).Err(); err != nil {
		t.Fatal(err)
	}
	n, err := q.TrimDeadLetters(ctx)
	if err != nil || n != 1 {
		t.Fatalf("TrimDeadLetters = %d, %v; want the old one trimmed", n, err)
	}
	dls, _ := q.DeadLetters(ctx, 10)
	if len(dls) != 1 || dls[0].Payload != "new" {
		t.Errorf("dead letters after trimming: %+v, want only the new one", dls)
	}
}
