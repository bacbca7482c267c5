package httpretry

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// server answers with codes in order, then 200, and records each body.
type server struct {
	*httptest.Server
	calls  atomic.Int32
	mu     sync.Mutex
	bodies []string
}

func newServer(t *testing.T, handle func(n int, w http.ResponseWriter, r *http.Request)) *server {
	t.Helper()
	s := &server{}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		s.mu.Lock()
		s.bodies = append(s.bodies, string(b))
		s.mu.Unlock()
		handle(int(s.calls.Add(1)), w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

func codes(cs ...int) func(int, http.ResponseWriter, *http.Request) {
	return func(n int, w http.ResponseWriter, _ *http.Request) {
		if n <= len(cs) {
			w.WriteHeader(cs[n-1])
			return
		}
		io.WriteString(w, "ok")
	}
}

func fast() Policy { return Policy{Attempts: 4, Backoff: time.Millisecond} }

func post(t *testing.T, c *http.Client, ctx context.Context, url string, header ...string) (*http.Response, error) {
	t.Helper()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, strings.NewReader(`{"hello":"akari"}`))
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	res, err := c.Do(req)
	if err == nil {
		t.Cleanup(func() { res.Body.Close() })
	}
	return res, err
}

func TestWhatIsRetried(t *testing.T) {
	key := []string{"X-Line-Retry-Key", "2ed6657d-e927-568b-95e1-2665a8aea6a2"}
	tests := []struct {
		name       string
		codes      []int
		header     []string
		wantCalls  int32
		wantStatus int
	}{
		{"5xx with a retry key until success", []int{500, 503}, key, 3, 200},
		{"5xx with a retry key gives up after the attempts", []int{500, 500, 500, 500, 500}, key, 4, 500},
		{"5xx of a plain POST is final: it may have been acted on", []int{500}, nil, 1, 500},
		{"429 is retried for any request: the server did not act", []int{429}, nil, 2, 200},
		{"4xx is final", []int{400}, key, 1, 400},
		{"Idempotency-Key makes a POST repeatable", []int{502}, []string{"Idempotency-Key", "lead-1"}, 2, 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newServer(t, codes(tt.codes...))
			c := Client(nil, Transport{Policy: fast()})
			res, err := post(t, c, context.Background(), s.URL, tt.header...)
			if err != nil {
				t.Fatal(err)
			}
			if res.StatusCode != tt.wantStatus {
				t.Errorf("status %d, want %d", res.StatusCode, tt.wantStatus)
			}
			if got := s.calls.Load(); got != tt.wantCalls {
				t.Errorf("server saw %d calls, want %d", got, tt.wantCalls)
			}
			for i, b := range s.bodies {
				if b != `{"hello":"akari"}` {
					t.Errorf("try %d sent body %q, want the whole body again", i+1, b)
				}
			}
		})
	}
}

func TestRetryAfterIsHonouredAndCapped(t *testing.T) {
	s := newServer(t, func(n int, w http.ResponseWriter, _ *http.Request) {
		if n == 1 {
			w.Header().Set("Retry-After", "120")
			w.WriteHeader(http.StatusTooManyRequests)
		}
	})
	c := Client(nil, Transport{Policy: Policy{Attempts: 2, Backoff: time.Millisecond, MaxRetryAfter: 80 * time.Millisecond}})
	start := time.Now()
	res, err := post(t, c, context.Background(), s.URL)
	if err != nil || res.StatusCode != 200 {
		t.Fatalf("got %v, %v; want 200 after a retry", res, err)
	}
	if d := time.Since(start); d < 80*time.Millisecond || d > 5*time.Second {
		t.Errorf("retried after %v, want the Retry-After wait capped at 80ms (backoff alone is 1ms)", d)
	}
}

func TestTimeoutAfterSendingIsRetriedOnlyWhenRepeatable(t *testing.T) {
	release := make(chan struct{})
	t.Cleanup(func() { close(release) })
	slowFirst := func(n int, w http.ResponseWriter, r *http.Request) {
		if n == 1 {
			select {
			case <-r.Context().Done():
			case <-release:
			}
		}
	}
	for _, tt := range []struct {
		name      string
		header    []string
		wantCalls int32
		wantErr   bool
	}{
		{"reply-token call: sent, then timed out — never again", nil, 1, true},
		{"push with a retry key: LINE drops a repeat", []string{"X-Line-Retry-Key", "k"}, 2, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := newServer(t, slowFirst)
			c := Client(&http.Client{Timeout: 100 * time.Millisecond}, Transport{Policy: fast()})
			_, err := post(t, c, context.Background(), s.URL, tt.header...)
			if (err != nil) != tt.wantErr {
				t.Errorf("err = %v, want error %v", err, tt.wantErr)
			}
			if got := s.calls.Load(); got != tt.wantCalls {
				t.Errorf("server saw %d calls, want %d", got, tt.wantCalls)
			}
		})
	}
}

func TestRequestThatNeverLeftIsRetried(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	url := "http://" + ln.Addr().String()
	ln.Close() // connection refused: nothing was sent
	var tries []Attempt
	ctx := WithObserver(context.Background(), func(a Attempt) { tries = append(tries, a) })
	_, err = post(t, Client(nil, Transport{Policy: Policy{Attempts: 3, Backoff: time.Millisecond}}), ctx, url)
	if err == nil {
		t.Fatal("got no error from a closed port")
	}
	if len(tries) != 3 || !tries[0].Retrying || tries[2].Retrying || tries[0].Status != 0 {
		t.Errorf("tries %+v, want 3 (a plain POST that never left may be sent again)", tries)
	}
}

func TestObserverAndPolicyOverride(t *testing.T) {
	s := newServer(t, codes(503, 503))
	var tries []Attempt
	ctx := WithObserver(context.Background(), func(a Attempt) { tries = append(tries, a) })
	c := Client(nil, Transport{Policy: fast(), Repeatable: Always})
	if _, err := post(t, c, ctx, s.URL); err != nil {
		t.Fatal(err)
	}
	if len(tries) != 3 || tries[0].Status != 503 || !tries[0].Retrying || tries[2].Status != 200 || tries[2].Retrying {
		t.Errorf("observer heard %+v, want 503, 503, 200", tries)
	}

	s2 := newServer(t, codes(503))
	res, err := post(t, c, WithPolicy(context.Background(), Policy{Attempts: 1}), s2.URL)
	if err != nil || res.StatusCode != 503 || s2.calls.Load() != 1 {
		t.Errorf("with one attempt: status %v err %v after %d calls, want 503 after 1", res.StatusCode, err, s2.calls.Load())
	}
}

func TestNoRetryThatCannotFinishBeforeTheDeadline(t *testing.T) {
	s := newServer(t, func(n int, w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Retry-After", "5")
		w.WriteHeader(http.StatusServiceUnavailable)
	})
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	start := time.Now()
	res, err := post(t, Client(nil, Transport{Policy: fast(), Repeatable: Always}), ctx, s.URL)
	if err != nil || res.StatusCode != 503 {
		t.Fatalf("got %v, %v; want the 503 at once", res, err)
	}
	if d := time.Since(start); d > 500*time.Millisecond || s.calls.Load() != 1 {
		t.Errorf("returned after %v and %d calls, want at once after 1", d, s.calls.Load())
	}
}

func TestCanceledContextStopsTheWait(t *testing.T) {
	s := newServer(t, codes(503, 503, 503))
	ctx, cancel := context.WithCancel(context.Background())
	c := Client(nil, Transport{Policy: Policy{Attempts: 4, Backoff: time.Hour, MaxBackoff: time.Hour}, Repeatable: Always})
	time.AfterFunc(50*time.Millisecond, cancel)
	_, err := post(t, c, ctx, s.URL)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

func TestBackoffIsCappedAndJittered(t *testing.T) {
	p := Policy{Backoff: 100 * time.Millisecond, MaxBackoff: time.Second}.withDefaults()
	for n, want := range map[int]time.Duration{1: 100 * time.Millisecond, 2: 200 * time.Millisecond, 5: time.Second, 80: time.Second} {
		for range 20 {
			if got := p.wait(n); got < want*8/10 || got > want*12/10 {
				t.Errorf("wait(%d) = %v, want %v ±20%%", n, got, want)
			}
		}
	}
}
