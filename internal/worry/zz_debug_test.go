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
		t.Logf("%s\n  risk=%s why=%q prob=%.3f model=%+v", l, a.risk.risk, a.risk.why, a.risk.prob, a.risk.model)
		s := scratchPool.Get().(*scratch)
		b := crisisText(nil, normalize(nil, l, crisisView))
		t.Logf("  view: %s", b)
		occs := m.lex.scan(b, s.occs[:0])
		hs := &s.hits
		hs.n = 0
		m.constructions.find(b, &m.lex, occs, hs)
		for i := range hs.n {
			h := hs.list[i]
			t.Logf("  hit %s risk=%s vetoed=%v ordinary=%v settled=%v %q", h.c.name, h.risk, h.vetoed, h.ordinary, h.settled, string(b[h.span.from:h.span.to]))
		}
		scratchPool.Put(s)
	}
}
