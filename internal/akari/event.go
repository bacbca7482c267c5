package akari

import "time"

// EventKind is the kind of an inbound event, reduced to what the engine
// cares about.
type EventKind string

const (
	EventFollow   EventKind = "follow"
	EventUnfollow EventKind = "unfollow"
	EventText     EventKind = "text"
	EventPostback EventKind = "postback"
	EventNonText  EventKind = "nontext" // sticker, image, audio, location…
	EventOther    EventKind = "other"   // nothing to answer
)

// Event is one inbound event from the person, already verified and
// deduplicated.
type Event struct {
	ID         string // webhookEventId
	Kind       EventKind
	UserID     string
	ReplyToken string
	At         time.Time // when LINE says it happened
	Text       string    // text message, or the display text of a postback
	Data       string    // postback data
	// Media is the message type of a non-text message (image, video,
	// audio, file, sticker, location); its content is never fetched.
	Media      string
	Redelivery bool
}

// Message is one bubble Akari sends: a text, or a set of job cards shown
// together, best first (LINE draws them as one carousel).
type Message struct {
	Text string `json:"text,omitempty"`
	// Cards, when set, make the message a set of cards; Text is ignored.
	Cards []Card `json:"cards,omitempty"`
}

// QuickReply is one chip under the last message. With Data empty, tapping it
// sends Label (or Text when set) as the person's message; otherwise it is a
// postback carrying Data.
type QuickReply struct {
	Label string `json:"label"`
	Text  string `json:"text,omitempty"`
	Data  string `json:"data,omitempty"`
}

// Reply is everything Akari says in answer to one event.
type Reply struct {
	Messages     []Message    `json:"messages"`
	QuickReplies []QuickReply `json:"quickReplies,omitempty"`
}

// Texts is a convenience for a reply made of plain texts.
func Texts(texts ...string) Reply {
	r := Reply{Messages: make([]Message, 0, len(texts))}
	for _, t := range texts {
		r.Messages = append(r.Messages, Message{Text: t})
	}
	return r
}

// Empty reports whether r says nothing.
func (r Reply) Empty() bool { return len(r.Messages) == 0 }
