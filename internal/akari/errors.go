package akari

import "errors"

// Error kinds, mapped to HTTP status in one place (internal/server).
var (
	ErrNotFound     = errors.New("not found")
	ErrInvalid      = errors.New("invalid input")
	ErrUnavailable  = errors.New("temporarily unavailable")
	ErrUnauthorized = errors.New("unauthorized")
	ErrConflict     = errors.New("conflict")
	// ErrPermanent marks a failure that retrying cannot fix (a message LINE
	// refused as malformed, an event that cannot be decoded).
	ErrPermanent = errors.New("permanent failure")
	// ErrShutdown is the cause of a context ended because the process is
	// stopping and its grace period is over: work still waiting gives up
	// (another process takes the event over).
	ErrShutdown = errors.New("shutting down")
	// ErrReplyTokenUsed: LINE refused a reply token as invalid — within
	// the reply window, that means an earlier try already spent it.
	ErrReplyTokenUsed = errors.New("reply token invalid or already used")
	// ErrUncertain: a send failed in a way that does not say whether it
	// was delivered (a 5xx, a timeout after the request left).
	ErrUncertain = errors.New("delivery uncertain")
)
