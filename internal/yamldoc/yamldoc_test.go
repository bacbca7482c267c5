package yamldoc

import (
	"errors"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"go.yaml.in/yaml/v3"
)

func TestProblemString(t *testing.T) {
	tests := []struct {
		name string
		p    Problem
		want string
	}{
		{"with a line", Problem{File: "messages.yaml", Line: 7, Msg: "boom"}, "messages.yaml:7: boom"},
		{"whole file", Problem{File: "safety.md", Msg: "file is missing"}, "safety.md: file is missing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.p.String(); got != tt.want {
				t.Errorf("String() = %q, want %q", got, tt.want)
			}
			if got := tt.p.Error(); got != tt.want {
				t.Errorf("Error() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestProblemsErr(t *testing.T) {
	var ps Problems
	if ps.Err() != nil {
		t.Fatal("no problems, want a nil error")
	}
	b, a := NewFile("b.yaml", &ps), NewFile("a.yaml", &ps)
	b.Add(3, "third")
	b.Add(1, "first %d", 1)
	a.Add(0, "whole")
	b.Add(1, "first again")
	err := fmt.Errorf("load: %w", ps.Err())
	want := "load: a.yaml: whole\nb.yaml:1: first 1\nb.yaml:1: first again\nb.yaml:3: third"
	if err.Error() != want {
		t.Errorf("error = %q, want %q", err, want)
	}
	var got Problems
	if !errors.As(err, &got) || len(got) != 4 {
		t.Errorf("errors.As gives %v, want the 4 problems", got)
	}
}

// problems parses data as a mapping, hands it to read and returns the
// problems found as strings.
func problems(t *testing.T, data string, read func(File, *yaml.Node)) []string {
	t.Helper()
	var ps Problems
	f := NewFile("f.yaml", &ps)
	if root := f.ParseMapping([]byte(data)); root != nil && read != nil {
		read(f, root)
	}
	var out []string
	for _, p := range ps {
		out = append(out, p.String())
	}
	return out
}

func TestParse(t *testing.T) {
	tests := []struct {
		name, data string
		want       []string
	}{
		{"valid", "a: 1\n", nil},
		{"empty", "# nothing\n", []string{"f.yaml: file is empty"}},
		{"not a mapping", "\n- a\n", []string{"f.yaml:2: want a mapping of keys at the top level"}},
		{"scanner error keeps its line", "a: x\nb: y\n c: z\n", []string{"f.yaml:3: YAML syntax error: mapping values are not allowed in this context"}},
		{"parser error line is made 1-based", "a:\n  - x\n - y\n", []string{"f.yaml:3: YAML syntax error: did not find expected key"}},
		{"unclosed flow list", "a: [x,\nb: 1\n", []string{"f.yaml:3: YAML syntax error: did not find expected ',' or ']'"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, problems(t, tt.data, nil)); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

func TestNodes(t *testing.T) {
	data := `name: " Akari "
empty:
list: [a, b]
flag: yes
ok: true
count: three
n: 12
ref: &r x
alias: *r
name: again
`
	got := map[string]any{}
	ps := problems(t, data, func(f File, root *yaml.Node) {
		for _, p := range f.Pairs(root) {
			switch p.Key {
			case "name", "empty", "alias":
				got[p.Key], _ = f.Scalar(p.Value, p.Key)
			case "list":
				items, _ := f.List(p.Value, p.Key)
				got[p.Key] = len(items)
				f.Scalar(p.Value, p.Key)
			case "flag", "ok":
				got[p.Key], _ = f.Bool(p.Value, p.Key)
			case "count", "n":
				got[p.Key], _ = f.Int(p.Value, p.Key)
				f.List(p.Value, p.Key)
			}
		}
		if l := LineOf(root, "count"); l != 6 {
			t.Errorf("LineOf(count) = %d, want 6", l)
		}
	})
	want := []string{
		`f.yaml:10: duplicate key "name" (first at line 1)`,
		"f.yaml:3: list: want a single value",
		`f.yaml:4: flag: want true or false, got "yes"`,
		`f.yaml:6: count: want a whole number, got "three"`,
		"f.yaml:6: count: want a list",
		"f.yaml:7: n: want a list",
	}
	if diff := cmp.Diff(want, ps); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	wantValues := map[string]any{"name": "Akari", "empty": "", "list": 2, "flag": false, "ok": true, "count": 0, "n": 12, "alias": "x"}
	if diff := cmp.Diff(wantValues, got); diff != "" {
		t.Errorf("values (-want +got):\n%s", diff)
	}
}
