package app

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/conversation"
)

// The state read on every event is lean (issue #16): after 20 turns of a
// realistic conversation it is at most 4 KB; Akari's words are beside it.

// twentyTurns is an evening with Akari, as a person on LINE writes: a
// worry told over several messages, follow-up questions, facts about
// themselves, job cards, thanks, and then care mode.
// ../akari/testdata/state-before-lean.json is the state it left when the
// state kept Akari's words (12,026 bytes).
var twentyTurns = []string{
	"派遣でコールセンターで働いてます。毎日クレーム対応ばかりで、電話が鳴るたびに胃が痛くなる。正直しんどいです",
	"残業も月40時間くらいあって、帰ったら何もできない",
	"どうしたらいい？",
	"上司にどう伝えればいい？",
	"在宅勤務は週2日です",
	"子どもが2人いて、保育園のお迎えもある",
	"転職も考えたほうがいいのかな",
	"未経験でもできる事務の仕事ってある？",
	"求人を見てみる",
	"もっと見る",
	"やっぱり今の職場でもう少し頑張るか迷う。辞めたら次が見つかるか不安だし、子どものこともあるし",
	"有給ってとりにくいんだけど、普通？",
	"ありがとう、少し楽になった",
	"でも夜になると不安で眠れない。布団に入っても明日の電話のことばかり考えてしまう",
	"朝起きると体が重くて",
	"もう消えたいって思うときがある",
	"うん、ちょっと話を聞いてほしい",
	"誰にも相談できなくて",
	"今日も上司に怒られた。みんなの前で、なんでこんなこともできないのって",
	"眠れないのがつらい",
}

// maxLeanState is the budget for the state read on every event.
const maxLeanState = 4096

func (h *harness) userKey(user, name string) string { return h.prefix + ":{u:" + user + "}:" + name }

func TestLeanStateAfterTwentyTurns(t *testing.T) {
	h := start(t, setup{})
	const user = "U4af4980629f0b1c2d3e4f5a6b7c8d9e0" // as long as LINE's
	c := h.person(user)
	c.send(h.events.Follow(user))
	var said []string
	for _, s := range twentyTurns {
		said = append(said, joined(c.say(s)))
	}
	settle() // the state is saved just after the reply goes out
	ctx := context.Background()
	raw, err := h.rdb.Get(ctx, h.userKey(user, "state")).Result()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("the state after %d turns: %d bytes (%d of Akari's turns beside it)", len(twentyTurns), len(raw), h.rdb.LLen(ctx, h.userKey(user, "hist")).Val())
	if len(raw) > maxLeanState {
		t.Errorf("the state after %d turns takes %d bytes, want at most %d", len(twentyTurns), len(raw), maxLeanState)
	}
	for _, line := range strings.Split(said[len(said)-1], "\n") {
		if utf8.RuneCountInString(line) >= 16 && strings.Contains(raw, line) {
			t.Errorf("the state keeps Akari's words: %q", line)
		}
	}
	if !strings.Contains(raw, "眠れないのがつらい") {
		t.Error("the state lost the person's last message")
	}
	hist, _ := h.rdb.LRange(ctx, h.userKey(user, "hist"), 0, -1).Result()
	if len(hist) == 0 || !strings.Contains(hist[len(hist)-1], strings.Split(said[len(said)-1], "\n")[0]) {
		t.Errorf("the history's newest entry is not Akari's last reply: %q", hist)
	}
}

// shiftTimes moves every time in a stored state by d, as if it had been
// saved d later: care mode expires a day after the last sign.
func shiftTimes(t *testing.T, raw []byte, d time.Duration) []byte {
	t.Helper()
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatal(err)
	}
	var walk func(any) any
	walk = func(v any) any {
		switch x := v.(type) {
		case map[string]any:
			for k, e := range x {
				x[k] = walk(e)
			}
		case []any:
			for i, e := range x {
				x[i] = walk(e)
			}
		case string:
			if at, err := time.Parse(time.RFC3339Nano, x); err == nil {
				return at.Add(d).Format(time.RFC3339Nano)
			}
		}
		return v
	}
	out, err := json.Marshal(walk(v))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// A person's state stored before the lean form — a real one, 20 turns,
// care mode on — keeps working after the upgrade: care goes on, the
// summary, the facts and the person's recent messages are there, Akari's
// words move beside the state, and she says exactly what she would have
// said had the state never been stored lean — her memory of what she said
// lately survives the move, so she does not repeat herself.
func TestStateStoredBeforeLeanKeepsWorking(t *testing.T) {
	raw, err := os.ReadFile("../akari/testdata/state-before-lean.json")
	if err != nil {
		t.Fatal(err)
	}
	h := start(t, setup{})
	ctx := context.Background()
	const user = "Ubeforelean"
	var before akari.State
	if err := json.Unmarshal(raw, &before); err != nil {
		t.Fatal(err)
	}
	raw = shiftTimes(t, raw, time.Since(before.UpdatedAt)-10*time.Minute)
	if err := json.Unmarshal(raw, &before); err != nil {
		t.Fatal(err)
	}
	if err := h.rdb.Set(ctx, h.userKey(user, "state"), raw, time.Hour).Err(); err != nil {
		t.Fatal(err)
	}
	// The version the old code kept beside it: its last event.
	if err := h.rdb.Set(ctx, h.userKey(user, "ver"), "21:"+before.Events[len(before.Events)-1], time.Hour).Err(); err != nil {
		t.Fatal(err)
	}
	// The shadow is the same conversation handled by the same engine,
	// never stored: what Akari says when her words stay in her turns.
	var shadow akari.State
	if err := json.Unmarshal(raw, &shadow); err != nil {
		t.Fatal(err)
	}
	shadow.UserID = user
	p := h.person(user)
	say := func(text string) string {
		t.Helper()
		got := joined(p.say(text))
		r, err := h.app.engine.Handle(ctx, &shadow, akari.Event{ID: "shadow-" + text, Kind: akari.EventText, UserID: user, Text: text}, conversation.Situation{})
		if err != nil {
			t.Fatal(err)
		}
		var want []string
		for _, m := range r.Reply.Messages {
			want = append(want, m.Text)
		}
		if got != strings.Join(want, "\n") {
			t.Errorf("to 「%s」 Akari said\n%s\nwant, as with her words in the state:\n%s", text, got, strings.Join(want, "\n"))
		}
		return got
	}

	// Care mode goes on.
	if d := say("今日もまだ気持ちが重い"); !strings.Contains(d, "0120-279-338") {
		t.Errorf("in care mode, the reply names no 24-hour line: %q", d)
	}
	settle()
	st, err := h.app.store.Load(ctx, user)
	if err != nil {
		t.Fatal(err)
	}
	if st.Care == nil || st.Care.Level != before.Care.Level || st.Care.Replies != before.Care.Replies+1 {
		t.Errorf("care after the upgrade: %+v, want %+v and one more reply", st.Care, before.Care)
	}
	// The summary goes on from the old one: the turns that left the
	// window are folded in, nothing is lost.
	for _, line := range strings.Split(before.Summary, "\n") {
		if strings.HasPrefix(line, "・") && !strings.Contains(st.Summary, line) {
			t.Errorf("the summary lost %q:\n%s", line, st.Summary)
		}
	}
	if !strings.Contains(st.Summary, "・"+twentyTurns[10]) {
		t.Errorf("the summary did not fold in the message that left the window:\n%s", st.Summary)
	}
	for k, f := range before.Known {
		if st.Known[k].Value != f.Value {
			t.Errorf("fact %s = %q, want %q", k, st.Known[k].Value, f.Value)
		}
	}
	if st.TurnCount != before.TurnCount+1 || st.Category != before.Category {
		t.Errorf("turn count %d, category %s; want %d, %s", st.TurnCount, st.Category, before.TurnCount+1, before.Category)
	}
	var person []string
	akariTurns := 0
	for _, turn := range st.Turns {
		if turn.Role == akari.RoleUser {
			person = append(person, turn.Text)
			continue
		}
		akariTurns++
		if turn.Text != "" || turn.N == 0 {
			t.Errorf("Akari's turn kept in the state as %+v, want a number and no words", turn)
		}
	}
	if want := "誰にも相談できなくて|" + twentyTurns[18] + "|眠れないのがつらい|今日もまだ気持ちが重い"; !strings.HasSuffix(strings.Join(person, "|"), want) {
		t.Errorf("the person's recent messages: %q, want them to end with %q", person, want)
	}
	if raw, _ := h.rdb.Get(ctx, h.userKey(user, "state")).Result(); len(raw) > maxLeanState {
		t.Errorf("the state after the upgrade takes %d bytes, want at most %d", len(raw), maxLeanState)
	}
	if hist, _ := h.rdb.LRange(ctx, h.userKey(user, "hist"), 0, -1).Result(); len(hist) != akariTurns || !strings.Contains(strings.Join(hist, ""), "0120-279-338") {
		t.Errorf("history of %d entries, want Akari's %d turns of the state", len(hist), akariTurns)
	}

	// Safe again: care ends, and the worry goes on — where what she said
	// before the upgrade decides what she does not say again.
	say("死ぬつもりはないです。家族もいるので大丈夫")
	say("朝起きると体が重くて")
	say("会社を辞めたい")
}

// With a model, Akari's earlier words are read with the state and shown
// to it: the store reads the history in Begin's round trip.
func TestTheModelIsShownAkarisEarlierWords(t *testing.T) {
	llm := &fakeLLM{}
	srv := httptest.NewServer(llm)
	defer srv.Close()
	h := start(t, setup{env: map[string]string{
		"OPENAI_API_KEY": "sk-test", "OPENAI_BASE_URL": srv.URL + "/v1", "OPENAI_MODEL": "test-model",
	}})
	p := h.person("Ullmwords")
	first := joined(p.say("在宅の日だけ同僚が冷たいです"))
	p.say("上司にはどう伝えたらいい？")
	last := first[strings.LastIndex(first, "\n")+1:]
	shown := false
	for _, m := range llm.lastAdvice() {
		if m.Role == "assistant" && strings.Contains(m.Content, last) {
			shown = true
		}
	}
	if !shown {
		t.Errorf("the model was not shown Akari's earlier reply (%q): %+v", last, llm.lastAdvice())
	}
}
