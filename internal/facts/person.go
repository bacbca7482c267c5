package facts

import (
	"strings"

	"github.com/akari-career/akari/internal/pattern"
)

// ageRules read the person's age: 28歳 → "28", 30代後半 → "30s" (Say keeps
// 30代後半), アラサー → "30s". Ages under 15 are children's; 「5歳上の先輩」
// and 「30代の上司」 are other people.
type ageRules struct {
	re  *pattern.Pattern
	not *pattern.Pattern
}

func newAgeRules() ageRules {
	return ageRules{
		re:  pattern.MustCompile(`(` + num + `)歳|(` + num + `)代(前半|後半|半ば)?|(アラサー|アラフォー|アラフィフ|アラカン)`),
		not: pattern.MustCompile(`^(?:の|と|で|に|になる)?(?:娘|息子|子|こども|子ども|子供|長男|長女|次男|次女|男の子|女の子|双子)|^(?:の(?:時|とき|頃|ころ|人|方|上司|先輩|同僚|後輩|部下|新人|男性|女性|社員|お客)|頃|ごろ|まで|から|以上|以下|未満|前後|差|年上|年下|離れ|上|下|若|向け|が多い|歓迎|ok|で(?:入社|結婚|出産|就職|転職))`),
	}
}

func (x *Extractor) ages(m *msg) {
	r := &x.age
	if !containsAny(m.s, []string{"歳", "代", "アラ"}) {
		return
	}
	for _, ix := range r.re.FindAllStringSubmatchIndex(m.s, -1) {
		if r.not.MatchString(m.after(ix[1], 6)) || !x.selfAt(m, ix[0], ix[1], true, false) {
			continue
		}
		var v, say string
		switch {
		case ix[2] >= 0:
			n, _, _ := parseNum(m.s[ix[2]:ix[3]])
			if n < 15 || n > 89 {
				continue
			}
			v = itoa(n)
		case ix[4] >= 0:
			n, _, _ := parseNum(m.s[ix[4]:ix[5]])
			if n < 10 || n > 80 || n%10 != 0 {
				continue
			}
			v = itoa(n) + "s"
			say = itoa(n) + "代"
			if ix[6] >= 0 {
				say += m.s[ix[6]:ix[7]]
			}
		default:
			w := m.s[ix[8]:ix[9]]
			v = map[string]string{"アラサー": "30s", "アラフォー": "40s", "アラフィフ": "50s", "アラカン": "60s"}[w]
			say = w + "（" + strings.TrimSuffix(v, "s") + "歳前後）"
		}
		m.add(Age, v, say, ix[0], ix[1])
	}
}

// areaRules read where the person lives or works: a prefecture, or one of
// the larger cities and Tokyo districts with its prefecture. The place must
// come with living or working words (在住, に住んで, で働いてる, の求人…);
// 出身 (hometown) and a bare place name are ignored.
//
// Value: the prefecture ("大阪府"), or prefecture/city ("神奈川県/横浜").
type areaRules struct {
	lex    lexicon
	pref   map[string]string // name as written → prefecture
	city   map[string]string // city → prefecture
	after  *pattern.Pattern
	before *pattern.Pattern
}

var prefectures = []string{
	"北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県",
	"埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県",
	"岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県",
	"鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県",
	"佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県",
}

func newAreaRules() areaRules {
	pref := map[string]string{}
	for _, p := range prefectures {
		pref[p] = p
		for _, suffix := range []string{"都", "府", "県"} {
			if short, ok := strings.CutSuffix(p, suffix); ok {
				pref[short] = p // 京都府 → 京都, never 京
			}
		}
	}
	city := map[string]string{
		"横浜": "神奈川県", "川崎": "神奈川県", "相模原": "神奈川県", "名古屋": "愛知県", "札幌": "北海道",
		"仙台": "宮城県", "さいたま": "埼玉県", "大宮": "埼玉県", "神戸": "兵庫県", "北九州": "福岡県",
		"博多": "福岡県", "堺": "大阪府", "梅田": "大阪府", "難波": "大阪府", "浜松": "静岡県",
		"金沢": "石川県", "那覇": "沖縄県", "都内": "東京都", "23区": "東京都", "渋谷": "東京都",
		"新宿": "東京都", "池袋": "東京都", "品川": "東京都", "新橋": "東京都", "八王子": "東京都",
		"千葉市": "千葉県", "船橋": "千葉県", "柏": "千葉県", "姫路": "兵庫県", "京都市": "京都府",
		"大阪市": "大阪府", "広島市": "広島県", "福岡市": "福岡県", "岡山市": "岡山県", "熊本市": "熊本県",
	}
	all := map[string]string{}
	for k, v := range pref {
		all[k] = v
	}
	for k, v := range city {
		all[k] = v
	}
	return areaRules{
		lex:    newLexicon(all),
		pref:   pref,
		city:   city,
		after:  pattern.MustCompile(`^(?:に|で|の)?(?:在住|住み|に住|住んで|住まい|で働|働いて|に勤め|勤め|勤務|の会社|で仕事|仕事して|暮らし|で暮ら|一人暮らし|から通勤|に通勤|まで通勤|で(?:転職|仕事)(?:先)?を?探|の求人|近辺|周辺|あたり|辺り|エリア|付近|内で|住)`),
		before: pattern.MustCompile(`(?:住まいは|住んでるのは|住んでいるのは|在住は|勤務地は|職場は|住所は|家は|地元は)$`),
	}
}

func (x *Extractor) areas(m *msg) {
	r := &x.area
	for _, lm := range r.lex.findAll(m.s) {
		start, end := lm.start, lm.end
		if hasAnyPrefix(m.s[end:], "市", "区") {
			end += len("市")
		}
		name := m.s[start:end]
		after := m.after(end, 8)
		if strings.HasPrefix(after, "出身") || !(r.after.MatchString(after) || r.before.MatchString(m.before(start, 8))) {
			continue
		}
		if !x.selfAt(m, start, end, true, false) {
			continue
		}
		base := strings.TrimSuffix(strings.TrimSuffix(name, "市"), "区")
		if p, ok := r.pref[name]; ok {
			m.add(Area, p, "", start, end)
			continue
		}
		if p, ok := r.pref[base]; ok {
			m.add(Area, p, "", start, end)
			continue
		}
		c, ok := r.city[name]
		if !ok {
			c, ok = r.city[base]
			name = base
		}
		if ok {
			m.add(Area, c+"/"+name, name+"（"+c+"）", start, end)
		}
	}
}
