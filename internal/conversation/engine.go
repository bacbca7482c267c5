// Package conversation is Akari's conversation engine: given what Akari
// remembers about a person and one event from them, it decides what to say —
// a command, a greeting, crisis care, a clarifying question, guidance, job
// cards, the かんたん登録 that hands the person to a recruiter with consent —
// and how the remembered state changes. It knows nothing of LINE, Redis or
// any LLM: those sit behind the small interfaces below, so the engine is
// tested with plain values.
package conversation

import (
	"context"
	"fmt"
	"log/slog"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/facts"
	"github.com/akari-career/akari/internal/guard"
	"github.com/akari-career/akari/internal/leads"
	"github.com/akari-career/akari/internal/pattern"
)

// Classifier understands a message in the context of the current worry: a
// short follow-up keeps it, a clearly new worry switches.
type Classifier interface {
	Classify(ctx context.Context, text string, current akari.Category) (akari.Classification, error)
}

// Vars are the values a fixed line may use besides the person's name.
type Vars struct {
	Label   string // the worry's Japanese label
	Count   int    // job cards shown
	Wish    string // what the request for jobs named (札幌・事務), "" when nothing
	Kind    string // a kind of work asked for that no listing holds (警備)
	Answers string // intake answers, one per line
	Jobs    string // jobs of interest
	Known   string // an answer the conversation already gave (intake_known)
	// ContactTime is when a recruiter may call, "" when skipped.
	ContactTime string
	// Retention is what the privacy answer says is kept, and how long.
	Retention Retention
	// Listing is what a card shown says, one fact a line (jobs_listing).
	Listing string
}

// Retention is how many days each kind of record is kept, as configured:
// the privacy answer says exactly this.
type Retention struct {
	Conversation, Leads, DeadLetters int
}

// Script gives the fixed lines Akari says and her quick-reply sets; it is
// rendered from prompts/ so operators can change the words.
type Script interface {
	Line(key string, st *akari.State, v Vars) (string, error)
	QuickReplies(set string) []akari.QuickReply
	Label(c akari.Category) string
	// AllHours names the crisis lines that answer at any hour (names and
	// numbers), so a care reply can be checked to keep one in reach.
	AllHours() []string
}

// LocalClassifier is what a classifier backed by a model may add: the
// offline answer alone. An attempt to steer Akari is classified by it, so
// the attempt never reaches a model, not even to be labelled.
type LocalClassifier interface {
	ClassifyLocal(text string, current akari.Category) akari.Classification
}

// classify understands a message; an injection attempt only locally (its
// crisis signs are still read).
func (e *Engine) classify(ctx context.Context, text string, current akari.Category, blocked bool) (akari.Classification, error) {
	if lc, ok := e.Classifier.(LocalClassifier); ok && blocked {
		return lc.ClassifyLocal(text, current), nil
	}
	return e.Classifier.Classify(ctx, text, current)
}

// SignExplainer is what a classifier may add: which reader of a message
// saw a crisis sign in it — "model" when the risk model alone did.
type SignExplainer interface {
	CrisisSignal(text string) (why string, ok bool)
}

// modelAloneSaw reports whether the only crisis sign in text is a risk
// model's: the character model's ("model") or, in English, the word
// model's ("English model": cant call. social anxiety. text only pls —
// care set 272, round 46).
func (e *Engine) modelAloneSaw(text string) bool {
	why := e.signWhy(text)
	return why == "model" || why == "English model"
}

// signWhy explains the crisis sign in text ("" for none, or when the
// classifier does not explain).
func (e *Engine) signWhy(text string) string {
	x, ok := e.Classifier.(SignExplainer)
	if !ok {
		return ""
	}
	why, sign := x.CrisisSignal(text)
	if !sign {
		return ""
	}
	return why
}

// SignWeigher is implemented by classifiers that tell how sure their risk
// model is of a message's crisis.
type SignWeigher interface {
	RiskProbability(text string) float64
}

// modelAloneUnsure reports whether the only crisis sign in text is the
// character risk model's and it is less sure of it than unsureInWorry.
func (e *Engine) modelAloneUnsure(text string) bool {
	x, ok := e.Classifier.(SignWeigher)
	// Not the English word model's sign: its own bar holds for it.
	return ok && e.signWhy(text) == "model" && x.RiskProbability(text) < unsureInWorry
}

// unsureInWorry: in a conversation about a work worry, a sign only the
// risk model reads, below this, is the worry told. On a message alone the
// model speaks from 0.7 or 0.8 when words were set aside around it (see
// worry's modelGate); in the middle of a worry those readings were
// ordinary questions and reports (有給20日残ってんだけど、最後にまとめて
// 使えんべか 0.83; これもう警察案件ちゃうん？ 0.88; 退職届と退職願どっちが
// いい？ 0.86: general sets 175–178, round 47). On the kept conversations
// the bar costs no sign a rule does not read (one, 駅のホーム…あかんこと
// 考えてまう, is now a rule's).
const unsureInWorry = 0.9

// apologized says sorry to Akari for the trouble (AIの方に謝っている自分が
// おかしいですね笑 ご迷惑をおかけしてすみません: a burden to the risk model
// alone, 0.96; care set 288, round 50): in care, the politeness it is.
var apologized = pattern.MustCompile(`(ご)?迷惑(を)?(おかけ|かけ)(して|て|しちゃって|してしまって|てしまって)[^。]{0,3}(すみません|すいません|ごめん|申し訳)|(すみません|すいません|ごめん|申し訳(ありません|ございません|ない))[、,]?(ご)?迷惑(を)?(おかけ|かけ)|(謝って|あやまって)(いる|る|ばっか)`)

// wishJoked is a wish to die or vanish laughed off at once (しにたい笑 なん
// てね): to a message alone, a joke; after a worry told, met as the sign
// its words are, gently (care set 288, round 50).
var wishJoked = pattern.MustCompile(`(死にたい|しにたい|タヒにたい|死にてえ|しにてえ|消えたい|きえたい|死にたみ|しにたみ)[笑w〜ー!！。、…]*(なんてね|なーんてね|なんちゃって|冗談|じょうだん|うそうそ)`)

// shortConcernRunes: in care, a message this short in which only the risk
// model reads a concern (もう どうでもいい; もう疲れた。何も考えたくない:
// care set 273, round 46) is the mood care already meets, not a sign of
// its own.
const shortConcernRunes = 16

// unknowingConfidence: a worry read with less confidence than this in a
// message that says the person does not know what is wrong is a guess.
const unknowingConfidence = 0.8

// maxListingAskRunes is the longest ask for listings whose sign only the
// risk model reads is set aside.
const maxListingAskRunes = 40

// asksForListings reports whether f asks for listings: a search, or more
// or again of the cards once shown.
func (e *Engine) asksForListings(st *akari.State, f folded) bool {
	return e.intents.wantsJobs(f) || st.LastJobsTurn > 0 && (e.intents.wantsMore(f) || f.is(e.intents.research))
}

// asksOrAnswers reports whether f asks for something care mode answers
// (jobs, a recruiter, a question about the lines or a secret kept) or says
// what care listens for (safe, not meant that way, calling is too much, a
// wound tended, calmer).
func (e *Engine) asksOrAnswers(f folded) bool {
	ci := e.intents.care
	return e.careWantsHuman(f) || e.careWantsJobs(f) || f.is(ci.safe) || ci.corrects(f) || f.is(ci.cannotCall) || ci.question(f) != "" || f.is(ci.unsure) ||
		f.is(ci.wound) || f.is(ci.calmer)
}

// signInCare reports a sign that only a conversation already in care at
// level shows, whatever the classifier makes of the message alone, and its
// risk:
//   - a cut told (実は昨日、少しだけ切った), setting out for a place (さっき
//     車のキーを持って、海の方まで行こうかと), a means made ready (薬、ため
//     とるとよ) or drawn to (物置でロープ見てたら変な気持ちに), affairs
//     settled by one's death (生命保険もありますし、家のローンもそれで片付
//     きますから), feet that do not stop (赤信号でも足止まらんときある
//     し), the act feared (帰ったら本当にやっちゃいそう): high;
//   - the wish affirmed in earnest after it was taken back (いや、正直ほん
//     とに考えてる): at care's level;
//   - the wish said again of everything (会社とかじゃなくて、ぜんぶから): a
//     concern.
func (e *Engine) signInCare(f folded, level akari.Risk) (akari.Risk, bool) {
	ci, ui := e.intents.care, e.intents.urgent
	switch {
	case f.is(ci.cutTold) || f.is(ci.headedTo) || f.is(ui.ready) || f.is(ci.meansDrawn) || f.is(ci.meansEnough) || f.is(ci.provided) || f.is(ci.feetGo) || f.is(ci.meansImagined) || f.is(ci.meansSought) || f.is(ci.meansAtHand) || f.is(ci.actFeared) && !f.is(ci.safe):
		return akari.RiskHigh, true
	case f.is(ci.earnest) && !f.is(ci.safe) && !ci.corrects(f):
		return level, true
	case f.is(ci.notWorkButAll):
		return akari.RiskConcern, true
	}
	return akari.RiskNone, false
}

// answersTonight reports whether f answers the question about tonight
// without a word of an act: unsure, going to bed, alone (今夜のことは…正直
// わかりません; 今夜？たぶん寝るだけ; 一人暮らしやけん誰もおらん) — not
// 今夜はたぶん…また切っちゃうかも.
func (e *Engine) answersTonight(f folded) bool {
	ci := e.intents.care
	return !f.is(ci.actFeared) && (f.is(ci.unsafe) || f.is(ci.unsure) || f.is(ci.sleeps) || f.is(tonightTold))
}

// contractQuestion asks about the terms of the work: a contract's end, a
// renewal, shifts, leave and what is left of it, a last day, pay and its
// additions, the papers of leaving or applying (退職届と退職願どっちがいい:
// general set 176, round 47) — in a sentence that ends as a question,
// whatever is told after it (使い切れなかった分っていつまで残るんでしょう。
// 今20日くらいあるはず: general set 179, round 48). A resignation letter
// asked about alone is not one of them: a date chosen, then 退職届の書き方
// (crisis set 234) is a plan told in work words. A rule's penalty asked
// of (さっきの5日、もし取れへんかったら私が罰せられるんですか？, general set
// 188, round 49: 0.95 to the model alone) is a term of the work too; so
// are days just talked of (さっきの5日って、いつまでに使わなあかんの？放っ
// といたら消えるん？: 0.97, general set 191, round 50).
var contractQuestion = pattern.MustCompile(`(満了|契約|更新|派遣|シフト|有給|有休|使い切|(さっきの|その|あの)[0-9０-９一二三四五六七八九十]+日(分)?(って|は|も)|残りの日|残日数|退職日|最終出社|試用期間|就業規則|残業|手当|給料|給与|異動|産休|育休|加算|年末調整|源泉|履歴書|職務経歴書|罰せられ|罰則|罰金|違法|法律違反|訴えられ|(退職届|退職願)(と|か)(退職願|退職届))[^。!！?？]*(\?|？|ですか|ますか|でしょうか|でしょう|かな|べき|の)([。!！?？…]|$)` +
	// …or where to take it (じゃあおれのばあい よこく なかったら どこにいえば
	// いい: 0.91 to the risk model alone, general set 198, round 52).
	`|(どこ|どちら|だれ|誰)(に|へ|さ|で)[^。!！?？]{0,10}(言えば|いえば|相談すれば|そうだんすれば|訴えれば|届ければ|申し出れば)(いい|ええ|よい|よか)`)

// contractSuspected suspects the reason behind a contract's end (それを
// 避けるための雇止めだったんじゃないかと思ってしまって…: 0.99 to the risk
// model alone, general set 189, round 50) — a term of the work, as a
// question about one is.
var contractSuspected = pattern.MustCompile(`(雇止め|雇い止め|無期転換|更新|契約(終了|満了|打ち切り))[^。!！?？]*(じゃないか|んじゃない|のではないか|のでは|疑っ|疑い|わざと|狙い|ねらい)` +
	// …or what a document of the work says (確認したところ、契約書の就業
	// 場所の欄には「本社」としか書かれておりませんでした: 0.97 to the
	// risk model alone, general set 197, round 52).
	`|(契約書|雇用契約|労働条件通知書|就業規則|求人票|内定通知|募集要項|給与明細)(の|に|には|では|を)[^。!！?？]{0,30}(書かれ|書いて|かいて|記載|載って|のって|明記)`)

// tonightTold tells how tonight will go in plain words: no one around,
// going to bed, staying in.
var tonightTold = pattern.MustCompile(`(誰も|だれも)(おらん|いない|いません|おらへん|おりません)|(一人|ひとり)(暮らし|ぐらし)|(寝る|ねる|寝ます|休む|休みます|家におる|家にいる|家にいます|家でゆっくり)(だけ|つもり|と思う|かな|わ|よ|[。…!！]|$)`)

// signOutside reports whether what f says besides every match of p shows
// a crisis sign of its own: a correction takes back the words it holds,
// not a sign said beside it. The person has just said what they did not
// mean, so a sign the risk model alone reads in the rest (…死にたいとか
// じゃなくて、園にいたくないってだけ) does not overrule them; a rule's
// does.
func (e *Engine) signOutside(ctx context.Context, f folded, p *pattern.Pattern, current akari.Category) (bool, error) {
	rest, _ := besides(f, p)
	if f.is(e.intents.care.othersWords) {
		// 上司が言ってたセリフ…『こんな数字じゃ死にたいよ』って毎回言うの:
		// the words quoted are the ones said to be someone else's.
		rest = unquoted(rest)
	}
	return e.ruleSign(ctx, rest, current)
}

// ruleSign reports whether text, what a correction leaves of a message,
// shows a crisis sign a rule reads: the person has just said what they did
// not mean, so the risk model alone does not overrule them.
func (e *Engine) ruleSign(ctx context.Context, text string, current akari.Category) (bool, error) {
	c, err := e.Classifier.Classify(ctx, text, current)
	if err != nil {
		return false, fmt.Errorf("classify besides a correction: %w", err)
	}
	return c.Crisis && !e.modelAloneSaw(text), nil
}

// unquoted returns s without what it quotes in Japanese brackets (「…」,
// 『…』).
func unquoted(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '「' || r == '『':
			depth++
		case (r == '」' || r == '』') && depth > 0:
			depth--
			b.WriteByte(' ')
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Guesser is what a classifier may add: the worries a message most likely
// is about, offered as choices when Akari is unsure.
type Guesser interface {
	Likely(text string, n int) []akari.Category
}

// Knower is what an advisor may add: whether a note it holds answers a
// question, so that an unsure worry is not asked about first.
type Knower interface {
	Knows(text string, st *akari.State) bool
}

// Summarizer folds turns into the rolling summary of a conversation.
type Summarizer interface {
	Fold(ctx context.Context, summary string, turns []akari.Turn) (string, error)
}

// Masker hides phone numbers and e-mail addresses.
type Masker interface{ Mask(string) string }

// Deps are what an Engine is built from. Classifier, Advisor, Script and
// Masker are required; Jobs and Summarizer are optional (without them Akari
// offers no jobs and keeps no rolling summary).
type Deps struct {
	Classifier Classifier
	Advisor    akari.Advisor
	Script     Script
	Masker     Masker
	Jobs       JobFinder
	Summarizer Summarizer
	Log        *slog.Logger     // nil: discard
	Now        func() time.Time // nil: time.Now
	// MinConfidence below which Akari asks which worry it is, unless the
	// conversation already has one.
	MinConfidence float64
	// JobsEvery: the job offer is not repeated within this many turns of
	// the last cards (3 when zero). Asking always works.
	JobsEvery int
	// CareTTL is how long care mode lasts after the last sign
	// (DefaultCareTTL when zero).
	CareTTL time.Duration
	// CareWriter writes care replies with a model; nil sends the fixed
	// care lines.
	CareWriter CareWriter
	// Retention is what the privacy answer tells: the wiring sets it from
	// the configuration, so the words follow the code.
	Retention Retention
	// ShowsWords: a model is shown Akari's own words of earlier turns (the
	// advisor, the care writer or the summarizer is one). The store must
	// then read them with the state; without a model her turns'
	// fingerprints are all the engine needs.
	ShowsWords bool
}

// Engine decides Akari's replies. It performs no effects: everything that
// must happen besides the reply is listed in the Result for the caller.
type Engine struct {
	Deps
	intents *intents
	facts   *facts.Extractor
	// chipKinds remembers what each quick reply's text asks for: the
	// texts come from the script, so each is read once, not per reply.
	chipKinds sync.Map // string → chipKind
}

// New builds an engine, refusing missing required dependencies.
func New(d Deps) (*Engine, error) {
	var missing []string
	if d.Classifier == nil {
		missing = append(missing, "classifier")
	}
	if d.Advisor == nil {
		missing = append(missing, "advisor")
	}
	if d.Script == nil {
		missing = append(missing, "script")
	}
	if d.Masker == nil {
		missing = append(missing, "masker")
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("conversation engine: missing %s", strings.Join(missing, ", "))
	}
	if d.Log == nil {
		d.Log = slog.New(slog.DiscardHandler)
	}
	if d.Now == nil {
		d.Now = time.Now
	}
	if d.CareTTL <= 0 {
		d.CareTTL = DefaultCareTTL
	}
	return &Engine{Deps: d, intents: compiledIntents(), facts: compiledFacts()}, nil
}

// compiledIntents are the intent patterns, compiled once per process like
// a package's regexps: they are read-only, and compiling them takes a
// fifth of a second, which every engine built (a test's each) would pay.
var compiledIntents = sync.OnceValue(newIntents)

// compiledFacts are the fact rules, compiled once per process for the same
// reason: an Extractor is read-only and safe for concurrent use (one
// engine already serves every worker with one).
var compiledFacts = sync.OnceValue(facts.NewExtractor)

// Situation is what the caller knows about the moment besides the state:
// whether a recruiter has the conversation and whether the person was told.
type Situation struct {
	Takeover akari.Takeover
}

// Effects are what must happen besides the reply. The caller performs them
// once, idempotently: a retried event decides the same effects again.
type Effects struct {
	// Erase deletes the person's conversation state instead of saving it
	// (データ削除, unfollow).
	Erase bool
	// DeleteLeads anonymises the person's leads (データ削除, unfollow).
	DeleteLeads bool
	// WithdrawLeads anonymises the person's leads at their request
	// (共有をやめる).
	WithdrawLeads bool
	// Lead is a lead the person just consented to: store it, then tell the
	// recruiters. Its id derives from the event, so storing is idempotent.
	Lead *leads.Lead
	// HumanNoticeSent: the reply tells the person a recruiter is with them;
	// remember that so it is said once per takeover.
	HumanNoticeSent bool
	// HandBackSeen: the recruiter handed the conversation back and this
	// reply says so; the note of what they said is now in the state.
	HandBackSeen bool
	// Relay is what this event adds to the person's lead conversation:
	// their message and Akari's answer, after consent.
	Relay *leads.Relay
	// RiskChange is a step into, within or out of care mode, for the
	// operators' record.
	RiskChange *akari.RiskChange
}

// Result is the engine's decision for one event.
type Result struct {
	Reply   akari.Reply
	Effects Effects
	// Classification of a text message, when one was made.
	Classification *akari.Classification
	// Source says what wrote the reply: script, crisis, offline, llm, jobs…
	Source string
	// Worry: the message was the person's own words (not a chip tap, an
	// intake answer, the consent or a request for a recruiter). Only such
	// messages count in the worry mix.
	Worry bool
}

// Commands the person can type.
const (
	CmdReset    = "リセット"
	CmdDelete   = "データ削除"
	CmdHelp     = "ヘルプ"
	CmdWithdraw = "共有をやめる"
)

// Handle decides the reply to ev and updates st in place. While a recruiter
// has the conversation (sit.Takeover.Active) Akari stays quiet — only
// recording what the person says for the recruiter, and saying once that a
// person is with them — except for commands and crisis care, which always
// answer. Once the person consented to a lead, what they say and what
// Akari answers is relayed to the lead's conversation (Effects.Relay).
func (e *Engine) Handle(ctx context.Context, st *akari.State, ev akari.Event, sit Situation) (Result, error) {
	leadID, seen := st.LeadID, len(st.Turns)
	back := e.handBack(st, ev, sit.Takeover)
	r, err := e.handle(ctx, st, ev, sit)
	if err != nil || r.Effects.Erase {
		return r, err
	}
	var fresh []akari.Turn
	if seen <= len(st.Turns) {
		fresh = st.Turns[seen:]
	}
	r.Worry = slices.ContainsFunc(fresh, akari.Turn.Own)
	if back != "" {
		r.Reply.Messages = append([]akari.Message{{Text: back}}, r.Reply.Messages...)
		r.Effects.HandBackSeen = true
	}
	if !r.Reply.Empty() {
		st.Chips = chipTexts(r.Reply.QuickReplies)
	}
	r.Effects.Relay = e.relay(st, ev, leadID, fresh, r)
	e.trim(ctx, st)
	return r, nil
}

func (e *Engine) handle(ctx context.Context, st *akari.State, ev akari.Event, sit Situation) (Result, error) {
	human := sit.Takeover.Active && ev.Kind != akari.EventFollow && ev.Kind != akari.EventUnfollow
	now := e.Now()
	if st.CreatedAt.IsZero() {
		st.CreatedAt = now
	}
	st.UpdatedAt = now
	switch ev.Kind {
	case akari.EventFollow:
		st.Stage = akari.StageListening
		return e.line("greeting", st, Vars{}, "greeting")
	case akari.EventUnfollow:
		return Result{Effects: Effects{Erase: true, DeleteLeads: true}, Source: "command"}, nil
	case akari.EventNonText:
		if human {
			return e.quiet(st, sit.Takeover)
		}
		return e.line("non_text", st, Vars{}, "greeting")
	case akari.EventText:
		return e.text(ctx, st, ev, sit, human)
	case akari.EventPostback:
		if human {
			return e.quiet(st, sit.Takeover)
		}
		return e.postback(ctx, st, ev)
	}
	return Result{}, nil
}

func (e *Engine) text(ctx context.Context, st *akari.State, ev akari.Event, sit Situation, human bool) (Result, error) {
	raw := strings.TrimSpace(ev.Text)
	switch command(raw) {
	case CmdReset:
		st.Forget()
		st.Stage = akari.StageListening
		return e.line("reset_done", st, Vars{}, "greeting")
	case CmdDelete:
		r, err := e.line("delete_done", st, Vars{}, "")
		r.Effects, r.Source = Effects{Erase: true, DeleteLeads: true}, "command"
		return r, err
	case CmdHelp:
		return e.line("help", st, Vars{}, "greeting")
	}
	if e.intents.wantsWithdraw(fold(raw)) {
		return e.withdraw(st)
	}

	masked := e.Masker.Mask(raw)
	st.TurnCount++
	// An attempt to steer Akari is answered offline and kept out of what
	// any model is ever shown, whatever else happens to the message.
	blocked := guard.Injection(masked)
	c, err := e.classify(ctx, masked, st.Category, blocked)
	if err != nil {
		return Result{}, fmt.Errorf("classify: %w", err)
	}
	if c.Jest.Crisis() {
		// A wish the classifier set aside as said in jest (テスト爆死したし
		// もう消えたい笑) is met in a conversation as the sign its words
		// are: Akari can ask, and one word back (比喩だよw) ends the care.
		// Writers of conversations wanted the care; writers of single
		// messages read the words alone as hyperbole (docs/classifier.md,
		// round 33).
		c.Crisis, c.Risk = true, c.Jest
	}
	st.Turns = append(st.Turns, akari.Turn{Role: akari.RoleUser, Text: masked, Category: c.Category, At: e.Now(), Blocked: blocked, Kind: e.kindOf(st, raw, c)})
	told := e.remember(st, masked)

	level, expired := e.careLevel(st)
	f := fold(masked)
	if !c.Crisis && level == akari.RiskNone && st.Category.Valid() && f.is(wishJoked) {
		c.Crisis, c.Risk = true, akari.RiskConcern
	}
	if !c.Crisis && level == akari.RiskNone && f.is(e.intents.care.lineNotReached) {
		// いのちのでんわ つながらなかった: only someone who thought of
		// dying calls a crisis line. The classifier does not read it as a
		// sign (a crisis line named is talk of prevention to it); care
		// does.
		c.Crisis, c.Risk = true, akari.RiskConcern
	}
	if level != akari.RiskNone && c.Risk != akari.RiskHigh {
		// In care, a sign only care reads — or reads higher than the
		// classifier does (物置でロープ見てたら変な気持ちに: a concern to
		// it alone, drawn to a means in care).
		if risk, ok := e.signInCare(f, level); ok {
			c.Crisis, c.Risk = true, akari.MaxRisk(c.Risk, risk)
		}
	}
	if c.Crisis && level == akari.RiskNone && (e.asksForListings(st, f) || e.searchesAgain(st, masked, f)) && utf8.RuneCountInString(masked) <= maxListingAskRunes && e.modelAloneSaw(masked) {
		// ほんで、さっきの神戸の清掃のやつ、もういっぺん見して: a short ask
		// for listings that only the risk model reads as a sign is the
		// ask; so is a condition that narrows the cards just shown (車で
		// 通えるとこなら遠くてもいい。駐車場あるとこ: the model alone, 0.98,
		// general set 180, round 48). A rule's sign in it still wins.
		c.Crisis, c.Risk = false, akari.RiskNone
	}
	if c.Crisis && level == akari.RiskNone && st.Category.Valid() && st.Category != akari.Other && ((f.is(contractQuestion) || f.is(contractSuspected)) && e.modelAloneSaw(masked) || e.modelAloneUnsure(masked)) {
		// 今日が5月10日なので、あと1ヶ月半くらいです。我慢して満了まで行った
		// 方がいいですか？: in a conversation about a worry, a question
		// about the terms of the work — a date and a countdown to a
		// contract's end read, to the risk model alone, as a plan's. A
		// rule's sign in it still wins (general set 172, round 46). So
		// does a sign the model alone reads unsure (unsureInWorry).
		c.Crisis, c.Risk = false, akari.RiskNone
	}
	if c.Crisis && level != akari.RiskNone && st.Care != nil && st.Care.Asked == akari.AskedTonight && e.answersTonight(f) && e.modelAloneSaw(masked) {
		// An answer to Akari's question about tonight in words only the
		// risk model reads as a sign (今夜のことは…正直わかりません; 今夜？
		// 一人暮らしやけん誰もおらんよ): unsure or alone, it is met in care
		// as the answer it is, not as a sign again.
		c.Crisis, c.Risk = false, akari.RiskNone
	}
	seen := c // what the message itself shows, whatever care makes of it
	if c.Crisis && c.Risk == akari.RiskConcern && level != akari.RiskNone {
		// Already in care: a concern adds nothing to it, and a correction
		// (そういう意味じゃない) must reach care's false-alarm recovery. A
		// concern the risk model alone reads in a message that asks for
		// something (まあ、いいんだ。それより担当者と話せるか), says it is
		// safe or that calling is too much, or in a few words of mood
		// (もう どうでもいい), is not a sign of its own.
		// Nor is tomorrow's work told (明日も朝6時に出社しなければなりません).
		// (Its letters are counted: the pauses a tired person types —
		// ……なんかもう、何もかもめんどいわ, care set 282, round 48 — make
		// a mood no longer.)
		if (e.asksOrAnswers(f) || letters(masked) <= shortConcernRunes || f.is(apologized) || f.is(e.intents.care.leaving)) && e.modelAloneSaw(masked) {
			seen.Crisis, seen.Risk = false, akari.RiskNone
		}
		c.Crisis, c.Risk = false, akari.RiskNone
	}
	if c.Crisis && level != akari.RiskNone {
		// In care, a word of safety or a correction that only the risk
		// model reads as a sign (今夜は家内がおりますので…もう大丈夫です)
		// is what it says; a rule's sign still wins — unless the rule read
		// the very words the correction takes back (死にたいということでは
		// なく、辞めたいという意味です). The patterns first: asking which
		// reader saw the sign analyses the message again.
		switch {
		case e.intents.care.corrects(f):
			if signed, err := e.signOutside(ctx, f, e.intents.care.falseAlarm, st.Category); err != nil {
				return Result{}, err
			} else if !signed {
				c.Crisis, c.Risk = false, akari.RiskNone
			}
		case f.is(e.intents.care.safe) && (e.modelAloneSaw(masked) || e.safeAfterSign(masked)):
			// …or a sign owned and then answered at length (死にたい気持ちが
			// あったのは本当です。でも…今夜は安全です): care reads it. What
			// the model alone reads in words of safety is no sign of its
			// own either, at any level (今夜は旦那も帰ってくるし…何もせんよ).
			if !e.safeAfterSign(masked) {
				seen.Crisis, seen.Risk = false, akari.RiskNone
			}
			c.Crisis, c.Risk = false, akari.RiskNone
		case (f.is(e.intents.care.wound) || e.intents.care.question(f) != "" || f.is(e.intents.care.calmer) || f.is(e.intents.care.sleeps) || f.is(e.intents.care.rests) || f.is(e.intents.care.cannotCall)) && e.modelAloneSaw(masked):
			// 血はもう止まってるし、たいしたことないから; 誰にも言わないで、
			// 親にバレたらおわる: a wound tended, a secret asked to be kept,
			// calmer, off to bed (妻にはまだ言えていません。今夜はもう休みます),
			// no strength to call (I don't have the energy to call anyone
			// tonight) — answered as what they are, not as a sign again,
			// when only the risk model reads one.
			seen.Crisis, seen.Risk = false, akari.RiskNone
			c.Crisis, c.Risk = false, akari.RiskNone
		case st.Care != nil && st.Care.Asked == akari.AskedMeans && careAnswer(f, e.intents.care, akari.AskedMeans) == answeredMeans && !e.urgentSign(f):
			// 薬ならけっこうある, said to Akari's question about a means:
			// the answer, met as one (put it out of reach), not the
			// crisis lines again. The message still shows the sign.
			c.Crisis, c.Risk = false, akari.RiskNone
		case e.intents.care.question(f) == "care_q_busy":
			// 「いのちの電話かけたけど繋がらんかった」 in care is the call
			// care asked for, not a new sign: answered as such.
			c.Crisis, c.Risk = false, akari.RiskNone
		case f.is(e.intents.care.unsure) && utf8.RuneCountInString(masked) <= unsureRunes && e.modelAloneSaw(masked) && !f.is(e.intents.urgent.ready):
			// 今夜？わかんない: unsure, in words only the risk model reads
			// as a sign — an answer to Akari's question, met in care.
			c.Crisis, c.Risk = false, akari.RiskNone
			seen = c
		case (f.is(e.intents.care.deniesAct) || f.is(e.intents.care.putAway) || f.is(e.intents.care.leaving)) && e.modelAloneSaw(masked):
			// …or a means put away (薬はベランダの袋に入れた), or going back
			// to work (今夜も当直なんで、もう戻ります).
			// 「飛び込まないよ、たぶん」: the act denied, if hedged — no
			// new sign, and care goes on.
			c.Crisis, c.Risk = false, akari.RiskNone
			seen = c
		case f.is(e.intents.care.calmer) && !f.is(e.intents.care.parting) && e.modelAloneSaw(masked):
			// Calmer, in words only the risk model reads as a sign
			// (ご丁寧にありがとうございます。少しだけ気持ちが軽くなりました):
			// calmer — care goes on, and tonight is asked about.
			c.Crisis, c.Risk = false, akari.RiskNone
			seen = c
		case (e.careWantsJobs(f) || e.careWantsHuman(f)) && e.modelAloneSaw(masked):
			// Jobs or a person asked for in care, in words only the
			// risk model reads as a sign (…雇うてくれる施設があるんなら、
			// 見せてもらえんじゃろうか。今のとこにおるのがつらいんです):
			// the ask is answered in care, not with the crisis lines
			// again.
			c.Crisis, c.Risk = false, akari.RiskNone
			seen = c
		}
	}
	if !c.Crisis && level != akari.RiskNone && f.is(backToPlace) && !f.is(notGoing) && toldBefore(st, meansPlace) {
		// でもやっぱ明日あの橋行くかも, in care after 橋から飛び降りようかって
		// 何回も考えてる: the place told with the sign, gone back to in
		// words that name it only by pointing — a plan again, which no
		// reader of the message alone can see (care set 285, round 49).
		c.Crisis, c.Risk = true, akari.RiskHigh
		seen = c
	}
	if !c.Crisis && level != akari.RiskNone && f.is(backToPills) && toldBefore(st, pillsTold) {
		// やっぱり飲みたい, in care after もらった薬ずっと溜めてて、今夜ぜんぶ
		// 飲むつもり: the pills told with the sign, wished for again in words
		// that name them only by the act (care set 313, round 53).
		c.Crisis, c.Risk = true, akari.RiskHigh
		seen = c
	}
	if c.Crisis {
		r, err := e.sign(st, c, f, e.signKindOf(st, f))
		st.Care.Laughing = saidLaughing(masked)
		st.Care.Harmed = st.Care.Harmed || f.is(e.intents.urgent.harming)
		if r.Effects.RiskChange == nil {
			r.Effects.RiskChange = expired
		}
		return r, err
	}
	if human {
		return e.quiet(st, sit.Takeover)
	}
	if st.InCare() {
		return e.care(ctx, st, masked, f, c, seen)
	}
	if e.intents.care.corrects(f) && st.Category.Valid() && st.Category != akari.Other {
		// No alarm was raised, yet they explain what they meant (死にたい
		// とかじゃなくて、会社からいなくなりたいって意味): the worry
		// talked about goes on, whatever 意味 suggests to the classifier.
		c.Category, c.Confidence = st.Category, max(c.Confidence, e.MinConfidence)
	}
	r, err := e.act(ctx, st, ev, raw, masked, f, c, told)
	if r.Classification == nil {
		r.Classification = &c
	}
	if r.Effects.RiskChange == nil {
		r.Effects.RiskChange = expired
	}
	return r, err
}

// act is what Akari does with a non-crisis message; told is what the
// message says about the person (facts).
func (e *Engine) act(ctx context.Context, st *akari.State, ev akari.Event, raw, masked string, f folded, c akari.Classification, told []facts.Found) (Result, error) {
	if st.Intake != nil && !st.Intake.Paused {
		r, answered, err := e.intakeAnswer(ctx, st, ev, raw)
		if answered || err != nil {
			return r, err
		}
		// A question instead of an answer (面談までに準備しとくことある？):
		// the intake waits, the question is answered, and the person is
		// told how to go on.
		if r, err = e.respond(ctx, st, ev, raw, masked, f, c, told); err != nil {
			return r, err
		}
		note, err := e.Script.Line("intake_aside", st, Vars{})
		if err != nil {
			return r, err
		}
		if len(r.Reply.Messages) < maxReplyMessages {
			r.Reply.Messages = append(r.Reply.Messages, akari.Message{Text: note})
		}
		return r, nil
	}
	return e.respond(ctx, st, ev, raw, masked, f, c, told)
}

// maxReplyMessages is LINE's limit on the messages of one reply.
const maxReplyMessages = 5

// respond is act for a message that is not an intake answer.
func (e *Engine) respond(ctx context.Context, st *akari.State, ev akari.Event, raw, masked string, f folded, c akari.Classification, told []facts.Found) (Result, error) {
	news := e.intents.listen.news(f)
	if news == "" && e.intents.listen.slipped(f, masked) {
		// A second groan (穴があったら入りたいとはこのことですね) is met
		// once more, in other words; a third is heard as the talk goes on.
		switch {
		case !e.opened(st, Vars{}, "news_slip"):
			news = "news_slip"
		case !e.opened(st, Vars{}, "news_slip_again"):
			news = "news_slip_again"
		}
	}
	asked := e.cardAsked(st, masked, f)
	switch {
	case st.Turns[len(st.Turns)-1].Blocked:
		r, err := e.line("injection", st, Vars{}, "greeting")
		r.Source = "guard"
		e.said(st, r.Reply)
		return r, err
	case e.intents.handoverShared(f):
		// What reaches the recruiter, exactly: what the consent lists.
		r, err := e.line("handover_shared", st, Vars{}, "privacy")
		e.said(st, r.Reply)
		return r, err
	case e.intents.handoverCancel(f) && e.aboutHandover(st, f):
		r, err := e.line("handover_cancel", st, Vars{}, "privacy")
		e.said(st, r.Reply)
		return r, err
	case e.intents.listen.privacyAsked(f):
		r, err := e.line("privacy", st, Vars{Retention: e.Retention}, "privacy")
		e.said(st, r.Reply)
		return r, err
	case f.is(e.intents.noContact) && st.LeadID == "":
		// Consent is theirs to give: nothing goes to anyone until they
		// ask, and they hear so.
		r, err := e.line("contact_not_yet", st, Vars{}, "guiding")
		e.said(st, r.Reply)
		return r, err
	case e.intents.wantsHuman(f):
		if t := &st.Turns[len(st.Turns)-1]; t.Kind == akari.TurnWords {
			t.Kind = akari.TurnRequest
		}
		return e.startIntake(st)
	case st.LeadID != "" && f.is(e.intents.contact):
		// Handed to a recruiter already: a word about reaching the person
		// is for them, and it is in the lead's conversation.
		r, err := e.line("lead_noted", st, Vars{}, "")
		e.said(st, r.Reply)
		return r, err
	case asked.liked:
		// 2件目よかね: glad, and how to look closer or ask for it — no
		// search, and no advice on the worry.
		st.Stage = akari.StageJobs
		r, err := e.line("jobs_card_liked", st, Vars{Jobs: asked.card.Title}, "jobs")
		e.said(st, r.Reply)
		return r, err
	case (asked.all || asked.which != "") && e.searchedAmong(st, f, asked):
		// その中で土日休みのはあると？ when no card shown says so: the
		// cards again by it, not a list of five that say nothing of it
		// (general sets 185 and 187, round 49).
		return e.showJobs(st, masked, false)
	case asked.all:
		return e.aboutAllShown(st, f, asked.topic)
	case asked.which != "":
		return e.aboutWhichShown(st, asked.which)
	case asked.about:
		return e.aboutShown(st, masked, asked.card)
	case asked.missing != "":
		// さっきの倉庫のやつ、休みは何曜日？ when no card shown was one:
		// said plainly, not answered as a new worry.
		st.Stage = akari.StageJobs
		r, err := e.line("jobs_listing_missing", st, Vars{Kind: asked.missing}, "jobs")
		e.said(st, r.Reply)
		return r, err
	case st.LastJobsTurn > 0 && st.TurnCount-st.LastJobsTurn == 1 && (f.is(praised) || f.is(thanksOnly)) && !e.intents.asks(f) && !f.is(goodnight) &&
		!e.intents.wantsJobs(f) && !e.intents.wantsMore(f) && !f.is(e.intents.research) && !e.searchesAgain(st, masked, f):
		// 在宅あるやん！ありがと right after the cards: glad they helped,
		// and how to look closer — not the worry's closing, which thanks
		// advice (正直に報告したあなたの姿勢は…), nor a search again. The
		// talk is back to listening, as after any thanks: a card asked of
		// later is asked while the cards are recent (shownLately).
		st.Stage = akari.StageListening
		r, err := e.line("jobs_thanks", st, Vars{}, "jobs")
		e.said(st, r.Reply)
		return r, err
	case e.intents.wantsMore(f) && (st.Stage == akari.StageJobs || st.LastJobsTurn > 0 || conditionsNamed(string(f)) > 0):
		// もっと他のもある？京都でもいいよ: more, somewhere else too. Cards
		// seen however long ago (札幌の事務、もっと見せて after a night in
		// care), or work named with it, are what more is of.
		// 週3くらいのん、もっと見せて names a condition: a search with it.
		return e.showJobs(st, masked, onlyMore(masked, f))
	case e.searchesAgain(st, masked, f) && !asked.named:
		return e.showJobs(st, masked, false)
	case f.is(e.intents.widenArea) && st.LastJobsTurn > 0:
		return e.widen(st, factPrefecture)
	case f.is(e.intents.widenEmployment) && st.LastJobsTurn > 0:
		return e.widen(st, factEmployment)
	case f.is(e.intents.widenPay) && st.LastJobsTurn > 0:
		return e.widen(st, factMinPay)
	case f.is(e.intents.another):
		st.Stage = akari.StageListening
		r, err := e.line("another_worry", st, Vars{}, "greeting")
		e.said(st, r.Reply)
		return r, err
	case f.is(e.intents.annoyed) && utf8.RuneCountInString(masked) <= annoyedRunes && !e.intents.wantsJobs(f) && !e.intents.wantsHuman(f) && !f.is(othersPushy):
		// 「は？だから大丈夫って言ったじゃん」: asked once too often. Sorry,
		// believed, and the worry on the table again, not a topic menu.
		// Cross and asking (だから求人見せてって言ってるじゃん) is answered.
		r, err := e.line("annoyed", st, Vars{}, "guiding")
		e.said(st, r.Reply)
		return r, err
	case f.is(e.intents.back) && st.Category != "" && st.Category != akari.Other:
		// Back from job cards to the worry: more guidance on it, new steps.
		return e.guide(ctx, st, masked, akari.Classification{Category: st.Category, Confidence: 1, Source: "context"}, reading{ask: akari.AskMore})
	case e.intents.jobsNotNow(f):
		// A boundary, remembered: no cards and no job chips until asked.
		st.NoJobs = true
		if c.Category != akari.Other && c.Category.Valid() {
			// 「転職したいけど求人はまだいい」: the worry is still there —
			// the one on the table when the message says it is not
			// another (辞めるつもりはないし、求人も見なくて大丈夫).
			rd := e.read(masked, f, c, told)
			if !strings.Contains(string(f), "転職") {
				// Turning listings down says nothing of changing jobs.
				rd.denies = append(rd.denies, akari.CareerChange)
			}
			if kept, ok := followUp(st, c, rd, e.MinConfidence, nil); ok {
				c = kept
			}
			return e.guide(ctx, st, masked, c, rd)
		}
		r, err := e.line("jobs_declined", st, Vars{}, "guiding")
		e.said(st, r.Reply)
		return r, err
	case e.justOutOfCare(st) && f.is(e.intents.care.safe) && !f.is(e.intents.listen.question) && !e.asksForListings(st, f):
		// 「実家帰る。お母さんにLINEした」 just after care ended: more news
		// of safety, met as such — not advice on the worry. Not when it
		// asks for listings (同期と一緒に転職しようかって話になった。求人
		// 見せて): the listings, asked for.
		r, err := e.line("safe_after_care", st, Vars{}, "care_back")
		e.said(st, r.Reply)
		return r, err
	case news != "":
		// 「そういえば先月、初孫が生まれたんですよ」: glad with them, and the
		// worry on the table stays where it was.
		r, err := e.line(news, st, Vars{}, "guiding")
		e.said(st, r.Reply)
		return r, err
	case e.intents.wantsJobs(f) && !asked.named:
		st.NoJobs, st.HeardOnly = false, false
		if st.Category == "" && c.Category != akari.Other {
			st.Category = c.Category // asking for jobs is itself the worry
		}
		return e.showJobs(st, masked, false)
	}
	rd := e.read(masked, f, c, told)
	switch {
	case rd.ask == akari.AskListen:
		st.HeardOnly = true
	case st.HeardOnly && rd.ask == akari.AskNone && !rd.question && !rd.distressed:
		// Going on telling after asking only to be heard: heard again.
		rd.ask = akari.AskHeard
	default:
		st.HeardOnly = false
	}
	if !st.Category.Valid() && c.Category == akari.RemoteWorkEnvy && c.Confidence >= e.MinConfidence && slices.Contains(rd.denies, c.Category) {
		// A first message read as remote work with nothing of remote work
		// or the office in it (訪問介護しとるがやけど、休みの日もサ責から電話
		// かかってくる, at 0.95) is no worry named yet: what it asks is
		// answered, and the worry is asked about. (The other worries'
		// words guard a worry only once one is on the table: a first
		// message about 社会保険 is about pay without naming money.) Read
		// unsure, it is asked about as any unsure first message is.
		c.Category, c.Source = akari.Other, "context"
	}
	if rd.answer = e.answerTo(st, f, c); rd.answer.Kind != akari.AnswerNone {
		// 「3年くらい」 after 「いつごろから続いていますか？」 is about the
		// worry on the table (or, with none, about what was just said),
		// never a new worry read off a bare number; and it is remembered.
		e.keep(st, answered(rd.answer, st.Asked))
		cat := st.Category
		if !cat.Valid() {
			cat = akari.Other
		}
		return e.guide(ctx, st, masked, akari.Classification{Category: cat, Confidence: 1, Source: "context", Crisis: c.Crisis, Risk: c.Risk}, rd)
	}
	if rd.body && !st.Category.Valid() && (c.Category == akari.Other || c.Confidence < e.MinConfidence) {
		// 「頭痛がひどくて仕事にならない」 with no worry on the table is about
		// the body, not a topic to pick: the health facet answers it
		// whatever the worry turns out to be.
		c = akari.Classification{Category: akari.Other, Confidence: c.Confidence, Source: c.Source, Crisis: c.Crisis, Risk: c.Risk}
	}
	jobTold, pained := false, false
	if !st.Category.Valid() && rd.ask == akari.AskNone && !c.Crisis {
		// Whatever the classifier guesses from the job's words (派遣で事務
		// してます reads as a job change at 0.81), a job told and no more
		// names no worry (listenIntents.jobBut keeps what does).
		jobTold, pained = e.intents.listen.tellsJob(f)
	}
	over := !st.Category.Valid() && rd.ask == akari.AskNone && !c.Crisis && f.is(shiftOver)
	if over {
		jobTold = false
	}
	if over && c.Category != akari.Other {
		// 「介護の夜勤明け。」: a shift over and no more names no worry —
		// whatever the classifier guesses from the job's words (salary at
		// 0.51) — and is met as small talk meets it: rest, and what is on
		// their mind.
		c = akari.Classification{Category: akari.Other, Confidence: c.Confidence, Source: c.Source}
	}
	if c.Category == akari.HungUpCall && f.is(contractCut) && !f.is(callWords) {
		// 派遣切られた: a contract cut, not a call — the classifier reads
		// 切られた as the phone put down. Examples of it in the category
		// corpus moved the reading of many short messages, so the rule is
		// here.
		c.Category, c.Confidence = akari.Resignation, max(c.Confidence, e.MinConfidence)
	}
	if !st.Category.Valid() && !c.Crisis && c.Category != akari.ParentingBalance && f.is(pregnancyTold) {
		// 事務職の正社員をしておりまして、妊娠がわかったのですが、上司に
		// いつご報告すべきか: the worry is work and a child on the way,
		// whatever the job's words read as (changing jobs, general set
		// 188, round 49).
		c.Category, c.Confidence = akari.ParentingBalance, max(c.Confidence, e.MinConfidence)
	}
	if !st.Category.Valid() && !c.Crisis && (c.Category == akari.WorkplaceRelationships || c.Category == akari.Other || c.Category == akari.WorkMeaning) && f.is(paidLeaveTold) && !f.is(harmTold) {
		// 10月に有給が10日付与されたのですが、先輩方が誰も取っていなくて、
		// 使いづらい雰囲気です: paid leave hard to take, whoever is around
		// — the worry of pay and leave, whose facet knows the rules, not
		// colleagues read off 先輩方 and 雰囲気 (general set 190, round 50).
		c.Category, c.Confidence = akari.Salary, max(c.Confidence, e.MinConfidence)
	}
	if !st.Category.Valid() && !c.Crisis && (c.Category == akari.Other || c.Confidence < e.MinConfidence) && f.is(dismissalTold) {
		// 勤めでだ工場が閉鎖さなるって。来月末で解雇だど: a dismissal told,
		// in words the classifier reads as nothing sure — the worry of
		// leaving work, with its notes on notice and benefits, not small
		// talk or a menu (general set 187, round 49).
		c.Category, c.Confidence = akari.Resignation, e.MinConfidence
	}
	if !st.Category.Valid() && !c.Crisis && (c.Confidence < e.MinConfidence || !contractWorry(c.Category)) && f.is(notRenewed) {
		// 契約社員として倉庫で働いて4年半…次の更新はしないかもしれないと
		// 言われて不安です: unsure which worry, yet a contract not renewed
		// is one — its facet lives with leaving work — not a menu to pick
		// from (general set 185, round 49); nor is it remote work read off
		// 派遣先 (工場の派遣で働いてます。派遣先の班長から次の更新はないって
		// 言われた), or a job told and no more.
		c.Category, c.Confidence = akari.Resignation, max(c.Confidence, e.MinConfidence)
		jobTold, pained = false, false
	}
	if !st.Category.Valid() && rd.ask == akari.AskNone && !c.Crisis && f.is(e.intents.listen.scolded) {
		// 「てんちょう に おこられた」 and no more: what happened is asked
		// first (the small-talk line for being told off), not answered
		// with the advice on a boss one cannot get on with.
		c = akari.Classification{Category: akari.Other, Confidence: c.Confidence, Source: c.Source}
	}
	if pained {
		// 「介護の仕事をしています。夜勤続きで正直しんどいです」: the job and
		// how it wears them out, no worry yet — met as the tiredness it
		// is, and asked about, not answered with advice on changing jobs.
		c = akari.Classification{Category: akari.Other, Confidence: c.Confidence, Source: c.Source}
		rd.distressed = true
	}
	if !st.Category.Valid() && c.Category != akari.Other && c.Confidence < unknowingConfidence && f.is(e.intents.listen.unknowing) {
		// 「なんでって聞かれても、自分でもよくわからん」 after 「何があった
		// のか…聞かせてもらえますか？」: not knowing why one feels low is
		// met gently, not as a worry guessed from the words around it.
		c = akari.Classification{Category: akari.Other, Confidence: c.Confidence, Source: c.Source, Crisis: c.Crisis, Risk: c.Risk}
		rd.distressed = true
	}
	if c.Category != akari.Other && c.Confidence < e.MinConfidence && st.Category == "" && e.knows(masked, st) {
		// 「36協定ってなに」: no worry to pick; what it asks is answered.
		c = akari.Classification{Category: akari.Other, Confidence: c.Confidence, Source: c.Source, Crisis: c.Crisis, Risk: c.Risk}
	}
	// Read as small talk, yet telling of someone or somewhere at work (バイト
	// 先の店長まじ無理, 親方さ言ったら…殺す気だべか): a worry in words the
	// classifier does not know, which the small-talk menu would pass by.
	workAsSmallTalk := c.Category == akari.Other && st.Category == "" && rd.ask == akari.AskNone && !rd.body &&
		utf8.RuneCountInString(masked) >= minWorkRunes && atWork.MatchString(string(f)) && !pleasantry.MatchString(string(f)) && !over && !e.knows(masked, st)
	if (c.Category != akari.Other && c.Confidence < e.MinConfidence || workAsSmallTalk || jobTold && !pained) && st.Category == "" && !rd.distressed && st.Stage != akari.StageClarify {
		// Unsure which worry — but a person in tears is not asked to pick
		// a topic: they are answered gently first. Asked once and answered
		// with more words instead of a pick, Akari does not ask the same
		// again: she answers her best reading of both.
		st.Stage = akari.StageClarify
		r, err := e.line("clarify", st, Vars{}, "greeting")
		if g, ok := e.Classifier.(Guesser); ok {
			r.Reply.QuickReplies = e.likelyChips(g.Likely(masked, 3))
		}
		e.said(st, r.Reply)
		return r, err
	}
	if c.Category == akari.Other && st.Stage == akari.StageClarify && !st.Category.Valid() && rd.ask == akari.AskNone && !rd.body && !rd.distressed &&
		utf8.RuneCountInString(masked) >= clarifiedRunes {
		// Asked which worry it is and answered with the question itself
		// (これって育休取ったけえ飛ばされたってことなんかね？), read as small
		// talk: the worry both messages name is answered, not a menu.
		if g, ok := e.Classifier.(Guesser); ok {
			if l := g.Likely(earlierUserText(st)+"\n"+masked, 1); len(l) > 0 {
				c = akari.Classification{Category: l[0], Confidence: e.MinConfidence, Source: "context", Crisis: c.Crisis, Risk: c.Risk}
			}
		}
	}
	var likely []akari.Category
	if g, ok := e.Classifier.(Guesser); ok && (rd.ask != akari.AskNone || rd.distressed || rd.body || rd.question) {
		likely = g.Likely(masked, 2)
	}
	if kept, ok := followUp(st, c, rd, e.MinConfidence, likely); ok {
		return e.guide(ctx, st, masked, kept, rd)
	}
	if rd.ask == akari.AskThanks && c.Category == akari.Other {
		return e.guide(ctx, st, masked, c, rd)
	}
	return e.guide(ctx, st, masked, c, rd)
}

// knows reports whether the advisor holds a note that answers text.
func (e *Engine) knows(text string, st *akari.State) bool {
	k, ok := e.Advisor.(Knower)
	return ok && k.Knows(text, st)
}

// contractWorry reports whether c is a reading that a contract not renewed
// fits as it is: leaving work, the next job, money, a child, someone at
// work behind it. Remote work, a call, the meaning of the work or small
// talk are guesses from other words of the message.
func contractWorry(c akari.Category) bool {
	switch c {
	case akari.RemoteWorkEnvy, akari.HungUpCall, akari.WorkMeaning, akari.Other:
		return false
	}
	return true
}

// thanksOnly is thanks and nothing more (ありがとう！, 助かりました🙏).
var thanksOnly = pattern.MustCompile(`^(ありがと|ありがとう|ありがとうございます|ありがとうございました|ありがとね|ありがとー|助かりました|助かった|助かる|あざす|あざっす|サンキュー|さんきゅ|どうも)[!！。w笑〜ー😊🙏✨]*$`)

// contractCut tells of a contract ended by the employer (派遣切られた,
// 契約を打ち切られた); notRenewed, of one not renewed (次の更新はしない,
// 雇い止め); dismissalTold, of the person dismissed (来月末で解雇だ,
// 工場が閉鎖); paidLeaveTold, of paid leave granted or hard to take, and
// harmTold, of someone at work who harms (then the worry is theirs);
// pregnancyTold, of the person's own pregnancy (妊娠がわかっ
// た, つわり); callWords, of a call.
var (
	contractCut   = pattern.MustCompile(`(派遣|はけん|契約|雇用|雇い|バイト|パート)(を|が|は|も)?[^。?？]{0,4}(切られ|きられ|切り|ぎり|打ち切|うちき|止め|どめ)`)
	pregnancyTold = pattern.MustCompile(`妊娠(が|を)?(わかっ|分かっ|わかり|分かり|判明|し(た|て|ました)|中|[0-9０-９一二三四五六七八九十]+(か月|ヶ月|カ月|週))|つわり|悪阻|妊婦(で|です|なん)`)
	dismissalTold = pattern.MustCompile(`解雇(だ|です|され|するって|すると言|って言われ|と言われ|予告|通知|を言い渡)|クビ(だ(って|と|ど|よ|わ|[。!！])|に(なった|された|なりました|されました)|って言われ|と言われ|を言い渡)|首に(なった|された)|(工場|会社|店|店舗|事業所|営業所)[^。?？]{0,3}(閉鎖|閉店|倒産|廃業|撤退)|倒産(する|した|しそう|らしい)|リストラ(され|対象|の対象)`)
	notRenewed    = pattern.MustCompile(`更新(は|を|が|も)?(しない|せえへん|せん|されない|されへん|されん|ない|なし|しません|されません|できない)|雇い?止め|契約(が|は)?[^。?？]{0,3}(終わり|終了|満了|切れる)`)
	paidLeaveTold = pattern.MustCompile(`(有給|有休|年休|年次休暇)[^。?？]{0,16}(取りづら|取りにく|とりづら|とりにく|使いづら|使いにく|取れない|とれない|取れへん|取れん|取らせてもら|誰も取って|だれも取って|誰も使って|取ってな|付与|もらえ|残って|消化|申請)`)
	harmTold      = pattern.MustCompile(`パワハラ|いじめ|イジメ|怒鳴|暴言|無視され|嫌がらせ|セクハラ|モラハラ`)
	callWords     = pattern.MustCompile(`電話|でんわ|通話|ガチャ|がちゃ|受話器|お客|客`)
)

// goodnight closes the day (ありがと、もう寝る): answered as that.
var goodnight = pattern.MustCompile(`寝る|寝ます|ねる|ねます|おやすみ|お休み`)

// atWork names someone or somewhere at work: a message that does is about
// work, whatever else it is.
var atWork = pattern.MustCompile(`店長|副店長|親方|上司|先輩|同僚|後輩|社員さん|バイトリーダー|主任|係長|課長|部長|社長|師長|料理長|マネージャー|オーナー|現場|職場|会社|バイト先|パート先|派遣先|勤め先|足場|工場|厨房|病棟|施設長|お局`)

// pleasantry is small talk that names work in passing (今日も会社おつかれ,
// 職場の近くのカフェ美味しかった): no worry to ask about.
var pleasantry = pattern.MustCompile(`おつかれ|お疲れ|おはよう|こんにちは|こんばんは|ありがと|楽しかった|たのしかった|美味しかった|おいしかった|うまかった|嬉しい|うれしい|よかった`)

// minWorkRunes: a message shorter than this is small talk, whatever it names.
const minWorkRunes = 8

// likelyChips lets the person say which worry it is with one tap; the
// choice comes back as a postback and the message is answered for it.
func (e *Engine) likelyChips(cats []akari.Category) []akari.QuickReply {
	chips := make([]akari.QuickReply, 0, len(cats)+1)
	for _, c := range cats {
		label := e.Script.Label(c)
		chips = append(chips, akari.QuickReply{Label: label, Text: label, Data: "action=worry&c=" + string(c)})
	}
	return append(chips, akari.QuickReply{Label: "どれも違う", Text: "どれも違うかも"})
}

// quiet records a message for the recruiter who has the conversation, and
// says once that a person is with them.
func (e *Engine) quiet(st *akari.State, t akari.Takeover) (Result, error) {
	if t.Told {
		return Result{Source: "human"}, nil
	}
	r, err := e.line("human_active", st, Vars{}, "")
	r.Source, r.Effects.HumanNoticeSent = "human", true
	return r, err
}

// guide asks the advisor for guidance on text and records it.
func (e *Engine) guide(ctx context.Context, st *akari.State, text string, c akari.Classification, rd reading) (Result, error) {
	before := *st // the advisor sees the conversation as it was
	before.Turns = st.Turns[:len(st.Turns)-1]
	adv, err := e.Advisor.Advise(ctx, akari.AdviceRequest{Text: text, Classification: c, State: &before, Ask: rd.ask, Distressed: rd.distressed, Answer: rd.answer, Deferred: rd.deferred})
	if err != nil {
		return Result{}, fmt.Errorf("advise: %w", err)
	}
	if adv.Category.Valid() && adv.Category != c.Category && !c.Crisis {
		// The advisor met the message as the worry its words name (派遣で
		// 同じ課に3年…「そこで終わりです」, read as colleagues, answered as a
		// contract ending): the conversation goes on in that worry, so its
		// follow-ups are not met with the other worry's steps.
		c.Category = adv.Category
		if n := len(st.Turns) - 1; n >= 0 && st.Turns[n].Role == akari.RoleUser {
			st.Turns[n].Category = adv.Category
		}
	}
	if c.Category != akari.Other {
		st.Category = c.Category
		st.Stage = akari.StageGuiding
		if st.Guided == nil {
			st.Guided = map[akari.Category]int{}
		}
		st.Guided[c.Category]++
	}
	reply := akari.Texts(adv.Texts...)
	switch {
	case c.Category == akari.Other && (rd.distressed || rd.body || unwellLately(st)):
		// A person in pain, or whose body is telling them to stop, is
		// not handed a menu of topics.
	case c.Category == akari.Other:
		reply.QuickReplies = e.Script.QuickReplies("greeting")
	default:
		reply.QuickReplies = e.chips(st, "guiding")
		if rd.distressed || rd.body || unwellLately(st) {
			// Someone in pain, or unwell, is not offered jobs or a
			// recruiter.
			reply.QuickReplies = slices.DeleteFunc(reply.QuickReplies, func(q akari.QuickReply) bool {
				t := q.Text
				if t == "" {
					t = q.Label
				}
				k := e.chipKind(t)
				return k.jobs || k.human
			})
		}
	}
	e.said(st, reply)
	return Result{Reply: reply, Classification: &c, Source: adv.Source}, nil
}

// postback handles taps that carry data: 「興味あり」 on a job card, or a
// worry chosen from chips.
func (e *Engine) postback(ctx context.Context, st *akari.State, ev akari.Event) (Result, error) {
	q, err := url.ParseQuery(ev.Data)
	if err != nil {
		e.Log.WarnContext(ctx, "postback data unreadable", "err", err)
		return e.line("fallback", st, Vars{}, "greeting")
	}
	switch q.Get("action") {
	case "interest": // 「興味あり」 on a job card
		id := q.Get("job")
		if e.Jobs != nil {
			if _, _, ok := e.Jobs.Describe(id); ok && !slices.Contains(st.Interested, id) {
				st.Interested = append(st.Interested, id)
			}
		}
		st.TurnCount++
		return e.startIntake(st)
	case "worry": // the person chose which worry it is
		cat, err := akari.ParseCategory(q.Get("c"))
		if err != nil {
			return e.line("fallback", st, Vars{}, "greeting")
		}
		st.TurnCount++
		text := lastUserText(st)
		if text == "" || st.Stage != akari.StageClarify {
			text = e.Script.Label(cat)
		} else {
			// The person said which worry their words were about.
			for i := len(st.Turns) - 1; i >= 0; i-- {
				if st.Turns[i].Role == akari.RoleUser {
					st.Turns[i].Category = cat
					break
				}
			}
		}
		st.Turns = append(st.Turns, akari.Turn{Role: akari.RoleUser, Text: text, Category: cat, At: e.Now(), Kind: akari.TurnChip})
		return e.guide(ctx, st, text, akari.Classification{Category: cat, Confidence: 1, Source: "chosen"}, reading{})
	}
	e.Log.InfoContext(ctx, "postback action not known", "action", q.Get("action"))
	return e.line("fallback", st, Vars{}, "greeting")
}

// unsureRunes: an unsure answer this short says nothing more.
const unsureRunes = 20

// annoyedRunes: a message this short that is cross at being asked again
// says only that; a longer one goes on to say more and is answered.
const annoyedRunes = 30

// othersPushy is someone else pressing the person, not Akari asking once
// too often (実は上司との面談がもう4回目で、かなりしつこいです: general
// set 198, round 52).
var othersPushy = pattern.MustCompile(`(上司|店長|部長|課長|社長|先輩|同僚|客|面談|勧誘|営業|電話|会社|人事|相手|親|母|父|夫|妻|旦那|彼氏|彼女|あいつ|あの人)[^。?？]{0,16}(しつこ|何回も|何度も)`)

// shiftOver is a shift told over and no more (介護の夜勤明け。, 工場の夜勤
// 終わったー).
var shiftOver = pattern.MustCompile(`^[^。?？]{0,12}(夜勤|日勤|遅番|早番|準夜|深夜勤|当直|当務|夜のシフト)[^。?？]{0,3}(明け|あけ|終わった|おわった|終わり|おわり|終了|上がり|あがり)(です|や|だよ|だ|ました|っす)?[。!！…〜ー~w笑]*$`)

// clarifiedRunes is how long an answer to 「どんなことに近いですか？」 must be
// to say the worry itself rather than to pick or wave it off (どれも違うかも).
const clarifiedRunes = 12

// earlierUserText is the person's message before the last one.
func earlierUserText(st *akari.State) string {
	seen := false
	for i := len(st.Turns) - 1; i >= 0; i-- {
		if st.Turns[i].Role == akari.RoleUser {
			if seen {
				return st.Turns[i].Text
			}
			seen = true
		}
	}
	return ""
}

func lastUserText(st *akari.State) string {
	for i := len(st.Turns) - 1; i >= 0; i-- {
		if st.Turns[i].Role == akari.RoleUser {
			return st.Turns[i].Text
		}
	}
	return ""
}

// line answers with a fixed line and an optional quick-reply set, with the
// offers that are not due left out.
func (e *Engine) line(key string, st *akari.State, v Vars, quick string) (Result, error) {
	text, err := e.Script.Line(key, st, v)
	if err != nil {
		return Result{}, fmt.Errorf("line %s: %w", key, err)
	}
	r := akari.Texts(text)
	if quick != "" {
		r.QuickReplies = e.chips(st, quick)
	}
	return Result{Reply: r, Source: "script"}, nil
}

// unwellLately: a sign in the body or mind was told in one of the person's
// last three messages; while the talk is about it, jobs are not offered.
func unwellLately(st *akari.State) bool {
	h, ok := st.Known[string(facts.Health)]
	return ok && h.Turn >= st.TurnCount-2
}

// remember keeps what the person said about themselves in this message, so
// that no later reply asks for it again, and returns it.
func (e *Engine) remember(st *akari.State, text string) []facts.Found {
	found := e.facts.Extract(text)
	e.keep(st, found)
	return found
}

// keep adds found to what is known about the person, as said this turn.
func (e *Engine) keep(st *akari.State, found []facts.Found) {
	if len(found) > 0 {
		m := facts.FromState(st.Known)
		m.Merge(found, st.TurnCount)
		st.Known = m.State()
	}
}

// said records what Akari said as a turn.
func (e *Engine) said(st *akari.State, r akari.Reply) {
	var b strings.Builder
	for _, m := range r.Messages {
		if m.Text == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n")
		}
		b.WriteString(m.Text)
	}
	if b.Len() > 0 {
		st.Turns = append(st.Turns, akari.AkariTurn(b.String(), st.Category, e.Now()))
		st.Asked = questionOf(b.String())
	}
}

// trim keeps the most recent turns and folds the older ones into the
// rolling summary, once per event.
func (e *Engine) trim(ctx context.Context, st *akari.State) {
	n := len(st.Turns) - akari.MaxTurns
	if n <= 0 {
		return
	}
	dropped := slices.Clone(st.Turns[:n])
	st.Turns = slices.Clone(st.Turns[n:])
	if e.Summarizer == nil {
		return
	}
	s, err := e.Summarizer.Fold(ctx, st.Summary, dropped)
	if err != nil {
		e.Log.WarnContext(ctx, "summary not updated", "err", err)
		if s == "" {
			return
		}
	}
	st.Summary = s
}

// command recognises the commands, forgiving width, spacing and a few
// everyday spellings.
func command(text string) string {
	// Spaces, which fold reads as pauses between words, go: a command is
	// one word however it was typed (データ 削除).
	t := strings.Trim(strings.ReplaceAll(string(fold(text)), "、", ""), "。.!！?？")
	switch t {
	case "リセット", "りせっと", "reset", "最初から", "はじめから":
		return CmdReset
	case "データ削除", "データを削除", "データ削除して", "データを消して", "delete", "削除":
		return CmdDelete
	case "ヘルプ", "へるぷ", "help", "使い方", "つかいかた":
		return CmdHelp
	}
	return ""
}
