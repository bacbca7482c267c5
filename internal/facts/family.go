package facts

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/pattern"
)

// awayRules read how long the person has been away from work: ブランク3年,
// 5年専業主婦, 育休1年, 辞めて半年. Say names the reason when one was given:
// 5年（専業主婦）.
type awayRules struct {
	triggers []string
	res      []awayRule
}

type awayRule struct {
	triggers []string
	re       *pattern.Pattern
	reason   string
}

func newAwayRules() awayRules {
	d := `(` + dur + `)`
	about := `(?:もう|まだ|約|ほぼ|かれこれ)?`
	approx := `(?:間|ほど|くらい|ぐらい|近く|以上|程度)?`
	rule := func(reason string, triggers []string, pats ...string) awayRule {
		return awayRule{triggers: triggers, re: pattern.MustCompile(strings.Join(pats, "|")), reason: reason}
	}
	t := func(ws ...string) []string { return ws }
	return awayRules{
		triggers: []string{"ブランク", "主婦", "主夫", "育休", "育児休", "産休", "休職", "療養", "辞め", "やめ", "退職", "離職", "無職", "離れ", "働いて", "仕事して"},
		res: []awayRule{
			rule("", t("ブランク"), `ブランク(?:が|は|も)?`+about+d, d+approx+`(?:の|も)?ブランク`),
			rule("専業主婦", t("主婦", "主夫"), d+approx+`(?:の)?(?:専業主婦|専業主夫|主婦|主夫)`, `(?:専業主婦|専業主夫|主婦|主夫)(?:を|歴|として|で|して|期間)?`+about+d),
			rule("育休", t("育休", "育児休", "産休"), `(?:産休育休|育児休業|育児休暇|育休|産休)(?:を|で|中|に入って|を取って|取って)?`+about+d, d+approx+`(?:の)?(?:育休|産休)`),
			rule("休職", t("休職", "療養"), `(?:休職|療養)(?:して|中で|中|を)?(?:から)?`+about+d),
			rule("退職後", t("辞めて", "やめて", "退職して", "離職して", "無職"), `(?:辞めて|やめて|退職して|離職して|無職(?:になって|で|歴)?)(?:から)?`+about+d),
			rule("", t("離れて", "働いて", "仕事して"), `(?:仕事|働くの)?(?:から|を)?離れて(?:から)?`+about+d, d+approx+`(?:仕事から|仕事を)?離れて`, d+approx+`(?:働いて(?:い)?ない|仕事して(?:い)?ない)`),
		},
	}
}

func (x *Extractor) yearsAway(m *msg) {
	r := &x.away
	if !containsAny(m.s, r.triggers) || !(strings.Contains(m.s, "年") || strings.Contains(m.s, "月")) {
		return
	}
	wins := windows(m.s, []string{"年", "月"}, 20, 12)
	for _, rule := range r.res {
		if !containsAny(m.s, rule.triggers) {
			continue
		}
		for _, ix := range findAllIn(rule.re, m.s, wins) {
			if !x.selfAt(m, ix[0], ix[1], true, false) || strings.HasPrefix(m.after(ix[1], 1), "目") {
				continue
			}
			var months int
			ok := false
			for g := 2; g < len(ix); g += 2 {
				if ix[g] >= 0 {
					months, ok = parseDur(m.s[ix[g]:ix[g+1]])
					break
				}
			}
			if !ok || months == 0 {
				continue
			}
			say := durSay(months)
			if rule.reason != "" {
				say += "（" + rule.reason + "）"
			}
			m.add(YearsAway, durValue(months), say, ix[0], ix[1])
		}
	}
}

// childrenRules read the person's children: how many and their ages or
// school years. One message yields at most one children fact that combines
// everything said: 「子ども二人いて上は小3」 → "2(小3)".
//
// Value: "0" (none), "2" (count), "2(小3,年中)" (count and ages), "1+(3歳)"
// (has children, count not said; the number is how many ages were named).
type childrenRules struct {
	triggers []string
	none     *pattern.Pattern
	count    *pattern.Pattern
	strong   *pattern.Pattern // ages that stand for a child on their own: 小3, 3歳の娘, 保育園児
	weak     *pattern.Pattern // ages that need a child nearby: 年中, 中2, 5歳
	context  *pattern.Pattern
	present  *pattern.Pattern
	ageNot   *pattern.Pattern
}

func newChildrenRules() childrenRules {
	childWord := `(?:娘|息子|子ども|子供|こども|子|長男|長女|次男|次女|男の子|女の子|双子)`
	return childrenRules{
		triggers: []string{"子", "こども", "娘", "息子", "児", "小", "中学", "高校", "保育", "幼稚", "ママ", "パパ", "育児", "お迎え", "赤ちゃん", "育休", "産休"},
		none:     pattern.MustCompile(`(?:子ども|子供|こども|子)(?:は|が|も)?(?:まだ)?(?:いない|いません|おらず|いなく|なし|無し|ゼロ|0人)|子なし|子無し`),
		count:    pattern.MustCompile(`(子ども|子供|こども|子|娘|息子|男の子|女の子|小学生|未就学児)(?:が|は|も)?(?:(` + numPeople + `)人|(ひと|ふた)り)|(` + numPeople + `)(?:人|り)の(?:子|娘|息子|母|父|ママ|パパ|親)|(` + num + `)児の(?:母|父|ママ|パパ|親)`),
		strong:   pattern.MustCompile(`小学(` + num + `)年生?|小(` + num + `)|中学(` + num + `)年生?|高校(` + num + `)年生?|(保育園|幼稚園)児|(乳児|赤ちゃん|新生児)|(` + num + `)歳(半)?(?:の|と|で|に|になる)?` + childWord),
		weak:     pattern.MustCompile(`中(` + num + `)|高(` + num + `)|(年少|年中|年長)|(` + num + `)歳(半)?|(保育園|幼稚園|小学生|中学生|高校生)`),
		context:  pattern.MustCompile(`子ども|子供|こども|娘|息子|育児|子育て|ママ|パパ|お迎え|上の子|下の子|上は|下は|長男|長女|次男|次女|児|小学|小[0-9〇一二三四五六]`),
		present:  pattern.MustCompile(`(?:子ども|子供|こども)(?:が|も)?(?:いる|いて|います|おり|あり)|子持ち|ワーママ|ワーキングマザー|ワーキングママ|育児中|子育て中|シングルマザー|シンママ|シングルファザー|(?:母親|父親|ママ|パパ)です|保育園の(?:お迎え|送り迎え|送迎)|保育園に(?:預け|通|入)|お迎え|(?:育休|産休|育児休業|産休育休)(?:明け|中|から(?:復帰|戻)|を終え|が終わ)`),
		ageNot:   pattern.MustCompile(`^(?:の(?:時|とき|頃|ころ|人|方)|頃|ごろ|まで|から|以上|以下|未満|前後|時間|で(?:入社|結婚|出産|就職|転職)|差|年上|年下|離れ|上|下|若|で働|に勤め|の先生|勤務|の仕事)`),
	}
}

func (x *Extractor) children(m *msg) {
	r := &x.kids
	if !containsAny(m.s, r.triggers) {
		return
	}
	start, end := -1, -1
	span := func(a, b int) {
		if start < 0 || a < start {
			start = a
		}
		end = max(end, b)
	}
	own := func(a, b int) bool {
		if !x.selfAt(m, a, b, false, true) {
			return false
		}
		if m.s[a:a+len("子")] == "子" && a > 0 {
			// 様子, 調子, 椅子: a bare 子 after a kanji is not a child.
			if p, _ := utf8.DecodeLastRuneInString(m.s[:a]); unicode.Is(unicode.Han, p) {
				return false
			}
		}
		return true
	}
	generic, gendered := 0, 0
	for _, ix := range r.count.FindAllStringSubmatchIndex(m.s, -1) {
		if !own(ix[0], ix[1]) {
			continue
		}
		n := 0
		for g := 4; g < len(ix); g += 2 {
			if ix[g] >= 0 {
				n, _, _ = parseNum(m.s[ix[g]:ix[g+1]])
				break
			}
		}
		if n == 0 || n > 12 {
			continue
		}
		span(ix[0], ix[1])
		switch w := ""; {
		case ix[2] >= 0:
			w = m.s[ix[2]:ix[3]]
			if w == "娘" || w == "息子" || w == "男の子" || w == "女の子" {
				gendered += n
				continue
			}
			fallthrough
		default:
			generic = max(generic, n)
		}
	}
	var ages []string
	addAge := func(a string) {
		for _, b := range ages {
			if a == b {
				return
			}
		}
		if len(ages) < 6 {
			ages = append(ages, a)
		}
	}
	grade := func(prefix string, s string) string {
		n, _, _ := parseNum(s)
		return prefix + itoa(n)
	}
	strong := false
	for _, ix := range r.strong.FindAllStringSubmatchIndex(m.s, -1) {
		if !own(ix[0], ix[1]) || r.ageNot.MatchString(m.after(ix[1], 4)) {
			continue
		}
		g := func(i int) string { return m.s[ix[2*i]:ix[2*i+1]] }
		switch {
		case ix[2] >= 0:
			addAge(grade("小", g(1)))
		case ix[4] >= 0:
			addAge(grade("小", g(2)))
		case ix[6] >= 0:
			addAge(grade("中", g(3)))
		case ix[8] >= 0:
			addAge(grade("高", g(4)))
		case ix[10] >= 0:
			addAge(g(5))
		case ix[12] >= 0:
			addAge("0歳")
		case ix[14] >= 0:
			n, _, _ := parseNum(g(7))
			if n > 25 {
				continue
			}
			a := itoa(n) + "歳"
			if ix[16] >= 0 {
				a += "半"
			}
			addAge(a)
		}
		strong = true
		span(ix[0], ix[1])
	}
	if strong || generic+gendered > 0 || r.context.MatchString(m.s) {
		for _, ix := range r.weak.FindAllStringSubmatchIndex(m.s, -1) {
			if !own(ix[0], ix[1]) || r.ageNot.MatchString(m.after(ix[1], 4)) {
				continue
			}
			g := func(i int) string { return m.s[ix[2*i]:ix[2*i+1]] }
			switch {
			case ix[2] >= 0:
				addAge(grade("中", g(1)))
			case ix[4] >= 0:
				addAge(grade("高", g(2)))
			case ix[6] >= 0:
				addAge(g(3))
			case ix[8] >= 0:
				n, _, _ := parseNum(g(4))
				if n > 18 {
					continue
				}
				a := itoa(n) + "歳"
				if ix[10] >= 0 {
					a += "半"
				}
				addAge(a)
			case ix[12] >= 0:
				addAge(g(6))
			}
			span(ix[0], ix[1])
		}
	}
	present := false
	for _, ix := range r.present.FindAllStringIndex(m.s, -1) {
		if own(ix[0], ix[1]) {
			present = true
			span(ix[0], ix[1])
		}
	}
	count := max(generic, gendered)
	var v string
	switch {
	case count > 0:
		v = itoa(count)
	case len(ages) > 0 || present:
		v = itoa(max(1, len(ages))) + "+"
	default:
		for _, ix := range r.none.FindAllStringIndex(m.s, -1) {
			if own(ix[0], ix[1]) {
				m.add(Children, "0", "", ix[0], ix[1])
			}
		}
		return
	}
	if len(ages) > 0 {
		v += "(" + strings.Join(ages, ",") + ")"
	}
	m.add(Children, v, "", start, end)
}
