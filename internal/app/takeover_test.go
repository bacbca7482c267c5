package app

import (
	"context"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/akari-career/akari/internal/leads"
	"github.com/akari-career/akari/internal/store"
)

var csrfField = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

// TestRecruiterWritesAndAkariStepsBack follows a lead from the chat to the
// console and back: the person consents, a recruiter logs in, writes to
// them from the lead page (LINE push), Akari stays quiet, the recruiter
// hands back, Akari answers again.
func TestRecruiterWritesAndAkariStepsBack(t *testing.T) {
	h := start(t, setup{env: map[string]string{"AKARI_CONSOLE_USER": "recruiter", "AKARI_CONSOLE_PASSWORD": "correct-horse-battery"}})
	p := h.person("Uhandoff")
	p.say("転職したいです")
	p.say("担当者と話したい")
	for range 5 {
		p.say("スキップ")
	}
	p.say("はい、共有します")
	settle()
	page, err := h.app.store.ListLeads(context.Background(), leads.Filter{}, 10, 0)
	if err != nil || len(page.Leads) != 1 {
		t.Fatalf("leads: %v %v", page.Leads, err)
	}
	id := page.Leads[0].ID

	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar}
	get := func(path string) string {
		t.Helper()
		res, err := c.Get(h.app.URL() + path)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return string(b)
	}
	post := func(path string, form url.Values) int {
		t.Helper()
		req, _ := http.NewRequest(http.MethodPost, h.app.URL()+path, strings.NewReader(form.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("Origin", h.app.URL())
		res, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res.StatusCode
	}
	token := func(body string) string {
		t.Helper()
		m := csrfField.FindStringSubmatch(body)
		if m == nil {
			t.Fatalf("no CSRF token in %.300s", body)
		}
		return m[1]
	}
	post("/console/login", url.Values{"csrf": {token(get("/console/login"))}, "user": {"recruiter"}, "password": {"correct-horse-battery"}})
	lead := get("/console/leads/" + id)
	if !strings.Contains(lead, "転職") {
		t.Fatalf("lead page after login: %.300s", lead)
	}
	before := len(h.sim.Deliveries("Uhandoff"))
	if got := post("/console/leads/"+id+"/message", url.Values{"csrf": {token(lead)}, "text": {"担当の山田です。明日お電話してもよいですか？"}}); got >= 400 {
		t.Fatalf("send message: status %d", got)
	}
	got := h.sim.WaitDeliveries("Uhandoff", before+1, 10*time.Second)
	if len(got) != before+1 || got[len(got)-1].Via != "push" || !strings.Contains(strings.Join(got[len(got)-1].Texts(), ""), "山田") {
		t.Fatalf("the recruiter's message did not reach the person by push: %+v", got[len(got)-1])
	}
	p.seen = len(got)
	d := p.say("はい、お願いします")
	if !strings.Contains(joined(d), "担当者") {
		t.Errorf("first message during the takeover: %q, want the one notice", joined(d))
	}
	p.silent("夕方なら大丈夫です")
	if code := h.post(h.events.Image("Uhandoff")); code != 200 {
		t.Fatalf("image webhook: %d", code)
	}
	settle()
	conv, err := h.app.store.Conversation(context.Background(), id, 0)
	var said []string
	for _, m := range conv {
		said = append(said, string(m.From)+":"+m.Text)
	}
	want := []string{"recruiter:担当の山田です。", "person:はい、お願いします", "person:夕方なら大丈夫です", "person:画像が送られました"}
	for _, w := range want {
		if !slices.ContainsFunc(said, func(s string) bool { return strings.HasPrefix(s, w) }) {
			t.Errorf("the lead's conversation lacks %q: %q (%v)", w, said, err)
		}
	}

	lead = get("/console/leads/" + id)
	handback := regexp.MustCompile(`action="(/console/leads/[^"]+/handback)"`).FindStringSubmatch(lead)
	if handback == nil {
		t.Fatalf("no hand-back form on the lead page")
	}
	post(handback[1], url.Values{"csrf": {token(lead)}})
	p.seen = len(h.sim.Deliveries("Uhandoff"))
	if d := p.say("上司にはどう伝えればいいですか"); len(d.Texts()) < 2 || !strings.Contains(d.Texts()[0], "ここからはまたAkari") {
		t.Errorf("Akari's first answer after the hand-back: %q, want her to say she is back, then answer", d.Texts())
	}
}

// A worker that begins a person's events from what its last commit kept
// (no read of Redis) still hears a takeover written by another process —
// the console of another instance — before the person's next message.
func TestATakeoverWrittenElsewhereReachesAWarmWorker(t *testing.T) {
	h := start(t, setup{})
	p := h.person("Uwarm")
	p.say("在宅勤務の日だけ同僚が冷たい")
	p.say("どう伝えたらいいですか")

	console := store.New(h.rdb, h.prefix) // another process's store
	if err := console.SetHumanActive(context.Background(), "Uwarm", "yamada", time.Now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	settle()
	if d := p.say("はい"); !strings.Contains(joined(d), "担当者") {
		t.Errorf("first message after a takeover from another process: %q, want the notice that a person answers", joined(d))
	}
	p.silent("よろしくお願いします")
}
