package console

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"net/http"
	"strings"
	"time"

	"github.com/akari-career/akari/internal/accounts"
	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/leads"
)

// embedded holds the built-in templates and static files; Options.Assets
// replaces it for operators who want their own.
//
//go:embed templates static
var embedded embed.FS

// view is what every page gets: its title, the session (for the header and
// the CSRF token of every form) and the page's own data.
type view struct {
	Title   string
	Session akari.Session
	Data    any
}

func (h *Handler) funcs() template.FuncMap {
	return template.FuncMap{
		"category": h.opt.Label,
		// Audit entries hold statuses as plain strings.
		"status": func(v any) string { return statusLabel(leads.Status(fmt.Sprint(v))) },
		// tel keeps only what a phone number is made of, so the link is safe.
		"tel": func(phone string) template.URL {
			return template.URL("tel:" + strings.Map(func(r rune) rune {
				if r == '+' || r >= '0' && r <= '9' {
					return r
				}
				if r >= '０' && r <= '９' {
					return r - '０' + '0'
				}
				return -1
			}, phone))
		},
		"action": actionLabel,
		// may reports whether a role opens an area, for the navigation.
		"may":  func(role, area string) bool { return accounts.Role(role).May(accounts.Area(area)) },
		"role": accountRoleLabel,
		"jst": func(t time.Time) string {
			if t.IsZero() {
				return "—"
			}
			// Recruiters may read this anywhere; the zone says which clock.
			return t.In(h.jst).Format("2006/01/02 15:04 MST")
		},
	}
}

func (h *Handler) parseTemplates() (map[string]*template.Template, error) {
	// Each page is rendered inside layout.html.
	pages := map[string]*template.Template{}
	for _, name := range []string{"login.html", "leads.html", "lead.html", "error.html", "users.html", "canned.html"} {
		t, err := template.New(name).Funcs(h.funcs()).ParseFS(h.opt.Assets, "templates/layout.html", "templates/"+name)
		if err != nil {
			return nil, err
		}
		pages[name] = t
	}
	return pages, nil
}

// render executes a page into a buffer first, so that a template error
// becomes a clean 500 rather than half a page.
func (h *Handler) render(w http.ResponseWriter, r *http.Request, status int, page string, v view) error {
	v.Session = sessionOf(r)
	var buf bytes.Buffer
	if err := h.pages[page].ExecuteTemplate(&buf, "layout", v); err != nil {
		return err
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, err := buf.WriteTo(w)
	return err
}

// statusLabel is a status in the recruiters' words.
func statusLabel(s leads.Status) string {
	switch s {
	case leads.StatusNew:
		return "新規"
	case leads.StatusContacted:
		return "連絡済み"
	case leads.StatusInterview:
		return "面談"
	case leads.StatusApplied:
		return "応募済み"
	case leads.StatusOffer:
		return "内定"
	case leads.StatusClosed:
		return "終了"
	case leads.StatusWithdrawn:
		return "本人取り下げ"
	}
	return string(s)
}

// actionLabel names an audit action.
func actionLabel(a leads.Action) string {
	switch a {
	case leads.ActionCreated:
		return "受付"
	case leads.ActionStatus:
		return "状態の変更"
	case leads.ActionAssignee:
		return "担当者の変更"
	case leads.ActionNote:
		return "メモの追加"
	case leads.ActionMessage:
		return "LINEでメッセージ送信"
	case leads.ActionHandBack:
		return "Akariに戻す"
	case leads.ActionWithdrawn:
		return "本人による取り下げ"
	case leads.ActionDeleted:
		return "本人によるデータ削除"
	case leads.ActionExpired:
		return "保存期間の経過による削除"
	}
	return string(a)
}

// accountRoleLabel is a role in the console's words.
func accountRoleLabel(r accounts.Role) string {
	switch r {
	case accounts.Recruiter:
		return "担当者（相談者の対応）"
	case accounts.Operator:
		return "オペレーター（スタジオ）"
	case accounts.Admin:
		return "管理者（すべて）"
	}
	return string(r)
}
