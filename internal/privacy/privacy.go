// Package privacy keeps personal data out of places it does not belong:
// phone numbers and e-mail addresses are masked before text reaches logs or
// the LLM, and LINE user ids are hashed before they reach a log line.
package privacy

import (
	"crypto/sha256"
	"encoding/hex"
	"regexp"
	"strings"
)

// Masker masks phone numbers and e-mail addresses. Build one with
// NewMasker and share it; it is safe for concurrent use.
type Masker struct {
	email *regexp.Regexp
	phone *regexp.Regexp
}

// NewMasker compiles the patterns once.
func NewMasker() *Masker {
	return &Masker{
		email: regexp.MustCompile(`[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}`),
		// Japanese and international numbers, with ASCII or full-width digits
		// and hyphens: 090-1234-5678, 03(1234)5678, +81 90 1234 5678,
		// ０９０１２３４５６７８.
		phone: regexp.MustCompile(`(?:\+|＋)?[0-9０-９](?:[\s\-‐－ー−()（）]?[0-9０-９]){8,13}`),
	}
}

// Mask replaces e-mail addresses with [メール] and phone numbers with [電話番号].
func (m *Masker) Mask(s string) string {
	if !strings.ContainsAny(s, "@＠") && !hasDigits(s, 9) {
		return s // the common case: nothing to mask, no allocation
	}
	s = strings.ReplaceAll(s, "＠", "@")
	s = m.email.ReplaceAllString(s, "[メール]")
	return m.phone.ReplaceAllString(s, "[電話番号]")
}

// hasDigits reports whether s holds at least n digits, ASCII or full-width.
func hasDigits(s string, n int) bool {
	count := 0
	for _, r := range s {
		if (r >= '0' && r <= '9') || (r >= '０' && r <= '９') {
			if count++; count >= n {
				return true
			}
		}
	}
	return false
}

// HashUser turns a LINE user id into a short stable pseudonym for logs.
func HashUser(userID string) string {
	if userID == "" {
		return ""
	}
	sum := sha256.Sum256([]byte("akari-user:" + userID))
	return hex.EncodeToString(sum[:6])
}
