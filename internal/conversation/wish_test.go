package conversation

import "testing"

// A request for jobs is answered in its own terms: the place and kinds of
// work it names lead the cards' introduction.
func TestWishIn(t *testing.T) {
	for text, want := range map[string]string{
		"やっぱり、札幌の事務の求人を少しだけ見てみたいです": "北海道・事務",
		"大阪で、ノルマのない仕事の求人を見たいです":     "大阪府",
		"在宅でできる仕事の求人を見せてください":       "在宅",
		"求人見せて": "",
	} {
		if got := wishIn(text); got != want {
			t.Errorf("wishIn(%q) = %q, want %q", text, got, want)
		}
	}
}
