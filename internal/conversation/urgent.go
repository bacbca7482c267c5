package conversation

import (
	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/pattern"
)

// Danger at hand. When what a person says is an act already done or
// under way — pills taken, a cut that will not stop bleeding, standing at
// an edge now, charcoal lit — listening comes second: the first words are
// 119, and they stay the first words of every care reply until the person
// says help is on its way or reached. 「頭がぼーっとしてきた」 after
// pills is the drug at work, not a feeling to explore, and 「救急車とか大げさ
// だって」 is met with why it is not.

// urgentIntents read danger at hand and help called.
type urgentIntents struct {
	// act is an act done or under way: pills taken, a cut that bleeds,
	// charcoal or gas lit.
	act *pattern.Pattern
	// edge is a place of danger now: a roof, a platform's edge.
	edge *pattern.Pattern
	// away is a step back from an edge: 安全な場所にいる, ホームから離れた.
	// It ends the danger of an edge, not of an act.
	away *pattern.Pattern
	// called is help on its way or reached: 119 called, at a hospital,
	// or someone who called it for them.
	called *pattern.Pattern
	// harmed is a cut or a burn done to oneself, told as done (手首切っ
	// ちゃった。深くはないけど): no danger at hand that act reads, but a
	// wound to tend.
	harmed *pattern.Pattern
	// harming is hurting oneself told in any tense, as done or as a habit
	// (腕にタバコ押し付けてもうた, 壁に頭ガンガン打ちつけてる): care
	// remembers it (akari.Care.Harmed), so that 死にたいとかじゃない does
	// not end it.
	harming *pattern.Pattern
	// treated is a wound or a body seen to at a hospital, told as done.
	treated *pattern.Pattern
	// near is someone close with them now (おかんが飛んできてくれて今そばに
	// おる): after pills, not yet help — the reply asks them to call 119
	// together.
	near *pattern.Pattern
	// ready is a means made ready, not used (薬はもう集めてある, ロープ買っ
	// た, 車に練炭を積んである): the reply asks first to put it out of
	// reach.
	ready *pattern.Pattern
}

func newUrgentIntents() urgentIntents {
	return urgentIntents{
		act: pattern.MustCompile(
			// pills taken
			// (done, not 飲んだら: a conditional is a wish or a plan)
			`(薬|くすり|クスリ|睡眠薬|眠剤|安定剤|錠剤|市販薬|風邪薬|頭痛薬|鎮痛剤|処方薬|od|オーバードーズ)[^。?]{0,14}(飲んだ|のんだ|飲んじゃった|のんじゃった|飲みました|飲んでしまった|飲んでしまいました|飲み干した)([^らりほ]|$)` +
				`|(odした|odしちゃった|odしました|オーバードーズした|オーバードーズしました)([^らりほ]|$)` +
				// a cut that bleeds
				`|血が[^。?]{0,6}(止まらない|とまらない|止まらん|とまらん|止まりません|あふれ|溢れ|たくさん出|いっぱい出|どくどく)` +
				`|(手首|腕|首|リスカ|カッターで|カミソリで|剃刀で|包丁で)[^。?]{0,8}(切っちゃった|切った|切りました|刺した|刺しちゃった)([^らりほ][^。?]{0,12}|)(血|止まら|深い|縫)` +
				// charcoal or gas lit
				`|(練炭|れんたん|炭)[^。?]{0,8}(火をつけ|火つけ|つけた|燃やし)|(ガス|ガスの栓)[^。?]{0,6}(開けた|ひねった|出してる)`),
		// at an edge now (今, not 今日: 今日ホームの端に立ってて…思った
		// tells of the day)
		edge: pattern.MustCompile(`(今から|今[^日晩夜朝週月年度回]|いま|もう)[^。?]{0,10}(屋上|橋の上|線路|踏切|ホームの端|崖|柵の外|非常階段の上|ベランダの柵|手すりの外)[^。?]{0,6}(にいる|にいます|におる|に立って|に来た|に来てる|まで来た)`),
		// 屋上から降りて、今は家にいる: a step back told on the way to the
		// rest, and being indoors now.
		away: pattern.MustCompile(`安全な(場所|ところ|とこ)に(いる|います|おる|移った|移りました|来た|来ました)|(ホーム|線路|屋上|橋|崖|柵|ベランダ|踏切|駅)(の上)?(から)?(離れ|はなれ|降り|おり|下り|戻っ|出)(た([^い]|$)|ました|てきた|て[、,。今いも]|てき|とる)|(家|部屋|自宅|うち)に(帰った|帰りました|帰ってきた|戻った|戻りました|着いた|着きました)|(今は|いまは|もう)(家|部屋|自宅|うち|室内|中)(に|の中に)(いる|います|おる|おります)|(部屋|室内|中)に(入った|入りました|戻った|戻りました)|改札(を)?(出|で)(た|ました)|下に降りた`),
		harmed: pattern.MustCompile(`(手首|腕|うで|足|太もも|ふともも|首|自分|リスカ|カッターで|カミソリで|剃刀で|かみそりで)[^。?]{0,8}(切っちゃった|きっちゃった|切った|切りました|切ってしまった|切ってしもうた|切ってもうた|傷つけた|傷つけちゃった|傷つけてしまった)([^らりほ]|$)` +
			`|(リスカ|アムカ|レグカ|自傷)(しちゃった|した|しました|してしまった|してもうた)([^らりほ]|$)|根性焼き(した|しちゃった|しました)([^らりほ]|$)` +
			// burnt or struck: タバコの火を腕に押し付けちゃった, 壁に頭を打ちつけた
			`|(タバコ|たばこ|煙草|ライター|アイロン)[^。?]{0,10}(腕|手|手首|足|太もも|自分)[^。?]{0,4}(押し付け|押しつけ|おしつけ|当て|あて|あぶっ|焼い)(ちゃった|た|てしまった|てもうた|ました)([^らりほ]|$)` +
			`|(腕|手首|手の甲|足|太もも)(に|を)[^。?]{0,4}(タバコ|たばこ|煙草|ライター|アイロン)[^。?]{0,4}(押し付け|押しつけ|おしつけ|当て|あて|あぶっ)(ちゃった|た|てしまった|てもうた|ました)([^らりほ]|$)` +
			`|(壁|机|床)に頭[^。?]{0,4}(打ちつけ|打ち付け|うちつけ|ぶつけ)(ちゃった|た|てしまった|ました)([^らりほ]|$)|自分(の顔|の頭|の腕)?を[^。?]{0,4}(殴っ|なぐっ)(ちゃった|た|てしまった|ました)([^らりほ]|$)`),
		harming: pattern.MustCompile(`(手首|腕|うで|太もも|ふともも|リスカ|アムカ|自傷|カッターで|カミソリで|剃刀で)[^。?]{0,10}(切っ|きっ|切る|切り|傷つけ|傷を)|自分(のこと|を)[^。?]{0,4}(傷つけ|殴|なぐ|叩|たた)` +
			`|(タバコ|たばこ|煙草|ライター|アイロン)[^。?]{0,12}(押し付け|押しつけ|おしつけ|あぶっ|焼い|焼く)|(腕|手|手首|足|太もも)[^。?]{0,6}(タバコ|たばこ|煙草|ライター)` +
			`|(壁|机|床)に頭[^。?]{0,8}(打ちつけ|打ち付け|うちつけ|ぶつけ)|頭[^。?]{0,4}(打ちつけ|打ち付け|うちつけ)|根性焼き` +
			// An overdose told as done (昨日、市販の薬まとめて飲んで朝まで吐い
			// てた: care set 258, round 43): a bare fine after it (もう平気)
			// does not end care.
			`|(薬|くすり|クスリ|睡眠薬|眠剤|安定剤|市販薬|錠剤)[^。?]{0,8}(まとめて|大量に|いっぱい|たくさん|全部|ぜんぶ|一気に|何錠も|何十錠)[^。?]{0,4}(飲んで|のんで|飲んだ|のんだ|飲みました|飲んじゃ|のんじゃ|飲んでしま|のんでしま)|(od|オーバードーズ)(した|して|しちゃ|っちゃ|った)`),
		treated: pattern.MustCompile(`(縫って|ぬって|診て|みて|処置して|手当てして|手当して|治療して|点滴して)(もらった|もらいました|もろた|くれた|いただいた|いただきました|もらって[、,。]|もろて[、,。])|病院から(帰っ|戻っ|かえっ)|(受診|胃洗浄)(した|しました|して[、,。])|病院(に|へ)?(行って|いって)(きた|きました|来た|来ました)|(受診|診察)(して)?(きた|きました)`),
		ready:   pattern.MustCompile(`(薬|くすり|クスリ|睡眠薬|眠剤|安定剤|錠剤|市販薬|ロープ|縄|紐|ひも|練炭|れんたん|包丁|カッター|刃物|ナイフ|カミソリ|剃刀)(は|を|も|が)?(もう)?(全部|ぜんぶ|何箱も|いっぱい|たくさん)?[^。?]{0,8}(集めて(ある|あります|る|ます|いる|た)|集めた|ため(て|た)|溜め(て|た)|貯め(て|た)|(集め|ため|溜め|貯め)(とる|とう|ちょる|よる|とります)|(買う|こう|こー)とる|買って(ある|あります|きた|しまった)|買った|買いました|用意(して|した|しました|できた|してある)|準備(して|した|しました|できた|してある)|積んで(ある|あります|る)|手元に(ある|あります)|隠して(ある|あります)|持って(る|います|きた))`),
		near:    pattern.MustCompile(`(家族|母|父|親|夫|妻|旦那|嫁|家内|彼氏|彼女|友達|友人|同居人|ルームメイト|姉|兄|妹|弟|娘|息子|おかん|オカン|かあちゃん|かーちゃん|母ちゃん|おとん|オトン|父ちゃん|ばあちゃん|じいちゃん)(ちゃん|さん|貴)?(が|も|と)?[^。?？]{0,16}(そばに|隣に|となりに|横に|一緒に|いっしょに)(いる|います|おる|おります|いて|おって|来て|きて)|(家族|母|父|親|夫|妻|旦那|嫁|家内|彼氏|彼女|友達|友人|姉|兄|妹|弟|おかん|オカン|かあちゃん|母ちゃん|おとん)(ちゃん|さん)?(が)?[^。?？]{0,8}(来てくれ|きてくれ|飛んできて|駆けつけて|帰ってきて)`),
		// (done, not 呼んだら: 救急車とか呼んだら職場にバレる？ asks)
		called: pattern.MustCompile(
			`(119|救急車?)(に|を|は)?[^。?]{0,6}(電話した|電話しました|かけた|かけました|呼んだ|呼びました|呼んでもらった|呼んでもらいました|来た|来ました|来てくれた|向かってる|向かっています|乗ってる|乗った|乗りました)([^らりほ]|$)` +
				`|(病院|救急外来|救急病院)(に|で|へ)[^。?]{0,6}(いる|います|着いた|着きました|来た|来ました|向かってる|向かっています|診てもらって|運ばれ|縫ってもら|手当てしてもら|処置してもら)([^らりほ]|$)` +
				// someone near who called for them; only being near is not
				// enough after pills — care_now asks them to call
				`|(家族|母|父|親|夫|妻|旦那|嫁|家内|彼氏|彼女|友達|友人|同居人|ルームメイト|姉|兄|妹|弟|娘|息子)(に|が)[^。?]{0,10}(119|救急車?)[^。?]{0,6}(電話してくれ|呼んでくれ|呼んでもら)`),
	}
}

// urgentSign reports whether f tells of danger at hand.
func (e *Engine) urgentSign(f folded) bool {
	return e.actIn(f) || f.is(e.intents.urgent.edge)
}

// actIn reports whether f tells an act done with danger at hand — not a
// cut whose bleeding has stopped (さっきカッターで腕切っちゃった。血はもう
// 止まってるけど: a wound to tend, harmed, not 119 at once; care set 283,
// round 48).
func (e *Engine) actIn(f folded) bool {
	return f.is(e.intents.urgent.act) && !f.is(bleedingStopped) && !e.pillsDaysAgo(f)
}

// pillsDaysAgo reports whether f tells of pills taken a day or more ago,
// and of nothing taken or done since (昨日、市販の薬をまとめて飲みました):
// no danger at hand that 119 answers now, but a doctor to see today.
func (e *Engine) pillsDaysAgo(f folded) bool {
	return f.is(e.intents.urgent.act) && f.is(pillsPast) && !f.is(pillsNow)
}

// pillsPast names pills after a day gone by; pillsNow, anything taken or
// felt now, or a cut or gas besides.
var (
	pillsPast = pattern.MustCompile(`(昨日|きのう|昨夜|昨晩|ゆうべ|おととい|一昨日|先週|先月|数日前|何日か前|二日前|2日前|三日前|3日前|この前|こないだ)[^。?]{0,30}(薬|くすり|クスリ|睡眠薬|眠剤|安定剤|錠剤|市販薬|風邪薬|頭痛薬|鎮痛剤|処方薬|od|オーバードーズ)`)
	pillsNow  = pattern.MustCompile(`さっき|たった今|今さっき|いま(飲|のん|から|すぐ)|今(飲|から|すぐ)|今夜|今晩|今朝|また(飲|のん)|(気持ち|きもち)(悪|わる)|吐き気|はきけ|吐いて|吐いた|意識|ふらふら|フラフラ|めまい|眩暈|動けな|苦し|くるし|血が|練炭|ガス`)
)

// bleedingStopped tells a cut's bleeding over.
var bleedingStopped = pattern.MustCompile(`血(は|が|も)?(もう)?(止まっ|とまっ|止まり)(た|て|ました|とる|てる|ている)`)

// actTold reports whether the person told of an act done (pills taken, a
// cut) in the turns kept: stepping away from a place does not undo it.
func (e *Engine) actTold(st *akari.State) bool {
	for _, t := range st.Turns {
		if t.Role == akari.RoleUser && e.actIn(fold(t.Text)) {
			return true
		}
	}
	return false
}

// urgentCare answers a message in care mode while danger is at hand: help
// called ends the urgency and thanks them, and care goes on; anything
// else — a symptom, 大丈夫, a shrug at the ambulance, a request for jobs —
// gets 119 first again, in other words each time. A word of safety does
// not end it: after pills, 「もう大丈夫」 is what the drug may say. It
// reports false when the message is for ordinary care to answer (a
// correction: そういう意味じゃない).
func (e *Engine) urgentCare(st *akari.State, f folded) (Result, bool, error) {
	switch {
	case f.is(e.intents.urgent.treated) && f.is(e.intents.care.safe):
		// Seen to and safe (病院で縫ってもらった…母も泊まってくれる。今は
		// 大丈夫): the danger at hand is over; ordinary care hears the
		// safety.
		st.Care.Urgent = false
		return Result{}, false, nil
	case f.is(e.intents.urgent.treated) && f.is(toldFine):
		// Seen to, and told all is well (おかんと病院行ってきた。診てもらって、
		// もう大丈夫やって): the danger at hand is over; glad, and tonight
		// asked about, for the heart may still be heavy.
		st.Care.Urgent = false
		st.Care.Last, st.Care.Asked = e.Now(), akari.AskedTonight
		r, err := e.line("care_treated", st, Vars{}, "care")
		return r, true, err
	case f.is(e.intents.urgent.called):
		st.Care.Urgent = false
		st.Care.Last = e.Now()
		r, err := e.line("care_help_called", st, Vars{}, "")
		return r, true, err
	case f.is(e.intents.care.wound):
		// 血が止まった: the cut's danger has passed. How to tend it, and
		// 119 should it bleed again; care goes on.
		st.Care.Urgent = false
		st.Care.Last = e.Now()
		r, err := e.line("care_wound", st, Vars{}, "care")
		return r, true, err
	case e.intents.care.corrects(f):
		st.Care.Urgent = false
		return Result{}, false, nil
	case f.is(e.intents.urgent.away) && !e.actTold(st):
		// Away from the edge (友達に電話した。もう大丈夫、安全な場所にいる):
		// the danger at hand is over; ordinary care reads the rest.
		st.Care.Urgent = false
		return Result{}, false, nil
	}
	st.Care.Last, st.Care.Asked = e.Now(), ""
	edge := e.edgeOnly(st, f)
	key := e.nextUrgent(st, edge)
	if f.is(e.intents.urgent.near) && e.actTold(st) && !e.opened(st, Vars{}, "care_now_near") {
		// Someone came after pills: glad of them, and 119 called together.
		key = "care_now_near"
	}
	answers := urgentAnswers
	if edge {
		answers = edgeAnswers
	}
	if k, ok := answers[e.intents.care.question(f)]; ok && e.openedAt(st, Vars{}, k) < len(st.Turns)-2 {
		// 救急車呼んだら会社にばれる？: the push that answers it, unless
		// it was the reply just before.
		key = k
	}
	r, err := e.line(key, st, Vars{}, "")
	return r, true, err
}

// toldFine is a doctor's word that all is well, passed on (もう大丈夫やって,
// 問題ないとのこと).
var toldFine = pattern.MustCompile(`(大丈夫|だいじょうぶ|問題ない|問題なし|心配ない|異常なし|異常はない|異常ない)(や|だ|です|でした)?(って|とのこと|と言われ|って言われ|そう)`)

// urgentAnswers name the push for 119 that answers a question about the
// help asked while danger is at hand: whether the workplace will know,
// what to say when 119 answers.
var urgentAnswers = map[string]string{
	"care_q_anonymous":   "care_now_2",
	"care_q_what_to_say": "care_now",
}

// edgeAnswers are urgentAnswers at an edge.
var edgeAnswers = map[string]string{
	"care_q_anonymous":   "care_edge_2",
	"care_q_what_to_say": "care_edge",
}

// nextUrgent returns the push to say now — for 119 after an act, to
// step away from an edge (edgeOnly) — the first not said lately, else the
// one after the last said, so no two replies in a row are the same.
func (e *Engine) nextUrgent(st *akari.State, edgeOnly bool) string {
	keys := urgentKeys[:]
	if edgeOnly {
		keys = edgeKeys[:]
	}
	key := e.fresh(st, Vars{}, keys...)
	if !e.opened(st, Vars{}, key) {
		return key
	}
	last, at := 0, -1
	for i, k := range keys {
		if j := e.openedAt(st, Vars{}, k); j > at {
			last, at = i, j
		}
	}
	return keys[(last+1)%len(keys)]
}

// urgentKeys push for 119 while danger is at hand, in turn; edgeKeys
// push to step away from an edge (a roof, a platform) with 110 or 119
// should they not manage alone — not the words for pills (眠くなったり).
var (
	urgentKeys = [...]string{"care_now", "care_now_2", "care_now_3"}
	edgeKeys   = [...]string{"care_edge", "care_edge_2", "care_edge_3"}
)

// edgeOnly reports whether the danger at hand is an edge alone (屋上にいる),
// with no act told in f or the turns kept.
func (e *Engine) edgeOnly(st *akari.State, f folded) bool {
	return !e.actIn(f) && !e.actTold(st)
}
