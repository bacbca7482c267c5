package line

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/line/line-bot-sdk-go/v8/linebot/webhook"

	"github.com/akari-career/akari/internal/linesim"
)

const secret = "test-channel-secret"

type memSink struct {
	mu   sync.Mutex
	seen map[string]bool
	got  []Inbound
	err  error
}

func (s *memSink) Accept(_ context.Context, events []Inbound) ([]bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.err != nil {
		return nil, s.err
	}
	if s.seen == nil {
		s.seen = map[string]bool{}
	}
	out := make([]bool, len(events))
	for i, e := range events {
		if !s.seen[e.EventID] {
			s.seen[e.EventID] = true
			s.got = append(s.got, e)
			out[i] = true
		}
	}
	return out, nil
}

type nopObs struct{}

func (nopObs) Request(int)          {}
func (nopObs) Event(string, string) {}

func post(h http.Handler, body []byte, sig string) int {
	req := httptest.NewRequest(http.MethodPost, "/callback", bytes.NewReader(body))
	if sig != "" {
		req.Header.Set("X-Line-Signature", sig)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Code
}

func TestIntakeRefusesWhatIsNotFromLINE(t *testing.T) {
	b := linesim.NewBuilder(nil)
	good := linesim.Body{Events: []linesim.Event{b.Text("U1", "こんにちは")}}.JSON()
	big := append([]byte(`{"events":[],"pad":"`), bytes.Repeat([]byte("x"), 2<<20)...)
	big = append(big, '"', '}')
	tests := []struct {
		name string
		body []byte
		sig  string
		want int
	}{
		{"bad signature", good, linesim.Sign("another-secret", good), 400},
		{"missing signature", good, "", 400},
		{"signature not base64", good, "%%%", 400},
		{"malformed JSON", []byte(`{"events":[`), linesim.Sign(secret, []byte(`{"events":[`)), 400},
		{"event without id", []byte(`{"events":[{"type":"message"}]}`), linesim.Sign(secret, []byte(`{"events":[{"type":"message"}]}`)), 400},
		{"2 MiB body", big, linesim.Sign(secret, big), 413},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sink := &memSink{}
			h := NewWebhook(secret, sink, slog.New(slog.DiscardHandler), nopObs{})
			if got := post(h, tt.body, tt.sig); got != tt.want {
				t.Errorf("status %d, want %d", got, tt.want)
			}
			if len(sink.got) != 0 {
				t.Errorf("%d events reached the queue, want none", len(sink.got))
			}
		})
	}
}

func TestIntakeQueuesUserEventsOnceAndSkipsTheRest(t *testing.T) {
	b := linesim.NewBuilder(nil)
	text := b.Text("U1", "辞めたい")
	redelivered := text
	redelivered.DeliveryContext.IsRedelivery = true
	group := b.Text("U2", "グループから")
	group.Source = linesim.Source{Type: "group", GroupID: "G1", UserID: "U2"}
	join := b.Follow("U3")
	join.Type = "join"
	body := linesim.Body{Events: []linesim.Event{text, group, join}}.JSON()
	sink := &memSink{}
	h := NewWebhook(secret, sink, slog.New(slog.DiscardHandler), nopObs{})
	for _, bd := range [][]byte{body, body, linesim.Body{Events: []linesim.Event{redelivered}}.JSON()} {
		if got := post(h, bd, linesim.Sign(secret, bd)); got != 200 {
			t.Fatalf("status %d, want 200", got)
		}
	}
	if len(sink.got) != 1 || sink.got[0].EventID != text.WebhookEventID || sink.got[0].UserID != "U1" {
		t.Errorf("queued %+v, want only the user's text event once", sink.got)
	}
	if !strings.Contains(string(sink.got[0].Payload), `"辞めたい"`) {
		t.Errorf("payload %s does not carry the event as sent", sink.got[0].Payload)
	}
	// LINE's verification call has no events.
	empty := []byte(`{"destination":"Ubot","events":[]}`)
	if got := post(h, empty, linesim.Sign(secret, empty)); got != 200 {
		t.Errorf("empty verification call: status %d, want 200", got)
	}
}

func TestIntakeAnswers5xxWhenTheQueueIsDown(t *testing.T) {
	sink := &memSink{err: errors.New("redis: connection refused")}
	h := NewWebhook(secret, sink, slog.New(slog.DiscardHandler), nopObs{})
	body := linesim.Body{Events: []linesim.Event{linesim.NewBuilder(nil).Text("U1", "x")}}.JSON()
	if got := post(h, body, linesim.Sign(secret, body)); got != 503 {
		t.Errorf("status %d, want 503 so LINE redelivers", got)
	}
}

func FuzzIntake(f *testing.F) {
	b := linesim.NewBuilder(nil)
	f.Add(linesim.Body{Events: []linesim.Event{b.Text("U1", "こんにちは")}}.JSON())
	f.Add(linesim.Body{Events: []linesim.Event{b.Follow("U1"), b.PostbackEvent("U1", "action=x")}}.JSON())
	f.Add([]byte(`{"events":[{"type":"message","webhookEventId":"x","source":{"type":"user","userId":"U"},"message":7}]}`))
	f.Add([]byte(`{"events":null}`))
	f.Add([]byte(`[]`))
	f.Add([]byte{0xff, 0xfe})
	f.Fuzz(func(t *testing.T, body []byte) {
		h := NewWebhook(secret, &memSink{}, slog.New(slog.DiscardHandler), nopObs{})
		for _, sig := range []string{linesim.Sign(secret, body), "bad"} {
			if got := post(h, body, sig); got >= 500 {
				t.Errorf("status %d for body %q", got, body)
			}
		}
		ev, err := Decode(body) // the worker's decoder must not panic either
		_ = ev
		_ = err
	})
}

// Standby events are someone else's to answer; a body past the cap has its
// extra events refused (and logged), not turned into thousands of pushes.
func TestIntakeSkipsStandbyAndCapsEventsPerBody(t *testing.T) {
	b := linesim.NewBuilder(nil)
	standby := b.Text("U1", "他のモジュールが対応中")
	standby.Mode = "standby"
	events := []linesim.Event{standby}
	for range MaxEventsPerBody + 50 {
		events = append(events, b.Text("U2", "たくさん"))
	}
	body := linesim.Body{Events: events}.JSON()
	sink := &memSink{}
	var logs bytes.Buffer
	h := NewWebhook(secret, sink, slog.New(slog.NewTextHandler(&logs, nil)), nopObs{})
	if got := post(h, body, linesim.Sign(secret, body)); got != 200 {
		t.Fatalf("status %d, want 200 (acknowledged, so LINE does not redeliver it)", got)
	}
	for _, e := range sink.got {
		if e.UserID == "U1" {
			t.Errorf("a standby event was queued: %+v", e)
		}
	}
	if want := MaxEventsPerBody - 1; len(sink.got) != want {
		t.Errorf("queued %d events, want %d (the cap, less the standby one)", len(sink.got), want)
	}
	if !strings.Contains(logs.String(), "refused=51") || !strings.Contains(logs.String(), "standby event acknowledged") {
		t.Errorf("logs do not tell of the refused and standby events:\n%.600s", logs.String())
	}
}

// The signature is checked as the SDK's webhook.ValidateSignature checks
// it: right, wrong, cut, padded otherwise, with line breaks (which base64
// skips), not base64, empty, far too long — and with the same Webhook
// checking many, one after another and at once.
func TestSignatureCheckedAsTheSDKDid(t *testing.T) {
	h := NewWebhook(secret, &memSink{}, slog.New(slog.DiscardHandler), nopObs{})
	bodies := [][]byte{nil, []byte("{}"), []byte(`{"events":[]}`), bytes.Repeat([]byte("あ"), 5000)}
	var cases [][2]string
	for _, body := range bodies {
		good := linesim.Sign(secret, body)
		other := linesim.Sign("another-secret", body)
		for _, sig := range []string{
			good, other, "", "=", good[:len(good)-1], good[:len(good)-2], strings.TrimRight(good, "="), good + "=",
			good[:10] + "\n" + good[10:], good[:10] + "\r\n" + good[10:], " " + good, good + " ", strings.ToUpper(good),
			"not base64!", strings.Repeat("A", 44), strings.Repeat("A", 200), good + good, strings.Repeat("\n", 150) + good,
		} {
			cases = append(cases, [2]string{sig, string(body)})
		}
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, c := range cases {
				if got, want := h.signed(c[0], []byte(c[1])), webhook.ValidateSignature(secret, c[0], []byte(c[1])); got != want {
					t.Errorf("signature %q over %d bytes: %v, the SDK %v", c[0], len(c[1]), got, want)
				}
			}
		}()
	}
	wg.Wait()
}
