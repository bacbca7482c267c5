package jobs

import (
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/jatext"
)

// Listing is one job listing as it stands in the catalog. The json and yaml
// names are the catalog's field names (docs/jobs.md).
type Listing struct {
	ID         string     `json:"id" yaml:"id"`
	Title      string     `json:"title" yaml:"title"`
	Company    string     `json:"company" yaml:"company"`
	Prefecture string     `json:"prefecture" yaml:"prefecture"` // full name: 東京都; for full-remote jobs, where the company is
	City       string     `json:"city" yaml:"city"`
	Remote     Remote     `json:"remote" yaml:"remote"`
	Employment Employment `json:"employment" yaml:"employment"`
	Pay        Pay        `json:"pay" yaml:"pay,flow"`
	// InexperiencedOK: people new to this kind of work are welcome (未経験歓迎).
	InexperiencedOK bool `json:"inexperienced_ok" yaml:"inexperienced_ok"`
	// ShortHours: shorter days are possible (時短勤務可).
	ShortHours bool `json:"short_hours,omitempty" yaml:"short_hours,omitempty"`
	// Flextime: flexible start and end times (フレックス).
	Flextime bool `json:"flextime,omitempty" yaml:"flextime,omitempty"`
	// Hours is the working time as the recruiter writes it (9:00〜18:00…).
	Hours string `json:"hours,omitempty" yaml:"hours,omitempty"`
	Tags  []Tag  `json:"tags" yaml:"tags,flow"`
	// ValuesExperience names earlier kinds of work the employer explicitly
	// values (コールセンター, 販売・接客…), from the tag vocabulary.
	ValuesExperience []Tag    `json:"values_experience,omitempty" yaml:"values_experience,flow,omitempty"`
	Highlights       []string `json:"highlights,omitempty" yaml:"highlights,omitempty"`
	URL              string   `json:"url" yaml:"url"`
	Posted           Date     `json:"posted" yaml:"posted"`
	Checked          Date     `json:"checked" yaml:"checked"` // last time a person checked the listing is still open
	// Sample marks a fictional listing (the embedded sample catalog); the
	// cards say so visibly.
	Sample bool `json:"sample,omitempty" yaml:"sample,omitempty"`
}

// Pay is either an annual range in 万円 or an hourly range in 円. A zero
// maximum means "from the minimum up" (年収400万円〜).
type Pay struct {
	AnnualMin int `json:"annual_min,omitempty" yaml:"annual_min,omitempty"`
	AnnualMax int `json:"annual_max,omitempty" yaml:"annual_max,omitempty"`
	HourlyMin int `json:"hourly_min,omitempty" yaml:"hourly_min,omitempty"`
	HourlyMax int `json:"hourly_max,omitempty" yaml:"hourly_max,omitempty"`
}

// Hourly reports whether the pay is given per hour.
func (p Pay) Hourly() bool { return p.HourlyMin > 0 || p.HourlyMax > 0 }

// hoursPerYear turns an hourly wage into a full-time equivalent annual
// figure: 160 hours a month, 12 months.
const hoursPerYear = 160 * 12

// AnnualFromHourly is an hourly wage in 円 as a full-time yearly figure in
// 万円, the way hourly listings are ranked: a wish for 時給1500円以上 is a
// floor of AnnualFromHourly(1500).
func AnnualFromHourly(yen int) int { return yen * hoursPerYear / 10000 }

// AnnualEstimate returns the yearly pay in 万円 at the bottom and top of the
// range; hourly pay is converted at full-time hours (160 h a month), which
// overstates part-time income, so use it for ranking, never for display.
func (p Pay) AnnualEstimate() (low, high int) {
	if p.Hourly() {
		low = AnnualFromHourly(p.HourlyMin)
		high = low
		if p.HourlyMax > 0 {
			high = AnnualFromHourly(p.HourlyMax)
		}
		return low, high
	}
	high = p.AnnualMin
	if p.AnnualMax > 0 {
		high = p.AnnualMax
	}
	return p.AnnualMin, high
}

// String renders the pay the way Japanese listings do:
// 年収400万〜550万円, 年収400万円〜, 時給1,200円〜1,500円.
func (p Pay) String() string {
	if p.Hourly() {
		if p.HourlyMax > 0 && p.HourlyMax != p.HourlyMin {
			return "時給" + yen(p.HourlyMin) + "円〜" + yen(p.HourlyMax) + "円"
		}
		return "時給" + yen(p.HourlyMin) + "円〜"
	}
	if p.AnnualMax > 0 && p.AnnualMax != p.AnnualMin {
		return fmt.Sprintf("年収%d万〜%d万円", p.AnnualMin, p.AnnualMax)
	}
	return fmt.Sprintf("年収%d万円〜", p.AnnualMin)
}

// yen formats n with thousands separators (1,200).
func yen(n int) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Date is a calendar date as written in catalogs: 2026-11-02.
type Date string

const dateLayout = "2006-01-02"

// Time parses the date at midnight UTC.
func (d Date) Time() (time.Time, error) {
	return time.Parse(dateLayout, string(d))
}

// days returns the date as days since 1970-01-01, or false.
func (d Date) days() (int32, bool) {
	t, err := d.Time()
	if err != nil {
		return 0, false
	}
	return int32(t.Unix() / 86400), true
}

// jstDay returns the calendar day of t in Japan, as days since 1970-01-01.
// Catalog dates are Japanese dates, so "today" is today in Japan.
func jstDay(t time.Time) int32 {
	const jst = 9 * 60 * 60
	sec := t.Unix() + jst
	d := sec / 86400
	if sec < 0 && sec%86400 != 0 {
		d--
	}
	return int32(d)
}

// Limits that keep a card readable and the carousel small.
const (
	maxIDLen        = 64
	maxTitleLen     = 40
	maxCompanyLen   = 40
	maxCityLen      = 20
	maxHoursLen     = 60
	maxHighlights   = 5
	maxHighlightLen = 60
	maxTags         = 5
	maxURLLen       = 1000 // LINE's limit for a uri action
)

// validID keeps ids safe in postback data and URLs: ASCII letters and
// digits, then also - and _.
func validID(id string) bool {
	if id == "" || len(id) > maxIDLen {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		alnum := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
		if !alnum && (i == 0 || c != '-' && c != '_') {
			return false
		}
	}
	return true
}

// issue is one problem with one field of a listing.
type issue struct {
	field string // catalog field name, for locating the line
	msg   string
}

// validate checks l and returns every problem found. It does not check
// duplicate ids, which need the whole catalog.
func (l *Listing) validate() []issue {
	var out []issue
	add := func(field, format string, args ...any) {
		out = append(out, issue{field, field + ": " + fmt.Sprintf(format, args...)})
	}
	text := func(field, v string, max int) {
		switch {
		case strings.TrimSpace(v) == "":
			add(field, "missing")
		case utf8.RuneCountInString(v) > max:
			add(field, "too long (%d characters, at most %d)", utf8.RuneCountInString(v), max)
		}
	}
	switch {
	case l.ID == "":
		add("id", "missing")
	case !validID(l.ID):
		add("id", "%q: use letters, digits, - and _ (at most %d)", l.ID, maxIDLen)
	}
	text("title", l.Title, maxTitleLen)
	text("company", l.Company, maxCompanyLen)
	text("city", l.City, maxCityLen)
	if l.Prefecture == "" {
		add("prefecture", "missing")
	} else if full, _ := jatext.Prefecture(l.Prefecture); full == "" {
		add("prefecture", "unknown prefecture %q", l.Prefecture)
	}
	if l.Remote == "" {
		add("remote", "missing")
	} else if !l.Remote.Valid() {
		add("remote", "unknown value %q (want full, partial or none)", l.Remote)
	}
	if l.Employment == "" {
		add("employment", "missing")
	} else if !l.Employment.Valid() {
		add("employment", "unknown value %q (want 正社員, 契約社員, 派遣 or パート・アルバイト)", l.Employment)
	}
	out = append(out, l.Pay.validate()...)
	if l.Hours != "" && utf8.RuneCountInString(l.Hours) > maxHoursLen {
		add("hours", "too long (at most %d characters)", maxHoursLen)
	}
	if len(l.Tags) == 0 {
		add("tags", "missing (at least one of: %s)", tagList())
	} else if len(l.Tags) > maxTags {
		add("tags", "%d tags, at most %d", len(l.Tags), maxTags)
	}
	for _, t := range l.Tags {
		if !t.Valid() {
			add("tags", "unknown tag %q (want one of: %s)", t, tagList())
		}
	}
	for _, t := range l.ValuesExperience {
		if !t.Valid() {
			add("values_experience", "unknown tag %q (want one of: %s)", t, tagList())
		}
	}
	if len(l.Highlights) > maxHighlights {
		add("highlights", "%d highlights, at most %d", len(l.Highlights), maxHighlights)
	}
	for _, h := range l.Highlights {
		if strings.TrimSpace(h) == "" {
			add("highlights", "empty highlight")
		} else if utf8.RuneCountInString(h) > maxHighlightLen {
			add("highlights", "%q is too long (at most %d characters)", h, maxHighlightLen)
		}
	}
	if l.URL == "" {
		add("url", "missing")
	} else if msg := checkURL(l.URL); msg != "" {
		add("url", "%s", msg)
	}
	posted, postedOK := checkDate(l.Posted, "posted", add)
	checked, checkedOK := checkDate(l.Checked, "checked", add)
	if postedOK && checkedOK && checked < posted {
		add("checked", "%s is before posted %s", l.Checked, l.Posted)
	}
	return out
}

func checkDate(d Date, field string, add func(field, format string, args ...any)) (int32, bool) {
	if d == "" {
		add(field, "missing")
		return 0, false
	}
	days, ok := d.days()
	if !ok {
		add(field, "bad date %q (want YYYY-MM-DD)", d)
	}
	return days, ok
}

func (p Pay) validate() []issue {
	var out []issue
	add := func(format string, args ...any) {
		out = append(out, issue{"pay", "pay: " + fmt.Sprintf(format, args...)})
	}
	annual := p.AnnualMin != 0 || p.AnnualMax != 0
	hourly := p.HourlyMin != 0 || p.HourlyMax != 0
	switch {
	case annual && hourly:
		add("give either annual_min/annual_max (万円) or hourly_min/hourly_max (円), not both")
	case annual:
		out = append(out, rangeIssues("annual", p.AnnualMin, p.AnnualMax, 100, 5000)...)
	case hourly:
		out = append(out, rangeIssues("hourly", p.HourlyMin, p.HourlyMax, 500, 20000)...)
	default:
		add("missing (annual_min/annual_max in 万円 or hourly_min/hourly_max in 円)")
	}
	return out
}

// rangeIssues checks a pay range; the bounds catch unit mistakes such as
// 4000000 for 400万円.
func rangeIssues(kind string, min, max, lo, hi int) []issue {
	var out []issue
	add := func(format string, args ...any) {
		out = append(out, issue{"pay", "pay: " + fmt.Sprintf(format, args...)})
	}
	unit := "万円"
	if kind == "hourly" {
		unit = "円"
	}
	switch {
	case min == 0:
		add("%s_min missing", kind)
	case min < lo || min > hi:
		add("%s_min %d is outside %d..%d (%s)", kind, min, lo, hi, unit)
	}
	if max != 0 && (max < lo || max > hi) {
		add("%s_max %d is outside %d..%d (%s)", kind, max, lo, hi, unit)
	}
	if max != 0 && min > max {
		add("bad range: %s_min %d is greater than %s_max %d", kind, min, kind, max)
	}
	return out
}

func checkURL(s string) string {
	if len(s) > maxURLLen {
		return fmt.Sprintf("bad URL: longer than %d characters", maxURLLen)
	}
	u, err := url.Parse(s)
	if err != nil {
		return fmt.Sprintf("bad URL %q", s)
	}
	if (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return fmt.Sprintf("bad URL %q (want an absolute http(s) URL)", s)
	}
	return ""
}

func tagList() string {
	var b strings.Builder
	for i, t := range Tags() {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(string(t))
	}
	return b.String()
}
