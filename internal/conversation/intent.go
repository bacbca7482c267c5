package conversation

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/jatext"
	"github.com/akari-career/akari/internal/pattern"
)

// Intents are recognised with small, readable patterns: they decide actions
// (show jobs, start the intake), not worries, so they must be predictable.
// The worry itself is the classifier's job.

// folded is a message as the patterns read it: width and case folded
// (jatext.Fold, so ＯＫ, ok and ﾌﾙ在宅 match like OK and フル在宅), no spaces
// but the ideographic one, read as 、.
// A message is folded once, when it arrives; the intent checks take the
// folded form, so the type says they cannot fold it again.
type folded string

func fold(s string) folded {
	if kana, ok := jatext.FromRomaji(s); ok {
		// kyou wa kaette neru. nanimo shinai yo yakusoku: a message typed
		// in romaji is read as the kana it spells, as the patterns spell
		// words written in kana (しない, みせて) — but for the loanwords
		// they spell in katakana (バイト, シフト).
		s = romajiStops.Replace(loanwords.Replace(kana))
	}
	// An ideographic space is a writer's pause between two thoughts
	// (しごとさがしてる　倉庫でもいい): read as the 、 it stands for, and so
	// is a half-width one closing a clause in a message with kanji (今夜は
	// 何もせん 寝る, as many phones type it); other spaces go — between the
	// words of a clause (会社 紹介して), in kana alone (ﾅﾆﾓ ｼﾅｲ), in English.
	s = strings.ReplaceAll(strings.TrimSpace(s), "\u3000", "、")
	if strings.Contains(s, " ") && !noKanji(s) {
		s = spacesAsPauses(s)
	}
	f := strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, jatext.Fold(s))
	// Emoji that end a message close it, as a stop would (渋谷のカフェ
	// バイト見せて🙏✨ asks as 見せて。 does).
	if t := strings.TrimRightFunc(f, isEmoji); t != f && t != "" {
		f = t
		if r, _ := utf8.DecodeLastRuneInString(t); unicode.IsLetter(r) || unicode.IsNumber(r) {
			f += "。"
		}
	}
	if strings.Contains(f, "ばいと") {
		// 東京でカフェのばいとある？: バイト typed in hiragana among kanji.
		f = partTime.Replace(f)
	}
	if noKanji(f) {
		// ぱーとで しふと すくなめ: loanwords typed in hiragana by a
		// writer who uses no kanji are the katakana words the patterns
		// know.
		f = loanwords.Replace(f)
	}
	if halfWidthKana(s) && !kanaOnly(f) {
		// ﾁｬｯﾄﾃﾞ相談ｼﾀ。今、友達ｶﾞ来ﾃｸﾚﾃ一緒ﾆｵｯ: half-width kana among
		// kanji are the writer's kana, read in hiragana as above; the
		// kanji and any full-width katakana stay as typed.
		f = loanwords.Replace(halfWidthAsHiragana(f, s))
	}
	if halfWidthKana(s) && kanaOnly(f) {
		// ｺﾝﾔﾊ ﾀﾞｲｼﾞｮｳﾌﾞ ﾅﾆﾓ ｼﾅｲ ﾔｸｿｸｽﾙ: a message typed in half-width
		// katakana alone is read in hiragana, as the patterns spell words
		// written in kana (だいじょうぶ, しない, みせて) — but for the
		// loanwords they spell in katakana (バイト, シフト). A word in
		// full-width katakana (スキップ) is a word, kept as typed.
		f = loanwords.Replace(jatext.FoldKana(f))
	}
	if noKanji(f) {
		// おかあさんきてくれて いっしょにいる: a few words the patterns
		// spell in kanji, as a writer who uses no kanji types them.
		f = kanaWords.Replace(f)
	} else if strings.Contains(f, "しごと") || strings.Contains(f, "きゅうじん") {
		// はままつ で しごと みたい。工場 にっきん だけ: work asked for in
		// kana by a writer who knows a few kanji (general set 180, round
		// 48).
		f = jobKana.Replace(f)
	}
	if hasVoiced(f) {
		f = voiced.Replace(f)
	}
	return folded(f)
}

// hasVoiced reports whether f may hold a word voiced spells: a Replacer
// allocates even when it replaces nothing, and most messages hold none.
func hasVoiced(f string) bool {
	return strings.Contains(f, "いで") || strings.Contains(f, "いだ") || strings.Contains(f, "せで") || strings.Contains(f, "えで") || strings.Contains(f, "だがら") ||
		strings.Contains(f, "けねが") || strings.Contains(f, "けねか") || strings.Contains(f, "けろ")
}

// voiced are the voiced て and た of Tohoku speech (話聞いでもらって落ち
// 着いだ、大丈夫だがら), in the words the patterns know, read as they spell
// them: no standard word is spelt so.
var voiced = strings.NewReplacer("聞いで", "聞いて", "きいで", "きいて", "着いだ", "着いた", "着いで", "着いて", "だがら", "だから",
	// 見せでけろ, 見せでけねが, 探してけねが: show me, find me, won't you.
	"探してけねが", "探してくれない?", "探しでけねが", "探してくれない?", "探してけろ", "探してください", "探しでけろ", "探してください",
	"見せでけねが", "見せてくれない?", "見せてけねが", "見せてくれない?", "見せでけねか", "見せてくれない?", "見せでけろ", "見せてください", "見せてけろ", "見せてください",
	"見せで", "見せて", "教えで", "教えて", "書いだ", "書いた")

// halfWidthAsHiragana is f, the fold of s, with the katakana s typed in
// half width read in hiragana. Fold keeps every rune but the spaces and
// joins a half-width kana with its sound mark, so the two are walked
// together.
func halfWidthAsHiragana(f, s string) string {
	var b strings.Builder
	src := []rune(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, strings.ReplaceAll(strings.TrimSpace(s), "\u3000", "、")))
	i := 0
	for _, r := range f {
		half := i < len(src) && src[i] >= 0xFF66 && src[i] <= 0xFF9D
		if half {
			r = jatext.FoldKanaRune(r)
		}
		b.WriteRune(r)
		i++
		if half && i < len(src) && (src[i] == 0xFF9E || src[i] == 0xFF9F) {
			i++ // the sound mark Fold joined to the kana
		}
	}
	return b.String()
}

// romajiStops are a romaji message's stops as Japanese writes them
// (nanimo shinai. yakusoku suru).
var romajiStops = strings.NewReplacer(".", "。", ",", "、")

// isEmoji reports whether r is part of an emoji or a pictograph as typed
// (🙏, ✨, 😇, ♪, a skin tone, the variation selector or joiner between).
func isEmoji(r rune) bool {
	return unicode.Is(unicode.So, r) || unicode.Is(unicode.Sk, r) && r >= 0x1F3FB || r == 0xFE0F || r == 0x200D
}

// halfWidthKana reports whether s holds half-width katakana (ｼﾌﾄ).
func halfWidthKana(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return r >= 0xFF66 && r <= 0xFF9D }) >= 0
}

// noKanji reports whether s holds no kanji.
// spacesAsPauses writes 、 for each run of half-width spaces that closes
// a clause before a Japanese word; other spaces go.
func spacesAsPauses(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		if s[i] != ' ' {
			b.WriteByte(s[i])
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] == ' ' {
			j++
		}
		after, _ := utf8.DecodeRuneInString(s[j:])
		if clauseEnd(s[:i]) && japaneseWord(after) {
			b.WriteString("、")
		}
		i = j
	}
	return b.String()
}

// japaneseWord reports whether r is a letter or digit outside ASCII: a
// space next to one parts Japanese words, not English ones or a stop.
func japaneseWord(r rune) bool {
	return r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsNumber(r))
}

// clauseEnd reports whether a space after s closes a clause: after the
// kana ending a verb or a sentence (何もせん 寝る, 帰ってくるし 何もせんよ)
// or a word said as one (ありがと, ほんとに大丈夫), not after a noun or a
// particle, where a space only parts the words of one clause (残業少ない
// 会社 紹介して, 病院とか ある？).
func clauseEnd(s string) bool {
	for _, w := range [...]string{"ありがと", "大丈夫", "平気", "無理", "安全", "限界"} {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	if r < 'ぁ' || r > 'ゖ' {
		return false
	}
	switch r {
	case 'を', 'が', 'に', 'へ', 'で', 'と', 'は', 'も', 'の', 'か', 'や':
		return false
	}
	return true
}

func noKanji(s string) bool { return !jatext.HasKanji(s) }

// kanaOnly reports whether s holds katakana and no hiragana or kanji:
// typed on a half-width keyboard, or for effect.
func kanaOnly(s string) bool {
	kana := false
	for _, r := range s {
		switch {
		case r >= 'ァ' && r <= 'ヶ':
			kana = true
		case r == 'ー' || r == '・' || r == '。' || r == '、' || r == '「' || r == '」' || r < 0x3000 || r >= 0x1F000 || r >= 0xFF00 && r <= 0xFF20:
		default:
			return false
		}
	}
	return kana
}

// loanwords are the katakana words the patterns spell in katakana, back
// from hiragana.
// partTime is バイト typed in hiragana.
var partTime = strings.NewReplacer("あるばいと", "アルバイト", "ばいと", "バイト")

var loanwords = strings.NewReplacer("ふる在宅", "フル在宅", "ふるりもーと", "フルリモート", "ふるたいむ", "フルタイム", "さんきゅー", "サンキュー", "あるばいと", "アルバイト", "ばいと", "バイト", "ぱーと", "パート", "しふと", "シフト", "えーじぇんと", "エージェント",
	"りもーと", "リモート", "てれわーく", "テレワーク", "こんびに", "コンビニ", "すーぱー", "スーパー", "かふぇ", "カフェ", "めーる", "メール",
	"ちゃっと", "チャット", "ぼーなす", "ボーナス", "はろーわーく", "ハローワーク", "ぶらっく", "ブラック", "ぱわはら", "パワハラ")

// jobKana are the words of an ask for work, in the kana a writer who
// knows few kanji types them.
var jobKana = strings.NewReplacer("しごと", "仕事", "きゅうじん", "求人", "みせて", "見せて", "さがし", "探し", "みたい", "見たい")

// kanaWords are words the patterns spell in kanji, from the kana a writer
// who uses no kanji types them in: only words no other reading shares
// (not かれし, which is in つかれしんどい).
var kanaWords = strings.NewReplacer("いっしょに", "一緒に", "おかあさん", "お母さん", "おとうさん", "お父さん", "ともだち", "友達", "かぞく", "家族",
	"でんわ", "電話", "やくそく", "約束", "きてくれ", "来てくれ", "いもうと", "妹", "おねえちゃん", "お姉ちゃん", "おにいちゃん", "お兄ちゃん",
	"となりに", "隣に", "こんやは", "今夜は", "きょうは", "今日は",
	// しごと みせて, ちがう しごと さがしたい: a request for listings
	// typed a word at a time (care set 207, round 37).
	"しごと", "仕事", "みせて", "見せて", "さがし", "探し", "じむ", "事務", "はけん", "派遣", "かいご", "介護",
	// えいご つかえる ところ は?: English asked of the cards (general set
	// 180, round 48).
	"えいご", "英語",
	// そういう いみ じゃない: the correction typed a word at a time.
	"そういういみ", "そういう意味", "いみじゃな", "意味じゃな", "いみちゃう", "意味ちゃう", "じっか", "実家",
	// むすこ かえってきた: someone home again (care set 218, round 38).
	"むすこ", "息子", "むすめ", "娘", "かえってきた", "帰ってきた", "かえってきて", "帰ってきて",
	// おっと おきてきた。そばにいる: the husband up and near.
	"おっと", "夫", "おきてきた", "起きてきた",
	// いちばんうえのやつ きゅうりょういいね: a card's pay, remarked on.
	"きゅうりょう", "給料", "じきゅう", "時給")

// asks reports whether f asks something: a question's ending or mark.
func (in *intents) asks(f folded) bool {
	return f.is(in.listen.question) || strings.ContainsAny(string(f), "?？")
}

// is reports whether re matches the folded message.
func (f folded) is(p *pattern.Pattern) bool { return p.MatchString(string(f)) }

type intents struct {
	jobs, jobsNo, human, withdraw, more, widenArea, widenEmployment, widenPay *pattern.Pattern
	// peopleWork is work with people in it (人と話せるお仕事, 人と接する
	// 仕事), a wish for listings, not an ask for a person.
	peopleWork *pattern.Pattern
	// jobsTalk names a listing as a thing talked about (求人票には残業月10
	// 時間って書いてあった): no ask for listings unless jobsShow asks too.
	jobsTalk, jobsShow *pattern.Pattern
	// notAsk is the ask's words in another sense: someone who does not
	// teach the work (仕事を教えてくれない先輩), a how-to (求人広告の書き方),
	// a doubt (この歳で次の仕事があるかどうか).
	notAsk *pattern.Pattern
	// askPlace asks for a place to turn to, not a workplace (パートでも相談
	// できるとこある？).
	askPlace *pattern.Pattern
	// shared and cancel are questions about the handover to a recruiter:
	// what reaches them, and whether it can be called off.
	shared, cancel *pattern.Pattern
	// research asks for the cards again with other conditions (探し直して,
	// 〜だけに絞って, 〜に変えて見せて).
	research      *pattern.Pattern
	another, back *pattern.Pattern
	// annoyed is the person cross at being asked again (だから大丈夫って
	// 言ったじゃん): an apology, not a menu of topics.
	annoyed              *pattern.Pattern
	skip, leave, yes, no *pattern.Pattern
	phone                *pattern.Pattern
	contact              *pattern.Pattern
	// noContact: not to be handed to anyone yet (まだ担当の人に連絡いくの
	// はイヤ, まだ誰かに連絡とかはしないでください).
	noContact *pattern.Pattern
	care      careIntents
	urgent    urgentIntents
	listen    listenIntents
	answer    answerPatterns
}

func newIntents() *intents {
	return &intents{
		jobs: pattern.MustCompile(`(とこ|ところ|会社|求人)も(見たい|見てみたい)(です|な|かも|んだけど|んですけど)?[。!！〜w]*$|(仕事|しごと|求人|バイト|パート)[、, ]+(見たい|みたい|見せて|みせて)(です|ください)?([。!！、,]|$)|^(見せて|見して|みして)+(ください|下さい|ほしい|くれ|ちょうだい|よ|や)?[!！。w〜🙏]*$|(仕事|求人|バイト|パート)(を|も)?みたい[!！。w〜🙏]*$|(仕事|求人|バイト|パート)(も|が|とか)?(あったら|あれば)(見たい|みたい|見せて|みせて|見せてほし|教えて)|(在宅|リモート|テレワーク|日勤|夜勤なし|夜勤のない|土日休み|正社員|残業なし|残業少な)[^。?？]{0,8}(とこ|ところ|職場|会社|仕事|バイト|パート)(を)?(探したい|さがしたい|探そうかな|さがそうかな)|(showme|findme|lookingfor|searchfor|canisee|couldisee|anyjobs|anyopenings|recommend)[^.?。]{0,40}(jobs?|openings?|positions?|listings?|vacanc)|^any[a-z]{0,24}(jobs|openings|positions|listings|vacancies)|(jobs?|openings?|positions?|listings?)[^.。]{0,30}(showme|sendme|findme)|求人|きゅうじん|きゅじん|(仕事|しごと|職場|会社|転職先|再就職先|就職先|勤め先|働き先|案件|働き口|働ける所|働けるところ)(を|が|って|は|も)?(紹介|(探して|さがして)(ほし|欲し|くださ|下さ|くらさ|もらえ|くれ|よ|ね|[!！?？。]|$)|探したい|見つけたい|見たい|見ておきたい|見ときたい|見てみたい|ありますか|ございますか|ありませんか|ございませんか|ある\?|ない\?|教えて)|(仕事|しごと|求人|バイト|パート|アルバイト|働き口|職場|案件|系)(って|とか|とかって)` + askedThereIs + `|おすすめの(仕事|会社|職場)|どんな(仕事|会社)があ|(とこ|ところ|所|何か|なにか|なんか)(を)?(探して|さがして)(みて)?(いただけ|いただき|もらえ|くれ|ほし|欲し|くださ|下さ)|(仕事|しごと|求人|働き口|再就職先|就職先|転職先)[^。]{0,12}(見せて|みせて)(ほし|欲し|ください|くださ|もらえ|くれ)|(職|勤務|夜勤|日勤|土日|残業|時短|在宅|リモート|正社員|パート|バイト|未経験|週[0-9一二三四五])[^。?]{0,10}(とこ|ところ)(って|は|とか)?(ある|あります|ない)|(日勤|夜勤なし|夜勤のない|夜勤がない|土日休み|残業なし|残業のない|残業少な|在宅|リモート|時短|週休|週[0-9一二三四五]|未経験|正社員|パート|バイト|短時間)[^。?]{0,8}(仕事|職場|求人|とこ|ところ|働き口|会社|美容室|サロン|お店|病院|クリニック|施設|保育園|工場|倉庫|ホテル|事務所)(って|は|とか|が|も)?(ある|あります|ない)(のかな|かな|\?|ですか|の\?|んですか|やろか|やろ|かね|$)|^(うん|はい|ええ|おう|じゃあ|じゃ)[、,]?(見てみたい|見たい|見せて|みたい|見る)([!！。w〜]|$)|(とこ|ところ|仕事|職場|会社|案件|転職先|働き先|応募先)[^。?]{0,8}(見せて|見せで|見して|みして)(ほしい|欲しい|ください|下さい|くれる|くれます|くれませんか|くれない\?|くれん\?|くれへん\?|もらえ|よ|ね|な|や|けろ|ちょうだい|[。!！?〜~、,🙏]|$)|(いい|良い|合う|向いてる|できる)(仕事|働き口|職場)(って|は|が)?(ないかな|ないですか|ありますか|あるかな|ない\?|ある\?)|(施設|会社|職場|仕事|求人|働き口|勤め先|バイト|パート|アルバイト|正社員|契約社員)[^。?]{0,20}(見せて(ほしい|欲しい|ください|下さい|くれる|くれます|くれませんか|くれない\?|くれん\?|くれへん\?|もらえ|いただけ|頂け|ちょうだい|よ|ね|な|や|[。!！?〜~、,]|$)|見てみたい)|(求人|仕事|バイト|パート|アルバイト)(を|が|も)?見たい|(バイト|パート|アルバイト|派遣|仕事|正社員|求人)[^。?]{0,12}(探して|さがして|見つけて|紹介して)(みて)?(ほしい|欲しい|ください|下さい|くれ|もらえ|お願い|おねがい|🙏|けろ|ちょうだい|ちょ|や[。!！]*$|よ[。!！]*$|[やよ][、,]|[。!！〜wー~\p{So}]*$)|(バイト|パート|アルバイト|求人|働き口)(を|も)?(教えて|おしえて)|(る|い|な|で|ええ)(バイト|パート|アルバイト|求人|仕事|働き口|単発|短期|スポット)(って|は|とか|が|も)?(ある|あります|ない)(\?|かな|ですか|の\?|ん\?|んか\?|$)|(何か|なんか|どこか|どっか)(いい|良い)(とこ|ところ|会社|職場|仕事)(知らない|しらない|知ってる|ない\?|ある\?)|(あれば|あったら)[^。?]{0,4}(見たい|見てみたい|見せて|見せで|見して|みして|紹介して)|(とこ|ところ|職場|会社|仕事)を?(探して|さがして)($|[。!]|ほしい|欲しい|ください|くれ|もらえ|お願い)|(とこ|ところ|求人|案件)を?(お願いします|おねがいします|お願いできますか)|^(やっぱり|やっぱ|じゃあ|じゃ|では)[、,]?(見てみたい|見たい|見せて)|(パート|バイト|アルバイト|正社員|派遣|契約社員)(の仕事|の求人)?(って|は)[^。?]{0,8}(ありますか|ある\?|ないですか|ないかな)|(パート|バイト|アルバイト|仕事|正社員|派遣)(って|は)?(ある|あります|ない)\?(見せて|見せで|見して|みして|教えて)|(仕事|しごと|職|働き口|働き先|勤め先|転職先)を?(探して|さがして)(る|いる|います|ます)(んだ|んです|の)?(けど|けれど|が)[、,]?[^。?]{0,8}(ある|あります|ない)|(どこか|どっか)[^。?]{0,4}(雇って|やとって|雇うて)(くれる|くれ|もらえる)|(転職サイト|求人サイト)(みたいな|的な|っぽい)(の|もの|やつ)(って|は)?(ある|あります|ない)|(とこ|ところ|職場|会社)で(仕事|しごと|職)を?(探して|さがして)(る|いる|います)|(事務職|営業職|技術職|専門職|販売職|介護職|看護職|保育職|職種|の仕事|求人|案件)(って|は|とか|が|も)?(ありますか|あります\?|ある\?|ないですか|ないかな)|(バイト|パート|アルバイト|仕事|しごと|求人|正社員|派遣|スタッフ)[^。?]{0,4}(探して|さがして)(る|います|ます)[、,][^。?]{0,24}(だと|なら|であれば|があれば|だったら)(最高|うれしい|嬉しい|いい|助かる|ありがたい)|(バイト|パート|アルバイト|仕事|しごと|求人|正社員|派遣|スタッフ)[^。?]{0,4}(探して|さがして)(る|います|いる|ます)(んだ|んです|の|んよ|ねん|んや)?(よね|よ|ね)?[。!！w笑〜]*$|(とこ|ところ|トコ|トコロ|会社|職場|仕事|求人|働き口|募集|バイト|パート)(を|も|とか)?(教えて|おしえて)(ほしい|欲しい|ください|下さい|くれ(る|ます|ませんか)?[?]?$|くれん|くれへん|もらえ(る|ます)|よ|ね|な|[!！。?〜w]|$)|(とこ|ところ|会社|職場|求人|働き口|募集)(を|も|とか)?(知りたい|しりたい)|(とこ|ところ|仕事|職場|会社|バイト|パート)[^。?]{0,4}(探して|さがして)(る|ます|います)(んだ|んです|の|っちゃ|ねん|んや|んよ)?(けど|けれど|けん|っちゃけど)?[。!！w〜]*$|(働き口|求人|募集|仕事|会社|職場|とこ|ところ|単発|短期|スポットバイト)(って|は|とか|が|も)?[、,]?(ない|ある|あります)(かな|かなあ|かなぁ|かね|\?|ですか|か[^ら]|か$|の\?|と\?|べか|やろか|$)|(会社|職場|とこ|ところ|仕事|求人|働き口)[^。?]{0,4}((知らない|しらない|知ってる)\?|知りませんか|ありませんか|ないですか)|(仕事|求人|とこ|ところ|会社|職場|バイト|パート|募集|働き口)[^。?]{0,8}(あったら|あれば)[^。?]{0,4}(知りたい|しりたい|教えて|おしえて|送って|ほしい|欲しい)|(探して|さがして)(る|いる|います|ます)(んだ|んです|の)?(けど|けれど|が)[、,]?[^。?]{0,8}(ある|あります|ない)\?|(バイト|パート|アルバイト|仕事|しごと|求人|正社員|派遣)[^。?]{0,4}(探しと(る|ります|ん)|探しよ(る|ります)|探しちょる|探しとう|探してん)|(仕事|求人|転職先|職|働き口|バイト)[^。?]{0,6}(探す|さがす|探し|見つける)[^。?]{0,4}(手伝って|てつだって|手伝い|協力して)|(の|やつ|もの|とこ|ところ)も(見せて|みせて|見して|みして|出して|だして)(ほしい|欲しい|ください|下さい|けろ|くれ[。!！]*$|くれる\?|くれない\?|くれへん\?|くれん\?|くれませんか|もらえ(る|ます)|いただけ|いただき|頂け|よ|ね|な|や|[。!！?〜~、,w✨\p{So}]|$)|やつ(を)?(見せて|みせて|見して|みして|出して|教えて|紹介して)(ほしい|欲しい|ください|下さい|くれ|もらえ|よ|ね|な|や|[。!！〜w✨\p{So}]|$)|(バイト|パート|アルバイト|求人)を?(出して|だして)(みて|ほしい|欲しい|ください|下さい|くれ|もらえ|や|よ|[。!！〜w]|$)|(らへん|ら辺|辺り|あたり|付近|近く|沿い|駅前|界隈)で[^。?]{0,30}(バイト|パート|アルバイト|仕事|求人)[^。?]{0,4}(ある|あります|ない)(\?|かな|ですか|の\?|$)` +
			// Whether there are any, to be looked at (軽作業ないか見してくれへん？)
			// or asked in dialect (土日休みのパートあるっちゃ？) — round 33,
			// general 108.
			`|(ない|ある)か(見して|みして|見せて|みせて|探して|さがして|調べて)(くれ|ほしい|欲しい|もらえ|ください|下さい|ちょうだい|[?？!！。〜]|$)` +
			`|(パート|バイト|アルバイト|求人|仕事|働き口|正社員|派遣)(って|は|とか|が|も)?(あるっちゃ|あると|あるけ|あるべか|あっか|あるん|あんの|ありますか)[?？]` +
			// A search asked for as a favour, in any register (round 33,
			// general 109): 働けるとこ、大阪市内で探してもろたら嬉しい,
			// 介護事務の仕事、見せてもろてもええ？, パートのお仕事をいくつか
			// 拝見できますと幸いです, 短時間の仕事にどんなのがあるか、見る
			// だけ見ておきたい, 時短okなとこ見てみたいかも.
			`|(仕事|しごと|求人|とこ|ところ|バイト|パート|アルバイト|働き口|案件)[^。?？]{0,16}(探して|さがして|見せて|みせて|見して|紹介して)(もろ|もら|いただ|頂)(たら|えたら|えると|ても|えませんか|えます|けたら|けると|けます)` +
			`|(仕事|しごと|求人|とこ|ところ|バイト|パート|アルバイト|働き口|案件|職)[^。?？]{0,16}(拝見|見るだけ見|見ておきたい|見ときたい|見てみたいかも|見てみたいです|見てみたいな)` +
			// 祇園のあたりでもうちょっと探してみて: a place to search, no noun.
			`|(らへん|ら辺|辺り|あたり|付近|近く|周辺|方面|沿い|駅前|の方|のほう)(で|も)[^。?]{0,10}(探して|さがして)(みて|ほしい|欲しい|ください|下さい|くれ|もらえ|[。!！〜]|$)` +
			// 資格を活かせるのある？, 観光案内とか土産物屋さんみたいなんない？
			`|(活かせる|いかせる|生かせる|使える)(の|ん|やつ|とこ|ところ|仕事|職場|求人)(って|は|とか)?(ある|あります|ない|ねえ|ねぇ)(\?|かな|ですか|の\?|$)` +
			`|(みたいな|ような|っぽい)(の|ん|やつ|とこ|ところ|仕事|求人)(って|は|とか|も)?(ある|あります|ない|ねえ|ねぇ)(\?|かな|ですか|の\?|$)` +
			// 土日休みの事務とかも見せて, 営業以外も見てみたい, ルート配送とかもありなら見せて
			`|(とか|など|なんか|以外)も?(見せて|みせて|見して|みして)(ほしい|欲しい|ください|下さい|くれ|もらえ|よ|ね|な|や|[。!！〜w🙏\p{So}]|$)` +
			`|以外(も|の)(見て?みたい|見たい|見せて|みせて)` +
			`|(あり|ある|あん)なら[^。?]{0,4}(見せて|みせて|見して|みして|見たい|教えて)` +
			// 人と話せるお仕事を探しています。受付とか; 9時から15時くらいで働
			// けるパートを探してます。見せてもらえますか
			`|(仕事|しごと|求人|バイト|パート|アルバイト|働き口|勤め先)を?(探して|さがして)(います|ます|おります)[。!！]` +
			// じゃあ夜勤のバイトお願い🌙, じゃ時給1200円以上のカフェ系ある？☕:
			// listings asked for in a few words once care has ended (care
			// set 296, round 52).
			`|(仕事|しごと|求人|バイト|パート|アルバイト)(を|の)?(お願い|おねがい|頼む|たのむ)(します|しまーす|できる|できます)?[。!！〜ー🙏\p{So}]*$` +
			`|[^\s。?]{2,8}系(の)?(バイト|パート|仕事|求人|とこ)?(って|は|とか|も)?(ある|あります|あるかな|ない|ありますか)([?？]|かな|ですか)[\p{So}]*$` +
			// 仙台市で週3日程度の事務のお仕事をご紹介いただけますか (care set
			// 305, round 52)
			`|(仕事|求人|働き口|勤め先|職場|案件)(を|の)?ご紹介(いただけ|いただき|頂け|ください|下さい|願え|お願い)` +
			// 浜松周辺で正社員の製造スタッフ、募集一覧をおねがい; 見せて。夜勤専従で
			// 探したい (care sets 299, 300, round 52).
			`|(募集|求人|仕事|しごと|バイト|パート|案件)(の)?[、, ]?(一覧|リスト)(を|で)?(お願い|おねがい|見せて|みせて|ください|下さい|ちょうだい|ほしい|欲しい|出して|出せる|だせる|見れる|見られる)` +
			`|^(見せて|みせて|見して|みして)(ください|下さい)?[。、,!！ ]+[^。?？]{0,16}(探したい|さがしたい|探して|さがして|がいい|希望)` +
			// 埼玉か群馬で正社員のしごとさがしてる　倉庫でもいい
			`|(仕事|しごと|求人|バイト|パート|アルバイト|働き口)[^。?]{0,4}(探して|さがして)(る|います)[、,][^。?]{0,12}(でもいい|でもええ|でも大丈夫|でもok|でもかまわ|が希望|がいい|がええ)` +
			// 岡崎市で日勤、寮ありのやつ探して見せて
			`|(やつ|とこ|ところ|もの)(を)?(探して|さがして)(見せて|みせて|ほしい|欲しい|ください|下さい|くれ|もらえ|[。!！〜]|$)` +
			// 名古屋で営業の求人を見てもいいですか: leave asked to look.
			`|(求人|仕事|しごと|バイト|パート|募集)(を|も)?(見て|みて|見せてもらって)も(いい|ええ|大丈夫|よろしい)` +
			// 仕事、ねえべか (東北)
			`|(仕事|求人|働き口|とこ|ところ|会社|職場)(って|は|とか|が|も)?[、,]?(ねえ|ねぇ)(べか|か|かな|\?|$)` +
			// それ活かせる仕事、一覧で見たい; 夏のインターンの募集って見れる？;
			// 経理の仕事 探して見せてちょ (名古屋)
			`|(仕事|しごと|求人|募集|バイト|パート)[、,]?(を)?(一覧|リスト)(で|に|を)?(見たい|みたい|見せて|みせて|見れる|見られる|ほしい|欲しい|出して|だして)` +
			`|(求人|募集|仕事|しごと|バイト|パート|インターン)(って|は|も|とか)?(ここで|ここでも)?(見れる|見られる|みれる|見れます|見られます|見れますか|見られますか)(\?|？|の|かな|ん|$)` +
			`|(仕事|しごと|求人|バイト|パート)(を)?(探して|さがして)(見せて|みせて|見して|みして)` +
			// 未経験OKの営業事務、都内で探してみて！: a try asked of Akari at
			// the end, with the work named before it.
			`|(事務|営業|職|仕事|しごと|求人|バイト|パート|アルバイト|正社員|派遣|未経験|ok|OK)[^。?？]{0,16}(探して|さがして)(みて|みてよ|みてください|みて下さい|みてくれ|みてもらえ)[!！。〜～w🙏]*$` +
			// 電話対応なしの仕事、何件か出してもらえますか
			`|(仕事|しごと|求人|バイト|パート|募集)[、,]?(を)?(何件か|なんけんか|いくつか|何個か|少し|ちょっと|いくらか)(出して|だして|紹介して)`),
		// "求人はまだいい", "求人はいらない", "求人は見たくない"
		jobsTalk: pattern.MustCompile(`求人に[^。?？]{1,12}(書いて|書かれ|かいて|載って|のって|あって|あっても)|求人(票|広告|誌|サイト|媒体|情報|内容|の内容|の条件|に(書|載|出て|応募)|で(見|読)|と(違|ちが|実際|全然)|を?(出し|出す)|を見て応募|出して(る|い))|求人(って|は|が|も)[^。?]{0,12}(ばっか|ばかり|ばっかり|だらけ|多い|多くて|少ない|少なくて|怪しい|信用)` +
			// 寮付きの求人って、家賃とか光熱費はどうなってることが多いですか
			`|求人(って|は)[、,]?[^。?]{0,24}(どうなって|なってることが多|が多いの|普通は|一般的|相場|なんで|なぜ|どういう仕組み)` +
			// 警備の求人って、未経験でもいける？: whether such work takes them.
			`|求人(って|は)[、,]?[^。?]{0,12}(いける|行ける|大丈夫|できる|採用される|受かる|通る)(\?|？|の|かな|ですか|もん|やろ)`),
		askPlace:   pattern.MustCompile(`(相談|そうだん|話を聞いて|話せる|はなせる|聞いてもらえ|頼れる|駆け込め|通報|訴え|助けてもらえ|勉強|学べ|学習|習え|練習でき|訓練|講座|教われ)[^。?]{0,6}(とこ|ところ|場所|窓口|先)|相談(を|が)?(無料|タダ|ただ|匿名|気軽|個別|オンライン)で?(でき|受けられ|乗ってもらえ)[^。?]{0,2}(とこ|ところ|場所|窓口|先)`),
		notAsk:     pattern.MustCompile(`(ある|あります|ない)(の)?かどうか|(相談|そうだん)[^。]{0,30}(土日|夜|平日|週末|日曜)[^。]{0,8}(やってる|開いてる|あいてる|受け付けてる|対応してる)(とこ|ところ|所)|(求人|求人票|募集)(を)?(見る|みる|読む|よむ|探す|さがす)(とき|時|際|ときは|時は|際は|ときに|時に|うえで|上で)|(落ち着いたら|おちついたら|落ち着いてから|そのうち|いずれ)[^。見み]{0,16}(探したい|さがしたい|探そう|さがそう|探すつもり|考えたい)[^見み求探]*$|(落ち着いたら|おちついたら|落ち着いてから|そのうち|いずれ)[^。?求]{0,20}(見てみたい|見たい|見てみよう|みてみたい)(です|な|かな|と思います|と思う)?[。!！〜…]*$|(探して|さがして)(みます|みよう|みようかな|みるわ|みる)[。!！〜…]*$|^[^求見探紹]*(どんな|どういう)(の|もの|仕事|職種|働き方)が(ある|あります)(かな|\?|ですか|の\?|んかな|やろ)?[。!！?〜…]*$|(影響|問題|デメリット|メリット|リスク|違い|差|制限|上限|不利|損|罰則|ペナルティ|支障)(は|が|って|とか|も)?(ない|ある|あります|ありません|出る|でる)(の|ん)?(ですか|かな|\?|でしょうか|$)|(紹介され|勧められ|すすめられ|応募した|受けた|落ちた|断った)[^。?？]{0,4}求人[^。?？]{0,6}(を|は)?(断|辞退|蹴|受け|どう)|求人(を|は)?(断っ|断る|断り|辞退)|(派遣会社|派遣元|エージェント|ハローワーク|ハロワ|紹介会社|前の会社|会社)(から|が|って|は|に)[^。?？]{0,14}(紹介して|紹介され|紹介を|紹介し)(もらえる|もらえます|くれる|くれます|くれない|もらえない|くれる|もらえ)|(派遣会社|派遣元|エージェント|ハローワーク|ハロワ|紹介会社|会社|担当|営業)(から|が|って|は)[^。?？]{0,14}(探して|さがして|見つけて)(くれる|くれます|もらえる|もらえます)(もん|もの|ん|の|んです|のか|か|義務|ぎむ|決まり|きまり|ルール)|(義務|ぎむ|決まり|きまり|ルール|法律)(とか|って|は|が|も)?(ある|あります|ない|あり)(ん|の|と)?(\?|ですか|でしょうか|かな|か|$)|働き方(って|は)[^。?]{0,12}(ある|あります)(の|と|ん)?(\?|ですか|かな|$)|(方法|やり方|コツ|こつ|対策|工夫)(って|は|とか|が)?(ある|あります|ない|教えて)|(派遣会社|派遣元|エージェント|紹介会社|担当|営業)(の人|の担当|さん)?(が|は|から)[^。?？]{0,14}紹介(する|します|してくれる|するって|しますって|してくれるって)(って|と)?(言|い)|(どう|どうやって|どうやれば)(計算|算出|出す|出せば|求め)|(安く|低く|高く|少なく|多く)(ない|ねえ|ない\?)(かな|ですか|よね|の|か|べ|\?)|(探したい|探してる|探している|探しています|探しとる)(けど|けれど|んだけど|んやけど|んですけど|のに)[、,]?[^。?？]{0,24}(合わ(ない|ん|へん|なくて)|でき(ない|ん|へん)|無理|むり|難しい|むずかしい|見つからな|見つからん)(と|んよ|んだ|のよ|です|よね|し|くて)?[。…!！]*$|(過ぎたら|すぎたら|超えたら|こえたら|になったら|歳で|にもなって)[^。?]{0,8}(求人|仕事|働き口)(なんか|なんて|なんぞ)[^。?]{0,4}(ない|ねえ|ねぇ|あらへん)(んか|のか|んやろ|やろ|よな|よね|んだろ|だろ|わ)|見分け(方|る|られ)|見極め(方|る|られ)|(学校|スクール|講座|職業訓練|訓練校|教室)(みたいな|みたいの|とか)?(の|もん|もの|ところ|とこ)?(って|は|が)?(ある|あります|ない)|(書いて|かいて|載って)(ある|あります|あった)|(この|こん|その)(中|なか)で|教えて(くれない|くれなくて|くれなく|くれへん|くれなかった|くれん[。、!！]|くれんくて|もらえない|もらえなくて|もらえへん|もらえなかった|もらってない)|書き方|作り方|出し方|見方|読み方|探し方|(どこ|どうやって|何|なに)(で|から)?(探せ|さがせ)|(どうやって|どうやったら|どう|どこで)(探す|さがす)(の|のが|んが|のって|んですか|んですか|べき|と)|見ても([^いえよ大]|$)|みても([^いえよ大]|$)|ピンと(こ|来)ない[^。?…]*$|(協定|就業規則|規則|契約書|書類|明細|証明書|記録|タイムカード|名簿|評価)[^。?]{0,10}(見せ|みせ)|(って|と)(書いて|書かれて|載って|のって)(ある|あります|る|い)`),
		jobsShow:   pattern.MustCompile(`出して(みて|もらえ|ほしい|欲しい|ください|下さい|くれ|ちょう|ちょうだい|け|けろ|や|よ|な|ね|[!！。〜～~ーw]|$)|見せて|みせて|見して|みして|見たい|見てみたい|紹介して|探して|さがして|ありますか|ある\?|ない\?|教えて`),
		jobsNo:     pattern.MustCompile(`(今日|きょう|今|いま|今夜|今は)は?(見|み)なくて(いい|ええ|大丈夫|平気)[^。?]{0,10}(そのうち|いつか|今度|また|落ち着いたら|あとで|後で)|求人[^。?]{0,8}(早い|はやい|早すぎ)|(今日|きょう)は(もう)?いいや|(求人|きゅうじん)(は|とか|なんて)?(まだ(いい|大丈夫|いらな|要らな|見な|見たくな|考え|早|先)|いい|いらな|要らな|見たくな|見なくて|大丈夫|けっこう|結構)|求人[^。]{0,30}(見たくない|見たくありません|いらない|要らない|紹介しないで|見せないで|出さないで|送らないで|プレッシャー)|求人(は|とか|も)?[^。?]{0,4}(あとで|後で|今度|また今度|落ち着いたら|そのうち)|(紹介しないで|見せないで|出さないで|送らないで)[^。]{0,10}求人|求人(に|の|で|って)[^。]{0,20}(禁止|違法|法律|制限|聞いた|本当|ルール|決まり)|求人[^。?]{0,8}(いらな|要らな|見たくな|見なくて|見なくても|見なくていい|見る気|興味ない|興味はない|まだいい|はいい|は大丈夫|も大丈夫|とかいい|は結構|はけっこう|はまだ)|(求人|転職先|次の職場)[^。?]{0,8}(送らなくて|見せなくて|出さなくて|紹介しなくて|見なくて)(大丈夫|いい|ok|平気)|求人[^。?]{0,6}(見るの|みるの)?(やめとく|やめておく|やめます|はやめ)|求人[^。?]{0,6}(見たいわけじゃ|見たいわけでは|見たい訳じゃ|見たい訳では)|(次の|つぎの|新しい)(仕事|職場|会社)(は|とか|なんて)?(まだ)?(考えられな|考えたくな|探す気|探せな|いらな)|求人[^。?]{0,8}(いらん|要らん|いらへん|要らへん|いらね|要らね|いりません|要りません|見いひん|見やん)|(転職|仕事探し|職探し)(は|とか|なんて)?(まだ|今は|いまは|全然)?(考えて(ない|いない|ません|へん|ねえ|ねぇ|ないし|ないから)|する気(は|も)?(ない|ありません|ねえ)|予定(は|も)?(ない|ありません))`),
		peopleWork: pattern.MustCompile(`(人|ひと)と(話|はな|接|関わ|かかわ)[^。?]{0,4}(仕事|しごと|職|とこ|ところ|バイト|パート|求人|職場|働き方)`),
		human: pattern.MustCompile(`(担当者|担当の(方|人)|人間|スタッフ|相談員|アドバイザー|エージェント|コンサルタント|リクルーター|人の方|本物の人|プロの(人|方)|専門家|専門の(人|方)|詳しい(人|方)|くわしい(人|方))(の方|の人|さん)?(と|に)(直接)?(お)?(話|相談|つな|繋|紹介(して|し|を|お願|頼|でき|可能|ください|下さい)|連絡|代わ)|(人間の担当者|人間のスタッフ|担当者|担当の(人|方))[^。?]{0,4}(って|は)?(いますか|いる\?|いるの|おる\?|おりますか|いるん\?|おるん\?|おらん\?|いらっしゃいますか|いらっしゃる\?|おられますか)|(担当者|担当の(人|方)|担当さん)(に|から)?[^。?]{0,6}(電話|連絡)[^。?]{0,2}(もらえ|ください|下さい|ほしい|欲しい|してもらえ|くれ)|(^|[。、,!！?？ ]|じゃなくて|じゃなく|より)(人|人間|誰か|だれか)と(話|はな)(したい|せる|せます|がしたい)|(人|担当者)につないで|(担当者|担当の(方|人)|人間|エージェント|スタッフ|相談員)[^?]{0,30}(つな|繋)(いで|げて|げる|いでもら|いでほし)|(誰か|だれか)(詳しい|くわしい)(人|方)(いる|いない|います|いませんか|おる|おらん)|(担当者|担当の(方|人))(さん)?(に|から)[^。?]{0,12}(進めて|すすめて|聞いてもら|きいてもら|お願いし|おねがいし|問い合わせ|確認してもら)` +
			// 転職エージェントの方から今週中にお電話をいただけるよう、手配
			// していただけると助かります (care set 297, round 52).
			`|(担当者|担当の(方|人)|担当さん|エージェント|アドバイザー|コンサルタント|リクルーター)(の方|の人|さん)?(から|より)[^。?]{0,8}(お)?(電話|連絡)[^。]{0,16}(いただけ|もらえ|手配|ほしい|欲しい|お願い)`),
		withdraw: pattern.MustCompile(`共有を?(やめ|止め|取り消|取消|解除|停止|撤回|しないで)|(登録|紹介|申し込み|申込)を?(取り消|取消|キャンセル|撤回|やめ)`),
		more:     pattern.MustCompile(`(^|[。!！、,])(ほか|他)に(も)?(ある|あります|ございます|あるん)(か|かな|です|\?|？|[。]|$)|^(もっと見る|ほかの求人|他の求人|ほかの候補|他の候補|次の求人|もっと見たい|ほかにもある\?|他にもある\?)|(ほか|他)にも(あれば|あったら|ある(なら|んなら|なら))[^。?]{0,8}(見せ|みせ|見して|見たい|教え)|もっと(見せて|みせて|見して|見たい|出して|ちょうだい)|もっと(ない|無い|ある|あります|ありません|ございません|ございます|ねぇ|ねえ|ねー|ね)(が|か|の|ん|と|っちゃ|かな|です|\?)|もっと(あれば|あったら)[^。?]{0,4}(見たい|みたい|見せて|みせて|見して)|^(ほか|他)(も|のも)(見たい|みたい|見てみたい|見せて|みせて)|(ほか|他)の(も|やつ|とこ)(も)?(ある|あります|ない)\?|(ほか|他)のも(見せ|みせ|見して|見たい)|もう(少し|ちょっと|ちょい)(見せ|みせ|見たい|見たか|みたい|みたか|出して|だして)|次の(5件|五件|候補)|showmemore|more(jobs|listings|openings|please)|anymore(jobs|listings)?\?|(see|show)(some)?(other|more)(jobs|ones|listings)|(ほか|他)にも[、,]?(見せ|みせ|見し|みし|出し|だし|紹介し|教え)|^(ほか|他)にも(ある|あります|ない|ございます)(か|の|ん|\?|[。!！]*$)|^もっと(ない|ある|あります|ありません|ございません)(か|の|ん|です|\?|[。!！]*$)|(^|[、,]|求人の|仕事の|パートの|バイトの|やつの|とこの|ところの|さっきの|前の|先ほどの)続き(を|も)?(頼む|たのむ|お願い|おねがい|見せ|みせ|見たい|出して|ちょうだい)|の続き(を|も)?(見せ|みせ|見たい|出して)`),
		shared:   pattern.MustCompile(`(担当|エージェント|リクルーター|アドバイザー|向こう|その人|相手の人|人間の人)[^。?]{0,24}(伝わ|共有さ|共有する|見られ|見える|知られ|行く|いく|渡|行っちゃ|いっちゃ|回さ|回る)[^。]{0,20}(\?|の|か|ん)|(何|なに|どこまで|どんな(こと|内容))[^。?]{0,8}(共有|伝わ)|共有される(の|内容)|(名前|会社名|職場|愚痴)[^。?]{0,16}(勝手に)?(伝わ|共有さ)`),
		cancel:   pattern.MustCompile(`(キャンセル|取り消|とりけ|取消)[^。?]{0,8}(でき|出来|できる|料|って|は|いい|ok|OK|可能)|断(って|っても|れ|わって)[^。?]{0,6}(いい|大丈夫|でき|ok|\?)|ことわれ|(やめ|辞め)(れる|られる|てもいい)[^。?]{0,4}(\?|の|よね|か)|辞退|(応募|面談)しない(と|とい|と駄目|とだめ)|応募しなきゃ|(絶対|必ず)[^。?]{0,4}応募|(相談|面談|話)[^。?]{0,16}(今の仕事|今の職場|今の会社|いまの仕事)[^。?]{0,6}(続け|残)[^。?]{0,10}(いい|大丈夫|ok)`),
		research: pattern.MustCompile(`(できれば|できたら|出来れば|出来たら|なるべく|なるたけ)[^。?？]{1,20}(で|が(いい|ええ|希望))[。!！、,]|(もの|やつ|とこ|ところ)で(お願い|おねがい|頼む|たのむ|探して|さがして)|(そっち|そちら|あっち|そういうの|そういうとこ|それ|これ)(の|系の)?(求人|やつ|とこ|ところ|仕事)?(も)(出して|見せて|みせて|見して|みして|探して|さがして|混ぜて|まぜて|入れて|いれて)|(そっち|そちら|あっち|そういうの|そういうとこ)(の|系の)?(求人|やつ|とこ|ところ|仕事)?(出して|見せて|みせて|見して|みして|探して|さがして)|(は|を)(除いて|のぞいて|抜いて|外して|はずして|除外して)(ください|下さい|いただけ|いただき|ほしい|欲しい|もらえ|くれ|[。!！]|$)|(探し|さがし)(直|なお)(して|せ|す|し)|(同じ|おなじ)(ような|よな|様な|くらいの|感じの)?条件で[^。?]{0,6}(見られ|見れ|みれ|探せ|さがせ|見せ|みせ|出せ|出し|ある|あります|お願い|おねがい|探し|さがし)|(さっき|先ほど|さきほど|前に|最初に)の[^。?]{1,20}(やつ|とこ|ところ|求人|仕事)[、,]?(を|も)?(見せ|みせ|見し|みし|出し|だし)|(jobs?|listings?|ones|openings?)[^.?。]{0,20}again|(求人|仕事|やつ|とこ|ところ|カード)[、,]?(を|も)?(もう一回|もう1回|もう一度|もっかい|もういっぺん|また)[、,]?(見せ|みせ|見し|みし|出し|だし|見たい|みたい|お願い|おねがい|頼む|たのむ)|(さっき|先ほど|さきほど|前|まえ|最初)(の|に)[^。?]{0,20}(もう一回|もう1回|もう一度|もっかい|もういっかい|もういっぺん|もう一遍|また)[、,]?(見せ|みせ|見し|みし|出し|だし|見たい|みたい|お願い|おねがい|頼む|たのむ)|(高い|たかい|いい|良い|多い|近い|ちかい|安い|やすい|少ない)(順|じゅん)(で|に)?(並べ|ならべ|見せ|みせ|出し|だし|お願い|おねがい|して|ソート)?|(並べ|ならべ)(直|なお)(して|せ|す|し)|(探し|さがし|出し|だし|見せ|みせ)直し|(の|もの|やつ|ところ|とこ|店|お店|会社|求人|職場)だけ(見せ|みせ|見し|みし|見たい|みたい|見てみたい|見られ|見れ|みれ|出し|だし|探し|さがし|教え|に|で[。!！〜w]*$)|条件に(追加|加えて|くわえて|足して|入れて)|(で|に|だけ|だけに|のみ|中心に)[^。?]{0,6}(絞って|絞り込|しぼって|絞れ|しぼれ)|(に|へ)(変えて|かえて|切り替えて|切りかえて)[^。?]{0,6}(見せ|みせ|探し|さがし|出し|もらえ|ください|くれ|ほし)|(だけ|のみ)に(して|してください|してほしい|してもらえ|できる|できます|できない)|(だけ|のみ)(で|に)(お願い|おねがい|頼む|たのむ|探して|さがして)|(条件|希望)を?(変えて|かえて|変えたい)|(で|に)(探して|さがして|出して|見せて)(ほしい|ください|もらえ|くれ(ない|る|ます|ませ|ん|へん|[?？!！。〜]|$)|!|！|。|$)|それで(出して|探して|見せて)|条件(で|でも)[^。?]{0,4}(探し|さがし|見せ|みせ|出し|だし)|(は|を)(外して|はずして|除いて|のぞいて|抜いて)[^。?]{0,6}(出し|だし|見せ|みせ|探し|さがし|もらえ|ください|くれ|ほし)|(広げて|ひろげて|広く|ひろく|緩めて|ゆるめて)[^。?]{0,8}(見せ|みせ|見れ|みれ|見られ|探し|さがし|出し|もらえ|ください|くれ|ほし|お願い|いただけ)|(やつ|もの|とこ|ところ)に(して|しといて|しとい|しよう|しろ|しといて)|(広げて|ひろげて)[。!！〜w]*$|条件を?(もう少し|もうちょい|もうちょっと|少し|ちょっと)?(緩めて|ゆるめて|広げて|ひろげて|緩くして|ゆるくして)|(くらい|ぐらい|以上|以内|以下|まで)の(に|やつに)して[。!！〜w]*$|(の|もの|やつ|ところ|とこ)だけ[。!！〜w]*$|(も|を)(入れて|いれて|含めて|ふくめて)(いい|ええ|ください|下さい|もらえ|いただけ|くれ|ほし|欲し|ok|大丈夫|お願い|みて)` +
			// 週3日までのものに限っていただけますか.
			`|(もの|の|やつ|ところ|とこ|求人)に(限って|かぎって|限定して)(ください|下さい|いただけ|もらえ|くれ|ほし|欲し|お願い|見せ|みせ|探し|さがし)` +
			// 残業少なめのとこだけってできますか; QAエンジニアでも探してみて.
			`|(だけ|のみ)(って|とか)?(できる|できます|できない|できません|出来る|出来ます|可能)` +
			// 医療事務に戻して、パートで; 夜間配送だけでもっかい探してもらえる？
			`|(に|へ)(戻して|もどして)|(だけ|のみ)(で|に)[^。?]{0,6}(探して|さがして|探し直|見せて)` +
			`|(で|でも|も)(探して|さがして)(みて|みてよ|みてくれ|みてください|みてほしい|みてもらえ)`),
		widenArea:       pattern.MustCompile(`場所にこだわらず|どこでも(いい|大丈夫|OK|ok)|全国で|在宅ならどこでも|(範囲|エリア|場所)(を)?(もう少し|もうちょい|もうちょっと|少し)?(広げ|ひろげ|広く|ひろく)|(九州|関東|関西|近畿|東北|東海|北陸|中部|中国地方|四国|首都圏|北海道)(全体|全域|一円|一帯)`),
		widenEmployment: pattern.MustCompile(`雇用形態(は|に)?(こだわらな|問わな|なんでも|何でも)`),
		widenPay:        pattern.MustCompile(`(給料|給与|お給料|年収|時給|月給)(の条件)?(は|に|には)?(こだわらず|こだわらな|問わな|なんでも|何でも|下げても|低くても|下がっても|さがっても|低うても|減っても)`),
		another:         pattern.MustCompile(`(ほか|他|別|違う|べつ)の(悩み|相談|こと)(も|を)?(相談|聞いて|話)|^(ほかの悩み|他の悩み|別の悩み)`),
		annoyed:         pattern.MustCompile(`(だから|さっきも|もう)[^。?]{0,10}って(言った|言ってる|言うて|いった|言うた)(じゃん|やん|でしょ|だろ|やろ|よね|のに|べ|けど)|しつこい|何回(も)?(言わせ|聞く|きく)|何度(も)?(言わせ|聞く)`),
		back:            pattern.MustCompile(`(悩み|相談)(の相談)?に戻|もう少し(悩みの)?相談(を|が)?(したい|続け)`),
		skip:            pattern.MustCompile(`^(スキップ|skip|とばす|飛ばす|パス|pass|答えたくない|言いたくない|なし|特になし|ない)[。!！]?$`),
		leave:           pattern.MustCompile(`^(やめる|やめます|やめたい|中止|キャンセル|cancel|中断|また今度|あとで|後で)[。!！]?$`),
		yes:             pattern.MustCompile(`^(はい|はい、?共有します|共有します|共有して(ください|OK|ok)?|お願いします|おねがいします|ok|OK|いいよ|いいです|大丈夫です|同意します|yes)[。!！]?$`),
		no:              pattern.MustCompile(`^(いいえ|いや|やめておきます|共有しない|しない|嫌です|no|だめ|ダメ)[。!！]?$`),
		// 「明日の夜なら電話で話せます」: a word for the recruiter about how to
		// reach the person, not a worry.
		contact:   pattern.MustCompile(`(電話|連絡|折り返し|メール|line|ライン)(で|が|は|を|に|して|します|できます|可能|お願い|ください|ok|大丈夫)|(都合|時間)(が|は)?(いい|良い|空い|取れ|あい)|(明日|あした|今日|今夜|週末|土日|平日|午前|午後|夜|昼|朝|[0-9]+時)(なら|の|は|以降|から|ごろ|頃).{0,12}(話せ|電話|出られ|出れ|大丈夫|空いて|いけ|可能|ok)`),
		care:      newCareIntents(),
		urgent:    newUrgentIntents(),
		noContact: pattern.MustCompile(`(連絡|電話|紹介|話|情報)(とか|など)?(は|が|を)?[^。?]{0,6}(いくのは(イヤ|いや|嫌|困)|行くのは(イヤ|いや|嫌|困)|しないで|しなくていい|しなくて大丈夫|待って|まだいい|まだ大丈夫|やめて|控えて)|(担当|人)[^。?]{0,8}(連絡|電話)[^。?]{0,6}(イヤ|いや|嫌|困る|まだ)|(担当|人)[^。?]{0,6}(渡さないで|渡すのは[^。?]{0,4}(やめ|待って|まだ)|まだ渡さ)`),
		listen:    newListenIntents(),
		answer:    newAnswerPatterns(),
		phone:     pattern.MustCompile(`^\+?[0-9][0-9()\-‐－ー−]{8,15}$`),
	}
}

// handoverShared reports whether f asks what reaches the recruiter
// (担当の人にはどこまで伝わるんですか？).
func (in *intents) handoverShared(f folded) bool { return f.is(in.shared) }

// handoverCancel reports whether f asks whether the handover can be
// called off, or an application refused (キャンセルできる？断ってもいい？).
func (in *intents) handoverCancel(f folded) bool { return f.is(in.cancel) }

func (in *intents) wantsJobs(f folded) bool {
	return (f.is(in.jobs) || asksWithConditions(f) || anythingAsked(f)) && !f.is(in.jobsNo) && (!f.is(in.jobsTalk) || f.is(in.jobsShow)) && !f.is(in.askPlace) && !f.is(in.notAsk) && !kindsAsked(f)
}

// anythingAsked reports whether f asks for anything under a condition it
// names — a place, a kind of work, a way of employment: 飲食以外でなんかある？
// 広島で; 正社員でなんかある？ 神戸 (round 33, general 110).
func anythingAsked(f folded) bool {
	s := string(f)
	return anything.MatchString(s) && (jatext.PrefectureIn(s) != "" || placeNamed(s) || conditionsNamed(s) > 0)
}

var anything = pattern.MustCompile(`(で|だと)(なんか|何か|なにか|いいの|ええの|いいとこ|ええとこ)(ある|あります|ない|あるかな|ないかな|あるん|ないん|あります)(\?|かな|ですか)`)

// kindsAsked reports whether f asks what kinds of work there are for the
// person, with no kind, place or listing named (保育士の資格いかせる別の
// 仕事ってありますか, この歳で未経験でも雇ってもらえる仕事ってありますか):
// a question for advice, not a search — unlike 夜勤のない介護の仕事ってある？.
func kindsAsked(f folded) bool {
	last := lastSentence(f)
	if !whatKinds.MatchString(last) || kindSought(last) || jatext.PrefectureIn(string(f)) != "" || placeNamed(last) || twoPlaces.MatchString(string(f)) || showWords.MatchString(string(f)) {
		return false
	}
	return true
}

// kindSought reports whether s names a kind of work as the one sought —
// not as the person's background (保育士の資格, 営業の経験) nor turned down
// (介護以外, see kindTurnedDown).
func kindSought(s string) bool {
	for _, loc := range kindOfWork.FindAllStringIndex(s, -1) {
		if rest := s[loc[1]:]; !background.MatchString(rest) && !kindTurnedDown(rest) {
			return true
		}
	}
	return false
}

// twoPlaces opens on two places to choose from (箱根か小田原で, 松山か今治
// で): towns no list may know, asked for as a search.
var twoPlaces = pattern.MustCompile(`(^|[。!！?？、])[\p{Han}\p{Katakana}ー]{2,6}(か|と|や)[\p{Han}\p{Katakana}ー]{2,6}(で|なら|あたりで|周辺で)`)

var background = pattern.MustCompile(`^(師|士|職|員)?(さん)?(の|で|と|として)(資格|経験|スキル|知識|キャリア|仕事しか)`)

var (
	whatKinds = pattern.MustCompile(`(別の|ほかの|他の|以外の|いがいの|どんな|向いてる|向いている|活かせる|いかせる|生かせる|活きる|活きそうな|いきる|雇ってもらえる|できそうな)[^。?]{0,10}(仕事|職種|職業)(って)?(どんなのが|どんなものが|何が|なにが)?(ありますか|ある\?|あります\?|あるのかな|あるかな|ありますかね|あるんかな|あるやろか)[。?]*$|(仕事|職種|職業)(って|は|には)(どんなのが|どんなものが|どういうのが|何が|なにが)(ありますか|ある\?|あります\?|あるの\?|あるかな)[。?]*$`)
	showWords = pattern.MustCompile(`求人|見せ|みせ|見し|紹介して|探して|さがして`)
)

// asksWithConditions reports whether the last sentence of f asks for
// listings by what they must be — 「横浜で事務、時給1500円以上、残業少なめ
// のありますか」, 「渋谷あたりで日払いのやつある？」 — with no word for
// listings the ask pattern knows: it ends in something asked to exist
// (〜のある？, 〜のパートある？, 〜とかある？) and names two conditions (a
// place, pay, hours, a kind of work or employment); or, in a message that
// wants to look (探しとくわ, 別のバイトしたい), it is the conditions alone,
// three or more in a list (「愛知の三河あたりで、夜勤なし、正社員登用ありの
// 製造の仕事」).
func asksWithConditions(f folded) bool {
	s, last := string(f), lastSentence(f)
	// The ending first: most messages end in neither, and the conditions
	// are not counted for them (this runs for every message).
	need := 2
	switch {
	case searchable.MatchString(last) && (jatext.PrefectureIn(last) != "" || listingConditions[0].MatchString(last)):
		// 札幌で探せる？, 川口か蕨あたりで事務で探せる？: a place asked
		// about is the ask.
		return true
	case bareQuery(last):
		// 横浜 事務, 札幌　介護　正社員, 転職も考えとる。横浜 事務: a search
		// typed as a query, as the message or its last sentence.
		return true
	case asksForWork(s) && !rightAsked.MatchString(last):
		// 高知市か南国で、フォークの仕事なんぼかある？, 熊本か宮崎で農業の
		// 仕事みせて, 鹿児島市か霧島で大型の運転の仕事なかですか: work
		// asked for by its place or its kind, however the ask is said —
		// not by a time alone (今日バイトある？ asks about a shift), nor a
		// right asked of it (バイトでも有休ってあるの？).
		return true
	case showAsked.MatchString(last):
		// 鹿児島市で日勤の倉庫か配送、見せて; 清掃の正社員とも比べてみたい。
		// さいたま市で見せてくれる?: a bare 見せて, the listings named by
		// the message's conditions.
		// 事務もいいな、見せて: one condition in a short message is enough.
		// リモートできる仕事ってどんなんあるん？ちょっと見せてくれへん？: a
		// kind of work asked about, then to be shown.
		// ランチだけとか昼営業のお店の調理の仕事、なんか出してもらえます?:
		// the work named with its condition.
		return conditionsNamed(s) >= 2 || conditionsNamed(s) >= 1 && (utf8.RuneCountInString(s) <= shortShowRunes || workAskedAbout.MatchString(s) || workNamed.MatchString(s))
	case askedToExist.MatchString(last) && !rightAsked.MatchString(last):
		// Not 有給って派遣でもあると？: a right or a benefit asked to
		// exist is a question about work as it is, whatever else is
		// named (有給は取れる会社ある？ asks for a company).
	case existAsked.MatchString(s) && (jatext.PrefectureIn(s) != "" || placeNamed(s)):
		// 電話対応なしの仕事ってどんなのがありますか?できれば大阪市内で:
		// what there is asked, the place added after.
	case conditionsAlone.MatchString(last) && strings.ContainsAny(last, "、,") && wantsToLook.MatchString(s):
		need = 3
	case conditionsAlone.MatchString(last) && jatext.PrefectureIn(last) != "" && !strings.ContainsAny(last, "?？") && !tellsCurrent.MatchString(s) && !pastWork.MatchString(s):
		// 埼玉で倉庫の仕事 残業少ないとこ: a place and the work typed as a
		// query, with a condition as its last words (general set 182,
		// round 48).
		need = 3
	case nextWish.MatchString(s) && !tellsCurrent.MatchString(s) && !strings.ContainsAny(s, "?？"):
		// 次は正社員がいいです。横浜か川崎で一般事務: the next job told by
		// three of its conditions is a wish to see it.
		return conditionsNamed(s) >= 3
	default:
		return false
	}
	return conditionsNamed(last) >= need
}

// shortShowRunes: a message this short that ends in 見せて with one
// condition asks for listings by it.
const shortShowRunes = 20

// asksForWork reports whether a sentence of s asks for work by its place,
// kind, pay or hours (listingAsk), wherever in the message it is (都内で
// 土日休みの仕事ってなんかある？販売以外がいいな〜) — not by employment
// alone (今日バイトある？ asks about a shift).
func asksForWork(s string) bool {
	for len(s) > 0 {
		end := strings.IndexAny(s, "。!！?？")
		if end < 0 {
			end = len(s)
		} else {
			_, size := utf8.DecodeRuneInString(s[end:])
			end += size
		}
		if one := s[:end]; !tooMuchAsked.MatchString(one) && (listingAsk.MatchString(one) || wantsToSee.MatchString(one) && listingNoun.MatchString(one)) && (jatext.PrefectureIn(one) != "" || listingConditions[0].MatchString(one) || listingConditions[1].MatchString(one) || listingConditions[2].MatchString(one) || kindOfWork.MatchString(one) || workNamed.MatchString(one)) {
			return true
		}
		s = s[end:]
	}
	return false
}

// tooMuchAsked asks agreement that something is too much (持ち帰りの仕事
// 多すぎでねが？, 仕事量おかしすぎじゃない？): in Tohoku speech でねが is
// "isn't it", not "is there" (care set 327, round 55, showed listings).
var tooMuchAsked = pattern.MustCompile(`(すぎ|過ぎ|おかし|ひど|酷|大変|無理)[^。?]{0,3}(でねが|でねぇが|でねえが|でねか|じゃねが|じゃねえか|じゃねぇか|じゃない\?|じゃないか|でない\?|でないか|やない\?|やないか)`)

// queryWord is a word a search typed as a query is made of, besides a
// place: a way of employment, a kind of work, a condition of pay, hours or
// place of work.
var queryWord = pattern.MustCompile(`正社員|パート|アルバイト|バイト|派遣|契約社員|未経験|在宅|リモート|事務|製造|配送|ドライバー|介護|看護|保育|販売|接客|倉庫|工場|営業|清掃|警備|調理|軽作業|日勤|夜勤|土日(祝)?(休み)?|残業(なし|少なめ|少ない)|週[1-5]|時給[0-9]+円?(以上)?|月給[0-9]+万?(以上)?|高時給|短時間`)

// querySeparators join the words of a query (横浜・事務, 大阪か京都で事務).
var querySeparators = strings.NewReplacer("、", "", ",", "", "・", "", "/", "", "／", "", "の", "", "で", "", "か", "", "と", "", "や", "", "。", "")

// bareQuery reports whether s is nothing but the conditions of a search,
// typed as into a search box (横浜 事務, 札幌　介護　正社員): a place and
// one or more other conditions, no other word.
func bareQuery(s string) bool {
	if utf8.RuneCountInString(s) > maxQueryRunes || !noKanji(s) && strings.IndexFunc(s, notQueryKana) >= 0 {
		// A query is nouns: hiragana but the particles that join them
		// (在宅勤務の日だけ同僚が冷たい is none) — unless it is all kana
		// (ふくおか じむ).
		return false
	}
	rest := jatext.WithoutPlaces(s)
	n := 0
	if rest != s {
		n++ // a place, or two offered as choices
	}
	found := queryWord.FindAllStringIndex(rest, -1)
	if n == 0 || len(found) == 0 {
		// A kind of work alone (介護 パート) may be the work the person
		// does: a place makes it a search.
		return false
	}
	var b strings.Builder
	last := 0
	for _, m := range found {
		b.WriteString(rest[last:m[0]])
		last = m[1]
	}
	b.WriteString(rest[last:])
	return querySeparators.Replace(b.String()) == ""
}

// notQueryKana reports whether r is hiragana a query is not made of.
func notQueryKana(r rune) bool {
	return r >= 'ぁ' && r <= 'ゖ' && !strings.ContainsRune("のでかとや", r)
}

// maxQueryRunes bounds a search typed as a query.
const maxQueryRunes = 20

// lastSentence is f from its last 。 or ! on (closing marks at the end
// do not count).
func lastSentence(f folded) string {
	s := string(f)
	if i := strings.LastIndexAny(strings.TrimRight(s, "。!！?？…〜w"), "。!！"); i >= 0 {
		return s[i:]
	}
	return s
}

// conditionsNamed counts the kinds of condition s names a listing by: a
// place, pay, hours, employment, a kind of work.
func conditionsNamed(s string) int {
	n := 0
	if jatext.PrefectureIn(s) != "" {
		n++
	}
	for _, c := range listingConditions {
		if c.MatchString(s) {
			n++
		}
	}
	return n
}

// asksOneCondition reports whether the last sentence of f asks whether
// listings meeting a condition exist (年収500万以上のある？, 大阪のは
// ある？): right after the cards, one condition is a new search.
func asksOneCondition(f folded) bool {
	s := string(f)
	last := s
	// A question before it is a sentence of its own here (正社員登用あり
	// って書いてあっても実際どうなん？見分け方ある？ asks for no listing).
	if i := strings.LastIndexAny(strings.TrimRight(s, "。!！?？…〜w"), "。!！?？"); i >= 0 {
		last = s[i:]
	}
	// Not a right asked of a kind of work (バイトでも有休ってあるの？).
	return askedToExist.MatchString(last) && !verbNot.MatchString(last) && !rightAsked.MatchString(last) && conditionsNamed(last) >= 1
}

// verbNot is a verb's not (落とされないですか, 言わないかな): a question
// about what happens, not whether a listing exists (仕事ないですか, 事務
// とかないかな, 近いとこないかな).
var verbNot = pattern.MustCompile(`[されせけめべえきちしいじびみりたまらわがば]ない(ですか|かな|かね|の\?|\?)`)

var (
	// listingConditions are the kinds of condition a listing meets, one
	// count each.
	listingConditions = []*pattern.Pattern{
		pattern.MustCompile(`市内|市で|区で|町で|あたり|辺り|周辺|エリア|近辺|沿線|付近|らへん|ら辺|駅`),
		pattern.MustCompile(`時給|月給|日給|年収|固定給|基本給|万以上|円以上|給料|給与|高収入|稼げ`),
		pattern.MustCompile(`週[0-9一二三四五]|短い時間|午前中|午前だけ|午前のみ|午後だけ|午後のみ|朝だけ|夕方まで|夕方から|夕方だけ|夜だけ|夜のみ|日払い|日勤|夜勤|土日|残業|シフト|短時間|時短|扶養内|単発|日帰り|定時|年間休日|週休|休日|在宅|リモート|テレワーク`),
		pattern.MustCompile(`正社員|パート|バイト|派遣|契約社員|登用|未経験|OK|ok`),
		kindOfWork,
	}
	// kindOfWork names a kind of work a listing is (清掃とか軽作業がいいな).
	kindOfWork = pattern.MustCompile(`事務|製造|配送|ドライバー|介護|看護|保育|販売|接客|倉庫|工場|営業|清掃|警備|調理|軽作業|フォーク`)
	rightAsked = pattern.MustCompile(`(有給|有休|年休|退職金|ボーナス|賞与|育休|産休|介護休|看護休暇|看護等休暇|介護休暇|残業代|社会保険|社保|雇用保険|交通費|手当|休憩|昇給|時短|短時間勤務|介護休業)(休暇)?(って|は)[^。、,仕求会職店所とのや]{0,8}(ある|あり)` +
		// 補填みたいなもんあります？: a scheme asked to exist.
		`|(補填|補助|給付|支援金|助成|制度|手当)(みたいな|みたいの|のような|とか)?(もん|もの|の)?(って|は|が|も)?(ある|あり|ない)` +
		// それって派遣でも関係ある？: whether a rule reaches one's case
		// (general set 181, round 48: after a city's ordinance).
		`|(関係|かんけい|関わり|影響)(って|は|が|も)?(ある|あり|ない)`)
	// ねえ asks only after what is asked for (いい仕事ねえ?); after a verb
	// it is one negated (体がもたねぇ).
	askedToExist = pattern.MustCompile(`((の|やつ|とこ|ところ|仕事|求人|パート|バイト|アルバイト|募集|職場|会社|案件)?(とか)?(って|は|が|も)?(ある|あります|ありますか|ありませんか|ないですか|ないかな|ないかね|あるかな|あるかね)|(の|やつ|とこ|ところ|仕事|求人|パート|バイト|アルバイト|募集|職場|会社|案件)(とか)?(って|は|が|も)?(ねえ|ねぇ))(\?|かな|ですか|か|の\?|やろか|べか|と\?)?[。!！?〜~w…ー]*$`)
	// existAsked asks what work there is (仕事ってどんなのがありますか?,
	// 在宅できる事務ってありますか?).
	existAsked = pattern.MustCompile(`((仕事|求人|職場|バイト|パート)(って|は|で)?(どんなの|どういうの|どんなもの|何か|なにか|なんか)(が)?|(事務|製造|配送|介護|看護|保育|販売|接客|倉庫|工場|営業|清掃|警備|調理|軽作業)(の仕事)?(って|は))(ある|あります)(か)?\?`)
	// workAskedAbout is a question about work before an ask to be shown.
	workAskedAbout = pattern.MustCompile(`(仕事|求人|職場|バイト|パート)(って|は|で)?[^。?]{0,8}(ある|あります)[^。?]{0,4}\?`)
	// showAsked is a sentence that is a bare ask to be shown (〜で見せてくれる?),
	// or a question that ends in one (…あるん？ちょっと見せてくれへん？).
	showAsked       = pattern.MustCompile(`(^|[。!！?])[^。?]{0,40}(見せて|みせて|見して|みして|探して|さがして|出して)(ほしい|欲しい|ください|下さい|くれる\?|くれます\?|くれませんか|くれない\?|くれん\?|くれへん\?|くれんか|もらえる\?|もらえますか|もらえます\?|もらえませんか|もらえん\?|もらえへん\?|いただけますか|いただけます\?|いただけませんか|よ|ね|な|や)?[。!！?〜~🙏]*$`)
	conditionsAlone = pattern.MustCompile(`(の|な|る|い)(仕事|求人|パート|バイト|アルバイト|とこ|ところ|職場|会社|やつ)[。!！〜w…]*$`)
	// listingAsk ends a sentence by asking for a listing: a word for one,
	// maybe a place after it (しごと、あきたしかおがで), and an ask that it
	// exist or be shown, in the words of many regions (ねが, なかですか,
	// あるべか, 見せてちょう, 見してや); an existence asks only as a question
	// (仕事なんぼかある？, not 仕事なんぼかある).
	listingAsk = pattern.MustCompile(`(仕事|しごと|求人|きゅうじん|働き口|jobs|job|とこ|ところ|やつ|のん|バイト|パート|アルバイト|募集|職場|案件|職)(、?[^。?、]{1,12}で)?、?(って|は|が|も|とか|とかって|を|ば)?(なんぼか|なにか|何か|なんか|いくつか|どっか|どこか|ちょっと|少し|すこし|もう一回|もういっかい|もう一度|もういちど|もっかい)?` +
		`((ある|あります|ない|なか|ねえ|ねぇ|ねー|あっと|なかと)(\?|かな|かなあ|かね|やろか|べか|け\?|ですか|と\?|か\?|ん\?|んか\?|の\?|んですか)|ありますか|ありませんか|ないですか|なかですか|なかね|ございますか|ねが|ねぇが|ねえが|ねえか|ねぇか|ねーか|あるべか|ないべか|ないけ|あるけ|` +
		`(見せ|みせ|見し|みし|出し|だし|教え|おしえ|紹介し|探し|さがし)(て|で)(ちょう|ちょうだい|けろ|け|けれ|くれんね|くれんか|くれる\?|くれますか|くれ|くれん\?|くれへん\?|くれない\?|ください|下さい|ほしい|欲しい|もらえる\?|もらえん\?|もらえますか|もらえませんか|いただけますか|いただけませんか|いただけないでしょうか|みて|みてよ|みてください|みてほしい|みてくれ|や|よ|ね|な|み)?|(見れる|みれる|見られる|探せる|さがせる|探せます|さがせます|見られます|見れます)(\?|か\?|かな|ですか|か)|(探し|さがし)(てて|てる|ています|てます|とる|よる)|(見|み)(てみ)?たい)(わ|な|なあ|なぁ|です|かも)?([。!！?〜~w…ー]*$|[?？!！。])`)
	// wantsToSee ends a sentence wishing to look for or see work (札幌で
	// 探したいです, 神戸と大阪でちょっと見てみたい, 東京か神奈川の会社で探して,
	// 時給高いバイトしたい!), and listingNoun names what is looked for.
	wantsToSee  = pattern.MustCompile(`((探し|さがし)(たい|て|てみたい|てみようかな|てみます)|見たい|見てみたい|見せて|みせて|みてみたい|(バイト|パート|アルバイト|仕事)(が|を)?(したい|探したい))(です|な|なあ|なぁ|ください|ほしい|もらえる\?|もらえますか|くれる\?)?([。!！?〜w…]*$|[?？!！。])`)
	listingNoun = pattern.MustCompile(`仕事|しごと|求人|働き口|とこ|ところ|もの|やつ|バイト|パート|会社|職|案件`)
	// workNamed names the work a listing is for (フォークの仕事, 大型の
	// 運転の仕事, かいごのしごと) — not whose or when (今日の仕事, 自分の仕事).
	workNamed = pattern.MustCompile(`([^今日明昨朝夜昼後週分私俺僕ちのこそあど次つ])の(仕事|しごと|求人|バイト|パート)`)
	// nextWish tells what the next job should be; tellsCurrent, the job
	// the person has (正社員で事務をしてます).
	nextWish = pattern.MustCompile(`次は|次の(仕事|職場|会社)は|転職先は|希望(は|として)|条件(は|としては)|(が|で|なら)(いい|良い|ええ|よか)(です|な|かな|んだけど|けど|[。!！]|$)|で働きたい|で探したい`)
	// pastWork tells of a job had (前の職場は大阪で…正社員の事務の仕事).
	pastWork     = pattern.MustCompile(`前の(職場|会社|仕事)|前職|以前(の|は)|昔(の|は)`)
	tellsCurrent = pattern.MustCompile(`(して|やって|働いて)(い)?(ます|る|ました|た)|(しと|やっと|働いと|しよ|しちょ|やっちょ)(る|ります|った)|してて|やってて|勤務(して|中)|勤めて`)
	searchable   = pattern.MustCompile(`でも?(探せる|さがせる|探せます|探せません|探してもらえ|さがしてもらえ)`)
	wantsToLook  = pattern.MustCompile(`探|さが|したい|見たい|見てみたい|知りたい|見ておき|見とき`)
)

// jobsNotNow: 「求人はまだいい」 — a boundary to remember.
func (in *intents) jobsNotNow(f folded) bool { return f.is(in.jobsNo) }

func (in *intents) wantsHuman(f folded) bool    { return f.is(in.human) && !f.is(in.peopleWork) }
func (in *intents) wantsWithdraw(f folded) bool { return f.is(in.withdraw) }
func (in *intents) wantsMore(f folded) bool     { return f.is(in.more) }
func (in *intents) isSkip(f folded) bool        { return f.is(in.skip) }
func (in *intents) isLeave(f folded) bool       { return f.is(in.leave) }
func (in *intents) isYes(f folded) bool         { return f.is(in.yes) }
func (in *intents) isNo(f folded) bool          { return f.is(in.no) }

// phoneNumber returns the digits of a Japanese phone number (10 or 11
// digits starting with 0, or +81…), or "".
func (in *intents) phoneNumber(text string) string {
	t := string(fold(text))
	if !in.phone.MatchString(t) {
		return ""
	}
	var digits strings.Builder
	for _, r := range t {
		if r >= '0' && r <= '9' {
			digits.WriteRune(r)
		}
	}
	d := digits.String()
	if strings.HasPrefix(t, "+81") {
		d = "0" + strings.TrimPrefix(d, "81")
	}
	if (len(d) == 10 || len(d) == 11) && d[0] == '0' {
		return d
	}
	return ""
}

// jobKeywords are the words in a person's messages that raise listings.
var (
	jobKeywords = []string{"コールセンター", "事務", "経理", "営業", "接客", "販売", "人事", "採用", "教育", "研修",
		"IT", "エンジニア", "デザイン", "マーケティング", "介護", "医療", "福祉", "保育", "子ども", "子育て", "時短",
		"在宅", "リモート", "カスタマーサポート", "サポート", "企画", "物流", "製造", "OJT"}
)
