package conversation_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"

	"github.com/akari-career/akari/internal/advice"
	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/conversation"
	"github.com/akari-career/akari/internal/jobs"
	"github.com/akari-career/akari/internal/leads"
	"github.com/akari-career/akari/internal/playbook"
	"github.com/akari-career/akari/internal/privacy"
	"github.com/akari-career/akari/internal/worry"
	"github.com/akari-career/akari/prompts"
)

// The engine is tested with the real prompts, classifier, offline advisor
// and sample catalog — all pure — and an in-memory lead book.

var (
	loadOnce sync.Once
	lib      *playbook.Library
	model    *worry.Model
	sample   *jobs.Catalog
	loadErr  error
)

func fixtures(t *testing.T) {
	t.Helper()
	loadOnce.Do(func() {
		if lib, loadErr = playbook.Load(prompts.FS()); loadErr != nil {
			return
		}
		if model, loadErr = worry.Load(prompts.FS()); loadErr != nil {
			return
		}
		sample, loadErr = jobs.Sample()
	})
	if loadErr != nil {
		t.Fatal(loadErr)
	}
}

type script struct{}

func (script) Line(key string, st *akari.State, v conversation.Vars) (string, error) {
	return lib.Message(key, playbook.MessageData{Name: st.Profile.DisplayName, Label: v.Label, Count: v.Count, Wish: v.Wish, Kind: v.Kind, Answers: v.Answers, Jobs: v.Jobs, Known: v.Known, ContactTime: v.ContactTime, Listing: v.Listing, Retention: playbook.Retention(v.Retention)})
}
func (script) QuickReplies(set string) []akari.QuickReply { return lib.QuickReplies(set) }
func (script) Label(c akari.Category) string              { return lib.Label(c) }
func (script) AllHours() []string {
	h := lib.Hotlines()
	return h.AllHours()
}

type classifier struct{}

func (classifier) Classify(_ context.Context, text string, cur akari.Category) (akari.Classification, error) {
	return model.ClassifyInContext(text, cur), nil
}

// CrisisSignal says which reader saw a sign, as the app's classifier does.
func (classifier) CrisisSignal(text string) (string, bool) { return model.CrisisSignal(text) }

func (classifier) RiskProbability(text string) float64 { return model.RiskProbability(text) }

type finder struct{}

func (finder) Find(q conversation.JobQuery) conversation.JobPage {
	var emp []jobs.Employment
	if e, ok := jobs.ParseEmployment(q.Employment); ok {
		emp = []jobs.Employment{e}
	}
	keywords, missing := q.Keywords, false
	if q.Kind != "" {
		keywords, missing = append(slices.Clip(keywords), q.Kind), !sample.Holds(q.Kind)
	}
	m := sample.Search(jobs.Query{Category: q.Category, Prefectures: q.Prefectures, Remote: jobs.Remote(q.Remote),
		Employment: emp, Inexperienced: q.Inexperienced, Keywords: keywords, Limit: q.Limit, Offset: q.Offset, MaxAge: -1,
		MinAnnualPay: max(q.MinAnnualPay, jobs.AnnualFromHourly(q.MinHourlyPay)), ByPay: q.ByPay})
	if len(m) == 0 {
		return conversation.JobPage{KindMissing: missing}
	}
	page := conversation.JobPage{Cards: jobs.Cards(m), Count: len(m), KindMissing: missing}
	for _, w := range q.Wanted {
		if !slices.ContainsFunc(m, func(m jobs.Match) bool { return sample.Says(m.Listing.ID, w) }) {
			page.Unmet = append(page.Unmet, w)
		}
	}
	return page
}

func (finder) Describe(id string) (string, string, bool) {
	l, ok := sample.Get(id)
	return l.Title, l.Company, ok
}

func (finder) Card(id string) (akari.Card, bool) { return sample.Card(id) }

// leadBook performs the lead effects the engine asks for, as the worker
// would: storing a lead is idempotent by id.
type leadBook struct {
	created   []*leads.Lead
	withdrawn []string
	notified  int
}

func (b *leadBook) apply(userID string, fx conversation.Effects) {
	if l := fx.Lead; l != nil && !slices.ContainsFunc(b.created, func(c *leads.Lead) bool { return c.ID == l.ID }) {
		b.created = append(b.created, l)
		b.notified++
	}
	if fx.WithdrawLeads {
		b.withdrawn = append(b.withdrawn, userID)
	}
}

type chat struct {
	t        *testing.T
	e        *conversation.Engine
	st       *akari.State
	book     *leadBook
	n        int
	takeover akari.Takeover
}

func newChat(t *testing.T) *chat {
	fixtures(t)
	e, err := conversation.New(conversation.Deps{
		Classifier: classifier{}, Advisor: advice.NewOffline(advice.Fixed(lib)), Script: script{},
		Masker: privacy.NewMasker(), Jobs: finder{},
		Summarizer: advice.NewOfflineSummarizer(advice.Fixed(lib)), MinConfidence: 0.35,
	})
	if err != nil {
		t.Fatal(err)
	}
	return &chat{t: t, e: e, st: &akari.State{UserID: "Utest", Profile: akari.Profile{DisplayName: "はなこ"}}, book: &leadBook{}}
}

func (c *chat) send(ev akari.Event) conversation.Result {
	c.t.Helper()
	c.n++
	ev.ID = "ev" + strings.Repeat("x", c.n)
	ev.UserID = c.st.UserID
	r, err := c.e.Handle(context.Background(), c.st, ev, conversation.Situation{Takeover: c.takeover})
	if err != nil {
		c.t.Fatalf("Handle(%+v): %v", ev, err)
	}
	c.book.apply(c.st.UserID, r.Effects)
	if r.Effects.HumanNoticeSent {
		c.takeover.Told = true
	}
	// As between two events in the server: the state goes through JSON.
	raw, err := json.Marshal(c.st)
	if err != nil {
		c.t.Fatal(err)
	}
	c.st = &akari.State{}
	if err := json.Unmarshal(raw, c.st); err != nil {
		c.t.Fatal(err)
	}
	return r
}

func (c *chat) say(text string) conversation.Result {
	c.t.Helper()
	return c.send(akari.Event{Kind: akari.EventText, Text: text})
}

func (c *chat) tap(data string) conversation.Result {
	c.t.Helper()
	return c.send(akari.Event{Kind: akari.EventPostback, Data: data})
}

func text(r conversation.Result) string {
	var b strings.Builder
	for _, m := range r.Reply.Messages {
		b.WriteString(m.Text)
	}
	return b.String()
}

// cardsOf returns the job cards a reply shows, in order.
// showCards says msg and returns the cards shown, failing the test when
// fewer than atLeast are.
func (c *chat) showCards(msg string, atLeast int) []akari.Card {
	c.t.Helper()
	r := c.say(msg)
	shown := cardsOf(r)
	if len(shown) < atLeast {
		c.t.Fatalf("%s: want at least %d cards, got %d: %s", msg, atLeast, len(shown), text(r))
	}
	return shown
}

func cardsOf(r conversation.Result) []akari.Card {
	var cards []akari.Card
	for _, m := range r.Reply.Messages {
		cards = append(cards, m.Cards...)
	}
	return cards
}

func hasCards(r conversation.Result) bool {
	for _, m := range r.Reply.Messages {
		if len(m.Cards) > 0 {
			return true
		}
	}
	return false
}

func chipLabels(r conversation.Result) string {
	var ls []string
	for _, q := range r.Reply.QuickReplies {
		ls = append(ls, q.Label)
	}
	return strings.Join(ls, ",")
}

func TestCommands(t *testing.T) {
	c := newChat(t)
	c.say("在宅勤務の日だけ同僚が冷たい")
	if r := c.say("ヘルプ"); !strings.Contains(text(r), "リセット") {
		t.Errorf("ヘルプ: %q, want the commands listed", text(r))
	}
	if r := c.say("リセット"); r.Effects.Erase || c.st.Category != "" || len(c.st.Turns) != 0 {
		t.Errorf("リセット: erase=%v category=%q turns=%d, want a forgotten conversation kept", r.Effects.Erase, c.st.Category, len(c.st.Turns))
	}
	if r := c.say("データ削除"); !r.Effects.Erase || !r.Effects.DeleteLeads || !strings.Contains(text(r), "削除") {
		t.Errorf("データ削除: %+v, want erase of state and leads, and a confirmation", r)
	}
}

func TestCrisisGetsHotlinesNeverJobsNorLeads(t *testing.T) {
	c := newChat(t)
	r := c.say("もう死にたい。仕事も全部終わりにしたい")
	for _, number := range []string{"0570-064-556", "0120-279-338", "0120-061-338", "0120-783-556", "119"} {
		if !strings.Contains(text(r), number) {
			t.Errorf("crisis reply lacks %s:\n%s", number, text(r))
		}
	}
	if hasCards(r) || len(r.Reply.QuickReplies) > 0 || !c.st.InCare() {
		t.Errorf("crisis reply: cards=%v chips=%q care=%v, want no card, no chips, care mode", hasCards(r), chipLabels(r), c.st.InCare())
	}
	if r := c.say("求人を見たいけど、もう死にたい"); hasCards(r) || !strings.Contains(text(r), "0120") {
		t.Errorf("a crisis message asking for jobs got %q (cards=%v), want crisis care only", text(r), hasCards(r))
	}
	r = c.say("担当者と話したい")
	if c.st.Intake != nil || len(c.book.created) != 0 || strings.Contains(text(r), "質問") {
		t.Errorf("after a crisis, 担当者と話したい started an intake: %q", text(r))
	}
	r = c.tap(jobs.InterestData("sample-001"))
	if c.st.Intake != nil || len(c.book.created) != 0 {
		t.Errorf("after a crisis, 興味あり started an intake: %q", text(r))
	}
}

func TestJobsAreNeverPushy(t *testing.T) {
	c := newChat(t)
	r := c.say("在宅勤務を始めたら現場の人に冷たくされるようになりました")
	if hasCards(r) || strings.Contains(chipLabels(r), "求人") || strings.Contains(chipLabels(r), "担当者") {
		t.Errorf("first reply to an emotional worry: cards=%v chips=%s, want guidance only", hasCards(r), chipLabels(r))
	}
	r = c.say("どうしたらいいですか")
	if hasCards(r) || !strings.Contains(chipLabels(r), "求人を見てみる") {
		t.Errorf("second reply: cards=%v chips=%s, want the offer as a chip, not cards", hasCards(r), chipLabels(r))
	}
	r = c.say("求人を見てみたいです")
	if !hasCards(r) {
		t.Fatalf("asked for jobs, got no cards: %q", text(r))
	}
	r = c.say("もっと詳しく教えてください")
	if hasCards(r) || strings.Contains(chipLabels(r), "求人を見てみる") {
		t.Errorf("right after cards: cards=%v chips=%s, want no repeated offer within JobsEvery turns", hasCards(r), chipLabels(r))
	}
}

func TestJobsWhenACareerChangeMessageAsks(t *testing.T) {
	c := newChat(t)
	r := c.say("未経験でも応募できる事務の求人ってありますか？")
	if !hasCards(r) || c.st.Facts["inexperienced"] != "yes" {
		t.Fatalf("career-change request: cards=%v facts=%v, want cards for inexperienced", hasCards(r), c.st.Facts)
	}
	if cards := fmt.Sprint(r.Reply.Messages[1].Cards); !strings.Contains(cards, "未経験") {
		t.Errorf("cards do not mention 未経験: %.300s", cards)
	}
	r = c.say("求人はまだいいです")
	if hasCards(r) {
		t.Errorf("「求人はまだいい」 got cards")
	}
}

// TestCardsNarrowedByAConditionAfterThem: right after the cards, a place
// or a way of working is a condition for the same search, not a new worry.
func TestCardsNarrowedByAConditionAfterThem(t *testing.T) {
	c := newChat(t)
	c.say("夜勤の介護やってて、もう体がもたない")
	if r := c.say("日勤だけの仕事ってあるのかな"); !hasCards(r) {
		t.Fatalf("日勤だけの仕事ってあるのかな: no cards: %s", text(r))
	}
	r := c.say("大阪で、パートでもいい")
	if !hasCards(r) || c.st.Facts["prefecture"] != "大阪府" {
		t.Fatalf("大阪で、パートでもいい: cards=%v facts=%v, want cards in 大阪府: %s", hasCards(r), c.st.Facts, text(r))
	}
	if strings.Contains(text(r), "気になるものがあれば「詳しく見る」で中身を") {
		t.Errorf("the second search repeats the first one's words: %s", text(r))
	}
}

// TestCardsSearchedAgainForPay: right after the cards, one condition asked
// about (年収500万以上のある？) searches again with it, and the pay wished
// for is a floor no card falls under.
func TestCardsSearchedAgainForPay(t *testing.T) {
	fixtures(t)
	listings := sample.Listings()
	for _, tt := range []struct {
		say, wish string
		floor     int // 万円 a year
	}{
		{"年収500万以上のある？", "年収500万以上", 500},
		{"ありがと、時給1200円以上のも出して", "時給1200円以上", jobs.AnnualFromHourly(1200)},
	} {
		c := newChat(t)
		c.say("営業の仕事、ノルマがきつくて転職したい")
		if r := c.say("転職先の求人見せて"); !hasCards(r) || strings.Contains(text(r), "「転職先」") {
			t.Fatalf("転職先の求人見せて: cards %v, want cards and no 「転職先」 as a kind of work: %s", hasCards(r), text(r))
		}
		r := c.say(tt.say)
		if !hasCards(r) || !strings.Contains(text(r), tt.wish) {
			t.Fatalf("%s: cards %v, want cards introduced with %s: %s", tt.say, hasCards(r), tt.wish, text(r))
		}
		for _, m := range r.Reply.Messages {
			for _, card := range m.Cards {
				i := slices.IndexFunc(listings, func(l jobs.Listing) bool { return l.Title == card.Title && l.Company == card.Company })
				if i < 0 {
					t.Fatalf("card %q is no listing of the catalog", card.Title)
				}
				if _, high := listings[i].Pay.AnnualEstimate(); high < tt.floor {
					t.Errorf("%s: card %s pays %s, under the floor of %d万", tt.say, card.Title, card.Pay, tt.floor)
				}
			}
		}
	}
}

// TestCardsSearchedAgainForAConditionOfWork: right after the cards, a
// condition of work wished for searches again; the same word telling the
// day does not.
func TestCardsSearchedAgainForAConditionOfWork(t *testing.T) {
	for _, tt := range []struct {
		say   string
		cards bool
	}{
		{"週休2日のとこがいい〜", true},
		{"夜勤手当つくとこがよか", true},
		{"日勤明けで疲れた", false},
		// Round 29: a condition said in the few words a reply to the
		// cards takes (blind sets 82–84, care 120).
		{"夜勤ないとこ", true},
		{"時短できるやつ", true},
		{"未経験OKのがええな", true},
		{"別府のがいい", true},
		{"フルリモートのは？", true},
		{"研修がちゃんとしてるところがいいです", true},
		{"パソコンを使わないお仕事だけで", true},
		{"固定給高めのん見せて", true},
		{"2番目のがいい", false},
		{"今日は見るだけでいい", false},
		{"やっぱり休むのがいいかな", false},
		{"年収は多少下がってもいいです", false},
		{"ありがと、でも応募はまだいいかな", false},
		{"ここって夜勤もあるとこ？", false},
		// A place or a kind alone (general set 85).
		{"仙台の", true},
		{"札幌は？", true},
		{"名古屋だとどう？", true},
		{"大阪はどうかな", true},
		{"大館のは？", true},
		{"訪問介護のんは？", true},
		{"正社員だけ", true},
		{"事務で", true},
		{"週3日ぐらいのがよろしおす", true},
		{"事務もいいな、見せて", true},
		{"日曜休みのがいい", true},
		{"ホテル系以外でお願いします", true},
		{"電話で", false},
		{"給料は？", false},
		{"給料はどう？", false},
		{"それは？", false},
	} {
		c := newChat(t)
		c.say("警備の仕事を探してる")
		if r := c.say("求人見せて"); !hasCards(r) {
			t.Fatalf("求人見せて: no cards: %s", text(r))
		}
		if r := c.say(tt.say); hasCards(r) != tt.cards {
			t.Errorf("%s right after the cards: cards %v, want %v: %s", tt.say, hasCards(r), tt.cards, text(r))
		}
	}
}

// TestHandoverQuestionsInTheIntake: what reaches the recruiter and
// whether it can be called off are answered, not taken as answers.
func TestHandoverQuestionsInTheIntake(t *testing.T) {
	c := newChat(t)
	c.say("大阪市内で看護師やってます。日勤のみの求人ってありますか？見せてほしいです")
	c.say("人間の担当の方と直接話すことってできますか？")
	if c.st.Intake == nil {
		t.Fatal("no intake after asking for a person")
	}
	r := c.say("その担当の人には、私がここで話した内容ってどこまで伝わるんですか？今の職場の愚痴とかも言っちゃったので")
	if !strings.Contains(text(r), "同意していただいた内容だけ") {
		t.Errorf("what reaches the recruiter: %s", text(r))
	}
	if a := c.st.Intake.Answers; a["area"] != "" {
		t.Errorf("the question was taken as an answer: %v", a)
	}
	r = c.say("あと、申し込んだあとでやっぱりやめたくなったらキャンセルできます？")
	if !strings.Contains(text(r), "応募しなければいけないことはありません") {
		t.Errorf("calling it off: %s", text(r))
	}
}

// TestSearchAgainWithOtherConditions: 「探し直して」 after the cards is the
// search again, with the way of employment the message names last.
func TestSearchAgainWithOtherConditions(t *testing.T) {
	c := newChat(t)
	c.say("大阪で事務の正社員の求人ってありますか？見せてほしいです")
	r := c.say("やっぱり正社員じゃなくてパートでもいいので、週4くらいで探し直してもらえますか？")
	if !searched(r) {
		t.Fatalf("no search again: %s", text(r))
	}
	if got := c.st.Facts["employment"]; got != "パート・アルバイト" {
		t.Errorf("employment %q, want パート・アルバイト", got)
	}
}

// TestCardsNarrowedOrMovedByTheirConditions: after the cards, the ones
// among them with a pay (その中で月給25万以上のは？) and the same
// conditions somewhere else (静岡でも同じような条件で見られますか) are the
// search again.
func TestCardsNarrowedOrMovedByTheirConditions(t *testing.T) {
	c := newChat(t)
	c.say("東京で事務の正社員の求人ってありますか？")
	r := c.say("その中で年収400万以上のは？")
	if !searched(r) {
		t.Fatalf("no search among the cards: %s", text(r))
	}
	if got := c.st.Facts["min_pay"]; got == "" {
		t.Errorf("no pay learnt from その中で年収400万以上のは？ (facts %v)", c.st.Facts)
	}
	r = c.say("実家のある静岡に戻るかもしれなくて。静岡でも同じような条件で見られますか")
	if !searched(r) {
		t.Fatalf("no search elsewhere: %s", text(r))
	}
	if got := c.st.Facts["prefecture"]; !strings.Contains(got, "静岡") {
		t.Errorf("prefecture %q, want 静岡県", got)
	}
}

// TestTerseNarrowingAfterTheCards: a condition asked as whether there is
// one (17時までに終わるのある？, 寮ありのやつもある？), one to keep to
// (土日だけのにして) or an order (家から近い順に並べ直して) searches again;
// a question about how to read listings (求人見るときはどこ見とけばいい？)
// does not.
func TestTerseNarrowingAfterTheCards(t *testing.T) {
	for _, tt := range []struct {
		say    string
		search bool
	}{
		{"17時までに終わるのある？", true},
		{"寮ありのやつもある？", true},
		{"土日だけのにして", true},
		{"家から近い順に並べ直して", true},
		{"週3日までのものに限っていただけますか", true},
		{"夜勤なしで、できれば北区あたりで", true},
		{"残業少なめのとこだけってできますか", true},
		{"経理でも探してみて", true},
		{"接客はもうええので、工場とか製造で", true},
		{"京都市の事務パート、見せでけねが", true},
		{"夜勤ありでもええで", true},
		{"もっと月給高いのある？25万以上で", true},
		{"もうちょい月給高いのないん？", true},
		{"みなとみらい周辺だと嬉しい", true},
		{"三宮から電車一本で行けるとこ", true},
		{"駅近だとなおいいんですけど", true},
		{"やっぱ土日休みじゃないとむりだわ", true},
		{"渋谷らへんがいいな〜", true},
		{"じゃあ大阪の医療事務に戻して、パートで", true},
		{"夜間配送だけでもっかい探してもらえる？", true},
		{"大阪市内に限っていただけますでしょうか。", true},
		{"ありがとうございます。夜勤なしのものも見せていただけますか", true},
		{"やっぱ原宿の方でもさがして〜", true},
		{"東京も含めて探してください", true},
		{"塾講師以外でお願いします。夜が遅いので", true},
		{"逆に営業だけに絞るとどうなります？", true},
		{"てかバイトでも有休ってあるの？", false},
		{"固定残業代って、求人見るときはどこ見とけばいい？", false},
		// Round 47 (general set 177): a right asked of a way of employment,
		// and what listings say, are questions.
		{"スーパーでパートしてます。パートでも看護休暇ってあるの？", false},
		{"求人に「年齢不問」って書いてあっても、実際は年齢で落とされるんですか？", false},
		{"できればクリニックか訪問看護で。子どもの送り迎えがあるので17時半には上がりたいです", true},
	} {
		t.Run(tt.say, func(t *testing.T) {
			c := newChat(t)
			c.showCards("大阪で事務の求人見せて", 1)
			if r := c.say(tt.say); searched(r) != tt.search {
				t.Errorf("search %v, want %v: %s", searched(r), tt.search, text(r))
			}
		})
	}
}

// searched reports whether a reply is a search: cards, or none found.
func searched(r conversation.Result) bool {
	return hasCards(r) || strings.Contains(text(r), "見つかりませんでした")
}

// TestAPayWishedAfterAQuestionIsASearch: a pay wished for with the cards
// still near, after a question in between, searches again.
func TestAPayWishedAfterAQuestionIsASearch(t *testing.T) {
	c := newChat(t)
	c.say("大阪で倉庫のバイトの求人を見せて")
	c.say("夜勤手当ってどのくらい付くのが普通？")
	r := c.say("もうちょい時給高いのないかな。1300円以上で")
	if !searched(r) {
		t.Fatalf("no search with the pay: %s", text(r))
	}
	if got := c.st.Facts["min_pay"]; got == "" {
		t.Errorf("no pay learnt (facts %v)", c.st.Facts)
	}
}

// TestARemarkOnACardByItsCity: a remark naming a card by a city no card
// shown is in (町田のやつよさそう) is told so, with no search again.
func TestARemarkOnACardByItsCity(t *testing.T) {
	c := newChat(t)
	c.say("東京で事務の求人を見せてください")
	for _, id := range c.st.Shown {
		if card, _ := c.e.Jobs.Card(id); strings.Contains(card.Place, "町田") {
			t.Fatalf("a card shown is in 町田: %s", card.Place)
		}
	}
	r := c.say("町田のやつよさそう でも給料安いね")
	if hasCards(r) || !strings.Contains(text(r), "「町田」") {
		t.Errorf("a remark on a card in 町田: %s", text(r))
	}
}

// TestWhichOfTheCardsAndTheLastOne: which of the cards says something no
// topic holds is answered from what they say, and 最後のは names the last.
func TestWhichOfTheCardsAndTheLastOne(t *testing.T) {
	c := newChat(t)
	c.say("東京で事務の求人を見せてください")
	if len(c.st.Shown) < 2 {
		t.Fatalf("cards shown: %v", c.st.Shown)
	}
	r := c.say("この中でデイサービスはどれですか？")
	if hasCards(r) || !strings.Contains(text(r), "「デイサービス」") {
		t.Errorf("which says デイサービス: %s", text(r))
	}
	first, _ := c.e.Jobs.Card(c.st.Shown[0])
	r = c.say("最初の事務の求人って、土日も出勤ですか？")
	if hasCards(r) || !strings.Contains(text(r), first.Title) {
		t.Errorf("最初の事務の求人: want %q and no cards in %s", first.Title, text(r))
	}
	last, _ := c.e.Jobs.Card(c.st.Shown[len(c.st.Shown)-1])
	r = c.say("最後のは土曜出勤ありますか")
	if !strings.Contains(text(r), last.Title) {
		t.Errorf("最後のは: want %q in %s", last.Title, text(r))
	}
}

// TestAQuestionANoteAnswersNeedsNoWorryPicked: unsure of the worry, a
// question a note answers is answered, not met with "which worry is it?".
func TestAQuestionANoteAnswersNeedsNoWorryPicked(t *testing.T) {
	c := newChat(t)
	c.e.Classifier = unsure{}
	r := c.say("36協定ってなに")
	if !strings.Contains(text(r), "36（サブロク）協定") || c.st.Stage == akari.StageClarify {
		t.Errorf("36協定ってなに: stage %s: %s", c.st.Stage, text(r))
	}
}

// TestAFollowOnANoteAnswersNeedsNoWorryPicked: unsure of the worry, a
// bare question about the note just given (いつまでに？ after the one on
// 労災) is answered by that note's line, not met with "which worry is it?".
func TestAFollowOnANoteAnswersNeedsNoWorryPicked(t *testing.T) {
	c := newChat(t)
	c.say("労災ってパートでも使えるの？")
	c.e.Classifier = unsure{}
	r := c.say("さっきの申請って、いつまでにやらないといけないんですか？")
	if !strings.Contains(text(r), "2年") || c.st.Stage == akari.StageClarify {
		t.Errorf("いつまでに after the note on 労災: stage %s: %s", c.st.Stage, text(r))
	}
}

// TestMoreListingsInOwnWords: 「他にもあったらもっと見せて」 after the
// cards shows the next ones, as the chip does.
func TestMoreListingsInOwnWords(t *testing.T) {
	c := newChat(t)
	first := c.say("事務の求人見せて")
	if !hasCards(first) {
		t.Fatalf("no cards: %s", text(first))
	}
	if r := c.say("他にもあったらもっと見せて"); !hasCards(r) {
		t.Errorf("more in own words: no cards: %s", text(r))
	}
	for _, more := range []string{"もっとないか", "ほかにも見せてもらえますか", "ほかにもありますか", "事務の、続きを頼む", "前に見せてもらったものを、もう一度お願いします",
		"大阪の事務の求人、もう一度出してもらえますか", "事務の続きを見せてもらえる？", "ほな、さっきの大阪の事務のやつ、見せてもらえる？", "Show me more please", "could I see those jobs again?"} {
		c := newChat(t)
		c.say("大阪で事務の求人見せて")
		if r := c.say(more); !hasCards(r) {
			t.Errorf("%s: no cards: %s", more, text(r))
		}
	}
	c = newChat(t)
	c.say("大阪で事務の求人見せて")
	if r := c.say("さっきの話の続きを聞いてほしい"); hasCards(r) {
		t.Errorf("the talk's sequel asked for read as more cards: %s", text(r))
	}
}

// TestCardsAgainAfterCare: more asked for after a false alarm, with no
// more to show, is the same cards again, said to be all there are.
func TestCardsAgainAfterCare(t *testing.T) {
	c := newChat(t)
	r := c.say("渋谷で事務のパート探してます")
	if !hasCards(r) {
		t.Fatalf("no cards: %s", text(r))
	}
	for c.st.Stage == akari.StageJobs && !strings.Contains(text(r), "ここまで") {
		if r = c.say("もっと見る"); !hasCards(r) {
			break
		}
	}
	c.say("昨日のドラマの最終回見てから、もう生きていけない")
	c.say("違う違う、ドラマの推しが死んだって話です。本気で死にたいとかじゃないです")
	if r := c.say("じゃあ、さっきの求人の続きを見せてください"); !hasCards(r) || !strings.Contains(text(r), "もう一度") {
		t.Errorf("the cards asked for again after care: cards=%v: %s", hasCards(r), text(r))
	}
}

// TestThatCardAgain: そこ after a question about one card is that card,
// and its facts said a moment ago are not said again: what is asked, alone.
func TestThatCardAgain(t *testing.T) {
	c := newChat(t)
	shown := c.showCards("大阪で事務の求人見せて", 3)
	c.say("2番目のとこ、給料はいくら？")
	r := c.say("そこの勤務時間を教えてください")
	if hasCards(r) || !strings.Contains(text(r), shown[1].Title) || strings.Contains(text(r), shown[1].Place) {
		t.Errorf("そこの勤務時間: want %q's hours alone: %s", shown[1].Title, text(r))
	}
	if shown[1].Hours != "" && !strings.Contains(text(r), shown[1].Hours) {
		t.Errorf("そこの勤務時間: want %q: %s", shown[1].Hours, text(r))
	}
	// Round 29 (general set 83): a bare それ is that card too, not a
	// search with the condition it asks about.
	if r := c.say("それ残業ある？"); hasCards(r) || !strings.Contains(text(r), shown[1].Title) {
		t.Errorf("それ残業ある: want %q answered, no cards: cards=%v %s", shown[1].Title, hasCards(r), text(r))
	}
}

// TestAnAgencyIntroducingWorkIsNoAsk: whether the staffing agency will
// introduce the next job asks about the agency, not for cards.
func TestAnAgencyIntroducingWorkIsNoAsk(t *testing.T) {
	c := newChat(t)
	c.say("那覇で派遣のコールセンターしてます。来月末で契約満了って言われました")
	if r := c.say("派遣会社から次の仕事を紹介してもらえるんでしょうか"); hasCards(r) {
		t.Errorf("an agency's introduction asked about: cards shown: %s", text(r))
	}
	if r := c.say("那覇でコールセンターの求人を紹介してもらえますか"); !hasCards(r) {
		t.Errorf("listings asked of Akari: no cards: %s", text(r))
	}
}

// TestAFacetForEveryWorryNeedsNoWorryPicked: unsure of the worry, a
// message that names a facet for every worry (a teacher's club duties) is
// answered by it, and a question of its own notes next by that note.
func TestAFacetForEveryWorryNeedsNoWorryPicked(t *testing.T) {
	c := newChat(t)
	c.e.Classifier = unsure{}
	r := c.say("小学校の教員です。部活の顧問で休みがありません")
	if c.st.Stage == akari.StageClarify || !strings.Contains(text(r), "顧問") {
		t.Fatalf("a teacher's duties: stage %s: %s", c.st.Stage, text(r))
	}
	if r := c.say("顧問って断れるんですか？"); !strings.Contains(text(r), "校長には") {
		t.Errorf("顧問って断れるんですか: %s", text(r))
	}
}

// TestIntakeUnderstandsHalfWidthKatakana: phones type ﾌﾙ在宅 and ｱﾙﾊﾞｲﾄ
// as often as フル在宅 and アルバイト; the intake must read both the same.
func TestIntakeUnderstandsHalfWidthKatakana(t *testing.T) {
	c := newChat(t)
	c.say("コールセンターの派遣、もう辞めたいです")
	c.say("求人を見たい")
	if r := c.tap(jobs.InterestData("sample-001")); c.st.Intake == nil {
		t.Fatalf("興味あり did not start the intake: %q", text(r))
	}
	c.say("東京")
	c.say("ﾌﾙ在宅")
	if got := c.st.Intake.Answers[string(akari.StepRemote)]; got != "フル在宅を希望" {
		t.Errorf("remote answer ﾌﾙ在宅 recorded as %q, want フル在宅を希望", got)
	}
	if got := c.st.Facts["remote"]; got != "full" {
		t.Errorf("remote fact after ﾌﾙ在宅 = %q, want full", got)
	}
	c.say("ｱﾙﾊﾞｲﾄ")
	if got := c.st.Intake.Answers[string(akari.StepEmployment)]; got != "パート・アルバイト" {
		t.Errorf("employment answer ｱﾙﾊﾞｲﾄ recorded as %q, want パート・アルバイト", got)
	}
}

// A question in place of an intake answer pauses the intake and is
// answered, with a word on how to go on; asking for a person resumes it.
func TestIntakeWaitsForAQuestion(t *testing.T) {
	c := newChat(t)
	c.say("コールセンターの派遣、もう辞めたいです")
	c.say("求人を見たい")
	c.tap(jobs.InterestData("sample-001"))
	if c.st.Intake == nil || c.st.Intake.Step != akari.StepArea {
		t.Fatalf("興味あり did not start the intake at the area: %+v", c.st.Intake)
	}
	r := c.say("ありがと！担当の人との面談までに準備しとくことある？")
	if !c.st.Intake.Paused {
		t.Fatalf("a question did not pause the intake: %q", text(r))
	}
	if !strings.Contains(text(r), "担当者と話したい") || strings.Contains(text(r), "受け取れません") {
		t.Errorf("reply %q: want the question answered and how to go on, not a re-ask", text(r))
	}
	if c.st.Intake.Answers[string(akari.StepArea)] != "" {
		t.Errorf("the question was kept as the area: %q", c.st.Intake.Answers[string(akari.StepArea)])
	}
	r = c.say("担当者と話したい")
	if c.st.Intake.Paused || c.st.Intake.Step != akari.StepArea {
		t.Fatalf("resume: paused %v step %s reply %q", c.st.Intake.Paused, c.st.Intake.Step, text(r))
	}
}

// Asked for listings in the middle of the intake, Akari shows them: the
// ask is no place to work, though the area's free text would take it.
func TestIntakeWaitsForAJobsAsk(t *testing.T) {
	c := newChat(t)
	c.say("保育士をしてるけど、この業界から離れたい")
	c.say("担当者と話したい")
	if c.st.Intake == nil || c.st.Intake.Step != akari.StepArea {
		t.Fatalf("担当者と話したい did not start the intake at the area: %+v", c.st.Intake)
	}
	r := c.say("保育以外の事務とかの求人も見せてや")
	if !hasCards(r) || !c.st.Intake.Paused {
		t.Fatalf("a jobs ask in the intake: cards %v, paused %v; reply %q", hasCards(r), c.st.Intake.Paused, text(r))
	}
	if got := c.st.Intake.Answers[string(akari.StepArea)]; got != "" {
		t.Errorf("the ask was kept as the area: %q", got)
	}
}

func TestIntakeWithConsentCreatesALead(t *testing.T) {
	c := newChat(t)
	c.say("コールセンターの派遣、もう辞めたいです")
	c.say("求人を見たい")
	r := c.tap(jobs.InterestData("sample-001"))
	if c.st.Intake == nil || !strings.Contains(text(r), "①") {
		t.Fatalf("興味あり did not start the intake: %q", text(r))
	}
	c.say("東京")
	r = c.say("なんとなく")
	if c.st.Intake.Step != akari.StepRemote || !strings.Contains(text(r), "ボタン") {
		t.Errorf("an unclear remote answer: step %s reply %q, want a kind re-ask", c.st.Intake.Step, text(r))
	}
	c.say("一部在宅がいい")
	r = c.say("やめる")
	if !c.st.Intake.Paused || !strings.Contains(text(r), "中断") {
		t.Fatalf("やめる: paused=%v reply %q", c.st.Intake.Paused, text(r))
	}
	r = c.say("担当者と話したい")
	if c.st.Intake.Paused || c.st.Intake.Step != akari.StepEmployment || !strings.Contains(text(r), "続き") {
		t.Fatalf("resume: step %s reply %q, want to continue at employment", c.st.Intake.Step, text(r))
	}
	c.say("正社員")
	c.say("スキップ")
	r = c.say("0120-abc")
	if !strings.Contains(text(r), "電話番号") || c.st.Intake.Step != akari.StepPhone {
		t.Errorf("invalid phone: %q", text(r))
	}
	r = c.say("090-1234-5678")
	consent := text(r)
	for _, want := range []string{"東京都", "一部在宅", "正社員", "09012345678", "カスタマーサクセス", "共有してもよろしいですか"} {
		if !strings.Contains(consent, want) {
			t.Errorf("consent text lacks %q:\n%s", want, consent)
		}
	}
	if strings.Contains(consent, "時間帯：") {
		t.Errorf("a skipped answer appears in the consent text:\n%s", consent)
	}
	if len(c.book.created) != 0 {
		t.Fatal("a lead exists before consent")
	}
	r = c.say("はい、共有します")
	if len(c.book.created) != 1 || c.book.notified != 1 || r.Effects.Lead == nil {
		t.Fatalf("after yes: %d leads, %d notices", len(c.book.created), c.book.notified)
	}
	l := c.book.created[0]
	if l.Answers.Phone != "09012345678" || l.Answers.Area != "東京都" || l.Consent.Text != consent || l.Consent.At.IsZero() {
		t.Errorf("lead %+v does not carry the answers and the consent shown", l)
	}
	if len(l.Jobs) != 1 || l.Jobs[0].ID != "sample-001" || l.Category != akari.Resignation {
		t.Errorf("lead jobs %v category %s", l.Jobs, l.Category)
	}
	for _, turn := range c.st.Turns {
		if strings.Contains(turn.Text, "090-1234-5678") {
			t.Errorf("the phone number is stored unmasked in the conversation: %q", turn.Text)
		}
	}
	if r := c.say("共有をやめる"); len(c.book.withdrawn) != 1 || c.st.LeadID != "" || !strings.Contains(text(r), "取り消") {
		t.Errorf("withdraw: %q withdrawn=%v", text(r), c.book.withdrawn)
	}
}

func TestConsentNoSharesNothing(t *testing.T) {
	c := newChat(t)
	c.say("転職を考えています")
	c.say("担当者と話したい")
	for range 5 {
		c.say("スキップ")
	}
	if c.st.Intake == nil || c.st.Intake.Step != akari.StepConsent {
		t.Fatalf("after skipping everything: %+v, want the consent question", c.st.Intake)
	}
	r := c.say("いいえ")
	if len(c.book.created) != 0 || c.st.Intake != nil || !strings.Contains(text(r), "共有していません") {
		t.Errorf("consent no: leads=%d intake=%v reply %q", len(c.book.created), c.st.Intake, text(r))
	}
	if r := c.say("在宅勤務で同僚が冷たいんです"); r.Source != "offline" {
		t.Errorf("the conversation does not go on kindly after no: source %s", r.Source)
	}
}

func TestQuietWhileARecruiterHasTheChat(t *testing.T) {
	c := newChat(t)
	c.takeover = akari.Takeover{Recruiter: "r1", Active: true}
	r := c.say("よろしくお願いします")
	if !strings.Contains(text(r), "担当者") {
		t.Errorf("first message while human active: %q, want the notice", text(r))
	}
	if r := c.say("今日の夕方なら電話できます"); !r.Reply.Empty() {
		t.Errorf("second message while human active got %q, want silence", text(r))
	}
	if n := len(c.st.Turns); n < 2 {
		t.Errorf("the person's messages are not kept for the recruiter: %d turns", n)
	}
	if r := c.say("もう消えてしまいたい"); !strings.Contains(text(r), "0120-279-338") {
		t.Errorf("crisis while human active: %q, want crisis care anyway", text(r))
	}
	if r := c.say("データ削除"); !r.Effects.Erase {
		t.Errorf("データ削除 while human active did not erase")
	}
}

func TestLongConversationsKeepASummary(t *testing.T) {
	c := newChat(t)
	for i := range 30 {
		if i%2 == 0 {
			c.say("上司の言い方がきつくてつらいです")
		} else {
			c.say("どうしたらいいですか")
		}
	}
	if n := len(c.st.Turns); n > akari.MaxTurns {
		t.Errorf("%d turns kept, want at most %d", n, akari.MaxTurns)
	}
	if c.st.Summary == "" {
		t.Error("older turns were dropped without a summary")
	}
}

func TestMaskingBeforeStorage(t *testing.T) {
	c := newChat(t)
	c.say("上司に hanako@example.com から連絡して、090-1111-2222 にも電話があった")
	for _, turn := range c.st.Turns {
		if strings.Contains(turn.Text, "hanako@example.com") || strings.Contains(turn.Text, "090-1111-2222") {
			t.Errorf("stored turn not masked: %q", turn.Text)
		}
	}
}

var _ = errors.New

type noJobs struct{}

func (noJobs) Find(conversation.JobQuery) conversation.JobPage { return conversation.JobPage{} }
func (noJobs) Describe(string) (string, string, bool)          { return "", "", false }
func (noJobs) Card(string) (akari.Card, bool)                  { return akari.Card{}, false }

func TestNoJobsIsSaidHonestlyWithWaysToWiden(t *testing.T) {
	c := newChat(t)
	c.e.Jobs = noJobs{}
	r := c.say("鳥取で派遣の求人ありますか")
	if hasCards(r) || !strings.Contains(text(r), "見つかりませんでした") {
		t.Errorf("no match: %q cards=%v, want an honest message and no card", text(r), hasCards(r))
	}
	if !strings.Contains(chipLabels(r), "全国・在宅も含める") {
		t.Errorf("no match: chips %s, want a way to widen the search", chipLabels(r))
	}
	if c.st.Facts["prefecture"] != "鳥取県" || c.st.Facts["employment"] != "派遣" {
		t.Fatalf("wishes not learned: %v", c.st.Facts)
	}
	c.say("場所にこだわらず探してみたいです")
	if c.st.Facts["prefecture"] != "" {
		t.Errorf("widening kept the prefecture: %v", c.st.Facts)
	}
}

func TestUnsureAsksWithTheLikelyWorries(t *testing.T) {
	c := newChat(t)
	c.e.Classifier = unsure{}
	r := c.say("なんか最近モヤモヤしてて")
	if c.st.Stage != akari.StageClarify || !strings.Contains(text(r), "近いですか") {
		t.Fatalf("unsure: stage %s reply %q, want a clarifying question", c.st.Stage, text(r))
	}
	if got := chipLabels(r); got != "仕事を辞めたい,職場の人間関係,どれも違う" {
		t.Errorf("chips %s, want the likely worries by label", got)
	}
	r = c.tap("action=worry&c=resignation")
	if c.st.Category != akari.Resignation || r.Source != "offline" || !strings.Contains(text(r), "①") {
		t.Errorf("after choosing: category %s source %s, want guidance on resignation", c.st.Category, r.Source)
	}
	// A person in pain is not asked to pick a topic.
	c = newChat(t)
	c.e.Classifier = unsure{}
	if r := c.say("なんか最近しんどくて"); c.st.Stage == akari.StageClarify || strings.ContainsAny(text(r), "！😊") {
		t.Errorf("pain while unsure: stage %s reply %q, want a gentle answer, not a choice of topics", c.st.Stage, text(r))
	}
}

// TestExhaustionIsMetQuietly: worn out past thinking, or so sleepy it is
// all they can say, gets the quiet reply — not steps for changing jobs.
func TestExhaustionIsMetQuietly(t *testing.T) {
	for _, msg := range []string{"夜勤明けでもう何も考えられない", "死にたいくらい眠い", "ほんとに眠いだけだよ"} {
		c := newChat(t)
		r := c.say(msg)
		if strings.Contains(text(r), "①") || strings.ContainsAny(text(r), "！😊") || r.Classification != nil && r.Classification.Crisis {
			t.Errorf("%s: want a quiet reply, no steps and no alarm: %s", msg, text(r))
		}
	}
}

// unsure classifies everything with low confidence and guesses two worries.
type unsure struct{}

func (unsure) Classify(context.Context, string, akari.Category) (akari.Classification, error) {
	return akari.Classification{Category: akari.Resignation, Confidence: 0.2}, nil
}
func (unsure) Likely(string, int) []akari.Category {
	return []akari.Category{akari.Resignation, akari.WorkplaceRelationships}
}

func TestChipsAfterGuidanceAndCardsLeadSomewhereSensible(t *testing.T) {
	c := newChat(t)
	c.say("上司の言い方がきつくて毎日つらいです")
	r := c.say("ほかの悩みも相談したいです")
	if !strings.Contains(text(r), "どんなことでも") || !strings.Contains(chipLabels(r), "仕事を辞めたい") {
		t.Errorf("ほかの悩み: %q chips %s, want an open invitation with the worries", text(r), chipLabels(r))
	}
	c.say("やっぱり上司のことなんですが、どうしたらいいですか")
	c.say("求人を見てみたいです")
	guided := c.st.Guided[akari.WorkplaceRelationships]
	r = c.say("もう少し悩みの相談をしたいです")
	if r.Source != "offline" || c.st.Guided[akari.WorkplaceRelationships] != guided+1 {
		t.Errorf("悩みの相談に戻る: source %s, guided %d→%d, want more guidance on the same worry", r.Source, guided, c.st.Guided[akari.WorkplaceRelationships])
	}
}

// TestIntakeWordsHoldWhateverIsSkipped: the intake promises as many
// questions as it asks, and skipped answers leave no blank line in the
// consent and no sentence about a contact time nobody gave.
func TestIntakeWordsHoldWhateverIsSkipped(t *testing.T) {
	c := newChat(t)
	c.say("転職を考えています")
	r := c.say("担当者と話したい")
	questions := len(akari.IntakeSteps()) - 1 // consent is not a question
	if want := fmt.Sprintf("%dつ", questions); !strings.Contains(text(r), want) {
		t.Errorf("intake start %q does not promise the %d questions it asks", text(r), questions)
	}
	for range questions {
		r = c.say("スキップ")
	}
	consent := text(r)
	bullets := strings.Split(consent, "\n")
	for i := 1; i < len(bullets); i++ {
		if strings.TrimSpace(bullets[i]) == "" && i+1 < len(bullets) && strings.HasPrefix(bullets[i+1], "・") && strings.HasPrefix(bullets[i-1], "・") {
			t.Errorf("a blank line between the items of the consent:\n%s", consent)
		}
	}
	if strings.Contains(consent, "：\n") || strings.Contains(consent, "\n\n\n") {
		t.Errorf("skipped answers left gaps in the consent:\n%s", consent)
	}
	r = c.say("はい、共有します")
	if got := text(r); strings.Contains(got, "時間帯") || !strings.Contains(got, "共有しました") {
		t.Errorf("done with the contact time skipped: %q, want no sentence about a time", got)
	}
}

// Asked for work the catalog holds none of, Akari says so once, with the
// other listings she found, and not as if they were that work; asked for
// work it holds, she introduces the cards as usual.
func TestJobsForAKindTheCatalogLacks(t *testing.T) {
	c := newChat(t)
	r := c.say("日中だけの警備の仕事はございますか。")
	if !hasCards(r) || !strings.Contains(text(r), "「警備」のお仕事は、いまお見せできる求人の中にはありませんでした") {
		t.Fatalf("警備: cards=%v, want cards and a word that none is 警備: %s", hasCards(r), text(r))
	}
	r = c.say("神奈川県内で、夜勤なしでお願いいたします。")
	if !hasCards(r) || c.st.Facts["prefecture"] != "神奈川県" {
		t.Fatalf("a condition said politely after the cards: cards=%v facts=%v: %s", hasCards(r), c.st.Facts, text(r))
	}
	if strings.Contains(text(r), "「警備」のお仕事は") {
		t.Errorf("the missing kind said again on a narrowed search: %s", text(r))
	}
	c = newChat(t)
	r = c.say("ライターの求人ある？")
	if !hasCards(r) || strings.Contains(text(r), "ありませんでした") {
		t.Fatalf("ライター (in the catalog): cards=%v: %s", hasCards(r), text(r))
	}
	if cards := fmt.Sprint(r.Reply.Messages[1].Cards); !strings.Contains(cards, "ライター") {
		t.Errorf("ライター raised no ライター listing: %.300s", cards)
	}
}

// TestQuestionAboutAShownCard: a question about one of the cards just
// shown, by its place or by a word of its title, is answered from that
// listing — what its card says, and what it does not — not with advice.
func TestQuestionAboutAShownCard(t *testing.T) {
	c := newChat(t)
	c.say("営業つらい、転職したい")
	shown := c.showCards("大阪で事務の求人見せて", 3)
	described := map[string]bool{}
	for _, tt := range []struct {
		say   string
		card  akari.Card
		topic string
	}{
		{"2番目のとこって残業どのくらい？", shown[1], "「残業」"},
		{"一番上の会社は土日休み？", shown[0], "「土日」"},
		{"最後のやつって未経験でもいける？", shown[len(shown)-1], "「未経験」"},
		{"上から2つ目、Excel使う？", shown[1], "「Excel」"},
		{"一番上のとこ、残業ある？", shown[0], "「残業」"}, // no new search for 残業
		{"3番目のとこ、休みは何曜日？", shown[2], "「休み」"},
		{"2番目の、社会保険ありって書いとる？", shown[1], "「社会保険」"},
		{"一番上のとこ、給料はなんぼ？", shown[0], "「給料」"},
		{"最後のやつ、残業代ちゃんと出る？", shown[len(shown)-1], "「残業代」"},
	} {
		// The first question about a card gets its facts; a later one, the
		// topic asked alone — the facts were said a moment ago.
		r := c.say(tt.say)
		if hasCards(r) || !strings.Contains(text(r), tt.card.Title) || !strings.Contains(text(r), tt.topic) {
			t.Errorf("%s: want %q and a word on %s: %s", tt.say, tt.card.Title, tt.topic, text(r))
		}
		switch again := described[tt.card.Title]; {
		case !again && !strings.Contains(text(r), tt.card.Pay):
			t.Errorf("%s: want the facts of %q (%s): %s", tt.say, tt.card.Title, tt.card.Pay, text(r))
		case again && strings.Contains(text(r), "・勤務地："):
			t.Errorf("%s: the facts of %q said again: %s", tt.say, tt.card.Title, text(r))
		}
		described[tt.card.Title] = true
	}
	words := titleWordOf(t, shown[2].Title)
	if r := c.say(words + "のとこって交通費出る？"); !strings.Contains(text(r), shown[2].Title) {
		t.Errorf("%sのとこって交通費出る？: want the facts of %q: %s", words, shown[2].Title, text(r))
	}
}

// TestQuestionAskedOfEveryCardShown: a question naming no card, right after
// the cards (その求人、給与はいくらですか？, 寮はついてますか？), is answered
// from each card shown, plainly where one says nothing — not with a new
// search, and not with advice. A question about work in general is not.
func TestQuestionAskedOfEveryCardShown(t *testing.T) {
	c := newChat(t)
	shown := c.showCards("大阪で事務の求人見せて", 2)
	r := c.say("その求人、給与はいくらですか？")
	if hasCards(r) || r.Source != "script" {
		t.Fatalf("その求人、給与は: cards=%v source %s, want the cards' pay: %s", hasCards(r), r.Source, text(r))
	}
	for _, card := range shown {
		if !strings.Contains(text(r), card.Title+"："+card.Pay) {
			t.Errorf("その求人、給与は: want %s：%s in %s", card.Title, card.Pay, text(r))
		}
	}
	r = c.say("それの給料っていくら？")
	if hasCards(r) || r.Source != "script" || !strings.Contains(text(r), shown[0].Title+"："+shown[0].Pay) {
		t.Errorf("それの給料っていくら: cards=%v source %s, want the cards' pay: %s", hasCards(r), r.Source, text(r))
	}
	r = c.say("交通費は出ますか？")
	if hasCards(r) || !strings.Contains(text(r), "「交通費」") {
		t.Errorf("交通費は出ますか: cards=%v, want what each card says of 交通費: %s", hasCards(r), text(r))
	}
	r = c.say("大阪の求人の勤務時間を教えて")
	if hasCards(r) || !strings.Contains(text(r), "「勤務時間」") {
		t.Errorf("大阪の求人の勤務時間を教えて: cards=%v, want each card's hours: %s", hasCards(r), text(r))
	}
	r = c.say("さっきの北区の求人の時給はいくらですか")
	if hasCards(r) || !strings.Contains(text(r), "「北区」") {
		t.Errorf("さっきの北区の求人 with no card there: cards=%v, want it said plainly: %s", hasCards(r), text(r))
	}
	r = c.say("残業代が出ないのって普通？")
	if strings.Contains(text(r), "カードでは") || strings.Contains(text(r), "記載がない") {
		t.Errorf("残業代が出ないのって普通: a question about work read as one about the cards: %s", text(r))
	}
}

// TestOneCardAskedAfterAndLiked: a card named by its place is asked after
// the way from a station, and then liked — each answered of that card,
// and what a card leaves out said in other words the second time.
func TestOneCardAskedAfterAndLiked(t *testing.T) {
	c := newChat(t)
	shown := c.showCards("大阪で事務の求人見せて", 2)
	r := c.say("1つ目って駅から近いですか")
	if hasCards(r) || !strings.Contains(text(r), "「駅からの距離」") {
		t.Errorf("1つ目って駅から近いですか: cards=%v, want what the card says of the way from a station: %s", hasCards(r), text(r))
	}
	first := text(r)
	r = c.say("2つ目ってまかないありますか")
	if hasCards(r) || strings.Contains(first, "面接で確認してみてください") && strings.Contains(text(r), "面接で確認してみてください") {
		t.Errorf("2つ目ってまかないありますか: cards=%v, want where to ask said in other words: %s", hasCards(r), text(r))
	}
	r = c.say("2つ目が気に入りました")
	if hasCards(r) || !strings.Contains(text(r), shown[1].Title) {
		t.Errorf("2つ目が気に入りました: cards=%v, want the card liked named: %s", hasCards(r), text(r))
	}
}

// TestMoreLongAfterTheCards: more asked for long after the cards (a night
// in care between) is more of them, and work named with more is a search.
func TestMoreLongAfterTheCards(t *testing.T) {
	c := newChat(t)
	if r := c.say("札幌で事務の求人ある？"); !hasCards(r) {
		t.Fatalf("want cards: %s", text(r))
	}
	for _, s := range []string{"ありがとう", "最近ほんとうに眠れなくて", "ずっと疲れがとれない", "話せて少し楽になった"} {
		c.say(s)
	}
	if r := c.say("札幌の事務、もっと見せて"); !hasCards(r) {
		t.Errorf("札幌の事務、もっと見せて five turns after the cards: no cards: %s", text(r))
	}
	c = newChat(t)
	if r := c.say("名古屋の介護、もっと見せて"); !hasCards(r) {
		t.Errorf("名古屋の介護、もっと見せて with no cards before: no cards: %s", text(r))
	}
}

// TestEmploymentNoListingOffers: a way of employment no listing there
// offers is said plainly, with the place's other listings; one the person
// lost (派遣切られた) is no wish.
func TestEmploymentNoListingOffers(t *testing.T) {
	c := newChat(t)
	r := c.say("神戸で派遣の看護師の求人ある？")
	if !hasCards(r) || !strings.Contains(text(r), "派遣の求人は") {
		t.Errorf("神戸で派遣: cards=%v, want the other listings and a plain word on 派遣: %s", hasCards(r), text(r))
	}
	if c.st.Facts["employment"] != "" {
		t.Errorf("the employment no listing offers was kept: %v", c.st.Facts)
	}
	c = newChat(t)
	c.say("派遣切られた。埼玉で倉庫の仕事ある？")
	if c.st.Facts["employment"] == "派遣" {
		t.Errorf("派遣切られた: 派遣 taken as a wish: %v", c.st.Facts)
	}
}

// TestQuestionAboutACardNotShown: a question about a card by a name none
// of the cards shown has (さっきの倉庫のやつ after office work) is told so,
// not answered as a new worry nor guessed.
func TestQuestionAboutACardNotShown(t *testing.T) {
	c := newChat(t)
	c.say("営業つらい、転職したい")
	if r := c.say("大阪で事務の求人見せて"); !hasCards(r) {
		t.Fatalf("no cards: %s", text(r))
	}
	for _, tt := range []struct{ say, name string }{
		{"さっきの冷凍倉庫のやつ、休みは何曜日？", "「冷凍倉庫」"},
		{"さっきの健診センターのとこ、土日は休みなん？", "「健診センター」"},
	} {
		r := c.say(tt.say)
		if hasCards(r) || !strings.Contains(text(r), tt.name) || r.Source == "offline" {
			t.Errorf("%s: want the card named told as not shown: %s (%s)", tt.say, text(r), r.Source)
		}
	}
	// さっきの罰金のやつ names what was talked about, not a card.
	if r := c.say("さっきの罰金のやつ、店長にどう言うたらええかな"); strings.Contains(text(r), "「罰金」") {
		t.Errorf("さっきの罰金のやつ: read as a card: %s", text(r))
	}
}

// TestJobsAskedInManyWays: work asked for by place or kind, in the words of
// many regions, and places offered as choices, bring cards from either.
func TestJobsAskedInManyWays(t *testing.T) {
	for _, ask := range []string{
		"高知市か南国で、フォークの仕事なんぼかある？",
		"熊本か宮崎で農業の仕事みせて",
		"鹿児島市か霧島で、大型の運転の仕事なかですか",
		"弘前か黒石あたりで、倉庫とか工場の仕事ねが？",
		"山形か仙台で、正社員の製造の仕事見せてちょう",
		"短い時間で働けるところ、大阪で見れる？",
		"次は正社員がいいです。横浜で一般事務",
		// Round 26: emoji close an ask; a search typed as a query; 〜かねー.
		"じゃあ渋谷のカフェバイト見せて🙏✨",
		"横浜 事務",
		"転職も考えとる。横浜 事務",
		"札幌　介護　正社員",
		"那覇で短時間のパートないかねー",
		"ありがと。ふくおかで じむの しごと みたい",
		"八戸で日給高めのとび職も見せてけろ",
		"川口か蕨あたりで事務で探せる？",
		"フォークの資格あるんで、宮城野区で倉庫のしごとさがしてくらさい",
		"札幌で日勤の地場配送、大型いけるやつもう一回見せてくれ",
		// Round 29 (care set 120): を said ば, and くれんね asks.
		"そんなら、福岡で日勤だけの製造の仕事ば見せてくれんね",
		// Round 29 (care sets 126, 127, 129).
		"歩合やのうて固定給のドライバーの仕事ってあるん？見せてくれる？",
		"ええで、求人出してちょう",
		"フルリモートのバックエンドのjob、何かある？",
	} {
		c := newChat(t)
		c.say("今の仕事がきつくて転職したい")
		if r := c.say(ask); !hasCards(r) {
			t.Errorf("%s: no cards: %s", ask, text(r))
		}
	}
	for _, told := range []string{
		"子ども保育園に入れてパートしとるんだけど、扶養内で働きたいんだわ。いくらまでならええの？",
		"今の仕事がきつくて転職したいけど、東京で正社員の事務がいいのかな？",
		// A right asked to exist, whatever else is named.
		"工場で夜勤しとるっちゃけど、有給って派遣でもあると？🤔",
		// A kind of work alone may be the person's own.
		"介護 パート",
		// A school or a scheme asked to exist.
		"シングルで子ども2人いるんだけど、事務の経験なくても資格とれる学校みたいなのある？",
		"時短にしたらお給料減りますやろ、なんか補填みたいなもんあります？",
	} {
		c := newChat(t)
		if r := c.say(told); hasCards(r) {
			t.Errorf("%s: cards for a question: %s", told, text(r))
		}
	}
	c := newChat(t)
	c.say("今の仕事がきつくて転職したい")
	r := c.say("大阪か東京で事務の求人ある？")
	places := map[string]bool{}
	for _, m := range r.Reply.Messages {
		for _, card := range m.Cards {
			for _, p := range []string{"大阪府", "東京都"} {
				if strings.HasPrefix(card.Place, p) {
					places[p] = true
				}
			}
		}
	}
	if !strings.Contains(text(r), "大阪府・東京都") || len(places) == 0 {
		t.Errorf("大阪か東京で: want both named and cards from them: %s", text(r))
	}
	if r := c.say("年収高い順で"); !hasCards(r) || !strings.Contains(text(r), "高い順") {
		t.Errorf("年収高い順で: want cards by pay: %s", text(r))
	}
}

// titleWordOf is the longest run of kanji and katakana in a title.
func titleWordOf(t *testing.T, title string) string {
	t.Helper()
	best := ""
	for _, w := range strings.FieldsFunc(title, func(r rune) bool {
		return !unicode.Is(unicode.Han, r) && !unicode.Is(unicode.Katakana, r) && r != 'ー'
	}) {
		if len([]rune(w)) > len([]rune(best)) {
			best = w
		}
	}
	if len([]rune(best)) < 3 {
		t.Fatalf("title %q has no word of three characters to name it by", title)
	}
	return best
}

// TestConditionNoCardSaysIsToldSo: a condition asked for that no card
// shown says (夜勤なし for office work) is told plainly, not shown as if it
// were met; one a card does say is not.
func TestConditionNoCardSaysIsToldSo(t *testing.T) {
	c := newChat(t)
	c.say("メーカーの工場で設備保全やってる。夜勤がつらい")
	if r := c.say("求人見せて"); !hasCards(r) {
		t.Fatalf("求人見せて: no cards: %s", text(r))
	}
	r := c.say("夜勤なしで")
	if !hasCards(r) || !strings.Contains(text(r), "「夜勤なし」") {
		t.Fatalf("夜勤なしで: cards %v, want cards and 「夜勤なし」 said unmet: %s", hasCards(r), text(r))
	}
	for _, m := range r.Reply.Messages {
		for _, card := range m.Cards {
			if sample.Says(card.JobID, "夜勤なし") {
				t.Errorf("card %q says 夜勤なし, yet the reply says no card does: %s", card.Title, text(r))
			}
		}
	}
	c = newChat(t)
	c.say("事務の仕事に変わりたい")
	if r := c.say("事務の求人見せて"); !hasCards(r) || strings.Contains(text(r), "「事務」とはっきり") {
		t.Errorf("事務の求人見せて: cards %v, want cards with no word of 事務 unmet: %s", hasCards(r), text(r))
	}
}

// TestWishesDroppedInTheSameBreath: a search asked again that drops a wish
// (年収下がってもよかけん, 九州全体で) searches without it.
func TestWishesDroppedInTheSameBreath(t *testing.T) {
	c := newChat(t)
	c.say("客先常駐のエンジニア、もう疲れた")
	if r := c.say("福岡で年収500万以上の求人見せて"); c.st.Facts["prefecture"] != "福岡県" || c.st.Facts["min_pay"] != "年収500万" {
		t.Fatalf("facts %v after the first search, want 福岡県 and 年収500万: %s", c.st.Facts, text(r))
	}
	r := c.say("年収下がってもよかけん、もうちょい広げて九州全体で見れる？")
	if !hasCards(r) || c.st.Facts["prefecture"] != "" || c.st.Facts["min_pay"] != "" {
		t.Errorf("cards %v, facts %v: want cards with the place and the pay dropped: %s", hasCards(r), c.st.Facts, text(r))
	}
}

// TestResolveWithoutThanks: a resolve said alone (いいね、応募してみる👍) is
// cheered on, with no こちらこそ for thanks never given.
func TestResolveWithoutThanks(t *testing.T) {
	c := newChat(t)
	c.say("転職したい")
	c.say("札幌でリモート可の求人見せて")
	r := c.say("いいね、応募してみる👍")
	if got := text(r); strings.Contains(got, "こちらこそ") || !strings.Contains(got, "応援") {
		t.Errorf("いいね、応募してみる👍: want cheering and no こちらこそ: %s", got)
	}
}

// TestWorkReadAsSmallTalkIsAskedAbout: a first message the classifier reads
// as small talk but that tells of someone at work (バイト先の店長まじ無理)
// is asked which worry it is, not answered with the small-talk menu.
func TestWorkReadAsSmallTalkIsAskedAbout(t *testing.T) {
	for _, msg := range []string{"バイト先の店長まじ無理😇", "親方さ言ったら『気ぃつけろ』だけだ。こっちば殺す気だべか"} {
		c := newChat(t)
		r := c.say(msg)
		if got := text(r); strings.Contains(got, "気になっているテーマ") || strings.Contains(got, "いま話してみたいこと") || len(r.Reply.QuickReplies) < 2 {
			t.Errorf("%s: answered as small talk: %s (%d chips)", msg, got, len(r.Reply.QuickReplies))
		}
	}
	for _, msg := range []string{"こんにちは、今日も仕事おわった", "今日も会社おつかれさまでした〜", "職場の近くのカフェ美味しかった"} {
		c := newChat(t)
		if r := c.say(msg); strings.Contains(text(r), "確認させてください") {
			t.Errorf("%s: small talk asked which worry it is: %s", msg, text(r))
		}
	}
}

// TestRefinedAfterTheCards: after the cards, more places in words no list
// holds, hours, or some work from home search again; a question does not.
func TestRefinedAfterTheCards(t *testing.T) {
	for _, refine := range []string{
		"あ、南区も入れてよかよ",
		"津田沼とか市川もOKです",
		"明石のほうもある？",
		"メーカー系の事務も見たいです",
		"幼稚園のお迎えが2時なので、1時までに終わるところがいいです",
		"フルリモートじゃなくてもいい、週2くらい在宅あればok",
		"松戸や柏あたりもお願いします",
		"午前中だけのものはありますか？",
		"研修ありのものでお願いします",
		"さっきの事務の、もう一回見せてくれる？",
	} {
		c := newChat(t)
		c.say("今の仕事がきつくて転職したい")
		if r := c.say("千葉で事務の求人ある？"); !hasCards(r) {
			t.Fatalf("no cards for the first ask: %s", text(r))
		}
		if r := c.say(refine); !hasCards(r) {
			t.Errorf("%s: no cards: %s", refine, text(r))
		}
	}
	c := newChat(t)
	c.say("千葉で事務の求人ある？")
	if r := c.say("面接で在宅希望って言っても大丈夫だべか"); hasCards(r) {
		t.Errorf("cards for a question about an interview: %s", text(r))
	}
}

// TestCardNamedAndAskedAbout: a card named by its place in the list and
// asked about is answered about that card, even when the question names
// work (扶養内で働きたい); what a card's words mean under a rule is not
// answered with the card's fields; a verb's not searches nothing.
func TestCardNamedAndAskedAbout(t *testing.T) {
	c := newChat(t)
	c.say("千葉で事務のパートある？")
	if r := c.say("2つめの求人に「社保完備」とありますが、扶養内で働きたい場合はどうなりますか？"); hasCards(r) {
		t.Errorf("a question about the second card searched again: %s", text(r))
	}
	if r := c.say("2つめのとこって交通費も年収に入るんですか？"); strings.Contains(text(r), "カードに書かれて") {
		t.Errorf("a rule's question answered with the card's fields: %s", text(r))
	}
	if r := c.say("2個目のとこ、まかないある？"); !strings.Contains(text(r), "「まかない」") {
		t.Errorf("まかない asked of a card: not answered by name: %s", text(r))
	}
	c = newChat(t)
	c.say("群馬で在宅OKの事務ある？")
	if r := c.say("子どもが小さいから在宅希望ですって正直に言っても落とされないですか"); hasCards(r) {
		t.Errorf("a question about an interview searched again: %s", text(r))
	}
	if r := c.say("リモート可のやつある？"); !hasCards(r) {
		t.Errorf("リモート可のやつある？ after the cards: no cards: %s", text(r))
	}
}

// TestCardsAskedAboutInFewWords: right after the cards, which of them
// says something, one named by its number with a bare は, and a town no
// card shown is in — each answered about the cards, none a new search.
func TestCardsAskedAboutInFewWords(t *testing.T) {
	c := newChat(t)
	shown := c.showCards("大阪で事務の求人見せて", 3)
	if r := c.say("リモートはどれ"); hasCards(r) || !strings.Contains(text(r), "リモート") {
		t.Errorf("リモートはどれ: cards=%v, want the cards' remote work told: %s", hasCards(r), text(r))
	}
	if r := c.say("3番目の勤務地は"); hasCards(r) || !strings.Contains(text(r), shown[2].Title) {
		t.Errorf("3番目の勤務地は: cards=%v, want %q told: %s", hasCards(r), shown[2].Title, text(r))
	}
	if r := c.say("磐田のって時給いくら？"); hasCards(r) || !strings.Contains(text(r), "「磐田」") {
		t.Errorf("磐田のって時給いくら: cards=%v, want no card there said plainly: %s", hasCards(r), text(r))
	}
}

// TestATownNoCardIsInIsSaidSo: a town named in a terse reply to the cards
// that no card found is in is said so, with the cards shown nearby.
func TestATownNoCardIsInIsSaidSo(t *testing.T) {
	c := newChat(t)
	if r := c.say("大阪で事務の求人見せて"); !hasCards(r) {
		t.Fatalf("want cards: %s", text(r))
	}
	if r := c.say("別府のがいい"); !hasCards(r) || !strings.Contains(text(r), "「別府」") {
		t.Errorf("別府のがいい: cards=%v, want cards and 「別府」 said to have none: %s", hasCards(r), text(r))
	}
}

// TestThanksForTheCards: thanks or a card found right after the cards
// (在宅あるやん！ありがと) is glad and shows how to look closer — no search
// again, and not the worry's closing, which thanks advice. Thanks with a
// request (ありがと、時給1200円以上のも出して) is the request. Round 37
// (care set 210, general set 128).
func TestThanksForTheCards(t *testing.T) {
	for _, thanks := range []string{"在宅あるやん！ありがと", "ありがとう！", "ありがと まかない ついてるとこ ええなあ"} {
		t.Run(thanks, func(t *testing.T) {
			c := newChat(t)
			c.say("コールセンターで毎日クレーム対応しよる")
			c.showCards("福岡で在宅でできる仕事の求人ある？見せてほしい", 1)
			r := c.say(thanks)
			if hasCards(r) {
				t.Errorf("cards again after thanks: %s", text(r))
			}
			if got := text(r); !strings.Contains(got, "詳しく見る") || strings.Contains(got, "報告") {
				t.Errorf("reply = %s, want the way to a card's details and no advice", got)
			}
		})
	}
	c := newChat(t)
	c.showCards("福岡で事務の求人見せて", 1)
	if r := c.say("ありがと、時給1200円以上のも出して"); !hasCards(r) {
		t.Errorf("thanks with a request for more: no cards: %s", text(r))
	}
}

// TestNarrowingsOfRound48: the cards again by what they must be (その中で
// 時短OKのものだけお願いします), by hours (夕方からだけのやつがいい) or by a
// skill (フォークの資格いかせるやつで); a query with a place and its last
// words a condition is a search (general set 182, round 48); an unmet
// condition is said in words, not as a stem.
func TestNarrowingsOfRound48(t *testing.T) {
	for _, tt := range []struct{ first, then string }{
		{"東京でエンジニアの求人ある？", "その中で時短OKのものだけお願いします"},
		{"京都で週2からOKのバイトある?", "夕方からだけのやつがいい"},
		{"埼玉で倉庫の求人ある？", "フォークの資格いかせるやつで"},
	} {
		c := newChat(t)
		if r := c.say(tt.first); !searched(r) {
			t.Fatalf("%s: no search: %s", tt.first, text(r))
		}
		if r := c.say(tt.then); !searched(r) {
			t.Errorf("%s after the cards: no search: %s", tt.then, text(r))
		}
	}
	c := newChat(t)
	r := c.say("埼玉で倉庫の仕事 残業少ないとこ")
	if !searched(r) {
		t.Fatalf("a query with a place: no search: %s", text(r))
	}
	if strings.Contains(text(r), "「残業少な」") {
		t.Errorf("an unmet condition said as a stem: %s", text(r))
	}
}

// TestARightAppliedForIsNoHandover: 申し込んだら会社は断れんの？ of a
// right the law gives (無期転換) is a question about the employer, not
// about declining Akari's recruiter (general set 182, round 48).
func TestARightAppliedForIsNoHandover(t *testing.T) {
	c := newChat(t)
	c.say("契約社員で5年目です。無期転換って何？")
	r := c.say("さっき言っとった無期転換って、申し込んだら会社は断れんの?")
	if strings.Contains(text(r), "担当者と話したからといって") {
		t.Errorf("a right applied for met as the handover: %s", text(r))
	}
	c = newChat(t)
	c.say("東京で事務の求人ある？")
	r = c.say("担当者に申し込んだら断れないの？")
	if !strings.Contains(text(r), "担当者と話したからといって") {
		t.Errorf("declining the recruiter not answered: %s", text(r))
	}
}
