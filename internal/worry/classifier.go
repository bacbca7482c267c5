package worry

import (
	"context"
	"fmt"
	"math"
	"time"

	"github.com/akari-career/akari/internal/akari"
)

// Offline adapts a Model to akari.Classifier. It never fails.
type Offline struct{ M *Model }

var _ akari.Classifier = Offline{}

// Classify implements akari.Classifier.
func (o Offline) Classify(_ context.Context, text string) (akari.Classification, error) {
	return o.M.Classify(text), nil
}

// MinRemoteConfidence is the confidence from which the remote (LLM)
// classifier's category is taken over the offline one.
const MinRemoteConfidence = 0.5

// Combined asks a remote (LLM) classifier and falls back on the offline
// model. The rule:
//
//   - crisis is flagged when either says so, at the higher risk level of
//     the two: a missed crisis is the worst failure, and the detector
//     catches what a model may explain away;
//   - when the remote fails, times out or answers an unknown category or a
//     confidence outside 0..1, the offline result is used as it is;
//   - when both answer, the remote category wins if its confidence is at
//     least MinRemoteConfidence (an LLM reads indirect Japanese far better
//     than n-grams), otherwise the more confident of the two wins.
//
// Classify never returns an error: there is always the offline answer.
// OnRemoteError, when set, hears about each fallback so it can be logged
// and counted.
type Combined struct {
	Offline       *Model
	Remote        akari.Classifier
	Timeout       time.Duration // per remote call; 0 means no limit beyond ctx
	OnRemoteError func(error)
}

var _ akari.Classifier = (*Combined)(nil)

// Combine builds a Combined classifier; remote may be nil (offline only).
func Combine(offline *Model, remote akari.Classifier, timeout time.Duration) *Combined {
	return &Combined{Offline: offline, Remote: remote, Timeout: timeout}
}

// Classify implements akari.Classifier.
func (c *Combined) Classify(ctx context.Context, text string) (akari.Classification, error) {
	return c.combine(ctx, text, c.Offline.Classify(text))
}

// ClassifyInContext is Classify for the next message in a conversation
// about current. A follow-up that the offline model keeps in current
// (Source "context") keeps it: the remote sees the message alone and would
// misread "どうしたらいい？". The remote is still asked, for crisis only.
func (c *Combined) ClassifyInContext(ctx context.Context, text string, current akari.Category) (akari.Classification, error) {
	off := c.Offline.ClassifyInContext(text, current)
	out, err := c.combine(ctx, text, off)
	if off.Source == "context" {
		off.Crisis, off.Risk, off.Jest = out.Crisis, out.Risk, out.Jest
		return off, err
	}
	return out, err
}

// combine asks the remote and applies the rule in Combined's comment to
// the offline answer off.
func (c *Combined) combine(ctx context.Context, text string, off akari.Classification) (akari.Classification, error) {
	if c.Remote == nil {
		return off, nil
	}
	rctx := ctx
	if c.Timeout > 0 {
		var cancel context.CancelFunc
		rctx, cancel = context.WithTimeout(ctx, c.Timeout)
		defer cancel()
	}
	rem, err := c.Remote.Classify(rctx, text)
	if err == nil {
		err = checkRemote(rem)
	}
	if err != nil {
		if c.OnRemoteError != nil {
			c.OnRemoteError(fmt.Errorf("remote classifier: %w", err))
		}
		return off, nil
	}
	out := off
	if rem.Confidence >= MinRemoteConfidence || rem.Confidence > off.Confidence {
		out = rem
		if out.Source == "" {
			out.Source = "llm"
		}
	} else if out.Summary == "" {
		out.Summary = rem.Summary
	}
	out.Risk = akari.MaxRisk(akari.RiskOf(off), akari.RiskOf(rem))
	out.Crisis = out.Risk.Crisis()
	out.Jest = off.Jest
	if out.Crisis {
		out.Jest = akari.RiskNone
	}
	return out, nil
}

// checkRemote refuses answers the rest of the system cannot use.
func checkRemote(c akari.Classification) error {
	if !c.Category.Valid() {
		return fmt.Errorf("unknown category %q", c.Category)
	}
	if math.IsNaN(c.Confidence) || c.Confidence < 0 || c.Confidence > 1 {
		return fmt.Errorf("confidence %v outside 0..1", c.Confidence)
	}
	return nil
}
