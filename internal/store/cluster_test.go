package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/leads"
	"github.com/akari-career/akari/internal/redistest"
	"github.com/akari-career/akari/internal/store"
)

// TestLeadsOnACluster runs the lead indexes on a real three-master Redis
// Cluster: every operation stays in its slot (no CROSSSLOT), and lists,
// filters, counts and changes read the same as on one Redis.
func TestLeadsOnACluster(t *testing.T) {
	c := redistest.StartCluster(t, 3, 0)
	var addrs []string
	for _, n := range c.Nodes {
		addrs = append(addrs, n.Addr())
	}
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: addrs})
	t.Cleanup(func() { rdb.Close() })
	s := store.New(rdb, "akari")
	ctx := context.Background()
	now := time.Now()
	all := someLeads(t, s, 60, now)
	for _, f := range []leads.Filter{
		{}, {Status: leads.StatusNew}, {Category: akari.Resignation}, {Assignee: "佐藤"},
		{Status: leads.StatusNew, Category: akari.Resignation, From: now.AddDate(0, 0, -20), To: now},
	} {
		checkList(t, s, all, f)
	}
	moved := all[3]
	got, err := s.UpdateLead(ctx, moved.ID, "佐藤", func(l *leads.Lead) error {
		l.Status, l.Assignee = leads.StatusClosed, "鈴木 一郎"
		return nil
	})
	if err != nil {
		t.Fatalf("update on a cluster: %v", err)
	}
	*moved = *got
	checkList(t, s, all, leads.Filter{Assignee: "鈴木 一郎", Status: leads.StatusClosed})
	if err := s.DeleteUser(ctx, moved.UserID); err != nil {
		t.Fatalf("delete on a cluster: %v", err)
	}
}

// TestAnErasingAnswerIsNotSentTwice: データ削除 answered, the data erased,
// and the acknowledgement lost — the event comes back to another process
// with no conversation at all, and must find that its answer went out.
func TestAnErasingAnswerIsNotSentTwice(t *testing.T) {
	s, ctx := newStore(t), context.Background()
	snap, err := s.Begin(ctx, "Uerase", "ev-del", akari.BeginOptions{ClaimReply: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Commit(ctx, snap.State, akari.Outcome{EventID: "ev-del", Erase: true, Delivered: true}); err != nil {
		t.Fatal(err)
	}
	again, err := s.Begin(ctx, "Uerase", "ev-del", akari.BeginOptions{ClaimReply: true})
	if err != nil {
		t.Fatal(err)
	}
	if again.Sent != akari.SentDelivered {
		t.Errorf("the erasing event retried: send marker %q, want delivered", again.Sent)
	}
	if other, _ := s.Begin(ctx, "Uerase", "ev-next", akari.BeginOptions{ClaimReply: true}); other.Sent != akari.SentNone {
		t.Errorf("the person's next event: send marker %q, want none", other.Sent)
	}
}
