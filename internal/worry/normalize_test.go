package worry

import "testing"

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in string
		v        view
		want     string
	}{
		{"full-width ascii", "ＯＤ　ＯＫ", classifierView, "od ok"},
		{"half-width katakana with marks", "ﾃﾞﾝﾜ ﾊﾟﾜﾊﾗ", classifierView, "でんわ ぱわはら"},
		{"katakana to hiragana", "テレワーク", classifierView, "てれわーく"},
		{"combining marks", "か\u3099", classifierView, "が"},
		{"small vowels", "しにたぃ", classifierView, "しにたい"},
		{"punctuation and emoji are one separator", "辞めたい…😭😭！！", classifierView, "辞めたい"},
		{"inner separators", "給料、安い。", classifierView, "給料 安い"},
		{"long vowel collapsed", "つらーーーい", classifierView, "つらーい"},
		{"repeats kept twice", "wwwww", classifierView, "ww"},
		{"crisis view drops separators and long vowels", "し に た ー い…", crisisView, "しにたい"},
		{"emoji modifiers vanish", "👍🏻", crisisView, ""},
		{"upper case", "OJT", classifierView, "ojt"},
		{"a masked 殺", "自⚪︎したい。本気", crisisView, "自殺したい本気"},
		{"a masked 殺, before する", "自✕する", crisisView, "自殺する"},
		{"a masked 死", "〇ぬ。今夜", classifierView, "死ぬ 今夜"},
		{"a masked 死, before のう", "○のうかな", crisisView, "死のうかな"},
		{"a masked 死, before にたい", "○にたい", crisisView, "死にたい"},
		{"a name in masks stays", "〇〇さんにお願い", crisisView, "〇〇さんにお願い"},
		{"a date in masks stays", "〇月〇日", crisisView, "〇月〇日"},
		{"a circle before no kana stays", "○をつける", crisisView, "をつける"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(normalize(nil, tt.in, tt.v)); got != tt.want {
				t.Errorf("normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestFeaturesSortedUnique(t *testing.T) {
	f := features(nil, normalize(nil, "やめたいやめたい", classifierView))
	for i := 1; i < len(f); i++ {
		if f[i] <= f[i-1] {
			t.Fatalf("features not sorted and unique at %d: %x, %x", i, f[i-1], f[i])
		}
	}
	if len(f) == 0 {
		t.Fatal("no features")
	}
}
