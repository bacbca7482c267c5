package line

import (
	"encoding/json"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/akari"
)

// LINE's limits on what one request may carry.
const (
	MaxMessages     = 5
	MaxTextUnits    = 5000 // UTF-16 code units per text message
	MaxQuickReplies = 13
	MaxLabelRunes   = 20
	MaxActionText   = 300
	MaxPostbackData = 300
	MaxAltText      = 1500
	MaxFlexBytes    = 50 * 1024
)

// Message is one LINE message object as Akari sends it: a text, or a Flex
// carousel, with the quick replies on the last message of a request. Plain
// fields, encoded once into the request body (body.go); no SDK type, whose
// nested MarshalJSON methods made encoding/json parse and compact every
// level again.
type Message struct {
	Type    string `json:"type"` // "text" or "flex"
	Text    string `json:"text,omitempty"`
	AltText string `json:"altText,omitempty"`
	// Contents is the Flex container as Carousel built it. It is copied
	// into the body as is, so it must be valid JSON: only Carousel makes it.
	Contents   json.RawMessage `json:"-"`
	QuickReply *QuickReply     `json:"quickReply,omitempty"`
}

// QuickReply holds the chips under a message.
type QuickReply struct {
	Items []QuickReplyItem `json:"items"`
}

// QuickReplyItem is one chip; Type is always "action".
type QuickReplyItem struct {
	Type   string `json:"type"`
	Action Action `json:"action"`
}

// Action is what tapping a chip does: "message" sends Text as the person's
// message, "postback" sends Data and shows DisplayText.
type Action struct {
	Type        string `json:"type"`
	Label       string `json:"label,omitempty"`
	Text        string `json:"text,omitempty"`
	Data        string `json:"data,omitempty"`
	DisplayText string `json:"displayText,omitempty"`
}

// Messages turns a reply into LINE messages that LINE will accept: cards
// become a Flex carousel (Carousel), empty texts are dropped, long texts are split at line breaks, at most five
// messages go out (the rest of the text is folded into the fifth), and the
// quick replies — at most 13, labels and data trimmed to LINE's sizes — are
// attached to the last message.
func Messages(r akari.Reply) []Message {
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
	qr := quickReply(r.QuickReplies)
	out := make([]Message, 0, len(parts))
	for i, p := range parts {
		var q *QuickReply
		if i == len(parts)-1 {
			q = qr
		}
		if p.flex != nil {
			out = append(out, Message{Type: "flex", AltText: truncateRunes(p.flex.AltText, MaxAltText), Contents: p.flex.Contents, QuickReply: q})
			continue
		}
		out = append(out, Message{Type: "text", Text: p.text, QuickReply: q})
	}
	return out
}

func quickReply(items []akari.QuickReply) *QuickReply {
	if len(items) == 0 {
		return nil
	}
	q := &QuickReply{}
	for _, it := range items {
		if len(q.Items) == MaxQuickReplies {
			break
		}
		label := truncateRunes(it.Label, MaxLabelRunes)
		if label == "" {
			continue
		}
		var action Action
		if it.Data != "" {
			if len(it.Data) > MaxPostbackData {
				continue // cut data would mean something else: drop the chip
			}
			display := it.Text
			if display == "" {
				display = it.Label
			}
			action = Action{Type: "postback", Label: label, Data: it.Data, DisplayText: truncateRunes(display, MaxActionText)}
		} else {
			text := it.Text
			if text == "" {
				text = it.Label
			}
			action = Action{Type: "message", Label: label, Text: truncateRunes(text, MaxActionText)}
		}
		q.Items = append(q.Items, QuickReplyItem{Type: "action", Action: action})
	}
	if len(q.Items) == 0 {
		return nil
	}
	return q
}

// utf16Len counts UTF-16 code units, the unit of LINE's text limit.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// fitsUnits reports whether s is at most limit UTF-16 units long without
// counting them when its bytes already fit: no rune takes more UTF-16
// units than UTF-8 bytes (an invalid byte is one of each).
func fitsUnits(s string, limit int) bool {
	return len(s) <= limit || utf16Len(s) <= limit
}

// splitText cuts s into pieces of at most limit UTF-16 units, preferring to
// cut after a line break.
func splitText(s string, limit int) []string {
	s = strings.TrimSpace(s)
	if fitsUnits(s, limit) {
		return []string{s}
	}
	var out []string
	for s != "" {
		cut, units, lastBreak := 0, 0, -1
		for i, r := range s {
			if units+utf16.RuneLen(r) > limit {
				break
			}
			units += utf16.RuneLen(r)
			cut = i + utf8.RuneLen(r)
			if r == '\n' {
				lastBreak = cut
			}
		}
		if cut < len(s) && lastBreak > 0 {
			cut = lastBreak
		}
		if piece := strings.TrimSpace(s[:cut]); piece != "" {
			out = append(out, piece)
		}
		s = strings.TrimSpace(s[cut:])
	}
	return out
}

func truncateUnits(s string, limit int) string {
	if fitsUnits(s, limit) {
		return s
	}
	units := 0
	for i, r := range s {
		if units+utf16.RuneLen(r)+1 > limit { // keep room for the ellipsis
			return s[:i] + "…"
		}
		units += utf16.RuneLen(r)
	}
	return s
}

func truncateRunes(s string, limit int) string {
	if utf8.RuneCountInString(s) <= limit {
		return s
	}
	r := []rune(s)
	return string(r[:limit-1]) + "…"
}
