// Package linesim stands in for the LINE platform on this machine. Its
// Server speaks the Messaging API's wire format for what Akari uses (reply,
// push with retry keys, loading animation, profile), checks requests the way
// LINE does (auth, single-use reply tokens that expire, message limits), and
// records what was delivered. Its event builders make webhook bodies signed
// with a channel secret. Dev mode runs it inside the process so a newcomer
// can talk to Akari without a LINE channel; tests point the real SDK client
// at it.
package linesim

import (
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode/utf16"
)

// Delivery is what LINE would have shown the person.
type Delivery struct {
	Seq        int               `json:"seq"`
	UserID     string            `json:"userId"`
	Via        string            `json:"via"` // "reply" or "push"
	RetryKey   string            `json:"retryKey,omitempty"`
	ReplyToken string            `json:"replyToken,omitempty"`
	Messages   []json.RawMessage `json:"messages"`
	At         time.Time         `json:"at"`
}

// Texts returns the text of every text message in d.
func (d Delivery) Texts() []string {
	var out []string
	for _, m := range d.Messages {
		var t struct{ Type, Text string }
		if json.Unmarshal(m, &t) == nil && t.Type == "text" {
			out = append(out, t.Text)
		}
	}
	return out
}

// Call is one request the server received, kept for tests.
type Call struct {
	Path     string
	Status   int
	RetryKey string
}

// Server is the Messaging API stand-in. It is an http.Handler.
type Server struct {
	token    string
	tokenTTL time.Duration

	mu         sync.Mutex
	cond       *sync.Cond
	seq        int
	tokens     map[string]replyToken // issued reply tokens
	retryKeys  map[string]bool       // accepted push retry keys
	deliveries []Delivery
	calls      []Call
	faults     map[string][]int // path → statuses to answer next
	delay      map[string]time.Duration
	arrived    map[string]int // path → requests received, counted before any delay
	profiles   map[string]string
}

type replyToken struct {
	user   string
	issued time.Time
	used   bool
}

// New returns a stand-in that accepts the channel access token token.
func New(token string) *Server {
	s := &Server{
		token: token, tokenTTL: time.Minute,
		tokens: map[string]replyToken{}, retryKeys: map[string]bool{},
		faults: map[string][]int{}, delay: map[string]time.Duration{}, arrived: map[string]int{},
		profiles: map[string]string{},
	}
	s.cond = sync.NewCond(&s.mu)
	return s
}

// IssueReplyToken makes a reply token for an event to userID, as LINE does
// when it sends a webhook.
func (s *Server) IssueReplyToken(userID string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.seq++
	t := fmt.Sprintf("rt%08d%x", s.seq, time.Now().UnixNano()&0xffffff)
	s.tokens[t] = replyToken{user: userID, issued: time.Now()}
	return t
}

// SpendReplyToken marks a token used, as if a reply had gone out already.
func (s *Server) SpendReplyToken(t string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	rt := s.tokens[t]
	rt.used = true
	s.tokens[t] = rt
}

// SetProfile sets the display name GetProfile returns for a user.
func (s *Server) SetProfile(userID, name string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.profiles[userID] = name
}

// Fail makes the next requests to path ("/v2/bot/message/push"…) answer
// the given statuses, one per request, before answering normally again.
func (s *Server) Fail(path string, statuses ...int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults[path] = append(s.faults[path], statuses...)
}

// Delay makes every request to path wait d before it is answered.
func (s *Server) Delay(path string, d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.delay[path] = d
}

// WaitArrival waits until a request to path has arrived (before any Delay
// holds it), or timeout, and reports whether one did. A test uses it to know
// that work is in flight instead of guessing with a sleep.
func (s *Server) WaitArrival(path string, timeout time.Duration) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.waitLocked(timeout, func() bool { return s.arrived[path] > 0 })
}

// waitLocked waits, holding s.mu, until done reports true or timeout
// passes, and returns done's last answer. Every change a waiter may wait
// for broadcasts s.cond.
func (s *Server) waitLocked(timeout time.Duration, done func() bool) bool {
	deadline := time.Now().Add(timeout)
	t := time.AfterFunc(timeout, func() { s.mu.Lock(); s.cond.Broadcast(); s.mu.Unlock() })
	defer t.Stop()
	for !done() {
		if !time.Now().Before(deadline) {
			return false
		}
		s.cond.Wait()
	}
	return true
}

// Deliveries returns what was delivered to userID ("" for everyone), in order.
func (s *Server) Deliveries(userID string) []Delivery {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.filter(userID, 0)
}

func (s *Server) filter(userID string, after int) []Delivery {
	var out []Delivery
	for _, d := range s.deliveries {
		if (userID == "" || d.UserID == userID) && d.Seq > after {
			out = append(out, d)
		}
	}
	return out
}

// WaitDeliveries waits until userID has at least n deliveries, or timeout.
func (s *Server) WaitDeliveries(userID string, n int, timeout time.Duration) []Delivery {
	return s.WaitAfter(userID, 0, n, timeout)
}

// WaitAfter waits until userID has at least n deliveries with Seq > after,
// or until timeout, and returns them.
func (s *Server) WaitAfter(userID string, after, n int, timeout time.Duration) []Delivery {
	s.mu.Lock()
	defer s.mu.Unlock()
	var got []Delivery
	s.waitLocked(timeout, func() bool {
		got = s.filter(userID, after)
		return len(got) >= n
	})
	return got
}

// LastSeq returns the sequence number of the newest delivery.
func (s *Server) LastSeq() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.deliveries) == 0 {
		return 0
	}
	return s.deliveries[len(s.deliveries)-1].Seq
}

// Calls returns every request received so far.
func (s *Server) Calls() []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Call(nil), s.calls...)
}

var profilePath = regexp.MustCompile(`^/v2/bot/profile/([^/]+)$`)

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	d := s.delay[r.URL.Path]
	s.arrived[r.URL.Path]++
	s.cond.Broadcast()
	s.mu.Unlock()
	if d > 0 {
		select {
		case <-time.After(d):
		case <-r.Context().Done():
			return
		}
	}
	status, body := s.serve(r)
	s.mu.Lock()
	if !(status == http.StatusOK && isSend(r.URL.Path)) { // sends are counted by record
		s.calls = append(s.calls, Call{Path: r.URL.Path, Status: status, RetryKey: r.Header.Get("X-Line-Retry-Key")})
	}
	s.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Line-Request-Id", fmt.Sprintf("sim-%d", time.Now().UnixNano()))
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(body)
}

type apiError struct {
	Message string   `json:"message"`
	Details []string `json:"details,omitempty"`
}

func (s *Server) serve(r *http.Request) (int, any) {
	if r.Header.Get("Authorization") != "Bearer "+s.token {
		return http.StatusUnauthorized, apiError{Message: "Authentication failed. Confirm that the access token in the authorization header is valid."}
	}
	s.mu.Lock()
	if f := s.faults[r.URL.Path]; len(f) > 0 {
		s.faults[r.URL.Path] = f[1:]
		s.mu.Unlock()
		return f[0], apiError{Message: "simulated failure"}
	}
	s.mu.Unlock()

	switch {
	case r.Method == http.MethodPost && r.URL.Path == "/v2/bot/message/reply":
		var req struct {
			ReplyToken string            `json:"replyToken"`
			Messages   []json.RawMessage `json:"messages"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			return http.StatusBadRequest, apiError{Message: "The request body has 1 error(s)"}
		}
		if msg := validate(req.Messages); msg != "" {
			return http.StatusBadRequest, apiError{Message: "The request body has 1 error(s)", Details: []string{msg}}
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		rt, ok := s.tokens[req.ReplyToken]
		if !ok || rt.used || time.Since(rt.issued) > s.tokenTTL {
			return http.StatusBadRequest, apiError{Message: "Invalid reply token"}
		}
		rt.used = true
		s.tokens[req.ReplyToken] = rt
		s.record(r, Delivery{UserID: rt.user, Via: "reply", ReplyToken: req.ReplyToken, Messages: req.Messages})
		return http.StatusOK, map[string]any{"sentMessages": sent(req.Messages)}

	case r.Method == http.MethodPost && r.URL.Path == "/v2/bot/message/push":
		var req struct {
			To       string            `json:"to"`
			Messages []json.RawMessage `json:"messages"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.To == "" {
			return http.StatusBadRequest, apiError{Message: "The request body has 1 error(s)"}
		}
		if msg := validate(req.Messages); msg != "" {
			return http.StatusBadRequest, apiError{Message: "The request body has 1 error(s)", Details: []string{msg}}
		}
		key := r.Header.Get("X-Line-Retry-Key")
		if key != "" && !uuidRE.MatchString(key) {
			return http.StatusBadRequest, apiError{Message: "The value of the X-Line-Retry-Key header is invalid"}
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		if key != "" && s.retryKeys[key] {
			return http.StatusConflict, apiError{Message: "The retry key is already accepted"}
		}
		if key != "" {
			s.retryKeys[key] = true
		}
		s.record(r, Delivery{UserID: req.To, Via: "push", RetryKey: key, Messages: req.Messages})
		return http.StatusOK, map[string]any{"sentMessages": sent(req.Messages)}

	case r.Method == http.MethodPost && r.URL.Path == "/v2/bot/chat/loading/start":
		var req struct {
			ChatID         string `json:"chatId"`
			LoadingSeconds int    `json:"loadingSeconds"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.ChatID == "" ||
			(req.LoadingSeconds != 0 && (req.LoadingSeconds < 5 || req.LoadingSeconds > 60 || req.LoadingSeconds%5 != 0)) {
			return http.StatusBadRequest, apiError{Message: "The request body has 1 error(s)"}
		}
		return http.StatusAccepted, struct{}{}

	case r.Method == http.MethodGet && profilePath.MatchString(r.URL.Path):
		user := profilePath.FindStringSubmatch(r.URL.Path)[1]
		s.mu.Lock()
		name, ok := s.profiles[user]
		s.mu.Unlock()
		if !ok {
			name = "ゲスト"
		}
		return http.StatusOK, map[string]string{"userId": user, "displayName": name, "language": "ja"}
	}
	return http.StatusNotFound, apiError{Message: "Not found"}
}

func isSend(path string) bool {
	return path == "/v2/bot/message/reply" || path == "/v2/bot/message/push"
}

// record must be called with s.mu held. The call is counted in the same
// step, so whoever sees a delivery also sees the call that made it.
func (s *Server) record(r *http.Request, d Delivery) {
	s.calls = append(s.calls, Call{Path: r.URL.Path, Status: http.StatusOK, RetryKey: r.Header.Get("X-Line-Retry-Key")})
	s.seq++
	d.Seq, d.At = s.seq, time.Now()
	s.deliveries = append(s.deliveries, d)
	s.cond.Broadcast()
}

func sent(msgs []json.RawMessage) []map[string]string {
	out := make([]map[string]string, len(msgs))
	for i := range msgs {
		out[i] = map[string]string{"id": fmt.Sprintf("%d", time.Now().UnixNano()+int64(i))}
	}
	return out
}

var uuidRE = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`)

// validate checks messages the way LINE does for what Akari sends.
func validate(msgs []json.RawMessage) string {
	if len(msgs) == 0 || len(msgs) > 5 {
		return fmt.Sprintf("messages: must have 1 to 5 items, got %d", len(msgs))
	}
	for i, raw := range msgs {
		var m struct {
			Type       string          `json:"type"`
			Text       string          `json:"text"`
			AltText    string          `json:"altText"`
			Contents   json.RawMessage `json:"contents"`
			QuickReply *struct {
				Items []struct {
					Type   string `json:"type"`
					Action struct {
						Type, Label, Text, Data, DisplayText string
					} `json:"action"`
				} `json:"items"`
			} `json:"quickReply"`
		}
		if err := json.Unmarshal(raw, &m); err != nil {
			return fmt.Sprintf("messages[%d]: invalid JSON", i)
		}
		switch m.Type {
		case "text":
			if n := len(utf16.Encode([]rune(m.Text))); n == 0 || n > 5000 {
				return fmt.Sprintf("messages[%d].text: length must be 1 to 5000, got %d", i, n)
			}
		case "flex":
			if m.AltText == "" || len([]rune(m.AltText)) > 1500 {
				return fmt.Sprintf("messages[%d].altText: length must be 1 to 1500", i)
			}
			if len(m.Contents) == 0 || len(m.Contents) > 50*1024 {
				return fmt.Sprintf("messages[%d].contents: size must be up to 50KB, got %d bytes", i, len(m.Contents))
			}
			if msg := validateFlex(m.Contents); msg != "" {
				return fmt.Sprintf("messages[%d].contents: %s", i, msg)
			}
		default:
			return fmt.Sprintf("messages[%d].type: unsupported by the stand-in: %q", i, m.Type)
		}
		if m.QuickReply != nil {
			if n := len(m.QuickReply.Items); n == 0 || n > 13 {
				return fmt.Sprintf("messages[%d].quickReply.items: must have 1 to 13 items, got %d", i, n)
			}
			for j, it := range m.QuickReply.Items {
				a := it.Action
				switch {
				case it.Type != "action":
					return fmt.Sprintf("messages[%d].quickReply.items[%d].type must be action", i, j)
				case a.Label == "" || len([]rune(a.Label)) > 20:
					return fmt.Sprintf("messages[%d].quickReply.items[%d].action.label: length must be 1 to 20", i, j)
				case a.Type == "message" && (a.Text == "" || len([]rune(a.Text)) > 300):
					return fmt.Sprintf("messages[%d].quickReply.items[%d].action.text: length must be 1 to 300", i, j)
				case a.Type == "postback" && (a.Data == "" || len([]rune(a.Data)) > 300):
					return fmt.Sprintf("messages[%d].quickReply.items[%d].action.data: length must be 1 to 300", i, j)
				case a.Type != "message" && a.Type != "postback":
					return fmt.Sprintf("messages[%d].quickReply.items[%d].action.type: unsupported %q", i, j, a.Type)
				}
			}
		}
	}
	return ""
}

func validateFlex(raw json.RawMessage) string {
	var c struct {
		Type     string            `json:"type"`
		Contents []json.RawMessage `json:"contents"`
	}
	if err := json.Unmarshal(raw, &c); err != nil {
		return "invalid JSON"
	}
	switch c.Type {
	case "bubble":
	case "carousel":
		if len(c.Contents) == 0 || len(c.Contents) > 12 {
			return fmt.Sprintf("a carousel holds 1 to 12 bubbles, got %d", len(c.Contents))
		}
	default:
		return fmt.Sprintf("type must be bubble or carousel, got %q", c.Type)
	}
	if strings.Contains(string(raw), `"type":""`) {
		return "empty type field"
	}
	return ""
}
