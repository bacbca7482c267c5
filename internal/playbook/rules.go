package playbook

import (
	"github.com/akari-career/akari/internal/facts"
)

// Cond is a condition on what is known about the person: fact key → the
// values it is about. The value "any" stands for "known at all"; for the
// multi-valued keys (health, trouble_with, wishes) a value matches when the
// set holds it.
type Cond map[facts.Key][]string

// AnyValue is the Cond value that matches any known value of a key.
const AnyValue = "any"

// holds reports whether key k is known with one of vals.
func holds(m facts.Memory, k facts.Key, vals []string) bool {
	if !m.Known(k) {
		return false
	}
	for _, v := range vals {
		if v == AnyValue || m.Has(k, v) {
			return true
		}
	}
	return false
}

// All reports whether every key of c is known with one of its values. An
// empty Cond holds.
func (c Cond) All(m facts.Memory) bool {
	for k, vals := range c {
		if !holds(m, k, vals) {
			return false
		}
	}
	return true
}

// Any reports whether some key of c is known with one of its values. An
// empty Cond does not hold.
func (c Cond) Any(m facts.Memory) bool {
	for k, vals := range c {
		if holds(m, k, vals) {
			return true
		}
	}
	return false
}

// Allows reports whether no key of c is known with a value outside its
// list: unknown keys are fine. It is the test for "if you are 派遣…" lines,
// which are useful until the person is known to be something else.
func (c Cond) Allows(m facts.Memory) bool {
	for k, vals := range c {
		if m.Known(k) && !holds(m, k, vals) {
			return false
		}
	}
	return true
}

// Rule says when a line fits the person, from the facts they told:
//
//	when:   {status: quit}     only when status is known to be quit
//	unless: {status: quit}     never when status is known to be quit
//	fits:   {employment: 派遣}  not when employment is known to be something else
//
// A line without a rule always fits.
type Rule struct {
	When, Unless, Fit Cond // when:, unless:, fits:
}

// Fits reports whether the rule lets the line be said to this person.
func (r Rule) Fits(m facts.Memory) bool {
	return r.When.All(m) && !r.Unless.Any(m) && r.Fit.Allows(m)
}

// Conditional reports whether the rule ever excludes a line.
func (r Rule) Conditional() bool {
	return len(r.When) > 0 || len(r.Unless) > 0 || len(r.Fit) > 0
}

// Step is one concrete next step.
type Step struct {
	Text string
	Rule
}

// Question is one question back. Asks names the facts it asks for; the
// question is never put to someone who already told them.
type Question struct {
	Text string
	Asks []facts.Key
	Rule
}

// Usable reports whether q may be asked of someone Akari knows m about.
func (q Question) Usable(m facts.Memory) bool {
	for _, k := range q.Asks {
		if m.Known(k) {
			return false
		}
	}
	return q.Fits(m)
}

// First answers "what should I do first?": one step, said on its own, and
// why it comes first.
type First struct {
	Text string
	Why  string
	Rule
}

// Note is a how-to note: concrete wording for a conversation the person
// has to have (telling a boss, reporting a complaint…). Keywords pick the
// note when the question names its subject; otherwise notes are used in
// file order.
type Note struct {
	Text     string
	Keywords []string
	// Follow answers a bare follow-up once the note was given (それって
	// いつまでに？ 何を出せばいいの？): a line of its own for each kind of
	// question, empty where the note has none.
	Follow [NumFollowKinds]string
	Rule
}

// FollowKind is what a bare follow-up asks of the note just given.
type FollowKind uint8

// The kinds of follow-up, as listening.yaml names them under follow:.
const (
	FollowWhen  FollowKind = iota // いつまでに？ いつから？
	FollowWhere                   // どこで？ どこに？
	FollowBring                   // 何を出せば？ 必要なものは？
	FollowCost                    // いくら？ どのくらい出る？
	FollowHow                     // どうやって？
	FollowMoney                   // お金は出る？ (the cost line, when a note keeps no money line)
	NumFollowKinds
)

var followKeys = [NumFollowKinds]string{FollowWhen: "when", FollowWhere: "where", FollowBring: "bring", FollowCost: "cost", FollowHow: "how", FollowMoney: "money"}

func (k FollowKind) String() string { return followKeys[k] }

// Facet is a worry within a category that needs its own words: paid leave
// refused within salary, a manager worried about a report within
// workplace_relationships, life after quitting within resignation. It is
// active when the person's words name it (Keywords) or what they told
// about themselves does (Facts, any key matching), and never when Unless
// holds. While active, its lines come before the playbook's; an Exclusive
// facet replaces the playbook's steps and insights, because they would
// answer a different situation (how to quit, to someone who already quit).
type Facet struct {
	ID        string
	Keywords  []string
	Facts     Cond
	Unless    Cond
	Exclusive bool
	// Care: the facet's first step is offered even to a person in pain
	// (rest, a doctor), where other facets only listen.
	Care       bool
	Understand string // for the LLM prompt
	Empathy    []Line
	Insights   []string
	Steps      []Step
	First      []First
	HowTo      []Note
	Questions  []Question
	Closing    []string
}

// Listening holds the lines that do not belong to one worry: quiet
// openings for a person in pain, soft questions, the honest "that is the
// core of it", the words that meet a repeated message, the lead-ins of
// each kind of answer, and the facets that apply to every worry (health).
// It is read from listening.yaml.
type Listening struct {
	Gentle          []string   // quiet acknowledgements, said first to a person in pain
	GentleFollow    []string   // a quiet line after the acknowledgement: no hurry, no task
	GentleQuestions []Question // one soft question
	GentleClosing   []string   // thanks from a person in pain
	ThanksRelief    []string   // said before the close when thanks come with relief (楽になった)
	ThanksResolve   []string   // …or with a resolve (がんばる, 話してみます)
	ThanksNight     []string   // …or before sleep (とりあえず寝るわ)
	Core            []string   // "more" when everything was said: that is the core of it
	Repeated        []string   // the same message again: it was heard
	StepsLead       []string   // before the steps of a guidance reply
	MoreLead        []string   // before new material on "more"
	FirstLead       []string   // before the one step on "what first"
	HowToLead       []string   // before a how-to note
	WhereLead       []string   // before a desk to turn to, when asked where
	CheckIn         []Question // after one step or a note: a light question
	// FactCheckIn closes a rule or a procedure answered (a note for every
	// worry, or its follow-up line): an open door to ask more, not a
	// question about trying a step.
	FactCheckIn []string
	// Goodnight answers a goodnight said without thanks (おやすみ): no
	// こちらこそ for thanks never given.
	Goodnight []string
	// RecapLead opens a note given again, when the person points back at it
	// with a question its follow-up lines do not answer
	// (「さっきの130万って社会保険のほう？」).
	RecapLead []string
	// FactsLead opens the sentence of a note that facts told right after
	// it bear on (「3回更新して、今2年半くらいです」).
	FactsLead []string
	// FactsTold thanks the person for their case told right after a note
	// when no sentence of it bears on what they said, and asks what weighs
	// on them in it (「今は夫の扶養に入ってます」).
	FactsTold []string
	// PlanLead opens the things to do, gathered when asked for
	// (今週やることを3つにまとめて).
	PlanLead []string
	// DismissedLead opens the first reply to a dismissal told (3月31日付で
	// 解雇するって言われました): the news taken in before the notice is
	// worked out.
	DismissedLead []string
	// ListenOnly answers a wish to be heard and not advised (アドバイス
	// じゃなくて、聞いてほしかっただけ): no step, one open door.
	ListenOnly []string
	// What a short answer to Akari's question means for the next step,
	// said after the answer is reflected (「3年くらい続いているんですね。」).
	AnswerLong       []string // a worry that has gone on half a year or more
	AnswerRecent     []string // a worry that began lately
	AnswerOften      []string // it happens every day, several times a week
	AnswerSometimes  []string // now and then
	AnswerNotTold    []string // no one (or not that person) has been told, or cannot be
	AnswerTold       []string // someone has been told already
	AnswerBodyLong   []string // a sign in the body that has lasted two weeks or more
	AnswerBodyRecent []string // a sign in the body of a few days
	AnswerLead       []string // before the steps that go on from an answer
	Facets           []Facet  // cross-cutting facets, tried after the worry's own
	// Notes answer questions about rules and procedures that come up in
	// any worry (育休はパートでも取れる？, 逆質問って何聞けばいい？), after
	// the worry's own how-to notes.
	Notes []Note
}
