package linesim

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"sync/atomic"
	"time"
)

// Sign returns the X-Line-Signature of body for a channel secret.
func Sign(secret string, body []byte) string {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(body)
	return base64.StdEncoding.EncodeToString(mac.Sum(nil))
}

// Event is a webhook event as LINE sends it (the fields Akari reads).
type Event struct {
	Type            string          `json:"type"`
	Message         *Message        `json:"message,omitempty"`
	Postback        *Postback       `json:"postback,omitempty"`
	WebhookEventID  string          `json:"webhookEventId"`
	DeliveryContext DeliveryContext `json:"deliveryContext"`
	Timestamp       int64           `json:"timestamp"`
	Source          Source          `json:"source"`
	ReplyToken      string          `json:"replyToken,omitempty"`
	Mode            string          `json:"mode"`
}

// Message is a message event's content.
type Message struct {
	ID        string `json:"id"`
	Type      string `json:"type"`
	Text      string `json:"text,omitempty"`
	PackageID string `json:"packageId,omitempty"`
	StickerID string `json:"stickerId,omitempty"`
}

// Postback is a postback event's content.
type Postback struct {
	Data string `json:"data"`
}

// DeliveryContext says whether LINE is redelivering.
type DeliveryContext struct {
	IsRedelivery bool `json:"isRedelivery"`
}

// Source is who sent the event.
type Source struct {
	Type    string `json:"type"`
	UserID  string `json:"userId,omitempty"`
	GroupID string `json:"groupId,omitempty"`
}

// Body is a webhook request body.
type Body struct {
	Destination string  `json:"destination"`
	Events      []Event `json:"events"`
}

// JSON encodes the body.
func (b Body) JSON() []byte {
	out, err := json.Marshal(b)
	if err != nil {
		panic(err) // only plain fields: cannot fail
	}
	return out
}

// Builder makes events with unique ids and, given a Server, real reply
// tokens.
type Builder struct {
	api *Server // may be nil: events then carry made-up tokens
	n   atomic.Int64
}

// NewBuilder returns a builder issuing reply tokens from api (may be nil).
func NewBuilder(api *Server) *Builder { return &Builder{api: api} }

func (b *Builder) base(typ, user string) Event {
	n := b.n.Add(1)
	e := Event{
		Type:           typ,
		WebhookEventID: fmt.Sprintf("01SIM%021d", time.Now().UnixNano()%1e12*1000+n%1000),
		Timestamp:      time.Now().UnixMilli(),
		Source:         Source{Type: "user", UserID: user},
		Mode:           "active",
	}
	e.WebhookEventID = fmt.Sprintf("01SIM%d%06d", time.Now().UnixNano(), n)
	if typ != "unfollow" {
		if b.api != nil {
			e.ReplyToken = b.api.IssueReplyToken(user)
		} else {
			e.ReplyToken = fmt.Sprintf("token-%d", n)
		}
	}
	return e
}

// Text is a text message event from user.
func (b *Builder) Text(user, text string) Event {
	e := b.base("message", user)
	e.Message = &Message{ID: fmt.Sprint(b.n.Load()), Type: "text", Text: text}
	return e
}

// Sticker is a sticker message event.
func (b *Builder) Sticker(user string) Event {
	e := b.base("message", user)
	e.Message = &Message{ID: fmt.Sprint(b.n.Load()), Type: "sticker", PackageID: "446", StickerID: "1988"}
	return e
}

// Image is an image message event; its content stays on LINE's side.
func (b *Builder) Image(user string) Event {
	e := b.base("message", user)
	e.Message = &Message{ID: fmt.Sprint(b.n.Load()), Type: "image"}
	return e
}

// Follow is a follow (friend added) event.
func (b *Builder) Follow(user string) Event { return b.base("follow", user) }

// Unfollow is an unfollow (blocked) event.
func (b *Builder) Unfollow(user string) Event { return b.base("unfollow", user) }

// PostbackEvent is a postback event carrying data.
func (b *Builder) PostbackEvent(user, data string) Event {
	e := b.base("postback", user)
	e.Postback = &Postback{Data: data}
	return e
}
