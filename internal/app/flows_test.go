package app

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/akari-career/akari/internal/jobs"
	"github.com/akari-career/akari/internal/leads"
	"github.com/akari-career/akari/internal/linesim"
)

// conversation drives one person through signed webhooks and reads what
// LINE would have shown them.
type chatter struct {
	t    *testing.T
	h    *harness
	user string
	seen int
}

func (h *harness) person(user string) *chatter {
	return &chatter{t: h.t, h: h, user: user}
}

// send posts one event and returns the delivery it caused.
func (c *chatter) send(ev linesim.Event) linesim.Delivery {
	c.t.Helper()
	if got := c.h.post(ev); got != 200 {
		c.t.Fatalf("webhook status %d", got)
	}
	got := c.h.sim.WaitDeliveries(c.user, c.seen+1, 10*time.Second)
	if len(got) <= c.seen {
		c.t.Fatalf("no reply to %+v", ev)
	}
	c.seen = len(got)
	return got[len(got)-1]
}

func (c *chatter) say(text string) linesim.Delivery {
	c.t.Helper()
	return c.send(c.h.events.Text(c.user, text))
}

func (c *chatter) tap(data string) linesim.Delivery {
	c.t.Helper()
	return c.send(c.h.events.PostbackEvent(c.user, data))
}

// silent posts an event and checks that Akari says nothing.
func (c *chatter) silent(text string) {
	c.t.Helper()
	c.h.post(c.h.events.Text(c.user, text))
	settle()
	if got := c.h.sim.Deliveries(c.user); len(got) != c.seen {
		c.t.Errorf("Akari answered %q while she should be quiet: %v", text, got[len(got)-1].Texts())
	}
}

func flexOf(d linesim.Delivery) (altText string, contents json.RawMessage, ok bool) {
	for _, m := range d.Messages {
		var f struct {
			Type     string          `json:"type"`
			AltText  string          `json:"altText"`
			Contents json.RawMessage `json:"contents"`
		}
		if json.Unmarshal(m, &f) == nil && f.Type == "flex" {
			return f.AltText, f.Contents, true
		}
	}
	return "", nil, false
}

// chipAction is a quick reply as LINE received it.
type chipAction struct{ Label, Text, Data string }

func chipActions(d linesim.Delivery) []chipAction {
	var out []chipAction
	for _, m := range d.Messages {
		var q struct {
			QuickReply struct {
				Items []struct {
					Action chipAction `json:"action"`
				} `json:"items"`
			} `json:"quickReply"`
		}
		json.Unmarshal(m, &q)
		for _, it := range q.QuickReply.Items {
			out = append(out, it.Action)
		}
	}
	return out
}

func chips(d linesim.Delivery) string {
	var labels []string
	for _, a := range chipActions(d) {
		labels = append(labels, a.Label)
	}
	return strings.Join(labels, ",")
}

func joined(d linesim.Delivery) string { return strings.Join(d.Texts(), "\n") }

func TestJobCardsOnlyWhenTheyHelp(t *testing.T) {
	h := start(t, setup{})
	p := h.person("Ujobs")
	d := p.say("在宅勤務してたら現場の人に冷たくされる…")
	if _, _, ok := flexOf(d); ok || strings.Contains(chips(d), "求人") {
		t.Errorf("first reply to an emotional worry carries jobs: chips %s", chips(d))
	}
	d = p.say("求人を見たい")
	alt, contents, ok := flexOf(d)
	if !ok || !strings.Contains(alt, "求人") || len(contents) > 50*1024 {
		t.Fatalf("「求人を見たい」: flex=%v alt=%q size=%d, want a carousel within LINE's limits", ok, alt, len(contents))
	}
	// remote_work_envy → remote-friendly listings first.
	if !strings.Contains(string(contents), "在宅") && !strings.Contains(string(contents), "リモート") {
		t.Errorf("cards for remote-work envy show no remote work: %.400s", contents)
	}
	d = p.say("もう消えたい")
	if _, _, ok := flexOf(d); ok || !strings.Contains(joined(d), "0120-279-338") {
		t.Errorf("crisis reply: %q flex=%v, want hotlines and no card", joined(d), ok)
	}
	// Right after a wish to end everything, jobs wait: care first, and an
	// offer to look later (care_test.go follows the whole way back).
	d = p.say("求人を見たい")
	if _, _, ok := flexOf(d); ok || strings.Contains(chips(d), "求人") {
		t.Errorf("jobs asked in care mode: flex=%v chips %s, want care and no jobs", ok, chips(d))
	}
}

func TestFollowUpKeepsTheWorryAndClarifyAsks(t *testing.T) {
	h := start(t, setup{})
	p := h.person("Ucontext")
	p.say("派遣先のコールセンター、研修が終わったけどもう辞めたい")
	d := p.say("どうしたらいい？")
	settle() // the state is saved just after the reply goes out
	st, err := h.app.store.Load(context.Background(), "Ucontext")
	if err != nil {
		t.Fatal(err)
	}
	if st.Category != "resignation" || st.Guided["resignation"] != 2 {
		t.Errorf("after a follow-up: category %s guided %v, want resignation twice", st.Category, st.Guided)
	}
	if !strings.ContainsAny(joined(d), "？?") {
		t.Errorf("follow-up reply has no question back: %q", joined(d))
	}
}

// リセット is saved like any other event: the cleared state carries the
// version it was read at, so its commit is not refused as stale (it was,
// and the conversation went on as if nothing had been said).
func TestResetForgetsTheConversation(t *testing.T) {
	h := start(t, setup{})
	p := h.person("Ureset")
	p.say("在宅の日だけ同僚が冷たい")
	if d := p.say("リセット"); !strings.Contains(joined(d), "リセット") {
		t.Fatalf("reply to リセット: %q", joined(d))
	}
	settle() // the state is saved just after the reply goes out
	st, err := h.app.store.Load(context.Background(), "Ureset")
	if err != nil {
		t.Fatal(err)
	}
	if st.Category != "" || st.TurnCount != 0 || len(st.Turns) != 0 {
		t.Errorf("after リセット: category %q, %d messages, %d turns; want the conversation forgotten", st.Category, st.TurnCount, len(st.Turns))
	}
	if n := testutil.ToFloat64(h.app.m.HandleRetries); n != 0 {
		t.Errorf("%v events retried, want none", n)
	}
}

func TestIntakeConsentLeadAndWithdrawal(t *testing.T) {
	h := start(t, setup{})
	h.sim.SetProfile("Uintake", "みさき")
	p := h.person("Uintake")
	p.say("コールセンターの派遣、もう辞めたいです")
	p.say("求人を見てみたいです")
	d := p.tap(jobs.InterestData("sample-001"))
	if !strings.Contains(joined(d), "①") || !strings.Contains(chips(d), "スキップ") {
		t.Fatalf("興味あり: %q chips %s, want the first question with chips", joined(d), chips(d))
	}
	p.say("大阪")
	d = p.say("やめる")
	if !strings.Contains(joined(d), "中断") {
		t.Fatalf("やめる: %q", joined(d))
	}
	d = p.say("担当者と話したい")
	if !strings.Contains(joined(d), "続き") || !strings.Contains(joined(d), "②") {
		t.Fatalf("resume: %q, want to continue at question 2", joined(d))
	}
	p.say("スキップ")
	p.say("正社員")
	p.say("平日の夜")
	d = p.say("でんわばんごう")
	if !strings.Contains(joined(d), "電話番号") {
		t.Errorf("invalid phone: %q, want a kind re-ask", joined(d))
	}
	d = p.say("080-2222-3333")
	if !strings.Contains(joined(d), "共有してもよろしいですか") || !strings.Contains(joined(d), "大阪府") {
		t.Fatalf("consent question: %q", joined(d))
	}
	ctx := context.Background()
	if page, _ := h.app.store.ListLeads(ctx, leads.Filter{}, 10, 0); len(page.Leads) != 0 {
		t.Fatalf("a lead exists before consent: %+v", page.Leads)
	}
	p.say("はい、共有します")
	settle()
	page, err := h.app.store.ListLeads(ctx, leads.Filter{}, 10, 0)
	if err != nil || len(page.Leads) != 1 {
		t.Fatalf("leads after consent: %v %v", page.Leads, err)
	}
	l, err := h.app.store.GetLead(ctx, page.Leads[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if l.DisplayName != "みさき" || l.Answers.Phone != "08022223333" || l.Answers.Remote != "" || l.Consent.Text == "" ||
		l.Status != leads.StatusNew || len(l.Jobs) != 1 || len(l.Transcript) == 0 || l.Summary == "" {
		t.Errorf("lead = %+v", l)
	}
	d = p.say("共有をやめる")
	if !strings.Contains(joined(d), "取り消") {
		t.Errorf("withdraw: %q", joined(d))
	}
	settle()
	if l, _ = h.app.store.GetLead(ctx, l.ID); l.Status != leads.StatusWithdrawn || l.Answers.Phone != "" || l.DisplayName != "" {
		t.Errorf("after withdrawal the lead is %+v, want anonymised and withdrawn", l)
	}
}

func TestConsentNoStoresNothing(t *testing.T) {
	h := start(t, setup{})
	p := h.person("Uno")
	p.say("転職したい")
	p.say("担当者と話したい")
	for range 5 {
		p.say("スキップ")
	}
	d := p.say("いいえ")
	if !strings.Contains(joined(d), "共有していません") {
		t.Errorf("consent no: %q", joined(d))
	}
	page, _ := h.app.store.ListLeads(context.Background(), leads.Filter{}, 10, 0)
	if len(page.Leads) != 0 {
		t.Errorf("a lead was stored without consent: %+v", page.Leads)
	}
}

func TestAkariIsQuietWhileARecruiterTalks(t *testing.T) {
	h := start(t, setup{})
	p := h.person("Utakeover")
	p.say("人間関係がつらくて")
	if err := h.app.store.SetHumanActive(context.Background(), "Utakeover", "recruiter", time.Now().Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	d := p.say("わかりました、よろしくお願いします")
	if !strings.Contains(joined(d), "担当者") {
		t.Errorf("first message during takeover: %q, want the one notice", joined(d))
	}
	p.silent("夕方なら電話できます")
	d = p.say("もう死にたい")
	if !strings.Contains(joined(d), "0120-279-338") {
		t.Errorf("crisis during takeover: %q, want crisis care anyway", joined(d))
	}
	h.app.store.ClearHuman(context.Background(), "Utakeover")
	if d = p.say("上司とどう話せばいい？"); len(d.Texts()) == 0 {
		t.Error("after hand-back Akari does not answer")
	}
}

func TestNewLeadNotifiesRecruitersWithoutPersonalData(t *testing.T) {
	got := make(chan string, 4)
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		got <- string(b)
	}))
	defer hook.Close()
	h := start(t, setup{env: map[string]string{"AKARI_LEAD_WEBHOOK_URL": hook.URL, "AKARI_CONSOLE_URL": "https://console.example"}})
	h.sim.SetProfile("Unotify", "たかし")
	p := h.person("Unotify")
	p.say("給料が上がらないので転職したい")
	p.say("担当者と話したい")
	p.say("東京")
	for range 3 {
		p.say("スキップ")
	}
	p.say("090-8888-7777")
	p.say("はい、共有します")
	select {
	case body := <-got:
		var n struct {
			ID, Category, URL string
		}
		if err := json.Unmarshal([]byte(body), &n); err != nil || n.ID == "" || n.Category == "" || !strings.HasPrefix(n.URL, "https://console.example/") {
			t.Errorf("notice %s, want {id, category, url} pointing at the console", body)
		}
		for _, personal := range []string{"たかし", "09088887777", "090-8888-7777", "Unotify", "東京"} {
			if strings.Contains(body, personal) {
				t.Errorf("the notice carries personal data %q: %s", personal, body)
			}
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no notice reached the webhook")
	}
}
