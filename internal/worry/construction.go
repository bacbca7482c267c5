package worry

import (
	"bytes"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/akari"
)

// A construction is a risk word (death, vanishing, self-harm, a method or a
// place) followed, within gap characters, by the grammar that turns it into
// a wish, a plan or a relief: 死に+たい, 消え+てしまいたい, ホーム+…飛び込み,
// 薬+を貯めて, 目が覚めな+ければいい, 生きてて+ごめん. A phrase list must
// spell every inflection and dialect; a construction needs only the stem and
// the ending, so 死にたか (九州), 死にとう (関西), しにたみ and 4にたい fire
// without being listed.
//
// The same machinery says what is NOT a crisis. A construction may look at
// the nearest object before its stem (会社から消えたい and プロジェクトを終わり
// にしたい are about work; この世から消えたい is not), at what follows it
// (わたしにたいして is 私に対して), and constructions with risk none are
// vetoes: someone else's 「死ね」 quoted (上司に死ねと言われた is harassment),
// a suicide-prevention campaign or life insurance at work, and idioms
// (死ぬほど眠い, 死ぬ気で). A veto covers its words only: a phrase from
// crisis.yaml that lies inside it is ignored, the rest of the message is
// still read.
//
// The tables live in code rather than prompts/ because they are grammar:
// operators add words and idioms in crisis.yaml and teach the model with
// crisis/corpus.yaml; a new construction needs a test with it.
type construction struct {
	name  string
	risk  akari.Risk // none: a veto
	stems []string
	ends  []string // "" (or no ends) means the stem alone
	gap   int      // characters allowed between stem and end
	// notAfter vetoes a match followed right away by one of these.
	notAfter []string
	// before, when set, looks at the nearest object word before the stem.
	before *objects
}

// objects decides a construction by the nearest listed word before its
// stem: a veto word (work, someone else) means it is not a crisis, a keep
// word (the self, the world, everything) means it is; neither within
// window characters leaves the construction as it is.
type objects struct {
	veto, keep []string
	window     int
	// from, when set, is what must follow a veto word (会社から消えたい);
	// otherwise a veto word followed by が, で or に is the subject or the
	// cause, not the object (仕事がつらくて終わりにしたい), and is skipped.
	from []string
}

// Object lists shared by several constructions.
var (
	workObjects = []string{
		"会社", "職場", "部署", "チーム", "現場", "店", "業界", "社内", "会議", "仕事", "バイト", "派遣", "取引先",
		"プロジェクト", "案件", "グループ", "事務所", "支店", "本社", "オフィス", "シフト", "飲み会", "部", "課",
		"作業", "業務", "残業", "契約", "交渉", "関係", "今日", "今週", "話", "喧嘩", "連勤", "夜勤", "研修",
		"引き継ぎ", "試用期間", "繁忙期", "電話", "片思い", "恋", "付き合い", "勤め", "単身赴任", "ライン",
		"グループライン", "名簿", "打ち合わせ", "ミーティング", "リモート", "在宅", "営業", "企画", "資料",
		"タスク", "炎上", "クレーム", "案件", "この件",
	}
	selfObjects = []string{
		"この世", "世界", "世の中", "地球", "全部", "全て", "すべて", "何もかも", "なにもかも", "人生", "存在",
		"自分", "私", "わたし", "僕", "ぼく", "俺", "おれ", "あたし", "命", "いのち", "生きる", "跡形", "永遠",
	}
	otherPeople = []string{
		"上司", "部長", "課長", "係長", "社長", "店長", "主任", "先輩", "同僚", "後輩", "客", "あいつ", "あの人",
		"やつ", "奴", "役員", "専務", "常務", "リーダー", "マネージャー", "お局", "パワハラ",
	}
	// otherSubject follows another person who is the subject of a death
	// wish (上司が死ねばいいのに, あいつなんか, 部長死ね): anger, not risk.
	otherSubject = []string{"が", "は", "なんか", "なんて", "も", "とか", "さえ", "だけ", "死", "し", "氏", "タヒ", "4"}
	// quitting and resting: relief that is about work, not life.
	reliefObjects = []string{
		"辞め", "やめ", "退職", "転職", "休職", "休ん", "休み", "休暇", "有給", "有休", "寝", "仕事", "相談",
		"話し", "話せ", "気が", "気持ち", "気分", "心が", "肩", "異動", "転勤", "手放", "片付", "終わらせて",
		"引き継", "減ら", "断っ", "家事", "育児", "定時", "残業", "在宅", "時短", "副業", "少し", "ちょっと",
		"身体", "体", "腰", "頭痛", "通勤", "引っ越し", "薬", "会社", "職場", "上司", "決め", "吐き出",
	}
)

// constructions are tried in order; every one that matches counts, so the
// order only matters for explanations.
var constructions = []construction{
	// --- vetoes ---
	{name: "someone else's 死ね (harassment)", risk: akari.RiskNone,
		stems: []string{"死ね", "しね", "氏ね", "タヒね", "4ね", "死んで", "死んじゃえ", "死んでしまえ", "消えろ", "消えて", "消えてくれ",
			"死ねば", "死んだら", "いなくなれ", "居なくなれ", "自殺しろ", "死んだほうが", "死んだ方が", "死ねよ", "いなくなって", "辞めろ"},
		ends: []string{"と言", "って言", "といわ", "っていわ", "とか言", "とかいわ", "と怒鳴", "って怒鳴", "とどな", "ってどな",
			"と罵", "って罵", "と書", "って書", "とまで言", "ってまで", "って送", "と送", "と叫", "って叫", "とメール", "と脅",
			"って脅", "と吐き捨て", "って吐き捨て", "とか平気", "って平気", "とか毎日", "って毎日", "ってさ", "と笑", "って笑"},
		gap: 8},
	{name: "prevention, insurance and news", risk: akari.RiskNone,
		stems: []string{"自殺予防", "自殺防止", "自殺対策", "自殺者", "自殺率", "自殺統計", "自殺総合", "自殺のニュース", "自殺報道",
			"いのちの電話", "生命保険", "死亡保険", "死亡保障", "自殺免責", "ゲートキーパー", "suicideprevention", "希死念慮の研修",
			"自殺未遂の患者", "自殺企図の患者", "自殺行為"}},
	{name: "idiom", risk: akari.RiskNone,
		stems: []string{"死ぬほど", "死ぬ程", "死ぬ気で", "死ぬ気", "死ぬかと思", "死にそう", "死んだように眠", "死んだ魚", "死ぬまで働",
			"必死", "死活", "決死", "死角", "死守", "死亡フラグ", "死に物狂い", "死にもの狂い", "死んだふり", "死にかけ",
			"消えたいくらい恥", "消えたいほど恥", "恥ずかしくて消えたい", "死にたいくらい恥", "死にたいほど恥",
			"飛び込み営業", "飛び込みで営業", "飛び込み訪問", "飛び込みの営業", "飛び込み客", "電車に飛び乗", "飛び降りる夢",
			"楽になりたいから相談", "消えたかと思", "消えたかとおも", "気が楽に", "気持ちが楽に", "心が楽に", "肩の荷", "死ぬ前に一度", "死ぬまでに一度"}},

	// --- high: explicit wish, plan, method, self-harm ---
	{name: "wish to die (死に+たい)", risk: akari.RiskHigh,
		stems:    []string{"死に", "氏に", "タヒに", "4に", "しに", "ｼﾆ"},
		ends:     []string{"たい", "たく", "たか", "たみ", "てえ", "とう", "てぇ"},
		notAfter: []string{"ない", "はない", "して", "する", "しても", "さん", "やき", "ありません"}},
	{name: "resolve to die (死のう)", risk: akari.RiskHigh,
		stems: []string{"死の", "氏の", "タヒの", "4の"},
		ends:  []string{"う", "っか"}},
	{name: "resolve to die, kana (しのうかな)", risk: akari.RiskHigh,
		stems: []string{"しの"},
		ends:  []string{"うかな", "うと思", "うとおも", "うかなって", "っかな"}},
	{name: "better dead (死んだほうが)", risk: akari.RiskHigh,
		stems: []string{"死ん", "しん", "タヒん"},
		ends: []string{"でしまいたい", "じゃいたい", "じゃおう", "でしまおう", "だほうがまし", "だ方がまし", "だほうがいい", "だ方がいい",
			"だほうが楽", "だ方が楽", "だら楽", "だららく", "でもいい", "で楽に", "じゃえば楽", "でしまえば楽", "だらいい", "だら全部", "で詫び"},
		before: &objects{veto: otherPeople, keep: selfObjects, window: 6, from: otherSubject}},
	{name: "if I could die (死ねたら)", risk: akari.RiskHigh,
		stems:  []string{"死ね", "しね", "氏ね", "タヒね", "4ね"},
		ends:   []string{"たら", "ば楽", "ばいい", "ばらく", "る方法", "る場所", "る薬", "ないかな", "れば", "る高さ"},
		before: &objects{veto: otherPeople, keep: selfObjects, window: 6, from: otherSubject}},
	{name: "die, said to oneself (もう4ね)", risk: akari.RiskConcern,
		stems:  []string{"死ね", "しね", "氏ね", "タヒね", "4ね"},
		ends:   []string{"$"},
		before: &objects{veto: otherPeople, keep: selfObjects, window: 6, from: otherSubject}},
	{name: "nothing but death (死ぬしかない)", risk: akari.RiskHigh,
		stems: []string{"死ぬ", "しぬ", "タヒぬ", "氏ぬ"},
		ends:  []string{"しかない", "しかねえ", "方法", "ほうほう", "準備", "つもり", "場所", "ことにし", "ことに決め", "って決め", "と決め", "のが一番", "日を決め"}},
	{name: "end my life", risk: akari.RiskHigh,
		stems: []string{"人生を終わらせ", "人生終わらせ", "人生を終わりにし", "人生終わりにし", "自分を終わらせ", "命を終わらせ", "人生に幕を",
			"命を絶", "いのちを絶", "命をたち", "自分を殺", "あの世に行", "あの世にい", "あの世へ", "天国に行きたい", "天国にいきたい"}},
	{name: "not wanting to live (生きていたくない)", risk: akari.RiskHigh,
		stems: []string{"生きていたく", "生きてたく", "生きたく", "いきていたく", "いきてたく", "生きていきたく", "生き続けたく", "生きてく気が"},
		ends:  []string{"ない", "なくな", "ねえ", "なかった", "しない", ""}},
	{name: "hanging", risk: akari.RiskHigh,
		stems: []string{"首を吊", "首吊", "首つり", "首をつり", "首をつろ", "首をつる", "首をくくり", "首くくり", "首をくくろ", "首をくくる", "首をつれ"}},
	{name: "cord (ロープ・紐)", risk: akari.RiskHigh,
		stems: []string{"ロープ", "紐", "縄"},
		ends: []string{"を買", "買っ", "をかけ", "掛け", "かける", "を用意", "用意し", "を準備", "準備し", "で首", "を首", "ドアノブ",
			"の結び方", "結び方", "吊る", "つるす", "をくく", "強度"},
		gap: 6, before: &objects{veto: []string{"荷物", "段ボール", "梱包", "靴", "電源", "工事", "倉庫", "引っ越し", "キャンプ", "登山", "テント", "洗濯"}, window: 10}},
	{name: "stockpiled pills (薬を貯めて)", risk: akari.RiskHigh,
		stems: []string{"薬", "くすり", "錠剤", "眠剤"},
		ends: []string{"を貯め", "貯めて", "貯めこ", "貯め込", "をため", "ためて", "ためこ", "溜め", "を集め", "集めて", "を全部飲", "全部飲",
			"まとめて飲", "をまとめて", "を大量", "大量に", "一気に飲", "一気飲", "何十錠", "百錠", "で死", "でしね", "で楽に", "をいっぱい飲", "ありったけ"},
		gap: 4, notAfter: []string{"し", "す", "せ"}},
	{name: "a place to jump (ホーム・屋上)", risk: akari.RiskHigh,
		stems: []string{"ホーム", "線路", "電車", "踏切", "踏み切り", "ふみきり", "屋上", "ビル", "橋", "崖", "ベランダ", "窓", "高い所",
			"高いところ", "高層", "マンション", "屋根", "歩道橋", "陸橋", "海", "ダム"},
		ends: []string{"に飛び込", "へ飛び込", "から飛び", "に飛び", "飛び込み", "飛び込ん", "飛び込め", "飛び込も", "飛び降り", "飛びおり",
			"とびおり", "とびこ", "に吸い込まれ", "吸い込まれ", "すいこまれ", "から落ち", "落ちたら", "おちたら", "落ちれば", "落ちても",
			"飛んだら", "飛べば", "飛べたら", "飛べる", "から下を見", "下をのぞ", "下を覗", "から身を", "に身を", "一歩踏み出", "一歩前に",
			"一歩出", "足が向", "足が出", "足がで", "下を見", "下をみ", "下ばかり見", "下ばかりみ", "ふっと", "ふらっと", "に入って", "へ入って", "に身投げ", "身投げ"},
		gap: 10, notAfter: []string{"営業", "えいぎょう", "客", "訪問", "乗", "のっ", "のり", "入り", "で営業", "の営業"}},
	{name: "self-harm", risk: akari.RiskHigh,
		stems: []string{"リスカ", "自傷", "アムカ", "レグカ", "腕を切", "手首を切", "手首切", "腕切", "自分を傷つけ", "体を傷つけ", "カッターで腕",
			"カッターで手首", "根性焼き", "血を見ると落ち着", "切りたい衝動", "切りたくなる"}},
	{name: "English or romaji", risk: akari.RiskHigh,
		stems: []string{"wanttodie", "wannadie", "killmyself", "killingmyself", "unalive", "endmylife", "endingmylife", "enditall",
			"suicid", "selfharm", "cutmyself", "cuttingmyself", "hangmyself", "overdose", "shinitai", "shinitee", "shinitaku",
			"jisatsu", "shindeshimaitai", "shinou", "betteroffdead", "wishiwasdead", "wishiweredead", "dontwanttolive", "donotwanttolive",
			"dontwanttobealive", "wanttodisappearforever"}},

	// --- concern: passive wish, hopelessness touching on death ---
	{name: "vanish (消えたい)", risk: akari.RiskConcern,
		stems: []string{"消え", "きえ", "居なくなり", "いなくなり", "蒸発し", "消滅し", "消え去り"},
		ends: []string{"たい", "たく", "てしまいたい", "ちゃいたい", "てなくなりたい", "去りたい", "れたら", "られたら", "たら楽", "れば楽",
			"てしまえ", "ちゃえ", "たみ", "てえ", "たか", "たさ", "ちまいたい"},
		notAfter: []string{"ない", "くらい恥", "ほど恥"},
		before:   &objects{veto: workObjects, keep: selfObjects, window: 12, from: []string{"から", "の前から", "からも"}}},
	{name: "end it all (終わりにしたい)", risk: akari.RiskConcern,
		stems:  []string{"終わりに", "おわりに", "終わらせ", "おわらせ", "終わりにし", "終われたら", "終わってほし", "終わりたい", "おわりたい"},
		ends:   []string{"したい", "したく", "しよう", "できたら", "すれば", "たい", "たく", "よう", "てしまいたい", "ようかな", "れたら", "", "い"},
		before: &objects{veto: workObjects, keep: selfObjects, window: 12}},
	{name: "relief (楽になりたい)", risk: akari.RiskConcern,
		stems:  []string{"楽になり", "らくになり", "楽になれ", "らくになれ", "楽にな"},
		ends:   []string{"たい", "たく", "るかな", "たら", "る方法", "るなら", "る気がする"},
		before: &objects{veto: reliefObjects, keep: []string{"死", "消え", "いなく", "全部", "人生", "永遠", "眠", "生きる", "早く", "もう"}, window: 10}},
	{name: "wishing for an accident", risk: akari.RiskConcern,
		stems: []string{"事故にあえば", "事故に遭えば", "事故にあったら楽", "事故に遭ったら楽", "事故にあいたい", "事故に遭いたい",
			"事故にでも", "事故でも起き", "事故に巻き込まれたい", "事故に巻き込まれれば", "事故に巻き込まれたら楽", "轢かれたら", "ひかれたら",
			"轢かれれば", "ひかれれば", "はねられたら", "はねられれば", "撥ねられたら", "轢かれたい", "ひかれたい", "はねられたい",
			"隕石落ちて", "隕石が落ちて", "隕石でも", "通り魔にでも", "事故にあって入院", "事故って入院", "事故れば", "事故ったら楽"},
		notAfter: []string{"どう", "危", "大変", "困る", "こわ", "怖"}},
	{name: "not waking up (目が覚めなければ)", risk: akari.RiskConcern,
		stems: []string{"目が覚めな", "目覚めな", "目がさめな", "めがさめな", "めざめな", "朝が来な", "朝がこな", "明日が来な", "明日がこな",
			"明日なんて来な", "明日なんか来な", "明日来な", "明日こな", "あしたが来な", "あしたがこな", "朝なんて来な", "あしたなんてこな"},
		ends: []string{"ければいい", "ければ楽", "きゃいい", "いでほしい", "いで欲しい", "いといい", "ければな", "くていい", "ければ", "いでくれ"}},
	{name: "never waking (永遠に眠りたい)", risk: akari.RiskConcern,
		stems: []string{"永遠に眠", "ずっと眠ったまま", "眠ったまま死", "二度と目覚め", "二度と目が覚め", "二度と起き", "目覚めたくない",
			"目を覚ましたくない", "目が覚めないで", "目覚めないで", "起きなければいいのに", "起きなきゃいいのに", "notwakeup", "neverwakeup",
			"nevertowakeup", "notwakingup", "永眠したい", "眠るように"}},
	{name: "why am I alive (なんで生きてるんだろう)", risk: akari.RiskConcern,
		stems:    []string{"なんで", "何で", "なぜ", "何故", "どうして", "何のため", "なんのため", "なにのため"},
		ends:     []string{"生きて", "いきて", "生きる", "生まれ", "うまれ", "生きな", "存在して", "産まれ"},
		gap:      3,
		notAfter: []string{"いけ", "いく", "いこ", "食べ", "稼", "る術", "きた"}},
	{name: "meaning of life (生きてる意味)", risk: akari.RiskConcern,
		stems: []string{"生きてる意味", "生きている意味", "生きる意味", "生きてても意味", "生きていても意味", "生きてる価値", "生きる価値",
			"生きている価値", "生きてる理由", "生きる理由", "いきてるいみ", "いきるいみ", "生きてても仕方", "生きていても仕方", "生きてる資格",
			"生きる資格", "生きててもしょうがない", "生きてても無駄", "生きる気力", "whyamialive", "noreasontolive", "whyami alive"},
		notAfter: []string{"を見つけ", "をみつけ", "を考える本", "について"}},
	{name: "worth of being here (存在価値)", risk: akari.RiskConcern,
		stems:  []string{"存在価値", "存在する意味", "存在意義", "存在してる意味", "いる意味がない", "居る意味がない", "いる価値がない"},
		before: &objects{veto: workObjects, window: 14, from: []string{"で", "の", "に", "から", "では", "での", "として", "にとって", "には", "内"}}},
	{name: "sorry for living (生きててごめん)", risk: akari.RiskConcern,
		stems: []string{"生きてて", "生きていて", "生きてる", "生まれてきて", "生まれて", "存在して", "いきてて", "産まれてきて", "産まれて", "生きてごめ", "生きて"},
		ends:  []string{"ごめん", "すみません", "すいません", "申し訳", "もうしわけ"},
		gap:   4},
	{name: "tired of living (生きるのに疲れた)", risk: akari.RiskConcern,
		stems: []string{"生きるの", "生きてるの", "生きていくの", "生きることに", "生きることが", "生きてることが", "生きてくの", "いきるの",
			"いきてるの", "人生に", "生きてるだけで", "生きていることが"},
		ends: []string{"疲れ", "つかれ", "辛", "つら", "しんど", "嫌", "いや", "面倒", "めんど", "苦し", "くるし", "限界", "無理", "むり"},
		gap:  4},
	{name: "better off without me", risk: akari.RiskConcern,
		stems: []string{"私なんて", "私なんか", "自分なんて", "自分なんか", "僕なんて", "俺なんて", "俺なんか", "あたしなんて", "わたしなんて",
			"うちなんて", "私が", "自分が", "僕が", "俺が", "あたしが", "わたしが", "私は", "自分は"},
		ends: []string{"いないほうがいい", "いない方がいい", "いなくなればいい", "いなくなっても誰も", "いなくなっても困らない", "いなくなった方がいい",
			"いなくなったほうがいい", "消えれば", "消えても誰も", "死んでも誰も", "存在しない方が", "存在しないほうが", "いらない人間",
			"生まれてこなければ", "生まれてこなきゃ", "いない方が", "いないほうが", "居ない方が", "居ないほうが"},
		gap: 4},
	{name: "vanish, romaji or English", risk: akari.RiskConcern,
		stems: []string{"kietai", "kieteshimaitai", "wanttodisappear", "wanttovanish", "wishicoulddisappear", "wishiwasntborn", "wishiwasneverborn"}},
}

// weakWords are risk words that alone prove nothing (死, 消え, 眠…) but let
// the model's judgement count (see riskOf). A word inside a veto does not
// count.
var weakWords = []string{
	"死", "しに", "しぬ", "タヒ", "消え", "きえ", "いなく", "居なく", "終わり", "おわり", "終わら", "楽に", "らくに", "眠", "目覚", "目が覚",
	"事故", "飛び", "落ち", "ホーム", "屋上", "薬", "首", "ロープ", "紐", "線路", "遺書", "命", "生まれ", "存在", "生き", "いきて", "疲れた",
	"限界", "die", "dead", "kill", "disappear",
}

// compiledConstruction is a construction in crisisView bytes.
type compiledConstruction struct {
	*construction
	stems, ends, notAfter [][]byte
	veto, keep, from      [][]byte
}

// constructionSet is every construction compiled, plus the weak words.
type constructionSet struct {
	cs   []compiledConstruction
	weak [][]byte
}

func crisisBytes(list []string) [][]byte {
	out := make([][]byte, 0, len(list))
	for _, s := range list {
		if s == "" {
			out = append(out, nil)
			continue
		}
		out = append(out, []byte(string(normalize(nil, s, crisisView))))
	}
	return out
}

func newConstructionSet() constructionSet {
	var set constructionSet
	for i := range constructions {
		c := &constructions[i]
		cc := compiledConstruction{construction: c, stems: crisisBytes(c.stems), ends: crisisBytes(c.ends), notAfter: crisisBytes(c.notAfter)}
		if c.before != nil {
			cc.veto, cc.keep, cc.from = crisisBytes(c.before.veto), crisisBytes(c.before.keep), crisisBytes(c.before.from)
		}
		set.cs = append(set.cs, cc)
	}
	set.weak = crisisBytes(weakWords)
	return set
}

// hit is one construction found in a message.
type hit struct {
	c      *construction
	span   span
	vetoed bool // by its object, what follows it, or a veto construction
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

// find runs every construction over text (crisisView, UTF-8).
func (s *constructionSet) find(text []byte, out *hits) {
	for k := range s.cs {
		c := &s.cs[k]
		for _, stem := range c.stems {
			for off := 0; off < len(text); {
				i := bytes.Index(text[off:], stem)
				if i < 0 {
					break
				}
				from := off + i
				off = from + 1
				end, ok := c.matchEnd(text, from+len(stem))
				if !ok {
					continue
				}
				h := hit{c: c.construction, span: span{from, end}}
				if c.risk != akari.RiskNone {
					h.vetoed = hasPrefixAny(text[end:], c.notAfter) || c.objectVeto(text[:from])
				}
				out.add(h)
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
			if string(e) == "$" {
				// "$" is the end of the message.
				if from == len(text) {
					return from, true
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

// objectVeto reports whether the nearest object word before the stem (in
// before, the text up to it) is a veto word.
func (c *compiledConstruction) objectVeto(before []byte) bool {
	if c.before == nil {
		return false
	}
	start := len(before)
	for k := 0; k < c.before.window && start > 0; k++ {
		_, size := utf8.DecodeLastRune(before[:start])
		start -= size
	}
	win := before[start:]
	best, veto := -1, false
	for k, list := range [2][][]byte{c.veto, c.keep} {
		for _, w := range list {
			i := bytes.LastIndex(win, w)
			if i < 0 || i+len(w) <= best {
				continue
			}
			if k == 0 {
				next := win[i+len(w):]
				if len(c.from) > 0 && !hasPrefixAny(next, c.from) || len(c.from) == 0 && hasPrefixAny(next, subjectMarks) {
					continue
				}
			}
			best, veto = i+len(w), k == 0
		}
	}
	return veto
}

// subjectMarks follow a word that is the subject or the cause rather than
// the object: 仕事がつらくて, 会社で, 上司に.
var subjectMarks = [][]byte{[]byte("が"), []byte("で"), []byte("に")}

func hasPrefixAny(b []byte, list [][]byte) bool {
	for _, p := range list {
		if p != nil && bytes.HasPrefix(b, p) {
			return true
		}
	}
	return false
}

// inSpans reports whether s lies inside one of spans.
func inSpans(s span, spans []span) bool {
	for _, x := range spans {
		if s.from >= x.from && s.to <= x.to {
			return true
		}
	}
	return false
}

// weakSeen reports whether a weak risk word occurs outside every veto.
func (s *constructionSet) weakSeen(text []byte, vetoes []span) bool {
	for _, w := range s.weak {
		for off := 0; off < len(text); {
			i := bytes.Index(text[off:], w)
			if i < 0 {
				break
			}
			sp := span{off + i, off + i + len(w)}
			off = sp.from + 1
			if !inSpans(sp, vetoes) {
				return true
			}
		}
	}
	return false
}
