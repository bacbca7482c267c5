package worry

import (
	"io/fs"
	"regexp"
	"strings"
	"testing"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/prompts"
)

func TestCrisisFires(t *testing.T) {
	m := loadModel(t)
	// Direct and indirect, in kanji, kana, half-width and with noise.
	fire := []string{
		"死にたい",
		"しにたい",
		"シニタイ",
		"ｼﾆﾀｲ",
		"死 に た い",
		"しにたーい",
		"もう死にたいです…",
		"タヒにたい",
		"夜になると死にたくなる",
		"仕事に行くくらいなら死んだ方がマシ",
		"消えたい",
		"きえたい😢",
		"どこか遠くで消えてしまいたい",
		"ふっと消えたくなる時がある",
		"いなくなりたい",
		"私なんていないほうがいいよね",
		"明日が来なければいいのに",
		"朝が来ないでほしい",
		"このまま目が覚めなければいいのに",
		"もう全部終わりにしたい",
		"何もかも終わりにしたいです",
		"生きてる意味がわからない",
		"生きている意味ってあるのかな",
		"もう生きていたくない",
		"生きるのに疲れた",
		"生きるのがしんどい",
		"もう楽になりたい",
		"はやくらくになりたい",
		"リスカしちゃった",
		"ﾘｽｶがやめられない",
		"また手首を切ってしまった",
		"自分を傷つけたくなる",
		"ODしたい",
		"ＯＤしそう",
		"薬を大量に飲もうかと思ってる",
		"飛び降りたら楽になるかな",
		"駅のホームから飛び込みたくなる",
		"自殺したい",
		"首を吊ろうかと考えてしまう",
		"生まれてこなければよかった",
		"この世から消えたい",
		"もう限界。終わりにしたい",
		"私がいなくなっても誰も困らないよね",
		"私なんか死ねばいいのに",
		"命を絶とうか考えてる",
		"i want to die",
		"死ぬほど眠いし、もう消えたい", // an idiom does not hide a real signal
	}
	for _, text := range fire {
		t.Run(text, func(t *testing.T) {
			if c := m.Classify(text); !c.Crisis {
				t.Errorf("Classify(%q).Crisis = false, want true", text)
			}
		})
	}
}

func TestCrisisDoesNotFire(t *testing.T) {
	m := loadModel(t)
	quiet := []string{
		"死ぬほど眠い",
		"死ぬほど忙しい",
		"死ぬほど笑った",
		"今月は死ぬほど残業した",
		"死ぬ気で頑張ります",
		"暑くて死にそう",
		"消えたいくらい恥ずかしい失敗をした",
		"恥ずかしくて消えたい笑",
		"会社に行きたくない",
		"飛び込み営業がつらい",
		"データが消えた",
		"気が楽になりたいので相談しました",
		"わたしのうちは子どもが3人います",
		"上司に「死ね」と言われた",
		"それは自殺行為だよ",
		"生きがいのある仕事がしたい",
		"仕事を全部終わらせてから帰りたい",
		"この給料じゃ生きていけない",
	}
	for _, text := range quiet {
		t.Run(text, func(t *testing.T) {
			if phrase, ok := m.CrisisSignal(text); ok {
				t.Errorf("Classify(%q).Crisis = true (signal %q), want false", text, phrase)
			}
		})
	}
}

// No training example is a crisis, so none may fire: this catches a signal
// too broad for ordinary worries ("終わりにしたい" in a resignation, say).
func TestCrisisQuietOnExamples(t *testing.T) {
	m := loadModel(t)
	set, problems := readPrompts(prompts.FS())
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	for _, ex := range set.examples {
		if phrase, ok := m.CrisisSignal(ex.text); ok {
			t.Errorf("%s:%d: example %q fires crisis signal %q", ex.file, ex.line, ex.text, phrase)
		}
	}
}

// TestCrisisQuietOnEverydayReplies holds what people send most — the
// quick replies Akari offers (messages.yaml) and the short answers to
// them — to no risk at all: the model alone once read 「はい、お願いします」
// as high at a gate of 0.7.
func TestCrisisQuietOnEverydayReplies(t *testing.T) {
	m := loadModel(t)
	raw, err := fs.ReadFile(prompts.FS(), "messages.yaml")
	if err != nil {
		t.Fatal(err)
	}
	replies := []string{"はい、お願いします", "はい、お願いします！", "お願いします", "ぜひお願いします", "はい", "うん", "いいえ",
		"はい、そうです", "はい、大丈夫です", "わかりました", "ありがとう", "ありがとうございます", "おやすみなさい", "また明日",
		"はい、見てみたいです", "お願いしまーす", "了解です", "OK", "大丈夫です", "そうなんです", "そうかも", "ちょっと考えます"}
	chip := regexp.MustCompile(`(?m)^\s*-?\s*(?:label|text): (.+)$`)
	for _, sub := range chip.FindAllStringSubmatch(string(raw), -1) {
		replies = append(replies, strings.Trim(sub[1], `"'`))
	}
	for _, r := range replies {
		if c := m.Classify(r); c.Risk != akari.RiskNone {
			t.Errorf("Classify(%q) risk %q, want none", r, c.Risk)
		}
	}
}
