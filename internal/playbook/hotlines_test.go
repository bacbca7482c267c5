package playbook_test

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/akari-career/akari/internal/playbook"
	"github.com/akari-career/akari/prompts"
)

func TestShippedHotlines(t *testing.T) {
	lib, err := playbook.Load(prompts.FS())
	if err != nil {
		t.Fatal(err)
	}
	h := lib.Hotlines()
	if h.CheckedOn.IsZero() {
		t.Fatal("checked_on not read")
	}
	t.Run("24-hour lines first, emergency last", func(t *testing.T) {
		seenOther := false
		for i, l := range h.Lines {
			switch {
			case l.Kind == playbook.HotlineEmergency:
				for _, rest := range h.Lines[i:] {
					if rest.Kind != playbook.HotlineEmergency {
						t.Errorf("%s after the emergency numbers", rest.Name)
					}
				}
				return
			case l.AllHours && seenOther:
				t.Errorf("24-hour line %s after a line with limited hours", l.Name)
			case !l.AllHours:
				seenOther = true
			}
		}
	})
	t.Run("a chat line for those who cannot call", func(t *testing.T) {
		var chat, chat24 bool
		for _, l := range h.Lines {
			if l.Kind == playbook.HotlineChat {
				chat = true
				chat24 = chat24 || l.AllHours
			}
		}
		if !chat || !chat24 {
			t.Errorf("chat line %v, 24-hour chat line %v; want both", chat, chat24)
		}
	})
	t.Run("crisis messages print the block", func(t *testing.T) {
		for _, key := range []string{"crisis", "crisis_followup", "crisis_again", "crisis_now", "crisis_harmed"} {
			got, err := lib.Message(key, playbook.MessageData{})
			if err != nil {
				t.Fatal(err)
			}
			first := strings.Index(got, "よりそいホットライン")
			limited := strings.Index(got, "いのちの電話")
			if first < 0 || limited < 0 || first > limited {
				t.Errorf("%s: want よりそいホットライン (24h) before いのちの電話:\n%s", key, got)
			}
			for _, want := range []string{"24時間", "毎晩は開いていません", "チャット", "あなたのいばしょ", "都道府県"} {
				if !strings.Contains(got, want) {
					t.Errorf("%s lacks %q:\n%s", key, want, got)
				}
			}
		}
	})
}

// withHotlines is the shipped prompts with hotlines.yaml replaced.
func withHotlines(t *testing.T, content string) fs.FS {
	t.Helper()
	m := fstest.MapFS{}
	err := fs.WalkDir(prompts.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(prompts.FS(), p)
		m[p] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	m[playbook.HotlinesFile] = &fstest.MapFile{Data: []byte(content)}
	return m
}

const goodLines = `lines:
  - {name: よりそいホットライン, kind: phone, number: 0120-279-338, hours: 24時間, 24h: true}
  - {name: 統一ダイヤル, kind: phone, number: 0570-064-556, hours: 都道府県による}
  - {name: "#いのちSOS", kind: phone, number: 0120-061-338, hours: 時間は公式サイトで確認してください}
  - {name: いのちの電話, kind: phone, number: 0120-783-556, hours: 毎晩ではありません}
  - {name: チャット, kind: chat, hours: 24時間, 24h: true, url: "https://example.org/"}
  - {name: 救急, kind: emergency, number: "119", hours: 今すぐ, 24h: true}
  - {name: 警察, kind: emergency, number: "110", hours: 今すぐ, 24h: true}
`

func TestHotlineProblems(t *testing.T) {
	tests := []struct {
		name, file, want string
	}{
		{"missing date", goodLines, "hotlines.yaml: missing checked_on"},
		{"bad date", "checked_on: 30.11.2026\n" + goodLines, "hotlines.yaml:1: checked_on \"30.11.2026\" is not a date"},
		{"missing number", "checked_on: 2026-11-30\n" + strings.Replace(goodLines, "0120-061-338", "0120-000-000", 1), "missing the line with number 0120-061-338"},
		{"no hours", "checked_on: 2026-11-30\n" + strings.Replace(goodLines, ", hours: 毎晩ではありません", "", 1), "hotlines.yaml:6: いのちの電話: hours missing"},
		{"no chat", "checked_on: 2026-11-30\n" + strings.Replace(goodLines, "kind: chat", "kind: phone, number: 0120-1", 1), "no chat line"},
		{"bad kind", "checked_on: 2026-11-30\n" + strings.Replace(goodLines, "kind: chat", "kind: sms", 1), "hotlines.yaml:7: kind \"sms\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, p := range playbook.Lint(withHotlines(t, tt.file)) {
				got = append(got, p.String())
			}
			if !strings.Contains(strings.Join(got, "\n"), tt.want) {
				t.Errorf("Lint = %q, want a problem containing %q", got, tt.want)
			}
		})
	}
}

func TestHotlineWarnings(t *testing.T) {
	fsys := withHotlines(t, "checked_on: 2026-01-01\n"+goodLines)
	day := func(s string) time.Time {
		d, _ := time.Parse(time.DateOnly, s)
		return d
	}
	if w := playbook.Warnings(fsys, day("2026-06-29")); len(w) != 0 {
		t.Errorf("179 days: warnings %v, want none", w)
	}
	w := playbook.Warnings(fsys, day("2026-07-01"))
	if len(w) != 1 || w[0].Line != 1 || !strings.Contains(w[0].Msg, "181 days old") {
		t.Errorf("181 days: warnings %v, want one at line 1 saying 181 days old", w)
	}
	if p := playbook.Lint(fsys); len(p) != 0 {
		t.Errorf("an old date is a warning, not a problem: Lint = %v", p)
	}
}
