package advice

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/pattern"
	"github.com/akari-career/akari/internal/playbook"
)

// Follow-ups answer what the person asked of the worry they are in: the
// one step to take first, how to word something, more detail, or thanks.
// Each answer is one text, because it answers one question.

// whatFirst answers 「どうしたらいい？」 with one step and why it comes first:
// the facet's own first step when one leads, else the playbook's, skipping
// those that do not fit the person and those already given.
func whatFirst(pb *playbook.Playbook, lis *playbook.Listening, f *playbook.Facet, in input) []string {
	lead := f
	if f != nil && f.Care && utf8.RuneCountInString(in.text) >= namedMatterRunes {
		if at, _ := matchLastLong(f.Keywords, in); at < 0 {
			// チャットで既読スルーばっかでしんどい、どうしたらいい, after sleep
			// was told: the question names a matter of the worry, not the
			// body's, and the worry's own first step answers it. Only the
			// care facet (health) so yields: the others (辞めたあと, 残業代)
			// are the matter itself, whatever the question names.
			lead = nil
		}
	}
	fs := firsts(pb, lead, in)
	var pick playbook.First
	for _, x := range fs {
		if !in.alreadySaid(x.Text) {
			pick = x
			break
		}
	}
	opening := pickRotating(lis.FirstLead, int(in.msg%1024), in)
	if pick.Text == "" {
		if len(fs) == 0 {
			return more(pb, lis, f, in)
		}
		// Asked again after every first step was given: say so, and
		// stand by the most important one in other words.
		opening = pickRotating(lis.Core, in.guide, in)
		pick = playbook.First{Why: fs[0].Why}
	}
	if in.distressed {
		opening = gentleOpening(pb, lis, in)
	}
	parts := []string{opening}
	if pick.Text != "" {
		parts = append(parts, pick.Text+"\n"+pick.Why)
	} else {
		parts = append(parts, pick.Why)
	}
	parts = append(parts, checkIn(lis, in))
	return []string{joinWithin(parts)}
}

// namedMatterRunes: a 「どうしたらいい」 this long names a matter of its own
// (どうしたらいいですか？ alone is eleven).
const namedMatterRunes = 16

// howTo answers 「どう伝えればいい？」 with a how-to note: one whose keywords the
// question names — the one named first (「上司には…」 before 「…伝えれば」),
// in file order on a tie — else one the person's last message named, else
// the next one of the worry not given yet.
func howTo(pb *playbook.Playbook, lis *playbook.Listening, f *playbook.Facet, in input) []string {
	ns := notes(pb, lis, f, in)
	var pick string
	best, bestLen := -1, 0
	for _, n := range ns {
		// The word named last: a Japanese question ends on its point
		// (履歴書の志望動機ってどう書けば asks about 志望動機); at one place,
		// the longer word (面接の日はどうやって休めば is not about 面接).
		at, length := matchLastLong(n.Keywords, in)
		if at >= 0 && (at > best || at == best && length > bestLen) && !in.alreadySaid(n.Text) {
			pick, best, bestLen = n.Text, at, length
		}
	}
	if pick == "" {
		// 「退職理由ってどう言えばいい？」 read as quitting: the interview's
		// note, kept by another worry, named by a word of its own.
		pick = elsewhere(in)
	}
	if pick == "" {
		// 「それってどうやるの？」 and 「LINEで送るならどんな文にしたらいい？」
		// name nothing: they ask about what was just said — the note the
		// person's last message named, if any. 「退職届ってどう書けば」
		// names its own subject, though no note knows it. The messages
		// before the last are read too, nearest first (店長になんて言えば
		// いいかな after a word of something else: the scene told two
		// messages back). Asked for the words to say (工場長さ何て言えばいい
		// んだべ…言い方教えでけろ after 有給がまだ8日残ってっけど), a note
		// that says them comes before a note of the rule alone (general
		// set 189, round 50).
		words := asksForWords.MatchString(in.text)
		if !ownSubject.MatchString(in.text) {
			prevs := in.earlierUserTexts(howToTurns)
			for pass := range 2 {
				for _, prev := range prevs {
					for _, n := range ns {
						if pick == "" && !in.alreadySaid(n.Text) && (pass == 1 || !words || isWording(n.Text)) && containsAnyFolded(prev, in.pieces.folded(n.Keywords)) {
							pick = n.Text
						}
					}
				}
			}
		}
	}
	if pick == "" {
		for _, n := range worryNotes(pb, f, in) {
			if !in.alreadySaid(n.Text) {
				pick = n.Text
				break
			}
		}
	}
	if pick == "" {
		// Every note was given: be honest and ask which scene it is.
		return []string{joinWithin([]string{pickRotating(lis.Core, in.guide, in), checkIn(lis, in)})}
	}
	opening, closing := pickRotating(lis.HowToLead, int(in.msg%1024), in), checkIn(lis, in)
	switch {
	case isListeningNote(lis, pick):
		// A way to go about it or a rule (仕事の探し方は…), not wording to
		// try: no "here is how to say it".
		opening, closing = "", factCheckIn(lis, in)
	case !isWording(pick):
		// A worry's way to go about it (この1週間で「少しうれしかった」
		// 場面を3つ書き出して): something to try, but no words to say.
		opening = ""
	}
	if in.distressed {
		opening = gentleOpening(pb, lis, in)
	}
	return []string{joinWithin([]string{opening, pick, closing})}
}

// howToTurns is how many of the person's messages before an ask for
// wording are read for the scene it is about.
const howToTurns = 3

// asksForWords asks for the words to say, not for a way to go about it.
var asksForWords = pattern.MustCompile(`言い方|伝え方|切り出し方|(何|なん)て(言|い|伝え)|どう(言|伝え|切り出|お伝え|申し上げ)|どのように(お)?(伝え|言|申し上げ|切り出)|例文|文面`)

// isWording reports whether a note holds words to say or write: a quote
// of a sentence or more (「来月末で退職したいと考えています」), not a
// word or a scene named in brackets (「少しうれしかった」場面).
func isWording(text string) bool {
	for rest := text; ; {
		_, after, ok := strings.Cut(rest, "「")
		if !ok {
			return false
		}
		quote, tail, ok := strings.Cut(after, "」")
		if !ok {
			return false
		}
		if utf8.RuneCountInString(quote) >= wordingRunes {
			return true
		}
		rest = tail
	}
}

// wordingRunes: a quote this long is a sentence to say, not a name.
const wordingRunes = 14

// isListeningNote reports whether text is one of listening.yaml's notes,
// which hold rules and ways to go about things rather than a worry's
// wording.
func isListeningNote(lis *playbook.Listening, text string) bool {
	return slices.ContainsFunc(lis.Notes, func(n playbook.Note) bool { return n.Text == text })
}

// elsewhere returns the how-to note of another worry that the question
// names by a word of its own (退職理由, 希望年収, 在職中; see ownWord),
// the word named last winning: short words (上司, 伝え) name a scene every
// worry has. "" when none does.
func elsewhere(in input) string {
	if in.lib == nil {
		return ""
	}
	pick, best := "", -1
	for _, c := range akari.Categories() {
		pb := in.lib.Playbook(c)
		if c == in.cat || pb == nil {
			continue
		}
		for _, n := range pb.HowTo {
			if !n.Fits(in.mem) || in.alreadySaid(n.Text) {
				continue
			}
			for _, k := range in.pieces.folded(n.Keywords) {
				if !ownWord(k) || in.indexFolded(k) < 0 {
					continue
				}
				if at := lastIndex(in, k); at > best {
					pick, best = n.Text, at
				}
			}
		}
	}
	return pick
}

// routedFacets are the exclusive facets a message may name, by a word of
// their own, from another worry's playbook and be met by: situations
// whose own words say which they are (a contract not renewed, a father's
// leave, a customer's anger), whatever worry the classifier read.
var routedFacets = []string{"contract_fear", "fathers_leave", "customer", "dismissed"}

// facetElsewhere returns another worry's playbook and its facet that this
// message names (routedFacets), or nils.
func facetElsewhere(in input) (*playbook.Playbook, *playbook.Facet) {
	if in.lib == nil {
		return nil, nil
	}
	for _, c := range akari.Categories() {
		pb := in.lib.Playbook(c)
		if c == in.cat || pb == nil {
			continue
		}
		for i := range pb.Facets {
			f := &pb.Facets[i]
			if !f.Exclusive || !slices.Contains(routedFacets, f.ID) || f.Unless.Any(in.mem) {
				continue
			}
			// Named by a word of its own (契約終了, 更新のたび), not one
			// every worry shares (切られた: a call cut off).
			for _, k := range in.pieces.folded(f.Keywords) {
				if ownWord(k) && in.indexFolded(k) >= 0 {
					return pb, f
				}
			}
		}
	}
	return nil, nil
}

// namesCloser reports whether the message names the note with text a (one
// of as) more closely than the note with text b (one of bs); see
// namedLength.
func namesCloser(as []*playbook.Note, a string, bs []*playbook.Note, b string, in input) bool {
	return namedLength(as, a, in) > namedLength(bs, b, in)
}

// namedLength is how much of a subject the note with text pick (one of ns)
// is named by: the kanji and katakana of the longest keyword of it the
// message names (何日前に言 4, 言えば 1, どうやって 0); for words joined by
// "+", of all of them.
func namedLength(ns []*playbook.Note, pick string, in input) int {
	longest := 0
	for _, n := range ns {
		if n.Text != pick {
			continue
		}
		for _, k := range in.pieces.folded(n.Keywords) {
			if i, _ := in.findFolded(k); i >= 0 {
				content := 0
				for _, r := range k {
					if unicode.Is(unicode.Han, r) || unicode.Is(unicode.Katakana, r) {
						content++
					}
				}
				longest = max(longest, content)
			}
		}
	}
	return longest
}

// ownWord reports whether a keyword names a subject of its own: three
// kanji (在職中, 退職理由), or two in four characters or more (引き止め) — not
// a verb every worry uses (話しかけ) nor a katakana word (チャット).
func ownWord(k string) bool {
	kanji := 0
	for _, r := range k {
		if unicode.Is(unicode.Han, r) {
			kanji++
		}
	}
	return kanji >= 3 || kanji >= 2 && utf8.RuneCountInString(k) >= 4
}

// ownSubject matches a word of two kanji, katakana or letters set up as
// the subject or object of a question (退職届って, 面接は, シフトを).
var ownSubject = regexp.MustCompile(`[一-龯々ァ-ヴーa-zA-Z0-9]{2,}(って|は|を|の|が)`)

// span is where a word is in the message, in bytes.
type span struct{ from, to int }

// noteAnswer answers a short question with the how-to note whose keywords
// it names, or nil when no note not yet given does. The word named last
// wins: a Japanese question ends on its point (「労基って匿名でもいける？」
// asks about 匿名, 「会社に言ったら干されそう」 is about 干され).
func noteAnswer(pb *playbook.Playbook, lis *playbook.Listening, f *playbook.Facet, in input, facetOnly, firstNamed bool) []string {
	ns := notes(pb, lis, f, in)
	if facetOnly {
		ns = fitting(nil, f.HowTo, in)
	}
	if !facetOnly && f != nil && f.Exclusive {
		// A facet's own notes hide the worry's elsewhere, but a question
		// that names one of those (就活, and 面接で緊張して頭が真っ白) is
		// asking for it.
		ns = fitting(ns, pb.HowTo, in)
	}
	pick := pickNote(ns, in, firstNamed)
	if pick != "" && facetOnly {
		// 「伝えたら不利になりませんか？」 in talk of health: a note for every
		// worry named by a longer word (伝えたら不利) answers it, not the
		// facet's wording named by a short one (伝え).
		known := fitting(nil, lis.Notes, in)
		if lp := pickNote(known, in, firstNamed); lp != "" && namesCloser(known, lp, ns, pick, in) {
			pick = lp
		}
	}
	if pick == "" && !facetOnly {
		// 「在職中に動くのと辞めてからと、どっちがいい？」 read as quitting:
		// the job change's note, named by a word of its own.
		pick = elsewhere(in)
	}
	if pick == "" {
		return nil
	}
	return noteReply(pb, lis, pick, in)
}

// noteReply is a note as the reply: opened gently for a person in pain,
// closed with a light question — or, for a rule or a procedure
// (介護休業は…), not wording to try, with an open door to ask more.
func noteReply(pb *playbook.Playbook, lis *playbook.Listening, note string, in input) []string {
	opening := ""
	if in.distressed {
		opening = gentleOpening(pb, lis, in)
	}
	closing := checkIn(lis, in)
	if isListeningNote(lis, note) {
		closing = factCheckIn(lis, in)
	}
	return []string{joinWithin([]string{opening, note, closing})}
}

// pickNote returns the note not yet given that the message names most
// specifically: by the word that fewest of the notes hold, then by how
// many of its words are named (緊張 and 真っ白 over 面接), then by the
// word named last — a Japanese question ends on its point (「労基って匿名
// でもいける？」 asks about 匿名) — or, with firstNamed, first: a どうしよう
// states its trouble first and its circumstances after
// (「引き継ぎが終わらないって上司に言われたらどうしよう」).
func pickNote(ns []*playbook.Note, in input, firstNamed bool) string {
	held := map[string]int{} // notes holding each word the message names
	var named []span         // where those words are
	for _, n := range ns {
		for _, k := range in.pieces.folded(n.Keywords) {
			if i, end := in.findFolded(k); i >= 0 {
				held[k]++
				named = append(named, span{i, end})
			}
		}
	}
	// A word inside a longer one named (残業代 in 店長って本当に残業代)
	// names nothing of its own.
	for k := range held {
		i, end := in.findFolded(k)
		for _, sp := range named {
			if sp.from <= i && end <= sp.to && sp.to-sp.from > end-i {
				delete(held, k)
				break
			}
		}
	}
	pick, fewest, most, last := "", 0, 0, -1
	for _, n := range ns {
		if in.alreadySaid(n.Text) {
			continue
		}
		rare, named := 0, 0
		for _, k := range in.pieces.folded(n.Keywords) {
			if h := held[k]; h > 0 {
				named++
				if rare == 0 || h < rare {
					rare = h
				}
			}
		}
		if rare == 0 {
			continue
		}
		at := matchLast(n.Keywords, in)
		if firstNamed {
			at = -matchAt(n.Keywords, in)
		}
		better := pick == "" || rare < fewest ||
			rare == fewest && (named > most || named == most && at > last)
		if better {
			pick, fewest, most, last = n.Text, rare, named, at
		}
	}
	return pick
}

// more answers 「もっと詳しく」 with what was not said yet — an insight and
// steps that fit — or, when everything was said, honestly that this is
// the core of it, with a how-to note if one is left.
func more(pb *playbook.Playbook, lis *playbook.Listening, f *playbook.Facet, in input) []string {
	if f != nil && !f.Exclusive {
		// More on paid leave is more on paid leave, more on sleep is more
		// on sleep: the worry's general steps (pay slips, raises) would
		// change the subject. When the facet is said, that is the core.
		narrow := *f
		narrow.Exclusive = true
		f = &narrow
	}
	var fresh []string
	for _, s := range stepTexts(pb, f, in) {
		if !in.alreadySaid(s) {
			fresh = append(fresh, s)
		}
	}
	insight := ""
	for _, s := range insightTexts(pb, f) {
		if !in.alreadySaid(s) {
			insight = s
			break
		}
	}
	question := pickQuestion(questionTexts(pb, f, in), in.guide+1, lis, in)
	if len(fresh) == 0 && insight == "" {
		parts := []string{pickRotating(lis.Core, in.guide, in)}
		for _, n := range worryNotes(pb, f, in) {
			if !in.alreadySaid(n.Text) {
				parts = append(parts, n.Text)
				break
			}
		}
		return []string{joinWithin(append(parts, question))}
	}
	lead := pickRotating(lis.MoreLead, int(in.msg%1024), in)
	if in.repeat {
		lead = pickRotating(lis.Repeated, int(in.msg%1024), in) + "\n" + lead
	}
	if in.distressed {
		lead = gentleOpening(pb, lis, in)
	}
	var b strings.Builder
	b.WriteString(lead)
	budget := MaxRunes - runes(lead) - runes(question) - 4
	if insight != "" && runes(insight)+2 <= budget {
		b.WriteString("\n\n")
		b.WriteString(insight)
		budget -= runes(insight) + 2
	}
	for i, s := range fresh {
		if i == stepsPerReply {
			break
		}
		line := string(rune('①'+i)) + s
		if runes(line)+1 > budget {
			break
		}
		if i == 0 {
			b.WriteString("\n")
		}
		b.WriteString("\n")
		b.WriteString(line)
		budget -= runes(line) + 1
	}
	b.WriteString("\n\n")
	b.WriteString(question)
	return []string{b.String()}
}

// closing answers thanks within a worry: a warm close that fits it, no
// menu of topics — with a word on what the thanks came with: relief
// (ありがと、ちょっと楽になった) is met with gladness first, a resolve
// (ありがとー！がんばる, 来週班長に話してみます) with cheering on last.
func closing(pb *playbook.Playbook, lis *playbook.Listening, f *playbook.Facet, in input) []string {
	var line string
	if nightSaid.MatchString(in.text) && !thanksSaid.MatchString(in.text) && !in.distressed {
		// 「おやすみ」 alone: a goodnight back.
		return []string{pickRotating(lis.Goodnight, int(in.msg%1024), in)}
	}
	if resolveSaid.MatchString(in.text) && !thanksSaid.MatchString(in.text) && !in.distressed {
		// 「いいね、応募してみる👍」: cheered on, with no こちらこそ for
		// thanks never given.
		return []string{pickRotating(lis.ThanksResolve, int(in.msg%1024), in)}
	}
	if in.distressed {
		line = pickRotating(lis.GentleClosing, int(in.msg%1024), in)
	} else {
		var lines []string
		if f != nil {
			lines = append(lines, f.Closing...)
		}
		lines = append(lines, pb.Closing...)
		line = pickRotating(lines, 0, in)
	}
	if reliefSaid.MatchString(in.text) {
		line = pickRotating(lis.ThanksRelief, int(in.msg%1024), in) + line
	}
	if resolveSaid.MatchString(in.text) && !in.distressed {
		line += pickRotating(lis.ThanksResolve, int(in.msg%1024), in)
	}
	if nightSaid.MatchString(in.text) {
		line += pickRotating(lis.ThanksNight, int(in.msg%1024), in)
	}
	return []string{line}
}

// reliefSaid, resolveSaid and nightSaid: what thanks come with.
var (
	nightSaid   = pattern.MustCompile(`寝る|寝ます|ねる[わね]|おやすみ|休みます|休むわ|^ねる|^ねます`)
	thanksSaid  = pattern.MustCompile(`ありがと|有難|助か|参考にな|感謝|さんきゅ|サンキュ|thx|thank|あざ|おおきに|聞いてくれて|話せて`)
	reliefSaid  = pattern.MustCompile(`楽にな|ほっとし|気が楽|すっきりし|スッキリし|安心し|落ち着い|元気(が)?出|救われ|軽くな`)
	resolveSaid = pattern.MustCompile(`がんば|頑張|始めてみ|勉強始め|やってみ|話してみ|伝えてみ|聞いてみ|相談してみ|行ってき|交渉してみ|出してみ|言ってみ|動いてみ|挑戦し|試してみ|応募してみ|応募する|応募します|申し込んでみ|エントリーしてみ`)
)

// gentle answers a person in pain: a quiet acknowledgement first, a line
// that asks nothing of them, and one soft question. A facet that cares for
// the body (health) adds its first step, because rest and a doctor are
// what helps.
func gentle(pb *playbook.Playbook, lis *playbook.Listening, f *playbook.Facet, in input) []string {
	opening := gentleOpening(pb, lis, in)
	care := ""
	if f != nil && f.Care {
		// The sign the person named (涙が出る, 眠れない) is what is
		// acknowledged, not pain in general.
		for _, l := range f.Empathy {
			if len(l.Keywords) > 0 && l.Fits(in.mem) && matchAt(l.Keywords, in) >= 0 && !in.alreadySaid(l.Text) {
				opening = l.Text
				break
			}
		}
		for _, x := range firsts(pb, f, in) {
			if !in.alreadySaid(x.Text) {
				care = x.Text
				break
			}
		}
	}
	parts := []string{opening}
	if care != "" {
		parts = append(parts, care)
	} else {
		parts = append(parts, pickRotating(lis.GentleFollow, int(in.msg%1024)+in.turn, in))
	}
	qs := usableQuestions(lis.GentleQuestions, in)
	if f != nil && f.Care {
		// One gentle question about the body: how long, whether rest
		// helps.
		var own []string
		for _, q := range f.Questions {
			if q.Usable(in.mem) {
				own = append(own, q.Text)
			}
		}
		if q := pickRotating(own, 0, in); q != "" && !in.alreadySaid(q) {
			qs = []string{q}
		}
	}
	q := pickRotating(qs, int(in.msg%1024)+in.turn, in)
	return []string{joinWithin(append(parts, q))}
}

// gentleOpening is a quiet acknowledgement: the worry's own gentle lines
// first, then the shared ones, never one said recently.
func gentleOpening(pb *playbook.Playbook, lis *playbook.Listening, in input) string {
	for _, s := range pb.Gentle {
		if !in.alreadySaid(s) {
			return s
		}
	}
	return pickRotating(lis.Gentle, int(in.msg%1024)+in.turn, in)
}

// checkIn is a light question after one step or a note.
func checkIn(lis *playbook.Listening, in input) string {
	return pickRotating(usableQuestions(lis.CheckIn, in), int(in.msg%1024)+in.turn, in)
}

// joinWithin joins paragraphs with blank lines, leaving out the empty ones
// and, from the second on, any that would pass MaxRunes.
func joinWithin(parts []string) string {
	var b strings.Builder
	n := 0
	for i, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		cost := runes(p)
		if b.Len() > 0 {
			cost += 2
		}
		if b.Len() > 0 && n+cost > MaxRunes && i > 0 {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(p)
		n += cost
	}
	return b.String()
}

// askedKnowledge is knowledgeAnswer for a message that asks something,
// nil for one that does not.
func askedKnowledge(pb *playbook.Playbook, lis *playbook.Listening, f *playbook.Facet, in input) []string {
	if !in.asks() {
		return nil
	}
	return knowledgeAnswer(pb, lis, f, in)
}

// knowledgeAnswer answers a message that asks what one of the notes for
// every worry knows (listening.yaml notes) — 育休ってパートでも取れるの？,
// 逆質問って何聞けばいい？ — with a word for the worry, the note and a light
// question; nil when it names none. Only those notes: their words are the
// question's own subject, where a worry's how-to notes share words (上司,
// 伝え) with any first message.
func knowledgeAnswer(pb *playbook.Playbook, lis *playbook.Listening, f *playbook.Facet, in input) []string {
	pick := pickNote(fitting(nil, lis.Notes, in), in, false)
	if pick == "" {
		pick = elsewhere(in)
	}
	if pick == "" && asksLegality.MatchString(in.text) {
		// 「断られることってあるの？」 right after 「有給って何日もらえる
		// の？」: what may or may not be done is about what the message
		// before named — read together, they name the rule.
		if prev := in.previousUserText(); prev != "" {
			wider := in
			wider.text, wider.joined = prev+"\n"+in.text, true
			pick = pickNote(fitting(nil, lis.Notes, wider), wider, false)
		}
	}
	if pick == "" && in.asks() && refersBack.MatchString(in.text) && !pointsBackTo.MatchString(in.text) && topicIn(in.text) == noCaseTopic {
		// A question that points back mid-sentence (辞める前にそれ全部
		// 使いたい): what it points at is the rule on the table. One that
		// opens with それ is read with the message before it (lookedUp).
		pick = onTopicNote(lis, in)
	}
	if pick == "" {
		return nil
	}
	var opening string
	switch {
	case in.distressed:
		opening = gentleOpening(pb, lis, in)
	case in.guide > 0:
		// Later on, the answer is the reply: the worry was acknowledged.
	case f != nil:
		opening = pickFacetEmpathy(f.Empathy, in)
	}
	if opening == "" && in.guide == 0 && pb.Category != akari.Other {
		// Small talk's openings are greetings (メッセージありがとうござい
		// ます！): a question answered with a note needs none.
		opening = pickEmpathy(pb.Empathy, in)
	}
	return []string{joinWithin([]string{opening, pick, factCheckIn(lis, in)})}
}

// onTopicNote is the note a question names once the rule the conversation
// is on is read with it (「辞める前にそれ全部使いたいんだけど、繁忙期だから
// 無理って言われたら？」 two messages after the paid-leave days: 有給), or
// "". The note must be named by the question's own words too, not by the
// rule's name alone.
func onTopicNote(lis *playbook.Listening, in input) string {
	w := topicOf(in.earlierUserTexts(caseWindow)).word()
	if w == "" {
		return ""
	}
	wider := in
	wider.text, wider.joined = w+"\n"+in.text, true
	ns := fitting(nil, lis.Notes, wider)
	ns = slices.DeleteFunc(ns, func(n *playbook.Note) bool { return !namedFrom(n, wider, len(w)+1) })
	return pickNote(ns, wider, false)
}

// caseNote is the note for the case the conversation is on, when a
// question puts its own subject to that case (その場合、失業保険ってすぐも
// らえます？ after 次は更新しないかもって言われて: the benefit after a
// contract not renewed, not after quitting), or "". It answers only when
// the question, read with the case's word, names another note than it
// names alone; otherwise the question is answered as before.
func caseNote(lis *playbook.Listening, in input) string {
	if !inThatCase.MatchString(in.text) {
		return ""
	}
	// The question names a subject of its own (失業保険), and the case is
	// another: a question with no subject (その場合、次の派遣先を紹介されな
	// かったらお給料は？) is answered by what its words name.
	t, asked := topicOf(in.earlierUserTexts(caseWindow)), topicIn(in.text)
	w := t.word()
	if w == "" || asked == noCaseTopic || asked == t {
		return ""
	}
	wider := in
	wider.text, wider.joined = w+"\n"+in.text, true
	ns := slices.DeleteFunc(fitting(nil, lis.Notes, wider), func(n *playbook.Note) bool {
		return !namedFrom(n, wider, len(w)+1)
	})
	pick := pickNote(ns, wider, false)
	if pick == pickNote(fitting(nil, lis.Notes, in), in, false) {
		return "" // the question names it alone: answered as before
	}
	return pick
}

// inThatCase opens a question on the case just told (その場合, それだと,
// そうなったら). Not それって: that points at what Akari said last as often
// (それって1年で何日まで取れるんですか？ after the leave for a sick child,
// in a conversation on paid leave).
var inThatCase = pattern.MustCompile(`^[^。?？]{0,6}(その場合|そういう場合|そのとき|その時|その際|それなら|それだと|それやと|そうなると|そうなったら|そしたら|だとしたら)`)

// refersBack points at something said before without naming it (それ全部
// 使いたい, その分って).
var refersBack = pattern.MustCompile(`(それ|その分|その日数|そっち)(を|も|って|は|全部|ぜんぶ|まとめて)`)

// namedFrom reports whether a keyword of n is named in in.text with its
// last word at from or after.
func namedFrom(n *playbook.Note, in input, from int) bool {
	for _, k := range in.pieces.folded(n.Keywords) {
		if at, _ := in.findFolded(k); at >= from {
			return true
		}
	}
	return false
}

// factCheckIn closes a rule or a procedure answered.
func factCheckIn(lis *playbook.Listening, in input) string {
	return pickRotating(lis.FactCheckIn, int(in.msg%1024)+in.turn, in)
}
