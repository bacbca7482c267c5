package conversation

import (
	"context"
	"crypto/sha1"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/facts"
	"github.com/akari-career/akari/internal/jatext"
	"github.com/akari-career/akari/internal/leads"
)

// consentScope: the consent text lists the answers, the jobs of interest,
// the summary and the conversation, so the lead may hold all of them.
var consentScope = leads.Scope{Answers: true, Summary: true, Transcript: true}

// startIntake begins (or resumes) the かんたん登録 that leads to a recruiter.
func (e *Engine) startIntake(st *akari.State) (Result, error) {
	switch {
	case st.InCare():
		return e.line("lead_unavailable", st, Vars{}, "")
	case st.LeadID != "":
		return e.line("lead_exists", st, Vars{}, "")
	}
	lead := "intake_start"
	if st.Intake != nil {
		st.Intake.Paused, st.Intake.Retries = false, 0
		if st.Intake.Answers == nil {
			st.Intake.Answers = map[string]string{}
		}
		lead = "intake_resume"
	} else {
		st.Intake = &akari.Intake{Step: akari.StepArea, Answers: map[string]string{}}
	}
	st.Stage = akari.StageIntake
	intro, err := e.Script.Line(lead, st, Vars{})
	if err != nil {
		return Result{}, err
	}
	r, err := e.ask(st)
	r.Reply.Messages = append([]akari.Message{{Text: intro}}, r.Reply.Messages...)
	return r, err
}

// ask puts the intake's current question. When the conversation already
// told the answer, Akari offers it for the person to confirm with one tap
// rather than asking as if she had not listened.
func (e *Engine) ask(st *akari.State) (Result, error) {
	step := st.Intake.Step
	v := Vars{}
	if step == akari.StepConsent {
		v = e.consentVars(st)
	}
	r, err := e.line("intake_"+string(step), st, v, "intake_"+string(step))
	if err != nil {
		return r, err
	}
	if step == akari.StepConsent {
		// What the person sees is what they agree to: keep it for the lead.
		st.Intake.Answers["_consent"] = r.Reply.Messages[0].Text
	}
	st.Intake.Suggested = e.suggest(st, step)
	if s := st.Intake.Suggested; s != "" {
		known, err := e.Script.Line("intake_known", st, Vars{Known: s})
		if err != nil {
			return r, err
		}
		r.Reply.Messages = append(r.Reply.Messages, akari.Message{Text: known})
		r.Reply.QuickReplies = append([]akari.QuickReply{{Label: "はい", Text: "はい"}}, r.Reply.QuickReplies...)
	}
	return r, nil
}

// suggest is the answer to step the conversation already gave: where the
// person lives or works, the way of working or the remote work they said
// they want. Their current employment is not their wish, so it is not
// offered.
func (e *Engine) suggest(st *akari.State, step akari.IntakeStep) string {
	known := facts.FromState(st.Known)
	switch step {
	case akari.StepArea:
		if p := st.Facts[factPrefecture]; p != "" {
			return p
		}
		if a, ok := known.Get(facts.Area); ok {
			if p := jatext.PrefectureIn(a.Value); p != "" {
				return p
			}
		}
	case akari.StepRemote:
		switch {
		case st.Facts[factRemote] == "full":
			return "フル在宅を希望"
		case st.Facts[factRemote] == "partial", known.Has(facts.Wishes, "在宅勤務"):
			return "在宅勤務を希望"
		}
	case akari.StepEmployment:
		if v := st.Facts[factEmployment]; v != "" {
			return v
		}
		for _, w := range []string{jatext.FullTime, jatext.Contract, jatext.Dispatch, jatext.PartTime} {
			if known.Has(facts.Wishes, w) {
				return w
			}
		}
	}
	return ""
}

// intakeAnswer takes the person's answer to the current question. raw is
// the message as typed: a phone number must not be masked here, it is
// what the person chose to share.
//
// It reports false, with the intake paused, when the message asks a
// question of its own instead of answering (面談までに準備しとくことある？):
// the caller answers it.
func (e *Engine) intakeAnswer(ctx context.Context, st *akari.State, ev akari.Event, raw string) (Result, bool, error) {
	r, err := e.intakeStep(ctx, st, ev, raw)
	if errors.Is(err, errAsksInstead) {
		return Result{}, false, nil
	}
	return r, true, err
}

// maxThanksRunes: a longer message with thanks in it says more than
// thanks (ありがとう、東京都でお願いします).
const maxThanksRunes = 12

// errAsksInstead: the message asks a question instead of answering one.
var errAsksInstead = errors.New("a question instead of an answer")

// intakeStep is intakeAnswer's work; it returns errAsksInstead, with the
// intake paused, for a question in place of an answer.
func (e *Engine) intakeStep(ctx context.Context, st *akari.State, ev akari.Event, raw string) (Result, error) {
	in := st.Intake
	if in.Answers == nil { // an empty map does not survive storage
		in.Answers = map[string]string{}
	}
	f := fold(raw)
	if e.intents.isLeave(f) {
		in.Paused = true
		st.Stage = akari.StageGuiding
		return e.line("intake_left", st, Vars{}, "guiding")
	}
	if in.Step == akari.StepConsent {
		switch {
		case e.intents.isYes(f):
			return e.createLead(ctx, st, ev)
		case e.intents.isNo(f):
			st.Intake = nil // nothing is shared, and nothing is kept
			st.Stage = akari.StageGuiding
			return e.line("intake_declined", st, Vars{}, "guiding")
		}
		return e.reask(st, "intake_choice_invalid")
	}
	if e.intents.handoverShared(f) || e.intents.handoverCancel(f) {
		// 「その人に何が伝わるのか教えてください」 is no answer to any
		// question of the intake, whatever it names.
		in.Paused = true
		st.Stage = akari.StageGuiding
		return Result{}, errAsksInstead
	}
	if f.is(e.intents.listen.thanks) && !f.is(e.intents.listen.question) && utf8.RuneCountInString(string(f)) <= maxThanksRunes {
		// 「ありがとね！」 is thanks, not where they want to work: the
		// intake waits, to go on whenever they like.
		in.Paused = true
		st.Stage = akari.StageGuiding
		return e.line("intake_thanks", st, Vars{}, "guiding")
	}
	if f.is(backToTopic) {
		// 「さっき言っとった残業の上限の話、今の会社守っとらん気がする」:
		// back to the worry, not an answer; it is answered, and the
		// questions wait.
		in.Paused = true
		st.Stage = akari.StageGuiding
		return Result{}, errAsksInstead
	}
	if e.intents.wantsJobs(f) {
		// 「保育以外の事務とかの求人も見せてや」 answers no question of the
		// intake, though a place's free text would take it: the listings
		// first, and the intake waits.
		in.Paused = true
		st.Stage = akari.StageGuiding
		return Result{}, errAsksInstead
	}
	if in.Suggested != "" && e.intents.isYes(f) {
		raw, f = in.Suggested, fold(in.Suggested) // confirmed with one tap
	}
	in.Suggested = ""
	answer, ok := e.intents.isSkip(f), false
	if answer {
		in.Answers[string(in.Step)], ok = "", true
	} else if v, valid := e.validate(st, in.Step, raw); valid {
		in.Answers[string(in.Step)], ok = v, true
	}
	if !ok && e.asksInstead(f) {
		in.Paused = true
		st.Stage = akari.StageGuiding
		return Result{}, errAsksInstead
	}
	if !ok {
		if in.Retries >= 2 { // do not trap anyone in a loop: move on
			in.Answers[string(in.Step)] = ""
		} else {
			key := "intake_choice_invalid"
			if in.Step == akari.StepPhone {
				key = "intake_phone_invalid"
			}
			return e.reask(st, key)
		}
	}
	in.Retries = 0
	steps := akari.IntakeSteps()
	in.Step = steps[slices.Index(steps, in.Step)+1]
	return e.ask(st)
}

// reask explains kindly what was not understood and asks again.
func (e *Engine) reask(st *akari.State, key string) (Result, error) {
	st.Intake.Retries++
	why, err := e.Script.Line(key, st, Vars{})
	if err != nil {
		return Result{}, err
	}
	r, err := e.ask(st)
	if err != nil {
		return r, err
	}
	r.Reply.Messages = []akari.Message{{Text: why}}
	if st.Intake.Step == akari.StepConsent {
		r.Reply.Messages = append(r.Reply.Messages, akari.Message{Text: st.Intake.Answers["_consent"]})
	}
	return r, nil
}

// validate checks an answer and returns it in a tidy form.
func (e *Engine) validate(st *akari.State, step akari.IntakeStep, raw string) (string, bool) {
	text := strings.TrimSpace(raw)
	f := string(fold(text))
	if st.Facts == nil {
		st.Facts = map[string]string{}
	}
	switch step {
	case akari.StepArea:
		if e.intents.widenArea.MatchString(f) || strings.Contains(f, "どこでも") {
			delete(st.Facts, factPrefecture)
			return "在宅ならどこでも", true
		}
		if p := areaIn(text); p != "" {
			st.Facts[factPrefecture] = p
			return p, true
		}
		n := utf8.RuneCountInString(text)
		return text, n >= 2 && n <= 30 && !strings.ContainsAny(text, "?？")
	case akari.StepRemote:
		switch {
		case strings.Contains(f, "フル") || strings.Contains(f, "完全") || strings.Contains(f, "全部"):
			st.Facts[factRemote] = "full"
			return "フル在宅を希望", true
		case strings.Contains(f, "一部") || strings.Contains(f, "週") || strings.Contains(f, "ハイブリッド") || strings.Contains(f, "たまに"):
			st.Facts[factRemote] = "partial"
			return "一部在宅を希望", true
		case strings.Contains(f, "出社") || strings.Contains(f, "こだわらな") || strings.Contains(f, "どちらでも") || strings.Contains(f, "不要") || strings.Contains(f, "なくていい"):
			delete(st.Facts, factRemote)
			return "出社でも大丈夫", true
		case strings.Contains(f, "在宅") || strings.Contains(f, "リモート"):
			st.Facts[factRemote] = "partial"
			return "在宅勤務を希望", true
		}
	case akari.StepEmployment:
		for _, w := range jatext.EmploymentWords() {
			if strings.Contains(f, w.Word) {
				st.Facts[factEmployment] = w.Employment
				return w.Employment, true
			}
		}
		if strings.Contains(f, "こだわらな") || strings.Contains(f, "なんでも") || strings.Contains(f, "何でも") || strings.Contains(f, "問わな") {
			delete(st.Facts, factEmployment)
			return "こだわらない", true
		}
	case akari.StepTime:
		n := utf8.RuneCountInString(text)
		return text, n >= 2 && n <= 40
	case akari.StepPhone:
		if d := e.intents.phoneNumber(text); d != "" {
			return d, true
		}
	}
	return "", false
}

// intakeLabels names the answers in the consent text and the lead.
var intakeLabels = []struct {
	step  akari.IntakeStep
	label string
}{
	{akari.StepArea, "希望勤務地"}, {akari.StepRemote, "在宅の希望"}, {akari.StepEmployment, "雇用形態"},
	{akari.StepTime, "連絡のつきやすい時間帯"}, {akari.StepPhone, "電話番号"},
}

func (e *Engine) consentVars(st *akari.State) Vars {
	var b strings.Builder
	for _, l := range intakeLabels {
		if v := st.Intake.Answers[string(l.step)]; v != "" {
			fmt.Fprintf(&b, "・%s：%s\n", l.label, v)
		}
	}
	var names []string
	for _, id := range st.Interested {
		if e.Jobs == nil {
			break
		}
		if title, company, ok := e.Jobs.Describe(id); ok {
			names = append(names, title+"（"+company+"）")
		}
	}
	return Vars{Answers: strings.TrimRight(b.String(), "\n"), Jobs: strings.Join(names, "、")}
}

// createLead decides the lead the person just consented to; the caller
// stores it and tells the recruiters. Its id comes from the event, so a
// retried event cannot make a second lead.
func (e *Engine) createLead(ctx context.Context, st *akari.State, ev akari.Event) (Result, error) {
	in := st.Intake
	if st.InCare() {
		st.Intake = nil
		return e.line("lead_unavailable", st, Vars{}, "")
	}
	l := &leads.Lead{
		ID:          leadID(ev.ID),
		UserID:      st.UserID,
		DisplayName: st.Profile.DisplayName,
		Answers: leads.Answers{
			Area: in.Answers[string(akari.StepArea)], Remote: in.Answers[string(akari.StepRemote)],
			EmploymentType: in.Answers[string(akari.StepEmployment)], ContactTime: in.Answers[string(akari.StepTime)],
			Phone: in.Answers[string(akari.StepPhone)],
		},
		Category:   st.Category,
		Summary:    e.leadSummary(ctx, st),
		Consent:    leads.Consent{Text: in.Answers["_consent"], At: e.Now(), Scope: consentScope},
		Transcript: slices.Clone(st.Turns),
	}
	if !l.Category.Valid() {
		l.Category = akari.Other
	}
	for _, id := range st.Interested {
		if e.Jobs == nil {
			break
		}
		if title, company, ok := e.Jobs.Describe(id); ok {
			l.Jobs = append(l.Jobs, leads.JobRef{ID: id, Title: title, Company: company})
		}
	}
	v := Vars{Answers: e.consentVars(st).Answers, ContactTime: in.Answers[string(akari.StepTime)]}
	st.LeadID, st.Intake, st.Stage = l.ID, nil, akari.StageHandoff
	r, err := e.line("intake_done", st, v, "")
	r.Effects.Lead = l
	return r, err
}

// leadSummary is the short summary a recruiter reads first.
func (e *Engine) leadSummary(ctx context.Context, st *akari.State) string {
	var user []akari.Turn
	for _, t := range st.Turns {
		if t.Own() {
			user = append(user, t)
		}
	}
	if e.Summarizer == nil {
		return st.Summary
	}
	s, err := e.Summarizer.Fold(ctx, st.Summary, user)
	if err != nil {
		e.Log.WarnContext(ctx, "lead summary", "err", err)
	}
	return s
}

func leadID(eventID string) string {
	sum := sha1.Sum([]byte("akari/lead/" + eventID))
	return fmt.Sprintf("L%x", sum[:8])
}

// withdraw takes back every lead the person consented to. A lead may
// exist from before a リセット, so the leads are withdrawn even when the
// state names none; withdrawing is harmless.
func (e *Engine) withdraw(st *akari.State) (Result, error) {
	st.Intake = nil
	key := "withdraw_none"
	if st.LeadID != "" {
		key = "withdraw_done"
		st.LeadID = ""
		st.Stage = akari.StageGuiding
	}
	r, err := e.line(key, st, Vars{}, "")
	r.Effects.WithdrawLeads = true
	return r, err
}

// asksInstead reports whether f, which answers no intake question, asks
// one of its own: a question of some length, or what to do or how.
func (e *Engine) asksInstead(f folded) bool {
	li := e.intents.listen
	if f.is(li.whatFirst) || f.is(li.howTo) {
		return true
	}
	if e.intents.handoverShared(f) || e.intents.handoverCancel(f) {
		return true
	}
	// A question, at the end or in the middle (…どこまで伝わるんですか？
	// 愚痴も言っちゃったので).
	return (f.is(li.question) || strings.ContainsAny(string(f), "?？")) && utf8.RuneCountInString(string(f)) >= minAsideRunes
}

// minAsideRunes: a shorter question (どこ？, 在宅は？) is taken as an
// attempt to answer.
const minAsideRunes = 8
