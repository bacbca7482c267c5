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
		"引き継ぎ", "試用期間", "繁忙期", "派遣先", "派遣元", "勤務先", "勤め先", "バイト先", "パート先", "電話", "片思い", "恋", "付き合い", "勤め", "単身赴任", "ライン",
		"グループライン", "名簿", "打ち合わせ", "どっち", "どちら", "両方", "通知", "ミーティング", "リモート", "在宅", "営業", "企画", "資料",
		"タスク", "炎上", "クレーム", "この件", "定例", "生活", "line", "会", "職", "ここ", "この場",
		// places one works at: この園を終わりにしたい, 今の店舗からいなくなりたい
		"園", "店舗", "学校", "病院", "施設", "工場", "教室", "塾", "医院", "事業所", "営業所", "倉庫", "センター", "会議室", "教壇", "壇上", "朝礼",
		// このスーパーからは一刻も早く消えたい (care set 298, round 52)
		"スーパー", "コンビニ", "ホテル", "旅館", "薬局", "クリニック", "ドラッグストア", "百貨店", "売り場", "役所", "支社",
		// この法人から一日も早く消えたい (crisis set 387, round 52)
		"法人", "病棟", "医局", "ステーション",
		// 今の職場はもう辞めて、あそこから消えでぇ (care set 305, round 52)
		"あそこ", "あっこ",
		// …and a ward, a clinic, a staff room (この病棟から消えたい: care set
		// 273, round 46).
		"病棟", "クリニック", "職員室", "診療所", "薬局", "役所", "窓口", "売り場", "厨房", "ライン工",
		// …in the kana romaji spells (kaisha kara kietai w: care set 272,
		// round 46).
		"かいしゃ", "しょくば", "しごと", "ばいと", "げんば", "ぶしょ", "じむしょ", "がっこう", "びょういん", "ぷろじぇくと", "あんけん", "ちーむ",
		// papers one works on: 全部終わらせたい…この報告書
		"報告書", "レポート", "書類", "原稿", "企画書", "提案書", "日報", "議事録", "仕様書", "見積",
	}
	// pastimes are things one finishes for fun or for school: 今夜こそ積みゲー
	// 終わらせる. Not chores: 全部片付けて終わりにする is a sign.
	pastimes = []string{"積みゲー", "ゲーム", "アニメ", "ドラマ", "漫画", "マンガ", "小説", "録画", "積読", "積ん読", "宿題", "課題"}
	// onlinePlaces are places one leaves by logging out: SNSから消えたい.
	onlinePlaces = []string{"sns", "インスタ", "ツイッター", "twitter", "tiktok", "ティックトック", "ネット", "界隈", "タイムライン", "グルチャ", "オープンチャット",
		"オプチャ", "discord", "ディスコ", "slack", "スラック", "チャット", "配信", "youtube"}
	selfObjects = []string{
		"この世", "世界", "世の中", "地球", "全部", "全て", "すべて", "何もかも", "なにもかも", "人生", "存在",
		"自分", "私", "わたし", "僕", "ぼく", "俺", "おれ", "あたし", "命", "いのち", "生きる", "跡形", "永遠",
	}
	otherPeople = []string{
		"上司", "部長", "課長", "係長", "社長", "店長", "主任", "先輩", "同僚", "後輩", "客", "あいつ", "あの人",
		"やつ", "奴", "役員", "専務", "常務", "リーダー", "マネージャー", "お局", "パワハラ", "お前", "おまえ",
		// 「あんなの死ねばいいのに」って陰で言ってた: someone else, said with
		// contempt (crisis set 385, round 52).
		"あんなの", "あんなん", "あんな人", "こいつ", "そいつ",
	}
	// thirdParties die in news, stories and games, not in the person.
	// blamedSelves are a self blamed in an idiom (昨日の自分を殴りたい;
	// バックアップ取ってなかった自分を殴りたい, crisis set 384, round 52):
	// no self-harm, nor hitting oneself.
	blamedSelves = []string{"昨日の自分", "きのうの自分", "過去の自分", "あの時の自分", "あのときの自分", "数時間前の自分", "朝の自分", "先週の自分", "去年の自分", "当時の自分", "さっきの自分",
		"た自分を殴りたい", "だ自分を殴りたい", "た自分をぶん殴りたい", "た自分を殴ってやりたい", "た自分をなぐりたい"}
	thirdParties = []string{
		"社員", "同僚", "他社", "知り合い", "友達の", "友達が", "友人が", "親友が", "友人の", "親友の", "芸能人", "俳優", "有名人", "主人公", "キャラ", "推し",
		"登場人物", "ニュース", "報道", "記事", "ドラマ", "映画", "漫画", "アニメ", "ゲーム", "小説", "過労",
		"取引先", "ユーチューバー", "アイドル", "犯人", "ペット", "おじいちゃん", "おばあちゃん", "祖父", "祖母",
		// うちの柴犬が先週死んだ (crisis set 382, round 52)
		"犬", "猫", "愛犬", "愛猫", "柴犬", "うさぎ", "ハムスター", "インコ", "金魚",
		"父", "母", "上司", "先輩",
		// relatives (先月いとこが自殺しました: crisis set 348, round 46)
		"いとこ", "従兄弟", "従姉妹", "従兄", "従姉", "従弟", "従妹", "叔父", "叔母", "伯父", "伯母", "親戚", "兄が", "姉が", "弟が", "妹が", "義父", "義母", "甥", "姪",
	}
	// otherSubject follows another person who is the subject of a death
	// wish (上司が死ねばいいのに, あいつなんか, 部長死ね): anger, not risk.
	otherSubject = []string{"が", "は", "なんか", "なんて", "も", "とか", "さえ", "だけ", "死", "し", "氏", "タヒ", "4",
		// 上司まじ死ね: an insult, with a word of emphasis between.
		"まじ", "マジ", "ほんま", "ほんと"}
	// quitting and resting: relief that is about work, not life.
	reliefObjects = []string{
		"辞め", "やめ", "退職", "転職", "休職", "休ん", "休み", "休暇", "有給", "有休", "寝", "仕事", "相談",
		"話し", "話せ", "気が", "気持ち", "気分", "心が", "肩", "異動", "転勤", "手放", "片付", "終わらせて",
		"引き継", "減ら", "断っ", "家事", "育児", "定時", "残業", "在宅", "時短", "副業", "少し", "ちょっと",
		"身体", "体", "腰", "頭痛", "通勤", "引っ越し", "薬", "会社", "職場", "上司", "決め", "吐き出",
		// a chore to be rid of: 経費精算の手書き地獄から楽になりたい
		"精算", "経費", "手書き", "作業", "業務", "事務", "書類", "雑務", "入力", "ノルマ", "シフト", "締め", "納期", "案件",
	}
	// drugs that can be stockpiled.
	drugs = []string{"薬", "くすり", "錠剤", "眠剤", "デパス", "安定剤", "眠り薬", "マイスリー", "ハルシオン", "レンドルミン", "頓服", "とんぷく", "鎮痛剤",
		"ブロン", "抗不安", "睡眠導入剤", "pills"}
	// means that can be tied, burnt or cut with.
	cords = []string{"ロープ", "紐", "ひも", "縄", "ベルト", "練炭", "七輪", "延長コード", "タオル"}
)

// pastMarks follow a time gone by (昔は, 去年の, 年前まで); から would say
// it has gone on since.
var pastMarks = []string{"は", "の", "に", "まで", "ちょっと", "一度", "いちど"}

// reporters tell of someone else's words (友達が「死にたい」ってLINEしてきた):
// a person with the mark of a subject or a source.
var reporters = func() []string {
	var out []string
	for _, p := range []string{"友達", "友人", "同僚", "後輩", "先輩", "同期", "彼氏", "彼女", "夫", "妻", "旦那", "嫁", "娘", "息子", "親",
		"母", "父", "妹", "弟", "姉", "兄", "部下", "新人", "上司", "生徒", "利用者", "患者", "お客", "客", "知り合い", "子供", "子ども", "友だち",
		"社長", "店長", "部長", "課長", "入居者", "住人", "主人公", "ヒロイン", "登場人物", "キャラ", "犯人", "役の人"} {
		for _, mark := range []string{"が", "から", "は", "さんが", "さんから", "さんは"} {
			out = append(out, p+mark)
		}
	}
	return out
}()

// whenWords name a time close at hand: next to 死ぬ, a date set.
var whenWords = []string{"今夜", "こんや", "今晩", "今日", "きょう", "明日", "あした", "あす", "明後日", "あさって", "来週", "今週", "週末",
	"今から", "いまから", "これから", "月末", "げつまつ", "今月中", "年内", "明け方", "朝までに", "今年中", "誕生日に", "給料日に", "金曜に", "週明けに"}

// stories: a film's scene, a game's character, the news. Methods and
// places said inside one are someone else's (fictionContext).
var fictionContext = []string{"映画", "ドラマ", "漫画", "マンガ", "アニメ", "ゲーム", "小説", "キャラ", "主人公", "登場人物", "作品", "原作",
	"脚本", "ニュース", "記事", "報道", "犯人", "歌詞", "ミュージカル", "舞台", "演劇", "ミステリー", "サスペンス", "刑事", "探偵", "推理",
	// games by name (マリカーで崖から落ちまくり: crisis set 407, round 54)
	"マリカー", "マリオカート", "マイクラ", "マインクラフト", "スプラ", "スマブラ", "ポケモン", "モンハン", "フォートナイト", "エーペックス", "apex", "原神", "ゲーム実況"}

// possessiveReporters are the people whose words a catchphrase is
// (利用者さんの口癖).
var possessiveReporters = func() []string {
	var out []string
	for _, p := range []string{"利用者", "患者", "入居者", "お客", "母", "父", "祖母", "祖父", "ばあちゃん", "じいちゃん", "上司", "先輩", "同僚", "部長", "課長", "店長", "社長", "友達", "夫", "妻", "旦那"} {
		out = append(out, p+"の", p+"さんの", p+"様の")
	}
	return out
}()

// storyFrames put an act in someone else's story: a film or a game, the
// news, or the people one cares for at work (患者さんの自傷の処置).
var storyFrames = join(fictionContext, []string{"シーンが", "シーンを", "シーンは", "シーンの", "シーンに", "シーンあ", "シーン見", "名シーン", "ワンシーン", "患者", "利用者", "入居者", "遺族", "免責", "処置", "ニュース", "増えてる", "増えている",
	"統計", "キャラ", "自キャラ", "ゲームで",
	// ホラー folds to ほら (the view drops ー), as in あほらし: named with what it is.
	"ホラー映画", "ホラーゲーム", "ホラゲ", "ホラー小説", "ホラー漫画", "ホラーもの", "ホラー系", "請求窓口", "お客様", "お客さん", "顧客", "相談者", "ほのめかす", "研修", "勉強会", "講習", "セミナー", "授業", "講義"})

// othersDeathWords are what someone else wished on the person: after them,
// doing as told (言われた通りにする) or agreeing (自分でも思ってた) is the
// person's own.
var othersDeathWords = []string{"死ね", "しね", "氏ね", "死んで", "死ねば", "死んだら", "死んだほうが", "死んだ方が", "消えろ", "消えて", "いなくなれ",
	"お前いらない", "おまえいらない", "いらない人", "お迎えが来", "お迎えがき",
	"生きてる価値", "生きる価値", "生きている価値", "存在価値", "いる意味ない", "いらない人間", "生まれてこなければ", "役立たず", "お荷物"}

// worthlessWords call a person's life worthless: said by someone else,
// they are harassment; believed, they are the person's own.
var worthlessWords = []string{"生きてる価値", "生きる価値", "生きている価値", "存在価値", "いる意味ない", "いる価値ない", "生きてる意味ない", "生きてる資格", "生きる資格",
	"生まれてこなければ", "いなくても誰も", "いなくなっても誰も", "おらんくなっても誰も", "おらんでも誰も", "消えても誰も", "消えろ", "いなくなれ", "死ね", "しね"}

// endedThings are ordinary things one ends: この副業, このゲーム.
var endedThings = []string{"副業", "ゲーム", "連載", "関係", "暮らし", "働き方", "状況", "習慣", "趣味", "ダイエット", "勉強", "活動", "サークル", "生活", "毎日", "日々",
	"アカウント", "ブログ", "配信", "契約", "片思い", "恋", "話"}

// abstractThings are not a person: 自尊心が消滅した, やる気が消えた.
var abstractThings = []string{"自尊心", "やる気", "気力", "体力", "記憶", "自信", "プライド", "メンタル", "給料", "貯金", "ボーナス", "残高", "データが", "データを", "データ消", "データ入力", "データは", "データも", "予定",
	"休日", "休み", "有給", "週末", "hp", "ライフ", "存在感", "笑顔", "食欲", "睡眠", "モチベ", "モチベーション", "集中力", "余裕"}

// cookingWords put charcoal on a grill.
var cookingWords = []string{"焼き鳥", "焼鳥", "焼肉", "焼き肉", "bbq", "バーベキュー", "キャンプ", "炭火", "さんま", "秋刀魚", "餅", "干物", "ホルモン", "鍋"}

// pastSelves name a self or a time left behind: 消えたいとか言ってた去年の自分.
var pastSelves = []string{"のが嘘", "のがうそ", "去年の自分", "昔の自分", "前の自分", "あの頃の自分", "頃の自分", "時期", "頃", "ころ", "去年", "昔", "時代"}

// awayForAWhile after "disappear" makes it a holiday: "disappear on a
// vacation", "for a week", "into my room".
var awayForAWhile = []string{"fromthiscompany", "fromthisjob", "frommyjob", "fromwork", "fromthisteam", "fromthisoffice", "fromthisplace", "fromthismeeting",
	"fromthisgroup", "fromthegroup", "fromthischat", "fromthechat", "fromslack", "fromline", "fromtwitter", "fromsocialmedia",
	"onavacation", "onvacation", "onalong", "onholiday", "onatrip", "foraweek", "forthe", "foraday", "forawhile",
	"foracouple", "intothe", "intomy", "toa", "tothe", "atthe", "atwork", "atthis"}

// cordsOrdinary are the ordinary contexts of a means without those of
// pills: sleeplessness makes pills for sleep ordinary, not a cord (3時。
// 眠れない。さっきロープ買ってきた: care set 323, round 54).
var cordsOrdinary = without(ordinaryMeans, "眠れ", "寝れ", "ぐっすり", "処方通り", "処方どおり", "飲み忘れ", "飲み合わせ", "飲んだか", "サプリ", "ビタミン", "薬剤",
	"風邪", "頭痛", "熱", "花粉", "鼻炎", "生理痛", "治ら", "効か", "効いて", "湿布", "薬局", "薬剤師")

// ruleQuestionStems name a rule of work, pay, insurance or a procedure;
// ruleQuestionUnless, a word of life, death, harm, a place or a farewell.
// A question holding one of the first and none of the second is settled
// (see the construction "a question of a work rule" and
// constructionSet.ruleAsked).
var ruleQuestionStems = []string{"休憩", "有給", "有休", "割増", "代休", "振替休日", "振休", "残業代", "時給", "給料", "給与", "シフト", "ナースコール", "休日出勤", "時季変更",
	"タイムカード", "就業規則", "雇用保険", "社会保険", "扶養", "契約更新", "労働時間", "仮眠", "断られ", "代わりがおらん", "代わりがいない",
	// …and of a procedure (相談に行く前に、準備しておいた方がいいもの
	// ってある？; 産休終わったら、そのまま育休に続けて入る流れでいいん
	// ですよね: general set 207, round 54, read 0.999 and 0.91).
	"相談に行", "書類", "手続き", "申請", "申し込", "延長", "産休", "育休", "育児休業", "保育園", "介護休業", "時短", "面接", "履歴書", "職務経歴書",
	"ハローワーク", "失業保険", "失業手当", "離職票", "退職届", "退職願", "労基", "労働基準監督署", "総合労働相談",
	// …and of insurance, tax and the pay's lines (夫の扶養に入ってるんですけど、その場合はどうなっちゃうんでしょう:
	// general set 209, round 55, read 0.98 as a concern).
	"健康保険", "国民健康保険", "国保", "任意継続", "年金", "住民税", "所得税", "確定申告", "年末調整", "最低賃金", "深夜手当", "通勤手当", "交通費", "傷病手当", "労災"}

var ruleQuestionUnless = []string{"生き", "いき", "死", "しに", "しぬ", "タヒ", "消え", "きえ", "いなく", "居なく", "おらんく", "いねぐ", "終わり", "終わら", "おわら", "楽に", "らくに", "眠", "目覚", "目が覚",
	"飛", "落ち", "首", "ロープ", "紐", "薬", "くすり", "切", "遺書", "この世", "あの世", "命", "存在", "生まれ", "迷惑", "限界", "もう無理", "もうむり", "疲れ", "つかれ", "つら", "辛",
	"しんど", "価値", "意味", "何のため", "なんのため", "決め", "最後", "さいご", "お別れ", "ありがとう", "さよなら", "ごめん", "保険金", "線路", "ホーム", "屋上", "橋", "海", "車",
	"自殺", "じさつ", "殺", "練炭", "七輪", "人生", "リスカ", "od", "オーバードーズ", "ガス", "硫化", "買ってある", "用意してある", "準備してある",
	// arrangements beside the question (身辺整理するつもり。退職届って…)
	"整理", "身辺", "手紙", "形見", "片付け", "譲", "預け", "借金"}

// pillsBeyondTold are the words that make medicine taken "as told" no
// longer so: more than told, all at once, saved up, or a death or an end
// beside it. Every veto of pills taken as prescribed shares them.
var pillsBeyondTold = []string{"以上", "超え", "こえ", "倍", "多め", "より多", "多く", "増や", "足し", "全部", "ぜんぶ", "まとめて", "一気", "貯め", "溜め", "ためて",
	"死", "しに", "しぬ", "消え", "きえ", "終わりにし", "楽にな", "楽で", "意識", "目覚めな", "起きな", "ずっと眠", "永遠"}

// constructions are tried in order; every one that matches counts, so the
// order only matters for explanations.
var constructions = []construction{
	// --- vetoes ---
	{name: "someone else's 死ね (harassment)", risk: akari.RiskNone, settled: true,
		stems: []string{"死ね", "しね", "氏ね", "タヒね", "4ね", "死んで", "死んじゃえ", "死んでしまえ", "消えろ", "消えて", "消えてくれ",
			"死ねば", "死んだら", "いなくなれ", "居なくなれ", "自殺しろ", "死んだほうが", "死んだ方が", "死ねよ", "いなくなって", "辞めろ"},
		ends: []string{"と言", "って言", "といわ", "っていわ", "とか言", "とかいわ", "と怒鳴", "って怒鳴", "とどな", "ってどな",
			"と罵", "って罵", "と書", "って書", "とまで言", "ってまで", "って送", "と送", "と叫", "って叫", "とメール", "と脅",
			"って脅", "と吐き捨て", "って吐き捨て", "とか平気", "って平気", "とか毎日", "って毎日", "ってさ", "と笑", "って笑",
			"ってline", "とline", "ってdm", "ってメッセ", "ってきた", "ってくる", "って来", "とか言", "ってlineきた",
			"言われ", "いわれ"},
		gap: 8,
		// The stem begins the person's own wish: 消えてしまいたいって毎日思う.
		unless: []string{"消えてしまいた", "消えちゃいた", "消えてなくなりた", "死んでしまいた", "死んじゃいた", "死んでしまおう", "死んでしまえたら", "消えてしまえたら",
			"死んでしまえば楽", "消えてしまえば楽", "いなくなってしまいた",
			"死んでればいい", "死んでたらいい", "死んでいればいい", "死んでいたらいい", "死んでればな", "死んでたら楽", "死んでれば楽",
			// …or thinks it daily (死んだほうがマシちゃうかって毎日思うねん; care set 290, round 50).
			"って毎日思", "と毎日思", "って毎日考え", "と毎日考え", "って毎晩思", "って毎朝思", "ってずっと思"}},
	{name: "not knowing why, said back (なんでって聞かれても、自分でもよくわからん)", risk: akari.RiskNone,
		// Not knowing what is wrong, with nothing of life or death said,
		// is no hopelessness: the risk model alone read it as one
		// (blind care set 201, round 36) — a reply to being asked what
		// happened.
		stems: []string{"自分でもよくわから", "自分でもわから", "自分でもようわから", "自分でもよう分から", "自分でもよく分から", "自分でも分から", "自分でもはっきりし",
			"どうしたらええかわから", "どうしたらいいかわから", "どうしたらいいか分から", "どうしていいかわから", "どうしていいか分から", "どうすればいいかわから", "どうすればいいか分から"},
		unless: []string{"生き", "いき", "死", "しに", "しぬ", "しん", "消え", "きえ", "いなくな", "居なくな", "終わ", "おわ", "存在", "生まれ", "うまれ", "なんのため", "何のため"}},
	{name: "the fear of a mistake again (また同じことやったらって考えちゃって)", risk: akari.RiskNone, settled: true,
		// Dreading the next shift for fear of the same mistake is the
		// worry told, with nothing of life or death said: the risk model
		// alone read it as hopelessness (general set 122, round 36).
		stems: []string{"間違えるんじゃないか", "まちがえるんじゃないか", "ミスするんじゃないか", "みすするんじゃないか", "同じことやったら", "同じことをやったら", "同じことしたら",
			"同じミスしたら", "同じミスをしたら", "またミスしたら", "また間違えたら", "またやらかしたら", "今日こそ間違え", "今日こそミス"},
		unless: []string{"生き", "いき", "死", "しに", "しぬ", "しん", "消え", "きえ", "いなくな", "居なくな", "終わり", "終わら", "存在", "生まれ", "うまれ", "楽にな", "らくにな"}},
	{name: "a greeting unanswered (挨拶返ってこないのにするのむなしい)", risk: akari.RiskNone,
		// Greeting a senior who never answers, and the emptiness of it:
		// the risk model alone read むなしい as hopelessness (general set
		// 176, round 47).
		stems:  []string{"挨拶", "あいさつ"},
		ends:   []string{"やめ", "止め", "しなくて", "せんで", "する意味", "しても意味", "むなし", "虚し", "返ってこな", "返ってこん", "返してくれな", "返事がな", "無視"},
		gap:    14,
		unless: []string{"生き", "いき", "死", "しに", "しぬ", "消え", "きえ", "いなくな", "居なくな", "終わり", "終わら", "楽にな", "らくにな", "存在", "生まれ", "うまれ"}},
	{name: "a child's face seldom seen (子どもの顔をほとんど見られていない)", risk: akari.RiskNone,
		// Work that leaves no time to see one's children is the long
		// hours told, not a farewell: the risk model alone read it as high
		// (0.91, care set 279, round 48). A last look (最後に子どもの顔を
		// 見てから) is no part of it.
		stems:  []string{"子どもの顔", "子供の顔", "こどもの顔", "子の顔", "娘の顔", "息子の顔", "子どもの寝顔", "子供の寝顔", "娘の寝顔", "息子の寝顔"},
		ends:   []string{"ほとんど見", "ろくに見", "まともに見", "あまり見", "全然見", "見られてい", "見られておりません", "見られてません", "見られない", "見られず", "見れてない", "見れない", "見れず", "見る時間", "見る暇", "見てない", "見ていない", "しか見"},
		gap:    6,
		unless: []string{"最後", "もう一度", "見納め", "決心", "死", "しに", "しぬ", "消え", "きえ", "いなくな", "終わりにし", "終わらせ", "楽にな", "らくにな", "生き"}},
	{name: "a customer's demand to kneel (「土下座せえ」言われて)", risk: akari.RiskNone,
		// Made to kneel, or told to, by a customer: abuse at work told
		// (general set 177, round 47: the risk model alone read it as high,
		// 0.88). Not settled.
		stems:  []string{"土下座"},
		ends:   []string{"せえ", "しろ", "させ", "言われ", "いわれ", "要求", "強要", "求め", "迫られ", "しそうに", "した"},
		gap:    8,
		unless: []string{"死", "しに", "しぬ", "消え", "きえ", "いなくな", "終わりにし", "終わらせ", "楽にな", "らくにな"}},
	{name: "a fall at work (足場から落ちて足の骨折った)", risk: akari.RiskNone, settled: true,
		// An accident told, in the 労災 talk it starts: the risk model
		// alone read a scaffolder's fall as a concern (0.997, general set
		// 194, round 51). A fall wished for (足場から落ちたい, 落ちてしまい
		// たい) is no accident; nor one said beside a death.
		// Told as done: the fall, then the injury it left (階段から落ちて入
		// 院したら…とか考えちゃう is a wish, kept by the kept sets).
		stems: []string{"足場から落ち", "足場から転落", "脚立から落ち", "脚立から転落", "はしごから落ち", "梯子から落ち", "荷台から落ち", "屋根から落ち", "屋根から転落", "足場を踏み外"},
		ends: []string{"骨折った", "骨を折った", "骨折した", "骨折しま", "骨折って", "骨を折って", "けがした", "怪我した", "ケガした", "けがしま", "怪我しま", "ケガしま",
			"入院した", "入院しま", "救急車", "労災"},
		gap:    12,
		unless: []string{"死", "しに", "しぬ", "消え", "きえ", "いなくな", "終わりにし", "終わらせ", "楽にな", "らくにな", "わざと", "たら", "ればいい", "いいのに", "とか考え", "かなって"}},
	{name: "a question of a work rule (それって休憩になると？)", risk: akari.RiskNone, settled: true,
		// A rule of breaks, leave or pay asked about, in any speech, with
		// no word of life, death or harm in the message: the risk model
		// alone read three such questions in Kyushu and Kansai speech as
		// signs (0.98–0.995: general set 204, round 54), where it reads
		// the same questions in standard Japanese as nothing.
		stems: ruleQuestionStems,
		ends: []string{"なると$", "なかと$", "よかと$", "あると$", "なると?$", "なるん$", "なくなるん$", "ですか$", "ますか$", "でしょうか$", "なるの$", "いいの$", "ええの$", "ええん$",
			"なんですか$", "とですか$", "やろか$", "じゃろか$", "だべか$", "すか$", "ってある$", "ものってある$", "ありますか$", "本当$", "ほんと$", "んですよね$", "ですよね$", "んだよね$", "いいんですよね$"},
		gap:    80,
		unless: ruleQuestionUnless},
	{name: "applying to fail (わざと落ちるように申し込む)", risk: akari.RiskNone, settled: true,
		// A nursery applied to so as to be refused, to extend childcare
		// leave (general set 207, round 54; the model alone read it as
		// high, 0.98).
		stems:  []string{"落ちるように申し込", "落ちるよう申し込", "落ちるように申請", "落ちるための申し込", "落ちる前提で申し込", "落ちるように応募", "落選狙い", "不承諾狙い", "落ちるように書"},
		unless: []string{"死", "しに", "しぬ", "消え", "きえ", "いなくな", "終わりにし", "楽にな", "飛び", "首", "遺書"}},
	{name: "an empty place at work (ロビーに誰もいない)", risk: akari.RiskNone,
		// A night shift told: no one in the lobby at 3 a.m. (care set 323,
		// round 54; the risk model alone read it as high, 0.97). Not
		// settled: sure enough, the model may still speak.
		stems:  []string{"ロビー", "店内", "フロア", "オフィス", "事務所", "売り場", "倉庫", "駐車場", "現場", "病棟", "詰所", "ナースステーション", "休憩室", "レジ", "受付", "フロント"},
		ends:   []string{"誰もいない", "だれもいない", "誰もおらん", "誰もおらへん", "人がいない", "ひとがいない", "人っ子一人", "誰も来ない", "だれも来ない", "誰も来ん"},
		gap:    6,
		unless: []string{"死", "しに", "しぬ", "消え", "きえ", "いなくな", "終わりにし", "終わらせ", "楽にな", "らくにな", "飛", "首", "ロープ", "薬", "遺書", "今なら", "いまなら", "チャンス"}},
	// Round 55 (blind sets 412, 413 and everyday sets 208, 209, read
	// after their counts were taken): what the risk model alone, or one
	// word, read as a sign in plain talk.
	{name: "a birth month told (3月生まれです)", risk: akari.RiskNone, settled: true,
		// 18になったら入れる？3月生まれです: the model read 生まれ with a
		// question of night shifts as high (0.975, general set 209).
		stems:  []string{"月生まれ", "年生まれ", "月産まれ", "年産まれ", "早生まれ", "遅生まれ", "生まれ年", "生まれ月", "平成生まれ", "昭和生まれ", "令和生まれ"},
		unless: []string{"死", "しに", "消え", "きえ", "生まれてこな", "生まれなけれ", "生まれたくな", "生まれ変わ"}},
	{name: "an accident feared, told (横転しそうで怖かった)", risk: akari.RiskNone, settled: true,
		// A truck crossing a bridge in a gale, nearly blown over (crisis set
		// 412: the model read it as a concern, 0.83). Wished for is no fear.
		stems:  []string{"横転しそう", "落ちそうで", "落ちそうに", "飛ばされそう", "転びそう", "滑りそう", "ぶつかりそう", "事故りそう", "事故しそう", "轢かれそう", "ひかれそう", "はねられそう", "巻き込まれそう"},
		ends:   []string{"怖かった", "こわかった", "怖い", "こわい", "怖くて", "こわくて", "ひやっと", "ひやり", "ひやひや", "焦った", "あせった", "危なかった", "あぶなかった", "びびった", "ビビった"},
		gap:    4,
		unless: []string{"死", "しに", "しぬ", "消え", "きえ", "ればいい", "ればよかった", "いいのに", "ええのに", "楽にな", "らくにな", "終わりにし", "たかった", "てほしかった", "残念"}},
	{name: "a death or a loss in a game (げむで崖から飛び降りたら落下死した)", risk: akari.RiskNone, settled: true,
		// The game's own deaths: 落下死, ラスボスに負けた (crisis sets 412 and
		// 413: read as high by a wish in jest beside it, and by the model).
		stems:  []string{"ゲームで", "ゲームの", "ゲーム内で", "マイクラで", "ボス戦で", "ラスボスに", "ボスに", "ランクマで", "ガチャで", "ガチャ"},
		ends:   []string{"落下死", "即死", "死んだ", "死にまく", "死にすぎ", "死亡", "負けた", "まけた", "全滅", "爆死", "げーむおーばー", "ゲームオーバー", "やられた"},
		gap:    24,
		unless: []string{"本気で", "ほんとに", "本当に", "マジで", "まじで", "現実でも", "リアルでも", "ネタじゃ"}},
	{name: "a wish in jest with the game that drew it (しにたみ〜(ゲームでまたラスボスに負けた))", risk: akari.RiskNone, settled: true,
		stems:  []string{"しにたみ", "死にたみ", "しにたい", "死にたい", "タヒにたい", "消えたい", "きえたい"},
		ends:   []string{"ゲームで", "ラスボス", "ボス戦", "ボスに負け", "ガチャで", "ガチャ爆死", "ランクマ"},
		gap:    3,
		unless: []string{"本気で", "ほんとに", "本当に", "マジで", "まじで", "ネタじゃ", "冗談じゃ", "リアルで", "現実で"}},
	{name: "vanishing as a degree of sorrow or shame (消えたくなるくらい申し訳ない)", risk: akari.RiskNone, settled: true,
		// 保育園の呼び出し多すぎて消えたくなるくらい申し訳ない (crisis set 413:
		// read as a concern): the apology is what is measured.
		stems: []string{"消えたくなるくらい", "消えたくなるぐらい", "消えたくなるほど", "消えたいくらい", "消えたいぐらい", "消えたいほど", "消えてしまいたいくらい", "消えてしまいたいほど"},
		ends:  []string{"申し訳な", "もうしわけな", "恥ずかし", "はずかし", "気まず", "きまず"},
		gap:   1,
		// …って最初は冗談のつもりだったけど、もう冗談じゃなくなってきた (kept set 368)
		unless: []string{"冗談じゃな", "冗談では", "本気", "ほんとに", "本当に", "最近は", "いなくな", "死"}},
	{name: "the same thing said and the talk ended (みんな同じだからで終わり)", risk: akari.RiskNone, settled: true,
		// 店長に言っても「みんな同じだから」で終わり (care set 324: the model read
		// it as high, 0.79): a complaint brushed off, not an end of anything.
		stems:  []string{"言っても", "いっても", "相談しても", "話しても", "訴えても", "言うても", "ゆうても", "伝えても"},
		ends:   []string{"で終わり", "って終わり", "で終わった", "で終わる", "で片付けられ", "で済まされ", "でおしまい", "で話が終わ"},
		gap:    20,
		unless: []string{"死", "しに", "しぬ", "消え", "きえ", "いなくな", "いない", "人生", "この世", "意味", "価値", "存在", "生き", "もう無理", "もうむり", "楽にな", "らくにな"}},
	{name: "sleeping pills as told (睡眠薬、先生に言われた通り)", risk: akari.RiskNone, settled: true,
		stems: []string{"睡眠薬", "眠剤", "睡眠導入剤", "導入剤", "すいみんやく"},
		ends:  []string{"言われた通り", "言われたとおり", "処方通り", "処方どおり", "指示通り", "指示どおり", "決められた量"},
		gap:   12,
		// 決められた量より多めに飲んじゃう日が増えた (kept set 329) is no taking as told.
		unless: pillsBeyondTold},
	{name: "a chest tight with feeling (罪悪感で胸が苦しくなります)", risk: akari.RiskNone, settled: true,
		// A feeling told through the body (子どもたちの顔を思い浮かべると、罪悪感で
		// 胸が苦しく: general set 208, read as high by the model alone, 0.996).
		stems: []string{"胸が苦し", "胸がくるし", "胸が痛", "胸がいた", "胸がぎゅっと", "胸が締め付け", "胸がしめつけ", "胸がざわざわ", "胸がチクチク"},
		unless: []string{"死", "しに", "しぬ", "消え", "きえ", "いなく", "いない方", "いないほう", "最後", "さいご", "遺書", "手紙", "さよなら", "ごめんね", "生き", "この世", "楽にな", "らくにな",
			"終わりにし", "終わらせ", "眠りた", "目覚め", "飛", "首", "薬", "ロープ"}},
	{name: "pills for sleep, the sleep told (睡眠薬、1錠ずつちゃんと飲んどる。おかげで最近よう眠れる)", risk: akari.RiskNone, settled: true,
		// Crisis set 417, round 55: read as high by the model over 眠 (0.975).
		stems:  []string{"睡眠薬", "眠剤", "睡眠導入剤", "導入剤"},
		ends:   []string{"よう眠れ", "よく眠れ", "眠れるように", "眠れるよう", "ぐっすり眠れ", "ぐっすり寝れ", "眠れてる", "眠れてます", "眠れるわ", "眠れるし", "よう寝れ", "よく寝れ"},
		gap:    40,
		unless: pillsBeyondTold},
	// Round 55, third batch (crisis sets 416, 417, read after their counts).
	{name: "someone's words of death, taken to heart (「生きてる価値ない」って言われて…そうなのかも)", risk: akari.RiskConcern,
		// The words are someone else's (settled by the harassment veto);
		// agreeing with them, or thinking of doing as told, is the
		// person's own (上司に死ねって言われた。最近、言われた通りにした方が
		// 楽なのかもって思う).
		stems: []string{"生きてる価値ない", "生きてる価値がない", "生きる価値ない", "生きる価値がない", "死ね", "しね", "消えろ", "いなくなれ", "死んでくれ", "死んだ方がいい", "死んだほうがいい"},
		ends: []string{"そうなのかも", "その通りかも", "そのとおりかも", "本当にそうかも", "ほんとにそうかも", "ほんまにそうかも", "言われた通りにした方が", "言われたとおりにした方が", "言われた通りにしたほうが", "言われたとおりにしたほうが",
			"言う通りにした方が", "言うとおりにしたほうが", "そうしたほうが楽", "そうした方が楽", "その方が楽なのかも", "そのほうが楽なのかも", "そうかもしれない", "そうかもって"},
		gap: 40},
	{name: "a surer way to vanish (もっと確実に会社から消える方法見つけた)", risk: akari.RiskHigh,
		stems: []string{"確実に", "確実な", "確実で"},
		ends:  []string{"消える方法", "きえる方法", "いなくなる方法", "死ねる方法", "しねる方法", "終われる方法", "楽になれる方法", "消えれる方法"},
		gap:   16},
	{name: "a method's pain asked (首吊りって痛い？)", risk: akari.RiskHigh,
		stems: []string{"首吊り", "首つり", "くびつり", "飛び降り", "とびおり", "練炭", "れんたん", "オーバードーズ", "リストカット", "入水", "焼身"},
		ends:  []string{"って痛い", "は痛い", "って苦しい", "は苦しい", "って楽", "は楽", "って確実", "で確実", "で死ねる", "でしねる", "って一瞬", "は一瞬", "って怖い"},
		// No unless: a sign's construction vetoed becomes a veto span
		// that silences other readings (最近、飛び降りのニュース見ても
		// 他人ごとに思えん, kept set 300, was lost when it had one).
		gap: 2},
	{name: "tired of living, in Tohoku speech (生ぎでんのがやんだ)", risk: akari.RiskConcern,
		stems: []string{"生ぎでんの", "生ぎでるの", "生ぎるの", "いぎでんの", "いぎでるの", "いぎるの", "生ぎでぐの", "生ぎでいぐの"},
		ends:  []string{"やんだ", "やだ", "いやだ", "嫌だ", "疲れ", "つかれ", "こわい", "めんどくせ", "しんどい"},
		gap:   4},
	{name: "not wanting to live, in Kyushu speech (もう生きとうない)", risk: akari.RiskConcern,
		stems: []string{"いきとない", "いきとうない", "生きとうない", "生きとない", "いきとおない", "生きとおない", "いきとーない", "生きとーない"}},
	// Round 55, fourth batch (crisis sets 418, 419, read after their counts).
	{name: "a word's sound apologised for (消えたいって物騒に聞こえたらごめん。辞めたいってだけ)", risk: akari.RiskNone, settled: true,
		// A look-alike taken back in the next message (care set 331,
		// round 55): the words talked about, not said again.
		stems: []string{"消えたい", "死にたい", "しにたい", "いなくなりたい", "死ね", "消えろ"},
		ends:  []string{"って物騒", "とか物騒", "は物騒", "って不穏", "とか不穏", "って縁起でもない", "って聞こえたら", "って言い方", "って言葉選び", "は言葉が悪"},
		gap:   2},
	{name: "a song's words (サビが「消えたい」連呼)", risk: akari.RiskNone, settled: true,
		stems: []string{"サビが", "サビで", "サビの", "歌詞が", "歌詞の", "曲で", "曲の", "カラオケで", "歌で"},
		ends:  []string{"消えたい", "死にたい", "しにたい", "いなくなりたい"},
		gap:   8},
	{name: "asking family whether one may be gone (娘に「パパいなくなってもいい？」って聞きそうになった)", risk: akari.RiskConcern,
		stems: []string{"いなくなってもいい", "いなくなってもええ", "いなくなってもいーい", "消えてもいい", "消えてもええ", "死んでもいい", "死んでもええ", "おらんくなってもいい"},
		ends:  []string{"って聞きそう", "って聞いた", "って聞こう", "って聞いて", "って言いそう", "と聞きそう", "って聞きたく"},
		gap:   3},
	{name: "days after tomorrow not minded (明日以降はもうどうでもいい)", risk: akari.RiskHigh,
		stems: []string{"明日以降は", "明日以降", "明日から先は", "あさって以降は", "来週以降は", "週明け以降は"},
		ends:  []string{"どうでもいい", "どうでもええ", "どうでもよか", "関係ない", "かんけいない", "関係なか", "関係あらへん"},
		gap:   4},
	{name: "dying easier than quitting (辞めるより死ぬ方が簡単な気がしてきた)", risk: akari.RiskHigh,
		stems: []string{"より死ぬ方が", "より死ぬほうが", "より死んだ方が", "より死んだほうが", "よりしぬほうが", "より死ぬのが"},
		ends:  []string{"簡単", "かんたん", "楽", "らく", "早い", "はやい", "手っ取り早", "まし", "マシ"},
		gap:   6},
	{name: "the tired dog's line, meant (疲れたよパトラッシュ…わりとガチ)", risk: akari.RiskConcern,
		stems: []string{"疲れたよパトラッシュ", "つかれたよパトラッシュ", "疲れたよぱとらっしゅ", "パトラッシュ", "ぱとらっしゅ"},
		ends:  []string{"ガチ", "がち", "本気", "マジで", "まじで", "冗談じゃ", "笑えない", "わらえない"},
		gap:   24},
	{name: "weakening let go on (このまま弱っていけばいい)", risk: akari.RiskConcern,
		stems: []string{"弱っていけば", "弱っていったら", "弱ってったら", "このまま弱って", "衰弱していけ", "衰弱して", "痩せ細っていけ"},
		ends:  []string{"いい", "ええ", "よか", "楽", "いいのに", "ええのに"},
		gap:   3},
	{name: "euthanasia wished for (安楽死 日本 なんでできない)", risk: akari.RiskConcern,
		stems: []string{"安楽死"},
		ends:  []string{"なんでできない", "なんでできん", "できない", "できる国", "できたらいいのに", "できたらええのに", "したい", "してほしい", "行きたい", "いきたい"},
		gap:   8},
	{name: "a funeral told done (おそうしき ぶじに おわりました)", risk: akari.RiskNone, settled: true,
		// Someone's funeral over, thanks to all, back to work tomorrow
		// (crisis set 415, round 55: read as high by the model, 0.81).
		stems: []string{"おそうしき", "お葬式", "葬式", "葬儀", "告別式", "四十九日", "しじゅうくにち", "法事", "お通夜", "通夜", "おつや", "火葬"},
		ends:  []string{"おわりました", "終わりました", "終わった", "おわった", "済みました", "すみました", "済んだ", "すんだ", "終えました", "おえました", "終えた"},
		gap:   8,
		// 四十九日が済んだら、父のところへ行こうと思う is a plan, not a rite told done.
		notAfter: []string{"ら", "たら"},
		unless:   []string{"自分の葬式", "私の葬式", "俺の葬式", "自分のお葬式", "私のお葬式", "あとを追", "後を追", "そっちに行", "追いかけ", "ところへ行", "ところに行", "そばに行", "もとへ", "もとに行"}},
	{name: "a soft wish in jest, laughed off (しにたみ…まあ明日には忘れてるけど笑)", risk: akari.RiskNone, settled: true,
		stems:  []string{"しにたみ", "死にたみ", "きえたみ", "消えたみ", "タヒにたみ"},
		ends:   []string{"忘れてる", "わすれてる", "忘れとる", "笑", "ｗ", "w", "的な意味", "的な意味で", "ぐらいの意味", "くらいの意味"},
		gap:    24,
		unless: []string{"本気", "マジで", "まじで", "ガチで", "がちで", "限界", "もう無理", "もうむり", "ネタじゃ", "冗談じゃ", "死ぬ", "死ね", "気力"}},
	{name: "an end of everything for a rest (全部終わりにして温泉でのんびり)", risk: akari.RiskNone,
		// …プロジェクトが終わったら、もう全部終わりにして一週間くらい温泉で
		// のんびりしたい (crisis set 414): a holiday after the work.
		stems:  []string{"終わりにして", "おわりにして", "終わらせて", "おわらせて"},
		ends:   []string{"温泉", "旅行", "のんびり", "休み", "休暇", "有給", "有休", "ゆっくり", "寝たい", "寝まくり", "遊び", "飲みに"},
		gap:    16,
		unless: []string{"人生", "この世", "死", "しに", "消え", "いなくな", "楽にな", "最後"}},
	{name: "the last, of life, not of work (退職じゃないよ、人生の方の最後)", risk: akari.RiskHigh,
		stems: []string{"人生の方の", "人生のほうの", "人生的な意味で", "人生的な意味の", "人生としての", "命の方の", "いのちの方の"},
		ends:  []string{"最後", "さいご", "最終日", "おしまい", "終わり", "ラスト"},
		gap:   2},
	{name: "a day set for carrying it out (決行は金曜)", risk: akari.RiskHigh,
		stems:  []string{"決行は", "決行日は", "実行は", "実行日は", "決行するのは", "実行するのは"},
		ends:   []string{"月曜", "火曜", "水曜", "木曜", "金曜", "土曜", "日曜", "明日", "あした", "今夜", "今晩", "来週", "週末", "月末", "誕生日", "日に", "の夜", "終わったあと", "終わった後"},
		gap:    3,
		unless: []string{"雨天", "雨", "延期", "中止", "イベント", "キャンペーン", "リリース", "ストライキ", "スト", "作戦", "旅行", "告白", "引っ越", "退職", "退職届", "辞表", "デモ", "祭", "花火", "運動会", "試合", "大会", "ライブ", "飲み会", "送別会", "サプライズ", "しません", "しない", "せん", "しねえ"}},
	{name: "medicine taken as told, the taking named (先生に言われた通り寝る前に1錠飲んでます)", risk: akari.RiskNone, settled: true,
		// The words up to the taking, so the sleep it is for lies inside
		// (crisis set 412: high by the model over 寝る outside the stem).
		stems:  []string{"処方された量", "処方通り", "処方どおり", "用法用量", "言われた量", "言われた通り", "言われたとおり", "指示通り", "指示どおり"},
		ends:   []string{"飲んでます", "飲んでる", "飲んでいます", "飲んでいる", "飲みました", "飲むように", "のんでます", "のんでる"},
		gap:    24,
		unless: pillsBeyondTold},
	{name: "medicine taken as prescribed (決められた量飲んだら眠れた)", risk: akari.RiskNone, settled: true,
		// Sleeping pills taken as the doctor said, and the sleep they gave:
		// the risk model alone read it as high (0.88, crisis set 407, round
		// 54). More than that, or pills kept back, is no part of it.
		stems:  []string{"決められた量", "決められた分", "処方された量", "処方された分", "処方通り", "処方どおり", "用法用量", "用量を守", "言われた量", "言われた通りの量", "先生に言われた通り"},
		unless: pillsBeyondTold},
	{name: "a shop closed for good (最後の営業日に配ります)", risk: akari.RiskNone, settled: true,
		// Stock given away and letters of thanks for the regulars, on a
		// family shop's last day: a closing told, not a farewell to life
		// (the risk model alone read it as high, 0.99: care set 318, round
		// 54).
		stems: []string{"最後の営業日", "閉店する", "閉店します", "閉店が決ま", "閉店になり", "閉店になる", "閉店の準備", "閉店セール", "店を畳", "店をたた", "廃業", "店じまい", "閉業"},
		unless: []string{"生き", "死", "しに", "しぬ", "消え", "きえ", "いなくな", "この世", "あの世", "遺書", "楽にな", "らくにな", "後を追", "首", "飛び",
			"終わりにし", "終わらせ", "おわらせ", "一緒に終わ", "私も", "俺も", "包丁", "刃", "薬", "練炭", "ロープ"}},
	{name: "the day one was taken to hospital (救急車で運ばれた日)", risk: akari.RiskNone, settled: true,
		// A day asked about (さっきの救急車で運ばれた日と、そのあと休んでる
		// 日はどうなる？ after heatstroke on a site; general set 194, round
		// 51): the risk model alone read it as high (0.99).
		stems:  []string{"救急車で運ばれた日", "救急車で運ばれた時", "救急車で運ばれたとき", "救急搬送された日", "搬送された日", "救急車で病院に運ばれた日"},
		unless: []string{"od", "オーバードーズ", "薬", "飲みすぎ", "自殺", "死", "しに", "しぬ", "リスカ", "切っ", "首", "飛び"}},
	// A wrist or an ankle sprained in a slip (濡れた床で滑って手首ひねって
	// しもうた。パートでも労災になるんかね: 0.99 to the risk model alone,
	// general set 198, round 52): an injury, never self-harm.
	{name: "a joint sprained (手首ひねった)", risk: akari.RiskNone, settled: true,
		stems: []string{"手首ひね", "手首をひね", "手首を捻", "手首捻", "足首ひね", "足首をひね", "足首を捻", "足首捻", "手首をくじ", "手首くじ", "足首をくじ", "足首くじ",
			"手首を痛め", "手首痛め", "手首を骨折", "手首骨折", "手首を打", "手首打"},
		unless: []string{"死", "消え", "わざと", "自分で", "リスカ", "切っ", "切り", "血"}},
	// The last day at work announced to colleagues (今までお世話になりました！
	// 本日で退職します🌸 皆さんお元気で〜: the risk model alone read it as
	// high, 0.97; crisis set 398, round 53): a farewell of a job left,
	// which only a model all but certain overrules; a wish said beside it
	// is read by its own words (unless).
	{name: "the last day at work announced (本日で退職します)", risk: akari.RiskNone,
		stems: []string{"本日で退職", "今日で退職", "本日付で退職", "本日付けで退職", "本日をもって退職", "本日をもちまして退職", "今日をもって退職", "今日付で退職",
			"本日で最終出社", "今日で最終出社", "本日が最終出社", "今日が最終出社", "本日が最終日", "今日が最終日", "本日で最終日", "今日で最終日", "本日で退社", "今日で退社", "本日をもって退社"},
		unless: []string{"死", "しに", "しぬ", "消え", "この世", "あの世", "遺書", "最期", "終わりにし", "いなくな", "生きて", "生きる", "楽にな",
			// …or with affairs put in order (私物は処分し、預金は両親の口座に移しました)
			"処分", "口座", "預金", "通帳", "形見", "保険", "もうご相談", "もう相談", "二度と", "会えない", "会うことは"}},
	// A death word laughed at once (もうむり〜〜しぬ〜〜(笑) 今日シフト12時間
	// やった: the risk model alone read it as high, 0.90; crisis set 397,
	// round 53): hyperbole, which a model all but certain may still
	// overrule.
	{name: "a death word laughed (しぬ〜(笑))", risk: akari.RiskNone,
		stems: []string{"しぬ", "死ぬ", "しぬう", "死ぬう", "しんじゃう", "死んじゃう", "しんだ", "死んだ"},
		ends:  []string{"笑", "w", "ww", "草", "わら"},
		gap:   0},
	// A long life wanted, said against the boss's 死ぬ気で (死ぬ気でやったら
	// ほんまに死ぬっちゅうねん。こっちは長生きしたいから定時で帰らしてもらうわ:
	// the risk model read the death word outside the idiom, 0.88; crisis
	// set 396, round 53): a wish to live, settled.
	{name: "a long life wanted (長生きしたいから)", risk: akari.RiskNone, settled: true,
		stems: []string{"長生きしたい", "長生きするつもり", "長生きする予定", "長生きしたる", "長生きしてやる", "長生きしよう"},
		// …said as a reason or an aim, not as a thought denied
		// (長生きしたいとは思えない).
		ends:     []string{"から", "し", "ので", "んで", "ねん", "けん", "$"},
		notAfter: []string{"わけ", "訳"},
		gap:      0},
	// Coal bought on an errand (練炭ってまだ売ってるんだね。ばあちゃんちの
	// 七輪用に頼まれて探してる: crisis set 400, round 53): settled, and a
	// plan said beside it read by its own words (unless).
	{name: "coal fetched for someone (七輪用に頼まれて)", risk: akari.RiskNone, settled: true,
		stems:  []string{"練炭", "れんたん"},
		ends:   []string{"頼まれ", "たのまれ", "七輪用", "買ってきてって", "買ってきてと", "おつかい", "お使い"},
		gap:    24,
		unless: []string{"死", "しに", "しぬ", "消え", "車の中", "車内", "目張り", "目ばり", "閉め切", "部屋で", "一人で", "ひとりで", "最後", "楽にな", "終わりに"}},
	// Working until one dies, as a pride (死ぬまでハンドルを握りますよ、なんて
	// 冗談を言っております: the risk model alone read it as a concern, 0.99;
	// care set 311, round 53): a working life meant to be long, settled.
	{name: "at the work until one dies (死ぬまで現役)", risk: akari.RiskNone, settled: true,
		stems:  []string{"死ぬまで", "しぬまで", "生涯現役"},
		ends:   []string{"現役", "働", "はたらく", "ハンドル", "握", "続け", "乗り", "乗る", "走", "やめない", "辞めない", "引退しない", "勉強", "学び", "付き合", "つきあ", "現場に立"},
		gap:    8,
		unless: []string{"早く", "はやく", "いっそ", "消え", "死にたい", "しにたい", "終わりにし", "楽にな", "逃げられな", "抜け出せな", "地獄", "絶望", "続くのか", "続くと思うと", "働かされ"}},
	// A wish shouted in a game or a stream (ゲームの実況で『もう死にたい〜』
	// って叫んでたら: crisis set 402, round 53): the words a play's, settled.
	{name: "a wish shouted in a game (実況で『もう死にたい』って叫んで)", risk: akari.RiskNone, settled: true,
		stems:  []string{"実況で", "配信で", "ゲームで", "ゲーム中に", "ゲームしながら", "ボス戦で"},
		ends:   []string{"って叫ん", "と叫ん", "って叫び", "って絶叫", "って叫ぶ", "ってわめ"},
		gap:    20,
		unless: []string{"本気で", "ほんとに", "本当に", "マジで"}},
	// A will as a measure of length (遺書みたいな長さの引き継ぎ書を書いてる笑:
	// crisis set 402, round 53) — not something like a will itself.
	{name: "a will as a measure (遺書みたいな長さの引き継ぎ書)", risk: akari.RiskNone, settled: true,
		stems: []string{"遺書みたいな", "遺書並みの", "遺書レベルの", "遺書かってくらい", "遺書かってぐらい"},
		ends:  []string{"長さ", "量", "分量", "引き継ぎ", "引継ぎ", "マニュアル", "メール", "日報", "報告書", "文章"},
		gap:   4},
	// A will denied, laughing (遺書?ないない笑 終活セミナーの資料作ってるだけ:
	// crisis set 403, round 53).
	{name: "a will denied, laughing (遺書?ないない笑)", risk: akari.RiskNone, settled: true,
		stems: []string{"遺書", "いしょ"},
		ends:  []string{"ないない", "ないよ笑", "ないって笑", "書いてないよ", "じゃないよ笑", "違う違う", "ちがうちがう"},
		gap:   2},
	// Sleepy, and a death word for it (ねむい しぬ ねたい: the risk model
	// read the word as a wish, 0.81; crisis set 400, round 53): hyperbole,
	// which only a model all but certain overrules.
	{name: "sleepy to death (ねむい しぬ)", risk: akari.RiskNone,
		stems: []string{"ねむいしぬ", "ねむい死ぬ", "眠いしぬ", "眠い死ぬ", "ねむすぎてしぬ", "ねむすぎて死ぬ", "眠すぎて死ぬ", "ねむすぎしぬ", "ねむすぎ死ぬ", "眠すぎしぬ", "眠すぎ死ぬ", "ねむくてしぬ", "ねむくて死ぬ", "眠くて死ぬ"}},
	// The last goodnight (おやすみ。たぶん、これが本当に最後のおやすみ:
	// 0.90 to the risk model alone; crisis set 400, round 53) — not the
	// last day off of a holiday (今年最後のお休み).
	{name: "the last goodnight (これが最後のおやすみ)", risk: akari.RiskHigh,
		stems:     []string{"最後のおやすみ", "さいごのおやすみ", "最後のおやすみなさい", "最後のおはよう"},
		notBefore: []string{"今年", "年内", "夏休み", "連休", "年末", "今週", "今月", "今日の", "週末"},
		unless:    join(fictionContext, []string{"配信", "ライブ", "実況", "ラジオ", "番組", "赤ちゃん", "子ども", "子供", "娘", "息子"})},
	// Fuel for one way (ガソリンは片道分でいいや: crisis set 400, round 53).
	{name: "fuel for one way (ガソリンは片道分でいい)", risk: akari.RiskHigh,
		stems: []string{"ガソリンは片道", "ガソリン片道", "燃料は片道", "片道分でいい", "片道分だけでいい", "片道だけでいい", "帰りの分はいらな", "帰りのガソリンはいらな", "帰りの切符はいらな", "帰りの切符は買わ",
			"帰りの分は要らな", "片道切符でいい"},
		unless: join(fictionContext, []string{"出向", "転勤", "赴任", "移住", "引っ越", "留学", "レンタカー", "乗り捨て", "新幹線で帰", "飛行機で帰", "電車で帰", "迎えに来"})},
	// Logged out, not of an app but of everything (logoutしたい。アプリから
	// じゃなく、全部から: crisis set 400, round 53): the ordinary object
	// denied, the whole named instead.
	{name: "not from X but from everything (アプリからじゃなく、全部から)", risk: akari.RiskConcern,
		stems: []string{"からじゃなくて全部から", "からじゃなく全部から", "からじゃなくて人生から", "からじゃなく人生から", "からじゃなくてこの世から", "からじゃなくこの世から",
			"からじゃなくて世界から", "からじゃなく世界から", "じゃなくて人生から", "じゃなくて人生を", "からではなく人生から", "からではなくこの世から"}},
	{name: "told not to come any more (もう来なくていいと言われた)", risk: akari.RiskNone, settled: true,
		// A dismissal or a shift called off, someone else's words: the
		// risk model alone read an older cleaner's 主任さんに、もう来なくて
		// いいと言われてしまいました as a concern (0.95, care set 295,
		// round 51), and a part-timer's シフト決まってたのに前日に『明日
		// 来んでええわ』って言われてん as one all but sure (0.998, general
		// set 196, round 52): settled, so no model overrules it; a wish said
		// beside it is read by its own words (unless).
		stems: []string{"来なくていい", "こなくていい", "来なくてもいい", "来なくてええ", "来んでいい", "来んでええ", "来なくて結構", "来なくてよい"},
		ends:  []string{"と言われ", "って言われ", "っていわれ", "といわれ", "と告げられ", "と伝えられ"},
		gap:   4,
		unless: []string{"死", "しに", "しぬ", "消え", "きえ", "いなくな", "終わりにし", "終わらせ", "楽にな", "らくにな", "生きて", "生きる",
			"いいのに", "ええのに", "ばいい", "ばええ", "なきゃいい", "なけりゃ", "来ませんように", "こなければ", "来なければ", "目が覚め", "起きなければ", "このまま"}},
	{name: "hit by someone cared for (利用者さんに叩かれた)", risk: akari.RiskNone,
		// Violence from a resident, a patient or a child in care is the
		// work's hardship told: the risk model alone read it as high
		// (0.96, general set 178, round 47). Not settled: a wish said
		// beside it is still read by a model all but sure.
		stems:  []string{"利用者さんに", "利用者に", "入居者さんに", "入居者に", "患者さんに", "患者に", "園児に", "生徒に", "認知症の方に"},
		ends:   []string{"叩かれ", "たたかれ", "殴られ", "なぐられ", "蹴られ", "けられ", "噛まれ", "かまれ", "引っかかれ", "ひっかかれ", "つねられ", "怒鳴られ", "どなられ"},
		gap:    4,
		unless: []string{"死", "しに", "しぬ", "消え", "きえ", "いなくな", "終わりにし", "終わらせ", "楽にな", "らくにな", "生きて", "生きる"}},
	{name: "shaking after being shouted at (怒鳴られて手ふるえてる)", risk: akari.RiskNone,
		// A body shaking after a customer's or a boss's anger is the
		// fright told, with nothing of life or death said: the risk model
		// alone read it as high (0.94, general set 176, round 47). Not
		// settled: a wish said beside it (まだ手震えてる。自分ごと全部
		// なくなってほしい) is read by a model all but sure.
		stems: []string{"手ふるえ", "手がふるえ", "手が震え", "手震え", "手も震え", "手もふるえ", "体が震え", "体がふるえ", "からだが震え", "足が震え", "声が震え", "震えが止まら", "ふるえが止まら"},
		unless: []string{"生き", "いき", "死", "しに", "しぬ", "しん", "消え", "きえ", "いなくな", "居なくな", "終わり", "終わら", "楽にな", "らくにな",
			"手首", "腕を切", "自分を切", "リスカ", "自傷", "刃", "カッターで", "カッターを", "ナイフ", "包丁", "剃刀", "カミソリ", "薬", "くすり", "首を", "首に", "紐", "ひも", "ロープ", "線路", "ホーム", "屋上", "飛び", "血", "傷"}},
	{name: "how many more years of the work (あと何年乗れるかわかんない)", risk: akari.RiskNone, settled: true,
		// The years left in a trade (a driver's back, a nurse's knees),
		// with nothing of life or death said: the risk model alone read
		// あと何年 as a life's end (blind care set 223, round 38).
		stems: []string{"あと何年", "あと何十年", "何歳まで"},
		ends: []string{"乗れる", "のれる", "働ける", "はたらける", "続けられる", "続けれる", "つづけられる", "やれる", "走れる", "勤められる",
			"現場に", "現場で", "立てる", "通える"},
		gap: 6,
		unless: []string{"生き", "いき", "死", "しに", "しぬ", "しん", "消え", "きえ", "いなくな", "居なくな", "終わり", "終わら", "存在", "生まれ", "うまれ", "楽にな", "らくにな",
			"命", "いのち", "人生"}},
	{name: "a death wished on someone named after it (死ねばいいのにあの課長)", risk: akari.RiskNone, settled: true,
		stems: []string{"死ねばいいのに", "しねばいいのに", "死ねばいい", "死ねや", "死ねよ", "死んでくれ", "消えてくれ", "いなくなれ"},
		ends:  join(otherPeople, prefixed("あの", otherPeople), prefixed("この", otherPeople), []string{"あいつ", "あのひと", "あの人"}),
		gap:   2},
	{name: "worthless, in someone else's mouth (生きてる価値ないって言われた)", risk: akari.RiskNone, settled: true,
		stems: []string{"生きてる価値", "生きる価値", "生きている価値", "存在価値", "いる意味ない", "いる価値ない", "お荷物", "役立たず",
			"いらない人間", "生まれてこなければ", "生きてる意味ない", "生きてる資格", "生きる資格", "生きている資格", "生きてる意味", "生きている意味"},
		ends: []string{"って言われ", "と言われ", "っていわれ", "といわれ", "とか言われ", "って罵", "と罵", "って怒鳴", "と怒鳴", "扱い", "呼ばわり",
			"って書かれ", "と書かれ", "って言って", "と言って", "って言う", "と言う",
			// 「あんた生きてる意味ある?」って客に言われて: who said it between.
			"って客に言われ", "と客に言われ", "ってお客に言われ", "ってお客さんに言われ", "って上司に言われ", "と上司に言われ", "って先輩に言われ", "って店長に言われ",
			"って部長に言われ", "って課長に言われ", "って社長に言われ", "って親に言われ", "って母に言われ", "って父に言われ"},
		gap: 6,
		// 母に「私って生きてる価値ないよね」って言ってた: my own words; so
		// is 言われてるみたい, a feeling told as if heard (crisis set 285).
		notBefore: []string{"私って", "私は", "自分って", "自分は", "俺って", "俺は", "僕って", "僕は", "わたしって", "あたしって", "うちって"},
		notAfter:  []string{"てるみたい", "ているみたい", "てる気が", "ている気が", "てるような", "ているような", "てる感じ", "てるんだと思う"}},
	{name: "worthless, said by someone named after the quote (…ってお局に言われた)", risk: akari.RiskNone, settled: true,
		stems: []string{"生きてる価値", "生きる価値", "生きている価値", "存在価値", "いる意味ない", "いる価値ない", "生きてる意味ない", "生きてる資格",
			"生きる資格", "生きている資格", "生まれてこなければ", "死ね", "しね", "死んだほうが", "死んだ方が", "消えろ", "いなくなれ"},
		ends: []string{"に言われ", "にいわれ", "から言われ", "に怒鳴られ", "に罵られ", "に書かれ", "が言って", "に言われた", "が言った", "に送られ"},
		gap:  14},
	{name: "prevention, insurance and news", risk: akari.RiskNone,
		stems: []string{"自殺予防", "自殺防止", "自殺の免責", "自死の案件", "自殺の案件", "自死案件", "自殺案件", "自死の事案", "自殺の事案", "自殺免責期間", "自殺対策", "自殺者", "自殺率", "自殺統計", "自殺総合", "自殺のニュース", "自殺報道",
			"いのちの電話", "生命保険", "死亡保険", "死亡保障", "自殺免責", "ゲートキーパー", "suicideprevention", "希死念慮の研修",
			// …in the kana romaji spells (seimei hoken no kanyuu: crisis set 408, round 54)
			"せいめいほけん",
			"自殺未遂の患者", "自殺企図の患者", "自殺行為", "過労自殺", "過労死", "自殺のサイン", "自殺のリスク", "自殺について",
			"自殺に関する", "自殺の報道", "jisatsuboushi", "jisatsuyobou", "jisatsutaisaku", "suicidehotline", "crisishotline", "preventionhotline", "自殺の記事", "自殺事件", "自殺した社員", "自殺した人", "自殺したらしい", "自殺があった",
			"自殺したってニュース", "自殺したという", "自殺があったらしい", "自殺者が", "団体生命", "団体保険", "死亡事故", "死亡災害", "労災",
			"飛び降りの現場", "飛び降り現場", "自殺の兆候", "自殺兆候", "自殺の危険因子", "飛び込みの現場", "人身事故の現場", "自殺の現場", "自殺現場",
			// a colleague's death, a training's exercise (crisis sets 399 and
			// 401, round 53)
			"自死で亡くな", "自殺で亡くな", "自死した同僚", "自殺した同僚", "自死した同期", "自殺した同期",
			"遺書を書くってワーク", "遺書を書くワーク", "遺書を書く研修", "遺書ワーク", "遺書を書くという研修"}},
	// Someone's attempt met at work (自殺企図の方を搬送するたびに、ご家族の
	// 顔が頭に残ります: a paramedic's; 1.00 to the risk model, read alone
	// as a sentence; crisis set 401, round 53): other people, settled.
	{name: "someone's attempt met at work (自殺企図の方を搬送)", risk: akari.RiskNone, settled: true,
		stems: []string{"自殺未遂の搬送", "自殺未遂の方", "自殺企図の方", "自殺企図の搬送", "自殺未遂で搬送", "自殺未遂で運ばれ", "自殺企図で運ばれ", "自殺未遂の人を", "自殺企図の人を"}},
	{name: "a policy as paperwork (わしの保険、いま解約したら損するかのぅ)", risk: akari.RiskNone, settled: true,
		// What a policy costs or pays back while one lives: the words the
		// risk model reads a payout into are about a contract.
		stems: []string{"保険"},
		ends: []string{"解約したら損", "解約すると損", "解約して損", "解約したほうが", "解約した方が", "解約するか", "解約しよう", "の見直し", "見直した", "見直そう",
			"料が高", "料高", "料が上が", "料上が", "料払", "料を払", "控除", "の更新", "更新した", "満期", "返戻金"},
		gap: 10},
	{name: "something else should vanish (消えてほしい)", risk: akari.RiskNone,
		stems: []string{"消えてほし", "消えて欲し", "きえてほし", "消えてくれないかな", "消えてくんないかな", "消えてくれたら", "消えてなくなってほし",
			"なくなってほし", "無くなってほし", "消滅してほし", "滅びてほし", "滅びろ"},
		notBefore: []string{"私に", "自分に", "僕に", "俺に", "わたしに", "あたしに", "うちに", "私には", "私なんか", "私なんて"}},
	{name: "a workplace told to vanish (こんな会社、消えてなくなってまえ)", risk: akari.RiskNone,
		stems: []string{"消えてなくなれ", "消えてなくなってまえ", "消えてなくなってしまえ", "消えてまえ", "消えちまえ", "消えちゃえ", "消えてしまえ", "なくなってまえ",
			"なくなってしまえ", "潰れてまえ", "潰れてしまえ", "潰れちまえ", "潰れろ", "つぶれろ", "つぶれてまえ"},
		// Only a workplace or someone at it named just before: 自分なんか、
		// 地球上から消えちゃえばいいのに is the person's own wish.
		before: &objects{keep: join(workObjects, otherPeople), veto: selfObjects, need: true, window: 8}},
	// A business wound up is the worry of a livelihood, not of a life
	// (親父の代から続いた酒屋を畳むことにした: care set 271, round 46): the
	// model, reading もうどうにもならん beside it, needs to be very sure.
	{name: "a business closed (店を畳む)", risk: akari.RiskNone,
		stems:  []string{"畳む", "たたむ", "畳ん", "たたん", "畳も", "たたも", "畳み", "たたみ", "畳まざる", "たたまざる"},
		before: &objects{keep: []string{"店", "屋", "会社", "工場", "商売", "家業", "事業", "教室", "事務所", "医院", "農園", "民宿", "旅館", "食堂", "喫茶", "サロン", "工房", "商店"}, need: true, window: 4}},
	{name: "someone vanished (消えた+noun)", risk: akari.RiskNone,
		stems:    []string{"消えた", "きえた"},
		notAfter: []string{"い", "く", "み", "さ", "か", "ら", "方", "ほう", "って", "と思", "ぃ", "ぁ", "ゃ", "て"}},
	{name: "someone else died (news, stories, games)", risk: akari.RiskNone, settled: true,
		stems: []string{"自殺した", "自殺して", "自殺しちゃ", "自殺しち", "自殺があ", "自殺未遂", "自殺の", "死んだ", "死んじゃった", "死んでしまった", "亡くなっ", "死亡し",
			// said politely: 先月いとこが自殺しました.
			"自殺しました", "自死しました", "亡くなりました", "死にました", "自殺いたしました",
			// 16年一緒だった犬が昨日の夜、息を引き取りました (crisis set 385,
			// round 52)
			"息を引き取りました", "息を引き取った", "息を引き取って", "虹の橋を渡"},
		notAfter: []string{"ほうが", "方が", "ら", "り"},
		before: &objects{veto: selfObjects, keep: thirdParties, window: 10, need: true,
			from: []string{"が", "は", "も", "なんか", "なんて", "って", "の", "を"}}},
	// A body found cold is someone else's (朝、冷たくなってるのを見つけて、
	// 子どもたちと泣きながらお別れして: a dog's death told, read a sentence
	// at a time; crisis set 385, round 52).
	{name: "found cold (冷たくなってるのを見つけて)", risk: akari.RiskNone, settled: true,
		stems: []string{"冷たくなってるのを見つけ", "冷たくなっているのを見つけ", "冷たくなってたのを見つけ", "冷たくなっていたのを見つけ", "冷たくなってるのを見た", "冷たくなっていたのを見た"}},
	{name: "someone else's suicide (先輩が自死で亡くなって半年)", risk: akari.RiskNone, settled: true,
		stems: []string{"自死で亡くな", "自殺で亡くな", "自死でなくな", "自殺でなくな", "自死で逝", "自殺で逝", "自死され", "自殺され"},
		before: &objects{veto: selfObjects, keep: thirdParties, window: 10, need: true,
			from: []string{"が", "は", "も", "の", "を"}}},
	{name: "someone else's overdose or attempt, reported (友達がODしたって聞いて)", risk: akari.RiskNone, settled: true,
		stems: []string{"odした", "odして", "odしちゃ", "odで運ば", "自殺未遂した", "自殺未遂して", "過量服薬した", "過量服薬して", "りすかした", "りすかして"},
		before: &objects{veto: selfObjects, keep: thirdParties, window: 10, need: true,
			from: []string{"が", "は", "も", "の", "を"}},
		// Told of oneself after someone (友達がODしたって聞いて、私もOD
		// した) is still one's own.
		unless: []string{"私も", "自分も", "俺も", "僕も", "うちも", "あたしも"}},
	{name: "oneself suppressed to fit in (自分を殺して働く)", risk: akari.RiskNone, settled: true,
		stems:  []string{"自分を殺して", "自分をころして", "自分殺して", "己を殺して", "感情を殺して", "気持ちを殺して", "心を殺して"},
		ends:   []string{"働", "仕事", "生き", "合わせ", "我慢", "過ご", "きた", "いる", "る", "頑張", "がんば", "接客", "従", "周り", "笑", "耐え"},
		gap:    6,
		unless: []string{"楽に", "死にたい", "死ぬ", "消えたい", "いなくなりたい", "終わりにしたい", "本当に殺", "ほんとに殺"}},
	{name: "the word as an item of a form (ストレスチェックに「希死念慮」の項目)", risk: akari.RiskNone, settled: true,
		stems: []string{"希死念慮", "自殺念慮", "自殺願望", "希死願望"},
		ends:  []string{"の項目", "って項目", "という項目", "の欄", "の質問", "の設問", "って質問", "という質問", "の問い", "の有無"},
		gap:   2,
		// Answered yes, it is the person's own: …の項目に「はい」ってつけた.
		unless: []string{"はいって", "はいに", "はいを", "あてはまる", "当てはまる", "当てはま", "ちぇっく入れ", "ちぇっくいれ", "丸つけ", "丸をつけ", "正直に", "あるって答え", "あると答え", "ありにし"}},
	{name: "a will as a label or a joke (退職届を友達が「遺書」って呼んでて草)", risk: akari.RiskNone,
		stems: []string{"遺書"},
		ends: []string{"って呼", "と呼", "呼ばわり", "かよ", "ってタイトル", "というタイトル", "ってファイル名", "って名前", "みたいな気分", "みたいな長文", "みたいな文体", "みたいになっ",
			"みたいな退職", "みたいな引き継", "ねた", "うけた", "うける", "爆笑"},
		gap: 40,
		// Not a will of one's own with a laugh in it: 遺書のテンプレって
		// あるのかな笑 子どもたちにはちゃんと残したい.
		unless: []string{"宛て", "あて", "親に", "母に", "父に", "家族", "子ども", "子供", "妻に", "夫に", "送信予約", "封筒", "日付", "本気", "死ぬ", "死に", "消え", "飛び", "首", "もう無理", "下書き", "清書", "書き終", "通目"}},
	{name: "too good to bear (推しが尊すぎて死ぬ)", risk: akari.RiskNone,
		stems: []string{"尊すぎて死", "尊くて死", "とうとすぎて死", "かわいすぎて死", "可愛すぎて死", "美味すぎて死", "うますぎて死", "おいしすぎて死", "美味しすぎて死", "面白すぎて死", "おもしろすぎて死",
			"えもすぎて死", "かっこよすぎて死", "かっこ良すぎて死", "格好良すぎて死", "尊死", "幸せすぎて死", "しあわせすぎて死"}},
	{name: "a desk cleared at work (会社の机まわりの身辺整理)", risk: akari.RiskNone, settled: true,
		// Clearing one's desk before leaving a job; not with a plan, a
		// letter or a last word beside it.
		stems:  []string{"机まわり", "机周り", "机の周り", "机の中", "デスクまわり", "デスク周り", "デスクの", "ロッカー"},
		ends:   []string{"の整理", "の身辺整理", "を整理", "の片付け", "を片付け", "の片づけ", "を片づけ", "を空に"},
		gap:    2,
		unless: []string{"実行", "遺書", "手紙", "最後", "さよう", "終わりに", "死", "消え", "楽に"}},
	{name: "someone else's wish, reported (友達が死にたいってLINEしてきた)", risk: akari.RiskNone, settled: true,
		stems: []string{"死にたい", "しにたい", "消えたい", "死にたがっ", "死のうと", "死ぬって", "死んだほうがまし", "死んだ方がまし", "死んだほうがマシ", "死んだ方がマシ", "死ぬしかない", "死ぬ",
			// お客さんが「もう生きてても仕方ない」って言い出して (crisis set 348, round 46)
			"生きてても仕方な", "生きていても仕方な", "生きてても意味な", "生きていても意味な", "生きてる意味な", "生きる意味な", "生きててもしょうがな", "生きててもいいことな"},
		ends: []string{"ってline", "とline", "って言って", "と言って", "っていって", "って言う", "と言う", "とか言い出", "って言い出", "と言い出", "とか言って", "とか言う", "と泣", "と叫", "って叫", "とつぶや", "とこぼ", "って連絡", "ってメッセ", "って相談",
			"ってdm", "って送って", "って送ってき", "って電話", "って泣", "ってつぶや", "って投稿", "って書いて", "と書いて", "ってこぼ",
			"ってよく言", "ってずっと言", "ってたまに言", "ってぽろっと", "ってぼそっと", "ってポツリ", "ってぽつり",
			// 患者さんが「もう死にたい」って何度も言ってて (round 33)
			"って何度も言", "って何回も言", "って毎日言", "って毎回言", "と何度も言", "と何回も言", "って繰り返", "と繰り返",
			"が口癖", "って口癖", "のが口癖", "が口ぐせ", "って口ぐせ",
			"と申して", "って申して", "とおっしゃ", "っておっしゃ", "と漏らし", "ってもらし", "と漏ら"},
		gap:    3,
		before: &objects{keep: reporters, need: true, window: 14}},
	{name: "my worth questioned by someone else (「お前いる意味ある？」って言われた)", risk: akari.RiskNone, settled: true,
		stems: []string{"いる意味ある", "いる意味あん", "いる意味あるの", "おる意味ある", "いる価値ある", "生きてる意味ある", "生きてる価値ある", "存在価値ある", "いる意味ない", "いる価値ない"},
		ends:  []string{"とか言われ", "って言われ", "と言われ", "っていわれ", "とかいわれ", "って怒鳴られ", "と怒鳴られ", "とか怒鳴られ", "って詰められ", "とか詰められ"},
		gap:   3},
	{name: "someone's catchphrase (利用者さんの『もう死にたいわ』が口癖)", risk: akari.RiskNone, settled: true,
		// The possessive names whose words they are; reporters hold only
		// the subject marks, and 母の介護で死にたい must stay the person's.
		stems:  []string{"死にたい", "しにたい", "消えたい", "死にたがっ", "死にたがり", "死ぬ", "死んだほうがまし", "死んだ方がまし", "早くお迎え"},
		ends:   []string{"が口癖", "って口癖", "のが口癖", "が口ぐせ", "って口ぐせ", "がくちぐせ"},
		gap:    3,
		before: &objects{keep: possessiveReporters, need: true, window: 14}},
	{name: "the history of someone one cares for (自傷歴のある患者さん)", risk: akari.RiskNone, settled: true,
		stems: []string{"自傷歴", "自殺未遂歴", "自殺企図歴", "希死念慮のある", "希死念慮がある", "自傷行為のある", "自傷行為がある", "自傷癖のある", "自傷のある"},
		ends:  []string{"患者", "利用者", "入居者", "生徒", "児童", "お子さん", "クライアント", "相談者", "受刑者", "ご本人", "方の", "方への", "方に"},
		gap:   6},
	{name: "a word about words (「unalive」みたいな言い換え)", risk: akari.RiskNone, settled: true,
		stems: []string{"unalive", "アンアライブ", "あんあらいぶ"},
		ends:  []string{"みたいな言い換え", "という言い換え", "って言い換え", "の言い換え", "みたいな言葉", "という言葉", "って言葉", "みたいな表現", "という表現", "って表現"},
		gap:   1},
	{name: "the sea of trees as a joke told (「一緒に樹海行こな」って冗談)", risk: akari.RiskNone,
		// Not settled: a joke that is not one (冗談で言ったけど本気) is
		// still read by a sure model.
		stems:    []string{"樹海"},
		ends:     []string{"って冗談", "と冗談", "なんて冗談", "って冗談言い合", "って笑い合", "ってネタに"},
		gap:      8,
		notAfter: []string{"で言ったけど本", "めかして", "じゃな"}},
	{name: "someone brought in after self-harm (自傷で運ばれてくる患者さん)", risk: akari.RiskNone, settled: true,
		// くる: the ones who keep coming in, a job's; 運ばれた alone may be
		// the person's own night.
		stems: []string{"自傷で", "自傷行為で", "自殺未遂で", "自殺企図で", "odで", "オーバードーズで", "過量服薬で", "リスカで",
			// 飛び降りで運ばれてきた患者さん
			"飛び降りで", "飛び降り自殺で", "飛び込みで", "首吊りで"},
		ends: []string{"運ばれてくる", "運ばれて来る", "運ばれてきた患者", "搬送されてくる", "搬送されて来る", "搬送されてきた患者", "来院する", "来院される",
			"受診する患者", "入院してくる", "入院してきた患者"},
		gap: 2},
	{name: "someone else's wish said to me or in a story (「消えたい」って言われた時の返し方)", risk: akari.RiskNone, settled: true,
		stems: []string{"死にたい", "しにたい", "消えたい", "きえたい", "消えてしまいたい", "きえてしまいたい", "死のうと思", "自殺したい",
			"死にたくなる", "しにたくなる", "消えたくなる"},
		ends: []string{"って言われ", "と言われ", "っていわれ", "といわれ",
			// 認知症の母に「もう死にたい」とまで言われ (crisis set 368, round 50)
			"とまで言われ", "ってまで言われ", "とまでいわれ",
			"って相談され", "と相談され", "って打ち明けられ", "と打ち明けられ", "って言うシーン", "と言うシーン", "っていうシーン", "ってセリフ",
			"というセリフ", "って台詞", "という台詞", "って言うお客", "っていうお客", "って言う客", "って言う人", "っていう人", "と言う人", "って言う患者",
			"って言う利用者", "って言う方", "っていう方", "って歌詞", "という歌詞", "って曲", "という曲", "って歌う", "って歌って",
			// 「死にたいんか！」って怒鳴っちゃった: asked of someone else;
			// 「死にたい気持ち」って文言: words on a flyer.
			"んかって怒鳴", "のかって怒鳴", "んかと怒鳴", "のかと怒鳴", "んかって叱", "のかって叱", "んかって注意",
			// 「死にたいんか」って班長にどやされた: asked of oneself by
			// someone else, in anger (crisis set 313).
			// 「きえたい とか ない？」って きかれた: a doctor's question.
			"とかないって聞かれ", "とかないかって聞かれ", "とかないかと聞かれ", "とかないですかって聞かれ", "ことないって聞かれ",
			"んかって班長", "んかって親方", "んかって上司", "んかってどやされ", "のかってどやされ", "んかと怒られ", "んかって怒られ", "んかって言われ", "のかって言われ",
			"って文言", "という文言", "ってフレーズ", "というフレーズ", "ってコピー", "というコピー"},
		gap: 3},
	{name: "a question put to me (面接で「何のために生きてますか」って聞かれた)", risk: akari.RiskNone, settled: true,
		stems: []string{"何のために生きてますか", "なんのために生きてますか", "何のために生きていますか", "何のために生きてるの", "なんで生きてるの", "何のために生きてるんですか",
			"生きてますか", "生きていますか", "生きてるの", "生きてるんですか", "死にたいと思ったこと", "死にたくなったこと", "消えたいと思ったこと"},
		ends: []string{"って聞かれ", "と聞かれ", "ってきかれ", "と質問され", "って質問され", "と問われ", "って問われ"},
		gap:  4},
	{name: "a question about a policy put to me (「自殺でも保険おりますか」って聞かれた)", risk: akari.RiskNone, settled: true,
		stems: []string{"自殺でも", "自殺しても", "自殺だと", "自殺の場合", "自殺は", "自死でも", "自死の場合",
			// 保険の説明で「死んだらいくら出るの」ってだけ聞かれて (round 41)
			"死んだらいくら", "死んだら何円", "死んだらなんぼ", "亡くなったらいくら", "死んだらどのくらい", "死んだらどれくらい"},
		ends: []string{"って聞かれ", "と聞かれ", "ってきかれ", "と質問され", "って質問され", "と問われ", "って問われ", "って相談され", "と相談され",
			"ってだけ聞かれ", "とだけ聞かれ", "って客に聞かれ", "ってお客さんに聞かれ"},
		gap: 14},
	{name: "a crisis told in the past, a now after it (ちょっと前まで毎日死にたかったけど、今はだいぶ回復)", risk: akari.RiskNone,
		// The wish in the past tense, then the present: what follows 今は
		// is read as ever (死にたかった。今はもっと死にたい).
		stems: []string{"死にたかった", "しにたかった", "消えたかった", "死のうとしてた", "死のうとしていた", "死のうとした", "死ぬことばかり考えて", "死ぬことばっかり考えて",
			"リスカしてた", "リストカットしてた", "リスカしてい", "リストカットしてい", "リストカットしてた時期", "odしてた", "死にたいって口癖", "死にたいって言ってた",
			"死にたいと思ってた", "死にたいと思っていた", "消えたいと思ってた", "死にたいって思ってた", "死にたいほど辛かった", "死にたいほどつらかった", "死にたいほど辛い時期"},
		ends: []string{"今は", "いまは", "今では", "いまでは", "現在は", "今はもう", "今となっては", "辞めた瞬間", "辞めてから", "やめてから", "転職してから", "治療のおかげ", "回復"},
		gap:  48},
	{name: "my own word taken back (死にたいって言ったのは言葉のあや)", risk: akari.RiskNone,
		stems: []string{"死にたい", "しにたい", "消えたい", "きえたい", "死ぬ", "死ね", "消える"},
		ends: []string{"って言ったのは言葉のあや", "と言ったのは言葉のあや", "って言ったのは冗談", "と言ったのは冗談", "って言ったのは大げさ",
			"って言ったのは大袈裟", "って言ったのはたとえ", "って言ったのは例え", "って書いたのは冗談", "って書いたのは大げさ", "って書いたのは言葉のあや",
			"ってのは会社", "ってのは仕事", "ってのは職場", "っていうのは会社", "っていうのは仕事", "っていうのは職場", "って言ったのは会社",
			"って言ったのは仕事", "って言ったのは職場", "は言葉のあや", "は冗談です", "は冗談だよ", "は大げさに言",
			// しにたいってのは言葉のあやだわ
			"ってのは言葉のあや", "っていうのは言葉のあや", "ってのは冗談", "っていうのは冗談", "ってのは大げさ", "ってのは本気じゃ", "っていうのは本気じゃ"},
		gap: 2},
	{name: "gone after quitting (退職届出して消える)", risk: akari.RiskNone,
		stems:  []string{"消える", "消えます", "きえる", "いなくなる", "いなくなります", "去る", "去ります"},
		before: &objects{keep: []string{"退職", "辞め", "やめて", "退社", "転職", "異動", "転勤", "寿退社", "契約満了"}, need: true, window: 14}},
	{name: "what ends, named after it (明日で終わりにする、この残業生活)", risk: akari.RiskNone,
		stems: []string{"終わりにする", "終わりにします", "終わりにしたい", "おわりにする", "終わらせる", "終わらせたい", "終わらせます", "終わりにしよ"},
		ends: join(prefixed("この", workObjects), prefixed("その", workObjects), prefixed("この", endedThings), prefixed("その", endedThings),
			prefixed("今日の", workObjects), prefixed("今週の", workObjects), prefixed("このくそ", workObjects), prefixed("そのくそ", workObjects)),
		// 終わりにしたいです、この契約
		gap: 4},
	{name: "a pastime finished (今夜こそ積みゲー終わらせる)", risk: akari.RiskNone, settled: true,
		stems:  []string{"終わりにする", "終わりにしたい", "終わらせる", "終わらせたい", "終わらせます", "終わらせよう", "終わらす"},
		before: &objects{keep: pastimes, veto: selfObjects, need: true, window: 6}},
	// A game the player dies in by design, and a task finished and
	// celebrated: the risk model alone read 死にゲーで何回死ねるか試したい
	// and 卒論も終わった、インターンの案件も今日で終わり。全部終わった〜！
	// やりきった！ as high (0.95, 0.91; crisis set 380, round 52).
	// Taking someone in one's care along (父を連れて、二人でどこか遠くへ消えて
	// しまおうかと考える: a carer's thought of a death for two; care set
	// 298, round 52).
	{name: "taking a dependent along (父を連れて…消えてしまおうか)", risk: akari.RiskHigh,
		stems: []string{"父を連れて", "母を連れて", "親を連れて", "子どもを連れて", "子供を連れて", "娘を連れて", "息子を連れて", "夫を連れて", "妻を連れて", "祖母を連れて", "祖父を連れて",
			"を道連れに", "この子を連れて", "この子たちを連れて", "この子らを連れて", "子どもたちを連れて", "子供たちを連れて", "子どもらを連れて", "この子をつれて", "この子たちをつれて"},
		// …or the end left unsaid: この子たちを連れて一緒に、って (crisis
		// set 396, round 53) — 一緒に and the quote, nothing between.
		ends:   []string{"消え", "死", "いなくな", "終わりに", "楽にな", "あの世", "心中", "海に", "遠くへ", "遠くに", "一緒にって", "いっしょにって", "一緒にと思", "一緒にと考", "一緒に$", "いっしょに$"},
		gap:    24,
		unless: join(fictionContext, []string{"旅行", "温泉", "引っ越", "移住", "実家に帰", "帰省", "散歩", "ドライブ", "買い物", "病院", "受診", "デイサービス", "施設に", "避難"})},
	// A goodbye sent to the workplace, and the person held back (「今まで
	// お世話になりました、さようなら」って送ったら、店長から引き止めの電話:
	// the risk model alone read it as high, 0.97; crisis set 385, round 52).
	{name: "a goodbye sent to work, held back (お世話になりました…引き止め)", risk: akari.RiskNone,
		stems:  []string{"お世話になりました", "おせわになりました", "さようなら", "さよなら"},
		ends:   []string{"引き止め", "引きとめ", "引き留め", "ひきとめ", "次決まって", "次が決まって", "次の職場", "退職届", "送別", "有給消化"},
		gap:    30,
		unless: []string{"死", "消え", "この世", "あの世", "遺書", "最期", "命"}},
	// The one who died wished to have been oneself (見送られるのが私の方だった
	// らよかったのに, after a resident's death; crisis set 387, round 52).
	{name: "the dead one wished oneself (私の方だったらよかった)", risk: akari.RiskConcern,
		stems: []string{"私の方だったらよかった", "私のほうだったらよかった", "自分の方だったらよかった", "自分のほうだったらよかった", "私だったらよかった", "自分だったらよかった",
			"俺だったらよかった", "僕だったらよかった", "私が死ねばよかった", "自分が死ねばよかった", "俺が死ねばよかった"},
		before: &objects{keep: []string{"亡くな", "死ん", "見送", "葬", "事故", "逝", "棺"}, need: true, window: 40}},
	// Waking up a disappointment (毎朝、目が覚めるとがっかりする: crisis set
	// 387, round 52) — not a dream ended or a weekday come.
	{name: "waking, a disappointment (目が覚めるとがっかり)", risk: akari.RiskConcern,
		stems: []string{"目が覚めるとがっかり", "目が覚めてがっかり", "目が覚めたらがっかり", "目覚めるとがっかり", "目覚めてがっかり", "朝が来るとがっかり", "朝が来てがっかり",
			"目が覚めると残念", "目が覚めて残念", "起きるたびにがっかり", "目が覚めるたびにがっかり"},
		unless: []string{"夢", "月曜", "水曜", "平日", "休み", "寝坊", "遅刻", "雨", "アラーム", "目覚まし"}},
	// Gone for good, leaving those one cares for (子どもを置いて遠くへ行って、
	// もう二度と戻らないほうがいいんじゃないか: care set 301, round 52).
	{name: "gone for good (遠くへ行って二度と戻らない)", risk: akari.RiskConcern,
		stems:  []string{"二度と戻らない", "二度と戻らん", "二度と帰らない", "二度と帰らん", "もう戻らない", "もう帰らない", "二度と戻ってこない", "二度と帰ってこない"},
		before: &objects{keep: []string{"遠く", "どこか", "消え", "いなく", "置いて", "誰も知らない"}, need: true, window: 24},
		unless: []string{"会社", "職場", "業界", "地元", "実家", "旅行", "留学", "転勤", "引っ越"}},
	// No one to rely on, told as a fact of the worry (実家も遠いし、頼れる人は
	// いません: the risk model alone read it as high, 0.92; care set 301,
	// round 52).
	{name: "no one to rely on (頼れる人はいません)", risk: akari.RiskNone,
		stems:  []string{"頼れる人はいません", "頼れる人はいない", "頼れる人がいない", "頼れる人がいません", "頼れる人もいない", "頼れる人もいません", "頼る人がいない", "頼る人もいない", "頼れる人おらん", "頼れる人はおらん"},
		unless: []string{"死", "消え", "いなくな", "終わりに", "生きて"}},
	// The dead envied (患者さんが亡くなったとき、正直うらやましいって思って
	// しまいました。もう楽になれていいなって: crisis set 393, round 52).
	{name: "the dead envied (亡くなった…うらやましい)", risk: akari.RiskConcern,
		stems:  []string{"うらやましい", "羨ましい", "うらやましかった", "羨ましかった", "うらやましく", "羨ましく", "楽になれていいな", "楽になれてええな"},
		before: &objects{keep: []string{"亡くな", "逝", "お迎えが来", "お迎えがき", "旅立", "他界", "死んだ人", "死んだ方", "死んでいった"}, need: true, window: 20},
		unless: []string{"長生き", "大往生", "老衰で", "孫に囲まれ"}},
	// Work by the tracks (線路沿いの草むしりと清掃…見張りの笛で退避する:
	// crisis set 393, round 52).
	{name: "work by the tracks (線路沿いの草むしり)", risk: akari.RiskNone,
		stems: []string{"線路沿いの草", "線路脇の草", "線路の草", "線路沿いの清掃", "線路沿いで作業", "見張りの笛", "見張り員", "列車見張"}},
	// A date settled on, and relief (今月30日にするって決めたら、なんだか少し
	// 楽になりました: crisis set 392, round 52) — the act unnamed.
	{name: "a day settled on, relief (30日にするって決めたら楽に)", risk: akari.RiskHigh,
		stems: []string{"日にするって決め", "日にすると決め", "日にしようと決め", "日にしようって決め", "日に決めたら", "日って決めたら", "曜日にするって決め", "曜日に決めたら"},
		ends:  []string{"楽にな", "らくにな", "ほっと", "すっきり", "気が楽", "落ち着い", "気持ちが軽"},
		gap:   16,
		unless: []string{"有給", "退職日", "最終出社", "最終日", "退職", "辞め", "面接", "引っ越", "入籍", "結婚", "旅行", "出発", "提出", "予約", "手術", "誕生日会", "休み",
			"応募", "入社", "開業", "オープン", "発表", "告白", "プロポーズ"}},
	// A farewell to Akari (あかりちゃんと話すのもこれが最後かもしれない:
	// crisis set 392, round 52).
	{name: "the last talk (話すのもこれが最後)", risk: akari.RiskConcern,
		stems:  []string{"話すのもこれが最後", "話すのはこれが最後", "話すのもこれで最後", "話すのはこれで最後", "これが最後のメッセージ", "最後のメッセージかも", "話せるのもこれが最後"},
		unless: []string{"アプリ", "退会", "ブロック", "解約", "引っ越", "スマホ", "機種変", "決まった", "忙しく", "卒業", "留学"}},
	{name: "a game the player dies in (死にゲーで何回死ねるか)", risk: akari.RiskNone,
		stems:  []string{"死にゲー", "死にげー", "しにゲー", "しにげー", "死に覚え", "死にゲ"},
		unless: []string{"死にたい", "しにたい", "消えたい", "きえたい", "現実でも", "リアルでも", "本当に死", "ほんとに死", "ほんまに死"}},
	{name: "dying in that game (死にゲーで何回死ねるか)", risk: akari.RiskNone,
		stems:  []string{"死にゲー", "死にげー", "しにゲー", "しにげー", "死に覚え", "死にゲ"},
		ends:   []string{"死ねる", "死ぬ", "死ん", "しね", "しぬ", "しん"},
		gap:    12,
		unless: []string{"死にたい", "しにたい", "消えたい", "きえたい", "現実でも", "リアルでも", "本当に死", "ほんとに死", "ほんまに死"}},
	{name: "a task finished, celebrated (全部終わった〜！やりきった)", risk: akari.RiskNone,
		stems:  []string{"終わった", "おわった", "終わり"},
		ends:   []string{"やりきった", "やり切った", "解放", "達成感", "打ち上げ", "満喫", "乾杯", "お祝い"},
		gap:    12,
		unless: []string{"人生", "この世", "思い残", "悔いは", "悔いな", "さよなら", "さようなら", "今までありがと", "お世話になりました", "死", "消え", "いなくな"}},
	{name: "debts paid off, named after (給料日に全部終わらせる予定！ローンの繰り上げ返済)", risk: akari.RiskNone, settled: true,
		stems: []string{"終わりにする", "終わりにします", "終わりにしたい", "終わらせる", "終わらせたい", "終わらせます", "終わらせよう", "片付ける", "片付けたい"},
		// Right after it: 終わりにする。カードの支払いだけは済ませとく is a
		// plan with the bills settled first.
		ends: []string{"ローン", "返済", "借金", "繰り上げ", "繰上げ", "奨学金", "リボ"},
		gap:  3},
	{name: "an apology for the hour (夜遅くにごめん)", risk: akari.RiskNone,
		stems: []string{"夜遅くにごめん", "遅くにごめん", "こんな時間にごめん", "夜分遅く", "遅くにすみません", "遅くに申し訳", "こんな時間にすみません", "夜中にごめん", "深夜にごめん",
			"夜遅くにすみません", "遅い時間にごめん", "遅い時間にすみません", "夜分にすみません"}},
	{name: "work that never ends (永遠に終わらない)", risk: akari.RiskNone,
		stems: []string{"永遠に終わらな", "永遠に終わらん", "永遠に終わんな", "永遠に終わる気がしな", "一生終わらな", "一生終わらん", "一生終わんな", "ずっと終わらな", "えいえんに終わらな"},
		// A life or a pain that never ends is not a task: この苦しみが永遠に終わらない.
		unless: []string{"苦しみ", "苦しい", "地獄", "人生", "痛み", "つらさ", "辛さ", "しんどさ", "孤独", "生き", "この世"}},
	{name: "a piece of work killed off (この案件の息の根止めたい)", risk: akari.RiskNone, settled: true,
		stems:  []string{"の息の根を止め", "の息の根止め", "の息の根をとめ", "の息の根とめ", "の息の根を絶", "の息の根絶"},
		before: &objects{keep: join(workObjects, endedThings, onlinePlaces), veto: selfObjects, need: true, window: 8}},
	{name: "vanishing for shame at a slip, named after it (消えたいw 会議で噛んだ)", risk: akari.RiskNone,
		stems: []string{"消えたい", "きえたい", "消えてえ", "消えてぇ", "消えたみ", "きえたみ"},
		ends: []string{"噛んだ", "かんだ", "噛みまくった", "ミュート", "誤爆", "誤送信", "言い間違え", "名前間違え", "名前まちがえ", "滑った", "すべった",
			"やらかした", "転んだ", "こけた", "チャック", "社会の窓", "バレた", "ばれた", "バレて", "寝てた", "居眠り", "寝落ち", "寝坊した", "遅刻した", "誤字"},
		gap: 12},
	{name: "a word taken back as meant of something else (さっきの「消えたい」はグループLINEの話)", risk: akari.RiskNone, settled: true,
		stems: []string{"消えたい」は", "死にたい」は", "死ぬ」は", "消えたい」って", "死にたい」って", "消えたいって言ったのは", "死にたいって言ったのは",
			"消えたいっていうのは", "死にたいっていうのは", "消えたいってのは", "死にたいってのは",
			// Round 45 (care set 267): 楽になりたいっていうのは、病棟を離れて
			// もっと楽な働き方がしたいって意味です.
			"楽になりたいっていうのは", "楽になりたいってのは", "楽になりたいって言ったのは", "楽になりたい」は",
			"終わりにしたいっていうのは", "終わりにしたいってのは", "終わりにしたいって言ったのは", "終わりにしたい」は",
			"いなくなりたいっていうのは", "いなくなりたいってのは", "いなくなりたいって言ったのは", "いなくなりたい」は"},
		ends: []string{"の話", "のこと", "って意味", "という意味", "っていう意味", "の意味"},
		gap:  28,
		// 「死にたい」は本当の話: said again, not taken back.
		unless: []string{"本当", "本気", "ほんと", "マジ", "まじ", "冗談じゃな", "嘘じゃな", "うそじゃな"}},
	{name: "a disaster wished on the workplace (隕石落ちて会社だけ消えてくれ)", risk: akari.RiskNone, settled: true,
		stems: []string{"隕石落ちて", "隕石が落ちて", "隕石でも落ちて", "隕石降って", "隕石でも"},
		ends:  []string{"会社", "職場", "オフィス", "本社", "支社", "工場", "店舗", "お店", "部署", "現場", "学校"},
		gap:   6,
		// 会社ごと俺も消えたい wishes it on oneself too.
		unless: join(selfObjects, []string{"ごと", "一緒に", "いっしょに", "巻き込まれ"})},
	{name: "medicine taken as told (言われた通り1錠飲んだらよく眠れた)", risk: akari.RiskNone, settled: true,
		stems: []string{"言われた通り", "言われたとおり", "言われたように", "指示通り", "指示どおり", "用法通り", "用法用量", "用量を守", "処方された", "処方されて", "処方通り", "処方どおり"},
		ends:  []string{"眠れ", "寝れ", "効い", "効く", "飲んでる", "飲んでます", "飲んだら", "飲んでいます"},
		gap:   20,
		unless: []string{"全部", "ぜんぶ", "まとめて", "一気", "いっき", "たくさん", "大量", "何錠も", "溜め", "貯め", "ためて", "足りる", "足りない", "死", "永遠", "目が覚めな",
			"起きなくて", "二度と"}},
	{name: "an accident seen and taken as a warning (事故を見て、自分も気をつけないと)", risk: akari.RiskNone, settled: true,
		stems:  []string{"事故を見", "事故見", "事故現場", "事故のニュース", "事故があって", "事故があった", "事故を目撃", "横転して", "横転してる"},
		ends:   []string{"気をつけ", "気を付け", "安全運転", "睡眠ちゃんと", "休憩ちゃんと", "ぞっとし", "ゾッとし", "ヒヤッと", "ひやっと"},
		gap:    30,
		unless: []string{"羨ま", "うらやま", "いいな", "ればよかった", "たかった", "巻き込まれたい", "自分だったら楽", "自分ならよかった", "代わりたい", "かわりたい"}},
	{name: "vanishing for shame, laughing, a slip named before (サービス落ちた。もう消えたいｗ)", risk: akari.RiskNone,
		stems: []string{"消えたい", "きえたい", "消えてえ", "消えてぇ", "消えたみ", "きえたみ"},
		ends:  []string{"ｗ", "w", "笑"},
		gap:   2,
		before: &objects{keep: []string{"失敗", "ミス", "やらかし", "落ちた", "落とした", "typo", "タイポ", "誤字", "誤送信", "誤爆", "寝坊", "遅刻", "噛んだ", "滑った", "すべった",
			"言い間違え", "間違え", "まちがえ", "バグ", "障害出", "炎上", "忘れてた", "忘れた"}, need: true, window: 24}},
	{name: "vanishing to somewhere restful (温泉に消えたい)", risk: akari.RiskNone, settled: true,
		stems: []string{"に消えたい", "へ消えたい", "に消えてしまいたい", "に消えてえ"},
		before: &objects{keep: []string{"温泉", "南の島", "ハワイ", "沖縄", "海外", "旅", "山奥", "田舎", "北海道", "無人島", "リゾート", "南国", "サウナ", "実家", "ビーチ", "森"},
			need: true, window: 6}},
	{name: "disappearing into the couch, in English (disappear into my couch forever haha)", risk: akari.RiskNone, settled: true,
		stems: []string{"disappearintomycouch", "disappearintothecouch", "disappearintomybed", "disappearintothebed", "disappearintomyblanket", "disappearintomyblankets", "disappearundermyblanket"}},
	{name: "a question of what to tell (それは言わない方がいい？)", risk: akari.RiskNone,
		stems: []string{"言わない方が", "言わないほうが", "言った方が", "言ったほうが", "言うべき", "言わないべき", "伝えた方が", "伝えたほうが", "伝えない方が", "伝えないほうが",
			"伝えるべき", "話した方が", "話したほうが", "話さない方が", "話さないほうが", "黙ってた方が", "黙ってたほうが", "隠した方が", "隠したほうが", "正直に言うべき", "正直に言った方"}},
	{name: "a new job looked forward to (次の職場楽しみ)", risk: akari.RiskNone, settled: true,
		// Settled: a farewell at work (私物を片付けて、お世話になった人に
		// 手紙書いた。明日で最後の出勤) told with the next job ahead is
		// leaving a job; the risk model, sure of farewells, read it alone
		// as a plan (0.98). A word of death or life leaves it to the rules.
		stems:  []string{"次の職場", "新しい職場", "転職先", "新天地", "次の会社", "新しい会社", "次の仕事", "新しい仕事", "次のバイト", "新しいバイト"},
		ends:   []string{"楽しみ", "たのしみ", "頑張", "がんば", "わくわく", "ワクワク", "が決まっ", "決まって", "決まった", "もう決ま", "に向けて"},
		gap:    6,
		unless: []string{"死", "しに", "しぬ", "しね", "消え", "きえ", "生き", "いきて", "いきる", "タヒ", "命", "楽に", "らくに"}},
	{name: "no next job after quitting, feared (こんな早く辞めたら次ないよね？)", risk: akari.RiskNone,
		stems:  []string{"辞めたら次", "やめたら次", "辞めても次", "やめても次", "辞めたら転職", "辞めたら再就職", "辞めたら雇", "やめたら雇"},
		ends:   []string{"ない", "なんて", "は無", "はな", "がな", "見つから", "あるの", "あるか", "ある?", "無理", "むり", "厳し", "きびし"},
		gap:    3,
		unless: []string{"死", "しに", "しぬ", "しね", "消え", "きえ", "生き", "いきて", "いきる", "タヒ", "命", "楽に", "らくに"}},
	{name: "tonight promised safe (今夜は何もしない)", risk: akari.RiskNone, settled: true,
		// Settled: the risk model read a promise for tonight alone, with
		// who is coming and the pills handed over, as a plan (0.99).
		stems: []string{"今夜は何もしな", "今日は何もしな", "今晩は何もしな", "今夜は何もせ", "今日は何もせ", "今夜はなにもしな", "今日はなにもしな", "今夜はなんもしな", "今日はなんもしな",
			"今夜は何もしませ", "今日は何もしませ"},
		notAfter: []string{"いけど", "いけれど", "いと思", "いつもり", "いとは", "い自信", "いかも", "いって言い切", "んけど", "んと思", "いで", "んで"},
		unless:   []string{"明日やる", "明日にする", "明日決行", "明日の夜に", "週末にやる", "週末にする", "明日こそ"}},
	{name: "a step of quitting weighed (辞めるんやったら、次決めてからのほうがええのん？)", risk: akari.RiskNone, settled: true,
		// Settled: the risk model, sure of ほうがええ and 決め in the
		// corpus's wishes and plans, read this everyday question alone as
		// a sign (0.99) and sent the person into care. Any word of death
		// or life in the message leaves it to the other readers.
		stems: []string{"辞める", "辞めた", "辞めて", "やめるん", "やめるなら", "退職", "転職", "退社", "次決め", "内定"},
		ends: []string{"てからのほうが", "てからの方が", "てからがいい", "てからがええ", "たほうがいい", "たほうがええ", "た方がいい", "た方がええ",
			"のほうがいい", "のほうがええ", "の方がいい", "の方がええ"},
		gap:    12,
		unless: []string{"死", "しに", "しぬ", "しね", "消え", "きえ", "生き", "いきて", "いきる", "タヒ", "命", "楽に", "らくに"}},
	{name: "any workplace will do (夜勤がないところならどこでも構いません)", risk: akari.RiskNone,
		stems: []string{"ところならどこでも", "とこならどこでも", "職場ならどこでも", "会社ならどこでも", "仕事ならなんでも", "仕事なら何でも", "ところであればどこでも", "職場であればどこでも"}},
	{name: "a practical question about pay (その分お金もらえたりする？)", risk: akari.RiskNone,
		stems: []string{"お金", "給料", "給与", "手当", "残業代", "賃金", "時給", "日給", "その分", "そのぶん"},
		ends:  []string{"もらえたり", "もらえます", "もらえるん", "もらえるの", "もらえる?", "出たり", "出ます", "出るん", "出るの", "つくの", "付くの", "請求でき", "上乗せ"},
		gap:   8},
	{name: "a questionnaire's item (ストレスチェックに「死にたいと思うことがある」って項目)", risk: akari.RiskNone,
		stems: []string{"死にたい", "しにたい", "消えたい", "自殺", "自分を傷つけ", "生きている価値", "生きてる価値"},
		ends: []string{"」って項目", "」という項目", "」っていう項目", "」の項目", "」って設問", "」という設問", "」って質問項目", "」という質問項目", "」って欄", "」という欄",
			"って項目", "という項目", "っていう項目", "という設問", "って設問"},
		gap: 14,
		// Ticked yes, it is the person's own answer.
		unless: []string{"はいって答え", "はいと答え", "はいに丸", "はいに○", "丸つけ", "丸を付け", "○つけ", "チェックつけ", "チェックを付け", "チェック入れ", "当てはま", "あてはま"}},
	{name: "a word named as a word (「死にたい」って言葉)", risk: akari.RiskNone, settled: true,
		stems: []string{"死にたい", "しにたい", "消えたい", "死ね", "自殺", "希死念慮", "自傷"},
		ends: []string{"って言葉", "という言葉", "っていう言葉", "ってワード", "というワード", "って単語", "という単語", "って表現", "という表現", "の二文字", "って文字",
			// 「消えたい」スタンプが流行ってて
			"スタンプ", "ってスタンプ", "の絵文字", "って絵文字", "ってミーム", "のミーム"},
		gap: 1},
	{name: "something not a person vanishing (自尊心が消滅した)", risk: akari.RiskNone,
		stems: join(suffixed(abstractThings, "が消"), suffixed(abstractThings, "消滅"), suffixed(abstractThings, "も消"), suffixed(abstractThings, "は消"))},
	{name: "asking where something went (手当はどこに消えてるのか)", risk: akari.RiskNone,
		stems: []string{"どこに消えてる", "どこへ消えてる", "どこに消えてん", "どこに消えたの", "どこへ消えたの", "どこに消えたん", "どこ消えた", "どこに消えていく", "どこに消えてく",
			"どこに消えちゃ", "どこいった", "どこに行った", "どこへ行った"},
		// Not one's own way out: どこに消えたらいい.
		notAfter: []string{"らいい", "らええ", "ら楽"}},
	{name: "asking whether something vanishes (使いきれなかった分って消えちゃう？)", risk: akari.RiskNone,
		stems: []string{"消えちゃう", "消える", "消えます", "消えてしまう", "消えちゃいます", "消えてしまいます", "なくなっちゃう", "なくなる", "なくなります",
			// asked after the fact (もらえた分は1日も使ってないんですが、もう消えちゃいましたか: general set 209)
			"消えちゃいました", "消えちゃった", "消えました", "消えてしまいました", "消えてしまった", "消えてる", "消えてます", "なくなっちゃった", "なくなりました"},
		// A thing named before it: leave, points, data, money.
		before: &objects{keep: []string{"った分", "ない分", "残った分", "余った分", "の分", "分って", "分は", "有給", "有休", "代休", "日数", "休暇", "使わないまま", "使わずに", "使い切れ", "使いきれ", "使わないで", "使わんで", "取らないで", "取らずに", "取らないまま", "取らんで", "とらないで",
			"放っておいたら", "ほっといたら", "ほうっておいたら", "放置したら", "置いといたら", "ポイント", "データが", "データを", "データ消", "データ入力", "データは", "データも", "ファイル",
			"残業代", "手当", "給料", "お金", "記録", "履歴", "保存", "ボーナス", "退職金", "年金", "使ってない", "使ってません", "使ってなく", "使っていな"}, need: true, window: 14}},
	{name: "a means let go of (練炭は弟に預けた, 薬は全部捨てた)", risk: akari.RiskNone, settled: true,
		stems: []string{"練炭", "れんたん", "ロープ", "睡眠薬", "眠剤", "薬", "くすり", "カッター", "カミソリ", "剃刀", "包丁", "刃物", "七輪"},
		ends: []string{"捨てた", "捨てました", "捨ててきた", "捨ててもらった", "預けた", "預けました", "預けてきた", "渡した", "渡しました", "処分した", "処分しました",
			"流した", "流しました", "返してきた",
			// about to: 薬も兄貴に渡す, 今から預けます
			"渡す", "渡します", "預ける", "預けます", "捨てます", "捨ててくる", "捨ててきます",
			// 練炭は明日ゴミに出す (care set 280, round 48)
			"捨てる", "捨てとく", "処分する", "処分します", "ゴミに出", "ごみに出", "ゴミの日に出", "ごみの日に出",
			// 練炭はゴミ置き場に出した (care set 289, round 50)
			"ゴミ置き場に出", "ごみ置き場に出", "ゴミ捨て場に", "ごみ捨て場に", "ゴミ箱に", "ごみ箱に",
			// 練炭は息子に持って帰ってもらいます
			"持って帰ってもら", "持っていってもら", "持ってってもら", "預かってもら", "処分してもら", "引き取ってもら"},
		gap: 10, notAfter: []string{"か", "べき", "ほうが", "方が", "つもりはな", "気はな"}},
	// Handed to someone, told as what is done tonight (今夜は薬を全部母さんに
	// 預けて、母さんの隣の部屋で寝る; 薬は袋に戻して、今から隣の部屋のお母さんに
	// 預けて: care sets 326, 327, round 55, read as signs). Further from
	// the means than a letting go above, so only given to someone.
	{name: "a means handed to someone (薬を全部母さんに預けて)", risk: akari.RiskNone, settled: true,
		stems:    []string{"練炭", "れんたん", "ロープ", "睡眠薬", "眠剤", "薬", "くすり", "カッター", "カミソリ", "剃刀", "包丁", "刃物", "七輪"},
		ends:     []string{"に預けて", "に預けと", "に預けてから", "に渡して", "に渡しと", "に預かってもら", "に持っててもら"},
		gap:      24,
		notAfter: []string{"か", "べき", "ほうが", "方が", "たら", "ようか", "ようかな"},
		unless:   []string{"死", "しに", "しぬ", "消え", "きえ", "最後", "さいご", "遺書", "ありがとう", "さよなら", "今まで"}},
	{name: "an apology for what was written (書きすぎました、気にしないで)", risk: akari.RiskNone, settled: true,
		// Sorry for a heavy message, after it (すみません、気にしないでください。
		// 書きすぎました; ごめんなさい、こんな話するつもりやなかったんです: care
		// set 326, round 55, read as high by the risk model alone, 0.91).
		stems: []string{"書きすぎ", "書き過ぎ", "こんな話する", "こんな話して", "こんな話を", "重い話", "重いこと書", "重たいこと書", "重い話して", "気にしないでください", "気にしないで",
			"変なこと書", "変なこと言", "愚痴を聞かせ", "愚痴聞かせ", "愚痴ってしま", "長々と", "するつもりやなかった", "するつもりじゃなかった", "するつもりではなかった", "つもりなかった"},
		unless: []string{"死", "しに", "しぬ", "タヒ", "消え", "きえ", "いなく", "最後", "さいご", "遺書", "さよなら", "今まで", "いままで", "生き", "この世", "楽にな", "らくにな", "終わりにし", "終わらせ",
			"迷惑かけて", "飛", "首", "薬", "ロープ", "切っ"}},
	// A joke told, and told of (胃カメラの前の日に遺書書いとこうかなって冗談
	// 言ったら妻に怒られた: crisis set 352, round 46); not 冗談じゃなくて.
	{name: "words told as a joke (遺書書こうかなって冗談言ったら)", risk: akari.RiskNone,
		stems: []string{"遺書", "死のう", "死にたい", "消えたい", "首吊", "飛び降り"},
		ends:  []string{"って冗談", "とか冗談", "なんて冗談", "と冗談を言", "と冗談で言", "と冗談言"},
		gap:   12,
		notAfter: []string{"じゃ", "では", "でも", "ちゃう", "抜き", "ぬき", "に聞こえ", "にならな", "で済", "のつもり",
			// 冗談で言ってたけど、最近wがつけられなくなってきた: a joke no longer.
			"で言ってたけど", "言ってたけど", "で言ってたのに", "言ってたのに", "にしてたけど", "めかしてたけど", "ってたけど", "ってたのに", "ってきたけど", "ってきたのに"}},
	// A debt one thought would last a lifetime (死ぬまで返せないと思ってた
	// のに完済した: crisis set 352, round 46).
	{name: "until death, of a debt (死ぬまで返せない)", risk: akari.RiskNone,
		stems: []string{"死ぬまで", "しぬまで"},
		ends:  []string{"返せ", "返さ", "払え", "払い続", "払わ", "完済", "ローン", "返済"},
		gap:   4},
	// Oneself disposed of, after the rest is settled (店たたむ手続き全部終わった
	// …あとは自分の始末だけ: crisis set 352, round 46) — not 始末書.
	{name: "oneself disposed of (あとは自分の始末だけ)", risk: akari.RiskHigh,
		stems:    []string{"自分の始末", "自分の後始末", "自分を始末", "私の始末", "わたしの始末", "俺の始末", "おれの始末", "僕の始末", "ぼくの始末", "自分のけじめ", "自分のけりを"},
		notAfter: []string{"書", "しょ"}},
	{name: "a note thrown away (遺書は破って捨てた)", risk: akari.RiskNone, settled: true,
		stems: []string{"遺書"},
		ends:  []string{"捨てた", "捨てました", "破った", "破りました", "破いた", "消した", "消しました", "燃やした"},
		gap:   8},
	{name: "a thing dead (財布が死んでる, 腰が死んだ)", risk: akari.RiskNone, settled: true,
		stems: []string{"財布", "口座", "貯金", "給料", "家計", "スマホ", "携帯", "パソコン", "pc", "充電", "電池", "バッテリー", "腰", "肩", "喉", "声", "胃", "肌",
			"hp", "メンタル", "脳", "頭", "目", "足", "腕"},
		ends: []string{"死んでる", "死んだ", "死にかけ", "死亡", "死んで", "死にそう", "しんでる", "4んでる", "タヒんでる"},
		// 給料を運ぶだけで、死んだら保険金の方が: a death supposed, not a thing.
		gap: 8, notAfter: []string{"しまいたい", "ほしい", "くれ", "ら保険", "ら家族", "ら楽", "らみんな", "ほうが", "方が"}},
	{name: "a body part worn out (うでがしぬ, 足しぬ)", risk: akari.RiskNone, settled: true,
		// A tired arm or leg said to die, typed in kana too — where the
		// thing-dead stems need the kanji. Only with が or も right after
		// the part, so あした しぬ stays a sign.
		stems: []string{"うで", "こし", "あし", "ゆび", "ひざ", "せなか", "のど", "腕", "腰", "足", "指", "膝", "背中", "喉", "肩"},
		ends:  []string{"がしぬ", "が死ぬ", "もしぬ", "も死ぬ", "がしにそう", "が死にそう", "がしんだ", "がしんでる", "もしんでる", "がしにかけ"}},
	{name: "someone else's hint (自殺をほのめかすお客様)", risk: akari.RiskNone, settled: true,
		stems: []string{"自殺", "死", "自傷"},
		ends: []string{"をほのめかすお客", "をほのめかす人", "をほのめかす方", "をほのめかす電話", "をほのめかす相談", "をほのめかす利用者", "をほのめかす患者",
			"をほのめかす相手", "を匂わせるお客", "を匂わせる人", "をにおわせる人"}},
	{name: "vanishing from a place named after (こっちが消えたいわ、この席から)", risk: akari.RiskNone,
		stems: []string{"消えたい", "きえたい", "消えたく", "いなくなりたい", "消えてえ", "消えてぇ", "きえてえ", "きえてぇ"},
		ends: join(suffixed(prefixed("この", join(workObjects, []string{"席", "場", "部屋", "フロア"})), "から"), suffixed(prefixed("その", workObjects), "から"),
			[]string{"記憶から", "みんなの記憶から", "ここから", "この場から"}),
		gap: 4},
	{name: "whether there is work at all, asked (座ってできる仕事なんかあるんかな)", risk: akari.RiskNone,
		// A worry about finding work at an age or with a body, asked —
		// not a life without a way. Not settled: a model sure of more
		// still speaks.
		stems: []string{"仕事", "しごと", "求人", "働き口", "働くとこ", "働ける所", "働けるところ", "勤め先"},
		ends:  []string{"なんかあるんかな", "なんてあるんかな", "なんかあるかな", "なんてあるかな", "なんかあるんやろか", "なんかありますかね", "なんてありますかね", "なんかあるの", "なんてあるの", "ってあるんかな", "あるんかな", "あるかな", "ありますかね"},
		gap:   0},
	{name: "never told anyone (このことは誰にも話したことがありません)", risk: akari.RiskNone,
		// Trust shown in telling: the first time said aloud. Not settled.
		stems: []string{"誰にも話したことが", "誰にも言ったことが", "誰にも相談したことが", "だれにも話したことが", "だれにも言ったことが", "誰にも話したこと", "誰にも言うたこと"},
		ends:  []string{"ない", "ありません", "なかった", "あらへん", "ねえ", "ねぇ"},
		gap:   1},
	{name: "blame for an accident at work (事故が起きたら全部こちらの責任)", risk: akari.RiskNone, settled: true,
		// A manager's or a driver's burden: whose fault an accident would
		// be, not an accident wished for (care set 257, round 43).
		stems: []string{"事故が起きたら", "事故が起こったら", "事故があったら", "事故になったら", "事故ったら", "事故が起きれば", "事故を起こしたら", "事故起こしたら", "事故でも起きたら"},
		ends:  []string{"責任", "せきにん", "自分のせい", "こっちのせい", "こちらのせい", "俺のせい", "私のせい", "始末書", "クビ", "首"}, gap: 8,
		// …unless the accident is what is hoped for.
		unless: []string{"楽に", "らくに", "死ね", "しね", "消え", "終われ", "終わる", "いなくな", "ほしい", "欲しい", "いいのに", "ええのに", "願"}},
	{name: "a figure put right (週4じゃなくて週3日でした)", risk: akari.RiskNone, settled: true,
		// A number taken back for another: a fact of work corrected, often
		// with an apology for the slip (ごめんなさい、…でした), which the
		// model had read as an apology for living (general set 160, round
		// 43). Settled: no model reads past the figures.
		stems: figuresTakenBack(), ends: digits, gap: 4},
	{name: "a wish with its meaning told (明日が来なければいいのに（締め切り的な意味で）)", risk: akari.RiskNone, settled: true,
		// The writer says in the same breath which meaning the words have:
		// a deadline's, a meeting's (round 44, own hard negatives).
		stems: []string{"来なければいい", "来なくていい", "来なきゃいい", "こなければいい", "覚めなければ", "さめなければ", "消えたい", "きえたい", "いなくなりたい", "終わりにしたい", "終わってほしい", "死にたい", "しにたい", "死ぬ", "しぬ"},
		ends:  []string{"的な意味で", "的な意味です", "的な意味だよ", "的な意味ね", "的な意味な", "的な意味やで"}, gap: 16},
	{name: "an end told by someone (もう終わりって言われてる)", risk: akari.RiskNone, settled: true,
		// A contract's or a job's end, as the company put it: someone
		// else's words, not the person's (general set 164, round 44: 今から
		// でも申し込める？もう終わりって言われてるのに had raised a concern).
		stems: []string{"終わりって", "おわりって", "終わりだって", "終わりだと", "終わりと", "終了って", "終わりですって"},
		ends:  []string{"言われ", "いわれ", "言うて", "通告", "告げられ", "伝えられ", "聞かされ", "宣告"}, gap: 2},
	{name: "a slip put right (すみません間違えました。…じゃなくて…のほうでした)", risk: akari.RiskNone, settled: true,
		// A fact of work corrected without a figure: the apology for the
		// slip is one for a word, not for living (general set 162, round
		// 44: 間違えました。今回だけのじゃなくて、毎年ある制度のほうでした —
		// a question about unemployment pay had got the gentle question).
		stems: []string{"間違えました", "まちがえました", "間違えた", "まちがえた", "間違ってました", "間違っていました", "間違いました", "勘違いでした", "勘違いしてました", "勘違いしていました", "書き間違え", "言い間違え", "打ち間違え"},
		ends:  []string{"じゃなくて", "じゃなく", "ではなくて", "ではなく", "やなくて", "でなくて", "じゃのうて"}, gap: 16},
	{name: "days of leave counted (全部で何日持ってることになる)", risk: akari.RiskNone, settled: true,
		// Days of paid leave held, added up: 持ってる is having, not
		// lasting (あと何日もつか) — the model read 何日持って as the
		// latter at 0.98 (general set 162, round 44).
		stems: []string{"何日持って", "何日分持って", "何日もって", "何日分もって", "何日残って", "何日分残って"},
		ends:  []string{"ることになる", "いることになる", "ることになります", "いることになります", "る計算", "いる計算", "るってこと", "いるってこと", "ることに", "いることに"}},
	{name: "the last day at work (今日で最後の出勤)", risk: akari.RiskNone,
		// Leaving a job, sweets handed round: the model reads the goodbye
		// and the gifts as a farewell of another kind (crisis set 95, in
		// romaji). Not settled: sure enough, it may still speak.
		stems: []string{"最後の出勤", "最終出勤", "さいごのしゅっきん", "さいしゅうしゅっきん", "最後のしゅっきん", "最後の勤務日", "最終勤務日", "saigonoshukkin", "saishuushukkin", "lastdayatwork", "lastdayofwork",
			// Last day at the store today…excited for what's next (crisis set 408, round 54)
			"lastdayatthe", "lastdayatmy", "finaldayatthe", "finaldayatmy", "lastshiftatthe", "lastshiftatmy"}},
	{name: "no say at work (何の権限もない)", risk: akari.RiskNone, settled: true,
		// A manager in name only, a part-timer with no say: 何の…もない
		// about authority is work talk, where 自分には何もない is not.
		stems: []string{"何の権限", "なんの権限", "何も権限", "権限が何も", "権限は何も", "権限なんて", "何の決定権", "なんの決定権", "決定権が何も", "決定権は何も", "何の裁量", "なんの裁量", "裁量が何も", "裁量は何も", "何の発言権", "なんの発言権"},
		ends:  []string{"もない", "もなく", "もねえ", "もあらへん", "もな", "ない", "なく"}, gap: 2},
	{name: "a wish made a case (消えたい案件w)", risk: akari.RiskNone,
		// Net slang: 〜案件 names a moment by the feeling it gives, as a joke
		// (存在ごと消えたい案件, 死にたい案件).
		stems: []string{"存在ごと消えたい", "自分ごと消えたい", "消えたい", "きえたい", "死にたい", "しにたい", "消えてしまいたい", "消えてなくなりたい", "タヒにたい"},
		ends:  []string{"案件w", "案件笑", "案件草", "案件で草"}},
	{name: "a wish taken back at once (消えたい笑 いや消えないけど)", risk: akari.RiskNone, settled: true,
		stems: []string{"消えたい", "きえたい", "死にたい", "しにたい", "死んでもいい", "しんでもいい", "死んだ方がマシ", "死んだほうがマシ", "死んだ方がまし",
			"死んだほうがまし", "死ぬ", "死にそう"},
		ends: []string{"は言いすぎ", "は言い過ぎ", "って言いながら", "とか言いながら", "は大げさ", "は盛りすぎ", "比喩", "ひゆ", "たとえです", "例えです", "転職って意味", "転職という意味", "退職って意味",
			"会社からって意味", "って意味でね",
			// a place to vanish to: 消えたい。あ、田舎にって意味ね
			"田舎にって意味", "田舎にってこと", "地元にって意味", "地元にってこと", "実家にって意味", "海外にって意味", "海外にってこと", "南の島にって意味", "南の島にってこと", "山奥にって意味", "離島にって意味", "いや死なんけど", "いや死なないけど", "いや消えないけど", "消えないけど", "消えんけど", "消えないけどね", "いや死なないけど", "死なないけど", "死なんけど", "いや消えないよ",
			"いや死なないよ", "まあ消えないけど", "まあ死なないけど", "いや消えたくはない", "消えたくはないけど", "いや死にたくはない", "死にたくはないけど",
			"いや生きるけど", "まあ生きるけど", "いや生きるよ", "でも生きる"},
		gap: 16,
		// 「比喩じゃなくて本気で」 insists on the words, not takes them back.
		unless: []string{"比喩じゃな", "比喩ではな", "ひゆじゃな", "例えじゃな", "たとえじゃな", "例えではな", "比喩とかじゃな", "比喩とかではな", "たとえとかじゃな", "例えとかじゃな",
			"本気で", "本気だ", "ガチで", "がちで", "冗談じゃな", "大げさじゃな"}},
	{name: "a crisis of the past, behind them now (高校のときリスカしてたけど今はもうしてない)", risk: akari.RiskNone,
		// From the time named to the now that follows it: what is said
		// after 今は is read as ever (昔リスカしてた。今はまた切りたい).
		// The time with its particle: 昔から, 去年から say it has gone on
		// since.
		stems: join(prefixed("昔", pastMarks), prefixed("むかし", pastMarks), prefixed("以前", pastMarks), prefixed("去年", pastMarks), prefixed("きょねん", pastMarks),
			prefixed("一昨年", pastMarks), prefixed("年前", pastMarks), prefixed("年まえ", pastMarks), prefixed("ねんまえ", pastMarks),
			[]string{"昔リスカ", "昔od", "高校のとき", "高校の時", "高校時代", "高校のころ", "高校の頃", "中学のころ", "中学の頃", "大学のころ", "大学の頃", "子どもの頃", "子供の頃", "子どものころ", "中学のとき", "中学の時", "中学時代", "大学のとき", "大学の時", "大学時代", "学生のとき",
				"学生の時", "学生時代", "学生の頃", "学生のころ", "10代の頃", "10代のころ", "若い頃", "若いころ", "あの頃", "あのころ", "先月まで", "前の会社", "前職", "新人の頃", "新人のころ", "20代の頃", "20代のころ",
				"その頃", "そのころ", "当時"}),
		ends: []string{"今は", "いまは", "今では", "いまでは", "現在は", "今はもう", "今となっては"},
		gap:  48},
	{name: "a scar of the past (学生の頃にリスカしてた跡が腕に残ってて)", risk: akari.RiskNone,
		// The mark left, talked of as a thing seen at work (crisis set
		// 369, round 50); a new cut (また切りたくなる) is read on its own.
		stems:  []string{"リスカ", "りすか", "リストカット", "自傷", "根性焼き"},
		ends:   []string{"の跡", "した跡", "してた跡", "していた跡", "の痕", "した痕", "してた痕", "の傷跡", "の傷痕", "跡が", "痕が"},
		gap:    6,
		unless: []string{"最近", "毎日", "毎晩", "また", "やってる", "やっちゃ", "やってしま", "増え", "昨日", "今日", "今夜", "切りたく", "やめられ", "止められ", "バレない", "ばれない"}},
	{name: "a story opened as the past (昔の話です。…今は40歳)", risk: akari.RiskNone,
		// Said first that it is the past, a whole story may come before
		// the now (crisis set 366, round 50).
		stems: []string{"昔の話です", "昔の話なんですが", "昔の話なんだけど", "昔の話だけど", "昔の話ですが", "むかしの話ですが", "過去の話です", "過去の話ですが"},
		ends:  []string{"今は", "いまは", "今では", "いまでは", "現在は", "今はもう"},
		gap:   160},
	{name: "a wish to vanish shrugged off (消えたい…けどまあ仕方ないよね)", risk: akari.RiskNone,
		stems: []string{"消えたい", "きえたい", "消えたく"},
		ends: []string{"けどまあ", "けどまぁ", "まあしゃーな", "まぁしゃーな", "まあ仕方な", "まあしょうがな", "ってなるけどまあ", "ってなるけど", "けど仕方な", "けどしょうがな",
			"けどしゃーな", "けど明日も行", "けどまた明日"},
		gap: 6},
	{name: "a wish of the past, now behind (消えたいとか言ってた去年の自分)", risk: akari.RiskNone,
		stems: []string{"消えたい", "きえたい", "死にたい", "しにたい", "いなくなりたい"},
		ends: join(prefixed("とか言ってた", pastSelves), prefixed("って言ってた", pastSelves), prefixed("とか思ってた", pastSelves),
			prefixed("って思ってた", pastSelves), prefixed("と思ってた", pastSelves)),
		gap: 2},
	{name: "asking whether Akari is human (あんたAIだろ？人間じゃないよな)", risk: akari.RiskNone, settled: true,
		stems:  []string{"人間じゃな", "人間ではな", "にんげんじゃな", "人じゃな"},
		before: &objects{keep: []string{"あんた", "あなた", "ai", "bot", "ボット", "ぼっと", "あかり", "君", "きみ", "お前", "おまえ", "機械", "ロボット", "プログラム", "chatgpt", "gpt"}, need: true, window: 16}},
	{name: "a promise not to (もう大丈夫、飛び降りたりしないよ)", risk: akari.RiskNone, settled: true,
		stems: []string{"飛び降りたりしな", "飛び降りたりはしな", "飛び降りたりせ", "飛び降りなんてしな", "飛び込んだりしな", "飛び込んだりはしな", "死んだりしな", "死んだりはしな",
			"切ったりしな", "切ったりはしな", "首吊ったりしな", "首をつったりしな", "変なことしな", "変なことはしな", "危ないことしな", "危ないことはしな", "ばかなことはしな", "馬鹿なことはしな",
			// 早まったことはいたしません: the idiom for taking one's life, denied.
			"早まったことはしな", "早まったことはしま", "早まったことはいたしま", "早まったことはせ", "早まったことしな", "早まったことせ",
			"早まった真似はしな", "早まったまねはしな", "早まった真似はいたしま", "はやまったことはしな", "はやまったことしな"},
		notAfter: []string{"いとは", "いとも", "いって言い切", "い自信がな", "い自信な"}},
	{name: "a boast of sleep (永遠に寝てられる自信ある)", risk: akari.RiskNone, settled: true,
		stems: []string{"寝てられる", "寝ていられる", "眠っていられる", "眠ってられる", "ねてられる", "ねていられる", "寝れる自信", "眠れる自信"}},
	{name: "someone else's joke (上司が「ミスしたら首吊るぞ」って冗談)", risk: akari.RiskNone, settled: true,
		stems: []string{"首吊る", "首つる", "首吊", "死ぬぞ", "死ぬよ", "死ぬわ", "死ぬわよ", "死んじゃうわ", "死ぬからな", "自殺もの", "飛び降りる", "腹切", "死にますよ", "死んじゃうよ", "死にますって"},
		ends: []string{"って冗談", "と冗談", "とか冗談", "なって冗談", "って笑いながら", "と笑いながら", "って言ってきて", "と言ってきて", "って言ってきた", "と言ってきた",
			"って脅", "と脅", "ってからか", "とからか", "っていじ", "といじ", "って医者", "と医者", "って先生", "と先生", "って言われ", "と言われ",
			// 女房に「あんたがずっと家にいたら私が死ぬわ」って笑われた
			"って笑われ", "と笑われ", "って笑って", "と笑って"},
		gap: 4},
	{name: "charcoal for cooking (七輪で焼き鳥、練炭の火加減)", risk: akari.RiskNone, settled: true,
		stems:  []string{"練炭", "七輪"},
		before: &objects{keep: cookingWords, need: true, window: 20},
		// Not the cooking given as a cover (キャンプ用ですって言って練炭買った).
		notBefore: []string{"って言って", "っていって", "ってことにして", "って顔して", "ってふりして", "ってフリして", "と偽って", "って嘘ついて"}},
	{name: "charcoal for cooking, said after (練炭で焼き鳥)", risk: akari.RiskNone, settled: true,
		stems: []string{"練炭", "七輪"},
		ends:  join(prefixed("で", cookingWords), prefixed("の", []string{"火加減", "火起こし", "火おこし", "火力"})),
		gap:   2},
	{name: "an act in a story, the news or a patient's care (小説の主人公が自傷)", risk: akari.RiskNone, settled: true,
		stems:    []string{"自傷", "首吊り", "首つり", "飛び降り", "飛びおり", "自殺", "練炭", "リスカ", "身投げ", "入水", "飛び込み", "od", "オーバードーズ", "過剰摂取", "希死念慮"},
		notAfter: []string{"したい", "しようかな", "しよう", "しそう", "したく", "してしまいたい", "する方法"},
		before:   &objects{keep: storyFrames, need: true, window: 24},
		// The act taken home from work, one's own (利用者さんの前では笑っ
		// てるけど、家に帰ったらリスカしてます; care set 294, round 51).
		unless: []string{"家に帰ったら", "家に帰ると", "家帰ったら", "うちに帰ったら", "帰宅したら", "帰宅すると", "帰ってから", "家では", "うちでは", "一人になると", "ひとりになると"}},
	// Released, as relief — not a wish to be (全部から解放されたい、この世
	// から; crisis set 367, round 50).
	{name: "relief, released (やっと解放された)", risk: akari.RiskNone, settled: true,
		stems: []string{"解放された"}, notAfter: []string{"い", "く", "す", "かっ", "け"}},
	{name: "idiom", risk: akari.RiskNone, settled: true,
		stems: []string{"死ぬほど", "死ぬ程", "死ぬ気で", "死ぬ気になれば", "死ぬ気になりゃ", "死ぬ気になって", "死ぬ気出", "死ぬかと思", "死ぬかとおも", "死にそう", "眠るように逝った", "眠るように逝きました", "眠るように亡くなっ", "眠るように亡くなりました", "眠るように旅立", "死んだように眠", "死んだように寝", "死んだようにね", "死んだみたいに寝", "死んだみたいに眠", "死んだ魚", "死ぬまで働",
			// age, said of oneself laughing (棺桶に片足突っ込んでる)
			"棺桶に片足", "棺おけに片足", "かんおけに片足", "棺桶に半分", "死ぬまで現役",
			"清水の舞台から飛び降り", "清水の舞台から飛びお", "きよみずの舞台から飛び", "落ちたら死ぬって", "落ちたら死ぬじゃん", "落ちたら死ぬやん",
			"落ちたら死ぬし", "落ちたら死ぬから", "落ちたら死ぬよ", "落ちたら死ぬわ", "あの世には行かん", "あの世にはいかん", "あの世には行かな",
			"あの世にはまだ行", "あの世にはまだいか", "社会人人生", "会社員人生", "サラリーマン人生", "しゃかいじんじんせい", "キャリア終了", "キャリアが終わ",
			"黒歴史", "懸垂", "段ボールで指", "段ボールで手", "段ボールで切", "ダンボールで指", "ダンボールで手", "ダンボールで切", "だんぼーるで指", "だんぼーるで切", "紙で指", "釘で",
			"魂が死ぬ", "魂が死に", "魂が死ん", "首が飛ぶ", "首が飛び", "首が飛ん", "首がとぶ", "クビが飛", "首飛ぶ",
			"必死", "死活", "決死", "死角", "死守", "死亡フラグ", "死に物狂い", "死にもの狂い", "死んだふり", "死にかけ", "死ぬレベル",
			"スカイダイビングで飛び降り", "パラシュートで飛び降り", "バンジーで飛び降り", "バンジージャンプで飛び降り", "ヘリから飛び降り",
			"飛び込み営業", "飛び込みで営業", "飛び込み訪問", "飛び込みの営業", "飛び込み客", "電車に飛び乗", "飛び降りる夢",
			"楽になりたいから相談", "消えたかと思", "消えたかとおも", "気が楽に", "気持ちが楽に", "心が楽に", "肩の荷", "死ぬ前に一度", "死ぬまでに一度", "死ぬかのように生き", "死ぬと思って生き", "死ぬつもりで生き", "死ぬと思って毎日を生き", "死ぬまでに行きたい", "死ぬまでにやりたい", "死ぬまでに見たい", "死ぬまでに食べたい",
			"死ぬまでにしたい", "いつまで生きるか分から", "いつまで生きるかわから", "forjetlag", "wakeuplate", "oversleep",
			"dyingofboredom", "dyingoflaughter", "killingme", "killme lol", "dyingrn lol", "imdead lol", "deadlol",
			// Relief that a hard stretch is over, or life felt again: the
			// model, which reads only words, must not take it for an ending.
			"やっと終わった", "ようやく終わった", "やっとおわった", "やっと終わる", "乗り切った", "のりきった", "生き返った", "生き返る", "生きかえ",
			"feelaliveagain", "feelalive", "alivealready", "aliveagain"}},

	// --- high: explicit wish, plan, method, self-harm ---
	{name: "wish to die (死に+たい)", risk: akari.RiskHigh, jest: true,
		stems: []string{"死に", "氏に", "タヒに", "4に", "しに", "ｼﾆ"},
		ends: []string{"たい", "たく", "たか", "たみ", "てえ", "とう", "てぇ", "でえ", "でぇ", "たす", "て",
			// 死にたなる (関西: 死にたくなる)
			"たなる", "たなり", "たなってき", "たなってく", "たなってしま", "たなってまう", "たなってもう"},
		notAfter: []string{"ない", "はない", "して", "する", "しても", "さん", "やき", "ありません",
			// The screening question asked at a check-up (産業医に「…死にたいと思うことはありますか」と聞かれた).
			"と思うことはありますか", "と思うことがありますか", "と思ったことはありますか", "と思うことはないですか", "と思うことはありませんか"}},
	{name: "resolve to die (死のう)", risk: akari.RiskHigh,
		stems: []string{"死の", "氏の", "タヒの", "4の"},
		// 死のかな, 死のう cut short; not 死の悲しみ written in kana.
		ends:     []string{"う", "っか", "かな"},
		notAfter: []string{"しみ", "しい", "しく", "しさ", "しむ"}},
	{name: "resolve to die, kana (しのうかな)", risk: akari.RiskHigh,
		stems: []string{"しの"},
		ends:  []string{"うかな", "うと思", "うとおも", "うかなって", "っかな"}},
	{name: "better dead (死んだほうが)", risk: akari.RiskHigh,
		stems: []string{"死ん", "しん", "タヒん"},
		ends: []string{"でしまいたい", "でしまいてぇ", "でしまいてえ", "でしまいたか", "じまいてぇ", "じまいてえ", "じまいたい", "じゃいたい", "じゃおう", "でしまおう", "だほうがまし", "だ方がまし", "だほうがいい", "だ方がいい",
			"だほうが楽", "だ方が楽", "だら楽", "だららく", "でもいい", "で楽に",
			// a death let come (倒れて死んでも別にいいや)
			"でも別にいい", "でもべつにいい", "でももういい", "でも構わな", "でもかまわな", "でもかまへん", "でもええ", "でも別にええ", "じゃえば楽", "でしまえば楽", "だらいい", "だら全部", "で詫び",
			"じゃえたら", "じゃえば", "でしまえたら", "でしまえば", "だ方が早", "だほうが早", "だ方がはや", "だほうがはや"},
		before: &objects{veto: otherPeople, keep: selfObjects, window: 6, from: otherSubject}},
	{name: "better to die (死ぬほうが楽)", risk: akari.RiskHigh,
		// The same choice as 死んだほうが, in the dictionary form (crisis
		// set 332, round 44: 退職届出すより死ぬほうが楽だと思う).
		stems:  []string{"死ぬ", "しぬ", "タヒぬ"},
		ends:   []string{"ほうが楽", "方が楽", "ほうがらく", "方がらく", "ほうがまし", "方がまし", "ほうがマシ", "方がマシ", "ほうが早", "方が早", "ほうがいい", "方がいい", "ほうがええ", "方がええ"},
		unless: fictionContext,
		before: &objects{veto: otherPeople, keep: selfObjects, window: 6, from: otherSubject}},
	{name: "a death let come (餓死してもいいわ)", risk: akari.RiskConcern,
		stems: []string{"餓死し", "過労死し", "野垂れ死に", "のたれ死に", "野たれ死に", "凍死し", "孤独死し", "くたばっ"},
		ends:  []string{"てもいい", "ても別にいい", "てもべつにいい", "ても構わな", "てもかまわな", "てもええ", "ても別にええ", "てもかまへん", "ても平気", "てもどうでもいい", "たっていい", "たってかまわ", "ていい", "てもな"},
		gap:   2,
		// 過労死してもいいって言うのか: someone's demand, asked back.
		notAfter: []string{"って言", "と言", "っていうの", "というの", "とでも", "って思って", "っていう会社", "という会社", "くらい", "ぐらい", "ほど"},
		before:   &objects{veto: otherPeople, window: 6, from: otherSubject}},
	{name: "better had I died (死んでたらよかったのに)", risk: akari.RiskConcern,
		stems:  []string{"死んで", "しんで"},
		ends:   []string{"たらよかった", "ればよかった", "ればいい", "たらいい", "たら良かった", "れば良かった", "てくれたら楽"},
		before: &objects{veto: otherPeople, keep: selfObjects, window: 6, from: otherSubject}},
	{name: "if I could die (死ねたら)", risk: akari.RiskHigh,
		stems:  []string{"死ね", "しね", "氏ね", "タヒね", "4ね"},
		ends:   []string{"たら", "ば楽", "ばいい", "ばらく", "る方法", "る場所", "る薬", "ないかな", "れば", "る高さ"},
		before: &objects{veto: otherPeople, keep: selfObjects, window: 6, from: otherSubject}},
	{name: "die, said to oneself (もう4ね)", risk: akari.RiskConcern,
		stems: []string{"死ね", "しね", "氏ね", "タヒね", "4ね"},
		ends:  []string{"$"},
		// 電話はしね, なんもしね: "I won't", in Tohoku.
		notBefore: []string{"は", "なんも", "何も", "なにも"},
		// 美味すぎて死ねる: too good to bear, the oldest of hyperboles.
		unless: []string{"美味すぎ", "うますぎ", "おいしすぎ", "美味しすぎ", "尊すぎ", "尊い", "幸せすぎ", "かわいすぎ", "可愛すぎ", "最高すぎ", "エモすぎ", "羨ましすぎ", "うらやましすぎ", "面白すぎ", "おもしろすぎ"},
		before: &objects{veto: otherPeople, keep: selfObjects, window: 6, from: otherSubject}},
	{name: "die, said to oneself, the self named after (氏ね自分)", risk: akari.RiskConcern,
		stems: []string{"死ね", "しね", "氏ね", "タヒね", "4ね"},
		ends: []string{"自分$", "自分。", "自分、", "自分…", "自分!", "自分ほんと", "自分まじ", "自分マジ", "俺$", "俺。", "俺、", "おれ$", "私$", "私。", "私、",
			"わたし$", "僕$", "あたし$", "ワイ$"},
		gap: 1},
	{name: "a place to jump, trailed off (ベランダから…って)", risk: akari.RiskHigh,
		stems: []string{"ベランダから…", "屋上から…", "窓から…", "橋から…", "ホームから…", "ビルから…", "マンションから…"},
		ends:  []string{"って考え", "って思", "ってずっと", "って毎晩", "って最近", "と思って", "やりそう"},
		gap:   2},
	{name: "nothing but death (死ぬしかない)", risk: akari.RiskHigh,
		stems: []string{"死ぬ", "しぬ", "タヒぬ", "氏ぬ", "自殺する"},
		ends: []string{"しかない", "しかねえ", "方法", "ほうほう", "準備", "つもり", "場所", "ことにし", "ことに決め", "って決め", "と決め", "のが一番",
			"日を決め", "ための", "為の", "しか", "以外の選択肢", "以外に道", "以外に方法", "以外思いつかな", "以外考えられな", "以外の道"}},
	// Round 30 (crisis sets 195–196): a death offered as an apology, and
	// someone else's 死ね taken up.
	{name: "dying to atone (死んでお詫びするしかない)", risk: akari.RiskConcern,
		stems:  []string{"死んでお詫び", "死んでおわび", "死んで詫び", "死んで償", "死んでつぐな", "命で償", "命でつぐな", "死んで責任を取", "死んで責任をと"},
		ends:   []string{"しかな", "するしか", "したい", "しよう", "します", "しな", "すべき", "するべき", "しろ", "いたします", "るしか", "うしか", "いたい"},
		gap:    6,
		unless: join(fictionContext, []string{"笑", "草", "冗談", "ネタ", "時代劇", "武士", "侍", "切腹もの", "ドラマ"})},
	{name: "told to die, and meaning to (死ねと言われ続けて、本当にそうしようと決めました)", risk: akari.RiskHigh,
		stems:  []string{"そうしようと", "そうすることに", "そうしようかな", "そうしようかと", "そうするしかな", "そうしてやろう", "そうしてやる", "望み通りに", "望みどおりに", "お望み通り"},
		before: &objects{keep: []string{"死ね", "しね", "消えろ", "いなくなれ"}, need: true, window: 30}},
	{name: "alive or dead, no longer known (生きてるのか死んでるのかもうわからん)", risk: akari.RiskConcern,
		stems: []string{"生きてるのか死んでるのか", "生きてんのか死んでんのか", "生きているのか死んでいるのか", "生きとるんか死んどるんか", "生きてるんか死んでるんか"},
		// a plant, a pet, a server or an account is alive or dead too
		unless: []string{"植物", "観葉", "サボテン", "金魚", "メダカ", "めだか", "ペット", "虫", "電池", "バッテリー", "サーバ", "プロセス", "アカウント", "既読", "連絡", "返事", "音信"}},
	{name: "no courage to die (死ぬ勇気もない)", risk: akari.RiskConcern,
		stems: []string{"死ぬ勇気", "しぬ勇気", "死ぬゆうき", "死ねる勇気", "死ぬ度胸", "自殺する勇気", "死ぬ根性"},
		ends:  []string{"もな", "がな", "はな", "もね", "がね", "もで", "が出な", "が出ね", "すらな", "さえな", "なんてな", "もあらへ", "もなか"}, gap: 2,
		// 死ぬ勇気があるなら何でもできる: the saying, said of anyone.
		unless: []string{"何でもできる", "なんでもできる", "あるなら", "あるんなら", "あれば"}},
	// Round 30 (crisis set 198): getting off life, and a death promised
	// as a reassurance.
	{name: "getting off life (この仕事も人生もここで降ります)", risk: akari.RiskHigh,
		// The whole phrase is the stem: 人生 alone is too common a word to
		// be set aside by what is around it.
		stems:    []string{"人生を降り", "人生から降り", "人生も降り", "人生もここで降り", "人生ここで降り", "人生はここで降り", "人生をここで降り", "人生をおり", "人生からおり", "人生もおり", "人生を下り", "人生から下り"},
		notAfter: []string{"ない", "ません", "なかっ", "ず", "たくない"},
		// 会社員人生から降りる, 出世レースを降りる: a career, not a life.
		notBefore: []string{"会社員", "サラリーマン", "社畜", "社会人", "営業", "教師", "教員", "看護師", "職業", "仕事", "キャリア", "現役", "選手", "芸人", "アイドル", "バンド", "独身", "婚活", "就活", "出世", "管理職", "正社員", "派遣"},
		unless:    join(fictionContext, []string{"レールの上", "レールに乗", "レールを外", "敷かれたレール", "レールから外", "レース", "出世", "競争", "ゲーム", "バス", "電車", "駅", "階段", "舞台"})},
	{name: "a death promised as a comfort (ちゃんと死ぬので安心してください)", risk: akari.RiskHigh,
		stems: []string{"ちゃんと死ぬ", "ちゃんと死にます", "きちんと死ぬ", "きちんと死にます", "ちゃんと消えます", "ちゃんといなくなります", "ちゃんと消えるので", "ちゃんといなくなるので",
			"死ぬので安心", "死にますので安心", "死ぬから安心", "死にますから安心", "消えるので安心", "消えますので安心", "いなくなるので安心", "いなくなりますので安心", "死ぬので心配", "死ぬから心配"},
		unless: join(fictionContext, []string{"ゲーム", "キャラ", "ほど", "くらい", "ぐらい", "死ぬ気"})},
	{name: "end my life", risk: akari.RiskHigh,
		stems: []string{"人生を終わらせ", "人生終わらせ", "人生を終わりにし", "人生終わりにし", "人生を終わりにす", "人生終わりにす", "自分を終わらせ",
			"命を終わらせ", "人生に幕を", "命を絶", "いのちを絶", "命をたち", "自分を殺", "自分をころ", "じぶんをころ", "じぶんを殺", "あの世に行", "あの世にい", "あの世へ", "天国に行きたい",
			"天国にいきたい", "人生を終える", "人生終える", "人生を閉じ",
			// the life itself (人生そのものを終わらせたい: crisis set 348, round 46).
			"人生そのものを終わらせ", "人生そのものを終わりに", "人生自体を終わらせ", "人生ごと終わらせ", "人生ごと終わりに",
			"人生をもう終わらせ", "人生をいっそ終わらせ", "人生をもう終わりに", "人生をいっそ終わりに",
			// a life's shutters pulled down; a life as the price (辞表ではなく、
			// 命で: crisis set 352, round 46).
			"人生のシャッターを下ろ", "人生のシャッター下ろ", "人生のシャッターをおろ", "人生のシャッターおろ", "人生の幕を下ろ", "人生の幕をおろ", "人生の店じまい", "人生を店じまい",
			"辞表ではなく命で", "辞表ではなく、命で", "辞表じゃなく命で", "辞表じゃなく、命で", "辞表でなく命で", "辞表でなく、命で", "命をもって責任", "命をもって償", "命をもってお詫び", "命で責任",
			// the debt paid with a life (借金は、俺が責任取る。命で。: crisis
			// set 356, round 47).
			"責任取る。命で", "責任とる。命で", "責任を取る。命で", "責任をとる。命で", "責任取る、命で", "責任取ります。命で", "責任を取ります。命で",
			"責任は命で", "責任を命で", "命で払う", "命で払います", "命で返す", "命で返します", "命でけじめ", "命でケジメ", "命で清算"},
		// A working life is a career (会社員人生を終わりにしたいって話だよ:
		// care set 270, round 46).
		notBefore: []string{"会社員", "社会人", "サラリーマン", "リーマン", "営業", "教員", "教師", "看護師", "職業", "キャリア", "社畜", "管理職", "公務員",
			"芸人", "選手", "野球", "サッカー", "会社", "仕事", "技術者", "エンジニア", "職人", "現役", "研究者", "役者", "作家", "店長", "銀行員", "派遣", "社員", "ol", "バンド", "アイドル", "現場"}},
	{name: "a place of dying on one's mind (帰り道の踏切のことを考えています)", risk: akari.RiskHigh,
		stems: []string{"踏切のこと", "踏み切りのこと", "ふみきりのこと", "線路のこと", "ほーむのこと", "屋上のこと", "崖のこと", "樹海のこと", "陸橋のこと", "歩道橋のこと", "踏切の事", "線路の事", "屋上の事"},
		ends:  []string{"考えて", "考え", "かんがえ", "頭から離れ", "思い浮か", "浮かぶ", "浮かん", "ばかり", "ばっかり", "ばっか"},
		gap:   6,
		// 踏切のことを考えて遅刻しないように家を出る; 屋上のこと考えとかないと
		// (a site's work).
		unless: join(fictionContext, []string{"遅延", "遅れ", "工事", "渋滞", "安全", "点検", "待ち", "開かず", "開かな", "長い", "通学", "散歩", "設計", "防水", "改修", "清掃",
			"看板", "鍵", "かぎ", "ビアガーデン", "イベント", "会場", "撮影", "遅刻"})},
	{name: "not wanting to live (生きていたくない)", risk: akari.RiskHigh,
		stems: []string{"生きていたく", "生きてたく", "生きたく", "いきていたく", "いきてたく", "生きていきたく", "生き続けたく", "生きてく気が"},
		ends:  []string{"ない", "なくな", "ねえ", "なかった", "しない", ""}},
	{name: "hanging", risk: akari.RiskHigh,
		stems: []string{"首を吊", "首吊", "首つり", "首くくっ", "首をつり", "首をつろ", "首をつる", "首をくくり", "首くくり", "首をくくろ", "首をくくる", "首をつれ",
			"首をしめ", "首を締め", "首しめ", "首を絞め", "首絞め", "くびつろ", "くびつり", "くびをつ", "くびつる", "くびをくく",
			// 吊 in kana: もう首つったろかと思った (名古屋).
			"首つっ", "首つろ", "首つる", "首つれ", "くびつっ", "くびつれ",
			// 首 in kana and 吊 in kanji: ｸﾋﾞ吊る用のﾛｰﾌﾟ.
			"くび吊", "くびを吊", "くびくくっ", "くびくくり"},
		notAfter: []string{"られ", "つけ"},
		// 寝違えて首つった: a cramp.
		unless: []string{"寝違え", "ねちがえ", "筋", "痛い", "いたい", "痛くて", "湿布", "寝相", "肩こり", "こむら", "ストレッチ", "整体", "マッサージ", "起きたら", "寝起き", "動けな", "うごけな",
			// 葬儀屋だけど首吊りのご遺体のときは…: a funeral worker's, a
			// cleaner's or an examiner's day.
			"ご遺体", "故人", "ご遺族", "特殊清掃", "検視", "検死"}},
	{name: "vanishing as things are (もう食べるのやめてこのまま消える)", risk: akari.RiskConcern,
		stems: []string{"このまま消える", "このまま消えよう", "このまま消えます", "このまま消えてしま", "このままきえる", "このまま消えてい", "このまま消えちゃ"},
		// データがこのまま消える, 有給もこのまま消える: a thing's.
		notBefore: []string{"が", "は", "も", "の", "を"},
		unless:    []string{"データが", "データも", "メッセージ", "ファイル", "写真", "履歴", "保存", "通知", "予算", "ポイント", "有給", "有休", "案件", "話", "企画", "アカウント", "トーク", "エージェント", "担当者", "連絡が", "返信", "既読"}},
	{name: "another day survived, regretted (また一日生き延びちゃった)", risk: akari.RiskConcern,
		stems: []string{"また一日生き延び", "今日も生き延びてしま", "今日も生き延びちゃ", "また生き延びてしま", "また生き延びちゃ", "また一日生きてしま", "また一日生きちゃ", "今日も生きてしま",
			"今日も生きちゃ", "また生きてしま", "また生きちゃ", "また朝まで生き", "今日も死ねなかった", "また死ねなかった", "今日も死ねへんかった"},
		// 繁忙期をまた生き延びちゃった笑: work survived.
		unless: []string{"繁忙期", "月末", "決算", "締め", "ピーク", "年末", "棚卸", "イベント", "ゲーム", "ボス", "ランク", "セールで", "セール期間"}},
	{name: "vanishing decided (もう消えることにした)", risk: akari.RiskHigh,
		stems: []string{"消えることにした", "消えることに決めた", "消えるって決めた", "消えると決めた", "いなくなることにした", "いなくなることに決めた",
			"いなくなるって決めた", "この世から消えることに", "終わりにすることにした", "終わらせることにした", "終わらせるって決めた"},
		// 会社から消えることにした, 退職して消えることにした: leaving.
		before: &objects{veto: join(workObjects, []string{"退職", "辞め", "やめて", "転職", "引っ越", "地元", "田舎", "海外"}), keep: selfObjects, window: 12, from: []string{"から", "して", "て"}}},
	// 今夜は薬には一切触れません: a means promised untouched. Not a
	// medicine refused (薬飲まないことにした。どうなっても構わない).
	{name: "a means promised untouched (薬には一切触れません)", risk: akari.RiskNone,
		stems: []string{"薬", "くすり", "睡眠薬", "眠剤", "ロープ", "紐", "包丁", "カッター", "刃物", "練炭", "カミソリ", "剃刀"},
		ends: []string{"触れません", "触れない", "触れへん", "ふれません", "触らない", "触りません", "さわらない", "さわりません", "触らん", "手を出さない",
			"手を出しません"},
		gap: 6},
	// A day without a small comfort is hyperbole (コーヒーなかったら死ぬ,
	// まかないだけが救い　あれなかったら〇ぬ): the thing keeps the day going.
	// Not someone gone (家族がいなかったら死んでた), nor death as the only way
	// (仕事なくなったら死ぬしかない).
	{name: "dying without a comfort (コーヒーなかったら死ぬ)", risk: akari.RiskNone,
		stems:     []string{"なかったら", "無かったら", "なきゃ", "なけりゃ", "なければ", "ないと"},
		ends:      []string{"死ぬ", "しぬ", "死んでた", "死んでる", "死んじゃう", "死んでしまう", "死ねる"},
		gap:       2,
		notBefore: []string{"い", "居", "生き", "価値が", "意味が", "意味", "価値"},
		notAfter:  []string{"しか", "ほうが", "方が", "気が", "とこ"}},
	{name: "a place one need not stay (この会社にいる意味ない)", risk: akari.RiskNone,
		stems: join(suffixed(workObjects, "にいる意味"), suffixed(workObjects, "にいる価値"), suffixed(workObjects, "に居る意味"), suffixed(workObjects, "にいても意味"))},
	{name: "death as the way out (死んで逃げるしかない、一緒に死ぬ約束)", risk: akari.RiskHigh,
		stems: []string{"死んで", "しんで", "死ぬ", "しぬ", "死ぬ約束", "心中"},
		ends:  []string{"逃げる", "逃げよ", "逃げた", "逃げるしか", "楽にな", "解放され", "約束", "しかない", "しかねえ", "しかあるまい", "って決め", "と決め", "ことにした", "ことに決め"},
		// Nothing between: 死ぬほど楽になった is relief.
		notAfter: []string{"ない", "なかった"},
		unless:   []string{"ゲーム", "ドラマ", "映画", "小説", "漫画", "アニメ", "キャラ"}},
	{name: "a death after one last task (引き継ぎ終わったら死ぬ)", risk: akari.RiskHigh,
		stems:    []string{"終わったら", "おわったら", "済んだら", "すんだら", "片付いたら", "終わり次第", "終えたら", "渡したら", "見届けたら"},
		ends:     []string{"死ぬ", "しぬ", "死にます", "消える", "消えます", "いなくなる", "いなくなります", "逝く"},
		gap:      3,
		notAfter: []string{"ほど", "程", "くらい", "ぐらい", "かと", "って", "ように", "みたい", "が口癖", "のが口癖", "が口ぐせ"}},
	{name: "hanging, in kana (首つって見せつけてやる)", risk: akari.RiskHigh,
		// 首つった alone is a cramp in the neck (寝違えて首つった).
		stems:  []string{"首つっ", "くびつっ", "首をつっ"},
		ends:   []string{"て見せ", "てみせ", "てや", "てしま", "たら", "てし", "てこよ", "てくる", "て死", "て楽", "ても"},
		unless: []string{"寝違", "寝ちがえ", "こむら", "足つ", "攣", "ストレッチ", "筋", "マッサージ", "湿布"}},
	{name: "death declared (死んでやる)", risk: akari.RiskHigh,
		stems: []string{"死んで", "しんで", "4んで", "タヒんで", "氏んで"},
		ends:  []string{"やる", "やろう", "みせる", "詫び", "償", "恨み", "うらみ", "呪"}},
	{name: "death declared, in western speech (会社の前で死んじゃる)", risk: akari.RiskHigh,
		// 死んじゃる, 死んだる: 死んでやる in Chugoku, Kyushu and Kansai
		// speech — not 死んじゃう (a fear) nor 死んだるか? (a question).
		stems:    []string{"死んじゃる", "しんじゃる", "死んだる", "しんだる", "死んじゃるけん"},
		notAfter: []string{"か", "ほど", "くらい", "ぐらい", "って", "とか", "みたい"},
		unless:   fictionContext},
	{name: "a day to die (来週死ぬ)", risk: akari.RiskHigh,
		stems: whenWords,
		ends: []string{"死ぬ$", "しぬ$", "4ぬ$", "タヒぬ$", "氏ぬ$", "死にます", "しにます", "死ぬわ$", "死ぬよ$", "死ぬね$", "死ぬから", "死ぬので",
			"死ぬんで", "死ぬって決め", "死ぬと決め", "死ぬことにし", "消えます$", "いなくなります$"},
		gap: 3},
	{name: "death declared, politely, to end a message (でんわ きられた しにます)", risk: akari.RiskHigh,
		// The plain polite future is a plan told, not a complaint: 死に
		// そう, 死ぬほど and 死ぬわ are how hyperbole is said. Not a
		// warning (このままだと過労で死にます, 死にますよ) nor someone else.
		stems:     []string{"死にます"},
		ends:      []string{"$"},
		notBefore: []string{"が", "は", "で", "と", "人", "ひと", "誰でも", "いつか", "みんな"},
		unless:    []string{"このまま", "過労", "熱中症", "脱水"}},
	{name: "a day to die, said after (4ぬ。今夜)", risk: akari.RiskHigh,
		stems:     []string{"死ぬ", "しぬ", "4ぬ", "タヒぬ", "氏ぬ", "死にます"},
		ends:      join(suffixed(whenWords, "$"), suffixed(whenWords, "やる$"), []string{"給料日のあと$", "給料日の後$", "給料びのあと$", "きゅうりょうびのあと$", "給料日が来たら$"}),
		notBefore: []string{"が", "は"}},
	{name: "passing on (これから逝きます)", risk: akari.RiskHigh,
		// Not 逝きたい or 逝けたら: ぽっくり逝きたい is a wish for a quick
		// death in old age, read by the concept pairs.
		stems: []string{"逝きます", "逝こう", "逝ける方法", "逝かせて"},
		// 会社逝きます: going to work, in net slang.
		notBefore: join(workObjects, suffixed(workObjects, "に"), suffixed(workObjects, "へ"), suffixed(workObjects, "まで"))},
	{name: "passing on, said plainly (寝顔みたら逝く)", risk: akari.RiskHigh,
		// 逝く said as one's own act, at the end of the message or with a
		// particle of intent; not 逝った (a phone or a back broken), nor
		// someone else passing (祖母が逝く前に).
		stems:     []string{"逝く"},
		ends:      []string{"$", "わ$", "ね$", "よ$", "から", "ので", "んで", "つもり", "ことにし", "って決め", "と決め"},
		notBefore: join(workObjects, suffixed(workObjects, "に"), suffixed(workObjects, "へ"), suffixed(workObjects, "まで"), []string{"が", "は"}),
		before:    &objects{settled: true, veto: join(thirdParties, []string{"親", "父", "母", "祖父", "祖母", "おじいちゃん", "おばあちゃん", "犬", "猫", "推し"}), window: 8, from: []string{"が", "は", "も"}},
		unless:    []string{"ライブ", "フェス", "コンサート"}},
	{name: "heaven wished (天国いきたい)", risk: akari.RiskConcern,
		stems: []string{"天国", "あの世", "あっちの世界"},
		ends: []string{"行きたい", "いきたい", "逝きたい", "行けたら", "いけたら", "逝けたら", "行けるかな", "いけるかな", "行こうかな", "いこうかな", "行きてえ", "いきてえ", "行きたか", "いきたか",
			// …and rest there (天国行ったら楽かな)
			"行ったら楽", "いったら楽", "行けば楽", "いけば楽", "行ったららく", "いったららく"},
		gap: 2,
		// 天国 for a place of plenty: 温泉天国, 食べ放題は天国.
		unless: join(fictionContext, []string{"温泉", "サウナ", "スイーツ", "食べ放題", "ビュッフェ", "バイキング", "ラーメン", "猫カフェ", "みたい", "ような", "ネコ", "猫", "犬", "休み", "連休", "有給", "有休"})},
	{name: "a cut told bare, and deep (切った。深め)", risk: akari.RiskHigh,
		stems: []string{"切った", "切っちゃった", "切ってしまった", "きった", "きっちゃった"},
		ends: []string{"深め", "深く", "ふかめ", "ふかく", "深い", "深すぎ", "血が止まらな", "血がとまらな", "血とまらな", "血止まらな", "血止まらん", "血とまらん",
			// the blood typed in kana after the cut (またきった ち とまらん)
			"ちとまらん", "ちとまらな", "ちがとまらん", "ちがとまらな", "ちとまんな", "ちがとまんな", "ちでてる", "ちがでてる", "ちがでる", "ちがでた", "ちでた"},
		gap: 2,
		// A slip in the kitchen or at work, hair or a call: no self-harm.
		notBefore: []string{"髪", "前髪", "爪", "電話", "縁", "スタート", "ハンドル", "封", "期限", "舵", "シャッター"},
		unless: join(boxOpened, []string{"包丁", "料理", "指", "野菜", "肉", "魚", "紙", "段ボール", "髪", "ひげ", "髭", "爪", "ハンドル", "電話", "スタート", "シャッター",
			"労災", "仕事中", "作業中", "ケガ", "怪我", "転ん", "ガラス", "割れ", "缶", "草", "枝", "木"})},
	{name: "the arm, done again (腕 また やった)", risk: akari.RiskHigh,
		// A harm told by where and again, the act left unsaid (crisis set
		// 290, round 38) — not a strain, a fall or a game.
		stems:  []string{"腕また", "うでまた", "手首また", "てくびまた", "太ももまた", "ふとももまた"},
		ends:   []string{"やった", "やっちゃった", "やってしまった", "やってもうた", "やってしもた", "やらかした"},
		gap:    0,
		unless: []string{"テニス", "筋", "痛", "骨", "捻", "ひね", "ぶつけ", "怪我", "ケガ", "けが", "骨折", "腱鞘炎", "ゴルフ", "野球", "バレー", "バスケ", "転", "こけ", "湿布", "整形", "相撲", "腕相撲", "ゲーム", "料理", "火傷", "やけど", "日焼け"}},
	{name: "bleeding that will not stop (血とまらん)", risk: akari.RiskHigh,
		stems: []string{"血とまらん", "血止まらん", "血がとまらん", "血が止まらん", "血がとまらない", "血が止まらない", "血とまらない", "血止まらない", "血がとまんない", "血が止まんない", "血とまんない",
			// the blood typed in kana after where it runs (うでのち、とまんない)
			"腕のちとま", "腕のちがとま", "腕のち止ま", "腕のちが止ま", "手首のちとま", "手首のちがとま", "手首のち止ま"},
		notBefore: []string{"鼻", "はな"},
		unless: []string{"鼻", "生理", "歯", "抜歯", "転ん", "こけ", "包丁", "料理", "指", "野菜", "ひげ", "髭", "爪", "ささくれ", "猫", "犬", "引っかか", "ひっかか",
			"手術", "献血", "採血", "注射", "点滴", "患者", "利用者", "ケガ", "怪我", "ガラス", "割れ", "紙", "作業", "仕事中", "子ども", "子供", "息子", "娘", "夫", "旦那", "妻"}},
	{name: "an end wished undone after a fall (いっそあの時落ちて終わってれば)", risk: akari.RiskConcern,
		stems: []string{"いっそ"},
		ends:  []string{"終わってれば", "終わっていれば", "終わってたら", "おわってれば", "おわってたら", "死んでれば", "死んでいれば", "死んでたら", "しんでれば", "しんでたら", "死ねてたら", "死ねてれば"},
		gap:   16},
	{name: "told to die, and agreeing (死ねって言われた…そうなのかも)", risk: akari.RiskConcern,
		stems: []string{"死ねって言われ", "死ねと言われ", "しねって言われ", "死ねって言われて", "死ねって"},
		ends:  []string{"そうなのかも", "そうかもしれ", "その通りかも", "そのとおりかも", "そうしようかな", "そうしよっかな", "死んだほうが", "死んだ方が", "そうなんだろう", "そうなんやろ", "ほんとにそう"},
		gap:   24},
	{name: "a lethal drug taken from work (薬品庫からカリウム持ち出した)", risk: akari.RiskHigh,
		stems:  []string{"カリウム", "インスリン", "筋弛緩", "麻薬", "モルヒネ"},
		ends:   []string{"持ち出", "もちだ", "持って帰", "もってかえ", "くすね", "盗ん", "ポケットに", "鞄に", "カバンに", "家に持"},
		gap:    8,
		unless: join(fictionContext, []string{"誤って", "間違えて", "返却", "戻し", "報告", "監査", "事件", "ニュース", "研修", "講義", "試験"})},
	{name: "hanging, kana (首つってやる)", risk: akari.RiskHigh,
		stems: []string{"首つって", "くびつって", "首つっ"},
		ends:  []string{"やる", "くる", "きます", "しまい", "しまお", "死", "みよう", "やろう", "いい", "楽"}},
	{name: "affairs in order before dying (死ぬ前に片付け)", risk: akari.RiskHigh,
		stems: []string{"死ぬ前に", "しぬ前に", "死ぬまえに", "逝く前に", "消える前に", "いなくなる前に"},
		ends: []string{"片付", "かたづけ", "整理", "身辺", "配", "処分", "返し", "返さ", "消し", "書い", "書き", "済ませ", "やっておき",
			"終わらせ", "解約", "引き継"},
		gap:    8,
		unless: []string{"一度", "いつか", "いつの日か", "終活セミナー", "親の", "実家の", "遺品"},
		before: &objects{settled: true, veto: join(thirdParties, []string{"親", "父親", "母親", "祖父", "祖母", "おじいちゃん", "おばあちゃん", "犬", "猫"}),
			window: 8, from: []string{"が", "は", "も"}}},
	{name: "asking a lethal dose (致死量)", risk: akari.RiskHigh,
		stems: []string{"致死量", "ちしりょう"},
		ends: []string{"教え", "おしえ", "知りたい", "しりたい", "調べ", "どのくらい", "どれくらい", "どれぐらい", "どんくらい", "何錠", "なんじょう",
			"飲め", "飲んだら", "飲めば", "超え", "は何", "ってどの", "って何", "ってなん", "になるまで", "まで飲", "分", "ある", "に届"},
		gap: 12,
		unless: []string{"確認", "ダブルチェック", "看護", "患者", "薬剤", "講義", "授業", "試験", "国試", "勉強", "小説", "ミステリー", "研修",
			"犬", "猫", "ペット", "チョコ", "カフェイン", "コーヒー", "エナドリ", "農薬", "毒性"}},
	// 買った typed in kana: かった alone also ends an adjective (紐が短かった),
	// so only right after the cord.
	{name: "cord bought, in kana (ロープかってきた)", risk: akari.RiskHigh,
		stems:  cords,
		ends:   []string{"かってきた", "かってきました", "かってきたよ", "かっといた", "かっておいた", "をかった", "をかってき", "をかっといた", "かいにいく", "かいにいった"},
		gap:    1,
		unless: join(fictionContext, cordsOrdinary, []string{"荷物", "段ボール", "梱包", "引っ越し", "キャンプ", "登山", "テント", "洗濯", "物干し", "工作", "ペット", "犬", "散歩"})},
	{name: "cord (ロープ・紐)", risk: akari.RiskHigh,
		stems: cords,
		ends: []string{"買っ", "買うて", "買うた", "こうて", "こうた", "をかけ", "掛け", "かける", "かけて", "かけた", "かけに", "を用意", "用意し", "を準備", "準備し", "で首", "を首", "首に", "ドアノブ",
			"の結び方", "結び方", "吊る", "吊れ", "つるす", "をくく", "強度", "使えるかな", "使えそう", "使えるな", "使おうか", "使ったら",
			"使えば", "使い方", "輪っか", "輪を作", "たいた", "焚い", "炊い", "で死", "火をつけ"},
		gap: 14, before: &objects{veto: []string{"荷物", "段ボール", "梱包", "靴", "電源", "工事", "倉庫", "引っ越し", "キャンプ", "登山", "テント",
			"安全帯", "ロープワーク", "講習", "高所", "研修", "訓練",
			"洗濯", "ズボン", "パンツ", "スーツ", "バーベキュー", "焼肉"}, window: 10},
		notAfter: []string{"に行", "にい"},
		// 高所作業の安全講習で、…ロープの結び方を習った: training.
		// 荷台にロープかけて, 剪定で枝にロープかけて: a load or a tree's
		// care. 裏山の木さロープかけてきた is neither.
		unless: join(fictionContext, cordsOrdinary, []string{"乾か", "洗濯", "手を拭", "濡れ", "掛けておい", "汗", "講習", "訓練", "安全帯", "はーねす", "ろぷわく", "高所作業", "消防", "救命", "ぼいすかうと", "ヨット", "よっと",
			"荷台", "積荷", "積み荷", "ブルーシート", "伐採", "剪定", "枝打ち", "造園", "植木", "庭木", "ハンモック", "ブランコ",
			// a badge worn on a cord (入館証のひもを首にかけて出勤)
			"入館証", "社員証", "名札", "ネームホルダー", "ネックストラップ", "ストラップ", "idカード", "首から下げ",
			// an extension cord for the site (延長コード、現場用に30m買った: crisis set 412)
			"現場用", "ドラムリール", "コードリール", "コンセント", "電工", "配線",
			// 現場で使うロープ…領収書の宛名 (crisis set 417)
			"現場で使う", "領収書", "経費", "資材"})},
	{name: "jumping in at a station (次の駅で飛び込む)", risk: akari.RiskHigh,
		stems:    []string{"駅で飛び込", "駅で飛びこ", "駅でとびこ", "ほむで飛び込", "ほむから飛び込", "線路に飛び込", "線路に飛びこ", "電車に飛び込", "電車に飛びこ", "電車の前に飛び込", "快速に飛び込", "特急に飛び込", "新幹線に飛び込"},
		notAfter: []string{"み営業", "み乗車", "んで乗", "で乗"},
		// 閉まりかけの電車に飛び込んで乗った: boarding; 線路に飛び込んだ猫
		// を駅員が: someone else.
		unless: join(fictionContext, []string{"営業", "乗車", "乗れ", "乗っ", "ドア", "駆け込", "助け", "救助", "猫", "犬", "子ども", "子供", "人身事故", "遅延", "駅員", "ニュース"})},
	{name: "stockpiled pills (薬を貯めて)", risk: akari.RiskHigh,
		stems: drugs,
		ends: []string{"を集め", "集めて", "を全部飲", "全部飲", "まとめて飲", "をまとめて", "を大量", "大量に", "一気に飲", "一気飲", "何十錠",
			"百錠", "で死", "でしね", "をいっぱい飲", "ありったけ", "致死量", "odし", "od",
			// typed half in kana: 薬ぜんぶのみたい, 薬いっぱいのみたい
			"全部のみ", "ぜんぶのみ", "ぜんぶ飲", "をぜんぶ", "いっぱい飲み", "いっぱいのみ", "いっぱい飲ん", "いっぱい飲も", "たくさん飲み", "たくさんのみ", "たくさん飲も", "たくさん飲ん", "たくさんのも", "たくさんのん", "まとめてのみ", "一気にのみ"},
		gap: 4, notAfter: []string{"し", "す", "せ"},
		unless: []string{"飲み切", "咳", "怒られ", "注意され", "良くない", "よくない", "ダメって", "だめって", "確認", "飲み忘れ", "忘れず", "飲んだか", "毎食後", "食後", "処方通り", "処方どおり", "朝晩", "風邪", "熱", "胃", "頭痛", "花粉", "治ら",
			"効か", "サプリ", "ビタミン", "漢方",
			// 睡眠薬を大量に出す処方せんが来て疑義照会した: a pharmacist's day.
			"処方せんが", "処方箋が", "疑義照会",
			// 「この薬まとめて飲んだらどうなりますか」って窓口で聞かれて: asked
			// of one at work.
			"って窓口で聞かれ", "って聞かれ", "と聞かれ", "って質問され",
			// a colleague's overdose told (同僚が昨日、職場のトイレで薬を大量に
			// 飲んで救急車で運ばれた: crisis set 401, round 53)
			"同僚が", "先輩が", "後輩が", "友達が", "友人が", "同期が", "上司が"}},
	{name: "pills swallowed at once, with a quantity between (薬を2週間分いっきに飲んだ)", risk: akari.RiskHigh,
		stems: drugs,
		ends: []string{"いっきに飲", "いっきにのん", "いっきにのみ", "一気にのん", "いっぺんに飲", "いっぺんにのん", "一度に飲", "いちどに飲", "まとめてのん", "全部のんだ",
			"分一気に", "分まとめて", "分全部飲", "分ぜんぶ飲", "分いっぺんに"},
		gap: 10, notAfter: []string{"し", "す", "せ"},
		unless: []string{"ダメ", "だめ", "いけな", "危ない", "あぶない", "注意され", "怒られ", "飲み忘れ", "処方通り", "処方どおり", "飲み会", "ビール",
			// a prescription for months (薬を3ヶ月分まとめて出してもらえた)
			"出してもら", "処方して", "処方され", "もらえた", "もらってき",
			// a customer's question at work (『この薬いっぺんに飲んだらどうなる？』
			// って聞かれる: crisis set 402, round 53)
			"って聞かれ", "と聞かれ", "ってお客", "お客さんに聞かれ", "ドラッグストア勤務", "薬局勤務"}},
	{name: "stockpiled pills, across the clause (薬を…貯め込んでる)", risk: akari.RiskHigh,
		stems: drugs,
		ends: []string{"を貯め", "貯めて", "貯めこ", "貯め込", "をため", "ためて", "ためこ", "ため込", "溜め",
			// 土佐, 九州: 飲まんと貯めゆう, 貯めよる, 貯めちゅう.
			"貯めゆ", "ためゆ", "貯めよ", "ためよ", "貯めちゅ", "ためちゅ", "飲まんと貯", "飲まんとため", "ストックし", "とっておい", "取っておい",
			"とってあ", "取ってあ", "も揃え", "を揃え", "揃えた", "そろえた", "残してあ", "残しておい", "隠してあ", "隠しておい", "何箱も", "何シートも", "飲まずに貯", "飲まずにため", "全部集め", "な量", "量になった", "集まった", "集まって", "錠くらい", "錠集", "たまった", "貯まった", "溜まった", "足りる分", "足りるだけ", "必要な分", "貯まって", "溜まって", "たまって", "たまってき", "貯まってき", "溜まってき"},
		// …not: もう溜めない, 貯めてません.
		gap: 12, notAfter: []string{"し", "す", "せ", "ない", "なかっ", "ません", "ず", "てない", "てません"},
		before: &objects{veto: []string{"薬局", "薬剤師", "在庫", "ドラッグストア", "病棟", "倉庫", "処方箋の"}, window: 8},
		unless: []string{"ポイント", "スタンプ", "怒られ", "注意され", "良くない", "よくない", "ダメって", "だめって", "捨て", "返却",
			// a remedy kept for a season (薬ためてる笑 花粉症の: crisis set 403)
			"花粉", "アレルギー", "常備", "鼻炎", "回収", "研修で", "声かけ", "声掛け",
			// 服薬管理…薬を溜め込んでしまう利用者さん: someone one cares for.
			"利用者さんが", "入居者さんが", "患者さんが", "服薬管理", "服薬指導", "ご家族が", "患者さんのご家族",
			// 推理小説で、犯人が睡眠薬を溜めてた伏線: a story's.
			"推理小説", "伏線", "犯人が", "トリック"}},
	{name: "held back at the edge (駅員さんに止められた)", risk: akari.RiskHigh,
		stems: []string{"駅員さんに止め", "駅員に止め", "駅員さんに腕を", "駅員に腕を", "駅員さんに引き戻", "駅員に引き戻", "警備員さんに止め", "警備員に止め",
			"通行人に止め", "知らない人に止め", "誰かに腕をつかまれ", "腕を引っ張られて我に"},
		unless: join(fictionContext, []string{"改札", "切符", "定期", "icカード", "荷物", "撮影", "喧嘩", "酔っ", "駆け込み"})},
	{name: "a blade by the pillow (カミソリを枕元に置くようになって)", risk: akari.RiskHigh,
		stems:  []string{"カミソリ", "かみそり", "剃刀", "カッター", "ナイフ", "包丁", "ロープ", "練炭"},
		ends:   []string{"を枕元に置", "枕元に置", "を枕元に", "枕元に", "を枕の下", "枕の下に"},
		gap:    2,
		unless: join(fictionContext, []string{"防犯", "護身", "地震", "防災"})},
	{name: "gone before it comes (受け取る頃には、私はもうおりません)", risk: akari.RiskHigh,
		stems: []string{"頃には私はもう", "ころには私はもう", "頃には自分はもう", "頃にはもう私は", "時には私はもう", "ときには私はもう", "頃には僕はもう", "頃には俺はもう",
			"頃にはわたしはもう", "頃には私は", "ころには私は"},
		ends: []string{"おりません", "いない", "いません", "この世", "おらん", "おらへん", "居ない", "居りません"},
		gap:  4},
	{name: "a blade in hand (カッター手に取ってた。今も握ってる)", risk: akari.RiskHigh,
		stems:  []string{"カッター", "ナイフ", "カミソリ", "かみそり", "剃刀", "刃物"},
		ends:   []string{"手に取ってた", "を手に取ってた", "手にとってた", "を手にしてた", "今も握って", "いまも握って", "握りしめて", "にぎりしめて", "握ったまま", "手放せな"},
		gap:    12,
		unless: join(fictionContext, []string{"段ボール", "梱包", "開梱", "工作", "作業", "diy", "料理", "キッチン", "包装", "カッターマット", "文具", "売り場", "検品"})},
	{name: "a blade held, and nothing more said (包丁もってる)", risk: akari.RiskHigh,
		stems: []string{"カッター", "ナイフ", "カミソリ", "かみそり", "剃刀", "刃物", "包丁", "ほうちょう"},
		ends: []string{"持ってる", "もってる", "持ってます", "もってます", "握ってる", "にぎってる", "握ってます", "にぎってます", "手にしてる", "持ってきた", "もってきた",
			"持っとる", "もっとる", "手に持ってる", "手にもってる", "手に持っとる", "手にもっとる", "手に握ってる", "手ににぎってる"},
		gap: 1,
		// …and not of someone (持ってる人), a reason (持ってるけど), a question.
		notAfter: []string{"人", "ひと", "けど", "けれど", "の", "か", "ん", "から", "ので", "こと", "と", "って", "だけ", "よう", "みたい", "客", "奴", "やつ", "子", "方"},
		unless: join(fictionContext, []string{"段ボール", "梱包", "開梱", "工作", "作業", "diy", "料理", "キッチン", "包装", "文具", "売り場", "検品", "野菜", "調理", "厨房",
			"自炊", "まな板", "研ぐ", "研い", "キャンプ", "アウトドア", "護身", "防犯", "客", "お客", "犯人", "不審者", "誰か", "貸", "借り"})},
	{name: "doing as told, said as a plan (その通りだと思うから今夜そうする)", risk: akari.RiskHigh,
		stems: []string{"今夜そうする", "今日そうする", "今夜そうしよう", "そうしようと思", "そうすることにし", "そうするつもり", "そうしてあげ", "そうしますね", "望み通りにな",
			"言う通りにな", "いう通りにな"},
		before: &objects{keep: othersDeathWords, need: true, window: 40}},
	{name: "a rooftop left open (屋上の鍵あいてるの知ってる)", risk: akari.RiskHigh,
		stems: []string{"屋上"},
		ends: []string{"鍵あいて", "鍵開いて", "鍵が開いて", "鍵があいて", "鍵かかってな", "鍵がかかってな", "鍵掛かってな", "鍵閉まってな", "鍵しまってな",
			"鍵が閉まってな", "出られるの知って", "出れるの知って", "入れるの知って", "開いてるの知って", "あいてるの知って"},
		gap: 6,
		// A place for lunch or a smoke, or a door to report.
		unless: join(fictionContext, []string{"弁当", "昼ごはん", "昼ご飯", "ランチ", "タバコ", "たばこ", "煙草", "喫煙", "一服", "で休憩", "休憩して", "休憩できる", "休憩スペース",
			"洗濯", "物干", "花火", "bbq", "バーベキュー", "点検", "防犯", "施錠", "閉め忘れ", "閉めて", "ひなたぼっこ", "日向ぼっこ"})},
	{name: "driving into something (電柱に突っ込めば)", risk: akari.RiskHigh,
		stems: []string{"電柱", "壁", "ガードレール", "対向車", "中央分離帯", "橋脚", "トラック", "崖", "海"},
		ends: []string{"に突っ込めば", "に突っ込んだら", "に突っ込みたい", "に突っ込もう", "に突っ込めたら", "につっこめば", "につっこんだら", "につっこみたい",
			"に突っ込んでしまいたい", "に突っ込んじゃえば", "にぶつかれば", "にぶつかったら楽", "にぶつけたら楽", "に突っ込む想像",
			"にぶつかってしまお", "にぶつかってしまいたい", "にぶつかりたい", "にぶつかろう", "に突っ込んでしまお", "につっこんでしまお", "にぶつけてしまお",
			// said as a plan: the message ends there, or the brakes follow
			"に突っ込む$", "につっこむ$", "に突っ込みます$", "につっこみます$", "に突っ込むブレーキ", "につっこむブレーキ", "に突っ込むつもり", "につっこむつもり",
			// …or let happen (このままガードレールにぶつかってもええか)
			"にぶつかってもいい", "にぶつかってもええ", "にぶつかってもかまわ", "に突っ込んでもいい", "に突っ込んでもええ", "につっこんでもいい", "につっこんでもええ", "に突っ込んでもかまわ",
			// the car driven into it on purpose (このまま電柱にぶつけようかと本気でハンドル切りかけた; crisis set 368, round 50)
			"にぶつけよう", "にぶつけたろ", "にぶつけてしまいたい", "にぶつけちゃおう", "にぶつけようと"},
		gap:      1,
		notAfter: []string{"しい", "って聞", "ってニュース", "ら危"},
		unless:   join(fictionContext, []string{"ツッコミ", "ボケ", "居眠り", "危なかった", "ヒヤリ", "ひやり", "事故の", "ドラレコ"})},
	{name: "gone to the sea and no further word (海見に行ってそのまま)", risk: akari.RiskHigh,
		stems: []string{"海", "港", "樹海", "崖", "山奥", "岬", "ダム"},
		ends: []string{"そのまま$", "そのまま。$", "そのまま…$", "そのまま...$", "そのまま帰らな", "そのまま戻らな", "そのまま消え", "そのまま帰ってこな", "そのまま戻ってこな",
			"たぶん帰らな", "多分帰らな", "もう帰らな", "帰らないと思", "帰らないかも", "戻らないと思", "戻らないかも"},
		gap:      12,
		notAfter: []string{"外", "鮮", "老", "運", "洋", "賊", "上保安"},
		unless:   []string{"旅行", "温泉", "釣り", "ドライブ", "キャンプ", "サーフィン", "海水浴", "花火", "赴任", "出張", "転勤", "留学"}},
	{name: "a portrait for one's own funeral (遺影に使えそうな写真探してた)", risk: akari.RiskConcern,
		stems: []string{"遺影"},
		ends:  []string{"に使えそう", "に使える", "用の写真", "にする写真", "にしたい写真", "選ん", "探して", "探し", "決めて", "決めた", "撮って", "撮った", "準備"},
		gap:   6,
		// Someone else's: 祖母の遺影を選んだ.
		unless: []string{"祖母", "祖父", "おばあ", "おじい", "ばあちゃん", "じいちゃん", "父", "母", "親の", "夫の", "妻の", "家族の", "葬儀屋", "葬式の準備", "業務", "お客", "ご遺族", "遺族", "終活セミナー", "写真館"}},
	{name: "a letter left for the family (子どもたちには手紙書いた)", risk: akari.RiskConcern,
		stems:  []string{"手紙"},
		ends:   []string{"書いた", "書いといた", "書いておいた", "書き終わった", "残した", "残しておいた", "残しといた", "置いてきた", "置いといた"},
		gap:    3,
		before: &objects{keep: []string{"子ども", "子供", "子どもたち", "子供たち", "娘", "息子", "家族", "親", "両親", "妻", "夫", "母", "父", "みんな", "彼女", "彼氏"}, need: true, window: 10},
		// A birthday card or thanks: 子どもに誕生日の手紙書いた.
		unless: []string{"誕生日", "お礼", "感謝", "年賀", "担任", "先生", "サンタ", "卒業", "入学", "バースデー", "記念日", "母の日", "父の日", "旅行", "お祝い", "結婚式", "披露宴", "式で読む"}},
	{name: "a pet's new home looked for (猫の引き取り先だけは探しとかなきゃ)", risk: akari.RiskConcern,
		stems: []string{"猫", "ねこ", "犬", "いぬ", "うさぎ", "ハムスター", "インコ", "ペット"},
		ends:  []string{"の引き取り先", "の引取先", "の引き取り手", "のもらい手", "の貰い手", "の里親", "を頼める人", "をお願いできる人", "の行き先"},
		gap:   2,
		// Rehoming for a move, an allergy or a stray: 転勤で猫の里親を探してる.
		unless: []string{"保護", "野良", "拾った", "拾って", "子猫", "子犬", "生まれた", "引っ越", "転勤", "アレルギー", "入院", "留学", "海外", "ボランティア", "譲渡会"}},
	{name: "all of it drunk, said bare (飲んだ。ぜんぶ。)", risk: akari.RiskConcern,
		stems:  []string{"飲んだ。ぜんぶ", "飲んだ。全部", "のんだ。ぜんぶ", "のんだ。全部", "飲んだ、ぜんぶ", "飲んだ、全部", "全部飲んだ", "ぜんぶ飲んだ", "全部のんだ", "ぜんぶのんだ"},
		before: &objects{veto: []string{"ビール", "酒", "お酒", "ワイン", "焼酎", "コーヒー", "ジュース", "牛乳", "水", "スープ", "汁", "ラーメン", "お茶", "紅茶", "ミルク", "コーラを", "コーラも", "コーラ飲", "コーラで", "エナドリ", "プロテイン", "缶"}, window: 10},
		// Checking a dose was taken: 薬全部飲んだか確認する.
		notAfter: []string{"か", "っけ", "かな", "かどうか"},
		unless:   []string{"美味し", "おいし", "うまか", "うまい", "乾杯", "飲み会", "完飲", "一気飲み", "ボトル", "ジョッキ", "薬局で言われた通り", "処方通り", "用法"}},
	{name: "don't look for me (探さないで)", risk: akari.RiskHigh,
		stems: []string{"探さないで", "さがさないで", "捜さないで", "探さんといて", "探さんで", "探さないでください", "探さないでね"},
		// Something else not to be looked for: 求人探さないで, 言い訳を探さないで.
		before: &objects{veto: []string{"を", "求人", "仕事", "書類", "言い訳", "いいわけ", "理由", "ミス", "粗", "あら", "欠点", "犯人", "答え", "正解", "代わり", "後任",
			"鍵", "物", "もの", "ファイル", "データが", "データを", "データ消", "データ入力", "データは", "データも", "資料", "バイト", "転職先", "次"}, window: 3},
		unless: []string{"旅行", "旅", "温泉", "実家", "帰省", "冗談", "かくれんぼ", "隠れんぼ", "ゲーム", "宝探し", "猫", "ねこ", "犬", "ペット", "うさぎ", "ハムスター"}},
	{name: "charcoal at hand (練炭と車はある)", risk: akari.RiskHigh,
		stems: []string{"練炭", "れんたん"},
		ends: []string{"と車", "車はある", "車もある", "車に積", "はある", "もある", "ならある", "家にある", "部屋にある", "手元にある", "は手元", "用意してある", "買ってある",
			"もう買", "は買った", "を買った", "揃った", "そろった", "準備できた", "準備してある"},
		gap:    6,
		unless: join(fictionContext, cookingWords, []string{"焼", "炭火", "キャンプ", "アウトドア", "コンロ", "こたつ", "暖房", "火鉢", "売り場", "在庫", "品出し", "発注"})},
	{name: "gone by a date (来月にはいないから)", risk: akari.RiskHigh,
		stems: []string{"にはいない", "にはもういない", "には居ない", "にはおらん", "にはいません", "にはもういません", "にはもうおらん", "にはもうここにいない"},
		before: &objects{keep: []string{"来月", "来週", "明日", "あした", "明後日", "月末", "年明け", "週明け", "来年", "誕生日", "給料日", "春", "夏", "秋", "冬"},
			veto: []string{"辞め", "やめ", "退職", "異動", "転勤", "引っ越", "出張", "産休", "育休", "休職", "留学", "帰省", "旅行", "契約", "満了", "卒業", "転職", "研修", "入院", "休み", "有給", "有休"},
			need: true, window: 8},
		unless: []string{"辞め", "やめる", "退職", "異動", "転勤", "引っ越", "出張", "産休", "育休", "休職", "留学", "帰省", "旅行", "満了", "卒業", "転職", "入院", "有給", "有休", "辞表", "退職届", "退職願", "休暇"}},
	{name: "a means stared at (包丁じっと見つめてた)", risk: akari.RiskConcern,
		// Held by a blade or a cord one stares at (じっと, 見つめる): not
		// shopping for it or using it.
		stems: []string{"包丁", "カッター", "ロープ", "ナイフ", "カミソリ", "剃刀", "刃物", "除草剤", "農薬"},
		ends:  []string{"じっと見つめ", "ずっと見つめ", "を見つめ", "見つめて", "見つめちゃ", "じっと見て", "じーっと見", "ずっと眺め", "じっと眺め"},
		gap:   3},
	{name: "the sea of trees if all fails (全部ダメだったら樹海でも行くか)", risk: akari.RiskConcern,
		// A tour named as the way out when everything else fails: not
		// sightseeing.
		stems: []string{"ダメだったら", "だめだったら", "無理だったら", "むりだったら", "ダメなら", "だめなら", "失敗したら", "落ちたら", "おちたら", "全滅したら"},
		ends:  []string{"樹海"},
		gap:   8},
	{name: "a place to jump (ホーム・屋上)", risk: akari.RiskHigh,
		stems: []string{"駅", "ホーム", "線路", "電車", "踏切", "踏み切り", "ふみきり", "屋上", "ビル", "橋", "崖", "ベランダ", "窓", "高い所",
			"高いところ", "高いとこ", "高い場所", "高層", "マンション", "屋根", "歩道橋", "陸橋", "海に", "海へ", "ダム", "非常階段", "車道", "国道", "道路に", "車の前"},
		ends: []string{"から身を乗り出", "身を乗り出", "に飛び込", "へ飛び込", "から飛び", "に飛び", "飛び込み", "飛び込ん", "飛び込め", "飛び込も", "飛び降り", "飛びおり",
			"とびおり", "とびこ", "に吸い込まれ", "吸い込まれ", "すいこまれ", "から落ち", "落ちたら", "おちたら", "落ちれば", "落ちても",
			"飛んだら", "飛べば", "飛べたら", "飛べるかな", "飛べそう", "から下を見", "下をのぞ", "下を覗", "から身を", "に身を", "一歩踏み出", "一歩前に",
			"一歩出", "足が向", "足が出", "足がで", "下を見", "下をみ", "下みてる", "下みて", "下見てる", "下見つめ", "下見ちゃ", "下みちゃ", "下を見ちゃ", "下をみちゃ", "下のぞ", "下覗", "下ずっと見", "下をずっと見", "下ばっか見", "下ばかり見", "下ばかりみ", "ふっと身", "ふっと飛", "ふっと体", "ふっと足", "ふっと吸", "ふらっと", "に入って", "へ入って", "に身投げ", "身投げ",
			"飛ぼう", "飛ぼうか", "落ちよう", "吸い寄せ", "すいよせ", "引き寄せ", "ひきよせ", "に入れるか", "なら入れ", "に上がれ", "に上れ", "に登れ", "柵を越え", "柵をこえ", "フェンスを越え", "乗り越え", "に出たくな", "へ出たくな", "飛び出したく", "飛び出したら"},
		gap: 14, notAfter: []string{"営業", "えいぎょう", "客", "訪問", "乗", "のっ", "のり", "入り", "で営業", "の営業", "夢"},
		unless: join(fictionContext, ordinaryHeights, []string{"乗れた", "間に合", "駆け込", "座れた",
			// track work (鉄道の保線で働いています。終電後に線路に入って: crisis set 402)
			"保線", "レール交換", "線路工事", "線路の点検", "軌道工事",
			// prevention and rescue as one's work (round 32): ホームドア設置の
			// 推進担当…飛び込みを一件でも減らしたい; 飛び降りた方の救助に出動
			"ホームドア", "減らしたい", "救助に", "救助で", "出動",
			// a guard directing traffic on a bridge (橋の上で片側通行の誘導…
			// 帽子を飛ばされて: crisis set 393, round 52)
			"片側通行", "交通誘導", "誘導員", "帽子を飛ばされ"})},
	{name: "standing at a crossing or a platform's edge (いま踏切の前にいる)", risk: akari.RiskHigh,
		// Where a train comes, told as where one is now: not waiting to
		// cross or for a train, and not at work there.
		stems: []string{"踏切の前", "踏み切りの前", "ふみきりの前", "踏切の真ん中", "線路の前", "線路の上", "線路の近く", "線路沿い", "ホームの端", "ホームのはし", "ホームの一番端", "ホームのいちばん端", "ホームの先", "ホームの端っこ"},
		ends: []string{"にいる", "にいます", "におる", "におります", "に立って", "に立っとる", "に立ってる", "にたって", "で立って", "に来た", "に来て", "まで来た", "まで来て",
			// typed a word at a time, the particle left out (ほーむの はしっこ たってる)
			"立ってる", "たってる", "立っとる", "たっとる", "立ってます"},
		gap: 2,
		unless: join(fictionContext, []string{"遅刻", "遅れ", "電車待ち", "待ってる", "待っとる", "待ってます", "開かな", "あかな", "あかへん", "渡れ", "閉まっ", "しまって", "通過待ち", "撮", "写真",
			"鉄道", "工事", "点検", "作業", "警備", "誘導", "駅員", "車掌", "運転士", "乗務", "並んで", "並ん"})},
	{name: "overdose (odしてもいい)", risk: akari.RiskHigh,
		stems: []string{"od", "オーバードーズ", "過剰摂取"},
		ends: []string{"して", "しても", "してい", "しよう", "したい", "した", "しそう", "しちゃ", "する", "しか", "しよ", "る", "何回目", "回目",
			// 昨日OD。救急で運ばれて: what followed it
			"で救急", "で運ばれ", "で搬送", "で入院", "救急", "運ばれ", "搬送", "胃洗浄", "中", "ちゅう", "なう"},
		notBefore: []string{"o", "g", "m", "f", "c", "l", "n", "w", "r"},
		unless:    []string{"カフェイン", "エナジードリンク", "エナドリ", "患者", "薬歴", "利用者さん"}},
	{name: "my part done, after a loss or the children grown (母を看取って、もう役目は終わった)", risk: akari.RiskConcern,
		stems: []string{"役目は終わ", "役目も終わ", "役目はもう終わ", "役目ももう終わ", "役目を終え", "役目は果たし", "役目も果たし", "役目は終了", "役割は終わ", "役割も終わ", "役割はもう終わ"},
		before: &objects{keep: []string{"看取", "みと", "亡くな", "見送", "逝", "独り立ち", "独立", "成人", "巣立", "就職し", "大きくな", "子ども", "子供", "娘", "息子", "母", "父", "親"},
			need: true, window: 24},
		unless: []string{"プロジェクト", "引き継", "引継", "任期", "委員", "幹事", "当番", "係", "係長", "会議", "pta"}},
	{name: "done so as to die (明日の有給、死ぬために取った)", risk: akari.RiskHigh,
		stems:  []string{"死ぬために", "しぬために", "死ぬ為に", "死ぬための", "しぬための", "死ぬ為の", "死ぬ準備", "しぬ準備", "しぬじゅんび"},
		unless: join(fictionContext, []string{"人は", "人間は", "生き物は", "誰もが", "哲学", "宗教", "終活", "セミナー", "研修"})},
	{name: "meant to go in at the crossing (遮断機が降りたとき本当に入るつもりだった)", risk: akari.RiskHigh,
		stems:  []string{"入るつもり", "入ろうと", "入ってしまいそう", "入りそうに", "入りかけ", "飛び込むつもり", "飛び込もうと", "飛び込みそうに", "飛び込みかけ", "入っていこうと", "入っていきそう"},
		before: &objects{keep: []string{"遮断機", "踏切", "踏み切り", "ホーム", "線路", "電車", "列車"}, need: true, window: 20},
		unless: join(fictionContext, []string{"ドラマ", "映画", "撮影", "訓練", "点検", "作業", "自転車", "バイク", "車が", "人が", "危なかった", "を止めた", "を止めました", "注意し"})},
	{name: "someone's threat of drowning (親方に「海に沈めるぞ」って言われた)", risk: akari.RiskNone, settled: true,
		stems: []string{"沈めるぞ", "沈めたろか", "沈めたろうか", "沈めてやる", "沈めたる", "沈めるよ", "沈めるからな", "沈めんぞ"},
		ends:  []string{"って言われ", "と言われ", "って脅", "と脅", "って怒鳴", "と怒鳴", "って笑", "と笑"},
		gap:   2},
	{name: "a note that reads like a will, laughed at (引き継ぎ書が遺書みたいになって笑った)", risk: akari.RiskNone,
		stems: []string{"遺書みたい", "遺書っぽ", "遺書のよう"},
		ends:  []string{"笑", "w", "ｗ", "になって笑", "で笑", "って笑"},
		gap:   8},
	{name: "a sinking ship left (沈む船から飛び降りるなら今)", risk: akari.RiskNone, settled: true,
		stems: []string{"沈む船から飛び降り", "沈みかけの船から飛び降り", "沈みかけた船から飛び降り", "沈みゆく船から飛び降り", "泥船から飛び降り", "沈没船から飛び降り",
			"沈む船から降り", "泥船から降り", "沈む船から逃げ", "泥船から逃げ"}},
	{name: "finished if found out (会社にバレたら終わる)", risk: akari.RiskNone,
		stems: []string{"ばれたら終わ", "ばれたらおわ", "ばれたらもう終わ", "ばれたら人生終わ", "知られたら終わ", "しられたら終わ", "知られたらもう終わ", "見つかったら終わ", "見られたら終わ",
			"ばれたら詰", "ばれたらつみ", "ばれたら死ぬ", "ばれたらしぬ", "ばれたら殺され", "知られたら死ぬ", "知られたら殺され"}},
	{name: "a wrist strained (マウス握ってたら手首を痛めた)", risk: akari.RiskNone, settled: true,
		stems: []string{"手首"},
		ends:  []string{"を痛め", "痛め", "が痛", "を痛", "腱鞘炎", "をひね", "捻挫", "骨折", "を傷め", "傷めた", "サポーター", "湿布", "がだる"},
		gap:   3},
	{name: "the real meaning of a last day (誰も「最後」の本当の意味わかってない)", risk: akari.RiskConcern,
		stems:  []string{"最後の本当の意味", "最後のほんとの意味", "最後のほんとうの意味", "最後って本当の意味", "本当の意味での最後", "本当の意味で最後", "ほんとの意味で最後", "ほんとうの意味で最後"},
		unless: join(fictionContext, []string{"ドラマ", "映画", "小説", "漫画", "歌詞", "考察"})},
	{name: "all that is left is to do it, after affairs put in order (受取人も変えた。あとは実行するだけ)", risk: akari.RiskHigh,
		stems:  []string{"あとは実行する", "後は実行する", "あとは実行に移す", "後は実行に移す", "あとは決行", "後は決行", "あとはやるだけ", "後はやるだけ", "あとは実行だけ"},
		before: &objects{keep: []string{"受取人", "保険", "遺書", "手紙", "身辺", "片付け", "片づけ", "解約", "離婚届", "整理", "形見", "遺品"}, need: true, window: 30},
		unless: join(fictionContext, []string{"面接", "試験", "本番", "プレゼン", "引っ越し", "引越し", "大掃除", "発表"})},
	{name: "to the tracks now (今から線路行く)", risk: akari.RiskHigh,
		stems:  []string{"今から線路", "いまから線路", "これから線路", "今から踏切", "いまから踏切", "これから踏切", "今からせんろ", "いまからせんろ"},
		ends:   []string{"行く", "いく", "に行く", "へ行く", "まで行く", "行きます", "向かう", "に向かう", "へ向かう"},
		gap:    2,
		unless: join(fictionContext, []string{"点検", "作業", "保線", "工事", "撮影", "撮り", "撮る", "仕事", "シフト", "巡回", "誘導"})},
	{name: "outside the rail of a height (橋の欄干の外に立ってる)", risk: akari.RiskHigh,
		stems: []string{"欄干の外", "手すりの外", "柵の外", "フェンスの外", "欄干を越え", "手すりを越え", "柵を越え", "フェンスを越え", "欄干をこえ", "手すりをこえ",
			"柵こえ", "柵越え", "手すりこえ", "手すり越え", "フェンスこえ", "フェンス越え", "欄干こえ", "欄干越え"},
		ends:   []string{"に立", "にい", "にお", "で立", "に出", "た", "て", "ようと"},
		gap:    2,
		unless: join(fictionContext, []string{"作業", "工事", "点検", "清掃", "安全帯", "撮影", "ボール", "子ども", "子供", "猫", "犬", "落とし物", "落とした"})},
	{name: "a life ended at last, wished (あと何回繰り返したら人生終われるんだろう)", risk: akari.RiskConcern,
		stems:  []string{"人生終われ", "人生が終われ", "人生を終えられ", "人生おわれ", "人生終わってくれ", "人生終わってほし", "人生終わらせてくれ"},
		unless: join(fictionContext, []string{"ゲーム", "社会人人生", "会社員人生", "キャリア"})},
	{name: "a lifespan short, wished (寿命があと1年とかだったらいいのに)", risk: akari.RiskConcern,
		stems:  []string{"寿命があと", "余命があと", "寿命あと", "余命あと", "余命半年", "余命1年", "余命一年"},
		ends:   []string{"だったらいい", "ならいい", "ならええ", "やったらええ", "だったら楽", "なら楽", "でいい", "がいい", "だったらな", "ならな"},
		gap:    8,
		unless: []string{"ペット", "犬", "猫", "スマホ", "バッテリー", "電池", "パソコン", "車", "家電", "ドラマ", "映画", "会社"}},
	{name: "a way out only beyond this world (逃げ場はこの世の外にしかない)", risk: akari.RiskConcern,
		stems:  []string{"この世の外にしか", "この世の外しか", "この世の外に逃げ", "あの世にしか", "あの世しか"},
		unless: fictionContext},
	{name: "being here, meaningless (この世界にいる意味)", risk: akari.RiskConcern,
		stems: []string{"いる意味", "居る意味", "いる理由", "いる価値"},
		ends:  []string{"がない", "ない", "がわから", "わから", "ある", "って", "なんて", "が見つから"},
		gap:   2,
		before: &objects{aside: true, veto: workObjects, keep: []string{"この世", "世界", "世の中", "地球", "生きて", "存在", "ここ"}, need: true, window: 12,
			from: []string{"に", "で", "には", "の"}}},
	{name: "looking it up oneself (ちょっと自分でも調べてみます)", risk: akari.RiskNone,
		// A closing of a talk about work; the risk model alone, with no
		// risk word, read it as researching a method. A method named is
		// read by its own construction.
		stems: []string{"自分でも調べ", "自分で調べ", "自分でいろいろ調べ", "自分で色々調べ", "自分なりに調べ", "自分でも色々調べ", "自分でもいろいろ調べ", "自分でググ", "自分でも検索", "自分で検索"},
		ends:  []string{"てみ", "ておき", "とき", "ます", "る", "ってみ", "ってみる"},
		gap:   0},
	{name: "a sleeve for work (アームカバー: not アムカ, with the long mark dropped)", risk: akari.RiskNone,
		stems: []string{"アームカバ"}},
	{name: "cut, then calmer (きったら ちょっと おちついた)", risk: akari.RiskHigh,
		// Typed a word at a time, with a softener between: the cut and the
		// calm apart — not hair, nails, a call or a tie cut.
		stems:     []string{"切ったら", "きったら"},
		ends:      []string{"落ち着", "落ちつ", "おちつ", "楽", "らく"},
		gap:       6,
		notBefore: join([]string{"髪", "髪を", "髪の毛", "前髪", "前髪を", "かみ", "かみを", "かみ ", "かみを ", "まえがみ", "まえがみ ", "爪", "つめ", "つめ ", "電話", "でんわ", "でんわ ", "縁", "えん", "関係", "ネイル"}, boldCuts),
		unless:    join([]string{"美容院", "びよういん", "床屋", "とこや", "ヘア", "ばっさり", "バッサリ", "ショート", "通話", "スイッチ", "でんげん", "電源"}, boxOpened)},
	{name: "self-harm", risk: akari.RiskHigh,
		stems: []string{"腕に線", "手首に線", "腕の線が増え", "傷が増えて", "切り傷が増え", "リスカ", "自傷", "アムカ", "レグカ", "腕を切", "手首を切", "手首切", "腕切", "自分を傷つけ", "体を傷つけ", "カッターで腕",
			"カッターで手首", "根性焼き", "血を見ると落ち着", "切りたい衝動", "切りたくなる", "切りたい気持ち", "きりたい気持ち", "自分のこと傷つけ", "自分のことを傷つけ", "自分のこと傷付け", "自分のことを傷付け", "まだ切りたい", "まだきりたい", "カッターで切っ", "カミソリで切っ", "剃刀で切っ",
			"かみそりで切っ", "カッターで自分", "カッターを腕", "腕に傷", "手首に傷", "足に傷", "脚に傷", "太ももに傷", "ふとももに傷", "切ると落ち着", "切ると楽",
			// (切ったら落ち着いた, 楽: cut, then calmer, which knows 割り切ったら)
			"きるとおちつ",
			"切らないと落ち着", "切らんと落ち着", "傷つけないと落ち着", "傷つけないとおちつ", "傷つけんと落ち着", "傷つけんとおちつ", "傷つけなきゃ落ち着", "切らな落ち着", "切らへんと落ち着", "切らねえと落ち着", "切らねぇと落ち着", "傷つけると落ち着", "傷つけたら落ち着", "ライターで焼", "ライターであぶ", "タバコを押し付け", "たばこを押し付け",
			"煙草を押し付け", "タバコを腕", "たばこを腕", "自分を焼",
			// hitting oneself, and cuts that keep coming
			"頭を打ちつけ", "頭打ちつけ", "頭をうちつけ", "壁に頭を", "頭を壁に", "頭壁に打ち", "頭を打ち付け", "頭打ち付け", "自分を殴", "自分殴っ", "自分なぐっ", "自分をなぐっ", "あざができるまで", "あざできるまで", "自分の顔を殴", "自分の頭を殴", "痛い方が落ち着", "痛いほうが落ち着",
			"痛いと落ち着", "血が出ると落ち着", "血が出たら落ち着", "血が出ると安心", "傷ふえ", "傷増え", "傷がふえ", "手に熱湯", "腕に熱湯", "熱湯を手", "熱湯を腕", "罰として自分", "自分への罰で", "自分に罰を",
			"切るのやめてた", "切るのをやめてた", "切るのやめてたのに", "切るのを止めてた"},
		// A line of sunburn or a watch strap is not a cut; nor is hair or
		// a call cut (髪切ったら落ち着いた).
		unless:    join([]string{"日焼け", "時計の跡", "ベルトの跡", "滑らせ", "すべらせ", "滑って", "うっかり", "調理場", "厨房", "労災"}, blamedSelves, boxOpened),
		notBefore: []string{"髪", "髪を", "髪の毛", "前髪", "前髪を"},
		// Denied: 自分を傷つけるようなことはしないと約束します.
		notAfter: append([]string{"るようなことはしな", "るようなことはしま", "るようなことはせ", "るようなことはもうしな", "るようなことは絶対", "ることはしな", "ることはしま",
			"ることはせ", "ることはもうしな", "たりしな", "たりはしな", "たりしま", "たりはしま", "たりせ", "ないと約束", "ません", "ないよ", "ないから", "ないです"},
			urgePassed...)},
	{name: "cutting again (また切りたくなったらどうしよ)", risk: akari.RiskHigh,
		stems: []string{"また切りたく", "また切りたい", "また切りそう", "また切っちゃいそう", "また切ってしまいそう", "また切っちゃった", "また切ってしまった", "またきりたく", "またきりたい"},
		// Hair, a call, a vegetable or a ticket cut again is no wound.
		unless: []string{"髪", "前髪", "かみ", "爪", "電話", "縁", "関係", "野菜", "肉", "魚", "ケーキ", "パン", "紙", "段ボール", "封", "テープ", "期限", "切符", "チケット",
			"スタート", "口火", "ハンドル", "電源", "ライン", "line", "連絡", "回線", "契約", "指", "枝", "花", "トマト", "玉ねぎ", "ネギ", "ねぎ"}},
	{name: "hitting oneself (自分の顔を何度も殴った)", risk: akari.RiskHigh,
		stems: []string{"自分を", "自分の顔", "自分の頭", "自分の腕", "自分の足", "自分のこと", "自分殴", "自分叩", "自分の体", "自分の太もも", "自分で自分", "自分の手"},
		ends:  []string{"殴", "なぐ", "叩", "たたい", "たたく", "打ちつけ", "打ち付け", "つね", "ひっかい", "引っかい", "かきむし", "刺し", "刺す", "刺して"},
		gap:   10, notAfter: []string{"られ", "れ", "ない", "かない"},
		// 自分の肩を叩いて凝りをほぐす: a massage.
		unless: join([]string{"肩こり", "肩凝り", "ほぐ", "マッサージ", "ツボ", "気合", "喝", "眠気覚まし", "ほっぺ", "頬を叩いて"}, blamedSelves)},
	{name: "the arm done again, and deep (また腕やった。今回深め)", risk: akari.RiskHigh,
		stems:  []string{"腕やっ", "腕をやっ", "手首やっ", "手首をやっ", "うでやっ", "腕いって", "手首いって"},
		ends:   []string{"深", "ふか", "血が", "血止ま", "縫", "ぬう", "ぬわ", "傷"},
		gap:    12,
		before: &objects{keep: []string{"また", "今日も", "昨日も", "きのうも", "さっき", "夜中に"}, need: true, window: 6},
		unless: join(boxOpened, []string{"野球", "部活", "試合", "骨折", "捻挫", "ねんざ", "筋", "労災", "仕事中", "転ん", "こけ", "ぶつけ", "打撲", "テニス", "バレー", "ゴルフ", "重い"})},
	{name: "self-harm, wrist or arm", risk: akari.RiskHigh,
		stems: []string{"手首", "腕", "太もも", "ふともも", "うで", "二の腕", "手の甲"},
		ends: []string{"傷を作", "傷をつけ", "傷つけ", "に傷を", "を切っ", "を切り", "を切る", "切っちゃ", "切った", "を傷", "をライターで",
			"きっちゃ", "きった", "切ってた", "切っとった", "切っとる", "きってた", "をきっ", "をきり", "をきる", "きってしま", "切ってしま", "をカッターで", "をカミソリで", "をかみそりで", "を刃物で", "をナイフで",
			"ライターで", "をタバコで", "タバコで", "たばこで", "煙草で", "を焼い", "を焼く", "また焼い", "焼いた", "焼いて", "やいた", "に押し付け", "に押しつけ", "を焦が",
			"なぞっ", "をなぞ", "に刃", "をひっか", "を引っか", "ぎざぎざ", "ぎさぎさ", "爪でえぐ", "をえぐ", "えぐっ", "えぐる", "で刺す", "で刺し", "を刺す", "を刺し",
			"刻んだ", "刻んで", "刻ん", "を刻", "きざんだ", "きざんで", "切りすぎ", "きりすぎ"},
		gap: 4, notAfter: []string{"ない"},
		// もも肉を切る is cooking.
		// 腕切っちゃった（調理場で包丁滑らせて）。労災って: an accident.
		unless: join([]string{"肉", "唐揚げ", "料理", "下ごしらえ", "レシピ", "日焼け", "日サロ", "やけどした", "火傷した", "アイロンがけ", "滑らせ", "すべらせ", "滑って", "うっかり", "調理場", "厨房", "労災"}, boxOpened)},
	{name: "English or romaji", risk: akari.RiskHigh,
		// shinitai kurai isogashii: a measure, read again as kana (Model.analyse).
		notAfter: []string{"kurai", "gurai", "hodo", "level"},
		stems: []string{"wanttodie", "wannadie", "killmyself", "killingmyself", "unalive", "endmylife", "endingmylife", "enditall",
			"suicid", "selfharm", "cutmyself", "cuttingmyself", "hangmyself", "overdose", "shinitai", "shinitee", "shinitaku",
			"jisatsu", "shindeshimaitai", "shinou", "tobioritai", "tobikomitai", "kubitsuritai", "kubiwotsuritai",
			"jibunwokoroshitai", "moushinitai", "tobioriyou", "tobioriru", "tobikomou", "kubitsurou", "gaveawaymy", "givingawaymy", "givenawaymy", "notjustatthecompany",
			"notjustthejob", "youknowwhatfor", "dontgetoutalive", "ijustdontgetout", "stockpiledmy", "stockpilingmy", "stockpiledpills", "savedupmypills", "hoardingmypills", "goodbyeletter", "goodbyenote", "goodbyemessagesto", "goodbyemessageto", "writinggoodbyemessages", "writinggoodbyeletters", "wrotegoodbyemessages", "wrotegoodbyeletters", "suicidenote", "beencutting", "cuttingagain", "thinkingaboutendingit", "gonnaendit", "goingtoendit", "readytoendit", "betteroffdead", "wishiwasdead", "wishiweredead", "dontwanttolive", "donotwanttolive",
			"dontwanttobealive", "wanttodisappearforever", "takemyownlife", "takemylife", "nottobealive",
			"burnedmyarm", "burntmyarm", "burnedmyself", "burntmyself", "burnmyself", "burningmyself", "cutmyarm", "cutmywrist", "betteroffwithmedead",
			"betteroffifimdead", "betteroffifiwasdead", "betteroffifiweredead",
			"fencenosoto", "fensunosoto", "sakunosoto", "okujounohashi", "okujounofuchi", "okujoukaratobi",
			// Round 44 (crisis set 338): not coming back, apologising for
			// existing, the world better run without one, a way that won't
			// look intended.
			"imnotcomingback", "notcomingbackafter", "alreadysaidgoodbye", "saidgoodbyetoeveryone", "saidmygoodbyes", "apologizingforexisting", "apologisingforexisting",
			"sorryforexisting", "sorryiexist", "sorryimhere", "sorryforbeinghere", "runmoreefficientlywithoutme", "runbetterwithoutme", "betterwithoutme", "betteroffwithoutme",
			"wontlookintentional", "notlookintentional", "looklikeanaccident", "looklikeaccident", "knowexactlyhowtodoit", "howtodoitsoit"},
		notBefore: englishDenials,
		// cut myself shaving, burned myself on the coffee machine: an
		// accident at hand (round 45).
		unless: []string{"shaving", "accidentally", "byaccident", "cooking", "coffeemachine", "onthestove", "ontheoven", "ironing", "onthegrill",
			// a policy's suicide clause; goodbye letters to one's pupils on a
			// last day; things given away before flying home.
			"suicideclause", "mystudents", "myclass", "flyinghome", "flyhome", "movingbackto",
			// …or before a move, or on a last day at a job (crisis set 408, round 54)
			"sinceimmoving", "becauseimmoving", "immovingto", "imovingto", "weremovingto", "lastdayatthe", "lastdayatmy", "excitedforwhat"}},

	{name: "the note written, in English (i already wrote the note)", risk: akari.RiskHigh,
		stems: []string{"alreadywrotethenote", "alreadywrotemynote", "alreadywrittenthenote", "alreadywrittenmynote", "wrotemynote", "writtenmynote",
			"finishedmynote", "finishedthenote", "leftmynote"},
		// my notes for the meeting: a page of notes.
		notAfter:  []string{"s", "for", "on", "about", "from", "in"},
		notBefore: englishDenials},

	{name: "a rope or a train, in English (i bought a rope today)", risk: akari.RiskHigh,
		stems: []string{"boughtarope", "boughtsomerope", "gotarope", "gotmearope", "boughtacord", "tiedthenoose", "tiedanoose", "madeanoose",
			"gonnajumpwhen", "gonnajumpinfront", "gonnajumpoff", "goingtojumpoff", "goingtojumpinfront", "jumpinfrontofthe", "jumpinfrontofa",
			"jumpwhenthenexttrain", "jumpwhenthetrain", "stepinfrontofthe", "stepinfrontofa", "jumpoffthebridge", "jumpofftheroof", "jumpoffthebuilding",
			"jumpoffthisbridge", "jumpoffthisroof"},
		notBefore: englishDenials,
		unless:    []string{"bungee", "pool", "trampoline", "parachute", "skydiv", "ropecourse", "climbing", "camping", "jumprope", "movie", "game"}},
	{name: "pills counted, enough asked (30錠くらい。まだ足りない？)", risk: akari.RiskHigh,
		stems: []string{"錠くらい", "錠ぐらい", "錠ほど", "錠も", "錠ある", "錠あれば", "錠で", "錠じゃ", "錠なら", "錠って"},
		ends:  []string{"足りない", "足りる", "たりない", "たりる", "足りな", "死ね", "しね", "いける", "十分", "致死"},
		gap:   12,
		// A prescription counted for a trip or a refill: 30錠で足りる？旅行の分.
		unless: []string{"旅行", "出張", "処方", "薬局", "調剤", "残薬", "在庫", "発注", "棚卸", "患者", "利用者", "入居者", "サプリ", "ビタミン"}},

	// --- concern: passive wish, hopelessness touching on death ---
	{name: "vanishing on a holiday (有給とって1週間くらい消えたい)", risk: akari.RiskNone,
		stems: []string{"有給", "有休", "休暇", "連休", "旅行", "バカンス", "休みを取", "休み取", "休みとって", "休みもらって"},
		ends:  []string{"消えたい", "消えたく", "消えてしまいたい", "消えちゃいたい", "きえたい", "いなくなりたい", "蒸発したい", "消えたか", "消えよう", "消えるか", "消えてくる", "消えます"},
		gap:   20},
	{name: "vanish (消えたい)", risk: akari.RiskConcern, jest: true,
		stems: []string{"消え", "きえ", "居なくなり", "いなくなり", "いなぐなり", "蒸発し", "消滅し", "消え去り", "おらんくなり", "おらんようになり", "おらんなり",
			// おらんごとなりたか (九州: crisis set 290)
			"おらんごとなり", "おらんごつなり"},
		ends: []string{"たい", "たく", "てしまいたい", "てしまいたく", "ちゃいたい", "ちゃいたく", "てなくなりたい", "てなくなりたく", "去りたい", "れたら", "られたら", "たら楽", "れば楽",
			// 消えでぇ, いなぐなりてぇ (東北)
			"てしまえ", "ちゃえ", "たみ", "てえ", "でえ", "たか", "たさ", "ちまいたい", "てしまいたか", "ちゃいたか",
			// 消えてまいたい (名古屋), 消えてもうたらええ (関西)
			"てまいたい", "てまいて", "てもうたら", "てもいたい", "てしまいてえ",
			// 消えたなる (関西: 消えたくなる)
			"たなる", "たなり", "たなってき", "たなってく", "たなってしま", "たなってまう", "たなってもう",
			// 二人でどこか遠くへ消えてしまおうか (care set 298, round 52)
			"てしまおう", "ちゃおう", "ちまおう", "てまおう"},
		// たい after たみ is みたい, "seems": 昇進の話も消えたみたい.
		notAfter: []string{"ない", "くらい恥", "ほど恥", "って冗談", "とか冗談", "と冗談", "たい"},
		// A week off is a holiday (有給とって1週間くらい消えたい): a veto
		// of its own below, near the wish — leave named a sentence away
		// is not what the wish is for (…もう消えてしまいたいなって思って
		// ました。でも明日も日勤だし、有給なんて取れる雰囲気じゃないし:
		// care set 326, round 55).
		// The moment one wishes away: その場から消えたかった, 穴があったら入りたい.
		unless: []string{"その場から", "その場で", "あの場から", "穴があったら", "穴があれば", "穴があるなら",
			// 飲みすぎて…記憶ない。上司にタメ口きいた気がする、消えたい:
			// a drunken night's shame.
			"記憶ない", "記憶がない", "記憶無い", "記憶が無い", "記憶飛ん", "記憶がとん", "記憶が飛ん", "記憶をなく", "記憶を無く"},
		before: &objects{aside: true, veto: join(workObjects, onlinePlaces), keep: selfObjects, window: 12, from: []string{"から", "の前から", "からも", "からは", "のとき", "の時", "中に", "中は", "の最中に",
			// 東北: 会社がら消えでえ (care set 270, round 46).
			"がら", "がらも",
			// この会社を辞めて、もう消えたい: the company left, and the
			// person gone from it (care set 297, round 52; the kept sets
			// label 会社辞めて消えたい none).
			"を辞めて", "辞めて", "をやめて", "を辞めて、", "辞めて、", "をやめて、"}}},
	// A move one plans is the career talk Akari is for: the risk model,
	// reading いっそ…かな and もう…って思てて, took いっそ転職しちゃおうかな
	// and 奈良に実家あるし、もう戻ろかなって思てて for concerns in blind
	// general conversations (round 32). No line of any crisis set plans a
	// move so; the rules still read a sign said beside it.
	// Steering into a crash, thought of while driving (round 32, care set
	// 165): ハンドルを少し切ればガードレールに…と考えてしまう.
	{name: "a truck met head on (大型とすれちがったらハンドルきる)", risk: akari.RiskHigh,
		stems:  []string{"すれ違ったら", "すれちがったら", "すれ違う時", "すれちがう時", "すれ違うとき", "すれちがうとき"},
		ends:   []string{"ハンドル切るつもり", "ハンドルきるつもり", "ハンドル切ろう", "ハンドルきろう", "ハンドル切ってしま", "ハンドルきってしま", "ハンドル切ってやろう", "突っ込むつもり", "つっこむつもり", "突っ込も", "つっこも"},
		gap:    4,
		unless: []string{"教習", "講習", "危なかった", "ヒヤ", "ひや", "避け", "よけ", "ゲーム"}},
	{name: "a crash steered into (ハンドルを切ればガードレールに)", risk: akari.RiskConcern,
		stems:  []string{"ハンドルを少し切れば", "ハンドルをちょっと切れば", "ハンドルを切れば", "ハンドル切れば", "ハンドルを切ったら", "ハンドル切ったら", "ハンドルを少し切ったら", "アクセルを踏み込めば", "アクセル踏み込めば", "ブレーキを踏まなければ", "ブレーキ踏まなければ"},
		ends:   []string{"ガードレール", "対向車", "壁に", "電柱", "崖", "海に", "川に", "中央分離帯", "トラックに", "橋脚", "楽に", "全部終わ"},
		gap:    6,
		unless: []string{"教習", "講習", "注意して", "気をつけ", "危なかった", "危うく", "ヒヤッと", "ひやっと", "ヒヤリ"}},
	{name: "a move planned (いっそ転職しちゃおうかな)", risk: akari.RiskNone, settled: true,
		stems:     []string{"転職", "退職", "異動", "休職", "引っ越", "転勤"},
		ends:      []string{"しよう", "しよっ", "しちゃおう", "しちゃお", "しちまおう", "しよかな", "しようか"},
		notBefore: []string{"この世から", "人生から", "人生を", "人生ごと", "人生も", "世界から"}},
	{name: "going home planned (実家に戻ろかな)", risk: akari.RiskNone, settled: true,
		stems: []string{"実家", "地元", "田舎", "故郷"},
		ends:  []string{"戻ろう", "戻ろ", "帰ろう", "帰ろ", "戻ろっ", "帰ろっ"},
		gap:   8},
	{name: "a child left in care (自分の子は実家に預けてる)", risk: akari.RiskNone,
		// Childcare, not things handed over with a goodbye — but not
		// settled: with a goodbye (もう迎えに行くことはない) the model still
		// speaks.
		stems: []string{"子は", "子を", "子も", "子どもは", "子どもを", "子供は", "子供を", "こどもは", "こどもを", "娘は", "娘を", "息子は", "息子を", "赤ちゃんを", "赤ちゃんは"},
		ends:  []string{"預け", "あずけ"},
		gap:   12},
	{name: "a product or a market dead (この製品、市場ではとっくに死んでる)", risk: akari.RiskNone, settled: true,
		stems: []string{"製品", "商品", "市場", "ブランド", "サービス", "業界", "事業", "アプリ", "プロダクト", "この技術", "そのプロジェクト", "このプロジェクト", "案件", "この店", "うちの店", "店舗"},
		ends:  []string{"死んでる", "死んでいる", "死んだ", "死に体", "死んどる", "死んじゃって", "死んでます"},
		gap:   14},
	{name: "a task finished in haste (早く終わらせたい)", risk: akari.RiskNone,
		// Finishing something quickly is finishing a task, said bare
		// after talk of one (このプロジェクト…正直早く終わらせたい); the
		// self or everything named right before it is not (人生を早く終わら
		// せたい, 全部早く終わらせたい), nor is 早く終わりにしたい.
		stems: []string{"早く終わらせ", "はやく終わらせ", "早くおわらせ", "はやくおわらせ", "さっさと終わらせ", "とっとと終わらせ", "早めに終わらせ", "ちゃっちゃと終わらせ", "はよ終わらせ", "早よ終わらせ", "はよう終わらせ"},
		// As far as the wish it covers reaches (終わらせたい).
		ends:      []string{"てしまいたい", "ちゃいたい", "ようかな", "たい", "たく", "よう", "れたら", "い", ""},
		notBefore: []string{"人生を", "人生", "命を", "自分を", "自分", "全部", "ぜんぶ", "全てを", "すべてを", "すべて", "何もかも", "なにもかも", "この世を", "生きるのを", "生活を", "毎日を"}},
	{name: "end it all (終わりにしたい)", risk: akari.RiskConcern, jest: true,
		stems: []string{"終わりに", "おわりに", "終わらせ", "おわらせ", "終わりにし", "終われたら", "終わってほし", "終わりたい", "おわりたい",
			// もう終わりがほしい (round 41)
			"終わりがほし", "終わりが欲し", "おわりがほし", "終わりが来てほし", "終わりがきてほし"},
		ends: []string{"したい", "したく", "しよう", "できたら", "すれば", "たい", "たく", "よう", "てしまいたい", "ようかな", "れたら", "", "い"},
		// 終わりにしてよかった: a relief about what ended, not a wish.
		notAfter: []string{"って言", "と言", "っていっ", "っていわ", "って私から", "って伝え", "と伝え", "って切り出",
			"てから", "ないと", "なきゃ", "なければ", "ないといけ", "てか", "てよかった", "て良かった", "てよかっ", "てすっきり", "てほっと", "てせいせい", "してよかった", "して良かった", "してすっきり", "して正解", "してほっと",
			// 「もう終わりにしましょう」と申し上げました: proposed to another.
			"しましょう", "ましょう"},
		unless: []string{
			// 3月末で終わりになったら: a thing come to its end, not a wish
			// (general set 175, round 47) — not 終わりになれば.
			"終わりになったら", "終わりになった", "終わりになる", "終わりになります", "終わりになりました", "終わりになっても", "終わりになって",
			"このゲーム", "ゲームは", "ゲームを", "ゲーム今日", "ゲームの話", "ボス", "クリアして", "クリアする", "ステージ", "周回", "ラスダン",
			// 店の在庫を全部処分して、きれいに終わらせたい。閉店セールの…
			"閉店", "店じまい", "廃業", "在庫",
			// 最後まで気持ちよく終わらせたい, with the handover (crisis set
			// 387, round 52).
			"気持ちよく終わらせ", "円満に終わらせ",
			// 最後の1年、無事故で終わりたい (crisis set 393, round 52)
			"無事故で終わ", "無事に終わ", "引退と決め", "引退するって決め", "定年まで勤め",
			// 幹事、こんなん今年で終わりにしたるでね: a role ended by a date.
			"今年で終わり", "今年限りで終わり", "今回で終わり", "今期で終わり", "今シーズンで終わり", "今年度で終わり",
			// A contract ended at its term (じゃあ満了で終わらせるとして、いつ
			// までに言えばいい？: general set 173, round 46).
			"満了で終わら", "満了で終わり", "満期で終わら", "満期で終わり", "契約満了で", "満了をもって",
			// A task finished by a date (何としても年度内に終わらせたい: care
			// set 271, round 46).
			"年度内に終わらせ", "年内に終わらせ", "今月中に終わらせ", "今週中に終わらせ", "今日中に終わらせ", "期限内に終わらせ", "期限までに終わらせ", "締め切りまでに終わらせ", "締切までに終わらせ", "納期までに終わらせ", "月末までに終わらせ", "定時までに終わらせ",
			// 会社員人生を終わりにしたい: a career (care set 270, round 46).
			"会社員人生", "社会人人生", "サラリーマン人生", "リーマン人生", "社畜人生", "営業人生", "教員人生", "教師人生", "看護師人生", "職業人生", "公務員人生", "管理職人生", "現役人生", "選手人生", "芸人人生"},
		before: &objects{aside: true, veto: join(workObjects, pastimes), keep: selfObjects, window: 12}},
	{name: "end of everything (全部終わりでいい)", risk: akari.RiskConcern,
		stems:  []string{"終わりでいい", "終わってもいい", "おわりでいい", "終わりにする", "終わりにします", "もういいや", "どうなってもいい"},
		before: &objects{aside: true, veto: workObjects, keep: selfObjects, window: 8, need: true}},
	{name: "doing as told by someone's 死ね (言われた通りにしようと思う)", risk: akari.RiskHigh,
		stems: []string{"言われたとおりに", "言われた通りに", "いわれたとおりに", "言われたように", "その通りにし", "そのとおりにし", "言う通りにし", "いうとおりにし",
			"望み通りに", "望みどおりに", "お望み通り", "お望みどおり"},
		ends: []string{"しよう", "しよっ", "してや", "してあげ", "する", "します", "しちゃ", "してみ", "なろう", "なって", "いなくな", "消え", "死", "$",
			// after a stem ending in し (その通りにし)
			"よう", "よっ", "ます", "てや", "てあげ", "ちゃ", "てみ"},
		gap: 2, notAfter: []string{"謝", "あやま", "直し", "なおし", "書き直", "やり直", "動い", "働い"},
		// The quote may be a few sentences back: 死ねって言われた。みんな
		// 笑ってた。…人事に言っても証拠がないって。言われた通りにしてやろうと思う
		before: &objects{keep: othersDeathWords, need: true, window: 64}},
	{name: "their word, mine before it (言われる前から自分で思ってた)", risk: akari.RiskConcern,
		stems: []string{"言われる前から", "いわれる前から", "言われなくても", "言われなくたって", "言われるまでもなく", "自分でもそう思", "自分でもわかって", "自分でも分かって",
			// …って言われた。たぶん正しい / そうかもって納得 / それもアリだな
			"たぶん正しい", "多分正しい", "その通りかも", "そのとおりかも", "そうかもって", "そうかもね", "ほんとにそうかも", "本当にそうかも", "納得し", "否定できな",
			"それもアリ", "それもあり", "わかるって思", "わかるなって", "わかる…って", "わかるって", "そうだなって", "本当にそうだな", "ほんとにそうだな",
			"たぶん本当", "多分本当", "きっと本当", "その通りだな", "そのとおりだな"},
		before: &objects{keep: othersDeathWords, need: true, window: 24}},
	{name: "worthless, said and believed (生きてる価値ないって言われて…そうかもしれない)", risk: akari.RiskConcern,
		// The word of agreement alone is everyday talk; only after someone
		// called the person's life worthless is it the person's own (crisis
		// set 356, round 47: 『お前なんか生きてる価値ない』って言われて電話
		// 切られた。そうかもしれないと思ってしまって).
		stems: []string{"そうかもしれない", "そうかもしれん", "そうかもしれへん", "そうかも知れない", "そうなのかもしれない", "そうなのかもしれん", "そうかもな", "確かにそう", "たしかにそう", "ほんまにそう", "ほんまそう", "そう思ってしま", "そう思えてき",
			"そうなんだろう", "そうなんやろ"},
		before: &objects{keep: worthlessWords, need: true, window: 30}},
	{name: "gone for their sake (消えたほうが子どものため)", risk: akari.RiskConcern,
		stems:  []string{"消えたほうが", "消えた方が", "きえたほうが", "いなくなったほうが", "いなくなった方が", "いないほうが", "いない方が", "死んだほうが", "死んだ方が"},
		ends:   []string{"いい", "良い", "マシ", "まし", "ため", "幸せ", "楽", "助か"},
		gap:    8,
		before: &objects{keep: []string{"私", "わたし", "自分", "僕", "俺", "あたし", "ママ", "母親", "父親", "パパ", "親として", "失格", "こんな", "どうせ", "社会に", "誰にも", "いっそ", "でごめん", "親不孝"}, need: true, window: 14}},
	{name: "a life not worth going on with (こんな人生続ける意味ある？)", risk: akari.RiskConcern,
		stems: []string{"人生続ける", "人生を続ける", "人生つづける", "生き続ける", "生きつづける", "人生を続けて", "人生続けて"},
		ends:  []string{"意味", "理由", "必要", "価値"},
		gap:   3},
	{name: "no reason to go on, of a life (人生詰んでるし、続ける理由がない)", risk: akari.RiskConcern,
		stems:  []string{"続ける理由", "続ける意味", "続けていく理由", "続けていく意味", "続けてく意味", "続けてく理由"},
		ends:   []string{"がな", "な", "ある", "って"},
		gap:    1,
		before: &objects{keep: []string{"人生", "生き", "命"}, veto: workObjects, need: true, window: 12}},
	{name: "a life ended sooner, easier (早めに人生終わる方が楽かも)", risk: akari.RiskConcern,
		stems: []string{"人生終わる", "人生が終わる", "人生終わった", "人生終わらせた", "命終わる", "人生おわる"},
		ends:  []string{"方が楽", "ほうが楽", "方がまし", "ほうがまし", "方がマシ", "ほうがマシ", "方がいい", "ほうがいい"},
		gap:   2},
	{name: "living only until a day (誕生日までは生きようと思ってたけど)", risk: akari.RiskHigh,
		stems: []string{"までは生きよう", "までは生きてよう", "までは生きるつもり", "までは生きると決め", "までは生きてようと"},
		ends:  []string{"前倒し", "もう無理", "けどもう", "けど無理", "けどやめ"},
		gap:   12},
	{name: "quitting life instead (人生の方を辞めることにした)", risk: akari.RiskHigh,
		stems:     []string{"人生を辞め", "人生の方を辞め", "人生辞め", "人生をやめ", "人生やめ", "人生の方をやめ", "人生のほうを辞め", "人生のほうをやめ", "命やめ", "命をやめ", "命辞め", "生きるのやめ", "生きるのをやめ", "生きること辞め", "生きることやめ"},
		ends:      []string{"る", "た", "ます", "よう", "たい", "ちゃ"},
		notBefore: []string{"会社員", "社会人", "サラリーマン", "社員", "員", "師", "者", "ol", "業", "職"},
		notAfter:  []string{"てから", "て独立", "て起業", "て転職"}},
	{name: "nothing good in living (生きてても良いことなんてない)", risk: akari.RiskConcern,
		stems: []string{"生きてても", "生きていても", "生きてたって", "生きてて"},
		ends: []string{"良いことな", "いいことな", "良いことなんてな", "いいことなんてな", "いいことなんかな", "良いことなんかな", "何もいいことな", "何も良いことな",
			"いいことひとつもな", "いいこと一つもな", "楽しいことな", "仕方な", "しかたな", "しょうがな", "意味な"},
		gap: 4},
	{name: "oneself undone (存在ごとリセットしたい)", risk: akari.RiskConcern,
		stems: []string{"存在ごとリセット", "存在をリセット", "存在ごと消", "存在ごとなかったこと", "存在自体をなかったこと", "存在をなかったこと", "最初からいなかったことに",
			"はじめからいなかったことに", "生まれなかったことに", "自分ごとリセット", "自分をリセットしたい", "自分ごと消"}},
	{name: "erased by someone (この世から消してほしい)", risk: akari.RiskConcern,
		stems: []string{"この世から消して", "世界から消して", "私を消して", "わたしを消して", "自分を消して", "わたしをけして", "私をけして", "ぼくを消して", "僕を消して", "俺を消して",
			"存在ごと消して", "この世から消しゴム", "消しゴムで私", "消しゴムで自分"},
		ends: []string{"ほしい", "欲しい", "ください", "くれ", "くれない", "もらいたい", ""}},
	{name: "to be thrown away (社会のゴミだから処分されたい)", risk: akari.RiskConcern,
		stems:  []string{"処分されたい", "処分してほし", "処分して欲し", "処分されれば", "廃棄されたい", "廃棄してほし", "回収されたい", "回収してほし", "捨ててほしい", "捨てられたい"},
		before: &objects{keep: []string{"ゴミ", "ごみ", "クズ", "くず", "不良品", "粗大", "私", "わたし", "自分", "僕", "俺", "あたし", "存在"}, need: true, window: 14}},
	{name: "insurance as the way out (生命保険おりたら家族に返せる)", risk: akari.RiskHigh,
		// A policyholder counting on their own death: the payout for debts
		// or the family, or the years of the suicide exclusion gone by.
		stems: []string{"生命保険", "死亡保険", "保険金", "団信", "団体信用", "生保", "保険"},
		ends: []string{"で家族に返", "家族に返せ", "で全部返", "全部返せ", "で返せ", "返せる計算", "で借金", "借金返せ", "で完済", "完済でき", "で払え", "で残せ",
			"おりたら", "下りたら", "降りたら", "出たら家族", "入ったら家族", "家族に残せ", "少しは残せ", "の方が早", "のほうが早", "自殺でも出", "自殺でもおり", "自殺でも下り", "自殺でも払",
			"の免責期間", "の自殺免責", "の免責って", "免責期間って", "免責期間が", "免責期間は", "免責期間明け", "免責が明け", "免責がいつ", "お金を残せ", "お金残せ", "免責って何年", "免責は何年", "免責過ぎ", "免責期間過ぎ", "免責期間は過ぎ", "免責期間も過ぎ", "免責も過ぎ", "の免責もう",
			"のほうがよっぽど", "の方がよっぽど", "のほうがまし", "のほうがマシ", "の方がまし", "の方がマシ", "で返すしか", "で返そう", "で返す", "払える", "払えるん", "で賄え", "でまかなえ", "賄える計算", "でちょうど賄", "最後の仕事", "のほうが家族の役", "の方が家族の役", "のほうが家族のため", "の方が家族のため", "のほうが家族の為", "のほうが役に立", "の方が役に立", "のほうが役立", "の方が役立", "のほうがやくだ", "の方がやくだ", "のほうが価値", "の方が価値", "の受取人も確認", "の受取人を確認",
			// the beneficiary changed, and the end in sight
			"最後に", "心残り", "親孝行", "決めた日", "待つだけ", "思い残す", "悔いはない", "やり残し",
			// how much it would leave the family, looked up (生命保険で家族に
			// いくら残せるか、つい調べてしまいました: care set 204)
			"いくら残せ", "いくら残る", "いくら残して"},
		gap: 24,
		unless: []string{"説明", "窓口", "お客", "顧客", "営業", "研修", "担当", "加入者", "契約者様", "勧誘", "見直し", "比較", "保険料", "掛け金", "セミナー",
			"資格", "試験", "勉強", "fp", "ファイナンシャル", "代理店", "査定", "事故", "入院", "手術", "がん保険", "医療保険", "自転車", "火災", "地震", "ペット",
			// a car's insurance, not a car's loan (住宅ローンと車のローンで赤字)
			"自動車", "車両", "車の保険", "車保険", "車検", "任意保険"}},
	{name: "insurance as all one can leave (家族に残してやれるのは生命保険くらい)", risk: akari.RiskConcern,
		stems: []string{"残してやれるもの", "残せるもの", "残してあげられるもの", "遺せるもの", "残してやれるの", "残せるの", "残してあげられるの", "残してやれる物", "残せる物"},
		// くらい here is "no more than", eaten with the end so that it is
		// not read as hyperbole.
		ends:   []string{"は生命保険くらい", "は生命保険ぐらい", "は生命保険しか", "は生命保険だけ", "は生命保険", "は保険金くらい", "は保険金ぐらい", "は保険金しか", "は保険金だけ", "は保険金", "は死亡保険くらい", "は死亡保険ぐらい", "は死亡保険しか", "は死亡保険だけ", "は死亡保険", "は保険くらい", "は保険ぐらい", "は保険しか", "は保険だけ", "は保険", "は団信くらい", "は団信ぐらい", "は団信しか", "は団信だけ", "は団信", "って生命保険くらい", "って生命保険ぐらい", "って生命保険しか", "って生命保険だけ", "って生命保険", "って保険金くらい", "って保険金ぐらい", "って保険金しか", "って保険金だけ", "って保険金", "って死亡保険くらい", "って死亡保険ぐらい", "って死亡保険しか", "って死亡保険だけ", "って死亡保険", "って保険くらい", "って保険ぐらい", "って保険しか", "って保険だけ", "って保険", "って団信くらい", "って団信ぐらい", "って団信しか", "って団信だけ", "って団信"},
		gap:    2,
		before: &objects{veto: join(otherPeople, []string{"親", "父", "母", "夫", "妻", "旦那", "嫁", "兄", "姉", "弟", "妹", "祖父", "祖母", "友達", "友人"}), window: 6, from: otherSubject},
		unless: []string{"説明", "お客", "顧客", "営業", "研修", "担当", "加入者", "契約者様", "勧誘", "セミナー", "fp", "ファイナンシャル", "代理店"}},
	// 連帯保証で家も取られる、生命保険の額、調べてた: one's own payout looked
	// up, with no policy to choose or claim for someone else.
	{name: "one's payout looked up (生命保険の額、調べてた)", risk: akari.RiskConcern,
		stems: []string{"生命保険", "死亡保険", "保険金", "生保"},
		ends: []string{"の額調べ", "の額を調べ", "の額、調べ", "の金額調べ", "の金額を調べ", "の金額、調べ", "いくら出るか", "いくら出るの", "いくらでるの", "いくらおりる", "いくら下りる",
			"いくら降りる", "いくら入るか", "がいくらか調べ", "の額を確認し", "の額確認し", "の額、確認し"},
		gap:    2,
		before: &objects{veto: join(otherPeople, []string{"親", "父", "母", "夫", "妻", "旦那", "嫁", "兄", "姉", "弟", "妹", "祖父", "祖母", "友達", "友人", "子ども", "子供", "義"}), window: 8},
		unless: []string{"説明", "お客", "顧客", "営業", "研修", "担当", "加入者", "契約者様", "勧誘", "見直", "比較", "保険料", "掛け金", "セミナー", "資格", "試験",
			"fp", "ファイナンシャル", "代理店", "入院", "手術", "がん", "医療保険", "加入", "亡くな", "葬儀", "葬式", "相続", "遺族", "請求"}},
	{name: "a life policy counted on (借金は生命保険でなんとかなる)", risk: akari.RiskHigh,
		// Not any insurance: 治療費は保険でなんとかなる is a health card.
		stems: []string{"生命保険", "死亡保険", "保険金", "団信", "生保"},
		ends:  []string{"でなんとかな", "で何とかな", "でどうにかな", "でカバーでき", "で片付"},
		gap:   2},
	{name: "relief (楽になりたい)", risk: akari.RiskConcern,
		stems: []string{"楽になり", "らくになり", "楽になれ", "らくになれ", "楽にな"},
		ends:  []string{"たい", "たく", "るかな", "たら", "る方法", "るなら", "る気がする"},
		// a condition weighed (楽になりたいなら日勤だけど、夜勤手当なくなる)
		notAfter: []string{"なら", "んなら", "ならば", "人は", "人向け"},
		// a stiff back or a week's end (楽になりたい〜肩こりやばい; 早く金曜になれ)
		unless: []string{"肩こり", "マッサージ", "整体", "湿布", "早く金曜", "はやく金曜", "金曜になれ", "週末になれ", "温泉行きたい", "温泉いきたい"},
		before: &objects{veto: reliefObjects, keep: []string{"死", "消え", "いなく", "全部", "人生", "永遠", "眠", "生きる", "早く", "もう"}, window: 10}},
	{name: "relief asked of others (早く楽にしてほしい)", risk: akari.RiskConcern,
		stems: []string{"楽にして", "らくにして"},
		ends:  []string{"ほしい", "欲しい", "くれ", "くれない", "もらいたい"},
		unless: []string{"肩", "腰", "頭痛", "痛み止め", "仕事", "作業", "マッサージ", "家事", "育児", "業務", "通勤", "残業",
			// 患者さんに「もう楽にしてくれ」って言われて: words heard from
			// someone one looks after.
			"って言われ", "と言われ", "患者さんに", "利用者さんに", "入居者さんに"}},
	{name: "a head put into a machine (プレス機に頭入れたら一瞬で終わる)", risk: akari.RiskHigh,
		stems: []string{"に頭入れたら", "に頭を入れたら", "に頭突っ込んだら", "に頭つっこんだら", "に首入れたら", "に首を入れたら", "に体ごと入ったら"},
		ends:  []string{"一瞬", "終わる", "終われ", "終わり", "楽に", "死ね", "しねる", "即死"},
		gap:   10},
	{name: "diving into a new field (新しい業界に飛び込んだら)", risk: akari.RiskNone, settled: true,
		stems: []string{"業界に飛び込", "世界に飛び込", "分野に飛び込", "職種に飛び込", "現場に飛び込", "環境に飛び込", "営業に飛び込"}},
	{name: "a hand into a machine (機械に手を入れたらどうなるか)", risk: akari.RiskHigh,
		stems: []string{"機械に手を入れ", "機械に手入れ", "機械に腕を入れ", "ローラーに手を", "プレスに手を", "プレス機に手を", "機械に手を突っ込", "刃に手を"},
		ends:  []string{"どうなる", "やってしま", "やりそう", "たくなる", "てしまいそう", "楽に", "終われ"},
		gap:   16},
	{name: "a cord round the neck (首に充電コード巻いてみた)", risk: akari.RiskHigh,
		// Not a towel or a scarf: 首にタオル巻いて作業 is a hot day's work.
		stems: []string{"首に", "首へ", "くびに"},
		ends: []string{"コード巻", "コードを巻", "コードまい", "ケーブル巻", "ケーブルを巻", "ひも巻", "ひもを巻", "紐巻", "紐を巻", "ロープ巻", "ロープを巻",
			"ベルト巻", "ベルトを巻", "縄巻", "縄を巻", "コードかけ", "コードをかけ", "ひもをかけ", "紐をかけ", "ロープをかけ", "ベルトをかけ"},
		gap:    4,
		unless: fictionContext},
	{name: "stopping on a crossing, meant (踏切で止まろうかな)", risk: akari.RiskHigh,
		// Stopping at a crossing as an intent, not as the wait it is
		// (踏切で止まった): kaeri ni fumikiri de tomaro kana (crisis set 408,
		// round 54).
		stems:  []string{"踏切で", "踏み切りで", "ふみきりで", "踏切の中で", "踏切のなかで", "線路の上で", "線路で"},
		ends:   []string{"止まろう", "とまろう", "止まろっか", "とまろっか", "止まろか", "とまろか", "止まっとこう", "立ち止まろう", "止まってみよう", "とまってみよう", "止まったら楽", "とまったら楽", "止まってたら楽"},
		gap:    4,
		unless: fictionContext},
	{name: "oneself gone by a day ahead (来週の自分はいないかもしれない)", risk: akari.RiskConcern,
		stems: []string{"来週の自分", "明日の自分", "来月の自分", "来年の自分", "週明けの自分", "らいしゅうのじぶん", "あしたのじぶん"},
		ends:  []string{"はいない", "はもういない", "はおらん", "はもうおらん", "もういない", "は存在しない", "はこの世に"},
		gap:   2},
	{name: "a season not to be seen (新年度は迎えない)", risk: akari.RiskHigh,
		// A date decided, and the new year not to be met (4月1日って決めた。
		// 新年度は迎えない: crisis set 408, round 54). Not 迎えられない, which
		// a company in trouble may say of itself.
		stems:  []string{"新年度", "新年", "来年度", "来年", "年明け", "正月", "春", "誕生日", "クリスマス"},
		ends:   []string{"は迎えない", "を迎えない", "は迎えへん", "は迎えん", "は迎えないつもり", "を迎えるつもりはない", "は迎えるつもりない", "を迎える気はない"},
		gap:    1,
		unless: []string{"会社", "うちの店", "店", "事業", "部署", "チーム", "プロジェクト", "倒産", "閉店", "潰れ", "つぶれ", "予定", "旅行", "実家", "帰省", "出張", "仕事で", "夜勤", "シフト"}},
	{name: "a means, and the day decided (アンプル…使う日は決めてる)", risk: akari.RiskHigh,
		stems: []string{"アンプル", "睡眠薬", "眠剤", "インスリン", "練炭", "ロープ", "持ち出した"},
		ends:  []string{"使う日は決め", "使う日を決め", "使う日も決め", "飲む日は決め", "飲む日を決め", "飲む日も決め", "やる日は決め", "やる日を決め", "使う日決め", "飲む日決め"},
		gap:   30},
	{name: "no next month for oneself (私にはもう来月なんてない)", risk: akari.RiskConcern,
		stems: []string{"私には", "俺には", "自分には", "僕には", "うちには", "あたしには", "わたしには"},
		ends: []string{"来月なんてな", "来月なんかな", "明日なんてな", "明日なんかな", "来年なんてな", "来年なんかな", "来週なんてな", "来週なんかな", "もう来月はな", "もう明日はな",
			"もう来年はな", "来月はもうな", "明日はもうな", "もう来月なんて", "もう明日なんて", "もう来年なんて", "未来なんてな", "未来なんかな"},
		gap: 3},
	{name: "the one wishing to vanish, oneself (消えたがってるの私かも)", risk: akari.RiskConcern,
		stems: []string{"消えたがって", "死にたがって", "いなくなりたがって", "消えたがっとる", "死にたがっとる"},
		ends:  []string{"の私", "のは私", "のが私", "の俺", "のは俺", "のが俺", "のは自分", "のが自分", "の自分", "のは僕", "の僕"},
		gap:   2},
	{name: "thanks for everything, said for no reason (今まで…ありがとね。なんとなく言っときたくて)", risk: akari.RiskConcern,
		// Thanks for all the past, and nothing to explain them (crisis set
		// 408, round 54): a farewell unsaid. A leaving, a move or a
		// transfer explains them.
		stems:  []string{"今までありがと", "いままでありがと", "これまでありがと", "今まで仲良く", "いままで仲良く", "今までお世話に", "今まで本当にありがと", "今までほんとにありがと", "今まで一緒に"},
		ends:   []string{"言っときたく", "言っておきたく", "伝えておきたく", "伝えときたく", "言っとこうと思", "言っときたいな", "なんとなく言いたく"},
		gap:    40,
		unless: []string{"退職", "辞め", "やめる", "異動", "転勤", "引っ越", "卒業", "送別", "最終出勤", "最後の出勤", "転職", "結婚", "出産"}},
	{name: "a cord to the neck, imagined (ワイヤー見てたら…首にかけたらって)", risk: akari.RiskHigh,
		// The cord first and the neck after, as a thought (玉掛けのワイヤー見
		// てたら変なこと考えた。首にかけたらって: crisis set 407, round 54).
		// Only as a what-if or an intent: 社員証のひもを首にかけて is how
		// a badge is worn.
		stems: []string{"ワイヤー", "ロープ", "紐", "ひも", "コード", "ケーブル", "ベルト", "縄", "なわ"},
		ends: []string{"首にかけたら", "首に掛けたら", "首にかけよう", "首に掛けよう", "首にかけれ", "首に掛けれ", "首に巻いたら", "首にまいたら", "首に巻こう", "首にかけてみ", "首に巻いてみ",
			"首にかけちゃ", "首に回したら", "首にまわしたら"},
		gap:       24,
		notBefore: []string{"ヘッドホンの", "ヘッドホン", "ヘッドフォンの", "イヤホンの", "イヤホン"},
		unless:    fictionContext},
	{name: "the harness taken off at height, meant (ハーネス外そうかと思っとる)", risk: akari.RiskHigh,
		// A safety harness one means to take off up high is a way to fall
		// (高所作業のときハーネス外そうかと思っとる: crisis set 407, round 54);
		// taken off for the heat or a break, or told off for, it is work.
		stems:  []string{"ハーネス", "安全帯", "命綱"},
		ends:   []string{"外そうか", "外そっか", "外そうと思", "外そう思", "外したろか", "外したろう", "外してしまお", "外して落ち", "外して飛"},
		gap:    8,
		unless: []string{"暑", "あつくて", "休憩", "トイレ", "怒られ", "注意され", "叱られ", "点検", "交換", "ダメ", "だめ", "危な", "あぶな"}},
	{name: "not sure of being alive (給料日まで生きてる自信ない)", risk: akari.RiskConcern, jest: true,
		// Doubt of being alive by a day ahead: said of money in jest as
		// often as not (給料日まで生きてる自信ないw), so the model may
		// overrule it (crisis set 407, round 54).
		stems: []string{"生きてる自信", "生きている自信", "生きていく自信", "生きてく自信", "生きていける自信", "生きてける自信", "生き延びる自信", "生きられる自信"},
		ends:  []string{"ない", "ねえ", "ねぇ", "ありません", "あらへん", "ねー", "無い"},
		gap:   2},
	{name: "no one troubled from tomorrow, rest assured (明日から誰にも迷惑かけんけん安心して)", risk: akari.RiskHigh,
		// A burden to no one from now on, and the others told not to
		// worry: a farewell (crisis set 407, round 54). Not a resolve at
		// work (もう誰にも迷惑かけないように気をつけます).
		stems: []string{"誰にも迷惑", "だれにも迷惑", "誰にもめいわく", "もう迷惑かけ", "もう迷惑は", "もう迷惑を", "二度と迷惑"},
		ends:  []string{"安心して", "あんしんして", "心配せんで", "心配しないで", "心配しなくて", "心配いら"},
		gap:   14,
		unless: []string{"ように", "よう気", "よう頑張", "頑張", "がんば", "気をつけ", "気を付け", "注意", "確認", "ミス", "反省", "次から", "今後",
			"返し", "返済", "払い終", "自分で", "自立", "一人でやって"}},
	{name: "a death wished on one, taken up (『死ね』って言われた。ほんとにそうする)", risk: akari.RiskHigh,
		stems: []string{"ほんとにそうする", "本当にそうする", "ほんまにそうする", "ほんとにそうします", "本当にそうします", "そうしてやる", "言われた通りにする", "言われたとおりにします", "言われた通りにします",
			"言われたとおりにする", "言う通りにする", "言うとおりにする", "望み通りにしてやる", "望みどおりにしてやる",
			// …ほんとにそうだと思うから今夜実行する (crisis set 384, round 52);
			// 『先生なんか死ねばいい』って言われた。…わかったよ、そうする (387)
			"今夜実行", "今日実行", "実行する", "実行します", "実行しよう", "わかったよ、そうする", "わかった、そうする", "わかったよそうする", "わかったそうする", "そうするよ", "そうしてあげる"},
		before: &objects{keep: []string{"死ね", "しね", "氏ね", "タヒね", "消えろ", "死んでくれ", "いなくなれ", "死んだら", "死んで詫び", "死んでわび", "死んで償", "死んでこい",
			"死んだ方が", "死んだほうが", "いない方が", "いないほうが", "消えた方が", "消えたほうが", "死ねばいい", "死ねばええ"}, need: true, window: 48}},
	// Someone's wish that one were dead or never born, agreed with (母に
	// 「あんたなんか産まなきゃよかった」って言われた。ほんとにそうだなって思
	// った: crisis set 380, round 52).
	{name: "a wish on one, agreed with (ほんとにそうだなって思った)", risk: akari.RiskConcern,
		stems: []string{"ほんとにそうだ", "本当にそうだ", "ほんまにそうや", "ほんとそうだ", "その通りだ", "そのとおりだ", "自分でもそう思", "私もそう思", "俺もそう思", "僕もそう思"},
		before: &objects{keep: []string{"産まなきゃ", "産まなければ", "産まなけりゃ", "生まなきゃ", "生まれてこなければ", "生まれてこなきゃ", "生まれてこなけりゃ", "死んだ方が", "死んだほうが",
			"いない方が", "いないほうが", "消えた方が", "消えたほうが", "死ね", "しね", "消えろ", "いなくなれ", "死んでくれ"}, need: true, window: 40}},
	{name: "to the rooftop or the tracks, after it is all too much (もう何もかもダメ…屋上行く)", risk: akari.RiskHigh,
		stems: []string{"屋上行く", "屋上いく", "屋上に行く", "屋上へ行く", "踏切行く", "踏切に行く", "線路行く", "線路に行く"},
		before: &objects{keep: []string{"何もかも", "なにもかも", "全部ダメ", "全部だめ", "もうダメ", "もうだめ", "もう無理", "もうむり", "限界", "終わりにする", "決めた", "寝かしつけたら",
			// サブスクも解約した。…あとは踏切行くだけ: affairs put in order first
			"解約", "あとは", "後は", "もらってもらった", "預けた", "身辺整理"}, need: true, window: 40},
		unless: []string{"工事", "点検", "保線", "作業", "撮影", "撮り", "写真", "ランチ", "昼", "休憩", "タバコ", "たばこ", "喫煙", "花火", "洗濯", "星"}},
	{name: "waiting at a crossing for the first train (家の裏の踏切　始発まであと1時間)", risk: akari.RiskHigh,
		stems:  []string{"始発まで", "終電まで", "次の電車まで", "電車が来るまで", "電車くるまで", "次の電車で", "次の快速で", "次の特急で"},
		before: &objects{keep: []string{"踏切", "ふみきり", "線路", "ホームの端"}, need: true, window: 30},
		unless: []string{"保線", "レール交換", "線路工事", "軌道工事", "待って", "待ち", "遅刻", "乗", "帰れ", "間に合", "開かず", "開かな", "工事", "点検", "作業"}},
	{name: "nothing but vanishing (消えるしかない)", risk: akari.RiskConcern,
		stems:  []string{"消えるしかない", "消えるしかねえ", "消えるしかないのかな", "いなくなるしかない", "消えるしか道", "消える以外に", "消えるのが一番"},
		before: &objects{aside: true, veto: workObjects, window: 10, from: []string{"から"}}},
	{name: "going to the tracks, said as a plan (その足で線路に行こう)", risk: akari.RiskHigh,
		stems:  []string{"線路に行", "線路へ行", "踏切に行", "踏切へ行", "線路まで行", "屋上に行こう", "屋上へ行こう"},
		ends:   []string{"こうと思", "こうかな", "きます", "く$", "くね", "ってくる", "く。"},
		gap:    2,
		unless: []string{"工事", "点検", "保線", "作業", "撮影", "撮り", "写真", "鉄道ファン", "撮り鉄", "ランチ", "休憩", "タバコ", "たばこ", "喫煙"}},
	{name: "goodbyes sent to everyone (みんなにLINEでお別れ送った)", risk: akari.RiskHigh,
		stems:  []string{"お別れ送", "お別れのline", "お別れのらいん", "お別れのライン", "お別れのメッセージ", "お別れの連絡", "さよなら送", "さよならのline", "別れのメッセージを送", "最後のあいさつ送", "最後の挨拶送", "最後の挨拶を送"},
		unless: []string{"彼氏", "彼女", "元彼", "元カノ", "恋人", "別れ話", "送別", "転勤", "引っ越", "退職の", "卒業", "異動", "付き合", "離婚", "グループ", "グルチャ", "退会"}},
	{name: "not meaning to live long (長く生きるつもりもない)", risk: akari.RiskConcern,
		stems: []string{"長く生きるつもり", "長生きするつもり", "長生きする気", "長く生きる気", "長生きしたいとも", "長く生きたいとも"},
		ends:  []string{"ない", "ありません", "ねえ", "ねぇ", "思わな", "思ってな"},
		gap:   3},
	{name: "wishing for an accident", risk: akari.RiskConcern,
		stems: []string{"事故にあえば", "事故に遭えば", "事故にあったら楽", "事故に遭ったら楽", "事故にあいたい", "事故に遭いたい",
			"事故にでも", "事故でも起き", "事故に巻き込まれたい", "事故に巻き込まれれば", "事故に巻き込まれたら楽", "轢かれたら", "ひかれたら",
			"轢かれれば", "ひかれれば", "はねられたら", "はねられれば", "撥ねられたら", "轢かれたい", "ひかれたい", "はねられたい",
			"隕石落ちて", "隕石が落ちて", "隕石でも", "通り魔にでも", "事故にあって入院", "事故って入院", "事故れば", "事故ったら楽",
			"巻き込まれたら楽", "巻き込まれれば楽", "巻き込まれてたら楽", "巻き込まれてれば楽", "挟まれてたら楽", "巻き込まれたらいい", "巻き込まれてしまえば", "挟まれたら楽", "挟まれれば楽", "下敷きになれば", "下敷きになったら楽",
			"事故にあえたら", "事故に遭えたら", "事故ってくれ", "事故ってほし", "事故ってくんない", "事故にあわないかな", "事故に遭わないかな", "事故らないかな", "事故にあってくれ", "事故あわないかな", "事故遭わないかな", "事故にあわんかな", "事故あわんかな",
			"病気にでもなれば", "病気で死ね", "病気になって死"},
		notAfter: []string{"どう", "危", "大変", "困る", "こわ", "怖", "心配"}},
	{name: "wishing for an injury as the way out (骨折でもすれば辞められる)", risk: akari.RiskConcern,
		stems: []string{"骨折でもすれば", "骨折でもしたら", "骨折すれば", "怪我でもすれば", "怪我でもしたら", "ケガでもすれば", "ケガでもしたら", "けがでもすれば",
			"けがでもしたら", "入院でもすれば", "入院でもしたら", "倒れでもすれば", "倒れでもしたら", "病気にでもなったら", "大けがでもすれば", "大怪我でもすれば",
			"巻き込まれでもしたら", "巻き込まれでもすれば", "挟まれでもしたら", "挟まれでもすれば",
			"手がなくなりゃ", "手がなくなれば", "手がなくなったら", "指がなくなれば", "指がなくなりゃ", "腕が折れれば", "腕が折れりゃ", "足が折れれば", "足が折れりゃ", "足折れたら", "腕折れたら"},
		ends: []string{"来なくて", "こなくて", "楽", "休める", "休めるのに", "休めるかな", "辞められ", "やめられ", "辞めれる", "やめれる", "行かなくて", "いかなくて", "行かんで", "いかんで",
			"済む", "すむ", "いいのに", "いいのにな", "いいんだけど", "出社しなくて", "会社休", "仕事休", "働かん", "働かなくて", "働かんで", "働かずに"},
		gap: 12,
		// Someone else's injury, or a question about leave for one.
		unless: []string{"子ども", "子供", "息子", "娘", "親が", "母が", "父が", "夫が", "妻が", "部下が", "同僚が", "手当", "労災", "制度", "申請", "有給", "診断書って"}},
	{name: "cutting the body as relief (太もも切ってる時だけ落ち着く)", risk: akari.RiskHigh,
		// A body part and cutting, told as a habit or a relief: self-harm,
		// not a cut at work (カッターで指切った is an accident).
		stems: []string{"太もも", "ふともも", "太腿", "手首", "二の腕", "腕", "うで", "おなか", "お腹"},
		ends: []string{"切ってる", "切っちゃう", "切ってしまう", "切ってまう", "切ってもた", "切ってもう", "切るのが", "切ると落ち着", "切ったら落ち着", "切る癖", "切るクセ",
			"切る時だけ", "切るときだけ", "切ってる時", "切ってるとき", "切るとほっと", "切るしか", "切りたく", "傷つけてる", "傷つけちゃう", "傷つけたく"},
		gap: 8,
		// Someone else's cuts (腕切ってる人見るとつらい). No unless: a word
		// in the message that vetoes this match makes the body word
		// ordinary for the model too (また電話切られた…手首の跡).
		notAfter: []string{"人", "子", "友", "動画", "シーン", "画像"}},
	{name: "a hand into a machine to be free of work (プレス機に手ぇ入れてしまおうか)", risk: akari.RiskHigh,
		stems: []string{"プレス機に", "プレスに", "機械に", "ラインに", "ローラーに", "ベルトコンベアに", "コンベアに", "裁断機に", "シュレッダーに"},
		// Intended, not told as an accident (手を入れてしまって怪我した).
		ends: []string{"手ぇ入れてしまお", "手を入れてしまお", "手入れてしまお", "手ぇ入れてまお", "手入れてまお", "手ぇ入れよう", "手を入れよう", "手入れよう", "手ぇ入れたろ", "手入れたろ",
			"手ぇ突っ込もう", "手を突っ込もう", "手突っ込もう", "手ぇ突っ込んだろ", "指を入れてしまお", "指入れてしまお", "指を入れよう", "挟まれよう", "挟まれたろ", "巻き込まれよう", "巻き込まれたろ", "巻き込まれに行"},
		gap: 2},
	{name: "following a parent at the age they died (親父が死んだ歳…おれもそろそろでいい)", risk: akari.RiskConcern,
		stems: []string{"死んだ歳", "死んだ年齢", "死んだとしに", "亡くなった歳", "亡くなった年齢", "死んだ年に", "亡くなった年に"},
		ends: []string{"そろそろでいい", "そろそろいい", "そろそろええ", "そろそろでええ", "そろそろかな", "そろそろか", "もういい", "もうええ", "もうよか", "そろそろよか",
			"後を追", "あとを追", "迎えに来"},
		gap: 30},
	{name: "wishing to be struck (突っ込んできてくれたら)", risk: akari.RiskConcern,
		stems: []string{"トラック", "車", "電車", "隕石", "通り魔", "誰か", "だれか", "バス"},
		ends: []string{"突っ込んできてくれ", "突っ込んでこないかな", "突っ込んできたら楽", "つっこんできてくれ", "ひいてくれ", "轢いてくれ",
			"はねてくれ", "刺してくれ", "殺してくれ", "ころしてくれ", "落ちてこないかな", "落ちてきてくれ", "突っ込んでくれ"},
		gap: 6},
	{name: "a last message recorded (遺言、録音した)", risk: akari.RiskHigh,
		stems: []string{"遺言", "ゆいごん", "最後のメッセージ", "さいごのメッセージ", "お別れのメッセージ", "お別れの動画"},
		ends:  []string{"録音", "録画", "動画", "撮った", "とった", "ボイスメモ", "ビデオ", "残した", "のこした", "吹き込"},
		gap:   6,
		// A will made for one's estate, or one's parents': 遺言書, 公正証書.
		unless: join(fictionContext, []string{"遺言書", "公正証書", "相続", "弁護士", "司法書士", "財産", "終活", "親の", "父の", "母の", "祖父", "祖母", "おじいちゃん", "おばあちゃん", "セミナー", "研修", "講座"})},
	{name: "a god asked to come for them (神様はやく迎えに来て)", risk: akari.RiskConcern,
		stems:  []string{"神様", "かみさま", "神さま", "仏様", "ほとけさま", "天使", "ご先祖", "おばあちゃん", "おじいちゃん", "ばあちゃん", "じいちゃん"},
		ends:   []string{"迎えに来て", "迎えにきて", "むかえにきて", "むかえに来て", "迎えに来てほし", "迎えに来てくれ", "連れてって", "つれてって", "連れて行って", "つれていって"},
		gap:    6,
		unless: join(fictionContext, []string{"駅", "空港", "保育園", "幼稚園", "学校", "塾", "車で", "雨", "終電", "飲み会", "旅行", "遊び", "買い物", "初詣", "お祭り", "動物園", "遊園地"})},
	{name: "a story's deaths (アニメの最終回でみんな死んだ)", risk: akari.RiskNone, settled: true,
		stems: []string{"アニメ", "ドラマ", "映画", "漫画", "マンガ", "小説", "最終回", "原作", "推しキャラ", "キャラ",
			// a game's: ランクマで死にまくって
			"ランクマ", "ゲーム", "ソシャゲ", "対戦", "ボス戦", "ボスに", "ステージ", "ダンジョン", "fps", "apex", "スプラ"},
		ends: []string{"死んだ", "しんだ", "死ぬ", "しぬ", "死んで", "しんで", "死にすぎ", "しにすぎ", "死亡", "全滅", "ぜんめつ", "死にまく", "しにまく", "死にまくり", "殺されまく", "ころされまく"},
		gap:  10, notAfter: []string{"たい", "で楽"}},
	{name: "a job looked for (もういいや、在宅できるとこ探したい)", risk: akari.RiskNone, settled: true,
		stems: []string{"在宅", "リモート", "正社員", "バイト", "パート", "仕事", "しごと", "職場", "会社", "求人", "転職先", "働ける", "働き口", "勤め先", "派遣先", "次の職"},
		ends:  []string{"探したい", "探す", "探そう", "探して", "さがしたい", "さがす", "さがそう", "さがして", "見つけたい", "みつけたい"},
		gap:   8,
		// …unless a death is in the message too (仕事辞めて死に場所探したい).
		unless: []string{"死", "しぬ", "しに", "しね", "消え", "きえ", "終わら", "終わり", "おわり", "方法", "ロープ", "薬", "くすり", "飛び", "樹海", "遺書", "練炭", "場所"}},
	{name: "gone at closing time (定時で消えたい、今日こそ)", risk: akari.RiskNone, settled: true,
		stems: []string{"定時で消えたい", "定時できえたい", "定時に消えたい", "定時にきえたい", "定時で消える", "定時できえる", "定時で消えます", "定時ダッシュで消え", "定時で帰", "定時で上が", "定時で逃げ"}},
	{name: "pain too much to bear, said of the body (ぎっくり腰痛すぎて死ぬ)", risk: akari.RiskNone, settled: true,
		stems:    []string{"痛すぎて死", "痛すぎてし", "いたすぎてし", "いたすぎて死", "痛くて死ぬ", "痛くてしぬ", "いたくてしぬ", "痛すぎて無理", "ぎっくり腰"},
		notAfter: []string{"にたい", "にたく", "のう", "んだほうが", "んだ方が", "んでもいい", "にます"}},
	{name: "gone for a minute (ちょっと消える、コンビニ行ってくる)", risk: akari.RiskNone, settled: true,
		stems: []string{"ちょっと消え", "ちょっときえ", "少し消え", "一瞬消え", "ちょい消え", "ちょいきえ"},
		ends: []string{"コンビニ", "こんびに", "トイレ", "といれ", "風呂", "ふろ", "買い物", "かいもの", "ご飯", "ごはん", "飯", "行ってくる", "いってくる", "離席", "りせき",
			"落ちる", "おちる", "戻る", "もどる", "寝る", "ねる", "休憩", "きゅうけい", "タバコ", "たばこ"},
		gap: 6, notAfter: []string{"たい", "たく"}},
	{name: "asking to be killed, by anyone (殺してほしい、誰でもいい)", risk: akari.RiskConcern,
		stems:  []string{"殺してほし", "殺して欲し", "殺してくれ", "ころしてほし", "ころしてくれ", "殺されたい", "ころされたい"},
		ends:   []string{"誰でもいい", "だれでもいい", "誰でもええ", "だれでもええ", "誰でもよか", "楽に", "らくに", "一思いに", "ひと思いに", "今すぐ", "いますぐ"},
		gap:    4,
		before: &objects{veto: join(otherPeople, []string{"を", "あいつ", "あの人"}), window: 6},
		unless: join(fictionContext, []string{"ゲーム", "ボス", "ラスボス", "ゾンビ", "ドラマ", "映画", "漫画", "アニメ", "笑", "暑", "寒", "眠", "ねむ"})},
	{name: "not waking up, in dialect (朝が来んならいいとに)", risk: akari.RiskConcern,
		stems: []string{"朝が来ん", "朝がこん", "明日が来ん", "明日がこん", "目が覚めん", "目がさめん", "朝が来ーへん", "朝がこーへん", "朝が来えへん", "明日が来えへん",
			"目ぇ覚めん", "目ぇさめん", "目覚めん", "めぇさめん", "目が覚めへん", "目ぇ覚めへん"},
		ends: []string{"ならいい", "ならよか", "かったらいい", "かったらよか", "ければいい", "でいい", "でええ", "かったらええ", "ならええ", "といい", "とよか",
			"でもいい", "でもええ", "でもよか", "でもかまわん", "でも構わん"},
		gap: 2},
	{name: "going back to a cliff (あの崖にもう一回行こうかな)", risk: akari.RiskHigh,
		// A cliff or the sea of trees as where one goes, said in a talk
		// about work, is a place and a plan; a day out names itself.
		stems:  []string{"崖に", "がけに", "崖まで", "がけまで", "崖の上に", "断崖に", "樹海に", "じゅかいに", "樹海まで"},
		ends:   []string{"行こう", "いこう", "行く", "行き", "行って", "行っ", "向かう", "向かっ", "行ぐ"},
		gap:    8,
		unless: []string{"釣り", "ハイキング", "登山", "撮影", "景色", "観光", "ドライブ", "キャンプ", "ロケ", "仕事で", "現場", "ツアー", "取材", "散歩", "写真"}},
	{name: "not waking up (目が覚めなければ)", risk: akari.RiskConcern,
		stems: []string{"目が覚めな", "目覚めな", "目がさめな", "めがさめな", "めざめな", "朝が来な", "朝がこな", "明日が来な", "明日がこな", "朝にならな", "朝になんな", "あさにならな", "あさになんな",
			"明日なんて来な", "明日なんか来な", "明日来な", "明日こな", "あしたが来な", "あしたがこな", "朝なんて来な", "あしたなんてこな",
			"目を覚まさな", "目をさまさな", "目を開けな"},
		ends: []string{"ければいい", "ければ楽", "きゃいい", "いでほしい", "いで欲しい", "いといい", "ければな", "くていい", "ければ", "いでくれ",
			"かったらいい", "かったら楽", "かったらな", "ければよかった", "いままでいい", "いまま死", "いままがいい", "いままで"},
		notAfter: []string{"日曜", "土曜", "休日", "日", "朝は", "週末", "いけな", "ならな", "いけま", "と遅刻", "と間に合", "と会社", "と仕事"},
		// No deadline quiets the wish itself: writers of blind sets read
		// 「明日が来なければいいのに。月曜こわい」 as a passive wish, three of
		// them apart, and the gentle question costs little.
		// …nor does a weekly joke (日曜の夜あるある…サザエさん見ながら毎週
		// 言ってる: crisis set 401, round 53).
		unless: []string{"連休", "休みが終わ", "夏休み", "冬休み", "旅行", "楽し", "あるある", "サザエさん", "毎週言"}},
	{name: "not wanting tomorrow (明日を迎えたくない)", risk: akari.RiskConcern,
		stems:  []string{"明日を迎え", "朝を迎え", "明日が来る", "朝が来る", "あしたが来る", "次の朝を迎え"},
		ends:   []string{"たくない", "たくな", "のが怖", "のがこわ", "のが嫌", "のがいや", "のがつら", "のが辛"},
		gap:    2,
		unless: deadlineWords},
	{name: "tomorrow, prayed away (明日が来ませんように)", risk: akari.RiskConcern,
		stems: []string{"明日が来ませんように", "明日がきませんように", "あしたが来ませんように", "あしたがきませんように", "朝が来ませんように",
			"朝がきませんように", "目が覚めませんように", "目覚めませんように", "明日が来ないように", "朝が来ないように", "明日なんて来ませんように",
			"明日は来ないで", "明日はこないで", "明日なんて来ないで", "明日なんか来ないで", "明日が来ないで", "朝は来ないで", "朝なんて来ないで",
			"明日が来ないといい", "朝が来ないといい", "起きませんように"},
		unless: join(deadlineWords, []string{"連休", "休みが終わ", "夏休み", "冬休み", "旅行", "楽し", "月曜"})},
	{name: "not getting up (起きなければいいのに)", risk: akari.RiskConcern,
		// Not 起きなくていい: a day off.
		// 起きんかったらええのに, 目ぇ覚めへんかったら (関西, 広島, 博多)
		stems: []string{"起きな", "おきな", "起きられな", "起きん", "おきん", "起きへん", "起きひん", "おきへん", "目が覚めん", "目覚めん", "目ぇ覚めん", "目が覚めへん", "目ぇ覚めへん"},
		ends: []string{"ければいい", "ければ楽", "きゃいい", "かったらいい", "かったら楽", "かったらな", "いままでいい", "いまま死", "いままがいい",
			"ければええ", "けりゃええ", "けりゃいい", "かったらええ", "かったらよか", "かったらいいのに", "でええ", "ままでええ", "ままがええ"},
		notAfter: []string{"いけな", "ならな", "いけま"}},
	{name: "not getting up, from now on (このまま起きなくてもいい)", risk: akari.RiskConcern,
		stems: []string{"このまま起きな", "このままおきな", "このまま目が覚めな", "このまま目覚めな", "二度と起きな", "もう起きな", "ずっと起きな"},
		ends:  []string{"くてもいい", "くていい", "くても", "ければ", "きゃ", "かったら", "いでいい"},
		// 明日は休みだから、もう起きなくていい: a day off.
		unless: []string{"休み", "休日", "有給", "有休", "目覚まし", "アラーム", "二度寝", "寝坊", "遅刻"}},
	{name: "sleeping for ever (ずっと眠れたら)", risk: akari.RiskConcern,
		stems: []string{"ずっと眠れ", "一生眠れ", "いっしょう眠れ"},
		// Not 眠れなくて or 眠れず: that is not sleeping at all.
		notAfter: []string{"ない", "なく", "なか", "ず", "ませ", "る", "た日", "てない"},
		unless:   []string{"月曜", "二度寝", "布団から", "寒", "眠い", "眠た", "休日", "休みの日", "週末", "早起き"}},
	{name: "never waking (永遠に眠りたい)", risk: akari.RiskConcern,
		stems: []string{"永遠に眠", "ずっと眠ったまま", "眠ったまま死", "二度と目覚め", "二度と目が覚め", "二度と起き", "目覚めたくない",
			"目を覚ましたくない", "目が覚めないで", "目覚めないで", "起きなければいいのに", "起きなきゃいいのに", "notwakeup", "neverwakeup",
			"もう明日起きたくない", "もう明日は起きたくない", "もう朝起きたくない", "もう朝なんて起きたくない",
			"nevertowakeup", "notwakingup", "永眠したい", "眠るように", "眠り続け", "ねむりつづけ", "ずっと眠って", "ずっと眠り",
			"永遠に寝", "もう起きたくない", "このまま眠って", "眠ったまま起き", "寝たまま起き", "目覚めずに", "目が覚めずに",
			"二度と開かな", "二度と目を開け", "二度と目が開か", "二度と目をあけ", "めざめたくない", "めざめなければ", "めがさめなければ", "めをさましたくない"},
		// ずっと眠りたいぐらい疲れた: a degree of tiredness.
		// 永遠に寝てられる自信ある: a boast of how well one sleeps.
		notAfter: []string{"られない", "ない", "れそう", "れる", "れた", "たいぐらい", "たいくらい", "たいほど", "てられる", "ていられる", "れる自信", "られる自信"},
		// 今夜はずっと眠りたい: one long night's sleep.
		unless: []string{"月曜", "二度寝", "布団から", "寒", "眠い", "眠た", "休日", "休みの日", "週末", "早起き",
			"今夜はずっと", "今日はずっと", "明日はずっと", "土日はずっと", "連休はずっと", "休みはずっと", "昼までずっと"}},
	{name: "a rest with no end, wished (目覚めない眠りがほしい, 帰ってこなくていい旅)", risk: akari.RiskConcern,
		stems: []string{"目覚めない眠り", "めざめない眠り", "覚めない眠り", "醒めない眠り", "目が覚めない眠り", "起きなくていい眠り", "起きなくてもいい眠り", "終わりのない眠り", "終わらない眠り",
			"終わりのない休み", "終わらない休み", "明けない休み", "ずっと続く休み", "帰ってこなくていい旅", "帰ってこなくてもいい旅", "帰らなくていい旅", "帰らない旅", "戻らない旅",
			"戻らなくていい旅", "帰ってこない旅", "片道切符の旅", "片道だけの旅", "片道の旅"},
		ends: []string{"がほしい", "が欲しい", "ほしい", "欲しい", "がいい", "に出たい", "にでたい", "に行きたい", "にいきたい", "につきたい", "に就きたい", "したい", "に入りたい",
			"にはいりたい", "があれば", "があったら", "につけたら", "に出れたら", "に出られたら", "$"},
		gap: 4,
		// 終わりのない休みがほしいくらい忙しい: a degree; 片道切符の旅 to
		// a country, a move or a story.
		notAfter: []string{"くらい", "ぐらい", "ほど"},
		unless:   join(fictionContext, []string{"留学", "移住", "ワーホリ", "海外", "世界一周", "宇宙", "引っ越", "転勤", "赴任", "夢の話", "ツアー", "バックパック", "有給", "有休", "休暇", "連休", "旅行", "バカンス", "夏休み"})},
	{name: "going to sink into the sea (海に沈みに行く)", risk: akari.RiskHigh,
		stems:  []string{"沈みに行", "沈みにいく", "沈みにいき", "沈みに行き", "しずみに行", "しずみにいく", "沈んでくる", "沈んでこよう", "沈みにいこう", "沈みに行こう"},
		before: &objects{keep: []string{"海", "うみ", "川", "かわ", "湖", "ダム", "池", "沼", "港", "海底", "水"}, need: true, window: 6},
		unless: join(fictionContext, []string{"夕日", "夕陽", "太陽", "日が", "船", "潜水", "ダイビング", "ダイバー", "シュノーケル", "沈没船", "ソファ", "布団", "ベッド", "湯船", "風呂", "温泉", "サウナ"})},
	{name: "sorry for being born, in English", risk: akari.RiskConcern,
		stems: []string{"sorryforbeingborn", "sorryforexisting", "sorryiwasborn", "sorryforbeingalive", "sorryforbeinghere", "apologizeforexisting",
			"wishiwasneverborn", "wishiwasntborn", "wishihadneverbeenborn", "wishiwerenotborn", "shouldnthavebeenborn", "shouldneverhavebeenborn"},
		notBefore: englishDenials},
	{name: "why am I alive (なんで生きてるんだろう)", risk: akari.RiskConcern,
		stems: []string{"なんで", "何で", "なぜ", "何故", "どうして", "何のため", "なんのため", "なにのため",
			// Tohoku (なしておら生ぎでんだべ)
			"なして", "なすて"},
		ends:     []string{"生きて", "いきて", "生きる", "生まれ", "うまれ", "生きな", "存在して", "産まれ", "生ぎで", "生ぎて", "生ぎる"},
		gap:      4,
		notAfter: []string{"いけ", "いく", "いこ", "食べ", "稼", "る術", "きた", "間", "る間", "るあいだ", "るうちに", "あいだ", "うちに", "る限り", "初めて", "はじめて"},
		// なんで生きてるん？って上司に言われた: someone's cruelty, told.
		unless: []string{"に言われ", "から言われ", "って言われ", "と言われ", "に聞かれ", "って聞かれ"}},
	{name: "someone else wished gone (課長いなくなればいいのに)", risk: akari.RiskNone, settled: true,
		stems: []string{"課長", "部長", "上司", "店長", "社長", "先輩", "同僚", "あいつ", "お局", "主任", "係長", "マネージャー", "リーダー", "師長", "親方", "後輩", "客"},
		ends: []string{"いなくなればいいのに", "いなくなればいい", "いなくなってほしい", "いなくなってくれ", "いなくなれ", "消えてほしい", "消えればいいのに", "消えればいい", "消えろ",
			"辞めてほしい", "辞めればいいのに", "やめればいいのに", "異動してほしい", "異動しないかな"},
		gap: 6},
	{name: "suffering without end (この苦しみが永遠に終わらない)", risk: akari.RiskConcern,
		stems: []string{"苦しみ", "苦しさ", "地獄", "しんどさ", "つらさ", "辛さ", "生き地獄", "この痛み"},
		ends: []string{"永遠に終わらな", "一生終わらな", "ずっと終わらな", "永遠に続", "一生続", "ずっと続く", "死ぬまで続", "終わらない気", "終わる気がしな", "終わりが来な",
			"終わりがこな", "終わる日は来な"},
		gap: 4,
		// A season's or a chore's: 残業地獄が一生続く.
		unless: join(workObjects, []string{"繁忙", "通勤", "育児", "家事", "受験", "勉強", "筋肉痛", "虫歯", "腰痛", "花粉", "満員電車", "ローン", "返済"})},
	{name: "nobody would mind anyway (どうせ誰も困らないし)", risk: akari.RiskConcern,
		stems: []string{"どうせ誰も困らな", "どうせ誰も困らん", "どうせ誰も悲しまな", "どうせ誰も悲しまん", "どうせ誰も気づかな", "どうせ誰も気付かな", "どうせ誰も気にしな",
			"どうせ誰も泣かな", "どうせだれも困らな", "どうせ誰も寂しがらな"},
		// Leave taken or work left undone is no one's loss: 休んでもどうせ誰も困らないし.
		unless: join(workObjects, []string{"休ん", "休み", "休む", "有給", "辞め", "抜け", "遅刻", "早退", "サボ", "手抜", "出なくて", "行かなくて"})},
	{name: "no future, bare (未来とか、ない)", risk: akari.RiskConcern,
		stems: []string{"未来とか", "未来なんて", "未来なんか", "将来とか", "将来なんて", "将来なんか", "この先とか", "この先なんて"},
		ends:  []string{"ない", "ないし", "ないよ", "見えない", "考えられない", "想像できない", "いらない"},
		gap:   2,
		// この会社の未来なんてない, 将来なんて考えられない年収: a company's
		// or a career's, not a life's.
		unless: join(workObjects, []string{"キャリア", "年収", "給料", "昇進", "出世", "業界", "日本", "年金", "老後", "結婚", "子ども", "子供", "貯金"})},
	{name: "meaning of life (生きてる意味)", risk: akari.RiskConcern,
		stems: []string{"生きてる意味", "生きている意味", "生きる意味", "生きてても意味", "生きていても意味", "生きてる価値", "生きる価値",
			"生きている価値", "生きてる理由", "生きている理由", "生きる理由", "いきてるいみ", "いきるいみ", "生きてても仕方", "生きていても仕方", "生きてる資格",
			"生きる資格", "生きててもしょうがない", "生きてても無駄", "生きる気力", "生きる気もない", "生きる気がない", "生きる気ない", "生きる気もしない", "生きる気がしない", "whyamialive", "noreasontolive", "whyami alive",
			"whyimstillhere", "whyamistillhere", "whyimevenhere", "whyamievenhere", "nopointbeinghere", "nopointinbeinghere",
			"生きてる意義", "生きる意義", "生きていく意味", "生きてく意味", "生きてく理由", "生きていく理由", "生き続ける理由", "生きる目的がない",
			// Tohoku voicing (生ぎでる意味、わがんねぐなった)
			"生ぎでる意味", "生ぎてる意味", "生ぎる意味", "生ぎでる価値", "いぎでるいみ",
			// 生まれてきた意味なんてあったのかな (crisis set 387, round 52)
			"生まれてきた意味", "生まれた意味", "生まれてきた価値", "生まれてきた理由"},
		// A talk's or a course's theme (研修のテーマが『生きる意味を考える』:
		// crisis set 356, round 47).
		notBefore: []string{"テーマが", "テーマは", "テーマの", "テーマで", "演題が", "演題は", "題が", "題は", "タイトルが", "タイトルは", "お題が", "お題は"},
		notAfter: []string{"を見つけ", "をみつけ", "を考える本", "について", "とか考えず", "なんて考えず", "なんか考えず", "を考えず", "とか考えな", "なんて考えな", "なんか考えな", "とかどうでも", "なんてどうでも",
			// come back, not gone: 生きる気力わいてきた笑 (care set 135)
			"わいて", "湧いて", "がわいて", "が湧いて", "わいた", "湧いた", "が出てき", "出てき", "が戻って", "戻って", "が戻った", "を取り戻", "とりもど", "が見つかった", "見つかった"}},
	{name: "worth of being here (存在価値)", risk: akari.RiskConcern,
		stems: []string{"存在価値", "存在する意味", "存在意義", "存在してる意味", "いる意味がない", "居る意味がない", "いる価値がない"},
		// 「自分の存在意義とは？」って研修のワークで書かされて: a training's
		// exercise.
		unless: []string{"示し", "示せ", "示す", "見せ", "証明", "上げ", "高め", "発揮", "アピール", "研修", "ワーク", "自己分析", "面接", "エントリーシート", "ES"},
		before: &objects{aside: true, veto: workObjects, window: 14, from: []string{"で", "の", "に", "から", "では", "での", "として", "にとって", "には", "内"}}},
	{name: "sorry for living (生きててごめん)", risk: akari.RiskConcern,
		stems: []string{"生きてて", "生きていて", "生きてる", "生まれてきて", "生まれて", "存在して", "いきてて", "産まれてきて", "産まれて", "生きてごめ", "生きて",
			"うまれてきて", "存在してて"},
		ends: []string{"ごめん", "すみません", "すいません", "申し訳", "もうしわけ", "ごめんなさい"},
		gap:  4},
	{name: "a means bought, even that (ロープまで買うてしもうた)", risk: akari.RiskHigh,
		// まで: it has come to this. Rope bought for a move or a tent is
		// said with the move or the tent.
		stems:  []string{"ロープまで", "練炭まで", "縄まで", "紐まで", "ひもまで", "睡眠薬まで", "眠剤まで", "カッターまで", "包丁まで", "七輪まで"},
		ends:   []string{"買", "こうた", "用意", "準備", "揃え", "そろえ", "手に入れ", "取り寄せ", "ポチ"},
		gap:    2,
		unless: join(ordinaryMeans, fictionContext)},
	{name: "relief in danger (危ない現場の方がホッとする)", risk: akari.RiskConcern,
		stems: []string{"危ない現場の方が", "危ない現場のほうが", "危険な現場の方が", "危険な現場のほうが", "危ない仕事の方が", "危ない仕事のほうが", "危ない場所の方が",
			"危ないとこの方が", "危ないとこのほうが", "危険な仕事の方が", "危険な仕事のほうが"},
		ends: []string{"ホッと", "ほっと", "安心", "落ち着", "楽"},
		gap:  4},
	{name: "thanks for everything, and nothing more (いままで ありがとね あかりちゃん)", risk: akari.RiskConcern,
		// A message that is only thanks for all so far is a farewell: the
		// person leaving happily says what for (転職決まった, 内定). Ends
		// listed and a narrow unless: a reading set aside would quiet the
		// goodbye others read (スマホも解約する　今までありがと　ばいばい).
		stems: []string{"今までありがと", "今まで本当にありがと", "今までほんとにありがと"},
		ends: []string{"$", "ね$", "う$", "うね$", "よ$", "ございました$", "あかりちゃん$", "ねあかりちゃん$", "うあかりちゃん$", "あかり$", "ねあかり$",
			// regards to everyone, said last (いままでありがと　みんなによろしく:
			// care set 244, round 40)
			"みんなによろしく$", "うみんなによろしく$", "みんなによろしくね$", "うみんなによろしくね$", "みんなによろしく伝えて$", "うみんなによろしく伝えて$"},
		// Leaving a job or a team is thanked so too (送別会…みんな今まで
		// ありがとう); only its words, no wider list (see above).
		unless: []string{"送別", "最終日", "最後の日", "最終出社", "退職", "卒業", "異動", "転勤", "引っ越", "転職", "決まっ", "内定"}},
	{name: "glad to have talked, one last time (さいごに 話せて よかった)", risk: akari.RiskConcern,
		stems: []string{"最後に話せてよかった", "最後に話せて良かった", "最後にあかりちゃんと話せてよかった", "最後に話を聞いてもらえてよかった", "最後に話聞いてもらえてよかった",
			"最後に誰かと話したかった", "最後にだれかと話したかった", "最後に誰かと話したくて", "最後にだれかと話したくて", "さいごにだれかと話したかった"},
		unless: join(otherPeople, []string{"辞め", "退職", "送別", "異動", "転勤", "卒業", "引っ越", "最終出社", "最終日"})},
	{name: "into the water, now (いま から かわ に はいる)", risk: akari.RiskHigh,
		stems:  []string{"川に入る", "川にはいる", "海に入る", "海にはいる", "川へ入る", "海へ入る", "川に入ります", "海に入ります", "川に入って", "海に入って", "かわに入る", "うみに入る", "かわに入ります", "うみに入ります"},
		before: &objects{keep: []string{"今から", "いまから", "これから", "今夜", "こんや", "今日", "きょう", "もう", "ひとりで", "一人で"}, need: true, window: 8},
		unless: join(fictionContext, []string{"泳", "釣り", "つり", "海水浴", "サーフィン", "サーフ", "シュノーケル", "ダイビング", "夏", "遊び", "子ども", "子供", "工事", "点検", "調査",
			"清掃", "ゴミ拾い", "水着", "ウェット", "仕事で", "作業", "漁", "船"})},
	{name: "live on for me (私の分まで頑張って)", risk: akari.RiskConcern,
		stems: []string{"私の分まで", "わたしの分まで", "俺の分まで", "おれの分まで", "僕の分まで", "ぼくの分まで", "うちの分まで", "自分の分まで", "あたしの分まで", "わたしのぶんまで", "私のぶんまで", "おれのぶんまで", "ぼくのぶんまで", "うちのぶんまで"},
		ends:  []string{"頑張って", "がんばって", "生きて", "いきて", "幸せに", "しあわせに", "長生き"},
		gap:   4,
		// Not a day off covered (明日休むから私の分まで頑張って).
		unless: []string{"休", "有給", "明日", "あした", "出張", "仕事", "シフト", "産休", "育休", "飲ん", "食べ", "試合", "応援", "代わり", "かわり", "出勤", "現場", "会議"}},
	{name: "a life ending today (しごと も いのち も きょう で おわり)", risk: akari.RiskHigh,
		stems:  []string{"命も", "命は", "命が", "いのちも", "いのちは", "人生も", "人生は"},
		ends:   []string{"今日で終わり", "今日で終わらせ", "きょうで終わり", "きょうで終わらせ", "今夜で終わり", "今夜で終わらせ", "ここで終わり", "ここで終わらせ", "これで終わり", "これで終わらせ"},
		gap:    4,
		unless: join(fictionContext, []string{"保険", "寿命", "電池", "バッテリー", "命綱", "生命線", "命日", "ゲーム", "残機", "ライフ", "スマホ", "携帯", "パソコン", "ps"})},
	{name: "one's own funeral paid for (ぼーなす で そうしきだい のこす)", risk: akari.RiskHigh,
		stems: []string{"葬式代", "葬儀代", "葬式の費用", "葬儀の費用", "葬式のお金", "葬儀のお金", "葬式だい"},
		ends:  []string{"残す", "残して", "残した", "残せ", "のこす", "のこして", "のこせ", "置いて", "おいて", "用意し", "貯めて", "ためて", "貯めた", "ためた", "封筒"},
		gap:   6,
		// Someone else's (母の葬式代), or planned for old age (終活).
		unless: join(otherPeople, []string{"親", "父", "母", "祖父", "祖母", "おじいちゃん", "おばあちゃん", "じいちゃん", "ばあちゃん", "犬", "猫", "ペット", "終活", "老後", "互助会", "保険の", "営業", "お客", "顧客", "見積"})},
	{name: "to be forgotten (子どもたちには、私のことは忘れてほしい)", risk: akari.RiskConcern,
		stems: []string{"私のことは忘れて", "私のこと忘れて", "わたしのことは忘れて", "わたしのこと忘れて", "俺のことは忘れて", "俺のこと忘れて", "僕のことは忘れて", "僕のこと忘れて",
			"自分のことは忘れて", "うちのことは忘れて", "私なんか忘れて", "俺なんか忘れて"},
		ends: []string{"ほしい", "欲しい", "ください", "下さい", "くれ", "ね", "$"},
		gap:  2,
		// A parting of lovers or colleagues (元彼に…私のことは忘れて).
		unless: []string{"彼氏", "彼女", "元彼", "元カレ", "元カノ", "別れ", "振", "恋", "退職", "異動", "転勤", "卒業", "引っ越", "歌詞", "ドラマ", "映画"}},
	{name: "one's part played out (娘の結婚式も終わったし、もう役目は終わったかな)", risk: akari.RiskConcern,
		stems: []string{"役目は終わった", "役目も終わった", "役目は終わり", "役目も終わり", "役目を終えた", "役目は果たした", "役目も果たした", "もう役目は", "役目はもう"},
		// A post or a task handed on (委員の役目は終わった), or retirement.
		unless: []string{"仕事", "プロジェクト", "担当", "引き継ぎ", "退職", "定年", "任期", "委員", "係", "pta", "部長", "課長", "店長", "リーダー", "幹事", "会長", "役員", "当番", "シフト"}},
	{name: "a surgery that need not go well (手術、うまくいかなくてもいいかな)", risk: akari.RiskConcern,
		stems:  []string{"うまくいかなくてもいい", "失敗してもいい", "成功しなくてもいい", "目が覚めなくてもいい", "目覚めなくてもいい", "そのまま起きなくてもいい"},
		before: &objects{keep: []string{"手術", "麻酔", "治療", "検査"}, need: true, window: 16}},
	{name: "a life's last day too (バイト今日でさいご。人生もさいご)", risk: akari.RiskHigh,
		stems:  []string{"人生も最後", "人生もさいご", "人生も今日で", "人生もここで", "命も最後", "いのちも最後"},
		unless: join(fictionContext, []string{"ゲーム", "残機", "人生ゲーム"})},
	{name: "a place, at an hour (2時になったらベランダから)", risk: akari.RiskHigh,
		// The hour named, then the place of a fall and nothing after it.
		stems:  []string{"ベランダから", "屋上から", "ホームから", "窓から", "橋から", "べらんだから", "おくじょうから"},
		ends:   []string{"$"},
		before: &objects{keep: []string{"時になったら", "時になれば", "時に", "時すぎたら", "時過ぎたら", "今夜", "こんや", "夜中", "明日の朝", "あしたの朝", "朝になったら", "になったら"}, need: true, window: 12},
		unless: join(fictionContext, []string{"見える", "見た", "眺め", "花火", "景色", "洗濯"})},
	{name: "pills taken from work, to be used (病棟のくすり持ち帰ってきた。つかうつもり)", risk: akari.RiskHigh,
		stems: []string{"薬持ち帰", "くすり持ち帰", "薬を持ち帰", "くすりを持ち帰", "薬もちかえ", "くすりもちかえ", "薬くすね", "くすりくすね"},
		ends:  []string{"使うつもり", "つかうつもり", "飲むつもり", "のむつもり", "全部飲", "ぜんぶのむ", "まとめて飲", "使う", "つかう", "飲む", "のむ"},
		gap:   12},
	{name: "when the children are asleep (子ども寝たら死ぬ)", risk: akari.RiskHigh,
		stems: []string{"子ども寝たら", "子供寝たら", "こども寝たら", "子どもが寝たら", "子供が寝たら", "こどもが寝たら", "子どもねたら", "こどもねたら", "家族が寝たら", "みんな寝たら",
			"夫が寝たら", "妻が寝たら", "旦那が寝たら"},
		ends:     []string{"死ぬ", "しぬ", "死にます", "しにます", "消える", "きえる", "逝く", "とぶ", "飛ぶ", "飛び降り", "終わらせ"},
		gap:      3,
		notAfter: []string{"ほど", "くらい", "ぐらい", "かと", "って", "ように", "みたい"}},
	{name: "sorry to one's mother for who one became (おかあさんごめんね、ちゃんとした大人になれんくて)", risk: akari.RiskConcern,
		stems: []string{"おかあさんごめん", "お母さんごめん", "母さんごめん", "おかんごめん", "ママごめん", "おとうさんごめん", "お父さんごめん", "父さんごめん", "母ちゃんごめん", "かあちゃんごめん"},
		ends:  []string{"なれんくて", "なれなくて", "なれへんくて", "できなくて", "できんくて", "こんな娘で", "こんな息子で", "こんな子で", "親不孝", "頑張れん", "がんばれん", "頑張れない", "がんばれない", "生んでくれたのに", "産んでくれたのに"},
		gap:   16},
	{name: "a life that only ends (一人で死ぬだけの人生)", risk: akari.RiskConcern,
		stems: []string{"死ぬだけの人生", "死んでいくだけの人生", "死んでくだけの人生", "死ぬのを待つだけ", "死ぬの待つだけ", "しぬだけの人生"}},
	{name: "better gone, the self named right before (うちがおらん方がこの子も幸せ)", risk: akari.RiskConcern,
		stems: []string{"うちがおらん方", "うちがおらんほう", "うちがいない方", "うちがいないほう", "私がいない方", "私がいないほう", "わたしがいない方", "私がおらん方",
			"自分がいない方", "自分がいないほう", "自分がおらん方", "俺がいない方", "俺がいないほう", "俺がおらん方", "僕がいない方", "僕がいないほう", "あたしがいない方",
			"わしがおらん方", "わしがいない方", "ワイがおらん方"},
		// 私がいない方が仕事が回る: the team's work, not a wish to be gone.
		notAfter: []string{"が仕事", "が業務", "がチーム", "が現場", "がうまく回", "が回る", "が早", "が効率", "が楽なら", "がいい案件"}},
	{name: "tired of living (生きるのに疲れた)", risk: akari.RiskConcern,
		stems: []string{"生きるの", "生きてるの", "生きていくの", "生きることに", "生きることが", "生きてることが", "生きてくの", "いきるの",
			"いきてるの", "人生に", "生きてるだけで", "生きていることが", "人生", "生きているの", "いきているの", "生ぎでるの", "生ぎてるの", "生きでるの", "生ぎるの"},
		ends: []string{"疲れ", "つかれ", "辛", "つら", "しんど", "嫌", "いや", "面倒", "めんど", "苦し", "くるし", "限界", "無理", "むり", "恥ずかし", "はずかし", "申し訳な"},
		gap:  6, notAfter: []string{"い仕事", "いこと", "い時期"},
		// この業界で生きてくのがしんどい: a trade or a place to make a living
		// in, not life.
		notBefore: []string{"業界で", "都会で", "東京で", "田舎で", "この仕事で", "フリーランスで", "として"}},
	{name: "better off without me", risk: akari.RiskConcern,
		stems: []string{"私なんて", "私なんか", "自分なんて", "自分なんか", "僕なんて", "俺なんて", "俺なんか", "あたしなんて", "わたしなんて",
			"うちなんて", "うちなんか", "私が", "自分が", "僕が", "俺が", "あたしが", "わたしが", "私は", "自分は", "私さえ", "自分さえ",
			"わたしなんか", "あたしなんか", "僕なんか", "ぼくなんか", "おれなんか", "私だけ", "わたしだけ", "自分だけ", "僕だけ", "俺だけ", "あたしだけ", "うちだけ"},
		ends: []string{"いないほうがいい", "いない方がいい", "いなくなればいい", "いなくなっても誰も", "いなくなっても困らない", "いなくなった方がいい",
			"いなくなったほうがいい", "消えれば", "消えても誰も", "死んでも誰も", "存在しない方が", "存在しないほうが", "いらない人間",
			"生まれてこなければ", "生まれてこなきゃ", "いない方が", "いないほうが", "居ない方が", "居ないほうが", "いなくなればみんな",
			"いなくなれば楽", "いなくなったらみんな楽", "いなくなったら楽", "おらんほうが", "おらん方が", "おらんくなれば", "いなければ"},
		gap: 4, unless: []string{"有給", "休暇", "休んでも", "問題な", "回るかも"}},
	// Round 37 (crisis set 265): the same, the pronoun typed bare before
	// it, as in a message typed a word at a time (おれ いないほうが).
	{name: "better off without me, the pronoun bare (俺いない方が)", risk: akari.RiskConcern,
		stems: []string{"私", "わたし", "自分", "僕", "ぼく", "俺", "おれ", "あたし", "うち"},
		ends: []string{"いないほうが", "いない方が", "居ない方が", "居ないほうが", "おらんほうが", "おらん方が", "いなければ", "いなくなれば",
			"いなくなったほうが", "いなくなった方が",
			// おれ さえ いなければ (crisis set 289)
			"さえいなければ", "さえいなけりゃ", "さえいなかったら", "さえおらんかったら", "さえおらんければ", "さえ居なければ"},
		gap: 1, notBefore: []string{"の", "が", "は"}, unless: []string{"有給", "休暇", "休んでも", "問題な", "回るかも", "会議", "打ち合わせ", "飲み会"}},
	// Round 38 (crisis set 283): the same after 私なんか, whatever the
	// sentence before it was about (在宅ずるいって陰で言われてる。わたしなんか
	// さいしょからいなきゃよかった): the work there is the cause, not the
	// one wished gone.
	{name: "goodbyes said to everyone (さっきみんなにお別れ言ってきた)", risk: akari.RiskConcern,
		// Said with nothing ending but oneself — no shop closing, move or
		// last day (care set 229, round 38: a closing café, corrected after).
		stems: []string{"お別れ言って", "お別れを言って", "おわかれ言って", "おわかれいって", "お別れしてき", "お別れ言いに", "さよなら言ってき", "さよならを言ってき", "さよならいってき"},
		unless: []string{"閉店", "店", "送別", "最終日", "最終出社", "卒業", "引っ越", "転勤", "異動", "退職", "辞め", "ペット", "犬", "猫", "祖", "葬", "告別", "お通夜",
			"元カレ", "元彼", "元カノ", "彼氏", "彼女", "留学", "上京", "帰国", "単身赴任", "旅行", "出張", "推し", "ライブ", "ドラマ", "映画", "ゲーム", "サービス", "終了"}},
	{name: "death chosen over quitting (辞めるか死ぬかなら死ぬほう選ぶ)", risk: akari.RiskHigh,
		stems:  []string{"死ぬほう", "死ぬ方", "しぬほう", "死ぬほうを", "死ぬ方を", "死ぬのを", "死を"},
		ends:   []string{"選ぶ", "えらぶ", "選びたい", "選んでしまい", "選ぶかも"},
		gap:    1,
		unless: join(fictionContext, []string{"笑", "ネタ", "冗談", "クイズ", "質問", "心理テスト"})},
	{name: "a reason not to die, looked for (死なない理由探してる)", risk: akari.RiskConcern,
		stems:  []string{"死なない理由", "死なへん理由", "生きる理由", "生きてる理由", "生きていく理由", "生き続ける理由"},
		ends:   []string{"探して", "さがして", "探し", "さがし", "見つけ", "みつけ", "見つから", "みつから", "ない"},
		gap:    3,
		unless: join(fictionContext, []string{"本", "映画", "旅", "歌", "曲", "講演", "セミナー", "テーマ"})},
	{name: "I of all people better gone (私なんか最初からいなきゃよかった)", risk: akari.RiskConcern,
		stems: []string{"私なんか", "わたしなんか", "自分なんか", "じぶんなんか", "俺なんか", "おれなんか", "僕なんか", "ぼくなんか", "あたしなんか", "うちなんか",
			"私なんて", "わたしなんて", "自分なんて", "俺なんて", "おれなんて", "僕なんて"},
		ends: []string{"いなきゃよかった", "いなければよかった", "いなけりゃよかった", "いない方が", "いないほうが", "居ない方が", "おらんほうが", "おらん方が",
			"生まれてこなければ", "生まれてこなきゃ", "生まれてこなけりゃ", "いなくなれば", "いなくなった方が", "いなくなったほうが", "消えた方が", "消えたほうが",
			"死んだ方が", "死んだほうが", "存在しない方が", "存在しないほうが"},
		gap: 10, unless: []string{"って言われ", "と言われ", "っていわれ", "といわれ", "有給", "休暇", "会議", "飲み会", "打ち合わせ", "問題な", "回る"}},
	// Round 38 (crisis set 280): the self typed bare before what it is to
	// everyone (おれ めいわく なだけ; おれ なんか いらん にんげん), and no one's
	// need of one (だれにも ひつようと されてない) — not a thing's.
	// Round 39 (crisis sets 292, 294 and 296): the blind sets' signs no
	// construction read, each with its everyday twin in risk_test.go.
	{name: "resolved to die (もう死ぬ気だ)", risk: akari.RiskHigh,
		// 死ぬ気で is the idiom (死ぬ気でやれ); 死ぬ気だ said and stopped is
		// a resolve.
		stems:    []string{"死ぬ気だ", "死ぬ気です", "死ぬ気や", "死ぬ気なんだ", "死ぬ気なんです", "死ぬ気でおる", "しぬきだ"},
		notAfter: []string{"っ", "ろう", "と思えば", "になれば"},
		unless:   []string{"ダイエット", "受験", "勉強", "試験", "練習", "頑張", "がんば", "やれば", "覚悟で", "働け", "やれ"}},
	{name: "a burden however one is (おれなんかおってもお荷物なだけ)", risk: akari.RiskConcern,
		stems:  []string{"なんかおっても", "なんかいても", "なんかおったって", "なんかいたって", "なんていても", "なんかおっても"},
		ends:   []string{"お荷物", "迷惑", "邪魔", "足手まとい", "足手纏い"},
		gap:    2,
		before: &objects{keep: []string{"私", "わたし", "自分", "僕", "ぼく", "俺", "おれ", "あたし", "うち", "わし", "おら"}, need: true, window: 2}},
	{name: "not only the company left (やめるのは会社だけじゃない)", risk: akari.RiskConcern,
		stems: []string{"やめるのは", "辞めるのは", "いなくなるのは", "消えるのは", "終わるのは"},
		ends:  []string{"会社だけじゃな", "会社だけではな", "会社だけとちゃ", "仕事だけじゃな", "仕事だけではな", "職場だけじゃな", "職場だけではな"},
		gap:   1},
	{name: "another letter than the resignation (辞表じゃなくて別の手紙)", risk: akari.RiskHigh,
		stems: []string{"辞表じゃなくて", "辞表じゃなく", "辞表ではなく", "退職届じゃなくて", "退職届じゃなく", "退職届ではなく", "退職願じゃなくて", "退職願ではなく"},
		ends:  []string{"別の手紙", "違う手紙", "ちがう手紙", "手紙", "遺書"},
		gap:   8},
	{name: "a load wished to fall (あの棚が倒れてきたらなあ)", risk: akari.RiskConcern,
		stems: []string{"倒れてきたら", "落ちてきたら", "崩れてきたら", "降ってきたら"},
		ends:  []string{"なあって", "なぁって", "なあと", "いいのに", "いいなって", "楽になれ", "楽かな", "終われる"},
		gap:   1,
		before: &objects{keep: []string{"棚", "荷物", "鉄骨", "看板", "資材", "パレット", "天井", "照明", "積荷", "足場", "コンテナ", "ラック", "木材", "鉄板", "あれ"},
			need: true, window: 12},
		unless: []string{"地震", "怖", "こわ", "危な", "対策", "防止", "点検", "ヒヤ", "ひや", "お金", "宝くじ", "札束"}},
	{name: "broken at last, wished (いっそ早う壊れたい)", risk: akari.RiskConcern,
		// No unless: いっそ is everyone's, and a stem set aside would hide
		// it from the model wherever the unless words stand.
		stems: []string{"いっそ早う壊れたい", "いっそ早く壊れたい", "いっそはよ壊れたい", "いっそ壊れたい", "いっそ壊れてしまいたい", "いっそ壊れちゃいたい", "いっそこわれたい"}},
	{name: "a curve not taken (あのカーブ、ハンドルきらない)", risk: akari.RiskHigh,
		stems:  []string{"カーブ", "かーぶ"},
		ends:   []string{"ハンドル切らない", "ハンドルきらない", "ハンドル切らずに", "ハンドルきらずに", "ハンドルを切らない", "ハンドルを切らずに", "曲がらずに", "まがらずに", "曲がらないで", "まがらないで"},
		gap:    4,
		unless: []string{"教習", "練習", "曲がりきれ", "危なかった", "ヒヤ", "ひや", "ゲーム", "マリカ", "教官", "免許"}},
	{name: "means kept within reach (薬品…いつでも飲めるように)", risk: akari.RiskHigh,
		// The phrase is the stem and the means the object before it: a
		// means as a stem with an unless would set the means aside
		// wherever a child or a headache is named.
		stems:  []string{"いつでも飲めるよう", "いつでものめるよう", "すぐ飲めるよう"},
		before: &objects{keep: join(drugs, []string{"薬品", "農薬", "洗剤", "劇薬"}), need: true, window: 20},
		unless: []string{"薬局", "常備", "頭痛", "花粉", "風邪", "持病", "酔い止め", "旅行", "災害", "防災", "ピル", "発作", "喘息", "アレルギー", "処方通り", "水筒", "ペットボトル"}},
	{name: "asleep and staying so (ねむったままでいたい)", risk: akari.RiskConcern,
		stems: []string{"眠ったままでいたい", "眠ったままでいられたら", "眠ったままでいれたら", "眠ったままがいい", "目が覚めないままでいたい", "眠ったままでおりたい"}},
	{name: "not meaning to live that long (そこまで生きとるつもりもない)", risk: akari.RiskConcern,
		// The intent is the stem: its ends (もない) would read as a denial
		// after the word つもり (つもりもない denies a plan).
		stems: []string{"そこまで生きとるつもり", "そこまで生きてるつもり", "そこまで生きるつもり", "そこまで生きておるつもり", "そこまでいきてるつもり", "そこまでいきとるつもり", "そこまでいきるつもり", "それまで生きとるつもり", "それまで生きてるつもり", "それまで生きるつもり", "それまで生きておるつもり", "それまでいきてるつもり", "それまでいきとるつもり", "それまでいきるつもり", "老後まで生きとるつもり", "老後まで生きてるつもり", "老後まで生きるつもり", "老後まで生きておるつもり", "老後までいきてるつもり", "老後までいきとるつもり", "老後までいきるつもり", "その歳まで生きとるつもり", "その歳まで生きてるつもり", "その歳まで生きるつもり", "その歳まで生きておるつもり", "その歳までいきてるつもり", "その歳までいきとるつもり", "その歳までいきるつもり", "そんなに長く生きとるつもり", "そんなに長く生きてるつもり", "そんなに長く生きるつもり", "そんなに長く生きておるつもり", "そんなに長くいきてるつもり", "そんなに長くいきとるつもり", "そんなに長くいきるつもり"},
		ends:  []string{"もない", "はない", "ない", "もなか", "もねえ", "あらへん", "もあらへん"},
		gap:   0},
	{name: "no reason to wake tomorrow (なんのために明日起きるんかわからん)", risk: akari.RiskConcern,
		stems:  []string{"何のために明日起き", "なんのために明日起き", "なんのためにあした起き", "なんのためにあしたおき", "何のために朝起き", "なんのために朝起き", "なんのために起き", "何のために起き", "なんのためにおき"},
		ends:   []string{"わからん", "わからない", "分からない", "分からん", "わかんない", "わかんね"},
		gap:    4,
		unless: []string{"会社", "仕事", "職場", "出勤", "満員電車", "通勤", "バイト", "働", "シフト", "早番", "部活"}},
	{name: "a job's last day (コールセンター最終日！さよなら、ヘッドセット)", risk: akari.RiskNone,
		// A farewell to a job on its last day: the model alone read one at
		// 0.97 (crisis set 299). Only with the workplace or the work named
		// before it: 今日が最終日 alone is left to the model.
		stems:  []string{"最終日", "最終出勤", "ラスト出勤"},
		before: &objects{keep: join(workObjects, []string{"コールセンター", "勤務", "出勤", "パート", "アルバイト", "契約", "派遣", "職場の", "店での", "現場の"}), need: true, window: 10}},
	{name: "workplace safety talk (安全委員会で言ってみる)", risk: akari.RiskNone,
		// A fall or a height raised as a hazard at work: ordinary talk,
		// which the model alone had read at 0.85 (crisis set 299).
		stems: []string{"安全委員会", "安全対策", "ヒヤリハット", "ひやりはっと", "労災防止", "転落防止", "墜落防止", "ky活動", "安全パトロール", "安全衛生"}},
	{name: "a parlour game of last meals (人生最後の晩ごはん何にする？)", risk: akari.RiskNone, settled: true,
		stems: []string{"最後の晩ごはん", "最後の晩御飯", "最後の晩ご飯", "最後の晩餐", "最後の食事何", "最後に食べたいもの", "最後に食べるなら"}},
	{name: "vanishing from the company, said after (消えたいのは会社からであって)", risk: akari.RiskNone, settled: true,
		// Only the company named and nothing else (not 辞めたいのは仕事
		// なのか人生なのか, nor 消えたいのは会社からじゃない。全部から).
		stems: []string{"消えたいのは", "きえたいのは", "いなくなりたいのは"},
		ends: []string{"会社からであって", "会社からやけん", "会社からだけ", "会社からです", "会社からだよ", "会社からやで", "職場からであって", "職場からだけ", "職場からです",
			"仕事からであって", "仕事からだけ", "バイト先からであって", "バイトからであって", "バイトからだけ"},
		gap: 0},
	{name: "no reason left, without が (もう、がんばるりゆうない)", risk: akari.RiskConcern,
		stems: []string{"頑張る理由ない", "がんばる理由ない", "頑張る理由ねえ", "頑張る理由ねー", "生きる理由ない", "生きてる理由ない", "頑張る理由なんてない", "頑張る理由なんかない"},
		unless: []string{"会社", "職場", "仕事", "辞め", "転職", "バイト", "チーム", "部署", "ここで", "この店", "資格", "試験", "勉強", "部活", "ダイエット", "筋トレ",
			"プロジェクト", "案件", "給料", "評価", "昇給", "ボーナス", "推し"}},
	{name: "after one's time, thought of and tidied (あとのこと考えて、へや片した)", risk: akari.RiskHigh,
		stems: []string{"後のこと考えて", "あとのこと考えて", "あとのことかんがえて", "後のことを考えて", "あとのことを考えて", "後のことかんがえて"},
		ends:  []string{"部屋片", "部屋を片", "部屋の片", "身の回り", "片付け", "片し", "かたし", "かたづけ", "整理", "処分", "捨て", "すて"},
		gap:   6,
		unless: []string{"引き継ぎ", "引継ぎ", "異動", "退職", "辞め", "転勤", "引っ越し", "老後", "仕事", "会社", "出張", "旅行", "資料", "デスク", "机", "書類",
			"ファイル", "年末", "大掃除", "来客", "帰省", "入院", "手術"}},
	{name: "clearing the rooms of the dead as one's trade (遺品整理の仕事始めたと)", risk: akari.RiskNone,
		// Other people's lives and deaths, handled at work: the model
		// alone read a new job's care for them at 0.97 (crisis set 306).
		stems: []string{"遺品整理の仕事", "遺品整理士", "遺品整理業", "遺品整理の会社", "遺品整理の現場", "遺品整理のバイト", "特殊清掃の仕事", "特殊清掃の現場", "特殊清掃のバイト"}},
	{name: "a goodbye to the chat with an offer in hand (内定出たから、これが最後の相談かも)", risk: akari.RiskNone, settled: true,
		// The worry settled, said with thanks: the model alone read the
		// goodbye at 0.99 (crisis set 304, round 40).
		stems: []string{"内定出た", "内定でた", "内定もらえた", "内定もらった", "内定いただ", "内定が出", "転職決まった", "転職が決まった", "転職先決まった", "転職先が決まった",
			"就職決まった", "就職が決まった", "次の仕事決まった", "次の仕事が決まった", "次決まった", "次が決まった"},
		ends: []string{"最後の相談", "最後のメッセ", "最後のライン", "最後のline", "最後になる", "最後かも", "さよなら", "さようなら", "バイバイ", "ばいばい", "卒業"},
		gap:  30},
	{name: "another way of quitting (辞められないなら別の辞め方しかない)", risk: akari.RiskConcern,
		// Said when quitting the job is refused: the way out of a life,
		// not a resignation service (crisis set 303, round 40).
		stems:  []string{"別の辞め方", "ほかの辞め方", "他の辞め方", "違う辞め方", "別のやめ方", "ほかのやめ方", "他のやめ方", "違うやめ方", "別の方法で辞め", "別の方法でやめ"},
		ends:   []string{"しかない", "しかな", "するしか", "しかあら", "しかねえ", "しかねー", "しかありませ"},
		gap:    3,
		unless: []string{"退職代行", "代行", "弁護士", "労基", "労働基準", "内容証明", "郵送", "メール", "バックレ", "ばっくれ", "有給", "相談", "ユニオン", "組合"}},
	{name: "the credits of a life, wished to roll (はやく じんせい の えんどろーる ながれて ほしい)", risk: akari.RiskConcern,
		stems: []string{"人生のエンドロール", "人生のえんどろーる"},
		ends:  []string{"流れて", "ながれて", "流れ", "ながれ", "始まら", "はじまら"},
		gap:   4},
	{name: "not only the job, everything given up (仕事だけじゃなくて、もう全部やめたい)", risk: akari.RiskConcern,
		stems: []string{"仕事だけじゃなくて", "仕事だけじゃなく", "会社だけじゃなくて", "会社だけじゃなく", "仕事だけやなくて", "会社だけやなくて"},
		ends:  []string{"全部やめたい", "ぜんぶやめたい", "全部辞めたい", "全部終わりにしたい", "全部終わらせたい", "全部おわりにしたい", "全部やめてしまいたい"},
		gap:   8},
	{name: "not quitting, only not coming from tomorrow (辞めるんじゃないよ、明日から来ないだけ)", risk: akari.RiskHigh,
		stems: []string{"辞めるんじゃない", "辞めるわけじゃない", "やめるんじゃない", "退職じゃない", "辞めるんやない"},
		ends:  []string{"明日から来ない", "明日からこない", "もう来ない", "明日からいない", "もういない", "明日からおらん", "もうおらん"},
		gap:   10},
	{name: "relief after a chore (こどもねた。やっとらくになった)", risk: akari.RiskNone,
		// The relief of an evening's end, not a wish: the model alone read
		// a child asleep and the kana of 楽 at 0.89 (crisis set 292).
		stems: []string{"やっと楽になった", "やっとらくになった", "少し楽になった", "ちょっと楽になった", "だいぶ楽になった", "すごく楽になった", "めっちゃ楽になった", "かなり楽になった"}},
	// Wishing to follow someone who died (父が亡くなって半年。私もそっちに
	// 行きたいなと思う: crisis set 352, round 46): a death told before.
	{name: "following the dead (私もそっちに行きたい)", risk: akari.RiskConcern,
		stems:  []string{"そっちに行き", "そっちにいき", "そっちへ行き", "そちらに行き", "そちらへ行き", "そっち側に行き", "そちら側に行き", "あっちに行き", "あっちにいき", "同じところに行き", "同じ所に行き", "同じ場所に行き"},
		ends:   []string{"たい", "たく", "てえ", "たか", "たいな"},
		before: &objects{keep: []string{"亡くな", "なくな", "死ん", "逝っ", "他界", "天国", "旅立", "先立た", "葬儀", "四十九日", "一周忌", "亡き", "お墓"}, need: true, window: 40}},
	{name: "the last call for one, hoped for (はやくおむかえ、こないかな)", risk: akari.RiskConcern,
		// No unless: お迎え is every parent's word, and a stem set aside
		// would hide it from the model wherever a child is named. A
		// nursery's pick-up or a resident's words, said just before, are
		// the objects that make it ordinary.
		stems: []string{"お迎え", "おむかえ"},
		ends: []string{"来ないかな", "こないかな", "来てほしい", "きてほしい", "来てくれんかな", "来ればいいのに", "くればいいのに", "来てくれないかな", "きてほしい", "来ればいい", "くればいい",
			// お迎えが早う来てくれんかと、毎晩手を合わせとる
			"が早く来てほしい", "が早う来てほしい", "が早う来てくれんか", "が早く来てくれんか", "が早く来てくれない", "が早く来ればいい", "が早く来てくれたら", "がはよ来てくれんか",
			"早う来てくれんか", "早く来てくれんか", "はよ来てくれんか", "はよ来てほしい",
			// はよお迎えが来んかのう (crisis set 402, round 53)
			"来んかのう", "来んかの", "来んかな", "こんかのう", "来んもんか", "来てくれんかのう"},
		gap: 2,
		notAfter: []string{"と言", "って言", "っていわ", "といわ", "って毎日言", "って毎日いわ", "ってよく言", "とよく言", "って頼", "と頼",
			"のに間に合", "まで", "の時間",
			// said laughing, someone's words (『もうお迎え来てほしいわ〜』って
			// 笑いながら言うから: crisis set 397, round 53)
			"わって", "って笑", "ってわら", "わって笑", "わってわら",
			// someone's 口癖 (「早うお迎え来てほしいわ」が口癖, round 41)
			"が口癖", "わが口癖", "って口癖", "わって口癖", "が口ぐせ", "わが口ぐせ", "っていうのが口癖", "ってのが口癖"},
		// A grandparent's 口癖 (ばあちゃんが「早うお迎え来てほしいわ」が口癖, round 41).
		before: &objects{veto: []string{"保育園", "園", "学童", "幼稚園", "塾", "駅", "利用者", "入居者", "患者", "夫", "旦那", "パパ", "ママ", "親", "母", "父", "子ども", "子供", "息子", "娘",
			"ばあちゃん", "じいちゃん", "ばあさん", "じいさん", "ばあば", "じいじ", "祖父", "おばあ", "おじい"},
			settled: true, window: 8}},
	{name: "I, only a nuisance (おれ めいわく なだけ)", risk: akari.RiskConcern,
		stems: []string{"私", "わたし", "自分", "じぶん", "僕", "ぼく", "俺", "おれ", "あたし", "うち"},
		ends: []string{"迷惑なだけ", "迷惑でしかない", "邪魔なだけ", "邪魔でしかない", "いらん人間", "いらない人間", "要らない人間", "要らん人間", "いらん存在",
			"いらない存在", "要らない存在", "いらない子", "いらん子"},
		// No unless: its stems are everyone's, and a stem set aside would
		// hide the words from the model in every message that has them.
		gap: 4, notBefore: []string{"の", "が"}, notAfter: []string{"って言われ", "と言われ", "っていわれ", "といわれ", "扱い"}},
	{name: "needed by no one (誰にも必要とされてない)", risk: akari.RiskConcern,
		stems: []string{"誰にも必要と", "だれにも必要と", "誰からも必要と", "だれからも必要と", "どこにも必要と", "社会に必要と", "世の中に必要と", "世界に必要と"},
		// Said of oneself, the clause ends there: a thing no one needs
		// (誰にも必要とされない仕事, 書類) is work talk, and no end matches.
		ends: func() []string {
			var out []string
			for _, neg := range []string{"されてない", "されていない", "されとらん", "されてへん", "されない", "されてねえ", "されてません", "されていません"} {
				// (the crisis view keeps no stops: the clause's end is
				// the message's, or a word that closes a clause)
				out = append(out, neg+"$", neg+"し", neg+"って", neg+"んだ", neg+"よね", neg+"な", neg+"から", neg+"ので", neg+"のに", neg+"わ", neg+"よ")
			}
			return out
		}(),
		gap: 1},
	// Round 31 (crisis set 210): life not felt, oneself replaced, an early
	// end welcomed.
	{name: "life not felt (生きてる感じが全然しない)", risk: akari.RiskConcern,
		stems: []string{"生きてる感じ", "生きている感じ", "生きてる実感", "生きている実感", "生きてる心地", "いきてるかんじ"},
		ends:  []string{"がしない", "がしません", "しない", "がない", "ない", "がまったくしない", "が全然しない", "が全くしない", "がぜんぜんしない", "全然しない", "がせん", "がしねえ", "がわかない", "が持てない", "がもてない"},
		gap:   2,
		// 生きてる感じがしないくらい忙しい: a degree (read by read).
		unless: join(fictionContext, []string{"ジェットコースター", "お化け屋敷", "地震", "事故りそう", "怖かった", "こわかった"})},
	{name: "oneself replaced, wished (私じゃない人がママだったらよかった)", risk: akari.RiskConcern,
		stems: []string{"私じゃない人が", "私じゃない誰かが", "私じゃなくて別の人が", "私以外の人が", "私以外の誰かが", "自分じゃない人が", "自分じゃない誰かが", "俺じゃない誰かが", "僕じゃない誰かが",
			"私じゃない人の方が", "私じゃない人のほうが", "別の人がママ", "他の人がママ", "別の人が母親", "他の人が母親"},
		ends:   []string{"だったらよかった", "だったら良かった", "だったらいい", "ならよかった", "なら良かった", "ならいい", "の方がよかった", "のほうがよかった", "の方がいい", "のほうがいい", "だったらな", "ならな"},
		gap:    10,
		unless: []string{"担当", "シフト", "当番", "係", "幹事", "司会", "発表", "プレゼン", "リーダー", "上司", "店長", "担任", "営業", "対応"}},
	{name: "an early end welcomed (早めに終わるならそれでいい)", risk: akari.RiskConcern,
		stems:  []string{"早めに終わるなら", "早く終わるなら", "早めに終われるなら", "早く終われるなら", "早めに終わっても", "早く終わっても", "早めに死ねるなら", "早く死ねるなら"},
		ends:   []string{"それでいい", "それもいい", "いい", "悪くない", "構わない", "かまわない", "ありがたい", "本望"},
		gap:    4,
		before: &objects{keep: []string{"引っかか", "ひっかか", "再検査", "精密検査", "要検査", "要精密", "異常", "がん", "癌", "病気", "余命", "寿命", "命"}, need: true, window: 40}},
	{name: "others relieved at my going (私が消えたら課長もせいせいする)", risk: akari.RiskConcern,
		stems: []string{"消えたら", "きえたら", "いなくなったら", "居なくなったら", "おらんくなったら", "おらんようになったら", "死んだら", "しんだら", "消えれば", "いなくなれば"},
		ends: []string{"せいせい", "清々", "喜ぶ", "よろこぶ", "喜び", "喜ばれ", "すっきり", "スッキリ", "ほっとする", "ホッとする", "楽になる", "らくになる", "助かる", "困らない", "困らん",
			"平和", "うまく回る", "上手く回る", "丸く収ま", "万々歳", "ばんざい", "バンザイ",
			// 私が消えたら、みんな笑顔になるのかな (crisis set 348, round 46).
			"笑顔", "えがお", "幸せになれる", "幸せになる", "しあわせになる", "しあわせになれる", "うまくいく", "上手くいく"},
		gap:    12,
		before: &objects{keep: []string{"私が", "自分が", "僕が", "俺が", "あたしが", "わたしが", "うちが", "わいが", "おらが", "私さえ", "自分さえ", "俺さえ"}, need: true, window: 5},
		unless: []string{"有給", "休暇", "休み", "休ん", "異動", "転勤", "退職", "辞め", "やめ", "産休", "育休", "出張", "旅行", "帰省", "引っ越"}},
	{name: "gone from this world (この世にいない)", risk: akari.RiskConcern,
		stems: []string{"この世にいな", "この世のどこにもいな", "この世にはいな", "この世からいなくな", "この世からいな", "この世にもういな",
			"この世に居な", "この世にもいな", "この世からおらん", "この世におらん"},
		// この世にいないくらいのつもりで通知を切る: as if gone.
		notAfter: []string{"いことを", "い人", "いくらいのつもり", "いくらいの気持ち", "いつもりで", "いものとして", "い体で"},
		before: &objects{settled: true, veto: join(thirdParties, []string{"親", "父親", "母親", "祖父", "祖母", "あの子", "彼", "彼女", "友達", "同期"}),
			window: 6, from: []string{"は", "が", "も", "って", "なんて"}}},
	{name: "leaving for their sake (消えてあげた方が)", risk: akari.RiskConcern,
		stems: []string{"消えてあげ", "きえてあげ", "いなくなってあげ", "居なくなってあげ", "死んであげ", "消えてやった方", "いなくなってやった方"}},
	{name: "heaven as rest (お空の上は楽)", risk: akari.RiskConcern,
		stems:    []string{"お空の上", "お空に行", "お空にいき", "お空へ行", "お星さまにな", "お星様にな", "星になりたい", "星になれたら", "天国で休", "天国は楽", "天国なら楽"},
		notAfter: []string{"の", "から見", "にいる", "で見"},
		unless:   []string{"ペット", "犬", "猫", "うちの子", "おばあちゃん", "おじいちゃん", "祖母", "祖父", "亡くな", "虹の橋", "スター"},
		before:   &objects{settled: true, veto: thirdParties, window: 8, from: []string{"は", "が", "も"}}},
	{name: "no life after this one (来世はいらない)", risk: akari.RiskConcern,
		stems: []string{"次の人生はいらな", "次の人生もいらな", "来世はいらな", "来世いらな", "来世もいらな", "生まれ変わりたくな", "生まれ変わりなんていらな",
			"二度と生まれたくな", "もう生まれてきたくな", "二度と生まれてきたくな", "生まれ変わらなくてい",
			"生まれたくなかった", "生まれてきたくなかった", "生まれたくなんてなかった", "うまれたくなかった"},
		notAfter: []string{"いから今", "いので今", "いくらい今", "いくらい幸せ"}},
	{name: "death as the way out of work (いっそ死んだら辞められるのかな)", risk: akari.RiskConcern,
		stems: []string{"死んだら", "死ねば", "死ねたら", "死んだほうが", "死んだ方が", "死んじゃえば", "死んでしまえば"},
		ends: []string{"辞められ", "やめられ", "休め", "会社行かなくて", "会社に行かなくて", "仕事行かなくて", "仕事に行かなくて", "出勤しなくて", "行かなくて済",
			"行かずに済", "働かなくて"},
		gap: 6, notAfter: []string{"ない"},
		before: &objects{settled: true, veto: join(thirdParties, []string{"上司", "社長", "部長", "課長", "店長", "親", "父", "母", "あいつ", "先輩"}), window: 8, from: []string{"が", "は", "さえ"}}},
	{name: "nothing left (もう何も残ってない)", risk: akari.RiskConcern,
		stems:    []string{"何も残ってな", "なにも残ってな", "なんも残ってな", "何も残ってい", "何も残らな", "何ひとつ残ってな", "何一つ残ってな", "なにものこってな"},
		notAfter: []string{"かった", "くて"},
		// Not a wallet, a fridge, a day's strength spent: 口座に何も残ってない.
		before: &objects{veto: []string{"冷蔵庫", "財布", "口座", "在庫", "タスク", "仕事", "会議", "体力", "気力", "記憶", "記録", "データが", "データを", "データ消", "データ入力", "データは", "データも", "履歴",
			"写真", "メモ", "ログ", "机", "部屋", "家", "手元", "給料", "お金", "金", "有給", "有休", "ケーキ", "お菓子", "料理", "ご飯", "弁当", "棚", "資料", "引き継ぎ", "印象"}, window: 12,
			from: []string{"に", "には", "は", "も", "にも", "で", "から", "の中", "もう", "が"}},
		unless: []string{"笑", "出し切", "使い切", "やり切", "やりきっ", "片付け", "片づけ", "買い物", "給料日", "ボーナス", "燃え尽き"}},
	{name: "the grave as the only rest (お墓くらいしか)", risk: akari.RiskConcern,
		stems: []string{"お墓", "墓", "おはか"},
		ends: []string{"に入りたい", "にはいりたい", "に入れたら", "に入れば楽", "くらいしか", "ぐらいしか", "しかない", "で眠りたい", "で休みたい",
			"で休め", "の中で休", "に入った方が", "に入ったほうが"},
		gap:    2,
		unless: []string{"墓参り", "お墓参り", "墓じまい", "霊園", "納骨"},
		before: &objects{settled: true, veto: thirdParties, window: 8, from: []string{"の"}}},
	{name: "dying now, romaji (mou shinu)", risk: akari.RiskHigh,
		stems:    []string{"moushinu", "moushinou", "shinukara", "shinimasu"},
		notAfter: []string{"hodo", "kato", "kamo", "gurai", "kurai", "yo", "wa"}},
	{name: "wish to disappear, English (i wish i could just disappear)", risk: akari.RiskConcern,
		stems:     []string{"iwish", "wishicould", "iwant", "iwanna", "wannajust", "wanttojust", "justwantto"},
		ends:      []string{"disappear", "vanish", "notexist", "stopexisting", "notwakeup", "sleepforever", "fallasleepandnever"},
		gap:       10,
		notBefore: []string{"not", "nt", "never"},
		notAfter:  awayForAWhile},
	{name: "jump, English (jump off the bridge)", risk: akari.RiskHigh,
		stems: []string{"jumpoff", "jumpfrom", "jumpinfrontof", "stepinfrontof", "throwmyself", "jumpingoff", "jumpinginfrontof"},
		ends:  []string{"bridge", "roof", "building", "cliff", "balcony", "train", "platform", "tracks", "truck", "car", "window", "floor"},
		gap:   14, notBefore: []string{"not", "nt", "never"}},
	{name: "living on, not wished (生きたいとも思わない)", risk: akari.RiskConcern,
		stems: []string{"生きたい", "生きていたい", "生きてたい", "生き続けたい", "存在していたく", "存在したく", "存在してたく", "存在していたい"},
		ends:  []string{"とも思わな", "と思わな", "と思えな", "とも思えな", "とは思わな", "って思えな", "気持ちがな", "ない", "なくな", "ね", "と思ったことがな"},
		gap:   2},
	{name: "giving up living (生きるのやめる)", risk: akari.RiskHigh,
		stems:    []string{"生きるの", "生きること", "息するの", "息をするの", "いきるの", "生きてくの", "生きていくの"},
		ends:     []string{"をやめ", "やめ", "止め", "おしまい", "終わりに", "放棄", "を諦め", "諦め", "あきらめ"},
		gap:      3,
		notAfter: []string{"ない", "なかった", "ず", "させない", "させな", "ちゃだめ", "ちゃダメ", "るな"}},
	{name: "better never born (生まれなきゃよかった)", risk: akari.RiskConcern,
		stems: []string{"生まれなきゃ", "生まれなけりゃ", "産まれなきゃ", "うまれなきゃ", "生まれてこなかったら", "生まれてなければ", "生まれてこなけりゃ"},
		ends:  []string{"よかった", "良かった", "楽だった", "誰も"},
		gap:   2},
	{name: "how long must I live (いつまで生きなきゃ)", risk: akari.RiskConcern,
		stems: []string{"いつまで", "あと何年", "あと何十年", "何十年も"},
		ends: []string{"生きなきゃ", "生きなければ", "生きなくちゃ", "生きてなきゃ", "生きていかな", "生きてかな", "生き続けな", "生きていなきゃ",
			"生きてればいい", "生きていればいい", "生きればいい", "生きてれば"},
		gap: 4, notAfter: []string{"られる", "られ", "いける", "る予定", "るつもり"}},
	// Round 41 (crisis set 317, read): a jump only a closed window
	// prevented, the children entrusted in case something happens to me,
	// a kind word to oneself for being alive.
	{name: "a jump only the place prevented (窓が開いてたらとっくに飛んでる)", risk: akari.RiskHigh,
		stems: []string{"開いてたら", "開いてれば", "開いていたら", "開いてりゃ", "開けられたら", "開けられれば", "あいてたら", "あいてれば"},
		ends:  []string{"とっくに飛", "とっくに落ち", "もう飛んで", "もう飛び降り", "今頃飛", "いまごろ飛", "飛んでる", "飛んでた", "飛び降りてる", "飛び降りてた", "飛んでいる", "飛んでいた"},
		gap:   2,
		// 窓が開いてたら虫が飛んでる: something else flies in.
		unless: []string{"虫", "鳥", "蚊", "ハエ", "蜂", "ハチ", "紙", "書類", "風で", "ほこり", "埃", "花粉"},
		before: &objects{keep: []string{"窓", "まど", "屋上", "ベランダ", "非常口", "非常階段"}, need: true, window: 30}},
	{name: "others asked to look after in case something happens to me (私に何かあったら子どもたちをお願い)", risk: akari.RiskConcern,
		stems: []string{"私に何かあったら", "私になにかあったら", "わたしに何かあったら", "わたしになにかあったら", "俺に何かあったら", "おれになにかあったら", "俺になにかあったら",
			"僕に何かあったら", "僕になにかあったら", "ぼくになにかあったら", "自分に何かあったら", "自分になにかあったら", "あたしに何かあったら", "あたしになにかあったら", "うちに何かあったら"},
		ends: []string{"お願い", "おねがい", "頼む", "たのむ", "頼んだ", "頼ん", "よろしく", "任せ", "まかせ", "渡して", "わたして", "託し", "たくし"},
		gap:  24,
		// An operation, a trip or an insurance policy is a reason anyone
		// puts such things in order.
		unless: []string{"保険", "いくら", "手続き", "書類", "入院", "手術", "出張", "旅行", "災害", "地震", "防災", "遺言書の書き方", "エンディングノート講座"}},
	{name: "a policy's beneficiary checked, nothing asked (生命保険の受取人、確認した)", risk: akari.RiskConcern,
		stems: []string{"受取人", "受け取り人", "受取り人", "うけとりにん"},
		ends:  []string{"確認した", "確認しと", "確認済", "確認して", "確認しました", "確認しておいた", "確認できた", "にしてある", "にしといた", "にしておいた", "にしてあります", "にしました", "書き換えた", "書き換えました", "変えておいた", "変えといた", "変えました", "変えた"},
		gap:   14,
		// A procedure or a question about one (受取人を妻に変更したい、書類は
		// どこ？), a life event that calls for it, or the work of selling it.
		unless: []string{"どこ", "書類", "手続", "変更したい", "変更した方", "変更したほう", "総務", "人事", "営業", "ノルマ", "お客", "顧客", "結婚", "離婚", "出産", "生まれ", "入籍",
			"見直", "どう", "方法", "教えて", "ですか", "ますか", "かな", "窓口", "保険会社に", "代理店"}},
	{name: "alive is enough, said kindly (生きてるだけで偉い)", risk: akari.RiskNone,
		stems: []string{"生きてるだけで偉", "生きてるだけでえら", "生きてるだけで十分", "生きてるだけで丸儲け", "生きてるだけでまるもうけ", "生きてるだけで百点", "生きてるだけで100点",
			"生きているだけで偉", "生きているだけで十分", "いきてるだけでえらい", "いきてるだけで偉", "生きとるだけで偉", "生きとるだけでえら"},
		// 生きてるだけで偉いって言うけど…: the saying set against how one is.
		notAfter: []string{"って言うけど", "っていうけど", "と言うけど", "とか言", "って言われても", "っていわれても", "なんて", "って言われて", "じゃない", "じゃな", "とは思えな", "と思えな", "って思えな", "って綺麗事", "はきれいごと"}},
	// Round 41 (hard negatives written blind, read): a pet's death with
	// thanks for its years; another's life, thanked (生きてくれた).
	{name: "a pet dead, thanked for its years (金魚が死んだ、3年も生きてくれた)", risk: akari.RiskNone, settled: true,
		stems: []string{"金魚", "きんぎょ", "メダカ", "めだか", "猫", "ねこ", "犬", "いぬ", "ハムスター", "インコ", "うさぎ", "ウサギ", "文鳥", "亀", "カメ", "ペット"},
		ends:  []string{"が死んだ", "がしんだ", "死んじゃった", "が亡くなった", "が逝った", "が天国", "生きてくれた", "いきてくれた", "生きてくれて"},
		gap:   14},
	// カラオケで「もう死んでもいい」ってくらい歌いきった: a degree of joy or
	// effort, measured by the words.
	{name: "a degree told by a wish (「もう死んでもいい」ってくらい歌いきった)", risk: akari.RiskNone, settled: true,
		stems: []string{"死んでもいい", "死んでもええ", "しんでもいい", "死んでもいいわ", "死んでも悔いはない", "死んでも悔いない"},
		ends: []string{"ってくらい", "ってぐらい", "ってほど", "というくらい", "というぐらい", "というほど", "っていうくらい", "っていうぐらい", "っていうほど",
			// 死んでもいいくらい嬉しい: the joy is what is measured.
			"くらい嬉し", "くらいうれし", "くらい幸せ", "くらいしあわせ", "くらい美味", "くらいおいし", "くらいうま", "くらい楽し", "くらいたのし", "くらい最高", "くらい感動",
			"ぐらい嬉し", "ぐらいうれし", "ぐらい幸せ", "ぐらい美味", "ぐらいおいし", "ぐらい楽し", "ぐらい最高", "ほど嬉し", "ほどうれし", "ほど幸せ", "ほど美味", "ほど楽し", "ほど最高"},
		gap: 2,
		// …ってくらい疲れた, しんどい: the tiredness is what is measured.
		notAfter: []string{"疲れ", "つかれ", "しんど", "つら", "辛", "きつ", "追い詰め", "追いつめ", "限界"}},
	// みんなにおせわになりましたっていってきた😢 (a last day at work): a
	// farewell said and done, where it was due. A plan said after it is
	// read on its own words.
	{name: "a farewell said at a last day (お世話になりましたって言ってきた)", risk: akari.RiskNone,
		stems: []string{"お世話になりました", "おせわになりました", "お世話になりましたー"},
		ends: []string{"って言ってきた", "っていってきた", "と言ってきた", "って挨拶してきた", "と挨拶してきた", "ってあいさつしてきた", "って伝えてきた", "と伝えてきた",
			"って言えた", "っていえた", "って挨拶した", "と挨拶した", "ってあいさつした", "って言った", "っていった", "と言った"},
		gap: 2},
	// 返金とか私が勝手に決めていいのか分からなくて; 報告した日時とか記録に
	// 残しといたほうがええ？: a judgement at work not one's own, a record
	// kept of it.
	{name: "a call at work not one's to make (勝手に決めていいのか)", risk: akari.RiskNone, settled: true,
		stems: []string{"勝手に決めていい", "勝手に決めて良い", "勝手に決めたら", "自分の判断で決め", "私の判断で決め", "自分で決めていいのか", "私が決めていいのか", "私の判断でして", "自分の判断でして"}},
	{name: "a record kept (記録に残しといたほうがええ？)", risk: akari.RiskNone, settled: true,
		// Not メモに残しました (the passwords, the bank books): a farewell's.
		stems:  []string{"記録に残", "記録を残", "記録として残", "証拠に残", "証拠を残", "証拠として残", "ログを残", "ログに残"},
		unless: []string{"手紙", "パスワード", "通帳", "口座", "印鑑", "宛て", "あて", "思い残", "決めた", "ありがとう"}},
	// 身辺整理済み、お別れの挨拶済み、手段確保済み: the act made ready,
	// told as a checklist. Not a way to get somewhere (移動手段確保).
	{name: "the means secured (手段確保済み)", risk: akari.RiskHigh,
		stems:     []string{"手段確保済", "手段は確保済", "手段も確保", "手段は確保して", "手段確保してあ", "手段を確保して", "方法も確保", "方法は確保"},
		notBefore: []string{"移動", "交通", "連絡", "通勤", "支払", "決済", "代替", "輸送", "通信", "配送", "決裁", "資金調達", "調達"}},
	// 切る癖が再発しました: self-harm as a habit come back. Not 電話を切る癖.
	{name: "cutting as a habit (切る癖が再発)", risk: akari.RiskHigh,
		stems:     []string{"切る癖", "切り癖", "切るくせ", "リスカ癖", "自傷癖", "リスカのくせ"},
		notBefore: []string{"を", "電話", "話", "爪", "髪", "言葉", "ハンドル", "語尾", "途中で"}},
	// 明日で退職です。…最後の挨拶メール、一緒に考えてもらえますか: a
	// leaving's own goodbye.
	{name: "a leaving's goodbye mail (退職の挨拶メール)", risk: akari.RiskNone, settled: true,
		stems: []string{"退職の挨拶", "退職挨拶", "退職のご挨拶", "退職のあいさつ", "送別の挨拶", "異動の挨拶", "最終出社の挨拶", "最終日の挨拶", "挨拶メール", "あいさつメール"},
		// …and no farewell of one's own besides (思い残すことはない: read on its
		// own words by the rules).
		unless:   []string{"思い残", "遺書", "手紙を残", "最期", "死", "消え", "お別れのつもり", "ほんとのお別れ", "本当のお別れ"},
		notAfter: []string{"じゃな", "ではな", "ちゃう", "やな", "とは違", "と違"}},
	// 正直SREはもうよかかなって思いよる: a line of work given up, named.
	{name: "a line of work given up, named (SREはもうよかかな)", risk: akari.RiskNone,
		stems:     []string{"はもうよかかな", "はもうよか", "はもういいかな", "はもうええかな", "はもういいや", "はもうええわ", "はもういいかなって", "はもう十分", "はもうお腹いっぱい"},
		notBefore: []string{"人生", "生きるの", "生きる", "命", "全部", "ぜんぶ", "何もかも", "なにもかも", "自分", "私", "わたし", "俺", "おれ", "僕", "ぼく", "この世", "世界", "生", "もう"}},
	// 強盗きた。命が一番って言われてたから金渡した: a rule of the job for a
	// robbery, followed.
	{name: "a life put first, as taught (命が一番って言われてたから金渡した)", risk: akari.RiskNone, settled: true,
		stems: []string{"命が一番", "命が最優先", "命を最優先", "命第一", "命が大事", "命が大切", "身の安全が一番", "身の安全を最優先"},
		ends:  []string{"って言われ", "と言われ", "って教わ", "と教わ", "って習", "と習", "ってマニュアル", "とマニュアル", "って研修", "と研修", "って店長", "と店長", "って本部", "と本部"},
		gap:   4},
	{name: "someone's saying (「もういつ死んでもええ」が口癖)", risk: akari.RiskNone, settled: true,
		// A grandparent's or a customer's catchphrase, quoted: their
		// words, not the person's.
		stems: []string{"死んでもええ", "死んでもいい", "死んでもかまわん", "死にたい", "消えたい", "お迎え", "死にてえ", "死にてぇ", "逝きたい"},
		ends:  []string{"が口癖", "って口癖", "が口ぐせ", "って口ぐせ", "のが口癖", "ってのが口癖", "が口癖で", "言うのが口癖"},
		gap:   4,
		// 〇にたいが口癖になってきた: one's own habit of saying it.
		notAfter: []string{"になって", "になりつつ", "になっとる", "になっちゃ", "になった", "になりそう", "みたいになって"}},
	{name: "another's life, thanked (18年も生きてくれた)", risk: akari.RiskNone, settled: true,
		stems: []string{"生きてくれた", "いきてくれた", "生きてくれて", "いきてくれて", "生きててくれた", "生きててくれて", "長生きしてくれた"},
		// 誰か代わりに生きてくれたらいいのに: a wish, not thanks.
		notAfter: []string{"ら", "り"}, notBefore: []string{"代わりに", "かわりに", "代わりを"}},
	{name: "vanish, romaji or English", risk: akari.RiskConcern, jest: true,
		stems: []string{"kietai", "kieteshimaitai", "wanttodisappear", "wanttovanish", "wishicoulddisappear", "wishiwasntborn", "wishiwasneverborn",
			"dontwanttobehere", "donotwanttobehere", "dontwannabehere", "dontwanttoexist", "wishididntexist", "wishiwasnthere", "tiredofliving",
			"tiredoflife", "whatsthepointofliving", "pointofbeingalive", "pointinbeingalive", "pointofexisting", "pointinexisting", "reasontobealive",
			"reasontostayalive", "ikiteruimi", "ikiruimi", "ikiteiruimi", "inakunaritai", "rakuninaritai",
			"owarinishitai", "mezamenakereba", "kieteshimaitai", "ikiteitakunai", "ikitetakunai", "umaretekonakereba", "disappearfromthisworld", "disappearforever", "vanishforever", "notexist",
			"stopexisting", "ceasetoexist", "wantitalltostop", "wantitalltoend", "wantittoallend", "wantittoend", "wantittostop",
			"wantitallover", "wantittobeover", "wantitalltobeover", "wantitalltoendnow", "ifiwasgone", "ifiweregone", "ifiwasntaround", "ifiwasnthere", "betteroffwithoutme",
			"wanteverythingtoend", "kiechaitai", "kietee", "ikiterunogashindoi", "ikirunogashindoi", "ikiterunogatsurai", "ikirunogatsurai", "ikiterunogatsukareta",
			"megasamenakutemoii", "mezamenakutemoii", "megasamenakereba", "jikodemookite", "jikodemookitekurenai", "shometsukibou", "tiredofbeingalive", "sickofbeingalive", "notworthliving", "isntworthliving", "imaburden", "iamaburden", "justaburden",
			"burdentoeveryone", "burdentomyfamily", "dyingwouldbeeasier", "dyingwouldbebetter", "deathwouldbeeasier", "easiertodie", "easiertojustdie",
			"ifivanished", "ifidisappeared", "ifidiedtomorrow", "ifiwasdead", "ifiweredead", "noonewillmissme", "nobodywillmissme", "noonewouldmissme", "nobodywouldmissme", "tiredofexisting", "donewithlife", "doneliving", "dontseeafutureformyself", "nofutureforme", "dontwanttowakeup", "donotwanttowakeup", "wishicouldsleepforever", "jibunwokeshitai",
			// なんで生きてるんだろう, in romaji
			"nandeikiteru", "nazeikiteru", "doushiteikiteru", "nannotameniikiteru", "nandeikiteiru", "nandeikiterun",
			// 生きるの疲れた, in romaji; life is pointless, in English
			"ikirunotsukareta", "ikirunogatsukareta", "ikiterunotsukareta", "ikirunitsukareta", "ikirunoshindoi", "lifeispointless", "lifeismeaningless",
			"lifehasnomeaning", "lifehasnopoint", "lifeisnotworthliving", "lifeisntworthliving", "nopointinliving", "whatsthepointoflife"},
		notBefore: []string{"not", "nt", "never"},
		notAfter:  awayForAWhile,
		// A place one is stuck in (this office, this meeting) is not the world.
		unless: []string{"thisoffice", "office", "meeting", "thisjob", "atwork", "thisparty", "class", "lecture", "boring", "vacation", "holiday",
			// …or left in romaji (kaisha kara kietai w: care set 272, round 46).
			"kaishakara", "shokubakara", "shigotokara", "baitokara", "genbakara", "gakkoukara", "bushokara", "fromwork", "fromthecompany", "fromthiscompany", "frommyjob", "fromthisjob", "fromtheoffice"}},
}

// boxOpened is work with a cutter that explains a cut: 段ボール開けるとき
// カッターで腕に傷つけちゃった.
// Said as the work being done, not as the job (段ボールの仕事やめたい。腕切った).
var boxOpened = []string{"段ボール開け", "段ボールを開け", "ダンボール開け", "ダンボールを開け", "段ボール切", "段ボールを切", "箱を開け", "開梱中", "開梱して", "開梱作業", "梱包中", "梱包して", "梱包作業", "荷ほどき", "検品中", "検品して",
	// the edge of a box or of paper that cut the arm (腕切った…っていうか段
	// ボールのフチで; crisis set 366, round 50)
	"段ボールのフチ", "段ボールのふち", "段ボールの端", "段ボールの角", "ダンボールのフチ", "ダンボールのふち", "ダンボールの端", "ダンボールの角", "紙のフチ", "紙の端", "紙で切"}

// innocentWords are everyday words that contain a weak risk word but say
// nothing of risk: 落ち着いた is calm, not a fall; 首になった is being
// fired; 眠い is sleepy. A weak word inside one does not count.
// boldCuts hold 切る in a bold step or a clean break (割り切ったら楽に
// なった, 吹っ切ったら, 思い切ったら): not a cut at all.
var boldCuts = []string{"割り", "わり", "思い", "おもい", "吹っ", "ふっ", "振り", "ふり", "踏ん", "区", "締め", "しめ", "張り", "使い", "乗り", "逃げ", "打ち", "仕"}

var innocentWords = []string{
	// しに inside ましに, 試しに, 仕事しに行く: not 死に.
	"ましに", "マシに", "試しに", "ためしに", "話しに", "探しに", "さがしに", "返しに", "渡しに", "足しに", "しに行", "しに来",
	// the body worn out (体ももう限界), not the self at its end
	"体が限界", "体も限界", "体は限界", "体がもう限界", "体ももう限界", "体はもう限界", "体力の限界", "体力的に限界", "体力が限界", "体力も限界", "体力は限界",
	"体力はもう限界", "体力ももう限界", "腰が限界", "腰も限界", "膝が限界", "足が限界", "肩が限界", "目が限界", "眠気が限界", "眠さが限界",
	"落ち着", "おちつ", "落ちつ", "落ち込", "おちこ", "気分が落ち", "成績が落ち", "売上が落ち", "売り上げが落ち", "評価が落ち", "試験に落ち", "面接に落ち", "選考に落ち", "面接落ち", "選考落ち", "試験落ち", "書類落ち", "書類で落ち", "一次落ち", "二次落ち", "最終落ち",
	// an application turned down (保育園に落ちた, 落ちるために申し込む)
	"園に落ち", "保育園落ち", "保活", "落ちるために", "落ちるための", "落ちる前提", "落ちるように申し込", "落ちるように申請", "落ちるよう申し込", "落ちた通知", "審査に落ち", "抽選に落ち", "入試に落ち", "受験に落ち",
	"首都", "首相", "首位", "首肩", "首こり", "首が痛",
	"薬局", "薬剤師", "薬学", "製薬",
	// a farm's work (農薬散布ってドローンでやるなら資格いる？)
	"農薬散布", "農薬の散布", "農薬を散布", "農薬撒", "農薬を撒", "農薬まき", "農薬をまく", "農薬をまい", "農薬の希釈", "農薬を希釈",
	"命令", "使命", "生命保険",
	"ホームページ", "ホームセンター", "老人ホーム", "存在感",
	"生まれて初めて", "生まれ育", "生まれつき", "生まれた町", "子どもが生まれ", "子供が生まれ", "赤ちゃんが生まれ",
	// a birth's day (予定日は2月10日。生まれた日から休むなら: general set
	// 177, round 47)
	"生まれた日から", "生まれる日", "生まれてから休", "生まれたら休", "生まれる前に", "生まれる予定", "生まれた後", "生まれたあと",
	"眠い", "ねむい", "眠た", "眠気", "仮眠", "睡眠", "よく眠れ", "ちゃんと眠れ", "ぐっすり眠れ", "朝まで眠れ", "眠れるようにな", "眠れてる", "眠れています", "眠りが浅", "目が覚める", "目が覚めて", "目が覚めちゃ", "目覚まし", "のシーン", "事故物件", "交通事故の処理",
	// days, money or data gone (昨年使わなかった分は、もう消えてしまっている
	// のでしょうか: general set 192, round 51), not a person
	"分は消え", "分が消え", "分も消え", "分って消え", "分はもう消え", "分ってもう消え", "分ももう消え", "日数が消え", "日数は消え", "日数って消え", "有給が消え", "有給は消え", "有給も消え", "有給って消え",
	"有休が消え", "有休は消え", "残りは消え", "残りが消え", "残りって消え", "ポイントが消え", "データが消え", "データは消え", "ファイルが消え", "履歴が消え",
	"記録が消え", "残業代が消え", "給料が消え", "給料は消え", "ボーナスが消え", "手当が消え",
	// an accident one caused, told (先日事故を起こしてしまい、会社にも家族にも
	// 顔向けできません: care set 295, round 51) — not 事故を起こしたい
	"事故を起こしてしま", "事故を起こしちゃ", "事故を起こしました", "事故を起こしたこと", "事故を起こしたので", "事故を起こしたから", "事故を起こしたせい", "事故を起こしたん",
	"事故を起こして以来", "事故起こしてしま", "事故起こしちゃ",
}

// idiomWords are everyday words holding a weak risk word, as innocentWords
// are, that are figures of speech: a message whose every weak word is
// inside one (gonna kill it, 飛ぶ鳥を落とす勢いの若手に…生き残り方ってありますか)
// is settled, and not even a very sure model reads it as a crisis. An
// innocent word is no figure: a message whose weak words are all inside
// ホームセンター, 生命保険 or 落ち着く only sets them aside, and the model,
// when very sure, still reads the rest (ホームセンターで必要なもん揃えた;
// 痛いとちょっと落ち着く). Settling those had left 27 crisis lines of the kept sets
// unread, for one false alarm (docs/classifier.md, round 39).
var idiomWords = []string{
	// A period asked about (3歳になったら終わりですか): its end, not one's own.
	"終わりですか", "終わりなんですか", "終わりでしょうか", "終わりなんでしょうか", "おわりですか",
	"首になっ", "首にな", "首を切られ", "首切り", "首が回らな", "首を長く",
	"一生懸命", "懸命", "運命", "生き生き", "いきいき", "生きがい", "生き甲斐",
	"killit", "killedit", "killingit", "飛び込み営業", "飛び込みで", "飛び入り",
	// 飛ぶ鳥を落とす勢い: an idiom of success.
	"飛ぶ鳥を落とす", "飛ぶ鳥落とす", "とぶ鳥を落とす",
	// 生き残り方: a career's survival.
	"生き残り方", "生き残る方法", "生き残れる", "生き残っていける", "生き残り戦略", "生き残れば", "生き残るには",
	// Nights without sleep, told with a day's exhaustion (最近は家に帰っても
	// 眠れず、朝になると体が動かなくなります): the model over-reads them as
	// it does a figure.
	"眠れな", "眠れず", "眠れん", "眠れね", "眠れへ", "眠れやん",
	// しに inside a cancelling (内定取り消しになる？: care set 319, round 54).
	"取り消しに", "取消しに", "取り消しされ", "とりけしに", "帳消しに", "打ち消しに",
	// …and a night's sleep had at last (決められた量飲んだら久々に眠れた:
	// crisis set 407, round 54).
	"久々に眠れた", "久しぶりに眠れた", "ひさびさに眠れた", "よく眠れた", "ぐっすり眠れ", "やっと眠れた", "ちゃんと眠れた", "少し眠れた", "すこし眠れた",
	// A heart gone numb from the work, said and closed (待ち呼が300超えて、
	// もう心が死んでます。: care set 281, round 48) — not 心が死んでいる
	// というか…, which goes on to something more.
	"心が死んでます。", "心が死んでる。", "心が死んだ。", "心が死んでいます。", "心も死んでます。", "心も死んでる。", "心が死んでるわ。", "心が死んどる。",
	// Retirement's second life (早期退職に手を挙げました…第二の人生、楽しみ).
	"第二の人生", "第2の人生",
	// A fall nearly had at work, told as safety talk (あぶなく おちる とこ
	// だった　みんな き を つけて).
	"危なく落ち", "あぶなく落ち",
	// Days or points that lapse unused (さっきの5日って、いつまでに使わない
	// と消えるの？): a thing's end asked about, not one's own.
	"使わないと消え", "使わなかったら消え", "使わんと消え", "使わんかったら消え", "使わなきゃ消え", "使わずに消え", "使わないまま消え", "使い切らないと消え",
	"取らないと消え", "取らなかったら消え", "とらないと消え", "消化しないと消え", "時効で消え", "期限で消え", "期限切れで消え", "失効して消え",
	"使わへんかったら消え", "使わへんと消え", "使わんやったら消え", "使わんば消え", "使わねえと消え", "使わねぇと消え", "使わなんだら消え", "使わずにおったら消え",
	"取らへんかったら消え", "取らへんと消え", "取らんかったら消え", "取らんと消え", "とらんと消え", "つかわないと消え", "つかわんと消え", "つかわへんかったら消え",
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

// digits are the figures a crisis view keeps.
var digits = []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}

// figuresTakenBack are a digit with the words that take it back (4じゃ
// なくて), for the construction of a figure put right.
func figuresTakenBack() []string {
	var out []string
	for _, d := range digits {
		out = append(out, prefixed(d, []string{"じゃなくて", "じゃなく", "ではなくて", "ではなく", "やなくて", "でなくて", "じゃのうて"})...)
	}
	return out
}
