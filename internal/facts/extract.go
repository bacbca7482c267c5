package facts

import (
	"sort"

	"github.com/akari-career/akari/internal/pattern"
)

// Extractor reads facts from messages. Build one with NewExtractor and share
// it: it holds only compiled patterns and is safe for concurrent use.
type Extractor struct {
	subject lexicon

	remote remoteRules
	emp    employmentRules
	job    jobRules
	status statusRules
	tenure tenureRules
	away   awayRules
	kids   childrenRules
	age    ageRules
	area   areaRules
	health healthRules
	wishes wishRules
	trbl   troubleRules
	since  sinceRules

	wishAfter *pattern.Pattern // 〜したい, 〜希望, 〜がいい right after a mention
	notSelf   *pattern.Pattern // なら, だったら, 羨ましい, らしい right after a mention
}

// NewExtractor compiles the patterns. It panics only if a pattern in this
// package is malformed, which the tests rule out.
func NewExtractor() *Extractor {
	x := &Extractor{
		subject:   newSubjectLexicon(),
		wishAfter: pattern.MustCompile(`^(?:で|が|に|を|は|の)?(?:働き)?(?:したい|たい|がいい|が良い|希望|できたら|できれば|にしたい|ならいい|できる(?:会社|仕事|求人|ところ|職場)|可能な|可の|ok|の(?:会社|求人|仕事|職場)(?:を|が)?(?:探|がいい|に転職|したい)|になりたい|になれ|を目指|目指|に憧れ|に転職|へ転職|に戻りたい|に就きたい|に挑戦|をやりたい|がしたい|やってみたい|に興味)`),
		notSelf:   pattern.MustCompile(`^(?:な|で|の|に|じゃ|では|って)?(?:人|方)|^(?:な|で|の|に|じゃ|では|って)?(?:ら|なら|だったら|たら|になったら|になれば|羨|うらや|らしい|って(?:言|聞)|とか(?:どう|って)|ってどう|はどう|どう|どっち|どちら|と(?:か)?どっち)`),
	}
	x.remote = newRemoteRules()
	x.emp = newEmploymentRules()
	x.job = newJobRules()
	x.status = newStatusRules()
	x.tenure = newTenureRules()
	x.away = newAwayRules()
	x.kids = newChildrenRules()
	x.age = newAgeRules()
	x.area = newAreaRules()
	x.health = newHealthRules()
	x.wishes = newWishRules()
	x.trbl = newTroubleRules()
	x.since = newSinceRules()
	return x
}

// Extract returns the facts the person states about themselves in text, in
// the order they appear. A key that holds one value (all but trouble_with,
// health and wishes) appears at most once: the last statement wins. It
// never fails; text it does not understand yields nothing.
func (x *Extractor) Extract(text string) []Found {
	if text == "" {
		return nil
	}
	m := x.newMsg(text)
	x.remoteDays(m)
	x.employment(m)
	x.jobs(m)
	x.statuses(m)
	x.tenures(m)
	x.yearsAway(m)
	x.children(m)
	x.ages(m)
	x.areas(m)
	x.healthSigns(m)
	x.wishList(m)
	x.troubleWith(m)
	x.sinces(m)
	return settle(m.out)
}

// settle keeps the last Found of each single-valued key and one Found per
// value of a multi-valued key, ordered by position.
func settle(out []Found) []Found {
	if len(out) < 2 {
		return out
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Span.Start < out[j].Span.Start })
	keep := out[:0]
	for i, f := range out {
		dup := false
		for _, g := range out[i+1:] {
			if g.Key == f.Key && (!f.Key.multi() || g.Value == f.Value) {
				dup = true
				break
			}
		}
		if !dup {
			keep = append(keep, f)
		}
	}
	return keep
}

// selfAt reports whether a mention at [start, end) is the person's own
// statement: no other subject governs it, it is not hypothetical, envy or
// hearsay. keyOf tells which subject groups count for the key.
func (x *Extractor) selfAt(m *msg, start, end int, kids, possessive bool) bool {
	switch m.whose(start, possessive) {
	case other:
		return false
	case kid:
		if kids {
			return false
		}
	}
	if m.hypothetical(start) {
		return false
	}
	return !x.notSelf.MatchString(m.after(end, 8))
}
