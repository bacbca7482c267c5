package worry

import (
	"testing"

	"github.com/akari-career/akari/internal/akari"
)

// TestWorryAfterOpening: Akari's name and a greeting before a worry do
// not make it small talk; alone, or with a word after them, they are.
func TestWorryAfterOpening(t *testing.T) {
	m := loadModel(t)
	tests := []struct {
		text string
		want akari.Category
	}{
		{"あかりちゃん聞いて、4月から不動産営業やってるんだけど上司がマジで毎朝詰めてくる", akari.WorkplaceRelationships},
		{"こんばんは。コールセンターの派遣、もう辞めたいです", akari.Resignation},
		{"あかりちゃんって何者？", akari.Other},
		{"こんばんは、あかりちゃん", akari.Other},
	}
	for _, tt := range tests {
		if got := m.Classify(tt.text).Category; got != tt.want {
			t.Errorf("Classify(%q) = %s, want %s", tt.text, got, tt.want)
		}
	}
	for _, text := range []string{"あかりちゃん、よろしく", "ねえさんが育休明けで職場に戻ったらしい"} {
		if got := withoutOpening(text); got != text {
			t.Errorf("withoutOpening(%q) = %q, want it whole", text, got)
		}
	}
	if got := withoutOpening("あかりちゃん聞いてや。42で営業課長やってんねんけど"); got != "42で営業課長やってんねんけど" {
		t.Errorf("withoutOpening left %q", got)
	}
}
