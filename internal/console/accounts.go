package console

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/accounts"
	"github.com/akari-career/akari/internal/akari"
)

// Accounts: everyone logs in as themselves, with a role that opens a part
// of the console (accounts.Role.May). The single login of the settings
// (AKARI_CONSOLE_USER, AKARI_CONSOLE_PASSWORD) stays as the bootstrap
// admin, so a new installation can log in and add the others. The user is
// looked up on every request, so disabling someone or changing their role
// takes effect at once, sessions included.

// Accounts keeps the console's users and the recruiters' canned replies.
type Accounts interface {
	AddUser(ctx context.Context, u accounts.User) error
	CountUsers(ctx context.Context) (int64, error)
	User(ctx context.Context, name string) (accounts.User, error)
	Users(ctx context.Context) ([]accounts.User, error)
	SetUserDisabled(ctx context.Context, name string, disabled bool) error
	CannedReplies(ctx context.Context) ([]string, error)
	SetCannedReplies(ctx context.Context, texts []string) error
}

// credentials reports whether user and pass are the bootstrap admin's or
// a live account's. Once accounts exist, every path spends the time of one
// bcrypt check, so timing does not tell which names exist; before, there
// is no name to give away and the bootstrap login is compared alone.
func (h *Handler) credentials(ctx context.Context, user, pass string) bool {
	boot := equal(user, h.opt.User) && equal(pass, h.opt.Password)
	u, err := h.opt.Store.User(ctx, user)
	switch {
	case err == nil:
		return !boot && u.Check(pass)
	case !errors.Is(err, akari.ErrNotFound):
		h.log.Error("console user not loaded", "err", err)
		return false
	}
	if n, err := h.opt.Store.CountUsers(ctx); err != nil || n > 0 {
		accounts.CheckNone(pass)
	}
	return boot
}

// withRole completes a session with its user's role, refusing users who
// are gone or disabled.
func (h *Handler) withRole(ctx context.Context, sess akari.Session) (akari.Session, error) {
	if sess.User == h.opt.User {
		sess.Role = string(accounts.Admin)
		return sess, nil
	}
	u, err := h.opt.Store.User(ctx, sess.User)
	if errors.Is(err, akari.ErrNotFound) || err == nil && u.Disabled {
		return akari.Session{}, fmt.Errorf("user %s gone or disabled: %w", sess.User, akari.ErrUnauthorized)
	}
	if err != nil {
		return akari.Session{}, err
	}
	sess.Role = string(u.Role)
	return sess, nil
}

// errRole refuses a page outside the user's role.
var errRole = errors.New("forbidden: this page is not open to your role")

// areaOf is the part of the console a path belongs to ("" for the parts
// open to everyone who is logged in).
func areaOf(path string) accounts.Area {
	switch {
	case strings.HasPrefix(path, "/console/studio/"), strings.HasPrefix(path, "/console/api/studio/"):
		return accounts.AreaStudio
	case strings.HasPrefix(path, "/console/admin/"):
		return accounts.AreaAdmin
	case strings.HasPrefix(path, "/console/leads"), strings.HasPrefix(path, "/console/api/leads"):
		return accounts.AreaLeads
	}
	return ""
}

// allow refuses a request for a part of the console the session's role
// does not open.
func (h *Handler) allow(r *http.Request, sess akari.Session) error {
	a := areaOf(r.URL.Path)
	if a == "" || accounts.Role(sess.Role).May(a) {
		return nil
	}
	h.log.Warn("console page refused to role", "user", sess.User, "role", sess.Role, "path", r.URL.Path)
	return errRole
}

// home is where a user lands: the part of the console their role opens.
func home(role string) string {
	if accounts.Role(role) == accounts.Operator {
		return "/console/studio/"
	}
	return "/console/leads"
}

type usersView struct {
	Users []accounts.User
	Roles []accounts.Role
	Boot  string
	Flash string
	Min   int
}

// usersPage lists the users, with forms to add and disable them.
func (h *Handler) usersPage(w http.ResponseWriter, r *http.Request) error {
	us, err := h.opt.Store.Users(r.Context())
	if err != nil {
		return err
	}
	v := usersView{Users: us, Roles: accounts.Roles(), Boot: h.opt.User, Min: accounts.MinPassword}
	switch r.URL.Query().Get("done") {
	case "added":
		v.Flash = "ユーザーを追加しました。"
	case "disabled":
		v.Flash = "ユーザーを無効にしました。"
	case "enabled":
		v.Flash = "ユーザーを有効に戻しました。"
	}
	return h.render(w, r, http.StatusOK, "users.html", view{Title: "ユーザー管理", Data: v})
}

func (h *Handler) addUser(w http.ResponseWriter, r *http.Request) error {
	role, err := accounts.ParseRole(r.PostForm.Get("role"))
	if err != nil {
		return err
	}
	name := strings.TrimSpace(r.PostForm.Get("name"))
	if name == h.opt.User {
		return fmt.Errorf("%w: %s is the bootstrap admin", akari.ErrConflict, name)
	}
	u, err := accounts.New(name, role, r.PostForm.Get("password"), sessionOf(r).User, time.Now())
	if err != nil {
		return err
	}
	if err := h.opt.Store.AddUser(r.Context(), u); err != nil {
		return err
	}
	h.log.Info("console user added", "user", u.Name, "role", u.Role, "by", sessionOf(r).User)
	http.Redirect(w, r, "/console/admin/users?done=added", http.StatusSeeOther)
	return nil
}

func (h *Handler) setUserDisabled(w http.ResponseWriter, r *http.Request) error {
	name, off := r.PostForm.Get("name"), r.PostForm.Get("disabled") == "1"
	if name == sessionOf(r).User {
		return fmt.Errorf("%w: you cannot disable yourself", akari.ErrInvalid)
	}
	if err := h.opt.Store.SetUserDisabled(r.Context(), name, off); err != nil {
		return err
	}
	h.log.Info("console user disabled", "user", name, "disabled", off, "by", sessionOf(r).User)
	code := "enabled"
	if off {
		code = "disabled"
	}
	http.Redirect(w, r, "/console/admin/users?done="+code, http.StatusSeeOther)
	return nil
}

// maxCanned bounds the canned replies: how many, and each one's length.
const (
	maxCanned    = 30
	maxCannedLen = 1000
)

type cannedView struct {
	Text  string
	Saved bool
}

// cannedPage edits the recruiters' canned replies: one per block, blocks
// separated by a line with --- alone.
func (h *Handler) cannedPage(w http.ResponseWriter, r *http.Request) error {
	texts, err := h.opt.Store.CannedReplies(r.Context())
	if err != nil {
		return err
	}
	return h.render(w, r, http.StatusOK, "canned.html", view{Title: "テンプレート", Data: cannedView{Text: strings.Join(texts, "\n---\n"), Saved: r.URL.Query().Get("done") == "saved"}})
}

func (h *Handler) saveCanned(w http.ResponseWriter, r *http.Request) error {
	texts := splitCanned(r.PostForm.Get("texts"))
	if len(texts) > maxCanned {
		return fmt.Errorf("%w: %d canned replies, at most %d", akari.ErrInvalid, len(texts), maxCanned)
	}
	for _, t := range texts {
		if utf8.RuneCountInString(t) > maxCannedLen {
			return fmt.Errorf("%w: a canned reply longer than %d characters", akari.ErrInvalid, maxCannedLen)
		}
	}
	if err := h.opt.Store.SetCannedReplies(r.Context(), texts); err != nil {
		return err
	}
	http.Redirect(w, r, "/console/admin/canned?done=saved", http.StatusSeeOther)
	return nil
}

// splitCanned reads the edited blocks, dropping empty ones.
func splitCanned(s string) []string {
	var out []string
	for _, b := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n---\n") {
		if b = strings.TrimSpace(b); b != "" {
			out = append(out, b)
		}
	}
	return out
}

// recruiters are the names a lead may be assigned to: the live users who
// may work on leads, and the bootstrap admin.
func (h *Handler) recruiters(ctx context.Context) ([]string, error) {
	us, err := h.opt.Store.Users(ctx)
	if err != nil {
		return nil, err
	}
	names := []string{}
	for _, u := range us {
		if !u.Disabled && u.Role.May(accounts.AreaLeads) {
			names = append(names, u.Name)
		}
	}
	return append(names, h.opt.User), nil
}

// landing is where a fresh login goes: next, unless the user's role does
// not open it (an operator is not sent to the leads).
func (h *Handler) landing(r *http.Request, user, next string) string {
	sess, err := h.withRole(r.Context(), akari.Session{User: user})
	if err != nil || accounts.Role(sess.Role).May(areaOf(next)) || areaOf(next) == "" {
		return next
	}
	return home(sess.Role)
}
