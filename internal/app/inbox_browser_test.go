package app

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/akari-career/akari/internal/accounts"
	"github.com/akari-career/akari/internal/leads"
)

// TestTwoRecruitersShareTheInbox is the recruiters' day with two people:
// 佐藤 (on a phone) takes a lead; the person writes on LINE (a signed
// webhook) and the message appears on 佐藤's page without a reload; 佐藤
// answers and the person gets it by push; 鈴木 (on a desktop) sees the lead
// is 佐藤's, adds a note, and the audit trail names both.
func TestTwoRecruitersShareTheInbox(t *testing.T) {
	h := start(t, setup{env: map[string]string{"AKARI_CONSOLE_USER": "admin", "AKARI_CONSOLE_PASSWORD": "bootstrap-admin-pw"}})
	ctx := context.Background()
	for _, name := range []string{"佐藤", "鈴木"} {
		u, err := accounts.New(name, accounts.Recruiter, name+"-password-123", "admin", time.Now())
		if err != nil {
			t.Fatal(err)
		}
		if err := h.app.store.AddUser(ctx, u); err != nil {
			t.Fatal(err)
		}
	}
	p := h.person("Uinbox")
	p.say("コールセンターの派遣、もう辞めたいです")
	p.say("担当者と話したい")
	for range 5 {
		p.say("スキップ")
	}
	p.say("はい、共有します")
	page0, err := h.app.store.ListLeads(ctx, leads.Filter{}, 10, 0)
	if err != nil || len(page0.Leads) != 1 {
		t.Fatalf("leads: %v %v", page0.Leads, err)
	}
	id := page0.Leads[0].ID

	sato := page{t, browser(t, 390, 844)}
	suzuki := page{t, browser(t, 1280, 900)}
	login := func(b page, name string) {
		t.Helper()
		b.open(h.app.URL() + "/console/login")
		b.do(name+" logs in",
			chromedp.SendKeys(chromedp.CSS(`input[name="user"]`), name),
			chromedp.SendKeys(chromedp.CSS(`input[name="password"]`), name+"-password-123"),
			chromedp.Click(chromedp.CSS(`form button[type="submit"]`)),
			chromedp.WaitVisible(chromedp.CSS("table.leads")))
	}

	login(sato, "佐藤")
	sato.open(h.app.URL() + "/console/leads/" + id)
	sato.do("佐藤 takes the lead", chromedp.Click(chromedp.CSS("button.take")), chromedp.WaitVisible(chromedp.CSS(`p.notice`)))
	if got := sato.text(".lead-head"); !strings.Contains(got, "担当 佐藤") {
		t.Errorf("after taking, the head says %q", got)
	}

	// The person writes; 佐藤's open page shows it within seconds.
	p.say("明日の夜なら電話で話せます")
	began := time.Now()
	sato.waitCount("the person's message appears live", `#conversation li.person`, 1)
	t.Logf("the message appeared on the recruiter's page %v after Akari answered", time.Since(began).Round(100*time.Millisecond))
	if got := sato.text("#conversation"); !strings.Contains(got, "明日の夜なら電話で話せます") || !strings.Contains(got, "Akari") {
		t.Errorf("the live conversation shows %q", got)
	}
	sato.screenshot("inbox-lead-phone.png")
	sato.view("inbox-lead-phone-top.png")

	before := len(h.sim.Deliveries("Uinbox"))
	sato.do("佐藤 answers",
		chromedp.SendKeys(chromedp.CSS("#message"), "担当の佐藤です。明日の19時ごろにお電話しますね。"),
		chromedp.Click(chromedp.CSS(`form[action$="/message"] button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`p.notice`)))
	got := h.sim.WaitDeliveries("Uinbox", before+1, 10*time.Second)
	if len(got) <= before || got[len(got)-1].Via != "push" || !strings.Contains(strings.Join(got[len(got)-1].Texts(), ""), "担当の佐藤です") {
		t.Fatalf("the person did not get 佐藤's answer by push: %+v", got[len(got)-1])
	}
	sato.waitCount("佐藤's answer in the conversation", `#conversation li.recruiter`, 1)

	// 鈴木 sees the lead is 佐藤's and leaves a note.
	login(suzuki, "鈴木")
	if row := suzuki.text("table.leads tbody tr"); !strings.Contains(row, "佐藤") {
		t.Errorf("鈴木's list row: %q, want 佐藤 as the assignee", row)
	}
	suzuki.screenshot("inbox-list-desktop.png")
	suzuki.open(h.app.URL() + "/console/leads/" + id)
	suzuki.do("鈴木 adds a note",
		chromedp.SendKeys(chromedp.CSS(`form[action$="/notes"] textarea`), "佐藤さんが明日19時に電話予定。"),
		chromedp.Click(chromedp.CSS(`form[action$="/notes"] button[type="submit"]`)))
	// The form posts and the page comes back with the note in the audit:
	// wait for that page, not for anything on the old one.
	suzuki.waitText("ol.audit", "鈴木：メモの追加", 15*time.Second)
	audit := suzuki.text("ol.audit")
	for _, want := range []string{"佐藤：担当者の変更", "佐藤：LINEでメッセージ送信", "鈴木：メモの追加"} {
		if !strings.Contains(audit, want) {
			t.Errorf("the audit lacks %q:\n%s", want, audit)
		}
	}
	if got := suzuki.text("#conversation"); !strings.Contains(got, "明日の夜なら電話で話せます") || !strings.Contains(got, "佐藤") {
		t.Errorf("鈴木 sees the conversation as %q", got)
	}
	suzuki.screenshot("inbox-lead-desktop.png")
	suzuki.view("inbox-lead-desktop-top.png")
	sato.do("佐藤's list on a phone", chromedp.Navigate(h.app.URL()+"/console/leads"), chromedp.WaitVisible(chromedp.CSS("table.leads")))
	sato.view("inbox-list-phone.png")
}

// view saves what the window shows (not the whole page), for a person to
// look at the first screen.
func (p page) view(name string) {
	p.t.Helper()
	p.do("scroll to the top", chromedp.Evaluate[chromedp.Void](`window.scrollTo(0, 0)`))
	shot, err := chromedp.Run(p.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		p.t.Errorf("screenshot: %v", err)
		return
	}
	p.save(name, shot)
}
