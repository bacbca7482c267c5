package line

import "github.com/akari-career/akari/internal/uuid"

// pushNamespace is the UUID namespace of Akari's push retry keys (a fixed
// random v4), so keys cannot collide with v5 ids other systems derive from
// the same event ids.
const pushNamespace = "3f6f1c52-8e0b-4d4e-9a57-2b1f3c9d7e10"

// RetryKey derives the X-Line-Retry-Key for an event: the RFC 9562 version-5
// UUID of the webhook event id. Every retry of the same event, from any
// process, sends the same key, and LINE answers 409 instead of delivering
// twice.
func RetryKey(eventID string) string {
	return uuid.V5(uuid.MustParse(pushNamespace), eventID).String()
}

// NewRetryKey is a fresh random (v4) key, for pushes that answer no event —
// a recruiter's message, a group notice — where every call is a new message.
func NewRetryKey() string { return uuid.V4().String() }
