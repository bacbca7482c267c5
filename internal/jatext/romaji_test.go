package jatext

import "testing"

// Romaji spells kana whole, or the message is left as typed: English has
// letters no syllable takes.
func TestFromRomaji(t *testing.T) {
	for text, want := range map[string]string{
		"ima kara umi iku. oyogenai kedo ne🌊":               "いまからうみいく.およげないけどね🌊",
		"mou genkai, zutto shinitai":                        "もうげんかい,ずっとしにたい",
		"konnichiwa minna":                                  "こんにちわみんな",
		"kaisha de shikarareta":                             "かいしゃでしかられた",
		"chotto matte kudasai":                              "ちょっとまってください",
		"I want to die":                                     "",
		"i feel numb. 生きてる実感ない":                             "",
		"kms lol":                                           "",
		"AIじゃなくて人と話したい":                                     "", // too few letters
		"unalive myself":                                    "",
		"tenshoku kangaeteru. QA toka test no kyuujin aru?": "てんしょくかんがえてる.QAとかtestのきゅうじんある?",
		"shinitai. kaisha no PC dakara romaji de gomen":     "しにたい.かいしゃのPCだからろまじでごめん",
		"I want to die tonight":                             "",
		"my boss said shine":                                "",
		"gomen, game no hanashi":                            "ごめん,ゲームのはなし",
		"eki no home ni iru":                                "えきのホームにいる",
		"mou muri. kyou de owari. bye":                      "もうむり.きょうでおわり.バイバイ",
	} {
		got, ok := FromRomaji(text)
		if want == "" {
			if ok {
				t.Errorf("FromRomaji(%q) = %q, want it left as typed", text, got)
			}
			continue
		}
		if !ok || got != want {
			t.Errorf("FromRomaji(%q) = %q, %v, want %q", text, got, ok, want)
		}
	}
}
