package line

import (
	"fmt"
	"time"

	"github.com/line/line-bot-sdk-go/v8/linebot/webhook"

	"github.com/akari-career/akari/internal/akari"
)

// Decode turns a queued LINE event into a domain event, using the SDK's
// decoder. Events Akari does not act on come back with Kind EventOther.
func Decode(payload []byte) (akari.Event, error) {
	ev, err := webhook.UnmarshalEvent(payload)
	if err != nil {
		return akari.Event{}, fmt.Errorf("decode LINE event: %w", err)
	}
	switch e := ev.(type) {
	case webhook.MessageEvent:
		out := base(e.WebhookEventId, e.Source, e.Timestamp, e.DeliveryContext)
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
		out := base(e.WebhookEventId, e.Source, e.Timestamp, e.DeliveryContext)
		out.Kind, out.ReplyToken = akari.EventFollow, e.ReplyToken
		return out, nil
	case webhook.UnfollowEvent:
		out := base(e.WebhookEventId, e.Source, e.Timestamp, e.DeliveryContext)
		out.Kind = akari.EventUnfollow
		return out, nil
	case webhook.PostbackEvent:
		out := base(e.WebhookEventId, e.Source, e.Timestamp, e.DeliveryContext)
		out.Kind, out.ReplyToken = akari.EventPostback, e.ReplyToken
		if e.Postback != nil {
			out.Data = e.Postback.Data
		}
		return out, nil
	}
	return akari.Event{Kind: akari.EventOther}, nil
}

func base(id string, src webhook.SourceInterface, ts int64, dc *webhook.DeliveryContext) akari.Event {
	e := akari.Event{ID: id, At: time.UnixMilli(ts)}
	if u, ok := src.(webhook.UserSource); ok {
		e.UserID = u.UserId
	}
	if dc != nil {
		e.Redelivery = dc.IsRedelivery
	}
	return e
}
