package line

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/akari-career/akari/internal/akari"
)

// Messenger speaks to the person in Akari's terms: replies as the engine
// decided them, pushes keyed by the event they answer.
type Messenger struct{ *Sender }

// Reply sends r with a reply token.
func (m Messenger) Reply(ctx context.Context, token string, r akari.Reply) error {
	msgs := Messages(r)
	if len(msgs) == 0 {
		return nil
	}
	err := m.Sender.Reply(ctx, token, msgs)
	var apiErr *APIError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &apiErr) && apiErr.Status == 400 && strings.Contains(strings.ToLower(err.Error()), "reply token"):
		return fmt.Errorf("%w: %w", akari.ErrReplyTokenUsed, err)
	case errors.As(err, &apiErr) && apiErr.Status < 500:
		return err // refused (4xx, 429): not delivered
	default:
		// A 5xx, or no answer at all: LINE may have delivered it.
		return fmt.Errorf("%w: %w", akari.ErrUncertain, err)
	}
}

// Push sends r without a reply token, with a retry key derived from
// eventID, so LINE drops a repeat of a push that already went through. A
// refusal that retrying cannot fix (a 4xx other than 429) wraps
// akari.ErrPermanent.
func (m Messenger) Push(ctx context.Context, userID, eventID string, r akari.Reply) error {
	msgs := Messages(r)
	if len(msgs) == 0 {
		return nil
	}
	err := m.Sender.Push(ctx, userID, RetryKey(eventID), msgs)
	var apiErr *APIError
	if errors.As(err, &apiErr) && !apiErr.Retryable() {
		return fmt.Errorf("%w: %w", akari.ErrPermanent, err)
	}
	return err
}
