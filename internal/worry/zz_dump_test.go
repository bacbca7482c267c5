package worry

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestZZDump writes every crisis-set line's reading: set, truth, risk, why, prob.
func TestZZDump(t *testing.T) {
	if os.Getenv("ZZDUMP") == "" {
		t.Skip()
	}
	m := loadModel(t)
	var b strings.Builder
	for _, s := range CrisisSets() {
		lines, err := ReadCrisisSet(s.Name)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range lines {
			a := m.analyse(l.Text)
			fmt.Fprintf(&b, "%s\t%v\t%s\t%s\t%q\t%.4f\t%s\n", s.Name, l.Crisis, l.Risk, a.risk.risk, a.risk.why, a.risk.prob, l.Text)
		}
	}
	os.WriteFile(os.Getenv("ZZDUMP"), []byte(b.String()), 0o644)
}
