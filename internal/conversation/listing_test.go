package conversation

import "testing"

// A card shown is named by its place among the cards or by a word of its
// title; a word in two titles names neither.
func TestShownCardReferences(t *testing.T) {
	for _, tt := range []struct {
		s    string
		n    int
		want int
	}{
		{"2番目のとこって残業どのくらい？", 5, 1},
		{"3つ目の会社、土日休み？", 5, 2},
		{"一番上の会社は土日休み？", 5, 0},
		{"いちばん下のやつは？", 4, 3},
		{"最後のやつって未経験でもいける？", 5, 4},
		{"最初の求人って在宅？", 5, 0},
		{"上から2つ目、excel使う？", 5, 1},
		{"6番目のは？", 5, -1},
		{"面接で何を聞けばいい？", 5, -1},
	} {
		if got := shownIndex(tt.s, tt.n); got != tt.want {
			t.Errorf("shownIndex(%q, %d) = %d, want %d", tt.s, tt.n, got, tt.want)
		}
	}
	titles := []string{"物流倉庫の入出荷スタッフ", "一般事務（残業少なめ）", "営業事務（時短OK）"}
	for _, tt := range []struct {
		s    string
		want int
	}{
		{"さっきの倉庫って書いてたやつ、未経験でもいける？", 0},
		{"入出荷のとこは何時まで？", 0},
		{"残業って多いのかな", -1}, // asks after work, not a card
		{"事務のやつは？", -1},   // in two titles
		{"ありがとう", -1},
	} {
		if got := onlyTitleWith(tt.s, titles); got != tt.want {
			t.Errorf("onlyTitleWith(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}
