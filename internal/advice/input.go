package advice

import (
	"strings"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/facts"
	"github.com/akari-career/akari/internal/jatext"
	"github.com/akari-career/akari/internal/pattern"
	"github.com/akari-career/akari/internal/playbook"
)

// input is everything a reply is derived from. Nothing here depends on time
// or randomness: the same message and state give the same reply.
type input struct {
	text  string // the message, folded for matching (see jatext.Fold)
	guide int    // guidance replies already given in this category
	turn  int    // the person's messages so far
	// msg varies with the wording of this message; it picks among lines
	// that are equally fitting.
	msg   uint32
	turns []akari.Turn // the conversation so far, for what Akari already said
	// mem is what the person told about themselves: questions that ask
	// it are not put, lines that do not fit it are not said.
	mem        facts.Memory
	ask        akari.Ask
	distressed bool
	// repeat: the person sent this same message before, recently.
	repeat bool
	// answer: the message is a short answer to Akari's last question.
	answer akari.Answer
	// asked is the question Akari's previous reply ended with.
	asked string
	// pieces remembers the fingerprints of the library's lines; nil
	// fingerprints each line afresh.
	pieces *pieceMemo
	// cat is the worry the reply is in; lib the library, for the notes of
	// the other worries a question may name (see elsewhere).
	cat akari.Category
	lib *playbook.Library
	// joined: text is messages read together, whose "+" keywords may have
	// their words a message apart.
	joined bool
}

// foldForKeywords is text as keywords are looked for in it: folded, and
// for a message typed without kanji a word at a time (あした も しごと,
// ぱーとでも いくきゅう とれるん), with the spaces between its words gone —
// the keywords spell a word's kana together; then the work terms it spells
// in kana read as their kanji (しゅうぎょうきそく → 就業規則), as the
// keywords are (jatext.WorkTerms).
func foldForKeywords(text string) string {
	f := jatext.Fold(text)
	if strings.ContainsAny(f, " \u3000") && !jatext.HasKanji(f) {
		f = strings.Map(func(r rune) rune {
			if r == ' ' || r == '\u3000' {
				return -1
			}
			return r
		}, f)
	}
	return jatext.WorkTerms(f)
}

// repeatWindow is how many of the person's earlier messages are compared
// with this one to notice that it was sent again.
const repeatWindow = 4

func newInput(req akari.AdviceRequest, st *akari.State, cat akari.Category) input {
	in := input{
		text:       foldForKeywords(req.Text),
		guide:      st.Guided[cat],
		turn:       st.TurnCount,
		msg:        akari.Fingerprint(req.Text),
		turns:      st.Turns,
		mem:        facts.FromState(st.Known),
		ask:        req.Ask,
		distressed: req.Distressed,
		answer:     req.Answer,
		asked:      st.Asked,
		cat:        cat,
	}
	if in.text != "" && !req.Deferred {
		seen := 0
		for i := len(st.Turns) - 1; i >= 0 && seen < repeatWindow; i-- {
			if t := st.Turns[i]; t.Role == akari.RoleUser {
				seen++
				// The engine may already have stored this message.
				if seen == 1 && i == len(st.Turns)-1 && t.Text == req.Text {
					continue
				}
				if foldForKeywords(t.Text) == in.text {
					in.repeat = true
					break
				}
			}
		}
	}
	return in
}

// earlierUserTexts returns the person's previous messages, newest first, at
// most n, folded for matching.
func (in input) earlierUserTexts(n int) []string {
	var out []string
	for i := len(in.turns) - 1; i >= 0 && len(out) < n; i-- {
		if t := in.turns[i]; t.Role == akari.RoleUser {
			out = append(out, jatext.Fold(t.Text))
		}
	}
	return out
}

// previousUserText returns the person's message before this one, folded,
// or "" when this is the first.
func (in input) previousUserText() string {
	for _, t := range in.earlierUserTexts(2) {
		if t != in.text {
			return t
		}
	}
	return ""
}

// lastReplies returns Akari's last n turns, newest first.
func (in input) lastReplies(n int) []akari.Turn {
	var out []akari.Turn
	for i := len(in.turns) - 1; i >= 0 && len(out) < n; i-- {
		if t := in.turns[i]; t.Role == akari.RoleAkari {
			out = append(out, t)
		}
	}
	return out
}

// alreadySaid reports whether Akari said line in one of her recent turns
// (akari.SaidMemory of them), so she does not repeat herself within a
// conversation.
func (in input) alreadySaid(line string) bool {
	q, seen := in.pieces.of(line), 0
	for i := len(in.turns) - 1; i >= 0 && seen < akari.SaidMemory; i-- {
		if t := in.turns[i]; t.Role == akari.RoleAkari {
			seen++
			if t.SaysPiece(q) {
				return true
			}
		}
	}
	return false
}

// index returns where term first occurs in the message, or -1. Terms are
// folded the same way as the message, so "ojt" finds "ＯＪＴ". An
// occurrence that is negated right away ("正社員じゃなくて派遣") does not
// count: picking it up would answer the opposite of what was said.
func (in input) index(term string) int {
	if term == "" {
		return -1
	}
	return in.indexFolded(jatext.Fold(term))
}

// indexFolded is index for a term already folded. A term of words
// joined by "+" (有給+断) names its subject by words apart: each must be
// there, and the term is where the last of them is.
func (in input) indexFolded(term string) int {
	at, _ := in.findFolded(term)
	return at
}

// findFolded is indexFolded with where the term (its last word) ends.
func (in input) findFolded(term string) (at, end int) {
	if !strings.Contains(term, "+") {
		if i := in.indexWord(term); i >= 0 {
			return i, i + len(term)
		}
		return -1, -1
	}
	at, end = -1, -1
	first := len(in.text)
	for rest, more := term, true; more; {
		var w string
		w, rest, more = strings.Cut(rest, "+")
		i := in.indexWord(w)
		if i < 0 {
			return -1, -1
		}
		first = min(first, i)
		if i > at {
			at, end = i, i+len(w)
		}
	}
	if end-first > maxApart && !in.joined {
		// 入社してまだ2週間…面接でも確認したのに: two sentences, not
		// one subject — unless the words meet later on (特定技能で介護を
		// …転職したいです。特定技能でも転職できますか？).
		return nearAfterLast(in.text, strings.Split(term, "+"))
	}
	return at, end
}

// nearAfterLast finds the words of a "+" term together after the last
// place the first one is said, within maxApart of it (a question at the
// end of a long message: …特定技能でも転職できますか？), or -1, -1.
func nearAfterLast(text string, words []string) (at, end int) {
	p := strings.LastIndex(text, words[0])
	if p < 0 || negated(text[p+len(words[0]):]) {
		return -1, -1
	}
	at, end = p, p+len(words[0])
	for _, w := range words[1:] {
		i := indexWordIn(text, w, p)
		if i < 0 || i+len(w)-p > maxApart {
			return -1, -1
		}
		if i > at {
			at, end = i, i+len(w)
		}
	}
	return at, end
}

// maxApart bounds, in bytes, how far apart the words of a "+" keyword may
// be: about a sentence of Japanese (thirty characters).
const maxApart = 90

// indexWord is where a folded word first occurs, not negated right away.
func (in input) indexWord(term string) int { return indexWordIn(in.text, term, 0) }

// indexWordIn is where a folded word first occurs in text from byte from
// on, not negated right away.
func indexWordIn(text, term string, from int) int {
	if term == "" {
		return -1
	}
	for from < len(text) {
		i := strings.Index(text[from:], term)
		if i < 0 {
			return -1
		}
		at := from + i
		if !negated(text[at+len(term):]) {
			return at
		}
		from = at + len(term)
	}
	return -1
}

// negated reports whether the text right after a term negates it.
func negated(after string) bool {
	for _, neg := range [...]string{"じゃな", "ではな", "でもな", "以外"} {
		if strings.HasPrefix(after, neg) {
			return true
		}
	}
	return false
}

// followOnRunes: a question this short names no new situation; it asks
// about the one already on the table.
const followOnRunes = 40

// storyRunes: a statement this short adds to the story on the table
// rather than starting a new one.
const storyRunes = 30

// short reports whether the message is short enough to go on with the
// story on the table.
func (in input) short() bool { return utf8.RuneCountInString(in.text) <= storyRunes }

// followsOn reports whether the message is a short question about what was
// being discussed (「外に相談できるとこある？」「産業医につないだほうがいいのかな」).
// asks reports whether the message, of any length, asks a question: a
// question mark, or a question's ending.
func (in input) asks() bool {
	t := jatext.TrimClosing(in.text)
	if strings.ContainsAny(t, "?？") {
		return true
	}
	// A question said first and its why after (…許されるんでしょうか。
	// 働いた分が減るのは納得しているのですが…気がしていて。) asks too:
	// every sentence is read.
	// So does one said before a comma and what prompted it (年末調整って
	// なにすればいいの、会社から紙もらった) — when it ends as a question
	// plainly does (いいの, ですか), not in a word that also joins (かな).
	for {
		i := strings.IndexAny(t, "。\n、,")
		if i < 0 {
			break
		}
		clause := jatext.TrimClosing(t[:i])
		if t[i] == '\n' || strings.HasPrefix(t[i:], "。") {
			if asksAtEnd(clause) {
				return true
			}
		} else if asksBeforeComma(clause) {
			return true
		}
		_, size := utf8.DecodeRuneInString(t[i:])
		t = strings.TrimLeft(t[i+size:], "。\n ")
	}
	return asksAtEnd(t)
}

// doubtAsked is a question put as a doubt, with its question word (上司に
// いつご報告すべきか悩んでおります, どう書けばいいか迷っています) — not a
// choice wavered over (今すぐ動くべきか迷ってます), which is no question of
// a rule.
var doubtAsked = pattern.MustCompile(`(いつ|どう|どこ|何|なに|誰|だれ|どれ|どちら|どっち|いくら|どの)[^。、]{0,24}か(悩ん|迷っ|分から|わから)(で|て)?(おります|います|ます|いて|なくて|る)?$`)

// asksBeforeComma reports whether a clause that a comma ends is a question:
// only the endings no joined clause has (すればいいの、 asks; 行くかな、と思って
// wonders).
func asksBeforeComma(t string) bool {
	for _, end := range [...]string{"すればいいの", "したらいいの", "ればいいの", "ですか", "ますか", "でしょうか", "ってなに", "って何"} {
		if strings.HasSuffix(t, end) {
			return true
		}
	}
	return false
}

// asksAtEnd reports whether one sentence ends as a question.
func asksAtEnd(t string) bool {
	if doubtAsked.MatchString(t) {
		return true
	}
	for _, end := range [...]string{"かな", "でしょうか", "どうしよ", "どうしよう", "すれば", "けば", "えば", "せば", "ですか", "ますか", "ませんか", "いいの", "あるの", "なの", "できるの", "だっけ", "でしたっけ",
		// in casual words: 取れるんすか, 36協定ってなに, どうなんかね
		"すか", "ってなに", "って何", "とは何", "かね", "かしら", "やろか", "だろうか", "っけ",
		// what is this, is that right: 住民税の紙きて…なにこれ, 払うのおかしくない
		"なにこれ", "何これ", "なんこれ", "なんなの", "なんなん", "どういうこと", "どういう事", "おかしくない", "おかしくね", "できんの",
		// a verb's casual ending: 夜の仮眠って給料出んの (general set 198, round 52)
		"出んの", "でんの", "もらえんの", "取れんの", "とれんの", "いけんの", "行けんの", "なれんの", "入れんの", "使えんの", "払われんの",
		// how does it go: 辞めたら保険証どうなんの
		"どうなんの", "どうなるん", "どうなんのさ",
		// wondering aloud: 年金とか保険ってどうなるんだろ
		"るんだろ", "るんだろう", "るのだろう",
		// dialects: いつがええんじゃろ, バレるかのう, どうなるんかいな
		"じゃろ", "じゃろか", "じゃろうか", "かのう", "かのぉ", "かいな", "んかね", "だべか", "だっぺか", "っぺか", "ちゃろか", "とやろか",
		"るんだべ", "のんだべ", "のすか", "んだべか", "っけな", "すっぺ", "んだっぺ", "がけ", "んがけ", "のかい",
		// a verb and の: 何書くの, どうするの
		"くの", "るの", "すの", "うの", "つの", "むの", "ぶの", "ぐの",
		// a question put as a worry: 悪口っぽくならないか心配
		"か心配", "か心配です", "か不安", "か不安です", "か気になる", "か気になります",
		// polite speech leaves the question unsaid: いいでしょう, 書いてあるんですが
		"でしょう", "んですが", "のですが", "んですけど", "のですけど",
		// …and casual speech too: 勝手に天引きされてる分もあるんだけど
		"んだけど", "んやけど", "ねんけど", "っちゃけど", "んじゃけど", "んだけども",
		// a fact to be confirmed, or wondered about: 休める制度もありましたよね, 必要なんやろ
		"ましたよね", "でしたよね", "ありますよね", "んやろ", "なんやろ",
		// hearsay to be confirmed: 3年たつと何かあるって聞いた
		"って聞いた", "って聞いたけど", "って聞いたんだけど", "と聞きました", "と聞いたのですが", "って聞きました",
		// …in dialect and with the voiced て of Tohoku: 国から何か出るって聞いだけんど
		"って聞いだけんど", "って聞いたけんど", "って聞いだけど", "って聞いたんやけど", "って聞いたっちゃけど", "って聞いたけん", "ってきいたけど",
		// which is better, what happens, what is right: 在職中と辞めてからと、どっちが
		// いい; 一時的に増えた時はどうなるん; 深夜はいくらになるのが正しいの
		"どっちがいい", "どちらがいい", "どっちがええ", "どっちがよか", "どっちのほうがいい", "どうなるん", "どうなるんや", "どうなん", "どうなんやろ", "正しいの", "合ってるの", "あってるの",
		// must I, in Tosa and elsewhere: 二種免許持ってないがやけど、取らんといかんよね
		"といかんよね", "といけんよね", "といけないよね", "となあかんよね", "なきゃだめだよね", "がやけど"} {
		if strings.HasSuffix(t, end) {
			return true
		}
	}
	// 「やりたいことがわかんないんだよね」: not knowing is a question too,
	// and so is wanting to find out.
	return notKnowing.MatchString(t) || whAsked.MatchString(t)
}

// whAsked is a question word and the plain の or ん that closes a question
// in casual speech (そもそもその2024年問題って何が変わったの: general set
// 206, round 54) — not 何も or いつも, which tell, nor a why (なんでなん),
// a complaint as often as a question.
var whAsked = pattern.MustCompile(`(何が|何を|何に|なにが|なにを|何日|何年|何回|何時間|何か月|何ヶ月|何円|いくら|どうやって|どこで|どこに|どこへ|どこが|いつから|いつまで|誰が|誰に|だれが|だれに|どれくらい|どのくらい|どんくらい)[^。、!！]{0,30}(たの|だの|るの|うの|いの|るん|たん|なん|いん|のん)$`)

// notKnowing ends a message that says the person does not know something,
// or wants to find out (確認したいっちゃけど, 知りたいです, 知っておきたいです).
var notKnowing = pattern.MustCompile(`(わから|わかん|分から|分かん|わかりませ|分かりませ)[^。]{0,8}$|(確認|確かめ|知り|知っておき|知っとき|調べ|把握し)(し)?たい(ん|の|っちゃ|っちゃん|んや|んだ|のです|んです)?(けど|けれど|けども|が|です|ところ)?$`)

func (in input) followsOn() bool {
	if utf8.RuneCountInString(in.text) > followOnRunes {
		return false
	}
	t := strings.TrimRight(in.text, "。.!！…‥ ")
	if strings.ContainsAny(t, "?？") {
		return true
	}
	for _, end := range [...]string{"かな", "かなあ", "かなぁ", "のかな", "ある", "あります", "いい", "べき", "でしょうか", "いいの", "あるの", "なの", "できるの"} {
		if strings.HasSuffix(t, end) {
			return true
		}
	}
	return false
}
