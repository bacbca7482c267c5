package conversation_test

import (
	"testing"

	"github.com/akari-career/akari/internal/akari"
)

// TestParentingNeedsFamilyToSwitch: the worry of balancing children and
// work is not switched to from another by a message that names no child,
// partner or family life, nor a return to work — the classifier reads
// guilt about leaving early as it (general set 119, round 36).
func TestParentingNeedsFamilyToSwitch(t *testing.T) {
	tests := []struct {
		first, then string
		want        akari.Category
	}{
		{"今の会社を辞めようと決めたんですが、なかなか上司に言い出せなくて", "経理の事務をしていて、繁忙期に抜けるのが申し訳ない気持ちもあります", akari.Resignation},
		{"今の会社を辞めようと決めたんですが、なかなか上司に言い出せなくて", "実は保育園のお迎えがあって、毎日定時で抜けるのが申し訳ないんです", akari.ParentingBalance},
	}
	for _, tt := range tests {
		c := newChat(t)
		c.say(tt.first)
		c.say(tt.then)
		if c.st.Category != tt.want {
			t.Errorf("after %q: worry %s, want %s", tt.then, c.st.Category, tt.want)
		}
	}
}
