package line

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf16"

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
			for i, tm := range msgs {
				if tm.Type != "text" {
					t.Errorf("message %d is %q, want text", i, tm.Type)
				}
				if n := len(utf16.Encode([]rune(tm.Text))); n == 0 || n > MaxTextUnits {
					t.Errorf("message %d has %d UTF-16 units, want 1..%d", i, n, MaxTextUnits)
				}
				if i < len(msgs)-1 && tm.QuickReply != nil {
					t.Errorf("message %d carries quick replies; only the last may", i)
				}
			}
			last := msgs[len(msgs)-1]
			if !strings.Contains(last.Text, tt.wantLastRx) {
				t.Errorf("last message %.40q… does not contain %q", last.Text, tt.wantLastRx)
			}
			got := 0
			if last.QuickReply != nil {
				got = len(last.QuickReply.Items)
				for _, it := range last.QuickReply.Items {
					a := it.Action
					if a.Type != "message" {
						t.Errorf("chip %q is a %q action, want message", a.Label, a.Type)
					}
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
	raw, err := replyBody("rt1", Messages(r))
	if err != nil {
		t.Fatal(err)
	}
	// The carousel goes out byte for byte as Carousel built it, inside
	// LINE's flex message, with the quick replies on it; "&" is not
	// escaped, here or in the chip.
	f, _ := Carousel(r.Messages[0].Cards)
	want := `{"replyToken":"rt1","messages":[{"type":"flex","altText":"あなたに合いそうな求人 1件：一般事務",` +
		`"quickReply":{"items":[{"type":"action","action":{"type":"postback","label":"興味あり","data":"action=interest&job=j1","displayText":"興味あり"}}]},` +
		`"contents":` + string(f.Contents) + `}],"notificationDisabled":false}`
	if string(raw) != want {
		t.Errorf("reply body\n got %s\nwant %s", raw, want)
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

// fitsUnits answers as counting the UTF-16 units does, for texts of every
// kind of rune and for bytes that are not UTF-8, at limits around their
// byte and unit lengths.
func TestFitsUnitsAgreesWithCounting(t *testing.T) {
	pieces := []string{"a", "é", "あ", "漢", "😀", "\xff", "\xe3\x81", "\n", "𠮷"}
	r := rand.New(rand.NewPCG(16, 7))
	checked := map[bool]int{}
	for range 20000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		for _, limit := range []int{0, 1, 5, utf16Len(s) - 1, utf16Len(s), len(s) - 1, len(s), len(s) + 1} {
			want := utf16Len(s) <= limit
			if got := fitsUnits(s, limit); got != want {
				t.Fatalf("fitsUnits(%q, %d) = %v, counting says %v", s, limit, got, want)
			}
			checked[want]++
		}
	}
	if checked[true] == 0 || checked[false] == 0 {
		t.Errorf("checked %v: both answers must be met", checked)
	}
}
