package facts

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestExtractSayAndSpan(t *testing.T) {
	x := NewExtractor()
	tests := []struct {
		name     string
		text     string
		key      Key
		wantSay  string
		wantSpan string // the original text the fact points at
	}{
		{"remote days", "在宅週２なんだけど", RemoteDays, "週2日", "在宅週２"},
		{"remote from office", "出社は週１だけ", RemoteDays, "週4日ほど（出社は週1日）", "出社は週１"},
		{"remote none", "在宅はゼロ", RemoteDays, "なし", "在宅はゼロ"},
		{"remote full", "フルリモートです", RemoteDays, "フルリモート（週5日）", "フルリモート"},
		{"children", "子ども二人いて上は小３", Children, "2人（小3）", "子ども二人いて上は小３"},
		{"children no count", "3歳の娘がいる", Children, "いる（3歳）", "3歳の娘"},
		{"children none", "子どもはいない", Children, "いない", "子どもはいない"},
		{"away with reason", "５年専業主婦", YearsAway, "5年（専業主婦）", "５年専業主婦"},
		{"away year and a half", "ブランク1年半", YearsAway, "1年半", "ブランク1年半"},
		{"tenure ordinal", "入社３年目", Tenure, "3年目", "入社３年目"},
		{"tenure half", "勤めて半年", Tenure, "半年", "勤めて半年"},
		{"status manager", "課長やってて部下が五人", Status, "課長（部下5人）", "課長やってて部下が五人"},
		{"status student", "大学３年で就活中", Status, "大学3年・就活中", "大学３年"},
		{"status quit", "先月やめました", Status, "退職済み", "やめました"},
		{"area city", "横浜で働いてる", Area, "横浜（神奈川県）", "横浜"},
		{"age decade", "２０代後半です", Age, "20代後半", "２０代後半"},
		{"health", "最近眠れなくて", Health, "眠れない", "眠れなく"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, f := range x.Extract(tt.text) {
				if f.Key != tt.key {
					continue
				}
				got := []string{f.Say, tt.text[f.Span.Start:f.Span.End]}
				if diff := cmp.Diff([]string{tt.wantSay, tt.wantSpan}, got); diff != "" {
					t.Errorf("Extract(%q) %s [Say, span] mismatch (-want +got):\n%s", tt.text, tt.key, diff)
				}
				return
			}
			t.Errorf("Extract(%q): no %s", tt.text, tt.key)
		})
	}
}

func TestFoundLine(t *testing.T) {
	f := Found{Key: Employment, Value: "派遣", Say: "派遣"}
	if got, want := f.Line(), "雇用形態: 派遣"; got != want {
		t.Errorf("Line() = %q, want %q", got, want)
	}
}

func TestParseNum(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"2", 2}, {"12", 12}, {"二", 2}, {"十", 10}, {"十二", 12}, {"二十", 20}, {"二十五", 25}, {"〇", 0}, {"ひと", 1}, {"ふた", 2},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, _, ok := parseNum(tt.in)
			if !ok || got != tt.want {
				t.Errorf("parseNum(%q) = %d, %v; want %d, true", tt.in, got, ok, tt.want)
			}
		})
	}
}

func TestDurations(t *testing.T) {
	tests := []struct {
		in      string
		wantVal string
		wantSay string
	}{
		{"3年", "3y", "3年"}, {"三年", "3y", "3年"}, {"半年", "6m", "半年"}, {"1年半", "1y6m", "1年半"},
		{"2年3ヶ月", "2y3m", "2年3か月"}, {"8か月", "8m", "8か月"}, {"十年", "10y", "10年"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			months, ok := parseDur(tt.in)
			if !ok {
				t.Fatalf("parseDur(%q) failed", tt.in)
			}
			if got := []string{durValue(months), durSay(months)}; !cmp.Equal(got, []string{tt.wantVal, tt.wantSay}) {
				t.Errorf("parseDur(%q) = %v, want [%s %s]", tt.in, got, tt.wantVal, tt.wantSay)
			}
			if back, ok := Months(durValue(months)); !ok || back != months {
				t.Errorf("Months(%q) = %d, %v; want %d", durValue(months), back, ok, months)
			}
		})
	}
	for _, bad := range []string{"", "y", "3", "3x", "m3"} {
		if _, ok := Months(bad); ok {
			t.Errorf("Months(%q) ok, want failure", bad)
		}
	}
}
