package privacy

import "testing"

func TestMask(t *testing.T) {
	m := NewMasker()
	tests := []struct {
		name, in, want string
	}{
		{"mobile with hyphens", "電話は090-1234-5678です", "電話は[電話番号]です"},
		{"landline with parens", "03(1234)5678 までお願いします", "[電話番号] までお願いします"},
		{"full-width digits", "０９０１２３４５６７８に連絡ください", "[電話番号]に連絡ください"},
		{"international", "+81 90 1234 5678", "[電話番号]"},
		{"email", "mail: hanako.y+job@example.co.jp まで", "mail: [メール] まで"},
		{"full-width at sign", "hanako＠example.com", "[メール]"},
		{"both", "a@b.jp / 080-0000-1111", "[メール] / [電話番号]"},
		{"short numbers stay", "年収400万、週3日、2026年", "年収400万、週3日、2026年"},
		{"no personal data", "在宅勤務の日だけ同僚が冷たい", "在宅勤務の日だけ同僚が冷たい"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := m.Mask(tt.in); got != tt.want {
				t.Errorf("Mask(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestHashUser(t *testing.T) {
	a, b := HashUser("U1"), HashUser("U2")
	if a == b || a != HashUser("U1") || len(a) != 12 {
		t.Errorf("HashUser: got %q and %q, want stable, distinct 12-char hashes", a, b)
	}
	if HashUser("") != "" {
		t.Errorf("HashUser(\"\") should be empty")
	}
}
