package advice

import "testing"

// TestFoldForKeywords: a message typed without kanji a word at a time has
// its words read together, as the keywords spell them (round 37: 「ぱーと
// でも いくきゅう とれるん?」 and 「あしたも しごと」 missed their notes and
// lines); spaces in a message with kanji stay, and so does the rest.
func TestFoldForKeywords(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"あしたも しごと", "あしたもしごと"},
		{"ぱーとでも　いくきゅう とれるん?", "ぱーとでもいくきゅうとれるん?"},
		{"会社 辞めたい", "会社 辞めたい"},
		{"ありがとう", "ありがとう"},
	} {
		if got := foldForKeywords(tt.in); got != tt.want {
			t.Errorf("foldForKeywords(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
