package scenario

import (
	"strings"
	"testing"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/conversation"
)

func TestParseReportsFileAndLine(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"unknown check", "- name: a\n  turns:\n    - say: こんにちは\n      expect:\n        mention: [x]\n", "s.yaml:5: unknown check \"mention\""},
		{"say and tap", "- name: a\n  turns:\n    - say: こんにちは\n      tap: はい\n", "s.yaml:3: a turn needs exactly one of say or tap"},
		{"unknown fact", "- name: a\n  turns:\n    - say: x\n      expect: {not_ask: [shoe_size]}\n", "s.yaml:4: not_ask: unknown fact \"shoe_size\""},
		{"no turns", "- name: a\n", "s.yaml:1: scenario \"a\" has no turns"},
		{"bad risk", "- name: a\n  turns:\n    - say: x\n      expect: {risk: maybe}\n", "s.yaml:4: risk \"maybe\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.src), "s.yaml")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want %q", err, tt.want)
			}
		})
	}
	ss, err := Parse([]byte("- name: a\n  user: はなこ\n  turns:\n    - say: x\n      expect: {cards: false, mentions: 在宅}\n"), "s.yaml")
	if err != nil || len(ss) != 1 || ss[0].Turns[0].Expect.Cards == nil || ss[0].Turns[0].Expect.Mentions[0] != "在宅" {
		t.Fatalf("a good file: %+v, %v", ss, err)
	}
}

func TestRepeated(t *testing.T) {
	prev := []string{"在宅の日は、チャットで一言あいさつするだけでも空気が変わります。", "ほかのこと。"}
	if got := repeated("そうですね。在宅の日は、チャットで一言あいさつするだけでも空気が変わります。", prev); got == "" {
		t.Error("a repeated long sentence was not found")
	}
	if got := repeated("ありがとうございます。", []string{"ありがとうございます。"}); got != "" {
		t.Errorf("a short courtesy counted as repetition: %q", got)
	}
	old := []string{"在宅の日は、チャットで一言あいさつするだけでも空気が変わります。", "b", "c"}
	if got := repeated(old[0], old); got != "" {
		t.Errorf("a sentence from three replies ago counted: %q", got)
	}
}

func TestAsks(t *testing.T) {
	tests := []struct {
		key, text string
		want      bool
	}{
		{"remote_days", "在宅勤務は週に何日くらいですか？", true},
		{"remote_days", "在宅の日が週2日あるんですね。", false}, // not a question
		{"children", "お子さんは何歳ですか？", true},
		{"employment", "いまの雇用形態を教えてもらえますか？", true},
		{"tenure", "いまの職場ではどれくらい働いていますか？", true},
	}
	for _, tt := range tests {
		if got := Asks(tt.key, tt.text) != ""; got != tt.want {
			t.Errorf("asks(%s, %q) = %v, want %v", tt.key, tt.text, got, tt.want)
		}
	}
}

func TestChecksCatchCareWithJobs(t *testing.T) {
	res := conversation.Result{Source: "crisis", Reply: akari.Reply{
		Messages:     []akari.Message{{Text: "話してくれてありがとう。"}},
		QuickReplies: []akari.QuickReply{{Label: "求人を見てみる"}},
	}}
	var failed []string
	for _, c := range checks(Expect{}, res, "話してくれてありがとう。", nil) {
		if !c.ok {
			failed = append(failed, c.name)
		}
	}
	if strings.Join(failed, ",") != "care_no_jobs" {
		t.Errorf("failed checks %v, want care_no_jobs", failed)
	}
}
