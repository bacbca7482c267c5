package console

import (
	"context"
	"github.com/akari-career/akari/internal/browsertest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/akari-career/akari/internal/leads"
)

// browser starts a headless Chromium at a phone's size.
func browser(t *testing.T) context.Context {
	t.Helper()
	return browsertest.New(t, 390, 844, 90*time.Second)
}

// TestBrowser walks a recruiter's day on a phone-sized screen: log in, find
// the new lead, open it, move it on, write a note, export the CSV.
func TestBrowser(t *testing.T) {
	ctx := browser(t)
	e := newEnv(t)
	l := e.lead(func(l *leads.Lead) { l.DisplayName = "ブラウザ 花子" })
	step := func(name string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, actions...); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	navigate := func(name string, action chromedp.Action[chromedp.Void]) {
		t.Helper()
		res, err := chromedp.RunResponse(ctx, action)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if res.Status != 200 {
			t.Fatalf("%s: HTTP %d", name, res.Status)
		}
	}
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return s
	}

	step("emulate a phone", chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2)))
	navigate("open the console", chromedp.Navigate(e.srv.URL+"/console/leads"))
	if loc, _ := chromedp.Run(ctx, chromedp.Location()); !strings.Contains(loc, "/console/login") {
		t.Fatalf("without a login the console showed %s", loc)
	}
	step("type the login",
		chromedp.SendKeys(chromedp.CSS(`input[name="user"]`), testUser),
		chromedp.SendKeys(chromedp.CSS(`input[name="password"]`), testPassword))
	navigate("log in", chromedp.Click(chromedp.CSS(`form[action="/console/login"] button`)))
	if got := text("table.leads"); !strings.Contains(got, "ブラウザ 花子") || !strings.Contains(got, "転職・仕事探し") {
		t.Fatalf("the list does not show the new lead: %q", got)
	}
	if got := text(".counts"); !strings.Contains(got, "新規 1") {
		t.Errorf("counts = %q, want 新規 1", got)
	}
	screenshot(t, ctx, "console-list-phone.png")

	navigate("open the lead", chromedp.Click(chromedp.CSS(`a[href="/console/leads/`+l.ID+`"]`)))
	if got := text("h1"); got != "ブラウザ 花子 さん" {
		t.Errorf("lead page title = %q", got)
	}
	step("choose a status", chromedp.SetValue(chromedp.CSS(`form[action$="/status"] select`), "contacted"))
	navigate("change the status", chromedp.Click(chromedp.CSS(`form[action$="/status"] button`)))
	if got := text(".notice"); !strings.Contains(got, "状態を変更しました") {
		t.Errorf("after the status form: %q", got)
	}
	step("write a note", chromedp.SendKeys(chromedp.CSS(`form[action$="/notes"] textarea`), "明日の夜に電話する"))
	navigate("add the note", chromedp.Click(chromedp.CSS(`form[action$="/notes"] button`)))
	if got := text(".notes"); !strings.Contains(got, "明日の夜に電話する") {
		t.Errorf("notes = %q", got)
	}
	if got := text(".audit"); !strings.Contains(got, "新規 → 連絡済み") || !strings.Contains(got, "メモの追加") {
		t.Errorf("audit trail = %q", got)
	}

	csv, err := chromedp.Run(ctx, chromedp.Evaluate[string](
		// ignoreBOM keeps the byte-order mark in the text, so the test sees it.
		`fetch("/console/leads.csv").then(r => r.ok ? r.arrayBuffer() : Promise.reject(new Error("HTTP " + r.status)))
			.then(b => new TextDecoder("utf-8", {ignoreBOM: true}).decode(b))`,
		chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("fetch the CSV: %v", err)
	}
	if !strings.HasPrefix(csv, "\uFEFFID,受付日時,状態") || !strings.Contains(csv, l.ID) || !strings.Contains(csv, "連絡済み") {
		t.Errorf("CSV from the browser = %.200q", csv)
	}

	// The lead page on a phone, for a person to look at.
	screenshot(t, ctx, "console-lead-phone.png")

	got := e.reload(l.ID)
	if got.Status != leads.StatusContacted || len(got.Notes) != 1 || got.Notes[0].By != testUser {
		t.Errorf("stored lead after the browser: status %s, notes %+v", got.Status, got.Notes)
	}
}

// screenshot saves the whole page as a PNG in AKARI_SCREENSHOT_DIR (a
// temporary folder when unset) and logs where.
func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)) // 100 makes a PNG
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	dir := os.Getenv("AKARI_SCREENSHOT_DIR")
	if dir == "" {
		dir = t.TempDir()
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, shot, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot at 390×844: %s", path)
}

// TestBrowserDeletedLeadShowsNoPersonalValue opens, as a recruiter on a
// phone, a lead whose person asked for データ削除, and reads the whole page
// and the lead's JSON for any value the person gave.
func TestBrowserDeletedLeadShowsNoPersonalValue(t *testing.T) {
	ctx := browser(t)
	e := newEnv(t)
	l := e.lead(func(l *leads.Lead) {
		l.DisplayName = "削除 花子"
		l.Answers.ContactTime = "木曜の夕方なら出られます"
		l.Summary = "コールセンターの派遣を辞めたい"
		l.Transcript[0].Text = "派遣先の名古屋の工場がつらい"
		l.Consent.Text = "次の内容を担当者に共有します。\n・希望勤務地：大阪府\n・在宅の希望：週2日\n・雇用形態：正社員\n" +
			"・連絡のつきやすい時間帯：木曜の夕方なら出られます\n・電話番号：090-1234-5678\n・興味のある求人：カスタマーサポート（サンプル株式会社）\n\n共有してもよろしいですか？"
	})
	if _, err := e.store.UpdateLead(context.Background(), l.ID, testUser, func(l *leads.Lead) error {
		l.Notes = append(l.Notes, leads.Note{Text: "削除 花子さん 090-1234-5678 に夜電話"})
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if err := e.store.DeleteUser(context.Background(), l.UserID); err != nil {
		t.Fatal(err)
	}
	personal := []string{l.UserID, "削除 花子", "090-1234-5678", "09012345678", "大阪府", "週2日", "木曜の夕方",
		"コールセンターの派遣", "名古屋の工場", "夜電話"}

	if _, err := chromedp.RunResponse(ctx, chromedp.Navigate(e.srv.URL+"/console/login?next=/console/leads/"+l.ID)); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx,
		chromedp.SendKeys(chromedp.CSS(`input[name="user"]`), testUser),
		chromedp.SendKeys(chromedp.CSS(`input[name="password"]`), testPassword)); err != nil {
		t.Fatal(err)
	}
	if res, err := chromedp.RunResponse(ctx, chromedp.Click(chromedp.CSS(`form[action="/console/login"] button`))); err != nil || res.Status != 200 {
		t.Fatalf("log in to the lead page: %v %v", res, err)
	}
	page, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.documentElement.outerHTML`))
	if err != nil {
		t.Fatal(err)
	}
	api, err := chromedp.Run(ctx, chromedp.Evaluate[string](
		`fetch("/console/api/leads/`+l.ID+`").then(r => r.ok ? r.text() : Promise.reject(new Error("HTTP " + r.status)))`,
		chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("fetch the lead's JSON: %v", err)
	}
	csv, err := chromedp.Run(ctx, chromedp.Evaluate[string](`fetch("/console/leads.csv").then(r => r.text())`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("fetch the CSV: %v", err)
	}
	for what, body := range map[string]string{"page": page, "JSON": api, "CSV": csv} {
		for _, v := range personal {
			if strings.Contains(body, v) {
				t.Errorf("the deleted lead's %s shows %q", what, v)
			}
		}
	}
	if !strings.Contains(page, "個人情報は削除済みです") || !strings.Contains(page, "希望勤務地：（削除済み）") || !strings.Contains(page, "カスタマーサポート") {
		t.Errorf("the page should say the data was deleted and keep the consent's wording:\n%s", page)
	}
	if strings.Contains(page, `action="/console/leads/`+l.ID+`/message"`) {
		t.Error("the page still offers to message the person")
	}
	screenshot(t, ctx, "console-deleted-lead-phone.png")
}
