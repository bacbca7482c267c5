package akari

import "time"

// Stage is where a conversation stands. The engine moves between stages; the
// store keeps the current one.
type Stage string

const (
	StageNew       Stage = ""          // never talked, or after リセット
	StageListening Stage = "listening" // greeted, waiting for the worry
	StageGuiding   Stage = "guiding"   // guidance given at least once
	StageClarify   Stage = "clarify"   // asked which worry it is
	StageJobs      Stage = "jobs"      // job cards shown
	StageIntake    Stage = "intake"    // かんたん登録 in progress
	StageHandoff   Stage = "handoff"   // a recruiter has the lead
)

// Role says who spoke a turn.
type Role string

const (
	RoleUser  Role = "user"
	RoleAkari Role = "akari"
)

// Turn is one message in the conversation, as stored. Text is already
// masked for phone numbers and e-mail addresses.
type Turn struct {
	Role Role `json:"role"`
	// Text is empty in Akari's turns of a state read without its history:
	// her words are kept beside the state (see EncodeState).
	Text     string    `json:"text"`
	Category Category  `json:"category,omitempty"`
	At       time.Time `json:"at"`
	// Blocked marks a message declined as an attempt to steer Akari: it is
	// never shown to a model, not even as history.
	Blocked bool `json:"blocked,omitempty"`
	// Kind says what a person's message was; only their own words
	// (TurnWords) count as worries in summaries and the worry mix.
	Kind TurnKind `json:"kind,omitempty"`
	// Prints are the fingerprints of what Akari said in her turn (see
	// Prints): what tells her she said a line lately. Like N, they are
	// kept by the stores' own form of the state (see EncodeState), not in
	// this JSON, which is a turn as people read it (a lead's transcript).
	Prints Prints `json:"-"`
	// N numbers Akari's turns whose words the store keeps beside the state;
	// 0 until they are stored.
	N int `json:"-"`
}

// AkariTurn is a turn of Akari's saying text, with its fingerprints.
func AkariTurn(text string, c Category, at time.Time) Turn {
	return Turn{Role: RoleAkari, Text: text, Category: c, At: at, Prints: PrintsOf(text)}
}

// Says reports whether Akari said piece in this turn: a line of hers, a
// run of whole sentences of one, or several such lines. It gives what
// looking for piece in her text gives for the pieces her replies are
// composed of, from the fingerprints alone when the text is not at hand.
func (t Turn) Says(piece string) bool { return t.SaysPiece(PieceOf(piece)) }

// SaysPiece is Says for a piece fingerprinted once, to be looked for in
// many turns.
func (t Turn) SaysPiece(q Piece) bool {
	if t.Role != RoleAkari {
		return false
	}
	if t.Prints == nil {
		return PrintsOf(t.Text).has(q) // a turn made without AkariTurn
	}
	return t.Prints.has(q)
}

// TurnKind says what kind of message a person's turn was.
type TurnKind string

const (
	TurnWords   TurnKind = ""        // the person's own words
	TurnChip    TurnKind = "chip"    // a quick reply tapped (or a choice by postback)
	TurnIntake  TurnKind = "intake"  // an answer to a かんたん登録 question
	TurnConsent TurnKind = "consent" // the answer to the consent question
	TurnRequest TurnKind = "request" // asking for a recruiter
)

// Own reports whether t is the person's own words about their worry: not
// Akari, not a chip tap, an intake answer, the consent or a request.
func (t Turn) Own() bool { return t.Role == RoleUser && t.Kind == TurnWords }

// WithoutBlocked returns the turns a model may be shown or a summary may
// keep: a blocked message and the line that declined it are left out.
func WithoutBlocked(turns []Turn) []Turn {
	out := make([]Turn, 0, len(turns))
	declined := false
	for _, t := range turns {
		if t.Blocked || (declined && t.Role == RoleAkari) {
			declined = t.Blocked
			continue
		}
		declined = false
		out = append(out, t)
	}
	return out
}

// Profile is what LINE tells about the person; cached with the state.
type Profile struct {
	DisplayName string    `json:"displayName,omitempty"`
	FetchedAt   time.Time `json:"fetchedAt,omitzero"`
}

// State is everything Akari remembers about one person. It is loaded before
// an event is handled and saved after, as one value.
type State struct {
	UserID string `json:"userId"`
	// Version is the store's version of the state when it was read; a
	// commit made from an older version is refused (it comes from a
	// process that lost the person's partition). Not part of the JSON.
	Version  string   `json:"-"`
	Profile  Profile  `json:"profile"`
	Category Category `json:"category,omitempty"`
	Stage    Stage    `json:"stage,omitempty"`
	// Turns holds the most recent turns, oldest first; older ones are folded
	// into Summary.
	Turns   []Turn `json:"turns,omitempty"`
	Summary string `json:"summary,omitempty"`
	// TurnCount counts the person's messages since the last リセット.
	TurnCount int `json:"turnCount"`
	// Guided counts guidance replies per category, so a second message in
	// the same worry gets new steps instead of the same text.
	Guided map[Category]int `json:"guided,omitempty"`
	// Care is set while Akari stays in care mode after a sign of suicidal
	// thoughts or self-harm: every reply is care first, and nothing is
	// offered or handed to a recruiter. nil otherwise.
	Care *Care `json:"care,omitempty"`
	// Facts are what the person told about their wishes (area, remote,
	// employment type…), keyed by a short name.
	Facts map[string]string `json:"facts,omitempty"`
	// Known is what the person said about themselves (employment, job,
	// remote days, children…), by fact key (see internal/facts), so Akari
	// never asks again for something she was told.
	Known map[string]Fact `json:"known,omitempty"`
	// Asked is the question Akari's last reply ended with, in her words
	// (a line of hers, not the person's), so a short answer to it
	// (「3年くらい」) is read as one even though her words are not kept in
	// the lean state. Empty when her last reply asked nothing.
	Asked string `json:"asked,omitempty"`
	// NoJobs: the person said they do not want jobs now; no cards and no
	// job chips until they ask.
	NoJobs bool `json:"noJobs,omitempty"`
	// HeardOnly: the person asked to be heard, not advised (聞いてほしかった
	// だけ); what they go on telling is reflected, with no steps, until
	// they ask something.
	HeardOnly bool `json:"heardOnly,omitempty"`
	// LastJobsTurn is the TurnCount at which job cards were last shown.
	LastJobsTurn int `json:"lastJobsTurn,omitempty"`
	// CareEnded is the TurnCount at which care mode last ended with the
	// person safe or calmer (not a false alarm): listings and a recruiter
	// are not offered for a few turns after, only given when asked.
	CareEnded int `json:"careEnded,omitempty"`
	// JobsOffset is how many cards of the current search were shown, for
	// 「もっと見る」.
	JobsOffset int `json:"jobsOffset,omitempty"`
	// Shown lists the job ids of the cards last shown, in their order, so
	// that 「2番目のとこって残業ある？」 is about one of them.
	Shown []string `json:"shown,omitempty"`
	// Interested lists the job ids the person tapped 「興味あり」 on.
	Interested []string `json:"interested,omitempty"`
	// Intake is the かんたん登録 in progress, or paused; nil when none.
	Intake *Intake `json:"intake,omitempty"`
	// Chips are the texts of the quick replies last offered, so that a tap
	// is told apart from the person's own words.
	Chips []string `json:"chips,omitempty"`
	// LeadID is the lead created with the person's consent, if any.
	LeadID    string    `json:"leadId,omitempty"`
	CreatedAt time.Time `json:"createdAt,omitzero"`
	UpdatedAt time.Time `json:"updatedAt,omitzero"`
	// Events are the ids of the newest events applied to this state.
	Events []string `json:"events,omitempty"`
}

// Fact is one thing the person said about themselves: a normalised value,
// its Japanese wording when it differs from the value, and the turn
// (TurnCount) it was said in.
type Fact struct {
	Value string `json:"v"`
	Say   string `json:"s,omitempty"`
	Turn  int    `json:"t"`
}

// MaxTurns bounds State.Turns.
const MaxTurns = 20

// AddTurn appends t and drops the oldest turns beyond MaxTurns. It returns
// the dropped turns so the caller can fold them into a summary.
func (s *State) AddTurn(t Turn) (dropped []Turn) {
	s.Turns = append(s.Turns, t)
	if n := len(s.Turns) - MaxTurns; n > 0 {
		dropped = append([]Turn(nil), s.Turns[:n]...)
		s.Turns = append(s.Turns[:0:0], s.Turns[n:]...)
	}
	return dropped
}

// Care is the care mode of a conversation: since when, how grave the last
// sign was, and whether Akari already asked about the person's safety
// tonight.
type Care struct {
	Level   Risk      `json:"level"`
	Since   time.Time `json:"since"`
	Last    time.Time `json:"last"` // the last message with a sign
	Checked bool      `json:"checked,omitempty"`
	Replies int       `json:"replies,omitempty"` // fixed listening lines said, to vary them
	Jobs    int       `json:"jobs,omitempty"`    // requests for jobs answered in care, to vary the answer
	// Worry is the work worry the first sign came with (上司に毎日怒鳴ら
	// れて、もう消えたい), to go back to when care ends and nothing else
	// is on the table.
	Worry Category `json:"worry,omitempty"`
	// Asked is the question the last care reply asked, so that 「うん」
	// or 「いいえ」 is read as its answer: AskedDying, AskedPlace,
	// AskedTonight, or empty.
	Asked string `json:"asked,omitempty"`
	// Urgent is danger at hand (pills taken, bleeding, at an edge now):
	// every care reply asks for 119 first until help is called.
	Urgent bool `json:"urgent,omitempty"`
	// Pending is a work question asked instead of answering tonight's
	// check after a high-level sign (退職の手続きってどうやるの): tonight
	// is asked once more, and the question is answered when they say
	// they are safe. It is the person's words, erased with the state.
	Pending string `json:"pending,omitempty"`
	// Laughing: the last sign was said laughing (首吊るしかないw, 屋上から
	// 飛ぼっかな🙃), so that words taken back after it (冗談だって) are
	// believed; after a sign said in earnest they are not enough.
	Laughing bool `json:"laughing,omitempty"`
	// Harmed: a harm was told as done (タバコの火を腕に押し付けちゃった),
	// so that 死にたいとかじゃないよ does not undo care: the harm is real
	// whether or not dying was meant.
	Harmed bool `json:"harmed,omitempty"`
	// Ready: a means was told made ready (睡眠薬をためていて、もう十分な量
	// になりました) and not yet told put away, so that going to bed is
	// met with putting it out of reach first.
	Ready bool `json:"ready,omitempty"`
}

// The questions a care reply asks.
const (
	AskedDying   = "dying"   // 死にたいと思う気持ちはありますか (the concern reply)
	AskedPlace   = "place"   // いまは安全な場所にいますか (the crisis replies)
	AskedTonight = "tonight" // 今夜は安全に過ごせそうですか (feeling calmer)
	AskedMeans   = "means"   // 方法や…手の届くところに危ないものはありますか (after a yes)
)

// RiskChange is a step into, within or out of care mode, kept for the
// operators with no personal value and nothing that names the person.
type RiskChange struct {
	At   time.Time `json:"at"`
	From Risk      `json:"from"`
	To   Risk      `json:"to"`
	Why  string    `json:"why"`
}

// Why a conversation's risk changed.
const (
	RiskSign       = "sign"        // a message showed risk
	RiskSafe       = "safe"        // the person said they are safe
	RiskFalseAlarm = "false_alarm" // it was not meant that way
	RiskExpired    = "expired"     // care mode lasted its time without a new sign
	RiskAnswer     = "answer"      // the person answered Akari's question (yes, they think of dying)
	RiskCalmer     = "calmer"      // calmer and back to the worry: recorded until round 31 (care now lasts until safety is said); kept for transitions stored before
)

// InCare reports whether the conversation is in care mode.
func (s *State) InCare() bool { return s.Care != nil }

// Forget clears the conversation (リセット) but keeps who the person is,
// whether a crisis was seen, and the lead they consented to — and the
// store's version of the state, without which saving the cleared state
// would be refused as coming from a stale reader.
func (s *State) Forget() {
	*s = State{UserID: s.UserID, Version: s.Version, Profile: s.Profile, CreatedAt: s.CreatedAt, Care: s.Care, LeadID: s.LeadID, Events: s.Events}
}

// Intake is the かんたん登録: a few questions before a person is handed to a
// recruiter, each skippable, then consent.
type Intake struct {
	Step    IntakeStep        `json:"step"`
	Answers map[string]string `json:"answers,omitempty"` // by step; "" = skipped
	Paused  bool              `json:"paused,omitempty"`  // left with やめる; resumes later
	Retries int               `json:"retries,omitempty"` // re-asks of the current step
	// Suggested is the answer to the current step the conversation
	// already gave, offered for the person to confirm with 「はい」.
	Suggested string `json:"suggested,omitempty"`
}

// IntakeStep is one question of the intake, in order.
type IntakeStep string

// The intake steps, in the order they are asked.
const (
	StepArea       IntakeStep = "area"       // 希望勤務地
	StepRemote     IntakeStep = "remote"     // 在宅の希望
	StepEmployment IntakeStep = "employment" // 雇用形態
	StepTime       IntakeStep = "time"       // 連絡のつきやすい時間帯
	StepPhone      IntakeStep = "phone"      // optional phone number
	StepConsent    IntakeStep = "consent"
)

// IntakeSteps returns the questions in order (consent last).
func IntakeSteps() []IntakeStep {
	return []IntakeStep{StepArea, StepRemote, StepEmployment, StepTime, StepPhone, StepConsent}
}
