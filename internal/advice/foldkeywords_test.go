package advice

import (
	"io/fs"
	"regexp"
	"strings"
	"testing"

	"github.com/akari-career/akari/internal/jatext"
	"github.com/akari-career/akari/prompts"
)

// TestFoldForKeywords: a message typed without kanji a word at a time has
// its words read together, as the keywords spell them (round 37: 「ぱーと
// でも いくきゅう とれるん?」 and 「あしたも しごと」 missed their notes and
// lines); spaces in a message with kanji stay, and so does the rest. The
// work terms typed in kana read as their kanji (round 38: さっきの
// しゅうぎょうきそくってなに, 106まんのかべってなに？).
func TestFoldForKeywords(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"あしたも しごと", "あしたもしごと"},
		{"ぱーとでも　いくきゅう とれるん?", "ぱーとでもいくきゅうとれるん?"},
		{"会社 辞めたい", "会社 辞めたい"},
		{"ありがとう", "ありがとう"},
		{"さっきの しゅうぎょうきそくって なに", "さっきの就業規則ってなに"},
		{"106まんのかべってなに？", "106万の壁ってなに?"},
		{"しかくとったら あがる？", "資格とったらあがる?"},
		{"しかくいはこ", "しかくいはこ"},
		{"まんがのかべがみ", "まんがのかべがみ"},
	} {
		if got := foldForKeywords(tt.in); got != tt.want {
			t.Errorf("foldForKeywords(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestWorkTermsLeaveKanaKeywords: no keyword in prompts/ spells in kana a
// term jatext.WorkTerms reads as kanji — a message is read so before its
// keywords are looked for, and such a keyword would never meet it.
func TestWorkTermsLeaveKanaKeywords(t *testing.T) {
	keywords := regexp.MustCompile(`(?:keywords|terms): \[(.*)\]`)
	err := fs.WalkDir(prompts.FS(), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".yaml") || strings.HasPrefix(path, "scenarios/") {
			return err
		}
		data, err := fs.ReadFile(prompts.FS(), path)
		if err != nil {
			return err
		}
		for i, line := range strings.Split(string(data), "\n") {
			m := keywords.FindStringSubmatch(line)
			if m == nil {
				continue
			}
			for _, k := range strings.Split(m[1], ",") {
				k = jatext.Fold(strings.TrimSpace(k))
				if w := jatext.WorkTerms(k); w != k {
					t.Errorf("%s:%d: keyword %q reads as %q in a message; write it so", path, i+1, k, w)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
