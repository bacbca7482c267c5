package console

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/leads"
	"github.com/akari-career/akari/internal/redistest"
	"github.com/akari-career/akari/internal/store"
)

const (
	testUser     = "recruiter"
	testPassword = "correct horse battery staple"
)

// fakePusher records what the console sent on LINE.
type fakePusher struct {
	mu   sync.Mutex
	sent []string // "userID: text"
	err  error
}

func (p *fakePusher) Push(_ context.Context, userID, text string) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.err != nil {
		return p.err
	}
	p.sent = append(p.sent, userID+": "+text)
	return nil
}

func (p *fakePusher) messages() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.sent...)
}

// env is a console on httptest with a Redis store behind it.
type env struct {
	t      *testing.T
	srv    *httptest.Server
	store  *store.Store
	rdb    redis.UniversalClient
	prefix string
	pusher *fakePusher
}

func label(c akari.Category) string {
	if c == akari.CareerChange {
		return "転職・仕事探し"
	}
	return "ラベル:" + string(c)
}

func newEnv(t *testing.T, configure ...func(*Options)) *env {
	t.Helper()
	rdb, prefix := redistest.Client(t)
	e := &env{t: t, store: store.New(rdb, prefix), rdb: rdb, prefix: prefix, pusher: &fakePusher{}}
	opt := Options{User: testUser, Password: testPassword, Store: e.store, Pusher: e.pusher, Label: label}
	for _, c := range configure {
		c(&opt)
	}
	h, err := New(opt)
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("/console/", h)
	e.srv = httptest.NewServer(mux)
	t.Cleanup(e.srv.Close)
	return e
}

// client is a browser without a login: it keeps cookies and does not
// follow redirects, so tests see them.
func (e *env) client() *http.Client {
	jar, _ := cookiejar.New(nil)
	return &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

var csrfRE = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

func csrfOf(t *testing.T, body string) string {
	t.Helper()
	m := csrfRE.FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("no CSRF field in page:\n%s", body)
	}
	return m[1]
}

func (e *env) get(c *http.Client, path string) (*http.Response, string) {
	e.t.Helper()
	res, err := c.Get(e.srv.URL + path)
	if err != nil {
		e.t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res, string(b)
}

func (e *env) post(c *http.Client, path string, form url.Values) (*http.Response, string) {
	e.t.Helper()
	res, err := c.PostForm(e.srv.URL+path, form)
	if err != nil {
		e.t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res, string(b)
}

// tryLogin posts the login form as a browser would.
func (e *env) tryLogin(c *http.Client, user, password string) (*http.Response, string) {
	e.t.Helper()
	_, page := e.get(c, "/console/login")
	return e.post(c, "/console/login", url.Values{"csrf": {csrfOf(e.t, page)}, "user": {user}, "password": {password}})
}

// login returns a logged-in browser and its session's CSRF token.
func (e *env) login() (*http.Client, string) {
	e.t.Helper()
	c := e.client()
	res, body := e.tryLogin(c, testUser, testPassword)
	if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/console/leads" {
		e.t.Fatalf("login: %s → %q\n%s", res.Status, res.Header.Get("Location"), body)
	}
	_, page := e.get(c, "/console/leads")
	return c, csrfOf(e.t, page)
}

func (e *env) lead(mutate func(*leads.Lead)) *leads.Lead {
	e.t.Helper()
	l := &leads.Lead{
		UserID: "U" + redistest.Prefix(e.t), DisplayName: "山田 花子",
		Answers:  leads.Answers{Area: "大阪府", Remote: "週2日", EmploymentType: "正社員", ContactTime: "平日19時以降", Phone: "090-1234-5678"},
		Category: akari.CareerChange, Summary: "事務職から在宅のある仕事へ移りたい",
		Jobs: []leads.JobRef{{ID: "j1", Title: "カスタマーサポート", Company: "サンプル株式会社"}},
		Consent: leads.Consent{Text: "回答・要約・会話の記録を担当者に共有することに同意します", At: time.Now(),
			Scope: leads.Scope{Answers: true, Summary: true, Transcript: true}},
		Transcript: []akari.Turn{{Role: akari.RoleUser, Text: "転職したいです", At: time.Now()}},
	}
	if mutate != nil {
		mutate(l)
	}
	if err := e.store.CreateLead(context.Background(), l, false); err != nil {
		e.t.Fatal(err)
	}
	return l
}

func (e *env) reload(id string) *leads.Lead {
	e.t.Helper()
	l, err := e.store.GetLead(context.Background(), id)
	if err != nil {
		e.t.Fatal(err)
	}
	return l
}

func TestNoAccessWithoutLogin(t *testing.T) {
	e := newEnv(t)
	l := e.lead(nil)
	c := e.client()
	for _, path := range []string{"/console/leads", "/console/leads/" + l.ID, "/console/leads.csv", "/console/leads?status=new"} {
		res, body := e.get(c, path)
		if res.StatusCode != http.StatusSeeOther || !strings.HasPrefix(res.Header.Get("Location"), "/console/login") {
			t.Errorf("GET %s: %s → %q, want a redirect to the login", path, res.Status, res.Header.Get("Location"))
		}
		if strings.Contains(body, "山田") {
			t.Errorf("GET %s leaked the lead", path)
		}
	}
	for _, path := range []string{"/console/api/leads", "/console/api/leads/" + l.ID} {
		res, body := e.get(c, path)
		if res.StatusCode != http.StatusUnauthorized || !strings.HasPrefix(res.Header.Get("WWW-Authenticate"), "Basic") {
			t.Errorf("GET %s: %s (WWW-Authenticate %q), want 401 asking for Basic", path, res.Status, res.Header.Get("WWW-Authenticate"))
		}
		if strings.Contains(body, "山田") {
			t.Errorf("GET %s leaked the lead", path)
		}
	}
	res, _ := e.post(c, "/console/leads/"+l.ID+"/notes", url.Values{"text": {"x"}})
	if res.StatusCode != http.StatusSeeOther || len(e.reload(l.ID).Notes) != 0 {
		t.Errorf("POST without login: %s, notes %d", res.Status, len(e.reload(l.ID).Notes))
	}
	if res, _ := e.get(c, "/console/static/style.css"); res.StatusCode != http.StatusOK {
		t.Errorf("stylesheet: %s, want 200 without login", res.Status)
	}
}

func TestLoginNextIsKeptAndSafe(t *testing.T) {
	e := newEnv(t)
	c := e.client()
	_, page := e.get(c, "/console/login?next=/console/leads%3Fstatus%3Dnew")
	res, _ := e.post(c, "/console/login", url.Values{"csrf": {csrfOf(t, page)}, "user": {testUser}, "password": {testPassword}, "next": {"/console/leads?status=new"}})
	if got := res.Header.Get("Location"); got != "/console/leads?status=new" {
		t.Errorf("redirect after login = %q", got)
	}
	for _, next := range []string{"https://evil.example/", "//evil.example/console/", "/console/..//evil"} {
		if got := safeNext(next); got != "/console/leads" {
			t.Errorf("safeNext(%q) = %q", next, got)
		}
	}
}

func TestWrongPasswordIsCounted(t *testing.T) {
	e := newEnv(t)
	c := e.client()
	res, body := e.tryLogin(c, testUser, "wrong")
	if res.StatusCode != http.StatusUnauthorized || !strings.Contains(body, "ユーザー名またはパスワードが違います") {
		t.Fatalf("wrong password: %s\n%s", res.Status, body)
	}
	for _, key := range []string{"pair:" + digest(testUser+"\x00127.0.0.1"), "ip:127.0.0.1"} {
		n, err := e.rdb.Get(context.Background(), e.prefix+":console:{login:"+key+"}:fail").Int()
		if err != nil || n != 1 {
			t.Errorf("failure counter %s = %d, %v; want 1", key, n, err)
		}
	}
	for _, ck := range res.Cookies() {
		if ck.Name == sessionCookie && ck.Value != "" {
			t.Error("a session cookie was set after a wrong password")
		}
	}
	if res, _ := e.tryLogin(c, "", ""); res.StatusCode != http.StatusUnauthorized {
		t.Errorf("empty credentials: %s, want 401", res.Status)
	}
}

func TestLoginSlowsDownAfterFailures(t *testing.T) {
	e := newEnv(t, func(o *Options) { o.Login = LoginPolicy{Threshold: 3, Base: 2 * time.Second} })
	c := e.client()
	for i := 1; i <= 3; i++ {
		if res, _ := e.tryLogin(c, testUser, fmt.Sprintf("guess%d", i)); res.StatusCode != http.StatusUnauthorized {
			t.Fatalf("failure %d: %s, want 401", i, res.Status)
		}
	}
	// Locked now: even the right password is not looked at.
	res, body := e.tryLogin(c, testUser, testPassword)
	if res.StatusCode != http.StatusTooManyRequests || res.Header.Get("Retry-After") != "2" {
		t.Fatalf("after 3 failures: %s, Retry-After %q; want 429 and 2\n%s", res.Status, res.Header.Get("Retry-After"), body)
	}
	// Basic auth on the API is under the same lock.
	req, _ := http.NewRequest("GET", e.srv.URL+"/console/api/leads", nil)
	req.SetBasicAuth(testUser, testPassword)
	if res, err := http.DefaultClient.Do(req); err != nil || res.StatusCode != http.StatusTooManyRequests {
		t.Errorf("Basic while locked: %v %v, want 429", res.Status, err)
	}
	if got := (LoginPolicy{Base: time.Second, Max: 10 * time.Second}).lockFor(7, 5); got != 4*time.Second {
		t.Errorf("lock after the 7th failure (threshold 5) = %v, want 4s", got)
	}
	if got := (LoginPolicy{Base: time.Second, Max: 10 * time.Second}).lockFor(50, 5); got != 10*time.Second {
		t.Errorf("lock is capped: got %v, want 10s", got)
	}
	time.Sleep(2100 * time.Millisecond)
	if res, _ := e.tryLogin(c, testUser, testPassword); res.StatusCode != http.StatusSeeOther {
		t.Errorf("after the lock: %s, want a login", res.Status)
	}
}

// loginFrom posts the login form from a client address, as the ingress
// reports it.
func (e *env) loginFrom(ip, user, password string) int {
	e.t.Helper()
	c := e.client()
	req, _ := http.NewRequest("GET", e.srv.URL+"/console/login", nil)
	req.Header.Set("X-Forwarded-For", ip)
	res, err := c.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	page, _ := io.ReadAll(res.Body)
	res.Body.Close()
	form := url.Values{"csrf": {csrfOf(e.t, string(page))}, "user": {user}, "password": {password}}
	req, _ = http.NewRequest("POST", e.srv.URL+"/console/login", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Forwarded-For", ip)
	if res, err = c.Do(req); err != nil {
		e.t.Fatal(err)
	}
	res.Body.Close()
	return res.StatusCode
}

func TestGuessesNeverLockTheRecruiterOut(t *testing.T) {
	e := newEnv(t, func(o *Options) {
		o.TrustProxy = true
		o.Login = LoginPolicy{Threshold: 3, IPThreshold: 5, Base: 300 * time.Millisecond, Max: 300 * time.Millisecond}
	})
	const attacker, office = "198.51.100.7", "203.0.113.20"
	// An anonymous client guesses the recruiter's password and sprays
	// random names, from its own address and from the office's. The
	// guessing pair is checked right after its own failures: the office's
	// guesses take longer than the delay on a loaded machine.
	guess := func(ip string) {
		for i := range 12 {
			e.loginFrom(ip, testUser, fmt.Sprintf("guess%d", i))
			e.loginFrom(ip, fmt.Sprintf("name%d", i), "x")
		}
	}
	guess(attacker)
	if got := e.loginFrom(attacker, testUser, testPassword); got != http.StatusTooManyRequests {
		t.Fatalf("the guessing pair right after its failures: %d, want 429 (slowed down)", got)
	}
	guess(office)
	if got := e.loginFrom("192.0.2.44", testUser, testPassword); got != http.StatusSeeOther {
		t.Errorf("the recruiter from another address: %d, want a login", got)
	}
	// The office's address is slowed down by the sprayed names; the
	// recruiter's own pair there waits out its delay, then gets in while
	// the attacker goes on spraying names.
	time.Sleep(350 * time.Millisecond)
	e.loginFrom(office, "name-again", "x")
	if got := e.loginFrom(office, testUser, testPassword); got != http.StatusSeeOther {
		t.Errorf("the recruiter from the office after the delay: %d, want a login", got)
	}
	if got := e.loginFrom(office, "name-more", "x"); got != http.StatusTooManyRequests {
		t.Errorf("more sprayed names from the office: %d, want 429", got)
	}
}

func TestLoginFormNeedsItsToken(t *testing.T) {
	e := newEnv(t)
	res, _ := e.post(e.client(), "/console/login", url.Values{"user": {testUser}, "password": {testPassword}, "csrf": {"made-up"}})
	if res.StatusCode != http.StatusForbidden {
		t.Errorf("login without the form's cookie: %s, want 403", res.Status)
	}
}

func TestSessionCookieAndHeaders(t *testing.T) {
	e := newEnv(t)
	c := e.client()
	_, page := e.get(c, "/console/login")
	req, _ := http.NewRequest("POST", e.srv.URL+"/console/login", strings.NewReader(url.Values{"csrf": {csrfOf(t, page)}, "user": {testUser}, "password": {testPassword}}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Forwarded-Proto", "https")
	res, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	var sc *http.Cookie
	for _, ck := range res.Cookies() {
		if ck.Name == sessionCookie {
			sc = ck
		}
	}
	if sc == nil || !sc.HttpOnly || !sc.Secure || sc.SameSite != http.SameSiteLaxMode || sc.Path != "/console/" {
		t.Fatalf("session cookie = %+v", sc)
	}
	for k, want := range map[string]string{
		"X-Frame-Options": "DENY", "Referrer-Policy": "no-referrer", "X-Content-Type-Options": "nosniff",
	} {
		if got := res.Header.Get(k); got != want {
			t.Errorf("%s = %q, want %q", k, got, want)
		}
	}
	if csp := res.Header.Get("Content-Security-Policy"); !strings.HasPrefix(csp, "default-src 'self'") {
		t.Errorf("CSP = %q", csp)
	}
	if hsts := res.Header.Get("Strict-Transport-Security"); !strings.HasPrefix(hsts, "max-age=") {
		t.Errorf("over HTTPS, Strict-Transport-Security = %q, want max-age", hsts)
	}
	if res, _ := e.get(c, "/console/login"); res.Header.Get("Strict-Transport-Security") != "" {
		t.Error("HSTS sent over plain HTTP, where it means nothing")
	}
}

func TestStaticFilesButNoListings(t *testing.T) {
	e := newEnv(t)
	for path, want := range map[string]int{
		"/console/static/style.css": 200,
		"/console/static/":          404,
		"/console/static":           307, // the mux's redirect to the folder, which is 404
		"/console/static/./":        307,
		"/console/static/nope.css":  404,
	} {
		res, body := e.get(e.client(), path)
		if res.StatusCode != want || strings.Contains(body, "style.css") {
			t.Errorf("GET %s: %s (listing: %v), want %d and no listing", path, res.Status, strings.Contains(body, "style.css"), want)
		}
	}
}

func TestLogoutEndsTheSession(t *testing.T) {
	e := newEnv(t)
	c, token := e.login()
	if res, _ := e.post(c, "/console/logout", url.Values{"csrf": {token}}); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("logout: %s", res.Status)
	}
	if res, _ := e.get(c, "/console/leads"); res.StatusCode != http.StatusSeeOther {
		t.Errorf("after logout: %s, want a redirect to the login", res.Status)
	}
}

func TestFormsNeedTheCSRFToken(t *testing.T) {
	e := newEnv(t)
	l := e.lead(nil)
	c, token := e.login()
	_, otherToken := e.login() // another session's token must not do
	path := "/console/leads/" + l.ID + "/notes"
	for name, form := range map[string]url.Values{
		"missing":           {"text": {"メモ"}},
		"wrong":             {"text": {"メモ"}, "csrf": {"x" + token}},
		"another session's": {"text": {"メモ"}, "csrf": {otherToken}},
	} {
		if res, _ := e.post(c, path, form); res.StatusCode != http.StatusForbidden {
			t.Errorf("%s token: %s, want 403", name, res.Status)
		}
	}
	req, _ := http.NewRequest("POST", e.srv.URL+path, strings.NewReader(url.Values{"text": {"メモ"}, "csrf": {token}}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	if res, err := c.Do(req); err != nil || res.StatusCode != http.StatusForbidden {
		t.Errorf("cross-site POST: %v %v, want 403", res.Status, err)
	}
	if n := len(e.reload(l.ID).Notes); n != 0 {
		t.Fatalf("refused forms added %d notes", n)
	}
	if res, _ := e.post(c, path, url.Values{"text": {"メモ"}, "csrf": {token}}); res.StatusCode != http.StatusSeeOther {
		t.Errorf("right token: %s, want 303", res.Status)
	}
	if n := len(e.reload(l.ID).Notes); n != 1 {
		t.Errorf("notes after a good form = %d, want 1", n)
	}
}

const xss = `<script>alert("x")</script><img src=x onerror=alert(1)>`

func TestUserTextIsEscaped(t *testing.T) {
	e := newEnv(t)
	l := e.lead(func(l *leads.Lead) {
		l.DisplayName = "花子" + xss
		l.Answers.Area = `"><svg onload=alert(1)>` + xss
		l.Answers.Phone = `javascript:alert(1)`
		l.Summary = xss
		l.Jobs[0].Title = xss
		l.Transcript[0].Text = xss
	})
	c, token := e.login()
	e.post(c, "/console/leads/"+l.ID+"/notes", url.Values{"text": {xss}, "csrf": {token}})
	e.post(c, "/console/leads/"+l.ID+"/assignee", url.Values{"assignee": {"<b>担当</b>"}, "csrf": {token}})
	_, list := e.get(c, "/console/leads")
	_, page := e.get(c, "/console/leads/"+l.ID)
	for name, body := range map[string]string{"list": list, "lead page": page} {
		for _, raw := range []string{"<script>alert", "<img src=x", "<svg", "<b>担当", `href="javascript:`} {
			if strings.Contains(body, raw) {
				t.Errorf("%s holds unescaped %q", name, raw)
			}
		}
		if !strings.Contains(body, "&lt;script&gt;") {
			t.Errorf("%s does not show the escaped text", name)
		}
	}
	if strings.Count(page, "&lt;script&gt;") < 5 {
		t.Errorf("lead page shows the payload escaped %d times, want name, area, summary, job, transcript, note", strings.Count(page, "&lt;script&gt;"))
	}
}

func TestLeadPageShowsOnlyWhatWasConsented(t *testing.T) {
	e := newEnv(t)
	l := e.lead(func(l *leads.Lead) { l.Consent.Scope = leads.Scope{Answers: true} })
	c, _ := e.login()
	_, page := e.get(c, "/console/leads/"+l.ID)
	if strings.Contains(page, "転職したいです") || strings.Contains(page, "事務職から") {
		t.Error("transcript or summary shown without consent")
	}
	for _, want := range []string{"会話の共有には同意されていません", "要約の共有には同意されていません", "大阪府", l.Consent.Text, "転職・仕事探し"} {
		if !strings.Contains(page, want) {
			t.Errorf("lead page lacks %q", want)
		}
	}
}

func TestStatusChangesAreAudited(t *testing.T) {
	e := newEnv(t)
	l := e.lead(nil)
	c, token := e.login()
	path := "/console/leads/" + l.ID + "/status"
	res, _ := e.post(c, path, url.Values{"status": {"contacted"}, "from": {"new"}, "csrf": {token}})
	if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/console/leads/"+l.ID+"?done=status" {
		t.Fatalf("status form: %s → %q", res.Status, res.Header.Get("Location"))
	}
	got := e.reload(l.ID)
	last := got.Audit[len(got.Audit)-1]
	if got.Status != leads.StatusContacted || last != (leads.AuditEntry{At: last.At, By: testUser, Action: leads.ActionStatus, From: "new", To: "contacted"}) {
		t.Errorf("after the form: status %s, last audit %+v", got.Status, last)
	}
	// The same form again, from a page that still said "new".
	if res, body := e.post(c, path, url.Values{"status": {"interview"}, "from": {"new"}, "csrf": {token}}); res.StatusCode != http.StatusConflict || !strings.Contains(body, "ほかの方が先に更新しました") {
		t.Errorf("stale form: %s, want 409 with a kind message", res.Status)
	}
	if res, _ := e.post(c, path, url.Values{"status": {"new"}, "from": {"contacted"}, "csrf": {token}}); res.StatusCode != http.StatusBadRequest {
		t.Errorf("moving back: %s, want 400", res.Status)
	}
	if res, _ := e.post(c, "/console/leads/nope/status", url.Values{"status": {"closed"}, "csrf": {token}}); res.StatusCode != http.StatusNotFound {
		t.Errorf("unknown lead: %s, want 404", res.Status)
	}
	_, page := e.get(c, "/console/leads/"+l.ID+"?done=status")
	for _, want := range []string{"状態を変更しました", "状態の変更", "新規 → 連絡済み"} {
		if !strings.Contains(page, want) {
			t.Errorf("lead page lacks %q", want)
		}
	}
}

func TestCSVExport(t *testing.T) {
	e := newEnv(t)
	e.lead(func(l *leads.Lead) {
		l.DisplayName = `=HYPERLINK("http://evil.example","click")`
		l.Answers.Area = "+SUM(A1)"
		l.Answers.Phone = "-1+2"
		l.Summary = "@cmd"
	})
	e.lead(func(l *leads.Lead) { l.Category = akari.Salary; l.DisplayName = "給与の方" })
	c, _ := e.login()
	res, body := e.get(c, "/console/leads.csv?category=career_change")
	if res.StatusCode != http.StatusOK || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/csv") ||
		!strings.Contains(res.Header.Get("Content-Disposition"), "attachment") {
		t.Fatalf("CSV: %s %q %q", res.Status, res.Header.Get("Content-Type"), res.Header.Get("Content-Disposition"))
	}
	if !strings.HasPrefix(body, "\uFEFF") {
		t.Fatal("CSV has no byte-order mark")
	}
	if !strings.Contains(body, "\r\n") {
		t.Error("CSV lines do not end in CRLF")
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(body, "\uFEFF"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 {
		t.Fatalf("CSV has %d rows, want header + 1 (filtered by category)", len(rows))
	}
	if strings.Join(rows[0], ",") != strings.Join(csvHeader(), ",") {
		t.Errorf("header = %q", rows[0])
	}
	col := func(name string) string {
		for i, h := range rows[0] {
			if h == name {
				return rows[1][i]
			}
		}
		t.Fatalf("no column %s", name)
		return ""
	}
	for name, want := range map[string]string{
		"お名前": `'=HYPERLINK("http://evil.example","click")`, "希望勤務地": "'+SUM(A1)", "電話番号": "'-1+2",
		"相談の要約": "'@cmd", "お悩み": "転職・仕事探し", "状態": "新規", "興味のある求人": "カスタマーサポート（サンプル株式会社）",
	} {
		if got := col(name); got != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
}

func TestAPI(t *testing.T) {
	e := newEnv(t)
	l := e.lead(nil)
	basic := func(user, pass, path string) (*http.Response, []byte) {
		req, _ := http.NewRequest("GET", e.srv.URL+path, nil)
		req.SetBasicAuth(user, pass)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res, b
	}
	res, body := basic(testUser, testPassword, "/console/api/leads?status=new")
	var page leads.Page
	if res.StatusCode != http.StatusOK || json.Unmarshal(body, &page) != nil || page.Total != 1 || page.Leads[0].ID != l.ID || page.Counts[leads.StatusNew] != 1 {
		t.Fatalf("API list with Basic: %s %s", res.Status, body)
	}
	res, body = basic(testUser, testPassword, "/console/api/leads/"+l.ID)
	var got leads.Lead
	if res.StatusCode != http.StatusOK || json.Unmarshal(body, &got) != nil || got.DisplayName != "山田 花子" {
		t.Errorf("API lead: %s %s", res.Status, body)
	}
	if bytes.Contains(body, []byte(l.UserID)) {
		t.Errorf("API shows the LINE user id: %s", body)
	}
	if res, body := basic(testUser, testPassword, "/console/leads.csv"); res.StatusCode != http.StatusOK || !bytes.Contains(body, []byte(l.ID)) {
		t.Errorf("CSV with Basic: %s", res.Status)
	}
	if res, _ := basic(testUser, "wrong", "/console/leads.csv"); res.StatusCode != http.StatusUnauthorized {
		t.Errorf("CSV with a wrong Basic password: %s, want 401", res.Status)
	}
	if res, body := basic(testUser, testPassword, "/console/api/leads/nope"); res.StatusCode != http.StatusNotFound || !bytes.Contains(body, []byte(`"error"`)) {
		t.Errorf("API unknown lead: %s %s, want 404 JSON", res.Status, body)
	}
	if res, _ := basic(testUser, testPassword, "/console/api/leads?status=hired"); res.StatusCode != http.StatusBadRequest {
		t.Errorf("API bad filter: %s, want 400", res.Status)
	}
	if res, _ := basic(testUser, "wrong", "/console/api/leads"); res.StatusCode != http.StatusUnauthorized {
		t.Errorf("API wrong password: %s, want 401", res.Status)
	}
	c, _ := e.login()
	if res, _ := e.get(c, "/console/api/leads/"+l.ID); res.StatusCode != http.StatusOK {
		t.Errorf("API with a session: %s, want 200", res.Status)
	}
}

func TestTakeover(t *testing.T) {
	e := newEnv(t, func(o *Options) { o.HumanTimeout = 10 * time.Minute })
	l := e.lead(nil)
	ctx := context.Background()
	c, token := e.login()
	res, _ := e.post(c, "/console/leads/"+l.ID+"/message", url.Values{"text": {"はじめまして、担当の佐藤です。"}, "csrf": {token}})
	if res.StatusCode != http.StatusSeeOther {
		t.Fatalf("message form: %s", res.Status)
	}
	if got := e.pusher.messages(); len(got) != 1 || got[0] != l.UserID+": はじめまして、担当の佐藤です。" {
		t.Errorf("pushed %q", got)
	}
	h, err := e.store.HumanState(ctx, l.UserID)
	if err != nil || !h.Active || h.Recruiter != testUser || time.Until(h.Until) < 9*time.Minute {
		t.Errorf("takeover after message: %+v %v", h, err)
	}
	got := e.reload(l.ID)
	conv, err := e.store.Conversation(ctx, l.ID, 0)
	if got.Audit[len(got.Audit)-1].Action != leads.ActionMessage || err != nil || len(conv) != 1 ||
		conv[0].From != leads.FromRecruiter || conv[0].By != testUser || !strings.Contains(conv[0].Text, "担当の佐藤です") {
		t.Errorf("message not recorded: audit %+v conversation %+v %v", got.Audit, conv, err)
	}
	_, page := e.get(c, "/console/leads/"+l.ID)
	if !strings.Contains(page, "Akariに戻す") || !strings.Contains(page, "が対応中です") || !strings.Contains(page, `<li class="recruiter">`) {
		t.Error("lead page does not show the takeover, the recruiter's message and the hand-back button")
	}
	if res, _ := e.post(c, "/console/leads/"+l.ID+"/handback", url.Values{"csrf": {token}}); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("hand back: %s", res.Status)
	}
	if h, _ := e.store.HumanState(ctx, l.UserID); h.Active || !strings.Contains(h.HandBack, "担当の佐藤です") {
		t.Errorf("after hand-back: %+v, want Akari back with a note of what the recruiter said", h)
	}
	if got := e.reload(l.ID); got.Audit[len(got.Audit)-1].Action != leads.ActionHandBack {
		t.Errorf("hand-back not audited: %+v", got.Audit[len(got.Audit)-1])
	}

	e.pusher.err = errors.New("LINE is down")
	if res, body := e.post(c, "/console/leads/"+l.ID+"/message", url.Values{"text": {"もう一度"}, "csrf": {token}}); res.StatusCode != http.StatusInternalServerError || strings.Contains(body, "LINE is down") {
		t.Errorf("failed push: %s, want 500 without the cause", res.Status)
	}
	if h, _ := e.store.HumanState(ctx, l.UserID); h.Active {
		t.Error("a failed push left Akari silenced")
	}
	e.pusher.err = nil
	if res, _ := e.post(c, "/console/leads/"+l.ID+"/message", url.Values{"text": {"  "}, "csrf": {token}}); res.StatusCode != http.StatusBadRequest {
		t.Errorf("empty message: %s, want 400", res.Status)
	}
	if err := e.store.WithdrawUser(ctx, l.UserID); err != nil {
		t.Fatal(err)
	}
	if res, _ := e.post(c, "/console/leads/"+l.ID+"/message", url.Values{"text": {"こんにちは"}, "csrf": {token}}); res.StatusCode != http.StatusBadRequest {
		t.Errorf("message after withdrawal: %s, want 400", res.Status)
	}
	if n := len(e.pusher.messages()); n != 1 {
		t.Errorf("%d messages pushed in all, want 1", n)
	}
}

func TestListFiltersAndCounts(t *testing.T) {
	e := newEnv(t)
	a := e.lead(func(l *leads.Lead) { l.DisplayName = "一人目" })
	e.lead(func(l *leads.Lead) { l.DisplayName = "二人目"; l.Category = akari.Salary })
	c, token := e.login()
	e.post(c, "/console/leads/"+a.ID+"/assignee", url.Values{"assignee": {"佐藤"}, "csrf": {token}})
	tests := []struct {
		query     string
		want, not string
		counts    string
	}{
		{"", "一人目", "", "すべて <b>2</b>"},
		{"?category=salary", "二人目", "一人目", "すべて <b>1</b>"},
		{"?assignee=佐藤", "一人目", "二人目", "新規 <b>1</b>"},
		{"?from=2000-01-01&to=2000-01-02", "該当する相談者はいません", "一人目", "すべて <b>0</b>"},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			res, page := e.get(c, "/console/leads"+tt.query)
			if res.StatusCode != http.StatusOK {
				t.Fatalf("%s", res.Status)
			}
			if !strings.Contains(page, tt.want) || (tt.not != "" && strings.Contains(page, tt.not)) || !strings.Contains(page, tt.counts) {
				t.Errorf("page lacks %q or %q, or holds %q", tt.want, tt.counts, tt.not)
			}
		})
	}
	if res, _ := e.get(c, "/console/leads?from=yesterday"); res.StatusCode != http.StatusBadRequest {
		t.Errorf("bad date: %s, want 400", res.Status)
	}
}

func TestErrorsMapToStatus(t *testing.T) {
	tests := []struct {
		err  error
		want int
	}{
		{fmt.Errorf("lead x: %w", akari.ErrNotFound), 404},
		{fmt.Errorf("move: %w", akari.ErrInvalid), 400},
		{akari.ErrUnauthorized, 401},
		{fmt.Errorf("lead: %w", akari.ErrConflict), 409},
		{errForbidden, 403},
		{&tooManyError{wait: 1500 * time.Millisecond}, 429},
		{errors.New("redis: connection refused"), 500},
	}
	for _, tt := range tests {
		if got := classify(tt.err); got.Status != tt.want || got.Message == "" || strings.Contains(got.Message, "redis") {
			t.Errorf("classify(%v) = %+v, want %d with a kind message", tt.err, got, tt.want)
		}
	}
	if got := classify(&tooManyError{wait: 1500 * time.Millisecond}).RetryAfter; got != 2 {
		t.Errorf("Retry-After for 1.5s = %d, want 2", got)
	}
}

func TestNewRefusesAnEmptyLogin(t *testing.T) {
	rdb, prefix := redistest.Client(t)
	if _, err := New(Options{Store: store.New(rdb, prefix)}); err == nil {
		t.Error("New without a login succeeded")
	}
}

func TestTimesSayTheirZone(t *testing.T) {
	e := newEnv(t)
	l := e.lead(nil)
	c, _ := e.login()
	for _, path := range []string{"/console/leads", "/console/leads/" + l.ID} {
		_, body := e.get(c, path)
		if !regexp.MustCompile(`\d{4}/\d\d/\d\d \d\d:\d\d JST`).MatchString(body) {
			t.Errorf("%s shows no time with its zone (JST)", path)
		}
	}
}
