package app

import (
	"encoding/json"

	"github.com/akari-career/akari/internal/privacy"
)

// maskEvent hides phone numbers and e-mail addresses in a LINE event's
// message text and postback data before the event is kept as a dead
// letter. Ids and the rest stay, so the event can still be replayed.
func maskEvent(m *privacy.Masker) func([]byte) []byte {
	return func(raw []byte) []byte {
		var ev map[string]any
		if err := json.Unmarshal(raw, &ev); err != nil {
			return []byte(m.Mask(string(raw)))
		}
		if msg, ok := ev["message"].(map[string]any); ok {
			if t, ok := msg["text"].(string); ok {
				msg["text"] = m.Mask(t)
			}
		}
		if pb, ok := ev["postback"].(map[string]any); ok {
			if d, ok := pb["data"].(string); ok {
				pb["data"] = m.Mask(d)
			}
		}
		out, err := json.Marshal(ev)
		if err != nil {
			return []byte(m.Mask(string(raw)))
		}
		return out
	}
}
