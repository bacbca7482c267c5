package console

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/akari-career/akari/internal/leads"
	"github.com/akari-career/akari/internal/privacy"
)

// The live conversation of a lead on its page: what the person wrote after
// consenting, Akari's answers and the recruiters' messages, kept up to date
// by short polling (static/inbox.js asks every few seconds for what came
// after the last message it has), and assignment.

// messageView is one message as the page and the poll show it.
type messageView struct {
	From  leads.Speaker `json:"from"`
	Who   string        `json:"who"`
	Text  string        `json:"text"`
	Media bool          `json:"media,omitempty"`
	When  string        `json:"when"`
}

func (h *Handler) messageViews(ms []leads.Message) []messageView {
	out := make([]messageView, len(ms))
	for i, m := range ms {
		v := messageView{From: m.From, Text: m.Text, Media: m.Media != "", When: m.At.In(h.jst).Format("01/02 15:04")}
		switch m.From {
		case leads.FromPerson:
			v.Who = "ご本人"
		case leads.FromAkari:
			v.Who = "Akari"
		default:
			v.Who = m.By
		}
		out[i] = v
	}
	return out
}

// pollAnswer is what a poll gets: the messages after `after`, and where
// the next poll starts.
type pollAnswer struct {
	Messages []messageView `json:"messages"`
	Next     int           `json:"next"`
}

// apiMessages answers GET /console/api/leads/{id}/messages?after=N with
// the conversation's messages from number N on, and marks them read for
// the asking recruiter.
func (h *Handler) apiMessages(w http.ResponseWriter, r *http.Request) error {
	ctx, id := r.Context(), r.PathValue("id")
	after, _ := strconv.Atoi(r.URL.Query().Get("after"))
	l, err := h.opt.Store.GetLead(ctx, id)
	if err != nil {
		return err
	}
	var ms []leads.Message
	if !l.Withdrawn() {
		if ms, err = h.opt.Store.Conversation(ctx, id, max(after, 0)); err != nil {
			return err
		}
	}
	if len(ms) > 0 {
		if err := h.opt.Store.MarkRead(ctx, id, sessionOf(r).User); err != nil {
			return err
		}
	}
	return writeJSON(w, pollAnswer{Messages: h.messageViews(ms), Next: max(after, 0) + len(ms)})
}

// take makes the recruiter the lead's assignee.
func (h *Handler) take(w http.ResponseWriter, r *http.Request) error {
	if err := h.assign(r, sessionOf(r).User); err != nil {
		return err
	}
	return done(w, r, "assignee")
}

// assign sets the assignee and tells them; the notice is a courtesy, so a
// failure is logged, not shown.
func (h *Handler) assign(r *http.Request, to string) error {
	ctx, by := r.Context(), sessionOf(r).User
	to = strings.TrimSpace(to)
	before := ""
	l, err := h.opt.Store.UpdateLead(ctx, r.PathValue("id"), by, func(l *leads.Lead) error {
		before = l.Assignee
		l.Assignee = to
		return nil
	})
	if err != nil {
		return err
	}
	if h.opt.Assigned != nil && to != "" && to != before {
		if err := h.opt.Assigned.NotifyAssigned(ctx, leads.NewAssignment(l, by, h.opt.URL)); err != nil {
			h.log.Warn("assignment notice not sent", "lead", l.ID, "err", err)
		}
	}
	return nil
}

// handBackNote is what Akari is told the recruiters last wrote: their
// messages since the person's last one, newest last, within a few
// hundred characters.
func handBackNote(ms []leads.Message) string {
	var said []string
	for i := len(ms) - 1; i >= 0 && len(said) < 3; i-- {
		if ms[i].From == leads.FromRecruiter {
			said = append([]string{ms[i].Text}, said...)
		}
	}
	note := strings.Join(said, "\n")
	if r := []rune(note); len(r) > 400 {
		note = "…" + string(r[len(r)-399:])
	}
	return note
}

// waitingFor says how long the person has waited, in the recruiters'
// words ("" when nobody waits).
func waitingFor(since, now time.Time) string {
	if since.IsZero() {
		return ""
	}
	d := now.Sub(since)
	switch {
	case d < time.Minute:
		return "たった今"
	case d < time.Hour:
		return fmt.Sprintf("%d分", int(d/time.Minute))
	case d < 48*time.Hour:
		return fmt.Sprintf("%d時間", int(d/time.Hour))
	}
	return fmt.Sprintf("%d日", int(d/(24*time.Hour)))
}

// recordMessage keeps what a recruiter wrote in the lead's conversation.
func (h *Handler) recordMessage(r *http.Request, l *leads.Lead, text string) error {
	by := sessionOf(r).User
	if err := h.opt.Store.AddRecruiterMessage(r.Context(), l.ID, leads.Message{At: time.Now().UTC(), By: by, Text: text}); err != nil {
		h.log.Error("recruiter message not kept in the conversation", "lead", l.ID, "user", privacy.HashUser(l.UserID), "err", err)
		return err
	}
	return nil
}
