package jobs

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestLoadGoodYAML(t *testing.T) {
	c, err := LoadFile(filepath.Join("testdata", "good.yaml"))
	if err != nil {
		t.Fatalf("LoadFile: %v", err)
	}
	if got, want := c.Len(), 2; got != want {
		t.Fatalf("got %d listings, want %d", got, want)
	}
	got, ok := c.Get("t-remote-cs")
	if !ok {
		t.Fatal("t-remote-cs not found")
	}
	want := Listing{
		ID: "t-remote-cs", Title: "チャットサポート", Company: "（サンプル）テストサポート株式会社",
		Prefecture: "東京都", City: "渋谷区", Remote: RemoteFull, Employment: Contract,
		Pay:             Pay{HourlyMin: 1400, HourlyMax: 1600},
		InexperiencedOK: true, ShortHours: true, Hours: "10:00〜16:00",
		Tags: []Tag{TagSupport}, ValuesExperience: []Tag{TagCallCenter},
		Highlights: []string{"電話対応なし"}, URL: "https://example.com/jobs/t-remote-cs",
		Posted: "2026-10-01", Checked: "2026-11-01", Sample: true,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("listing (-want +got):\n%s", diff)
	}
	office, _ := c.Get("t-osaka-office")
	if diff := cmp.Diff([]Tag{TagOffice, TagGeneral}, office.Tags); diff != "" {
		t.Errorf("tags written as 事務、総務 (-want +got):\n%s", diff)
	}
	if office.Pay.String() != "年収300万円〜" {
		t.Errorf("open-ended pay: got %q, want 年収300万円〜", office.Pay.String())
	}
}

// wantProblem is a problem Load must report: its line and part of its
// message.
type wantProblem struct {
	line int
	msg  string
}

func checkProblems(t *testing.T, err error, name string, want []wantProblem) {
	t.Helper()
	got := problemsOf(t, err)
	for _, w := range want {
		found := false
		for _, g := range got {
			if g.Line == w.line && strings.Contains(g.Msg, w.msg) {
				found = true
				if g.File != name {
					t.Errorf("problem %q: got name %q, want %q", g.Msg, g.File, name)
				}
			}
		}
		if !found {
			t.Errorf("missing problem at line %d containing %q", w.line, w.msg)
		}
	}
	if len(got) != len(want) {
		t.Errorf("got %d problems, want %d:\n%v", len(got), len(want), err)
	}
}

func TestLoadBadYAMLReportsEveryListing(t *testing.T) {
	name := filepath.Join("testdata", "bad.yaml")
	_, err := LoadFile(name)
	// Lines are in testdata/bad.yaml; each listing holds one kind of problem.
	checkProblems(t, err, name, []wantProblem{
		{17, "title: missing"},
		{35, `remote: unknown value "sometimes"`},
		{50, `employment: unknown value "正規"`},
		{65, "pay: bad range: annual_min 500 is greater than annual_max 300"},
		{81, `tags: unknown tag "料理"`},
		{96, `url: bad URL "example.com/jobs/bad-url"`},
		{111, `posted: bad date "2026-13-01"`},
		{114, `duplicate id "ok-1" (also at line 3)`},
		{136, `inexperienced_ok: want true or false, got "maybe"`},
		{155, `unknown field "salary"`},
	})
	if !strings.Contains(err.Error(), name+":114: duplicate id") {
		t.Errorf("message does not read name:line: msg:\n%v", err)
	}
}

func TestLoadJSON(t *testing.T) {
	c, err := LoadFile(filepath.Join("testdata", "good.json"))
	if err != nil {
		t.Fatalf("LoadFile: %v", err)
	}
	if got, want := c.Len(), 2; got != want {
		t.Fatalf("got %d listings, want %d", got, want)
	}
	l, _ := c.Get("j-2")
	if !l.Sample || l.Pay.HourlyMin != 1100 || !l.ShortHours {
		t.Errorf("j-2 decoded wrong: %+v", l)
	}
}

func TestLoadBadJSONLines(t *testing.T) {
	name := filepath.Join("testdata", "bad.json")
	_, err := LoadFile(name)
	checkProblems(t, err, name, []wantProblem{
		{10, "pay: bad range: annual_min 480 is greater than annual_max 380"},
		{12, `tags: unknown tag "占い"`},
		{18, `duplicate id "j-1" (also at line 3)`},
		{26, `inexperienced_ok: want true or false, got "yes"`},
		{28, `url: bad URL "ftp://example.com/jobs/j-2"`},
		{30, `checked: bad date "2026/11/20"`},
	})
}

func TestLoadSyntaxErrors(t *testing.T) {
	tests := []struct {
		name, file, text string
		line             int
	}{
		{"json syntax", "c.json", "[\n  {\"id\": \"x\",\n   \"title\": }\n]", 3},
		{"json truncated", "c.json", "[\n  {\"id\": \"x\"", 2},
		{"json empty", "c.json", "  \n", 1},
		{"json not a list", "c.json", "\n{\"id\": \"x\"}", 2},
		{"yaml syntax", "c.yaml", "- id: a\n  title: x\n   bad: indent\n", 3},
		{"yaml empty", "c.yaml", "# nothing yet\n", 1},
		{"yaml not a list", "c.yaml", "id: a\n", 1},
		{"yaml item not a mapping", "c.yaml", "- just text\n", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(strings.NewReader(tt.text), tt.file)
			got := problemsOf(t, err)
			if got[0].Line != tt.line {
				t.Errorf("got line %d, want %d (%v)", got[0].Line, tt.line, err)
			}
			if !strings.HasPrefix(err.Error(), fmt.Sprintf("%s:%d: ", tt.file, tt.line)) {
				t.Errorf("got %q, want it to start with %s:%d:", err, tt.file, tt.line)
			}
		})
	}
}

func TestNewCatalogValidates(t *testing.T) {
	l := validListing("n-1")
	l.Pay = Pay{HourlyMin: 1500, HourlyMax: 1200}
	_, err := NewCatalog([]Listing{l, validListing("n-1")})
	got := problemsOf(t, err)
	if len(got) != 2 {
		t.Fatalf("got %d problems, want 2 (bad pay, duplicate): %v", len(got), err)
	}
	if !strings.Contains(err.Error(), "hourly_min 1500 is greater than hourly_max 1200") ||
		!strings.Contains(err.Error(), `duplicate id "n-1"`) {
		t.Errorf("unexpected problems: %v", err)
	}
}

// validListing returns a listing that passes validation.
func validListing(id string) Listing {
	return Listing{
		ID: id, Title: "一般事務", Company: "（サンプル）テスト株式会社",
		Prefecture: "東京都", City: "千代田区", Remote: RemoteNone, Employment: FullTime,
		Pay: Pay{AnnualMin: 300, AnnualMax: 400}, Tags: []Tag{TagOffice},
		URL: "https://example.com/jobs/" + id, Posted: "2026-10-01", Checked: "2026-11-01",
	}
}
