package jobs

import (
	"fmt"
	"slices"
	"strings"

	"github.com/akari-career/akari/internal/akari"
)

// explain writes the badges and the Why line of one picked listing. It
// runs for the few listings returned, so it may allocate. Every sentence
// rests on a fact of the listing; nothing is promised that the listing does
// not say.
func (cq *compiled) explain(l *Listing, f *feature, sig *signature, text string) ([]string, string) {
	return cq.badges(l, f), cq.why(l, f, sig, text)
}

func (cq *compiled) badges(l *Listing, f *feature) []string {
	w, q := &cq.w, &cq.q
	type badge struct {
		text     string
		relevant bool // the worry or a wish asked for it: shown first
	}
	var bs []badge
	switch l.Remote {
	case RemoteFull:
		bs = append(bs, badge{"在宅OK", w.remote[2] > 0 || cq.remoteMin > 0})
	case RemotePartial:
		bs = append(bs, badge{"一部在宅", w.remote[1] > 0 || cq.remoteMin > 0})
	}
	if l.InexperiencedOK {
		bs = append(bs, badge{"未経験歓迎", w.inexp > 0 || q.Inexperienced})
	}
	if l.ShortHours {
		bs = append(bs, badge{"時短OK", w.shortHours > 0 || q.ShortHours})
	}
	if l.Flextime {
		bs = append(bs, badge{"フレックス", w.flextime > 0})
	}
	if f.values&TagCallCenter.bit() != 0 && q.Category == akari.Resignation {
		bs = append(bs, badge{"コールセンター経験歓迎", true})
	}
	if w.pay || cq.minPay > 0 || (!l.Pay.Hourly() && l.Pay.AnnualMin >= 500) {
		bs = append(bs, badge{payBadge(l.Pay), w.pay || cq.minPay > 0})
	}
	slices.SortStableFunc(bs, func(a, b badge) int {
		switch {
		case a.relevant == b.relevant:
			return 0
		case a.relevant:
			return -1
		}
		return 1
	})
	out := make([]string, len(bs))
	for i, b := range bs {
		out[i] = b.text
	}
	return out
}

// payBadge is the short form of the bottom of the pay range: 年収500万〜,
// 時給1,400円〜.
func payBadge(p Pay) string {
	if p.Hourly() {
		return "時給" + yen(p.HourlyMin) + "円〜"
	}
	return fmt.Sprintf("年収%d万〜", p.AnnualMin)
}

// mainTag is the listing's tag the worry weighs most (the first tag when
// the worry weighs none).
func (cq *compiled) mainTag(l *Listing) (Tag, int32) {
	best, weight := l.Tags[0], int32(0)
	for _, t := range l.Tags {
		if v := cq.w.tag[tagIndex(t)]; v > weight {
			best, weight = t, v
		}
	}
	return best, weight
}

// why is one line: the worry's reason, then up to two of the person's
// wishes the listing meets.
func (cq *compiled) why(l *Listing, f *feature, sig *signature, text string) string {
	parts := make([]string, 0, 3)
	if r := cq.reason(l, f); r != "" {
		parts = append(parts, r)
	}
	wishes := cq.wishes(l, f, sig, text)
	if len(parts) == 0 && len(wishes) == 0 {
		tag, _ := cq.mainTag(l)
		parts = append(parts, string(tag)+"のお仕事で、"+place(l)+"の求人です")
	}
	parts = append(parts, wishes[:min(len(wishes), 2)]...)
	return strings.Join(parts, "。") + "。"
}

// reason says why the listing fits the worry, or "" when it does not
// address the worry in particular.
func (cq *compiled) reason(l *Listing, f *feature) string {
	tag, weight := cq.mainTag(l)
	switch cq.q.Category {
	case akari.RemoteWorkEnvy:
		switch l.Remote {
		case RemoteFull:
			return "全員がリモート前提で働くチームなので、出社する人との温度差が生まれにくい職場です"
		case RemotePartial:
			return "在宅と出社を組み合わせるのが当たり前のチームなので、在宅勤務が特別扱いされにくい職場です"
		}
	case akari.Resignation:
		valuesCC := f.values&TagCallCenter.bit() != 0
		switch {
		case valuesCC && cq.callCenter:
			return "コールセンターで身につけた聞く力・伝える力を、そのまま活かせる" + string(tag) + "のお仕事です"
		case valuesCC:
			return "電話応対やお客さま対応の経験が歓迎される" + string(tag) + "のお仕事です"
		case weight > 0:
			return "これまでの経験を活かしやすい" + string(tag) + "のお仕事で、次の一歩にしやすい求人です"
		}
	case akari.HungUpCall:
		if weight > 0 {
			return "電話中心の働き方から離れやすい" + string(tag) + "のお仕事です"
		}
	case akari.WorkMeaning:
		if weight > 0 {
			return meaningLine(tag)
		}
	case akari.ParentingBalance:
		if ways := workStyles(l); len(ways) > 0 {
			return strings.Join(ways, "・") + "ができるので、お子さんの予定に合わせて働きやすい求人です"
		}
	case akari.WorkplaceRelationships:
		if ways := workStyles(l); l.Remote != RemoteNone || l.Flextime {
			if l.ShortHours {
				ways = ways[1:] // 時短 is not about distance
			}
			return strings.Join(ways, "・") + "で、職場の人との距離感を自分で保ちやすい働き方です"
		}
	case akari.CareerChange:
		if l.InexperiencedOK {
			return "未経験歓迎なので、新しい分野への最初の一歩にしやすい求人です"
		}
	case akari.Salary:
		if low, _ := l.Pay.AnnualEstimate(); low >= 450 && !l.Pay.Hourly() {
			return l.Pay.String() + "と、収入アップを目指しやすい水準の求人です"
		}
	}
	return ""
}

// workStyles names the flexible ways of working a listing offers.
func workStyles(l *Listing) []string {
	var ways []string
	if l.ShortHours {
		ways = append(ways, "時短勤務")
	}
	switch l.Remote {
	case RemoteFull:
		ways = append(ways, "フルリモート勤務")
	case RemotePartial:
		ways = append(ways, "在宅勤務")
	}
	if l.Flextime {
		ways = append(ways, "フレックス勤務")
	}
	return ways
}

func meaningLine(t Tag) string {
	switch t {
	case TagCare:
		return "利用者さんの暮らしを支える、「ありがとう」が直接届くお仕事です"
	case TagTraining:
		return "人の成長をそばで支えられる、手応えを感じやすいお仕事です"
	case TagSupport:
		return "お客さまの困りごとを解決して、役に立てた実感を持ちやすいお仕事です"
	case TagRetail:
		return "お客さまの喜ぶ顔を目の前で見られるお仕事です"
	case TagHR:
		return "人と会社の出会いを支える、誰かの人生の節目に関われるお仕事です"
	}
	return string(t) + "のお仕事で、人の役に立つ実感を持ちやすい求人です"
}

// wishes lists the person's explicit wishes this listing meets.
func (cq *compiled) wishes(l *Listing, f *feature, sig *signature, text string) []string {
	var out []string
	q := &cq.q
	if cq.prefs != 0 {
		if cq.inPrefecture(f) {
			out = append(out, "ご希望の"+l.Prefecture+"で働けます")
		} else if cq.prefNames != "" && l.Remote == RemoteFull {
			out = append(out, cq.prefNames+"からでもフルリモートで働けます")
		}
	}
	for i := range cq.keywords {
		if k := &cq.keywords[i]; k.in(sig, text) {
			out = append(out, "「"+k.orig+"」のご希望に合う求人です")
			break
		}
	}
	if cq.remoteMin > 0 && q.Category != akari.RemoteWorkEnvy && q.Category != akari.ParentingBalance {
		out = append(out, "在宅勤務のご希望にも合います")
	}
	if q.Inexperienced && q.Category != akari.CareerChange {
		out = append(out, "未経験からでも応募できます")
	}
	if cq.minPay > 0 && q.Category != akari.Salary {
		out = append(out, fmt.Sprintf("年収%d万円以上のご希望にも届く範囲です", cq.minPay))
	}
	if cq.empMask != 0 {
		out = append(out, "ご希望の"+string(l.Employment)+"の求人です")
	}
	return out
}

// place is where the work is: 東京都渋谷区, or フルリモート for full-remote
// listings.
func place(l *Listing) string {
	if l.Remote == RemoteFull {
		return "フルリモート"
	}
	return l.Prefecture + l.City
}
