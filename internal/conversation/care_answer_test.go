package conversation

import (
	"testing"

	"github.com/akari-career/akari/internal/akari"
)

// TestCareAnswers: a short message after a care reply's question is read as
// its answer; a hedge, a long message or no question is not.
func TestCareAnswers(t *testing.T) {
	ci := newCareIntents()
	tests := []struct {
		asked, text string
		want        answer
	}{
		{akari.AskedDying, "うん、ちょっと考えてる", answeredYes},
		{akari.AskedDying, "はい", answeredYes},
		{akari.AskedDying, "うん しにたい", answeredYes},
		{akari.AskedDying, "正直、ある", answeredYes},
		{akari.AskedDying, "たまに思う", answeredYes},
		{akari.AskedDying, "んだ、ちょっと考えでる。", answeredYes},
		{akari.AskedDying, "うん、ちょっと考えとる。", answeredYes},
		{akari.AskedDying, "いいえ", answeredNo},
		{akari.AskedDying, "いや、そこまでは考えてないです", answeredNo},
		{akari.AskedDying, "うん、でも死ぬつもりはない", answeredNo},
		{akari.AskedDying, "はい、ないです", answeredNo},
		{akari.AskedDying, "死にたい気持ちはないです", answeredNo},
		// A fine says no word of dying either way (round 45): it is met
		// with care_fine_asked, not as a no.
		{akari.AskedDying, "大丈夫です", noAnswer},
		{akari.AskedDying, "大丈夫、死にたいとかじゃないよ", answeredNo},
		{akari.AskedDying, "ないとは言えない", noAnswer},
		{akari.AskedDying, "わからない", noAnswer},
		{akari.AskedDying, "そこまでじゃない…と思う。わからん", noAnswer},
		{akari.AskedDying, "そうかも", answeredYes},
		{akari.AskedTonight, "わからん", answeredUnsafe},
		{akari.AskedDying, "上司に毎日怒鳴られて、もう何のために働いているのかわからなくなってきました", noAnswer},
		{akari.AskedDying, "寝れてないし、ごはんもあんまり食べてない", noAnswer},
		{akari.AskedDying, "ちょっと仕事の話してもいい？", noAnswer},
		{akari.AskedDying, "ちょっと寝れてない", noAnswer},
		{akari.AskedDying, "いえ、それよりも同業他社の求人の状況を伺いたいのですが。", noAnswer},
		{akari.AskedDying, "いえ、そこまでは考えていません", answeredNo},
		{akari.AskedPlace, "いいえ", answeredUnsafe},
		{akari.AskedPlace, "安全じゃないかも", answeredUnsafe},
		{akari.AskedPlace, "はい、家にいます", noAnswer},
		{akari.AskedTonight, "わからない", answeredUnsafe},
		{akari.AskedTonight, "ちょっと自信ない", answeredUnsafe},
		{akari.AskedTonight, "たぶん大丈夫", noAnswer},
		{"", "うん", noAnswer},
		{akari.AskedMeans, "薬はたくさんある", answeredMeans},
		{akari.AskedMeans, "ある", answeredMeans},
		{akari.AskedMeans, "いいえ、そこまでは考えてない", noAnswer},
		{akari.AskedMeans, "ない", noAnswer},
	}
	for _, tt := range tests {
		if got := careAnswer(fold(tt.text), ci, tt.asked); got != tt.want {
			t.Errorf("careAnswer(%q after %q) = %d, want %d", tt.text, tt.asked, got, tt.want)
		}
	}
}

// TestCareWordsRound52: what care listens for, in words met in care sets
// written blind in round 52 — a call not yet dared is no word of safety, a
// call with a plan for the night is; chat preferred, said in English, is no
// strength to call; tomorrow's work told is going back to it.
func TestCareWordsRound52(t *testing.T) {
	ci := newCareIntents()
	tests := []struct {
		text                        string
		safe, notSafe, cannot, away bool
	}{
		{"ただ、誰かの手を煩わせるのが怖くて、窓口に電話をかける勇気がまだ出ないのです。", true, true, false, false},
		{"いのちの電話かけてみる。話したら寝る", true, false, false, false},
		{"わかった…ほんならいのちの電話かけてみるわ", false, false, false, false},
		{"Chat sounds easier than calling, I think", false, false, true, false},
		{"明日も朝6時に出社しなければなりません", false, false, false, true},
		{"毎日同じことの繰り返しなんです", false, false, false, false},
		{"今夜はしなんよ、約束する", true, false, false, false},
	}
	for _, tt := range tests {
		f := fold(tt.text)
		if got := f.is(ci.safe); got != tt.safe {
			t.Errorf("safe(%q) = %v, want %v", tt.text, got, tt.safe)
		}
		if got := f.is(ci.notSafe); got != tt.notSafe {
			t.Errorf("notSafe(%q) = %v, want %v", tt.text, got, tt.notSafe)
		}
		if got := f.is(ci.cannotCall); got != tt.cannot {
			t.Errorf("cannotCall(%q) = %v, want %v", tt.text, got, tt.cannot)
		}
		if got := f.is(ci.leaving); got != tt.away {
			t.Errorf("leaving(%q) = %v, want %v", tt.text, got, tt.away)
		}
	}
}
