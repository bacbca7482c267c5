package playbook

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/akari-career/akari/internal/yamldoc"
)

// HotlinesFile lists the crisis lines; the crisis messages print them.
const HotlinesFile = "hotlines.yaml"

// MaxHotlineAge is how old checked_on may be before lint warns: hours of
// free dials and chat services change, and a wrong hour sends a person in
// crisis to a closed line.
const MaxHotlineAge = 180 * 24 * time.Hour

// HotlineKind says how a line is reached.
type HotlineKind string

const (
	HotlinePhone     HotlineKind = "phone"
	HotlineChat      HotlineKind = "chat" // LINE or web chat, for those who cannot call
	HotlineEmergency HotlineKind = "emergency"
)

// Hotline is one crisis line as hotlines.yaml describes it.
type Hotline struct {
	Name     string
	Kind     HotlineKind
	Number   string // phone and emergency
	Hours    string // as people should read them
	AllHours bool   // answers at any hour, every day
	URL      string
}

// Hotlines is the checked list of crisis lines.
type Hotlines struct {
	CheckedOn time.Time
	Lines     []Hotline // 24-hour lines first, emergency last, else file order
	line      int       // of checked_on, for warnings
}

// hotlinesNeeded are the numbers the file must carry (DESIGN.md), so no
// edit can drop a line by accident.
var hotlinesNeeded = []string{"0570-064-556", "0120-279-338", "0120-061-338", "0120-783-556", "119", "110"}

// loadHotlines parses hotlines.yaml, reporting every problem.
func loadHotlines(c yamldoc.File, data []byte) *Hotlines {
	root := c.ParseMapping(data)
	if root == nil {
		return nil
	}
	h := &Hotlines{}
	var haveDate, haveLines bool
	for _, p := range c.Pairs(root) {
		switch p.Key {
		case "checked_on":
			haveDate = true
			t, ok := scalar(c, p.Value, "checked_on")
			if !ok {
				continue
			}
			d, err := time.Parse(time.DateOnly, t.s)
			if err != nil {
				c.Add(t.line, "checked_on %q is not a date (want YYYY-MM-DD)", t.s)
				continue
			}
			h.CheckedOn, h.line = d, t.line
		case "lines":
			haveLines = true
			for _, item := range sequence(c, p.Value, "lines") {
				if l, ok := hotline(c, item); ok {
					h.Lines = append(h.Lines, l)
				}
			}
		default:
			c.Add(p.Line, "unknown key %q (want checked_on, lines)", p.Key)
		}
	}
	if !haveDate {
		c.Add(0, "missing checked_on: the day the lines were compared with the official list")
	}
	if !haveLines || len(h.Lines) == 0 {
		c.Add(0, "no lines")
		return h
	}
	for _, num := range hotlinesNeeded {
		if !slices.ContainsFunc(h.Lines, func(l Hotline) bool { return l.Number == num }) {
			c.Add(0, "missing the line with number %s", num)
		}
	}
	if !slices.ContainsFunc(h.Lines, func(l Hotline) bool { return l.Kind == HotlineChat }) {
		c.Add(0, "no chat line: people who cannot phone need one")
	}
	if !slices.ContainsFunc(h.Lines, func(l Hotline) bool { return l.AllHours && l.Kind != HotlineEmergency }) {
		c.Add(0, "no 24-hour line besides 119/110")
	}
	rank := func(l Hotline) int {
		switch {
		case l.Kind == HotlineEmergency:
			return 2
		case l.AllHours:
			return 0
		}
		return 1
	}
	slices.SortStableFunc(h.Lines, func(a, b Hotline) int { return rank(a) - rank(b) })
	return h
}

func hotline(c yamldoc.File, n *yaml.Node) (Hotline, bool) {
	var l Hotline
	if n.Kind != yaml.MappingNode {
		c.Add(n.Line, "lines: expected {name, kind, number, hours, 24h, url}")
		return l, false
	}
	ok := true
	for _, p := range c.Pairs(n) {
		if p.Key == "24h" {
			if p.Value.Kind != yaml.ScalarNode || p.Value.Decode(&l.AllHours) != nil {
				c.Add(p.Line, "24h: want true or false")
				ok = false
			}
			continue
		}
		t, good := scalar(c, p.Value, p.Key)
		if !good {
			ok = false
			continue
		}
		switch p.Key {
		case "name":
			l.Name = t.s
		case "kind":
			l.Kind = HotlineKind(t.s)
			if l.Kind != HotlinePhone && l.Kind != HotlineChat && l.Kind != HotlineEmergency {
				c.Add(t.line, "kind %q: want phone, chat or emergency", t.s)
				ok = false
			}
		case "number":
			l.Number = t.s
		case "hours":
			l.Hours = t.s
		case "url":
			l.URL = t.s
			if !strings.HasPrefix(t.s, "https://") {
				c.Add(t.line, "url %q: want https://…", t.s)
				ok = false
			}
		default:
			c.Add(p.Line, "unknown field %q (name, kind, number, hours, 24h, url)", p.Key)
			ok = false
		}
	}
	switch {
	case l.Name == "":
		c.Add(n.Line, "a line without a name")
		ok = false
	case l.Hours == "":
		c.Add(n.Line, "%s: hours missing; write 時間は公式サイトで確認してください when unknown", l.Name)
		ok = false
	case l.Kind != HotlineChat && l.Number == "":
		c.Add(n.Line, "%s: a %s line needs a number", l.Name, l.Kind)
		ok = false
	case l.Kind == HotlineChat && l.URL == "":
		c.Add(n.Line, "%s: a chat line needs a url", l.Name)
		ok = false
	}
	return l, ok
}

// AllHours names the lines that answer at any hour, besides 119 and 110:
// their names and numbers, so a reply can be checked to keep one in reach.
func (h *Hotlines) AllHours() []string {
	if h == nil {
		return nil
	}
	var out []string
	for _, l := range h.Lines {
		if !l.AllHours || l.Kind == HotlineEmergency {
			continue
		}
		out = append(out, l.Name)
		if l.Number != "" {
			out = append(out, l.Number)
		}
	}
	return out
}

// Block renders every line for a LINE text: the lines that answer at any
// hour first, under their own heading, then the others, then 119 and 110.
func (h *Hotlines) Block() string {
	if h == nil {
		return ""
	}
	var always, others, emergency []string
	for _, l := range h.Lines {
		switch {
		case l.Kind == HotlineEmergency:
			emergency = append(emergency, l.Number+"（"+l.Name+"）")
		case l.AllHours:
			always = append(always, l.render())
		default:
			others = append(others, l.render())
		}
	}
	var b strings.Builder
	if len(always) > 0 {
		b.WriteString("【24時間つながる窓口】\n" + strings.Join(always, "\n"))
	}
	if len(others) > 0 {
		if b.Len() > 0 {
			b.WriteString("\n")
		}
		b.WriteString("【そのほかの窓口】\n" + strings.Join(others, "\n"))
	}
	if len(emergency) > 0 {
		if b.Len() > 0 {
			b.WriteString("\n")
		}
		b.WriteString("今すぐ命の危険があるときは " + strings.Join(emergency, "・") + "へ。")
	}
	return b.String()
}

// AllHoursBlock renders only the lines that answer at any hour (besides
// 119 and 110): short enough to keep in reach in every care reply.
func (h *Hotlines) AllHoursBlock() string {
	if h == nil {
		return ""
	}
	var out []string
	for _, l := range h.Lines {
		if l.AllHours && l.Kind != HotlineEmergency {
			out = append(out, l.render())
		}
	}
	return strings.Join(out, "\n")
}

// ChatBlock renders the lines reached by typing rather than calling, for
// a person who cannot phone.
func (h *Hotlines) ChatBlock() string {
	if h == nil {
		return ""
	}
	var out []string
	for _, l := range h.Lines {
		if l.Kind == HotlineChat {
			out = append(out, l.render())
		}
	}
	return strings.Join(out, "\n")
}

// render is one line of a block: name, how to reach it, hours.
func (l Hotline) render() string {
	if l.Kind == HotlineChat {
		return fmt.Sprintf("・%s（%s）%s", l.Name, l.Hours, l.URL)
	}
	return fmt.Sprintf("・%s %s（%s）", l.Name, l.Number, l.Hours)
}

// Warnings are problems that do not stop Akari but need a person: here, a
// hotlines.yaml checked more than MaxHotlineAge before now. A file that
// cannot be read gives no warning (Lint reports it).
func Warnings(fsys fs.FS, now time.Time) []Problem {
	data, err := fs.ReadFile(fsys, HotlinesFile)
	if err != nil {
		return nil
	}
	var probs Problems
	h := loadHotlines(yamldoc.NewFile(HotlinesFile, &probs), data)
	if h == nil || h.CheckedOn.IsZero() {
		return nil
	}
	if age := now.Sub(h.CheckedOn); age > MaxHotlineAge {
		return []Problem{{File: HotlinesFile, Line: h.line, Msg: fmt.Sprintf(
			"checked_on %s is %d days old (more than %d): compare every line with the official list and update the date",
			h.CheckedOn.Format(time.DateOnly), int(age.Hours()/24), int(MaxHotlineAge.Hours()/24))}}
	}
	return nil
}
