package advice

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/jatext"
	"github.com/akari-career/akari/internal/labor"
	"github.com/akari-career/akari/internal/pattern"
	"github.com/akari-career/akari/internal/playbook"
)

// A bare follow-up names no subject of its own: 「それってどこで手続きするん？」
// right after the note on health insurance after quitting asks about that
// note. Its words reach no note, so it is answered from the note Akari gave
// last, by the line that note keeps for that kind of question
// (listening.yaml notes' follow:).

// followAsks tells the kind of a follow-up question, in the order tried: a
// question that asks where something is done is a where-question, though
// it holds 手続き too.
var followAsks = [...]struct {
	kind playbook.FollowKind
	pat  *pattern.Pattern
}{
	{playbook.FollowWhen, pattern.MustCompile(`(過ぎ|すぎ|超え|こえ)たら(どう|どない)|いつまで|いつから|いつごろ|いつ頃|いつもらえ|いつ出|期限|何日以内|何日前|何日まで|何日(くらい|ぐらい|ほど)?で(取|と)れ|何日(くらい|ぐらい)?かか|いつ(に|の)?(手続|申請|出|言|伝|届|切り出|話)|(どの|どういう|どんな)(段階|タイミング|時期)|頻度|どのくらいの間隔|(どの|どれ)(くらい|ぐらい)(待|まで待)` +
		// How far back, after a note on a claim (何年前までさかのぼれるん？).
		`|何年(前|まえ)(まで|の分)|何年分|何年以内|何(か月|ヶ月|カ月)前(まで|に)|さかのぼれ|遡れ|(さかのぼ|遡)って(請求|もらえ|払)` +
		// How long it lasts (さっきのやつ、最長でどんくらいもらえるんだべ).
		`|最長|いつまでもらえ|何(か月|ヶ月|カ月)(分|間)?もらえ` +
		// From which day (いつの分からもらえます？ 休んだ初日から？).
		`|いつの分|何日目から|初日から`)},
	{playbook.FollowWhere, pattern.MustCompile(`どこ(で|に|へ|の|か|が|なら|に行|行け|まで(行|い))|(だれ|誰|どなた)に` +
		// One place or the other (派遣先の工場に言やぁええの？それとも派遣元？).
		`|(に|へ)(言|い|伝え|相談|聞|申し出|連絡)[^。]*それとも`)},
	{playbook.FollowBring, pattern.MustCompile(`何を?(出|持|書|用意|準備|提出)|なにを?(出|持|書|用意|準備)|何が(必要|いる|要る)|必要な(もの|物|書類)|必要なの|持ち物|(用意|準備)(して|し)?(おく|とく|する|しておく)?(もの|物)|持って(いく|行く|く)(もの|物)|持ってく|書類(は|って|が)|何(出せば|いる)|なに(が|を)?(必要|いる|要る|出せば|持って)|書面|口頭|紙(で|じゃ)|メールで(も|いい)`)},
	{playbook.FollowCost, pattern.MustCompile(`計算(のしかた|の仕方|のやり方|方法|式)|(どう|どうやって)(金額|額|お金)?を?計算|(金額|額)(の)?(出し方|決め方|計算)|(金額|額)(って|は)(どう|どうやって)(決ま|出)|いくら|何円|なんえん|何割|何%|何％|何パーセント|(どの|どれ)くらい(もらえ|出る|でる|減|増|かか|になる|払)|(どの|どれ)ぐらい(もらえ|出る|減|増|かか)|お金(は|って)?(かか|いる)|費用|(どっち|どちら)が(安|高|得|お得)|無料|タダ|ただで`)},
	{playbook.FollowMoney, pattern.MustCompile(`お金(は|って|も)?(どうなる|出る|出ま|でる|でま|もらえ|入る|入りま|ある|あり)|(給料|お給料|手当|給付)(は|って|も|が)?(出る|でる|もらえ|ある|どうなる|どうなり|出ない|でない)|(保障|補償)(は|って|が)?(ある|あり)|無給`)},
	{playbook.FollowHow, pattern.MustCompile(`どうやって|どうすれば|どうしたら|どうやったら|やり方|方法`)},
}

// maxFollowRunes: longer than this, a message says more than a follow-up.
const maxFollowRunes = 32

// maxCaseFollowRunes: a question of how much or by when may tell the
// person's own figures with it (月に8日も休みにされとるで、いくらぐらいもらえるもんなん？
// 日給1万2千円だで; general set 189, round 50) and still ask it of the
// note given.
const maxCaseFollowRunes = 48

// howMuchAsked and byWhenAsked ask an amount or a date in so many words,
// as a longer follow-up must (会社にはいつまでに延長を伝えればいいですか?
// 誕生日は5月20日です).
var (
	howMuchAsked = pattern.MustCompile(`いくら|何円|なんえん|(どの|どれ)(くらい|ぐらい)(もらえ|出る|でる|払)`)
	byWhenAsked  = pattern.MustCompile(`いつまでに|いつから|何日前|何か月前|何ヶ月前|何カ月前|さかのぼ|遡`)
)

// askedOutright reports whether text asks a follow-up of kind in so many
// words that it may run past maxFollowRunes: an amount, a date, or money
// of what was said before.
func askedOutright(kind playbook.FollowKind, text string) bool {
	switch kind {
	case playbook.FollowCost:
		return howMuchAsked.MatchString(text)
	case playbook.FollowWhen:
		return byWhenAsked.MatchString(text)
	case playbook.FollowMoney:
		return saysEarlier.MatchString(text)
	}
	return false
}

// followKind returns the kind of bare follow-up the message is, or false.
func followKind(in input) (playbook.FollowKind, bool) {
	n := utf8.RuneCountInString(in.text)
	if !in.asks() || n > maxCaseFollowRunes {
		return 0, false
	}
	for _, a := range followAsks {
		if n > maxFollowRunes && !askedOutright(a.kind, in.text) {
			continue
		}
		if a.pat.MatchString(in.text) {
			// どうやって asks how to do something it names
			// (深夜の分ってどうやって確認する？), unless it points back.
			return a.kind, a.kind != playbook.FollowHow || pointsBack(in)
		}
	}
	return 0, false
}

// followWindow is how many of Akari's last replies are searched for the
// note a follow-up is about.
const followWindow = 2

// followOnNote answers a bare follow-up from the note on the table, or
// returns nil: the message is no follow-up, names a note of its own, or
// the note Akari gave last keeps no line for what is asked (or said it
// already).
func followOnNote(pb *playbook.Playbook, lis *playbook.Listening, f *playbook.Facet, in input) []string {
	kind, follows := followKind(in)
	back := pointsBack(in)
	if !follows && kind == playbook.FollowHow && namesNoteGiven(pb, lis, f, in) {
		// 「もし退職届を受け取ってもらえなかったらどうすれば？」 right after
		// the note that said so: how, of that note.
		follows, back = true, true
	}
	if r := followOnNoteLine(pb, lis, f, in, kind, follows, back); r != nil {
		return r
	}
	if !back {
		return nil
	}
	if follows && kind != playbook.FollowWhen {
		// 「…誰に相談すればいい？」 asks where to turn, which the reply goes
		// on to answer: a quote would not. 「さっき言うてた上限って、いつ
		// から？」 is answered by the note's own date, quoted.
		return nil
	}
	// 「さっきの6ヶ月って試用期間も入るの？」: no keyword of the note given
	// just before, and no line for it, but its own words — quoted where
	// they are. Unless a note not given yet names the question more
	// closely (本当の理由は人間関係なんだけど、それは言わない方がいい？
	// after the note on the reason for leaving): that note answers.
	if n, ok := namedInText(saidLately(notes(pb, lis, f, in), in), in.text); ok {
		// Any note not given yet may name the question more closely: the
		// worry's own as well (うちの会社にはそういう制度ないって言われそう
		// after the wording to ask with: the note on being told no).
		known := notes(pb, lis, f, in)
		if u := pickNote(known, in, false); u != "" && namesCloser(known, u, []*playbook.Note{&n}, n.Text, in) &&
			(!saysEarlier.MatchString(in.text) || !saysNamed(known, u, n.Text, in)) {
			// …and さっきの150万って、交通費も入るんですか？ asks what the
			// note on travel costs says, which the note quoted never did.
			return nil
		}
		return recap(lis, n, in)
	}
	return nil
}

// saysNamed reports whether text, a note given, holds a keyword of the
// note with text pick (one of ns) that the message names: if not, quoting
// it cannot answer what that keyword asks.
func saysNamed(ns []*playbook.Note, pick, text string, in input) bool {
	for _, n := range ns {
		if n.Text != pick {
			continue
		}
		for _, k := range in.pieces.folded(n.Keywords) {
			if i, _ := in.findFolded(k); i >= 0 && !strings.Contains(text, k) {
				return false
			}
		}
	}
	return true
}

// namesNoteGiven reports whether the message names, by a keyword of its
// own, a note given in Akari's last replies.
func namesNoteGiven(pb *playbook.Playbook, lis *playbook.Listening, f *playbook.Facet, in input) bool {
	for _, n := range saidLately(notes(pb, lis, f, in), in) {
		for _, k := range in.pieces.folded(n.Keywords) {
			if i, _ := in.findFolded(k); i >= 0 {
				return true
			}
		}
	}
	return false
}

// followOnNoteLine is followOnNote before the last resort of quoting: kind
// and follows are the message's followKind, back whether it points back.
// saysEarlier points back in so many words (さっきの, 先ほどの, 前に言っ
// てた): what was said is the subject, whatever else the question names.
var saysEarlier = pattern.MustCompile(`さっき|先ほど|さきほど|前に(言|聞|教|作)|つ前に|最初に(言|聞|教|お伝え)`)

func followOnNoteLine(pb *playbook.Playbook, lis *playbook.Listening, f *playbook.Facet, in input, kind playbook.FollowKind, follows, back bool) []string {
	if !follows && !back {
		return nil
	}
	known := fitting(nil, lis.Notes, in)
	if back {
		// 「さっきの130万って社会保険のほう？」: a note given just before,
		// named again — its line for the question, else the note once
		// more, with what they asked about in it.
		// Unless it names a note not given yet more closely: 「さっきの
		// 時短って、給料はどれくらい減るの？」 asks what the note on pay
		// during shorter hours says.
		n, ok := pickNoteOf(saidLately(notes(pb, lis, f, in), in), asNew(in))
		if u := pickNote(known, in, false); ok && u != "" && namesCloser(known, u, []*playbook.Note{&n}, n.Text, in) {
			ok = false
		}
		if ok {
			if line := lineFor(&n, kind); follows && line != "" && !in.alreadySaid(line) {
				return followAnswer(lis, line, kind, in)
			}
			if r := recap(lis, n, in); r != nil {
				return r
			}
		}
	}
	// A note the message names is its subject (自己都合で辞めたら、失業保険は
	// いつからもらえる？) — unless it points back (そういうのって、どこに相談
	// すればいい？): then the subject is the note on the table, whatever
	// general words (どこに相談) it shares.
	// Said or not: 「さっきの傷病手当って、いつまでもらえるんですか？」
	// asks about that note, answered by its line for the question.
	anew := asNew(in)
	if n, ok := pickNoteOf(known, anew); ok && !back {
		if line := lineFor(&n, kind); follows && line != "" && !in.alreadySaid(line) {
			return followAnswer(lis, line, kind, in)
		}
		return nil
	}
	named := pickNote(known, in, false) != ""
	if follows {
		// The worry's own how-to notes keep lines too: 「いつ切り出すのが
		// いい？」 after the wording for telling the boss.
		followable := notes(pb, lis, f, in)
		for _, t := range in.lastReplies(followWindow) {
			if n, line := followFrom(followable, t, kind, in); line != "" {
				if named && !namesNote(n, in) {
					// 「さっきの時短って、給料はどれくらい減るの？」 after
					// the note on sick-child leave: the note it names
					// answers, not the one on the table.
					break
				}
				return followAnswer(lis, line, kind, in)
			}
		}
	}
	// 「これって違法じゃないんですか？」 after 「残業代が一円も出ていません」,
	// 「なにがいるの？」 after 「休職ってできる？」: what the message points
	// back at, or the bare question asks about, is the subject of the
	// person's message before, read with it — answered by that note's
	// line for the question, else the note.
	prev := in.previousUserText()
	if named || prev == "" || !in.asks() {
		return nil
	}
	with := in
	with.text = prev + "\n" + in.text
	n, ok := pickNoteOf(known, with)
	if !ok {
		return nil
	}
	if line := lineFor(&n, kind); follows && line != "" && !in.alreadySaid(line) {
		return followAnswer(lis, line, kind, in)
	}
	if in.alreadySaid(n.Text) {
		return nil
	}
	return []string{joinWithin([]string{n.Text, factCheckIn(lis, in)})}
}

// asNew is in with nothing said yet, for naming a note whether or not it
// was given.
func asNew(in input) input {
	in.turns = nil
	return in
}

// pickNoteOf is pickNote returning the note itself.
func pickNoteOf(notes []*playbook.Note, in input) (playbook.Note, bool) {
	pick := pickNote(notes, in, false)
	for _, n := range notes {
		if pick != "" && n.Text == pick {
			return *n, true
		}
	}
	return playbook.Note{}, false
}

// followAnswer is a follow-up line as the reply: overtime pay asked about
// is worked out when the person gave their hourly wage and hours.
func followAnswer(lis *playbook.Listening, line string, kind playbook.FollowKind, in input) []string {
	if (kind == playbook.FollowCost || kind == playbook.FollowMoney) && strings.Contains(line, "1.25") {
		if est := overtimeEstimate(in); est != "" {
			line += "\n" + est
		}
	}
	return []string{joinWithin([]string{line, factCheckIn(lis, in)})}
}

// pointingBack matches a question that points at what was just said
// (これって, そういう場合, うちの場合) instead of naming it.
var pointingBack = pattern.MustCompile(`^(これ|それ|そう|そこ|あれ|そいつ|そいづ|こういう|そういう|こんな|そんな|この場合|その場合|その際|そのとき|その時|そっち)|^その[^、。?？]{1,10}(って|は|とは)|さっき(の|言って|言うて|ゆうて|いって|教えて|書いて|話して|聞いた)|先ほど(の|お|教|伺)|(これ|それ)(って|は|も|じゃ|で|なら|の|に)|(こういう|そういう)(の|場合|とき|時|こと)|(この|その|今の|いまの)(場合|状況|ケース)|うちの(会社|場合)|(おかしくない|おかしくね|おかしない|おかしいやろ|おかしいでしょ|納得いかない|納得できない)[?？]*$`)

func pointsBack(in input) bool {
	// そういえば turns to something new, whatever そう says; それでも
	// goes on from it (それでもずっと無視されたら).
	t := strings.TrimPrefix(strings.TrimPrefix(in.text, "そういえば"), "それでも")
	return utf8.RuneCountInString(t) <= maxFollowRunes && pointingBack.MatchString(t)
}

// followFrom returns a note t said and its follow line of kind, "" when t
// said none that keeps one not said yet.
func followFrom(notes []*playbook.Note, t akari.Turn, kind playbook.FollowKind, in input) (playbook.Note, string) {
	for _, n := range notes {
		line := lineFor(n, kind)
		if line == "" || !n.Fits(in.mem) || !saysNote(t, n, in) || in.alreadySaid(line) {
			continue
		}
		return *n, line
	}
	return playbook.Note{}, ""
}

// wordsOfLastNote answers an ask for the words to say right after a note
// that keeps them (its how line): 派遣会社の担当になんて言やぁええんか教え
// てちょ after the note on pay for days sent home asks how to raise that,
// not what a note on quitting named by 派遣会社 would say (general set
// 189, round 50). Nil when the last reply gave no such note.
func wordsOfLastNote(pb *playbook.Playbook, lis *playbook.Listening, f *playbook.Facet, in input) []string {
	if !asksForWords.MatchString(in.text) {
		return nil
	}
	followable := notes(pb, lis, f, in)
	for _, t := range in.lastReplies(1) {
		if _, line := followFrom(followable, t, playbook.FollowHow, in); line != "" {
			for _, w := range worryNotes(pb, f, in) {
				if at, _ := matchLastLong(w.Keywords, in); at >= 0 {
					// じゃあ文面どう書けばいい？お客さんが返金しろって言っ
					// てるやつ names a scene of the worry's own wording.
					return nil
				}
			}
			return followAnswer(lis, line, playbook.FollowHow, in)
		}
	}
	return nil
}

// askedOfNoteGiven answers, from the note it names, a question that names
// a note given lately and nothing else answered: したっけ治療費はどうなん
// の？病院で保険証出して払っちゃったんだけど right after the note that
// said so is asked of that note again — its words quoted where they are —
// not met with the worry's steps (general set 191, round 50). Nil
// otherwise.
func askedOfNoteGiven(pb *playbook.Playbook, lis *playbook.Listening, f *playbook.Facet, in input) []string {
	if !in.asks() || !namesNoteGiven(pb, lis, f, in) {
		return nil
	}
	if n, ok := pickNoteOf(saidLately(notes(pb, lis, f, in), in), asNew(in)); ok {
		return recap(lis, n, in)
	}
	return nil
}

// askedOfLastNote answers a short question put right after a note, with
// no worry on the table and no word of the note's keywords in it (え、2つ
// の バイト を あわせて ですか？ after the note on a student's 28 hours):
// the sentence of the note that holds its words, not the greeting menu
// (general set 195, round 51). Nil when no sentence holds any of them.
func askedOfLastNote(lis *playbook.Listening, in input) []string {
	if !in.asks() || utf8.RuneCountInString(in.text) > maxFollowRunes {
		return nil
	}
	terms := questionTerms(in.text)
	if len(terms) == 0 {
		return nil
	}
	for _, n := range saidLately(fitting(nil, lis.Notes, in), in) {
		// Every word of the question is the note's: a word of its own
		// (休みの日の連絡って返さなきゃダメなの？ after the note on calling
		// in sick) asks something the note does not say.
		folded := foldMonths(jatext.Fold(n.Text))
		if slices.ContainsFunc(terms, func(w string) bool { return !strings.Contains(folded, w) }) {
			continue
		}
		if r := recap(lis, *n, in); r != nil {
			return r
		}
	}
	return nil
}

// namesNote reports whether the message names one of n's keywords.
func namesNote(n playbook.Note, in input) bool {
	for _, k := range in.pieces.folded(n.Keywords) {
		if i, _ := in.findFolded(k); i >= 0 {
			return true
		}
	}
	return false
}

// saysNote reports whether t gave the note n: its text, or one of its
// follow lines (a second follow-up is about the same note).
func saysNote(t akari.Turn, n *playbook.Note, in input) bool {
	if t.SaysPiece(in.pieces.of(n.Text)) {
		return true
	}
	for _, l := range n.Follow {
		if l != "" && t.SaysPiece(in.pieces.of(l)) {
			return true
		}
	}
	return false
}

// Overtime pay worked out for the person: 「いくらくらいになりますか？時給に
// すると1500円くらいです」 after 40 hours a month were told.
var (
	hourlyPay     = pattern.MustCompile(`時給(?:に)?(?:換算)?(?:すると|したら|して|直すと|だと)?(?:は|が|で|って)?(?:だいたい|約|大体)?([0-9][0-9,]{2,5})(?:円|[^0-9,万.]|$)`)
	overtimeHours = pattern.MustCompile(`(?:月|毎月|ひと月|1か月|1ヶ月|一か月)(?:に)?(?:だいたい|約|大体)?([0-9]{1,3})時間(?:くらい|ぐらい|ほど|近く|以上)?(?:の|は|も)?(?:残業|サービス残業)|残業(?:が|は|を)?(?:月|毎月)?(?:に)?(?:だいたい|約|大体)?([0-9]{1,3})時間`)
)

// overtimeEstimate works overtime pay out from an hourly wage and monthly
// overtime hours the person gave in this message or the last few, or "".
func overtimeEstimate(in input) string {
	texts := append([]string{in.text}, in.earlierUserTexts(6)...)
	pay, hours := 0, 0
	for _, t := range texts {
		if pay == 0 {
			if m := submatch(hourlyPay, t); m != nil {
				pay, _ = strconv.Atoi(strings.ReplaceAll(m[1], ",", ""))
			}
		}
		if hours == 0 {
			if m := submatch(overtimeHours, t); m != nil {
				hours, _ = strconv.Atoi(m[1] + m[2])
			}
		}
	}
	if pay < minHourlyPay || pay > maxHourlyPay || hours <= 0 || hours > maxOvertimeHours {
		return ""
	}
	total := labor.OvertimePay(pay, hours)
	if hours > labor.OvertimeHigh {
		return fmt.Sprintf("あなたの場合でいうと、60時間までが%s円×1.25、60時間を超えた%d時間が%s円×1.5で、1か月におよそ%s円です（深夜や休日は、さらに割り増しになります）。",
			commas(pay), hours-labor.OvertimeHigh, commas(pay), commas(total))
	}
	return fmt.Sprintf("あなたの場合でいうと、%s円×1.25×%d時間で、1か月におよそ%s円です（深夜や休日、月60時間を超える分は、さらに割り増しになります）。",
		commas(pay), hours, commas(total))
}

// Bounds that keep a misread number from turning into a figure.
const (
	minHourlyPay     = 500
	maxHourlyPay     = 10000
	maxOvertimeHours = 200
)

// commas writes n with thousands separators: 75000 → 75,000.
func commas(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// lineFor is a note's line for a kind of follow-up; asked whether money
// comes, the line on how much, when the note keeps no other.
func lineFor(n *playbook.Note, kind playbook.FollowKind) string {
	if line := n.Follow[kind]; line != "" || kind != playbook.FollowMoney {
		return line
	}
	return n.Follow[playbook.FollowCost]
}
