package jobs

import "strings"

// Remote says how much of the work can be done from home.
type Remote string

// Remote values, as written in catalogs.
const (
	RemoteFull    Remote = "full"    // フルリモート
	RemotePartial Remote = "partial" // 一部在宅
	RemoteNone    Remote = "none"    // 出社
)

// Valid reports whether r is one of the known values.
func (r Remote) Valid() bool {
	return r == RemoteFull || r == RemotePartial || r == RemoteNone
}

// level orders remote values: none < partial < full.
func (r Remote) level() uint8 {
	switch r {
	case RemotePartial:
		return 1
	case RemoteFull:
		return 2
	}
	return 0
}

// Employment is the employment type of a listing, in Japanese as recruiters
// write it.
type Employment string

// Employment values, as written in catalogs.
const (
	FullTime Employment = "正社員"
	Contract Employment = "契約社員"
	Dispatch Employment = "派遣"
	PartTime Employment = "パート・アルバイト"
)

// Employments returns every employment type in display order.
func Employments() []Employment {
	return []Employment{FullTime, Contract, Dispatch, PartTime}
}

// Valid reports whether e is one of the known values.
func (e Employment) Valid() bool { return e.bit() != 0 }

func (e Employment) bit() uint8 {
	switch e {
	case FullTime:
		return 1
	case Contract:
		return 2
	case Dispatch:
		return 4
	case PartTime:
		return 8
	}
	return 0
}

// ParseEmployment accepts the catalog values and the usual variants people
// and spreadsheets use (パート, アルバイト, full_time…).
func ParseEmployment(s string) (Employment, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "正社員", "full_time", "fulltime", "full-time", "regular":
		return FullTime, true
	case "契約社員", "契約", "contract":
		return Contract, true
	case "派遣", "派遣社員", "dispatch", "temp":
		return Dispatch, true
	case "パート・アルバイト", "パート", "アルバイト", "パート/アルバイト", "part_time", "parttime", "part-time":
		return PartTime, true
	}
	return "", false
}

// Tag is a kind of work, from a fixed vocabulary (Tags) so that matching
// and recruiters speak the same words.
type Tag string

// The tag vocabulary. Its order is the bit order of the precomputed
// features, so only append.
const (
	TagOffice     Tag = "事務"
	TagAccounting Tag = "経理"
	TagGeneral    Tag = "総務"
	TagSupport    Tag = "カスタマーサポート"
	TagCallCenter Tag = "コールセンター"
	TagSales      Tag = "営業"
	TagHR         Tag = "人事・採用"
	TagTraining   Tag = "教育・研修"
	TagIT         Tag = "IT"
	TagPlanning   Tag = "企画"
	TagMarketing  Tag = "マーケティング"
	TagCare       Tag = "医療・福祉"
	TagRetail     Tag = "販売・接客"
	TagLogistics  Tag = "物流"
	TagFactory    Tag = "製造"
	TagCreative   Tag = "クリエイティブ"
)

// Tags returns the whole tag vocabulary in its defined order. It returns a
// fresh slice so callers may modify it.
func Tags() []Tag {
	return []Tag{
		TagOffice, TagAccounting, TagGeneral, TagSupport, TagCallCenter, TagSales,
		TagHR, TagTraining, TagIT, TagPlanning, TagMarketing, TagCare, TagRetail,
		TagLogistics, TagFactory, TagCreative,
	}
}

// bit returns the tag's bit in a feature mask, or 0 for an unknown tag.
func (t Tag) bit() uint32 {
	for i, v := range Tags() {
		if v == t {
			return 1 << i
		}
	}
	return 0
}

// Valid reports whether t is in the vocabulary.
func (t Tag) Valid() bool { return t.bit() != 0 }

// prefectures lists the 47 prefectures; the index+1 is the compact id used
// in features (0 means "none").
func prefectures() [47]string {
	return [47]string{
		"北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県",
		"茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県",
		"新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県",
		"静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県",
		"奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県",
		"徳島県", "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県",
		"熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県",
	}
}

// NormalizePrefecture returns the full name of a prefecture ("東京" →
// "東京都", "大阪" → "大阪府") and whether it is one.
func NormalizePrefecture(s string) (string, bool) {
	_, name := prefectureIndex(s)
	return name, name != ""
}

func prefectureIndex(s string) (uint8, string) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, ""
	}
	for i, p := range prefectures() {
		if s == p || s == shortPrefecture(p) {
			return uint8(i + 1), p
		}
	}
	return 0, ""
}

// shortPrefecture drops the 都/府/県 suffix people often omit (京都府 → 京都).
func shortPrefecture(p string) string {
	for _, suffix := range [...]string{"都", "府", "県"} {
		if short, ok := strings.CutSuffix(p, suffix); ok {
			return short
		}
	}
	return p
}
