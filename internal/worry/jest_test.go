package worry

import (
	"testing"

	"github.com/akari-career/akari/internal/akari"
)

// TestJestVeto holds the model's veto over a wish said in jest as often
// as not: overruled when the model is fairly sure (below modelVetoJest),
// with the risk set aside kept for a conversation to meet (empty when
// none was); any other reading only below modelVeto.
func TestJestVeto(t *testing.T) {
	m := loadModel(t)
	tests := []struct {
		name     string
		in       riskResult
		want     akari.Risk
		wantJest akari.Risk
	}{
		{"a wish in jest, the model fairly sure", riskResult{risk: akari.RiskHigh, why: "wish to die", prob: modelVetoJest / 2, jest: true}, akari.RiskNone, akari.RiskHigh},
		{"a wish in jest, the model all but certain: the plain veto", riskResult{risk: akari.RiskHigh, why: "wish to die", prob: modelVeto / 2, jest: true}, akari.RiskNone, ""},
		{"a wish in jest, the model unsure", riskResult{risk: akari.RiskHigh, why: "wish to die", prob: modelVetoJest * 2, jest: true}, akari.RiskHigh, ""},
		{"another reading, the model fairly sure", riskResult{risk: akari.RiskHigh, why: "a place to jump", prob: modelVetoJest / 2}, akari.RiskHigh, ""},
		{"the model's own reading is never vetoed", riskResult{risk: akari.RiskHigh, why: "model", prob: modelVeto / 2, jest: true}, akari.RiskHigh, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := tt.in
			m.judge(&r, nil, nil)
			if r.risk != tt.want || r.jestRisk != tt.wantJest {
				t.Errorf("judge(%+v): risk %s, in jest %q; want %s, %q", tt.in, r.risk, r.jestRisk, tt.want, tt.wantJest)
			}
		})
	}
}

// TestJestReadings holds which readings are a wish in jest: the bare
// wish, and a crisis.yaml phrase on its very words; not when anything else
// read a risk in the message.
func TestJestReadings(t *testing.T) {
	m := loadModel(t)
	tests := []struct {
		text string
		jest bool
	}{
		{"もう消えたい", true},
		{"死にたい", true},
		{"もう全部終わりにしたい", true},
		{"kietai", true},
		{"消えたい。薬も2ヶ月分ためてある", false},
		{"死にたい。ロープも買った", false},
		{"生きてる意味がわからない", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := m.analyse(tt.text).risk
			if !r.risk.Crisis() {
				t.Fatalf("%q: risk %s (%s), want a crisis", tt.text, r.risk, r.why)
			}
			if r.jest != tt.jest {
				t.Errorf("%q: in jest %v, want %v (%s)", tt.text, r.jest, tt.jest, r.why)
			}
		})
	}
}
