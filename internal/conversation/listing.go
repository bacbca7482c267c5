package conversation

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/jatext"
	"github.com/akari-career/akari/internal/pattern"
)

// A question about one of the cards just shown (2番目のとこって残業ある？,
// 一番上の会社って土日休み？, データ入力のやつは未経験でもいける？) is
// answered from the listing itself: what its card says, and honestly what
// it does not, with where to find out — not with advice on the worry.

// ordinalRef names a card by its place: 2番目, 3つ目, 一番上, 最後の.
var ordinalRef = pattern.MustCompile(`([1-9１-９一二三四五六七八九])(番目|つ目|個目|件目|こ目|コ目|番の|番のと|枚目|こめ|個め|コメ|つめ|番め|ばんめ|件め)|(一番|いちばん|1番)(上|うえ|最初|はじめ)|(一番|いちばん|1番)(下|した|最後)|(最初|さいしょ|最後|さいご|ラスト)の(とこ|ところ|やつ|会社|求人|仕事|案件|店|病院|施設|学校|園|は|って|も|[^、。?]{1,6}の(?:求人|やつ|とこ|会社|仕事))|上から([1-9１-９一二三四五])`)

// asksAbout is a question, in its ending or its words.
var asksAbout = pattern.MustCompile(`[?？]|(教えて|おしえて)(ください|下さい|ほしい|欲しい|もらえ|くれ|ちょうだい)?[。!！]*$|(か|の|ん|かな|かね|け|っけ|やろ|やろか|じゃろ|だべ|と|は)[。…]*$|(どう|どんな|何|なに|なん|いくら|どのくらい|どれくらい|どんくらい|どれ|どっち|どちら)`)

// ordinalDigits maps the ordinal's first rune to its number.
var ordinalDigits = map[rune]int{'1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6, '7': 7, '8': 8, '9': 9,
	'１': 1, '２': 2, '３': 3, '４': 4, '５': 5, '６': 6, '７': 7, '８': 8, '９': 9,
	'一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}

// shownAsked returns the card of those shown lately a question names —
// by its place or by words of its title.
func (e *Engine) shownAsked(st *akari.State, f folded) (akari.Card, bool) {
	s := string(f)
	if i := shownIndex(s, len(st.Shown)); i >= 0 {
		return e.Jobs.Card(st.Shown[i])
	}
	cards := make([]akari.Card, 0, len(st.Shown))
	for _, id := range st.Shown {
		if c, ok := e.Jobs.Card(id); ok {
			cards = append(cards, c)
		}
	}
	for _, c := range cards {
		if namesTitle(s, c.Title) {
			return c, true
		}
	}
	titles := make([]string, len(cards))
	for i, c := range cards {
		titles[i] = c.Title
	}
	if i := onlyTitleWith(s, titles); i >= 0 {
		return cards[i], true
	}
	if ix := placeRef.FindStringSubmatchIndex(s); ix != nil {
		// 浦添のやつよさそう: the one card shown in the place named — not
		// a prefecture, which names a search (東京の会社で年収600万以上).
		name := s[ix[2]:ix[3]]
		if c, ok := onlyIn(cards, name); ok && !strings.HasPrefix(jatext.PrefectureIn(name), name) {
			return c, true
		}
	}
	if ix := earlierRef.FindStringSubmatchIndex(s); ix != nil {
		// さっきの西区の求人: the one card shown in the place named.
		return onlyIn(cards, s[ix[6]:ix[7]])
	}
	return akari.Card{}, false
}

// placeRef names a card by the place it is in, first thing in a message
// (浦添のやつよさそう, 大衡の自動車のやつ寮あるならいいかも).
var placeRef = pattern.MustCompile(`^([^、,。?！!\s]{2,8}?)の([^、,。?！!\s]{1,8}の)?(やつ|とこ|ところ|求人|会社|お店|店)`)

// placeTopicRef names cards by their place with a topic asked of them
// (新潟市のものは夜勤がありますか, 小山のは何時から): not 長岡のものは
// ありますか, which asks for a search there.
var placeTopicRef = pattern.MustCompile(`^([^、,。?！!\s]{2,8}?)の(もの|もん|ほう|方|やつ|とこ|ところ|求人|仕事|お仕事)?(は|って)`)

// placeRemarked is the place a remark names a card by (浦添のやつよさ
// そう), or "": a city or a ward, not a prefecture, which names a search.
func placeRemarked(f folded) string {
	s := string(f)
	ix := placeRef.FindStringSubmatchIndex(s)
	if ix == nil {
		return ""
	}
	name := s[ix[2]:ix[3]]
	pref := jatext.PrefectureIn(name)
	if !placeNamed(name) || strings.HasPrefix(pref, name) || askedAfter(name) {
		// A prefecture names a search (大阪のやつがいい); a word that is
		// no place (さっきの罰金のやつ, 今の会社) names no card.
		return ""
	}
	return name
}

// shownIn reports whether any card shown lately is in place.
func (e *Engine) shownIn(st *akari.State, place string) bool {
	for _, id := range st.Shown {
		if c, ok := e.Jobs.Card(id); ok && strings.Contains(c.Place, place) {
			return true
		}
	}
	return false
}

// placeTopicName is the town a question about cards names them by
// (placeTopicRef), or "": a town in kanji or a known place — not フル
// リモートのは？, which the cards' place line also holds.
func placeTopicName(f folded) string {
	ix := placeTopicRef.FindStringSubmatchIndex(string(f))
	if ix == nil {
		return ""
	}
	name := string(f)[ix[2]:ix[3]]
	if !placeLike.MatchString(name) && !placeNamed(name) || jatext.PrefectureIn(name) != "" && !strings.ContainsAny(name, "市区町村") {
		// A prefecture names a search (新潟のは？), not a card.
		return ""
	}
	return name
}

// onlyIn returns the one card among cards whose place holds name; none
// when two do.
func onlyIn(cards []akari.Card, name string) (akari.Card, bool) {
	at := -1
	for i, c := range cards {
		if strings.Contains(c.Place, name) {
			if at >= 0 {
				return akari.Card{}, false
			}
			at = i
		}
	}
	if at < 0 {
		return akari.Card{}, false
	}
	return cards[at], true
}

// earlierRef names a card by what it was (さっきの倉庫のやつ, 先ほどの冷凍
// 食品の配送のとこ): the words between are the name.
var earlierRef = pattern.MustCompile(`^(さっき|先ほど|さきほど|前に|最初に)(の|見せてもらった|出てきた|出た|もらった|見た)([^、,。?]{2,12}?)(の)?(やつ|とこ|ところ|求人|会社|お店|店|仕事)`)

// workplace names a place of work a listing may be (健診センター, 歯科
// クリニック, 物流倉庫).
var workplace = pattern.MustCompile(`センター|クリニック|病院|施設|工場|倉庫|店|事務所|ホテル|薬局|学校|保育園|幼稚園|会社|企業|オフィス|ステーション`)

// placeNamed reports whether name is a place: a prefecture or city, or a
// word ending in 区, 市, 町 or 駅.
func placeNamed(name string) bool {
	return jatext.PrefectureIn(name) != "" || strings.HasSuffix(name, "区") || strings.HasSuffix(name, "市") || strings.HasSuffix(name, "町") || strings.HasSuffix(name, "駅")
}

// earlierName is the name a question gives a card by what it was (さっき
// の西区の求人), or "" — not what is asked after (さっきの中で年間休日いち
// ばん多いとこ).
func earlierName(f folded) string {
	s := string(f)
	ix := earlierRef.FindStringSubmatchIndex(s)
	if ix == nil || askedAfter(s[ix[6]:ix[7]]) {
		return ""
	}
	return s[ix[6]:ix[7]]
}

// missingName is the name a question about the cards shown lately gives a
// card that none of them is (さっきの倉庫のやつ), or "": the cards were not
// what the person remembers, and Akari says so rather than guess.
func missingName(f folded) string {
	s := string(f)
	ix := earlierRef.FindStringSubmatchIndex(s)
	if ix == nil {
		return ""
	}
	name := s[ix[6]:ix[7]]
	if askedAfter(name) || !kindOfWork.MatchString(name) && !workplace.MatchString(name) && !slices.ContainsFunc(jobKeywords, func(k string) bool { return strings.Contains(name, k) }) {
		// さっきの罰金のやつ names what was talked about, not a card.
		return ""
	}
	return name
}

// onlyTitleWith is the index of the one title that holds a word of s two
// characters or longer (さっきの倉庫って書いてたやつ: 物流倉庫の入出荷スタッフ),
// or -1 when no word of s is in exactly one title.
func onlyTitleWith(s string, titles []string) int {
	for _, w := range titleWords(s) {
		if utf8.RuneCountInString(w) < 2 || askedAfter(w) {
			continue // 残業って多い？ asks after work, not a card
		}
		at := -1
		for i, t := range titles {
			if strings.Contains(t, w) {
				if at >= 0 {
					at = -2 // in two titles: names neither
					break
				}
				at = i
			}
		}
		if at >= 0 {
			return at
		}
	}
	return -1
}

// shownIndex is the index of the card s names by its place among n, or -1.
func shownIndex(s string, n int) int {
	ix := ordinalRef.FindStringSubmatchIndex(s)
	if ix == nil {
		return -1
	}
	group := func(g int) string {
		if ix[2*g] < 0 {
			return ""
		}
		return s[ix[2*g]:ix[2*g+1]]
	}
	digit := func(g int) int {
		r, _ := utf8.DecodeRuneInString(group(g))
		return ordinalDigits[r]
	}
	var k int
	switch {
	case group(1) != "": // 2番目
		k = digit(1)
	case group(4) != "": // 一番上
		k = 1
	case group(6) != "": // 一番下
		k = n
	case group(7) != "": // 最初の, 最後の
		k = n
		if strings.HasPrefix(group(7), "最初") || strings.HasPrefix(group(7), "さいしょ") {
			k = 1
		}
	default: // 上から2つ目
		k = digit(9)
	}
	if k < 1 || k > n {
		return -1
	}
	return k - 1
}

// namesTitle reports whether s names a card by a word of its title three
// characters or longer (データ入力のやつ, インサイドセールスって).
func namesTitle(s, title string) bool {
	for _, w := range titleWords(title) {
		if utf8.RuneCountInString(w) >= 3 && strings.Contains(s, w) && !askedAfter(w) {
			return true
		}
	}
	return false
}

// titleWords splits a title into its runs of kanji and katakana
// (データ入力・事務サポート: データ入力, 事務サポート).
func titleWords(title string) []string {
	return strings.FieldsFunc(title, func(r rune) bool {
		return !unicode.Is(unicode.Han, r) && !unicode.Is(unicode.Katakana, r) && r != 'ー'
	})
}

// listingFacts renders what a card says, one fact a line.
func listingFacts(c akari.Card) string {
	var b strings.Builder
	line := func(label, v string) {
		if v = strings.TrimSpace(v); v != "" {
			b.WriteString("・" + label + "：" + v + "\n")
		}
	}
	line("勤務地", c.Place)
	line("給与", c.Pay)
	line("雇用形態", c.Employment)
	line("勤務時間", c.Hours)
	line("特徴", strings.Join(c.Badges, "・"))
	if len(c.Highlights) > 0 {
		line("ポイント", strings.Join(c.Highlights, "、"))
	}
	return strings.TrimRight(b.String(), "\n")
}

// cardQuestion is what a message asks about the cards shown lately.
type cardQuestion struct {
	card  akari.Card // the card asked about
	about bool       // the question is card's to answer
	// missing is the name the question gives a card none of them is.
	missing string
	// named: the question names a card by its place in the list, so it
	// is no new search, whoever answers it.
	named bool
	// all: no card is named, and the question asks topic (an index in
	// cardTopics) of every card shown (その求人、給与はいくらですか？).
	all   bool
	topic int
	// which: no card is named, and the question asks which of them says
	// something no topic holds (この中でデイサービスはどれですか？).
	which string
	// liked: a card named by its place is liked, and nothing asked of
	// it (ありがと、2件目よかね).
	liked bool
}

// cardAsked reads a question about the cards shown lately. It is about a
// card when it names one and nothing answers it better: listings asked
// for again are a search, and a rule the question names (1番上のとこって、
// 週何時間働いたら社保入る？) is a note's to answer — unless it asks after
// something a card says or leaves out (交通費出る？).
func (e *Engine) cardAsked(st *akari.State, masked string, f folded) cardQuestion {
	if e.Jobs != nil && shownLately(st) && f.is(praised) && shownTopic(masked, f, false) < 0 && !e.intents.wantsJobs(f) && !e.intents.wantsMore(f) {
		if i := shownIndex(string(f), len(st.Shown)); i >= 0 {
			if card, ok := e.Jobs.Card(st.Shown[i]); ok {
				return cardQuestion{card: card, liked: true, named: true}
			}
		}
	}
	if e.Jobs == nil || len(st.Shown) == 0 || !(shownLately(st) || st.Stage == akari.StageJobs) || !f.is(asksAbout) && !placeRef.MatchString(string(f)) {
		// Said of a card named by its place (浦添のやつよさそう), a remark
		// is about it too.
		return cardQuestion{}
	}
	// A card named by its place in the list and a question about it (2つ
	// めの求人に「社保完備」とありますが、扶養内で働きたい場合はどうなり
	// ますか？) is about that card, whatever work it names.
	named := shownIndex(string(f), len(st.Shown)) >= 0 && e.intents.asks(f)
	// その求人、給与はいくらですか？ points at the cards: no ask for more.
	// A card named by its town with a topic (新潟市のものは夜勤がありま
	// すか) is a question about it, not a search there.
	town := placeTopicName(f)
	placed := town != "" && e.shownIn(st, town)
	topic := shownTopic(masked, f, placed)
	ref := earlierName(f)
	pointed := topic >= 0 && (f.is(shownRef) || ref != "" || placed)
	if town != "" && !placed && !named && shownTopic(masked, f, true) >= 0 && !e.intents.wantsMore(f) && !f.is(e.intents.research) {
		// 小山のものは何時からですか, 新潟市のものは夜勤がありますか when
		// no card shown was there: said so, not searched again nor read
		// as a worry.
		return cardQuestion{missing: town}
	}
	if e.intents.wantsJobs(f) && !named && !pointed || e.intents.wantsMore(f) || f.is(e.intents.research) || narrowedAmong.MatchString(string(f)) || !pointed && e.narrows(masked, f) {
		// フルリモートのは？ asks for more such cards, not how the cards
		// shown stand on it.
		return cardQuestion{}
	}
	card, ok := e.shownAsked(st, f)
	if !ok && f.is(thatOne) {
		// 2件目の休みは土日ですか？ → そこの休みはシフト制ですか？: the card
		// the last question named.
		card, ok = e.cardTalkedOf(st)
	}
	if !ok {
		if name := missingName(f); name != "" {
			return cardQuestion{missing: name}
		}
		if name := placeRemarked(f); name != "" && !f.is(asksAbout) && !f.is(e.intents.jobsShow) && !e.shownIn(st, name) {
			// 浦添のやつよさそう when no card shown was there: said so,
			// not searched again.
			return cardQuestion{missing: name}
		}
		if ref != "" && topic >= 0 && placeNamed(ref) {
			// さっきの西区の求人の時給は？ when no card shown was there:
			// said so, not searched again.
			return cardQuestion{missing: ref}
		}
		if topic >= 0 && ref == "" && (e.intents.asks(f) && shownLately(st) || pointed) && len(st.Shown) > 1 {
			return cardQuestion{about: true, all: true, topic: topic}
		}
		if w := whichAsked(f); w != "" && len(st.Shown) > 1 {
			return cardQuestion{which: w}
		}
		return cardQuestion{}
	}
	return cardQuestion{card: card, about: topicNote(masked, card, nil) != "" || !e.knows(masked, st), named: named}
}

// cardTopic is what a question about a card asks after.
type cardTopic struct {
	asked, said []string
	name        string // the topic as named in the answer; "" names it as asked
	// field, when set, is the part of a card that answers it.
	field func(akari.Card) string
}

// cardTopics are what a question about a card asks after, each with the
// words a card says it in: 土日 is said 土日休み or 土日祝休み, 在宅 is said
// 在宅OK or フルリモート.
var cardTopics = []cardTopic{
	// 1つ目の施設って駅から近いですか: what a card says of the way there.
	{[]string{"駅から", "駅近", "駅チカ", "駅まで", "最寄り駅", "最寄駅", "アクセス"}, []string{"駅", "徒歩"}, "駅からの距離", nil},
	{[]string{"勤務地", "勤務先の場所", "職場の場所", "最寄り"}, nil, "勤務地", func(c akari.Card) string { return c.Place }},
	{[]string{"勤務時間", "何時から", "何時まで", "就業時間"}, nil, "勤務時間", func(c akari.Card) string { return c.Hours }},
	{[]string{"雇用形態"}, nil, "雇用形態", func(c akari.Card) string { return c.Employment }},
	{[]string{"土日", "週末", "土曜", "日曜"}, []string{"土日", "土曜", "日曜"}, "", nil},
	{[]string{"年間休日", "休み", "休日", "曜日", "週休", "やすみ"}, []string{"休", "週休"}, "", nil},
	{[]string{"残業代", "固定残業", "みなし残業"}, []string{"残業代", "固定残業", "みなし"}, "", nil},
	{[]string{"残業"}, []string{"残業"}, "", nil},
	// Whether the listing has it, not the rule of who joins (週何時間働い
	// たら社保入る？ is a note's to answer).
	{[]string{"社会保険あり", "社会保険ある", "社会保険完備", "社会保険つ", "社会保険付", "社会保険は", "社保あり", "社保ある", "社保完備", "社保つ", "社保付", "社保は"}, []string{"社会保険", "社保"}, "社会保険", nil},
	{[]string{"給料", "給与", "月給", "時給", "年収", "いくら", "なんぼ", "きゅうりょう"}, []string{"円"}, "", func(c akari.Card) string { return c.Pay }},
	{[]string{"寮", "社宅", "住宅手当", "家賃補助"}, []string{"寮", "社宅", "住宅"}, "寮・住宅手当", nil},
	{[]string{"試用期間", "試用"}, []string{"試用"}, "試用期間", nil},
	{[]string{"まかない", "賄い", "食事補助", "社食"}, []string{"まかない", "賄い", "食事", "社食"}, "まかない", nil},
	{[]string{"面接何回", "面接は何回", "面接って何回", "面接の回数", "選考"}, []string{"面接", "選考"}, "面接の回数", nil},
	{[]string{"車通勤", "マイカー", "車で通", "くるまで通", "駐車場"}, []string{"車通勤", "マイカー", "駐車場"}, "車通勤", nil},
	{[]string{"未経験", "経験なし", "経験ない"}, []string{"未経験"}, "", nil},
	{[]string{"在宅", "リモート", "テレワーク"}, []string{"在宅", "リモート"}, "", nil},
	{[]string{"時短"}, []string{"時短"}, "", nil},
	{[]string{"夜勤"}, []string{"夜勤"}, "", nil},
	{[]string{"転勤"}, []string{"転勤"}, "", nil},
	{[]string{"交通費"}, []string{"交通費"}, "", nil},
	{[]string{"資格", "免許"}, []string{"資格", "免許"}, "", nil},
	{[]string{"ボーナス", "賞与"}, []string{"賞与", "ボーナス"}, "", nil},
	{[]string{"研修"}, []string{"研修"}, "", nil},
	{[]string{"シフト"}, []string{"シフト"}, "", nil},
}

// sameAsBefore marks the lines of facts another card's said lately (two
// cards both 在宅OK・未経験歓迎): the same words, said as the same.
func sameAsBefore(st *akari.State, facts string) string {
	lines := strings.Split(facts, "\n")
	for i, l := range lines {
		if label, value, ok := strings.Cut(l, "："); ok && saidLately(st, l) {
			lines[i] = label + "：さきほどのカードと同じく、" + value
		}
	}
	return strings.Join(lines, "\n")
}

// described reports whether a card's facts were said lately: its place
// and its pay, in one reply.
func described(st *akari.State, facts string) bool {
	lines := strings.SplitN(facts, "\n", 3)
	return len(lines) >= 2 && saidLately(st, lines[0]+"\n"+lines[1])
}

// askedOfCard reads what s, the question as typed, asks of card c: the
// topic as named, what the card says of it ("" when nothing), and whether
// it says anything; ok is false when s asks after nothing a card speaks
// to, or asks what a rule or a card's words mean (交通費も年収に入るんです
// か？, 「固定残業代30時間分含む」ってどういうこと？ — a note's to answer).
func askedOfCard(s string, c akari.Card) (name, says string, said, ok bool) {
	if ruleAsked.MatchString(s) {
		return "", "", false, false
	}
	for _, t := range cardTopics {
		if i := slices.IndexFunc(t.asked, func(w string) bool { return strings.Contains(s, w) }); i >= 0 {
			says := cardSays(c, t)
			return cmp.Or(t.name, t.asked[i]), says, says != "", true
		}
	}
	if w := namedWord(s, c); w != "" {
		return w, "", cardMentions(c, w), true
	}
	return "", "", false, false
}

// notWritten says plainly that a card says nothing of name, and where to
// find out: in other words when that was said lately (最後のやつ、交通費
// は？ after 1つ目の残業は？), and with nothing added the third time.
func notWritten(name string, st *akari.State) string {
	said := "「" + name + "」のことは、カードには書かれていません。"
	switch {
	case st == nil || !saidLately(st, whereToAsk[0]):
		return said + whereToAsk[0]
	case !saidLately(st, whereToAsk[1]):
		return said + whereToAsk[1]
	}
	return said
}

// whereToAsk is where to find out what a card leaves out.
var whereToAsk = [2]string{"求人票の詳細で確かめるか、面接で確認してみてください。", "担当者から会社に聞いてもらうこともできます。"}

// topicSays says what card c says of the topic s asks after, or plainly
// that it says nothing; "" when s asks after no topic a card speaks to.
func topicSays(s string, c akari.Card, st *akari.State) string {
	name, says, said, ok := askedOfCard(s, c)
	switch {
	case !ok:
		return ""
	case says != "":
		return "「" + name + "」は、カードでは「" + says + "」となっています。"
	case said:
		return "「" + name + "」は、カードにも書かれています。"
	}
	return notWritten(name, st)
}

// topicNote says whether the card speaks to what s asks after, below its
// facts: 「土日」のことは、カードには書かれていません. "" when s asks after
// none of them.
func topicNote(s string, c akari.Card, st *akari.State) string {
	name, _, said, ok := askedOfCard(s, c)
	switch {
	case !ok:
		return ""
	case said:
		return "「" + name + "」のことは、上のとおりカードに書かれています。"
	}
	return notWritten(name, st)
}

// namedWord returns a skill or a tool s names (React使っとるとこ？): a
// Latin word or a katakana word of three characters or more — not a word
// of the card's title, which names the card, not what is asked.
func namedWord(s string, c akari.Card) string {
	words := slices.DeleteFunc(namedWords(s), func(w string) bool { return strings.Contains(c.Title, w) || strings.EqualFold(w, "ok") })
	if len(words) == 0 {
		return ""
	}
	return words[0]
}

// cardMentions reports whether card c says w anywhere, in any case.
func cardMentions(c akari.Card, w string) bool {
	card := strings.Join(append([]string{c.Place, c.Pay, c.Employment, c.Hours}, append(c.Badges, c.Highlights...)...), " ")
	return strings.Contains(strings.ToLower(card), strings.ToLower(w))
}

// shownRef points at the cards just shown without naming one: この求人、
// その会社, それの給料, どれも, それぞれ.
var shownRef = pattern.MustCompile(`^(この|その|あの|こっちの|そっちの|これらの)(求人|会社|カード|仕事|案件|募集|とこ|ところ|お店|店|職場|候補)|^` + amongShown + `|^(そこ|そちら|こちら|そっち|こっち)(は|って|の|も)|^(それ|これ|あれ)(の|って)|^[^、,。?]{1,8}の(求人|カード|会社|とこ|やつ)の|(どれ|どこ)も|それぞれ|(全部|ぜんぶ|[0-9]件)(の|とも)`)

// thatOne points at one card: そこ, その会社, そちら.
var thatOne = pattern.MustCompile(`^(そこ|そちら|そっち|それ|その会社|その求人|そのお店|その店|そのとこ|その職場)`)

// cardTalkedOf returns the card the person's message before this one
// asked about, if it asked about one of those shown — not the search that
// brought them (大阪で事務の求人見せて names no card, whatever the titles).
//
// A chain of such pointers (2番目のとこ、給料は？ → そこの勤務時間は？ →
// それ残業ある？) goes back to the card first named, a few messages at most.
func (e *Engine) cardTalkedOf(st *akari.State) (akari.Card, bool) {
	n := 0
	for t := range recentUserTexts(st, maxPointerChain+1) {
		if n++; n < 2 {
			continue
		}
		f := fold(t)
		if e.intents.wantsJobs(f) || e.intents.wantsMore(f) || f.is(e.intents.research) {
			break
		}
		if c, ok := e.shownAsked(st, f); ok || !f.is(thatOne) {
			return c, ok
		}
	}
	return akari.Card{}, false
}

// maxPointerChain is how many messages back a chain of pointers at one
// card is followed.
const maxPointerChain = 3

// generalAsked asks about work in general, not about a card: what is
// usual, lawful, or so at the person's own workplace.
var generalAsked = pattern.MustCompile(`普通|一般|相場|平均|法律|違法|義務|権利|うちの|今の(会社|職場|仕事)|転職(する|したら)|って(何|なに|なん)`)

// howMuch asks an amount: 何日, いくら, どれくらい.
var howMuch = pattern.MustCompile(`何(日|時間|回|円|万|週|か月|ヶ月|年)|いくら|なんぼ|どれ(くらい|ぐらい)|どの(くらい|ぐらい)|どんくらい`)

// maxShownQuestionRunes is the longest question, naming no card, read as
// asked of every card just shown (月給はいくらになっていますか？).
const maxShownQuestionRunes = 24

// shownTopic returns the index in cardTopics of what a question naming no
// card asks of the cards just shown, or -1: a topic a card speaks to,
// asked pointing at the cards (その求人、給与はいくらですか？) or in a
// short question of its own — not a rule, and not work in general (残業
// 代が出ないのって普通？).
func shownTopic(masked string, f folded, placed bool) int {
	s := string(f)
	if ruleAsked.MatchString(s) || generalAsked.MatchString(s) {
		return -1
	}
	pointed := placed || shownRef.MatchString(s) || earlierName(f) != ""
	if !pointed && (utf8.RuneCountInString(withoutPoliteEnd(masked)) > maxShownQuestionRunes || asksOneCondition(f) && !howMuch.MatchString(s)) {
		// 年間休日120日以上のものはありますか？ asks for listings; 休日は
		// 年間何日ありますか？ asks what they say.
		return -1
	}
	for i, t := range cardTopics {
		for _, w := range t.asked {
			at := strings.Index(s, w)
			// Unpointed, the topic is what the question starts with (月給
			// はいくらになっていますか？), not a word in a question about
			// something else (オンコールの待機時間って給料でるん？).
			if at >= 0 && (pointed || utf8.RuneCountInString(s[:at]) <= 2) {
				return i
			}
		}
	}
	return -1
}

// cardSays returns what card c says of topic t, or "".
func cardSays(c akari.Card, t cardTopic) string {
	if t.field != nil {
		return t.field(c)
	}
	parts := append([]string{c.Hours, c.Pay, c.Employment, c.Place}, append(c.Badges, c.Highlights...)...)
	for _, p := range parts {
		if slices.ContainsFunc(t.said, func(w string) bool { return strings.Contains(p, w) }) {
			return p
		}
	}
	return ""
}

// aboutAllShown answers a question asked of every card just shown (その
// 求人、給与はいくらですか？ with five cards on the screen): what each
// card says of it, and plainly where one says nothing.
func (e *Engine) aboutAllShown(st *akari.State, f folded, topic int) (Result, error) {
	t := cardTopics[topic]
	// Named as asked (時給はいくら？ is about 「時給」), or by the topic's name.
	asked := max(slices.IndexFunc(t.asked, func(w string) bool { return strings.Contains(string(f), w) }), 0)
	name := cmp.Or(t.name, t.asked[asked])
	var b strings.Builder
	var silent []string
	n := 0
	for _, id := range st.Shown {
		c, ok := e.Jobs.Card(id)
		if !ok {
			continue
		}
		n++
		if says := cardSays(c, t); says != "" {
			b.WriteString("・" + c.Title + "：" + says + "\n")
		} else {
			silent = append(silent, "「"+c.Title+"」")
		}
	}
	switch {
	case len(silent) == n:
		b.WriteString("どのカードにも、「" + name + "」のことは書かれていませんでした。")
	case len(silent) > 0:
		// One line for those that say nothing: the same words for the
		// same card would be said again for the next question.
		b.WriteString("「" + name + "」の記載がないもの：" + strings.Join(silent, ""))
	}
	v := Vars{Count: n, Kind: name, Listing: strings.TrimRight(b.String(), "\n")}
	st.Stage = akari.StageJobs
	r, err := e.line(e.freshAll(st, Vars{}, "jobs_listing_all", "jobs_listing_all_2", "jobs_listing_all_3"), st, v, "jobs")
	e.said(st, r.Reply)
	return r, err
}

// searchedAmong reports whether a question among the cards shown (その中
// で…はある？, not …はどれ？) asks after a condition of work or a way of
// employment no card shown says, and other listings do: then it is
// answered by the cards again, searched with it. Where none does, the
// cards shown are gone through as before (この中で寮があるのは？ when no
// listing has a dormitory).
func (e *Engine) searchedAmong(st *akari.State, f folded, asked cardQuestion) bool {
	s := string(f)
	if !amongAsked.MatchString(s) || whichOne.MatchString(s) {
		return false
	}
	_, employment := wantedEmployment(s)
	if !employment && len(wantedNow(s)) == 0 {
		return false
	}
	for _, id := range st.Shown {
		c, ok := e.Jobs.Card(id)
		if !ok {
			continue
		}
		if asked.all && cardSays(c, cardTopics[asked.topic]) != "" || asked.which != "" && (cardMentions(c, asked.which) || strings.Contains(c.Title, asked.which)) {
			return false
		}
	}
	// What a search would find, asked of a copy of what is known.
	probe := *st
	probe.Facts = maps.Clone(st.Facts)
	e.learnWishes(&probe, s)
	probe.JobsOffset = 0
	q := jobQuery(&probe, s, false)
	if employment {
		return q.Employment != "" && e.Jobs.Find(q).Count > 0
	}
	page := e.Jobs.Find(q)
	return len(page.Held) > 0 || len(page.Partly) > 0
}

// amongAsked opens with the cards shown as a group; whichOne asks which of
// them.
var (
	amongAsked = pattern.MustCompile(`^` + amongShown)
	whichOne   = pattern.MustCompile(`どれ|どっち|どちら|一番|いちばん`)
)

// amongShown points at the cards shown as a group (この中で, さっきの中で).
const amongShown = `(この|その|今の|いまの|さっきの|先ほどの|さきほどの)(中|なか)(で|から|に)`

// whichAmong asks which of the cards shown says something (この中で
// デイサービスはどれですか？, この中で川越から通いやすそうなのってどれ).
var whichAmong = pattern.MustCompile(`^` + amongShown + `[、,]?(.{2,24}?)(なの|の|もの|やつ|とこ|ところ)?(って|は|が)?(どれ|どこ([?？]|ですか|かな|$)|どっち|ある|あります|ないですか|ない[?？])`)

// whichAsked returns what a question asks which card says, or "".
func whichAsked(f folded) string {
	s := string(f)
	ix := whichAmong.FindStringSubmatchIndex(s)
	if ix == nil || ruleAsked.MatchString(s) {
		return ""
	}
	return s[ix[8]:ix[9]]
}

// aboutWhichShown answers which of the cards shown says w: those that
// do, or, when none does, what each says of its work, place and hours,
// for the person to judge — never a guess at what a card leaves out.
func (e *Engine) aboutWhichShown(st *akari.State, w string) (Result, error) {
	var says, all []string
	n := 0
	for _, id := range st.Shown {
		c, ok := e.Jobs.Card(id)
		if !ok {
			continue
		}
		n++
		line := "・" + c.Title + "（" + cmp.Or(c.Place, "勤務地の記載なし") + "／" + cmp.Or(c.Hours, "勤務時間の記載なし") + "）"
		all = append(all, line)
		if cardMentions(c, w) || strings.Contains(c.Title, w) {
			says = append(says, line)
		}
	}
	key, listing := "jobs_which", strings.Join(says, "\n")
	if len(says) == 0 {
		key, listing = "jobs_which_none", strings.Join(all, "\n")
	}
	st.Stage = akari.StageJobs
	r, err := e.line(key, st, Vars{Count: n, Kind: w, Listing: listing}, "jobs")
	e.said(st, r.Reply)
	return r, err
}

// ruleAsked asks what a rule makes of something or what words mean.
var ruleAsked = pattern.MustCompile(`(に|へ)(入る|はいる|入り|含ま|含む|カウント)|対象(に|と|外)|扶養|控除|税金|とは[?？]|どういう(こと|意味)|どういう事|何のこと|なんのこと|何の資格|なんの資格|意味[?？は]|どこで(取|と)れ|どうやって(取|と)る|取り方|取得方法|法律上|法的に|違法`)

// askedAfter reports whether w is, or holds, something asked after a card
// (残業, 土日, 未経験…) rather than a name for one.
func askedAfter(w string) bool {
	for _, t := range cardTopics {
		if slices.ContainsFunc(t.asked, func(a string) bool { return strings.Contains(w, a) || strings.Contains(a, w) }) {
			return true
		}
	}
	return false
}

// namedWords are the Latin words and the katakana words of three
// characters or more in s (React, Python, フォークリフト).
func namedWords(s string) []string {
	latin := func(r rune) bool { return r < utf8.RuneSelf && (unicode.IsLetter(r) || r == '+' || r == '#') }
	kana := func(r rune) bool { return unicode.Is(unicode.Katakana, r) || r == 'ー' }
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !latin(r) && !kana(r) }) {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case latin(r) && len(w) >= 2, kana(r) && utf8.RuneCountInString(w) >= 3:
			out = append(out, w)
		}
	}
	return out
}

// aboutShown answers a question about a card shown lately.
func (e *Engine) aboutShown(st *akari.State, text string, c akari.Card) (Result, error) {
	name := "「" + c.Title + "」"
	if c.Company != "" {
		name += "（" + c.Company + "）"
	}
	facts := listingFacts(c)
	if described(st, facts) {
		// The card's facts were said lately (2件目の休みは？ → そこの勤務
		// 時間は？): what is asked, alone.
		if says := topicSays(text, c, st); says != "" {
			v := Vars{Jobs: name, Listing: says}
			st.Stage = akari.StageJobs
			r, err := e.line(e.freshAll(st, v, "jobs_listing_again", "jobs_listing_again_2"), st, v, "jobs")
			e.said(st, r.Reply)
			return r, err
		}
	}
	facts = sameAsBefore(st, facts)
	if n := topicNote(text, c, st); n != "" {
		facts += "\n" + n
	}
	v := Vars{Jobs: name, Listing: facts}
	st.Stage = akari.StageJobs // the cards are still what is talked about
	// Fresh by the fixed lines alone: a card's facts may well have been
	// said before (two cards both パート・アルバイト).
	r, err := e.line(e.freshAll(st, Vars{}, "jobs_listing", "jobs_listing_2", "jobs_listing_3"), st, v, "jobs")
	e.said(st, r.Reply)
	return r, err
}
