package worry

import "github.com/akari-career/akari/internal/akari"

// The construction tables. construction.go says how they are read; each
// construction here has a line in risk_test.go, and each veto a hard
// negative there.

// Object lists shared by several constructions.
var (
	workObjects = []string{
		"会社", "職場", "部署", "チーム", "現場", "店", "業界", "社内", "会議", "仕事", "バイト", "派遣", "取引先",
		"プロジェクト", "案件", "グループ", "事務所", "支店", "本社", "オフィス", "シフト", "飲み会", "部", "課",
		"作業", "業務", "残業", "契約", "交渉", "関係", "今日", "今週", "話", "喧嘩", "連勤", "夜勤", "研修",
		"引き継ぎ", "試用期間", "繁忙期", "電話", "片思い", "恋", "付き合い", "勤め", "単身赴任", "ライン",
		"グループライン", "名簿", "打ち合わせ", "ミーティング", "リモート", "在宅", "営業", "企画", "資料",
		"タスク", "炎上", "クレーム", "この件", "定例", "生活", "line", "会", "職", "ここ", "この場",
	}
	selfObjects = []string{
		"この世", "世界", "世の中", "地球", "全部", "全て", "すべて", "何もかも", "なにもかも", "人生", "存在",
		"自分", "私", "わたし", "僕", "ぼく", "俺", "おれ", "あたし", "命", "いのち", "生きる", "跡形", "永遠",
	}
	otherPeople = []string{
		"上司", "部長", "課長", "係長", "社長", "店長", "主任", "先輩", "同僚", "後輩", "客", "あいつ", "あの人",
		"やつ", "奴", "役員", "専務", "常務", "リーダー", "マネージャー", "お局", "パワハラ", "お前", "おまえ",
	}
	// thirdParties die in news, stories and games, not in the person.
	thirdParties = []string{
		"社員", "同僚", "他社", "知り合い", "友達の", "芸能人", "俳優", "有名人", "主人公", "キャラ", "推し",
		"登場人物", "ニュース", "報道", "記事", "ドラマ", "映画", "漫画", "アニメ", "ゲーム", "小説", "過労",
		"取引先", "ユーチューバー", "アイドル", "犯人", "ペット", "おじいちゃん", "おばあちゃん", "祖父", "祖母",
		"父", "母", "上司", "先輩",
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
	// drugs that can be stockpiled.
	drugs = []string{"薬", "くすり", "錠剤", "眠剤", "デパス", "安定剤", "眠り薬", "マイスリー", "ハルシオン", "レンドルミン",
		"ブロン", "抗不安", "睡眠導入剤", "pills"}
	// means that can be tied, burnt or cut with.
	cords = []string{"ロープ", "紐", "ひも", "縄", "ベルト", "練炭", "七輪", "延長コード", "タオル"}
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
			"って脅", "と吐き捨て", "って吐き捨て", "とか平気", "って平気", "とか毎日", "って毎日", "ってさ", "と笑", "って笑",
			"ってline", "とline", "ってdm", "ってメッセ", "ってきた", "ってくる", "って来", "とか言", "ってlineきた"},
		gap: 8},
	{name: "prevention, insurance and news", risk: akari.RiskNone,
		stems: []string{"自殺予防", "自殺防止", "自殺対策", "自殺者", "自殺率", "自殺統計", "自殺総合", "自殺のニュース", "自殺報道",
			"いのちの電話", "生命保険", "死亡保険", "死亡保障", "自殺免責", "ゲートキーパー", "suicideprevention", "希死念慮の研修",
			"自殺未遂の患者", "自殺企図の患者", "自殺行為", "過労自殺", "過労死", "自殺のサイン", "自殺のリスク", "自殺について",
			"自殺に関する", "自殺の報道", "自殺の記事", "自殺事件", "自殺した社員", "自殺した人", "自殺したらしい", "自殺があった",
			"自殺したってニュース", "自殺したという", "自殺があったらしい", "自殺者が", "団体生命", "団体保険", "死亡事故", "死亡災害", "労災"}},
	{name: "someone vanished (消えた+noun)", risk: akari.RiskNone,
		stems:    []string{"消えた", "きえた"},
		notAfter: []string{"い", "く", "み", "さ", "か", "ら", "方", "ほう", "って", "と思", "ぃ", "ぁ", "ゃ", "て"}},
	{name: "someone else died (news, stories, games)", risk: akari.RiskNone,
		stems:    []string{"自殺した", "自殺して", "自殺があ", "自殺未遂", "自殺の", "死んだ", "死んじゃった", "死んでしまった", "亡くなっ", "死亡し"},
		notAfter: []string{"ほうが", "方が", "ら", "り"},
		before: &objects{veto: selfObjects, keep: thirdParties, window: 10, need: true,
			from: []string{"が", "は", "も", "なんか", "なんて", "って", "の", "を"}}},
	{name: "idiom", risk: akari.RiskNone,
		stems: []string{"死ぬほど", "死ぬ程", "死ぬ気で", "死ぬ気", "死ぬかと思", "死ぬかとおも", "死にそう", "死んだように眠", "死んだ魚", "死ぬまで働",
			"必死", "死活", "決死", "死角", "死守", "死亡フラグ", "死に物狂い", "死にもの狂い", "死んだふり", "死にかけ", "死ぬレベル",
			"飛び込み営業", "飛び込みで営業", "飛び込み訪問", "飛び込みの営業", "飛び込み客", "電車に飛び乗", "飛び降りる夢",
			"楽になりたいから相談", "消えたかと思", "消えたかとおも", "気が楽に", "気持ちが楽に", "心が楽に", "肩の荷", "死ぬ前に一度", "死ぬまでに一度",
			"dyingofboredom", "dyingoflaughter", "killingme", "killme lol", "dyingrn lol", "imdead lol", "deadlol"}},

	// --- high: explicit wish, plan, method, self-harm ---
	{name: "wish to die (死に+たい)", risk: akari.RiskHigh,
		stems:    []string{"死に", "氏に", "タヒに", "4に", "しに", "ｼﾆ"},
		ends:     []string{"たい", "たく", "たか", "たみ", "てえ", "とう", "てぇ", "たす", "て"},
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
			"だほうが楽", "だ方が楽", "だら楽", "だららく", "でもいい", "で楽に", "じゃえば楽", "でしまえば楽", "だらいい", "だら全部", "で詫び",
			"じゃえたら", "じゃえば", "でしまえたら", "でしまえば"},
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
		stems: []string{"死ぬ", "しぬ", "タヒぬ", "氏ぬ", "自殺する"},
		ends: []string{"しかない", "しかねえ", "方法", "ほうほう", "準備", "つもり", "場所", "ことにし", "ことに決め", "って決め", "と決め", "のが一番",
			"日を決め", "ための", "為の", "しか"}},
	{name: "end my life", risk: akari.RiskHigh,
		stems: []string{"人生を終わらせ", "人生終わらせ", "人生を終わりにし", "人生終わりにし", "人生を終わりにす", "人生終わりにす", "自分を終わらせ",
			"命を終わらせ", "人生に幕を", "命を絶", "いのちを絶", "命をたち", "自分を殺", "あの世に行", "あの世にい", "あの世へ", "天国に行きたい",
			"天国にいきたい", "人生を終える", "人生終える", "人生を閉じ"}},
	{name: "not wanting to live (生きていたくない)", risk: akari.RiskHigh,
		stems: []string{"生きていたく", "生きてたく", "生きたく", "いきていたく", "いきてたく", "生きていきたく", "生き続けたく", "生きてく気が"},
		ends:  []string{"ない", "なくな", "ねえ", "なかった", "しない", ""}},
	{name: "hanging", risk: akari.RiskHigh,
		stems: []string{"首を吊", "首吊", "首つり", "首をつり", "首をつろ", "首をつる", "首をくくり", "首くくり", "首をくくろ", "首をくくる", "首をつれ",
			"首をしめ", "首を締め", "首しめ"},
		notAfter: []string{"られ", "つけ"}},
	{name: "cord (ロープ・紐)", risk: akari.RiskHigh,
		stems: cords,
		ends: []string{"買っ", "をかけ", "掛け", "かける", "を用意", "用意し", "を準備", "準備し", "で首", "を首", "首に", "ドアノブ",
			"の結び方", "結び方", "吊る", "吊れ", "つるす", "をくく", "強度", "使えるかな", "使えそう", "使えるな", "使おうか", "使ったら",
			"使えば", "使い方", "輪っか", "輪を作", "たいた", "焚い", "炊い", "で死", "火をつけ"},
		gap: 14, before: &objects{veto: []string{"荷物", "段ボール", "梱包", "靴", "電源", "工事", "倉庫", "引っ越し", "キャンプ", "登山", "テント",
			"洗濯", "ズボン", "パンツ", "スーツ", "バーベキュー", "焼肉"}, window: 10},
		notAfter: []string{"に行", "にい"}},
	{name: "stockpiled pills (薬を貯めて)", risk: akari.RiskHigh,
		stems: drugs,
		ends: []string{"を集め", "集めて", "を全部飲", "全部飲", "まとめて飲", "をまとめて", "を大量", "大量に", "一気に飲", "一気飲", "何十錠",
			"百錠", "で死", "でしね", "をいっぱい飲", "ありったけ", "致死量", "odし", "od"},
		gap: 4, notAfter: []string{"し", "す", "せ"}},
	{name: "stockpiled pills, across the clause (薬を…貯め込んでる)", risk: akari.RiskHigh,
		stems: drugs,
		ends: []string{"を貯め", "貯めて", "貯めこ", "貯め込", "をため", "ためて", "ためこ", "ため込", "溜め", "ストックし", "とっておい", "取っておい",
			"とってあ", "取ってあ", "残してあ", "残しておい", "隠してあ", "隠しておい", "何箱も", "何シートも", "飲まずに貯", "飲まずにため", "貯まって", "溜まって", "たまって", "たまってき", "貯まってき", "溜まってき"},
		gap: 12, notAfter: []string{"し", "す", "せ"},
		before: &objects{veto: []string{"薬局", "薬剤師", "在庫", "ドラッグストア", "病棟", "倉庫", "処方箋の"}, window: 8}},
	{name: "a place to jump (ホーム・屋上)", risk: akari.RiskHigh,
		stems: []string{"ホーム", "線路", "電車", "踏切", "踏み切り", "ふみきり", "屋上", "ビル", "橋", "崖", "ベランダ", "窓", "高い所",
			"高いところ", "高層", "マンション", "屋根", "歩道橋", "陸橋", "海に", "海へ", "ダム", "非常階段"},
		ends: []string{"に飛び込", "へ飛び込", "から飛び", "に飛び", "飛び込み", "飛び込ん", "飛び込め", "飛び込も", "飛び降り", "飛びおり",
			"とびおり", "とびこ", "に吸い込まれ", "吸い込まれ", "すいこまれ", "から落ち", "落ちたら", "おちたら", "落ちれば", "落ちても",
			"飛んだら", "飛べば", "飛べたら", "飛べるかな", "飛べそう", "から下を見", "下をのぞ", "下を覗", "から身を", "に身を", "一歩踏み出", "一歩前に",
			"一歩出", "足が向", "足が出", "足がで", "下を見", "下をみ", "下ばかり見", "下ばかりみ", "ふっと", "ふらっと", "に入って", "へ入って", "に身投げ", "身投げ",
			"飛ぼう", "飛ぼうか", "落ちよう", "吸い寄せ", "すいよせ", "引き寄せ", "ひきよせ", "に入れるか", "なら入れ", "に上がれ", "に上れ", "に登れ", "柵を越え", "柵をこえ", "フェンスを越え", "乗り越え"},
		gap: 14, notAfter: []string{"営業", "えいぎょう", "客", "訪問", "乗", "のっ", "のり", "入り", "で営業", "の営業", "夢"}},
	{name: "self-harm", risk: akari.RiskHigh,
		stems: []string{"リスカ", "自傷", "アムカ", "レグカ", "腕を切", "手首を切", "手首切", "腕切", "自分を傷つけ", "体を傷つけ", "カッターで腕",
			"カッターで手首", "根性焼き", "血を見ると落ち着", "切りたい衝動", "切りたくなる", "カッターで切っ", "カミソリで切っ", "剃刀で切っ",
			"かみそりで切っ", "カッターで自分", "カッターを腕", "腕に傷", "手首に傷"}},
	{name: "self-harm, wrist or arm", risk: akari.RiskHigh,
		stems: []string{"手首", "腕", "太もも", "うで"},
		ends:  []string{"傷を作", "傷をつけ", "傷つけ", "に傷を", "を切っ", "を切り", "を切る", "切っちゃ", "切った", "を傷"},
		gap:   4, notAfter: []string{"ない"}},
	{name: "English or romaji", risk: akari.RiskHigh,
		stems: []string{"wanttodie", "wannadie", "killmyself", "killingmyself", "unalive", "endmylife", "endingmylife", "enditall",
			"suicid", "selfharm", "cutmyself", "cuttingmyself", "hangmyself", "overdose", "shinitai", "shinitee", "shinitaku",
			"jisatsu", "shindeshimaitai", "shinou", "betteroffdead", "wishiwasdead", "wishiweredead", "dontwanttolive", "donotwanttolive",
			"dontwanttobealive", "wanttodisappearforever", "takemyownlife", "takemylife", "nottobealive"},
		notBefore: englishDenials},

	// --- concern: passive wish, hopelessness touching on death ---
	{name: "vanish (消えたい)", risk: akari.RiskConcern,
		stems: []string{"消え", "きえ", "居なくなり", "いなくなり", "蒸発し", "消滅し", "消え去り", "おらんくなり", "おらんようになり", "おらんなり"},
		ends: []string{"たい", "たく", "てしまいたい", "ちゃいたい", "てなくなりたい", "去りたい", "れたら", "られたら", "たら楽", "れば楽",
			"てしまえ", "ちゃえ", "たみ", "てえ", "たか", "たさ", "ちまいたい"},
		notAfter: []string{"ない", "くらい恥", "ほど恥"},
		before:   &objects{veto: workObjects, keep: selfObjects, window: 12, from: []string{"から", "の前から", "からも"}}},
	{name: "end it all (終わりにしたい)", risk: akari.RiskConcern,
		stems:    []string{"終わりに", "おわりに", "終わらせ", "おわらせ", "終わりにし", "終われたら", "終わってほし", "終わりたい", "おわりたい"},
		ends:     []string{"したい", "したく", "しよう", "できたら", "すれば", "たい", "たく", "よう", "てしまいたい", "ようかな", "れたら", "", "い"},
		notAfter: []string{"てから", "ないと", "なきゃ", "なければ", "ないといけ", "てか"},
		before:   &objects{veto: workObjects, keep: selfObjects, window: 12}},
	{name: "end of everything (全部終わりでいい)", risk: akari.RiskConcern,
		stems:  []string{"終わりでいい", "終わってもいい", "おわりでいい", "終わりにする", "終わりにします", "もういいや", "どうなってもいい"},
		before: &objects{veto: workObjects, keep: selfObjects, window: 8, need: true}},
	{name: "relief (楽になりたい)", risk: akari.RiskConcern,
		stems:  []string{"楽になり", "らくになり", "楽になれ", "らくになれ", "楽にな"},
		ends:   []string{"たい", "たく", "るかな", "たら", "る方法", "るなら", "る気がする"},
		before: &objects{veto: reliefObjects, keep: []string{"死", "消え", "いなく", "全部", "人生", "永遠", "眠", "生きる", "早く", "もう"}, window: 10}},
	{name: "wishing for an accident", risk: akari.RiskConcern,
		stems: []string{"事故にあえば", "事故に遭えば", "事故にあったら楽", "事故に遭ったら楽", "事故にあいたい", "事故に遭いたい",
			"事故にでも", "事故でも起き", "事故に巻き込まれたい", "事故に巻き込まれれば", "事故に巻き込まれたら楽", "轢かれたら", "ひかれたら",
			"轢かれれば", "ひかれれば", "はねられたら", "はねられれば", "撥ねられたら", "轢かれたい", "ひかれたい", "はねられたい",
			"隕石落ちて", "隕石が落ちて", "隕石でも", "通り魔にでも", "事故にあって入院", "事故って入院", "事故れば", "事故ったら楽",
			"事故にあえたら", "事故に遭えたら", "事故にあわないかな", "事故に遭わないかな", "事故らないかな", "事故にあってくれ",
			"病気にでもなれば", "病気で死ね", "病気になって死"},
		notAfter: []string{"どう", "危", "大変", "困る", "こわ", "怖", "心配"}},
	{name: "wishing to be struck (突っ込んできてくれたら)", risk: akari.RiskConcern,
		stems: []string{"トラック", "車", "電車", "隕石", "通り魔", "誰か", "だれか", "バス"},
		ends: []string{"突っ込んできてくれ", "突っ込んでこないかな", "突っ込んできたら楽", "つっこんできてくれ", "ひいてくれ", "轢いてくれ",
			"はねてくれ", "刺してくれ", "殺してくれ", "ころしてくれ", "落ちてこないかな", "落ちてきてくれ", "突っ込んでくれ"},
		gap: 6},
	{name: "not waking up (目が覚めなければ)", risk: akari.RiskConcern,
		stems: []string{"目が覚めな", "目覚めな", "目がさめな", "めがさめな", "めざめな", "朝が来な", "朝がこな", "明日が来な", "明日がこな",
			"明日なんて来な", "明日なんか来な", "明日来な", "明日こな", "あしたが来な", "あしたがこな", "朝なんて来な", "あしたなんてこな",
			"目を覚まさな", "目をさまさな", "目を開けな"},
		ends: []string{"ければいい", "ければ楽", "きゃいい", "いでほしい", "いで欲しい", "いといい", "ければな", "くていい", "ければ", "いでくれ",
			"かったらいい", "かったら楽", "かったらな", "ければよかった", "いままでいい", "いまま死", "いままがいい", "いままで"},
		notAfter: []string{"いけな", "ならな", "いけま", "と遅刻", "と間に合", "と会社", "と仕事"}},
	{name: "not getting up (起きなければいいのに)", risk: akari.RiskConcern,
		// Not 起きなくていい: a day off.
		stems:    []string{"起きな", "おきな", "起きられな"},
		ends:     []string{"ければいい", "ければ楽", "きゃいい", "かったらいい", "かったら楽", "かったらな", "いままでいい", "いまま死", "いままがいい"},
		notAfter: []string{"いけな", "ならな", "いけま"}},
	{name: "never waking (永遠に眠りたい)", risk: akari.RiskConcern,
		stems: []string{"永遠に眠", "ずっと眠ったまま", "眠ったまま死", "二度と目覚め", "二度と目が覚め", "二度と起き", "目覚めたくない",
			"目を覚ましたくない", "目が覚めないで", "目覚めないで", "起きなければいいのに", "起きなきゃいいのに", "notwakeup", "neverwakeup",
			"nevertowakeup", "notwakingup", "永眠したい", "眠るように", "眠り続け", "ねむりつづけ", "ずっと眠って", "ずっと眠り", "ずっと眠れ",
			"永遠に寝", "もう起きたくない", "このまま眠って", "眠ったまま起き", "寝たまま起き", "目覚めずに", "目が覚めずに"},
		notAfter: []string{"られない", "ない"}},
	{name: "why am I alive (なんで生きてるんだろう)", risk: akari.RiskConcern,
		stems:    []string{"なんで", "何で", "なぜ", "何故", "どうして", "何のため", "なんのため", "なにのため"},
		ends:     []string{"生きて", "いきて", "生きる", "生まれ", "うまれ", "生きな", "存在して", "産まれ"},
		gap:      3,
		notAfter: []string{"いけ", "いく", "いこ", "食べ", "稼", "る術", "きた", "間", "る間", "るあいだ", "るうちに", "あいだ", "うちに", "る限り", "初めて", "はじめて"}},
	{name: "meaning of life (生きてる意味)", risk: akari.RiskConcern,
		stems: []string{"生きてる意味", "生きている意味", "生きる意味", "生きてても意味", "生きていても意味", "生きてる価値", "生きる価値",
			"生きている価値", "生きてる理由", "生きる理由", "いきてるいみ", "いきるいみ", "生きてても仕方", "生きていても仕方", "生きてる資格",
			"生きる資格", "生きててもしょうがない", "生きてても無駄", "生きる気力", "whyamialive", "noreasontolive", "whyami alive",
			"生きてる意義", "生きる意義", "生きていく意味", "生きてく意味"},
		notAfter: []string{"を見つけ", "をみつけ", "を考える本", "について"}},
	{name: "worth of being here (存在価値)", risk: akari.RiskConcern,
		stems:  []string{"存在価値", "存在する意味", "存在意義", "存在してる意味", "いる意味がない", "居る意味がない", "いる価値がない"},
		before: &objects{veto: workObjects, window: 14, from: []string{"で", "の", "に", "から", "では", "での", "として", "にとって", "には", "内"}}},
	{name: "sorry for living (生きててごめん)", risk: akari.RiskConcern,
		stems: []string{"生きてて", "生きていて", "生きてる", "生まれてきて", "生まれて", "存在して", "いきてて", "産まれてきて", "産まれて", "生きてごめ", "生きて",
			"うまれてきて", "存在してて"},
		ends: []string{"ごめん", "すみません", "すいません", "申し訳", "もうしわけ", "ごめんなさい"},
		gap:  4},
	{name: "tired of living (生きるのに疲れた)", risk: akari.RiskConcern,
		stems: []string{"生きるの", "生きてるの", "生きていくの", "生きることに", "生きることが", "生きてることが", "生きてくの", "いきるの",
			"いきてるの", "人生に", "生きてるだけで", "生きていることが", "人生"},
		ends: []string{"疲れ", "つかれ", "辛", "つら", "しんど", "嫌", "いや", "面倒", "めんど", "苦し", "くるし", "限界", "無理", "むり"},
		gap:  3, notAfter: []string{"い仕事", "いこと", "い時期"}},
	{name: "better off without me", risk: akari.RiskConcern,
		stems: []string{"私なんて", "私なんか", "自分なんて", "自分なんか", "僕なんて", "俺なんて", "俺なんか", "あたしなんて", "わたしなんて",
			"うちなんて", "うちなんか", "私が", "自分が", "僕が", "俺が", "あたしが", "わたしが", "私は", "自分は", "私さえ", "自分さえ"},
		ends: []string{"いないほうがいい", "いない方がいい", "いなくなればいい", "いなくなっても誰も", "いなくなっても困らない", "いなくなった方がいい",
			"いなくなったほうがいい", "消えれば", "消えても誰も", "死んでも誰も", "存在しない方が", "存在しないほうが", "いらない人間",
			"生まれてこなければ", "生まれてこなきゃ", "いない方が", "いないほうが", "居ない方が", "居ないほうが", "いなくなればみんな",
			"いなくなれば楽", "いなくなったらみんな楽", "いなくなったら楽", "おらんほうが", "おらん方が", "おらんくなれば", "いなければ"},
		gap: 4},
	{name: "vanish, romaji or English", risk: akari.RiskConcern,
		stems: []string{"kietai", "kieteshimaitai", "wanttodisappear", "wanttovanish", "wishicoulddisappear", "wishiwasntborn", "wishiwasneverborn",
			"dontwanttobehere", "donotwanttobehere", "dontwannabehere", "dontwanttoexist", "wishididntexist", "wishiwasnthere", "tiredofliving",
			"tiredoflife", "whatsthepointofliving"},
		notBefore: []string{"not", "nt", "never"}},
}

// innocentWords are everyday words that contain a weak risk word but say
// nothing of risk: 落ち着いた is calm, not a fall; 首になった is being
// fired; 眠い is sleepy. A weak word inside one does not count.
var innocentWords = []string{
	"落ち着", "おちつ", "落ちつ", "落ち込", "おちこ", "気分が落ち", "成績が落ち", "売上が落ち", "売り上げが落ち", "評価が落ち", "試験に落ち", "面接に落ち", "選考に落ち",
	"首都", "首相", "首位", "首になっ", "首にな", "首を切られ", "首切り", "首が回らな", "首を長く", "首肩", "首こり", "首が痛",
	"薬局", "薬剤師", "薬学", "製薬", "命令", "使命", "生命保険", "一生懸命", "懸命", "運命",
	"ホームページ", "ホームセンター", "老人ホーム", "存在感", "生き生き", "いきいき", "生きがい", "生き甲斐",
	"生まれて初めて", "生まれ育", "生まれつき", "生まれた町", "子どもが生まれ", "子供が生まれ", "赤ちゃんが生まれ",
	"眠い", "ねむい", "眠た", "眠気", "killit", "killedit", "killingit", "のシーン", "飛び込み営業", "飛び込みで", "飛び入り", "事故物件", "交通事故の処理",
}

// englishDenials just before an English risk word deny it: "i'm not
// suicidal", "i don't want to die".
var englishDenials = []string{"not", "nt", "never"}

// weakWords are risk words that alone prove nothing (死, 消え, 眠…) but let
// the model's judgement count (see riskOf). A word inside a veto does not
// count.
var weakWords = []string{
	"死", "しに", "しぬ", "タヒ", "消え", "きえ", "いなく", "居なく", "終わり", "おわり", "終わら", "楽に", "らくに", "眠", "目覚", "目が覚",
	"事故", "飛び", "落ち", "ホーム", "屋上", "薬", "首", "ロープ", "紐", "線路", "遺書", "命", "生まれ", "存在", "生き", "いきて", "疲れた",
	"限界", "die", "dead", "kill", "disappear",
}
