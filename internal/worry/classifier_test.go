package worry

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/akari-career/akari/internal/akari"
)

// remoteFunc is a hand-written fake remote classifier.
type remoteFunc func(ctx context.Context, text string) (akari.Classification, error)

func (f remoteFunc) Classify(ctx context.Context, text string) (akari.Classification, error) {
	return f(ctx, text)
}

func answer(c akari.Classification) remoteFunc {
	return func(context.Context, string) (akari.Classification, error) { return c, nil }
}

func TestCombine(t *testing.T) {
	m := loadModel(t)
	const salaryText = "給料が安くて昇給もない"
	const crisisText = "給料が安すぎてもう消えたい"
	slow := remoteFunc(func(ctx context.Context, _ string) (akari.Classification, error) {
		select {
		case <-ctx.Done():
			return akari.Classification{}, ctx.Err()
		case <-time.After(5 * time.Second):
			return akari.Classification{Category: akari.Other, Confidence: 1}, nil
		}
	})
	tests := []struct {
		name       string
		remote     akari.Classifier
		text       string
		want       akari.Category
		wantCrisis bool
		wantSource string
		wantErr    bool // OnRemoteError called
	}{
		{"no remote", nil, salaryText, akari.Salary, false, "offline", false},
		{"remote confident wins", answer(akari.Classification{Category: akari.WorkMeaning, Confidence: 0.8, Source: "llm"}),
			salaryText, akari.WorkMeaning, false, "llm", false},
		{"remote unsure loses to confident offline", answer(akari.Classification{Category: akari.WorkMeaning, Confidence: 0.3, Source: "llm"}),
			salaryText, akari.Salary, false, "offline", false},
		{"remote error falls back", remoteFunc(func(context.Context, string) (akari.Classification, error) {
			return akari.Classification{}, errors.New("HTTP 500")
		}), salaryText, akari.Salary, false, "offline", true},
		{"remote timeout falls back", slow, salaryText, akari.Salary, false, "offline", true},
		{"remote unknown category falls back", answer(akari.Classification{Category: "money", Confidence: 0.9}),
			salaryText, akari.Salary, false, "offline", true},
		{"remote bad confidence falls back", answer(akari.Classification{Category: akari.Other, Confidence: 7}),
			salaryText, akari.Salary, false, "offline", true},
		{"crisis from remote only", answer(akari.Classification{Category: akari.Salary, Crisis: true, Confidence: 0.9, Source: "llm"}),
			salaryText, akari.Salary, true, "llm", false},
		{"crisis from offline only", answer(akari.Classification{Category: akari.Salary, Crisis: false, Confidence: 0.9, Source: "llm"}),
			crisisText, akari.Salary, true, "llm", false},
		{"crisis kept on fallback", remoteFunc(func(context.Context, string) (akari.Classification, error) {
			return akari.Classification{}, errors.New("down")
		}), crisisText, akari.Salary, true, "offline", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Combine(m, tt.remote, 50*time.Millisecond)
			var remoteErr error
			c.OnRemoteError = func(err error) { remoteErr = err }
			start := time.Now()
			got, err := c.Classify(context.Background(), tt.text)
			if err != nil {
				t.Fatalf("Classify error: %v", err)
			}
			if elapsed := time.Since(start); elapsed > 2*time.Second {
				t.Errorf("Classify took %v; the timeout was not applied", elapsed)
			}
			if got.Category != tt.want || got.Crisis != tt.wantCrisis || got.Source != tt.wantSource {
				t.Errorf("got %s crisis=%v from %s, want %s crisis=%v from %s",
					got.Category, got.Crisis, got.Source, tt.want, tt.wantCrisis, tt.wantSource)
			}
			if (remoteErr != nil) != tt.wantErr {
				t.Errorf("OnRemoteError got %v, want called=%v", remoteErr, tt.wantErr)
			}
		})
	}
}

func TestOffline(t *testing.T) {
	var c akari.Classifier = Offline{M: loadModel(t)}
	got, err := c.Classify(context.Background(), "転職活動のやり方がわからない")
	if err != nil || got.Category != akari.CareerChange {
		t.Errorf("Offline.Classify = %+v, %v; want career_change, nil", got, err)
	}
}

func TestCombinedInContext(t *testing.T) {
	m := loadModel(t)
	remote := answer(akari.Classification{Category: akari.CareerChange, Crisis: true, Confidence: 0.9, Source: "llm"})
	c := Combine(m, remote, time.Second)
	got, err := c.ClassifyInContext(context.Background(), "どうしたらいい？", akari.Salary)
	if err != nil {
		t.Fatal(err)
	}
	if got.Category != akari.Salary || got.Source != "context" || !got.Crisis {
		t.Errorf("follow-up got %s from %s crisis=%v, want salary from context with the remote's crisis flag", got.Category, got.Source, got.Crisis)
	}
	got, _ = c.ClassifyInContext(context.Background(), "転職先の求人を探したいんですけど、未経験でも大丈夫ですか", akari.Salary)
	if got.Category != akari.CareerChange || got.Source != "llm" {
		t.Errorf("new worry got %s from %s, want career_change from llm", got.Category, got.Source)
	}
}
