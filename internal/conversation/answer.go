package conversation

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/facts"
	"github.com/akari-career/akari/internal/jatext"
)

// Short answers. After Akari asks 「いつごろから続いていますか？」, 「3年くらい」
// is an answer, not a new worry about pay (the classifier's best guess for
// a bare number). A message is read as an answer only when Akari's last
// turn asked something, the message is short, and the whole of it is one
// of the constructions below — a duration, a frequency, who was or was not
// told, or a bare yes/no. Anything more (「残業代も出ないし」) is a message of
// its own and is answered as one.

// answerRunes: an answer longer than this says more than the answer.
const answerRunes = 24

// answerPatterns are the constructions of a short answer; each is matched
// against the whole message once its closing words (です, かな, や…) are cut.
type answerPatterns struct {
	duration, since, often, sometimes, notTold, cannot, told, yes, no *regexp.Regexp
	// yesThen, noThen: a yes or no that goes on (「いいえ、休日もあまり変わり
	// ません」).
	yesThen, noThen *regexp.Regexp
	// weekly: a count per week (週3, 週に2日), read as remote days when
	// that is what was asked.
	weekly *regexp.Regexp
}

func newAnswerPatterns() answerPatterns {
	const (
		hedge = `(?:もう|たぶん|多分|だいたい|大体|かれこれ|ざっと|ここ|えっと|えーと|うーん|んー)?[、,]?`
		num   = `(?:[0-9]+|[一二三四五六七八九十]+|数)`
		about = `(?:くらい|ぐらい|ほど|近く|以上|ちょっと|弱|前|頃|ごろ)*`
		// who: a few characters naming a person or a place, then its
		// particle (人事には, 上司にも, 親に); no topic or object before it
		// (「給料のことは上司に…」 is more than an answer).
		who  = `(?:(?:まだ)?([^、。,はを]{1,10}?)(?:には|にも|に|とは|とも|へは))?(?:まだ|もう|すでに|一応|いちおう|全然|ぜんぜん|特に|何も|なにも)?`
		tail = `(?:になる|になります|続いてる|続いています|続いてます|続いとる|経つ|たつ)?`
	)
	return answerPatterns{
		duration:  regexp.MustCompile(`^` + hedge + `(` + num + `(?:年半|年|ヶ月半|ヶ月|か月|カ月|ケ月|ヵ月|週間|日)` + about + `|半年` + about + `)(から)?` + tail + `$`),
		since:     regexp.MustCompile(`^` + hedge + `((?:去年|昨年|一昨年|おととし|今年|先月|先週|春|夏|秋|冬|年明け|入社(?:した時|したとき|して|当初)?|異動(?:して)?|転職(?:して)?)(?:の(?:春|夏|秋|冬|初め|はじめ|終わり|頭))?(?:くらい|ぐらい|頃|ごろ)?から(?:ずっと)?)` + tail + `$`),
		often:     regexp.MustCompile(`^(?:もう|ほんまに|ほんとに|本当に)?((?:ほぼ|ほとんど)?(?:毎日|毎朝|毎晩|毎週|毎回|一日中|しょっちゅう|週に?[2-7二三四五六七](?:回|日)?|1日[0-9一二三四五六七八九十]+回)` + about + `)$`),
		sometimes: regexp.MustCompile(`^((?:たまに|たまーに|ときどき|時々|月に?[0-9一二三]+(?:回)?|週に?[1一](?:回)?)` + about + `)$`),
		notTold:   regexp.MustCompile(`^` + who + `(?:言って|いって|言うて|ゆうて|話して|はなして|伝えて|相談して|打ち明けて)(?:ない|ません|いない|へん|なかった|ないです)(?:まだ)?$`),
		cannot:    regexp.MustCompile(`^` + who + `(?:言え|いえ|話せ|伝えられ|伝えれ|相談でき|相談出来|打ち明けられ)(?:ない|ません|へん|てない|てません|ず)$`),
		told:      regexp.MustCompile(`^` + who + `(?:言った|いった|言いました|言うた|ゆうた|話した|話しました|伝えた|伝えました|相談した|相談しました|言ってある|話してある|伝えてある)(?:けど|よ)?$`),
		weekly:    regexp.MustCompile(`^(?:だいたい|大体|ほぼ)?週に?([0-7〇一二三四五六七])(?:日|回)?(?:くらい|ぐらい|ほど)?$`),
		yesThen:   regexp.MustCompile(`^(?:はい|うん|ええ)[、,]`),
		noThen:    regexp.MustCompile(`^(?:いいえ|ううん)[、,]`),
		yes:       regexp.MustCompile(`^(?:はい|うん|ええ|そう|そうです|いる|います|おる|おります|ある|あります|できる|できます|なる|なります)$`),
		no:        regexp.MustCompile(`^(?:いいえ|いや|ううん|いない|いません|おらん|おらへん|おりません|誰もいない|だれもいない|ない|無い|ありません|あらへん|特にない|特にいない|できない|できません|でけへん|ならない|なりません|ならへん|全然|ぜんぜん|まったく)$`),
	}
}

// closers are words that end an answer without adding to it.
var closers = [...]string{"ですね", "です", "かなあ", "かなぁ", "かな", "かも", "やけど", "けどね", "やな", "やね", "やで", "だよ", "っす", "ね", "よ", "な", "わ", "…", "‥", "。", ".", "!", "！", "w", "ー", "〜", "～"}

// answerTo reads the message (folded once by the caller) as a short answer
// to Akari's last question, or returns the zero Answer. c is how the
// message was classified: a message the classifier is sure is about
// another worry is that worry.
func (e *Engine) answerTo(st *akari.State, f folded, c akari.Classification) akari.Answer {
	if !askedLast(st) || utf8.RuneCountInString(string(f)) > answerRunes {
		return akari.Answer{}
	}
	if c.Category.Valid() && c.Category != akari.Other && c.Category != st.Category && c.Confidence >= switchConfidence {
		return akari.Answer{}
	}
	t := string(f)
	for cut := true; cut; {
		cut = false
		for _, w := range closers {
			if s, ok := strings.CutSuffix(t, w); ok && s != "" {
				t, cut = s, true
			}
		}
	}
	ap := e.intents.answer
	if m := ap.duration.FindStringSubmatch(t); m != nil {
		return akari.Answer{Kind: akari.AnswerDuration, What: m[1] + m[2], Months: months(m[1])}
	}
	if m := ap.since.FindStringSubmatch(t); m != nil {
		return akari.Answer{Kind: akari.AnswerDuration, What: m[1], Months: sinceMonths(m[1])}
	}
	if m := ap.weekly.FindStringSubmatch(t); m != nil && asksRemote(st.Asked) {
		// 「在宅は週に何日くらいですか？」「週3」: days at home, not how
		// often something hard happens.
		return akari.Answer{Kind: akari.AnswerRemote, What: strconv.Itoa(kanjiNumber(m[1]))}
	}
	if m := ap.sometimes.FindStringSubmatch(t); m != nil {
		return akari.Answer{Kind: akari.AnswerSometimes, What: m[1]}
	}
	if m := ap.often.FindStringSubmatch(t); m != nil {
		return akari.Answer{Kind: akari.AnswerOften, What: m[1]}
	}
	for _, x := range []struct {
		re   *regexp.Regexp
		kind akari.AnswerKind
	}{{ap.notTold, akari.AnswerNotTold}, {ap.cannot, akari.AnswerCannot}, {ap.told, akari.AnswerTold}} {
		if m := x.re.FindStringSubmatch(t); m != nil {
			return akari.Answer{Kind: x.kind, What: m[1]}
		}
	}
	if !yesNoQuestion(st.Asked) {
		// 「はい」 to 「どれに近いですか？」 answers nothing.
		return akari.Answer{}
	}
	switch {
	case ap.yes.MatchString(t):
		return akari.Answer{Kind: akari.AnswerYes}
	case ap.no.MatchString(t):
		return akari.Answer{Kind: akari.AnswerNo}
	}
	// What follows a yes or no may be a new worry (「はい、給料も安いし」):
	// then it is that worry's message.
	if c.Category.Valid() && c.Category != akari.Other && c.Category != st.Category && c.Confidence >= e.MinConfidence {
		return akari.Answer{}
	}
	switch {
	case ap.yesThen.MatchString(t):
		return akari.Answer{Kind: akari.AnswerYes}
	case ap.noThen.MatchString(t):
		return akari.Answer{Kind: akari.AnswerNo}
	}
	return akari.Answer{}
}

// askedLast reports whether Akari's turn just before this message asked
// something.
func askedLast(st *akari.State) bool {
	// The person's message is already the last turn.
	n := len(st.Turns)
	return st.Asked != "" && n >= 2 && st.Turns[n-2].Role == akari.RoleAkari
}

// questionOf is the last question sentence of text, without its question
// mark, or "".
func questionOf(text string) string {
	end := strings.LastIndexAny(text, "？?")
	if end < 0 {
		return ""
	}
	start := strings.LastIndexAny(text[:end], "。！!？?\n")
	if start < 0 {
		start = 0
	} else {
		_, size := utf8.DecodeRuneInString(text[start:])
		start += size
	}
	return strings.TrimSpace(text[start:end])
}

// asksRemote reports whether a question asks about days at home or at
// the office.
func asksRemote(q string) bool {
	for _, w := range [...]string{"在宅", "リモート", "テレワーク", "出社"} {
		if strings.Contains(q, w) {
			return true
		}
	}
	return false
}

// whWords make a question one that yes or no does not answer.
var whWords = [...]string{"どんな", "何", "なに", "どう", "どこ", "誰", "だれ", "いつ", "どれ", "どの", "どちら", "なぜ", "どっち"}

// indefinites are removed before looking for wh-words. A Replacer is safe
// for concurrent use and never changes once made.
var indefinites = strings.NewReplacer("何か", "", "誰か", "", "だれか", "", "どこか", "", "いつか", "")

// yesNoQuestion reports whether q can be answered by yes or no: it asks
// for nothing by a wh-word (何か, 誰か are indefinite, not questions).
func yesNoQuestion(q string) bool {
	q = indefinites.Replace(q)
	for _, w := range whWords {
		if strings.Contains(q, w) {
			return false
		}
	}
	return q != ""
}

// months is the length of a duration span in months, or -1.
func months(span string) int {
	if strings.HasPrefix(span, "半年") {
		return 6
	}
	i := strings.IndexFunc(span, func(r rune) bool { return !strings.ContainsRune("0123456789一二三四五六七八九十数", r) })
	if i <= 0 {
		return -1
	}
	n := kanjiNumber(span[:i])
	unit := span[i:]
	switch {
	case strings.HasPrefix(unit, "年半"):
		return n*12 + 6
	case strings.HasPrefix(unit, "年"):
		return n * 12
	case strings.HasPrefix(unit, "週間"), strings.HasPrefix(unit, "日"):
		return 0
	default: // ヶ月, か月…
		return n
	}
}

// kanjiNumber reads 3, 三, 十二 or 数 (a few: 3).
func kanjiNumber(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	if s == "数" {
		return 3
	}
	const digits = "〇一二三四五六七八九"
	n, cur := 0, 0
	for _, r := range s {
		if r == '十' {
			if cur == 0 {
				cur = 1
			}
			n += cur * 10
			cur = 0
			continue
		}
		cur = strings.IndexRune(digits, r) / len("一")
	}
	return n + cur
}

// sinceMonths is about how long ago a starting point (去年から) was, or -1.
func sinceMonths(span string) int {
	switch {
	case strings.HasPrefix(span, "先週"):
		return 0
	case strings.HasPrefix(span, "先月"):
		return 1
	case strings.HasPrefix(span, "一昨年"), strings.HasPrefix(span, "おととし"):
		return 24
	case strings.HasPrefix(span, "去年"), strings.HasPrefix(span, "昨年"):
		return 12
	}
	return -1
}

// answered is what a short answer tells about the person, kept so that no
// later reply asks it again.
func answered(a akari.Answer, asked string) []facts.Found {
	switch a.Kind {
	case akari.AnswerDuration:
		if strings.Contains(asked, "働い") || strings.Contains(asked, "勤め") || strings.Contains(asked, "続けて") {
			// How long at this job, not how long the worry.
			if a.Months <= 0 {
				return nil
			}
			v := strconv.Itoa(a.Months/12) + "y"
			if a.Months%12 != 0 {
				v += strconv.Itoa(a.Months%12) + "m"
			}
			return []facts.Found{{Key: facts.Tenure, Value: v}}
		}
		return []facts.Found{{Key: facts.Since, Value: a.What, Say: a.What}}
	case akari.AnswerRemote:
		n, _ := strconv.Atoi(a.What)
		return []facts.Found{{Key: facts.RemoteDays, Value: strconv.Itoa(min(n, 5))}} // a working week, as facts keeps it
	case akari.AnswerTold:
		if a.What != "" {
			return []facts.Found{{Key: facts.Told, Value: jatext.Fold(a.What), Say: a.What}}
		}
	case akari.AnswerNotTold, akari.AnswerCannot:
		who := a.What
		if who == "" || who == "誰" || who == "だれ" {
			who = "誰"
		}
		v := who + "（まだ）"
		return []facts.Found{{Key: facts.Told, Value: v, Say: v}}
	}
	return nil
}
