package jatext

import (
	"strings"
	"testing"
)

// TestWorkTermPartsCoverTheTerms: the cheap check before the Replacer must
// let every term through, or a term would go unread.
func TestWorkTermPartsCoverTheTerms(t *testing.T) {
	for i := 0; i < len(workTermPairs); i += 2 {
		term := workTermPairs[i]
		if !mayHoldWorkTerm(term) {
			t.Errorf("mayHoldWorkTerm(%q) = false: no part of workTermParts is in it", term)
		}
		if got := WorkTerms(term + "って"); strings.Contains(got, term) {
			t.Errorf("WorkTerms(%qって) = %q, the term left in kana", term, got)
		}
	}
}
