package playbook_test

import "testing"

// IsQuickReply answers as a look through QuickReplies does.
func TestIsQuickReplyLooksThroughTheSet(t *testing.T) {
	lib := loadEmbedded(t)
	for _, set := range []string{"greeting", "guiding", "jobs", "no such set"} {
		qs := lib.QuickReplies(set)
		probes := []string{"", "no such text"}
		for _, q := range qs {
			probes = append(probes, q.Text, q.Label)
		}
		for _, text := range probes {
			want := false
			for _, q := range qs {
				want = want || q.Text == text || q.Label == text
			}
			if got := lib.IsQuickReply(set, text); got != want {
				t.Errorf("IsQuickReply(%q, %q) = %v, want %v", set, text, got, want)
			}
		}
		if set != "no such set" && len(qs) == 0 {
			t.Errorf("set %q has no quick replies; the test says little", set)
		}
	}
}
