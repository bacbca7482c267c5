package facts

import (
	"strings"

	"github.com/akari-career/akari/internal/pattern"
)

// employmentRules read the employment type. 「正社員になりたい」 is a wish, not
// the person's type; 「パートさん」 are other people (「派遣先の社員」 are
// too, but say the person is sent there); 「前職は正社員」 is the past and
// is skipped.
type employmentRules struct {
	lex     lexicon
	notType *pattern.Pattern
	past    *pattern.Pattern
	negated *pattern.Pattern
}

func newEmploymentRules() employmentRules {
	canon := map[string]string{
		"正社員": "正社員", "正規雇用": "正社員", "正規社員": "正社員",
		"契約社員": "契約社員",
		"派遣":   "派遣", "派遣社員": "派遣",
		// Only a person sent there speaks of the client as 派遣先 and of
		// the agency as 派遣元 (派遣先の上司に次の更新はないって言われた).
		"派遣先で": "派遣", "派遣先の": "派遣", "派遣先に": "派遣", "派遣元": "派遣", "派遣会社の担当": "派遣",
		"パート": "パート", "パートタイム": "パート",
		"アルバイト": "アルバイト", "バイト": "アルバイト",
		"業務委託": "業務委託", "フリーランス": "フリーランス",
		"公務員": "公務員", "自営": "自営業", "自営業": "自営業",
		"嘱託": "嘱託", "嘱託社員": "嘱託", "非正規": "非正規",
		"時短": "時短勤務", "時短勤務": "時短勤務",
		// Working at a public office says the type (市役所で働いて8年,
		// 区役所に勤めております: general set 179, round 48).
		"市役所で働": "公務員", "市役所に勤め": "公務員", "市役所勤め": "公務員", "市役所職員": "公務員",
		"区役所で働": "公務員", "区役所に勤め": "公務員", "区役所勤め": "公務員", "区役所職員": "公務員",
		"役場で働": "公務員", "役場に勤め": "公務員", "役場勤め": "公務員", "役場職員": "公務員",
		"県庁で働": "公務員", "県庁に勤め": "公務員", "県庁勤め": "公務員", "県庁職員": "公務員",
		"都庁で働": "公務員", "都庁に勤め": "公務員", "都庁職員": "公務員", "市の職員": "公務員", "区の職員": "公務員",
	}
	return employmentRules{
		lex:     newLexicon(canon),
		notType: pattern.MustCompile(`^(?:さん|ナー|たち|達|先|元|会社|登用|法|みたい|のよう|と同じ|とおなじ|並み|なみ|だったら|と違|とちが|と比べ|とくらべ|より|の(?:人|方|子|社員|上司|同僚|先輩|後輩|友達|おばちゃん|おばさん|おじさん|仕事を?探|求人)|社員さん|社員の)`),
		past:    pattern.MustCompile(`(?:(?:前職|以前|昔|元|前の(?:会社|職場|仕事))(?:は|で|の|も)?|(?:時|とき|頃|ころ|時代)(?:に|は|も|の)?)$`),
		negated: pattern.MustCompile(`^(?:じゃ|では|でも)?(?:ない|なく)`),
	}
}

func (x *Extractor) employment(m *msg) {
	r := &x.emp
	for _, lm := range r.lex.findAll(m.s) {
		start, end, v := lm.start, lm.end, lm.canon
		after := m.after(end, 8)
		if r.notType.MatchString(after) || r.negated.MatchString(after) || r.past.MatchString(m.before(start, 6)) {
			continue
		}
		if a, b := m.sentence(start); containsAny(m.s[a:b], []string{"どっち", "どちら", "比べ"}) {
			continue // 正社員と派遣、どっちがいい？: a comparison, not a fact
		}
		if x.wishAfter.MatchString(after) {
			if x.selfAt(m, start, end, true, true) || m.whose(start, true) == self {
				m.add(Wishes, v, "", start, end)
			}
			continue
		}
		if !x.selfAt(m, start, end, true, true) {
			continue
		}
		m.add(Employment, v, "", start, end)
	}
}

// jobRules read the person's job or role. A job named as a wish
// (「事務に転職したい」) becomes a wish; one named as a question
// (「介護ってどう？」) or as other people (「営業の人」) is skipped.
type jobRules struct {
	lex     lexicon
	notJob  *pattern.Pattern
	wish    *pattern.Pattern
	past    *pattern.Pattern
	careFor *pattern.Pattern // 親の介護: caring for family, not a job
}

func newJobRules() jobRules {
	canon := map[string]string{}
	for job, variants := range map[string][]string{
		"コールセンター": {"コールセンター", "コルセン", "テレアポ", "カスタマーサポート", "カスタマーセンター", "電話オペレーター", "オペレーター", "受電"},
		"事務":      {"一般事務", "事務職", "事務員", "事務"},
		"営業事務":    {"営業事務"},
		"医療事務":    {"医療事務"},
		"経理":      {"経理"},
		"営業":      {"営業職", "営業マン", "営業"},
		"介護":      {"介護職", "介護士", "介護福祉士", "介護職員", "介護", "ヘルパー", "ケアマネ", "ケアマネージャー"},
		"看護師":     {"看護師", "ナース"},
		"看護助手":    {"看護助手"},
		"エンジニア":   {"エンジニア", "プログラマー", "プログラマ", "システムエンジニア", "se"},
		"販売・接客":   {"販売員", "販売職", "販売", "接客業", "接客", "店員", "アパレル", "レジ打ち"},
		"保育士":     {"保育士", "幼稚園の先生", "幼稚園教諭"},
		"製造":      {"工場勤務", "工場", "製造業", "製造", "ライン作業"},
		"飲食":      {"飲食店", "飲食", "ホールスタッフ", "キッチンスタッフ", "居酒屋"},
		"ドライバー":   {"ドライバー", "運転手", "配送", "配達"},
		"倉庫・物流":   {"倉庫", "物流", "ピッキング"},
		"教員":      {"教員", "教師", "塾講師"},
		"薬剤師":     {"薬剤師"},
		"美容師":     {"美容師"},
		"デザイナー":   {"デザイナー"},
		"施工管理":    {"施工管理", "現場監督"},
		"清掃":      {"清掃"},
		"警備":      {"警備員", "警備"},
	} {
		for _, v := range variants {
			canon[v] = job
		}
	}
	return jobRules{
		lex:     newLexicon(canon),
		notJob:  pattern.MustCompile(`^(?:さん|部の(?:人|上司)|の(?:人|方|子|上司|先輩|同僚|後輩|担当|部署)|(?:に|へ)(?:電話|問い合わせ|連絡|かけ|相談|行っ|移り|移動|応募)|ってどう|ってどんな|は(?:どう|向いて)|に向いて|の求人|未経験|見学|から(?:電話|連絡)|に(?:来|き)|が(?:来|き))`),
		wish:    pattern.MustCompile(`^(?:職)?(?:に|へ)?(?:転職したい|なりたい|を目指|目指|志望|希望|の仕事(?:を|が)?(?:探|したい|してみたい)|やってみたい|をやりたい|がしたい|に興味|で働きたい|に就きたい|に挑戦)`),
		past:    pattern.MustCompile(`(?:(?:前職|以前|昔|元|前の(?:会社|職場|仕事))(?:は|で|の|も)?|(?:時|とき|頃|ころ|時代)(?:に|は|も|の)?)$`),
		careFor: pattern.MustCompile(`^(?:で(?:離職|辞め|休)|離職|が(?:大変|必要)|と(?:仕事|両立)|のため|休暇|休業)`),
	}
}

func (x *Extractor) jobs(m *msg) {
	r := &x.job
	for _, lm := range r.lex.findAll(m.s) {
		start, end, v := lm.start, lm.end, lm.canon
		if lm.word == "se" && (asciiLetter(m.s, start-1) || asciiLetter(m.s, end)) {
			continue // "seven", "case": se is a job only as a word of its own
		}
		after, before := m.after(end, 10), m.before(start, 6)
		if v == "介護" && (strings.HasSuffix(before, "の") || r.careFor.MatchString(after)) {
			continue
		}
		if r.wish.MatchString(after) {
			if m.whose(start, true) == self {
				m.add(Wishes, v+"の仕事", "", start, end)
			}
			continue
		}
		if r.notJob.MatchString(after) || r.past.MatchString(before) {
			continue
		}
		if !x.selfAt(m, start, end, true, true) {
			continue
		}
		m.add(Job, v, "", start, end)
	}
}

// asciiLetter reports whether s[i] is an ASCII letter.
func asciiLetter(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	c := s[i]
	return 'a' <= c && c <= 'z'
}
