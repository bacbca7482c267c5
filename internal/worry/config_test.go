package worry

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/prompts"
)

// validFS is a minimal prompt folder Load accepts: every category with a
// couple of examples, and a crisis list.
func validFS() fstest.MapFS {
	fsys := fstest.MapFS{}
	for _, c := range akari.Categories() {
		fsys["categories/"+string(c)+".yaml"] = &fstest.MapFile{Data: []byte(
			"id: " + string(c) + "\nlabel: ラベル\ndescription: 説明\nexamples:\n  - " + string(c) + "の例文です\n  - もうひとつ" + string(c) + "\n")}
	}
	fsys["crisis.yaml"] = &fstest.MapFile{Data: []byte("signals:\n  - 死にたい\nconcern:\n  - 消えたい\nexclusions:\n  - 死にたいくらい恥ずかし\n")}
	fsys["crisis/corpus.yaml"] = &fstest.MapFile{Data: []byte(minimalCorpus())}
	return fsys
}

// minimalCorpus has just enough lines of each side for Load.
func minimalCorpus() string {
	var b strings.Builder
	b.WriteString("high:\n")
	for i := range minCorpus {
		fmt.Fprintf(&b, "  - 死にたい %d\n", i)
	}
	b.WriteString("none:\n")
	for i := range minCorpus {
		fmt.Fprintf(&b, "  - 死ぬほど眠い %d\n", i)
	}
	return b.String()
}

func TestLintShippedPrompts(t *testing.T) {
	for _, p := range Lint(prompts.FS()) {
		t.Errorf("shipped prompts: %v", p)
	}
}

func TestLoadMinimal(t *testing.T) {
	m, err := Load(validFS())
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Classify("salaryの例文です"); got.Category != akari.Salary {
		t.Errorf("Classify = %s, want salary", got.Category)
	}
}

func TestLoadProblems(t *testing.T) {
	tests := []struct {
		name   string
		change func(fstest.MapFS)
		want   string
	}{
		{"missing category file", func(f fstest.MapFS) { delete(f, "categories/salary.yaml") },
			"categories/salary.yaml: missing: category \"salary\""},
		{"unknown id", func(f fstest.MapFS) {
			f["categories/money.yaml"] = &fstest.MapFile{Data: []byte("id: money\nlabel: お金\ndescription: d\nexamples:\n  - a\n")}
		}, "categories/money.yaml:1: unknown worry category \"money\""},
		{"id not matching file", func(f fstest.MapFS) {
			f["categories/salary.yaml"] = &fstest.MapFile{Data: []byte("label: l\ndescription: d\nid: other\nexamples:\n  - a\n")}
		}, "categories/salary.yaml:3: id \"other\" does not match the file name"},
		{"empty examples", func(f fstest.MapFS) {
			f["categories/salary.yaml"] = &fstest.MapFile{Data: []byte("id: salary\nlabel: l\ndescription: d\nexamples: []\n")}
		}, "categories/salary.yaml:4: examples is empty"},
		{"unknown key", func(f fstest.MapFS) {
			f["categories/salary.yaml"] = &fstest.MapFile{Data: []byte("id: salary\nlabel: l\ndescription: d\nexmaples:\n  - a\n")}
		}, "categories/salary.yaml:4: unknown key \"exmaples\""},
		{"yaml syntax", func(f fstest.MapFS) {
			f["categories/salary.yaml"] = &fstest.MapFile{Data: []byte("id: salary\nlabel: l\nexamples:\n  - a\n - b\n")}
		}, "categories/salary.yaml:5: YAML syntax error: did not find expected key"}, // line 5 is " - b"
		{"same example in two categories", func(f fstest.MapFS) {
			f["categories/salary.yaml"] = &fstest.MapFile{Data: []byte("id: salary\nlabel: l\ndescription: d\nexamples:\n  - otherの例文です\n")}
		}, "is also an example of"},
		{"missing crisis file", func(f fstest.MapFS) { delete(f, "crisis.yaml") }, "crisis.yaml:"},
		{"short crisis signal", func(f fstest.MapFS) {
			f["crisis.yaml"] = &fstest.MapFile{Data: []byte("signals:\n  - 死にたい\n  - 死\n")}
		}, "crisis.yaml:3: signal \"死\" is too short"},
		{"concern list with a short phrase", func(f fstest.MapFS) {
			f["crisis.yaml"] = &fstest.MapFile{Data: []byte("signals:\n  - 死にたい\nconcern:\n  - 消\n")}
		}, "crisis.yaml:4: signal \"消\" is too short"},
		{"missing corpus", func(f fstest.MapFS) { delete(f, "crisis/corpus.yaml") }, "crisis/corpus.yaml:"},
		{"corpus unknown label", func(f fstest.MapFS) {
			f["crisis/corpus.yaml"] = &fstest.MapFile{Data: []byte(minimalCorpus() + "medium:\n  - つらい\n")}
		}, "crisis/corpus.yaml:43: unknown key \"medium\""},
		{"corpus line under two labels", func(f fstest.MapFS) {
			f["crisis/corpus.yaml"] = &fstest.MapFile{Data: []byte(minimalCorpus() + "concern:\n  - 死にたい 3\n")}
		}, "crisis/corpus.yaml:44: message \"死にたい 3\" is also labelled high at line 5"},
		{"corpus duplicate after folding", func(f fstest.MapFS) {
			f["crisis/corpus.yaml"] = &fstest.MapFile{Data: []byte(minimalCorpus() + "concern:\n  - 死にたい　３！\n")}
		}, "is also labelled high at line 5"},
		{"corpus too small", func(f fstest.MapFS) {
			f["crisis/corpus.yaml"] = &fstest.MapFile{Data: []byte("high:\n  - 死にたい\nnone:\n  - 死ぬほど眠い\n")}
		}, "needs at least 20 crisis"},
		{"useless exclusion", func(f fstest.MapFS) {
			f["crisis.yaml"] = &fstest.MapFile{Data: []byte("signals:\n  - 死にたい\nexclusions:\n  - 眠い\n")}
		}, "crisis.yaml:4: exclusion \"眠い\" contains no signal"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := validFS()
			tt.change(fsys)
			_, err := Load(fsys)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Load error = %v\nwant it to contain %q", err, tt.want)
			}
			problems := Lint(fsys)
			if len(problems) == 0 {
				t.Errorf("Lint found no problem, want one containing %q", tt.want)
			}
		})
	}
}

func TestDuplicateID(t *testing.T) {
	fsys := validFS()
	// Two files, one id: the second one is reported, whichever it is.
	fsys["categories/salary.yaml"] = &fstest.MapFile{Data: []byte("id: salary\nlabel: l\ndescription: d\nexamples:\n  - 給料\n")}
	fsys["categories/zz.yaml"] = &fstest.MapFile{Data: []byte("id: salary\nlabel: l\ndescription: d\nexamples:\n  - 年収\n")}
	var found bool
	for _, p := range Lint(fsys) {
		if p.File == "categories/zz.yaml" && strings.Contains(p.Msg, "salary") {
			found = true
		}
	}
	if !found {
		t.Errorf("Lint = %v, want a problem about zz.yaml repeating salary", Lint(fsys))
	}
}
