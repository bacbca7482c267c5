package app

import (
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/akari-career/akari/internal/linesim"
	"github.com/akari-career/akari/internal/redistest"
)

// Care mode, as a person meets it: every message through a signed webhook,
// the state in a real Redis.

func TestCareLastsTheConversation(t *testing.T) {
	h := start(t, setup{})
	p := h.person("Ucare")
	p.say("コールセンターのクレーム対応で毎日怒鳴られてます")
	d := p.say("もう死にたい")
	if !strings.Contains(joined(d), "0120-279-338") || chips(d) != "" {
		t.Fatalf("crisis reply: %q chips %q, want the hotlines and nothing to tap", joined(d), chips(d))
	}
	// No signal word: still care, never advice about the complaint call.
	d = p.say("電話する気力もない")
	if got := joined(d); !strings.Contains(got, "チャット") || strings.Contains(got, "①") || strings.Contains(got, "クレーム") {
		t.Errorf("a follow-up without a signal: %q, want care with text-based lines, no career steps", got)
	}
	d = p.say("求人を見せて")
	if _, _, ok := flexOf(d); ok || strings.Contains(chips(d), "求人") || strings.Contains(chips(d), "担当者") {
		t.Errorf("jobs in care: flex=%v chips %q, want no cards and no job or recruiter chips", ok, chips(d))
	}
	if !strings.Contains(joined(d), "あとで") {
		t.Errorf("jobs in care: %q, want an offer to look later", joined(d))
	}
	d = p.say("担当者の方と話したいです")
	if got := joined(d); strings.Contains(got, "働きたい場所") || !strings.Contains(got, "担当者") {
		t.Errorf("handover in care: %q, want it kindly deferred, no intake", got)
	}
	d = p.say("少し落ち着いた")
	if got := joined(d); !strings.Contains(got, "今夜") || !strings.Contains(got, "0120-279-338") {
		t.Errorf("calmer: %q, want a check on tonight's safety and where to reach help", got)
	}
	d = p.tap2("今夜は大丈夫")
	if got := joined(d); !strings.Contains(chips(d), "悩みの相談に戻る") {
		t.Errorf("safe: %q chips %q, want a gentle way back to the worry", got, chips(d))
	}
	d = p.say("もう少し悩みの相談をしたいです")
	if got := joined(d); !strings.Contains(got, "①") {
		t.Errorf("after care: %q, want guidance on the worry again", got)
	}
}

func TestFalseAlarmIsRecoveredAndHandoverAllowed(t *testing.T) {
	h := start(t, setup{})
	p := h.person("Ufalse")
	p.say("派遣で事務をしています。在宅の日だけ同僚が冷たい")
	p.say("もう消えたい")
	d := p.say("そういう意味じゃないです、職場から消えたいくらい気まずいってことです")
	got := joined(d)
	if !strings.Contains(got, "ごめんなさい") || strings.Count(got, "ごめんなさい") > 1 || strings.Contains(got, "0120-279-338") {
		t.Errorf("false alarm: %q, want one apology and no hotlines", got)
	}
	d = p.say("担当者の方と話してみたいです")
	if got := joined(d); !strings.Contains(got, "働きたい場所") {
		t.Errorf("handover after a false alarm: %q, want the intake to start", got)
	}
}

func TestCareModeSurvivesARestart(t *testing.T) {
	url, prefix := redistest.URL(t), redistest.Prefix(t)
	sim := linesim.New(testToken)
	first := start(t, setup{redisURL: url, prefix: prefix, sim: sim, name: "before"})
	p := first.person("Urestart")
	p.say("もう死にたい")
	first.stop()

	second := start(t, setup{redisURL: url, prefix: prefix, sim: sim, name: "after"})
	p.h = second
	d := p.say("求人を見たい")
	if _, _, ok := flexOf(d); ok || !strings.Contains(joined(d), "あとで") {
		t.Errorf("after a restart: %q flex=%v, want care mode to hold", joined(d), ok)
	}
}

// tap2 taps a chip of the last reply by its label, as LINE sends it.
func (c *chatter) tap2(label string) linesim.Delivery {
	c.t.Helper()
	got := c.h.sim.Deliveries(c.user)
	if len(got) == 0 {
		c.t.Fatal("no reply to tap on")
	}
	last := got[len(got)-1]
	for _, a := range chipActions(last) {
		if a.Label != label {
			continue
		}
		if a.Data != "" {
			return c.send(c.h.events.PostbackEvent(c.user, a.Data))
		}
		return c.say(a.Text)
	}
	c.t.Fatalf("no chip %q under %q", label, joined(last))
	return linesim.Delivery{}
}

// TestCarePromptThroughTheModel: in care mode the model gets the care
// prompt, and an answer that names no 24-hour line is replaced by the
// fixed care reply.
func TestCarePromptThroughTheModel(t *testing.T) {
	llm := &fakeLLM{}
	srv := httptest.NewServer(llm)
	defer srv.Close()
	h := start(t, setup{env: map[string]string{"OPENAI_BASE_URL": srv.URL + "/v1", "OPENAI_API_KEY": "k"}})
	p := h.person("Ucarellm")
	p.say("もう死にたい")
	answer := "そうだったんですね。よりそいホットライン 0120-279-338 は24時間つながります。いまはどんな気持ちですか？"
	llm.setAnswer(answer)
	d := p.say("誰にも言えなくて")
	if got := joined(d); got != answer {
		t.Errorf("care reply: %q, want the model's answer", got)
	}
	msgs := llm.lastAdvice()
	if len(msgs) == 0 || !strings.Contains(msgs[0].Content, "キャリアの相談はいったん脇に置き") || !strings.Contains(msgs[0].Content, "0120-279-338") {
		t.Errorf("system prompt in care mode is not the care prompt:\n%.300v", msgs)
	}
	// An answer without a 24-hour line is not sent.
	llm.setAnswer("大変でしたね。転職も考えてみましょう。")
	d = p.say("まだ眠れない")
	if got := joined(d); strings.Contains(got, "転職") || !strings.Contains(got, "0120-279-338") {
		t.Errorf("care reply without a 24-hour line: %q, want the fixed care reply", got)
	}
}
