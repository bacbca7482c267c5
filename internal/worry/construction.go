package worry

import (
	"bytes"
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/akari"
)

// A construction is a risk word (death, vanishing, self-harm, a method or a
// place) followed, within gap characters, by the grammar that turns it into
// a wish, a plan or a relief: 死に+たい, 消え+てしまいたい, ホーム+…飛び込み,
// 睡眠薬+を少しずつ貯め込んでる, 目が覚めな+ければいい, 生きてて+ごめん. A
// phrase list must spell every inflection and dialect; a construction needs
// only the stem and the ending, so 死にたか (九州), 死にとう (関西), しにたみ
// and 4にたい fire without being listed.
//
// The same machinery says what is NOT a crisis:
//
//   - the nearest object before the stem, anywhere in the clause (会社から
//     消えたい and この案件、もう終わりにしたい are about work; この世から
//     消えたい is not), and, for some constructions, an object that must be
//     there (人生もういいや, but not 今日はもういいや);
//   - what follows the stem (わたしにたいして is 私に対して);
//   - denial right after it (死にたいわけじゃない, 死ぬつもりはない,
//     消えたいとかじゃなくて) — which covers only the words denied:
//     死にたいわけじゃないけど消えたい is still a concern, and a method said
//     after a denial still counts;
//   - degree and embarrassment (消えたいくらい恥ずかしい, 恥ずかしすぎて消えたい):
//     hyperbole; a degree alone lowers the level by one;
//   - constructions with risk none, the vetoes: someone else's 「死ね」
//     (上司に死ねと言われた is harassment), a suicide-prevention campaign or
//     life insurance at work, news and stories about someone else's death,
//     idioms (死ぬほど眠い, 死ぬ気で). A veto covers its words only: a
//     phrase of crisis.yaml that overlaps it is ignored, the rest of the
//     message is still read.
//
// The tables (constructions.go) live in code rather than prompts/ because
// they are grammar: operators add words and idioms in crisis.yaml and teach
// the model with crisis/corpus.yaml; a new construction needs a test with
// it.
type construction struct {
	name string
	risk akari.Risk // none: a veto
	// settled marks a veto no model overrules: other people's words or
	// deaths (上司に死ねと言われた, 友達が消えたいって) and idioms (死ぬ気で,
	// pills for jetlag), where the model over-weighs the risky word.
	settled bool
	// jest marks a bare wish people say in jest far more often than in
	// earnest (消えたい, 死にたい, 終わりにしたい): the risk model overrules it
	// when fairly sure the message is hyperbole (modelGate.vetoJest), not
	// only when all but certain.
	jest  bool
	stems []string
	ends  []string // "" (or no ends) means the stem alone; "$" the end of the message, "word$" word ending it
	gap   int      // characters allowed between stem and end
	// notAfter vetoes a match followed right away by one of these;
	// notBefore one preceded right away by one of these.
	notAfter, notBefore []string
	// before, when set, looks at the nearest object word before the stem.
	before *objects
	// unless vetoes a match when one of these is anywhere in the message:
	// the ordinary context of a means or a place (a towel dried on a door
	// handle, a film's scene, a game's character falling off a cliff).
	unless []string
}

// objects decides a construction by the nearest listed word before its
// stem: a veto word (work, someone else) means it is not a crisis, a keep
// word (the self, the world, everything) means it is; neither within
// window characters leaves the construction as it is, unless need is set:
// then only a keep word lets it match.
type objects struct {
	veto, keep []string
	window     int
	need       bool
	// aside: a veto word only sets the words aside (会社から消えたい, the
	// commonest hard negative, but said of a life too often to silence a
	// sure model); otherwise it makes them ordinary (someone else's death,
	// a cord round a parcel).
	aside bool
	// settled: the veto words are other people (親が死ぬ前に, 祖母はもう
	// この世にいない): what is said is about them, and not even a very
	// sure model reads it as the person's own.
	settled bool
	// from, when set, is what must follow a veto word (会社から消えたい);
	// otherwise a veto word followed by が, で or に is the subject or the
	// cause, not the object (仕事がつらくて終わりにしたい), and is skipped.
	from []string
}

// compiledConstruction is a construction in crisisView bytes.
type compiledConstruction struct {
	*construction
	stems, ends, notAfter, notBefore [][]byte
	veto, keep, from                 [][]byte
	unless                           [][]byte
}

// constructionSet is every construction compiled, plus the weak words and
// the marks of denial and hyperbole.
type constructionSet struct {
	cs       []compiledConstruction
	pairs    []compiledPair
	weak     [][]byte
	innocent [][]byte
	// denials, denialCancels, englishDenials, degrees and embarrassment
	// in crisisView bytes (see reading).
	denials, cancels, english, degrees, trivial, shame, shameAfter, vanishShame, modest [][]byte
	// held: a wish or an urge said not to be held (heldDenials), read
	// with the denials; like a thought denied, no model overrules it.
	held []compiledHeld
	// thoughtAdverbs: see thoughtDenied.
	thoughtAdverbs [][]byte
	// quotes, thoughtNots and thoughtKept read a thought denied (see
	// thoughtDenied).
	quotes, thoughtNots, thoughtKept, thoughtStill, meaningDenials [][]byte
	lifeWishes, undone                                             [][]byte
	// metaTopics, metaMeanings and vouches read words explained (see
	// mentioned).
	metaTopics, metaMeanings, vouches [][]byte
	// meantAs say, right after words, what they meant (って意味で).
	meantAs [][]byte
	// ruleStems and ruleUnless read a question of a work rule (see
	// ruleAsked).
	ruleStems, ruleUnless [][]byte
}

func crisisBytes(list []string) [][]byte {
	out := make([][]byte, 0, len(list))
	for _, s := range list {
		if s == "" {
			out = append(out, nil)
			continue
		}
		// A trailing "$" (the end of the message) survives folding, which
		// drops symbols; the crisis view of a message never holds one.
		w, atEnd := strings.CutSuffix(s, "$")
		runes := normalize(nil, w, crisisView)
		b := []byte(string(runes))
		if atEnd {
			b = append(b, '$')
		}
		out = append(out, b)
		// A word with kana of the readings (いきてるいみ) is also listed as
		// a message typed in kana is read (生きてるいみ) — but for the short
		// words read only where a word starts: no mark tells where one
		// does, and a listed うみ made 海 would match 海外.
		if n := kanaReadings.read(runes, true, &marks{}); n != len(runes) {
			r := []byte(string(runes[:n]))
			if atEnd {
				r = append(r, '$')
			}
			out = append(out, r)
		}
	}
	return out
}

func newConstructionSet() constructionSet {
	var set constructionSet
	for i := range constructions {
		c := &constructions[i]
		cc := compiledConstruction{construction: c, stems: crisisBytes(c.stems), ends: crisisBytes(c.ends),
			notAfter: crisisBytes(c.notAfter), notBefore: crisisBytes(c.notBefore), unless: crisisBytes(c.unless)}
		if c.before != nil {
			cc.veto, cc.keep, cc.from = crisisBytes(c.before.veto), crisisBytes(c.before.keep), crisisBytes(c.before.from)
		}
		set.cs = append(set.cs, cc)
	}
	set.pairs = compilePairs()
	set.weak = crisisBytes(weakWords)
	set.innocent = crisisBytes(append(innocentWords[:len(innocentWords):len(innocentWords)], idiomWords...))
	for _, f := range heldDenials {
		set.held = append(set.held, compiledHeld{heads: crisisBytes(f.heads), adverbs: crisisBytes(f.adverbs), ends: crisisBytes(f.ends), needAdverb: f.needAdverb})
	}
	set.denials = crisisBytes(denialMarks)
	set.cancels = crisisBytes(denialCancels)
	set.metaTopics = crisisBytes(metaTopics)
	set.metaMeanings = crisisBytes(metaMeanings)
	set.meantAs = crisisBytes(meantAs)
	set.vouches = crisisBytes(vouches)
	set.quotes = crisisBytes(quoteParticles)
	set.meaningDenials = crisisBytes(meaningDenials)
	set.thoughtNots = crisisBytes(thoughtNegations)
	set.thoughtKept = crisisBytes(thoughtKept)
	set.thoughtStill = crisisBytes(thoughtStill)
	set.lifeWishes = crisisBytes(lifeWishes)
	set.undone = crisisBytes(denialUndone)
	set.thoughtAdverbs = crisisBytes(thoughtAdverbs)
	set.english = crisisBytes(englishDenials)
	set.degrees = crisisBytes(degreeMarks)
	set.trivial = crisisBytes(trivialStates)
	set.shame = crisisBytes(embarrassment)
	set.shameAfter = crisisBytes(embarrassmentAfter)
	set.vanishShame = crisisBytes(vanishHyperbole)
	set.modest = crisisBytes(modestPrefaces)
	set.ruleStems = crisisBytes(ruleQuestionStems)
	set.ruleUnless = crisisBytes(join(ruleQuestionUnless, ruleAskedUnless))
	return set
}

// ruleAsked reports whether text, a message that asks something, is a
// question of a work rule or a procedure in any words: it names one
// (ruleQuestionStems) and nothing of life, death, harm, a place or a
// farewell (ruleQuestionUnless). The construction "a question of a work
// rule" reads the same words by how the question ends; a question ends
// in more ways than a list holds (任意継続にするなら、いつまでに手続き
// しないといけませんか？, 夫の扶養に入ってるんですけど、その場合はどう
// なっちゃうんでしょう: the risk model alone read them at 0.997 and 0.98;
// general sets 209 and 211, round 55).
func (s *constructionSet) ruleAsked(text []byte) bool {
	return containsAnyBytes(text, s.ruleStems) && !containsAnyBytes(text, s.ruleUnless)
}

// ruleAskedUnless are more words of harm a question ends with no rule
// for, read besides ruleQuestionUnless (…このまま朝起きなければ申請も
// いらないのに; いつ終わってもいいや、って思うのって普通？; どうせ月曜には
// 俺いないから: kept sets 146, 167, 399).
var ruleAskedUnless = []string{"起きな", "起きれな", "目覚めな", "終わっ", "いない", "おらん", "おらへん", "どうでもいい", "将来もない", "将来がない", "先がない", "希望", "絶望", "つらい", "つらすぎ", "しんどい"}

func containsAnyBytes(text []byte, words [][]byte) bool {
	for _, w := range words {
		if len(w) > 0 && bytes.Contains(text, w) {
			return true
		}
	}
	return false
}

// addTo registers the stems and weak words with the lexicon.
func (s *constructionSet) addTo(l *lexicon) {
	for k := range s.cs {
		for _, stem := range s.cs[k].stems {
			l.add(stem, use{kind: useStem, idx: uint16(k)})
		}
		for _, w := range s.cs[k].unless {
			l.add(w, use{kind: useUnless, idx: uint16(k)})
		}
	}
	addPairsTo(l, s.pairs)
	for k, w := range s.weak {
		l.add(w, use{kind: useWeak, idx: uint16(k)})
	}
	for k, w := range s.innocent {
		l.add(w, use{kind: useInnocent, idx: uint16(k)})
	}
}

// denialMarks right after a risk word deny it (Japanese). They are looked
// for from the end of the stem to two characters after the match, so
// 死ぬ+つもり+はない and 死に+たい+わけじゃない both read as denied.
var denialMarks = []string{
	"わけじゃな", "わけではな", "わけでもな", "わけじゃあな", "訳じゃな", "訳ではな", "ってわけじゃな", "ってわけではな",
	"とかじゃな", "とかではな", "とかでもな", "とかはな", "ってことじゃな", "ってことではな",

	"とは思ってな", "とかは思ってな", "とか思ってな", "って思ってな", "とは思わな", "とか思わな", "とかは思わな", "とは思ってませ",
	"と思ったことはな", "って思ったことはな", "と思ったことな", "って思ったことな", "とかは考えてな", "とは考えてな", "とか考えてな",
	// 死にたいとかそういうことではない: the kind of thing denied.
	"とかそういうことではな", "とかそういうことじゃな", "とかそういうわけではな", "とかそういうわけじゃな",
	// 死のうとはしない: no attempt made.
	"とはしな", "とはしませ", "とはせん", "とはしね", "とかはしな", "なんてしな", "なんてしませ",
	"つもりはな", "つもりじゃな", "つもりもな", "つもりなんてな", "つもりなんかな", "つもりなど", "つもりは全く", "つもりは全然", "つもりはまったく", "なんて思ってな", "なんか思ってな", "つもりはさらさら", "つもりはありませ", "気はな", "気はさらさら", "気はありませ",
	"気は全く", "気はまったく", "気は全然", "気はぜんぜん", "気は一切", "気はこれっぽっちも", "気なんてな", "気なんかな", "気もな",
	"じゃなくて", "ではなくて", "じゃなく", "ではなく",
	// …たりはしてない: 自分を傷つけたりはしてないです.
	"たりはしてな", "たりはしていな", "たりしてな", "たりはしな", "たりはしませ", "たりなんてしてな", "たりなんかしてな",
	// もう死ぬ…とか言ってる場合じゃない: no time for the words.
	"とか言ってる場合じゃ", "って言ってる場合じゃ", "とか言ってられな", "なんて言ってる場合じゃ",
	// 飛び降りたりしないよ: a promise.
	"たりしないよ", "たりしないから", "たりしません", "たりせんよ", "たりせえへん", "たりしないって",
	// …in keigo, as the kind of act: 自分を傷つけるようなことはいたしません
	// (care set 289, round 50).
	"ようなことはしな", "ようなことはしませ", "ようなことはいたしませ", "ようなことはせん", "ようなことは決してしな", "ようなことは決していたしませ",
	"ようなことは絶対にしな", "ようなことは絶対しな", "ようなことはもうしな", "ようなことはもういたしませ", "たりはいたしませ", "たりいたしませ",
	// 死にゃしねえから心配すんな: won't die, in speech (care set 280,
	// round 48).
	"にゃしね", "にゃしな", "にゃせん", "にはしな", "にはしね", "にはせん",
	// 東北: もう自分を殴ったりしねぇ.
	"たりしねぇ", "たりしねえ", "たりはしねぇ", "たりはしねえ", "たりしねが", "だりしねぇ", "だりしねえ",
	// voiced after 死ん, 飛ん, 病ん: 死んだりはしません.
	"だりはしてな", "だりはしていな", "だりしてな", "だりはしな", "だりはしませ", "だりなんてしな", "だりなんかしな",
	"だりしないよ", "だりしないから", "だりしません", "だりせんよ", "だりせえへん", "だりしないって", "だりはせんよ",
	// 九州: 死んだりせん、ほんとに.
	"たりせん", "だりせん",
	// 死ぬつもりとかじゃないし: the intent denied with とか.
	"つもりとかじゃな", "つもりとかではな", "つもりとかはな", "つもりとかな", "気とかはな", "気とかじゃな",
	// an adverb inside the denial: 死にたいとかは全然ないよ.
	"とかは全然な", "とかは全くな", "とかはまったくな", "とかは別にな", "とかはべつにな", "とかは一切な",
	// in dialect: 死にてぇとかでねくて (東北), 死にたいとかちゃうねん (関西).
	"とかでね", "とかでな", "とかちゃう", "とかじゃね", "とかやな", "とかやあらへ", "わけやな", "つもりやな",
	// in keigo: 死にたいとかはございませんが.
	"とかはございませ", "とかではございませ", "わけではございませ", "つもりはございませ",
	// まだあの世には行かんぞ.
	"には行かん", "にはいかん", "には行かな", "にはいかな", "にゃ行かん", "へは行かな",
	// 思わない in dialect: もう死のうとか思わん (九州), とは思わへん (関西).
	"とか思わん", "とは思わん", "とかは思わん", "って思わん", "とか思わへん", "とは思わへん", "とか思っとらん", "とは思っとらん", "とか思うてへん",
	// 名古屋: 死ぬとかそういう話じゃにゃあよ; the kind of talk denied.
	"とかじゃにゃ", "とかでにゃ", "とかそういう話じゃ", "とかそういう話では", "とかそういう話とちゃ",
	// an adverb inside the denial: 本気で死にたいとかじゃ全然ないよ.
	"とかじゃ全然な", "とかじゃ全くな", "とかじゃまったくな", "とかではまったくな", "とかではまったくあ",
	// 広島: 死のうとは思うとらんよ.
	"とは思うとらん", "とか思うとらん", "とは思うてない", "とは思うとらへん", "とか思うとりゃせん",
	// など in keigo: 死にたいなどではないんです; and the flat denial 死ぬわけ
	// ないだろ (care set 270, round 46).
	"などではな", "などじゃな", "などでは全くな", "などではありませ", "などとは思っ", "などは思っ",
	// (not もうしわけない: 生きててもうしわけない is a sign).
	"ぬわけな", "ぬわけがな", "ぬわけねえ", "ぬわけねぇ", "ぬわけあるか", "るわけな", "るわけがな", "るわけねえ", "いわけな", "いわけがな", "いわけねえ",
}

// heldDenials are a wish, an intent or an urge said not to be held,
// read as grammar rather than spelled out: who holds it (つもり, 気持ち, 気,
// 衝動), an adverb or none inside (死ぬつもりは本当にないよ, 死にたい気持ち
// もないです, 切りたい気持ちはもうない), and the negation; or the urge said
// to have passed (もう切りたい気持ちはおさまってる, 死にたい気持ちは消えた) —
// in full forms only, so that なかなか消えない, なくならない and おさまって
// ない stay what they are; and an adverb inside the commonest denials
// (死にたいとかじゃ全然ない). Each is matched part by part (heldLen): spelled
// out, the combinations were some three thousand phrases tried at every
// character after a risk word.
var heldDenials = []heldForm{
	{heads: []string{"つもりは", "つもりも", "気持ちは", "気持ちも", "気持ちが", "衝動は", "衝動も", "気は", "気も",
		// the wish named as such: 消えたいという気持ちは、今はありません.
		"という気持ちは", "という気持ちも", "っていう気持ちは", "っていう気持ちも", "って気持ちは", "って気持ちも", "という思いは", "という思いも", "って思いは"},
		adverbs: []string{"本当に", "ほんとに", "ほんとうに", "ほんまに", "まじで", "マジで", "絶対", "決して", "別に", "べつに", "もう", "今は", "いまは", "今はもう", "いまはもう", "全然", "ぜんぜん", "全く", "まったく", "一切"},
		// 九州: 死にたか気持ちはなかよ (not なかった, a past that may have turned).
		// …and 自分を傷つける気持ちはなくて、落ち着いています.
		ends: []string{"ない", "なくて", "ありませ", "ございませ", "ねえ", "ねぇ", "あらへん", "あれへん", "なかよ", "なかけん", "なかばい", "なかです", "なかと", "なかっちゃ"}},
	// The question answered no: 死にたいかと聞かれると、たぶん違うと思います.
	{heads: []string{"かと聞かれると", "かって聞かれると", "かと聞かれたら", "かって聞かれたら", "かと言われると", "かって言われると", "かと言われたら", "かって言われたら"},
		adverbs: []string{"たぶん", "多分", "正直", "別に", "べつに"},
		ends:    []string{"違う", "ちがう", "違います", "ちがいます", "そうじゃな", "そうではな", "そこまでじゃな", "そこまでではな", "そこまでは"}},
	// An act given up: 死ぬのはやめました, 切るのはもうやめた.
	{heads: []string{"のは", "のも"},
		adverbs: []string{"もう"},
		ends:    []string{"やめ", "止め"}},
	{heads: []string{"気持ちは", "気持ちも", "気持ちが", "衝動は", "衝動も"},
		adverbs: []string{"もう", "だいぶ", "少し", "すこし", "ちょっと", "今は", "いまは"},
		ends:    urgePassedEnds},
	// 死にたいとかもない, 死にたいとかは全然ない.
	{heads: []string{"とかも", "とかは", "なんかも", "なんかは", "なんても"},
		adverbs: []string{"もう", "全然", "ぜんぜん", "全く", "まったく", "別に", "べつに", "今は", "いまは", "本当に", "ほんとに"},
		ends:    []string{"ない", "ありませ", "ないです", "ねえ", "なかよ"}},
	{heads: []string{"とかじゃ", "とかでは", "わけじゃ", "わけでは", "ってわけじゃ", "訳じゃ", "訳では"},
		adverbs: []string{"全然", "ぜんぜん", "全く", "まったく", "別に", "べつに", "決して", "本当に", "ほんとに", "ほんまに", "マジで", "まじで"},
		ends:    []string{"な"}, needAdverb: true},
}

// urgePassedEnds say an urge has passed, in full forms.
var urgePassedEnds = []string{"おさまった", "おさまっていて", "おさまってきた", "落ち着いていて", "落ち着いてきた", "収まっていて", "おさまってる", "おさまってます", "おさまっています", "おさまりました",
	"収まった", "収まってる", "収まってます", "収まりました", "落ち着いた", "落ち着いてる", "落ち着いてます", "落ち着きました", "消えた", "消えました", "消えてる",
	"なくなった", "なくなりました", "なくなってる", "無くなった", "薄れた", "薄れてきた", "薄れてる", "引いた", "引いてきた", "和らいだ", "和らいでる",
	// 死にたい気持ちも引いとる (Chugoku, Kansai)
	"引いてる", "引いとる", "引いとう", "引いちょる", "おさまっとる", "収まっとる", "落ち着いとる"}

// heldForm is a denial of three parts: a head, an adverb (optional unless
// needAdverb) and an end.
type heldForm struct {
	heads, adverbs, ends []string
	needAdverb           bool
}

// compiledHeld is a heldForm in crisisView bytes.
type compiledHeld struct {
	heads, adverbs, ends [][]byte
	needAdverb           bool
}

// heldLen returns the length of the denial heldDenials describe at the
// start of text, or 0.
func (s *constructionSet) heldLen(text []byte) int {
	best := 0
	for _, f := range s.held {
		h := prefixLen(text, f.heads)
		if h == 0 {
			continue
		}
		if a := prefixLen(text[h:], f.adverbs); a > 0 {
			if e := prefixLen(text[h+a:], f.ends); e > 0 {
				best = max(best, h+a+e)
				continue
			}
		}
		if !f.needAdverb {
			if e := prefixLen(text[h:], f.ends); e > 0 {
				best = max(best, h+e)
			}
		}
	}
	return best
}

// urgePassed, right after an urge named (切りたい気持ち, 切りたい衝動),
// says it is not there or has passed: 切りたい気持ちはもうおさまってる,
// 切りたい気持ちもないです. It is a construction's notAfter, tried once
// where the urge ends.
var urgePassed = func() []string {
	var out []string
	for _, head := range []string{"は", "も", "はもう", "もう", "は今は", "はいまは", "は今はもう", "はだいぶ", "は少し", "はすこし"} {
		for _, end := range append([]string{"ない", "ありませ"}, urgePassedEnds...) {
			out = append(out, head+end)
		}
	}
	return out
}()

// denialUndone right after a denial undo it: a double negative (ないわけ
// じゃない) or a past that turned (つもりはなかったのに).
var denialUndone = func() []string {
	var out []string
	for _, lead := range []string{"", "い", "かった", "た"} {
		for _, w := range []string{"のに", "わけじゃな", "わけではな", "わけでもな", "わけじゃあな", "訳じゃな", "訳ではな", "こともな", "ことはな"} {
			out = append(out, lead+w)
		}
	}
	return out
}()

// denialCancels after a denial undo it: 死にたいわけじゃないとは言えない.
var denialCancels = []string{"とは言えな", "とはいえな", "とも言えな", "って言ったけど", "と言ったけど", "って言いたいけど", "と言いたいけど", "ふりを"}

// degreeMarks right after a risk word make it a measure of something else
// (消えたいくらい, 死にたいほど): hyperbole, one level lower.
var degreeMarks = []string{"くらい", "ぐらい", "位", "ほど", "程", "レベル", "並み", "ってくらい", "かってくらい", "ってほど", "かというくらい"}

// trivialStates measured by a degree make it hyperbole: 死にたいくらい眠い,
// 消えたいほど暑い — a body's passing state, not a life's weight (疲れた
// and だるい stay a lowered concern) — and so do the manners of acting as
// if (この世にいないくらいのつもりで通知を切る).
var trivialStates = []string{"のつもりで", "のつもり", "の気持ちで", "の勢いで", "の感じで",
	"眠い", "ねむい", "眠たい", "ねむたい", "暑い", "あつい", "寒い", "さむい", "忙しい", "いそがしい", "腹減", "はらへ", "お腹す", "おなかす", "お腹空",
	"痛い", "かゆい", "痒い", "暇", "ひま", "面白", "おもしろ", "美味", "おいし", "笑った", "わらった", "笑える", "わらえる"}

// embarrassment a few characters before a risk word makes it hyperbole:
// 恥ずかしすぎて消えたい, 恥ずかしくて死にたい.
var embarrassment = []string{"恥ずかし", "はずかし", "恥ずい", "はずい", "気まず", "きまず", "赤面", "黒歴史", "穴があったら", "恥ずすぎ", "はずすぎ",
	// a misfire in a group chat, and a fan's delight (推しが尊すぎて消えたい)
	"誤爆", "誤送信", "尊す", "尊い", "とうとい", "とうとす",
	// delight (推しのライブ当たった！もう死んでもいい)
	"当たった", "当選", "嬉しすぎ", "うれしすぎ", "最高すぎ", "感激"}

// modestPrefaces are embarrassment said as a courtesy before a confession
// (お恥ずかしい話ですが、消えてしまいたいと…): what follows is meant.
var modestPrefaces = []string{"恥ずかしい話", "はずかしい話", "恥ずかしながら", "はずかしながら", "恥ずかしいのですが", "恥ずかしいんですが"}

// longerAt reports whether b starts with a word of words longer than w.
func longerAt(b, w []byte, words [][]byte) bool {
	for _, x := range words {
		if len(x) > len(w) && bytes.HasPrefix(b, x) {
			return true
		}
	}
	return false
}

// hasAny reports whether b holds any of words.
func hasAny(b []byte, words [][]byte) bool {
	for _, w := range words {
		if bytes.Contains(b, w) {
			return true
		}
	}
	return false
}

// vanishHyperbole before a wish to vanish only makes it hyperbole:
// sleepiness, envy and a slip before others (眠すぎて消えたい, 羨ましすぎて
// 消えたい, 会議で噛んだ、消えたい) — not before a
// method (羨ましすぎて、電車に飛び込もうとした).
var vanishHyperbole = []string{"ねむすぎ", "眠すぎ", "眠たすぎ", "ねむたすぎ", "うらやましすぎ", "羨ましすぎ", "うらやますぎ",
	// a slip in front of others (会議でミュート忘れてた、消えたい)
	"ミュート", "やらかし", "噛んだ", "噛みまく", "かみまく", "すべった", "スベった", "滑った", "スベり"}

// embarrassmentAfter, said right after a wish to vanish and not denied,
// makes it hyperbole too: 消えたい〜〜恥ずかしすぎて, 消えたい…全社メールに
// 誤爆した (not 消えたい、恥ずかしいとかじゃなくて).
var embarrassmentAfter = []string{"恥ずかし", "はずかし", "恥ずい", "はずい", "黒歴史", "赤面", "誤爆", "誤送信", "恥"}

// shameAfterWindow is how many characters after a risk word
// embarrassmentAfter is looked for: the next clause.
const shameAfterWindow = 14

// shameWindow is how many characters before a risk word embarrassment is
// looked for.
const shameWindow = 9

// reading is how the words around a risk word change it.
type reading int

const (
	meant      reading = iota
	lowered            // a degree: one level lower
	figurative         // denied or hyperbole: no risk
)

// read looks around the risk word text[from:end] (its stem ending at
// stemEnd) for denial, degree and embarrassment.
func (s *constructionSet) read(text []byte, from, stemEnd, end int) reading {
	if s.denied(text, stemEnd, end) || s.mentioned(text[end:]) || jokedAway(text[end:]) {
		return figurative
	}
	win := before(text, from, shameWindow)
	if !hasAny(win, s.modest) {
		for _, w := range s.shame {
			if bytes.Contains(win, w) {
				return figurative
			}
		}
	}
	if vanishing(text[from:]) {
		for _, w := range s.vanishShame {
			if bytes.Contains(win, w) {
				return figurative
			}
		}
		next := after(text, end, shameAfterWindow)
		for _, w := range s.shameAfter {
			i := bytes.Index(next, w)
			if i < 0 || longerAt(next[i:], w, s.shameAfter) {
				// 恥 inside 恥ずかしい is judged as 恥ずかしい (denied or not).
				continue
			}
			if !s.denied(text, end+i+len(w), end+i+len(w)) {
				return figurative
			}
		}
	}
	if n := prefixLen(text[end:], s.degrees); n > 0 {
		if hasPrefixAny(text[end+n:], s.trivial) {
			return figurative
		}
		return lowered
	}
	return meant
}

// denied reports a Japanese denial from stemEnd to two characters after
// end, not undone by a cancel shortly after it.
func (s *constructionSet) denied(text []byte, stemEnd, end int) bool {
	return s.deniedBy(text, stemEnd, end, false)
}

// thoughtDeniedAfter reports a thought said not to be had (thoughtDenied),
// a wish not held (heldDenials) or a meaning denied (meaningDenials) from stemEnd to two characters
// after end: a denial the risk model must not overrule, unlike 死にたい
// じゃなくて死ぬ, whose denial says more.
func (s *constructionSet) thoughtDeniedAfter(text []byte, stemEnd, end int) bool {
	return s.deniedBy(text, stemEnd, end, true)
}

func (s *constructionSet) deniedBy(text []byte, stemEnd, end int, thoughtOnly bool) bool {
	limit := end
	for k := 0; k < 2 && limit < len(text); k++ {
		_, size := utf8.DecodeRune(text[limit:])
		limit += size
	}
	for p := stemEnd; p <= limit && p < len(text); {
		if p > end && !allHiragana(text[end:p]) {
			// 消えたい、会社とかじゃなくて: the denial is of 会社.
			break
		}
		n := max(prefixLen(text[p:], s.meaningDenials), s.heldLen(text[p:]))
		if n == 0 && !thoughtOnly {
			n = prefixLen(text[p:], s.denials)
		}
		if n == 0 && !bytes.HasSuffix(text[:p], []byte("も")) && !(bytes.HasPrefix(text[p:], []byte("とも")) && hasSuffixAny(text[:p], s.lifeWishes)) {
			// Not 生きたいとも思わない, which denies nothing; but
			// 死のうとも思ってない does.
			n = s.thoughtDenied(text[p:])
		}
		if n > 0 {
			rest := text[p+n:]
			if hasPrefixAny(rest, s.undone) {
				// 死にたいとかもないわけじゃない, 死ぬつもりはなかったのに…
				return false
			}
			rest = rest[:min(len(rest), 36)]
			for _, c := range s.cancels {
				if bytes.Contains(rest, c) {
					return false
				}
			}
			return true
		}
		_, size := utf8.DecodeRune(text[p:])
		p += size
	}
	return false
}

// mentioned reports whether the words just read are explained rather than
// said, from what follows them (rest): 楽になりたいというのは、仕事の重荷を
// 下ろしたいという意味で; 「生きているのがしんどい」は今の働き方がしんどい
// という意味で — a correction quotes the words it takes back. Not when
// the explanation vouches for them (死にたいっていうのは本気です).
func (s *constructionSet) mentioned(rest []byte) bool {
	// The word's own ending may come first (しんど|いは).
	for k := 0; k <= 2; k++ {
		if s.mentionedAt(rest) {
			return true
		}
		r, size := utf8.DecodeRune(rest)
		if r < 'ぁ' || r > 'ゖ' {
			return false
		}
		rest = rest[size:]
	}
	return false
}

func (s *constructionSet) mentionedAt(rest []byte) bool {
	var win []byte
	if n := prefixLen(rest, s.meantAs); n > 0 {
		// The words and what they meant, and the earnest reading denied
		// after (死ぬしかないって意味で、本気で死にたいとかじゃ全然ないよ —
		// a game's boss): a correction. Without the denial (消えたいって
		// 意味で言った) they may have been meant.
		win = rest[n:]
		win = win[:min(len(win), mentionWindow)]
		return hasAny(win, s.denials) || hasAny(win, s.meaningDenials)
	}
	switch n := prefixLen(rest, s.metaTopics); {
	case n > 0:
		win = rest[n:]
	case bytes.HasPrefix(rest, []byte("は")):
		win = rest[len("は"):]
	default:
		return false
	}
	// The words as a topic, explained within the sentence (not 練炭という
	// のは今でも買えるものでしょうか, a question about the thing).
	win = win[:min(len(win), mentionWindow)]
	return hasAny(win, s.metaMeanings) && !hasAny(win, s.vouches)
}

// mentionWindow is how far (in bytes of crisisView, about twenty
// characters) an explanation of quoted words is looked for.
const mentionWindow = 60

// metaTopics make the words before them a topic to explain; metaMeanings
// say what words meant; vouches say the words were meant.
var (
	metaTopics = []string{"というのは", "っていうのは", "ってのは", "と言ったのは", "って言ったのは", "と書いたのは", "って書いたのは", "と言うのは", "と申し上げたのは", "と書きましたのは", "と送ったのは", "って送ったのは",
		// 前に「死にたい」って書いたけど、誤解させてごめん。仕事が嫌って意味で.
		"って書いたけど", "と書いたけど", "って言ったけど", "と言ったけど", "って送ったけど", "って打ったけど", "って書きましたが", "と書きましたが"}
	metaMeanings = []string{"という意味", "って意味", "っていう意味", "の意味", "という事", "ということ", "ってこと", "っていうこと", "のことで", "のことです", "のことだ", "誤解"}
	// meantAs right after words say what they meant (死ぬしかないって意味で).
	meantAs = []string{"って意味で", "という意味で", "っていう意味で", "って意味だ", "って意味や", "という意味だ", "ってことで", "という意味です", "って意味です"}
	vouches = []string{"本当", "ほんと", "本気", "まじ", "マジ", "嘘じゃ", "うそじゃ", "冗談じゃ", "比喩じゃ", "そのまま", "文字通り", "言葉通り"}
)

// thoughtDenied is the length of a thought said not to be had at the
// start of text — a particle that quotes what came before, a verb of
// thinking and its negation, in any politeness or region: 命を絶とうなどとは
// 考えておりません, 死のうなんて思っていません, 消えようとは思わへん — or 0.
// Read as grammar rather than listed phrase by phrase (denialMarks): the
// risk model, which sees the risk words, reads such a promise as a plan.
// Not a negation that keeps a thought away (考えないようにしてる) or
// makes it a duty (考えなきゃ).
func (s *constructionSet) thoughtDenied(text []byte) int {
	n := prefixLen(text, s.quotes)
	if n == 0 {
		// The quote makes the risk word what is thought: その後のことは
		// 考えてない, a concept's own words, denies nothing of them.
		return 0
	}
	// An adverb may stand between: 死にでえとかはもう思ってねがら.
	n += prefixLen(text[n:], s.thoughtAdverbs)
	m := prefixLen(text[n:], s.thoughtNots)
	if m == 0 || hasPrefixAny(text[n+m:], s.thoughtKept) && !hasPrefixAny(text[n+m:], s.thoughtStill) {
		return 0
	}
	return n + m
}

// thoughtAdverbs may stand between a quoted thought and its denial.
var thoughtAdverbs = []string{"たぶん", "多分", "もう", "今は", "いまは", "今はもう", "いまはもう", "全然", "ぜんぜん", "全く", "まったく", "別に", "べつに", "本当に", "ほんとに", "ほんまに", "決して", "一度も", "いちども",
	// 命を絶つようなことは一切考えておりません (care set 273, round 47).
	"一切", "いっさい", "少しも", "すこしも", "毛頭"}

// meaningDenials deny what words meant: 死にたいという意味ではありません —
// the words explained, and taken back.
var meaningDenials = []string{"という意味では", "という意味じゃ", "って意味じゃ", "って意味では", "っていう意味じゃ", "っていう意味では", "という意味でな", "という意味でもな",
	"ていう意味じゃ", "という意味ではございませ", "という意味ではありませ", "という意味とちゃ", "って意味ちゃ", "っていう意味ちゃ", "という意味ちゃ",
	// 飛び降りるとかそういう意味じゃないから安心して
	"とかそういう意味じゃ", "とかそういう意味では", "とかそういう意味ちゃ",
	// 死にたいなどではないんです: the thought itself denied, in keigo
	// (care set 270, round 46).
	"などではな", "などじゃな", "などではありませ", "などではございませ"}

// quoteParticles quote a thought before its verb (死のう|などとは|考えて…).
//
// とも only after a word of death (死のうとも思ってない), not of life
// (生きたいとも思わない does not want to live: no denial at all).
var quoteParticles = []string{"ようなことは", "ようなことも", "ような事は", "みたいなことは", "みたいなことも", "などとは", "などと", "などは", "など", "なんてことは", "なんて", "なんか", "とかは", "とまでは", "とまで", "とは", "とか", "とも", "ことは", "ことも", "ことなんて", "ことなんか", "っては", "って", "は", "と"}

// lifeWishes before とも思わない make it no denial: 生きたいとも思わない
// wants nothing of life.
var lifeWishes = []string{"生きたい", "いきたい", "生きていたい", "いきていたい", "生きてたい", "生きよう", "いきよう", "生きる", "いきる", "生きていこう", "長生きしたい"}

// thoughtNegations are a verb of thinking negated, each stem in kanji and
// kana with the endings of plain, polite, humble and regional speech.
var thoughtNegations = func() []string {
	var out []string
	for _, stem := range []string{"思", "おも"} {
		for _, end := range []string{"ってな", "っていな", "っておりませ", "っておらん", "っていませ", "ってませ", "ってへん", "っとらん", "っちょらん", "ってもな", "ってもいな",
			"わな", "わん", "わへん", "わね", "いませ", "うてへん", "うておりませ", "うとらん",
			// 東北, 関東: 思ってねえ, 思ってねがら — not 思ってね、 (a filler).
			"ってねえ", "ってねぇ", "ってねー", "ってねが", "ってねぇが",
			// 関西: 思てへん, 思てない.
			"てへん", "てない"} {
			out = append(out, stem+end)
		}
	}
	for _, stem := range []string{"考", "かんが"} {
		for _, end := range []string{"えてな", "えていな", "えておりませ", "えておらん", "えていませ", "えてませ", "えてへん", "えとらん", "えちょらん", "えてもな", "えてもいな",
			"えな", "えん", "えへん", "えね", "えませ"} {
			out = append(out, stem+end)
		}
	}
	return out
}()

// thoughtStill after a negated thinking verb keep the denial though they
// start like thoughtKept: polite (思ってないです, not 思わないで) or hedged
// (思ってないと思う, not 考えないと) — a hedge care hears as not yet safe.
var thoughtStill = []string{"いです", "いと思", "いとおも"}

// thoughtKept after a negated thinking verb undo the denial: kept away
// (ないように, ないで), a duty (なきゃ, なければ, なくちゃ, なあかん), a
// condition (ないと, なくても), or not yet (ずに).
var thoughtKept = []string{"いよう", "いで", "いと", "くても", "くちゃ", "きゃ", "けれ", "あか", "いでもな", "ずに",
	// 昔は死にたいなんて思わなかったけど、最近また: then, not now (…のに,
	// a double negative: denialUndone, after every denial).
	"かったけど", "かったが", "かったんだけど", "かったんやけど",
	// 消えたいって思わない日がない: every day.
	"い日がな", "い日はな", "い日な", "い時がな", "い時はな", "い朝がな", "い夜がな", "いことがな"}

// allHiragana reports whether b holds hiragana only (crisisView has no
// katakana): the grammar between a risk word and its denial.
func allHiragana(b []byte) bool {
	for _, r := range string(b) {
		if r < 'ぁ' || r > 'ゖ' {
			return false
		}
	}
	return true
}

// englishDenied reports an English denial right before from ("not
// suicidal", "don't want to die").
func (s *constructionSet) englishDenied(text []byte, from int) bool {
	for _, d := range s.english {
		if bytes.HasSuffix(text[:from], d) {
			return true
		}
	}
	return false
}

// before returns up to n characters of text before from.
func before(text []byte, from, n int) []byte {
	start := from
	for k := 0; k < n && start > 0; k++ {
		_, size := utf8.DecodeLastRune(text[:start])
		start -= size
	}
	return text[start:from]
}

// vanishing reports whether a risk word is a wish to vanish (消えたい),
// the one embarrassment said after it makes hyperbole: 死にたい stays
// itself (死にたいくらい恥ずかしい is a degree, one level lower).
func vanishing(word []byte) bool {
	return bytes.HasPrefix(word, []byte("消え")) || bytes.HasPrefix(word, []byte("きえ"))
}

// inJest reports whether a wish to vanish (before and rest: what comes
// before and after it, crisis view) is said in jest: with what it is about
// (saidWithContext), and drawn out as typed (elongated: 消えたい〜, of
// which none of 33 kept lines is a sign) with no hardship told before it
// and nothing after taking the jest back — or laughed off.
func inJest(before, rest []byte, elongated bool) bool {
	if !saidWithContext(before, rest) {
		return false
	}
	if elongated && !hasAny(before, hardship) && !hasAny(rest, laughTakenBack) {
		return true
	}
	return laughedOff(before, rest)
}

// laughedOff reports whether rest, what follows a wish to vanish in the
// crisis view, laughs at it at once — 笑, 草 or w, after at most a
// particle or two (消えたいわ笑) or a feeling quoted (ってなった笑) — and
// nothing later takes the laugh back, with no hardship told before it
// (before). On the crisis sets written blind such wishes are hyperbole and
// the meant ones say so (消えたい笑って笑つけてるけど、ほんとは…); a wish to
// die laughed at is left to the risk model: conversation writers read
// 死にたいわw after a hard day as a sign to check.
func laughedOff(before, rest []byte) bool {
	quoted := prefixLen(rest, quotedFeeling)
	if quoted == 0 && hasAny(before, hardship) {
		// 店長にも怒られたしもう消えたい笑: a laugh over a hard day is
		// not read as a joke (as the writers of the kept conversations
		// read it) — unless the wish is told as a passing feeling
		// (詰められて、消えたい〜ってなった笑).
		return false
	}
	// 消えたくなったw: the wish told as one that came, laughed at — a
	// hardship before it still keeps it a sign.
	rest = rest[quoted:]
	rest = rest[prefixLen(rest, wishCame):]
	if n := prefixLen(rest, wishTakenBack); n > 0 && hasAny(rest[n:], [][]byte{[]byte("笑"), []byte("草"), []byte("w")}) && !hasAny(rest[n:], laughTakenBack) {
		// 消えてなくなりたい…いや消えんけど笑 次は勝つ: the wish taken
		// back at once, laughing (crisis set 285, round 38).
		return true
	}
	for k := 0; k < 2; k++ {
		r, size := utf8.DecodeRune(rest)
		if !strings.ContainsRune("わなよねぁぇおんさ", r) {
			break
		}
		rest = rest[size:]
	}
	switch {
	case bytes.HasPrefix(rest, []byte("笑")), bytes.HasPrefix(rest, []byte("草")):
		_, size := utf8.DecodeRune(rest)
		rest = rest[size:]
		if r, _ := utf8.DecodeRune(rest); strings.ContainsRune("えわっいおう", r) {
			return false // the verb: 消えたい。笑えないね
		}
	case bytes.HasPrefix(rest, []byte("w")):
		n := len(rest) - len(bytes.TrimLeft(rest, "w"))
		if n < len(rest) && n == 1 && isLatin(rest[n]) {
			return false // a word: 消えたいwhy
		}
		rest = rest[n:]
	default:
		return false
	}
	return !bytes.HasPrefix(rest, []byte("って")) && !hasAny(rest, laughTakenBack)
}

// saidWithContext reports whether a wish comes with at least minContext
// characters of something else (before and rest, crisis view): a bare
// もう消えたい笑 or なんか、もう消えたい〜 is left to the risk model, whose
// jest veto needs it all but sure — the kept lines read as hyperbole tell
// what they are about (会議で噛んだ, 明日のプレゼン).
func saidWithContext(before, rest []byte) bool {
	return utf8.RuneCount(before)+utf8.RuneCount(rest) >= minContext
}

// minContext is the fewest characters around a wish that say what it is
// about.
const minContext = 6

// hardship told before a laughed wish keeps it a sign (毎日怒鳴られて,
// 店長にも怒られたし).
var hardship = [][]byte{[]byte("怒られ"), []byte("おこられ"), []byte("怒鳴られ"), []byte("どなられ"), []byte("毎日"), []byte("毎晩"), []byte("ずっと"),
	[]byte("休みもな"), []byte("休みな"), []byte("限界"), []byte("しんど"), []byte("つら"), []byte("辛"), []byte("疲れ"), []byte("つかれ"), []byte("あかん"),
	[]byte("無理"), []byte("むり"), []byte("爆死")}

// wishTakenBack takes a wish to vanish back as soon as it is said (いや
// 消えんけど, まあ消えないけど), in the crisis view.
var wishTakenBack = crisisBytes([]string{"いや消えんけど", "いや消えないけど", "いや消えへんけど", "いや消えねえけど", "まあ消えんけど", "まあ消えないけど",
	"まあ消えへんけど", "消えんけど", "消えないけど", "消えへんけど", "いや消えんよ", "いや消えないよ"})

// jokedAway reports whether rest, what follows a wish in the crisis view,
// calls it a joke at once — after nothing but a laugh, a filler or a
// sentence end (死んだ方がマシw いや冗談やけど笑, 死にたい〜なんてね) — and
// nothing later says it was meant (冗談だけど、ほんとは…). A wish softened
// by a joke said first (冗談だけどさ、死にたい) is not this: the joke must
// follow the wish.
func jokedAway(rest []byte) bool {
	p := 0
	for k := 0; k < 6 && p < len(rest); k++ {
		if n := prefixLen(rest[p:], jokeRetractions); n > 0 {
			after := rest[p+n:]
			return !hasPrefixAny(after, jokeDenied) && !hasAny(after, laughTakenBack) && !hasAny(after, jokeMeant)
		}
		r, size := utf8.DecodeRune(rest[p:])
		if !strings.ContainsRune("w笑草〜ーっ!！?？。、.…・ いやまあわなよねだぜ", r) {
			return false
		}
		p += size
	}
	return false
}

// jokeRetractions call what was just said a joke.
var jokeRetractions = crisisBytes([]string{"冗談", "じょうだん", "うそうそ", "嘘嘘", "なんてね", "なーんてね", "なんちゃって", "うそだけど", "嘘だけど", "うそやけど", "嘘やけど", "嘘です", "うそです"})

// jokeDenied, right after 冗談, says it is none (冗談やないけん, 冗談抜きで).
var jokeDenied = crisisBytes([]string{"じゃな", "じゃね", "やな", "ではな", "でな", "ちゃう", "ちゃい", "抜き", "ぬき", "とかじゃ", "とちゃう"})

// jokeMeant, after a joke called so, takes it back: half meant, or meant.
var jokeMeant = crisisBytes([]string{"半分本気", "半分ほんと", "半分マジ", "半分まじ", "ちょっと本気", "少し本気", "割と本気", "わりと本気", "けっこう本気", "結構本気", "でも本当", "でもほんと"})

// quotedFeeling may come between a wish and its laugh: 消えたい〜ってな
// った笑.
var quotedFeeling = [][]byte{[]byte("ってなってる"), []byte("ってなった"), []byte("ってなる"), []byte("ってなります"), []byte("って思った"), []byte("っておもった"), []byte("って感じ"), []byte("ってかんじ")}

// wishCame may come between a wish and its laugh: 消えたくなった笑.
var wishCame = [][]byte{[]byte("なった"), []byte("なりました"), []byte("なる")}

// laughTakenBack, after the laugh, says the wish was meant.
var laughTakenBack = [][]byte{[]byte("じゃない"), []byte("じゃなく"), []byte("じゃね"), []byte("笑えな"), []byte("わらえな"), []byte("ほんとは"), []byte("本当は"),
	[]byte("冗談抜き"), []byte("冗談じゃ"), []byte("つけられ"), []byte("ずっと"), []byte("前から"), []byte("まえから")}

func isLatin(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

// after returns up to n characters of text from from.
func after(text []byte, from, n int) []byte {
	end := from
	for k := 0; k < n && end < len(text); k++ {
		_, size := utf8.DecodeRune(text[end:])
		end += size
	}
	return text[from:end]
}

// hit is one construction found in a message.
type hit struct {
	c      *construction
	span   span
	risk   akari.Risk // the construction's, lowered by a degree
	vetoed bool       // by its object, what follows it, denial, hyperbole or a veto construction
	// ordinary is set when what was said around it makes it ordinary:
	// a denial, hyperbole or embarrassment, what follows or precedes it,
	// or an everyday context (a towel on a door handle, a film). Vetoed
	// only by its object (会社から消えたい) or a veto construction, it is
	// not.
	ordinary bool
	settled  bool // construction.settled, or vetoed by objects.settled
	// negated: the act said plainly not done (自分を傷つけない).
	negated bool
	// byObject: vetoed by its object (会社から消えたい), which a wish said
	// again right after it with no object of its own shares.
	byObject bool
}

// sentenceContext is where the context of a risk word at from is read:
// its sentence and the ones on either side. Context said further away — a
// workday told at length before 今から線路行く — does not make the word
// ordinary; said next to it, before or after (七輪と炭買ったで！週末ベランダで
// 焼肉や), it does. Over all crisis sets (round 31): two more lines read,
// no false alarm more than with the whole message as the context.
func sentenceContext(ends []int32, from, n int) (lo, hi int) {
	i := 0 // the sentence from is in
	for i < len(ends) && int(ends[i]) <= from {
		i++
	}
	lo, hi = 0, n
	if i >= 2 {
		lo = int(ends[i-2])
	}
	if i+1 < len(ends) {
		hi = int(ends[i+1])
	}
	return lo, hi
}

// quietBetween reports whether a word of construction k's unless list is
// found in text[lo:hi]. occs are in text order; quiet, when it covers k,
// says whether any of k's unless words is in the message at all, so that
// a stem found a thousand times in a long message is not checked against
// every occurrence each time (an hour-long paste had made it quadratic).
func quietBetween(lex *lexicon, occs []occurrence, quiet *unlessSeen, k uint16, lo, hi int) bool {
	if seen, known := quiet.has(k); known && !seen {
		return false
	}
	first, _ := slices.BinarySearchFunc(occs, lo, func(o occurrence, at int) int { return cmp.Compare(int(o.at), at) })
	for _, o := range occs[first:] {
		if int(o.at) >= hi {
			break
		}
		for _, u := range lex.uses[o.word] {
			if u.kind == useUnless && u.idx == k {
				return true
			}
		}
	}
	return false
}

// unlessSeen marks the constructions any of whose unless words occurs in a
// message, read once per message.
type unlessSeen [16]uint64

// mark sets, for every occurrence, the constructions its word quiets.
func (q *unlessSeen) mark(lex *lexicon, occs []occurrence) {
	for _, o := range occs {
		for _, u := range lex.uses[o.word] {
			if u.kind == useUnless && int(u.idx) < len(q)*64 {
				q[u.idx/64] |= 1 << (u.idx % 64)
			}
		}
	}
}

// has reports whether construction k has an unless word in the message;
// known is false for an index past the set, which must be looked up.
func (q *unlessSeen) has(k uint16) (seen, known bool) {
	if int(k) >= len(q)*64 {
		return false, false
	}
	return q[k/64]&(1<<(k%64)) != 0, true
}

// maxHits bounds the hits kept per message (on the stack).
const maxHits = 24

// hits is what the constructions found in one message.
type hits struct {
	list [maxHits]hit
	n    int
}

func (h *hits) add(x hit) {
	if h.n < maxHits {
		h.list[h.n] = x
		h.n++
	}
}

// find runs every construction whose stem the lexicon found in text
// (crisisView, UTF-8, its sentences ending at ends); elongated says the
// message as typed draws out a wish to vanish (vanishElongated), which the
// crisis view cannot show.
func (s *constructionSet) find(text []byte, ends []int32, lex *lexicon, occs []occurrence, elongated bool, out *hits) {
	var ibuf [8]span
	innocent := innocentSpans(lex, occs, ibuf[:0])
	var quiet unlessSeen
	quiet.mark(lex, occs)
	for _, o := range occs {
		stem := lex.words[o.word]
		from := int(o.at)
		if inside(span{from, from + len(stem)}, innocent) && len(stem) < maxInnocentStem {
			// 薬 in 薬局, 首 in 首都: an everyday word, not the risk word.
			continue
		}
		for _, u := range lex.uses[o.word] {
			if u.kind != useStem {
				continue
			}
			c := &s.cs[u.idx]
			// A veto's exceptions (隕石落ちてこないかな。…私の上に) are read
			// over the whole message; a sign's ordinary context, near it.
			lo, hi := 0, len(text)
			if c.risk != akari.RiskNone {
				lo, hi = sentenceContext(ends, from, len(text))
				if c.before != nil {
					// As far back as its objects are read (面接の準備は全部した。
					// 書類も整理した。あとはやるだけ).
					lo = min(lo, from-len(before(text, from, c.before.window)))
				}
			}
			if quietBetween(lex, occs, &quiet, u.idx, lo, hi) {
				// Set aside, not unseen: the model and the phrases must
				// not read the stem either (映画…線路に飛び込むシーン).
				if c.risk != akari.RiskNone {
					out.add(hit{c: c.construction, span: span{from, from + len(stem)}, risk: c.risk, vetoed: true, ordinary: true})
				}
				continue
			}
			end, ok := c.matchEnd(text, from+len(stem))
			if !ok {
				continue
			}
			veto, kept := c.objects(text[:from])
			if c.before != nil && c.before.need && !kept {
				if !c.keptAfter(text[end:]) {
					continue
				}
				kept = true
			}
			veto = veto || !kept && (c.postposed(text[end:], sentenceEndAfter(ends, end, len(text))-end) || c.postposedNext(text, ends, end))
			if !veto && !kept && c.before != nil && c.before.aside && out.objectSaidBefore(c.construction, ends, from) {
				// このプロジェクト、早く終わってほしい。終わらせたい: the wish
				// said again, its object left unsaid, is of the same thing.
				veto = true
			}
			h := hit{c: c.construction, span: span{from, end}, risk: c.risk, settled: c.settled, byObject: veto}
			if c.risk != akari.RiskNone {
				h.settled = veto && c.before.settled
				h.ordinary = hasPrefixAny(text[end:], c.notAfter) || hasSuffixAny(text[:from], c.notBefore) || veto && !c.before.aside
				h.vetoed = veto || h.ordinary
				if len(c.ends) == 0 && verbStemEnd(stem) && actNegated(text[end:]) {
					// 今夜はもう自分を傷つけない: the act itself said not done,
					// a denial the risk model does not overrule either.
					h.vetoed, h.ordinary, h.negated = true, true, true
				}
				switch s.read(text, from, from+len(stem), end) {
				case figurative:
					h.vetoed, h.ordinary = true, true
				case meant:
					if c.jest && vanishing(text[from:]) && inJest(text[:from], text[end:], elongated) {
						// もう消えたい笑, 消えたい〜: a wish to vanish, said
						// in jest as often as not, laughed at or drawn out
						// as it is said.
						h.vetoed, h.ordinary = true, true
					}
				case lowered:
					h.risk = lower(h.risk)
					h.vetoed = h.vetoed || h.risk == akari.RiskNone
				}
			} else if hasPrefixAny(text[end:], c.notAfter) || hasSuffixAny(text[:from], c.notBefore) {
				continue
			}
			out.add(h)
		}
	}
	// A wish joined to a denied one is denied with it: 死にたいとか消えたい
	// という気持ちは、今はありません.
	for i := range out.n {
		h := &out.list[i]
		if h.vetoed || h.c.risk == akari.RiskNone {
			continue
		}
		for j := range out.n {
			d := &out.list[j]
			if d.c.risk == akari.RiskNone || !d.vetoed || d.span.from < h.span.to || !coordinated(text[h.span.to:d.span.from]) {
				continue
			}
			if s.denied(text, d.span.to, d.span.to) {
				h.vetoed, h.ordinary = true, true
			}
		}
	}
	// A veto construction swallows the risk constructions inside it.
	for i := range out.n {
		v := &out.list[i]
		if v.c.risk != akari.RiskNone {
			continue
		}
		for j := range out.n {
			r := &out.list[j]
			if r.c.risk != akari.RiskNone && r.span.from >= v.span.from && r.span.to <= v.span.to {
				r.vetoed = true
			}
		}
	}
}

// objectSaidBefore reports whether a hit of c found before from, in its
// sentence or the two before it, was set aside by its object.
func (h *hits) objectSaidBefore(c *construction, ends []int32, from int) bool {
	at := sentenceOf(ends, from)
	for i := range h.n {
		p := &h.list[i]
		if p.c == c && p.byObject && p.span.to <= from && at-sentenceOf(ends, p.span.from) <= 2 {
			return true
		}
	}
	return false
}

// sentenceOf is the index of the sentence the byte at pos is in.
func sentenceOf(ends []int32, pos int) int {
	i := 0
	for i < len(ends) && int(ends[i]) <= pos {
		i++
	}
	return i
}

// verbStemEnd reports whether a stem ends as a verb's stem before ない
// (傷つけ, 押し付け, 打ちつけ: e-row kana) — not a noun (生きてる意味ない is
// no meaning, not an act not done).
func verbStemEnd(stem []byte) bool {
	r, _ := utf8.DecodeLastRune(stem)
	return strings.ContainsRune("けげせぜてでねへべめれ", r)
}

// actNegated reports whether rest, right after an act named by a stem
// alone (自分を傷つけ, 自分を殴), negates it plainly — not as a condition
// (傷つけないと落ち着かない, 傷つけないでいられない) — itself or named as a
// thing not done (傷つけることはいたしません, 傷つけたりはしない).
func actNegated(rest []byte) bool {
	n := prefixLen(rest, actNegations)
	if n == 0 {
		if k := prefixLen(rest, actNominalized); k > 0 {
			rest = rest[k:]
			rest = rest[prefixLen(rest, actAdverbs):]
			n = prefixLen(rest, doneNegations)
		}
	}
	if n == 0 {
		return false
	}
	return !hasPrefixAny(rest[n:], negationConditions)
}

var (
	actNegations       = crisisBytes([]string{"ない", "ません", "ねえ", "ねぇ", "へん", "ねー"})
	actNominalized     = crisisBytes([]string{"るようなことは", "るようなことも", "ることは", "ることも", "ることなど", "ることなんて", "たりは", "たりも", "たり"})
	actAdverbs         = crisisBytes([]string{"もう", "決して", "けっして", "絶対に", "絶対", "二度と"})
	doneNegations      = crisisBytes([]string{"いたしませ", "致しませ", "しませ", "しな", "せん", "しね", "せえへん", "しやん"})
	negationConditions = crisisBytes([]string{"と", "で", "なら", "まま", "のに", "ように", "ようにし", "なきゃ", "ければ", "けれ", "かな", "かも", "か"})
)

// coordinated reports whether between joins two wishes as one (とか, や).
func coordinated(between []byte) bool {
	switch string(between) {
	case "とか", "や", "とかも", "とか或いは", "とかあるいは", "とかそういう", "か",
		// 切りたい気持ちも死にたい気持ちも今はないです
		"気持ちも", "気持ちとか", "のも", "も":
		return true
	}
	return false
}

func lower(r akari.Risk) akari.Risk {
	if r == akari.RiskHigh {
		return akari.RiskConcern
	}
	return akari.RiskNone
}

// matchEnd finds an end within gap characters of from; with no ends the
// stem alone matches.
func (c *compiledConstruction) matchEnd(text []byte, from int) (int, bool) {
	if len(c.ends) == 0 {
		return from, true
	}
	for k := 0; k <= c.gap && from <= len(text); k++ {
		for _, e := range c.ends {
			if e == nil {
				if k == 0 {
					return from, true
				}
				continue
			}
			if w, ok := bytes.CutSuffix(e, []byte("$")); ok {
				if to := from + len(w); to == len(text) && bytes.HasPrefix(text[from:], w) {
					return to, true
				}
				continue
			}
			if bytes.HasPrefix(text[from:], e) {
				return from + len(e), true
			}
		}
		if from == len(text) {
			break
		}
		_, size := utf8.DecodeRune(text[from:])
		from += size
	}
	return 0, false
}

// objects finds the nearest object word before the stem (in before, the
// text up to it): veto when it is a veto word, kept when a keep word. Of
// two words ending at the same place the longer wins (全部, not 部).
// postposed reports whether rest, what follows a match, names its object
// as an afterthought: マジで消えたい、会議から; もう消えたい…会社から笑. Only
// a from-object that closes the message (or a laugh or a particle does)
// counts: 消えたい。会社から帰ってきて… goes on to something else.
func (c *compiledConstruction) postposed(rest []byte, stop int) bool {
	if c.before == nil || len(c.from) == 0 || len(c.veto) == 0 {
		return false
	}
	return saidAfter(rest, c.veto, fromMark, len(rest), stop)
}

// postposedNext reports a from-object said as a sentence of its own right
// after the match's: 毎日消えたいって思ってる。会社から。有給全部使って… —
// not a sentence that goes on from it (消えたい。会社から帰ってきて…).
func (c *compiledConstruction) postposedNext(text []byte, ends []int32, end int) bool {
	if c.before == nil || len(c.from) == 0 || len(c.veto) == 0 {
		return false
	}
	n := len(text)
	first := sentenceEndAfter(ends, end, n)
	if first >= n {
		return false
	}
	next := sentenceEndAfter(ends, first+1, n)
	return saidAfter(text[first:], c.veto, fromMark, 0, next-first)
}

// sentenceEndAfter is where the sentence holding the byte at pos ends (n
// when it runs to the end of the message).
func sentenceEndAfter(ends []int32, pos, n int) int {
	for _, e := range ends {
		if int(e) >= pos {
			return int(e)
		}
	}
	return n
}

// keptAfter reports an object the construction needs said as an
// afterthought, topic and all: 別にどうなってもいいです。自分のことは.
func (c *compiledConstruction) keptAfter(rest []byte) bool {
	return saidAfter(rest, c.keep, topicMarks, 6, len(rest))
}

// saidAfter reports one of words said within reach of rest's start as an
// afterthought: closed by one of marks and the end of the message, or by
// a laugh or a particle (postposedEnds, at most maxTail bytes of them), or
// by the end of its sentence at stop (消えてなくなりたい、この職場から。次の
// 仕事決まったら…).
func saidAfter(rest []byte, words, marks [][]byte, maxTail, stop int) bool {
	win := rest[:min(len(rest), postposedReach)]
	for _, w := range words {
		i := bytes.Index(win, w)
		if i < 0 || i > maxPostposedGap {
			continue
		}
		after := rest[i+len(w):]
		for _, mark := range marks {
			if tail, ok := bytes.CutPrefix(after, mark); ok && (len(tail) == 0 || len(rest)-len(tail) == stop || hasPrefixAny(tail, postposedEnds) && len(tail) <= maxTail) {
				return true
			}
		}
	}
	return false
}

// fromMark closes a from-object said as an afterthought (会議から).
var fromMark = [][]byte{[]byte("から")}

// topicMarks close an object said as an afterthought (自分のことは).
var topicMarks = [][]byte{[]byte("のことは"), []byte("のことなんて"), []byte("のことなんか"), []byte("のこと"), []byte("なんて"), []byte("なんか"), []byte("は")}

// postposedReach (bytes) bounds where an afterthought's object may be, and
// maxPostposedGap how far after the match it may start (もう…, マジで).
const (
	postposedReach  = 48
	maxPostposedGap = 12
)

// postposedEnds may close an afterthought: 会社から笑, 会議からね, 会社からだけ.
var postposedEnds = [][]byte{[]byte("笑"), []byte("w"), []byte("ｗ"), []byte("草"), []byte("ね"), []byte("よ"), []byte("な"), []byte("だけ"), []byte("です"), []byte("やで"), []byte("ばい"), []byte("だよ"), []byte("の話")}

func (c *compiledConstruction) objects(text []byte) (veto, kept bool) {
	if c.before == nil {
		return false, false
	}
	win := before(text, len(text), c.before.window)
	bestEnd, bestLen := -1, 0
	for k, list := range [2][][]byte{c.veto, c.keep} {
		for _, w := range list {
			i := bytes.LastIndex(win, w)
			if i < 0 {
				continue
			}
			end := i + len(w)
			if end < bestEnd || end == bestEnd && len(w) <= bestLen {
				continue
			}
			if k == 0 {
				// A word right before the stem needs no mark: 全社会議、消えたい
				// folds to 全社会議消えたい.
				next := win[end:]
				if len(c.from) > 0 && len(next) > 0 && !hasPrefixAny(next, c.from) || len(c.from) == 0 && hasPrefixAny(next, subjectMarks) {
					continue
				}
			}
			bestEnd, bestLen = end, len(w)
			veto, kept = k == 0, k == 1
		}
	}
	if kept {
		// 仕事を全部終わらせて: 全部 counts the work, the object before it;
		// 会社から跡形もなく消えたい: 跡形 is how one leaves the company.
		marks := objectMarks
		if !hasSuffixAny(win[:bestEnd], quantifiers) {
			marks = nil
			if hasSuffixAny(win[:bestEnd], manners) {
				marks = c.from
			}
		}
		q := win[:bestEnd-bestLen]
		for _, w := range c.veto {
			for _, mark := range marks {
				if bytes.HasSuffix(q, append(w[:len(w):len(w)], mark...)) {
					return true, false
				}
			}
		}
	}
	return veto, kept
}

// manners are keep words that may say how one leaves a place named
// before them with its mark: 会社から跡形もなく.
var manners = crisisBytes([]string{"跡形"})

// quantifiers are keep words that may count another object: 仕事を全部.
var quantifiers = crisisBytes([]string{"全部", "全て", "すべて", "何もかも", "なにもかも"})

// objectMarks follow an object: を, は, も.
var objectMarks = [][]byte{[]byte("を"), []byte("は"), []byte("も")}

// subjectMarks follow a word that is the subject or the cause rather than
// the object: 仕事がつらくて, 会社で, 上司に — or what the person is
// measured against (母より先にお迎えが来てくれないかな: crisis set 352,
// round 46).
var subjectMarks = [][]byte{[]byte("が"), []byte("で"), []byte("に"), []byte("より")}

func hasPrefixAny(b []byte, list [][]byte) bool {
	for _, p := range list {
		if p != nil && bytes.HasPrefix(b, p) {
			return true
		}
	}
	return false
}

// prefixLen is the length of the longest word of list b starts with, or 0.
func prefixLen(b []byte, list [][]byte) int {
	n := 0
	for _, p := range list {
		if len(p) > n && bytes.HasPrefix(b, p) {
			n = len(p)
		}
	}
	return n
}

func hasSuffixAny(b []byte, list [][]byte) bool {
	for _, p := range list {
		if p != nil && bytes.HasSuffix(b, p) {
			return true
		}
	}
	return false
}

// overlaps reports whether s overlaps one of spans.
func overlaps(s span, spans []span) bool {
	for _, x := range spans {
		if s.from < x.to && x.from < s.to {
			return true
		}
	}
	return false
}

// weakSeen reports whether a weak risk word occurs outside every veto and
// every everyday word that contains it (落ち着く, 首都…), and is not denied
// right after it: 別に死ぬとかじゃないけど、毎日しんどい answers the plain
// question care mode asks, and must not be read as the sign it denies.
func (s *constructionSet) weakSeen(text []byte, lex *lexicon, occs []occurrence, vetoes []span) bool {
	var buf [8]span
	innocent := innocentSpans(lex, occs, buf[:0])
	for _, o := range occs {
		for _, u := range lex.uses[o.word] {
			sp := span{int(o.at), int(o.at) + len(lex.words[o.word])}
			if u.kind == useWeak && !overlaps(sp, vetoes) && !inside(sp, innocent) && !s.denied(text, sp.to, sp.to) {
				return true
			}
		}
	}
	return false
}

// weakDenied reports a weak risk word denied right after it (別に死ぬとか
// じゃないけど): the person says what it is not.
func (s *constructionSet) weakDenied(text []byte, lex *lexicon, occs []occurrence) bool {
	for _, o := range occs {
		for _, u := range lex.uses[o.word] {
			if u.kind == useWeak && s.denied(text, int(o.at)+len(lex.words[o.word]), int(o.at)+len(lex.words[o.word])) {
				return true
			}
		}
	}
	return false
}

// innocentSpans appends the spans of the everyday words in occs to dst.
func innocentSpans(lex *lexicon, occs []occurrence, dst []span) []span {
	for _, o := range occs {
		for _, u := range lex.uses[o.word] {
			if u.kind == useInnocent {
				dst = append(dst, span{int(o.at), int(o.at) + len(lex.words[o.word])})
			}
		}
	}
	return dst
}

// idiomSeen reports whether a figure of speech holding a weak word
// (idiomWords, registered after innocentWords) is in the text.
func idiomSeen(lex *lexicon, occs []occurrence) bool {
	for _, o := range occs {
		for _, u := range lex.uses[o.word] {
			if u.kind == useInnocent && int(u.idx) >= len(innocentWords) {
				return true
			}
		}
	}
	return false
}

// maxInnocentStem: only short stems (one or two characters, 薬, 首) can
// hide inside an everyday word; a longer stem is the risk word itself.
const maxInnocentStem = 7

// inside reports whether s lies within one of spans.
func inside(s span, spans []span) bool {
	for _, x := range spans {
		if s.from >= x.from && s.to <= x.to {
			return true
		}
	}
	return false
}
