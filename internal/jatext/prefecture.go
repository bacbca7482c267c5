package jatext

import (
	"slices"
	"strings"
)

// prefectures lists the 47 prefectures in the order of their JIS code, so
// index+1 is the code.
var prefectures = [47]string{
	"北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県",
	"茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県",
	"新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県",
	"静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県",
	"奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県",
	"徳島県", "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県",
	"熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県",
}

// Prefectures returns the full names of the 47 prefectures in the order of
// their JIS code (北海道 is 1, 沖縄県 47). The array is a copy.
func Prefectures() [47]string { return prefectures }

// ShortPrefecture drops the 都/府/県 suffix people often leave out
// (京都府 → 京都, 東京都 → 東京); 北海道 has none and stays.
func ShortPrefecture(p string) string {
	for _, suffix := range [...]string{"都", "府", "県"} {
		if short, ok := strings.CutSuffix(p, suffix); ok {
			return short
		}
	}
	return p
}

// Prefecture returns the full name and JIS code (1–47) of the prefecture s
// is the name of, in full or short form and ignoring surrounding space
// ("東京" → "東京都", 13), or "", 0.
func Prefecture(s string) (name string, code int) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", 0
	}
	for i, p := range prefectures {
		if s == p || s == ShortPrefecture(p) {
			return p, i + 1
		}
	}
	return "", 0
}

// cities are big cities and districts people name instead of their
// prefecture (札幌の事務, 横浜で在宅), with the prefecture each is in. Not
// names that are also common surnames (川崎, 松山, 松本) or words (堺, 津);
// 川口 only with 市.
var cities = [...]struct{ city, prefecture string }{
	{"札幌", "北海道"}, {"仙台", "宮城県"}, {"さいたま", "埼玉県"}, {"横浜", "神奈川県"},
	{"相模原", "神奈川県"}, {"新宿", "東京都"}, {"渋谷", "東京都"}, {"池袋", "東京都"},
	{"浜松", "静岡県"}, {"名古屋", "愛知県"}, {"梅田", "大阪府"}, {"難波", "大阪府"},
	{"神戸", "兵庫県"}, {"北九州", "福岡県"}, {"博多", "福岡県"}, {"天神", "福岡県"},
	{"那覇", "沖縄県"}, {"函館", "北海道"}, {"旭川", "北海道"}, {"盛岡", "岩手県"}, {"水戸", "茨城県"},
	{"つくば", "茨城県"}, {"前橋", "群馬県"}, {"浦和", "埼玉県"}, {"大宮", "埼玉県"}, {"川口市", "埼玉県"},
	{"川越", "埼玉県"}, {"船橋", "千葉県"}, {"八王子", "東京都"}, {"甲府", "山梨県"}, {"金沢", "石川県"},
	{"四日市", "三重県"}, {"姫路", "兵庫県"}, {"西宮", "兵庫県"}, {"尼崎", "兵庫県"}, {"倉敷", "岡山県"},
	{"松江", "島根県"}, {"下関", "山口県"}, {"佐世保", "長崎県"},
	// the capital said as an area (都内で事務); not 府内 or 道内, which
	// are inside 政府内 and 報道内容.
	{"都内", "東京都"}, {"23区", "東京都"}, {"二十三区", "東京都"},
	{"八戸", "青森県"}, {"弘前", "青森県"}, {"郡山", "福島県"}, {"いわき", "福島県"}, {"宇都宮", "栃木県"},
	{"高崎", "群馬県"}, {"長岡", "新潟県"}, {"豊橋", "愛知県"}, {"岡崎", "愛知県"}, {"浦添", "沖縄県"},
	{"久留米", "福岡県"}, {"北見", "北海道"}, {"帯広", "北海道"}, {"釧路", "北海道"},
	// cities named with 市 where the name alone is a surname or a word
	// (堺市で製造, 川崎市の事務), and suburbs people name as their town.
	{"堺市", "大阪府"}, {"川崎市", "神奈川県"}, {"松山市", "愛媛県"}, {"松本市", "長野県"}, {"津市", "三重県"},
	{"藤沢", "神奈川県"}, {"町田", "東京都"}, {"立川", "東京都"}, {"品川", "東京都"}, {"横須賀", "神奈川県"},
	{"所沢", "埼玉県"}, {"越谷", "埼玉県"}, {"春日部", "埼玉県"}, {"松戸", "千葉県"}, {"高槻", "大阪府"},
	{"枚方", "大阪府"}, {"豊中", "大阪府"}, {"吹田", "大阪府"}, {"東大阪", "大阪府"}, {"明石", "兵庫県"},
	{"加古川", "兵庫県"}, {"福山", "広島県"}, {"小倉", "福岡県"}, {"沼津", "静岡県"},
	// Prefectures and big cities typed in kana by writers who use no
	// kanji (ふくおかで じむの しごと): readings of three kana or more
	// that no everyday word holds (not ちば, inside いちばん; not なら,
	// しが, さが, みえ).
	{"ほっかいどう", "北海道"}, {"あおもり", "青森県"}, {"いわて", "岩手県"}, {"みやぎ", "宮城県"},
	{"あきた", "秋田県"}, {"やまがた", "山形県"}, {"ふくしま", "福島県"}, {"いばらき", "茨城県"},
	{"とちぎ", "栃木県"}, {"ぐんま", "群馬県"}, {"とうきょう", "東京都"}, {"かながわ", "神奈川県"},
	{"にいがた", "新潟県"}, {"いしかわ", "石川県"}, {"やまなし", "山梨県"}, {"しずおか", "静岡県"},
	{"あいちけん", "愛知県"}, {"きょうと", "京都府"}, {"おおさか", "大阪府"}, {"ひょうご", "兵庫県"},
	{"わかやま", "和歌山県"}, {"とっとり", "鳥取県"}, {"しまね", "島根県"}, {"おかやま", "岡山県"},
	{"ひろしま", "広島県"}, {"やまぐち", "山口県"}, {"とくしま", "徳島県"}, {"えひめ", "愛媛県"},
	{"ふくおか", "福岡県"}, {"ながさき", "長崎県"}, {"くまもと", "熊本県"}, {"おおいた", "大分県"},
	{"みやざき", "宮崎県"}, {"かごしま", "鹿児島県"}, {"おきなわ", "沖縄県"},
	{"さっぽろ", "北海道"}, {"せんだい", "宮城県"}, {"よこはま", "神奈川県"}, {"なごや", "愛知県"},
	{"こうべ", "兵庫県"}, {"はかた", "福岡県"},
	// …and the cities workers born abroad name in kana (はままつ で しごと
	// みたい; しんじゅく で ホール の しごと: general set 180, round 48).
	{"はままつ", "静岡県"}, {"しんじゅく", "東京都"}, {"しぶや", "東京都"}, {"いけぶくろ", "東京都"},
	{"さいたま", "埼玉県"}, {"かわさき", "神奈川県"}, {"とよはし", "愛知県"}, {"ひめじ", "兵庫県"},
}

// PrefectureIn returns the full name of the first prefecture, in JIS code
// order, that text mentions in full or short form ("大阪で探したい" →
// "大阪府"), or else the prefecture of a big city it names ("札幌で" →
// "北海道"), or "". The order decides overlaps: 東京都 contains 京都 and
// comes first.
func PrefectureIn(text string) string {
	for _, p := range prefectures {
		if strings.Contains(text, p) || strings.Contains(text, ShortPrefecture(p)) {
			return p
		}
	}
	for _, c := range cities {
		if strings.Contains(text, c.city) {
			return c.prefecture
		}
	}
	return ""
}

// CityIn returns the big city text names when it names no prefecture
// ("名古屋で" → "名古屋"), or "": the place as the person said it, which
// PrefectureIn reads as its prefecture.
func CityIn(text string) string {
	for _, p := range prefectures {
		if strings.Contains(text, p) || strings.Contains(text, ShortPrefecture(p)) {
			return ""
		}
	}
	for _, c := range cities {
		if strings.Contains(text, c.city) {
			return c.city
		}
	}
	return ""
}

// PrefecturesIn returns the prefectures text offers as choices — places
// joined by か, や, と, ・ or a comma (埼玉か群馬で → 埼玉県, 群馬県;
// 大阪か神戸 → 大阪府, 兵庫県) — in the order named. Places not joined so
// (東京から大阪に引っ越す) are not choices: then it is PrefectureIn's one
// place, or nil.
func PrefecturesIn(text string) []string {
	first := PrefectureIn(text)
	if first == "" {
		return nil
	}
	ms := placeMentions(text)
	for i := 0; i < len(ms); i++ {
		group := []string{ms[i].prefecture}
		j := i
		for j+1 < len(ms) && placeJoiner(text[ms[j].end:ms[j+1].start]) {
			j++
			if !slices.Contains(group, ms[j].prefecture) {
				group = append(group, ms[j].prefecture)
			}
		}
		if len(group) > 1 {
			return group
		}
		i = j
	}
	return []string{first}
}

// placeJoiners join places offered as choices; spaces around them are
// ignored.
var placeJoiners = []string{"か", "や", "と", "・", "、", ",", "，", "/", "／", "または", "もしくは", "か、", "とか", "とか、", "or"}

func placeJoiner(between string) bool {
	return slices.Contains(placeJoiners, strings.TrimSpace(strings.ReplaceAll(between, "　", "")))
}

// mention is one place named in a text, as byte offsets.
type mention struct {
	start, end int
	prefecture string
}

// WithoutPlaces is text with every prefecture and city it names taken out
// (横浜事務 → 事務).
func WithoutPlaces(text string) string {
	var b strings.Builder
	last := 0
	for _, m := range placeMentions(text) {
		b.WriteString(text[last:m.start])
		last = m.end
	}
	b.WriteString(text[last:])
	return b.String()
}

// placeMentions are the places text names, in order, each span counted
// once: 東京都 is not also 京都.
func placeMentions(text string) []mention {
	var ms []mention
	taken := func(i, j int) bool {
		return slices.ContainsFunc(ms, func(m mention) bool { return i < m.end && m.start < j })
	}
	find := func(word, prefecture string) {
		for i := range Indices(text, word) {
			if end := i + len(word); !taken(i, end) {
				ms = append(ms, mention{i, end, prefecture})
			}
		}
	}
	for _, p := range prefectures {
		find(p, p)
		find(ShortPrefecture(p), p)
	}
	for _, c := range cities {
		find(c.city, c.prefecture)
	}
	slices.SortFunc(ms, func(a, b mention) int { return a.start - b.start })
	return ms
}
