package advice_test

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/akari-career/akari/internal/advice"
	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/playbook"
	"github.com/akari-career/akari/prompts"
)

func library(t testing.TB) *playbook.Library {
	t.Helper()
	lib, err := playbook.Load(prompts.FS())
	if err != nil {
		t.Fatalf("load prompts: %v", err)
	}
	return lib
}

func advise(t testing.TB, o *advice.Offline, text string, cat akari.Category, st *akari.State) akari.Advice {
	t.Helper()
	a, err := o.Advise(context.Background(), akari.AdviceRequest{
		Text:           text,
		Classification: akari.Classification{Category: cat, Confidence: 0.9},
		State:          st,
	})
	if err != nil {
		t.Fatalf("Advise(%q): %v", text, err)
	}
	return a
}

// messages are realistic first messages for each worry.
var messages = map[akari.Category]string{
	akari.RemoteWorkEnvy:         "週2で在宅勤務してたら、現場の人に冷たくされるようになりました。上司は自分で決めていいと言うけど、出社したほうがいいのかな…",
	akari.Resignation:            "携帯のコールセンターで派遣で働いています。研修が終わってOJT中ですが、もう辞めたいです。眠れないし、派遣元には引き止められました。",
	akari.HungUpCall:             "お客さんからのクレームを営業担当に報告したら、無言で電話をガチャっと切られました。正直に報告するのは悪いことですか？",
	akari.WorkMeaning:            "自分はただ製品を作っているだけで、誰の役にも立っていない気がします。人のためになる仕事がしたい。",
	akari.ParentingBalance:       "子どもが保育園に通っていて、在宅で働きながらいつかは正社員に戻りたいです。",
	akari.WorkplaceRelationships: "上司に毎日のように人前で怒鳴られて、職場で孤立しています。",
	akari.CareerChange:           "未経験から事務職に転職したいけど、自分に何が向いているか分からないです。",
	akari.Salary:                 "毎月残業しているのに残業代が出ていない気がします。手取りも少なくて生活が苦しいです。",
	akari.Other:                  "こんにちは！あかりちゃんって何者ですか？",
}

var stepLine = regexp.MustCompile(`(?m)^[①②③]`)

// steps returns the numbered steps of a guidance reply, without numbers.
func steps(a akari.Advice) []string {
	var out []string
	for _, text := range a.Texts {
		for _, line := range strings.Split(text, "\n") {
			if stepLine.MatchString(line) {
				_, rest, _ := strings.Cut(line, string([]rune(line)[0]))
				out = append(out, rest)
			}
		}
	}
	return out
}

func TestAdviseEveryCategory(t *testing.T) {
	lib := library(t)
	o := advice.NewOffline(advice.Fixed(lib))
	for _, cat := range akari.Categories() {
		t.Run(string(cat), func(t *testing.T) {
			a := advise(t, o, messages[cat], cat, &akari.State{UserID: "U1"})
			t.Logf("reply:\n%s", strings.Join(a.Texts, "\n-----\n"))
			if a.Source != "offline" {
				t.Errorf("Source = %q, want offline", a.Source)
			}
			if len(a.Texts) < 1 || len(a.Texts) > 2 {
				t.Fatalf("%d texts, want 1 or 2", len(a.Texts))
			}
			for i, text := range a.Texts {
				if n := utf8.RuneCountInString(text); n > advice.MaxRunes || n == 0 {
					t.Errorf("text %d has %d characters, want 1..%d", i, n, advice.MaxRunes)
				}
				if strings.Contains(text, "#") || strings.Contains(text, "**") || strings.Contains(text, "|") {
					t.Errorf("text %d has Markdown: %q", i, text)
				}
			}
			last := a.Texts[len(a.Texts)-1]
			if !strings.HasSuffix(strings.TrimSpace(last), "？") && !strings.Contains(last, "？") {
				t.Errorf("no question back in %q", last)
			}
			pb := lib.Playbook(cat)
			if !startsWithEmpathy(a.Texts[0], pb, lib.Listening()) {
				t.Errorf("reply does not open with an empathy line: %q", a.Texts[0])
			}
			if cat == akari.Other {
				if len(a.Texts) != 1 || len(steps(a)) != 0 {
					t.Errorf("small talk should be one short text without steps: %q", a.Texts)
				}
				return
			}
			got := steps(a)
			if len(got) < 2 {
				t.Errorf("%d steps, want at least 2", len(got))
			}
			var texts []string
			for _, s := range pb.Steps {
				texts = append(texts, s.Text)
			}
			for _, f := range pb.Facets {
				for _, s := range f.Steps {
					texts = append(texts, s.Text)
				}
			}
			for _, f := range lib.Listening().Facets {
				for _, s := range f.Steps {
					texts = append(texts, s.Text)
				}
			}
			for _, s := range got {
				if !contains(texts, s) {
					t.Errorf("step %q is not from the playbook", s)
				}
			}
			insights := append([]string(nil), pb.Insights...)
			for _, f := range append(append([]playbook.Facet(nil), pb.Facets...), lib.Listening().Facets...) {
				insights = append(insights, f.Insights...)
			}
			if !containsAnyOf(a.Texts[0], insights) {
				t.Errorf("no key insight in %q", a.Texts[0])
			}
		})
	}
}

func TestAdvisePicksUpTheirWords(t *testing.T) {
	o := advice.NewOffline(advice.Fixed(library(t)))
	tests := []struct {
		name string
		cat  akari.Category
		text string
		want []string
	}{
		{"派遣 and OJT", akari.Resignation, "派遣でコールセンターにいて、OJT中だけど辞めたい", []string{"派遣元", "OJT"}},
		{"full-width OJT", akari.Resignation, "ＯＪＴの先輩がこわくて辞めたいです", []string{"OJT"}},
		{"保育園", akari.ParentingBalance, "保育園のお迎えがあって、フルタイムは無理かも", []string{"保育園"}},
		{"上司 in the middle", akari.RemoteWorkEnvy, "在宅してると周りがそっけない。上司はいいよって言うけど", []string{"上司"}},
		{"クレーム", akari.HungUpCall, "クレームを報告したら怒られた", []string{"クレーム"}},
		{"negated word is not picked up", akari.Resignation, "正社員じゃなくて派遣なんですけど、すぐ辞められますか", []string{"派遣元"}},
		{"固定残業", akari.Salary, "固定残業代って何時間分なんだろう", []string{"固定残業代"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := advise(t, o, tt.text, tt.cat, &akari.State{})
			all := strings.Join(a.Texts, "\n")
			if strings.Contains(tt.text, "正社員じゃなくて") && strings.Contains(all, "正社員なら") {
				t.Errorf("reply answers the negated word:\n%s", all)
			}
			for _, w := range tt.want {
				if !strings.Contains(all, w) {
					t.Errorf("reply does not pick up %q:\n%s", w, all)
				}
			}
		})
	}
}

func TestAdviseVariesAcrossTurns(t *testing.T) {
	o := advice.NewOffline(advice.Fixed(library(t)))
	const text = "どうしたらいいか分からなくて"

	t.Run("Guided 0 and 1 give different steps", func(t *testing.T) {
		for _, cat := range akari.Categories() {
			if cat == akari.Other {
				continue
			}
			first := steps(advise(t, o, text, cat, &akari.State{}))
			second := steps(advise(t, o, text, cat, &akari.State{Guided: map[akari.Category]int{cat: 1}}))
			for _, s := range second {
				if contains(first, s) {
					t.Errorf("%s: step %q repeated on the second turn", cat, s)
				}
			}
		}
	})

	t.Run("a conversation never repeats a step", func(t *testing.T) {
		// Even when the person keeps using the same words, Akari reads
		// what she already said from the turns and moves on.
		for _, cat := range akari.Categories() {
			if cat == akari.Other {
				continue
			}
			st := &akari.State{UserID: "U1", Guided: map[akari.Category]int{}}
			seen := map[string]int{}
			for turn := range 3 {
				a := advise(t, o, messages[cat], cat, st)
				for _, s := range steps(a) {
					if prev, ok := seen[s]; ok {
						t.Errorf("%s: step %q of turn %d repeated in turn %d", cat, s, prev, turn)
					}
					seen[s] = turn
				}
				st.AddTurn(akari.Turn{Role: akari.RoleUser, Text: messages[cat], Category: cat})
				st.AddTurn(akari.Turn{Role: akari.RoleAkari, Text: strings.Join(a.Texts, "\n"), Category: cat})
				st.Guided[cat]++
			}
		}
	})

	t.Run("the empathy line changes too", func(t *testing.T) {
		st := &akari.State{Guided: map[akari.Category]int{}}
		a1 := advise(t, o, messages[akari.Resignation], akari.Resignation, st)
		st.AddTurn(akari.Turn{Role: akari.RoleAkari, Text: strings.Join(a1.Texts, "\n")})
		st.Guided[akari.Resignation]++
		a2 := advise(t, o, messages[akari.Resignation], akari.Resignation, st)
		if firstLine(a1.Texts[0]) == firstLine(a2.Texts[0]) {
			t.Errorf("same opening twice: %q", firstLine(a1.Texts[0]))
		}
	})
}

func TestAdviseIsDeterministic(t *testing.T) {
	o := advice.NewOffline(advice.Fixed(library(t)))
	for _, cat := range akari.Categories() {
		st := func() *akari.State {
			return &akari.State{UserID: "U9", TurnCount: 4, Guided: map[akari.Category]int{cat: 2}}
		}
		a := advise(t, o, messages[cat], cat, st())
		b := advise(t, o, messages[cat], cat, st())
		if diff := cmp.Diff(a, b); diff != "" {
			t.Errorf("%s: a retried event got another reply (-first +second):\n%s", cat, diff)
		}
	}
}

func TestAdviseCrisis(t *testing.T) {
	lib := library(t)
	o := advice.NewOffline(advice.Fixed(lib))
	req := akari.AdviceRequest{
		Text:           "もう消えたい。仕事も辞めたい",
		Classification: akari.Classification{Category: akari.Resignation, Crisis: true},
		State:          &akari.State{Profile: akari.Profile{DisplayName: "さくら"}},
	}
	a, err := o.Advise(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := lib.Message("crisis", playbook.MessageData{Name: "さくら"})
	if diff := cmp.Diff([]string{want}, a.Texts); diff != "" {
		t.Errorf("crisis reply (-want +got):\n%s", diff)
	}
	if len(steps(a)) > 0 || strings.Contains(a.Texts[0], "求人") {
		t.Errorf("crisis reply carries guidance or jobs: %q", a.Texts)
	}

	req.State.Care = &akari.Care{Level: akari.RiskHigh}
	a, err = o.Advise(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	want, _ = lib.Message("crisis_followup", playbook.MessageData{Name: "さくら"})
	if diff := cmp.Diff([]string{want}, a.Texts); diff != "" {
		t.Errorf("later crisis reply (-want +got):\n%s", diff)
	}
}

func TestAdviseEdges(t *testing.T) {
	lib := library(t)
	o := advice.NewOffline(advice.Fixed(lib))

	t.Run("unknown category is answered as small talk", func(t *testing.T) {
		a := advise(t, o, "ねえねえ", "", nil)
		if len(a.Texts) != 1 || !startsWithEmpathy(a.Texts[0], lib.Playbook(akari.Other), nil) {
			t.Errorf("reply %q", a.Texts)
		}
	})
	t.Run("thanks", func(t *testing.T) {
		a := advise(t, o, "ありがとうございました！", akari.Other, &akari.State{})
		if !strings.HasPrefix(a.Texts[0], "こちらこそ") {
			t.Errorf("reply to thanks = %q", a.Texts[0])
		}
	})
	t.Run("cancelled context", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		_, err := o.Advise(ctx, akari.AdviceRequest{Text: "x"})
		if !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v, want context.Canceled", err)
		}
	})
	t.Run("no library", func(t *testing.T) {
		_, err := advice.NewOffline(advice.Fixed(nil)).Advise(context.Background(), akari.AdviceRequest{Text: "x"})
		if !errors.Is(err, akari.ErrUnavailable) {
			t.Errorf("err = %v, want ErrUnavailable", err)
		}
	})
	t.Run("reloaded library is used", func(t *testing.T) {
		current := lib
		o := advice.NewOffline(func() *playbook.Library { return current })
		before := advise(t, o, "こんにちは", akari.Other, nil)
		current = maxLibrary(t)
		after := advise(t, o, "こんにちは", akari.Other, nil)
		if cmp.Equal(before, after) {
			t.Error("the advisor kept the old library")
		}
	})
}

// TestAdviseStaysWithinLimits fills a playbook with lines at every length
// limit and checks that replies still fit in 600 characters.
func TestAdviseStaysWithinLimits(t *testing.T) {
	o := advice.NewOffline(advice.Fixed(maxLibrary(t)))
	for guided := range 5 {
		text := "派遣 OJT 上司 残業 在宅 " + fmt.Sprint(guided)
		a := advise(t, o, text, akari.Salary, &akari.State{Guided: map[akari.Category]int{akari.Salary: guided}})
		for i, s := range a.Texts {
			if n := utf8.RuneCountInString(s); n > advice.MaxRunes {
				t.Errorf("turn %d text %d: %d characters, limit %d", guided, i, n, advice.MaxRunes)
			}
		}
		if n := len(steps(a)); n < 2 {
			t.Errorf("turn %d: %d steps, want at least 2", guided, n)
		}
	}
}

// maxLibrary is the shipped prompts with salary.yaml replaced by a playbook
// whose every line is as long as Lint allows.
func maxLibrary(t testing.TB) *playbook.Library {
	t.Helper()
	m := fstest.MapFS{}
	src := os.DirFS("../../prompts")
	err := fs.WalkDir(src, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(src, p)
		m[p] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	line := func(r rune, n int) string { return strings.Repeat(string(r), n) }
	var b strings.Builder
	fmt.Fprintf(&b, "understand: %s\ninsights:\n", line('理', playbook.MaxUnderstandRunes))
	for i := range playbook.MinInsights {
		fmt.Fprintf(&b, "  - %s%d\n", line('見', playbook.MaxInsightRunes-1), i)
	}
	b.WriteString("empathy:\n")
	for i := range playbook.MinEmpathy {
		fmt.Fprintf(&b, "  - %s%d\n", line('共', playbook.MaxEmpathyRunes-1), i)
	}
	fmt.Fprintf(&b, "  - text: %s\n    keywords: [派遣, OJT]\n", line('感', playbook.MaxEmpathyRunes))
	b.WriteString("steps:\n")
	for i := range playbook.MinSteps + 2 {
		fmt.Fprintf(&b, "  - %s%d\n", line('歩', playbook.MaxStepRunes-1), i)
	}
	b.WriteString("questions:\n")
	for i := range playbook.MinQuestions {
		fmt.Fprintf(&b, "  - %s%d\n", line('問', playbook.MaxQuestionRunes-1), i)
	}
	b.WriteString("keywords:\n")
	for _, term := range []string{"派遣", "OJT", "上司", "残業", "在宅"} {
		fmt.Fprintf(&b, "  - terms: [%s]\n    line: %s\n", term, line('語', playbook.MaxKeywordRunes-len([]rune(term)))+term)
	}
	b.WriteString("jobs: [事務]\n")
	fmt.Fprintf(&b, "first:\n  - text: %s\n    why: %s\n", line('先', playbook.MaxFirstRunes), line('由', playbook.MaxWhyRunes))
	b.WriteString("how_to:\n")
	for i := range playbook.MinHowTo {
		fmt.Fprintf(&b, "  - %s%d\n", line('伝', playbook.MaxNoteRunes-1), i)
	}
	b.WriteString("closing:\n")
	for i := range playbook.MinClosing {
		fmt.Fprintf(&b, "  - %s%d\n", line('結', playbook.MaxClosingRunes-1), i)
	}
	m["playbooks/salary.yaml"] = &fstest.MapFile{Data: []byte(b.String())}
	m["playbooks/other.yaml"] = &fstest.MapFile{Data: []byte("understand: 雑談\nempathy:\n  - やあ\nquestions:\n  - 悩みは？\n")}
	lib, err := playbook.Load(m)
	if err != nil {
		t.Fatalf("load max-length prompts: %v", err)
	}
	return lib
}

func startsWithEmpathy(text string, pb *playbook.Playbook, lis *playbook.Listening) bool {
	lines := append([]playbook.Line(nil), pb.Empathy...)
	for _, f := range pb.Facets {
		lines = append(lines, f.Empathy...)
	}
	if lis != nil {
		for _, f := range lis.Facets {
			lines = append(lines, f.Empathy...)
		}
	}
	for _, l := range lines {
		if strings.HasPrefix(text, l.Text) {
			return true
		}
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func containsAnyOf(text string, list []string) bool {
	for _, x := range list {
		if strings.Contains(text, x) {
			return true
		}
	}
	return false
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// BenchmarkOfflineAdviseTwentyTurns advises inside a real conversation of
// 20 turns, read as the offline path reads it: Akari's turns carry their
// fingerprints, not her words (../akari/testdata, the state before issue
// #16 stored lean).
func BenchmarkOfflineAdviseTwentyTurns(b *testing.B) {
	raw, err := os.ReadFile("../akari/testdata/state-before-lean.json")
	if err != nil {
		b.Fatal(err)
	}
	old, err := akari.DecodeState("U1", raw)
	if err != nil {
		b.Fatal(err)
	}
	stored, err := akari.EncodeState(old)
	if err != nil {
		b.Fatal(err)
	}
	st, err := akari.DecodeState("U1", stored.State)
	if err != nil {
		b.Fatal(err)
	}
	st.Care = nil
	o := advice.NewOffline(advice.Fixed(library(b)))
	msgs := []string{"朝起きると体が重くて", "会社を辞めたい", "有給ってどうやって申請すればいい？", "もっと詳しく教えて", "どうしたらいい？"}
	ctx := context.Background()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		req := akari.AdviceRequest{Text: msgs[i%len(msgs)], Classification: akari.Classification{Category: akari.Resignation}, State: st}
		if _, err := o.Advise(ctx, req); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

func BenchmarkOfflineAdvise(b *testing.B) {
	o := advice.NewOffline(advice.Fixed(library(b)))
	st := &akari.State{UserID: "U1", TurnCount: 3, Guided: map[akari.Category]int{akari.Resignation: 1}}
	for range 6 {
		st.AddTurn(akari.Turn{Role: akari.RoleUser, Text: messages[akari.Resignation]})
		st.AddTurn(akari.AkariTurn("今日からできそうなことを、いくつか挙げてみますね。", akari.Resignation, time.Time{}))
	}
	req := akari.AdviceRequest{
		Text:           messages[akari.Resignation],
		Classification: akari.Classification{Category: akari.Resignation},
		State:          st,
	}
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := o.Advise(ctx, req); err != nil {
			b.Fatal(err)
		}
	}
}

// TestSmallTalkAsksAboutAFeeling: a feeling told with no worry named yet
// is met and asked about — the line's own question — not answered with
// the invitation to pick a topic; a greeting still gets the invitation.
func TestSmallTalkAsksAboutAFeeling(t *testing.T) {
	lib := library(t)
	o := advice.NewOffline(advice.Fixed(lib))
	var invitations []string
	for _, q := range lib.Playbook(akari.Other).Questions {
		invitations = append(invitations, q.Text)
	}
	tests := []struct {
		text, want string
		invited    bool
	}{
		{"今日は落ち込んでる", "何があったのか", false},
		{"また ミスした", "いまいちばん気がかりなのは", false},
		{"てんちょう に また どなられた", "どんな場面だったのか", false},
		{"こんばんは", "こんばんは", true},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			all := strings.Join(advise(t, o, tt.text, akari.Other, &akari.State{}).Texts, "\n")
			if !strings.Contains(all, tt.want) {
				t.Errorf("reply lacks %q:\n%s", tt.want, all)
			}
			invited := false
			for _, q := range invitations {
				invited = invited || strings.Contains(all, q)
			}
			if invited != tt.invited {
				t.Errorf("invited to name a worry: %v, want %v:\n%s", invited, tt.invited, all)
			}
		})
	}
}
