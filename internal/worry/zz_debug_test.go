package worry

import (
	"os"
	"strings"
	"testing"
)

func TestZZWhy(t *testing.T) {
	data, err := os.ReadFile("/tmp/why.txt")
	if err != nil {
		t.Skip()
	}
	m := loadModel(t)
	for _, l := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		a := m.analyse(l)
		t.Logf("%-8s why=%-28s prob=%.2f | %s", a.risk.risk, a.risk.why, a.risk.prob, l)
	}
}
