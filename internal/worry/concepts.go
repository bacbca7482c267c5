package worry

import (
	"slices"
	"strconv"

	"github.com/akari-career/akari/internal/akari"
)

// A concept pair is how a message says a crisis without any word of death:
// a means or a place (a blade, a cord, the gas tap, pills, a rooftop, the
// tracks) next to an act on oneself or a sign of the end (自分に向けて,
// 首に巻いて, 全部飲む, 越えられる, 帰りはいらない), a farewell next to an
// absence (手紙 … もういない, 預けた … 準備はできた), a body that stops next
// to a wish (心臓 … 止まってくれ), a burden next to the whole of oneself
// (息してるだけで迷惑). Each side is a semantic class, a list of words; a
// pair fires when one word of each side lies within window characters, in
// either order, and no word of its context list (cooking, camping, a
// transfer, a trip, a cold, someone else's words) is anywhere in the
// message. A construction needs a stem and its grammar right after it;
// a pair needs only the two ideas near each other, so it reads the many
// ways people put them.
type conceptPair struct {
	name   string
	risk   akari.Risk
	a, b   []string
	window int // characters between the starts of the two words
	// With no b, a word of a alone fires (いなくても同じ), unless its
	// context is there. ordered wants b after a (おやすみ…ずっと, not
	// ずっと起きてた、おやすみ).
	ordered bool
	unless  []string // context words that make the pair ordinary talk
	// near are context words that make it ordinary only within nearReach
	// characters of either of its words: the background of a work worry
	// (育休明けで居場所ない, 子ども, 会社) is everywhere, and a farewell said
	// a sentence later is not about it.
	near []string
	// overVetoes reads the pair's words even where a risk construction was
	// set aside (not past a veto construction: an idiom, someone else's
	// words): a cover story (荷造りですって顔して) is what sets the cord
	// aside, and a pair's own context lists may say better than a
	// construction's what is ordinary.
	overVetoes bool
}

// Semantic classes shared by several pairs.
var (
	// blades, cords, gas and pills: means at hand.
	meansBlades = []string{"ほうちょう", "包丁", "ナイフ", "カッターの刃", "カッターナイフ", "カッターを", "カッターで自分", "カッターで手首", "カッターで腕", "カッター当て", "カッター持", "カッター握", "カッターを握", "カッター新し", "新しいカッター", "刃物", "カミソリ", "剃刀", "かみそり", "果物ナイフ"}
	meansCords  = []string{"ロープ", "紐", "ひも", "コードを", "コードで", "コード巻", "にコード", "ケーブル", "ベルト", "縄", "タオル", "延長コード", "ネクタイ"}
	meansGas    = []string{"がすせん", "もとせん", "ガソリン", "灯油", "排ガス", "ガス栓", "ガスの元栓", "元栓", "練炭", "七輪", "排気ガス", "硫化水素", "ガスの栓", "洗剤混ぜ", "洗剤を混ぜ", "混ぜるな危険", "塩素系と酸性"}
	meansPills  = []string{"すいみんやく", "薬", "くすり", "錠剤", "眠剤", "睡眠薬", "安定剤", "市販薬", "処方薬", "pills"}
	// actsOnSelf turn a means towards the person.
	actsOnSelf = []string{
		"自分のために使", "自分に使",
		"じぶんに", "じぶんを", "くびに", "くびを", "ぜんぶのむ", "いっきに",
		"自分刺", "自分を刺", "自分に刺", "自分に向け", "自分を切", "自分に当て", "首に巻", "首に回", "首にかけ", "首に掛け", "首を絞", "首絞",
		"鴨居に掛け", "鴨居にかけ", "梁に掛け", "梁にかけ", "鴨居に結", "梁に結",
		"首に", "首を", "首にあて", "首に当て", "喉に当て", "喉に刺", "胸に刺", "腹に刺", "お腹に刺", "手首に当て", "腕に当て", "刺したら", "刺せば", "刺せる",
		"刺してしま", "ひねって寝", "ひねったまま", "開けたまま寝", "開けて寝", "栓をひね", "栓ひね", "栓をあけ",
		"栓を開け", "目張り", "全部飲", "全部のむ", "ぜんぶのむ", "ぜんぶ飲", "一気に飲", "一気にのむ", "まとめて飲", "まとめてのむ", "飲み干",
		"何錠飲", "何錠いる", "何錠で", "致死量", "全部いっき", "残り全部", "もうこれしかない", "もうこれしか", "終われる", "終わらせられ", "楽になれ", "朝には終わ",
		"寝たら終わ", "手遅れ", "もう遅い", "自分にかけ", "頭からかぶ", "火をつけ", "ドアノブ", "結んで試", "かけて試", "で試した", "で試したら", "試したらどうなる", "試してみようか", "今夜使", "今夜こそ使", "引き込む方法", "車内に引き込", "並べた", "並べて", "数えて", "数えた", "シートから出", "全部出し", "ぜんぶ出し", "ひねるだけ", "ひねれば", "だけで済む", "だけで終わ", "簡単に終わ", "onmyself",
	}
	// heights and water: places to fall or sink.
	placesHigh = []string{
		"おくじょう", "てすり", "ほどうきょう", "てっきょう",
		"屋上", "ベランダ", "橋から", "橋の上", "橋の欄干", "あの橋", "鉄橋", "歩道橋", "大橋", "崖", "断崖", "絶壁", "東尋坊", "三段壁",
		"華厳", "フェンス", "柵", "手すり", "欄干", "窓から", "窓の外", "窓開け", "窓を開け", "階から", "階の窓", "階のベランダ", "階の屋上", "高層", "展望台",
		"橋に", "橋の", "橋まで", "最上階", "高いとこ", "高い所", "高い場所", "高いビル", "非常階段", "外階段", "階段の上から", "吹き抜け", "屋根", "ダム", "bridge", "rooftop", "roof", "cliff", "balcony",
	}
	// overTheEdge: a way over, a look down, a way in, no way back.
	overTheEdge = []string{
		"さいごに", "したみて", "したをみ", "とべ", "とびおり", "こえれ",
		"越えられ", "越えれ", "こえられ", "こえれ", "超えられ", "超えれ", "乗り越え", "よじ登", "登れ", "のぼれ", "上れ", "今夜のぼ",
		"のぼってみ", "登ってみ", "下見て", "下を見", "下見る", "下みて", "見下ろ", "下ばかり", "下をのぞ", "下覗", "下を覗", "身を乗り出", "飛べ",
		"飛んだら", "飛ぼ", "落ちたら", "落ちれ", "落ちよ", "行き方", "いきかた",
		"帰りの切符", "片道", "切符はいらな", "帰りのバス", "帰りの電車", "帰りの便", "帰る予定はな", "帰るつもりはな", "帰る気はな", "戻る気はな", "戻るつもりはな", "片道切符", "帰りはいらな", "帰らない", "戻らない", "最後に", "最期", "鍵かかってな", "鍵がかかってな",
		"鍵開い", "鍵が開い", "出られる", "行ってくる", "思ったより低", "低かった", "高さ", "何メートル", "何階", "行ける", "行ってみよう", "行ってみる", "川を見て", "水面を", "ずっと下を", "誰も来ない", "誰にも見られ", "ここなら", "向かってる", "のぼってる途中", "上ってる途中", "登ってる途中", "手すり低", "柵低", "手すりが低", "柵が低", "開いてた", "開いていた", "開いてる", "あと一歩", "開くなら", "窓枠に座", "窓に腰", "窓辺に座", "手をかけ", "手を掛け", "一歩だけ", "あとは一歩", "有名なところ", "有名な場所", "有名らしい", "名所", "車停め", "車を停め", "足をかけ", "足を掛け", "またい", "跨い", "今なら", "今夜なら", "いまなら", "手すりに座", "手すりに腰",
		"手すりに立", "手すりの上", "柵の上", "縁に座", "縁に立", "ふちに立", "ふちに座", "へりに", "下の川", "下の海", "下の線路", "下の道路",
		"下が暗", "下は暗", "下が見え", "飛べそう", "探して", "さがして", "jump", "下見した", "下見しに", "下見に行", "下見して",
	}
	// water: walking in, sinking, no way back.
	placesWater = []string{"うみ", "かわに", "海に", "海へ", "海まで", "海の", "川に", "川へ", "川の", "湖", "滝", "波", "sea", "river"}
	intoWater   = []string{"はいって", "かえらない", "もどらない", "戻らん", "帰らん", "もどらん", "かえらん", "しずむ", "しずみ", "突っ込", "靴を脱", "靴脱い", "靴はもう", "向かって歩", "水が冷た", "冷たい水", "足が浸", "腰まで", "胸まで", "入ったら", "歩いて入", "入っていけ", "入っていこ", "入っていっ", "沈", "帰らない", "戻らない", "沖まで", "沖に", "沖へ", "帰りの切符",
		"片道", "帰りはいらな", "もう戻れ", "帰りのバス", "帰りの電車", "帰りの便", "帰る予定はな", "帰るつもりはな", "帰る気はな", "戻る気はな", "戻るつもりはな", "片道切符", "walkintothe", "drown"}
	// tracks: a train's way; its own acts, since 電車を降りる is ordinary.
	placesTrack = []string{"せんろ", "でんしゃ", "ふみきり", "駅", "通過列車", "列車", "線路", "ホーム", "踏切", "踏み切り", "快速", "急行", "特急", "通過電車", "通過する電車", "電車", "新幹線",
		"貨物", "トラック", "車道", "遮断機", "train", "tracks"}
	onTheTrack = []string{
		"とびこ", "せんろにおり",
		"線路に降り", "線路へ降り", "線路に下り", "線路におり", "線路に入", "線路に立", "線路に寝", "前に出", "前へ出", "飛び込", "飛びこ",
		"飛び出", "一歩踏み", "一歩前", "端っこにいた", "端にいた", "端っこにい", "見送って", "何本も", "近くにいる", "そばにいる", "そばに立", "端に立", "端っこに立", "次のが来たら", "次の電車が来たら", "次に来る", "次ので行", "一番前に立", "一番前で", "目をつぶ", "目を閉じ", "端で待", "ギリギリに", "あと一歩", "一歩で", "吸い込まれ", "引っ張られ", "足が勝手", "体が勝手", "身体が勝手", "風に乗", "風に吸", "ぎりぎりに立", "白線の外", "黄色い線の外", "点字ブロックの外", "今日こそ", "立ち止ま", "分立って", "立ち尽く", "吸い込", "吸い寄", "引き寄", "引き込", "身を投", "おりたら入", "下りたら入", "降りたら入", "閉まったら入", "鳴ったら入", "鳴ったら飛", "下りたら飛", "おりたら飛",
		"くぐったら", "くぐれば", "くぐって入", "遮断機くぐ", "遮断機をくぐ", "遮断機を越", "遮断機をこえ", "遮断機をまたい", "中に入る", "踏切に入", "線路内に入", "infrontof", "stepin",
	}
	// deathWords and planMarks: a death with its day, place or preparation.
	deathWords = []string{"自分を消す", "消える日", "いなくなる日", "死ぬ", "死ね", "死の", "死に場所", "死に方", "自殺", "終わらせる", "終わりにする", "命を絶"}
	planMarks  = []string{"決めてる", "決めた", "決めて", "日を", "日にち", "場所も", "時間も", "準備", "用意", "下見", "って決め", "と決め", "予定"}
	// farewells and absence: leaving people, things and words behind.
	farewells = []string{
		"振り込んだ", "全部渡した", "全部送った", "貯金全部", "出ていく", "出て行く", "家を出る",
		"てがみ",
		"手紙", "さよなら", "さようなら", "ばいばい", "バイバイ", "お別れ", "今までありがとう", "いままでありがとう",
		"ありがとうね", "あげた", "譲った", "形見", "預けた", "託した", "頼んだ", "片付けた", "片づけた", "整理した", "身辺整理", "解約",
		"処分した", "キャンセルした", "全部キャンセル", "書いて残", "メモに残", "場所を書", "通帳", "印鑑", "暗証番号", "パスワードを書", "データ全部消", "全部消した", "置いてきた", "置いていく", "置いてく", "お願いした", "任せた", "受取人を", "受取人に", "受取人変更", "別の手紙", "貯金ぜんぶ", "口座に移した", "引き取り先", "頼んであ", "全部返した", "パス紙に", "パスを紙", "パスコード", "パス書い", "預けました", "預けてきた", "預ける手配", "データ全部消して", "グッズ全部", "頼むって", "頼む手紙", "頼むメモ",
		"私物ぜんぶ", "私物全部", "全部売った", "ぜんぶ売った", "友達に送った", "弟に送った", "妹に送った", "形見", "goodbye", "bye",
	}
	absence = []string{
		"もういなくなる", "いなくなる",
		"もういない", "いないと思う", "いなくなる", "私はいない", "ここにいない", "この世にいない", "もう連絡しない", "連絡しないね", "連絡できなく",
		"もう使わない", "もう必要ない", "もういらない", "準備はでき", "準備できた", "準備ができ", "覚悟はでき", "覚悟ができ", "思い残す",
		"心残り", "最後の", "最期", "読まれる頃", "読む頃", "届く頃", "元気でね", "もう会えない",
		"見つけてね", "見つけてほしい", "宛先は", "宛てです", "宛てに書", "あとよろしく", "あとはよろしく", "後はよろしく", "後よろしく", "あとは頼", "後は頼", "身辺整理", "私にはもう要らない", "私にはもういらない",
		"安心していけ", "安心して逝け", "どこでもない", "もう私いない", "私いないから", "私もういない", "のことよろしく", "のこと頼む", "のことお願い", "テーブルに残", "机に残", "私には必要ない", "私にはもう必要", "私には要らな", "要らなくなる", "いらなくなる",
		"必要なくなる", "あとは自分だけ", "後は自分だけ", "あとは私だけ", "これで大丈夫", "これで安心", "決めた日", "待つだけ", "後で読んで", "あとで読んで", "読んでおいて", "全部テーブルに置", "テーブルに置いた", "机に置いた", "もう要らない", "跡を残したくな", "跡を残さ", "もう心配ない", "困らないよう", "わかるように", "分かるように", "もう戻らない", "二度と戻", "二度と帰", "もう帰らない", "あとはもう何もない", "もう何もない", "やり残した", "悔いはない", "未練はない", "迷惑かけてごめん", "先に行く", "先に逝", "許して", "wontbehere", "willnotbehere", "lastmessage",
	}
	// stopping: the body or life ended by chance, and wish endings.
	stoppers = []string{"しんぞう", "倒れて", "心臓", "呼吸", "凍えて", "凍死", "朝には", "寝てる間に", "眠ってる間に", "寝てるうちに", "眠ったまま", "冷たくなって", "冷たくなっ", "動かなくなって", "息してなかったら", "がんでも", "がんになって", "がんになれ", "がんが見つか", "癌", "難病", "不治の病", "重病", "病気", "重い病", "大病", "余命", "事故", "スリップ", "はねられ", "轢かれ", "ひかれたら", "災害", "地震", "隕石", "トラック", "通り魔", "事件"}
	wishEnds = []string{
		"とまってほしい", "とまってくれ", "とまればいい", "とまらないかな",
		"止まって", "止まらないかな", "止まらんかな", "止まってくんない", "止まってくれ", "止まればいい", "止まったら", "止まりますように",
		"なればいいのに", "ならないかな", "ならんかな", "なれば楽", "なってくれ", "になりたい", "宣告されたい", "リセットされ", "リセットでき",
		"終わらないかな", "終わってくれ", "終わればいい", "終わっても別に", "終わってもいい", "そのまま終わ", "巻き込まれたい",
		"巻き込まれないかな", "巻き込まれれば", "巻き込まれてくれ", "たらいいのに", "ればいいのに", "私だけ", "てたらいい", "ってたらいい", "てればいい", "ていればいい", "てたらいいのに", "見つかればいい", "見つからなければいい", "見つからなきゃいい", "見つからないかな", "見つかってくれ", "でもなれば", "起きないかな", "来ないかな", "落ちてこないかな", "言われたい", "それはそれで", "それもあり", "それでもいい", "むしろラッキー", "ラッキーかも",
		"むしろありがたい",
	}
	// burdens said of the whole of oneself.
	burdens = []string{"不幸になる", "不幸にする", "みんなを不幸", "迷惑", "お荷物", "荷物", "足手まとい", "足を引っ張", "足引っ張", "重荷", "厄介者", "邪魔", "役立たず",
		"いらない人間", "要らない人間", "負担"}
	wholeSelf = []string{
		"息してるだけ", "息をしてるだけ", "息しているだけ", "息をしているだけ", "生きてるだけ", "生きているだけ", "存在してるだけ",
		"存在するだけ", "存在自体", "存在そのもの", "いるだけで", "居るだけで", "ただのお荷物", "ただの荷物", "家族のお荷物", "家族の重荷",
		"家族の負担", "私の存在", "自分の存在", "でしかない", "自分がいると", "私がいると", "私のせいで", "自分のせいで", "生まれてきた", "生まれたこと",
	}
	// manyPills are ten pills and more, counted (20錠, 何十錠).
	manyPills = func() []string {
		out := []string{"何十錠", "数十錠", "十錠", "二十錠", "三十錠", "五十錠", "百錠", "何百錠"}
		for n := 10; n <= 300; n++ {
			out = append(out, strconv.Itoa(n)+"錠")
		}
		return out
	}()

	// floors are a height said as a floor: 8階です.
	floors = func() []string {
		out := []string{"階です", "階だよ", "階だし", "階。", "階なんだ", "階にいる", "階から", "最上階"}
		for n := 3; n <= 60; n++ {
			out = append(out, strconv.Itoa(n)+"階")
		}
		return out
	}()

	// lifeScope: tiredness or giving up said of life itself, not of work.
	lifeScope = []string{"人生ごと", "人生そのもの", "人生まるごと", "人生全部", "人生全体", "生きること自体", "生きることそのもの",
		"生きてること自体", "生きてる事自体", "生きること全部", "息するの", "息をするの", "呼吸するの", "息をすること", "自分の命", "命なんて", "命なんか", "この世", "存在して", "存在し続け"}
	lifeGiveUp = []string{"疲れ", "つかれ", "しんど", "嫌", "どうでもいい", "どうでも良", "無理", "限界", "終わりに", "やめたい",
		"辞めたい", "降りたい", "おりたい", "投げ出", "いらない", "要らない", "捨て", "たくない", "いたくない", "うんざり"}
)

// deadlineWords are things that may well not come tomorrow: 明日の会議、
// 来なくていいのに.
var deadlineWords = []string{"会議", "プレゼン", "締め切り", "締切", "テスト", "試験", "面接", "面談", "月曜", "出張", "発表", "納期", "研修", "健診",
	"歯医者", "飲み会", "朝礼"}

// Context that makes a pair ordinary talk: cooking and crafts, camping and
// moving, a cold, the commute and its delays, trips, safety at work,
// colleagues leaving, breakups, someone else's words.
var (
	ordinaryMeans = []string{"草むしり", "草取り", "庭", "畑", "農作業", "日焼け", "作業中", "首にな", "首を切られ", "首切り", "クビ", "料理", "野菜", "肉", "魚", "研い", "研ぐ", "指を切", "指切", "指刺", "調理", "厨房", "自炊", "まな板",
		"キャンプ", "登山", "荷造り", "梱包", "引っ越", "工作", "diy", "電源", "充電", "配線", "風邪", "頭痛", "熱", "花粉", "鼻炎", "生理痛",
		"処方通り", "処方どおり", "飲み忘れ", "飲み合わせ", "飲んだか", "確認", "サプリ", "ビタミン", "薬剤", "在庫", "棚", "治ら", "効か", "効いて", "汗", "ランニング", "暑", "湿布", "肩こり", "首こり", "眠れ", "寝れ", "ぐっすり", "名札", "社員証", "ストラップ",
		"ヘッドホン", "イヤホン", "マフラー", "ガス代", "ガス料金", "点検", "業者", "コンロ", "お風呂", "給湯", "薬局", "薬剤師"}
	ordinaryHeights = []string{"弁当", "ランチ", "お昼", "ご飯", "乾杯", "花火", "洗濯", "布団", "喫煙", "タバコ", "たばこ", "休憩",
		"バーベキュー", "bbq", "ビアガーデン", "写真", "景色", "夜景", "星", "月が", "散歩", "釣り", "泳", "海水浴", "サーフィン", "旅行",
		"観光", "ドライブ", "家族で", "サボ", "危な", "危険", "安全", "工事", "修理", "掃除", "会議",
		"ドローン", "ジャンプ", "スキー場", "スノボ", "パラグライダー", "バンジー", "出張", "鍵を閉め", "鍵閉め",
		"植物", "プランター", "鉢", "観葉", "猫が", "犬が", "洗車", "ペンキ", "防水", "雨漏り", "雪", "lunch", "smoke", "party",
		"夕日", "日の出", "初日の出", "スマホ", "携帯", "財布", "荷物", "洗濯物", "植木", "拾っ", "拾い", "落とし", "潮干狩り", "シュノーケ", "ダイビング", "撮影", "ロケ", "みんなで", "全員で", "集合", "遊ん", "遊び", "眺め", "ワックス", "試合", "フットサル", "スポーツ", "練習", "温泉", "行列", "渋滞", "人だかり", "パレード"}
	// heightsWorkBackground is work said around a height: a meeting on the
	// rooftop is ordinary, a rooftop and a meeting one will miss is not.
	heightsWorkBackground = []string{"会議", "打ち合わせ", "ミーティング", "報告", "管理", "業務", "仕事で", "営業", "電話", "出張", "書類", "指摘"}
	// waterBackground: a phone dying or work left behind is said around the
	// sea, not about it (会社無断で休んで海に来てる…スマホの電源もうすぐ切れる).
	waterBackground = join(heightsWorkBackground, []string{"スマホ", "携帯"})
	ordinaryTracks  = []string{"塗装", "工事", "作業", "保線", "遅延", "遅れ", "止まっ", "見合わせ", "運休", "点検", "人身事故", "振替", "乗り換え", "乗り遅", "満員", "混雑",
		"落とし", "落とした", "拾", "駅員", "係員", "撮り鉄", "鉄道会社", "運転士", "車掌", "子ども", "子供", "危な", "ニュース", "映画", "ドラマ",
		"ゲーム", "夢", "飛び乗", "駆け込み", "駆け込", "営業", "発表", "会議", "電話", "先頭車両", "並ん", "間に合", "座れ"}
	ordinaryFarewells = []string{"辞め", "退職", "送別", "異動", "転勤", "卒業", "引っ越", "寿退社", "産休", "育休", "最終出社", "最終日",
		"また会", "また遊", "また飲", "またご飯", "今年", "年内", "年末", "本日", "お知らせ", "閉店", "更新", "連載", "元カレ", "元カノ", "元彼", "元カノ", "彼氏", "彼女", "別れ", "縁を切", "ブロック", "メルカリ", "フリマ", "売った", "買い替え", "新しいの",
		"一人暮らし", "独立", "上京", "旅行", "出張", "帰省", "入院", "手術", "出勤", "出社", "お疲れ様", "すっきり", "スッキリ", "大掃除", "模様替え", "飲み", "試合", "授業", "講義", "営業日", "配信", "放送", "ライブ", "公演", "平成", "令和", "単身赴任", "留学", "ワーホリ", "結婚", "同僚", "上司", "取引先", "お客", "客先", "バイト先",
		"店", "推し", "ドラマ", "映画", "漫画", "アニメ", "ゲーム", "小説", "最終回", "卒業式", "年賀", "お礼", "感謝の手紙", "寄せ書き", "部署", "新しい", "取りに", "忘れ物", "置き忘れ", "傘",
		"会社", "職場", "チーム", "プロジェクト", "契約", "サブスク", "携帯", "スマホ", "ジム", "保険", "口座", "クレカ", "洋服",
		"新天地", "新生活", "次の職場", "転職先", "支社", "支店", "本社", "新人", "研修", "挨拶回り", "テンプレ", "例文", "取引先", "案件", "シフト", "店長",
		"バイト", "引き継", "納品", "プレゼン", "徹夜", "厨房", "担当", "メールの", "結びの",
		"着ない", "着なくなった", "古い", "断捨離", "参考書", "教科書", "資格", "ジモティー", "ミニマリスト", "家具", "家電", "サイズ", "お下がり", "子ども", "子供", "甥", "姪", "帰国", "実家に帰る", "じゃあね", "またね", "またいつか", "昔の", "懐かし"}
	// farewellBackground is the background of a work worry, not a reason to
	// say goodbye: it quiets a farewell only when said next to it
	// (育休明けで居場所ない。子どもには手紙書いた… is not about the leave).
	farewellBackground = []string{"辞め", "育休", "子ども", "子供", "推し", "会社", "職場", "チーム", "プロジェクト", "上司", "同僚", "部署", "店", "店長",
		"バイト", "シフト", "案件", "担当", "お客", "取引先", "客先", "バイト先", "異動"}
	ordinaryStops = []string{"心配", "怖", "不安", "検査", "健診", "治療", "予防", "保険", "ニュース", "電車", "会議", "仕事", "ゲーム",
		"パソコン", "pc", "パスワード", "スマホ", "設定", "息抜き", "息が", "ため息", "溜息", "一息", "息子", "かと思", "止まるかと", "びっくり", "ドキドキ", "心臓に悪", "運動", "走っ", "マラソン",
		"ジム", "息切れ", "花粉", "呼吸法", "深呼吸", "瞑想", "ヨガ", "洗濯", "掃除", "家事", "宿題", "課題", "届いて", "締め切り", "締切",
		"納期", "資料", "片付いて", "なくてよかった", "よかった"}
	ordinaryBurdens = []string{"言われ", "って言", "と言", "呼ばれ", "扱い", "扱われ", "上司", "先輩", "部長", "課長", "お前", "おまえ",
		"荷物を", "荷物が", "荷物の", "手荷物", "大荷物", "宅配", "引っ越", "迷惑メール", "迷惑電話", "会社", "職場", "チーム", "仕事",
		"会議", "部署", "現場", "バイト", "新人", "後輩", "同僚", "子ども", "子供", "ペット", "猫", "犬", "騒音", "隣", "電車", "駐車"}
	ordinaryLife = []string{"転職", "変えたい", "変える", "やり直", "大事に", "大切に", "守", "保険", "仕事ごと", "会社ごと", "冗談", "笑",
		"ゲーム", "ドラマ", "映画", "漫画", "小説"}
	ordinaryPlans = []string{"死ぬまでに", "死ぬ前に", "死ぬほど", "死ぬ気", "死ぬかと", "死ぬまで", "ゲーム", "小説", "ドラマ", "映画",
		"キャラ", "自殺予防", "自殺防止", "自殺対策", "研修", "保険"}
)

// conceptPairs are read by pairs (concepts.go); each has lines in
// concepts_test.go, with the ordinary talk its context list keeps quiet.
var conceptPairs = []conceptPair{
	{name: "a means turned on oneself (包丁…自分に)", risk: akari.RiskHigh,
		a: join(meansBlades, meansCords, meansGas, meansPills), b: actsOnSelf, window: 24, unless: join(ordinaryMeans, fictionContext)},
	{name: "a height and the edge (屋上…越えられる)", risk: akari.RiskHigh,
		a: placesHigh, b: overTheEdge, window: 24, unless: join(without(ordinaryHeights, heightsWorkBackground...), fictionContext), near: heightsWorkBackground,
		// Read even where "a place to jump" was quieted by the same work
		// words anywhere: its own context lists say what is ordinary.
		overVetoes: true},
	{name: "water and no way back (海…帰らない)", risk: akari.RiskHigh,
		a: placesWater, b: intoWater, window: 24, unless: join(without(ordinaryHeights, waterBackground...), fictionContext), near: waterBackground,
		overVetoes: true},
	{name: "the tracks and a step (線路…前に出る)", risk: akari.RiskHigh,
		a: placesTrack, b: onTheTrack, window: 20, unless: join(ordinaryTracks, fictionContext)},
	{name: "a death planned (死ぬ…決めてる)", risk: akari.RiskHigh,
		a: deathWords, b: planMarks, window: 20, unless: ordinaryPlans},
	{name: "a farewell and an absence (手紙…もういない)", risk: akari.RiskHigh,
		a: farewells, b: absence, window: 30, unless: without(ordinaryFarewells, farewellBackground...), near: farewellBackground},
	{name: "a body that stops, wished for (心臓…止まってくれ)", risk: akari.RiskConcern,
		a: stoppers, b: wishEnds, window: 20, unless: ordinaryStops},
	{name: "tomorrow need not come (明日…もう来なくていい)", risk: akari.RiskConcern,
		a: []string{"明日", "あした", "朝", "明後日", "次の日", "来週"}, b: []string{"もう来なくていい", "もうこなくていい", "来なくていい", "こなくていい",
			"来ないでほしい", "来ないで欲しい", "来なきゃいい", "来なければいい", "来なくて良い", "こないでほしい"}, window: 16,
		unless: join([]string{"言われ", "って", "と言", "休み", "出社", "会社", "シフト", "店長", "上司", "バイト", "職場", "出勤", "来なくていいよ", "迎え"},
			deadlineWords)},
	{name: "somewhere high, sought (高いところに行きたい)", risk: akari.RiskHigh,
		a: []string{"高いところ", "高い所", "高い場所", "高い建物", "高いビル", "飛べる場所", "飛び降りられる", "落ちられる", "確実な高さ"},
		b: []string{"行きたい", "いきたい", "探して", "探し", "ないかな", "知らない", "教えて", "どこ"}, window: 12,
		unless: []string{"観覧車", "苦手", "景色", "夜景", "展望", "観光", "旅行", "高所恐怖", "怖い", "山", "登山", "棚", "届かな", "掃除", "電球",
			"給料", "年収", "時給", "値段", "家賃", "店", "レストラン", "ホテル"}},
	{name: "a sure way, sought (確実な方法)", risk: akari.RiskHigh,
		a: []string{"確実な方法", "確実に", "楽な方法", "痛くない方法", "苦しくない方法", "一瞬で終わ", "楽に逝", "逝ける", "逝き方", "眠るように"},
		b: []string{"調べ", "探し", "検索", "知りたい", "教えて", "ある", "ないかな", "ググ", "方法は", "方法って", "方法ない", "やり方", "教えろ", "どうやる"}, window: 14,
		unless: []string{"資格", "勉強", "転職", "合格", "痩せ", "ダイエット", "稼", "節約", "貯金", "仕事", "英語", "覚え", "試験", "面接", "退職", "辞め",
			"脱毛", "注射", "歯", "採血", "抜歯", "出産", "寝かしつけ", "子ども", "子供", "赤ちゃん", "連絡", "伝え", "断", "上司", "会社", "昇給", "評価"}},
	{name: "never waking, with no end (ずっと起きたくない)", risk: akari.RiskConcern,
		a: []string{"起きたくない", "目覚めたくない", "目を開けたくない", "目を覚ましたくない"}, b: []string{"ずっと", "永遠", "二度と", "一生", "このまま"},
		window: 10, unless: []string{"早起き", "月曜", "仕事", "会社", "布団", "寒", "二度寝", "休み", "眠い", "朝活", "週末", "日曜", "バイト", "学校"}},
	{name: "no one needs me, no difference (いなくても同じ)", risk: akari.RiskConcern,
		a: []string{"いなくても同じ", "いなくても変わらな", "いてもいなくても", "いなくなっても同じ", "いなくなっても変わらな", "いなくなっても気づかな",
			"いなくなっても世界", "いなくても世界", "いなくなっても何も", "いなくても誰も", "いなくなっても誰も", "いなくても困らな", "居なくても同じ"},
		window: 0, unless: join(workObjects, []string{"言われ", "って言", "上司", "チーム", "戦力", "回る", "回らな", "代わり", "休んでも"})},
	{name: "being in this world (この世界にいる意味)", risk: akari.RiskConcern,
		a: []string{"この世界にいる", "この世にいる", "世の中にいる", "ここにいる意味", "ここにいていい", "生きてていい", "存在していい", "いていいのか"},
		b: []string{"意味", "理由", "価値", "資格", "わからない", "分からない", "のかな", "のか"}, window: 8,
		unless: join(workObjects, []string{"言われ", "って言"})},
	{name: "a room sealed, coal burnt (目張り・炭)", risk: akari.RiskHigh,
		a: []string{"目張り", "炭", "七輪"}, b: []string{"燃やそう", "燃やす", "燃やし", "焚こう", "焚く", "焚い", "たこう", "車の中", "車内", "閉め切",
			"締め切", "部屋で", "部屋に", "窓を閉め", "してる", "した", "終わ"}, window: 14,
		unless: []string{"バーベキュー", "bbq", "焼肉", "焼き鳥", "キャンプ", "火起こし", "料理", "焼き", "炭火", "炭酸", "炭水化物", "木炭", "活性炭", "竹炭",
			"消臭", "コタツ", "こたつ", "暖房", "隙間風", "寒さ対策", "防寒", "虫", "花粉", "台風", "養生", "引っ越", "塗装", "ペンキ", "石炭", "炭素", "脱炭素"}},
	{name: "the last time, said (今夜で最後…ありがとう)", risk: akari.RiskHigh,
		a: []string{"今夜で最後", "今日で最後", "これで最後", "最後のメッセージ", "最後になる", "最後だと思う", "最後の夜", "最後かも", "最後に言いたく",
			"最後に伝え", "最後に話", "lasttime", "lastnight"},
		b:      []string{"ありがとう", "ごめん", "さよなら", "さようなら", "元気で", "ばいばい", "バイバイ", "お別れ", "忘れて", "幸せに", "thank", "sorry", "bye"},
		window: 20, unless: ordinaryFarewells},
	{name: "goodbye at the end of one's strength (もう限界。さよなら)", risk: akari.RiskHigh,
		a: []string{"さよなら", "さようなら", "ばいばい", "バイバイ", "お別れ", "先に逝", "goodbye"},
		b: []string{"もう限界", "限界", "疲れた", "つかれた", "もう無理", "しんどい", "つらい", "辛い", "ごめん", "許して", "ありがとう", "お母さん", "お父さん",
			"みんな", "tired", "sorry"},
		window: 16, unless: join(ordinaryFarewells, []string{"会社", "職場", "仕事", "上司", "残業", "満員電車", "月曜", "夏休み", "連休", "休み"})},
	{name: "going first (お母さんごめん、先に行くね)", risk: akari.RiskHigh,
		a: []string{"先に逝", "先に行く", "先にいく", "先に行って"},
		b: []string{"お母さんごめん", "お父さんごめん", "母さんごめん", "父さんごめん", "ママごめん", "パパごめん", "ごめんね", "今までありがとう", "許して",
			"親不孝", "さよなら", "さようなら"},
		window: 16, unless: []string{"駅", "会場", "店", "待ち合わせ", "会社", "会議", "飲み会", "帰る", "席", "現地", "ライブ", "風呂", "寝る", "電車",
			"バス", "ホテル", "出勤", "学校", "仕事", "並んで", "予約", "チェックイン"}},
	{name: "good night for ever (おやすみ、ずっと)", risk: akari.RiskConcern, ordered: true,
		a: []string{"おやすみ", "お休み", "goodnight"}, b: []string{"ずっと", "永遠", "二度と", "さよなら", "さようなら", "もう起きない", "最後", "forever"},
		window: 8, unless: []string{"また明日", "明日", "いい夢", "ぐっすり", "週末", "休日", "お休みの日", "お休み取", "お休みもら", "お休み中", "お休みを",
			"二度寝", "有給", "定休"}},
	{name: "resting for ever (休みたい。永遠に)", risk: akari.RiskConcern,
		a: []string{"休みたい", "眠りたい", "寝ていたい", "寝てたい", "休ませて", "眠らせて", "眠っていたい"},
		b: []string{"永遠に", "永遠", "二度と起きな", "二度と目覚め", "目覚めない", "起きなくていい", "forever"}, window: 10,
		unless: []string{"有給", "休暇", "連休", "週末", "土日", "夏休み", "冬休み", "正月", "休日"}},
	{name: "death on one's mind (死ぬことばっか考えてる)", risk: akari.RiskConcern,
		a: []string{"死ぬこと", "死について", "死って言葉", "死という言葉", "死って文字", "死って字", "死ぬ方法", "死のこと", "自殺のこと", "消えること", "いなくなること", "死ぬことばかり", "死ぬことばっか",
			"自分の葬式", "自分のお葬式", "自分の葬儀", "自分の通夜", "自分のお通夜", "自分の遺影", "自分のお墓", "自分の墓", "自分が死んだ後",
			"自分が死んだあと", "死んだ後のこと", "死んだあとのこと", "いなくなった後", "いなくなったあと", "私の葬式", "私のお葬式", "うちの葬式", "俺の葬式", "僕の葬式"},
		b: []string{"考えて", "考える", "考えない日", "頭から離れ", "ばっか", "ばかり", "ずっと", "毎日", "調べ", "想像", "妄想", "思い浮か", "考えちゃ",
			"誰が来", "泣いてくれ", "誰か泣", "悲しんでくれ"}, window: 14,
		unless: []string{"ニュース", "ドラマ", "映画", "小説", "哲学", "授業", "レポート", "講義", "宗教", "祖父", "祖母", "ペット", "犬", "猫", "親", "終活",
			"保険", "相続", "介護", "患者", "看護", "医療", "研究", "論文", "本を", "読んで", "怖", "不安", "死ぬことはない", "死ぬことない", "死ぬことも",
			// planning one's own funeral in old age is 終活, not a wish
			"費用", "積立", "積み立て", "互助会", "プラン", "生前", "家族葬", "エンディングノート", "墓じまい", "納骨", "定年", "老後", "歳だし", "歳なので",
			"歳になって", "遺産", "喪主", "お坊さん", "葬儀社", "葬儀屋"}},
	{name: "erasing oneself (存在ごと消したい)", risk: akari.RiskConcern,
		a: []string{"存在ごと", "存在を", "自分を", "自分ごと", "自分の存在", "私を", "私の存在", "自分だけ", "私だけ", "僕だけ", "俺だけ", "うちだけ",
			"地球から", "この世から", "世界から", "この世界から", "世の中から"},
		// Deletion is how people who live in apps say vanishing: 地球から
		//自分だけ削除されたい; a file's or an account's deletion is the context.
		b: []string{"消したい", "消してしまいたい", "消せたら", "なくしたい", "消去したい", "抹消", "消し去り", "削除されたい", "削除したい", "削除してほしい",
			"削除して欲しい", "削除できたら", "削除できれば", "消去されたい", "消去できたら", "消去してほしい", "消されたい", "デリートされたい", "デリートしたい",
			"アンインストールされたい", "アンインストールしたい", "ログアウトしたい", "ログアウトできたら"}, window: 12,
		unless: []string{"気配", "存在感", "履歴", "データ", "写真", "アカウント", "投稿", "黒歴史", "記憶", "恥", "失敗", "発言", "足跡", "ログ", "名前",
			"ファイル", "フォルダ", "メール", "アプリ", "グループ", "ライン", "line", "sns", "ツイート", "会社", "職場", "チーム", "名簿", "会議", "ゲーム", "キャラ"}},
	{name: "a blade or a cord kept at hand (包丁を枕元に)", risk: akari.RiskHigh,
		a: join(meansBlades, meansCords), b: []string{"枕元", "手元に置", "ポケットに入れ", "カバンに入れ", "持ち歩", "握りしめ", "手に取ったら落ち着", "落ち着いた", "落ち着く", "見つめ", "ずっと見て",
			"眺めて", "見てると", "引き出しに隠", "隠し持"}, window: 16,
		unless: join(ordinaryMeans, fictionContext, []string{"護身", "防犯", "仕事道具", "工具", "現場", "新しい", "買った", "欲しい", "売り場", "研ぎ"})},
	{name: "danger let be (ガスが漏れても、そのままでいい)", risk: akari.RiskConcern,
		a:      []string{"突っ込んできても", "向かってきても", "漏れても", "燃えても", "倒れても", "崩れても", "ぶつかっても", "轢かれても", "刺されても", "火事になっても", "地震が来ても", "事故っても"},
		b:      []string{"避けない", "よけない", "そのままでいい", "このままでいい", "逃げない", "逃げなくていい", "どうでもいい", "構わない", "かまわない", "それでいい", "別にいい", "もういい"},
		window: 14, unless: []string{"雨", "水", "会社", "仕事", "上司", "働け", "頑張", "休め", "部下"}},
	{name: "the way to vanish, wondered (どうやったら消えられるか)", risk: akari.RiskConcern,
		a: []string{"消えられる", "消えれる", "いなくなれる", "楽になれる", "終われる", "死ねる"},
		b: []string{"どうやったら", "どうすれば", "どうしたら", "方法", "考えて", "調べ"}, window: 14,
		unless: join(workObjects, []string{"気持ち", "気が", "心が", "肩"})},
	{name: "no place in this world (この世界に居場所なんてない)", risk: akari.RiskConcern,
		a: []string{"この世界に", "この世に", "世界に", "どこにも", "世の中に", "この世の中"},
		b: []string{"居場所なんて", "居場所がない", "居場所ない", "居場所なんか", "いる場所がない", "居場所はない", "いばしょがない"}, window: 12,
		unless: join(workObjects, []string{"言われ", "って言"})},
	{name: "thanks for everything (今日までありがとう)", risk: akari.RiskConcern,
		a: []string{"今日までありがとう", "今までありがとう", "いままでありがとう", "今まで本当にありがとう", "今までほんとにありがとう", "これまでありがとう",
			"今まで本当にありがと", "thankyouforeverything"},
		unless: ordinaryFarewells},
	{name: "courage is all that is missing (勇気があれば飛べる)", risk: akari.RiskHigh,
		a: []string{"勇気があれば", "勇気が出れば", "勇気さえ", "あと少しの勇気", "少しの勇気", "勇気が出ない", "勇気がない", "勇気がでない", "勇気があったら"},
		b: []string{"飛べる", "飛べ", "死ね", "終われ", "楽に", "実行", "いける", "行ける", "やれる", "踏み出せ", "飛び込め", "消えられ"}, window: 14,
		unless: join(workObjects, []string{"転職", "告白", "起業", "退職", "辞め", "独立", "挑戦", "引っ越", "留学", "話しかけ", "言える", "断れ", "バンジー",
			"スカイダイビング", "ジェットコースター", "相談", "応募", "面接", "プール", "飛び込み台", "ダイブ", "海外"})},
	{name: "everything given away (全部人にあげた)", risk: akari.RiskConcern,
		a:      []string{"全部あげた", "全部人にあげ", "全部譲った", "全部手放した", "ぜんぶあげた", "全部人に譲", "全部友達にあげ", "全部妹にあげ", "全部弟にあげ"},
		unless: ordinaryFarewells},
	{name: "the last voice (最後に家族の声が聞きたくて)", risk: akari.RiskHigh,
		a:      []string{"最後に", "最期に"},
		b:      []string{"声聞きたく", "声が聞きたく", "声を聞きたく", "顔が見たく", "顔を見たく", "会いたくて", "話したくて", "伝えたくて", "ありがとうって", "謝りたく"},
		window: 14, unless: join(ordinaryFarewells, []string{"試合", "大会", "引退", "面接", "質問", "確認"})},
	{name: "no more trouble from me (今までごめんね、もう迷惑かけない)", risk: akari.RiskHigh,
		a:      []string{"今までごめん", "いままでごめん", "これまでごめん", "今まで迷惑", "これまで迷惑"},
		b:      []string{"もう迷惑かけない", "もう迷惑はかけない", "二度と迷惑", "もう困らせない", "もう心配かけない", "さよなら", "さようなら", "先に"},
		window: 16, unless: ordinaryFarewells},
	{name: "a will of one's own (遺言って自分で書ける)", risk: akari.RiskConcern,
		a: []string{"遺言"}, b: []string{"自分で", "書けるのかな", "書こうかな", "書いておこう", "書いとこう", "書いた", "書き始め", "残そう"}, window: 12,
		unless: []string{"相続", "親", "父", "母", "祖", "財産", "不動産", "終活", "仕事", "弁護士", "司法書士", "行政書士", "セミナー", "講座", "遺言書の作成"}},
	{name: "being is a sin (存在が罪)", risk: akari.RiskConcern,
		a: []string{"存在が罪", "存在自体が罪", "生まれたことが罪", "生きてることが罪", "存在が迷惑", "存在が悪", "生きてるのが罪", "生きてることが迷惑"}},
	{name: "a point to hang from (柱、体重に耐えられるかな)", risk: akari.RiskHigh,
		a: []string{"柱", "梁", "ドアノブ", "カーテンレール", "物干し", "フック", "クローゼットのポール", "木の枝", "枝", "ロフト"},
		b: []string{"届くか", "確かめ", "かけられ", "掛けられ", "結べ", "体重に耐え", "体重を支え", "体重かけても", "重さに耐え", "外れないかな", "折れないかな", "ぶら下がれ"}, window: 16,
		unless: []string{"布団", "洗濯", "diy", "工事", "地震", "耐震", "懸垂", "筋トレ", "トレーニング", "子ども", "子供", "ハンモック", "ブランコ", "猫", "インテリア"}},
	{name: "drink and pills together (お酒と薬、一緒に飲んだら)", risk: akari.RiskHigh,
		a: []string{"お酒と薬", "薬とお酒", "酒と薬", "睡眠薬とお酒", "薬を酒で", "アルコールと薬", "眠剤とお酒", "薬とアルコール", "お酒と睡眠薬", "お酒と眠剤",
			"と眠剤", "と睡眠薬", "と安定剤", "ストロングゼロ", "ストゼロ", "チューハイ", "焼酎", "ウイスキー", "ワイン"},
		b: []string{"一緒に飲んだら", "一緒に飲めば", "飲んだらどうなる", "まとめて", "死ね", "流し込", "一緒に飲む", "一気に", "いっしょに飲", "一緒に飲んだ", "で流し込",
			"と眠剤", "と睡眠薬", "と安定剤", "眠剤いっしょ", "眠剤一緒"}, window: 14,
		unless: []string{"ダメ", "だめ", "危な", "注意", "言われ", "薬剤師", "飲み会", "風邪", "頭痛", "控え", "やめとき", "いけない"}},
	{name: "going far and not coming back (遠くに行って、それっきり)", risk: akari.RiskConcern,
		a: []string{"山奥", "遠くに行って", "どこか遠く", "誰も知らない所", "誰も知らないところ", "誰もいないところ", "誰もいない所", "知らない土地", "遠いところ"},
		b: []string{"帰らない", "戻らない", "それっきり", "そのまま帰ら", "二度と", "もう帰らない", "そのまま消え", "終わりにしたい", "見つからない"}, window: 20,
		unless: join(workObjects, []string{"旅行", "転職", "移住", "引っ越", "留学", "旅", "休暇", "有給"})},
	{name: "a last message (最後の投稿です)", risk: akari.RiskHigh,
		a: []string{"最後のline", "最後の投稿", "最後のメッセージ", "最後のメール", "最後の手紙", "最後のツイート", "最後の言葉", "最後の書き込み",
			"私のことは忘れて", "僕のことは忘れて", "俺のことは忘れて", "私のこと忘れて", "自分のことは忘れて"},
		unless: join(ordinaryFarewells, []string{"振られ", "振った", "アカウント", "ブログ", "配信", "サービス終了", "ドラマ", "映画", "小説"})},
	{name: "never meeting again (もう会えないけど、元気でね)", risk: akari.RiskHigh,
		a: []string{"もう会えない", "二度と会えない", "もう会わない"}, b: []string{"元気でね", "ごめんね", "ありがとう", "さよなら", "幸せに", "忘れて"},
		window: 16, unless: ordinaryFarewells},
	{name: "do not look for me (探さないでください)", risk: akari.RiskHigh,
		a:      []string{"探さないで", "さがさないで", "捜さないで"},
		unless: []string{"猫", "犬", "家出", "書き置き", "ドラマ", "映画", "ゲーム", "冗談", "笑", "書類", "ファイル", "データ"}},
	{name: "a message left for family (家族にごめんって伝えて)", risk: akari.RiskHigh,
		a: []string{"家族に", "家族には", "親に", "母に", "父に", "お母さんに", "お父さんに", "妹に", "弟に", "子どもに", "みんなに"},
		b: []string{"ごめんって伝え", "ごめんねって伝え", "ありがとうって伝え", "謝っておいて", "伝えておいてほしい", "伝えといて"}, window: 10,
		unless: []string{"会議", "遅れ", "遅刻", "欠席", "休む", "行けない", "来週", "明日", "今日は", "夕飯", "帰り"}},
	{name: "insurance arranged (受取人は家族にしておいた)", risk: akari.RiskHigh,
		a: []string{"受取人", "保険金", "死亡保険"}, b: []string{"しておいた", "にしといた", "あとは大丈夫", "これで安心", "困らない", "足りる", "返せる"}, window: 16,
		unless: []string{"結婚", "出産", "変更手続き", "営業", "見直し", "更新", "加入", "fp", "相談", "ノルマ", "お客", "顧客", "事故で車", "車の"}},
	{name: "this body, not wanted (この体、いらない)", risk: akari.RiskConcern,
		a: []string{"この体", "この身体", "こんな体", "この命", "自分の体", "自分の身体"},
		b: []string{"いらない", "要らない", "捨てたい", "消したい", "壊したい", "なくなれ", "壊れてしまえ"}, window: 6,
		unless: []string{"痩せ", "ダイエット", "脂肪", "太", "体重", "肩こり", "筋肉", "毛", "むくみ", "肌"}},
	{name: "cutting again (腕に新しい傷)", risk: akari.RiskHigh,
		// Marks are also counted as lines (手首にまた線増えた).
		a: []string{"腕", "手首", "太もも", "足首"}, b: []string{"昨日も切", "また切っ", "また切り", "切っちゃ", "新しい傷", "傷が増え", "傷跡", "血が", "血を",
			"線増え", "線が増え", "また線", "また増え", "線入っ", "線が入っ", "傷増え", "跡増え", "跡が増え", "傷跡増え"},
		window: 12, unless: []string{"料理", "包丁", "転んで", "ぶつけ", "猫", "犬", "骨折", "手術", "注射", "採血", "怪我", "ケガ", "けが", "事故", "スポーツ",
			"部活", "タトゥー", "虫", "かゆ", "爪", "紙で", "段ボール", "献血"}},
	{name: "burning oneself (熱湯を腕にかけた)", risk: akari.RiskHigh,
		a: []string{"熱いお湯", "熱湯", "アイロン", "ライター", "タバコ", "たばこ"},
		b: []string{"腕にかけ", "腕に押し", "手に押し", "腕に当て", "自分に", "肌に押し", "わざと"}, window: 12,
		unless: []string{"料理", "火傷した", "誤って", "うっかり", "間違えて", "熱かった", "シャツ", "服", "ハンカチ"}},
	{name: "pain wanted (自分を罰したい)", risk: akari.RiskConcern,
		a: []string{"わざと", "自分を罰", "罰したい", "痛みが欲しい", "痛みがほしい", "痛くしたい", "傷つけたい", "罰を与え"},
		b: []string{"殴っ", "折っ", "折れ", "ぶつけ", "叩", "切っ", "焼", "罰", "痛み", "痛く"}, window: 12,
		unless: []string{"冗談", "ムカつ", "くらい", "ほど", "ゲーム", "筋トレ", "マッサージ", "ストレッチ", "ツボ"}},
	{name: "done, goodbye (i'm done. goodbye)", risk: akari.RiskHigh, ordered: true,
		a: []string{"imdone", "iamdone", "cantdothisanymore", "cantgoon"}, b: []string{"goodbye", "bye", "sorry", "forever"}, window: 10,
		unless: []string{"project", "work", "job", "overtime", "shift", "meeting", "boss", "with", "lol", "homework"}},
	{name: "carrying it out tonight (今夜決行する)", risk: akari.RiskHigh,
		a: []string{"決行する", "決行します", "決行日", "今夜実行", "今日実行", "実行する日", "実行に移す"},
		unless: join(workObjects, []string{"サプライズ", "計画", "作戦", "企画", "旅行", "引っ越", "告白", "ダイエット", "上司", "誕生日", "ドッキリ", "雨天",
			"イベント", "キャンペーン", "ストライキ"})},
	{name: "out of reach, maybe for ever (連絡取れなくなる、ずっとかも)", risk: akari.RiskHigh,
		a: []string{"連絡取れなくなる", "連絡できなくなる", "連絡がつかなくなる", "連絡とれなくなる"},
		b: []string{"ずっとかも", "ずっと", "もう二度と", "永遠", "最後"}, window: 14, unless: ordinaryFarewells},
	{name: "one's last hours (最期くらい)", risk: akari.RiskConcern,
		a:      []string{"最期くらい", "人生最期", "最期の日", "最期の晩", "最期の食事", "最期だから"},
		unless: []string{"祖", "親", "父", "母", "看取", "ペット", "犬", "猫", "患者", "介護", "シーン", "映画", "ドラマ", "小説", "漫画", "アニメ"}},
	{name: "drawing the curtain on life (人生の幕引き)", risk: akari.RiskHigh,
		a: []string{"幕引き", "幕を下ろ", "幕を閉じ", "幕をおろ"}, b: []string{"人生", "自分で決め", "命", "自分の手で"}, window: 12,
		unless: join(fictionContext, []string{"テーマ", "引退", "キャリア", "会社", "事業", "プロジェクト", "連載", "番組", "選手", "シーズン", "平成"})},
	{name: "gone by morning (もうここにいない)", risk: akari.RiskHigh,
		a:      []string{"もうここにいない", "もうこの世にいない", "この世にはいない", "もういないと思う", "もうここにはいない", "もう私はいない"},
		unless: join(ordinaryFarewells, []string{"祖", "亡くなった", "ペット", "犬", "猫", "先輩", "後輩"})},
	{name: "whoever finds me (見つけた人が困らないように)", risk: akari.RiskHigh,
		a:      []string{"見つけた人", "見つけてくれた人", "発見した人", "第一発見者", "発見者", "見つけてくれる人"},
		unless: join(fictionContext, []string{"落とし物", "財布", "拾", "迷子", "忘れ物", "宝", "バグ", "ミス", "誤字", "お礼", "ポケモン", "四つ葉"})},
	{name: "a pet entrusted (金魚、妹に頼んだ)", risk: akari.RiskConcern,
		a: []string{"猫", "ねこ", "犬", "いぬ", "金魚", "ハムスター", "インコ", "うさぎ", "ペット", "熱帯魚", "メダカ", "カメ"},
		b: []string{"頼んだ", "預けた", "託した", "お願いした", "任せた", "引き取って", "もらってくれる人", "もらってもらっ", "引き取ってもらっ"}, window: 16,
		unless: join(ordinaryFarewells, []string{"ペットホテル", "トリミング", "散歩", "病院", "ワクチン", "シッター", "餌やり", "週末", "留守"})},
	{name: "if it goes on like this (ずっと続くなら、もういい)", risk: akari.RiskConcern,
		a: []string{"ずっと続くなら", "これが続くなら", "ずっとこのままなら", "一生続くなら", "このまま続くなら", "これがずっと続く", "一生このまま"},
		b: []string{"もういい", "終わらせたい", "終わりにしたい", "生きていたくない", "無理", "消えたい", "耐えられない", "意味ない"}, window: 16,
		unless: join(workObjects, []string{"転職", "辞め", "退職", "引っ越", "別れ"})},
	{name: "something for the neck (首に巻くもの)", risk: akari.RiskHigh,
		a:      []string{"首に巻くもの", "首を吊るもの", "首にかけるもの", "吊るせるもの", "吊れるもの", "首を吊れる", "首吊れる"},
		unless: []string{"マフラー", "ストール", "寒", "冬", "スカーフ", "ネックレス", "ファッション", "おしゃれ", "タオル", "日焼け", "ネックウォーマー"}},
	{name: "better gone, in dialect (うち、もうおらん方がええ)", risk: akari.RiskConcern,
		a: []string{"おらん方が", "おらんほうが", "いないほうがいい", "いない方がいい", "居ない方がいい", "いなくなった方がいい", "いなくなったほうがいい",
			"おらん方がええ", "いないほうがええ", "いないほうがよかった", "いない方がよかった", "いないほうが良かった", "いない方が良かった",
			"いなかったほうがよかった", "いなかった方がよかった", "いなければよかった", "いなきゃよかった", "いなけりゃよかった", "おらんかったらよかった",
			"いないほうがまし", "いない方がまし", "いないほうがマシ", "いない方がマシ", "おらんほうがまし", "生まれてこない方がよかった",
			"生まれてこないほうがよかった", "生まれてこなければよかった", "生まれてこなきゃよかった", "産まなきゃよかった", "産まなければよかった"},
		// Someone else better gone is anger (上司なんかいない方がよかった);
		// a parent named as the one apologised to (親に申し訳ない) is not.
		unless: join(workObjects, otherPeople, []string{"彼氏", "彼女", "元彼", "元カレ", "元カノ", "夫", "妻", "旦那", "嫁", "親が", "親は", "親なんて",
			"親なんか", "父", "あいつ", "お客", "ペット", "犬", "猫", "アプリ", "機能", "ルール", "制度"})},
	{name: "a burden by being (息してるだけで迷惑)", risk: akari.RiskConcern,
		a: burdens, b: wholeSelf, window: 16, unless: ordinaryBurdens},
	{name: "giving up on life itself (人生ごと疲れた)", risk: akari.RiskConcern,
		a: lifeScope, b: lifeGiveUp, window: 16, unless: ordinaryLife},
	{name: "a farewell before dying (死ぬ前に言っとこうと思って)", risk: akari.RiskHigh,
		a: []string{"死ぬ前に", "しぬ前に", "死ぬまえに", "しぬまえに", "逝く前に", "消える前に", "beforeidie", "beforeigo"},
		b: []string{"言っとこ", "言っておこ", "言っとき", "言いたくて", "伝えとこ", "伝えておこ", "伝えたくて", "ありがと", "お礼", "話したくて",
			"声が聞きたく", "謝りたくて", "謝っとこ", "会いたくて", "会えてよかった", "話せてよかった", "ばいばい", "バイバイ", "さよなら", "さようなら",
			"thank", "tellyou", "tosay", "goodbye"}, window: 24,
		unless: join(fictionContext, []string{"一度", "いちど", "一回", "行きたい", "食べたい", "見たい", "やりたい", "やっておきたい", "したいこと",
			"リスト", "後悔", "親孝行", "推し", "ライブ", "祖", "おじいちゃん", "おばあちゃん", "父が", "母が", "ペット", "犬が", "猫が", "バケットリスト", "bucketlist"})},
	{name: "everything given away, goodbye (全部あげた、さよなら)", risk: akari.RiskHigh,
		a: []string{"全部人にあげ", "全部あげ", "全部譲", "全部手放し", "全部処分し", "全部配っ", "人にあげた", "あげちゃった", "譲っちゃった",
			"持ち物", "友達にあげ", "友だちにあげ", "にあげた", "にあげてき", "に譲った", "に譲って", "に渡した", "にもらってもらっ", "全部寄付",
			"にあげる", "に譲る", "全部友達に", "全部人に", "gaveaway", "gaveitall", "gaveeverything", "gavemycat", "gavemydog", "gavemypet", "mysavingsto", "allmysavings"},
		b: []string{"さよなら", "さようなら", "お世話になりました", "今までありがとう", "いままでありがとう", "ばいばい", "バイバイ", "お元気で", "元気でね",
			"goodbye", "bye", "thankyouforeverything"}, window: 30,
		unless: []string{"退職", "辞め", "最終出社", "最終日", "送別", "異動", "転勤", "引っ越", "上京", "帰国", "留学", "転居", "メルカリ", "フリマ",
			"断捨離", "着なくなった", "サイズ", "子ども", "子供", "卒業", "店", "閉店", "寿退社", "会社", "職場", "部署", "同僚", "推し変", "検査", "忘れ",
			"ミニマリスト", "ジモティー", "新しいの", "買い替え", "読み終わ", "甥", "姪", "赴任", "単身", "結婚", "出産", "プレゼント", "誕生日", "お土産", "おすそ分け",
			"お裾分け", "作りすぎ", "余った", "多すぎ",
			"weekend", "vacation", "trip", "holiday", "vet", "sitter", "moving", "job", "work"}},
	{name: "a blade in hand, alone, now (包丁持って風呂場にいる)", risk: akari.RiskHigh,
		a: meansBlades,
		b: []string{"手が震え", "まだ切れて", "切れてない", "切れなかった", "切る勇気", "風呂場にいる", "お風呂場にいる", "浴室にいる", "トイレにいる",
			"トイレにこも", "トイレこも", "トイレに籠", "個室にこも", "握ったまま", "にぎって", "にぎりしめ", "握りしめ", "握り締め", "握ってる", "持ったまま", "まだやってない", "まだできてない", "まだしてない", "handsshaking", "notcutyet"}, window: 20,
		unless: join(fictionContext, []string{"料理", "野菜", "玉ねぎ", "肉", "魚", "調理", "厨房", "自炊", "まな板", "研", "キャンプ", "工作", "diy",
			"梱包", "段ボール", "寒", "緊張", "初めて", "練習", "レシピ", "かぼちゃ", "固", "パン", "バター", "ケーキ", "果物を", "りんご"})},
	{name: "at the tracks or the cliff, now (線路の前に立ってる)", risk: akari.RiskHigh,
		a: []string{"線路", "せんろ", "踏切", "踏み切り", "ふみきり", "崖", "断崖", "絶壁", "senro", "fumikiri", "gake"},
		b: []string{"前に立ってる", "前に立って", "に立ってる", "の上に立", "の真ん中", "そばに立って", "脇に立って", "電車の音", "音がする", "行ってくる", "行ってきます", "今から行く",
			"いまから行く", "そのまま行く", "そのままいく", "このまま行く", "このままいく", "降りたら", "まで来た", "まで来ちゃった", "まで車で来", "に着いた",
			"の前にいる", "の前でずっと", "でずっと待", "ずっと待ってる", "遮断機", "真っ暗"}, window: 24,
		unless: join(fictionContext, ordinaryTracks, ordinaryHeights, []string{"待ち合わせ", "迎え", "渡", "遮断機が上が", "撮", "鉄道ファン", "ハイキング",
			"住", "うるさ", "騒音", "物件", "賃貸", "開かず", "あかず", "遅刻", "通勤", "通学", "帰り道", "自転車", "車で待", "崖っぷち", "ポニョ", "納期"})},
	{name: "the tracks, in romaji (senro … owari ni suru)", risk: akari.RiskHigh,
		a: []string{"hoomu", "houmu", "senro", "fumikiri", "okujou", "okujyou", "gake", "hashinoue"},
		b: []string{"owarinisuru", "owarinishi", "owaraseru", "mouowari", "owarida", "tobikomu", "tobikomi", "tobiori", "tobioru", "saigo", "shinu"}, window: 40,
		unless: []string{"shigoto", "kaisha", "chien", "okure", "densha ga", "eiga", "dorama", "geemu", "yuuhan", "bentou"}},
	{name: "a plan with a place, in English (the plan is the roof …)", risk: akari.RiskHigh,
		a: []string{"planisthe", "theplanis", "myplanis", "planisto", "planistojump", "itllbethe", "itwillbethe"},
		b: []string{"bridge", "roof", "cliff", "tracks", "train", "balcony", "building", "pills", "rope", "overpass", "river"}, window: 20,
		unless: []string{"project", "work", "meeting", "trip", "vacation", "date", "party", "dinner", "picnic", "photo", "shoot", "walk", "run",
			"drive", "movie", "game", "concert", "friends", "team", "lunch", "drinks", "bar", "birthday", "wedding", "sprint", "release", "deploy",
			"loan", "card", "club", "tour", "boat", "climb", "hike"}},
	{name: "at the tracks or the edge now, in English (i'm at the tracks, i can hear it coming)", risk: akari.RiskHigh,
		a: []string{"atthetraintracks", "atthetracks", "onthetracks", "bythetracks", "attherailway", "ontheroof", "onthebridge", "attheedge", "ontheledge",
			"atthecliff", "ontheplatformedge", "edgeoftheplatform", "edgeoftheroof"},
		b: []string{"hearitcoming", "trainiscoming", "trainscoming", "nexttrain", "onestep", "lookingdown", "justjump", "nowayback", "goodbye", "bye",
			"cantdothis", "itstime", "thisisit"}, window: 30,
		unless: []string{"work", "waiting", "late", "delay", "photo", "smoke", "party", "lunch", "friend", "movie", "game", "view", "sunset", "fireworks",
			"repair", "inspection", "shift", "lol"}},
	{name: "pills enough not to wake (enough pills … don't wake up)", risk: akari.RiskHigh,
		a:      []string{"enoughpills", "allmypills", "boughtpills", "boughtenough", "savedmypills", "sleepingpills", "pills"},
		b:      []string{"dontwakeup", "notwakeup", "neverwakeup", "nevertowakeup", "makesure", "allatonce", "takethemall", "takeallofthem", "tonight"},
		window: 40, unless: []string{"cold", "flu", "headache", "prescription", "doctor", "pharmacy", "vitamin", "allergy", "jetlag", "alarm", "late", "meeting"}},
	{name: "passing away suddenly, wished (ぽっくり逝けたら)", risk: akari.RiskConcern,
		a: []string{"ぽっくり", "ポックリ", "ぽっくりと", "pokkuri"},
		b: []string{"逝けたら", "いけたら", "逝きたい", "いきたい", "死ねたら", "逝ければ", "死にたい", "逝けないかな", "いけないかな", "逝ってしまいたい",
			"逝けたらいい", "逝かせて", "死なないかな", "ikitai", "iketara"}, window: 10,
		unless: []string{"祖", "親", "父", "母", "おじいちゃん", "おばあちゃん", "じいちゃん", "ばあちゃん", "ピンピンコロリ", "ぴんぴんころり", "老後",
			"歳まで", "年取って", "年とって", "長生き", "寿命", "老衰", "歳で", "ペット", "犬", "猫"}},
	{name: "not even wanting to be there, years on (10年後…いたくもない)", risk: akari.RiskConcern,
		a: []string{"年後", "将来", "未来", "この先", "先の自分", "来年の自分", "老後", "歳の自分", "才の自分", "歳まで", "才まで", "歳になる自分", "来年の今頃",
			"来年の誕生日", "大人になった自分"},
		b: []string{"いたくもない", "いたくない", "存在したくない", "存在していたくない", "いる気がしない", "いない気がする", "生きてる気がしない",
			"いたいと思わない", "いたいとも思わない", "いる気がせん", "いる気せん", "いる気しない", "いる気がしねえ", "いる気がしへん", "おる気がせん",
			"おる気がしない", "生きてる気がせん", "生きてる気せん", "生きてる気しない", "生きてない気がする", "生きてる想像ができない", "生きてる想像できない",
			"生きてる姿が想像できない"}, window: 24,
		unless: join(workObjects, []string{"にいたく", "にはいたく", "でいたく", "にいない", "にはいない", "している気", "してる気", "結婚", "彼氏", "彼女", "家庭", "出世", "昇進", "管理職", "独身", "実家", "東京", "地方", "田舎", "この街", "この国", "このまま平社員"})},
	{name: "life undone from the start (人生リセット、最初から無かったことに)", risk: akari.RiskConcern,
		a: []string{"人生", "自分", "私", "僕", "俺", "存在", "生まれ"},
		b: []string{"最初から無かったことに", "最初からなかったことに", "はじめからなかったことに", "初めから無かったことに", "初めからなかったことに",
			"生まれなかったことに", "いなかったことに", "存在しなかったことに", "最初からいなかった"}, window: 24,
		unless: join(fictionContext, []string{"データ", "ファイル", "発言", "約束", "企画", "案件", "プロジェクト", "契約", "告白", "メール", "送信",
			"ゲーム", "セーブ", "黒歴史", "あの日", "昨日", "さっき", "飲み会", "失言", "投稿", "恥", "されて", "された", "扱い", "無視", "会議", "ハブ"})},
	{name: "everything runs on without me (いなくなっても家族も回る)", risk: akari.RiskConcern,
		a: []string{"いなくなっても", "いなくなったって", "おらんくなっても", "消えても", "いなくても", "おらんでも", "おらんくても", "おらんようになっても",
			"いなくなったところで", "消えたところで", "おらんなっても", "いなくなろうが", "消えようが"},
		b: []string{"家族も", "家族は", "親も", "みんなも", "世界は", "世の中は", "なら別に", "ならいいや", "ならもういい", "誰も困らない", "誰も気づかない",
			"誰も困らん", "誰も困らへん", "誰も気づかん", "誰も気付かん", "誰も気付かない", "誰も気づかへん", "誰も悲しまない", "誰も悲しまん", "誰も泣かない",
			"誰も気にしない", "誰も気にせん", "困る人いない", "困る人おらん", "悲しむ人", "世界まわる", "世界回る", "誰も何も"},
		window: 24,
		unless: []string{"有給", "休暇", "休んでも", "休み", "辞めても", "退職", "転職", "育休", "産休", "引き継", "休職", "異動", "出張", "旅行",
			"入院", "手術", "ペット", "猫", "犬", "上司", "部長", "社長", "あいつ", "彼", "父", "母", "夫", "妻", "親が", "旦那", "嫁"}},
	{name: "a letter left for family (家族宛ての手紙、机に置いてきた)", risk: akari.RiskHigh,
		// Who the letter is for and where it was left: a farewell said
		// by what is done, not by a word of death.
		a: []string{"家族宛", "家族あて", "家族への手紙", "家族に手紙", "家族に宛て", "親宛", "親あて", "親への手紙", "親に手紙", "両親宛", "両親あて",
			"両親への手紙", "母宛", "母あて", "母への手紙", "母さん宛", "お母さん宛", "お母さんあて", "お母さんへの手紙", "父宛", "父への手紙", "お父さん宛",
			"妹宛", "妹あて", "弟宛", "弟あて", "姉宛", "兄宛", "みんな宛", "みんなあて", "みんなへの手紙", "子ども宛", "子どもたちへの手紙", "夫宛", "妻宛",
			"置き手紙", "置手紙", "書き置き", "書置き", "遺書", "いしょ"},
		b: []string{"置いてきた", "置いた", "置いておいた", "置いといた", "置いてある", "入れておいた", "入れといた", "残してきた", "残した", "残しておいた",
			"書き終わ", "書き終え", "書いた", "書いてる", "書いてます", "書いている", "見つけてくれる", "見つけると思", "読んでくれる", "読むと思", "机の上", "枕元",
			"テーブルの上", "引き出し", "もう帰らない", "思い残す"}, window: 24,
		unless: join(fictionContext, []string{"母の日", "父の日", "誕生日", "結婚式", "披露宴", "花嫁", "感謝の手紙", "研修", "授業", "宿題", "留学", "旅行",
			"お土産", "帰省", "実家に帰る", "年賀", "お礼", "寄せ書き", "退職", "送別", "先輩", "上司", "同僚", "タイムカプセル", "未来の自分", "歳の自分",
			"エンディングノート", "終活", "祖", "書類", "メモ", "遺書じゃない", "遺書かよ", "遺書って言われ", "社内", "入院", "手術"})},
	{name: "enough of a means, asked (睡眠薬100錠ある、足りるかな)", risk: akari.RiskHigh,
		// A count of pills or coal with "enough?" asks whether it would
		// kill; the same count before the next visit to the doctor is
		// a prescription running out.
		a: []string{"錠", "睡眠薬", "眠剤", "安定剤", "市販薬", "処方薬", "風邪薬", "頭痛薬", "鎮痛剤", "デパス", "練炭", "七輪", "薬", "くすり",
			"pills", "tablets"},
		b: []string{"足りるかな", "足りるか", "足りる？", "足りる?", "足りると思", "足りるよね", "足りそう", "これで足り", "で足りる", "足りへん", "足りん",
			"何錠あれば", "何錠飲めば", "何錠いれば", "何錠必要", "何個あれば", "何袋あれば", "何箱あれば", "何箱飲めば", "何錠で", "で確実", "確実かな",
			"確実に", "致死量", "enough"}, window: 16,
		unless: join(ordinaryMeans, fictionContext, []string{"診察", "通院", "病院", "処方", "日分", "何日", "次の", "切れ", "連休", "お盆", "年末年始",
			"ストック", "予備", "残り", "あと", "子ども", "子供", "ペット", "犬", "猫", "バーベキュー", "焼肉", "キャンプ", "効く", "効果"})},
	{name: "pills by the dozen, taken or gathered (20錠くらい飲んだ)", risk: akari.RiskHigh,
		// Ten and more pills at once, or boxes of them from shop after
		// shop: a dose or a stock no prescription gives.
		a: manyPills,
		b: []string{"飲んだ", "のんだ", "飲み", "のみ", "飲む", "のむ", "一気", "数えてない", "数えずに", "何軒", "軒まわ", "軒回", "箱買", "箱も買", "貯め", "溜め",
			"ため込", "集め", "ねむい", "眠い", "買ってきた", "買い集め", "か所回", "箇所回", "ヶ所回", "軒か回", "何軒か", "あるから", "ある。", "あるし", "あるよ", "持ってる", "手元に", "大丈夫"}, window: 30,
		unless: join(fictionContext, []string{"サプリ", "ビタミン", "処方通り", "処方どおり", "日分", "診察", "在庫", "品出し", "薬剤師", "調剤", "一日", "1日",
			"毎食", "お得", "セール", "ポイント", "ペット", "犬", "猫"})},
	{name: "the same pills from shop after shop (三軒回って同じ薬を買い集めました)", risk: akari.RiskHigh,
		a: []string{"同じ薬", "同じ市販薬", "同じ睡眠", "同じ風邪薬", "同じ鎮痛", "同じ眠剤", "同じ薬を", "同じくすり"},
		b: []string{"軒回", "軒まわ", "軒も回", "何軒も", "買い集め", "売ってもらえない", "一軒では", "1軒では", "店を回", "店舗回"}, window: 40,
		unless: join(fictionContext, []string{"売り切れ", "品切れ", "在庫", "入荷", "探し", "さがし", "安い", "値段", "比較", "ポイント", "セール", "頼まれ", "おつかい"})},
	{name: "at a height, now (ベランダにいます。8階です)", risk: akari.RiskHigh,
		// Where one is, said with its height, or as the answer to
		// "are you somewhere safe": standing at the edge already.
		a: join(placesHigh, []string{"屋上です", "屋上にいます", "屋上にいる", "屋上に来", "ベランダにいます", "ベランダにいる", "ベランダに出て", "窓は開く", "窓が開く", "窓は開け", "家のは開く",
			"窓って開く", "窓開く", "開くなら"}),
		b: join(floors, []string{"今日やる", "今夜やる", "いいえです", "いいえ。", "安全じゃない", "安全ではな", "今いる", "いまいる", "にいます", "に来た", "に来てる", "に出てる"}), window: 20,
		unless: join(ordinaryHeights, fictionContext, []string{"休憩", "一服", "喫煙", "洗濯", "干し", "布団", "掃除", "植物", "バーベキュー", "眺め", "夜景", "花火", "避難", "消防", "点検",
			"内見", "物件", "家賃", "引っ越", "マンション購入", "エレベーター", "階段で", "オフィスは", "会議室", "フロア", "売り場", "駐車場"})},
	{name: "a means not for its use (カッター新しいの、仕事用じゃないほう)", risk: akari.RiskHigh, overVetoes: true,
		a: join(meansBlades, meansCords, []string{"カッター", "ロープ", "練炭"}),
		b: []string{"用じゃない", "用ではない", "用じゃなくて", "じゃなくて自分用", "のためじゃない", "じゃないほう", "じゃない方", "じゃないやつ", "別の用途", "違う用途", "違う使い道", "別の使い道", "仕事以外で使"}, window: 26,
		unless: join(fictionContext, []string{"プレゼント", "おしゃれ", "色違い", "サイズ", "予備", "交換", "壊れ", "切れ味", "替え刃"})},
	{name: "a train's time checked (快速の通過時刻、飛び込むならあれ)", risk: akari.RiskHigh,
		a: placesTrack,
		b: []string{"飛び込むなら", "とびこむなら", "通過時刻", "通過する時刻", "通過の時刻", "通過する時間", "何分に通過", "通過列車の時間", "通過するタイミング", "通過のタイミング"}, window: 30,
		unless: join(ordinaryTracks, fictionContext, []string{"撮り鉄", "撮影", "鉄道ファン", "ダイヤ改正", "時刻表アプリ", "乗り換え", "遅延", "待ち合わせ"})},
	{name: "fetched by the dead (ばあちゃん、はよ迎えに来て)", risk: akari.RiskConcern,
		a: []string{"仏壇", "お墓", "天国", "あの世", "亡くなった", "遺影", "命日", "お空の", "向こうの", "先に逝", "逝った", "亡き"},
		b: []string{"迎えに来て", "迎えにきて", "むかえにきて", "連れてって", "連れて行って", "そっちに行きたい", "そっち行きたい", "そっちに行っていい", "そばに行きたい", "会いに行きたい"}, window: 24,
		unless: []string{"お墓参り", "墓参り", "お盆", "法事", "法要", "帰省"}},
	{name: "nothing would change without me (おれ一人いなくなったって世の中なんも変わらん)", risk: akari.RiskConcern,
		a: []string{"いなくなったって", "いなくなっても", "消えたって", "消えても", "死んだって", "死んでも", "おらんくなっても", "おらんようになっても", "いなくても"},
		b: []string{"何も変わらな", "なにも変わらな", "なんも変わらん", "何も変わらん", "なんも変わらな", "誰も困らな", "同じだね", "同じじゃん", "同じでしょ", "誰も気づかな", "誰も気付かな", "世の中は回る",
			"世界は回る", "誰も悲しま", "誰も泣かな", "うまくやれる", "うまく回る", "回るし", "回るよね"}, window: 20,
		unless: []string{"辞め", "退職", "休ん", "休み", "有給", "有休", "異動", "転職", "産休", "育休", "旅行", "出張"},
		near:   workObjects},
	{name: "waking again, a disappointment (目が覚めるたびにがっかり)", risk: akari.RiskConcern,
		a: []string{"目が覚めちゃう", "目が覚めてしまう", "目が覚めるたび", "目が覚めたらまた", "また目が覚め", "また朝が来", "朝が来るたび", "起きてしまう", "起きちゃう", "生きて目が覚め"},
		b: []string{"がっかり", "しんどい", "残念", "絶望", "また一日", "つらい", "辛い", "憂鬱", "なんで生きて", "ため息"}, window: 20,
		unless: []string{"夜中", "夜勤", "トイレ", "暑", "寒", "子ども", "子供", "赤ちゃん", "夜泣き", "授乳", "いびき", "アラーム", "目覚まし", "仕事の夢", "悪夢", "休み"}},
	{name: "tonight, to the water or a height (今夜川に行く)", risk: akari.RiskHigh,
		a:      []string{"今夜", "今晩", "今から", "いまから", "これから", "明日の朝"},
		b:      []string{"川に行く", "川へ行く", "海に行く", "海へ行く", "橋に行く", "橋まで行く", "屋上に行く", "線路に行く", "樹海", "崖に行く", "ダムに行く", "川に行きます", "海に行きます"},
		window: 12,
		unless: join(ordinaryHeights, []string{"釣り", "花火", "夜景", "散歩", "ドライブ", "bbq", "キャンプ", "友達と", "彼氏と", "彼女と", "家族で", "デート", "撮影", "見に"})},
	{name: "a means bought under a cover story (ロープ買った。荷造りですって顔して)", risk: akari.RiskHigh,
		a:          join(meansCords, meansBlades, meansGas, meansPills, []string{"ロープ", "カッター", "睡眠薬"}),
		b:          []string{"って顔して", "ですって顔", "ってふりして", "ふりして", "フリして", "ってことにして", "と偽", "って嘘", "と嘘", "怪しまれない", "怪しまれず", "バレないよう", "ばれないよう"},
		window:     30,
		unless:     []string{"サプライズ", "プレゼント", "誕生日", "ドッキリ", "内緒で買"},
		overVetoes: true},
	{name: "taken to hospital after pills (薬飲みすぎて救急で運ばれた)", risk: akari.RiskHigh,
		a: join(meansPills, []string{"薬飲みすぎ", "薬を飲みすぎ", "飲みすぎて", "錠"}),
		b: []string{"救急で運ばれ", "救急車で運ばれ", "救急搬送", "搬送され", "胃洗浄", "運ばれた"}, window: 20,
		unless: []string{"お酒", "酒", "飲み会", "熱中症", "アレルギー", "子ども", "子供", "息子", "娘", "父", "母", "祖", "ペット", "犬", "猫", "患者", "薬剤師", "看護",
			"病棟", "利用者", "対応"}},
	{name: "pills saved by the month, a day set (睡眠薬を3ヶ月分ためました)", risk: akari.RiskHigh,
		a: meansPills,
		b: []string{"ヶ月分ため", "か月分ため", "ヵ月分ため", "ヶ月分貯め", "か月分貯め", "週間分ため", "ヶ月分溜め", "ためました", "貯めました", "溜めました", "ためてある", "貯めてある"}, window: 16,
		unless: []string{"処方通り", "旅行", "出張", "海外", "帰省", "入院", "予備", "ストック", "災害", "防災"}},
	{name: "quitting the job or life, unsure which (辞めたいのが会社なのか人生なのか)", risk: akari.RiskConcern,
		a: []string{"人生なのか", "人生かも", "人生のほう", "人生の方", "生きることなのか", "生きるのをなのか"},
		b: []string{"辞めたい", "やめたい", "終わりにしたい", "降りたい", "おりたい"}, window: 16},
	{name: "pills at hand in quantity (薬はたくさんある)", risk: akari.RiskHigh,
		a: meansPills,
		b: []string{"たくさんある", "いっぱいある", "山ほどある", "大量にある", "ためてある", "貯めてある", "たまってる", "何十錠もある", "ならある", "なら家にある"}, window: 8,
		unless: join(ordinaryMeans, []string{"処方", "病院", "常備", "在庫", "薬局", "花粉", "風邪", "頭痛", "生理", "サプリ", "ビタミン", "賞味", "期限", "捨て", "整理"})},
	{name: "a cord that holds a body (人ひとりの体重に耐えられる紐)", risk: akari.RiskHigh,
		a: join(meansCords, []string{"縄"}),
		b: []string{"体重に耐え", "体重を支え", "体重で切れ", "人ひとりの体重", "自分の体重", "体重かけても", "ぶら下がっても", "吊るしても", "吊っても"}, window: 24,
		unless: []string{"ハンモック", "ブランコ", "登山", "クライミング", "ボルダリング", "荷物", "家具", "ペット", "犬", "トレーニング", "懸垂", "筋トレ", "安全帯", "作業"}},
	{name: "a sure height or dose, asked (何階からなら確実)", risk: akari.RiskHigh,
		a: []string{"何階から", "何階なら", "何階だ", "何階以上", "階からなら", "階なら", "階からだと", "階から飛", "なんかいから", "なんがいから", "何メートル", "何m", "どの高さ", "どのくらいの高さ",
			"何錠", "何分", "何秒", "どのくらいで", "どれくらいで", "どの橋", "どの駅", "どこから飛", "どこの橋", "どのビル"},
		b: []string{"確実", "死ね", "助からない", "助からん", "即死", "一瞬で", "意識なくな", "意識がなくな", "意識が飛", "意識なくす", "苦しくない",
			"痛くない", "楽に逝", "逝ける", "いける？", "いけるかな"}, window: 16,
		unless: join(fictionContext, []string{"夜景", "見える", "見れる", "景色", "眺め", "富士山", "東京タワー", "スカイツリー", "花火", "合格", "勉強",
			"資格", "痩せ", "稼", "効く", "効果", "寝れる", "眠れる", "寝付", "処方", "医者", "薬剤師", "風邪", "頭痛", "花粉", "虫", "蚊", "浸水", "津波",
			"避難", "地震", "揺れ", "物件", "賃貸", "家賃", "内見", "エレベーター", "階段で", "麻酔", "手術", "検査", "胃カメラ", "酒", "飲み会", "杯", "サウナ",
			"熱中症", "献血", "貧血", "ゲーム", "試験", "面接", "電車", "バス", "遅刻", "間に合", "着く", "届く", "配送"})},
	{name: "hanging, asked about (首つったら何分で)", risk: akari.RiskHigh,
		// 首つる is also a cramped neck (寝違えて首つった); the questions
		// of time, knot and place are hanging's.
		a: []string{"首つ", "首吊", "首くく", "首を吊", "首をくく", "首をつ", "くびつ", "くびくく", "くびを"},
		b: []string{"何分", "何秒", "意識", "確実", "方法", "やり方", "失敗", "楽に", "楽かな", "苦しくない", "痛くない", "苦しい？", "苦しいかな", "死ね",
			"どのくらいで", "どれくらいで", "くらいで", "高さ", "ドアノブ", "結び方", "結べ", "体重", "ロープ", "紐", "ひも", "ベルト", "どこがいい", "場所",
			"練習", "試した", "試して", "なら"}, window: 20,
		unless: join(fictionContext, []string{"寝違", "寝ちがえ", "肩", "筋", "湿布", "ストレッチ", "足つ", "足が", "こむら", "マッサージ", "整体", "振り向",
			"回らな", "借金", "ボーナス", "給料", "首を長く", "首になる", "首になっ", "クビ", "痛くて", "痛すぎ", "朝起きたら", "起きたら", "枕", "シーン"})},
	{name: "at a dark, lonely place now (橋の上にいる。暗くて何も見えない)", risk: akari.RiskHigh,
		// Being at a height or at the water, with the dark, the sound
		// of the water or no one around, is how someone there says it.
		a: []string{"橋の上", "橋にいる", "橋まで", "鉄橋", "歩道橋", "屋上", "崖", "断崖", "絶壁", "堤防", "防波堤", "岸壁", "埠頭", "波止場",
			"ダムの上", "ダムに", "樹海", "海に来", "海まで来", "海にいる", "川の前", "川にいる", "川まで", "線路", "踏切", "ホームの端", "展望台"},
		b: []string{"暗くて", "真っ暗", "まっくら", "暗い", "何も見えない", "誰もいない", "誰も来ない", "誰もおらん", "音しかしない", "音しか聞こえない",
			"音だけ", "波の音", "水の音", "川の音", "風が強", "風強", "吸い込まれそう", "夜中", "深夜", "ひとり", "一人で来", "一人で", "静か",
			"怖くない", "今いる", "いまいる", "入口にいる", "もう戻", "戻るつもり", "帰るつもり", "最後に見"}, window: 24,
		unless: join(ordinaryHeights, ordinaryTracks, fictionContext, []string{"キャンプ", "肝試し", "心霊", "帰り道", "通勤", "通学", "街灯", "懐中電灯",
			"ライト", "自転車", "迎え", "待ち合わせ", "見学", "怖いんだ", "怖かった", "危ない", "ポニョ", "納期", "案件", "崖っぷち", "最高", "気持ちいい", "きれい",
			"綺麗", "デート", "彼氏", "彼女", "友達と", "友だちと", "家族と", "子どもと", "子供と", "ライブ", "夏", "浴衣", "飲み", "宴会", "ホタル", "蛍",
			"工場夜景", "見に来", "見にき", "見に行", "ランニング", "ジョギング", "犬の散歩", "開かず", "遮断機が上が"})},
	{name: "a reset with no way back (リセットボタン、二度と戻ってこない方)", risk: akari.RiskConcern,
		a: []string{"リセットボタン", "リセットスイッチ", "人生リセット", "人生のリセット", "人生の電源", "電源ボタン", "自分の電源", "電源切りたい", "強制終了",
			"シャットダウン", "生まれ変わりボタン", "消えるボタン", "ボタン"},
		b: []string{"二度と戻ってこない", "二度と戻らない", "二度と戻れない", "戻ってこない方", "戻ってこないほう", "戻れない方", "戻らない方", "戻らないほう",
			"二度と起動しない", "起動しない方", "二度と起きない", "永久に", "永遠に", "完全に消え", "消える方", "消えるほう", "終わる方", "終わるほう",
			"やり直しじゃなく", "やり直しじゃない"}, window: 30,
		unless: join(fictionContext, []string{"ゲーム", "データ", "セーブ", "スマホ", "パソコン", "pc", "ルーター", "初期化", "設定", "機種", "アプリ", "転職",
			"引っ越", "新しい", "やり直したい", "やり直せ", "一から", "青春", "学生時代", "あの頃"})},
	{name: "ending it, in romaji (kyou de owari ni suru, minna gomen)", risk: akari.RiskHigh,
		a: []string{"owarinisuru", "owarinishimasu", "owarinishitai", "owarinisuruyo", "owarasetai", "owaraseru", "owarasemasu", "shinimasu", "shinu",
			"shinou", "kiemasu", "kieru", "inakunaru", "inakunarimasu", "jisatsu", "saigonomesseeji", "saigonomessage", "saigonorain"},
		b: []string{"gomen", "sayonara", "sayounara", "arigatou", "arigato", "minna", "saigo", "kyoude", "konyade", "kyou", "konya", "mouowari", "bye",
			"tsukareta", "genkaide", "owari"}, window: 30,
		unless: []string{"shigoto", "kaisha", "baito", "purojekuto", "project", "work", "job", "shift", "zangyou", "kaigi", "meeting", "kyuuka", "yasumi",
			"owarimashita", "owatta", "shukkin", "gakkou", "jugyou", "shiken", "geemu", "game", "dorama", "eiga", "hodo", "shinuhodo", "shinukato", "warota", "lol", "www"}},
	{name: "a death made to look like an accident (事故に見えるかな)", risk: akari.RiskHigh,
		// Hiding an act as an accident, for the family or the insurance,
		// is a plan with a method.
		a: []string{"事故に見え", "事故に見せ", "事故ってことに", "事故扱いに", "事故扱いにな", "事故ならいい", "事故だったら", "事故死なら", "事故で処理"},
		b: []string{"突っ込め", "突っ込ん", "突っ込む", "飛び出", "ハンドル", "壁に", "電柱", "ガードレール", "保険金", "保険おり", "家族に迷惑", "家族が困ら",
			"自殺だと", "自殺って", "かな", "ばれない", "バレない"}, window: 24,
		unless: join(fictionContext, []string{"保険会社", "査定", "調査", "営業", "顧客", "お客", "弁護士", "探偵", "労災", "示談", "警察に", "ドラレコ",
			"相手", "もらい事故", "過失"})},
	{name: "a cut hidden (手首じゃなくて太ももならバレない)", risk: akari.RiskHigh,
		a: []string{"手首", "太もも", "ふともも", "腕", "二の腕", "足首", "お腹", "おなか"},
		b: []string{"ならバレない", "ならばれない", "ならバレな", "なら見えない", "なら目立たない", "なら隠せ", "なら隠れ", "ならわからない", "ならばれへん", "ならバレへん"}, window: 16,
		unless: []string{"タトゥー", "刺青", "入れ墨", "いれずみ", "湿布", "日焼け", "ネイル", "脱毛", "ほくろ", "虫刺され", "アトピー", "あざ", "痣", "傷跡消", "ピアス", "時計"}},
	{name: "the last message, things handed over (シフト全部代わってもらった。これが最後のメッセージ)", risk: akari.RiskHigh,
		a: []string{"シフト全部代わ", "全部代わってもら", "身の回り", "lineも消", "ラインも消", "アカウントも消", "アカウント消す", "全部消す", "全部片付け", "全部片づけ", "引き継ぎも全部", "全部引き継"},
		b: []string{"最後のメッセージ", "これが最後", "最後の連絡", "最後のline", "最後のライン"}, window: 40,
		// Not ordinaryFarewells: a shift handed over is the sign here.
		unless: []string{"アプリ", "退会", "機種変", "アンインストール", "解約", "サービス", "退職", "辞め", "やめる", "異動", "転勤", "引っ越", "卒業", "送別",
			"最終出社", "最終日", "寿退社", "産休", "育休", "留学", "帰省", "旅行", "出張"}},
	{name: "affairs written down for those left (通帳と印鑑の場所もメモして置いた)", risk: akari.RiskHigh,
		a: []string{"通帳と印鑑", "通帳の場所", "印鑑の場所", "暗証番号", "パスワード全部", "保険証券の場所", "権利証"},
		b: []string{"メモして", "メモを", "書いて置", "書いておい", "書き残", "わかるように", "分かるように", "まとめて置", "まとめておい"}, window: 16,
		unless: []string{"旅行", "入院", "手術", "出張", "単身赴任", "引っ越", "介護", "親の", "父の", "母の", "祖父", "祖母", "相続", "終活セミナー", "防犯", "詐欺", "管理アプリ"}},
	{name: "a deadly dose known, and that much at home (何錠から危ないか知ってる、それくらい家にある)", risk: akari.RiskHigh,
		a: []string{"何錠から", "何錠で", "何錠飲めば", "何錠のめば", "致死量", "何シートで", "何箱で"},
		b: []string{"家にある", "うちにある", "手元にある", "それくらいある", "それくらい家", "それ以上ある", "揃って", "そろって", "集まっ", "貯まっ", "たまっ", "超えてる", "こえてる"}, window: 40,
		unless: join(fictionContext, []string{"誤飲", "子ども", "子供", "患者さんに", "お客様", "説明", "服薬指導", "ペット", "犬", "猫", "試験", "勉強"})},
	{name: "a farewell with no way back (お世話になりました。さようなら)", risk: akari.RiskHigh,
		// Thanks for everything next to a goodbye that closes the door,
		// said to Akari with no job, move or shop left behind.
		a: []string{"お世話になりました", "おせわになりました", "お世話になった", "世話になった", "今までありがと", "いままでありがと", "今まで本当にありがと",
			"今までほんまにありがと", "今までほんとにありがと", "話聞いてくれてありがと", "ありがとうございました"},
		b: []string{"さようなら", "さよなら", "これで最後", "これが最後", "最後にします", "最後のline", "最後の連絡", "もう連絡", "連絡することはない",
			"もう会われへん", "もう会えない", "もう会えん", "もうここには来ない", "もうここに来ない", "もう来ない", "もう来れない", "元気でな", "元気でね", "お元気で",
			"ばいばい", "バイバイ", "探さないで", "忘れて", "もう疲れた", "先に行く", "先に逝"}, window: 30,
		unless: join(ordinaryFarewells, []string{"アプリ", "退会", "アンインストール", "使わない", "解約", "チャット", "サービス", "お店", "美容院", "病院", "先生",
			"担任", "部活", "サークル", "大家", "管理会社", "幼稚園", "保育園"})},
	{name: "treasured things given away, no longer needed (集めてた漫画全部あげた、もう読むこともない)", risk: akari.RiskConcern,
		a: []string{"全部あげ", "全部譲", "全部手放", "全部人に", "全部友達に", "にあげた", "に渡した", "に譲った", "手放した", "あげちゃった", "譲っちゃった",
			"大事にしてた", "大切にしてた", "集めてた", "宝物"},
		b: []string{"もう要らない", "もういらない", "もう必要ない", "必要ないから", "もう使わない", "使うこともない", "読むこともない", "着ることもない",
			"もう意味ない", "持ってても意味", "持っててももう", "私にはもう", "自分にはもう", "もう何もいらない", "あとは何もいらない", "もう何もない"}, window: 30,
		unless: join(ordinaryFarewells, []string{"断捨離", "ミニマリスト", "ジモティー", "メルカリ", "フリマ", "引っ越", "家具", "家電", "参考書", "教科書",
			"資格", "試験", "読み終わ", "推し変", "卒業", "子ども", "子供", "甥", "姪", "赤ちゃん", "ベビー", "サイズ", "痩せ", "太", "着ない", "趣味", "飽き"})},
	{name: "care refused, let it worsen (病院行かない。悪化しても別にいい)", risk: akari.RiskConcern,
		// Neglect wished to go on to the end is a passive wish; skipping
		// the doctor for a cold is not.
		a: []string{"病院行かない", "病院には行かない", "病院いかない", "病院行かへん", "病院行かん", "治療しない", "治療やめ", "薬飲まない", "薬やめた",
			"薬飲むのやめ", "検査受けない", "治さない", "放置してる", "ほっといてる", "放っておく", "ほっとく"},
		b: []string{"悪化しても", "どうなっても", "死んでも", "手遅れになっても", "手遅れでも", "悪くなっても", "このまま悪化", "別にいい", "このままでいい",
			"構わない", "かまわない", "それでいい"}, window: 24,
		unless: []string{"高い", "お金", "時間がない", "時間ない", "忙し", "面倒", "めんどう", "めんどくさ", "風邪", "軽い", "大したこと", "寝てれば", "治る",
			"休めば", "市販薬", "様子見", "明日", "週末", "予約", "ペット", "犬", "猫", "親が", "父が", "母が", "祖"}},
	{name: "a last word, and gone (最後に誰かと話したくて…もう戻らない)", risk: akari.RiskHigh,
		a:      []string{"最後に誰か", "最後にだれか", "最後に話したく", "最後に話し", "最後に声", "最後にあかり", "最後にline", "最後に連絡", "最後に誰かと"},
		b:      []string{"もう戻らない", "戻らない", "帰らない", "もう会えない", "さよなら", "もういない", "二度と", "戻るつもりはない", "帰るつもりはない"},
		window: 40,
		unless: join(fictionContext, []string{"退職", "辞め", "最終出社", "送別", "異動", "転勤", "引っ越", "旅行", "留学", "卒業", "試合", "授業", "部活",
			"実家を出", "上京", "一人暮らし", "帰国", "海外", "結婚", "会社には", "職場には", "元カレ", "元彼", "元カノ", "友達", "同級生", "喧嘩", "亡くなった", "葬式"})},
}

func join(lists ...[]string) []string {
	var out []string
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// compiledPair is a concept pair in crisisView bytes.
type compiledPair struct {
	*conceptPair
	a, b, unless, near [][]byte
}

func compilePairs() []compiledPair {
	out := make([]compiledPair, len(conceptPairs))
	for i := range conceptPairs {
		p := &conceptPairs[i]
		out[i] = compiledPair{conceptPair: p, a: crisisBytes(p.a), b: crisisBytes(p.b), unless: crisisBytes(p.unless), near: crisisBytes(p.near)}
	}
	return out
}

// addPairsTo registers every side and context word with the lexicon.
func addPairsTo(l *lexicon, ps []compiledPair) {
	for k := range ps {
		for _, w := range ps[k].a {
			l.add(w, use{kind: usePairA, idx: uint16(k)})
		}
		for _, w := range ps[k].b {
			l.add(w, use{kind: usePairB, idx: uint16(k)})
		}
		for _, w := range ps[k].unless {
			l.add(w, use{kind: usePairUnless, idx: uint16(k)})
		}
		for _, w := range ps[k].near {
			l.add(w, use{kind: usePairNear, idx: uint16(k)})
		}
	}
}

// pairSide is one word of a pair found in a message.
type pairSide struct {
	pair uint16
	b    bool
	sp   span
}

// maxPairSides bounds the words kept per message (on the stack).
const maxPairSides = 48

// maxPairs bounds the concept pairs (a bitset on the stack marks those
// whose context is in a message).
const maxPairs = 128

// findPairs returns the highest risk any concept pair gives text, and its
// name. A pair whose words overlap a veto (hard, the veto constructions'
// spans, for a pair read over vetoes), or whose later word is denied
// or hyperbole, does not count; a degree lowers it. The words of a pair
// quieted by its context are appended to quieted, returned, so that the
// model does not read them as weak words (屋上でフットサル、最後の試合). They
// do not silence a phrase of crisis.yaml: the context is the message's,
// and a message that names work (仕事でミスするたび、この世にいちゃいけない)
// may still say what no context excuses.
func (s *constructionSet) findPairs(text []byte, lex *lexicon, occs []occurrence, vetoes, hard, quieted []span) (akari.Risk, string, []span) {
	var buf, nbuf [maxPairSides]pairSide
	sides, nears := buf[:0], nbuf[:0]
	var quiet [maxPairs / 64]uint64 // pairs whose context word is in the message
	for _, o := range occs {
		sp := span{int(o.at), int(o.at) + len(lex.words[o.word])}
		for _, u := range lex.uses[o.word] {
			switch u.kind {
			case usePairUnless:
				quiet[u.idx/64] |= 1 << (u.idx % 64)
			case usePairNear:
				if len(nears) < maxPairSides {
					nears = append(nears, pairSide{pair: u.idx, sp: sp})
				}
			case usePairA, usePairB:
				past := vetoes
				if s.pairs[u.idx].overVetoes {
					past = hard
				}
				if len(sides) < maxPairSides && !overlaps(sp, past) {
					sides = append(sides, pairSide{pair: u.idx, b: u.kind == usePairB, sp: sp})
				}
			}
		}
	}
	best, why := akari.RiskNone, ""
	for i := range sides {
		x := &sides[i]
		if quiet[x.pair/64]&(1<<(x.pair%64)) != 0 {
			quieted = append(quieted, x.sp)
			continue
		}
		if x.b {
			continue
		}
		p := &s.pairs[x.pair]
		if len(p.b) == 0 {
			// A word that says it all, unless its context is there.
			if r := s.pairRisk(p, text, x.sp); riskRank(r) > riskRank(best) {
				best, why = r, p.name
			}
			continue
		}
		for j := range sides {
			y := &sides[j]
			if !y.b || y.pair != x.pair || x.sp.from < y.sp.to && y.sp.from < x.sp.to {
				continue
			}
			d := y.sp.from - x.sp.from
			if p.ordered && d < 0 {
				continue
			}
			if d < 0 {
				d = -d
			}
			if d > 3*p.window { // bytes: three per Japanese character
				continue
			}
			if nearContext(nears, x.pair, x.sp, y.sp, 3*nearReach) {
				if len(quieted)+2 <= cap(quieted) {
					quieted = append(quieted, x.sp, y.sp)
				}
				continue
			}
			later := y.sp
			if x.sp.from > y.sp.from {
				later = x.sp
			}
			if r := s.pairRisk(p, text, later); riskRank(r) > riskRank(best) {
				best, why = r, p.name
			}
		}
	}
	return best, why, quieted
}

// pairRisk is p's risk read around its later word: none when denied or
// hyperbole, one level lower after a degree.
// nearReach is how many characters from a pair's word a near word counts:
// the same clause.
const nearReach = 8

// nearContext reports whether a near word of pair lies within reach
// bytes of either of its words a and b.
func nearContext(nears []pairSide, pair uint16, a, b span, reach int) bool {
	for _, n := range nears {
		if n.pair != pair {
			continue
		}
		for _, w := range [2]span{a, b} {
			if n.sp.to >= w.from-reach && n.sp.from <= w.to+reach {
				return true
			}
		}
	}
	return false
}

func (s *constructionSet) pairRisk(p *compiledPair, text []byte, later span) akari.Risk {
	switch s.read(text, later.from, later.to, later.to) {
	case figurative:
		return akari.RiskNone
	case lowered:
		return lower(p.risk)
	}
	return p.risk
}

// without returns list less the given words.
func without(list []string, words ...string) []string {
	var out []string
	for _, w := range list {
		if !slices.Contains(words, w) {
			out = append(out, w)
		}
	}
	return out
}

// prefixed returns every word of list with prefix before it.
func prefixed(prefix string, list []string) []string {
	out := make([]string, len(list))
	for i, w := range list {
		out[i] = prefix + w
	}
	return out
}

// suffixed returns every word of list with suffix after it.
func suffixed(list []string, suffix string) []string {
	out := make([]string, len(list))
	for i, w := range list {
		out[i] = w + suffix
	}
	return out
}
