package console

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/akari-career/akari/internal/accounts"
	"github.com/akari-career/akari/internal/leads"
)

// account adds a user and logs them in.
func (e *env) account(name string, role accounts.Role) (*http.Client, string) {
	e.t.Helper()
	u, err := accounts.New(name, role, name+"-password-123", "test", time.Now())
	if err != nil {
		e.t.Fatal(err)
	}
	if err := e.store.AddUser(context.Background(), u); err != nil {
		e.t.Fatal(err)
	}
	c := e.client()
	res, _ := e.tryLogin(c, name, name+"-password-123")
	if res.StatusCode != http.StatusSeeOther {
		e.t.Fatalf("login as %s: %s", name, res.Status)
	}
	_, page := e.get(c, "/console/leads")
	if role == accounts.Operator {
		_, page = e.get(c, "/console/studio/playground")
	}
	return c, csrfOf(e.t, page)
}

func TestRolesOpenTheirPartsOfTheConsole(t *testing.T) {
	e := newEnv(t)
	l := e.lead(nil)
	rec, _ := e.account("sato", accounts.Recruiter)
	op, _ := e.account("kato", accounts.Operator)
	admin, _ := e.login() // the bootstrap admin of the settings
	pages := []struct {
		path                string
		recruiter, operator bool
	}{
		{"/console/leads", true, false},
		{"/console/leads/" + l.ID, true, false},
		{"/console/api/leads", true, false},
		{"/console/leads.csv", true, false},
		{"/console/studio/playground", false, true},
		{"/console/studio/quality", false, true},
		{"/console/studio/simulator", false, true},
		{"/console/admin/users", false, false},
		{"/console/admin/canned", false, false},
	}
	for _, p := range pages {
		for _, who := range []struct {
			name string
			c    *http.Client
			may  bool
		}{{"recruiter", rec, p.recruiter}, {"operator", op, p.operator}, {"admin", admin, true}} {
			res, body := e.get(who.c, p.path)
			if got := res.StatusCode == http.StatusOK; got != who.may {
				t.Errorf("%s GET %s: %s, want open=%v", who.name, p.path, res.Status, who.may)
			}
			if !who.may && (res.StatusCode != http.StatusForbidden || strings.Contains(body, "山田")) {
				t.Errorf("%s GET %s: %s, want 403 without the lead", who.name, p.path, res.Status)
			}
		}
	}
	// An operator who logs in is sent to the studio, not to a refusal.
	c := e.client()
	res, _ := e.tryLogin(c, "kato", "kato-password-123")
	if res.Header.Get("Location") != "/console/studio/" {
		t.Errorf("operator lands on %q, want the studio", res.Header.Get("Location"))
	}
}

func TestAdminManagesUsersAndTheAuditNamesThePerson(t *testing.T) {
	e := newEnv(t)
	l := e.lead(nil)
	admin, token := e.login()
	res, _ := e.post(admin, "/console/admin/users", url.Values{"csrf": {token}, "name": {"鈴木"}, "role": {"recruiter"}, "password": {"suzuki-secret-pw"}})
	if res.StatusCode != http.StatusSeeOther {
		t.Fatalf("add user: %s", res.Status)
	}
	if res, _ := e.post(admin, "/console/admin/users", url.Values{"csrf": {token}, "name": {"短い"}, "role": {"recruiter"}, "password": {"short"}}); res.StatusCode != http.StatusBadRequest {
		t.Errorf("a short password: %s, want 400", res.Status)
	}
	c := e.client()
	if res, _ := e.tryLogin(c, "鈴木", "wrong-password-x"); res.StatusCode != http.StatusUnauthorized {
		t.Errorf("wrong password: %s, want 401", res.Status)
	}
	if res, _ := e.tryLogin(c, "鈴木", "suzuki-secret-pw"); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("鈴木 logs in: %s", res.Status)
	}
	_, page := e.get(c, "/console/leads/"+l.ID)
	if res, _ := e.post(c, "/console/leads/"+l.ID+"/take", url.Values{"csrf": {csrfOf(t, page)}}); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("take: %s", res.Status)
	}
	got := e.reload(l.ID)
	last := got.Audit[len(got.Audit)-1]
	if got.Assignee != "鈴木" || last.By != "鈴木" || last.Action != leads.ActionAssignee {
		t.Errorf("after 鈴木 took the lead: assignee %q, audit %+v", got.Assignee, last)
	}
	// Disabled: the live session stops at its next request.
	if res, _ := e.post(admin, "/console/admin/users/disabled", url.Values{"csrf": {token}, "name": {"鈴木"}, "disabled": {"1"}}); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("disable: %s", res.Status)
	}
	if res, _ := e.get(c, "/console/leads"); res.StatusCode != http.StatusSeeOther || !strings.HasPrefix(res.Header.Get("Location"), "/console/login") {
		t.Errorf("a disabled user's session: %s, want back to the login", res.Status)
	}
	if res, _ := e.tryLogin(e.client(), "鈴木", "suzuki-secret-pw"); res.StatusCode != http.StatusUnauthorized {
		t.Errorf("a disabled user logs in: %s, want 401", res.Status)
	}
	// Canned replies: the admin writes them, the lead page offers them.
	if res, _ := e.post(admin, "/console/admin/canned", url.Values{"csrf": {token}, "texts": {"はじめまして、担当の者です。\n---\n\nお電話の時間を教えてください。"}}); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("save canned: %s", res.Status)
	}
	if texts, _ := e.store.CannedReplies(context.Background()); len(texts) != 2 || texts[1] != "お電話の時間を教えてください。" {
		t.Errorf("canned replies = %q", texts)
	}
	if _, page := e.get(admin, "/console/leads/"+l.ID); !strings.Contains(page, `<option value="お電話の時間を教えてください。">`) {
		t.Error("the lead page does not offer the canned replies")
	}
}
