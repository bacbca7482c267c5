package facts

import (
	"strconv"
	"strings"

	"github.com/akari-career/akari/internal/pattern"
)

// remoteRules read how many days a week the person works from home.
//
// Office days are turned into remote days on a five-day week: 「出社は週1」
// is stored as "4" and said as 「週4日ほど（出社は週1日）」, so the prompt shows
// both what was said and what was inferred. 「週2、3」 and 「週2〜3」 keep the
// first number.
type remoteRules struct {
	triggers []string
	days     *pattern.Pattern // 在宅は週に二日, 週2で在宅, 週２でリモート
	full     *pattern.Pattern // フルリモート, 完全在宅
	none     *pattern.Pattern // 在宅はない, 在宅ゼロ
	office   *pattern.Pattern // 出社は週1, 週3出社, 毎日出社
}

const remoteWord = `(?:在宅|リモート|テレワーク)(?:勤務|ワーク)?`

func newRemoteRules() remoteRules {
	perWeek := `週(?:に)?(` + num + `)(?:日|回)?`
	return remoteRules{
		triggers: []string{"在宅", "リモート", "テレワーク", "出社"},
		days: pattern.MustCompile(remoteWord + `(?:は|が|も|で|を)?[^、,。.!?\n ]{0,6}?` + perWeek +
			`|` + perWeek + `(?:だけ|ほど|くらい|ぐらい|程度)?(?:は|で|の|が|を)?` + remoteWord),
		full:   pattern.MustCompile(`フルリモート|フルリモ|フル在宅|完全在宅|完全リモート|毎日在宅|毎日リモート|ずっと在宅`),
		none:   pattern.MustCompile(remoteWord + `(?:は|が|も)?(?:全く|まったく|一切)?(?:ない|無い|なし|無し|ゼロ|0日|0|できない|出来ない|不可|禁止|ありません|できません|じゃない|ではない|認められ(?:て)?(?:い)?ない|させてもらえない|させてくれない)`),
		office: pattern.MustCompile(`出社(?:は|が|も)?[^、,。.!?\n ]{0,4}?` + perWeek + `|` + perWeek + `(?:だけ|ほど|くらい|ぐらい|程度)?(?:は|の|で)?出社|(毎日)出社`),
	}
}

func (x *Extractor) remoteDays(m *msg) {
	r := &x.remote
	if !containsAny(m.s, r.triggers) {
		return
	}
	emit := func(start, end int, v, say string) {
		if !x.selfAt(m, start, end, false, true) {
			return
		}
		_, b := m.sentence(start)
		b = max(b, end) // a byte that is not UTF-8 can end the sentence inside the match
		if strings.Contains(m.s[end:b], "羨") || strings.Contains(m.s[end:b], "うらや") {
			return // 週3在宅の人が羨ましい: envy, not a fact
		}
		if x.wishAfter.MatchString(m.after(end, 8)) {
			m.add(Wishes, "在宅勤務", "", start, end)
			return
		}
		m.add(RemoteDays, v, say, start, end)
	}
	for _, ix := range r.days.FindAllStringSubmatchIndex(m.s, -1) {
		g := 2
		if ix[2] < 0 {
			g = 4
		}
		n, _, _ := parseNum(m.s[ix[g]:ix[g+1]])
		if n > 7 {
			continue
		}
		if n > 5 {
			n = 5
		}
		emit(ix[0], ix[1], strconv.Itoa(n), "")
	}
	for _, ix := range r.full.FindAllStringIndex(m.s, -1) {
		emit(ix[0], ix[1], "5", "")
	}
	for _, ix := range r.none.FindAllStringIndex(m.s, -1) {
		if strings.HasPrefix(m.after(ix[1], 2), "と") {
			continue // 在宅じゃないと無理: a condition, not a fact
		}
		if !x.selfAt(m, ix[0], ix[1], false, true) {
			continue
		}
		m.add(RemoteDays, "0", "", ix[0], ix[1])
	}
	for _, ix := range r.office.FindAllStringSubmatchIndex(m.s, -1) {
		n := 5
		switch {
		case ix[2] >= 0:
			n, _, _ = parseNum(m.s[ix[2]:ix[3]])
		case ix[4] >= 0:
			n, _, _ = parseNum(m.s[ix[4]:ix[5]])
		}
		if n > 5 {
			continue
		}
		remote := 5 - n
		say := "週" + strconv.Itoa(remote) + "日ほど（出社は週" + strconv.Itoa(n) + "日）"
		if remote == 0 {
			say = "なし（毎日出社）"
		}
		emit(ix[0], ix[1], strconv.Itoa(remote), say)
	}
}
