package facts

import "github.com/akari-career/akari/internal/pattern"

// sinceRules read how long the worry has gone on when the person says it in
// a form that can mean nothing else: 「ここ1ヶ月ほど」「半年前から」「去年から
// ずっと」. A bare duration (「3年」) could be a tenure or an age gap, so it
// is kept only as the answer to Akari's question (see conversation).
type sinceRules struct {
	re *pattern.Pattern
}

func newSinceRules() sinceRules {
	const (
		num   = `(?:[0-9]+|[一二三四五六七八九十]+|数)`
		unit  = `(?:年半|年|ヶ月|か月|カ月|ケ月|ヵ月|週間)`
		about = `(?:くらい|ぐらい|ほど|近く|以上)?`
	)
	return sinceRules{re: pattern.MustCompile(
		`(?:ここ|この)(` + num + unit + about + `|半年` + about + `)` +
			`|(` + num + unit + about + `前から|半年` + about + `前から)` +
			`|((?:去年|昨年|先月|先週|今年の(?:春|夏|秋|冬|初め)|年明け)(?:くらい|ぐらい|頃|ごろ)?から(?:ずっと)?)`)}
}

func (x *Extractor) sinces(m *msg) {
	loc := x.since.re.FindStringSubmatchIndex(m.s)
	if loc == nil {
		return
	}
	for g := 1; g < len(loc)/2; g++ {
		if s, e := loc[2*g], loc[2*g+1]; s >= 0 {
			m.add(Since, m.s[s:e], "", s, e)
			return
		}
	}
}
