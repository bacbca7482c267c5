package console

import (
	"context"
	crand "crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/akari-career/akari/internal/akari"
)

const (
	sessionCookie = "akari_console"
	loginCookie   = "akari_login" // the login form's CSRF token (double submit)
	csrfField     = "csrf"
	maxFormBytes  = 64 << 10
)

// errForbidden refuses a form without the right CSRF token, or a
// cross-origin POST.
var errForbidden = errors.New("forbidden: missing or wrong CSRF token")

// tooManyError refuses logins while a key is locked.
type tooManyError struct{ wait time.Duration }

func (e *tooManyError) Error() string {
	return fmt.Sprintf("too many failed logins; retry in %v", e.wait)
}

type sessionKey struct{}

// sessionOf returns the session the wrappers put in the request.
func sessionOf(r *http.Request) akari.Session {
	s, _ := r.Context().Value(sessionKey{}).(akari.Session)
	return s
}

func withSession(r *http.Request, s akari.Session) *http.Request {
	return r.WithContext(context.WithValue(r.Context(), sessionKey{}, s))
}

type handlerFunc func(w http.ResponseWriter, r *http.Request) error

// handle adapts a handler that returns an error; fail renders it.
func (h *Handler) handle(fn handlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := fn(w, r); err != nil {
			h.fail(w, r, err)
		}
	})
}

// page serves a page to a logged-in recruiter; others go to the login
// page. HTTP Basic is accepted too, for the CSV at a script's request.
func (h *Handler) page(fn handlerFunc) http.Handler {
	return h.handle(func(w http.ResponseWriter, r *http.Request) error {
		sess, err := h.authenticate(r)
		if errors.Is(err, akari.ErrUnauthorized) && !hasBasic(r) {
			http.Redirect(w, r, "/console/login?next="+url.QueryEscape(r.URL.RequestURI()), http.StatusSeeOther)
			return nil
		}
		if err != nil {
			return err
		}
		if err := h.allow(r, sess); err != nil {
			return err
		}
		return fn(w, withSession(r, sess))
	})
}

// api serves JSON to a session or to HTTP Basic; others get 401.
func (h *Handler) api(fn handlerFunc) http.Handler {
	return h.handle(func(w http.ResponseWriter, r *http.Request) error {
		sess, err := h.authenticate(r)
		if err != nil {
			return err
		}
		if err := h.allow(r, sess); err != nil {
			return err
		}
		return fn(w, withSession(r, sess))
	})
}

// form serves a POST from a page of a logged-in recruiter: same origin,
// a live session, and the session's CSRF token in the form.
func (h *Handler) form(fn handlerFunc) http.Handler { return h.postForm(maxFormBytes, false, fn) }

// postForm checks a form POST of at most limit bytes — url-encoded, or
// multipart too when multipart is set — and passes it on with the session.
func (h *Handler) postForm(limit int64, multipart bool, fn handlerFunc) http.Handler {
	return h.cop.Handler(h.handle(func(w http.ResponseWriter, r *http.Request) error {
		r.Body = http.MaxBytesReader(w, r.Body, limit)
		sess, err := h.session(r)
		if errors.Is(err, akari.ErrUnauthorized) {
			http.Redirect(w, r, "/console/login", http.StatusSeeOther)
			return nil
		}
		if err != nil {
			return err
		}
		if multipart {
			if err := r.ParseMultipartForm(limit); err != nil && !errors.Is(err, http.ErrNotMultipart) {
				return fmt.Errorf("%w: form: %v", akari.ErrInvalid, err)
			}
		}
		if err := r.ParseForm(); err != nil {
			return fmt.Errorf("%w: form: %v", akari.ErrInvalid, err)
		}
		if !equal(r.PostFormValue(csrfField), sess.CSRF) {
			return errForbidden
		}
		if err := h.allow(r, sess); err != nil {
			return err
		}
		return fn(w, withSession(r, sess))
	}))
}

// authenticate accepts a session cookie or HTTP Basic credentials.
func (h *Handler) authenticate(r *http.Request) (akari.Session, error) {
	sess, err := h.session(r)
	if err == nil || !errors.Is(err, akari.ErrUnauthorized) || !hasBasic(r) {
		return sess, err
	}
	user, pass, _ := r.BasicAuth()
	if err := h.checkLogin(r, user, pass); err != nil {
		return akari.Session{}, err
	}
	return h.withRole(r.Context(), akari.Session{User: user})
}

func hasBasic(r *http.Request) bool {
	_, _, ok := r.BasicAuth()
	return ok
}

// session returns the request's live session, or akari.ErrUnauthorized.
func (h *Handler) session(r *http.Request) (akari.Session, error) {
	c, err := r.Cookie(sessionCookie)
	if err != nil || c.Value == "" {
		return akari.Session{}, fmt.Errorf("no session: %w", akari.ErrUnauthorized)
	}
	sess, err := h.opt.Store.Session(r.Context(), c.Value)
	if errors.Is(err, akari.ErrNotFound) {
		return akari.Session{}, fmt.Errorf("session ended: %w", akari.ErrUnauthorized)
	}
	if err != nil {
		return sess, err
	}
	return h.withRole(r.Context(), sess)
}

// checkLogin compares credentials in constant time, under the slow-down.
// Failures are counted per user name and address together, and per
// address. While the pair is slowed down the password is not looked at
// (tooManyError); while only the address is, the right password still
// gets in — so guesses under other names, from anywhere, never keep the
// recruiter out, and their own delay ends by itself. A failure is counted
// under both keys and may slow them down.
func (h *Handler) checkLogin(r *http.Request, user, pass string) error {
	ctx := r.Context()
	ip := h.clientIP(r)
	pair := loginKey{"pair:" + digest(user+"\x00"+ip), h.opt.Login.Threshold}
	addr := loginKey{"ip:" + ip, h.opt.Login.IPThreshold}
	pairWait, err := h.opt.Store.LoginLocked(ctx, pair.key)
	if err != nil {
		return err
	}
	if pairWait > 0 {
		return &tooManyError{wait: pairWait}
	}
	addrWait, err := h.opt.Store.LoginLocked(ctx, addr.key)
	if err != nil {
		return err
	}
	// Timing does not tell whether the user or the password was wrong
	// (accounts.go).
	if h.credentials(ctx, user, pass) {
		return h.opt.Store.LoginSucceeded(ctx, pair.key)
	}
	for _, k := range []loginKey{pair, addr} {
		n, err := h.opt.Store.LoginFailed(ctx, k.key, h.opt.Login.Window)
		if err != nil {
			return err
		}
		if d := h.opt.Login.lockFor(n, k.threshold); d > 0 {
			if err := h.opt.Store.LockLogin(ctx, k.key, d); err != nil {
				return err
			}
		}
	}
	h.log.Warn("console login failed", "ip", ip)
	if addrWait > 0 {
		return &tooManyError{wait: addrWait}
	}
	return fmt.Errorf("wrong user or password: %w", akari.ErrUnauthorized)
}

// loginKey is one counter of failed logins and the failures it tolerates.
type loginKey struct {
	key       string
	threshold int
}

// equal compares secrets in constant time, lengths included.
func equal(a, b string) bool {
	x, y := sha256.Sum256([]byte(a)), sha256.Sum256([]byte(b))
	return subtle.ConstantTimeCompare(x[:], y[:]) == 1 && a != "" // never match empty
}

func digest(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:12])
}

// clientIP is the peer address, or with TrustProxy the address the proxy
// saw (the last X-Forwarded-For entry, the one the client cannot forge).
func (h *Handler) clientIP(r *http.Request) string {
	if h.opt.TrustProxy {
		if xff := r.Header.Values("X-Forwarded-For"); len(xff) > 0 {
			parts := strings.Split(xff[len(xff)-1], ",")
			if ip := strings.TrimSpace(parts[len(parts)-1]); ip != "" {
				return ip
			}
		}
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// secure reports whether the browser reached us over HTTPS.
func secure(r *http.Request) bool {
	return r.TLS != nil || strings.EqualFold(r.Header.Get("X-Forwarded-Proto"), "https")
}

func randomToken() string {
	b := make([]byte, 32)
	crand.Read(b) // never fails (Go 1.24+)
	return base64.RawURLEncoding.EncodeToString(b)
}

type loginView struct {
	CSRF  string
	Next  string
	Error string
}

// loginPage shows the login form with a fresh double-submit token.
func (h *Handler) loginPage(w http.ResponseWriter, r *http.Request) error {
	if sess, err := h.session(r); err == nil {
		http.Redirect(w, r, home(sess.Role), http.StatusSeeOther)
		return nil
	}
	return h.renderLogin(w, r, http.StatusOK, "")
}

func (h *Handler) renderLogin(w http.ResponseWriter, r *http.Request, status int, msg string) error {
	token := randomToken()
	http.SetCookie(w, &http.Cookie{
		Name: loginCookie, Value: token, Path: "/console/login", MaxAge: 3600,
		HttpOnly: true, Secure: secure(r), SameSite: http.SameSiteLaxMode,
	})
	return h.render(w, r, status, "login.html", view{Title: "ログイン", Data: loginView{CSRF: token, Next: safeNext(r.FormValue("next")), Error: msg}})
}

// login checks the form and starts a session.
func (h *Handler) login(w http.ResponseWriter, r *http.Request) error {
	r.Body = http.MaxBytesReader(w, r.Body, maxFormBytes)
	if err := r.ParseForm(); err != nil {
		return fmt.Errorf("%w: login form: %v", akari.ErrInvalid, err)
	}
	c, err := r.Cookie(loginCookie)
	if err != nil || !equal(c.Value, r.PostForm.Get(csrfField)) {
		return errForbidden
	}
	err = h.checkLogin(r, r.PostForm.Get("user"), r.PostForm.Get("password"))
	if errors.Is(err, akari.ErrUnauthorized) {
		return h.renderLogin(w, r, http.StatusUnauthorized, "ユーザー名またはパスワードが違います。")
	}
	if err != nil {
		return err
	}
	sess, err := h.opt.Store.CreateSession(r.Context(), r.PostForm.Get("user"), h.opt.SessionTTL)
	if err != nil {
		return err
	}
	http.SetCookie(w, &http.Cookie{
		Name: sessionCookie, Value: sess.Token, Path: "/console/",
		MaxAge: int(h.opt.SessionTTL / time.Second), HttpOnly: true, Secure: secure(r), SameSite: http.SameSiteLaxMode,
	})
	http.SetCookie(w, &http.Cookie{Name: loginCookie, Path: "/console/login", MaxAge: -1})
	h.log.Info("console login", "user", sess.User, "ip", h.clientIP(r))
	http.Redirect(w, r, h.landing(r, sess.User, safeNext(r.PostForm.Get("next"))), http.StatusSeeOther)
	return nil
}

// safeNext keeps the post-login redirect inside the console.
func safeNext(next string) string {
	if !strings.HasPrefix(next, "/console/") || strings.Contains(next, "//") || strings.ContainsAny(next, "\\\r\n") ||
		strings.HasPrefix(next, "/console/login") {
		return "/console/leads"
	}
	return next
}

// logout ends the session here and in Redis.
func (h *Handler) logout(w http.ResponseWriter, r *http.Request) error {
	if err := h.opt.Store.DeleteSession(r.Context(), sessionOf(r).Token); err != nil {
		return err
	}
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Path: "/console/", MaxAge: -1, HttpOnly: true, Secure: secure(r), SameSite: http.SameSiteLaxMode})
	http.Redirect(w, r, "/console/login", http.StatusSeeOther)
	return nil
}
