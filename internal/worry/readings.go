package worry

import "slices"

// Readings. Some people type without converting to kanji at all (「きのう
// かいしゃから きえたいって おもった」), and every rule, veto and n-gram of
// the classifier reads kanji: 会社から消えたい is work, かいしゃからきえたい
// was only 消えたい. A message typed in kana (kanaTyped) is read with the
// kanji of a short list of words written where their kana stand, as the
// same message typed with kanji. Only such a message: the tables and the
// corpus keep their own spelling, and rewriting every message moved the
// model's reading of kanji text for no gain (docs/classifier.md, round 11).
//
// Only words whose kana say one thing go in: not いきたい (生きたい or
// 行きたい: かいしゃいきたくない must not read as a wish not to live), not
// しね or ころす (むかしね, このころしごと), and every word long enough not
// to hide inside another (ぶしょう, じょうしき, しんだん are guarded by
// what follows).

// kanaReading is a word in kana and its kanji; notAfter lists the runes that,
// right after the kana, make it part of another word. With onlyAfter set,
// a hiragana right before the kana must be one of those runes (a particle
// or the end of a word): いしょ inside さいしょ, ないしょ or たいしょ is no
// 遺書.
type kanaReading struct {
	kana, kanji string
	notAfter    string
	onlyAfter   string
	// word: read only where a word starts (see readingTable.read).
	word bool
	// afterDigit: read only right after a digit (8かい is 8階); onlyBefore,
	// when set, lists the runes that may follow the kana (the end of the
	// text may too).
	afterDigit bool
	onlyBefore string
}

var readings = []kanaReading{
	// work
	{kana: "かいしゃ", kanji: "会社"}, {kana: "しょくば", kanji: "職場"}, {kana: "ぶしょ", kanji: "部署", notAfter: "う"},
	{kana: "じょうし", kanji: "上司", notAfter: "き"}, {kana: "かちょう", kanji: "課長"}, {kana: "ぶちょう", kanji: "部長"},
	{kana: "しゃちょう", kanji: "社長"}, {kana: "てんちょう", kanji: "店長"}, {kana: "どうりょう", kanji: "同僚"},
	{kana: "せんぱい", kanji: "先輩"}, {kana: "たいしょく", kanji: "退職"}, {kana: "てんしょく", kanji: "転職"},
	{kana: "しゅうかつ", kanji: "就活"}, {kana: "めんせつ", kanji: "面接"}, {kana: "ないてい", kanji: "内定"},
	{kana: "きゅうじん", kanji: "求人"}, {kana: "ざんぎょう", kanji: "残業"}, {kana: "やきん", kanji: "夜勤"},
	{kana: "ゆうきゅう", kanji: "有給"}, {kana: "きゅうりょう", kanji: "給料"}, {kana: "しごと", kanji: "仕事"},
	{kana: "ひきつぎ", kanji: "引き継ぎ"}, {kana: "しりょう", kanji: "資料"}, {kana: "しょるい", kanji: "書類"},
	{kana: "かいぎ", kanji: "会議"}, {kana: "でんわ", kanji: "電話"}, {kana: "ほうこく", kanji: "報告"},
	{kana: "のみかい", kanji: "飲み会"}, {kana: "けんしゅう", kanji: "研修"}, {kana: "かんじゃ", kanji: "患者"},
	{kana: "りようしゃ", kanji: "利用者"}, {kana: "ほいくえん", kanji: "保育園"}, {kana: "いくきゅう", kanji: "育休"},
	{kana: "きんちょう", kanji: "緊張"}, {kana: "よぼう", kanji: "予防"}, {kana: "ねんまえ", kanji: "年前"},
	// the seed worries typed in kana: ざいたくのひだけつめたい, じょうしにがちゃぎりされた
	{kana: "ざいたく", kanji: "在宅"}, {kana: "しゅっしゃ", kanji: "出社"}, {kana: "こそだて", kanji: "子育て"},
	{kana: "がちゃぎり", kanji: "ガチャ切り"}, {kana: "ぱわはら", kanji: "パワハラ"}, {kana: "はけん", kanji: "派遣"},
	{kana: "つめたい", kanji: "冷たい"}, {kana: "くれーむ", kanji: "クレーム"},
	// looking for work: しごと さがさなきゃ
	{kana: "さがさ", kanji: "探さ"}, {kana: "さがし", kanji: "探し"}, {kana: "さがす", kanji: "探す"},
	// the person and those around them
	{kana: "じぶん", kanji: "自分"}, {kana: "かぞく", kanji: "家族"}, {kana: "こども", kanji: "子ども"},
	{kana: "じんせい", kanji: "人生"}, {kana: "そんざい", kanji: "存在"}, {kana: "いのち", kanji: "命"},
	{kana: "めいわく", kanji: "迷惑"}, {kana: "はずかしい", kanji: "恥ずかしい"}, {kana: "ぜんぶ", kanji: "全部"},
	// death, vanishing, means and places
	{kana: "しにたい", kanji: "死にたい"}, {kana: "しにそう", kanji: "死にそう"}, {kana: "しにます", kanji: "死にます"}, {kana: "しのう", kanji: "死のう", onlyAfter: wordEnds},
	{kana: "しんだ", kanji: "死んだ", notAfter: "んい"}, {kana: "しぬ", kanji: "死ぬ"}, {kana: "じさつぼうし", kanji: "自殺防止"}, {kana: "じさつ", kanji: "自殺"},
	{kana: "きえたい", kanji: "消えたい"}, {kana: "きえる", kanji: "消える"}, {kana: "いきてる", kanji: "生きてる"},
	{kana: "いきている", kanji: "生きている"}, {kana: "いきかえ", kanji: "生き返"}, {kana: "くすり", kanji: "薬"},
	{kana: "おくじょう", kanji: "屋上"}, {kana: "せんろ", kanji: "線路"}, {kana: "ふみきり", kanji: "踏切"},
	{kana: "てくび", kanji: "手首"}, {kana: "ほうほう", kanji: "方法"}, {kana: "おわらせ", kanji: "終わらせ"},
	{kana: "れんたん", kanji: "練炭"}, {kana: "とびこ", kanji: "飛び込"},
	{kana: "うまれかわ", kanji: "生まれ変わ"}, {kana: "うまれてこな", kanji: "生まれてこな"}, {kana: "いきるかち", kanji: "生きる価値"},
	{kana: "かみさま", kanji: "神様"}, {kana: "さいご", kanji: "最後"}, {kana: "こんや", kanji: "今夜"}, {kana: "ほけん", kanji: "保険"},
	{kana: "めんせき", kanji: "免責"}, {kana: "しょきか", kanji: "初期化"}, {kana: "かたづけ", kanji: "片付け"}, {kana: "いきる", kanji: "生きる"},
	// Verbs of a means, where a kana ending of another word cannot stand
	// before them (つかれきった, よかった, できる are not read).
	{kana: "かいた", kanji: "書いた", onlyAfter: wordEnds}, {kana: "きった", kanji: "切った", onlyAfter: "はがをにもとのへやねよかうっ"},
	{kana: "かってきた", kanji: "買ってきた", onlyAfter: "をもとはが"}, {kana: "かった", kanji: "買った", onlyAfter: "をもとはが"},
	{kana: "きず", kanji: "傷", notAfter: "な"}, {kana: "さきにいく", kanji: "先にいく"},
	{kana: "おわり", kanji: "終わり"}, {kana: "めざめ", kanji: "目覚め"}, {kana: "いしょ", kanji: "遺書", notAfter: "う", onlyAfter: wordEnds}, {kana: "おち", kanji: "落ち"},
	// The words the constructions read around a wish, a means or a
	// place, as a kanji typist writes them (しぬ じゅんび できた, えきで
	// とびこむ, じこに あいたい, ずっと ねむりたい: crisis sets 250 and
	// 251, round 36).
	{kana: "しんで", kanji: "死んで", notAfter: "ん", onlyAfter: wordEnds}, {kana: "じゅんび", kanji: "準備"},
	{kana: "うまれて", kanji: "生まれて"}, {kana: "ねむり", kanji: "眠り"}, {kana: "ねむる", kanji: "眠る"},
	{kana: "おきたく", kanji: "起きたく"}, {kana: "きえて", kanji: "消えて"}, {kana: "いきて", kanji: "生きて", notAfter: "え"},
	{kana: "おわれば", kanji: "終われば"}, {kana: "とびおり", kanji: "飛び降り"}, {kana: "くびつ", kanji: "首つ"},
	{kana: "でんしゃ", kanji: "電車"}, {kana: "ほうちょう", kanji: "包丁"}, {kana: "はもの", kanji: "刃物"},
	{kana: "ゆいごん", kanji: "遺言"}, {kana: "ぜつぼう", kanji: "絶望"}, {kana: "しょうらい", kanji: "将来"},
	{kana: "はたらく", kanji: "働く"}, {kana: "げんかい", kanji: "限界"}, {kana: "つっこ", kanji: "突っ込"},
	{kana: "たかいところ", kanji: "高いところ"}, {kana: "しょうどう", kanji: "衝動"}, {kana: "いままで", kanji: "今まで"},
	{kana: "しにものぐるい", kanji: "死に物狂い"}, {kana: "ごそうしん", kanji: "誤送信"}, {kana: "ほぞん", kanji: "保存"},
	{kana: "かんだ", kanji: "噛んだ", onlyAfter: "でをにもがは"}, {kana: "かえす", kanji: "返す"}, {kana: "かえせ", kanji: "返せ"},
	{kana: "めがさめ", kanji: "目が覚め"}, {kana: "こなきゃ", kanji: "来なきゃ", onlyAfter: wordEnds}, {kana: "こなければ", kanji: "来なければ", onlyAfter: wordEnds},
	// Short words, read only where a word starts (えき inside えきたい,
	// じこ in じこしょうかい).
	{kana: "えき", kanji: "駅", word: true}, {kana: "つぎ", kanji: "次", word: true}, {kana: "じこ", kanji: "事故", notAfter: "しけせちこまひ", word: true},
	{kana: "のむ", kanji: "飲む", word: true}, {kana: "ひも", kanji: "紐", word: true}, {kana: "らく", kanji: "楽", word: true},
	{kana: "うで", kanji: "腕", word: true}, {kana: "いみ", kanji: "意味", word: true},
	{kana: "あさ", kanji: "朝", notAfter: "っいせひ", word: true}, {kana: "あした", kanji: "明日", word: true}, {kana: "ひとり", kanji: "一人", word: true},
	{kana: "さめ", kanji: "覚め", word: true}, {kana: "さく", kanji: "柵", notAfter: "じせねひらぶぎし", word: true},
	{kana: "こえた", kanji: "越えた", word: true}, {kana: "こえて", kanji: "越えて", word: true},
	{kana: "だれか", kanji: "誰か", word: true}, {kana: "ころして", kanji: "殺して", word: true}, {kana: "くるま", kanji: "車", notAfter: "で", word: true},
	{kana: "とぶ", kanji: "飛ぶ", word: true}, {kana: "はいる", kanji: "入る", word: true}, {kana: "きざ", kanji: "刻", notAfter: "しま", onlyAfter: wordEnds},
	{kana: "きっちゃ", kanji: "切っちゃ", onlyAfter: wordEnds + "た"}, {kana: "きりすぎ", kanji: "切りすぎ", word: true}, {kana: "あえない", kanji: "会えない", word: true},
	{kana: "げんきで", kanji: "元気で", word: true},
	// Round 37 (crisis set 265): a place and its hour, strength for a
	// life, a wish to stop on a crossing, an illness wished for (がん
	// only before a particle: がんばる, がんこ, がんか are read as typed);
	// a friend's words and an inspection as typed with kanji, so that
	// the rules that read them as ordinary see them.
	{kana: "ほどうきょう", kanji: "歩道橋"}, {kana: "ゆうがた", kanji: "夕方"}, {kana: "きりょく", kanji: "気力"},
	{kana: "たちどまり", kanji: "立ち止まり"}, {kana: "ねたまま", kanji: "寝たまま", onlyAfter: wordEnds}, {kana: "てんごく", kanji: "天国"},
	{kana: "すいみんやく", kanji: "睡眠薬"}, {kana: "たいしょくきん", kanji: "退職金"}, {kana: "ともだち", kanji: "友達"},
	{kana: "てんけん", kanji: "点検"},
	// Crisis set 268: a workday, a railing, a blow, an illness and a ward
	// wished for, a subway's pull, something entrusted, living as a duty, a
	// river only before a particle (かわいい, かわり are read as typed).
	{kana: "しゅっきん", kanji: "出勤"}, {kana: "てすり", kanji: "手すり"}, {kana: "なぐっ", kanji: "殴っ", onlyAfter: wordEnds},
	{kana: "びょうき", kanji: "病気"}, {kana: "にゅういん", kanji: "入院"}, {kana: "みつかったら", kanji: "見つかったら"},
	{kana: "ちかてつ", kanji: "地下鉄"}, {kana: "すいこまれ", kanji: "吸い込まれ"}, {kana: "あずけ", kanji: "預け", onlyAfter: wordEnds},
	{kana: "いきなきゃ", kanji: "生きなきゃ"}, {kana: "いきなければ", kanji: "生きなければ"}, {kana: "こうつうじこ", kanji: "交通事故"},
	{kana: "うらやましい", kanji: "羨ましい"},
	{kana: "かわ", kanji: "川", word: true, notAfter: "いらりっるれろくけこさしすせそたちつてとうえおよゆやわ"},
	{kana: "いわれ", kanji: "言われ", onlyAfter: "てとっに"}, {kana: "いますぐ", kanji: "今すぐ", word: true}, {kana: "みつから", kanji: "見つから"},
	// Crisis set 276: things entrusted and given, a mother named, a fall
	// down the stairs wished for, a life's worth, closing time.
	{kana: "たくした", kanji: "託した", onlyAfter: wordEnds}, {kana: "おかあさん", kanji: "お母さん"}, {kana: "たいせつ", kanji: "大切"},
	{kana: "ひとにあげ", kanji: "人にあげ"},
	// Crisis set 277, typed without spaces: a day planned, a letter left,
	// a place looked for, the sea of trees, farewells, the world left, a
	// life's meaning, hurting oneself, things left undone, a job's end.
	{kana: "よてい", kanji: "予定"}, {kana: "てがみ", kanji: "手紙"}, {kana: "おいてき", kanji: "置いてき"}, {kana: "ばしょ", kanji: "場所"},
	{kana: "じゅかい", kanji: "樹海"}, {kana: "おわかれ", kanji: "お別れ"}, {kana: "せかい", kanji: "世界"}, {kana: "いきるいみ", kanji: "生きる意味"},
	{kana: "きずつけ", kanji: "傷つけ"}, {kana: "おもいのこす", kanji: "思い残す"}, {kana: "けしてくれ", kanji: "消してくれ"}, {kana: "いきとって", kanji: "生きとって"},
	{kana: "ほうがらく", kanji: "ほうが楽"}, {kana: "あんけん", kanji: "案件"}, {kana: "かんぱい", kanji: "乾杯"}, {kana: "しねる", kanji: "死ねる", onlyAfter: wordEnds},
	{kana: "おくった", kanji: "送った"}, {kana: "ろくおん", kanji: "録音"}, {kana: "まど", kanji: "窓", word: true, notAfter: "ぐぎかろべわ"}, {kana: "あけた", kanji: "開けた"}, {kana: "かいだん", kanji: "階段"}, {kana: "ほねおれ", kanji: "骨折れ"}, {kana: "やすめる", kanji: "休める"},
	{kana: "いきてるかち", kanji: "生きてる価値"}, {kana: "ていじ", kanji: "定時"}, {kana: "いたすぎ", kanji: "痛すぎ"}, {kana: "ぎっくりごし", kanji: "ぎっくり腰"}, {kana: "がん", kanji: "癌", word: true, notAfter: "ばびぶべぼこかきくけじたちてめもしっぺぐげぎなりんゃゅょ"},
	{kana: "そうしき", kanji: "葬式"}, {kana: "ほけんきん", kanji: "保険金"}, {kana: "ひこうき", kanji: "飛行機"},
	{kana: "のこす", kanji: "残す"}, {kana: "のこせ", kanji: "残せ"}, {kana: "のこして", kanji: "残して"},
	{kana: "こわい", kanji: "怖い", word: true}, {kana: "めが", kanji: "目が", notAfter: "ねみ", word: true}, {kana: "こない", kanji: "来ない", word: true},
	// Round 38 (crisis sets 280 and 283): a railing climbed, a platform's
	// edge, a burden, a life not needed, no reason or hope left, this
	// world, savings sent, photos deleted, a room, a transfer asked for.
	{kana: "のりこえ", kanji: "乗り越え"}, {kana: "はしっこ", kanji: "端っこ"}, {kana: "おにもつ", kanji: "お荷物"},
	{kana: "にんげん", kanji: "人間"}, {kana: "ひつよう", kanji: "必要"}, {kana: "りゆう", kanji: "理由"}, {kana: "きぼう", kanji: "希望"},
	{kana: "このよ", kanji: "この世", notAfter: "う"}, {kana: "ふりこ", kanji: "振り込", notAfter: "う"},
	{kana: "ぜんぶけし", kanji: "全部消し"}, {kana: "へや", kanji: "部屋", word: true}, {kana: "つうちょう", kanji: "通帳"}, {kana: "いんかん", kanji: "印鑑"},
	{kana: "のこしたく", kanji: "残したく"}, {kana: "てんきん", kanji: "転勤"}, {kana: "がんばる", kanji: "頑張る"}, {kana: "じゃま", kanji: "邪魔"},
	{kana: "ちゅうしゃじょう", kanji: "駐車場"}, {kana: "まえ", kanji: "前", word: true, notAfter: "だばむ"}, {kana: "しなない", kanji: "死なない"},
	{kana: "ばんそうこう", kanji: "絆創膏"}, {kana: "はしわたる", kanji: "橋渡る"}, {kana: "うんでくれて", kanji: "産んでくれて"},
	{kana: "おきにいり", kanji: "お気に入り"}, {kana: "じんしんじこ", kanji: "人身事故"}, {kana: "じんしん", kanji: "人身"}, {kana: "かいから", kanji: "階から", word: true}, {kana: "ひっこし", kanji: "引っ越し"}, {kana: "えらぶ", kanji: "選ぶ"},
	{kana: "きよみず", kanji: "清水"}, {kana: "ぶたい", kanji: "舞台", notAfter: "にく"},
	// Round 39 (crisis set 292): a neck squeezed, sleep wished to last, the
	// floor a window is on (まど、あけた。8かい; 10かいのベランダ) — after a
	// number and before a particle or the end only: 3かい おこられた is
	// three times.
	{kana: "くびしめ", kanji: "首絞め"}, {kana: "ねむった", kanji: "眠った"}, {kana: "のこした", kanji: "残した"}, {kana: "かい", kanji: "階", afterDigit: true, onlyBefore: "のかにまで"},
	// Round 40: a bridge typed a word at a time (はし の うえ いま), which
	// had been read only through a 死のう spelt across its words.
	{kana: "はしのうえ", kanji: "橋の上", word: true}, {kana: "やねのうえ", kanji: "屋根の上", word: true},
	// Everyday words of a tired night (crisis set 305): typed in kana, the
	// model read さいふ しんでる and あたらしい しょくば as it never reads
	// 財布死んでる or 新しい職場. A life's end wished and a step taken.
	{kana: "さいふ", kanji: "財布"}, {kana: "あたま", kanji: "頭", word: true}, {kana: "ちこく", kanji: "遅刻"}, {kana: "かべに", kanji: "壁に"}, {kana: "うちつけ", kanji: "打ち付け"},
	{kana: "つうきん", kanji: "通勤"}, {kana: "あたらしい", kanji: "新しい"}, {kana: "しかたない", kanji: "仕方ない"}, {kana: "にもつ", kanji: "荷物"},
	{kana: "おわらない", kanji: "終わらない"}, {kana: "いっぽ", kanji: "一歩", word: true}, {kana: "ふみだ", kanji: "踏み出"}, {kana: "えいえん", kanji: "永遠"},
	// Safety told in kana (care set 244): someone come and with one, a
	// promise, not cutting, a shop left.
	{kana: "かれし", kanji: "彼氏"}, {kana: "いっしょに", kanji: "一緒に"}, {kana: "やくそく", kanji: "約束"}, {kana: "きらない", kanji: "切らない", onlyAfter: wordEnds},
	{kana: "おみせ", kanji: "お店"},
	// Crisis set 312: a back and legs dead (figures), an occupational
	// doctor's question, a drill, a platform's far end, a house's beam,
	// a delivery.
	{kana: "こし", kanji: "腰", word: true, notAfter: "ょかがきけこらんゅ"}, {kana: "あし", kanji: "足", word: true, notAfter: "たすらび"},
	{kana: "さんぎょうい", kanji: "産業医"}, {kana: "めんだん", kanji: "面談"}, {kana: "きかれた", kanji: "聞かれた"},
	{kana: "ぼうさい", kanji: "防災"}, {kana: "くんれん", kanji: "訓練"}, {kana: "いちばんはし", kanji: "いちばん端"},
	{kana: "いえのはり", kanji: "家の梁"}, {kana: "じょうぶそう", kanji: "丈夫そう"}, {kana: "のうひん", kanji: "納品"},
}

// minKanaTyped is the fewest hiragana a message read as typed in kana
// holds. It was eight; very short night messages typed without kanji
// (いしょ かいた, てくび きった: crisis sets 246–249, round 35) went unread.
const minKanaTyped = 5

// wordEnds are the hiragana a word may follow: particles, and the ends of
// もう, まだ, ずっと (もういしょもかいた).
const wordEnds = "はがをにでもとのへやねよかうっ"

// readingTable finds the readings by their first kana.
type readingTable struct {
	first [0x60]uint8 // first rune - 'ぁ' → index+1 into byFirst
	lists [][]compiledReading
}

type compiledReading struct {
	kana, kanji []rune
	notAfter    []rune
	onlyAfter   []rune
	word        bool
	afterDigit  bool
	onlyBefore  []rune
}

func newReadingTable(list []kanaReading) readingTable {
	var t readingTable
	for _, rd := range list {
		k := []rune(rd.kana)
		c := compiledReading{kana: k, kanji: []rune(rd.kanji), notAfter: []rune(rd.notAfter), onlyAfter: []rune(rd.onlyAfter), word: rd.word, afterDigit: rd.afterDigit, onlyBefore: []rune(rd.onlyBefore)}
		i := k[0] - 'ぁ'
		if t.first[i] == 0 {
			t.lists = append(t.lists, nil)
			t.first[i] = uint8(len(t.lists))
		}
		n := t.first[i] - 1
		t.lists[n] = append(t.lists[n], c)
	}
	// Longest first: いきている before いきてる.
	for _, l := range t.lists {
		for i := 1; i < len(l); i++ {
			for j := i; j > 0 && len(l[j].kana) > len(l[j-1].kana); j-- {
				l[j], l[j-1] = l[j-1], l[j]
			}
		}
	}
	return t
}

// kanaReadings is built once; it is read-only after.
var kanaReadings = newReadingTable(readings)

// read rewrites, in place, the kana of the words in text as their kanji
// and returns the text's new length. Every kanji spelling is shorter than
// its kana (TestReadingsShorten), so the write never overtakes the read.
//
// A message typed in kana (everywhere) is read wherever a word's kana
// stand; any other only where a word typed in hiragana starts (m's
// starts; with no marks, at the beginning of text). Kanji typists leave a
// space before a word now and then too (給料 やすすぎ もう しんだる): the
// word after it is read as they would have written it. Short words that
// would hide inside others (えき, じこ) are read only where a word starts.
// m's marks, when m is not nil, are moved to where their runes went.
func (t *readingTable) read(text []rune, everywhere bool, m *marks) int {
	w := 0
	prev := rune(0) // the rune before i as typed (the write may have overtaken it)
	ks, ke := 0, 0
	for i := 0; i < len(text); {
		atStart := m == nil && i == 0
		if m != nil {
			for ; ks < len(m.starts) && int(m.starts[ks]) <= i; ks++ {
				atStart = atStart || int(m.starts[ks]) == i
				m.starts[ks] = int32(w)
			}
			for ; ke < len(m.ends) && int(m.ends[ke]) <= i; ke++ {
				m.ends[ke] = int32(w)
			}
		}
		r := text[i]
		if (everywhere || atStart) && r >= 'ぁ' && r < 'ぁ'+0x60 {
			if n := t.first[r-'ぁ']; n != 0 {
				// Kana read from inside a word typed a word at a time
				// end where the next word starts: はし の うえ holds no
				// しのう. (From a word's start they may run on: いきてる
				// かち is 生きてる価値.)
				span := len(text) - i
				if m != nil && !atStart && ks < len(m.starts) {
					span = int(m.starts[ks]) - i
				}
				if c, ok := match(t.lists[n-1], text[i:i+span], prev, atStart); ok {
					prev = c.kana[len(c.kana)-1]
					w += copy(text[w:], c.kanji)
					i += len(c.kana)
					continue
				}
			}
		}
		text[w] = r
		prev = r
		w++
		i++
	}
	if m != nil {
		for ; ks < len(m.starts); ks++ {
			m.starts[ks] = int32(w)
		}
		for ; ke < len(m.ends); ke++ {
			m.ends[ke] = int32(w)
		}
	}
	return w
}

// match finds the reading of the word at the start of text. atStart: a
// word starts there, so the rune before it (prev) binds nothing.
func match(list []compiledReading, text []rune, prev rune, atStart bool) (*compiledReading, bool) {
next:
	for k := range list {
		c := &list[k]
		if len(c.kana) > len(text) || c.word && !atStart || c.afterDigit && (prev < '0' || prev > '9') {
			continue
		}
		if !atStart && len(c.onlyAfter) > 0 && isHiragana(prev) && !slices.Contains(c.onlyAfter, prev) {
			continue
		}
		for j, r := range c.kana {
			if text[j] != r {
				continue next
			}
		}
		if len(c.onlyBefore) > 0 && len(c.kana) < len(text) && !slices.Contains(c.onlyBefore, text[len(c.kana)]) {
			continue
		}
		if len(c.kana) < len(text) {
			after := text[len(c.kana)]
			for _, r := range c.notAfter {
				if after == r {
					continue next
				}
			}
		}
		return c, true
	}
	return nil, false
}

// kanaTyped reports whether a normalised message was typed in kana: at
// least minKanaTyped hiragana and at most one kanji for every eight of
// them.
func kanaTyped(text []rune) bool { return typedInKana(kanaCounts(text)) }

func typedInKana(hira, kanji int) bool { return hira >= minKanaTyped && kanji*8 <= hira }

// kanaCounts counts the hiragana and the kanji of text.
func kanaCounts(text []rune) (hira, kanji int) {
	for _, r := range text {
		switch {
		case isHiragana(r):
			hira++
		case isKanji(r):
			kanji++
		}
	}
	return hira, kanji
}
