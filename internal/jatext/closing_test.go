package jatext

import "testing"

func TestTrimClosing(t *testing.T) {
	tests := map[string]string{
		"どうしよ💦":    "どうしよ",
		"いいの？？":    "いいの？？",
		"行けるかなw 笑": "行けるかな",
		"ありがとう。！ ": "ありがとう",
		"":         "",
	}
	for in, want := range tests {
		if got := TrimClosing(in); got != want {
			t.Errorf("TrimClosing(%q) = %q, want %q", in, got, want)
		}
	}
}
