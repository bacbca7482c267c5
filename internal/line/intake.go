// Package line is the adapter to the LINE Messaging API: the webhook intake
// (signature, decoding, handing events to the queue), decoding queued events
// into domain events, turning Akari's replies into valid LINE messages, and
// sending them (reply token first, push with a retry key as the fallback).
// The SDK verifies signatures and makes every HTTP call; events and message
// bodies are decoded and encoded here, once each, in plain structs.
package line

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"hash"
	"io"
	"log/slog"
	"net/http"
	"sync"

	"github.com/line/line-bot-sdk-go/v8/linebot/webhook"

	"github.com/akari-career/akari/internal/privacy"
)

// MaxBody caps a webhook body; LINE's are far smaller.
const MaxBody = 1 << 20

// Inbound is one verified event, ready to queue.
type Inbound struct {
	EventID string
	UserID  string
	Payload []byte
}

// Sink takes verified events. queued[i] is false for a duplicate. An error
// means the events could not be stored: the webhook answers 5xx so LINE
// redelivers.
type Sink interface {
	Accept(ctx context.Context, events []Inbound) (queued []bool, err error)
}

// IntakeObserver receives what intake did, for metrics.
type IntakeObserver interface {
	Request(status int)
	Event(eventType, result string) // result: queued, duplicate, ignored
}

// Webhook is the POST /callback handler. It answers as soon as the events are
// safely queued; the workers do the rest.
type Webhook struct {
	secret string
	sink   Sink
	log    *slog.Logger
	obs    IntakeObserver
	macs   sync.Pool // hash.Hash: HMAC-SHA256 keyed with secret
}

// NewWebhook returns the intake handler for a channel secret.
func NewWebhook(secret string, sink Sink, log *slog.Logger, obs IntakeObserver) *Webhook {
	return &Webhook{secret: secret, sink: sink, log: log, obs: obs}
}

// signed reports whether signature is the body's, as the SDK's
// webhook.ValidateSignature does (TestSignatureCheckedAsTheSDKDid), with
// an HMAC keyed once and reused rather than keyed anew for each request.
func (h *Webhook) signed(signature string, body []byte) bool {
	var src [128]byte
	var want [96]byte
	if len(signature) > len(src) {
		return webhook.ValidateSignature(h.secret, signature, body)
	}
	n := copy(src[:], signature)
	got, err := base64.StdEncoding.Decode(want[:], src[:n])
	if err != nil {
		return false
	}
	mac, _ := h.macs.Get().(hash.Hash)
	if mac == nil {
		mac = hmac.New(sha256.New, []byte(h.secret))
	}
	mac.Reset()
	mac.Write(body)
	var sum [sha256.Size]byte
	ok := hmac.Equal(want[:got], mac.Sum(sum[:0]))
	h.macs.Put(mac)
	return ok
}

// The parts of a webhook body intake needs, as encoding/json reads them
// when plainBody cannot (see readBody); the full event is queued as LINE
// sent it (dead letters mask and replay it) and decoded once, by Decode,
// in the worker.
type envelope struct {
	Destination string            `json:"destination"`
	Events      []json.RawMessage `json:"events"`
}

type eventHead struct {
	Type            string          `json:"type"`
	Mode            string          `json:"mode"` // "standby": another module holds the chat
	WebhookEventID  string          `json:"webhookEventId"`
	Source          eventSource     `json:"source"`
	DeliveryContext deliveryContext `json:"deliveryContext"`
}

// eventSource and deliveryContext are the members of an event that the
// intake and the worker's decoder both read.
type eventSource struct {
	Type   string `json:"type"`
	UserID string `json:"userId"`
}

type deliveryContext struct {
	IsRedelivery bool `json:"isRedelivery"`
}

// MaxEventsPerBody caps the events taken from one webhook body. LINE sends
// a handful at a time; a signed body with thousands (a leaked secret, a
// replay gone wrong) must not turn into thousands of pushes. Events past
// the cap are logged and dropped, and the body is acknowledged so it is not
// redelivered.
const MaxEventsPerBody = 100

// handled lists the event types Akari acts on; others are acknowledged and
// logged.
var handled = map[string]bool{"message": true, "follow": true, "unfollow": true, "postback": true}

func (h *Webhook) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	status := h.serve(w, r)
	h.obs.Request(status)
	if status != http.StatusOK {
		http.Error(w, http.StatusText(status), status)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write([]byte("{}"))
}

func (h *Webhook) serve(w http.ResponseWriter, r *http.Request) int {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		return http.StatusMethodNotAllowed
	}
	body, err := readRequest(w, r)
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			h.log.Warn("webhook body too large", "limit", MaxBody)
			return http.StatusRequestEntityTooLarge
		}
		return http.StatusBadRequest
	}
	if !h.signed(r.Header.Get("X-Line-Signature"), body) {
		h.log.Warn("webhook signature invalid; request refused", "remote", r.RemoteAddr)
		return http.StatusBadRequest
	}
	events, heads, err := readBody(body)
	if err != nil {
		h.log.Warn("webhook body is not valid JSON", "err", err)
		return http.StatusBadRequest
	}
	if len(events) > MaxEventsPerBody {
		refused := make([]string, 0, 20)
		for i := MaxEventsPerBody; i < len(events); i++ {
			head := heads.at(i)
			if head.err == nil && len(refused) < cap(refused) {
				refused = append(refused, head.WebhookEventID)
			}
			h.obs.Event(head.Type, "refused")
		}
		h.log.Warn("webhook body holds more events than allowed; the rest are refused",
			"events", len(events), "cap", MaxEventsPerBody, "refused", len(events)-MaxEventsPerBody, "refused_ids_first", refused)
		events = events[:MaxEventsPerBody]
	}
	items := make([]Inbound, 0, len(events))
	types := make([]string, 0, len(events))
	for i, raw := range events {
		head := heads.at(i)
		if head.err != nil || head.Type == "" || head.WebhookEventID == "" {
			h.log.Warn("webhook event malformed; request refused", "index", i)
			return http.StatusBadRequest
		}
		switch {
		case head.Source.Type != "user" || head.Source.UserID == "":
			h.log.Info("event from a group, room or unknown source ignored", "event_id", head.WebhookEventID, "type", head.Type, "source", head.Source.Type)
			h.obs.Event(head.Type, "ignored")
		case head.Mode == "standby":
			// Another channel module holds the chat: Akari must not answer.
			h.log.Info("standby event acknowledged, not answered", "event_id", head.WebhookEventID, "type", head.Type, "user", privacy.HashUser(head.Source.UserID))
			h.obs.Event(head.Type, "standby")
		case !handled[head.Type]:
			h.log.Info("event type not handled; acknowledged", "event_id", head.WebhookEventID, "type", head.Type, "user", privacy.HashUser(head.Source.UserID))
			h.obs.Event(head.Type, "ignored")
		default:
			items = append(items, Inbound{EventID: head.WebhookEventID, UserID: head.Source.UserID, Payload: raw})
			types = append(types, head.Type)
		}
	}
	if len(items) == 0 {
		return http.StatusOK // includes LINE's empty verification call
	}
	queued, err := h.sink.Accept(r.Context(), items)
	if err != nil {
		h.log.Error("events could not be queued; LINE will redeliver", "events", len(items), "err", err)
		return http.StatusServiceUnavailable
	}
	for i, ok := range queued {
		if ok {
			h.obs.Event(types[i], "queued")
		} else {
			h.obs.Event(types[i], "duplicate")
			h.log.Info("duplicate event dropped", "event_id", items[i].EventID)
		}
	}
	return http.StatusOK
}

// readRequest reads at most MaxBody bytes.
func readRequest(w http.ResponseWriter, r *http.Request) ([]byte, error) {
	if r.ContentLength > MaxBody {
		return nil, &http.MaxBytesError{Limit: MaxBody}
	}
	return io.ReadAll(http.MaxBytesReader(w, r.Body, MaxBody))
}

// readBody splits a webhook body into its events, as LINE sent them, and
// reads each one's head. A body as LINE writes it is read in one pass
// (plainBody); anything else as before: the body by encoding/json (an
// error refuses the request), then each event's head (an error refuses
// the event).
func readBody(body []byte) ([][]byte, eventHeads, error) {
	if events, spans, ok := plainBody(string(body)); ok {
		raws := make([][]byte, len(spans))
		for i, sp := range spans {
			raws[i] = body[sp[0]:sp[1]:sp[1]]
		}
		return raws, eventHeads{plain: events}, nil
	}
	return readBodyJSON(body)
}

// readBodyJSON is readBody by encoding/json alone, as the intake read
// every body before plainBody.
func readBodyJSON(body []byte) ([][]byte, eventHeads, error) {
	var env envelope
	if err := json.Unmarshal(body, &env); err != nil {
		return nil, eventHeads{}, err
	}
	raws := make([][]byte, len(env.Events))
	for i, raw := range env.Events {
		raws[i] = raw
	}
	return raws, eventHeads{raw: env.Events}, nil
}

// eventHeads are the heads of a body's events: read already, or read on
// demand by encoding/json.
type eventHeads struct {
	plain []eventFields
	raw   []json.RawMessage
}

type headRead struct {
	eventHead
	err error
}

// at returns event i's head; what encoding/json read of it even when it
// failed, with its error.
func (h eventHeads) at(i int) headRead {
	if h.plain != nil {
		e := h.plain[i]
		return headRead{eventHead: eventHead{Type: e.Type, Mode: e.Mode, WebhookEventID: e.WebhookEventID,
			Source: e.Source, DeliveryContext: e.DeliveryContext}}
	}
	var head eventHead
	err := json.Unmarshal(h.raw[i], &head)
	return headRead{eventHead: head, err: err}
}
