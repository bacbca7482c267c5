package jatext

import (
	"testing"
	"unicode"

	"golang.org/x/text/width"
)

func TestFold(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"plain Japanese is kept", "在宅勤務してたら冷たくされる", "在宅勤務してたら冷たくされる"},
		{"ASCII is lower-cased", "IT Support", "it support"},
		{"full-width ASCII becomes half-width", "ＩＴ　ｓｕｐｐｏｒｔ！０９", "it support!09"},
		{"half-width katakana becomes full-width", "ﾌﾙ在宅", "フル在宅"},
		{"voiced marks compose", "ｶﾞｲﾄﾞ", "ガイド"},
		{"semi-voiced marks compose", "ﾊﾟｰﾄ", "パート"},
		{"vu composes", "ｳﾞｨ", "ヴィ"},
		{"half-width punctuation", "｢ﾃｽﾄ｣｡､･", "「テスト」。、・"},
		{"combining mark composes with hiragana", "か\u3099", "が"},
		{"spacing mark composes with katakana", "ハ゜", "パ"},
		{"stray mark is kept as the combining mark", "ﾞあ", "\u3099あ"},
		{"mark after a kana that takes none", "あﾞ", "あ\u3099"},
		{"katakana is not turned into hiragana", "リモート", "リモート"},
		{"yen sign", "￥１０００", "¥1000"},
		{"non-ASCII letters are lower-cased", "ÄΩ", "äω"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Fold(tt.in); got != tt.want {
				t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if got := string(AppendFold([]rune("前"), tt.in)); got != "前"+tt.want {
				t.Errorf("AppendFold(前, %q) = %q, want %q", tt.in, got, "前"+tt.want)
			}
		})
	}
}

func TestFoldDoesNotAllocateWhenClean(t *testing.T) {
	s := "在宅勤務 it support"
	if n := testing.AllocsPerRun(100, func() { _ = Fold(s) }); n != 0 {
		t.Errorf("Fold of already folded text: %v allocations, want 0", n)
	}
	buf := make([]rune, 0, 64)
	if n := testing.AllocsPerRun(100, func() { buf = AppendFold(buf[:0], "ﾌﾙ在宅ＯＫ") }); n != 0 {
		t.Errorf("AppendFold into a large enough buffer: %v allocations, want 0", n)
	}
}

// TestHasWidthFold checks the fast path of FoldRune against the table it
// skips.
func TestHasWidthFold(t *testing.T) {
	for r := rune(0); r <= 0xFFFF; r++ {
		if !hasWidthFold(r) && width.LookupRune(r).Folded() != 0 {
			t.Errorf("hasWidthFold(%U) = false, but width folds it to %U", r, width.LookupRune(r).Folded())
		}
	}
}

func TestNoCase(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if noCase(r) && unicode.ToLower(r) != r {
			t.Errorf("noCase(%U) = true, but its lower case is %U", r, unicode.ToLower(r))
		}
	}
}

func TestFoldKana(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"katakana becomes hiragana", "リモートワーク", "りもーとわーく"},
		{"small vowels become full size", "しにたぃ", "しにたい"},
		{"small tsu and ya stay", "ちょっと", "ちょっと"},
		{"ke and ka", "ヵヶ", "ゕゖ"},
		{"vu", "ヴ", "ゔ"},
		{"kanji and ASCII stay", "在宅ok", "在宅ok"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := FoldKana(tt.in); got != tt.want {
				t.Errorf("FoldKana(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func BenchmarkAppendFold(b *testing.B) {
	buf := make([]rune, 0, 128)
	for b.Loop() {
		buf = AppendFold(buf[:0], "在宅勤務してたら現場の人に冷たくされる…ﾌﾙﾘﾓｰﾄがいい！ＯＫ")
	}
}
