package advice

import "testing"

func TestFold(t *testing.T) {
	tests := map[string]string{
		"ＯＪＴ中です":    "ojt中です",
		"OJT":       "ojt",
		"派遣で働いています": "派遣で働いています",
		"ＡＩ？":       "ai?",
	}
	for in, want := range tests {
		if got := fold(in); got != want {
			t.Errorf("fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIndexSkipsNegatedWords(t *testing.T) {
	tests := []struct {
		text, term string
		found      bool
	}{
		{"派遣で働いています", "派遣", true},
		{"正社員じゃなくて派遣です", "正社員", false},
		{"正社員ではないです", "正社員", false},
		{"正社員じゃないけど、前は正社員でした", "正社員", true},
		{"ＯＪＴがつらい", "OJT", true},
	}
	for _, tt := range tests {
		in := input{text: fold(tt.text)}
		if got := in.index(tt.term) >= 0; got != tt.found {
			t.Errorf("index(%q in %q) found = %v, want %v", tt.term, tt.text, got, tt.found)
		}
	}
}
