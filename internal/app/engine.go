package app

import (
	"context"
	"log/slog"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/conversation"
	"github.com/akari-career/akari/internal/playbook"
	"github.com/akari-career/akari/internal/privacy"
	"github.com/akari-career/akari/internal/worry"
)

// MinConfidence is the classifier confidence below which Akari asks which
// worry it is (unless the conversation already has one): the model's own
// threshold, below which its guesses are right only about half the time.
const MinConfidence = worry.LowConfidence

// NewEngine builds the conversation engine the server uses: the offline
// worry classifier in the context of the conversation, the given advisor,
// Akari's lines from the playbook library, and the masker. lib and model
// are read on every message, so prompts reloaded on SIGHUP apply at once.
// `akari chat` builds its engine here too, so a terminal conversation
// behaves exactly like one on LINE.
func NewEngine(lib func() *playbook.Library, model func() *worry.Model, advisor akari.Advisor, log *slog.Logger) *conversation.Engine {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &conversation.Engine{
		Classifier:    modelClassifier{model},
		Advisor:       advisor,
		Script:        libraryScript{lib},
		Masker:        privacy.NewMasker(),
		Log:           log,
		MinConfidence: MinConfidence,
	}
}

// libraryScript adapts the current library to the engine's Script.
type libraryScript struct{ lib func() *playbook.Library }

func (s libraryScript) Line(key string, st *akari.State, v conversation.Vars) (string, error) {
	return s.lib().Message(key, playbook.MessageData{
		Name: st.Profile.DisplayName, Label: v.Label, Count: v.Count, Answers: v.Answers, Jobs: v.Jobs,
	})
}

func (s libraryScript) Label(c akari.Category) string { return s.lib().Label(c) }

func (s libraryScript) QuickReplies(set string) []akari.QuickReply {
	return s.lib().QuickReplies(set)
}

// modelClassifier adapts the current worry model to the engine's
// Classifier.
type modelClassifier struct{ model func() *worry.Model }

// Likely implements conversation.Guesser.
func (c modelClassifier) Likely(text string, n int) []akari.Category {
	return c.model().Likely(text, n)
}

func (c modelClassifier) Classify(_ context.Context, text string, current akari.Category) (akari.Classification, error) {
	return c.model().ClassifyInContext(text, current), nil
}
