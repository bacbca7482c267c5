package jobs

import "github.com/akari-career/akari/internal/jatext"

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
	FullTime Employment = jatext.FullTime
	Contract Employment = jatext.Contract
	Dispatch Employment = jatext.Dispatch
	PartTime Employment = jatext.PartTime
)

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
// and spreadsheets use (パート, アルバイト, full_time…): the employment
// vocabulary of jatext.
func ParseEmployment(s string) (Employment, bool) {
	e, ok := jatext.Employment(s)
	return Employment(e), ok
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
