package app

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/akari-career/akari/internal/config"
	"github.com/akari-career/akari/internal/playbook"
	"github.com/akari-career/akari/internal/queue"
	"github.com/akari-career/akari/internal/store"
	"github.com/akari-career/akari/prompts"
)

// TestPrivacyAnswerMatchesTheCode holds Akari's in-chat privacy answer and
// docs/privacy.md to the retention the code applies: change one, and this
// test says which text to change with it.
func TestPrivacyAnswerMatchesTheCode(t *testing.T) {
	lib, err := playbook.Load(prompts.FS())
	if err != nil {
		t.Fatal(err)
	}
	answer, err := lib.Message("privacy", playbook.MessageData{Retention: playbook.Retention(retention(config.Config{}))})
	if err != nil {
		t.Fatal(err)
	}
	doc, err := os.ReadFile("../../docs/privacy.md")
	if err != nil {
		t.Fatal(err)
	}
	days := func(d time.Duration) int { return int(d / (24 * time.Hour)) }
	figures := []struct {
		what string
		d    time.Duration
	}{
		{"conversation (store.IdleTTL)", store.IdleTTL},
		{"lead retention (config.DefaultLeadRetention)", config.DefaultLeadRetention},
		{"dead letters (queue.DeadLetterTTL)", queue.DeadLetterTTL},
	}
	for _, f := range figures {
		if want := fmt.Sprintf("%d日", days(f.d)); !strings.Contains(answer, want) {
			t.Errorf("the chat's privacy answer does not say %s for the %s:\n%s", want, f.what, answer)
		}
		if want := fmt.Sprintf("**%d days**", days(f.d)); !strings.Contains(string(doc), want) {
			t.Errorf("docs/privacy.md does not say %s for the %s", want, f.what)
		}
	}
	for _, want := range []string{"データ削除", "ブロック", "共有をやめる", "同意"} {
		if !strings.Contains(answer, want) {
			t.Errorf("the chat's privacy answer does not mention %s", want)
		}
	}
}
