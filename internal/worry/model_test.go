package worry

import (
	"testing"

	"github.com/akari-career/akari/internal/akari"
)

// These messages are not in the examples, the dev set or the held-out set;
// each tests a boundary the category definitions draw.
func TestClassifyCategory(t *testing.T) {
	m := loadModel(t)
	tests := []struct {
		name string
		text string
		want akari.Category
	}{
		// remote work versus plain relationships
		{"remote envy", "テレワークの日が多いせいか、出社してる人たちに嫌味を言われる", akari.RemoteWorkEnvy},
		{"remote caught between", "在宅を認めた上司と、それを嫌がる同僚の間で板挟みになってます", akari.RemoteWorkEnvy},
		{"remote kansai", "リモートしてるだけで陰口言われるん、ほんまにしんどいわ", akari.RemoteWorkEnvy},
		{"relationships not remote", "上司がみんなの前で私を怒鳴ります", akari.WorkplaceRelationships},
		{"relationships isolation", "職場で誰も話しかけてくれなくて孤独です", akari.WorkplaceRelationships},
		{"relationships harassment", "先輩からのパワハラがつらい", akari.WorkplaceRelationships},
		// resignation versus career change
		{"resignation how", "退職届を出すタイミングを教えてください", akari.Resignation},
		{"resignation held back", "辞めたいと伝えても上司が全然聞いてくれない", akari.Resignation},
		{"resignation hiragana", "もうしごとやめたい", akari.Resignation},
		{"career listings", "未経験から応募できる求人を探してます", akari.CareerChange},
		{"career interview", "面接でうまく話せるように練習したい", akari.CareerChange},
		{"career remote job", "在宅で働ける求人ってありますか", akari.CareerChange},
		// the rest
		{"hung up", "クレームを報告したら営業に電話をガチャ切りされた", akari.HungUpCall},
		{"hung up halfwidth", "ﾃﾞﾝﾜ きられた…", akari.HungUpCall},
		{"meaning", "誰の役にも立ってない仕事を続けるのがむなしい", akari.WorkMeaning},
		{"parenting", "子どもの保育園の送り迎えと仕事の両立が大変", akari.ParentingBalance},
		{"parenting wfh", "子どもがいる家で在宅勤務するのが難しい", akari.ParentingBalance},
		{"salary", "残業代が全然払われないし給料も安い", akari.Salary},
		{"salary raise", "昇給したいけど交渉の仕方がわからない", akari.Salary},
		{"pure crisis is other", "もう消えたい", akari.Other},
		{"crisis keeps the worry", "給料が安すぎて、もう消えたい", akari.Salary},
		{"greeting", "こんばんは！", akari.Other},
		{"thanks", "ありがとう、助かったよ", akari.Other},
		{"about akari", "あかりちゃんはAIですか？", akari.Other},
		{"fullwidth", "ＴＥＳＴ", akari.Other},
		{"empty", "", akari.Other},
		{"emoji only", "🙏🙏", akari.Other},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := m.Classify(tt.text)
			if got.Category != tt.want {
				t.Errorf("Classify(%q) = %s (%.2f), want %s", tt.text, got.Category, got.Confidence, tt.want)
			}
			if got.Source != "offline" {
				t.Errorf("Source = %q, want offline", got.Source)
			}
			if got.Confidence < 0 || got.Confidence > 1 {
				t.Errorf("Confidence = %v, want 0..1", got.Confidence)
			}
		})
	}
}

func TestConfidence(t *testing.T) {
	m := loadModel(t)
	clear := m.Classify("給料が安くて昇給もない、年収を上げたい")
	if m.IsLowConfidence(clear) {
		t.Errorf("a clear salary worry has confidence %.2f, want at least %.2f", clear.Confidence, LowConfidence)
	}
	vague := m.Classify("仕事")
	if !m.IsLowConfidence(vague) {
		t.Errorf("Classify(%q) = %s with confidence %.2f, want below %.2f", "仕事", vague.Category, vague.Confidence, LowConfidence)
	}
}

func TestClassifyInContext(t *testing.T) {
	m := loadModel(t)
	tests := []struct {
		name       string
		text       string
		current    akari.Category
		want       akari.Category
		wantSource string
	}{
		{"what should I do", "どうしたらいい？", akari.Salary, akari.Salary, "context"},
		{"that is what worries me", "それで悩んでて", akari.HungUpCall, akari.HungUpCall, "context"},
		{"yes", "うん", akari.ParentingBalance, akari.ParentingBalance, "context"},
		{"concretely", "具体的には?", akari.Resignation, akari.Resignation, "context"},
		{"I see", "なるほど…", akari.WorkMeaning, akari.WorkMeaning, "context"},
		{"thanks then question", "ありがとう。ほかに何かできることある？", akari.CareerChange, akari.CareerChange, "context"},
		{"new worry switches", "あと、上司と同僚の板挟みで在宅勤務がつらいんです", akari.Salary, akari.RemoteWorkEnvy, "offline"},
		{"new worry switches short", "残業代が出ない", akari.WorkMeaning, akari.Salary, "offline"},
		{"greeting is other", "こんにちは", akari.Salary, akari.Other, "offline"},
		{"thanks is other", "ありがとうございました！", akari.Resignation, akari.Other, "offline"},
		{"no context yet", "どうしたらいい？", "", akari.Other, "offline"},
		{"a question on what was just said", "それって休んでる間お金は出るんですか？住宅ローンもあるので気になってます", akari.ParentingBalance, akari.ParentingBalance, "context"},
		{"the talk before, continued", "さっきの話の続きなんですが、上司にはいつ頃どう切り出せばいいですか？", akari.ParentingBalance, akari.ParentingBalance, "context"},
		// Round 47 (general sets 175, 176): the leave's money; what one
		// heard; by when to ask.
		{"the leave's money, its wage told", "月給30万なんですが、休んでる間っていくらくらいもらえますか?", akari.ParentingBalance, akari.ParentingBalance, "context"},
		{"by when to ask, in a father's leave", "会社にはいつまでに申し出ればいいですか?予定日は3月10日です", akari.ParentingBalance, akari.ParentingBalance, "context"},
		{"what one heard, in a worry about leave", "年5日は取らなあかんって聞いたけど、うちまだ2日しか取ってへんで", akari.Salary, akari.Salary, "context"},
		// Round 46 (general set 171): how to take the worry further.
		{"how to tell the company, after unpaid overtime", "会社にどう言えばいい？言ったら干されそうで怖い", akari.Salary, akari.Salary, "context"},
		{"how to write it, after a call cut off", "じゃあ文面どう書けばいい？お客さんが返金しろって言ってるやつ", akari.HungUpCall, akari.HungUpCall, "context"},
		{"whether one may tell the company, after feeling left out", "こういうの、会社に言ってもいいんですかね？わがままって思われそうで", akari.RemoteWorkEnvy, akari.RemoteWorkEnvy, "context"},
		{"a new worry with how to say it still switches", "あと別件で、育休明けの時短勤務のことを上司にどう伝えればいいか悩んでます", akari.Salary, akari.ParentingBalance, "offline"},
		// A fact of the case told bare is the case of the worry on the
		// table (round 39): 正社員 alone reads as changing jobs.
		{"how one is employed, told bare", "正社員", akari.Resignation, akari.Resignation, "context"},
		{"days a week, told bare", "週3です", akari.Salary, akari.Salary, "context"},
		{"why one left, told bare", "自己都合", akari.Resignation, akari.Resignation, "context"},
		// Round 48 (general sets 179, 180): what it would mean, what if,
		// whether it holds; what someone keeps saying and what the papers
		// say.
		{"what it would mean", "え、じゃあ3年来たらクビってこと?職場の人も仕事も好きなんやけど", akari.Resignation, akari.Resignation, "context"},
		{"what if", "超えた分を請求するとして、証拠って何を集めればいいの?うちタイムカードなくて自己申告", akari.Salary, akari.Salary, "context"},
		{"what a boss keeps saying", "外回りばっかやから時間管理できへん、って上司は言うてる。これは通るん?", akari.Salary, akari.Salary, "context"},
		{"what the leave pays, in a father's leave", "給料なくなると生活やばいんだけど、いくら出る?", akari.ParentingBalance, akari.ParentingBalance, "context"},
		{"what the contract says", "けいやく書には「シフトによる」としか書いてないです", akari.Salary, akari.Salary, "context"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := m.ClassifyInContext(tt.text, tt.current)
			if got.Category != tt.want || got.Source != tt.wantSource {
				t.Errorf("ClassifyInContext(%q, %s) = %s from %s (%.2f), want %s from %s",
					tt.text, tt.current, got.Category, got.Source, got.Confidence, tt.want, tt.wantSource)
			}
		})
	}
}

// TestCaseFact: a fact told bare is a word of employment or a number with
// its unit, closed at most by a polite ending — not a wish or a sentence.
func TestCaseFact(t *testing.T) {
	for text, want := range map[string]bool{
		"正社員": true, "派遣です": true, "週3": true, "2年目です": true, "1年ちょっと": true, "月9万くらい": true, "自己都合。": true,
		"正社員になりたい": false, "3年": true, "転職": false, "週3で働いてて、もう限界": false, "": false,
	} {
		if got := caseFact(text); got != want {
			t.Errorf("caseFact(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestClassifyInContextKeepsCrisis(t *testing.T) {
	m := loadModel(t)
	got := m.ClassifyInContext("うん…もう消えたい", akari.Resignation)
	if !got.Crisis {
		t.Errorf("ClassifyInContext(crisis follow-up).Crisis = false, want true")
	}
}

func TestClassifyAllocs(t *testing.T) {
	m := loadModel(t)
	text := "在宅勤務を始めてから、出社してる同僚に冷たくされて上司との板挟みでつらいです"
	if n := testing.AllocsPerRun(100, func() { m.Classify(text) }); n != 0 {
		t.Errorf("Classify allocates %v times per message, want 0", n)
	}
}
