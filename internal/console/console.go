// Package console is the recruiters' web console under /console/: a login,
// the list of leads with filters and per-status counts, a lead's page
// (answers, consented summary and transcript, notes, status, assignee, audit
// trail, and writing to the person in place of Akari), a CSV export and a
// JSON API. Pages are rendered on the server with html/template from
// embedded assets; sessions and the login slow-down live in Redis (through
// small interfaces) so that several replicas can serve it.
package console

import (
	"context"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"path"
	"strings"
	"time"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/leads"
)

// Leads is what the console reads and changes of leads.
type Leads interface {
	GetLead(ctx context.Context, id string) (*leads.Lead, error)
	ListLeads(ctx context.Context, f leads.Filter, limit, offset int) (leads.Page, error)
	UpdateLead(ctx context.Context, id, by string, edit func(*leads.Lead) error) (*leads.Lead, error)
}

// Takeover hands a conversation to a recruiter and back to Akari.
type Takeover interface {
	SetHumanActive(ctx context.Context, userID, recruiter string, until time.Time) error
	HumanState(ctx context.Context, userID string) (akari.Takeover, error)
	ClearHuman(ctx context.Context, userID string) error
	// HandBack ends a takeover leaving Akari a note of what was said.
	HandBack(ctx context.Context, userID, note string) error
}

// Inbox is the live side of leads: each lead's conversation after consent,
// who has read what, and lists that stream.
type Inbox interface {
	Conversation(ctx context.Context, leadID string, from int) ([]leads.Message, error)
	Inboxes(ctx context.Context, ids []string, user string) (map[string]leads.Inbox, error)
	MarkRead(ctx context.Context, leadID, user string) error
	AddRecruiterMessage(ctx context.Context, leadID string, m leads.Message) error
	// WaitingCount counts the assignee's leads whose person waits for an
	// answer.
	WaitingCount(ctx context.Context, assignee string) (int, error)
	// EachLead streams the leads matching f, newest first.
	EachLead(ctx context.Context, f leads.Filter, fn func(*leads.Lead) error) error
}

// Sessions keeps console logins; the store keeps them in Redis so that
// every replica of the console sees the same ones.
type Sessions interface {
	CreateSession(ctx context.Context, user string, ttl time.Duration) (akari.Session, error)
	// Session returns the live session with this token; akari.ErrNotFound
	// when there is none (unknown, logged out or expired).
	Session(ctx context.Context, token string) (akari.Session, error)
	DeleteSession(ctx context.Context, token string) error
}

// LoginThrottle counts failed logins per key and locks a key for a while;
// the console decides the policy (LoginPolicy: how many failures, how long).
type LoginThrottle interface {
	LoginFailed(ctx context.Context, key string, window time.Duration) (int64, error)
	LockLogin(ctx context.Context, key string, d time.Duration) error
	LoginLocked(ctx context.Context, key string) (time.Duration, error)
	LoginSucceeded(ctx context.Context, key string) error
}

// Backend is everything the console keeps in Redis; internal/app hands in
// the store, which is one.
type Backend interface {
	Leads
	Inbox
	Accounts
	Takeover
	Sessions
	LoginThrottle
}

// Pusher sends a text to a person on LINE.
type Pusher interface {
	Push(ctx context.Context, userID, text string) error
}

// LoginPolicy is the slow-down after failed logins. After Threshold
// failures under one user name from one address (IPThreshold from one
// address under any names, higher since an office shares one) within
// Window, logins under that key wait Base, then twice as long after each
// further failure, up to Max. A slowed-down address still lets the right
// password in; see Handler.checkLogin.
type LoginPolicy struct {
	Threshold   int
	IPThreshold int
	Base        time.Duration
	Max         time.Duration
	Window      time.Duration
}

// lockFor returns how long to lock a key after its n-th failure.
func (p LoginPolicy) lockFor(n int64, threshold int) time.Duration {
	if n < int64(threshold) {
		return 0
	}
	d := p.Base
	for i := int64(threshold); i < n && d < p.Max; i++ {
		d *= 2
	}
	return min(d, p.Max)
}

// Options configure the console.
type Options struct {
	// User and Password are the login (AKARI_CONSOLE_USER,
	// AKARI_CONSOLE_PASSWORD); both are required.
	User, Password string
	Store          Backend
	// Pusher sends the recruiter's messages; nil hides the takeover form.
	Pusher Pusher
	// Label gives a category's Japanese label; nil shows the id.
	Label func(akari.Category) string
	// Assigned tells a recruiter a lead was given to them; nil tells
	// nobody.
	Assigned leads.AssignNotifier
	// URL is the console's public base URL, for links in notices.
	URL string
	// SessionTTL is how long a login lasts; 12h.
	SessionTTL time.Duration
	// HumanTimeout is how long Akari stays quiet after a recruiter wrote to
	// the person, unless handed back earlier; 30m.
	HumanTimeout time.Duration
	// Login is the slow-down policy; zero fields get 5 tries per user and
	// 20 per address within 15 minutes, then 1s doubling up to 15 minutes.
	Login LoginPolicy
	// TrustProxy takes the client address from the last X-Forwarded-For
	// entry (set only behind a proxy that writes it).
	TrustProxy bool
	// Assets holds templates/ and static/; nil uses the embedded ones.
	Assets fs.FS
	Logger *slog.Logger

	// Studio powers the operators' playground and quality pages under
	// /console/studio/; nil leaves them explaining that they are off.
	Studio Studio
	// Simulator drives simulated LINE users for the studio's simulator;
	// set it only where a stand-in answers for LINE (dev mode). Nil shows
	// a page that explains the simulator is available in dev mode.
	Simulator Simulator
	// EvalFile is the labelled dev set the quality page offers when it
	// exists; "" means DefaultEvalFile.
	EvalFile string
}

// Handler serves /console/. Mount it with mux.Handle("/console/", h).
type Handler struct {
	opt   Options
	log   *slog.Logger
	pages map[string]*template.Template
	mux   *http.ServeMux
	jst   *time.Location
	// Recruiters write through this; cross-origin POSTs are refused
	// before the CSRF token is even looked at.
	cop *http.CrossOriginProtection
	// scenarioRun lets one conversation-eval run at a time.
	scenarioRun chan struct{}
}

// New checks the options, parses the templates and returns the handler.
func New(opt Options) (*Handler, error) {
	if opt.User == "" || opt.Password == "" {
		return nil, errors.New("console: a user and a password are required")
	}
	if opt.Store == nil {
		return nil, errors.New("console: no store")
	}
	if opt.Label == nil {
		opt.Label = func(c akari.Category) string { return string(c) }
	}
	if opt.SessionTTL <= 0 {
		opt.SessionTTL = 12 * time.Hour
	}
	if opt.HumanTimeout <= 0 {
		opt.HumanTimeout = 30 * time.Minute
	}
	lp := &opt.Login
	lp.Threshold = cmpOr(lp.Threshold, 5)
	lp.IPThreshold = cmpOr(lp.IPThreshold, 20)
	lp.Base = cmpOr(lp.Base, time.Second)
	lp.Max = cmpOr(lp.Max, 15*time.Minute)
	lp.Window = cmpOr(lp.Window, 15*time.Minute)
	if opt.Assets == nil {
		opt.Assets = embedded
	}
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	if opt.EvalFile == "" {
		opt.EvalFile = DefaultEvalFile
	}
	h := &Handler{opt: opt, log: opt.Logger, jst: time.FixedZone("JST", 9*60*60), cop: http.NewCrossOriginProtection(), scenarioRun: make(chan struct{}, 1)}
	var err error
	if h.pages, err = h.parseTemplates(); err != nil {
		return nil, fmt.Errorf("console templates: %w", err)
	}
	if err = h.parseStudioTemplates(); err != nil {
		return nil, fmt.Errorf("console studio templates: %w", err)
	}
	static, err := fs.Sub(opt.Assets, "static")
	if err != nil {
		return nil, fmt.Errorf("console assets: %w", err)
	}
	h.cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.fail(w, r, errForbidden)
	}))
	h.routes(static)
	return h, nil
}

func cmpOr[T int | time.Duration](v, def T) T {
	if v <= 0 {
		return def
	}
	return v
}

// routes is the console's URL space.
func (h *Handler) routes(static fs.FS) {
	m := http.NewServeMux()
	m.Handle("GET /console/static/", http.StripPrefix("/console/static/", staticFiles(static)))
	m.Handle("GET /console/{$}", h.page(func(w http.ResponseWriter, r *http.Request) error {
		http.Redirect(w, r, home(sessionOf(r).Role), http.StatusSeeOther)
		return nil
	}))
	m.Handle("GET /console/login", h.handle(h.loginPage))
	m.Handle("POST /console/login", h.cop.Handler(h.handle(h.login)))
	m.Handle("POST /console/logout", h.form(h.logout))

	m.Handle("GET /console/leads", h.page(h.list))
	m.Handle("GET /console/leads.csv", h.page(h.csv))
	m.Handle("GET /console/leads/{id}", h.page(h.lead))
	m.Handle("POST /console/leads/{id}/status", h.form(h.setStatus))
	m.Handle("POST /console/leads/{id}/assignee", h.form(h.setAssignee))
	m.Handle("POST /console/leads/{id}/take", h.form(h.take))
	m.Handle("POST /console/leads/{id}/notes", h.form(h.addNote))
	m.Handle("POST /console/leads/{id}/message", h.form(h.sendMessage))
	m.Handle("POST /console/leads/{id}/handback", h.form(h.handBack))

	m.Handle("GET /console/admin/users", h.page(h.usersPage))
	m.Handle("POST /console/admin/users", h.form(h.addUser))
	m.Handle("POST /console/admin/users/disabled", h.form(h.setUserDisabled))
	m.Handle("GET /console/admin/canned", h.page(h.cannedPage))
	m.Handle("POST /console/admin/canned", h.form(h.saveCanned))

	m.Handle("GET /console/api/leads", h.api(h.apiList))
	m.Handle("GET /console/api/leads/{id}", h.api(h.apiLead))
	m.Handle("GET /console/api/leads/{id}/messages", h.api(h.apiMessages))
	h.studioRoutes(m)
	m.Handle("/console/", h.handle(func(w http.ResponseWriter, r *http.Request) error {
		return fmt.Errorf("%s: %w", r.URL.Path, akari.ErrNotFound)
	}))
	h.mux = m
}

// ServeHTTP sets the security headers every answer carries and routes.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hd := w.Header()
	hd.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
	hd.Set("X-Frame-Options", "DENY")
	hd.Set("Referrer-Policy", "no-referrer")
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("Cache-Control", "no-store") // pages hold personal data
	if secure(r) {
		// Over HTTPS, browsers are to come back over HTTPS only.
		hd.Set("Strict-Transport-Security", "max-age=31536000")
	}
	h.mux.ServeHTTP(w, r)
}

// staticFiles serves the embedded CSS and JS; they may be cached. Folders
// are not listed: only a file is an answer.
func staticFiles(fsys fs.FS) http.Handler {
	fh := http.FileServerFS(fsys)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
		if st, err := fs.Stat(fsys, name); err != nil || st.IsDir() || strings.HasSuffix(r.URL.Path, "/") {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Cache-Control", "public, max-age=3600")
		fh.ServeHTTP(w, r)
	})
}
