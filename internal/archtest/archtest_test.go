package archtest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// layer is one row of the rule table.
type layer struct {
	name     string
	packages []string // module-relative; a package's sub-packages belong too
	mayUse   []string // row names or module-relative packages
	mustNot  []string // outside import paths (and their sub-packages)
}

// exception is a forbidden edge the code still has.
type exception struct {
	from, to string // module-relative
	todo     string // why it exists and what removes it
}

// pkg is a package of the module and everything it depends on (non-test
// code; tests may use what they like, e.g. httptest).
type pkg struct {
	path string   // module-relative
	deps []string // full import paths, transitive
}

func TestDependencyRule(t *testing.T) {
	pkgs := modulePackages(t)
	if len(pkgs) < 10 {
		t.Fatalf("go list found %d packages, want the whole module", len(pkgs))
	}
	for _, v := range check(modulePath(t), pkgs, layers(), exceptions()) {
		t.Error(v)
	}
}

// check returns one line per broken rule.
func check(module string, pkgs []pkg, rows []layer, excs []exception) []string {
	rowOf := func(p string) *layer {
		best, bestLen := (*layer)(nil), -1
		for i := range rows {
			for _, q := range rows[i].packages {
				if (p == q || strings.HasPrefix(p, q+"/")) && len(q) > bestLen {
					best, bestLen = &rows[i], len(q)
				}
			}
		}
		return best
	}
	allowed := func(r *layer, dep string) bool {
		dr := rowOf(dep)
		for _, u := range r.mayUse {
			if dep == u || strings.HasPrefix(dep, u+"/") || (dr != nil && dr.name == u) {
				return true
			}
		}
		return false
	}
	used := make([]bool, len(excs))
	excused := func(from, to string) bool {
		for i, e := range excs {
			if e.from == from && e.to == to {
				used[i] = true
				return true
			}
		}
		return false
	}
	var out []string
	for _, p := range pkgs {
		r := rowOf(p.path)
		if r == nil {
			out = append(out, fmt.Sprintf("%s is in no row of the rule table (rules_test.go): place it", p.path))
			continue
		}
		for _, d := range p.deps {
			if own, ok := strings.CutPrefix(d, module+"/"); ok {
				if rowOf(own) == r && slices.Contains(r.mayUse, r.name) || allowed(r, own) || excused(p.path, own) {
					continue
				}
				out = append(out, fmt.Sprintf("%s (%s) imports %s (%s): %s may use %s", p.path, r.name, own, rowName(rowOf(own)), r.name, strings.Join(r.mayUse, ", ")))
				continue
			}
			for _, banned := range r.mustNot {
				if (d == banned || strings.HasPrefix(d, banned+"/")) && !excused(p.path, d) {
					out = append(out, fmt.Sprintf("%s (%s) depends on %s: the %s must not", p.path, r.name, d, r.name))
				}
			}
		}
	}
	for i, e := range excs {
		if !used[i] {
			out = append(out, fmt.Sprintf("exception %s → %s is no longer needed: remove it from exceptions()", e.from, e.to))
		}
	}
	return out
}

func rowName(r *layer) string {
	if r == nil {
		return "unplaced"
	}
	return r.name
}

func modulePath(t *testing.T) string {
	t.Helper()
	return strings.TrimSpace(string(goCmd(t, "list", "-m")))
}

// modulePackages lists the module's packages with their dependencies, as
// the go command sees them (build tags of this platform; test files
// excluded).
func modulePackages(t *testing.T) []pkg {
	t.Helper()
	module := modulePath(t)
	out := goCmd(t, "list", "-e", "-json=ImportPath,Deps,Error", module+"/...")
	dec := json.NewDecoder(bytes.NewReader(out))
	var pkgs []pkg
	for {
		var p struct {
			ImportPath string
			Deps       []string
			Error      *struct{ Err string }
		}
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatalf("go list output: %v", err)
		}
		if p.Error != nil {
			t.Fatalf("go list %s: %s", p.ImportPath, p.Error.Err)
		}
		rel := strings.TrimPrefix(strings.TrimPrefix(p.ImportPath, module), "/")
		pkgs = append(pkgs, pkg{path: rel, deps: p.Deps})
	}
	return pkgs
}

func goCmd(t *testing.T, args ...string) []byte {
	t.Helper()
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the go command is needed to read the import graph: %v", err)
	}
	var stderr bytes.Buffer
	cmd := exec.Command(goBin, args...)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return out
}

// TestCheckCatchesEachKindOfBreak shows the checker fails; a rule test
// that cannot fail would prove nothing.
func TestCheckCatchesEachKindOfBreak(t *testing.T) {
	const m = "example.com/akari"
	tests := []struct {
		name string
		pkgs []pkg
		excs []exception
		want string // a substring of the one violation; "" for none
	}{
		{"domain on net/http", []pkg{{"internal/leads", []string{"net/http"}}}, nil, "internal/leads (domain) depends on net/http"},
		{"domain on the LINE SDK", []pkg{{"internal/jobs", []string{"github.com/line/line-bot-sdk-go/v8/linebot/messaging_api"}}}, nil, "internal/jobs (domain) depends on github.com/line/line-bot-sdk-go/v8"},
		{"domain on an adapter", []pkg{{"internal/conversation", []string{m + "/internal/store"}}}, nil, "internal/conversation (domain) imports internal/store (adapter)"},
		{"adapter on another adapter", []pkg{{"internal/console", []string{m + "/internal/store"}}}, nil, "internal/console (adapter) imports internal/store (adapter)"},
		{"worker on LINE", []pkg{{"internal/worker", []string{m + "/internal/line"}}}, nil, "internal/worker (worker) imports internal/line"},
		{"worker on the domain and foundations", []pkg{{"internal/worker", []string{m + "/internal/conversation", m + "/internal/akari", m + "/internal/logctx"}}}, nil, ""},
		{"worker on metrics", []pkg{{"internal/worker", []string{m + "/internal/metrics"}}}, nil, "internal/worker (worker) imports internal/metrics (adapter)"},
		{"a program on a test helper", []pkg{{"internal/app", []string{m + "/internal/redistest"}}}, nil, "internal/app (wiring) imports internal/redistest (testkit)"},
		{"wiring on everything else", []pkg{{"cmd/akari", []string{m + "/internal/app", m + "/internal/line", m + "/internal/worker", "net/http"}}}, nil, ""},
		{"an unplaced package", []pkg{{"internal/helpers", nil}}, nil, "internal/helpers is in no row"},
		{"a listed exception", []pkg{{"internal/console", []string{m + "/internal/store"}}}, []exception{{"internal/console", "internal/store", "TODO"}}, ""},
		{"a stale exception", []pkg{{"internal/console", nil}}, []exception{{"internal/console", "internal/store", "TODO"}}, "no longer needed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := check(m, tt.pkgs, layers(), tt.excs)
			switch {
			case tt.want == "" && len(got) > 0:
				t.Errorf("got violations %q, want none", got)
			case tt.want != "" && (len(got) != 1 || !strings.Contains(got[0], tt.want)):
				t.Errorf("got %q, want one violation containing %q", got, tt.want)
			}
		})
	}
}
