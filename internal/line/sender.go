package line

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"net/http"
	neturl "net/url"
	"sync"
	"time"

	"github.com/line/line-bot-sdk-go/v8/linebot"
	"github.com/line/line-bot-sdk-go/v8/linebot/messaging_api"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/httpretry"
)

// APIError is a refusal from the Messaging API.
type APIError struct {
	API    string
	Status int
	Err    error
}

func (e *APIError) Error() string { return fmt.Sprintf("LINE %s: HTTP %d: %v", e.API, e.Status, e.Err) }
func (e *APIError) Unwrap() error { return e.Err }

// Retryable reports whether trying again may help (429 and 5xx).
func (e *APIError) Retryable() bool { return e.Status == http.StatusTooManyRequests || e.Status >= 500 }

// CallObserver counts Messaging API calls, for metrics: once per try,
// retries included.
type CallObserver interface {
	Call(api string, status int) // status 0: no answer
}

// SenderOptions configures a Sender.
type SenderOptions struct {
	Endpoint string       // Messaging API base URL
	Token    string       // channel access token
	Client   *http.Client // its Timeout bounds each try; the SDK takes no per-call deadline
	Attempts int          // tries for 429/5xx and network errors; 4
	Backoff  time.Duration
	Observer CallObserver
}

// maxRetryAfter caps LINE's Retry-After: a reply token lives about a
// minute, and a worker should not sit idle longer than this.
const maxRetryAfter = 10 * time.Second

// Sender talks to the Messaging API through the official SDK client, over
// the shared retrying transport (internal/httpretry): pushes carry
// X-Line-Retry-Key and are repeated safely; a reply-token call is repeated
// only when LINE cannot have acted on it (429, or it never left), because a
// spent token cannot be used again and the caller pushes instead.
type Sender struct {
	opt    SenderOptions
	client *http.Client

	// What the SDK client puts on a message call, worked out once (see
	// post): the endpoints as its Url builds them, its Authorization and
	// User-Agent.
	reply, push endpoint
	auth, agent string
	replyHeader http.Header // a reply's; a push's adds its retry key

	answers sync.Pool // *bytes.Buffer: answers read before they are checked
}

// NewSender checks the options and returns a sender.
func NewSender(opt SenderOptions) (*Sender, error) {
	if opt.Client == nil {
		opt.Client = &http.Client{Timeout: 10 * time.Second}
	}
	if opt.Attempts <= 0 {
		opt.Attempts = 4
	}
	if opt.Backoff <= 0 {
		opt.Backoff = 250 * time.Millisecond
	}
	s := &Sender{opt: opt, client: httpretry.Client(opt.Client, httpretry.Transport{
		Policy: httpretry.Policy{Attempts: opt.Attempts, Backoff: opt.Backoff, MaxRetryAfter: maxRetryAfter},
	})}
	api, err := s.api(context.Background())
	if err != nil {
		return nil, err
	}
	s.auth, s.agent = "Bearer "+opt.Token, "LINE-BotSDK-Go/"+linebot.GetVersion()
	if s.reply, err = newEndpoint(api.Url("/v2/bot/message/reply")); err != nil {
		return nil, err
	}
	if s.push, err = newEndpoint(api.Url("/v2/bot/message/push")); err != nil {
		return nil, err
	}
	s.replyHeader = http.Header{
		"Content-Type":  {"application/json; charset=UTF-8"},
		"Authorization": {s.auth},
		"User-Agent":    {s.agent},
	}
	return s, nil
}

// api returns an SDK client bound to ctx. The SDK's WithContext mutates the
// client it is called on, so each call gets its own (cheap) client rather
// than sharing one across goroutines.
func (s *Sender) api(ctx context.Context) (*messaging_api.MessagingApiAPI, error) {
	api, err := messaging_api.NewMessagingApiAPI(s.opt.Token,
		messaging_api.WithEndpoint(s.opt.Endpoint),
		messaging_api.WithHTTPClient(s.client))
	if err != nil {
		return nil, fmt.Errorf("LINE client: %w", err)
	}
	return api.WithContext(ctx), nil
}

// Reply answers with a reply token. It is not retried on 4xx, 5xx or a
// timeout once sent: a refused or possibly spent token is the caller's cue
// to push instead.
func (s *Sender) Reply(ctx context.Context, token string, msgs []Message) error {
	body, err := replyBody(token, msgs)
	if err != nil {
		return s.result("reply", nil, err)
	}
	return s.post(ctx, "reply", s.reply, body, "", &messaging_api.ReplyMessageResponse{})
}

// ErrAlreadyAccepted: LINE had already accepted a push with this retry key.
var ErrAlreadyAccepted = errors.New("push already accepted for this retry key")

// Push sends to a user with a retry key. A 409 means an earlier try already
// went through; that counts as success.
func (s *Sender) Push(ctx context.Context, to, retryKey string, msgs []Message) error {
	body, err := pushBody(to, msgs)
	if err != nil {
		return s.result("push", nil, err)
	}
	err = s.post(ctx, "push", s.push, body, retryKey, &messaging_api.PushMessageResponse{})
	var apiErr *APIError
	if errors.As(err, &apiErr) && apiErr.Status == http.StatusConflict {
		return nil
	}
	return err
}

// post makes a message call (reply or push) with a body already encoded
// (body.go), over the retrying transport, as the SDK client's Do would
// make it — its channel token, its User-Agent, the context — but without
// building an SDK client per call (its WithContext mutates the client, so
// one cannot be shared): the endpoint and the headers are worked out once
// in NewSender. TestLINEReceivesWhatTheSDKSent holds the requests to the
// SDK's, header for header. Around the call it does what the SDK's
// ReplyMessageWithHttpInfo and PushMessageWithHttpInfo do: a refusal's
// body read into the error, word for word (Messenger looks for "reply
// token" in it), and an answer that must be JSON.
func (s *Sender) post(ctx context.Context, name string, target endpoint, body []byte, retryKey string, answer any) error {
	if s.opt.Observer != nil {
		ctx = httpretry.WithObserver(ctx, func(a httpretry.Attempt) { s.opt.Observer.Call(name, a.Status) })
	}
	header := s.replyHeader // shared by every reply: nothing writes to a request's header once made
	if retryKey != "" {
		header = make(http.Header, len(s.replyHeader)+1)
		maps.Copy(header, s.replyHeader)
		header["X-Line-Retry-Key"] = []string{retryKey}
	}
	pb := &postBody{data: body}
	pb.Reset(body)
	// What http.NewRequestWithContext makes of a *bytes.Reader, with the
	// URL parsed once, the header made once and the body and its copy for
	// a retry in one piece. The body is the reader in io.NopCloser, as
	// there: net/http writes a body it knows to be in memory with the
	// header, in one write, and any other after flushing the header, in a
	// second write through a copy buffer of its own.
	req := (&http.Request{
		Method: http.MethodPost, URL: target.url, Host: target.host,
		Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1,
		Header: header, Body: io.NopCloser(&pb.Reader), GetBody: pb.again, ContentLength: int64(len(body)),
	}).WithContext(ctx)
	res, err := s.client.Do(req)
	if err == nil {
		err = s.readAnswer(res, answer)
	}
	return s.result(name, res, err)
}

// postBody is a request's body, read once by the transport and again,
// from the start, for a retry (GetBody).
type postBody struct {
	data []byte
	bytes.Reader
}

func (b *postBody) again() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(b.data)), nil }

// endpoint is a message call's URL, parsed.
type endpoint struct {
	url  *neturl.URL // read only: a request's URL is never written to
	host string
}

func newEndpoint(raw string) (endpoint, error) {
	// As http.NewRequest reads it.
	req, err := http.NewRequest(http.MethodPost, raw, nil)
	if err != nil {
		return endpoint{}, fmt.Errorf("LINE endpoint: %w", err)
	}
	return endpoint{url: req.URL, host: req.Host}, nil
}

// readAnswer reads a message call's answer as the SDK does: a refusal's
// body into the error, and an answer that a json.Decoder must read into
// the SDK's response type (its content is not used). An answer as LINE
// writes it is checked in one pass over a pooled buffer (plainAnswer);
// anything else goes through the SDK's decoder as before, over the same
// bytes (TestAnswersReadAsTheSDKsDecoderDid).
func (s *Sender) readAnswer(res *http.Response, answer any) error {
	if res.StatusCode/100 != 2 {
		body, err := io.ReadAll(res.Body)
		if err != nil {
			return fmt.Errorf("failed to read response body: %w", err)
		}
		return fmt.Errorf("unexpected status code: %d, %s", res.StatusCode, string(body))
	}
	buf, _ := s.answers.Get().(*bytes.Buffer)
	if buf == nil {
		buf = new(bytes.Buffer)
	}
	defer func() {
		if buf.Cap() <= maxPlainAnswer {
			buf.Reset()
			s.answers.Put(buf)
		}
	}()
	buf.Reset()
	_, err := buf.ReadFrom(io.LimitReader(res.Body, maxPlainAnswer))
	if err == nil && buf.Len() < maxPlainAnswer && plainAnswer(buf.Bytes()) {
		return nil
	}
	// The rest of the body, or the error that ended it, where the decoder
	// would have met it.
	rest := res.Body
	if err != nil {
		rest = io.NopCloser(failingReader{err})
	}
	if err := json.NewDecoder(io.MultiReader(bytes.NewReader(buf.Bytes()), rest)).Decode(answer); err != nil {
		return fmt.Errorf("failed to decode JSON: %w", err)
	}
	return nil
}

// maxPlainAnswer bounds the answer read before it is checked; LINE's are
// a few hundred bytes.
const maxPlainAnswer = 16 << 10

type failingReader struct{ err error }

func (r failingReader) Read([]byte) (int, error) { return 0, r.err }

// Loading shows the typing animation in a 1:1 chat. Best effort: one try.
func (s *Sender) Loading(ctx context.Context, userID string, seconds int) error {
	ctx = httpretry.WithPolicy(ctx, httpretry.Policy{Attempts: 1})
	return s.call(ctx, "loading", func(api *messaging_api.MessagingApiAPI) (*http.Response, error) {
		res, _, err := api.ShowLoadingAnimationWithHttpInfo(&messaging_api.ShowLoadingAnimationRequest{ChatId: userID, LoadingSeconds: int32(seconds)})
		return res, err
	})
}

// Profile fetches the person's display name.
func (s *Sender) Profile(ctx context.Context, userID string) (akari.Profile, error) {
	var p *messaging_api.UserProfileResponse
	err := s.call(ctx, "profile", func(api *messaging_api.MessagingApiAPI) (*http.Response, error) {
		res, body, err := api.GetProfileWithHttpInfo(userID)
		p = body
		return res, err
	})
	if err != nil {
		return akari.Profile{}, err
	}
	return akari.Profile{DisplayName: p.DisplayName, FetchedAt: time.Now()}, nil
}

// call runs one API call; the transport retries it, and every try is
// counted.
func (s *Sender) call(ctx context.Context, name string, do func(*messaging_api.MessagingApiAPI) (*http.Response, error)) error {
	if s.opt.Observer != nil {
		ctx = httpretry.WithObserver(ctx, func(a httpretry.Attempt) { s.opt.Observer.Call(name, a.Status) })
	}
	api, err := s.api(ctx)
	if err != nil {
		return err
	}
	res, err := do(api)
	return s.result(name, res, err)
}

// result turns the SDK's answer into an error, closing what the SDK left
// open.
func (s *Sender) result(name string, res *http.Response, err error) error {
	status := 0
	if res != nil {
		status = res.StatusCode
		if res.Body != nil {
			res.Body.Close()
		}
	}
	switch {
	case err == nil:
		return nil
	case status == 0:
		return fmt.Errorf("LINE %s: %w", name, err)
	default:
		return &APIError{API: name, Status: status, Err: err}
	}
}
