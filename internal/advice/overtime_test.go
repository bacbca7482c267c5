package advice

import (
	"testing"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/jatext"
)

// Overtime pay is worked out only from an hourly wage and monthly hours
// the person gave, and only when both read as plausible numbers.
func TestOvertimeEstimate(t *testing.T) {
	tests := []struct {
		earlier []string
		text    string
		want    string
	}{
		{[]string{"毎月40時間くらい残業してるのに、残業代が一円も出ていません"}, "いくらくらいになりますか？時給にすると1500円くらいです",
			"あなたの場合でいうと、1,500円×1.25×40時間で、1か月におよそ75,000円です（深夜や休日、月60時間を超える分は、さらに割り増しになります）。"},
		{nil, "残業は月に２０時間、時給は１，２００円", "あなたの場合でいうと、1,200円×1.25×20時間で、1か月におよそ30,000円です（深夜や休日、月60時間を超える分は、さらに割り増しになります）。"},
		{nil, "時給1500円だとどのくらい？", ""},         // no hours
		{[]string{"残業月30時間"}, "いくらくらい？", ""}, // no wage
		{nil, "時給150000円で残業月30時間", ""},       // not a wage
		{nil, "時給1000円、残業は月に500時間", ""},      // not a month's hours
	}
	for _, tt := range tests {
		st := &akari.State{}
		for _, e := range tt.earlier {
			st.AddTurn(akari.Turn{Role: akari.RoleUser, Text: e})
		}
		in := input{text: jatext.Fold(tt.text), turns: st.Turns}
		if got := overtimeEstimate(in); got != tt.want {
			t.Errorf("overtimeEstimate(%q after %q) = %q, want %q", tt.text, tt.earlier, got, tt.want)
		}
	}
}
