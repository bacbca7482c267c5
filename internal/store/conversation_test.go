package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/akari-career/akari/internal/leads"
)

func TestLeadConversationUnreadAndWaiting(t *testing.T) {
	s, ctx := newStore(t), context.Background()
	l := mustCreate(t, s, newLead("Uconv"))
	if _, err := s.UpdateLead(ctx, l.ID, "佐藤", func(l *leads.Lead) error { l.Assignee = "佐藤"; return nil }); err != nil {
		t.Fatal(err)
	}
	at := time.Now().Add(-2 * time.Hour).UTC().Truncate(time.Millisecond)
	relay := leads.Relay{LeadID: l.ID, EventID: "ev1", Messages: []leads.Message{
		{At: at, From: leads.FromPerson, Text: "明日なら電話できます"},
		{At: at, From: leads.FromAkari, Text: "担当者に伝えますね"},
	}}
	for range 2 { // a retried event appends nothing more
		if err := s.AppendConversation(ctx, relay); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.AppendConversation(ctx, leads.Relay{LeadID: l.ID, EventID: "ev2", Messages: []leads.Message{{At: at.Add(time.Minute), From: leads.FromPerson, Media: "image", Text: leads.MediaText("image")}}}); err != nil {
		t.Fatal(err)
	}
	conv, err := s.Conversation(ctx, l.ID, 0)
	if err != nil || len(conv) != 3 || conv[2].Text != "画像が送られました" {
		t.Fatalf("conversation = %+v (%v), want 3 messages", conv, err)
	}
	if tail, _ := s.Conversation(ctx, l.ID, 2); len(tail) != 1 {
		t.Errorf("messages after 2: %d, want 1", len(tail))
	}
	boxes, err := s.Inboxes(ctx, []string{l.ID}, "佐藤")
	if b := boxes[l.ID]; err != nil || b.Unread != 2 || b.Messages != 3 || !b.Waiting.Equal(at) {
		t.Errorf("inbox for 佐藤 = %+v (%v), want 2 unread of 3, waiting since %v", b, err, at)
	}
	if n, err := s.WaitingCount(ctx, "佐藤"); n != 1 || err != nil {
		t.Errorf("佐藤 has %d waiting leads (%v), want 1", n, err)
	}
	if err := s.MarkRead(ctx, l.ID, "佐藤"); err != nil {
		t.Fatal(err)
	}
	boxes, _ = s.Inboxes(ctx, []string{l.ID}, "佐藤")
	other, _ := s.Inboxes(ctx, []string{l.ID}, "鈴木")
	if boxes[l.ID].Unread != 0 || other[l.ID].Unread != 2 {
		t.Errorf("after 佐藤 read: 佐藤 %d unread, 鈴木 %d; want 0 and 2", boxes[l.ID].Unread, other[l.ID].Unread)
	}
	if err := s.AddRecruiterMessage(ctx, l.ID, leads.Message{At: time.Now(), By: "鈴木", Text: "お電話しますね"}); err != nil {
		t.Fatal(err)
	}
	boxes, _ = s.Inboxes(ctx, []string{l.ID}, "鈴木")
	if b := boxes[l.ID]; !b.Waiting.IsZero() || b.Unread != 0 {
		t.Errorf("after 鈴木 answered: %+v, want nobody waiting and nothing unread for 鈴木", b)
	}
	if n, _ := s.WaitingCount(ctx, "佐藤"); n != 0 {
		t.Errorf("佐藤 still has %d waiting after the answer", n)
	}
	if err := s.DeleteUser(ctx, "Uconv"); err != nil {
		t.Fatal(err)
	}
	if conv, _ := s.Conversation(ctx, l.ID, 0); len(conv) != 0 {
		t.Errorf("データ削除 left %d messages of the conversation", len(conv))
	}
}
