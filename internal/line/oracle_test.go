package line

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/line/line-bot-sdk-go/v8/linebot/messaging_api"
	"github.com/line/line-bot-sdk-go/v8/linebot/webhook"

	"github.com/akari-career/akari/internal/akari"
)

// The SDK-based encoding and decoding Akari used until issue #16, kept
// word for word as the oracles the one-pass versions are held to, and as
// the "sdk" side of the benchmarks.

// sdkMessages is Messages as it was: the SDK's message types.
func sdkMessages(r akari.Reply) []messaging_api.MessageInterface {
	type part struct {
		text string
		flex *Flex
	}
	var parts []part
	for _, m := range r.Messages {
		switch {
		case len(m.Cards) > 0:
			f, ok := Carousel(m.Cards)
			if !ok || len(f.Contents) > MaxFlexBytes {
				continue // never send a request LINE would refuse
			}
			parts = append(parts, part{flex: &f})
		case strings.TrimSpace(m.Text) != "":
			for _, t := range splitText(m.Text, MaxTextUnits) {
				parts = append(parts, part{text: t})
			}
		}
	}
	if len(parts) > MaxMessages {
		// Fold what does not fit into the last allowed text, trimmed.
		last := parts[MaxMessages-1]
		if last.flex == nil {
			var b strings.Builder
			b.WriteString(last.text)
			for _, p := range parts[MaxMessages:] {
				if p.flex == nil {
					b.WriteString("\n\n")
					b.WriteString(p.text)
				}
			}
			last.text = truncateUnits(b.String(), MaxTextUnits)
		}
		parts = append(parts[:MaxMessages-1], last)
	}
	qr := sdkQuickReply(r.QuickReplies)
	out := make([]messaging_api.MessageInterface, 0, len(parts))
	for i, p := range parts {
		var q *messaging_api.QuickReply
		if i == len(parts)-1 {
			q = qr
		}
		if p.flex != nil {
			out = append(out, &sdkFlexMessage{AltText: truncateRunes(p.flex.AltText, MaxAltText), Contents: p.flex.Contents, QuickReply: q})
			continue
		}
		out = append(out, &messaging_api.TextMessage{Text: p.text, QuickReply: q})
	}
	return out
}

func sdkQuickReply(items []akari.QuickReply) *messaging_api.QuickReply {
	if len(items) == 0 {
		return nil
	}
	q := &messaging_api.QuickReply{}
	for _, it := range items {
		if len(q.Items) == MaxQuickReplies {
			break
		}
		label := truncateRunes(it.Label, MaxLabelRunes)
		if label == "" {
			continue
		}
		var action messaging_api.ActionInterface
		if it.Data != "" {
			if len(it.Data) > MaxPostbackData {
				continue // cut data would mean something else: drop the chip
			}
			display := it.Text
			if display == "" {
				display = it.Label
			}
			action = &messaging_api.PostbackAction{Label: label, Data: it.Data, DisplayText: truncateRunes(display, MaxActionText)}
		} else {
			text := it.Text
			if text == "" {
				text = it.Label
			}
			action = &messaging_api.MessageAction{Label: label, Text: truncateRunes(text, MaxActionText)}
		}
		q.Items = append(q.Items, messaging_api.QuickReplyItem{Type: "action", Action: action})
	}
	if len(q.Items) == 0 {
		return nil
	}
	return q
}

// sdkFlexMessage sends a Flex container exactly as built: the SDK's own Flex
// types, once unmarshalled, add fields that break layouts.
type sdkFlexMessage struct {
	AltText    string
	Contents   json.RawMessage
	QuickReply *messaging_api.QuickReply
}

func (*sdkFlexMessage) GetType() string { return "flex" }

func (f *sdkFlexMessage) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Type       string                    `json:"type"`
		AltText    string                    `json:"altText"`
		Contents   json.RawMessage           `json:"contents"`
		QuickReply *messaging_api.QuickReply `json:"quickReply,omitempty"`
	}{"flex", f.AltText, f.Contents, f.QuickReply})
}

// sdkReplyBody is the body the SDK's ReplyMessageWithHttpInfo wrote.
func sdkReplyBody(token string, msgs []messaging_api.MessageInterface) ([]byte, error) {
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(&messaging_api.ReplyMessageRequest{ReplyToken: token, Messages: msgs}); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// sdkPushBody is the body the SDK's PushMessageWithHttpInfo wrote.
func sdkPushBody(to string, msgs []messaging_api.MessageInterface) ([]byte, error) {
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(&messaging_api.PushMessageRequest{To: to, Messages: msgs}); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// sdkDecode is Decode as it was, through the SDK's decoder.
func sdkDecode(payload []byte) (akari.Event, error) {
	ev, err := webhook.UnmarshalEvent(payload)
	if err != nil {
		return akari.Event{}, fmt.Errorf("decode LINE event: %w", err)
	}
	switch e := ev.(type) {
	case webhook.MessageEvent:
		out := sdkBase(e.WebhookEventId, e.Source, e.Timestamp, e.DeliveryContext)
		out.ReplyToken = e.ReplyToken
		if t, ok := e.Message.(webhook.TextMessageContent); ok {
			out.Kind, out.Text = akari.EventText, t.Text
		} else if e.Message != nil {
			out.Kind, out.Media = akari.EventNonText, e.Message.GetType()
		} else {
			out.Kind = akari.EventNonText
		}
		return out, nil
	case webhook.FollowEvent:
		out := sdkBase(e.WebhookEventId, e.Source, e.Timestamp, e.DeliveryContext)
		out.Kind, out.ReplyToken = akari.EventFollow, e.ReplyToken
		return out, nil
	case webhook.UnfollowEvent:
		out := sdkBase(e.WebhookEventId, e.Source, e.Timestamp, e.DeliveryContext)
		out.Kind = akari.EventUnfollow
		return out, nil
	case webhook.PostbackEvent:
		out := sdkBase(e.WebhookEventId, e.Source, e.Timestamp, e.DeliveryContext)
		out.Kind, out.ReplyToken = akari.EventPostback, e.ReplyToken
		if e.Postback != nil {
			out.Data = e.Postback.Data
		}
		return out, nil
	}
	return akari.Event{Kind: akari.EventOther}, nil
}

func sdkBase(id string, src webhook.SourceInterface, ts int64, dc *webhook.DeliveryContext) akari.Event {
	e := akari.Event{ID: id, At: time.UnixMilli(ts)}
	if u, ok := src.(webhook.UserSource); ok {
		e.UserID = u.UserId
	}
	if dc != nil {
		e.Redelivery = dc.IsRedelivery
	}
	return e
}
