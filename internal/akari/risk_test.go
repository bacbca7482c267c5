package akari

import "testing"

func TestMaxRisk(t *testing.T) {
	tests := []struct {
		a, b, want Risk
	}{
		{RiskNone, RiskNone, RiskNone},
		{RiskNone, RiskConcern, RiskConcern},
		{RiskConcern, RiskNone, RiskConcern},
		{RiskConcern, RiskHigh, RiskHigh},
		{RiskHigh, RiskConcern, RiskHigh},
		{"", RiskConcern, RiskConcern},
		{"", "", RiskNone},
		{"bogus", RiskNone, RiskNone},
	}
	for _, tt := range tests {
		if got := MaxRisk(tt.a, tt.b); got != tt.want {
			t.Errorf("MaxRisk(%q, %q) = %q, want %q", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestRiskOf(t *testing.T) {
	tests := []struct {
		name string
		c    Classification
		want Risk
	}{
		{"nothing", Classification{}, RiskNone},
		{"crisis without a level is high", Classification{Crisis: true}, RiskHigh},
		{"level kept", Classification{Crisis: true, Risk: RiskConcern}, RiskConcern},
		{"explicit none", Classification{Risk: RiskNone}, RiskNone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := RiskOf(tt.c); got != tt.want {
				t.Errorf("RiskOf(%+v) = %q, want %q", tt.c, got, tt.want)
			}
		})
	}
}

func TestParseRisk(t *testing.T) {
	for _, s := range []string{"none", "concern", "high"} {
		if r, err := ParseRisk(s); err != nil || string(r) != s {
			t.Errorf("ParseRisk(%q) = %q, %v", s, r, err)
		}
	}
	for _, s := range []string{"", "HIGH", "medium"} {
		if _, err := ParseRisk(s); err == nil {
			t.Errorf("ParseRisk(%q) succeeded, want an error", s)
		}
	}
}
