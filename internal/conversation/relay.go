package conversation

import (
	"fmt"
	"slices"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/leads"
)

// kindOf says what the person's text message is, before it is acted on:
// an answer to the intake (or its consent question), a tap on a chip Akari
// just offered, or their own words. A sign of crisis is always their own
// words.
func (e *Engine) kindOf(st *akari.State, raw string, c akari.Classification) akari.TurnKind {
	switch {
	case c.Crisis:
		return akari.TurnWords
	case st.Intake != nil && !st.Intake.Paused && st.Intake.Step == akari.StepConsent:
		return akari.TurnConsent
	case st.Intake != nil && !st.Intake.Paused:
		return akari.TurnIntake
	case slices.Contains(st.Chips, raw):
		return akari.TurnChip
	}
	return akari.TurnWords
}

// chipTexts are the texts a tap on one of the chips sends as a message.
func chipTexts(qs []akari.QuickReply) []string {
	var out []string
	for _, q := range qs {
		if q.Data != "" {
			continue // a postback, told apart by its kind
		}
		if q.Text != "" {
			out = append(out, q.Text)
		} else {
			out = append(out, q.Label)
		}
	}
	return out
}

// handBack keeps in the state what the recruiter said before handing the
// conversation back, so Akari goes on knowing it, and returns the line
// that tells the person Akari is back ("" when there is nothing to say).
func (e *Engine) handBack(st *akari.State, ev akari.Event, t akari.Takeover) string {
	if t.Active || t.HandBack == "" {
		return ""
	}
	switch ev.Kind {
	case akari.EventText, akari.EventPostback, akari.EventNonText:
	default:
		return ""
	}
	line, err := e.Script.Line("hand_back", st, Vars{})
	if err != nil {
		return ""
	}
	st.Turns = append(st.Turns, akari.AkariTurn("（担当者からご本人へのメッセージ）"+e.Masker.Mask(t.HandBack), st.Category, e.Now()))
	st.Asked = "" // a recruiter's words are not Akari's question
	return line
}

// relay is what the event adds to the lead's conversation: the person's
// message (masked, or what kind of file they sent) and Akari's answer.
// Nothing is relayed without a lead the person consented to before this
// event, nor when they are taking it back or erasing it.
func (e *Engine) relay(st *akari.State, ev akari.Event, leadID string, fresh []akari.Turn, r Result) *leads.Relay {
	if leadID == "" || r.Effects.WithdrawLeads || r.Effects.DeleteLeads {
		return nil
	}
	now := e.Now()
	var person leads.Message
	switch ev.Kind {
	case akari.EventText:
		person = leads.Message{At: now, From: leads.FromPerson, Text: e.Masker.Mask(ev.Text)}
		if i := slices.IndexFunc(fresh, func(t akari.Turn) bool { return t.Role == akari.RoleUser }); i >= 0 {
			person.At, person.Text = fresh[i].At, fresh[i].Text // as recorded
		}
	case akari.EventPostback:
		text := ev.Text
		if text == "" {
			text = "（ボタンを押しました）"
		}
		person = leads.Message{At: now, From: leads.FromPerson, Text: e.Masker.Mask(text)}
	case akari.EventNonText:
		person = leads.Message{At: now, From: leads.FromPerson, Media: ev.Media, Text: leads.MediaText(ev.Media)}
	default:
		return nil
	}
	msgs := []leads.Message{person}
	for _, m := range r.Reply.Messages {
		text := m.Text
		if len(m.Cards) > 0 {
			text = fmt.Sprintf("（求人を%d件ご紹介しました）", len(m.Cards))
		}
		if text != "" {
			msgs = append(msgs, leads.Message{At: now, From: leads.FromAkari, Text: text})
		}
	}
	return &leads.Relay{LeadID: leadID, EventID: ev.ID, Messages: msgs}
}
