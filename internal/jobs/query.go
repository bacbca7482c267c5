package jobs

import (
	"math/bits"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/jatext"
)

// Query is what Search knows about the person: the worry, and the wishes
// they told Akari. Zero fields mean "no wish".
type Query struct {
	Category akari.Category `json:"category"`
	// Prefectures are where the person wants to work (東京 or 東京都; 埼玉か
	// 群馬 is two). They are a hard filter, except that full-remote
	// listings pass from anywhere (unknown names keep full-remote listings
	// only).
	Prefectures []string `json:"prefectures,omitempty"`
	// Remote: RemoteFull keeps full-remote listings only, RemotePartial
	// keeps listings with at least some work from home; empty or
	// RemoteNone filter nothing.
	Remote Remote `json:"remote,omitempty"`
	// Employment keeps only these employment types; empty keeps all.
	Employment []Employment `json:"employment,omitempty"`
	// Inexperienced: the person is new to the work they look for, so only
	// 未経験歓迎 listings are shown.
	Inexperienced bool `json:"inexperienced,omitempty"`
	// ShortHours keeps only listings that allow shorter days (時短).
	ShortHours bool `json:"shortHours,omitempty"`
	// MinAnnualPay in 万円 drops listings whose top of range is lower (hourly
	// pay converted at full-time hours).
	MinAnnualPay int `json:"minAnnualPay,omitempty"`
	// ByPay ranks the admitted listings by pay, the highest first (年収
	// 高い順で); the worry's preferences only break ties.
	ByPay bool `json:"byPay,omitempty"`
	// Keywords are words the person used (経理, 子ども, 在宅…); each one found
	// in a listing raises it.
	Keywords []string `json:"keywords,omitempty"`
	// Asked are the words of what the message being answered asks for
	// (介護の求人ある？: 介護). Each one found raises a listing above every
	// listing holding fewer of them, whatever the worry prefers or the
	// listing pays: a salary worry asking for care work sees care work
	// first, not the best-paid roles of the catalog.
	Asked []string `json:"asked,omitempty"`
	// Avoid are kinds of work the person turned down (保育以外の事務,
	// 電話じゃない仕事): a listing whose text holds one is not shown.
	Avoid []string `json:"avoid,omitempty"`
	// Limit is how many matches to return: 5 when zero, at most MaxLimit.
	Limit int `json:"limit,omitempty"`
	// Offset skips the best matches already shown (もっと見る); the ranking
	// is deterministic, so pages do not overlap.
	Offset int `json:"offset,omitempty"`
	// Now is the moment of the search (time.Now when zero), and MaxAge how
	// long after its checked date a listing is still shown (DefaultMaxAge
	// when zero; negative: no limit).
	Now    time.Time     `json:"-"`
	MaxAge time.Duration `json:"-"`
}

// Limits of Query.Limit.
const (
	DefaultLimit = 5
	MaxLimit     = 50
)

// weights is the worry-driven part of the score (docs/jobs.md lists them).
type weights struct {
	remote      [3]int32 // by remote level: none, partial, full
	shortHours  int32
	flextime    int32
	inexp       int32
	tag         [16]int32 // the best weight among a listing's tags counts
	penaltyTags uint32    // listings with one of these tags lose penalty
	penalty     int32
	values      uint32 // listings valuing this experience gain valued
	valued      int32
	pay         bool // salary: the higher the pay, the higher the score
}

// Score parts that do not depend on the worry.
const (
	scorePrefecture = 10 // in the wished prefecture
	scoreKeyword    = 12 // per keyword found
	scoreNew        = 2  // posted within newDays
	newDays         = 14
	byPayWeight     = 1000    // per 万円 of pay, with Query.ByPay
	byPayKeyword    = 1 << 24 // per keyword found, with Query.ByPay: more than any pay
	// scoreAsked is per Query.Asked word found: more than every other part
	// of the score together (a few hundred points at most). With ByPay it
	// is byPayKeyword, which outweighs pay already.
	scoreAsked = 1 << 12
)

func tagIndex(t Tag) int {
	for i, v := range Tags() {
		if v == t {
			return i
		}
	}
	return -1
}

// weightsFor returns the worry's preferences. callCenter says the person
// spoke of call-centre work.
func weightsFor(c akari.Category, callCenter bool) weights {
	var w weights
	tag := func(t Tag, v int32) { w.tag[tagIndex(t)] = v }
	switch c {
	case akari.RemoteWorkEnvy:
		w.remote = [3]int32{0, 25, 40}
		w.flextime = 5
	case akari.Resignation:
		tag(TagSupport, 20)
		tag(TagOffice, 20)
		tag(TagHR, 20)
		tag(TagTraining, 20)
		tag(TagGeneral, 15)
		tag(TagAccounting, 10)
		w.values, w.valued = TagCallCenter.bit(), 10
		w.inexp = 5
		if callCenter {
			w.valued = 25
			w.penaltyTags, w.penalty = TagCallCenter.bit(), 15
		}
	case akari.HungUpCall:
		tag(TagOffice, 15)
		tag(TagAccounting, 12)
		tag(TagGeneral, 12)
		tag(TagIT, 12)
		tag(TagPlanning, 10)
		tag(TagMarketing, 10)
		tag(TagCreative, 10)
		w.penaltyTags, w.penalty = TagCallCenter.bit(), 15
		w.remote = [3]int32{0, 5, 8}
	case akari.WorkMeaning:
		tag(TagCare, 30)
		tag(TagTraining, 25)
		tag(TagSupport, 20)
		tag(TagRetail, 20)
		tag(TagHR, 10)
	case akari.ParentingBalance:
		w.shortHours = 25
		w.flextime = 15
		w.remote = [3]int32{0, 12, 20}
	case akari.WorkplaceRelationships:
		w.remote = [3]int32{0, 8, 12}
		w.flextime = 8
	case akari.CareerChange:
		w.inexp = 35
	case akari.Salary:
		w.pay = true
	}
	return w
}

// payScore rewards higher pay for the salary worry: one point per 8万円
// of the bottom of the range above 300万円, at most 60 (780万円 and up).
func payScore(annualLow int32) int32 {
	return min(max((annualLow-300)/8, 0), 60)
}

// compiled is a Query made ready for the hot loop.
type compiled struct {
	q          Query
	w          weights
	today      int32
	maxDays    int32
	prefs      uint64 // bit n: JIS code n; bit 0: a name no listing has
	prefNames  string // the wished prefectures, joined by ・
	remoteMin  uint8
	empMask    uint8
	needFlags  uint8
	minPay     int32
	callCenter bool
	keywords   []keyword // Query.Asked's first
	rest       []int32   // rest[i]: the weight of keywords[i:] together
	avoid      []string  // folded
	limit      int
	offset     int
}

func compile(q Query) *compiled {
	cq := &compiled{q: q, limit: q.Limit, offset: max(q.Offset, 0)}
	if cq.limit <= 0 {
		cq.limit = DefaultLimit
	}
	cq.limit = min(cq.limit, MaxLimit)
	now := q.Now
	if now.IsZero() {
		now = time.Now()
	}
	cq.today, cq.maxDays = jstDay(now), ageDays(q.MaxAge)
	var names []string
	for _, p := range q.Prefectures {
		if strings.TrimSpace(p) == "" {
			continue
		}
		// An unknown place (code 0) matches nothing but full-remote
		// listings: listings have codes 1–47.
		name, code := jatext.Prefecture(p)
		cq.prefs |= 1 << code
		if name != "" {
			names = append(names, name)
		}
	}
	cq.prefNames = strings.Join(names, "・")
	switch q.Remote {
	case RemoteFull:
		cq.remoteMin = 2
	case RemotePartial:
		cq.remoteMin = 1
	}
	for _, e := range q.Employment {
		cq.empMask |= e.bit()
	}
	if q.Inexperienced {
		cq.needFlags |= flagInexperienced
	}
	if q.ShortHours {
		cq.needFlags |= flagShortHours
	}
	cq.minPay = int32(q.MinAnnualPay)
	perKeyword, perAsked := int32(scoreKeyword), int32(scoreAsked)
	if q.ByPay {
		// Ranked by pay, the listings of the work asked for (事務) still
		// come first.
		perKeyword, perAsked = byPayKeyword, byPayKeyword
	}
	// Asked words first: the Why line names the first one found, and the
	// heaviest words checked first let rank stop early.
	for i, s := range slices.Concat(q.Asked, q.Keywords) {
		if q.Category == akari.Resignation && isCallCenterWord(s) {
			cq.callCenter = true
			continue // what they leave, not what they look for
		}
		if q.Category == akari.HungUpCall && isCallCenterWord(s) {
			continue
		}
		k, ok := compileKeyword(s)
		if !ok || slices.ContainsFunc(cq.keywords, func(o keyword) bool { return o.text == k.text }) {
			continue
		}
		k.weight = perKeyword
		if i < len(q.Asked) {
			k.weight = perAsked
		}
		cq.keywords = append(cq.keywords, k)
	}
	// rest[i] is the most the keywords from i on can add.
	cq.rest = make([]int32, len(cq.keywords)+1)
	for i := len(cq.keywords) - 1; i >= 0; i-- {
		cq.rest[i] = cq.rest[i+1] + cq.keywords[i].weight
	}
	for _, s := range q.Avoid {
		if k := normalizeText(s); utf8.RuneCountInString(k) > 1 {
			cq.avoid = append(cq.avoid, k)
		}
	}
	cq.w = weightsFor(q.Category, cq.callCenter)
	return cq
}

// admits applies the hard filters.
func (cq *compiled) admits(f *feature) bool {
	if cq.today-f.checked > cq.maxDays {
		return false
	}
	if cq.prefs != 0 && !cq.inPrefecture(f) && f.remote != 2 {
		return false
	}
	if f.remote < cq.remoteMin {
		return false
	}
	if cq.empMask != 0 && f.employment&cq.empMask == 0 {
		return false
	}
	if f.flags&cq.needFlags != cq.needFlags {
		return false
	}
	return cq.minPay == 0 || f.annualHigh >= cq.minPay
}

// inPrefecture reports whether f is in a wished prefecture.
func (cq *compiled) inPrefecture(f *feature) bool {
	return f.pref != 0 && cq.prefs&(1<<f.pref) != 0
}

// score ranks an admitted listing, keywords aside (see keywordScore).
func (cq *compiled) score(f *feature) int32 {
	w := &cq.w
	s := w.remote[f.remote]
	if f.flags&flagShortHours != 0 {
		s += w.shortHours
	}
	if f.flags&flagFlextime != 0 {
		s += w.flextime
	}
	if f.flags&flagInexperienced != 0 {
		s += w.inexp
	}
	var best int32
	for tags := f.tags; tags != 0; tags &= tags - 1 {
		best = max(best, w.tag[bits.TrailingZeros32(tags)])
	}
	s += best
	if f.tags&w.penaltyTags != 0 {
		s -= w.penalty
	}
	if f.values&w.values != 0 {
		s += w.valued
	}
	if w.pay {
		s += payScore(f.annualLow)
	}
	if cq.q.ByPay {
		// The middle of the range, counted double, outweighs every other
		// part of the score (at most a few hundred points).
		s += (f.annualLow + f.annualHigh) * byPayWeight
	}
	if cq.inPrefecture(f) {
		s += scorePrefecture
	}
	if cq.today-f.posted <= newDays {
		s += scoreNew
	}
	return s
}
