package playbook

import (
	"fmt"
	"strings"
	"text/template"

	"github.com/akari-career/akari/internal/akari"
)

// MessageData is what every template in messages.yaml may use.
type MessageData struct {
	// Name is the person's LINE display name; it may be empty, so templates
	// should guard it with {{if .Name}}…{{end}}.
	Name string
	// Label is the Japanese label of the current worry (jobs_intro); may be
	// empty.
	Label string
	// Count is how many job cards are shown (jobs_intro, jobs_more).
	Count int
	// Wish is what a request for jobs named — a place, kinds of work —
	// joined with ・ (jobs_intro); may be empty.
	Wish string
	// Kind is a kind of work asked for that no listing holds (警備), for
	// jobs_kind_missing.
	Kind string
	// Answers lists the かんたん登録 answers, one "・項目：答え" per line
	// (intake_consent, intake_done); empty when every question was skipped.
	Answers string
	// Jobs names the jobs of interest, separated by "、" (intake_consent).
	Jobs string
	// Known is an answer the conversation already gave, offered for the
	// person to confirm (intake_known).
	Known string
	// Listing is what a job card shown says, one "・項目：値" per line
	// (jobs_listing).
	Listing string
	// ContactTime is when the person said a recruiter may call, "" when
	// skipped (intake_done).
	ContactTime string
	// Retention says, in days, how long Akari keeps what (privacy).
	Retention Retention
	// Hotlines is the block of crisis lines from hotlines.yaml, one per
	// line, 24-hour lines first (crisis, crisis_followup). Message fills
	// it; callers leave it empty.
	Hotlines string
	// AllHours is the short block of the lines that answer at any hour,
	// by phone and by chat (care replies). Message fills it.
	AllHours string
	// Chats is the block of the lines reached by typing (for a person who
	// cannot phone). Message fills it.
	Chats string
}

// Retention is how many days each kind of record is kept, as the running
// configuration applies it, so what Akari tells a person is what happens.
type Retention struct {
	Conversation int // after the last message
	Leads        int // without activity, before a lead is anonymised
	DeadLetters  int
}

// CareData is what care.md may use.
type CareData struct {
	// Name is the person's LINE display name, for the prompt to quote; may
	// be empty.
	Name string
	// AllHours is the block of crisis lines that answer at any hour.
	AllHours string
}

// PersonaData is what persona.md may use.
type PersonaData struct {
	// Name is the person's LINE display name; may be empty.
	Name string
	// Worry is the Japanese label of the current worry category; empty
	// when no worry is known yet.
	Worry string
	// Understand is the playbook's "understand" text for that worry.
	Understand string
	// Insights are the playbook's key insights, one per line, each
	// starting with "・".
	Insights string
}

// Line is an empathy opening. A line with Keywords is only used when the
// person's message contains one of them; a line without is general.
type Line struct {
	Text     string
	Keywords []string
	// Ask, on a line of small talk, is the question asked after it
	// instead of the invitation to name a worry: a feeling told (落ち込ん
	// でる) is asked about, not met with a list of topics.
	Ask string
	Rule
}

// Keyword is a tailored line Akari adds when the person's message contains
// one of Terms (e.g. 派遣 → "派遣元の担当者にも相談できます").
type Keyword struct {
	Terms []string
	Line  string
	Rule
}

// Playbook is the curated guidance for one worry category. A Library hands
// out pointers to its playbooks; treat them as read-only.
type Playbook struct {
	Category   akari.Category
	Label      string     // Japanese label shown in the UI
	Understand string     // what to understand about the situation (LLM prompt)
	Insights   []string   // key insights; one is picked per reply
	Empathy    []Line     // openings; keyword lines first when they match
	Steps      []Step     // concrete next steps, 1–2 sentences each
	Questions  []Question // follow-up questions
	Keywords   []Keyword
	Jobs       []string // job tags for the job matcher (カスタマーサポート, remote…)
	// The answers to follow-ups (see rules.go): the one step to take
	// first and why, how-to notes, warm closes for thanks, and quiet
	// openings for a person in pain.
	First   []First
	HowTo   []Note
	Closing []string
	Gentle  []string
	// Facets are the worries within this category that need their own
	// words; the first active one leads a reply.
	Facets []Facet
}

// Library is a loaded, checked set of prompt files. It is immutable and safe
// for concurrent use; reloading prompts means loading a new Library.
type Library struct {
	persona   *template.Template
	care      *template.Template
	safety    string
	messages  map[string]*template.Template
	quick     map[string][]akari.QuickReply
	playbooks map[akari.Category]*Playbook
	hotlines  *Hotlines
	listening *Listening
}

// Listening returns the lines of listening.yaml; never nil once loaded.
func (l *Library) Listening() *Listening {
	if l.listening == nil {
		return &Listening{}
	}
	return l.listening
}

// Message renders the fixed line key (greeting, help, crisis…) with data.
func (l *Library) Message(key string, data MessageData) (string, error) {
	t, ok := l.messages[key]
	if !ok {
		return "", fmt.Errorf("message %q: %w", key, akari.ErrNotFound)
	}
	if data.Hotlines == "" {
		data.Hotlines = l.hotlines.Block()
	}
	if data.AllHours == "" {
		data.AllHours = l.hotlines.AllHoursBlock()
	}
	if data.Chats == "" {
		data.Chats = l.hotlines.ChatBlock()
	}
	return render(t, data)
}

// Hotlines returns the crisis lines of hotlines.yaml, 24-hour lines first.
func (l *Library) Hotlines() Hotlines {
	h := *l.hotlines
	h.Lines = append([]Hotline(nil), h.Lines...)
	return h
}

// Playbook returns the playbook for c, or nil when c is not a known
// category. Load guarantees every known category has one.
func (l *Library) Playbook(c akari.Category) *Playbook { return l.playbooks[c] }

// Label returns the Japanese label of c, or the id itself when unknown.
func (l *Library) Label(c akari.Category) string {
	if pb := l.playbooks[c]; pb != nil {
		return pb.Label
	}
	return string(c)
}

// QuickReplies returns the chips of the named set (greeting, guiding,
// jobs…) as a fresh slice, or nil when messages.yaml has no such set.
func (l *Library) QuickReplies(set string) []akari.QuickReply {
	qs := l.quick[set]
	if qs == nil {
		return nil
	}
	return append([]akari.QuickReply(nil), qs...)
}

// IsQuickReply reports whether text is the text or the label of one of
// the quick replies of set (QuickReplies without the copy).
func (l *Library) IsQuickReply(set, text string) bool {
	for _, q := range l.quick[set] {
		if q.Text == text || q.Label == text {
			return true
		}
	}
	return false
}

// Persona renders persona.md with data.
func (l *Library) Persona(data PersonaData) (string, error) {
	return render(l.persona, data)
}

// Safety returns safety.md. It is plain text, not a template.
func (l *Library) Safety() string { return l.safety }

// SystemPrompt is the LLM system prompt for a message about worry c: the
// persona, filled from c's playbook, followed by the safety rules. An empty
// or unknown c leaves the worry fields empty. The display name goes in
// only as QuotableName makes it.
func (l *Library) SystemPrompt(c akari.Category, name string) (string, error) {
	data := PersonaData{Name: QuotableName(name)}
	if pb := l.playbooks[c]; pb != nil && c != akari.Other {
		data.Worry = pb.Label
		data.Understand = pb.Understand
		var b strings.Builder
		for i, s := range pb.Insights {
			if i > 0 {
				b.WriteByte('\n')
			}
			b.WriteString("・")
			b.WriteString(s)
		}
		data.Insights = b.String()
	}
	p, err := l.Persona(data)
	if err != nil {
		return "", err
	}
	return strings.TrimSpace(p) + "\n\n" + strings.TrimSpace(l.safety), nil
}

// CareSystemPrompt is the system prompt of care mode: care.md, with the
// 24-hour lines, followed by the safety rules. The display name goes in
// only as QuotableName makes it.
func (l *Library) CareSystemPrompt(name string) (string, error) {
	p, err := render(l.care, CareData{Name: QuotableName(name), AllHours: l.hotlines.AllHoursBlock()})
	if err != nil {
		return "", err
	}
	return p + "\n\n" + strings.TrimSpace(l.safety), nil
}

func render(t *template.Template, data any) (string, error) {
	var b strings.Builder
	if err := t.Execute(&b, data); err != nil {
		return "", fmt.Errorf("render %s: %w", t.Name(), err)
	}
	return strings.TrimSpace(b.String()), nil
}
