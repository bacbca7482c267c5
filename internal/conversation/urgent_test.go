package conversation

import "testing"

// TestUrgentSign: an act done or danger at hand, against wishes, plans
// and conditionals, which are asked about, not sent to 119.
func TestUrgentSign(t *testing.T) {
	in := newIntents()
	tests := []struct {
		text string
		want bool
	}{
		{"さっき睡眠薬まとめて飲んだ", true},
		{"薬ぜんぶ飲んじゃった。もう遅いよ", true},
		{"ODした", true},
		{"カッターで腕切った。血が止まらない", true},
		{"血が止まらない", true},
		{"練炭に火をつけた", true},
		{"今、会社の屋上にいる", true},
		{"いま橋の上に立ってる", true},
		{"薬いっぱい飲んだら楽になれるかな", false},
		{"薬を全部飲もうかな", false},
		{"手首切ったら血が出るかな", false},
		{"睡眠薬を貯めてる", false},
		{"屋上に行きたい", false},
		{"昼休みは屋上でご飯食べてる", false},
		{"今日ホームの端に立ってて、このまま飛び込めたら楽かなって思った", false},
	}
	for _, tt := range tests {
		if got := fold(tt.text).is(in.urgent.act) || fold(tt.text).is(in.urgent.edge); got != tt.want {
			t.Errorf("urgent(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	e := &Engine{intents: in}
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"昨日、家にあった市販の薬をまとめて飲みました", true},
		{"おととい睡眠薬を全部飲んだ。まだふらふらする", false},
		{"さっき薬まとめて飲んだ", false},
		{"昨日からしんどくて、今夜また薬まとめて飲んだ", false},
	} {
		if got := e.pillsDaysAgo(fold(tt.text)); got != tt.want {
			t.Errorf("pillsDaysAgo(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	for _, s := range []string{"屋上から降りて、今は家にいる", "ホームから離れた", "今は部屋の中にいる", "安全な場所にいる"} {
		if !fold(s).is(in.urgent.away) {
			t.Errorf("away(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"屋上から降りたい", "家にいるのがつらい", "屋上にいる"} {
		if fold(s).is(in.urgent.away) {
			t.Errorf("away(%q) = true, want false", s)
		}
	}
	for _, s := range []string{"救急車呼んだ", "119に電話した", "いま病院にいます", "母が救急車を呼んでくれた"} {
		if !fold(s).is(in.urgent.called) {
			t.Errorf("called(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"救急車とか大げさだって", "病院は行きたくない", "119は呼ばない", "救急車とか呼んだら職場にバレる？", "ルームメイト起こした。いま横にいてくれてる"} {
		if fold(s).is(in.urgent.called) {
			t.Errorf("called(%q) = true, want false", s)
		}
	}
}
