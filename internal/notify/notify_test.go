package notify

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/leads"
)

// sample is a lead full of personal data that no notice may carry.
func sample() *leads.Lead {
	at := time.Date(2026, 11, 20, 23, 5, 0, 0, time.UTC)
	return &leads.Lead{
		ID: "L1", UserID: "U1", DisplayName: "山田",
		Answers:  leads.Answers{Area: "大阪", Phone: "090-1234-5678"},
		Category: akari.CareerChange, Summary: "事務職から転職したい",
		CreatedAt: at, UpdatedAt: at,
	}
}

func TestWebhookRetriesAndSendsNoPersonalData(t *testing.T) {
	var calls atomic.Int32
	bodies := make(chan string, 10)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		bodies <- string(b)
		if calls.Add(1) < 3 {
			http.Error(w, "busy", http.StatusServiceUnavailable)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	}))
	defer srv.Close()

	l := sample()
	n := leads.NewNotice(l, "https://akari.example.com/")
	if err := NewWebhook(srv.URL, nil).WithRetry(4, time.Millisecond).NotifyLead(context.Background(), n); err != nil {
		t.Fatal(err)
	}
	if got := calls.Load(); got != 3 {
		t.Errorf("webhook called %d times, want 3", got)
	}
	body := <-bodies
	var got map[string]any
	if err := json.Unmarshal([]byte(body), &got); err != nil {
		t.Fatal(err)
	}
	if len(got) != 4 || got["id"] != "L1" || got["category"] != "career_change" ||
		got["url"] != "https://akari.example.com/console/leads/L1" || got["createdAt"] == nil {
		t.Errorf("body = %s", body)
	}
	for _, private := range []string{l.UserID, l.DisplayName, l.Answers.Phone, l.Summary} {
		if strings.Contains(body, private) {
			t.Errorf("body %s holds personal data %q", body, private)
		}
	}
}

func TestWebhookGivesUpOnClientError(t *testing.T) {
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		http.Error(w, "no", http.StatusBadRequest)
	}))
	defer srv.Close()
	err := NewWebhook(srv.URL, nil).WithRetry(4, time.Millisecond).NotifyLead(context.Background(), leads.Notice{ID: "x"})
	if err == nil || calls.Load() != 1 {
		t.Errorf("got err %v after %d calls, want an error after 1", err, calls.Load())
	}
}

type fakeGroup struct{ group, text string }

func (f *fakeGroup) PushGroup(_ context.Context, g, text string) error {
	f.group, f.text = g, text
	return nil
}

type failing struct{}

func (failing) NotifyLead(context.Context, leads.Notice) error { return errors.New("down") }

func TestGroupAndFanOut(t *testing.T) {
	p := &fakeGroup{}
	label := func(c akari.Category) string { return "転職・仕事探し" }
	ns := leads.Notifiers{failing{}, NewGroup(p, "C123", label)}
	l := sample()
	err := ns.NotifyLead(context.Background(), leads.NewNotice(l, "https://a.example"))
	if err == nil {
		t.Error("fan-out swallowed the failing notifier's error")
	}
	if p.group != "C123" || !strings.Contains(p.text, "転職・仕事探し") || !strings.Contains(p.text, "https://a.example/console/leads/L1") {
		t.Errorf("group %q text %q", p.group, p.text)
	}
	if strings.Contains(p.text, l.DisplayName) {
		t.Errorf("group text names the person: %q", p.text)
	}
}

func TestWebhookHonoursRetryAfter(t *testing.T) {
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) == 1 {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
		}
	}))
	defer srv.Close()
	start := time.Now()
	if err := NewWebhook(srv.URL, nil).WithRetry(2, time.Millisecond).NotifyLead(context.Background(), leads.Notice{ID: "x"}); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d < time.Second || calls.Load() != 2 {
		t.Errorf("second try after %v (%d calls), want after the 1 s the server asked for", d, calls.Load())
	}
}

func TestAssignmentNoticesNameTheRecruiterAndNoPersonalData(t *testing.T) {
	bodies := make(chan string, 1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		bodies <- string(b)
	}))
	defer srv.Close()
	l := sample()
	l.Assignee = "佐藤"
	a := leads.NewAssignment(l, "鈴木", "https://akari.example.com")
	if err := NewWebhook(srv.URL, nil).NotifyAssigned(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	body := <-bodies
	var got map[string]any
	if err := json.Unmarshal([]byte(body), &got); err != nil {
		t.Fatal(err)
	}
	if got["type"] != "assigned" || got["assignee"] != "佐藤" || got["by"] != "鈴木" || got["url"] != "https://akari.example.com/console/leads/L1" {
		t.Errorf("assignment body = %s", body)
	}
	g := &fakeGroup{}
	if err := NewGroup(g, "Cgroup", nil).NotifyAssigned(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	for _, private := range []string{l.UserID, l.DisplayName, l.Answers.Phone, l.Summary} {
		if strings.Contains(body, private) || strings.Contains(g.text, private) {
			t.Errorf("assignment notice holds personal data %q", private)
		}
	}
	if !strings.Contains(g.text, "佐藤さんの担当") || !strings.Contains(g.text, "鈴木") {
		t.Errorf("group text = %q", g.text)
	}
}
