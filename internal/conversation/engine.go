// Package conversation is Akari's conversation engine: given what Akari
// remembers about a person and one event from them, it decides what to say —
// a command, a greeting, crisis care, a clarifying question, guidance, job
// cards, the かんたん登録 that hands the person to a recruiter with consent —
// and how the remembered state changes. It knows nothing of LINE, Redis or
// any LLM: those sit behind the small interfaces below, so the engine is
// tested with plain values.
package conversation

import (
	"context"
	"fmt"
	"log/slog"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/akari-career/akari/internal/akari"
)

// Classifier understands a message in the context of the current worry: a
// short follow-up keeps it, a clearly new worry switches.
type Classifier interface {
	Classify(ctx context.Context, text string, current akari.Category) (akari.Classification, error)
}

// Vars are the values a fixed line may use besides the person's name.
type Vars struct {
	Label   string // the worry's Japanese label
	Count   int    // job cards shown
	Answers string // intake answers, one per line
	Jobs    string // jobs of interest
}

// Script gives the fixed lines Akari says and her quick-reply sets; it is
// rendered from prompts/ so operators can change the words.
type Script interface {
	Line(key string, st *akari.State, v Vars) (string, error)
	QuickReplies(set string) []akari.QuickReply
	Label(c akari.Category) string
}

// Guesser is what a classifier may add: the worries a message most likely
// is about, offered as choices when Akari is unsure.
type Guesser interface {
	Likely(text string, n int) []akari.Category
}

// Summarizer folds turns into the rolling summary of a conversation.
type Summarizer interface {
	Fold(ctx context.Context, summary string, turns []akari.Turn) (string, error)
}

// Masker hides phone numbers and e-mail addresses.
type Masker interface{ Mask(string) string }

// Engine decides Akari's replies. Classifier, Advisor, Script and Masker
// are required; Jobs, Leads, Notifier and Summarizer are optional (without
// them Akari offers no jobs, no recruiter, and keeps no summary).
type Engine struct {
	Classifier Classifier
	Advisor    akari.Advisor
	Script     Script
	Masker     Masker
	Jobs       JobFinder
	Leads      LeadBook
	Notifier   LeadNotifier
	Summarizer Summarizer
	Log        *slog.Logger
	Now        func() time.Time
	// MinConfidence below which Akari asks which worry it is, unless the
	// conversation already has one.
	MinConfidence float64
	// JobsEvery: the job offer is not repeated within this many turns of
	// the last cards (3 when zero). Asking always works.
	JobsEvery int

	once    sync.Once
	intents *intents
}

// Result is the engine's decision for one event.
type Result struct {
	Reply akari.Reply
	// Erase asks the caller to delete the person's conversation state
	// (データ削除, unfollow) instead of saving it.
	Erase bool
	// DeleteLeads asks the caller to anonymise the person's leads too
	// (データ削除).
	DeleteLeads bool
	// Classification of a text message, when one was made.
	Classification *akari.Classification
	// Source says what wrote the reply: script, crisis, offline, llm, jobs…
	Source string
	// NewLead is the id of a lead created by this event.
	NewLead string
}

// Commands the person can type.
const (
	CmdReset    = "リセット"
	CmdDelete   = "データ削除"
	CmdHelp     = "ヘルプ"
	CmdWithdraw = "共有をやめる"
)

func (e *Engine) init() {
	e.once.Do(func() {
		e.intents = newIntents()
		if e.Log == nil {
			e.Log = slog.New(slog.DiscardHandler)
		}
	})
}

// Handle decides the reply to ev and updates st in place.
func (e *Engine) Handle(ctx context.Context, st *akari.State, ev akari.Event) (Result, error) {
	return e.handle(ctx, st, ev, nil)
}

// HandleWhileHuman is Handle for a person a recruiter is talking to: Akari
// stays quiet — only recording what the person says for the recruiter, and
// saying once that a person is with them — except for commands and crisis
// care, which always answer.
func (e *Engine) HandleWhileHuman(ctx context.Context, st *akari.State, ev akari.Event, firstNotice func() bool) (Result, error) {
	return e.handle(ctx, st, ev, firstNotice)
}

func (e *Engine) handle(ctx context.Context, st *akari.State, ev akari.Event, human func() bool) (Result, error) {
	e.init()
	now := e.now()
	if st.CreatedAt.IsZero() {
		st.CreatedAt = now
	}
	st.UpdatedAt = now
	var r Result
	var err error
	switch ev.Kind {
	case akari.EventFollow:
		st.Stage = akari.StageListening
		r, err = e.line("greeting", st, Vars{}, "greeting")
	case akari.EventUnfollow:
		return Result{Erase: true, Source: "command"}, nil
	case akari.EventNonText:
		if human != nil {
			return e.quiet(st, human)
		}
		r, err = e.line("non_text", st, Vars{}, "greeting")
	case akari.EventText:
		r, err = e.text(ctx, st, ev, human)
	case akari.EventPostback:
		if human != nil {
			return e.quiet(st, human)
		}
		r, err = e.postback(ctx, st, ev)
	default:
		return Result{}, nil
	}
	if err == nil && !r.Erase {
		e.trim(ctx, st)
	}
	return r, err
}

func (e *Engine) text(ctx context.Context, st *akari.State, ev akari.Event, human func() bool) (Result, error) {
	raw := strings.TrimSpace(ev.Text)
	switch command(raw) {
	case CmdReset:
		st.Forget()
		st.Stage = akari.StageListening
		return e.line("reset_done", st, Vars{}, "greeting")
	case CmdDelete:
		r, err := e.line("delete_done", st, Vars{}, "")
		r.Erase, r.DeleteLeads, r.Source = true, true, "command"
		return r, err
	case CmdHelp:
		return e.line("help", st, Vars{}, "greeting")
	}
	if e.intents.wantsWithdraw(raw) {
		return e.withdraw(ctx, st)
	}

	masked := e.Masker.Mask(raw)
	st.TurnCount++
	c, err := e.Classifier.Classify(ctx, masked, st.Category)
	if err != nil {
		return Result{}, fmt.Errorf("classify: %w", err)
	}
	st.Turns = append(st.Turns, akari.Turn{Role: akari.RoleUser, Text: masked, Category: c.Category, At: e.now()})

	if c.Crisis {
		key := "crisis"
		if st.Crisis {
			key = "crisis_followup"
		}
		st.Crisis = true
		st.Intake = nil // a crisis conversation never becomes a lead
		r, err := e.line(key, st, Vars{}, "")
		r.Classification, r.Source = &c, "crisis"
		e.remember(st, r.Reply)
		return r, err
	}
	if human != nil {
		return e.quiet(st, human)
	}
	r, err := e.act(ctx, st, ev, raw, masked, c)
	if r.Classification == nil {
		r.Classification = &c
	}
	return r, err
}

// act is what Akari does with a non-crisis message.
func (e *Engine) act(ctx context.Context, st *akari.State, ev akari.Event, raw, masked string, c akari.Classification) (Result, error) {
	if st.Intake != nil && !st.Intake.Paused {
		return e.intakeAnswer(ctx, st, ev, raw)
	}
	switch {
	case e.intents.wantsHuman(masked):
		return e.startIntake(st)
	case st.Stage == akari.StageJobs && e.intents.wantsMore(masked):
		return e.showJobs(st, masked, true)
	case e.intents.widenArea.MatchString(fold(masked)) && st.LastJobsTurn > 0:
		return e.widen(st, factPrefecture)
	case e.intents.widenEmployment.MatchString(fold(masked)) && st.LastJobsTurn > 0:
		return e.widen(st, factEmployment)
	case e.intents.another.MatchString(fold(masked)):
		st.Stage = akari.StageListening
		r, err := e.line("another_worry", st, Vars{}, "greeting")
		e.remember(st, r.Reply)
		return r, err
	case e.intents.back.MatchString(fold(masked)) && st.Category != "" && st.Category != akari.Other:
		// Back from job cards to the worry: more guidance on it, new steps.
		return e.guide(ctx, st, lastWorryText(st), akari.Classification{Category: st.Category, Confidence: 1, Source: "context"})
	case e.intents.wantsJobs(masked):
		if st.Category == "" && c.Category != akari.Other {
			st.Category = c.Category // asking for jobs is itself the worry
		}
		return e.showJobs(st, masked, false)
	}
	if c.Category != akari.Other && c.Confidence < e.MinConfidence && st.Category == "" {
		st.Stage = akari.StageClarify
		r, err := e.line("clarify", st, Vars{}, "greeting")
		if g, ok := e.Classifier.(Guesser); ok {
			r.Reply.QuickReplies = e.likelyChips(g.Likely(masked, 3))
		}
		e.remember(st, r.Reply)
		return r, err
	}
	return e.guide(ctx, st, masked, c)
}

// likelyChips lets the person say which worry it is with one tap; the
// choice comes back as a postback and the message is answered for it.
func (e *Engine) likelyChips(cats []akari.Category) []akari.QuickReply {
	chips := make([]akari.QuickReply, 0, len(cats)+1)
	for _, c := range cats {
		label := e.Script.Label(c)
		chips = append(chips, akari.QuickReply{Label: label, Text: label, Data: "action=worry&c=" + string(c)})
	}
	return append(chips, akari.QuickReply{Label: "どれも違う", Text: "どれも違うかも"})
}

// quiet records a message for the recruiter who has the conversation, and
// says once that a person is with them.
func (e *Engine) quiet(st *akari.State, firstNotice func() bool) (Result, error) {
	if !firstNotice() {
		return Result{Source: "human"}, nil
	}
	r, err := e.line("human_active", st, Vars{}, "")
	r.Source = "human"
	return r, err
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
		reply.QuickReplies = e.chips(st, "guiding")
	}
	e.remember(st, reply)
	return Result{Reply: reply, Classification: &c, Source: adv.Source}, nil
}

// postback handles taps that carry data: 「興味あり」 on a job card, or a
// worry chosen from chips.
func (e *Engine) postback(ctx context.Context, st *akari.State, ev akari.Event) (Result, error) {
	q, err := url.ParseQuery(ev.Data)
	if err != nil {
		e.Log.Warn("postback data unreadable", "err", err)
		return e.line("fallback", st, Vars{}, "greeting")
	}
	switch q.Get("action") {
	case "interest": // 「興味あり」 on a job card
		id := q.Get("job")
		if e.Jobs != nil {
			if _, _, ok := e.Jobs.Describe(id); ok && !slices.Contains(st.Interested, id) {
				st.Interested = append(st.Interested, id)
			}
		}
		st.TurnCount++
		return e.startIntake(st)
	case "worry": // the person chose which worry it is
		cat, err := akari.ParseCategory(q.Get("c"))
		if err != nil {
			return e.line("fallback", st, Vars{}, "greeting")
		}
		st.TurnCount++
		text := lastUserText(st)
		if text == "" || st.Stage != akari.StageClarify {
			text = e.Script.Label(cat)
		}
		st.Turns = append(st.Turns, akari.Turn{Role: akari.RoleUser, Text: text, Category: cat, At: e.now()})
		return e.guide(ctx, st, text, akari.Classification{Category: cat, Confidence: 1, Source: "chosen"})
	}
	e.Log.Info("postback action not known", "action", q.Get("action"))
	return e.line("fallback", st, Vars{}, "greeting")
}

// lastWorryText is the person's latest message about the current worry
// (the one before this message), or the worry's label.
func lastWorryText(st *akari.State) string {
	for i := len(st.Turns) - 2; i >= 0; i-- {
		if t := st.Turns[i]; t.Role == akari.RoleUser && t.Category == st.Category {
			return t.Text
		}
	}
	return string(st.Category)
}

func lastUserText(st *akari.State) string {
	for i := len(st.Turns) - 1; i >= 0; i-- {
		if st.Turns[i].Role == akari.RoleUser {
			return st.Turns[i].Text
		}
	}
	return ""
}

// line answers with a fixed line and an optional quick-reply set, with the
// offers that are not due left out.
func (e *Engine) line(key string, st *akari.State, v Vars, quick string) (Result, error) {
	text, err := e.Script.Line(key, st, v)
	if err != nil {
		return Result{}, fmt.Errorf("line %s: %w", key, err)
	}
	r := akari.Texts(text)
	if quick != "" {
		r.QuickReplies = e.chips(st, quick)
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
		st.Turns = append(st.Turns, akari.Turn{Role: akari.RoleAkari, Text: b.String(), Category: st.Category, At: e.now()})
	}
}

// trim keeps the most recent turns and folds the older ones into the
// rolling summary, once per event.
func (e *Engine) trim(ctx context.Context, st *akari.State) {
	n := len(st.Turns) - akari.MaxTurns
	if n <= 0 {
		return
	}
	dropped := slices.Clone(st.Turns[:n])
	st.Turns = slices.Clone(st.Turns[n:])
	if e.Summarizer == nil {
		return
	}
	s, err := e.Summarizer.Fold(ctx, st.Summary, dropped)
	if err != nil {
		e.Log.Warn("summary not updated", "err", err)
		if s == "" {
			return
		}
	}
	st.Summary = s
}

func (e *Engine) now() time.Time {
	if e.Now != nil {
		return e.Now()
	}
	return time.Now()
}

// IsCommand reports whether text is one of the commands that always work,
// even while a recruiter has the conversation.
func IsCommand(text string) bool { return command(strings.TrimSpace(text)) != "" }

// command recognises the commands, forgiving width, spacing and a few
// everyday spellings.
func command(text string) string {
	t := fold(text)
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
