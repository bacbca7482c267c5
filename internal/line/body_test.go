package line

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/line/line-bot-sdk-go/v8/linebot/messaging_api"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/jobs"
	"github.com/akari-career/akari/internal/linesim"
)

// textReply is a typical answer: a text with chips of both kinds.
func textReply() akari.Reply {
	return akari.Reply{
		Messages: []akari.Message{{Text: "お話ししてくれてありがとう。\n今いちばん気になっているのは、どんなことですか？"}},
		QuickReplies: []akari.QuickReply{
			{Label: "転職したい"},
			{Label: "子育てと両立", Text: "子育てと仕事を両立したい"},
			{Label: "興味あり", Data: "action=interest&job=j1"},
			{Label: "<b>&</b>", Text: `"引用" \ と <タグ>`, Data: "a=<1>&b=\"2\""},
		},
	}
}

// carouselReply is what the engine sends with job cards: an intro, a
// carousel of ten, and chips.
func carouselReply(t testing.TB) akari.Reply {
	t.Helper()
	c, err := jobs.Sample()
	if err != nil {
		t.Fatal(err)
	}
	cards := jobs.Cards(c.Search(jobs.Query{Category: akari.Salary, Now: today, Limit: jobs.MaxLimit}))
	if len(cards) < MaxBubbles {
		t.Fatalf("only %d sample cards, want at least %d", len(cards), MaxBubbles)
	}
	return akari.Reply{
		Messages:     []akari.Message{{Text: "条件に合いそうな求人を10件見つけました。"}, {Cards: cards[:MaxBubbles]}},
		QuickReplies: []akari.QuickReply{{Label: "もっと見る"}, {Label: "条件を変える"}, {Label: "相談に戻る", Data: "action=back"}},
	}
}

// replies covers what Messages makes: texts, chips, a carousel, splitting
// and folding, and strings encoding/json has to escape.
func replies(t *testing.T) map[string]akari.Reply {
	t.Helper()
	return map[string]akari.Reply{
		"text with quick replies": textReply(),
		"ten-card carousel":       carouselReply(t),
		"cards only":              {Messages: []akari.Message{{Cards: carouselReply(t).Messages[1].Cards[:2]}}},
		"long text split":         akari.Texts(strings.Repeat("あ", 3000) + "\n" + strings.Repeat("い", 3000)),
		"seven texts folded":      akari.Texts("1", "2", "3", "4", "5", "6", "7"),
		"escapes":                 akari.Texts("\"quoted\" \\ tab\t nl\r\n ctrl\x01 sep\u2028\u2029 😊 <script>&amp;</script>"),
		"invalid UTF-8":           akari.Texts("ok \xff\xfe end"),
	}
}

// sameJSON fails unless a and b hold the same JSON value.
func sameJSON(t *testing.T, what string, got, want []byte) {
	t.Helper()
	g, w := decodeJSON(t, got), decodeJSON(t, want)
	if diff := cmp.Diff(w, g); diff != "" {
		t.Errorf("%s differs from the SDK's (-sdk +once):\n%s", what, diff)
	}
}

func decodeJSON(t *testing.T, b []byte) any {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, b)
	}
	if _, err := dec.Token(); err != io.EOF {
		t.Fatalf("more than one JSON value in %s", b)
	}
	return v
}

func TestBodiesAreTheSDKsJSON(t *testing.T) {
	for name, r := range replies(t) {
		t.Run(name, func(t *testing.T) {
			got, err := replyBody("rt-1", Messages(r))
			if err != nil {
				t.Fatal(err)
			}
			want, err := sdkReplyBody("rt-1", sdkMessages(r))
			if err != nil {
				t.Fatal(err)
			}
			sameJSON(t, "reply body", got, want)

			got, err = pushBody("U1", Messages(r))
			if err != nil {
				t.Fatal(err)
			}
			want, err = sdkPushBody("U1", sdkMessages(r))
			if err != nil {
				t.Fatal(err)
			}
			sameJSON(t, "push body", got, want)
		})
	}
}

// recorder stands between a client and the LINE stand-in and keeps each
// request as it arrived.
type recorder struct {
	sim  *linesim.Server
	mu   sync.Mutex
	reqs []recorded
}

type recorded struct {
	method, path string
	header       http.Header
	body         []byte
}

func (rec *recorder) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	rec.mu.Lock()
	rec.reqs = append(rec.reqs, recorded{r.Method, r.URL.Path, r.Header.Clone(), body})
	rec.mu.Unlock()
	r.Body = io.NopCloser(bytes.NewReader(body))
	rec.sim.ServeHTTP(w, r)
}

func (rec *recorder) last(t *testing.T) recorded {
	t.Helper()
	rec.mu.Lock()
	defer rec.mu.Unlock()
	if len(rec.reqs) == 0 {
		t.Fatal("the stand-in received nothing")
	}
	return rec.reqs[len(rec.reqs)-1]
}

// oldAndNew returns the stand-in behind a recorder, a Sender, and the SDK
// client as the Sender used it before: same token, endpoint and transport.
func oldAndNew(t *testing.T) (*linesim.Server, *recorder, *Sender, *messaging_api.MessagingApiAPI) {
	t.Helper()
	sim := linesim.New("token")
	rec := &recorder{sim: sim}
	srv := httptest.NewServer(rec)
	t.Cleanup(srv.Close)
	s, err := NewSender(SenderOptions{Endpoint: srv.URL, Token: "token", Backoff: 1})
	if err != nil {
		t.Fatal(err)
	}
	api, err := messaging_api.NewMessagingApiAPI("token", messaging_api.WithEndpoint(srv.URL), messaging_api.WithHTTPClient(s.client))
	if err != nil {
		t.Fatal(err)
	}
	return sim, rec, s, api.WithContext(context.Background())
}

// sameRequest fails unless two requests differ only in the body member and
// the header named (and in Content-Length, which follows the bytes).
func sameRequest(t *testing.T, got, want recorded, member, varyHeader string) {
	t.Helper()
	if got.method != want.method || got.path != want.path {
		t.Errorf("request %s %s, want %s %s", got.method, got.path, want.method, want.path)
	}
	gh, wh := got.header.Clone(), want.header.Clone()
	for _, h := range []*http.Header{&gh, &wh} {
		h.Del("Content-Length")
		h.Del(varyHeader)
	}
	if diff := cmp.Diff(wh, gh); diff != "" {
		t.Errorf("headers differ from the SDK's (-sdk +once):\n%s", diff)
	}
	g, w := decodeJSON(t, got.body).(map[string]any), decodeJSON(t, want.body).(map[string]any)
	if g[member] == w[member] {
		t.Errorf("both requests carry %s %v; the test wants them apart", member, g[member])
	}
	delete(g, member)
	delete(w, member)
	if diff := cmp.Diff(w, g); diff != "" {
		t.Errorf("body differs from the SDK's (-sdk +once):\n%s", diff)
	}
}

// TestLINEReceivesWhatTheSDKSent sends each reply through the SDK as Akari
// did before and through the Sender, to the same stand-in, and compares
// what arrived: method, path, every header, and the body as JSON. The
// stand-in checks both as LINE would and delivers both.
func TestLINEReceivesWhatTheSDKSent(t *testing.T) {
	for name, r := range map[string]akari.Reply{"text with quick replies": textReply(), "ten-card carousel": carouselReply(t)} {
		t.Run(name+"/reply", func(t *testing.T) {
			sim, rec, s, api := oldAndNew(t)
			if _, _, err := api.ReplyMessageWithHttpInfo(&messaging_api.ReplyMessageRequest{ReplyToken: sim.IssueReplyToken("U1"), Messages: sdkMessages(r)}); err != nil {
				t.Fatalf("SDK reply: %v", err)
			}
			old := rec.last(t)
			if err := s.Reply(context.Background(), sim.IssueReplyToken("U1"), Messages(r)); err != nil {
				t.Fatalf("Sender reply: %v", err)
			}
			once := rec.last(t)
			if _, ok := once.header["X-Line-Retry-Key"]; ok {
				t.Error("a reply carries X-Line-Retry-Key; the transport would repeat it")
			}
			sameRequest(t, once, old, "replyToken", "")
			d := sim.Deliveries("U1")
			if len(d) != 2 {
				t.Fatalf("stand-in delivered %d replies, want 2", len(d))
			}
			if diff := cmp.Diff(d[0].Messages, d[1].Messages, cmp.Comparer(func(a, b json.RawMessage) bool {
				return cmp.Equal(decodeJSON(t, a), decodeJSON(t, b))
			})); diff != "" {
				t.Errorf("delivered messages differ (-sdk +once):\n%s", diff)
			}
		})
		t.Run(name+"/push", func(t *testing.T) {
			_, rec, s, api := oldAndNew(t)
			oldKey, newKey := RetryKey("ev-sdk"), RetryKey("ev-once")
			if _, _, err := api.PushMessageWithHttpInfo(&messaging_api.PushMessageRequest{To: "U1", Messages: sdkMessages(r)}, oldKey); err != nil {
				t.Fatalf("SDK push: %v", err)
			}
			old := rec.last(t)
			if err := s.Push(context.Background(), "U2", newKey, Messages(r)); err != nil {
				t.Fatalf("Sender push: %v", err)
			}
			once := rec.last(t)
			if got := once.header.Get("X-Line-Retry-Key"); got != newKey {
				t.Errorf("push carried retry key %q, want %q", got, newKey)
			}
			sameRequest(t, once, old, "to", "X-Line-Retry-Key")
		})
	}
}

// TestRefusalsReadAsTheSDKsDid: LINE's refusals come back with the SDK's
// words (Messenger reads them) and status.
func TestRefusalsReadAsTheSDKsDid(t *testing.T) {
	tests := []struct {
		name     string
		push     bool
		statuses []int
		spent    bool
	}{
		{name: "spent reply token", spent: true},
		{name: "reply refused", statuses: []int{403}},
		{name: "reply failing", statuses: []int{500}},
		{name: "reply rate-limited every try", statuses: []int{429, 429, 429, 429}},
		{name: "push refused", push: true, statuses: []int{400}},
		{name: "push failing every try", push: true, statuses: []int{503, 503, 503, 503}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sim, _, s, api := oldAndNew(t)
			msgs := akari.Texts("x")
			path := "/v2/bot/message/reply"
			if tt.push {
				path = "/v2/bot/message/push"
			}
			var sdkErr, err error
			var sdkStatus int
			sim.Fail(path, tt.statuses...)
			if tt.push {
				res, _, e := api.PushMessageWithHttpInfo(&messaging_api.PushMessageRequest{To: "U1", Messages: sdkMessages(msgs)}, RetryKey("a"))
				sdkErr, sdkStatus = e, res.StatusCode
				sim.Fail(path, tt.statuses...)
				err = s.Push(context.Background(), "U1", RetryKey("b"), Messages(msgs))
			} else {
				token := sim.IssueReplyToken("U1")
				if tt.spent {
					sim.SpendReplyToken(token)
				}
				res, _, e := api.ReplyMessageWithHttpInfo(&messaging_api.ReplyMessageRequest{ReplyToken: token, Messages: sdkMessages(msgs)})
				sdkErr, sdkStatus = e, res.StatusCode
				sim.Fail(path, tt.statuses...)
				err = s.Reply(context.Background(), token, Messages(msgs))
			}
			if sdkErr == nil {
				t.Fatal("the SDK call succeeded; the test wants a refusal")
			}
			var apiErr *APIError
			if !errors.As(err, &apiErr) {
				t.Fatalf("got %v, want an APIError", err)
			}
			if apiErr.Status != sdkStatus || apiErr.Err.Error() != sdkErr.Error() {
				t.Errorf("got HTTP %d %q, want the SDK's HTTP %d %q", apiErr.Status, apiErr.Err, sdkStatus, sdkErr)
			}
		})
	}
}

// BenchmarkReplyBody encodes a reply's body from messages already built,
// the SDK's way and once; BenchmarkReply also builds the messages from the
// reply (the carousel included), as Messenger does per call.
//
//	go test -run '^$' -bench 'Reply' -benchmem ./internal/line/
func BenchmarkReplyBody(b *testing.B) {
	for _, c := range []struct {
		name string
		r    akari.Reply
	}{{"text+quick reply", textReply()}, {"ten-card carousel", carouselReply(b)}} {
		sdk, once := sdkMessages(c.r), Messages(c.r)
		b.Run(c.name+"/sdk", func(b *testing.B) {
			for b.Loop() {
				if _, err := sdkReplyBody("rt-1", sdk); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(c.name+"/once", func(b *testing.B) {
			for b.Loop() {
				if _, err := replyBody("rt-1", once); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkReply(b *testing.B) {
	for _, c := range []struct {
		name string
		r    akari.Reply
	}{{"text+quick reply", textReply()}, {"ten-card carousel", carouselReply(b)}} {
		b.Run(c.name+"/sdk", func(b *testing.B) {
			for b.Loop() {
				if _, err := sdkReplyBody("rt-1", sdkMessages(c.r)); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(c.name+"/once", func(b *testing.B) {
			for b.Loop() {
				if _, err := replyBody("rt-1", Messages(c.r)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
