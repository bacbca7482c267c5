package facts

import (
	"testing"
	"unicode/utf8"
)

var benchMessages = []string{
	"在宅週2なんだけど、上司と同僚の板挟みでしんどい😢",
	"派遣でコールセンターやってます。もう辞めたい",
	"子ども二人いて上は小3、下は年中です。時短で働いてるけど正社員になりたい",
	"こんばんは",
	"最近眠れなくて、朝起きられない日が増えました。入社3年目です",
	"大阪在住の30代、5年専業主婦してました。ブランクが不安です",
}

func BenchmarkExtract(b *testing.B) {
	x := NewExtractor()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		x.Extract(benchMessages[i%len(benchMessages)])
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range benchMessages {
		f.Add(s)
	}
	f.Add("ｶﾞﾝﾊﾞﾚ週２在宅\xff\xfe子ども")
	f.Add("子")
	x := NewExtractor()
	f.Fuzz(func(t *testing.T, s string) {
		for _, found := range x.Extract(s) {
			if found.Span.Start < 0 || found.Span.End > len(s) || found.Span.Start > found.Span.End {
				t.Fatalf("Extract(%q): span %v out of range", s, found.Span)
			}
			if !found.Key.Valid() || found.Value == "" || found.Say == "" {
				t.Fatalf("Extract(%q): incomplete %+v", s, found)
			}
			if utf8.ValidString(s) && !utf8.ValidString(s[found.Span.Start:found.Span.End]) {
				t.Fatalf("Extract(%q): span %v splits a rune", s, found.Span)
			}
		}
	})
}
