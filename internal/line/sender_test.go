package line

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/linesim"
)

func newSender(t *testing.T) (*Sender, *linesim.Server) {
	t.Helper()
	sim := linesim.New("token")
	srv := httptest.NewServer(sim)
	t.Cleanup(srv.Close)
	s, err := NewSender(SenderOptions{Endpoint: srv.URL, Token: "token", Backoff: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	return s, sim
}

func TestPushRetriesServerErrorsWithTheSameKey(t *testing.T) {
	s, sim := newSender(t)
	sim.Fail("/v2/bot/message/push", 500, 500)
	key := RetryKey("ev1")
	if err := s.Push(context.Background(), "U1", key, Messages(akari.Texts("こんにちは"))); err != nil {
		t.Fatalf("Push: %v", err)
	}
	if got := sim.Deliveries("U1"); len(got) != 1 {
		t.Fatalf("got %d deliveries, want 1", len(got))
	}
	var statuses []int
	for _, c := range sim.Calls() {
		if c.RetryKey != key {
			t.Errorf("try carried retry key %q, want %q", c.RetryKey, key)
		}
		statuses = append(statuses, c.Status)
	}
	if want := []int{500, 500, 200}; len(statuses) != 3 || statuses[0] != want[0] || statuses[2] != want[2] {
		t.Errorf("statuses %v, want %v", statuses, want)
	}
	// Pushing again with the same key: LINE answers 409, which is success
	// and delivers nothing new.
	if err := s.Push(context.Background(), "U1", key, Messages(akari.Texts("こんにちは"))); err != nil {
		t.Errorf("second Push with the same key: %v, want nil (409 means already accepted)", err)
	}
	if got := sim.Deliveries("U1"); len(got) != 1 {
		t.Errorf("got %d deliveries after a repeat, want 1", len(got))
	}
}

func TestClientErrorsAreNotRetried(t *testing.T) {
	s, sim := newSender(t)
	sim.Fail("/v2/bot/message/push", 400)
	err := s.Push(context.Background(), "U1", RetryKey("ev2"), Messages(akari.Texts("x")))
	var apiErr *APIError
	if !errors.As(err, &apiErr) || apiErr.Status != 400 || apiErr.Retryable() {
		t.Fatalf("Push error = %v, want a non-retryable 400 APIError", err)
	}
	if n := len(sim.Calls()); n != 1 {
		t.Errorf("made %d calls, want 1 (4xx is final)", n)
	}
}

func TestTooManyRequestsIsRetried(t *testing.T) {
	s, sim := newSender(t)
	sim.Fail("/v2/bot/message/reply", http.StatusTooManyRequests)
	token := sim.IssueReplyToken("U1")
	if err := s.Reply(context.Background(), token, Messages(akari.Texts("x"))); err != nil {
		t.Fatalf("Reply: %v", err)
	}
	if n := len(sim.Calls()); n != 2 {
		t.Errorf("made %d calls, want 2", n)
	}
}

func TestSpentReplyTokenIsRefused(t *testing.T) {
	s, sim := newSender(t)
	token := sim.IssueReplyToken("U1")
	sim.SpendReplyToken(token)
	err := s.Reply(context.Background(), token, Messages(akari.Texts("x")))
	var apiErr *APIError
	if !errors.As(err, &apiErr) || apiErr.Status != 400 {
		t.Fatalf("Reply with a spent token: %v, want 400", err)
	}
}

func TestProfileAndLoading(t *testing.T) {
	s, sim := newSender(t)
	sim.SetProfile("U1", "はなこ")
	p, err := s.Profile(context.Background(), "U1")
	if err != nil || p.DisplayName != "はなこ" {
		t.Errorf("Profile = %+v, %v; want はなこ", p, err)
	}
	if err := s.Loading(context.Background(), "U1", 20); err != nil {
		t.Errorf("Loading: %v", err)
	}
}

type countingObserver struct{ statuses []int }

func (o *countingObserver) Call(_ string, status int) { o.statuses = append(o.statuses, status) }

func TestReplyServerErrorIsNotRepeatedButCounted(t *testing.T) {
	// A 5xx may come after LINE used the token; sending it again could
	// answer twice, so the caller pushes with a retry key instead.
	sim := linesim.New("token")
	srv := httptest.NewServer(sim)
	t.Cleanup(srv.Close)
	obs := &countingObserver{}
	s, err := NewSender(SenderOptions{Endpoint: srv.URL, Token: "token", Backoff: time.Millisecond, Observer: obs})
	if err != nil {
		t.Fatal(err)
	}
	sim.Fail("/v2/bot/message/reply", 500)
	if err := s.Reply(context.Background(), sim.IssueReplyToken("U1"), Messages(akari.Texts("x"))); err == nil {
		t.Fatal("Reply after a 500: no error, want one")
	}
	if n := len(sim.Calls()); n != 1 {
		t.Errorf("made %d reply calls, want 1", n)
	}
	sim.Fail("/v2/bot/message/push", 503, 503)
	if err := s.Push(context.Background(), "U1", RetryKey("ev3"), Messages(akari.Texts("x"))); err != nil {
		t.Fatal(err)
	}
	if want := []int{500, 503, 503, 200}; fmt.Sprint(obs.statuses) != fmt.Sprint(want) {
		t.Errorf("observer heard %v, want every try: %v", obs.statuses, want)
	}
}

// TestMessengerSaysWhenAReplyIsUncertain: a 5xx leaves it open whether LINE
// delivered; a 4xx says it did not; a spent token says so in its own word.
func TestMessengerSaysWhenAReplyIsUncertain(t *testing.T) {
	s, sim := newSender(t)
	m := Messenger{s}
	sim.Fail("/v2/bot/message/reply", 500)
	if err := m.Reply(context.Background(), sim.IssueReplyToken("U1"), akari.Texts("x")); !errors.Is(err, akari.ErrUncertain) {
		t.Errorf("a 500: %v, want akari.ErrUncertain", err)
	}
	sim.Fail("/v2/bot/message/reply", 403)
	if err := m.Reply(context.Background(), sim.IssueReplyToken("U1"), akari.Texts("x")); err == nil || errors.Is(err, akari.ErrUncertain) {
		t.Errorf("a 403: %v, want a refusal that is not uncertain", err)
	}
}

// writeCounter counts the writes of the connections it dials.
type writeCounter struct {
	net.Conn
	writes *atomic.Int64
}

func (c writeCounter) Write(b []byte) (int, error) {
	c.writes.Add(1)
	return c.Conn.Write(b)
}

// A reply, short or a full carousel, and a push leave in one write each:
// the request's header and body together, as net/http writes a body it
// knows to be in memory (a *bytes.Reader, io.NopCloser'd) — the SDK's
// http.NewRequest made it so, and a body of a type of our own made it
// flush the header first and copy the body after it in a second write.
func TestAMessageCallLeavesInOneWrite(t *testing.T) {
	sim := linesim.New("token")
	srv := httptest.NewServer(sim)
	defer srv.Close()
	var writes atomic.Int64
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.WriteBufferSize = 64 << 10 // as the server's (internal/app): a carousel fits
	dial := tr.DialContext
	tr.DialContext = func(ctx context.Context, network, addr string) (net.Conn, error) {
		c, err := dial(ctx, network, addr)
		if err != nil {
			return nil, err
		}
		return writeCounter{c, &writes}, nil
	}
	s, err := NewSender(SenderOptions{Endpoint: srv.URL, Token: "token", Backoff: time.Millisecond, Client: &http.Client{Transport: tr}})
	if err != nil {
		t.Fatal(err)
	}
	var cards []akari.Card
	for i := range 10 {
		cards = append(cards, akari.Card{Title: fmt.Sprint("コールセンターのお仕事 ", i), Company: "あかり株式会社", Place: "東京都", Pay: "時給1,400円〜", Employment: "派遣",
			Highlights: []string{"未経験から始められる", "研修あり"}, Why: "電話のお仕事の経験が活きます",
			DetailURL: "https://example.com/jobs/" + fmt.Sprint(i), InterestData: fmt.Sprint("action=interest&job=", i)})
	}
	replies := []akari.Reply{
		akari.Texts("こんにちは"),
		{Messages: []akari.Message{{Text: "おすすめの求人です"}, {Cards: cards}}},
	}
	events := linesim.NewBuilder(sim)
	for i, r := range replies {
		before := writes.Load()
		if err := s.Reply(context.Background(), events.Text("U1", "相談です").ReplyToken, Messages(r)); err != nil {
			t.Fatalf("Reply: %v", err)
		}
		if n := writes.Load() - before; n != 1 {
			t.Errorf("reply %d: %d writes, want 1", i, n)
		}
	}
	before := writes.Load()
	if err := s.Push(context.Background(), "U1", RetryKey("ev1"), Messages(akari.Texts("こんにちは"))); err != nil {
		t.Fatalf("Push: %v", err)
	}
	if n := writes.Load() - before; n != 1 {
		t.Errorf("push: %d writes, want 1", n)
	}
}
