package jatext

import "testing"

func TestHasKanji(t *testing.T) {
	for s, want := range map[string]bool{"あした も しごと": false, "ｼﾞｮｳｼ": false, "明日も仕事": true, "しごと 辞めたい": true, "": false} {
		if got := HasKanji(s); got != want {
			t.Errorf("HasKanji(%q) = %v, want %v", s, got, want)
		}
	}
}
