package facts

import (
	"strings"

	"github.com/akari-career/akari/internal/pattern"
)

// healthRules read signs of strain the person reports about themselves:
// sleep, appetite, tears, palpitations, pain. The values name signs, never a
// condition: Akari does not diagnose.
type healthRules struct {
	lex     lexicon
	negated *pattern.Pattern
}

func newHealthRules() healthRules {
	canon := map[string]string{}
	for sign, variants := range map[string][]string{
		"眠れない":        {"眠れない", "眠れなく", "眠れず", "眠れなかった", "眠れてない", "眠れていない", "寝れてない", "寝られてない", "眠れへん", "寝れへん", "寝られへん", "寝られん", "眠れん", "寝れない", "寝れなく", "寝れなかった", "寝られない", "不眠", "寝付けない", "寝つけない", "寝付きが悪", "夜中に目が覚め", "途中で目が覚め", "朝早く目が覚め"},
		"朝起きられない":     {"朝起きられない", "朝起きられなく", "朝起きれない", "朝起きれなく", "起き上がれない", "起き上がれなく", "布団から出られない", "ベッドから出られない"},
		"動悸":          {"動悸", "心臓がバクバク", "ドキドキが止まらない"},
		"食欲がない":       {"食欲がない", "食欲ない", "食欲がなく", "食欲が出ない", "食欲が落ち", "食欲不振", "食べられない", "食べれない", "ご飯が喉を通らない", "ご飯が食べられ"},
		"涙が出る":        {"涙が出", "涙が止まらない", "涙出", "泣いてしまう", "泣いちゃう", "泣けてくる", "勝手に泣", "泣きそう"},
		"頭痛":          {"頭痛", "頭が痛", "頭も痛"},
		"胃痛・腹痛":       {"胃痛", "胃が痛", "胃も痛", "お腹が痛", "おなかが痛", "お腹も痛", "腹痛"},
		"吐き気":         {"吐き気", "吐きそう"},
		"めまい":         {"めまい", "目眩", "眩暈"},
		"だるさ・疲れが取れない": {"体が重", "体がだるい", "だるさ", "倦怠感", "疲れが取れない", "疲れがとれない"},
		"気分の落ち込み":     {"やる気が出ない", "やる気が起きない", "何も楽しくない", "何をしても楽しくない", "憂鬱", "気分が落ち込", "うつ病", "うつっぽ", "うつ状態", "適応障害"},
		"体調不良":        {"体調が悪", "体調を崩", "体調をくず", "体調不良", "体調がすぐれ"},
		"体重の変化":       {"体重が減", "体重が落ち", "急に痩せ", "体重が増え"},
		"肌・髪の不調":      {"じんましん", "蕁麻疹", "円形脱毛", "抜け毛"},
		"耳鳴り":         {"耳鳴り"},
		"出勤前の不調":      {"会社に行こうとすると", "朝になると腹", "日曜の夜が憂鬱"},
		// A diagnosis the person was given is kept as the fact that a
		// doctor is involved, not as the condition's name.
		"医師にかかっている": {"診断され", "診断を受け", "診断が出", "心療内科に通", "精神科に通", "通院中", "通院して", "薬を飲んで", "薬を飲み", "主治医"},
	} {
		for _, v := range variants {
			canon[v] = sign
		}
	}
	return healthRules{
		lex:     newLexicon(canon),
		negated: pattern.MustCompile(`^(?:は|も)?(?:ない|無い|ありません|なし|治|おさま|収ま|なくなっ|消え|ことはない|ってことはない)`),
	}
}

func (x *Extractor) healthSigns(m *msg) {
	r := &x.health
	for _, lm := range r.lex.findAll(m.s) {
		start, end := lm.start, lm.end
		if r.negated.MatchString(m.after(end, 8)) || !x.selfAt(m, start, end, true, false) {
			continue
		}
		m.add(Health, lm.canon, "", start, end)
	}
}

// wishRules read what the person wants from work: 在宅希望, 未経験OK,
// 正社員になりたい (see also employment), 年収を上げたい, 土日休み.
type wishRules struct {
	res []wishRule
}

type wishRule struct {
	triggers []string
	re       *pattern.Pattern
	value    string
}

func newWishRules() wishRules {
	w := func(value string, triggers []string, pat string) wishRule {
		return wishRule{triggers, pattern.MustCompile(pat), value}
	}
	t := func(ws ...string) []string { return ws }
	return wishRules{res: []wishRule{
		w("在宅勤務", t("在宅", "リモート", "テレワーク"), remoteWord+`(?:が|で|の)?(?:希望|したい|がいい|が良い|できる(?:会社|仕事|求人|ところ|職場)|可(?:能)?の(?:仕事|求人|会社)|okの|で働きたい|中心で働き|の仕事(?:を|が)?(?:探|したい|いい))`),
		w("未経験OK", t("未経験"), `未経験(?:ok|可|でも|から|歓迎|者歓迎|で(?:も)?(?:できる|働ける|挑戦|始め))`),
		w("正社員", t("正社員"), `正社員(?:に|を|で|として)?(?:なりたい|なれ|希望|目指|を目指|登用|で働きたい|働きたい|の仕事を探|の求人)`),
		w("年収アップ", t("年収", "給", "収入", "月収", "時給", "手取り", "稼ぎ"), `(?:年収|給料|給与|収入|月収|時給|手取り)(?:を|が)?(?:もっと)?(?:上げたい|あげたい|上がる(?:仕事|会社|ところ)|アップ|増やしたい|増えて|欲しい|を上げ)|稼ぎたい`),
		w("土日休み", t("土日", "週末"), `土日(?:祝)?休み(?:が|の|で|を|希望|たい|がいい)|土日(?:祝)?(?:は)?休みたい|週末(?:は)?休み(?:たい|が|の)`),
		w("残業少なめ", t("残業", "定時"), `残業(?:が)?(?:少な(?:い|め)(?:仕事|会社|ところ|職場|がいい)|なし(?:の|が|で)|したくない|のない(?:仕事|会社|ところ|職場))|定時で帰(?:りたい|れる)|定時退社`),
		w("時短勤務", t("時短"), `時短(?:勤務)?(?:で|が|を)?(?:希望|したい|働きたい|にしたい|がいい)`),
		w("転勤なし", t("転勤"), `転勤(?:なし|がない|したくない|のない)`),
		w("家から近い", t("近い", "通勤", "近場"), `家から近い|通勤(?:時間)?(?:が|を)?(?:短く|楽に|短い)|近場で`),
	}}
}

func (x *Extractor) wishList(m *msg) {
	for _, rule := range x.wishes.res {
		if !containsAny(m.s, rule.triggers) {
			continue
		}
		for _, ix := range rule.re.FindAllStringIndex(m.s, -1) {
			if m.whose(ix[0], false) != self || strings.HasPrefix(m.after(ix[1], 3), "って") {
				continue
			}
			m.add(Wishes, rule.value, "", ix[0], ix[1])
		}
	}
}

// troubleRules read who the person has trouble with at work: a person word
// (上司, 同僚, お客さん…) in the same sentence as a trouble word (冷たい,
// 怒られる, パワハラ, 合わない…). Who the sentence is about is not checked:
// 「上司に相談したら怒られた」 counts 上司, and so does a friend's story told
// in one sentence with a trouble word.
type troubleRules struct {
	people  lexicon
	trouble lexicon
}

func newTroubleRules() troubleRules {
	canon := map[string]string{}
	for who, variants := range map[string][]string{
		"上司":     {"上司", "課長", "部長", "係長", "主任", "店長", "社長", "リーダー", "マネージャー", "ボス"},
		"同僚":     {"同僚", "同期"},
		"先輩":     {"先輩", "お局"},
		"後輩":     {"後輩", "新人"},
		"部下":     {"部下"},
		"お客さん":   {"お客さん", "お客様", "客", "顧客", "クレーマー", "利用者", "患者", "保護者"},
		"取引先":    {"取引先", "クライアント"},
		"現場の人":   {"現場の人", "現場の方", "現場の社員", "現場"},
		"派遣先の社員": {"派遣先の社員", "派遣先の人", "派遣先"},
		"正社員の人":  {"正社員の人", "社員さん"},
		"パートさん":  {"パートさん", "パートのおばちゃん", "パートの人"},
		"職場の人":   {"職場の人", "周りの人", "職場のみんな", "会社の人"},
	} {
		for _, v := range variants {
			canon[v] = who
		}
	}
	return troubleRules{
		people:  newLexicon(canon),
		trouble: newLexicon(words("冷た", "きつ", "キツ", "厳し", "怒られ", "怒鳴", "叱られ", "責め", "責められ", "無視", "嫌味", "いやみ", "嫌がらせ", "いじめ", "イジメ", "パワハラ", "セクハラ", "モラハラ", "カスハラ", "ハラスメント", "合わな", "苦手", "嫌い", "嫌だ", "むかつ", "ムカつ", "腹が立", "イライラ", "うまくいかな", "上手くいかな", "うまくいっていな", "うまくいってな", "揉め", "もめ", "トラブル", "ギスギス", "陰口", "悪口", "当たりが", "高圧", "理不尽", "聞いてくれな", "聞いてもらえな", "取り合ってくれな", "取り合ってもらえな", "相手にしてくれな", "わかってくれな", "分かってくれな", "話を聞かな", "相談できな", "押し付け", "丸投げ", "マウント", "見下", "馬鹿に", "バカに", "ひどい", "酷い", "ストレス", "関係が悪", "板挟み", "挟まれ", "怖い", "こわい", "クレーム", "怒って", "文句", "詰められ", "詰めてく", "詰めてき", "うざ", "ウザ", "ガチャ切り", "切られ", "ハブ", "仲間外れ", "孤立", "避けられ", "話しかけづら", "しんどい", "つらい", "辛い", "疲れる", "ネチネチ", "ねちねち", "小言", "細かすぎ", "口うるさ", "言ってくる", "言われ", "当たられ", "監視", "威圧")),
	}
}

func (x *Extractor) troubleWith(m *msg) {
	r := &x.trbl
	for _, lm := range r.people.findAll(m.s) {
		start, end, w := lm.start, lm.end, lm.word
		if w == "現場" && strings.HasPrefix(m.after(end, 2), "で") {
			continue // 現場で働いてる: a place, not people
		}
		a, b := m.sentence(start)
		if !r.trouble.contains(m.s[a:b]) {
			continue
		}
		m.add(TroubleWith, lm.canon, "", start, end)
	}
}
