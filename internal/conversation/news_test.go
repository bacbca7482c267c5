package conversation

import "testing"

// TestNews: good news told in passing is met with gladness; good news that
// comes with a worry or a question is the worry.
func TestNews(t *testing.T) {
	li := newIntents().listen
	tests := []struct {
		text, want string
	}{
		{"そういえば先月、初孫が生まれたんですよ", "news_congrats"},
		{"内定もらえました！", "news_congrats"},
		{"面接に受かった〜", "news_congrats"},
		{"ちなみに今日は熱下がって元気に登園しました笑", "news_relief"},
		{"母が退院しました", "news_relief"},
		{"内定もらえたけど迷ってる", ""},
		{"内定もらったのに不安しかない", ""},
		{"子どもが生まれたら仕事どうしよう", ""},
		{"熱が下がらない", ""},
		{"上司に怒鳴られた", ""},
		{"でも推しのライブ当たった！尊くて死ぬ", "news_congrats"},
		{"ライブのチケット当たったけど、その日シフト入ってる", ""},
		{"課長に昇進したら残業代なくなって手取り減った…", ""},
		{"昇格しました！", "news_congrats"},
		{"辞める前に内定をもらっておいたほうがいいですか", ""},
		{"面接に受かったらどうしよう", ""},
		{"秋に子どもが生まれる予定で育休を取りたいのですが、男性で取った人がいない職場です", ""},
	}
	for _, tt := range tests {
		if got := li.news(fold(tt.text)); got != tt.want {
			t.Errorf("news(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestSlips: a small blunder told with a groan is met with comfort; one
// that keeps happening, brings a scolding or asks what to do is a worry.
func TestSlips(t *testing.T) {
	li := newIntents().listen
	for text, want := range map[string]bool{
		"レジで一万円札お釣り間違えて、穴があったら入りたい🫠": true,
		"会議で噛みまくって穴があったら入りたい":        true,
		"発注ミスしちゃって恥ずかしすぎる":           true,
		"いつも発注ミスして恥ずかしい":             false,
		"ミスして上司に怒鳴られた、恥ずかしかった":       false,
		"発注ミスしちゃった、どうしたらいい？":         false,
		"レジ締めでミスして弁償って言われた、恥ずかしい":    false,
		"上司に怒られた": false,
	} {
		if got := li.slipped(fold(text), text); got != want {
			t.Errorf("slipped(%q) = %v, want %v", text, got, want)
		}
	}
}
