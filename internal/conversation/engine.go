// Package conversation is Akari's conversation engine: given what Akari
// remembers about a person and one event from them, it decides what to say —
// a command, a greeting, crisis care, a clarifying question, or guidance —
// and how the remembered state changes. It knows nothing of LINE, Redis or
// any LLM: those sit behind the small interfaces below, so the engine is
// tested with plain values.
package conversation

import (
	"context"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"time"

	"github.com/akari-career/akari/internal/akari"
)

// Classifier understands a message in the context of the current worry: a
// short follow-up keeps it, a clearly new worry switches.
type Classifier interface {
	Classify(ctx context.Context, text string, current akari.Category) (akari.Classification, error)
}

// Script gives the fixed lines Akari says and her quick-reply sets; it is
// rendered from prompts/ so operators can change the words.
type Script interface {
	// Line renders a fixed line: greeting, help, reset_done, delete_done,
	// non_text, clarify, crisis, crisis_followup, fallback.
	Line(key string, st *akari.State) (string, error)
	// QuickReplies returns a named set: "greeting" (the main worries) or
	// "guiding" (what to do after guidance).
	QuickReplies(set string) []akari.QuickReply
}

// Masker hides phone numbers and e-mail addresses.
type Masker interface{ Mask(string) string }

// Engine decides Akari's replies.
type Engine struct {
	Classifier Classifier
	Advisor    akari.Advisor
	Script     Script
	Masker     Masker
	Log        *slog.Logger
	Now        func() time.Time
	// MinConfidence below which Akari asks which worry it is, unless the
	// conversation already has one.
	MinConfidence float64
}

// Result is the engine's decision for one event.
type Result struct {
	Reply akari.Reply
	// Erase asks the caller to delete everything stored about the person
	// (データ削除, unfollow) instead of saving the state.
	Erase bool
	// Classification of a text message, when one was made.
	Classification *akari.Classification
	// Source says what wrote the reply: command, script, crisis, offline, llm.
	Source string
}

// Commands the person can type.
const (
	CmdReset  = "リセット"
	CmdDelete = "データ削除"
	CmdHelp   = "ヘルプ"
)

// Handle decides the reply to ev and updates st in place.
func (e *Engine) Handle(ctx context.Context, st *akari.State, ev akari.Event) (Result, error) {
	now := e.now()
	if st.CreatedAt.IsZero() {
		st.CreatedAt = now
	}
	st.UpdatedAt = now
	switch ev.Kind {
	case akari.EventFollow:
		st.Stage = akari.StageListening
		return e.line("greeting", st, "greeting")
	case akari.EventUnfollow:
		return Result{Erase: true, Source: "command"}, nil
	case akari.EventNonText:
		return e.line("non_text", st, "greeting")
	case akari.EventText:
		return e.text(ctx, st, ev.Text)
	case akari.EventPostback:
		return e.postback(ctx, st, ev)
	}
	return Result{}, nil
}

func (e *Engine) text(ctx context.Context, st *akari.State, raw string) (Result, error) {
	text := strings.TrimSpace(raw)
	switch command(text) {
	case CmdReset:
		st.Forget()
		st.Stage = akari.StageListening
		return e.line("reset_done", st, "greeting")
	case CmdDelete:
		r, err := e.line("delete_done", st, "")
		r.Erase = true
		return r, err
	case CmdHelp:
		return e.line("help", st, "greeting")
	}

	masked := e.Masker.Mask(text)
	st.TurnCount++
	c, err := e.Classifier.Classify(ctx, masked, st.Category)
	if err != nil {
		return Result{}, fmt.Errorf("classify: %w", err)
	}
	st.AddTurn(akari.Turn{Role: akari.RoleUser, Text: masked, Category: c.Category, At: e.now()})

	if c.Crisis {
		key := "crisis"
		if st.Crisis {
			key = "crisis_followup"
		}
		st.Crisis = true
		r, err := e.line(key, st, "")
		r.Classification, r.Source = &c, "crisis"
		e.remember(st, r.Reply)
		return r, err
	}
	if c.Category != akari.Other && c.Confidence < e.MinConfidence && st.Category == "" {
		st.Stage = akari.StageClarify
		r, err := e.line("clarify", st, "greeting")
		r.Classification = &c
		e.remember(st, r.Reply)
		return r, err
	}
	return e.guide(ctx, st, masked, c)
}

// guide asks the advisor for guidance on text and records it.
func (e *Engine) guide(ctx context.Context, st *akari.State, text string, c akari.Classification) (Result, error) {
	before := *st // the advisor sees the conversation as it was
	before.Turns = st.Turns[:len(st.Turns)-1]
	adv, err := e.Advisor.Advise(ctx, akari.AdviceRequest{Text: text, Classification: c, State: &before})
	if err != nil {
		return Result{}, fmt.Errorf("advise: %w", err)
	}
	if c.Category != akari.Other {
		st.Category = c.Category
		st.Stage = akari.StageGuiding
		if st.Guided == nil {
			st.Guided = map[akari.Category]int{}
		}
		st.Guided[c.Category]++
	}
	reply := akari.Texts(adv.Texts...)
	if c.Category == akari.Other {
		reply.QuickReplies = e.Script.QuickReplies("greeting")
	} else {
		reply.QuickReplies = e.Script.QuickReplies("guiding")
	}
	e.remember(st, reply)
	return Result{Reply: reply, Classification: &c, Source: adv.Source}, nil
}

// postback handles taps on quick replies that carry data.
func (e *Engine) postback(ctx context.Context, st *akari.State, ev akari.Event) (Result, error) {
	q, err := url.ParseQuery(ev.Data)
	if err != nil {
		e.Log.Warn("postback data unreadable", "err", err)
		return e.line("fallback", st, "greeting")
	}
	switch q.Get("action") {
	case "worry": // the person chose which worry it is
		cat, err := akari.ParseCategory(q.Get("c"))
		if err != nil {
			return e.line("fallback", st, "greeting")
		}
		st.TurnCount++
		text := lastUserText(st)
		if text == "" || st.Stage != akari.StageClarify {
			text = labelText(e.Script, cat)
		}
		st.AddTurn(akari.Turn{Role: akari.RoleUser, Text: text, Category: cat, At: e.now()})
		return e.guide(ctx, st, text, akari.Classification{Category: cat, Confidence: 1, Source: "chosen"})
	}
	e.Log.Info("postback action not known", "action", q.Get("action"))
	return e.line("fallback", st, "greeting")
}

// labelText is what the person effectively said by tapping a worry chip.
func labelText(s Script, c akari.Category) string {
	for _, q := range s.QuickReplies("greeting") {
		if strings.Contains(q.Data, "c="+string(c)) {
			if q.Text != "" {
				return q.Text
			}
			return q.Label
		}
	}
	return string(c)
}

func lastUserText(st *akari.State) string {
	for i := len(st.Turns) - 1; i >= 0; i-- {
		if st.Turns[i].Role == akari.RoleUser {
			return st.Turns[i].Text
		}
	}
	return ""
}

// line answers with a fixed line and an optional quick-reply set.
func (e *Engine) line(key string, st *akari.State, quick string) (Result, error) {
	text, err := e.Script.Line(key, st)
	if err != nil {
		return Result{}, fmt.Errorf("line %s: %w", key, err)
	}
	r := akari.Texts(text)
	if quick != "" {
		r.QuickReplies = e.Script.QuickReplies(quick)
	}
	return Result{Reply: r, Source: "script"}, nil
}

// remember records what Akari said as a turn.
func (e *Engine) remember(st *akari.State, r akari.Reply) {
	var b strings.Builder
	for _, m := range r.Messages {
		if m.Text == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n")
		}
		b.WriteString(m.Text)
	}
	if b.Len() > 0 {
		st.AddTurn(akari.Turn{Role: akari.RoleAkari, Text: b.String(), Category: st.Category, At: e.now()})
	}
}

func (e *Engine) now() time.Time {
	if e.Now != nil {
		return e.Now()
	}
	return time.Now()
}

// command recognises the commands, forgiving width, spacing and a few
// everyday spellings.
func command(text string) string {
	t := strings.ToLower(strings.Join(strings.Fields(text), ""))
	t = strings.Trim(t, "。.!！?？")
	switch t {
	case "リセット", "りせっと", "reset", "最初から", "はじめから":
		return CmdReset
	case "データ削除", "データを削除", "データ削除して", "データを消して", "delete", "削除":
		return CmdDelete
	case "ヘルプ", "へるぷ", "help", "使い方", "つかいかた":
		return CmdHelp
	}
	return ""
}
