package leads

import (
	"time"
)

// Speaker says who wrote a message of a lead's conversation.
type Speaker string

// The speakers of a lead's conversation.
const (
	FromPerson    Speaker = "person"
	FromAkari     Speaker = "akari"
	FromRecruiter Speaker = "recruiter"
)

// Message is one message of a lead's live conversation: what the person
// wrote after they consented (and while a recruiter holds the chat), what
// Akari answered, and what recruiters wrote from the console. The consented
// transcript ends at the consent; the conversation goes on from there.
type Message struct {
	At   time.Time `json:"at"`
	From Speaker   `json:"from"`
	By   string    `json:"by,omitempty"` // the recruiter who wrote it
	Text string    `json:"text"`
	// Media is the kind of file the person sent (image, video, audio,
	// file, sticker, location). Akari never downloads it: the console
	// shows only that something was sent.
	Media string `json:"media,omitempty"`
}

// MediaText is how the console shows a file the person sent, without its
// content.
func MediaText(kind string) string {
	switch kind {
	case "image":
		return "画像が送られました"
	case "video":
		return "動画が送られました"
	case "audio":
		return "音声が送られました"
	case "file":
		return "ファイルが送られました"
	case "sticker":
		return "スタンプが送られました"
	case "location":
		return "位置情報が送られました"
	}
	return "メッセージ（テキスト以外）が送られました"
}

// Relay is what an event adds to a lead's conversation. EventID makes
// appending idempotent: a retried event adds nothing the second time.
type Relay struct {
	LeadID   string
	EventID  string
	Messages []Message
}

// Inbox is where a lead's conversation stands for one recruiter.
type Inbox struct {
	// Messages is the length of the conversation.
	Messages int `json:"messages"`
	// Unread counts the person's messages the recruiter has not seen.
	Unread int `json:"unread"`
	// Waiting is when the oldest of the person's messages that no
	// recruiter has answered yet arrived; zero when none waits.
	Waiting time.Time `json:"waiting,omitzero"`
}
