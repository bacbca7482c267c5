package line

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/line/line-bot-sdk-go/v8/linebot/messaging_api"

	"github.com/akari-career/akari/internal/akari"
)

func TestMessagesRespectLINELimits(t *testing.T) {
	long := strings.Repeat("あ", 3000) + "\n" + strings.Repeat("い", 3000) // 6001 units
	emoji := strings.Repeat("😊", 3000)                                   // 6000 units, 3000 runes
	var many []akari.QuickReply
	for i := range 20 {
		many = append(many, akari.QuickReply{Label: "とても長いクイックリプライのラベルです" + string(rune('A'+i))})
	}
	tests := []struct {
		name       string
		reply      akari.Reply
		wantMsgs   int
		wantQuick  int
		wantLastRx string
	}{
		{"long text split at the line break", akari.Texts(long), 2, 0, "い"},
		{"surrogate pairs counted as two units", akari.Texts(emoji), 2, 0, "😊"},
		{"more than five messages folded", akari.Texts("1", "2", "3", "4", "5", "6", "7"), 5, 0, "7"},
		{"empty texts dropped", akari.Texts("", "  ", "本文"), 1, 0, "本文"},
		{"quick replies capped at 13", akari.Reply{Messages: []akari.Message{{Text: "x"}}, QuickReplies: many}, 1, 13, "x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msgs := Messages(tt.reply)
			if len(msgs) != tt.wantMsgs {
				t.Fatalf("got %d messages, want %d", len(msgs), tt.wantMsgs)
			}
			for i, m := range msgs {
				tm := m.(*messaging_api.TextMessage)
				if n := len(utf16.Encode([]rune(tm.Text))); n == 0 || n > MaxTextUnits {
					t.Errorf("message %d has %d UTF-16 units, want 1..%d", i, n, MaxTextUnits)
				}
				if i < len(msgs)-1 && tm.QuickReply != nil {
					t.Errorf("message %d carries quick replies; only the last may", i)
				}
			}
			last := msgs[len(msgs)-1].(*messaging_api.TextMessage)
			if !strings.Contains(last.Text, tt.wantLastRx) {
				t.Errorf("last message %.40q… does not contain %q", last.Text, tt.wantLastRx)
			}
			got := 0
			if last.QuickReply != nil {
				got = len(last.QuickReply.Items)
				for _, it := range last.QuickReply.Items {
					a := it.Action.(*messaging_api.MessageAction)
					if n := len([]rune(a.Label)); n > MaxLabelRunes {
						t.Errorf("label %q has %d runes, want ≤ %d", a.Label, n, MaxLabelRunes)
					}
				}
			}
			if got != tt.wantQuick {
				t.Errorf("got %d quick replies, want %d", got, tt.wantQuick)
			}
		})
	}
}

func TestPostbackQuickReplyAndFlexMarshal(t *testing.T) {
	card := akari.Card{Title: "一般事務", Company: "あかり商事", Place: "東京都 渋谷区", Pay: "年収300万〜400万円",
		Employment: "正社員", DetailURL: "https://example.com/j1", InterestData: "action=interest&job=j1"}
	r := akari.Reply{
		Messages: []akari.Message{{Cards: []akari.Card{card}}},
		QuickReplies: []akari.QuickReply{
			{Label: "興味あり", Data: "action=interest&job=j1"},
			{Label: "長すぎるデータ", Data: strings.Repeat("x", 301)},
		},
	}
	msgs := Messages(r)
	raw, err := json.Marshal(msgs[0])
	if err != nil {
		t.Fatal(err)
	}
	// The carousel goes out exactly as Carousel built it, inside LINE's
	// flex message, with the quick replies on it (encoding/json escapes
	// "&" in raw JSON too; the same string for LINE).
	f, _ := Carousel(r.Messages[0].Cards)
	want := `{"type":"flex","altText":"あなたに合いそうな求人 1件：一般事務","contents":` + strings.ReplaceAll(string(f.Contents), "&", `\u0026`) +
		`,"quickReply":{"items":[{"action":{"label":"興味あり","data":"action=interest\u0026job=j1","displayText":"興味あり","type":"postback"},"type":"action"}]}}`
	if string(raw) != want {
		t.Errorf("flex JSON\n got %s\nwant %s", raw, want)
	}
	if !strings.HasPrefix(string(f.Contents), `{"type":"carousel","contents":[{"type":"bubble"`) {
		t.Errorf("contents %.80s…, want a carousel of bubbles", f.Contents)
	}
}

func TestRetryKeyIsStableUUID(t *testing.T) {
	a, b := RetryKey("01HEVENT"), RetryKey("01HEVENT")
	if a != b {
		t.Errorf("RetryKey not stable: %s vs %s", a, b)
	}
	if c := RetryKey("01HOTHER"); c == a {
		t.Errorf("different events share key %s", a)
	}
	if len(a) != 36 || a[14] != '5' || !strings.ContainsRune("89ab", rune(a[19])) {
		t.Errorf("RetryKey %s is not a version-5 UUID", a)
	}
}
