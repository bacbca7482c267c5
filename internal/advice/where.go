package advice

import (
	"slices"
	"strings"

	"github.com/akari-career/akari/internal/pattern"
	"github.com/akari-career/akari/internal/playbook"
)

// whereAsk recognises a question about where to turn inside a worry:
// 「外に相談できるとこある？」「失業保険はどこで手続きすればいい？」. It names
// no worry of its own, so it is answered from the worry on the table.
var whereAsk = pattern.MustCompile(`どこ(で|に|へ|か|の窓口)|どちら(に|へ|で)(相談|ご相談|伺|行|連絡|問い合わせ)|(外|社外|会社以外|ほか|他|別)(に|で|の)?[^。]{0,6}(相談|そうだん|窓口)|(社外|会社の外|会社以外)(で|に)[^。]{0,10}(聞いて|話せ|話を|頼れ)|(相談|そうだん) ?(先|さき|窓口|まどぐち|できる ?(場所|ばしょ|ところ|とこ|所|人|ひと))|窓口(は|って|ある|あり)`)

func asksWhere(text string) bool { return whereAsk.MatchString(text) && !anyWhere.MatchString(text) }

// anyWhere is どこ in a concession, whichever one (退職代行ってどこに頼んでも
// 同じ？: general set 205, round 54): it asks how they differ, not where to
// go; or where a figure can be looked up (有給の残りってどこで分かる？), which
// a note answers, not a desk.
var anyWhere = pattern.MustCompile(`どこ(に|で|へ)?(頼んでも|頼んだって|たのんでも|行っても|いっても|言っても|聞いても|選んでも|使っても|申し込んでも)(同じ|一緒|変わら|かわら)|どこで(分か|わか|見れ|見られ|確認でき|確かめられ|調べられ)`)

// asksWhatToBring asks what to prepare for a place already named (相談
// 窓口に行くとしたら、何を準備しておけばいいですか): a note's list, not the
// places again (general set 173, round 46).
var asksWhatToBring = pattern.MustCompile(`何を?(準備|用意|持って)|準備(して)?(おけば|しておく|しとけば|するもの|しておくもの)|持っていけば|持って行けば|持ってけば|用意(して)?(おけば|しとけば|するもの)`)

// desk names the places a person can turn to; a line that names one
// answers "where".
var desk = pattern.MustCompile(`総合労働相談コーナー|労働基準監督署|雇用環境・均等部|労働局|ハローワーク|キャリアセンター|産業医|こころの耳|医療機関|市区町村の窓口|相談窓口|派遣元`)

// outsideAsk: the person wants somewhere outside the company, or says the
// company's own desk cannot be trusted (「会社の窓口は信用できない」).
var outsideAsk = pattern.MustCompile(`外|社外|会社以外|信用でき|信頼でき|当てにならな|あてにならな|意味(が)?ない|無駄|もみ消|握りつぶ|グル`)

// distrust: the company's own desk or people are not to be relied on.
var distrust = pattern.MustCompile(`信用でき|信頼でき|当てにならな|あてにならな|意味(が)?ない|無駄|もみ消|握りつぶ|グル`)

// distrustsCompany reports whether the person says the company's own
// desk cannot be trusted: they need somewhere outside, not its wording.
func distrustsCompany(text string) bool { return distrust.MatchString(text) }

// outsideDesk names a place outside the company.
var outsideDesk = pattern.MustCompile(`総合労働相談コーナー|労働基準監督署|雇用環境・均等部|労働局|ハローワーク|こころの耳|医療機関|弁護士|法テラス`)

// where answers a question about where to go with a how-to note or a step
// that names a desk — the note the question points at first, then any not
// said yet — or nil when the worry names no desk left to give.
// deskNoteNamed returns the note of ns naming a desk that shares the most
// of the question's words (retrieve.go), or "".
func deskNoteNamed(ns []*playbook.Note, names *pattern.Pattern, in input) string {
	if in.pieces == nil || in.lib == nil {
		return ""
	}
	x := in.pieces.notes(in.lib)
	ms, _ := x.matches(in.text, in.text)
	pick, best := "", 0.0
	for _, m := range ms {
		n := x.docs[m.doc].note
		if m.score <= best || !names.MatchString(n.Text) || in.alreadySaid(n.Text) || !slices.ContainsFunc(ns, func(o *playbook.Note) bool { return o.Text == n.Text }) {
			continue
		}
		pick, best = n.Text, m.score
	}
	return pick
}

func where(pb *playbook.Playbook, lis *playbook.Listening, f *playbook.Facet, in input) []string {
	pick := ""
	ns := notes(pb, lis, f, in)
	names := desk
	if outsideAsk.MatchString(in.text) {
		names = outsideDesk
	}
	for _, n := range ns {
		if names.MatchString(n.Text) && matchAt(n.Keywords, in) >= 0 && !in.alreadySaid(n.Text) {
			pick = n.Text
			break
		}
	}
	if pick == "" {
		// A note the question's words point to (さっきの傷病手当金って、
		// どこに申請すれば？), else the first line that names a desk.
		pick = deskNoteNamed(ns, names, in)
	}
	if pick == "" {
		var lines []string
		for _, n := range ns {
			lines = append(lines, n.Text)
		}
		lines = append(lines, stepTexts(pb, f, in)...)
		for _, l := range lines {
			if names.MatchString(l) && !in.alreadySaid(l) {
				pick = l
				break
			}
		}
	}
	if pick == "" {
		return nil
	}
	lead := pickRotating(lis.WhereLead, int(in.msg%1024), in)
	return []string{joinWithin([]string{lead, strings.TrimSpace(pick), checkIn(lis, in)})}
}
