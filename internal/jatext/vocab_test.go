package jatext

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestPrefecture(t *testing.T) {
	tests := []struct {
		name, in string
		want     string
		code     int
	}{
		{"full name", "東京都", "東京都", 13},
		{"short name", "大阪", "大阪府", 27},
		{"Kyoto short", "京都", "京都府", 26},
		{"Hokkaido has no suffix", "北海道", "北海道", 1},
		{"Okinawa is 47", "沖縄", "沖縄県", 47},
		{"Tokyo short", "東京", "東京都", 13},
		{"surrounding space", " 広島県 ", "広島県", 34},
		{"a part of a name is none", "京", "", 0},
		{"empty", "", "", 0},
		{"a sentence is not a name", "東京で働きたい", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, code := Prefecture(tt.in)
			if got != tt.want || code != tt.code {
				t.Errorf("Prefecture(%q) = %q, %d; want %q, %d", tt.in, got, code, tt.want, tt.code)
			}
		})
	}
}

func TestPrefectureIn(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"short name in a sentence", "大阪で探したい", "大阪府"},
		{"Tokyo is not Kyoto", "東京都に住んでます", "東京都"},
		{"Kyoto", "京都がいい", "京都府"},
		{"Tokyo short in a sentence", "東京で働きたい", "東京都"},
		{"full name alone", "大阪府", "大阪府"},
		{"Hokkaido", "北海道の札幌", "北海道"},
		{"Kyoto alone", "京都", "京都府"},
		{"a city in kana", "はままつ で しごと みたい", "静岡県"},
		{"a ward in kana", "しんじゅく で ホール の しごと", "東京都"},
		{"none", "どこでもいい", ""},
		{"remote is no place", "在宅", ""},
		{"a big city", "札幌の事務の求人", "北海道"},
		{"a district", "新宿あたりで探したい", "東京都"},
		{"the prefecture before its city", "福岡県の博多", "福岡県"},
		{"a surname is no place", "川崎さんに言われた", ""},
		{"a regional city", "金沢で土日休みの事務", "石川県"},
		{"a city that is a surname only with 市", "川口市あたりで見たい", "埼玉県"},
		{"the surname alone", "川口さんが休み", ""},
		{"the capital as an area", "都内で事務の求人ある？", "東京都"},
		{"news content is no Hokkaido", "報道内容が気になる", ""},
		{"堺 only with 市", "堺市で製造の仕事", "大阪府"},
		{"a suburb named as the town", "町田あたりでパート", "東京都"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := PrefectureIn(tt.in); got != tt.want {
				t.Errorf("PrefectureIn(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestPrefecturesAreDistinct(t *testing.T) {
	seen := map[string]bool{}
	for _, p := range Prefectures() {
		for _, name := range []string{p, ShortPrefecture(p)} {
			if seen[name] && name != p {
				t.Errorf("%q names two prefectures", name)
			}
			seen[name] = true
		}
	}
}

func TestEmployment(t *testing.T) {
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{"catalog value", "正社員", FullTime, true},
		{"part", "パート", PartTime, true},
		{"half-width katakana", "ｱﾙﾊﾞｲﾄ", PartTime, true},
		{"spreadsheet English", " Full_Time ", FullTime, true},
		{"contract short", "契約", Contract, true},
		{"dispatch employee", "派遣社員", Dispatch, true},
		{"combined value", "パート・アルバイト", PartTime, true},
		{"unknown", "業務委託", "", false},
		{"casual word is not a catalog value", "バイト", "", false},
		{"a sentence is not a value", "正社員がいい", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := Employment(tt.in)
			if got != tt.want || ok != tt.ok {
				t.Errorf("Employment(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestEmploymentWords(t *testing.T) {
	var got []string
	for _, w := range EmploymentWords() {
		got = append(got, w.Word+"="+w.Employment)
	}
	want := []string{"正社員=正社員", "契約社員=契約社員", "派遣=派遣", "パート=パート・アルバイト", "アルバイト=パート・アルバイト", "バイト=パート・アルバイト"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("EmploymentWords() mismatch (-want +got):\n%s", diff)
	}
}

func TestPrefecturesIn(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"two offered", "埼玉か群馬で事務ない？", []string{"埼玉県", "群馬県"}},
		{"full names with a dot", "大阪府・兵庫県あたりで", []string{"大阪府", "兵庫県"}},
		{"a city and a prefecture", "神戸か大阪で探したい", []string{"兵庫県", "大阪府"}},
		{"three with commas", "福岡、佐賀、熊本のどこか", []string{"福岡県", "佐賀県", "熊本県"}},
		{"Tokyo and Kyoto are two", "東京都か京都", []string{"東京都", "京都府"}},
		{"one place", "大阪で探したい", []string{"大阪府"}},
		{"a move is no choice", "東京から大阪に引っ越す", []string{"東京都"}},
		{"the same prefecture twice", "横浜か相模原", []string{"神奈川県"}},
		{"none", "どこでもいい", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := PrefecturesIn(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("PrefecturesIn(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
