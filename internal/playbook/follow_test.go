package playbook_test

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/akari-career/akari/internal/playbook"
	"github.com/akari-career/akari/prompts"
)

// A note's follow-up lines are read by kind; an unknown kind or a template
// in one is reported with its line.
func TestNoteFollowLines(t *testing.T) {
	lib := loadEmbedded(t)
	kinds := map[playbook.FollowKind]int{}
	for _, n := range lib.Listening().Notes {
		for k, l := range n.Follow {
			if l != "" {
				kinds[playbook.FollowKind(k)]++
			}
		}
	}
	for k := range playbook.NumFollowKinds {
		if kinds[k] == 0 {
			t.Errorf("no note keeps a %s line", k)
		}
	}

	data, err := fs.ReadFile(prompts.FS(), "listening.yaml")
	if err != nil {
		t.Fatal(err)
	}
	broken := strings.Replace(string(data), "    follow:\n      where:", "    follow:\n      wehre:", 1)
	broken = strings.Replace(broken, "    follow:\n      when:", "    follow:\n      when: あ{{.Name}}さん、", 1)
	fsys := fstest.MapFS{"listening.yaml": {Data: []byte(broken)}}
	if err := fs.WalkDir(prompts.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || p == "listening.yaml" {
			return err
		}
		b, err := fs.ReadFile(prompts.FS(), p)
		fsys[p] = &fstest.MapFile{Data: b}
		return err
	}); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range playbook.Lint(fsys) {
		got = append(got, p.String())
	}
	for _, want := range []string{`notes follow: unknown kind "wehre"`, "notes follow when: playbook texts are not templates"} {
		found := false
		for _, g := range got {
			found = found || strings.HasPrefix(g, "listening.yaml:") && strings.Contains(g, want)
		}
		if !found {
			t.Errorf("missing problem %q in:\n%s", want, strings.Join(got, "\n"))
		}
	}
}
