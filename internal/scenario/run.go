package scenario

import (
	"context"
	"fmt"
	"io"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/conversation"
)

// Conversation is one fresh person talking to Akari through the real path.
type Conversation interface {
	Send(ctx context.Context, ev akari.Event) (conversation.Result, error)
}

// Failure is one check that did not hold.
type Failure struct {
	Scenario string
	File     string
	Line     int // of the turn
	Turn     int // 1-based
	Said     string
	Check    string
	Detail   string
	Reply    string
}

func (f Failure) String() string {
	return fmt.Sprintf("%s:%d: %s (turn %d 「%s」): %s: %s\n    reply: %s", f.File, f.Line, f.Scenario, f.Turn, f.Said, f.Check, f.Detail, oneLine(f.Reply, 160))
}

// Report is the outcome of a run.
type Report struct {
	Scenarios, ScenariosPassed int
	Checks, Passed             int
	Failures                   []Failure
}

// Rate is the share of checks that held.
func (r Report) Rate() float64 {
	if r.Checks == 0 {
		return 0
	}
	return float64(r.Passed) / float64(r.Checks)
}

// WriteText prints the report for a terminal.
func (r Report) WriteText(w io.Writer) error {
	_, err := fmt.Fprintf(w, "scenarios: %d/%d passed; checks: %d/%d passed (%.1f%%)\n",
		r.ScenariosPassed, r.Scenarios, r.Passed, r.Checks, 100*r.Rate())
	for _, f := range r.Failures {
		if err != nil {
			break
		}
		_, err = fmt.Fprintln(w, "FAIL "+f.String())
	}
	return err
}

// Run plays every scenario, each in a conversation from fresh, as many at
// once as there are processors (each conversation is a person of its own;
// fresh must be safe to call concurrently). The report lists them in file
// order, as if played one after another.
func Run(ctx context.Context, scenarios []Scenario, fresh func(s Scenario) (Conversation, error)) (Report, error) {
	played := make([]Report, len(scenarios))
	errs := make([]error, len(scenarios))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(scenarios)) {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < len(scenarios); i = int(next.Add(1) - 1) {
				s := scenarios[i]
				conv, err := fresh(s)
				if err != nil {
					errs[i] = fmt.Errorf("scenario %q: %w", s.Name, err)
					continue
				}
				errs[i] = play(ctx, s, conv, &played[i])
			}
		})
	}
	wg.Wait()
	var r Report
	for i, p := range played {
		if errs[i] != nil {
			return r, errs[i]
		}
		r.Scenarios++
		if len(p.Failures) == 0 {
			r.ScenariosPassed++
		}
		r.Checks += p.Checks
		r.Passed += p.Passed
		r.Failures = append(r.Failures, p.Failures...)
	}
	return r, nil
}

func play(ctx context.Context, s Scenario, conv Conversation, r *Report) error {
	// The greeting, as on LINE after the person adds Akari.
	res, err := conv.Send(ctx, akari.Event{Kind: akari.EventFollow})
	if err != nil {
		return fmt.Errorf("%s:%d: greeting: %w", s.File, s.Line, err)
	}
	var recent []string // Akari's previous replies, newest last
	recent = append(recent, replyText(res.Reply))
	chips := res.Reply.QuickReplies
	for i, t := range s.Turns {
		ev, said, err := event(t, chips)
		if err != nil {
			return fmt.Errorf("%s:%d: %w", s.File, t.Line, err)
		}
		res, err := conv.Send(ctx, ev)
		if err != nil {
			return fmt.Errorf("%s:%d: %s: %w", s.File, t.Line, s.Name, err)
		}
		text := replyText(res.Reply)
		fail := func(check, format string, args ...any) {
			r.Failures = append(r.Failures, Failure{Scenario: s.Name, File: s.File, Line: t.Line, Turn: i + 1,
				Said: said, Check: check, Detail: fmt.Sprintf(format, args...), Reply: text})
		}
		for _, c := range checks(t.Expect, res, text, recent) {
			r.Checks++
			if c.ok {
				r.Passed++
			} else {
				fail(c.name, "%s", c.detail)
			}
		}
		if text != "" {
			recent = append(recent, text)
		}
		chips = res.Reply.QuickReplies
	}
	return nil
}

// event turns a turn into what LINE would deliver: tapping a chip sends its
// text, or its postback.
func event(t Turn, chips []akari.QuickReply) (akari.Event, string, error) {
	if t.Say != "" {
		return akari.Event{Kind: akari.EventText, Text: t.Say}, t.Say, nil
	}
	for _, q := range chips {
		if q.Label != t.Tap {
			continue
		}
		if q.Data != "" {
			return akari.Event{Kind: akari.EventPostback, Text: q.Label, Data: q.Data}, "[" + q.Label + "]", nil
		}
		text := q.Text
		if text == "" {
			text = q.Label
		}
		return akari.Event{Kind: akari.EventText, Text: text}, "[" + q.Label + "]", nil
	}
	var labels []string
	for _, q := range chips {
		labels = append(labels, q.Label)
	}
	return akari.Event{}, "", fmt.Errorf("tap %q: the previous reply offers %v", t.Tap, labels)
}

type check struct {
	name, detail string
	ok           bool
}

func checks(e Expect, res conversation.Result, text string, recent []string) []check {
	var out []check
	add := func(name string, ok bool, format string, args ...any) {
		out = append(out, check{name: name, ok: ok, detail: fmt.Sprintf(format, args...)})
	}
	c := res.Classification
	cards := hasCards(res.Reply)
	care := res.Source == "crisis" || res.Source == "care"
	labels := chipLabels(res.Reply)

	if e.Silent {
		add("silent", res.Reply.Empty(), "want no reply")
	} else {
		add("answered", !res.Reply.Empty(), "want a reply")
	}
	if e.Category != "" {
		got := ""
		if c != nil {
			got = string(c.Category)
		}
		add("category", got == e.Category, "category %q, want %q", got, e.Category)
	}
	if e.Risk != "" {
		got := "none"
		if c != nil && c.Risk != "" {
			got = string(c.Risk)
		}
		add("risk", got == e.Risk, "risk %q, want %q", got, e.Risk)
	}
	if e.Crisis != nil {
		got := c != nil && c.Crisis
		add("crisis", got == *e.Crisis, "crisis %v, want %v", got, *e.Crisis)
	}
	if e.Care != nil {
		add("care", care == *e.Care, "care reply %v (source %s), want %v", care, res.Source, *e.Care)
	}
	if e.Cards != nil {
		add("cards", cards == *e.Cards, "job cards %v, want %v", cards, *e.Cards)
	}
	if e.Source != "" {
		add("source", res.Source == e.Source, "source %q, want %q", res.Source, e.Source)
	}
	for _, m := range e.Mentions {
		add("mentions", strings.Contains(text, m), "does not mention %q", m)
	}
	if len(e.MentionsAny) > 0 {
		ok := false
		for _, m := range e.MentionsAny {
			ok = ok || strings.Contains(text, m)
		}
		add("mentions_any", ok, "mentions none of %q", e.MentionsAny)
	}
	for _, m := range e.NotMentions {
		add("not_mentions", !strings.Contains(text, m), "mentions %q", m)
	}
	for _, l := range e.Chips {
		add("chips", containsString(labels, l), "chip %q not offered (chips %v)", l, labels)
	}
	for _, l := range e.NoChips {
		add("no_chips", !containsString(labels, l), "chip %q offered", l)
	}
	if e.Gentle {
		bad := cheerful.FindString(text)
		add("gentle", bad == "", "cheerful %q in a reply that should be quiet", bad)
	}
	for _, k := range e.NotAsk {
		q := Asks(k, text)
		add("not_ask", q == "", "asks again for %s: 「%s」", k, q)
	}
	// What holds on every turn.
	if s := repeated(text, recent); s != "" {
		add("no_repeat", false, "repeats 「%s」 from a previous reply", oneLine(s, 60))
	} else {
		add("no_repeat", true, "")
	}
	if care {
		bad := cards || containsString(labels, "求人を見てみる") || containsString(labels, "担当者と話したい")
		add("care_no_jobs", !bad, "job cards or job/recruiter chips in crisis care")
	}
	return out
}

// contact is a phone number, a link or the emergency numbers (119, 110).
var contact = regexp.MustCompile(`[0-9]{2,4}-[0-9]{2,4}-[0-9]{3,4}|https?://|119|110`)

// cheerful is what a quiet reply must not contain.
var cheerful = regexp.MustCompile(`[！!]|[😊😄😆🎉✨🌱🌸😉👍]`)

// repeated returns a sentence of text that stands verbatim in one of the
// previous two replies, ignoring short ones (「ありがとうございます。」 may
// recur).
func repeated(text string, recent []string) string {
	if len(recent) > 2 {
		recent = recent[len(recent)-2:]
	}
	for _, s := range sentences(text) {
		// Short courtesies may recur.
		if len([]rune(s)) < 16 {
			continue
		}
		for _, prev := range recent {
			if strings.Contains(prev, s) {
				return s
			}
		}
	}
	return ""
}

// sentences splits text at line ends and 「。」. A line that gives a way to
// reach help (a phone number or a link) is left out: repeating it is meant.
func sentences(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		if contact.MatchString(line) {
			continue
		}
		for _, s := range strings.SplitAfter(line, "。") {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
	}
	return out
}

func replyText(r akari.Reply) string {
	var parts []string
	for _, m := range r.Messages {
		if m.Text != "" {
			parts = append(parts, m.Text)
		}
	}
	return strings.Join(parts, "\n")
}

func hasCards(r akari.Reply) bool {
	for _, m := range r.Messages {
		if len(m.Cards) > 0 {
			return true
		}
	}
	return false
}

func chipLabels(r akari.Reply) []string {
	out := make([]string, 0, len(r.QuickReplies))
	for _, q := range r.QuickReplies {
		out = append(out, q.Label)
	}
	return out
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func oneLine(s string, n int) string {
	s = strings.ReplaceAll(s, "\n", " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
