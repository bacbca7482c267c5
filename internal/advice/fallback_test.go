package advice_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/akari-career/akari/internal/advice"
	"github.com/akari-career/akari/internal/akari"
)

// advisorFunc is a hand-written fake primary advisor.
type advisorFunc func(ctx context.Context, req akari.AdviceRequest) (akari.Advice, error)

func (f advisorFunc) Advise(ctx context.Context, req akari.AdviceRequest) (akari.Advice, error) {
	return f(ctx, req)
}

type fallbacks struct {
	mu      sync.Mutex
	reasons []string
}

func (f *fallbacks) Fallback(purpose, reason string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.reasons = append(f.reasons, purpose+":"+reason)
}

// reasoned is an error that names its reason, as the LLM adapter's do.
type reasoned string

func (r reasoned) Error() string          { return "llm " + string(r) }
func (r reasoned) FallbackReason() string { return string(r) }

func TestWithFallback(t *testing.T) {
	llmAdvice := akari.Advice{Texts: []string{"LLMのお返事です。"}, Source: "llm"}
	slow := advisorFunc(func(ctx context.Context, _ akari.AdviceRequest) (akari.Advice, error) {
		<-ctx.Done()
		return akari.Advice{}, ctx.Err()
	})
	tests := []struct {
		name       string
		primary    akari.Advisor
		crisis     bool
		wantSource string
		wantReason string
	}{
		{"primary answers", advisorFunc(func(context.Context, akari.AdviceRequest) (akari.Advice, error) { return llmAdvice, nil }), false, "llm", ""},
		{"primary times out", slow, false, "fallback", "timeout"},
		{"breaker open", advisorFunc(func(context.Context, akari.AdviceRequest) (akari.Advice, error) {
			return akari.Advice{}, fmt.Errorf("advise: %w", reasoned("breaker_open"))
		}), false, "fallback", "breaker_open"},
		{"plain error", advisorFunc(func(context.Context, akari.AdviceRequest) (akari.Advice, error) {
			return akari.Advice{}, errors.New("boom")
		}), false, "fallback", "error"},
		{"empty advice", advisorFunc(func(context.Context, akari.AdviceRequest) (akari.Advice, error) {
			return akari.Advice{Texts: []string{""}, Source: "llm"}, nil
		}), false, "fallback", "malformed"},
		{"nil primary", nil, false, "offline", ""},
		{"crisis skips the primary", advisorFunc(func(context.Context, akari.AdviceRequest) (akari.Advice, error) {
			t.Error("the primary advisor was asked about a crisis")
			return llmAdvice, nil
		}), true, "offline", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			obs := &fallbacks{}
			adv := advice.WithFallback(tt.primary, advice.NewOffline(advice.Fixed(library(t))), obs, advice.FallbackOptions{Budget: 100 * time.Millisecond})
			req := akari.AdviceRequest{Text: messages[akari.Resignation], Classification: akari.Classification{Category: akari.Resignation, Crisis: tt.crisis}, State: &akari.State{}}
			start := time.Now()
			got, err := adv.Advise(context.Background(), req)
			if err != nil {
				t.Fatal(err)
			}
			if elapsed := time.Since(start); elapsed > time.Second {
				t.Errorf("took %v, want the 100ms budget respected", elapsed)
			}
			if got.Source != tt.wantSource || len(got.Texts) == 0 {
				t.Errorf("advice = %+v, want source %s", got, tt.wantSource)
			}
			if tt.crisis && !strings.Contains(got.Texts[0], "0120-279-338") {
				t.Errorf("crisis answer without the hotline: %q", got.Texts[0])
			}
			want := []string(nil)
			if tt.wantReason != "" {
				want = []string{"advice:" + tt.wantReason}
			}
			if fmt.Sprint(obs.reasons) != fmt.Sprint(want) {
				t.Errorf("fallbacks = %v, want %v", obs.reasons, want)
			}
		})
	}
}

// The primary gets what is left of the caller's deadline minus the reserve,
// so the offline answer still makes it in time.
func TestWithFallbackKeepsTimeForTheFallback(t *testing.T) {
	var primaryDeadline time.Duration
	primary := advisorFunc(func(ctx context.Context, _ akari.AdviceRequest) (akari.Advice, error) {
		dl, _ := ctx.Deadline()
		primaryDeadline = time.Until(dl)
		<-ctx.Done()
		return akari.Advice{}, ctx.Err()
	})
	adv := advice.WithFallback(primary, advice.NewOffline(advice.Fixed(library(t))), nil,
		advice.FallbackOptions{Budget: time.Hour, Reserve: 200 * time.Millisecond})
	ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
	defer cancel()
	got, err := adv.Advise(ctx, akari.AdviceRequest{Text: "給料が安い", Classification: akari.Classification{Category: akari.Salary}, State: &akari.State{}})
	if err != nil {
		t.Fatalf("Advise: %v (the fallback must still have time)", err)
	}
	if got.Source != advice.SourceFallback {
		t.Errorf("source %q, want %s", got.Source, advice.SourceFallback)
	}
	if primaryDeadline > 350*time.Millisecond {
		t.Errorf("primary had %v, want at most the 500ms deadline minus the 200ms reserve", primaryDeadline)
	}
}

func TestWithFallbackCallerGaveUp(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	primary := advisorFunc(func(context.Context, akari.AdviceRequest) (akari.Advice, error) {
		cancel()
		return akari.Advice{}, context.Canceled
	})
	obs := &fallbacks{}
	adv := advice.WithFallback(primary, advice.NewOffline(advice.Fixed(library(t))), obs, advice.FallbackOptions{})
	if _, err := adv.Advise(ctx, akari.AdviceRequest{Text: "x", State: &akari.State{}}); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	if len(obs.reasons) != 0 {
		t.Errorf("a cancelled caller counted as a fallback: %v", obs.reasons)
	}
}

func TestReason(t *testing.T) {
	tests := map[string]error{
		"":          nil,
		"timeout":   fmt.Errorf("x: %w", context.DeadlineExceeded),
		"canceled":  context.Canceled,
		"error":     errors.New("boom"),
		"malformed": fmt.Errorf("wrapped: %w", reasoned("malformed")),
	}
	for want, err := range tests {
		if got := advice.Reason(err); got != want {
			t.Errorf("Reason(%v) = %q, want %q", err, got, want)
		}
	}
}
