package conversation

import "testing"

// A message that says what it is not about never switches the worry to
// it; one that asks is a follow-up even in words no ask names.
func TestDenialsAndQuestions(t *testing.T) {
	li := newListenIntents()
	tests := []struct {
		text                         string
		notQuit, notChange, question bool
	}{
		{"辞めるつもりはないし、求人も見なくて大丈夫。", true, false, false},
		{"店の人はみんないい人だし、辞めたくはないんだよね。どうにかならない？", true, false, true},
		{"転職はしたくないんですが、ほかにできることってありますか？", false, true, true},
		{"求人とかは今いらないからね。", false, false, false},
		{"もう辞めたい。今は話を聞いてくれるだけでいい。", false, false, false},
		{"辞めないと体がもたない", false, false, false},
		{"転職したい", false, false, false},
		{"時短勤務って、会社に言えば使えるものなの？", false, false, true},
		{"触られるのって、警察に言っていいレベルなの？", false, false, true},
		{"上司がきつい", false, false, false},
	}
	for _, tt := range tests {
		f := fold(tt.text)
		if got := f.is(li.notQuit); got != tt.notQuit {
			t.Errorf("notQuit(%q) = %v, want %v", tt.text, got, tt.notQuit)
		}
		if got := f.is(li.notChange); got != tt.notChange {
			t.Errorf("notChange(%q) = %v, want %v", tt.text, got, tt.notChange)
		}
		if got := f.is(li.question); got != tt.question {
			t.Errorf("question(%q) = %v, want %v", tt.text, got, tt.question)
		}
	}
}
