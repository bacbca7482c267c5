package line

import (
	"crypto/sha1"
	"fmt"
)

// RetryKey derives the X-Line-Retry-Key for an event: a name-based UUID
// (version 5 layout) of the webhook event id. Every retry of the same event,
// from any process, sends the same key, and LINE answers 409 instead of
// delivering twice.
func RetryKey(eventID string) string {
	sum := sha1.Sum([]byte("akari/push/" + eventID))
	b := sum[:16]
	b[6] = (b[6] & 0x0f) | 0x50 // version 5
	b[8] = (b[8] & 0x3f) | 0x80 // RFC 4122 variant
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}
