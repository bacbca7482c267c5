package facts

import (
	"strconv"
	"strings"
)

// Key is a stable fact id. The ids are stored in conversation state and
// read by the advisor and playbooks; never rename one.
type Key string

// The fact kinds, in the order Display lists them.
const (
	Employment  Key = "employment"
	Job         Key = "job"
	Status      Key = "status"
	Tenure      Key = "tenure"
	RemoteDays  Key = "remote_days"
	Children    Key = "children"
	YearsAway   Key = "years_away"
	TroubleWith Key = "trouble_with"
	Health      Key = "health"
	Area        Key = "area"
	Age         Key = "age"
	Wishes      Key = "wishes"
	// Since and Told are read from short answers to Akari's questions
	// (「3年くらい」「人事には言ってない」); Since also from a form that
	// can mean nothing else (「ここ1ヶ月ほど」「去年から」). Alone, a
	// duration or a 言ってない could be about anything.
	Since Key = "since" // how long the worry has gone on: 3年くらい, 去年から
	Told  Key = "told"  // who was told of it: 上司, 人事（まだ）
)

// Keys returns every key in display order, as a fresh slice.
func Keys() []Key {
	return []Key{Employment, Job, Status, Tenure, RemoteDays, Children,
		YearsAway, TroubleWith, Health, Area, Age, Wishes, Since, Told}
}

// Status values.
const (
	StatusQuit    = "quit"     // already left the job (退職済み, 無職)
	StatusStudent = "student"  // student, usually job-hunting
	StatusManager = "manager"  // has people reporting to them
	StatusOnLeave = "on_leave" // 休職中, 育休中, 産休中
)

// Valid reports whether k is one of the known keys.
func (k Key) Valid() bool {
	_, ok := labels[k]
	return ok
}

// Label is the Japanese name of the key used in prompts.
func (k Key) Label() string { return labels[k] }

// multi reports whether a key holds a set of values ("上司,同僚") that
// later statements add to, rather than one value they replace.
func (k Key) multi() bool {
	return k == TroubleWith || k == Health || k == Wishes || k == Told
}

var labels = map[Key]string{
	Employment:  "雇用形態",
	Job:         "仕事",
	Status:      "状況",
	Tenure:      "今の職場での年数",
	RemoteDays:  "在宅勤務",
	Children:    "子ども",
	YearsAway:   "仕事を離れている期間",
	TroubleWith: "うまくいっていない相手",
	Health:      "体調のサイン",
	Area:        "地域",
	Age:         "年齢",
	Wishes:      "希望",
	Since:       "悩みが続いている期間",
	Told:        "相談した相手",
}

// Span is a byte range [Start, End) in the message a fact came from.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Found is one fact read from one message.
type Found struct {
	Key   Key
	Value string // normalised; see the package doc for each key's format
	Say   string // short Japanese form for prompts: 週2日, 2人（小3・年中）
	Span  Span   // where in the message it was said
}

// Line is the prompt line for the fact: 「在宅勤務: 週2日」.
func (f Found) Line() string { return f.Key.Label() + ": " + f.Say }

// sayFor is the default Japanese form of a value; Memory stores a Found's Say
// only when it differs from this, to keep the state small.
func sayFor(k Key, v string) string {
	switch k {
	case RemoteDays:
		switch v {
		case "0":
			return "なし"
		case "5":
			return "フルリモート（週5日）"
		}
		return "週" + v + "日"
	case Children:
		return childrenSay(v)
	case YearsAway, Tenure:
		if m, ok := Months(v); ok {
			return durSay(m)
		}
	case Age:
		if d, ok := strings.CutSuffix(v, "s"); ok {
			return d + "代"
		}
		return v + "歳"
	case Status:
		switch v {
		case StatusQuit:
			return "退職済み"
		case StatusStudent:
			return "学生"
		case StatusManager:
			return "管理職（部下がいる）"
		case StatusOnLeave:
			return "休職中"
		}
	case Area:
		return strings.ReplaceAll(v, "/", " ")
	case TroubleWith, Health, Wishes, Told:
		return strings.ReplaceAll(v, ",", "・")
	}
	return v
}

// childrenSay renders "2(小3,年中)" as 2人（小3・年中）, "1+(3歳)" as
// いる（3歳）, "0" as いない.
func childrenSay(v string) string {
	count, ages, _ := strings.Cut(v, "(")
	ages = strings.TrimSuffix(ages, ")")
	var b strings.Builder
	switch {
	case count == "0":
		return "いない"
	case strings.HasSuffix(count, "+"):
		b.WriteString("いる")
	default:
		b.WriteString(count)
		b.WriteString("人")
	}
	if ages != "" {
		b.WriteString("（")
		b.WriteString(strings.ReplaceAll(ages, ",", "・"))
		b.WriteString("）")
	}
	return b.String()
}

// ChildrenCount reads a children value: the number said, whether it is only
// a lower bound ("1+": has children, number not said), and the ages or
// school years in the order said.
func ChildrenCount(v string) (n int, atLeast bool, ages []string) {
	count, rest, _ := strings.Cut(v, "(")
	count, atLeast = strings.CutSuffix(count, "+")
	n, _ = strconv.Atoi(count)
	if rest = strings.TrimSuffix(rest, ")"); rest != "" {
		ages = strings.Split(rest, ",")
	}
	return n, atLeast, ages
}
