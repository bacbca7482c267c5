package worry

import (
	"testing"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/akari"
)

// TestReadingsShorten: read rewrites in place, so no kanji spelling may be
// longer than its kana; and every kana is unique.
func TestReadingsShorten(t *testing.T) {
	seen := map[string]bool{}
	for _, rd := range readings {
		if utf8.RuneCountInString(rd.kanji) > utf8.RuneCountInString(rd.kana) {
			t.Errorf("%s → %s: the kanji are longer than the kana", rd.kana, rd.kanji)
		}
		if seen[rd.kana] {
			t.Errorf("%s listed twice", rd.kana)
		}
		seen[rd.kana] = true
	}
}

func TestReadingTableReads(t *testing.T) {
	tests := []struct{ in, want string }{
		{"このかいしゃからきえたい", "この会社から消えたい"},
		{"けんこうしんだんいってきた", "けんこうしんだんいってきた"}, // 診断, not 死んだ
		{"おばあちゃんがしんだ", "おばあちゃんが死んだ"},
		{"じょうしきがない", "じょうしきがない"}, // 常識, not 上司
		{"ぶしょうひげ", "ぶしょうひげ"},
		{"いきているのがつらい", "生きているのがつらい"},   // the longer reading first
		{"かいしゃいきたくない", "会社いきたくない"},     // 行きたくない stays as typed
		{"さいしょのとこのやすみ", "さいしょのとこのやすみ"}, // 最初, not 遺書
		{"ないしょにしてね", "ないしょにしてね"},
		{"もういしょもかいた", "もう遺書も書いた"},
		{"いしょかいた", "遺書かいた"},
		{"たくしのうりあげ", "たくしのうりあげ"}, // タクシーの売上: ー is dropped in the crisis view
		{"もうしのうかな", "もう死のうかな"},
		{"", ""},
	}
	for _, tt := range tests {
		r := []rune(tt.in)
		if got := string(r[:kanaReadings.read(r, true, nil)]); got != tt.want {
			t.Errorf("read(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// The seed worries typed in kana are the same worries.
func TestKanaTypedWorries(t *testing.T) {
	m := loadModel(t)
	for kana, want := range map[string]akari.Category{
		"ざいたくのひだけつめたい":    akari.RemoteWorkEnvy,
		"こそだてとしごときつい":     akari.ParentingBalance,
		"くれーむほうこくしたらきられた": akari.HungUpCall,
		"はけんのしごと もうやめたい":  akari.Resignation,
	} {
		if c := m.Classify(kana); c.Category != want {
			t.Errorf("Classify(%q) = %s (%.2f), want %s", kana, c.Category, c.Confidence, want)
		}
	}
}

func TestKanaTyped(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"このかいしゃからきえたいはやくてんしょくしたい", true},
		{"この職場いきてるきがしないろぼっとみたい", true},
		{"会社から消えたい。早く転職したい", false},
		{"しにたい", false}, // too short to tell
	}
	for _, tt := range tests {
		if got := kanaTyped(normalize(nil, tt.text, crisisView)); got != tt.want {
			t.Errorf("kanaTyped(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestKanaTypedReadLikeKanji: a message typed in kana is read as its
// twin typed with kanji.
func TestKanaTypedReadLikeKanji(t *testing.T) {
	m := loadModel(t)
	tests := []struct {
		kana string
		want akari.Risk
	}{
		{"このかいしゃから きえたい。はやく てんしょくしたい。きょうも きゅうじん みてる", akari.RiskNone},
		{"じさつよぼうの でんわそうだんの ボランティア してる。ほんぎょうと りょうりつ むずかしい", akari.RiskNone},
		{"びょういんの じむです。きのう かんじゃさんが なくなって ばたばた してた", akari.RiskNone},
		{"しょうじき いなくなりたい。このぶしょから。いどうねがい って どう だすの", akari.RiskNone},
		{"いくきゅう あけて ふっき したけど むり。こどもが ねてるあいだに てくび きった", akari.RiskHigh},
		{"こどもにもおっとにも めいわくばっか わたしいなくていいよね", akari.RiskConcern},
		{"にちようにしぬ ごめんね しごともうやだ", akari.RiskHigh},
	}
	for _, tt := range tests {
		c := m.Classify(tt.kana)
		if riskRank(c.Risk) < riskRank(tt.want) || tt.want == akari.RiskNone && c.Risk != akari.RiskNone {
			why, _ := m.CrisisSignal(tt.kana)
			t.Errorf("Classify(%q) risk %q (%s), want %q", tt.kana, c.Risk, why, tt.want)
		}
	}
}

// TestReadingsAtWordStarts: a message with kanji is read only where a word
// typed in hiragana starts; a message typed in kana everywhere, but for
// the short words, read only at a start.
func TestReadingsAtWordStarts(t *testing.T) {
	tests := []struct{ in, want string }{
		{"ふみきりの前 おる。 つぎの電車で", "踏切の前おる次の電車で"},
		{"給料 やすすぎ… もう しんだる", "給料やすすぎもう死んだる"},
		{"給料やすすぎもうしんだる", "給料やすすぎもうしんだる"}, // no word starts there
		{"カッターで 腕 きった", "かったで腕切った"},      // カッター is no 買った
		{"えきで とびこむ", "駅で飛び込む"},
		{"かいぎでえきたいこぼした", "会議でえきたいこぼした"},    // えき inside a word
		{"じこしょうかい にがて", "じこしょうかいにがて"},      // 自己紹介, not 事故
		{"うまれて こなきゃ よかった", "生まれてこなきゃよかった"}, // a reading runs over a space
	}
	for _, tt := range tests {
		var m marks
		r := normalizeMarked(nil, tt.in, crisisView, &m)
		if got := string(r[:kanaReadings.read(r, kanaTyped(r), &m)]); got != tt.want {
			t.Errorf("read(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
