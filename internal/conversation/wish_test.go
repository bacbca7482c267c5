package conversation

import (
	"slices"
	"strings"
	"testing"

	"github.com/akari-career/akari/internal/akari"
)

// A request for jobs is answered in its own terms: the place and kinds of
// work it names lead the cards' introduction.
// Conditions said in other words rank the cards as the listings say them
// (round 47, general set 178); a condition of another kind does not.
func TestWantedNowReadsConditionsInOtherWords(t *testing.T) {
	for text, want := range map[string][]string{
		"夜勤ねぇとこがいいな。子どもまだ小せぇから":  {"夜勤なし"},
		"夜勤ないとこだけにして":            {"夜勤なし"},
		"夜勤ないと稼げないんだけど、工場の求人見せて": {"工場"},
		"中型免許しか持ってへんねん":          {"中型"},
	} {
		if got := wantedNow(text); !slices.Equal(got, want) {
			t.Errorf("wantedNow(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestWishIn(t *testing.T) {
	for text, want := range map[string]string{
		"やっぱり、札幌の事務の求人を少しだけ見てみたいです": "札幌（北海道）・事務", // the city said, with the prefecture searched
		"大阪で、ノルマのない仕事の求人を見たいです":     "大阪府",
		"正社員のものだけに絞っていただけますか":       "正社員",
		"在宅でできる仕事の求人を見せてください":       "在宅",
		"求人見せて": "",
		"保育以外の事務とかの求人も見せてや": "事務",
		"年収は500万くらいです":      "", // pay told, not wished
		"時給1100円しかない。求人見せて": "",
		"年収450万くらいの仕事ない？":   "年収450万以上",
		"年収500万以上のある？":      "年収500万以上",
		"夜勤なしで":             "", // raises listings, filters none
		"月給25万は欲しい、大阪で":     "大阪府・年収300万以上",
		// Round 47: a way of employment filters the cards and is said back.
		"時給1500円以上のパートある？":            "パート・アルバイト・時給1500円以上",
		"くりにっくでもいい。きゅうりょうは30まんくらいほしい": "年収360万以上",
		// Round 29 (care sets 121, 125): care in one's own family is no
		// kind of work sought.
		"父の介護しながら働いてます。大阪で時短の事務の仕事見せて": "大阪府・事務・時短",
		"京都で、介護と両立できるお仕事を探してます":        "京都府",
		"保育園のお迎えがあるので、大阪で事務の仕事見せて":     "大阪府・事務",
		"大阪で介護の仕事見せて":                  "大阪府・介護",
		"営業職以外の求人をご提示いただけますと幸いです":      "",
		"接客じゃないバイトの求人見せて":              "パート・アルバイト", // a kind turned down is not what is asked for
		"保育園で働きたい。大阪の求人見せて":            "大阪府・保育",
		"接客はもうええので、大阪で事務の仕事見せて":        "大阪府・事務", // had enough of a kind
		"保育士以外の事務の仕事、大阪で見せて":           "大阪府・事務", // the kind's 士 before 以外
	} {
		if got := wishIn(text); got != want {
			t.Errorf("wishIn(%q) = %q, want %q", text, got, want)
		}
	}
}

// Kinds of work turned down in the last messages are avoided, not sought.
func TestRecentKeywordsAvoidWhatIsTurnedDown(t *testing.T) {
	st := &akari.State{Turns: []akari.Turn{
		{Role: akari.RoleUser, Text: "介護の仕事を5年やってます"},
		{Role: akari.RoleAkari, Text: "介護のお仕事、おつかれさまです"},
		{Role: akari.RoleUser, Text: "電話じゃない仕事で、保育以外の事務の求人ある？"},
	}}
	keep, avoid := recentKeywords(st)
	if want := []string{"事務", "介護"}; !slices.Equal(keep, want) {
		t.Errorf("keep = %v, want %v", keep, want)
	}
	for _, w := range []string{"保育", "コールセンター", "電話"} {
		if !slices.Contains(avoid, w) {
			t.Errorf("avoid = %v, want it to hold %s", avoid, w)
		}
	}
	for _, text := range []string{"電話対応なしの求人", "電話の仕事は無理", "電話が少ない仕事がいい"} {
		if !noPhone(text[strings.Index(text, "電話")+len("電話"):]) {
			t.Errorf("noPhone after %q = false, want true", text)
		}
	}
	if _, avoid := recentKeywords(&akari.State{Turns: []akari.Turn{{Role: akari.RoleUser, Text: "あー全部フルリモートじゃないのか。週1出社ならOK"}}}); len(avoid) > 0 {
		t.Errorf("a note on what was shown turned down %v", avoid)
	}
	if noPhone("応対の経験を活かしたい") {
		t.Error("電話応対の経験を活かしたい turns phone work down")
	}
}

// A kind of work the usual job words do not cover is read off the words
// before 〜の仕事, 〜の求人: not a time, a place or a condition.
func TestNamedKind(t *testing.T) {
	for text, want := range map[string]string{
		"日中だけの警備の仕事はございますか。": "警備",
		"タクシー運転手の求人ある？":      "タクシー運転手",
		"ドライバーとして働きたい":       "ドライバー",
		"事務の仕事ありますか":         "", // a job word: raised already
		"日中だけの仕事ある？":         "",
		"大阪の求人見せて":           "",
		"今の仕事がつらい":           "",
		"在宅の仕事ってある？":         "",
		"夜勤なしの介護の仕事":         "",
		"転職先の求人見せて":          "",
		"資格不要の仕事の求人":         "",
		"年収500万以上の求人":        "",
		"電気保全の仕事ある？":         "電気保全",
		"駅員の求人":              "駅員",
		"名古屋で倉庫以外のバイトある？":    "", // turned down, not sought
		// A katakana word longer than eight, whole, never cut inside.
		"栄あたりでグラフィックデザイナーの求人見せてちょう": "グラフィックデザイナー",
		// Round 43 (general set 160): a kind loosened by とか, 系, 関係.
		"カフェとかの求人ある？": "カフェ",
		"飲食関係のバイト見せて": "飲食",
		"介護系の仕事ある？":   "", // a job word: raised already
		"そういうのとかの求人":  "",
	} {
		if got := namedKind(text); got != want {
			t.Errorf("namedKind(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestInJapanese: an ask for jobs in English is searched by the places and
// kinds of work it names; Japanese is left as it is.
func TestInJapanese(t *testing.T) {
	for text, want := range map[string][]string{
		"Now can you show me developer jobs in Tokyo?": {"東京", "エンジニア"},
		"Any remote customer support jobs in Osaka?":   {"大阪", "リモート", "カスタマーサポート"},
		"札幌で事務の求人見せて":                                  {"札幌で事務の求人見せて"},
	} {
		got := inJapanese(text)
		for _, w := range want {
			if !strings.Contains(got, w) {
				t.Errorf("inJapanese(%q) = %q, want it to hold %q", text, got, w)
			}
		}
	}
}
