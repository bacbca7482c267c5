package jobs

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/akari-career/akari/internal/yamldoc"
)

// LoadFile reads a catalog file: JSON when the name ends in .json, YAML
// otherwise.
func LoadFile(path string) (*Catalog, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load job catalog: %w", err)
	}
	defer f.Close()
	return Load(f, path)
}

// Load reads and validates a catalog: a YAML list of listings, or a JSON
// array when name ends in .json. It reports every problem of every listing
// at once, each as "name:line: msg" (a yamldoc.Problems error), and returns no catalog if
// there is any: a catalog with holes would show people half-checked jobs.
func Load(r io.Reader, name string) (*Catalog, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read job catalog %s: %w", name, err)
	}
	var ps yamldoc.Problems
	p := yamldoc.NewFile(name, &ps)
	var root *yaml.Node
	if strings.EqualFold(filepath.Ext(name), ".json") {
		root = parseJSON(data, p)
	} else {
		root = parseYAML(data, p)
	}
	if root == nil {
		return nil, ps.Err()
	}
	listings, lines := decodeListings(root, p)
	checkListings(listings, lines, p)
	if err := ps.Err(); err != nil {
		return nil, err
	}
	return newCatalog(listings), nil
}

func parseYAML(data []byte, p yamldoc.File) *yaml.Node {
	root, ok := p.Parse(data)
	if ok && root == nil {
		p.Add(1, "no listings (want a list of listings)")
	}
	return root
}

// fieldLines records where each field of one listing was written; the
// empty key holds the line where the listing starts. bad marks fields that
// could not be decoded, so validation does not report them twice.
type fieldLines struct {
	lines map[string]int
	bad   map[string]bool
}

func (f fieldLines) line(field string) int {
	if n, ok := f.lines[field]; ok {
		return n
	}
	return f.lines[""]
}

func decodeListings(root *yaml.Node, p yamldoc.File) ([]Listing, []fieldLines) {
	root = yamldoc.Resolve(root)
	if root.Kind != yaml.SequenceNode {
		p.Add(root.Line, "want a list of listings")
		return nil, nil
	}
	if len(root.Content) == 0 {
		p.Add(root.Line, "no listings")
	}
	listings := make([]Listing, 0, len(root.Content))
	lines := make([]fieldLines, 0, len(root.Content))
	for _, n := range root.Content {
		n = yamldoc.Resolve(n)
		if n.Kind != yaml.MappingNode {
			p.Add(n.Line, "want a listing (a mapping of fields)")
			continue
		}
		l, fl := decodeListing(n, p)
		listings = append(listings, l)
		lines = append(lines, fl)
	}
	return listings, lines
}

func decodeListing(n *yaml.Node, p yamldoc.File) (Listing, fieldLines) {
	var l Listing
	fl := fieldLines{lines: map[string]int{"": n.Line}, bad: map[string]bool{}}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], yamldoc.Resolve(n.Content[i+1])
		key := k.Value
		if first, dup := fl.lines[key]; dup && key != "" {
			p.Add(k.Line, "%s: repeated field (first at line %d)", key, first)
			continue
		}
		fl.lines[key] = k.Line
		d := fieldDecoder{field: key, p: p, fl: fl}
		switch key {
		case "id":
			l.ID = d.str(v)
		case "title":
			l.Title = d.str(v)
		case "company":
			l.Company = d.str(v)
		case "prefecture":
			l.Prefecture = d.str(v)
		case "city":
			l.City = d.str(v)
		case "remote":
			l.Remote = Remote(d.str(v))
		case "employment":
			l.Employment = Employment(d.str(v))
		case "pay":
			l.Pay = d.pay(v)
		case "inexperienced_ok":
			l.InexperiencedOK = d.boolean(v)
		case "short_hours":
			l.ShortHours = d.boolean(v)
		case "flextime":
			l.Flextime = d.boolean(v)
		case "hours":
			l.Hours = d.str(v)
		case "tags":
			l.Tags = toTags(d.list(v))
		case "values_experience":
			l.ValuesExperience = toTags(d.list(v))
		case "highlights":
			l.Highlights = d.list(v)
		case "url":
			l.URL = d.str(v)
		case "posted":
			l.Posted = Date(d.str(v))
		case "checked":
			l.Checked = Date(d.str(v))
		case "sample":
			l.Sample = d.boolean(v)
		default:
			p.Add(k.Line, "unknown field %q", key)
		}
	}
	return l, fl
}

// checkListings validates decoded listings and reports duplicate ids with
// both lines.
func checkListings(listings []Listing, lines []fieldLines, p yamldoc.File) {
	seen := make(map[string]int, len(listings))
	for i := range listings {
		l, fl := &listings[i], lines[i]
		for _, is := range l.validate() {
			if !fl.bad[is.field] {
				p.Add(fl.line(is.field), "%s", is.msg)
			}
		}
		if l.ID == "" {
			continue
		}
		line := fl.line("id")
		if first, dup := seen[l.ID]; dup {
			p.Add(line, "duplicate id %q (also at line %d)", l.ID, first)
			continue
		}
		seen[l.ID] = line
	}
}

// fieldDecoder turns one field's node into a Go value, reporting type
// problems at the node's line.
type fieldDecoder struct {
	field string
	p     yamldoc.File
	fl    fieldLines
}

func (d fieldDecoder) fail(n *yaml.Node, format string, args ...any) {
	d.fl.bad[d.field] = true
	d.p.Add(n.Line, "%s: %s", d.field, fmt.Sprintf(format, args...))
}

// check marks the field bad when reading it failed (yamldoc has reported
// why), so validation does not report it twice.
func (d fieldDecoder) check(ok bool) {
	if !ok {
		d.fl.bad[d.field] = true
	}
}

func (d fieldDecoder) str(n *yaml.Node) string {
	s, ok := d.p.Scalar(n, d.field)
	d.check(ok)
	return s
}

func (d fieldDecoder) boolean(n *yaml.Node) bool {
	b, ok := d.p.Bool(n, d.field)
	d.check(ok)
	return b
}

func (d fieldDecoder) integer(n *yaml.Node) int {
	i, ok := d.p.Int(n, d.field)
	d.check(ok)
	return i
}

// list accepts a sequence of values, or one value with items separated by
// "," or "、" (as in spreadsheets).
func (d fieldDecoder) list(n *yaml.Node) []string {
	switch n.Kind {
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return nil
		}
		return splitList(n.Value)
	case yaml.SequenceNode:
		out := make([]string, 0, len(n.Content))
		for _, c := range n.Content {
			c = yamldoc.Resolve(c)
			if c.Kind != yaml.ScalarNode {
				d.fail(c, "want a list of values")
				continue
			}
			out = append(out, strings.TrimSpace(c.Value))
		}
		return out
	}
	d.fail(n, "want a list of values")
	return nil
}

func (d fieldDecoder) pay(n *yaml.Node) Pay {
	var pay Pay
	if n.Kind != yaml.MappingNode {
		d.fail(n, "want {annual_min, annual_max} in 万円 or {hourly_min, hourly_max} in 円")
		return pay
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], yamldoc.Resolve(n.Content[i+1])
		switch k.Value {
		case "annual_min":
			pay.AnnualMin = d.integer(v)
		case "annual_max":
			pay.AnnualMax = d.integer(v)
		case "hourly_min":
			pay.HourlyMin = d.integer(v)
		case "hourly_max":
			pay.HourlyMax = d.integer(v)
		default:
			d.fail(k, "unknown field %q (want annual_min, annual_max, hourly_min or hourly_max)", k.Value)
		}
	}
	return pay
}

func toTags(ss []string) []Tag {
	if ss == nil {
		return nil
	}
	tags := make([]Tag, len(ss))
	for i, s := range ss {
		tags[i] = Tag(s)
	}
	return tags
}

// splitList splits "事務、経理, IT" into its items.
func splitList(s string) []string {
	s = strings.NewReplacer("、", ",", "，", ",").Replace(s)
	var out []string
	for item := range strings.SplitSeq(s, ",") {
		if item = strings.TrimSpace(item); item != "" {
			out = append(out, item)
		}
	}
	return out
}
