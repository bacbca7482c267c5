package jobs

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
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
// at once, each as "name:line: msg" (see Error), and returns no catalog if
// there is any: a catalog with holes would show people half-checked jobs.
func Load(r io.Reader, name string) (*Catalog, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read job catalog %s: %w", name, err)
	}
	p := &problems{name: name}
	var root *yaml.Node
	if strings.EqualFold(filepath.Ext(name), ".json") {
		root = parseJSON(data, p)
	} else {
		root = parseYAML(data, p)
	}
	if root == nil {
		return nil, p.err()
	}
	listings, lines := decodeListings(root, p)
	checkListings(listings, lines, p)
	if err := p.err(); err != nil {
		return nil, err
	}
	return newCatalog(listings), nil
}

func parseYAML(data []byte, p *problems) *yaml.Node {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		line, msg := yamlErrorLine(err.Error())
		p.add(line, "%s", msg)
		return nil
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		p.add(1, "no listings (want a list of listings)")
		return nil
	}
	return doc.Content[0]
}

// yamlErrorLine pulls the line out of yaml.v3's "yaml: line 7: msg" so the
// message has the same shape as ours.
func yamlErrorLine(s string) (int, string) {
	s = strings.TrimPrefix(s, "yaml: ")
	if rest, ok := strings.CutPrefix(s, "line "); ok {
		if num, msg, ok := strings.Cut(rest, ": "); ok {
			if n, err := strconv.Atoi(num); err == nil {
				return n, msg
			}
		}
	}
	return 1, s
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

func decodeListings(root *yaml.Node, p *problems) ([]Listing, []fieldLines) {
	root = resolve(root)
	if root.Kind != yaml.SequenceNode {
		p.add(root.Line, "want a list of listings")
		return nil, nil
	}
	if len(root.Content) == 0 {
		p.add(root.Line, "no listings")
	}
	listings := make([]Listing, 0, len(root.Content))
	lines := make([]fieldLines, 0, len(root.Content))
	for _, n := range root.Content {
		n = resolve(n)
		if n.Kind != yaml.MappingNode {
			p.add(n.Line, "want a listing (a mapping of fields)")
			continue
		}
		l, fl := decodeListing(n, p)
		listings = append(listings, l)
		lines = append(lines, fl)
	}
	return listings, lines
}

func decodeListing(n *yaml.Node, p *problems) (Listing, fieldLines) {
	var l Listing
	fl := fieldLines{lines: map[string]int{"": n.Line}, bad: map[string]bool{}}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], resolve(n.Content[i+1])
		key := k.Value
		if first, dup := fl.lines[key]; dup && key != "" {
			p.add(k.Line, "%s: repeated field (first at line %d)", key, first)
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
			p.add(k.Line, "unknown field %q", key)
		}
	}
	return l, fl
}

// checkListings validates decoded listings and reports duplicate ids with
// both lines.
func checkListings(listings []Listing, lines []fieldLines, p *problems) {
	seen := make(map[string]int, len(listings))
	for i := range listings {
		l, fl := &listings[i], lines[i]
		for _, is := range l.validate() {
			if !fl.bad[is.field] {
				p.add(fl.line(is.field), "%s", is.msg)
			}
		}
		if l.ID == "" {
			continue
		}
		line := fl.line("id")
		if first, dup := seen[l.ID]; dup {
			p.add(line, "duplicate id %q (also at line %d)", l.ID, first)
			continue
		}
		seen[l.ID] = line
	}
}

func resolve(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n
}

// fieldDecoder turns one field's node into a Go value, reporting type
// problems at the node's line.
type fieldDecoder struct {
	field string
	p     *problems
	fl    fieldLines
}

func (d fieldDecoder) fail(n *yaml.Node, format string, args ...any) {
	d.fl.bad[d.field] = true
	d.p.add(n.Line, "%s: %s", d.field, fmt.Sprintf(format, args...))
}

func (d fieldDecoder) str(n *yaml.Node) string {
	if n.Kind != yaml.ScalarNode {
		d.fail(n, "want a single value")
		return ""
	}
	if n.Tag == "!!null" {
		return ""
	}
	return strings.TrimSpace(n.Value)
}

func (d fieldDecoder) boolean(n *yaml.Node) bool {
	// Only YAML 1.2 booleans: yaml.v3 would also take "yes" or "on", which
	// is too easy to write by mistake for a flag people rely on.
	var b bool
	if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!bool" || n.Decode(&b) != nil {
		d.fail(n, "want true or false, got %q", n.Value)
	}
	return b
}

func (d fieldDecoder) integer(n *yaml.Node) int {
	var i int
	if n.Kind != yaml.ScalarNode || n.Decode(&i) != nil {
		d.fail(n, "want a whole number, got %q", n.Value)
	}
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
			c = resolve(c)
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
		k, v := n.Content[i], resolve(n.Content[i+1])
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
