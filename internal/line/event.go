package line

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/akari-career/akari/internal/akari"
)

// lineEvent is what Akari reads of a LINE webhook event, decoded in one
// pass. The SDK's webhook.UnmarshalEvent read each event into a map, then
// again into its type, whose own UnmarshalJSON read it into a map once
// more, and the source and the message each through a map and their type.
type lineEvent struct {
	Type            string          `json:"type"`
	WebhookEventID  string          `json:"webhookEventId"`
	Timestamp       int64           `json:"timestamp"`
	Source          eventSource     `json:"source"`
	DeliveryContext deliveryContext `json:"deliveryContext"`
	ReplyToken      string          `json:"replyToken"`
	Message         struct {
		Type string `json:"type"`
		Text string `json:"text"`
	} `json:"message"`
	Postback struct {
		Data string `json:"data"`
	} `json:"postback"`
}

// Decode turns a queued LINE event into a domain event. Events Akari does
// not act on come back with Kind EventOther. An event that is not JSON, or
// lacks the type of the event, its source or its message, is an error, and
// so is a member Akari reads that has the wrong JSON type — as when the SDK
// decoded it (event_test.go holds the two together).
//
// An event as LINE writes it is read in one pass (plainEvent, taking its
// texts as pieces of a string payload); anything else by encoding/json.
func Decode[T string | []byte](payload T) (akari.Event, error) {
	e, ok := plainEvent(payload)
	if !ok {
		var err error
		if e, err = readJSON([]byte(payload)); err != nil {
			// A member of another shape in an event Akari does not act on —
			// LINE may reuse a name in a new type — leaves nothing to answer,
			// as the SDK's unknown event did.
			var typeErr *json.UnmarshalTypeError
			if errors.As(err, &typeErr) && e.Type != "" && !handled[e.Type] {
				return akari.Event{Kind: akari.EventOther}, nil
			}
			return akari.Event{}, fmt.Errorf("decode LINE event: %w", err)
		}
	}
	return domainEvent(e, payload)
}

// readJSON is Decode's reading of what plainEvent leaves.
func readJSON(payload []byte) (lineEvent, error) {
	var e lineEvent
	err := json.Unmarshal(payload, &e)
	return e, err
}

// domainEvent is the event read, as Akari sees it.
func domainEvent[T string | []byte](e lineEvent, payload T) (akari.Event, error) {
	if e.Type == "" || e.Source.Type == "" || (e.Type == "message" && e.Message.Type == "") {
		if err := refuseUntyped([]byte(payload), e.Type == "message"); err != nil {
			return akari.Event{}, fmt.Errorf("decode LINE event: %w", err)
		}
	}
	out := akari.Event{ID: e.WebhookEventID, At: time.UnixMilli(e.Timestamp), Redelivery: e.DeliveryContext.IsRedelivery}
	if e.Source.Type == "user" {
		out.UserID = e.Source.UserID
	}
	switch e.Type {
	case "message":
		out.ReplyToken = e.ReplyToken
		if e.Message.Type == "text" {
			out.Kind, out.Text = akari.EventText, e.Message.Text
		} else {
			out.Kind, out.Media = akari.EventNonText, e.Message.Type
		}
	case "follow":
		out.Kind, out.ReplyToken = akari.EventFollow, e.ReplyToken
	case "unfollow":
		out.Kind = akari.EventUnfollow
	case "postback":
		out.Kind, out.ReplyToken, out.Data = akari.EventPostback, e.ReplyToken, e.Postback.Data
	default:
		return akari.Event{Kind: akari.EventOther}, nil
	}
	return out, nil
}

// refuseUntyped tells apart what one pass reads alike: a member that is
// missing, one that is null, and a type that is empty or missing. The SDK
// refused an event without a type, and a source or message that is null
// or has no type; it took a missing source or message, and an empty or
// null type, as unknown. Only the rare event with an empty type comes
// here.
func refuseUntyped(payload []byte, message bool) error {
	var event map[string]json.RawMessage
	if err := json.Unmarshal(payload, &event); err != nil {
		return err
	}
	if event["type"] == nil {
		return errMissingType
	}
	members := []string{"source"}
	if message {
		members = append(members, "message")
	}
	for _, name := range members {
		raw := event[name]
		if raw == nil {
			continue
		}
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(raw, &obj); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		if obj["type"] == nil {
			return fmt.Errorf("%s: %w", name, errMissingType)
		}
	}
	return nil
}

var errMissingType = errors.New("no type")
