package advice_test

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/advice"
	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/playbook"
)

func ask(t testing.TB, o *advice.Offline, text string, cat akari.Category, st *akari.State, a akari.Ask, distressed bool) akari.Advice {
	t.Helper()
	adv, err := o.Advise(context.Background(), akari.AdviceRequest{
		Text:           text,
		Classification: akari.Classification{Category: cat, Confidence: 0.9},
		State:          st,
		Ask:            a,
		Distressed:     distressed,
	})
	if err != nil {
		t.Fatalf("Advise(%q, %s): %v", text, a, err)
	}
	for i, s := range adv.Texts {
		if n := utf8.RuneCountInString(s); n == 0 || n > advice.MaxRunes {
			t.Errorf("text %d has %d characters, want 1..%d", i, n, advice.MaxRunes)
		}
	}
	return adv
}

// said records a reply in the state the way the engine does.
func said(st *akari.State, user string, cat akari.Category, a akari.Advice) {
	st.AddTurn(akari.Turn{Role: akari.RoleUser, Text: user, Category: cat})
	st.AddTurn(akari.Turn{Role: akari.RoleAkari, Text: strings.Join(a.Texts, "\n"), Category: cat})
	if st.Guided == nil {
		st.Guided = map[akari.Category]int{}
	}
	st.Guided[cat]++
	st.Category = cat
}

func known(kv ...string) map[string]akari.Fact {
	m := map[string]akari.Fact{}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = akari.Fact{Value: kv[i+1], Turn: 1}
	}
	return m
}

// facetsOf lists every facet that can lead a reply in cat.
func facetsOf(lib *playbook.Library, cat akari.Category) []playbook.Facet {
	return append(append([]playbook.Facet(nil), lib.Playbook(cat).Facets...), lib.Listening().Facets...)
}

func TestAskWhatFirstGivesOneStepAndWhy(t *testing.T) {
	lib := library(t)
	o := advice.NewOffline(advice.Fixed(lib))
	for _, cat := range akari.Categories() {
		if cat == akari.Other {
			continue
		}
		t.Run(string(cat), func(t *testing.T) {
			st := &akari.State{}
			said(st, messages[cat], cat, advise(t, o, messages[cat], cat, st))
			a := ask(t, o, "で、まず何からすればいい？", akari.Other, st, akari.AskWhatFirst, false)
			all := strings.Join(a.Texts, "\n")
			if len(a.Texts) != 1 || len(steps(a)) != 0 {
				t.Errorf("want one text without a list of steps:\n%s", all)
			}
			var firsts []playbook.First
			firsts = append(firsts, lib.Playbook(cat).First...)
			for _, f := range facetsOf(lib, cat) {
				firsts = append(firsts, f.First...)
			}
			found := false
			for _, f := range firsts {
				if strings.Contains(all, f.Text) && strings.Contains(all, f.Why) {
					found = true
				}
			}
			if !found {
				t.Errorf("no first step with its why:\n%s", all)
			}
		})
	}
}

func TestAskHowToAnswersFromTheNotes(t *testing.T) {
	lib := library(t)
	o := advice.NewOffline(advice.Fixed(lib))
	tests := []struct {
		cat  akari.Category
		say  string
		text string
		want string // a fragment of the note that should answer
	}{
		{akari.Resignation, messages[akari.Resignation], "上司にはどう切り出せばいい？", "一身上の都合"},
		{akari.Resignation, messages[akari.Resignation], "それってどう伝えればいい？", "「"},
		{akari.HungUpCall, messages[akari.HungUpCall], "上司にはどう報告すればいい？", "途中で切れてしまいました"},
		{akari.RemoteWorkEnvy, messages[akari.RemoteWorkEnvy], "上司にどう相談すればいい？", "所内で共有"},
		{akari.Salary, "有給を申請したら断られました", "どう申請すればいい？", "年次有給休暇を取得したい"},
		{akari.WorkplaceRelationships, "上司からパワハラを受けています", "窓口にはどう相談すればいい？", "ハラスメントにあたるのではないか"},
		{akari.ParentingBalance, messages[akari.ParentingBalance], "面接でブランクはどう話せばいい？", "子育てに専念"},
		{akari.CareerChange, messages[akari.CareerChange], "未経験の志望動機はどう言えばいい？", "経験はありませんが"},
		{akari.WorkMeaning, messages[akari.WorkMeaning], "上司にどう相談すればいい？", "関係する部署"},
		// Round 17: the scene the question names, not the worry's first note.
		{akari.WorkplaceRelationships, "仕事量多すぎて毎日残業してる", "同僚に手伝ってって頼むの苦手なんだけどどう言えばいい？", "いつまでに"},
		{akari.CareerChange, messages[akari.CareerChange], "面接で希望年収聞かれたらどう答えればいい？", "今の年収を土台に"},
	}
	for _, tt := range tests {
		t.Run(string(tt.cat)+"/"+tt.text, func(t *testing.T) {
			st := &akari.State{}
			said(st, tt.say, tt.cat, advise(t, o, tt.say, tt.cat, st))
			a := ask(t, o, tt.text, akari.Other, st, akari.AskHowTo, false)
			all := strings.Join(a.Texts, "\n")
			if !strings.Contains(all, tt.want) || len(steps(a)) != 0 {
				t.Errorf("want a how-to note with %q and no steps:\n%s", tt.want, all)
			}
		})
	}
}

// A way to go about something asked with どうやって is no wording to try:
// no "here is how to say it" before it.
func TestAskHowToAWayIsNoWording(t *testing.T) {
	o := advice.NewOffline(advice.Fixed(library(t)))
	st := &akari.State{}
	said(st, messages[akari.CareerChange], akari.CareerChange, advise(t, o, messages[akari.CareerChange], akari.CareerChange, st))
	a := ask(t, o, "転職するならどうやって探すのがいいと思う？", akari.CareerChange, st, akari.AskHowTo, false)
	all := strings.Join(a.Texts, "\n")
	if !strings.Contains(all, "転職エージェント") || strings.Contains(all, "伝え方") || strings.Contains(all, "言い方") {
		t.Errorf("want the ways to look for work, with no wording lead:\n%s", all)
	}
}

func TestAskMoreBringsOnlyNewMaterialThenSaysSo(t *testing.T) {
	o := advice.NewOffline(advice.Fixed(library(t)))
	for _, cat := range akari.Categories() {
		if cat == akari.Other {
			continue
		}
		t.Run(string(cat), func(t *testing.T) {
			st := &akari.State{}
			a := advise(t, o, messages[cat], cat, st)
			given := map[string]bool{}
			for _, s := range steps(a) {
				given[s] = true
			}
			said(st, messages[cat], cat, a)
			core := false
			for turn := range 8 {
				a = ask(t, o, "もっと詳しく", akari.Other, st, akari.AskMore, false)
				for _, s := range steps(a) {
					if given[s] {
						t.Errorf("more #%d repeats step %q", turn, s)
					}
					given[s] = true
				}
				if len(steps(a)) == 0 {
					core = true
					break
				}
				said(st, "もっと詳しく", cat, a)
			}
			if !core {
				t.Error("never said that this was the core of it")
			}
			if strings.Contains(strings.Join(a.Texts, ""), "違う角度") {
				t.Errorf("old steps under a new heading: %q", a.Texts)
			}
		})
	}
}

func TestAskThanksClosesWarmly(t *testing.T) {
	lib := library(t)
	o := advice.NewOffline(advice.Fixed(lib))
	for _, cat := range akari.Categories() {
		if cat == akari.Other {
			continue
		}
		t.Run(string(cat), func(t *testing.T) {
			st := &akari.State{}
			said(st, messages[cat], cat, advise(t, o, messages[cat], cat, st))
			a := ask(t, o, "ありがとう、少し楽になりました", akari.Other, st, akari.AskThanks, false)
			var closings []string
			closings = append(closings, lib.Playbook(cat).Closing...)
			for _, f := range facetsOf(lib, cat) {
				closings = append(closings, f.Closing...)
			}
			// Thanks with relief: gladness first, then the close.
			if len(a.Texts) != 1 || !slices.ContainsFunc(closings, func(c string) bool { return strings.HasSuffix(a.Texts[0], c) }) {
				t.Errorf("want one closing line of the worry, got %q", a.Texts)
			}
			if !slices.ContainsFunc(lib.Listening().ThanksRelief, func(l string) bool { return strings.HasPrefix(a.Texts[0], l) }) {
				t.Errorf("thanks with relief: want a line of thanks_relief first, got %q", a.Texts)
			}
		})
	}
}

var cheerfulMarks = regexp.MustCompile(`[！!]|[😊😄😆🎉✨🌱🌸😉👍📝📋🙏]`)

func TestDistressGetsAQuietReply(t *testing.T) {
	lib := library(t)
	o := advice.NewOffline(advice.Fixed(lib))
	for _, cat := range akari.Categories() {
		for _, a := range []akari.Ask{akari.AskNone, akari.AskWhatFirst, akari.AskHowTo, akari.AskMore, akari.AskThanks} {
			t.Run(string(cat)+"/"+string(a), func(t *testing.T) {
				st := &akari.State{Category: cat}
				if cat != akari.Other {
					said(st, messages[cat], cat, advise(t, o, messages[cat], cat, st))
				}
				adv := ask(t, o, "もうつらい😢", cat, st, a, true)
				all := strings.Join(adv.Texts, "\n")
				if m := cheerfulMarks.FindString(all); m != "" {
					t.Errorf("cheerful %q in a quiet reply:\n%s", m, all)
				}
				if a == akari.AskNone {
					if strings.Count(all, "？") != 1 || len(steps(adv)) != 0 {
						t.Errorf("want an acknowledgement and one soft question, no steps:\n%s", all)
					}
					gentle := append(append([]string(nil), lib.Listening().Gentle...), lib.Playbook(cat).Gentle...)
					if !containsAnyOf(firstLine(all), gentle) {
						t.Errorf("does not acknowledge first:\n%s", all)
					}
				}
			})
		}
	}
	t.Run("greetings stay bright", func(t *testing.T) {
		a := advise(t, o, "こんにちは！", akari.Other, &akari.State{})
		if !cheerfulMarks.MatchString(a.Texts[0]) {
			t.Errorf("greeting reply lost its brightness: %q", a.Texts[0])
		}
	})
	t.Run("a health sign in pain gets care", func(t *testing.T) {
		st := &akari.State{Known: known("health", "眠れない")}
		a := ask(t, o, "眠れなくてつらい", akari.Resignation, st, akari.AskNone, true)
		if !strings.Contains(a.Texts[0], "医療機関") {
			t.Errorf("no gentle word about a doctor: %q", a.Texts[0])
		}
	})
}

func TestFacetsFollowTheWorry(t *testing.T) {
	o := advice.NewOffline(advice.Fixed(library(t)))
	tests := []struct {
		name  string
		cat   akari.Category
		text  string
		known map[string]akari.Fact
		want  []string // every one must appear
		not   []string // none may appear
	}{
		{"health by words, any worry", akari.WorkMeaning, "最近眠れないし動悸もして、仕事の意味も分からない", nil, []string{"受診"}, nil},
		{"health by fact", akari.HungUpCall, "電話を切られてから仕事に行くのがしんどい", known("health", "動悸"), []string{"産業医"}, nil},
		{"paid leave refused", akari.Salary, "有給を申請したら、忙しいからダメだと断られました", nil, []string{"一般的には", "有給"}, nil},
		{"unpaid overtime", akari.Salary, "毎日サービス残業で、残業代が出ていません", nil, []string{"労働基準監督署"}, nil},
		{"power harassment", akari.WorkplaceRelationships, "上司に毎日怒鳴られて、パワハラだと思う", nil, []string{"相談窓口"}, nil},
		{"sexual harassment", akari.WorkplaceRelationships, "取引先の人にセクハラされています", nil, []string{"触", "相談窓口"}, nil},
		{"manager by fact", akari.WorkplaceRelationships, "最近チームの一人が元気がなくて心配です", known("status", "manager"), []string{"1on1"}, []string{"退職"}},
		{"manager by words", akari.WorkplaceRelationships, "部下の様子がおかしくて、どう声をかけたらいいか", nil, []string{"1on1"}, nil},
		{"student by fact", akari.CareerChange, "自分に向いている仕事が分からないです", known("status", "student"), []string{"キャリアセンター"}, []string{"転職"}},
		{"student by words", akari.CareerChange, "就活で何をしたらいいか分からない大学3年です", nil, []string{"キャリアセンター"}, nil},
		{"after quitting, resignation", akari.Resignation, "先月会社を辞めました。これからどうしよう", known("status", "quit"), []string{"離職票", "ハローワーク"}, []string{"退職を希望", "引き止め", "派遣元"}},
		{"after quitting, words", akari.Resignation, "離職票ってどうすればもらえますか", nil, []string{"離職票"}, nil},
		{"a contract that may be cut, not quitting", akari.Resignation, "派遣で働きよるばってん、契約がいつ切らるっか毎回ヒヤヒヤしよる", nil, []string{"30日前"}, []string{"退職を希望", "辞めたい"}},
		{"after quitting, career change", akari.CareerChange, "前の仕事を辞めて、次を探しています", known("status", "quit"), []string{"ハローワーク"}, nil},
		{"a teacher's club duties, read as any worry", akari.ParentingBalance, "小学校の教員をしています。部活動の顧問で休日も出勤です", nil, []string{"顧問", "校長"}, []string{"保育園"}},
		{"an injury at work, with no worry yet", akari.Other, "工場でフォークリフトの作業中に足を骨折しました", nil, []string{"仕事中のけが", "労災"}, nil},
		{"breaks cut short, read as any worry", akari.ParentingBalance, "8時間働いてるのに休憩が15分しかありません", nil, []string{"1時間以上"}, []string{"保育園"}},
		{"the office again, in a worry about changing jobs", akari.CareerChange, "フルリモートだったのに来月から全員出社って言われた。転職も考えてる", nil, []string{"雇用契約"}, nil},
		{"the office again, not envy", akari.RemoteWorkEnvy, "来月から会社がテレワーク廃止で全員出社になるらしい", nil, []string{"雇用契約"}, []string{"我慢の出社", "冷たさ"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := &akari.State{Known: tt.known}
			a := advise(t, o, tt.text, tt.cat, st)
			all := strings.Join(a.Texts, "\n")
			for _, w := range tt.want {
				if !strings.Contains(all, w) {
					t.Errorf("reply lacks %q", w)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(all, w) {
					t.Errorf("reply has %q", w)
				}
			}
			// The facet holds on a short follow-up that names nothing.
			said(st, tt.text, tt.cat, a)
			first := ask(t, o, "どうしたらいい？", akari.Other, st, akari.AskWhatFirst, false)
			for _, w := range tt.not {
				if strings.Contains(first.Texts[0], w) {
					t.Errorf("what-first reply has %q: %s", w, first.Texts[0])
				}
			}
			if t.Failed() {
				t.Logf("reply:\n%s\n-----\n%s", all, first.Texts[0])
			}
		})
	}
}

// factQuestions recognise a question asking for a fact, the way the
// conversation evals do.
var factQuestions = map[string]*regexp.Regexp{
	"employment":   regexp.MustCompile(`雇用形態|(正社員|派遣|契約社員|パート).{0,12}(ですか|でしょうか|近いですか)`),
	"job":          regexp.MustCompile(`(どんな|何の|なんの|どういった)(お)?仕事(を|は|で)|(職種|お仕事の内容)(は|を)`),
	"remote_days":  regexp.MustCompile(`(週に?|何日).{0,10}(在宅|リモート|出社)|(在宅|リモート|出社).{0,10}(何日|週に)`),
	"children":     regexp.MustCompile(`お子さん.{0,12}(何歳|おいくつ|何人|いらっしゃ|年齢)`),
	"years_away":   regexp.MustCompile(`(ブランク|離れて|休んで).{0,12}(どれくらい|何年|どのくらい)`),
	"trouble_with": regexp.MustCompile(`(誰|どなた|どの方|相手)(と|が|は|との).{0,12}(ですか|でしょうか|か？)`),
	"tenure":       regexp.MustCompile(`(何年|どれくらい|どのくらい).{0,10}(勤め|働い|在籍)`),
	"health":       regexp.MustCompile(`眠れて|体調や睡眠|体のほうに影響`),
	"since":        regexp.MustCompile(`いつ(ごろ|頃)?から`),
	"told":         regexp.MustCompile(`(伝え|相談し)(ましたか|たことは)`),
}

func questionSentences(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		for _, s := range strings.SplitAfter(line, "？") {
			if strings.HasSuffix(s, "？") {
				out = append(out, s)
			}
		}
	}
	return out
}

// With everything known, no reply in any worry asks for a fact again —
// neither a question that declares it (asks:) nor one that reads like it.
func TestNeverAsksAKnownFact(t *testing.T) {
	lib := library(t)
	o := advice.NewOffline(advice.Fixed(lib))
	for _, status := range []string{"on_leave", "quit", "student", "manager"} {
		all := known("employment", "派遣", "job", "事務", "status", status, "tenure", "2y",
			"remote_days", "2", "children", "2(小3,年中)", "years_away", "3y", "trouble_with", "上司",
			"health", "眠れない", "area", "大阪府", "age", "30s", "wishes", "在宅勤務",
			"since", "3年くらい", "told", "上司")
		for _, cat := range akari.Categories() {
			t.Run(status+"/"+string(cat), func(t *testing.T) {
				st := &akari.State{Known: all}
				texts := []string{messages[cat], "もっと詳しく", "どうしたらいい？", "どう伝えればいい？", messages[cat], "もっと", "つらい"}
				asks := []akari.Ask{akari.AskNone, akari.AskMore, akari.AskWhatFirst, akari.AskHowTo, akari.AskNone, akari.AskMore, akari.AskNone}
				for i, text := range texts {
					a := ask(t, o, text, cat, st, asks[i], i == len(texts)-1)
					reply := strings.Join(a.Texts, "\n")
					for _, q := range questionSentences(reply) {
						for key, re := range factQuestions {
							if re.MatchString(q) {
								t.Errorf("turn %d asks again for %s: %s", i, key, q)
							}
						}
						for _, declared := range declaredQuestions(lib, cat) {
							if len(declared.Asks) > 0 && strings.Contains(q, declared.Text) {
								t.Errorf("turn %d asks %v: %s", i, declared.Asks, q)
							}
						}
					}
					said(st, text, cat, a)
				}
			})
		}
	}
}

func declaredQuestions(lib *playbook.Library, cat akari.Category) []playbook.Question {
	qs := append([]playbook.Question(nil), lib.Playbook(cat).Questions...)
	for _, f := range facetsOf(lib, cat) {
		qs = append(qs, f.Questions...)
	}
	return append(append(qs, lib.Listening().GentleQuestions...), lib.Listening().CheckIn...)
}

// sentences splits like the conversation evals: lines, then 「。」.
func sentences(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		for _, s := range strings.SplitAfter(line, "。") {
			if s = strings.TrimSpace(s); utf8.RuneCountInString(s) >= 16 {
				out = append(out, s)
			}
		}
	}
	return out
}

// Across a long run of follow-ups — and the same message sent again — no
// sentence of the previous two replies comes back verbatim.
func TestNoSentenceRepeatsAcrossFollowUps(t *testing.T) {
	o := advice.NewOffline(advice.Fixed(library(t)))
	type step struct {
		text       string
		ask        akari.Ask
		distressed bool
	}
	for _, cat := range akari.Categories() {
		if cat == akari.Other {
			continue
		}
		t.Run(string(cat), func(t *testing.T) {
			run := []step{
				{messages[cat], akari.AskNone, false},
				{"もっと詳しく", akari.AskMore, false},
				{"どうしたらいい？", akari.AskWhatFirst, false},
				{"それってどう伝えればいい？", akari.AskHowTo, false},
				{"どうしたらいい？", akari.AskWhatFirst, false},
				{messages[cat], akari.AskNone, false},
				{messages[cat], akari.AskNone, false},
				{"もっと詳しく", akari.AskMore, false},
				{"つらい", akari.AskNone, true},
				{"つらい", akari.AskNone, true},
				{"もっと詳しく", akari.AskMore, false},
				{"それってどう伝えればいい？", akari.AskHowTo, false},
				{"ありがとう", akari.AskThanks, false},
			}
			st := &akari.State{}
			var prev []string
			for i, s := range run {
				a := ask(t, o, s.text, cat, st, s.ask, s.distressed)
				reply := strings.Join(a.Texts, "\n")
				for _, sen := range sentences(reply) {
					for _, p := range prev {
						if strings.Contains(p, sen) {
							t.Errorf("turn %d (%s) repeats 「%s」", i, s.text, sen)
						}
					}
				}
				prev = append(prev, reply)
				if len(prev) > 2 {
					prev = prev[1:]
				}
				said(st, s.text, cat, a)
			}
		})
	}
}

func TestTheSameMessageAgainIsMetWhereItIs(t *testing.T) {
	lib := library(t)
	o := advice.NewOffline(advice.Fixed(lib))
	st := &akari.State{}
	text := messages[akari.Resignation]
	first := advise(t, o, text, akari.Resignation, st)
	said(st, text, akari.Resignation, first)
	again := advise(t, o, text, akari.Resignation, st)
	all := strings.Join(again.Texts, "\n")
	if !containsAnyOf(all, lib.Listening().Repeated) {
		t.Errorf("the repeat is not acknowledged:\n%s", all)
	}
	for _, s := range steps(again) {
		if contains(steps(first), s) {
			t.Errorf("step %q again", s)
		}
	}
}

func BenchmarkOfflineFollowUps(b *testing.B) {
	o := advice.NewOffline(advice.Fixed(library(b)))
	st := &akari.State{UserID: "U1", TurnCount: 6, Category: akari.Salary,
		Known: known("employment", "正社員", "health", "眠れない", "tenure", "3y")}
	for range 8 {
		st.AddTurn(akari.Turn{Role: akari.RoleUser, Text: "有給を申請したら断られました"})
		st.AddTurn(akari.AkariTurn("今日からできそうなことを、いくつか挙げてみますね。\n①有給の残り日数を確認しましょう。", akari.Salary, time.Time{}))
	}
	asks := []akari.Ask{akari.AskNone, akari.AskWhatFirst, akari.AskHowTo, akari.AskMore, akari.AskThanks}
	ctx := context.Background()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		req := akari.AdviceRequest{Text: "有給を断られて、どうしたらいいか", Classification: akari.Classification{Category: akari.Salary},
			State: st, Ask: asks[i%len(asks)], Distressed: i%7 == 0}
		if _, err := o.Advise(ctx, req); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// TestKnowledgeNamedFirstOrWithoutAWorry: a first message asking what a
// note for every worry knows gets that note, after a word for the worry,
// even as a どうしたら; so does a question with no worry on the table.
func TestKnowledgeNamedFirstOrWithoutAWorry(t *testing.T) {
	o := advice.NewOffline(advice.Fixed(library(t)))
	tests := []struct {
		name string
		cat  akari.Category
		text string
		ask  akari.Ask
		want string
	}{
		{"a first どうしたら", akari.Salary, "残業代が出ません。会社は「みなしで払ってる」って言うけど契約書に書いてない。これってどうしたらいいですか？", akari.AskWhatFirst, "固定残業代"},
		{"no worry yet, casual", akari.Other, "36協定ってなに", "", "36（サブロク）協定"},
		{"a verb and の", akari.CareerChange, "職務経歴書って書いたことないんだけど、何書くの", "", "職務経歴書"},
		{"is it normal, about what a note knows", akari.Salary, "こういう仮眠時間って給料出ないのが普通なの？", akari.AskMore, "手待ち時間"},
		{"reprisal for a report", akari.WorkplaceRelationships, "パワハラを人事に相談したら、評価が下がったりしませんか？", "", "不利な扱い"},
		{"refusing the office", akari.RemoteWorkEnvy, "出社しろって言われたら拒否できないの？", "", "雇用契約"},
		{"hearsay to confirm is a question", akari.CareerChange, "派遣の3年ルールってのがあるって聞いた", "", "雇用安定措置"},
		{"a manager's night hours, どうなん", akari.Salary, "店長は管理監督者に当たったとしても深夜の分ってどうなん", "", "25%"},
		{"a glass broken, its cost taken from pay", akari.Salary, "グラス割ったら給料から天引きされてたんだけど、これってありなん？", "", "天引き"},
		{"waiting for the nurse call is work", akari.Salary, "ナースコール待ちしてる時間って、休憩やなくて仕事扱いになるん?", "", "労働時間"},
		{"hearsay in Tohoku speech is a question", akari.Salary, "給料が減った分、国から何か出るって聞いだけんど", "", "高年齢雇用継続給付"},
		{"wanting to find out is a question", akari.Salary, "夜勤の深夜手当ってちゃんともらえとるか確認したいっちゃけど", "", "25%以上"},
		{"where teachers go next", akari.CareerChange, "教師から転職する人ってどんな仕事をしてるの？", "", "研修"},
		{"a question before a comma and what prompted it", akari.Other, "年末調整ってなにすればいいの、会社から紙もらった", "", "年末調整"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			adv := ask(t, o, tt.text, tt.cat, &akari.State{}, tt.ask, false)
			if got := strings.Join(adv.Texts, "\n"); !strings.Contains(got, tt.want) {
				t.Errorf("reply to %q does not hold %q: %s", tt.text, tt.want, got)
			}
		})
	}
}

// TestKnowledgeInSmallTalkOpensWithTheNote: a first question answered with
// a note for every worry, with no worry on the table, opens with the note:
// small talk's openings are greetings.
func TestKnowledgeInSmallTalkOpensWithTheNote(t *testing.T) {
	o := advice.NewOffline(advice.Fixed(library(t)))
	adv := ask(t, o, "36協定ってなに", akari.Other, &akari.State{}, "", false)
	got := strings.Join(adv.Texts, "\n")
	if !strings.HasPrefix(got, "36（サブロク）協定") {
		t.Errorf("reply does not open with the note: %s", got)
	}
}

// TestAFacetElsewhereMeetsTheSituation: a contract not renewed, read by
// the classifier as changing jobs, is met as the contract worry meets it
// (general set 181, round 48) — by a word of its own only: a call cut
// off (切られた) is no contract.
func TestAFacetElsewhereMeetsTheSituation(t *testing.T) {
	o := advice.NewOffline(advice.Fixed(library(t)))
	adv := ask(t, o, "契約社員で1年更新、今の会社で4年半になる。56歳。更新のたびに次はないかもってビクビクしてる", akari.CareerChange, &akari.State{}, "", false)
	got := strings.Join(adv.Texts, "\n")
	if !strings.Contains(got, "契約の打ち切り") || strings.Contains(got, "求人") {
		t.Errorf("a contract feared for, read as changing jobs: %s", got)
	}
	if adv.Category != akari.Resignation {
		t.Errorf("the worry answered: got %q, want %q (the contract's playbook)", adv.Category, akari.Resignation)
	}
	adv = ask(t, o, "お客さんに電話を途中で切られた。私の話し方が悪かったのかな", akari.HungUpCall, &akari.State{}, "", false)
	if got := strings.Join(adv.Texts, "\n"); strings.Contains(got, "契約の打ち切り") {
		t.Errorf("a call cut off met as a contract: %s", got)
	}
	if adv.Category != "" {
		t.Errorf("the worry answered: got %q, want none other than the one asked", adv.Category)
	}
}
