package console

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/leads"
	"github.com/akari-career/akari/internal/privacy"
)

// perPage is the length of one page of the list.
const perPage = 50

// maxMessageLen bounds a recruiter's LINE message, in characters (LINE
// allows 5000 UTF-16 units; a counsellor's message is far shorter).
const maxMessageLen = 2000

// filterForm is the list's filter as typed, to refill the form.
type filterForm struct {
	Status, Category, From, To, Assignee string
}

// parseFilter reads the filter from a query. Dates are days in Japan time;
// To includes its day.
func (h *Handler) parseFilter(q url.Values) (leads.Filter, filterForm, error) {
	ff := filterForm{
		Status: q.Get("status"), Category: q.Get("category"),
		From: q.Get("from"), To: q.Get("to"), Assignee: strings.TrimSpace(q.Get("assignee")),
	}
	f := leads.Filter{Assignee: ff.Assignee}
	var err error
	if ff.Status != "" {
		if f.Status, err = leads.ParseStatus(ff.Status); err != nil {
			return f, ff, err
		}
	}
	if ff.Category != "" {
		if f.Category, err = akari.ParseCategory(ff.Category); err != nil {
			return f, ff, fmt.Errorf("%w: %v", akari.ErrInvalid, err)
		}
	}
	day := func(s string) (time.Time, error) {
		t, err := time.ParseInLocation("2006-01-02", s, h.jst)
		if err != nil {
			return t, fmt.Errorf("%w: date %q", akari.ErrInvalid, s)
		}
		return t, nil
	}
	if ff.From != "" {
		if f.From, err = day(ff.From); err != nil {
			return f, ff, err
		}
	}
	if ff.To != "" {
		if f.To, err = day(ff.To); err != nil {
			return f, ff, err
		}
		f.To = f.To.AddDate(0, 0, 1)
	}
	return f, ff, nil
}

// query encodes the filter (and a page) back into a query string.
func (ff filterForm) query(status string, page int) string {
	q := url.Values{}
	for k, v := range map[string]string{"status": status, "category": ff.Category, "from": ff.From, "to": ff.To, "assignee": ff.Assignee} {
		if v != "" {
			q.Set(k, v)
		}
	}
	if page > 1 {
		q.Set("page", strconv.Itoa(page))
	}
	if len(q) == 0 {
		return ""
	}
	return "?" + q.Encode()
}

type option struct {
	Value, Label string
	Selected     bool
}

type statusCount struct {
	Label  string
	Count  int
	URL    string
	Active bool
}

// leadRow is a lead in the list with where its conversation stands for the
// viewer.
type leadRow struct {
	*leads.Lead
	Unread  int
	Waiting string // how long the person waits for an answer
}

type listView struct {
	Filter     filterForm
	Rows       []leadRow
	Mine       string // the link to the viewer's own leads
	MineActive bool
	MyWaiting  int
	Page       leads.Page
	Counts     []statusCount
	Statuses   []option
	Categories []option
	CSV        string
	Prev, Next string
	From, To   int // the rows shown, 1-based
}

// list shows the leads with filters and per-status counts.
func (h *Handler) list(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	f, ff, err := h.parseFilter(q)
	if err != nil {
		return err
	}
	pageNo, _ := strconv.Atoi(q.Get("page"))
	pageNo = max(pageNo, 1)
	p, err := h.opt.Store.ListLeads(r.Context(), f, perPage, (pageNo-1)*perPage)
	if err != nil {
		return err
	}
	me := sessionOf(r).User
	v := listView{Filter: ff, Page: p, CSV: "/console/leads.csv" + ff.query(ff.Status, 0)}
	ids := make([]string, len(p.Leads))
	for i, l := range p.Leads {
		ids[i] = l.ID
	}
	boxes, err := h.opt.Store.Inboxes(r.Context(), ids, me)
	if err != nil {
		return err
	}
	now := time.Now()
	for _, l := range p.Leads {
		b := boxes[l.ID]
		v.Rows = append(v.Rows, leadRow{Lead: l, Unread: b.Unread, Waiting: waitingFor(b.Waiting, now)})
	}
	if me != "" {
		v.Mine = "/console/leads" + filterForm{Assignee: me}.query("", 0)
		v.MineActive = ff.Assignee == me
		if v.MyWaiting, err = h.opt.Store.WaitingCount(r.Context(), me); err != nil {
			return err
		}
	}
	v.Counts = append(v.Counts, statusCount{Label: "すべて", Count: p.Counts.Total(), URL: "/console/leads" + ff.query("", 0), Active: ff.Status == ""})
	v.Statuses = append(v.Statuses, option{Value: "", Label: "すべて"})
	for _, s := range leads.Statuses() {
		v.Counts = append(v.Counts, statusCount{Label: statusLabel(s), Count: p.Counts[s], URL: "/console/leads" + ff.query(string(s), 0), Active: ff.Status == string(s)})
		v.Statuses = append(v.Statuses, option{Value: string(s), Label: statusLabel(s), Selected: ff.Status == string(s)})
	}
	v.Categories = append(v.Categories, option{Value: "", Label: "すべて"})
	for _, c := range akari.Categories() {
		v.Categories = append(v.Categories, option{Value: string(c), Label: h.opt.Label(c), Selected: ff.Category == string(c)})
	}
	if pageNo > 1 {
		v.Prev = "/console/leads" + ff.query(ff.Status, pageNo-1)
	}
	if pageNo*perPage < p.Total {
		v.Next = "/console/leads" + ff.query(ff.Status, pageNo+1)
	}
	if len(p.Leads) > 0 {
		v.From, v.To = (pageNo-1)*perPage+1, (pageNo-1)*perPage+len(p.Leads)
	}
	return h.render(w, r, http.StatusOK, "leads.html", view{Title: "相談者一覧", Data: v})
}

type leadView struct {
	Lead       *leads.Lead
	Messages   []messageView
	Next       int // where the page's poll starts
	Mine       bool
	Recruiters []string // names offered for the assignee
	Canned     []string // canned replies to start a message from
	Moves      []option
	Human      akari.Takeover
	CanMessage bool
	Minutes    int
	Flash      string
}

// flashes are the confirmations after a form, keyed by a fixed code so
// nothing from the URL is echoed.
func flash(code string) string {
	switch code {
	case "status":
		return "状態を変更しました。"
	case "assignee":
		return "担当者を変更しました。"
	case "note":
		return "メモを追加しました。"
	case "sent":
		return "メッセージを送りました。しばらくの間、Akariは返信を控えます。"
	case "handback":
		return "会話をAkariに戻しました。"
	}
	return ""
}

// lead shows one lead.
func (h *Handler) lead(w http.ResponseWriter, r *http.Request) error {
	l, err := h.opt.Store.GetLead(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	v := leadView{Lead: l, Flash: flash(r.URL.Query().Get("done")), Minutes: int(h.opt.HumanTimeout / time.Minute)}
	for _, s := range leads.Statuses() {
		if leads.CanMove(l.Status, s) == nil {
			v.Moves = append(v.Moves, option{Value: string(s), Label: statusLabel(s)})
		}
	}
	if l.UserID != "" {
		if v.Human, err = h.opt.Store.HumanState(r.Context(), l.UserID); err != nil {
			return err
		}
	}
	v.CanMessage = h.opt.Pusher != nil && l.UserID != "" && !l.Withdrawn()
	v.Mine = l.Assignee != "" && l.Assignee == sessionOf(r).User
	if v.Recruiters, err = h.recruiters(r.Context()); err != nil {
		return err
	}
	if v.CanMessage {
		if v.Canned, err = h.opt.Store.CannedReplies(r.Context()); err != nil {
			return err
		}
	}
	if !l.Withdrawn() {
		ms, err := h.opt.Store.Conversation(r.Context(), l.ID, 0)
		if err != nil {
			return err
		}
		v.Messages, v.Next = h.messageViews(ms), len(ms)
		if err := h.opt.Store.MarkRead(r.Context(), l.ID, sessionOf(r).User); err != nil {
			return err
		}
	}
	name := l.DisplayName
	if name == "" {
		name = "（お名前なし）"
	}
	return h.render(w, r, http.StatusOK, "lead.html", view{Title: name + " さん", Data: v})
}

// done sends the browser back to the lead's page with a confirmation.
func done(w http.ResponseWriter, r *http.Request, code string) error {
	http.Redirect(w, r, "/console/leads/"+url.PathEscape(r.PathValue("id"))+"?done="+code, http.StatusSeeOther)
	return nil
}

// setStatus moves the lead. The form carries the status the recruiter saw,
// so a change made meanwhile by someone else is a conflict, not a surprise.
func (h *Handler) setStatus(w http.ResponseWriter, r *http.Request) error {
	to, err := leads.ParseStatus(r.PostForm.Get("status"))
	if err != nil {
		return err
	}
	seen := leads.Status(r.PostForm.Get("from"))
	_, err = h.opt.Store.UpdateLead(r.Context(), r.PathValue("id"), sessionOf(r).User, func(l *leads.Lead) error {
		if seen != "" && l.Status != seen {
			return fmt.Errorf("%w: status is %s, not %s", akari.ErrConflict, l.Status, seen)
		}
		l.Status = to
		return nil
	})
	if err != nil {
		return err
	}
	return done(w, r, "status")
}

func (h *Handler) setAssignee(w http.ResponseWriter, r *http.Request) error {
	if err := h.assign(r, r.PostForm.Get("assignee")); err != nil {
		return err
	}
	return done(w, r, "assignee")
}

func (h *Handler) addNote(w http.ResponseWriter, r *http.Request) error {
	text := r.PostForm.Get("text")
	_, err := h.opt.Store.UpdateLead(r.Context(), r.PathValue("id"), sessionOf(r).User, func(l *leads.Lead) error {
		l.Notes = append(l.Notes, leads.Note{Text: text})
		return nil
	})
	if err != nil {
		return err
	}
	return done(w, r, "note")
}

// sendMessage writes to the person in Akari's place: Akari goes quiet
// first (so it cannot answer over the recruiter), then the text is pushed;
// if the push fails, a takeover this request started is undone. The text
// joins the lead's conversation, so colleagues see what was said.
func (h *Handler) sendMessage(w http.ResponseWriter, r *http.Request) error {
	ctx, sess := r.Context(), sessionOf(r)
	text := strings.TrimSpace(r.PostForm.Get("text"))
	switch {
	case h.opt.Pusher == nil:
		return fmt.Errorf("%w: no LINE sender configured", akari.ErrInvalid)
	case text == "" || utf8.RuneCountInString(text) > maxMessageLen:
		return fmt.Errorf("%w: message of %d characters", akari.ErrInvalid, utf8.RuneCountInString(text))
	}
	l, err := h.opt.Store.GetLead(ctx, r.PathValue("id"))
	if err != nil {
		return err
	}
	if l.Withdrawn() || l.UserID == "" {
		return fmt.Errorf("%w: the person withdrew", akari.ErrInvalid)
	}
	before, err := h.opt.Store.HumanState(ctx, l.UserID)
	if err != nil {
		return err
	}
	if err := h.opt.Store.SetHumanActive(ctx, l.UserID, sess.User, time.Now().Add(h.opt.HumanTimeout)); err != nil {
		return err
	}
	if err := h.opt.Pusher.Push(ctx, l.UserID, text); err != nil {
		if !before.Active {
			if cerr := h.opt.Store.ClearHuman(ctx, l.UserID); cerr != nil {
				h.log.Error("undo takeover after failed push", "user", privacy.HashUser(l.UserID), "err", cerr)
			}
		}
		return fmt.Errorf("push recruiter message: %w", err)
	}
	h.log.Info("recruiter wrote to the person", "lead", l.ID, "user", privacy.HashUser(l.UserID), "by", sess.User)
	if err := h.recordMessage(r, l, text); err != nil {
		return fmt.Errorf("the message was sent, but recording it failed: %w", err)
	}
	_, err = h.opt.Store.UpdateLead(ctx, l.ID, sess.User, func(l *leads.Lead) error {
		l.Record(time.Time{}, "", leads.ActionMessage, "", "")
		return nil
	})
	if err != nil {
		return fmt.Errorf("the message was sent, but recording it failed: %w", err)
	}
	return done(w, r, "sent")
}

// handBack gives the conversation back to Akari, with a note of what the
// recruiters last wrote: Akari keeps it in mind and tells the person, on
// their next message, that she is back.
func (h *Handler) handBack(w http.ResponseWriter, r *http.Request) error {
	ctx, sess := r.Context(), sessionOf(r)
	l, err := h.opt.Store.GetLead(ctx, r.PathValue("id"))
	if err != nil {
		return err
	}
	if l.UserID != "" {
		ms, err := h.opt.Store.Conversation(ctx, l.ID, 0)
		if err != nil {
			return err
		}
		if err := h.opt.Store.HandBack(ctx, l.UserID, handBackNote(ms)); err != nil {
			return err
		}
	}
	if !l.Withdrawn() {
		if _, err := h.opt.Store.UpdateLead(ctx, l.ID, sess.User, func(l *leads.Lead) error {
			l.Record(time.Time{}, "", leads.ActionHandBack, "", "")
			return nil
		}); err != nil {
			return err
		}
	}
	return done(w, r, "handback")
}
