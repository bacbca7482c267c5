package app

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/akari-career/akari/internal/jobs"
	"github.com/akari-career/akari/internal/leads"
	"github.com/akari-career/akari/internal/privacy"
	"github.com/akari-career/akari/internal/redistest"
)

// The person of the deletion tests: every value they gave or LINE gave
// about them, as Redis might hold it.
const (
	walkName  = "ひまわり花子"
	walkPhone = "080-2222-3333"
	walkTime  = "平日の夜はだいたい空いてます"
)

func walkSecrets(user string) []string {
	return []string{user, privacy.HashUser(user), walkName, walkPhone, strings.ReplaceAll(walkPhone, "-", ""), walkTime}
}

// withEverything gives user everything Akari can hold about a person: a
// conversation with facts, a consented lead (name, answers, phone, summary,
// transcript, a consent text listing the answers), a recruiter's note and
// takeover, and a dead letter holding one of their messages.
func withEverything(t *testing.T, h *harness, user string) *leads.Lead {
	t.Helper()
	ctx := context.Background()
	h.sim.SetProfile(user, walkName)
	p := h.person(user)
	p.say("コールセンターの派遣、もう辞めたいです。大阪に住んでいます")
	p.say("求人を見てみたいです")
	p.tap(jobs.InterestData("sample-001"))
	p.say("大阪")
	p.say("スキップ")
	p.say("正社員")
	p.say(walkTime)
	p.say(walkPhone)
	p.say("はい、共有します")
	settle()
	mine, err := h.app.store.LeadsOfUser(ctx, user)
	if err != nil || len(mine) != 1 {
		t.Fatalf("leads of %s: %v, %v; want the consented lead", user, mine, err)
	}
	l := mine[0]
	if !strings.Contains(l.Consent.Text, walkTime) || l.Answers.Phone == "" || l.DisplayName != walkName {
		t.Fatalf("the lead does not hold what the test deletes: %+v", l)
	}
	if _, err := h.app.store.UpdateLead(ctx, l.ID, "recruiter", func(l *leads.Lead) error {
		l.Notes = append(l.Notes, leads.Note{Text: walkName + "さんに " + walkPhone + " で夜に電話"})
		return nil
	}); err != nil {
		t.Fatal(err)
	}

	// A message whose every delivery fails ends as a dead letter.
	ev := h.events.Text(user, "電話は "+walkPhone+" です。"+walkName)
	ev.Timestamp = time.Now().Add(-5 * time.Minute).UnixMilli() // stale token: push
	h.sim.Fail("/v2/bot/message/push", 400)
	h.post(ev)
	deadline := time.Now().Add(10 * time.Second)
	for {
		dls, err := h.app.queue.DeadLetters(ctx, 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(dls) == 1 && strings.Contains(dls[0].Payload, user) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no dead letter for %s: %+v", user, dls)
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := h.app.store.SetHumanActive(ctx, user, "recruiter", time.Now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(walkKeys(t, h), user) {
		t.Fatal("the walk finds nothing of the person before deletion: it cannot fail")
	}
	return l
}

// walkKeys dumps every key under the harness's prefix — names and values of
// every type — as one string.
func walkKeys(t *testing.T, h *harness) string {
	t.Helper()
	ctx := context.Background()
	var b strings.Builder
	iter := h.rdb.Scan(ctx, 0, h.prefix+":*", 1000).Iterator()
	for iter.Next(ctx) {
		key := iter.Val()
		typ, err := h.rdb.Type(ctx, key).Result()
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "\n%s (%s): ", key, typ)
		var v any
		switch typ {
		case "string":
			v, err = h.rdb.Get(ctx, key).Result()
		case "hash":
			v, err = h.rdb.HGetAll(ctx, key).Result()
		case "list":
			v, err = h.rdb.LRange(ctx, key, 0, -1).Result()
		case "set":
			v, err = h.rdb.SMembers(ctx, key).Result()
		case "zset":
			v, err = h.rdb.ZRangeWithScores(ctx, key, 0, -1).Result()
		case "stream":
			v, err = h.rdb.XRange(ctx, key, "-", "+").Result()
		case "none": // expired meanwhile
		case "hll":
			// miniredis only: a real Redis calls a HyperLogLog a string
			// (read above). Its registers hold hashes of hashes, no
			// value that can be read back.
			if redistest.Real() {
				t.Fatalf("key %s has type hll on a real Redis", key)
			}
		default:
			t.Fatalf("key %s has type %s, which the walk cannot read", key, typ)
		}
		if err != nil && err != redis.Nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%v", v)
	}
	if err := iter.Err(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func assertNoTrace(t *testing.T, h *harness, user string) {
	t.Helper()
	dump := walkKeys(t, h)
	for _, s := range walkSecrets(user) {
		if i := strings.Index(dump, s); i >= 0 {
			from, to := max(0, strings.LastIndex(dump[:i], "\n")), min(len(dump), i+len(s)+200)
			t.Errorf("Redis still holds %q after deletion:\n%s", s, dump[from:to])
		}
	}
	// Nothing outside the prefix names the person either.
	if keys, _ := h.rdb.Keys(context.Background(), "*"+user+"*").Result(); len(keys) > 0 {
		t.Errorf("keys naming the person remain: %v", keys)
	}
}

func TestDataDeletionLeavesNoTraceInRedis(t *testing.T) {
	if !redistest.Real() {
		t.Log("running against miniredis; set AKARI_TEST_REDIS_URL for the real server")
	}
	h := start(t, setup{env: map[string]string{"AKARI_MAX_ATTEMPTS": "1"}})
	user := "Uwalk" + h.prefix
	l := withEverything(t, h, user)

	d := h.person(user)
	d.seen = len(h.sim.Deliveries(user))
	if got := joined(d.say("データ削除")); !strings.Contains(got, "削除") {
		t.Fatalf("データ削除: %q, want a confirmation", got)
	}
	settle()
	assertNoTrace(t, h, user)
	kept, err := h.app.store.GetLead(context.Background(), l.ID)
	if err != nil {
		t.Fatalf("the lead record is gone: %v; want it kept without personal data", err)
	}
	if !kept.Consent.Scope.Answers || kept.Consent.At.IsZero() || !strings.Contains(kept.Consent.Text, "共有") || kept.ErasedBy() != leads.ActionDeleted {
		t.Errorf("kept lead %+v: want the consent's wording, scope and time, and why it was erased", kept)
	}
}

func TestUnfollowLeavesNoTraceInRedis(t *testing.T) {
	h := start(t, setup{env: map[string]string{"AKARI_MAX_ATTEMPTS": "1"}})
	user := "Ugone" + h.prefix
	l := withEverything(t, h, user)

	h.post(h.events.Unfollow(user))
	ctx := context.Background()
	deadline := time.Now().Add(10 * time.Second)
	for {
		got, err := h.app.store.GetLead(ctx, l.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Anonymised() && !h.stateExists(user) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after unfollow the lead is %+v and the state exists=%v", got, h.stateExists(user))
		}
		time.Sleep(20 * time.Millisecond)
	}
	settle()
	assertNoTrace(t, h, user)
}

func TestRetentionAnonymisesIdleLeads(t *testing.T) {
	h := start(t, setup{env: map[string]string{"AKARI_LEAD_RETENTION": "1ms"}})
	ctx := context.Background()
	l := &leads.Lead{UserID: "Uidle", DisplayName: walkName, Category: "career_change",
		Answers: leads.Answers{Phone: walkPhone},
		Consent: leads.Consent{Text: "共有します\n・電話番号：" + walkPhone, At: time.Now(), Scope: leads.Scope{Answers: true}}}
	if err := h.app.store.CreateLead(ctx, l, false); err != nil {
		t.Fatal(err)
	}
	time.Sleep(5 * time.Millisecond)
	h.app.sweep(ctx)
	got, err := h.app.store.GetLead(ctx, l.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Anonymised() || got.ErasedBy() != leads.ActionExpired || strings.Contains(got.Consent.Text, walkPhone) {
		t.Errorf("lead after the retention sweep: %+v; want anonymised as expired", got)
	}
	if mine, _ := h.app.store.LeadsOfUser(ctx, "Uidle"); len(mine) != 0 {
		t.Errorf("the person still has %d leads indexed", len(mine))
	}
}
