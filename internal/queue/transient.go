package queue

import (
	"context"
	"errors"
	"io"
	"net"
	"strings"
	"syscall"

	"github.com/redis/go-redis/v9"
)

type transientError struct{ error }

func (e transientError) Unwrap() error { return e.error }

// Transient marks err as an infrastructure failure that will pass (a
// service overloaded or failing over): the event is retried without
// counting an attempt, for up to the infrastructure budget.
func Transient(err error) error { return transientError{err} }

// redisTransient are the replies of a Redis that is starting, failing over
// or resharding: they pass on their own.
var redisTransient = []string{"LOADING", "READONLY", "CLUSTERDOWN", "TRYAGAIN", "MASTERDOWN", "NOREPLICAS", "MOVED", "ASK", "BUSY "}

// IsTransient reports whether err is an infrastructure failure rather than
// something wrong with the event or the code: marked Transient, a network
// error (refused, reset, timed out, closed), an exhausted Redis pool, or a
// Redis that is loading or failing over.
func IsTransient(err error) bool {
	if err == nil || IsPermanent(err) {
		return false
	}
	var t transientError
	var ne net.Error
	switch {
	case errors.As(err, &t), errors.As(err, &ne),
		errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF),
		errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.EPIPE),
		errors.Is(err, redis.ErrPoolTimeout), errors.Is(err, redis.ErrPoolExhausted), errors.Is(err, net.ErrClosed):
		return true
	case errors.Is(err, context.Canceled):
		return false
	}
	var re redis.Error
	if errors.As(err, &re) {
		msg := re.Error()
		for _, p := range redisTransient {
			if strings.HasPrefix(msg, p) {
				return true
			}
		}
	}
	// Some clients flatten the cause into the text.
	msg := err.Error()
	return strings.Contains(msg, "connection refused") || strings.Contains(msg, "connection reset") ||
		strings.Contains(msg, "i/o timeout") || strings.Contains(msg, "broken pipe")
}
