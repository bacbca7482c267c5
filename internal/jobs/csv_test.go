package jobs

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestImportCSVJapaneseHeadersWithBOM(t *testing.T) {
	got, err := ImportCSV(openTestdata(t, "recruiter.csv"), "recruiter.csv")
	if err != nil {
		t.Fatalf("ImportCSV: %v", err)
	}
	if len(got) != 3 {
		t.Fatalf("got %d listings, want 3", len(got))
	}
	want := Listing{
		ID: "c-001", Title: "カスタマーサポート", Company: "（サンプル）シーエスブリッジ株式会社",
		Prefecture: "東京都", City: "品川区", Remote: RemoteFull, Employment: FullTime,
		Pay:             Pay{AnnualMin: 350, AnnualMax: 450},
		InexperiencedOK: true, Flextime: true, Hours: "9:00〜18:00",
		Tags: []Tag{TagSupport, TagIT}, ValuesExperience: []Tag{TagCallCenter},
		Highlights: []string{"チャット中心のサポート", "電話当番は月2回だけ"},
		URL:        "https://example.com/jobs/c-001", Posted: "2026-10-01", Checked: "2026-11-15",
	}
	if diff := cmp.Diff(want, got[0]); diff != "" {
		t.Errorf("first row (-want +got):\n%s", diff)
	}
	if got[1].Employment != PartTime || got[1].Remote != RemoteNone || got[1].Pay.HourlyMin != 1150 {
		t.Errorf("row 2: got %s/%s/%v, want パート・アルバイト/none/時給1150", got[1].Employment, got[1].Remote, got[1].Pay)
	}
	if diff := cmp.Diff([]Tag{TagHR}, got[2].Tags); diff != "" {
		t.Errorf("row 3 tags (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]Tag{TagCallCenter, TagRetail}, got[2].ValuesExperience); diff != "" {
		t.Errorf("row 3 values_experience written with \", \" (-want +got):\n%s", diff)
	}
}

func TestImportCSVBadRowsReportTheirLines(t *testing.T) {
	_, err := ImportCSV(openTestdata(t, "bad.csv"), "bad.csv")
	// Row e-003 spans lines 4-5 (a line break inside a quoted cell), so the
	// last row is on line 6.
	checkProblems(t, err, "bad.csv", []wantProblem{
		{3, `remote: unknown value "ときどき"`},
		{3, "pay: bad range: annual_min 500 is greater than annual_max 300"},
		{4, `inexperienced_ok: want ○/×, はい/いいえ or true/false, got "たぶん"`},
		{6, `employment: unknown value "バイト"`},
		{6, `duplicate id "e-001" (also at line 2)`},
	})
}

func TestImportCSVHeaderProblems(t *testing.T) {
	tests := []struct {
		name, csv string
		want      []wantProblem
	}{
		{"unknown and missing columns", "id,title,給料\n", []wantProblem{
			{1, `unknown column "給料"`},
			{1, "missing column company (会社名)"},
			{1, "missing column prefecture (都道府県)"},
			{1, "missing column city (市区町村)"},
			{1, "missing column remote (在宅)"},
			{1, "missing column employment (雇用形態)"},
			{1, "missing column tags (タグ)"},
			{1, "missing column url (求人URL)"},
			{1, "missing column posted (掲載日)"},
			{1, "missing column checked (確認日)"},
			{1, "missing column annual_min (年収下限) or hourly_min (時給下限)"},
		}},
		{"empty", "", []wantProblem{{1, "empty file"}}},
		{"bad quoting", "id,title,company,prefecture,city,remote,employment,annual_min,tags,url,posted,checked\n" +
			"a,\"unclosed,x,東京都,港区,none,正社員,300,事務,https://example.com/jobs/a,2026-10-01,2026-11-01\n",
			[]wantProblem{{2, "extraneous or missing"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ImportCSV(strings.NewReader(tt.csv), "x.csv")
			checkProblems(t, err, "x.csv", tt.want)
		})
	}
}

func TestWriteYAMLRoundTrip(t *testing.T) {
	listings, err := ImportCSV(openTestdata(t, "recruiter.csv"), "recruiter.csv")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteYAML(&buf, listings); err != nil {
		t.Fatalf("WriteYAML: %v", err)
	}
	c, err := Load(&buf, "catalog.yaml")
	if err != nil {
		t.Fatalf("Load of written YAML: %v\n%s", err, buf.String())
	}
	if diff := cmp.Diff(listings, c.Listings()); diff != "" {
		t.Errorf("round trip (-csv +yaml):\n%s", diff)
	}
}
