package conversation

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/pattern"
)

// Care mode. Once a message shows a sign of suicidal thoughts or
// self-harm, the conversation stays in care mode — kept in the state, so a
// restart changes nothing — until the person says they are safe, says it
// was not meant that way, or CareTTL passes without a new sign. In care
// mode every reply is care first: it acknowledges, stays, asks one
// question and keeps a 24-hour line in reach. No job cards, no job or
// recruiter chips, no intake, no lead: a request for jobs or a recruiter is
// met with care and an offer to come back to it later.

// DefaultCareTTL is how long care mode lasts after the last sign when the
// person says nothing about being safe.
const DefaultCareTTL = 24 * time.Hour

// CareWriter writes a care reply with a model (the LLM path); the engine
// checks that it keeps a 24-hour line in reach and otherwise sends the
// fixed care line.
type CareWriter interface {
	Care(ctx context.Context, req akari.AdviceRequest) (akari.Advice, error)
}

// careIntents recognise what a person in care mode says about their
// safety. They are deliberately narrow: leaving care mode on a misread
// message is worse than staying a turn longer.
type careIntents struct {
	falseAlarm, safe, calmer, cannotCall *pattern.Pattern
	// othersWords, part of falseAlarm, says the alarm's words were someone
	// else's: what they quote is not read as a sign of one's own.
	othersWords *pattern.Pattern
	// parting is a goodbye for good inside thanks (お世話になりました,
	// 思い残すことはない): a calmer that is no calm.
	parting *pattern.Pattern
	// bareYes is a yes and nothing more (うん…): an answer only the
	// question gives a meaning.
	bareYes *pattern.Pattern
	// workTalk and meansTalk: to the question about a plan or a means, a
	// worry about work (仕事どうしよ, 明日のシフトが) is no answer unless it
	// names a means, a time or having one (薬ならある, 決めてる).
	workTalk, meansTalk *pattern.Pattern
	// calm is calmer in so many words (落ち着いた, 楽になった), not a
	// thank-you: calm and off to bed before tonight was asked about gets
	// the check on tonight; a thank-you and bed is a goodnight.
	calm *pattern.Pattern
	// safeTonight says how tonight is safe (今夜は子どもと寝るし, 死んだり
	// しない): a fine with it is a word of safety even on the way to the
	// listings; a bare one (もう大丈夫！平気平気。で、求人見せて) is not yet.
	safeTonight *pattern.Pattern
	// meant says what the words meant (…って意味, そういう意味じゃない).
	meant *pattern.Pattern
	// lineNotReached tells of a crisis line called and not reached
	// (いのちの電話かけたけど繋がらんかった).
	lineNotReached *pattern.Pattern
	// headedTo tells of setting out for a place to die (海の方まで行こう
	// かと玄関に立っていました): in care, after a sign, a sign again.
	headedTo *pattern.Pattern
	// cutTold tells of a cut with nothing named cut (実は昨日、少しだけ
	// 切った): in care, after a sign, it is harm done to oneself.
	cutTold *pattern.Pattern
	// notWorkButAll says the wish was not of work but of everything (会社
	// とかじゃなくて、ぜんぶから): in care, the sign said again.
	notWorkButAll *pattern.Pattern
	// meansDrawn tells of being drawn by a means or a place seen (さっき
	// 物置でロープ見てたら、なんか変な気持ちになった): in care, a sign.
	meansDrawn *pattern.Pattern
	// meansImagined imagines the act with a means (刺したらどうなるかな
	// って思った): said in care, a sign.
	meansImagined *pattern.Pattern
	// meansEnough judges a means enough for the act (これだけあれば足り
	// るのは知ってる、看護師だから): said in care, a plan's measure.
	meansEnough *pattern.Pattern
	// leaving says the person is going back to work or off now (今夜も
	// 当直なんで、もう戻ります): no word of safety, nor a sign.
	leaving *pattern.Pattern
	// earnest affirms the wish in earnest (いや、正直ほんとに考えてる): in
	// care, after a sign, the sign said again.
	earnest *pattern.Pattern
	// actFeared fears doing it, with nothing named (帰ったら本当にやっちゃ
	// いそう): in care, the act is the one already told.
	actFeared *pattern.Pattern
	// takeBack takes words back (別に本気じゃない, 冗談だよ, 真に受けんな);
	// explained says what they were instead (盛った, 口癖, ゲームの話,
	// 言葉のあや).
	takeBack, explained *pattern.Pattern
	// stillAfraid: the calm did not hold (でもまだちょっと怖い): no way
	// back to the worry yet.
	stillAfraid *pattern.Pattern
	// notCorrection denies that a word was an exaggeration: 大げさに言っ
	// てるわけじゃない insists on it.
	notCorrection *pattern.Pattern
	// noWords says there is nothing to say, or no wish to (話すことなんて
	// ないし): met as silence is, not asked for words.
	noWords *pattern.Pattern
	// alone says there is nobody to tell (誰にも言えない): heard as
	// such, with a line that needs no face.
	alone *pattern.Pattern
	// aloneNow says the person is by themself right now (今は家に一人): a
	// night alone is when the wish grows, so someone to reach is asked
	// about, and the line that asks who is near is not said after it.
	aloneNow *pattern.Pattern
	// wound tells that a wound has stopped bleeding (血はもう止まった):
	// no word of safety, but news to answer — how to tend it and when to
	// call 119 — before anything else care says.
	wound *pattern.Pattern
	// sleeps is a word of safety once they are calmer or sleepy, or in
	// answer to how tonight will go: 「落ち着いた。今夜はもう寝ます」; so
	// are rests (お風呂入って休むわ).
	sleeps, sleepy, rests *pattern.Pattern
	// tomorrow is a plan to talk again (明日また話すね): with going to
	// bed, a word of safety.
	tomorrow *pattern.Pattern
	// jobsAsk and humanAsk are asks for jobs or for a person in looser
	// words than outside care, where they would bring cards or an intake:
	// in care both are met with the same kind deferral, so reading one
	// too many costs little and missing one answers a question with
	// listening (何か雇うてくれるお店ないかな, 専門の人と話せたりする？).
	jobsAsk, humanAsk *pattern.Pattern
	// questions are practical questions about the help offered (その電話
	// ってお金かかるの？), answered before anything else care says.
	questions []careQuestion
	// notSafe undoes a word of safety (今夜は大丈夫じゃないかも).
	notSafe *pattern.Pattern
	// deniesAct says the act will not be done, perhaps hedged (飛び込ま
	// ないよ、たぶん): no new sign, though not yet a word of safety (nor is
	// a means put away, putAway).
	deniesAct *pattern.Pattern
	// putAway tells a means put out of reach (薬はベランダの物置にしまった,
	// ロープは弟に渡した): what care asked of them, done — thanked, not
	// passed over with a listening line. Not yet a word of safety.
	putAway *pattern.Pattern
	// answers to the question the last care reply asked (akari.Care.Asked)
	answerYes, answerNo, bareNo, unsure, unsafe *pattern.Pattern
	// hedgeBefore and hedgeAfter hedge the safety next to them (たぶん、
	// 死んだりはしないと思う…; see hedgedOnly).
	hedgeBefore, hedgeAfter, hedgeLast *pattern.Pattern
}

// othersWords says the words that raised the alarm were someone else's,
// or not about oneself: 上司が会議で言ってたセリフそのまま送っちゃった,
// 私のことじゃないです.
const othersWords = `(私|わたし|あたし|自分|じぶん|僕|ぼく|俺|おれ)(自身)?のこと(じゃ|では|ちゃう|やな)(ない|なく|ありません|なか|ねえ|ねぇ|う)|(上司|部長|課長|先輩|同僚|後輩|母|父|親|友達|友人|お客|客|店長|社長|師長|彼氏|彼女)(さん)?(が|の)[^。?？]{0,16}(セリフ|台詞|せりふ|口癖|くちぐせ)`

func newCareIntents() careIntents {
	return careIntents{
		othersWords: pattern.MustCompile(othersWords),
		// 「そういう意味じゃない」「死にたいとかじゃないです」「大げさに言っただけ」
		falseAlarm: pattern.MustCompile(othersWords + `|(って|という|っていう)話([。!！、,w笑]|$)|(ゲーム|げーむ|アニメ|あにめ|漫画|マンガ|まんが|映画|えいが|ドラマ|どらま|小説|夢|ゆめ|ソシャゲ|ガチャ|キャラ|ステージ)の([^。!！?？、,]{1,8}の)?(話|はなし)|(そういう|そんな|そったな|そげな|そげん|そぎゃん|そがん|そんげな|そないな|そがいな)(意味|いみ|つもり|こと)(じゃ|では|ではな|じゃな|でね|でな|ちゃう|ちゃい|やな|とちゃう)|(会社|職場|仕事|ここ|チーム|バイト|部署)から(って|という|っていう)?意味|から(消えたい|いなくなりたい|逃げたい|離れたい|消えたか|いなぐなりてぇ|いなくなりてぇ|消えてぇ|きえてぇ)(って|という|っていう)(意味|こと|ごど|ごと)|(辞めたい|やめたい|辞めたか|やめたか|転職したい|逃げたい|休みたい|異動したい|離れたい|身を引きたい|降りたい)[、,]?(って|という|っていう)(程度の)?(意味|こと[。!！]|ことね|ことよ|ことや|ことだよ|ことです)|言葉が過ぎ|誤解を招|誤解(です|でございます|だよ|だって|やで|や[。!！、,]|ですよ|なんです|なんだ|させ|しないで|せんで|されてる)|(死|自殺|命を絶つこと)を考えて(いる|る|おる)?(わけ|訳)(では|じゃ|でも)|命に関わる意味(では|じゃ)|(申し上げた|言った|書いた)のは[^。?]{0,16}(勤務|仕事|会社|職場|支店|部署|業務|案件)のこと|(言い方|書き方|言葉|表現)(を|が)?(ミス|みす|間違|まちが|誤)|(終わりにしたい|終わらせたい|やめたい|辞めたい|消えたい|いなくなりたい)のは[^。?]{0,12}(仕事|配達|会社|職場|バイト|パート|現場|部署|業務)|言い過ぎ(まし|た)|違う意味|ちがう意味|清水の舞台|きよみずの舞台|(辞める|やめる|退職する|退職届(を)?出す|辞表(を)?出す|転職する)(って|という|っていう)(意味|こと)(で|だ|です|だよ|や|な|[。!！、,]|$)|そうじゃなくて|(死にたい|死にて(ぇ|え)|消えたい|死ぬ|死のう|自殺)(とか|って|という|っていう)?(そういう|そんな|そげな|そったな)?(こと|わけ|ん|の|意味|気持ち)?(じゃ|では|でわ|ちゃう|でね|でな|やな|やの(う|お))|(辞めて|やめて|退職して)[^。?？]{0,10}(終わりにしたい|終わらせたい|おわりにしたい)(って|という|っていう)(意味|こと)|(そういう|そんな|そげな|そったな)(ん|の)(じゃ|では|ちゃう|やな)(なくて|ない|なく|ねえ|ねくて)|言葉のあや|ことばのあや|言葉の綾|誤字|打ち間違|うちまちが|打ちまちが|変換ミス|誤変換|タイプミス|typo|(スマホ|携帯|ケータイ|iphone|アイフォン)の?(電池|充電|バッテリー)|驚かせ(て|てしまい|ちゃ)|ご安心ください|(という|っていう)話(です|でした|だよ|やで|なんです)|死ぬ気(とか|なんて)(は)?(全然|全く|まったく|さらさら|一切)?(ない|ありません|ねえ|ねぇ)|関係(を|は)?(全部|ぜんぶ)?(終わりにしたい|終わらせたい|切りたい)(って|という|っていう)(意味|こと)|大げさに(言|書)|大げさ(でした|だった|すぎた|すぎました|に言|に書)|ものの例え|たとえ(話|で)|冗談(です|だよ|だって|で|やけん|やし|や|じゃ|だから|だし|って)|本気にせんで|本気にしないで|ネタ(だよ|です|やけん|だから|だって|やって|やん|だし)|(そういう|そんな)気持ち(は|も)?(ほんとに|本当に|全然|ぜんぜん|まったく|全く|一切)?(ない|ありません|ねえ|ねぇ)|本気じゃない|本気では(ありません|ございません|ない)|盛っ(た|ただけ)|話を盛|生きる気(満々|まんまん)|比喩|(紛らわし|まぎらわし)(い|く|かった)|誤解させ|(言い方|書き方)が?(悪|わる|まず)|ちがうちがう|違う違う|ちゃうちゃう|そっちの(意味|話)(じゃ|では|でね|でな|ちゃう|やな)|(って|という)意味で(言っ|書い|いっ)(た|ただけ|てる)|そこまで深刻(じゃ|では|やな)|(会社|仕事|職場|バイト|パート|現場)(に|へ)?(行きたくない|いきたくない|行きとうない|行きたない)(って|という|っていう)(意味|こと)|(会社|仕事|職場|バイト|パート|現場|部署)(を|は)?(終わりにしたい|終わらせたい|辞めたい|やめたい)(って|という|っていう)(意味|こと)|(辞め|やめ)(たい|でぇ|てぇ|たか)だけ(やで|だよ|です|だって|なの|なん|や|だ|[。!！]|$)|(死にて(ぇ|え)|死にたい|消えたい)(とか|って)?(でね|でな|ちゃう|じゃね)`),
		// 「もう大丈夫です」「死ぬつもりはない」「今夜は安全」
		safe: pattern.MustCompile(`(相談員|カウンセラー|窓口|チャット|ホットライン|いのちの電話|よりそい)[^。?？]{0,12}((やりとり|やり取り)(して|し)?|話して|相談して|つながって|繋がって)(る|います|いる|ます|てる)|(相談員|窓口|チャット|相談先|ホットライン)[^。?？]{0,10}(返事|返信|連絡)(が)?(きた|来た|来ました|きました|あった|ありました)|(来てくれ|来てもら)[^。?？]{0,8}(一緒にいる|一緒にいます|そばにいる|そばにいます)|^(約束|やくそく)(する|します)[、,]|(相談|窓口|ホットライン|電話|でんわ|チャット)[^?？]{0,30}(話|はなし)を?(聞いて|きいて)(もらえた|もらった|もらいました|もらえました|くれた|くれました|いただいた|いただきました)|^(うん|はい|ええ)?[、,]?(今夜は|今日は|いまは|今は|もう)(大丈夫|だいじょうぶ|だいじょぶ|安全|平気|へいき)(です|だよ|そう|だと思う|かも)?[。!！]*$|^(うん|はい|ええ)?[、,]?(今夜は|今日は|いまは|今は|もう)?(大丈夫|だいじょうぶ|だいじょぶ|平気|へいき)(です|だよ|そう)?[。!！、, ]*(おやすみ|お休み|ありがと|寝ます|寝る|ねる|もう寝)|(死ぬ|自殺する|傷つける|実行する)(つもり|気)(は|など|なんて)?(全く|まったく|全然|さらさら|一切)?(ない|ありません|ございません|ゼロ|ぜろ)|安全(な場所)?に?(いる|います)|家族(が|と)(いる|一緒)|(今は|いまは|今夜は|もう)(もう)?(大丈夫|だいじょうぶ|だいじょぶ|平気|へいき)(です|だよ|だから)?[。!！]|もう(大丈夫|だいじょうぶ|だいじょぶ|平気|へいき)(です|だよ|だ|や|よ|やで|ばい|たい|じゃけ|だべ|だっちゃ|だから|やから|やけん|だけん)?([。!！、,…]|$)|危ない(こと|もの)は(しない|しません|もうしない|いたしません|もういたしません)|(番号|窓口|ホットライン|いのちの電話|よりそい|相談員)[^。]{0,10}(かけ|電話し|つながっ|繋がっ)[^。]{0,16}(話を聞いて(もら|いただ)|聞いてもら(った|いました|えた)|聞いていただ(いた|きました)|話せ(た|ました)|話した|話しました)|(番号|窓口|ホットライン|いのちの電話|よりそい|相談員|チャット)(に|さ|へ|で)?(電話|でんわ|相談)(して|を)?(みる|みます|する([。!！、,わね]|よ([^う]|$))|します|かける|かけてみる)|^(電話|でんわ|チャット)?(が|は)?(つながった|繋がった|つながりました|繋がりました)[。、,!！…]*[^。]{0,8}(話|はなし)(を)?(聞いて|きいて)(もらった|もらいました|くれた|もらってる)|(しない|しません|やらない|やりません|せん|せえへん|せえへんって|しねえ|しやん|せんけん|せんけぇ)(よ|から|です|ってば)?[、,。 ]*(って|と)?約束|(今は|いまは|今夜は|もう)(もう)?(大丈夫|だいじょうぶ|だいじょぶ|平気|へいき)(です)?[、,]|(死のう|死ぬ|自殺しよう)(とは|とか)?(思って|考えて)(い)?(ない|ません)|家族(が|と|も)(いる|います|おる|おります|一緒|そば)|安全(だよ|です|だから)|(今夜|今晩|今日|いま|今)は?[^。!！?]{0,24}(大丈夫|だいじょうぶ|だいじょぶ|平気|へいき|安全)(です|だよ|だから|だし|そう|だと思|よ|や|ね|じゃけ|やけ|だべ|だで|だに|だがね|だ[。!！、,]|だ$|[。!！、,]|$)|[。!！、,…](大丈夫|だいじょうぶ|だいじょぶ|平気|へいき)(です|だよ|だと思います|だと思う|だ|や|よ|やで|ばい|たい|だべ|だっちゃ|だから|やから|だし|やし)?[。!！]*$|(から|ので|し|けん|けえ|さかい)(もう)?(大丈夫|だいじょうぶ|だいじょぶ|平気|へいき)(です|だよ|だから|よ|や|ね)?([。!！、,]|$)|(今夜|今晩|今日|このあと)は?[^。!！?]{0,16}(電話|連絡)(してみる|してみます|する[。!！、,]|します|しようと思)|^(うん|はい|ええ)?[、,]?(もう)?(大丈夫|だいじょうぶ|だいじょぶ|平気|へいき)(です|だよ)?[、,]|(母|父|親|夫|妻|旦那|嫁|姉|兄|妹|弟|娘|息子|友達|友人|彼氏|彼女|子ども|子供|家族|実家|オカン|おかん|オトン|おとん|かあちゃん|かーちゃん|とうちゃん|同期|同僚|先輩|相方|パートナー|恋人)[^。?]{0,16}(一緒にいる|一緒にいます|そばにいる|そばにいます|来てくれる|来てくれます|来てくれて)|(家族|母|父|親|夫|妻|旦那|嫁|家内|かみさん|主人|娘|息子|孫|姉|兄|妹|弟|友達|友人|彼氏|彼女|子ども|子供|実家|ルームメイト|かぞく|かれし|かのじょ|ともだち|だんな|おっと|おかあさん|おとうさん|おねえちゃん|おにいちゃん|いもうと|おとうと|オカン|おかん|オトン|おとん|かあちゃん|かーちゃん|とうちゃん|同期|同僚|先輩|相方|パートナー|恋人)(ちゃん|さん|貴)?((が|も|と)[^。?]{0,10}|[、, ]?)((いる|います|おる|おります)(から|し|ので|けん|けえ|で|でね|だで|[。!！、,]|$)|一緒|そば|泊まり|来てくれ|迎えに来|帰ってきた|帰って来た|帰ってきてくれ|帰ってくる(し|から|けん|けえ|さかい|ので|[。!！、,]|$)|帰って来る(し|から|ので|[。!！、,]|$))|(一人|ひとり|独り)(じゃ|では)(ない|ありません|なくて|なか)|(寝る|ねる|寝ます|ねます|寝るね|ねるね|寝るわ|ねるわ)[、,。 ]*(だいじょうぶ|だいじょぶ|大丈夫|平気|へいき)|(楽になった|らくになった|落ち着いた|おちついた|落ちついた)[^。?]{0,4}(だいじょうぶ|だいじょぶ|大丈夫|平気|へいき)|一緒にいてもら(う|います|える)|(母|父|親|夫|妻|旦那|嫁|姉|兄|妹|弟|友達|友人|彼氏|彼女|家族|同期|先輩|恋人|パートナー|相方)[^。?]{0,16}(電話(を)?(くれる|くれます|してくれ|もらえ|してもら)|話(を)?聞いて(くれる|くれます|もらう|もらえ))|迎えに来て(くれる|くれます|くれた|くれて|もらう|もらえる|もらった)|もう心配(いらん|いらない|いりません|ない|ありません|せんで|しないで)|(今日|今夜|今晩|きょう|こんや)は(ちゃんと|ちゃんと、)?(生きます|生きる|いきます)|^(かけ|電話し|でんわし)(て)?(みました|みた|ました|た)[。、,]?[^?？]{0,30}(聞いてもら|きいてもら|聞いていただ|話せ(た|ました))|(大丈夫|だいじょうぶ|平気|へいき)(だ|です|や|よ)?[、,。 ]*(生きる|いきる|生きます|生きてく|生きていく|生きてみる|生きてみます)(よ|わ|から|し|って約束|[。!！]|$)|(隣|となり|横|よこ)に(いる|います|おる|座って)|改札(を)?(出|で)(た|て|ました)|(薬|くすり|クスリ|睡眠薬|眠剤|ロープ|紐|ひも|練炭|カッター|刃物|包丁|カミソリ|剃刀|遺書)(は|を|も)?(もう)?(全部|ぜんぶ)?[^。?]{0,8}(捨てた|捨てました|捨ててきた|処分した|処分しました|流した|流しました|預けた|預けました|預けてきた|預けてある|渡した|渡しました|渡してきた)|(今|いま)(は)?一緒にいて(くれて(る|います))?([、,。]|$)|(今|いま)(は)?(一緒|いっしょ)(にいる|におる|にいます|だよ|です|や|だから)?([。!！、,]|$)|(下に|屋上から|ベランダから|橋から|ホームから|線路から|駅から)(降り|おり|離れ|はなれ)(た|ました|てきた)|(死な|しな)(ない|へん|ん)(よ[。!！、,]|よ$|から|です|って約束)|(今日|今夜|今晩|きょう|こんや)(は|も)?(死な|しな)(ない|ねえ|ねぇ|ね|へん|ん|ません)([。!！、,よ]|$)|死にません|(死ん|しん)だりしない|(もう|二度と|にどと)(切ら|きら)(ない|へん|ん|ません|ね|ねえ|ねぇ)(よ|から|し|です|って約束|[。!！、,]|$)|(自分|じぶん|手首|腕)(を|は)?(もう)?(切ら|きら|傷つけ|きずつけ)(ない|ません|へん)|(死の|しの)う(とか|とは)?(思わ|おもわ)(ん|へん|ない)|(変な|馬鹿な|バカな|ばかな|危ない)こと(は|も)?(しない|しねえ|しねぇ|せん|せえへん|しません|しない)|(一人|ひとり|独り|1人)(に|きり|っきり)(は)?(ならない|ならへん|ならん|なりません|ならねえ)|(海|うみ|崖|がけ|屋上|おくじょう|橋|はし|線路|せんろ|ホーム|踏切|ふみきり|樹海|ベランダ|川|かわ|ダム|山|薬|くすり|クスリ|睡眠薬|眠剤|ロープ|ひも|紐|練炭|カッター|刃物|包丁|カミソリ)(には|は|にも|へは|ニハ|ハ)(もう|絶対|ぜったい|一切|いっさい|モウ)?(行かない|行かん|行がね|行かね|いかない|いかん|いがね|イカナイ|イカン|行きません|近づかない|近寄らない|触らない|さわらない|触らん|さわらん|触りません|触れない|触れません|ふれません|手を出さない|手を出しません|使わない|使いません|飲まない|飲みません)(よ|から|し|さ|ね|けん|[。!！、,.]|$)|(約束|やくそく|ヤクソク)(する|します|しま〜す|さー|だ|だよ|や|やで|ばい|けん|よ|な|ね|スル|シマス)?[。!！〜ー~.]*$|(約束|やくそく)(する|します)[。!！]|(今夜|今晩|今日|きょう|こんや)は(もう)?(行かへん|行かない|行かん|行きません|いかない|いかへん|いかん|行かね|いかね)([。!！、,]|$)|(家族|母|父|親|夫|妻|旦那|嫁|娘|息子|姉|兄|妹|弟|友達|友人|友だち|ダチ|彼氏|彼女|同期|先輩|恋人|パートナー|相方|祖母|祖父|ばあちゃん|じいちゃん|おば|おじ|いとこ)(ちゃん|さん|たち|ら)?(の|ん)?(家|いえ|うち|ち|部屋|とこ|ところ)(に|へ|で)?(今夜|今晩|今日)?(は)?(泊ま|行く|行き|いく|いき|行っ|いっ|帰る|帰り|おる|いる|います|過ご)|(何も|なにも|なんも|なも)(しない|しません|いたしません|致しません|しいひん|せえへん|しやへん|しやん|せん|しねえ|しねぇ|しね)(から|がら|し|って|です|よ|で|でね|だで|[。!！、,]|$)|(家族|母|父|親|夫|妻|旦那|嫁|家内|娘|息子|姉|兄|妹|弟|友達|友人|友だち|ダチ|彼氏|彼女|恋人|パートナー|相方|オカン|おかん|オトン|おとん|かあちゃん|かーちゃん|とうちゃん|ばあちゃん|じいちゃん)(ちゃん|さん|貴)?(に|と)[^。?]{0,8}(話して(みる|みます|みよ)|話す|相談して(みる|みます|みよ)|相談する|電話(する|します|してみる|してみます|しよう|かける|かけます|かけてみる)|連絡(する|します|してみる|してみます|しよう)|(line|ライン)(する|した|します|しよう|してみる))(わ|よ|ね|から|し|けん|けえ|ので|[。!！、,…]|$)|^(今から|いまから|じゃあ|ほな|なら|ほんなら|んじゃ)?[、,]?(電話|でんわ)?(を)?(かけて|掛けて)(みる|みます|みよかな|みようかな)|(家族|母|父|親|夫|妻|旦那|嫁|家内|姉|兄|妹|弟|友達|友人|彼氏|彼女)(ちゃん|さん)?[^。?]{0,10}(話して(みる|みます|みよ)|相談して(みる|みます|みよ))` +
			// Someone came and stays (姉がきた。いっしょにいる; 来てくれた。
			// 今夜は一緒にいてくれるって), a call going on with a friend
			// (ともだちに LINEした。いま通話してる), a note torn up (書いたやつは
			// 破って捨てた), nothing tonight in dialect (何もせんけぇ).
			`|(来た|きた|来てくれた|きてくれた|帰ってきた|帰って来た)[。、, ]*(今|いま)?(は)?(ずっと)?(一緒|いっしょ)に(いる|います|おる|いて)` +
			`|(今夜|今晩|今日|朝まで)[^。?？]{0,8}(一緒|いっしょ)に(いて|居て)(くれる|くれます|もらえる|もらう)` +
			// 姉と電話つないだままにしてる。朝まで付き合ってくれるって
			`|(電話|通話)(を)?(つないだまま|繋いだまま|つなげたまま|つないで(る|いる|います))|朝まで[^。?？]{0,8}(付き合って|つきあって|話して|はなして)[^。?？]{0,4}(くれる|くれます|もらう|もらえる)` +
			// In kana, with the act said plainly: もうしない、きょうは ねる;
			// のんでない。のまない; きょうは ねるよ。しなない
			`|(もう|にどと|二度と)(しない|しません|やらない|やらん)(から|よ|[、,。!！]|$)|^(のんでない|飲んでない|のんでません|飲んでません)[。、, ]*(のまない|飲まない|のみません|飲みません)|(死な|しな)(ない|へん)[。!！]*$` +
			`|(友達|友だち|ともだち|友人|母|父|親|夫|妻|旦那|姉|兄|妹|弟|彼氏|彼女|家族)[^?？]{0,16}(通話|電話)(して(る|います|いる|ます)|中)` +
			`|(書いた(やつ|もの|の|手紙)|遺書|手紙)(は|も)?(もう)?[^。?]{0,6}(捨てた|すてた|破いた|破った|やぶった|やぶいた|燃やした)` +
			`|(薬|くすり|クスリ|睡眠薬|眠剤|ロープ|紐|ひも|カッター|刃物|包丁|カミソリ)(は|を|も)?(もう)?(全部|ぜんぶ)?[^。?]{0,8}(わたした|わたしてきた|あずけた|あずけてきた|すてた|すててきた)` +
			`|(何も|なにも|なんも)(しない|せん|せえへん|しません)(けぇ|けえ|けん|さかい|ばい|べ|っちゃ|やけ|じゃけ)` +
			`|^(うん|はい|ええ)?[、,]?(大丈夫|だいじょうぶ|だいじょぶ|平気|へいき)[。、, ]*(今夜|今日|きょう|こんや)は?(もう)?(寝る|ねる|寝ます|ねます)[。!！]*$` +
			// 今日は死なへん。約束するわ; 約束すっから.
			`|(約束|やくそく)(する|します|すっ|すっぺ|しよる)(わ|よ|ね|から|けん|けぇ|さかい|で|って|ぞ|べ|でね|でな|がね|だで|だがね|けんね|けえね)?[。!！〜ー~.]*$` +
			// 隣にいてくれています; 今も話を聞いてもらっています; 今夜は泊まって
			// くれるそうです.
			`|(隣|となり|横|よこ|そば)に(いて|居て)(くれて|くれ|もらって)|(話|はなし)を?(聞いて|きいて)(もらって|もろうて)(いる|います|る|おる|ます)|(泊まって|とまって)(くれる|くれます|くれた|いく|いきます|いって|くれて)` +
			// 今夜は変な気起こさねえ.
			`|(変な|馬鹿な|バカな|ばかな)気(を|は|も)?(起こさ|おこさ)(ない|ねえ|ねぇ|ん|へん|ねー|ません)` +
			// 電話した。友達来た: reached out, and someone came (おかん来た
			// alone says who came, not yet that they are safe with them).
			`|(電話|でんわ|連絡|呼んだ|よんだ|line|ライン)[^?？]{0,12}[。、,!！](友達|友人|友だち|ダチ|彼氏|彼女|恋人|母|父|親|姉|兄|妹|弟|家族|夫|妻|旦那|嫁|かかあ|かあちゃん|かーちゃん|おかん|おふくろ|母ちゃん)(ちゃん|さん)?(が|も)?(来た|きた|来ました|来てくれた|来てる|きてる|来とる|来よる|帰ってきた|帰って来た)([。!！、,]|$)` +
			// いまツレの家きた。今日はここ泊まるわ: at someone's place now.
			`|(ツレ|連れ|友達|友人|友だち|ダチ|彼氏|彼女|恋人|兄貴|姉貴|姉|兄|妹|弟|親|母|父|ばあちゃん|じいちゃん)(ちゃん|さん)?(の|ん)(家|いえ|うち|ち|部屋|とこ)(に|へ)?(きた|来た|来ました|着いた|ついた|着きました|つきました)` +
			// In English: I'm safe tonight, I won't do anything, my
			// roommate just got home.
			// (folded: no spaces)
			`|i'?msafe|iamsafe|safetonight|(won'?t|willnot|notgoingto|notgonna)(doanything|hurtmyself|doit)|someoneis(here|withme)|(roommate|friend|mom|dad|mother|father|partner|wife|husband|sister|brother|boyfriend|girlfriend)[^.?!]{0,20}(ishere|ishome|gothome|camehome|iswithme|cameover)` +
			// 今夜はなんもしねっす (東北), 何もしないっす.
			`|(何も|なにも|なんも)(しねっす|しねえっす|しないっす|せんっす|しねす|すねっす)` +
			// 屋上とか行かんから安心して: a place named, and not gone to.
			`|(海|うみ|屋上|橋|線路|ホーム|踏切|ベランダ|崖|川|ダム|樹海)(とか|なんか|なんて)(には|は|にも)?(もう|絶対|ぜったい)?(行かない|行かん|行かへん|行かね|いかない|いかん|いかへん|行きません|近づかない|近づかん)(よ|から|し|さ|けん|[。!！、,]|$)` +
			// 死んだりしません, 飛び込んだりしない; 相談員さんと話せました.
			`|(死ん|しん|飛び込ん|飛びこん|とびこん|飛ん|とん|飲ん|のん)だり(は|も)?(しない|しません|せん|せえへん|しねえ|しやん)` +
			`|(飛び降り|飛びおり|とびおり|切っ|きっ|傷つけ|吊っ|つっ)たり(は|も)?(しない|しません|せん|せえへん|しねえ|しやん)` +
			`|そんな(こと|事)(は|も)?(しない|しません|せん|せえへん|しねえ|しやん|しいひん)(よ|って|から|です|し|わ|[。!！、,]|$)` +
			// The wish said not to be held, or passed: 死にたい気持ちもないです,
			// 今はもう死にたいとか思ってない, 切りたい気持ちはおさまってる
			// (a double negative is notSafe: 死にたくないわけじゃない).
			`|(死にたい|しにたい|死にてえ|死にてぇ|死にでえ|死にたか|死にとう|消えたい|きえたい|消えてえ|切りたい|きりたい|死のう|しのう|死ぬ|しぬ|自殺したい|自殺する|いなくなりたい|終わりにする|終わりにしたい|終わりにしよう|終わらせる|終わらせたい)((という|っていう|との|って)?(気持ち|きもち|気|つもり))?(などとは|などと|とまでは|とか|とは|なんて|なんか|って)?(は|も|が)?(もう|本当に|ほんとに|ほんまに|全然|ぜんぜん|まったく|全く|今は|いまは|別に|べつに|だいぶ|少し)*((思って|考えて|思っと|考えと|おもって|思て)?(おり|い|お|あり)?(ない|ません|ございません|ねえ|ねぇ|ねが|あらへん|らん|へん|なかよ|なかけん|なかばい)|(思わ|おもわ|考え)(ない|ん|へん|ねえ|ねぇ|ねが|ね[、,。]|ません)|おさま(った|って|り)|収ま(った|って|り)|消えた|消えて(る|ます)|なくな(った|って|り)|落ち着い|薄れ|引い(た|て|と|ちょ))` +
			// A safety plan in one's own words: tonight with someone (今夜は
			// そいつと一緒にいる, 今夜はこの子と一緒に寝る), someone on the way
			// (今からうち来てくれるって), someone close told everything (嫁に
			// 全部話した), a means or the keys handed over (車の鍵も嫁に預けた).
			`|(今夜|今晩|今日|こんや)は?[^。?？]{0,12}(と|が)[^。?？]{0,4}(一緒に|いっしょに)(いる|います|おる|寝る|寝ます|ねる|過ごす|過ごし|泊まる)` +
			`|(今から|いまから)[^。?？]{0,6}(うち|家|部屋)(に|へ)?(来て|きて)(くれる|くれます|もらう)` +
			// 今夜はツレの家に泊まりに行く; 泊まりに来てもらいます; 何もしません
			// ので、安心してください.
			`|(今夜|今晩|今日|こんや)は?[^。?？]{0,12}(家|いえ|うち|とこ|部屋|実家)(に|へ|で)(泊まり|とまり|泊まる|とまる|泊めて|とめて)` +
			`|(泊まり|とまり)に(来て|きて)(もらう|もらいます|くれる|くれます|もらった|くれた|くれるって)` +
			`|(何も|なにも|なんも)(しません|しない|せん|せえへん|しねえ)(ので|から|けん|よ|し|[。!！、,]|$)` +
			// 今夜なにかするつもりは全然ない: any act said not intended.
			`|(何か|なにか|なんか|どうにか|どうこう|変なこと|へんなこと|危ないこと|馬鹿なこと|バカなこと)(を)?(する|やる|しよう)(つもり|気)(は|も|なんて)?(全く|全然|まったく|ぜんぜん|さらさら|一切|もう)?(ない|ありません|ございません|ねえ|ねぇ|あらへん)` +
			`|(家族|母|父|親|夫|妻|旦那|嫁|家内|娘|息子|姉|兄|妹|弟|友達|友人|彼氏|彼女|恋人|パートナー|オカン|おかん)(ちゃん|さん)?(に|へ)[^。?？]{0,4}(全部|ぜんぶ|ちゃんと|正直に)(話した|話しました|打ち明けた|打ち明けました|言った|言いました)` +
			`|(鍵|カギ|キー|車の鍵)(は|を|も)?[^。?？]{0,8}(預けた|預けました|渡した|渡しました)` +
			// A volitional thought denied (もう落ちたろとか思てへん), an act
			// given up (切るのはもうやめます, 死ぬのはやめとく).
			`|(よう|ろう|たろ|たろう|だろ|だろう)(などとは|などと|なんてことは|とまでは|とか|とは|なんて|なんか|って)(もう|今は|いまは)?(思て|思っ|おもっ|考え)(て)?(おり|い)?(へん|ない|ません|ねえ|ねぇ|ねが|ん)` +
			`|(切る|きる|切ん|やる|飲む|死ぬ|しぬ|飛ぶ|飛び降りる)の(は|も)?(もう)?(やめ|止め)(ます|る|た|とく|とこ|ておく|にする)` +
			// 今日は切らないし; もう大丈夫なので; ちゃんと生きるわ.
			`|(今日|今夜|今晩|きょう|こんや|もう|二度と)(は|も)?((切ら|きら|飛ば|とば|飛び降り|飛びおり|飲ま|のま|やら)(ない|へん|ん|ねえ)|(切り|きり|飛び|とび|飛び降り|飲み|のみ|やり)ません)(し|から|よ|です|って|[。!！、,]|$)` +
			// 姉ちゃんが薬あずかってくれた。今はしなない、ほんとに; 嫁も横で
			// 寝とるし.
			`|(薬|くすり|クスリ|睡眠薬|眠剤|ロープ|紐|ひも|練炭|カッター|刃物|包丁|カミソリ|剃刀)(を|は|も)?[^。?？]{0,6}(あずかって|預かって)(くれた|もらった|くれました|もらいました|くれてる|もらってる)` +
			`|(死な|しな)(ない|へん|ん)[、,]?(ほんとに|本当に|ほんまに|マジで|まじで|絶対|ぜったい)` +
			// せえへんよ。嫁も横で寝とるし: the act denied, said first.
			`|^(せえへん|しいひん|しやへん|せん|しない|しません|しねえ|しねぇ|やらない|やらへん|やらん)(よ|って|わ|で|から)?[。!！、,]` +
			`|(もう|今は|いまは)(大丈夫|だいじょうぶ|だいじょぶ|平気|へいき)(なので|なんで|ですので|やし|だし|なんだ)` +
			`|(ちゃんと|しっかり)(生きる|いきる|生きます|生きてく|生きていく)(わ|よ|から|し|って約束|[。!！、,]|$)` +
			// もう押し付けたりせえへん, もう頭打ったりしない: any act
			// promised not done again; ほんま大丈夫や.
			`|(もう|二度と|にどと|絶対|ぜったい|今日は|今夜は)[^。、,]{0,8}(た|だ)り(は|も)?(しない|しません|せん|せえへん|しねえ|しやん|しいひん)` +
			`|(ほんま|ほんまに|本当に|ほんとに|ほんとうに|まじで|マジで)(大丈夫|だいじょうぶ|だいじょぶ|平気|へいき)(や|だ|です|だよ|やで|よ|だから|やから)?([。!！、,]|$)` +
			`|(相談員|カウンセラー|相談の人|窓口の人|電話の人|チャットの人|相談員の人)(さん)?(と|に)(話せ|はなせ|話し|はなし|相談でき)(た|ました|て(きた|きました|もらえ))`),
		sleeps:   pattern.MustCompile(`((今夜|今晩|今日|きょう|こんや)は?(もう)?|もう)(ゆっくり|早めに|早く|はよ)?(布団(に)?入って|ふとん(に)?入って|横になって)?(寝|ね|休|やす)(ます|る|むね|みます|むわ|もうと思|ようと思|よう)(ね|よ|わ|けん|けえ|っす|っちゃ|べ|で|さ|から|ので|し)?([。!！、,…]|$)|^(じゃあ|じゃ|では|なら|うん|はい)?[、, ]?(寝|ね)(ます|る|るね|るわ|よう|ようかな)[。!！…～〜]*$`),
		jobsAsk:  pattern.MustCompile(`応募(したい|してみたい|させて|できる|できます|しても|する)|(求人|仕事|しごと|バイト|パート|職場|会社|転職先|働き口|働ける|勤め先|施設|お店)[^。]{0,20}(ない\?|ある\?|ないかな|あるかな|ないですか|ありますか|ありませんか|見せて|みせて|(探して|さがして|教えて|紹介して)(ほしい|ください|下さい|くれ|もらえ|\?|$)|(知らない|知らん|知ってる)(\?|かな|$))`),
		humanAsk: pattern.MustCompile(`(担当|エージェント|プロ|専門家|専門の人|キャリア|アドバイザー|相談員|スタッフ|詳しい人|くわしい人|人間)[^。]{0,16}(話せ|話し|話す|相談|つな|繋|紹介|代わ|会え|会い)[^。]{0,10}(たい|\?|ますか|ません|る\?|ない\?|かな|ほしい|欲しい|もらえ)`),
		// 辞めたら住宅ローンどうすんだって話: a rhetorical question closed
		// with って話, not a story it was.
		notCorrection: pattern.MustCompile(`(半分|はんぶん)(は|くらい|ぐらい)?(本気|マジ|まじ|ほんき)|冗談半分|本気(も|が)半分|(どうすんだ|どうするんだ|どうすんの|どうすんねん|どうしろと|どうせえと|どうなるんだ|どうなんだ|なんなんだ|意味あんの|意味あるの|やってられるか|やってらんない)(って|という|っていう)話|(大げさ|おおげさ|冗談|ネタ|比喩|たとえ|盛っ)(とか|に|で|て)?(言って|いって|書いて|言っとる|言うとる)?(る|ます|いる)?(わけ|ん|の|つもり)?(じゃ|では|でも|ちゃう|やな)(ない|なく|ありません|ね)|(ほんと|本当|ほんま|まじ|マジ)(に|で)?(そう)(思って|おもって|思う|おもう|感じて)|本心(だ|です|なん|やで|だよ)|気持ち(は|自体は)(本当|ほんと|本物|変わらない|かわらない)`),
		alone:         pattern.MustCompile(`(誰|だれ)にも(言え|いえ|話せ|はなせ|相談でき|頼れ|たよれ|言って(ない|いない))|(ひとり|一人)ぼっち|(頼れる|話せる|相談できる)(人|相手)(が|も)?(いない|おらん|いません)|味方(が|も)?(いない|おらん)`),
		noWords:       pattern.MustCompile(`^[^。?？]{0,6}(話すこと|話す事|はなすこと|言うこと|いうこと|書くこと|話せること)(なんて|なんか|とか|は|も)?(ない|ねえ|ねぇ|ありません|ないし|ないよ|ないです|ない…)|^[^。?？]{0,6}(話したくない|はなしたくない|何も言いたくない|なにも言いたくない|何も書けない|なにも書けない)`),
		aloneNow:      pattern.MustCompile(`(今|いま|家|いえ|うち|部屋|へや|今夜|今晩|こんや|今日|きょう)(は|に|で|も|には)?(もう)?(ずっと)?(一人|ひとり|1人|独り)(です|だ|だよ|や|やで|やけん|じゃ|なんです|なんだ|なの|なん|でいる|でいます|でおる|だけ|きり|っきり)?[。…!！w笑]*$|(家|いえ|うち|部屋|へや)(に|には)(誰|だれ)も(いない|いません|おらん|おらへん|おりません)[。…!！w]*$|(一人|ひとり|独り)(暮らし|ぐらし)(だ|です|やし|やけん|なんで|なので|だし|だから)?[。…!！w]*$`),
		// …and a bleeding stopped with it unnamed: タオルで押さえてたら止まった.
		wound:    pattern.MustCompile(`(押さえ|おさえ|圧迫し|タオル|ガーゼ|ティッシュ|絆創膏)[^。?？]{0,10}(止まった|とまった|止まりました|とまりました|止まってきた|とまってきた)|^(もう|やっと|なんとか|いま|今)?[、,]?(止まった|とまった|止まりました|とまりました)([。!！…]|$)|(血|傷|出血)(は|が|も)?(もう)?(止まった|とまった|止まりました|止まって(る|い)|とまって(る|い)|ふさがった|塞がった|ふさがって(る|い)|塞がって(る|い)|ふさがりました|塞がりました)`),
		tomorrow: pattern.MustCompile(`(明日|あした)(も|また)?[^。?]{0,4}(話す|話そう|話します|話せ|話しに|連絡す|連絡し|相談す|相談し|来る|来ます|くる|lineする)`),
		rests:    pattern.MustCompile(`(お風呂|風呂|おふろ|シャワー)[^。?]{0,8}(入|はい|浴び|あび)|(休|やす)(む|みます|もう)(わ|ね|よ|かな|っと|か)?([。!！、,…]|$)|横になる|布団に入る|ふとんに入る`),
		sleepy:   pattern.MustCompile(`(眠|ねむ)(く|た)(なって|なっ|なり|なる)`),
		questions: []careQuestion{
			{key: "care_q_cost", p: pattern.MustCompile(`(お金|おかね|料金|電話代|通話料|通信料)[^。]{0,6}(かかる|かかり|かから|いくら)[^。]{0,6}(\?|かな|の)|(無料|タダ)(なの|なん|です|だよね|かな|\?)`)},
			{key: "care_q_anonymous", p: pattern.MustCompile(`(名前|本名|会社名)[^。]{0,8}(言わ|いわ|名乗|言う|伝え)[^。]{0,12}(\?|かな)|匿名|(家族|親|会社|職場|上司)に[^。]{0,8}(連絡|知られ|バレ|ばれ|伝わ)[^。]{0,8}(\?|かな)`)},
			// 言わないで、親にバレたくない: asked to keep it secret — Akari
			// tells no one (not a question of the lines, care_q_anonymous).
			{key: "care_q_secret", p: pattern.MustCompile(`(誰にも|だれにも|親に|家族に|会社に|学校に|職場に)?(は)?(言わないで|いわないで|言わんで|いわんで|話さないで|言わんといて|黙ってて|だまってて|内緒にして|ないしょにして|秘密にして)(ね|よ|ください|下さい|ほしい|欲しい|もらえ|くれ|な|[、,。!！…〜ー]|$)|(誰にも|だれにも|親に|家族に)(は)?言うなよ|(親|家族|会社|職場|学校|上司|先生|夫|妻|旦那|嫁|彼氏|彼女)(に|には)[^。?？]{0,6}(バレたくない|ばれたくない|知られたくない|知られとうない|バレたら|ばれたら)`)},
			{key: "care_q_ai", p: pattern.MustCompile(`(あかり|あなた|きみ|君)(ちゃん)?(って|は)[^。]{0,4}(人間|ai|ロボット|ボット|bot|機械|本物の人)`)},
			// Not what to say to someone at work (上司に異動の希望ってどう
			// 伝えるのがいい？): that is the worry, asked.
			{key: "care_q_what_to_say", p: pattern.MustCompile(`(何て|なんて|何を|なにを|どう)(言え|言っ|言う|話せ|話し|話す|伝え)[^。]{0,6}(いい|良い|いいの)`),
				not: pattern.MustCompile(`上司|部長|課長|店長|社長|会社|職場|人事|同僚|先輩|後輩|面接|退職|異動|取引先|お客|客に|親方|園長|師長`)},
			// いのちの電話かけたけど繋がらんかった: a call that did not get
			// through, told; the lines again, and another way in.
			// Lines doubted before any call (どうせつながらないでしょ): the doubt
			// heard, not thanks for a call never made.
			{key: "care_q_doubt", p: pattern.MustCompile(`(どうせ|きっと|たぶん|多分)[^。?？]{0,14}(つながらな|繋がらな|つながらん|繋がらん|つながらへん|意味ない|意味ねえ|無駄|むだ|聞いてくれな|わかってくれな|分かってくれな)|(つながらな|繋がらな|つながらん|繋がらん)(い)?(でしょ|だろ|やろ|と思う|と思います|んじゃ)`)},
			{key: "care_q_busy", p: pattern.MustCompile(`(電話|でんわ|窓口|ホットライン|いのちの電話|よりそい|相談|チャット)[^。?]{0,12}(つながらな|繋がらな|つながらん|繋がらん|つながらへん|繋がらへん|つながりませ|繋がりませ|出なかった|でなかった|出てくれな|話し中|はなしちゅう|混んで|こんで|待ちきれ)`)},
			// その質問、もうやめてもらえませんか: asked too often about
			// tonight; an apology, no question, and the lines left in reach.
			{key: "care_q_stop", p: pattern.MustCompile(`(その|この|同じ|例の)?質問[^。?？]{0,8}(やめて|もういい|しないで|せんで|いらない)|(もう|これ以上|何度も|何回も)[^。?？]{0,4}(聞かないで|きかないで|聞かんで|聞くな)` +
				// だから大丈夫って言ったじゃん: a fine insisted on, annoyed.
				`|(だから|もう|さっき)[、,]?(大丈夫|だいじょうぶ|平気|へいき)(って|だって)(言った|言って|いった|いって|言う|ゆうた|言うとる)` +
				// 大丈夫だってば, 平気だっての: the same, in two words — six
				// writers of care conversations read it as care to go on.
				`|(大丈夫|だいじょうぶ|だいじょぶ|平気|へいき)(だ)?って(ば|ばよ|ばさ|ばー|ばぁ|の)([。!！、,〜ー~…w]|$)`)},
			// いのちの電話かけた。何回目かでやっとつながった: a line reached,
			// told (not yet a word of how they are).
			{key: "care_q_reached", p: pattern.MustCompile(`(いのちの電話|いのちのでんわ|よりそい|ホットライン|窓口|相談員|チャット|電話|でんわ)[^。?？]{0,14}(つながった|繋がった|つながりました|繋がりました|出てくれた|出てくれました)|(やっと|ようやく|なんとか|何回目かで|何度目かで)[^。?？]{0,4}(つながった|繋がった|つながりました|繋がりました)`)},
			// 夜中でもつながんの？: whether a line is open at this hour.
			{key: "care_q_hours", p: pattern.MustCompile(`何時(まで|から|に)[^。?]{0,4}(やって|つなが|繋が|開いて|あいて|受け付け|かけ|電話|相談)|受付時間|受け付け時間|(夜中|夜|深夜|今|いま|今から|いまから|この時間|こんな時間|土日|休日|毎日|いつでも)(でも|に|から|も|って)?[^。]{0,6}(つなが|繋が|やって|開いて|あいて|受け付け|かけられ|かけても)[^。?]{0,6}(\?|かな|の$|の。|んの|ますか|もん)`)},
			// いや、大げさに聞こえるかもだけど: what was told, played down
			// before it is taken too seriously.
			{key: "care_minimised", p: pattern.MustCompile(`(大げさ|大袈裟|おおげさ)(に|だと|って)?(聞こえ|思われ|思う|思うかも|かも)|重く(受け止め|うけとめ|とらえ|捉え|考え)(ないで|なくて|んで)`)},
			{key: "care_q_number", p: pattern.MustCompile(`何番|なんばん|(番号|ばんごう)[^。]{0,8}(\?|教えて|おしえて|何|なに|なん|っけ|どれ|わから|分から|忘れ|もう一回|もう一度|知りたい)`)},
			// 文字で相談できるとこある？ asks for a text service as much
			// as how to start one.
			{key: "care_q_chat", p: pattern.MustCompile(`(チャット|ちゃっと|文字|もじ|line|ライン|メール|テキスト|メッセージ)(なら|だったら|やったら|でなら|やったら)[^。?？]{0,6}(できる|できそう|できるかも|話せ|はなせ|いける|行ける|いけそう|大丈夫|やれ|書け|打て|相談でき)|(チャット|ちゃっと|文字|もじ|line|ライン|メール|sns|テキスト)(の|で)(やつ|とこ|ところ|窓口|相談|方|ほう)[^。]{0,6}(教えて|おしえて|知りたい|どこ|は\?|ある|あります)|チャット[^。]{0,12}(どうやって|どうやる|どこから|どうすれば|始め|はじめ|使い方|やり方)|(文字|もじ|チャット|line|ライン|メール|sns|テキスト|メッセージ)(とか|など|なんか)?(で|だけで)[^。?]{0,8}(相談|話せ|話す|やりとり|やり取り)[^。]{0,10}(ある|あります|ない|できる|できます|\?|かな|とこ|ところ|窓口)`)},
		},
		deniesAct:      pattern.MustCompile(`(飛び込ま|とびこま|飛びこま|飛び降り|とびおり|飛び下り|死な|しな|切ら|きら|首つら|首吊ら|吊ら)(ない|へん|ん|ません|ねえ|ねぇ|ねー)`),
		putAway:        pattern.MustCompile(`(薬|くすり|クスリ|睡眠薬|錠剤|ロープ|縄|紐|ひも|練炭|炭|カッター|刃物|包丁|カミソリ|剃刀|ナイフ|刃)(は|を|も|とか)?[^。?？]{0,14}(しまった|しまいました|しまってきた|片付けた|片づけた|戻した|戻しました|置いてきた|隠した|遠ざけた|離した|捨てた|すてた|捨てました|処分した|預けた|あずけた|預けました|渡した|渡しました|外に出した|出してきた|(袋|ふくろ|箱|はこ|ケース|引き出し|ひきだし|金庫|棚|物置|ロッカー|車|玄関|ベランダ)に(入れた|いれた|入れました|入れてきた|置いた|置いてきた))`),
		headedTo:       pattern.MustCompile(`(海|うみ|橋|屋上|線路|踏切|崖|がけ|ホーム|ダム|川|樹海|山)(の方|のほう|の上|の近く)?(まで|へ|に|の方へ)?[^。]{0,4}(行こう|いこう|行きかけ|行きそう|向かい|向かっ|向かお|出かけ|出よう|行ってしま|行っちゃ|行きたくな)`),
		actFeared:      pattern.MustCompile(`(しちゃう|しちまう|してしまう|してまう|やっちゃう|やってまう|やっちまう)(かも|かもしれ|かもしん)|(やっちゃい|やってしまい|やっちまい|やってまい|やってもうたら|しちゃい|してしまい)(そう|かも)|(本当に|ほんとに|ほんまに|マジで|まじで)(やる|する|やって(しまう|まう))(かも|と思う|気がする)`),
		meansDrawn:     pattern.MustCompile(`(ロープ|縄|紐|ひも|薬|くすり|練炭|包丁|カッター|刃物|カミソリ|線路|ホーム|屋上|橋|踏切|ベランダ)[^。?？]{0,14}(変な気持ち|へんな気持ち|妙な気持ち|変な気分|吸い込まれ|すいこまれ|引き寄せられ|ひきよせられ|引っ張られ)`),
		meansImagined:  pattern.MustCompile(`(刺したら|刺せば|さしたら|切ったら|飛んだら|飛び降りたら|飲んだら|吊ったら|飛び込んだら)[^。?？]{0,8}(どうなる|楽に|らくに|死ね|しね|終わ|おわ|痛い|いたい)`),
		meansEnough:    pattern.MustCompile(`(これだけ|こんだけ|この量|この数|これくらい|これぐらい|これで)[^。?？]{0,6}(あれば|あったら|なら|で)?[^。?？]{0,4}(足りる|たりる|足りん|十分|じゅうぶん|充分|死ねる|しねる|いける)`),
		leaving:        pattern.MustCompile(`(もう|そろそろ|いまから|今から)[^。?？]{0,4}(戻ります|戻る|戻るね|戻るわ|戻んなきゃ|戻らなきゃ|戻らないと|行きます|行くね|行ってきます|仕事に戻|持ち場に戻|休憩終わ)`),
		earnest:        pattern.MustCompile(`(ほんとに|本当に|ほんとうに|正直|本気で|マジで|まじで|ほんまに)[^。?？]{0,6}(考えて|考えと)(る|います|ます|いる|おる)`),
		notWorkButAll:  pattern.MustCompile(`(会社|仕事|職場|バイト|パート|現場|部署)(とか|から|だけ)?(じゃ|では|やな|ちゃう)(なくて|なく|ない|ねえ|ねくて|くて)?[、,…]*(ぜんぶ|全部|すべて|全て|この世|世界|人生|何もかも|なにもかも|生きること)(から|が|を)?`),
		cutTold:        pattern.MustCompile(`(腕|手首|うで|太もも|ふともも)[^。?？]{0,6}(見たら|見られたら|みたら|見れば)[^。?？]{0,4}(バレる|ばれる|わかる|分かる)|(腕|手首|うで)(の傷)?(を|は)?(隠して|かくして|隠れる)|^(実は|じつは|正直|ほんとは|本当は)?[、,]?(昨日|きのう|さっき|今日|きょう|今朝|ゆうべ|昨夜|夜中に|また)?[、,]?(も|の夜)?[、,]?(少しだけ|ちょっとだけ|少し|ちょっと|浅く|また)?[、,]?(切った|切っちゃった|切ってしまった|切ってもうた|切ってしもた|切ってもた|切ってしまいました|切りました|切っちゃいました)[。…!！]*$`),
		lineNotReached: pattern.MustCompile(`(いのちの電話|いのちのでんわ|よりそい|ホットライン|自殺相談|こころの相談|こころの健康相談)[^。?？]{0,12}(つながらな|繋がらな|つながらん|繋がらん|つながらへん|繋がらへん|つながりませ|繋がりませ|出なかった|でなかった|話し中|はなしちゅう)`),
		takeBack:       pattern.MustCompile(`本気じゃ|本気で(は)?な|本気では(あり|ござい)ません|本気にせんで|本気にしないで|本気にすんな|真に受け|冗談|ネタ(だよ|です|やけん|だから)|言ってみただけ|いってみただけ`),
		explained:      pattern.MustCompile(`盛っ|盛り|大げさ|おおげさ|大袈裟|口癖|くちぐせ|言葉のあや|ことばのあや|言葉の綾|誤解|比喩|たとえ|例え|ゲーム|げーむ|ドラマ|アニメ|漫画|マンガ|映画|キャラ|セリフ|歌詞|寝不足|誤字|打ち間違|変換|意味|締め?切|忙しくて|(ただ|単に|たんに)[^。!！?？]{0,14}だけ|(だるい|しんどい|疲れてる|つかれてる|きつい|忙しい|嫌な|いやな)だけ`),
		meant:          pattern.MustCompile(`(って|という|っていう)(意味|こと)(で|だ|です|だよ|や|な|[。!！、,]|$)|そういう意味|そんな意味|意味で(言っ|書い|いっ)`),
		calm:           pattern.MustCompile(`(落ち着|おちつ|落ちつ)(い|き|け)|(楽|らく|マシ|まし)にな|(気持ち|心|気分)が(少し|ちょっと|すこし)?軽く|軽くなり?(っ|ま)|和らい|さっきより(は)?(まし|マシ|楽)`),
		safeTonight:    pattern.MustCompile(`今夜|今晩|こんや|今日は|きょうは|一緒|いっしょ|家族|そば|寝る|寝ます|約束|(死な|しな)(ない|へん|ん)|(死ん|しん)だりし|つもり(は|も)(ない|ありません)`),
		stillAfraid:    pattern.MustCompile(`(一人|ひとり|独り|1人)[^。?]{0,12}(怖|こわ|不安|心細)|(まだ|やっぱ|でも)[^。]{0,22}(怖|こわ|つら|辛|不安|しんど|苦し|くるし|ざわざわ|そわそわ|落ち着かな|おちつかな|だめ|ダメ|無理|むり|あかん|戻って|もどって|眠れな|眠れま|眠れん|眠れへん|寝れな|寝れま|寝れん|寝れへん|ねむれな|頭から離れ)`),
		// A fine made of habit is minimising, not safety: いつものことだし
		// 大丈夫, 慣れてるから平気.
		// …and a bare fine that brushes it off (大丈夫です、気にしないで
		// ください。それより…; なんでんなか、忘れて).
		// まだ何もしてない: not yet, so still possible.
		notSafe: pattern.MustCompile(`^(少し|すこし|ちょっと|ちょっとだけ|少しだけ|すこしだけ|多少|まあまあ|まだ少し)(は)?[、,]?(大丈夫|だいじょうぶ|だいじょぶ|平気|へいき)(かも|かな|です|だよ)?[。!！…]*$|まだ(何も|なにも|なんも)?(して|やって|しとら|やっとら)(ない|いない|ません|へん|ねえ|ん)|(ない|なく|ません)(わけ|訳)(じゃ|では|でも)(ない|なく|ありません)|^[…\.]*(わかった|わかりました|分かった|分かりました|うん|はい|おう|そうする|そうします)?[、,。…!！]*明日[、,]?[^。]{0,12}(電話|連絡|相談)(して)?(みる|する|します|してみます)[。!！]*$|^(うん|はい|いや|いえ)?[、,]?(大丈夫|だいじょうぶ|だいじょぶ|平気|へいき|なんでもない|なんでもなか|なんでんなか)(です|だよ|だから|やから|よ)?[、,。!！]*(気にしないで|気にせんで|気にすんな|気にしなくて|忘れて|わすれて|ご心配なく|心配しないで|心配せんで|心配いらない|心配いりません|心配無用|ご心配には及びません|心配すんな|心配せんでよか)|(いつものこと|いつもの事|いつもこんな|毎度のこと|よくあること|慣れてる|慣れとる|なれてる|慣れっこ)[^。?？]{0,8}(大丈夫|だいじょうぶ|だいじょぶ|平気|へいき)|(大丈夫|だいじょうぶ|だいじょぶ|平気|へいき)(です|だよ|だって|やって)?[、,。…]*(いつものこと|いつもの事|いつもこんな|毎度のこと|よくあること|慣れてる|慣れとる|慣れっこ)|(捨て|処分し|預け|渡し)た?(ほう|方)が(いい|ええ|良い)|(捨て|処分し|預け|渡し)(たら|れば)(いい|ええ|良い)(の|か|ん)|(大丈夫|平気|へいき|安全)(じゃな|じゃね|じゃあな|じゃあり|では|でな|でね|ちゃう)|(血|傷)(は|が|も)?(もう)?(止まっ|とまっ|止まり|ふさが|塞が)|自信(が)?ない|わからな|分からな|わかんな|わからん|分からん|(電話|連絡)(でき|出来)(ない|ん|へん)|(大丈夫|平気|へいき)[、,…]+(じゃ|では|でもな|じゃな)|(浅い|あさい)(し|から|けん|けぇ|よ|って|だけ|ので|もん)|浅く(しか)?(切っ|きっ)|かすり傷|(慣れて|なれて)(る|い)(し|から|ので|けん)|(でなくても|じゃなくても|でなくて|急がなくても|あとでも|後でも|いつでも|今度でも|今じゃなくても)(大丈夫|だいじょうぶ|平気|へいき|いい|ok)` +
			// A fine that takes the words back (ごめん変なこと言った、大丈夫
			// だから), and a fine about a body's need let go (お腹は空かない
			// から平気です, 寝なくても大丈夫).
			`|(変な|へんな|余計な|よけいな|重い)(こと|事|話)(を)?(言っ|いっ|書い|かい|送っ)(た|て|ちゃった|ちゃって|てもうた|てしまった)[^?？]{0,10}(大丈夫|だいじょうぶ|だいじょぶ|平気|へいき)` +
			`|(今の|いまの)(なし|ナシ|忘れて|わすれて)[^?？]{0,10}(大丈夫|だいじょうぶ|だいじょぶ|平気|へいき)` +
			`|^(大丈夫|だいじょうぶ|だいじょぶ|平気|へいき)[、,!！]*(大丈夫|だいじょうぶ|だいじょぶ|平気|へいき)` +
			// 大丈夫だってば: a fine insisted on, annoyed (care_q_stop).
			`|(大丈夫|だいじょうぶ|だいじょぶ|平気|へいき)(だ)?って(ば|ばよ|ばさ|ばー|ばぁ|の)([。!！、,〜ー~…w]|$)` +
			// もういいって。大丈夫だから: a fine that brushes the asking off.
			`|^(もう)?(いい|ええ)(って|から|よ|わ|ってば)[。、,!！…]*(大丈夫|だいじょうぶ|だいじょぶ|平気|へいき)` +
			`|(深く|ふかく)(は|も)?(ない|なか|ねえ)(から|し|けん|けぇ|ので|よ)` +
			`|(空かない|すかない|空いてない|すいてない|空かん|すかん|減らない|へらない|減らん|食べなくても|たべなくても|食べんでも|寝なくても|ねなくても|寝んでも|眠らなくても|食欲(が|も)?(ない|なくて))[^。?？]{0,6}(大丈夫|だいじょうぶ|だいじょぶ|平気|へいき)`),
		// 「少し落ち着いた」「話したら楽になった」
		parting: pattern.MustCompile(`お世話になりました|思い残す|心残り|さよう?なら|さいなら|バイバイ|ばいばい|最後に|最期|これで終わ|おしまいに|今までありがと|いままでありがと`),
		calmer:  pattern.MustCompile(`(落ち着|おちつ|落ちつ)(い|き|け)|静ま(っ|り)|(気持ち|心|頭)(が|も)?[^。]{0,4}静か(になっ|になり|になれ)|(緩|ゆる)ん|ほぐれ|和らい|(おさま|収ま)(っ|り)|息ができ|息がしやすく|(気持ち|心|気分)が(少し|ちょっと)?軽く|さっきより(は)?(まし|マシ|楽|落ち着)|楽にな(っ|りました)|(マシ|まし|軽く)にな(っ|りました)|^(少し|すこし|ちょっと|ちょい|だいぶ|かなり|さっきより)(は)?(マシ|まし|楽|らく)(かも|です|かな|だ|や|になった|になりました)?[。!！…、,w笑ｗ]*$|気が楽|すっきりし|ほっとし|話せてよかった|聞いてくれてありがと|ありがとう.{0,6}(少し|ちょっと)|(一息|ひと息|ひといき)(つい|つけ|つき)`),
		// 「電話する気力もない」「電話は無理」
		cannotCall: pattern.MustCompile(`電話.{0,8}(気力|元気|無理|むり|できない|出来ない|したくない|怖い|こわい|苦手|かけられない)|話すのが(怖|こわ|無理)|声(を)?出せない|電話は(ちょっと|ちょい|きつ|しんど)|声(を)?出す(と|の)`),
		workTalk:   pattern.MustCompile(`仕事|しごと|会社|職場|上司|転職|求人|辞め|やめ|シフト|給料|残業|バイト|パート|派遣|出勤|明日の朝|面接`),
		meansTalk:  pattern.MustCompile(`薬|くすり|ロープ|紐|ひも|包丁|刃|カッター|カミソリ|剃刀|練炭|ガス|ベランダ|屋上|線路|ホーム|橋|海|車|ある|あります|あるよ|決め|考えて|いつ|日にち|場所|方法|準備|用意|買っ`),
		bareYes:    pattern.MustCompile(`^(はい|うん|ええ|そう|そうです|そうだね|うむ|ん)[、,。…!！]*$`),
		// To 「死にたいと思う気持ちはありますか」: 「うん、ちょっと考えてる」「正直ある」
		answerYes: pattern.MustCompile(`^(今も|いまも)?(正直)?[、,]?(ちょっと|少し|すこし|たまに|時々|ときどき)(は)?(考える|考えます|考えちゃう|考えてしまう|考えてまう|思う|思います)(。|$)|^(はい|うん|ええ|そう|そうです|そうかも|そうだね)([、,。…!！]|$)|(ある|あります|あるよ|あるかも|あるかな)[。!！…]*$|(考え|思っ)(て|で)(る|います|ます|いる)[。!！…]*$|(正直|ほんとに|本当に|ほんまに|マジで)[^。?？]{0,6}(考え|思っ)(て|で)(る|います|ます|いる)[。!！…]|(考え|思っ)(とる|とります|ちょる|ちょります)[。!！…]*$|(たまに|時々|ときどき|よく|正直|少し|ちょっと)(そう)?思(う|います)[。!！…]*$`),
		// 「いいえ」「そこまでは考えてない」「死にたい気持ちはないです」 — not
		// any sentence ending in ない (寝れてないし、ごはんも食べてない)
		answerNo: pattern.MustCompile(`そこまで(じゃ|では|は)|(死にたい|死にて(ぇ|え)|死ぬ|消えたい)(とか|って|わけ|ってわけ)(じゃ|では|でも|ちゃう|やな)(ない|なく|ありません|ね|う)|(考えて|思って)(い)?(ない|ません)|(考えて|思って)(まへん|へん|おらん|ねえ|ねぇ)|(つもり|気持ち|気)は(ない|ありません)|^(大丈夫|だいじょうぶ)`),
		// A bare 「いいえ」 answers only when it is all there is: 「いえ、
		// それよりも求人の状況を」 changes the subject and is no word of
		// safety.
		bareNo: pattern.MustCompile(`^(いいえ|いや|いえ|ううん|ないです|ないよ|ない|ありません|違う|ちがう)([、,。…!！]|$)|^(はい|うん)[、,]?ない(です|よ)?[。!！]*$`),
		// A double negative or a hedge is neither: 「ないとは言えない」
		// …and a no hedged or narrowed: 考えてない、と思う; 具体的には考えて
		// ない (no plan said, not no wish).
		unsure: pattern.MustCompile(`[。、,…!！ ](たぶん|多分|おそらく)(な|ね|なぁ|なー|ねー)?[。…!！〜ー～w笑]*$|とは言えな|とはいえな|わけじゃな|わけではな|こともな|なくはな|わからな|分からな|わかんな|わからん|分からん|わかんね|(じゃ|では)ない[^。]{0,3}(と思|かな|かも)|(ない|ません)[、,…]*(と思う|と思います|と思うけど|かな|かも|はず)|具体的(に|には|な)`),
		// たぶん…, …と思う next to a word of safety (see hedgedOnly).
		hedgeBefore: pattern.MustCompile(`(たぶん|多分|おそらく|一応|いちおう|まあ|まぁ)[、,…]*[^。!！?？]{0,8}$`),
		// 家族いるし、やんねえよ。たぶんな: a hedge said last, alone.
		hedgeLast:  pattern.MustCompile(`^[^。]{0,16}[。、,…!！?？ ](たぶん|多分|おそらく|知らんけど|しらんけど)(な|ね|なぁ|なー|ねー|やけど|だけど|けど)?[。…!！〜ー～w笑]*(だからよ|だからよー|やさ|さー)?[。…!！〜ー～w笑]*$`),
		hedgeAfter: pattern.MustCompile(`^[^。!！?？]{0,14}(と思う|と思います|とおもう|かな|かも|はず)|^[、,…]*(たぶん|多分|おそらく)`),
		// To 「いまは安全な場所にいますか」「今夜は安全に過ごせそうですか」: a no
		unsafe: pattern.MustCompile(`^(いいえ|いや|いえ|ううん|無理|むり|わからない|分からない|わかんない|わからん|分からん)|(わかりません|分かりません|わからない|分からない|わかんない|わからん|分からん|わかんね|わからへん)[。…!！]*$|安全(じゃな|じゃね|じゃあな|では)|自信(が)?ない|危ない|あぶない|大丈夫じゃ(な|ね|あな|あり)|過ごせ(ない|そうにない)`),
	}
}

// corrects reports whether f says a sign was not meant that way (そういう
// 意味じゃない), and not that it was (大げさに言ってるわけじゃない).
func (ci careIntents) corrects(f folded) bool {
	return f.is(ci.falseAlarm) && !f.is(ci.notCorrection) && !ci.hedgedAll(f, ci.falseAlarm)
}

// careWantsJobs and careWantsHuman read an ask for jobs or for a person
// in care mode (see careIntents.jobsAsk).
func (e *Engine) careWantsJobs(f folded) bool {
	return e.intents.wantsJobs(f) || f.is(e.intents.care.jobsAsk) && !f.is(e.intents.jobsNo)
}

func (e *Engine) careWantsHuman(f folded) bool {
	return e.intents.wantsHuman(f) || f.is(e.intents.care.humanAsk)
}

// careQuestion is a practical question about the help offered and the
// message that answers it.
type careQuestion struct {
	key string
	p   *pattern.Pattern
	// not, when set, is words that make the question one about work.
	not *pattern.Pattern
}

// question returns the message answering the question f asks about the
// help offered, or "".
func (ci careIntents) question(f folded) string {
	for _, q := range ci.questions {
		if f.is(q.p) && (q.not == nil || !f.is(q.not)) {
			return q.key
		}
	}
	return ""
}

// endCare leaves care mode with the person safe or calmer, noting when
// (see akari.State.CareEnded).
func endCare(st *akari.State) {
	st.Care = nil
	st.CareEnded = st.TurnCount
}

// careLevel returns the conversation's care mode, ending it when CareTTL
// has passed since the last sign.
func (e *Engine) careLevel(st *akari.State) (akari.Risk, *akari.RiskChange) {
	if st.Care == nil {
		return akari.RiskNone, nil
	}
	if e.Now().Sub(st.Care.Last) > e.CareTTL {
		from := st.Care.Level
		st.Care = nil
		return akari.RiskNone, &akari.RiskChange{At: e.Now(), From: from, To: akari.RiskNone, Why: akari.RiskExpired}
	}
	return st.Care.Level, nil
}

// signKind is what a sign tells beyond its level.
type signKind int

const (
	signPlain  signKind = iota
	signUrgent          // danger at hand: pills taken, bleeding, at an edge now
	signHarmed          // a wound told as done (手首切っちゃった。深くはないけど)
	signReady           // a means made ready (薬はもう集めてある)
)

// signKindOf reads what a message with a sign tells beyond its level.
func (e *Engine) signKindOf(f folded) signKind {
	switch {
	case e.urgentSign(f):
		return signUrgent
	case f.is(e.intents.urgent.harmed):
		return signHarmed
	case f.is(e.intents.urgent.ready):
		return signReady
	}
	return signPlain
}

// sign answers a message that shows risk: the crisis line for a high risk,
// the gentle question for a concern, and care mode from here on.
//
// Danger at hand (signUrgent) is answered 119 first, and so is every care
// reply until help is called.
func (e *Engine) sign(st *akari.State, c akari.Classification, kind signKind) (Result, error) {
	risk := akari.RiskOf(c)
	if kind == signUrgent || kind == signReady {
		risk = akari.RiskHigh
	}
	from := akari.RiskNone
	now := e.Now()
	if st.Care != nil {
		from = st.Care.Level
		st.Care.Level = akari.MaxRisk(from, risk)
		st.Care.Last, st.Care.Checked = now, false
	} else {
		st.Care = &akari.Care{Level: risk, Since: now, Last: now}
		if e.aboutWork(c) {
			st.Care.Worry = c.Category
		}
	}
	st.Intake = nil // nothing is handed to a recruiter in care mode
	key := "crisis"
	switch {
	case risk == akari.RiskConcern && from == akari.RiskNone:
		// A sign again after care ended (…でもやっぱ、また消えたい):
		// not the first words again.
		key = e.fresh(st, Vars{}, "concern", "concern_again")
	case from != akari.RiskNone:
		key = "crisis_followup"
	default:
		key = e.fresh(st, Vars{}, "crisis", "crisis_again")
	}
	// The concern reply asks whether they think of dying; the crisis
	// replies whether they are somewhere safe.
	st.Care.Asked = akari.AskedPlace
	if key == "concern" {
		st.Care.Asked = akari.AskedDying
	}
	switch kind {
	case signUrgent:
		wasUrgent := st.Care.Urgent
		st.Care.Urgent, st.Care.Asked = true, ""
		key = "crisis_now"
		if wasUrgent {
			// Danger told again while 119 is already asked for (薬ぜんぶ
			// 飲んだ → 風邪薬30錠くらい一気に飲んだ): the push for 119 in
			// other words, not the first words again.
			key = e.nextUrgent(st)
		}
	case signHarmed:
		// A wound told of (手首切っちゃった。深くはないけど): how to tend it
		// and when to call 119 come first, and the question is about it.
		st.Care.Asked, st.Care.Harmed = "", true
		key = "crisis_harmed"
	case signReady:
		// A means made ready (薬はもう集めてある): putting it out of reach
		// first, as gatekeepers are taught; then whether they are safe.
		key = e.fresh(st, Vars{}, "crisis_means", "crisis_followup")
	}
	// No chips under a sign: the person should read, not tap away.
	r, err := e.line(key, st, Vars{}, "")
	r.Classification, r.Source = &c, "crisis"
	if st.Care.Level != from {
		r.Effects.RiskChange = &akari.RiskChange{At: now, From: from, To: st.Care.Level, Why: akari.RiskSign}
	}
	e.said(st, r.Reply)
	return r, err
}

// care answers a message without a new sign while the conversation is in
// care mode. seen is what the message itself shows: a concern said in care
// (…けどたまに消えたいはある) adds no new sign, yet it is one, and the reply
// says so.
func (e *Engine) care(ctx context.Context, st *akari.State, text string, f folded, c, seen akari.Classification) (Result, error) {
	ci := e.intents.care
	level := st.Care.Level
	if seen.Crisis && e.urgentSign(f) {
		st.Care.Urgent = true
	}
	if st.Care.Urgent {
		r, handled, err := e.urgentCare(st, f)
		if handled {
			r.Source, r.Classification = "care", &c
			if seen.Crisis {
				r.Classification = &seen
			}
			if st.Care.Level != akari.RiskHigh {
				r.Effects.RiskChange = &akari.RiskChange{At: e.Now(), From: level, To: akari.RiskHigh, Why: akari.RiskSign}
				st.Care.Level = akari.RiskHigh
			}
			e.said(st, r.Reply)
			return r, err
		}
	}
	asked := st.Care.Asked
	st.Care.Asked = "" // answered, or passed by
	// What to go back to when care ends with nothing else said: the worry
	// the sign came with.
	back := akari.Classification{Category: akari.Other}
	if st.Care.Worry.Valid() {
		back = akari.Classification{Category: st.Care.Worry, Confidence: 1, Source: "context"}
	}
	corrects := ci.corrects(f)
	answer := noAnswer
	switch {
	case !corrects:
		answer = careAnswer(f, ci, asked)
	case asked == akari.AskedDying && careAnswer(f, ci, asked) == answeredNo && !explains(f, ci):
		// Asked plainly 「死にたいと思う気持ちはありますか」, 「いや、死にたい
		// とかじゃないけど」 answers no: Akari misread nothing, she asked.
		// One that says what was meant (就活がしんどいだけ) corrects.
		answer, corrects = answeredNo, false
	}
	// Otherwise 「いや、会社からって意味」 corrects; it does not answer.
	if corrects && seen.Crisis {
		// 「べつに死にたいとかじゃないけど、朝が来なければいいとは思う」:
		// the words taken back, and then a sign owned — no false alarm to
		// put right.
		signed, err := e.signAfterTurn(ctx, f, st.Category)
		if err != nil {
			return Result{}, err
		}
		corrects = !signed
	}
	// What the message asks for, read once: jobs, a person, or something
	// about the help offered.
	asksJobs, asksHuman, question := e.careWantsJobs(f), e.careWantsHuman(f), ci.question(f)
	// Words taken back after a sign said in earnest, with nothing said of
	// what they were instead (正直な、もう生きてんのめんどいねん → 冗談
	// やて、本気にすんなや), leave the sign where it was: a joke made of
	// it is often the way back from having said it. Care goes on, gently.
	// After a sign said laughing (首吊るしかないw) they are believed, and
	// 盛りすぎた, 口癖, ゲームの話 correct either way.
	takenBack := corrects && !st.Care.Laughing && f.is(ci.takeBack) && !f.is(ci.meant) && !f.is(ci.explained)
	if takenBack {
		corrects = false
	}
	// After a harm told as done, 「死にたいとかじゃないよ？大げさにしないで」
	// puts nothing right: hurting oneself is often a way through pain, not
	// a wish to die, and the wound is still there. It is heard as that,
	// and care goes on.
	notDying := corrects && st.Care.Harmed
	if notDying {
		corrects = false
	}
	if answer == answeredMeans && (asksJobs || asksHuman || question != "") {
		// 「落ち着いたし、日勤の求人見せてくれる？」 after the question about
		// a means at hand asks for something; it says nothing of a means.
		answer = noAnswer
	}
	if answer == answeredNo && seen.Crisis {
		// 「そこまでじゃない、けどたまに消えたいはある」: a no that goes on
		// to a sign is no word of safety.
		answer = noAnswer
	}
	if seen.Crisis {
		// A sign again (…やっぱだめ、また消えたい気持ちが戻ってきた): the
		// calm is gone, and tonight is to be asked about again.
		st.Care.Last, st.Care.Checked = e.Now(), false
	}
	var safeBy *pattern.Pattern // the words of safety said
	switch {
	case f.is(ci.notSafe):
	case seen.Crisis && !e.modelAloneSaw(text) && !e.safeAfterSign(text):
		// 「死ぬつもりはないけど、毎朝このまま目覚めへんかったらええのに」:
		// safety that goes on to a sign a rule reads is no word of
		// safety. The risk model alone reading one in words of safety
		// (今夜は家内が家におりますので…もう大丈夫です) is not.
	case hedgedOnly(f, ci):
		// 「たぶん、死んだりはしないと思う…」: safety hedged is heard, and
		// care goes on gently; said plainly, or with a plan besides (同期が
		// 今から来てくれるって。もう大丈夫だと思う), it ends care.
	case f.is(ci.safe) && asksJobs && !st.Care.Checked && !f.is(ci.safeTonight):
		// 「もう大丈夫！平気平気。で、求人見せて」 before tonight was asked
		// about: a fine said on the way to the listings is no word of
		// safety yet; the listings wait, and care goes on.
	case notDying && !f.is(ci.safeTonight):
		// 「死ぬ気とかはないから大丈夫」 after a harm told: not dying is not
		// safe from the harm; a night told safe (今夜はもう切らない) is.
	case takenBack && !ci.safe.MatchString(withoutBareFine(f)):
		// 「大丈夫です、本気ではありませんので」 after a sign in earnest: a
		// fine said to take the words back is no word of safety.
	case question == "care_q_stop" && utf8.RuneCountInString(string(f)) <= maxAnnoyedFineRunes:
		// 「何回も大丈夫か聞かないで。大丈夫だから」: a fine insisted on,
		// annoyed at the asking, brushes it off; the apology for asking
		// again, and care goes on quietly. Safety told at length besides
		// the annoyance (もう聞くなって。…いや、わりぃ。…かみさんにも全部
		// 話した。もう大丈夫だ) is heard.
	case f.is(ci.safe) || st.Care.Checked && e.intents.isYes(f):
		safeBy = ci.safe
	case f.is(ci.sleeps) && st.Care.Harmed && !f.is(ci.safeTonight):
		// もうねる after a cut told tonight: rest is welcome, but no word
		// that the night is safe from the harm; care stays, with a line
		// for the night.
	case f.is(ci.sleeps) && ((f.is(ci.calmer) && (st.Care.Checked || !f.is(ci.calm))) || f.is(ci.sleepy) || f.is(ci.tomorrow) || asked == akari.AskedTonight):
		// Calmer and off to bed before tonight was asked about
		// (すこしおちついた。きょうはねる) is calmer: the one check first.
		safeBy = ci.sleeps
	case f.is(ci.rests) && asked == akari.AskedTonight:
		safeBy = ci.rests
	}
	// Calmer, asked about tonight, and on to work in the message itself
	// (read once: it takes a classification of its own). A question
	// about the help offered (電話ってお金かかる？) is about tonight.
	onToWork := st.Care.Checked && !seen.Crisis && !asksJobs && !asksHuman && question == "" && e.talksWork(text, c)
	var r Result
	var err error
	switch {
	case answer == answeredYes:
		// Yes, they think of dying: the gatekeeper's next questions
		// (a plan, a means at hand) and care at the high level.
		st.Care.Level, st.Care.Last, st.Care.Asked = akari.RiskHigh, e.Now(), akari.AskedMeans
		r, err = e.line("care_answer_yes", st, Vars{}, "")
		if level != akari.RiskHigh {
			r.Effects.RiskChange = &akari.RiskChange{At: e.Now(), From: level, To: akari.RiskHigh, Why: akari.RiskAnswer}
		}
		// Said in answer, 「うん、ちょっと考えてる」 is as much a sign as the
		// words themselves. A bare 「うん」 is care's to read, not the
		// message's: it shows nothing by itself, and the flag says what a
		// message shows.
		if !f.is(ci.bareYes) {
			seen = c
			seen.Crisis, seen.Risk = true, akari.RiskHigh
		}
	case answer == answeredNo:
		// No: relief, a line still in reach, and back to the worry.
		endCare(st)
		r, err = e.prefixed(ctx, st, text, "care_answer_no", back)
		r.Effects.RiskChange = &akari.RiskChange{At: e.Now(), From: level, To: akari.RiskNone, Why: akari.RiskSafe}
		r.Classification = &c
		return r, err
	case answer == answeredUnsafe:
		st.Care.Last = e.Now()
		r, err = e.line("care_unsafe", st, Vars{}, "")
	case answer == answeredMeans:
		// A plan or a means at hand, said in answer: distance from it
		// first, and people.
		st.Care.Last = e.Now()
		key := "care_means"
		if meansPlace.MatchString(string(f)) {
			key = "care_means_place"
		}
		r, err = e.line(key, st, Vars{}, "")
	case corrects:
		// One line of apology, then back to what they came for — which
		// is what they say besides the correction (…そういう意味じゃない。
		// 研修から逃げたいだけ; 上司がきつくてって話で、死にたいとかじゃ
		// ない), never the correction's own words: 意味 and 大げさ name no
		// worry, and a guess from them would advise on one never raised.
		// The risk model's guess at the rest (死にたいとかじゃなくて、
		// 園にいたくないってだけ) does not overrule what the person has
		// just said they did not mean (see signOutside).
		guess := c
		guess.Category, guess.Confidence, guess.Source = back.Category, back.Confidence, back.Source
		if said, ok := besides(f, ci.falseAlarm); ok {
			rc, cerr := e.classify(ctx, said, st.Category, false)
			if cerr != nil {
				return Result{}, fmt.Errorf("classify after a correction: %w", cerr)
			}
			if rc.Crisis && e.modelAloneSaw(said) {
				rc.Crisis, rc.Risk = false, akari.RiskNone
			}
			if rc.Category.Valid() && rc.Category != akari.Other {
				guess = rc
				// The words taken back are no sign in the worry
				// they came with (今の店舗からいなくなりたい、という意味です).
				guess.Crisis, guess.Risk = false, akari.RiskNone
			}
		}
		c = guess
		st.Care = nil
		r, err = e.prefixed(ctx, st, text, "care_false_alarm", c)
		r.Effects.RiskChange = &akari.RiskChange{At: e.Now(), From: level, To: akari.RiskNone, Why: akari.RiskFalseAlarm}
		if r.Classification == nil {
			r.Classification = &c
		}
		return r, err
	case safeBy != nil:
		pending, jobsAsked := st.Care.Pending, st.Care.Jobs > 0
		endCare(st)
		rc := akari.Classification{Category: akari.Other}
		said, more := besides(f, safeBy)
		if sf := fold(said); more && e.asksForListings(st, sf) {
			// 「今夜は大丈夫です、約束します。それで、横浜のパートの続きを
			// 見せてもらえますか」: glad, and the listings asked for.
			r, err = e.led(st, "care_safe_more", func() (Result, error) { return e.showJobs(st, said, e.intents.wantsMore(sf) && onlyMore(said, sf)) })
			r.Effects.RiskChange = &akari.RiskChange{At: e.Now(), From: level, To: akari.RiskNone, Why: akari.RiskSafe}
			r.Classification = &c
			return r, err
		}
		if more {
			if rc, err = e.classify(ctx, said, "", false); err != nil {
				return Result{}, fmt.Errorf("classify besides a word of safety: %w", err)
			}
		}
		if pending != "" && (!more || !rc.Category.Valid() || rc.Category == akari.Other) {
			// 「うん、大丈夫」 — or safety said at length with nothing else
			// asked (番号メモした。飛び込んだりしない。今日は帰って寝る) —
			// after a question kept in care: the question is the one to
			// answer now. Read on its own: it was asked in care, about
			// itself.
			pc, err := e.classify(ctx, pending, "", false)
			if err != nil {
				return Result{}, fmt.Errorf("classify a question kept in care: %w", err)
			}
			r, err = e.prefixedOnward(ctx, st, pending, "care_safe_more", pc, true)
			r.Effects.RiskChange = &akari.RiskChange{At: e.Now(), From: level, To: akari.RiskNone, Why: akari.RiskSafe}
			r.Classification = &c
			return r, err
		}
		if !rc.Category.Valid() || rc.Category == akari.Other || rc.Crisis || fold(said).is(reachedOut) || !e.talksWork(said, rc) {
			// 「今夜は家で寝る。もう大丈夫」: glad, and nothing asked of
			// them — nor in the rest of a safety told at length (妹に電話
			// した。今から妹んち泊まりに行く…), whatever worry a word in it
			// suggests: 姉に電話した is someone reached, not a call at work. The line that ends care mode is not a care reply.
			// Safe again after a sign came back: the same relief in other
			// words, not the same sentences.
			key, chips := e.fresh(st, Vars{}, "care_safe", "care_safe_again"), "care_back"
			if jobsAsked {
				// Listings asked for in care were promised for later:
				// the way to them is offered, not pressed.
				key, chips = "care_safe_jobs", careBackJobs
			}
			r, err = e.line(key, st, Vars{}, chips)
			r.Effects.RiskChange = &akari.RiskChange{At: e.Now(), From: level, To: akari.RiskNone, Why: akari.RiskSafe}
			r.Classification = &c
			e.said(st, r.Reply)
			return r, err
		}
		// 「もう大丈夫。転職の話していい？」: glad, and on to what they ask.
		r, err = e.prefixedOnward(ctx, st, said, "care_safe_more", rc, false)
		r.Effects.RiskChange = &akari.RiskChange{At: e.Now(), From: level, To: akari.RiskNone, Why: akari.RiskSafe}
		r.Classification = &c
		return r, err
	case (f.is(ci.calmer) || f.is(ci.sleeps) && !seen.Crisis) && !st.Care.Checked:
		// Calmer, or off to bed (もう寝る), before tonight was asked about:
		// the one check first.
		st.Care.Checked, st.Care.Asked = true, akari.AskedTonight
		key := "care_calmer"
		switch {
		case f.is(ci.sleeps) && !f.is(ci.calmer):
			key = "care_sleep_check"
		case f.is(ci.sleeps):
			key = "care_calmer_sleep"
		}
		if asksJobs || asksHuman {
			// 「落ち着いたし、日勤の求人見せてくれる？」: the check on
			// tonight, and the ask kept for later.
			key = "care_calmer_ask"
		}
		r, err = e.line(key, st, Vars{}, "care_check")
	case f.is(ci.sleeps) && st.Care.Harmed && safeBy == nil && !seen.Crisis && !asksJobs && !asksHuman && !e.opened(st, Vars{}, "care_sleep_harmed"):
		// もうねる after a cut told tonight: the rest welcomed, the wound
		// and the night's lines named — no question to someone going to
		// sleep, and care stays.
		r, err = e.line("care_sleep_harmed", st, Vars{}, "care")
	case f.is(ci.calmer) && st.Care.Checked && !seen.Crisis && !asksJobs && !asksHuman && !onToWork && question == "" &&
		!f.is(ci.stillAfraid) && !e.opened(st, Vars{}, "care_calmer_again"):
		// 先ほどよりは呼吸が楽になった気がいたします, after tonight was
		// asked and not yet answered: glad with them, once — not a line
		// for a weight still carried — and how the night will go asked
		// gently, not the same question again.
		r, err = e.line("care_calmer_again", st, Vars{}, "care")
	case onToWork &&
		level == akari.RiskHigh && asked == akari.AskedTonight && f.is(e.intents.listen.question) && !e.opened(st, Vars{}, "care_tonight_again"):
		// After a plan or a means, calmer, asked about tonight, and on to
		// a work question instead (退職の手続きってどうやるの): the
		// question kept for after, tonight asked once more. Once: the
		// next turn follows them.
		st.Care.Asked, st.Care.Pending = akari.AskedTonight, text
		r, err = e.line("care_tonight_again", st, Vars{}, "care_check")
	case onToWork && !f.is(ci.stillAfraid):
		// Calmer, asked about tonight, and now on to the worry itself
		// (上司のことなんだけど毎日つめられてる, 有給って退職前にまとめて使え
		// る？): the gentle way back is to follow them there — the question
		// answered, a line still in reach. Care mode lasts until they say
		// they are safe: no cards, no chips for jobs or a recruiter, and
		// the listings still wait (round 31: writers of care sets 147 and
		// 150 read it so, with the issue's "until the person indicates they
		// are safe"; sets 7, 8 and 12 had read this as the end of care).
		if e.opened(st, Vars{}, "care_back_to_worry") {
			r, err = e.trailed(st, "care_back_tail", func() (Result, error) { return e.onward(ctx, st, text, c, false) })
		} else {
			r, err = e.prefixedOnward(ctx, st, text, "care_back_to_worry", c, false)
		}
		r.Reply.QuickReplies = e.chips(st, "care")
		r.Source = "care"
		r.Classification = &c
		return r, err
	case e.CareWriter == nil && !seen.Crisis && f.is(ci.leaving) && !e.opened(st, Vars{}, "care_leaving"):
		// 今夜も当直なんで、もう戻ります: seen off, with the lines in
		// reach — not asked another question as they go.
		r, err = e.line("care_leaving", st, Vars{}, "care")
	case e.CareWriter == nil && !seen.Crisis && f.is(ci.putAway) && !e.opened(st, Vars{}, "care_means_away"):
		// 薬はベランダの物置にしまった: thanked, once; care goes on.
		r, err = e.line("care_means_away", st, Vars{}, "care")
	case f.is(ci.wound) && !e.opened(st, Vars{}, "care_wound") && !e.opened(st, Vars{}, "care_wound_tended"):
		// Told once: a second 「血は止まった」 is listened to. After the
		// reply to the wound (crisis_harmed), how to tend it is not said
		// again.
		key := "care_wound"
		if e.opened(st, Vars{}, "crisis_harmed") {
			key = "care_wound_tended"
		}
		r, err = e.line(key, st, Vars{}, "care")
	case takenBack && !e.opened(st, Vars{}, "care_taken_back"):
		r, err = e.line("care_taken_back", st, Vars{}, "care")
	case notDying && !e.opened(st, Vars{}, "care_harm_not_dying"):
		r, err = e.line("care_harm_not_dying", st, Vars{}, "care")
	case question != "" && !e.opened(st, Vars{}, question):
		// What was asked, answered, with the lines still in reach — once:
		// 「匿名でいいならちょっと考える」 after the answer is heard, not
		// answered again.
		r, err = e.line(question, st, Vars{}, "care")
	case asksJobs:
		// Asked again, answered in other words (not 「お仕事のことも気に
		// なりますよね」 twice).
		key := careJobsKeys[st.Care.Jobs%len(careJobsKeys)]
		st.Care.Jobs++
		// What they asked for (昼の仕事、名古屋で) is kept, as the reply
		// promises: the listings offered after care are those.
		e.learnWishes(st, text)
		r, err = e.line(key, st, Vars{}, "care")
	case asksHuman:
		r, err = e.line(e.fresh(st, Vars{}, "care_handover", "care_handover_2"), st, Vars{}, "care")
	case f.is(ci.cannotCall):
		r, err = e.line("care_cannot_call", st, Vars{}, "care")
	case seen.Crisis && !e.opened(st, Vars{}, "care_sign_again"):
		// The wish said again in care (…消えたいって気持ちは正直まだちょっと
		// ある): owned as still there, not met with a listening line.
		r, err = e.line("care_sign_again", st, Vars{}, "care")
	case asked == akari.AskedPlace && silent(text) && !e.opened(st, Vars{}, "care_place_silence"):
		// 「…」 to 「いまは安全な場所にいますか？」: not pressed, the one
		// thing asked of them said gently — a step back from a dangerous
		// place — and the question kept, so that わからない next is heard
		// as its answer.
		st.Care.Asked = akari.AskedPlace
		r, err = e.line("care_place_silence", st, Vars{}, "care")
	case asked == akari.AskedMeans && silent(text) && !e.opened(st, Vars{}, "care_means_silence"):
		// 「…」 to the question about a means at hand: not pressed, and
		// the one thing asked of them said gently.
		r, err = e.line("care_means_silence", st, Vars{}, "care")
	case e.CareWriter == nil && (silent(text) || f.is(ci.noWords)) && !(e.opened(st, Vars{}, "care_silence") && e.opened(st, Vars{}, "care_silence_2")):
		// …or nothing to say (話すことなんてないし): not asked to put it
		// into words.
		// 「…」: no words to reflect; waiting is the answer. (A model
		// answers silence and loneliness itself, from the care prompt.)
		r, err = e.line(e.fresh(st, Vars{}, "care_silence", "care_silence_2"), st, Vars{}, "care")
	case e.CareWriter == nil && f.is(ci.alone) && !e.opened(st, Vars{}, "care_alone"):
		r, err = e.line("care_alone", st, Vars{}, "care")
	case e.CareWriter == nil && f.is(ci.aloneNow) && !e.opened(st, Vars{}, "care_alone_now"):
		// 今は家に一人, told unasked: heard, and someone to reach asked
		// about (see listen).
		r, err = e.line("care_alone_now", st, Vars{}, "care")
	case e.CareWriter == nil && !seen.Crisis && f.is(e.intents.listen.question) && !e.opened(st, Vars{}, "care_work_question") && e.talksWork(text, c):
		// A work question in care (退職代行って使ったらやっぱまずい？): not
		// passed over with the listening lines — heard, and kept to be
		// answered once they say they are safe.
		st.Care.Pending = text
		r, err = e.line("care_work_question", st, Vars{}, "care")
	case asked == akari.AskedTonight && !seen.Crisis && f.is(tentative) && (f.is(tonightTold) || f.is(ci.sleeps) || f.is(ci.rests)) && !e.opened(st, Vars{}, "care_tonight_hedged"):
		// 今夜？たぶん寝るだけ: tonight told, but not for sure — heard as
		// it is, with the night's lines in reach; care goes on.
		r, err = e.line("care_tonight_hedged", st, Vars{}, "care")
	default:
		r, err = e.listen(ctx, st, text, c)
	}
	if r.Source == "script" {
		r.Source = "care"
	}
	r.Classification = &c
	if seen.Crisis {
		r.Classification = &seen
	}
	e.said(st, r.Reply)
	return r, err
}

// aboutWork reports whether c names a work worry with the confidence to act
// on.
func (e *Engine) aboutWork(c akari.Classification) bool {
	return c.Category.Valid() && c.Category != akari.Other && c.Confidence >= e.MinConfidence
}

// talksWork reports whether the message itself is about work: read alone by
// the local model when there is one, not carried by the worry on the table
// (お風呂入って休むわ, said after a talk about work, is no work question).
func (e *Engine) talksWork(text string, c akari.Classification) bool {
	if lc, ok := e.Classifier.(LocalClassifier); ok {
		return e.aboutWork(lc.ClassifyLocal(text, ""))
	}
	return e.aboutWork(c)
}

// listen is care mode's ordinary reply: the model's, when one writes care
// replies and keeps a 24-hour line in reach, else the fixed lines in turn.
func (e *Engine) listen(ctx context.Context, st *akari.State, text string, c akari.Classification) (Result, error) {
	if e.CareWriter != nil {
		before := *st
		before.Turns = st.Turns[:len(st.Turns)-1]
		adv, err := e.CareWriter.Care(ctx, akari.AdviceRequest{Text: text, Classification: c, State: &before, Distressed: true})
		switch {
		case err != nil:
			e.Log.WarnContext(ctx, "care reply from the model failed; sending the fixed one", "err", err)
		case !e.reachable(adv.Texts):
			e.Log.WarnContext(ctx, "care reply from the model named no 24-hour line; sending the fixed one")
		default:
			r := Result{Reply: akari.Texts(adv.Texts...), Source: "care"}
			r.Reply.QuickReplies = e.chips(st, "care")
			return r, nil
		}
	}
	// The next in turn whose words were not said lately: 「疲れた」 heard
	// before the sign may have had the same opening (freshAll: else the
	// one said longest ago, never the reply just sent word for word).
	var turn [len(careListenKeys)]string
	for i := range turn {
		turn[i] = careListenKeys[(st.Care.Replies+i)%len(careListenKeys)]
	}
	keys := turn[:]
	if e.opened(st, Vars{}, "care_alone_now") {
		// Told they are alone tonight, they are not asked who is with
		// them.
		keys = slices.DeleteFunc(keys, func(k string) bool { return k == careListenAsksWho })
	}
	if f := fold(text); f.is(e.intents.care.calmer) || f.is(e.intents.care.rests) {
		// いまお茶を淹れて一息ついております: no weight to be told "no
		// wonder you feel so" about.
		keys = slices.DeleteFunc(keys, func(k string) bool { return k == careListenWeight })
	}
	key := e.freshAll(st, Vars{}, keys...)
	if fold(text).is(e.intents.care.workTalk) && !e.opened(st, Vars{}, "care_work") {
		// 「仕事休んだら給料どうなるんだろ」: the work worry is heard and
		// kept for later, not passed over with a line about feelings;
		// care still comes first.
		key = "care_work"
	}
	st.Care.Replies++
	return e.line(key, st, Vars{}, "care")
}

// meansPlace names a place where people end their lives: what is said of
// it is met with distance from the place, not with putting it away.
var meansPlace = pattern.MustCompile(`踏切|踏み切り|ふみきり|線路|せんろ|ホーム|屋上|おくじょう|橋|陸橋|歩道橋|崖|がけ|樹海|ダム|海|うみ|川|かわ|ベランダ|高いところ|高い所|ビル|駅`)

// careListenKeys rotate, so a long night does not hear the same sentence.
var careListenKeys = [...]string{"care_listen_1", careListenWeight, careListenAsksWho}

// careListenWeight is the listening line that meets a weight told: not
// said to someone telling they are calmer or resting.
const careListenWeight = "care_listen_2"

// careListenAsksWho is the listening line that asks who is with them
// tonight.
const careListenAsksWho = "care_listen_3"

// fresh returns the first of keys whose line, said with v, Akari has not
// opened a reply with lately, or the last one.
func (e *Engine) fresh(st *akari.State, v Vars, keys ...string) string {
	for _, k := range keys[:len(keys)-1] {
		if !e.opened(st, v, k) {
			return k
		}
	}
	return keys[len(keys)-1]
}

// freshAll returns the first of keys no line of which, said with v,
// Akari has said lately, or the one said longest ago: a search narrowed after the
// cards (「神奈川で」) opens with other words, yet must not repeat the
// line after them.
func (e *Engine) freshAll(st *akari.State, v Vars, keys ...string) string {
	oldest, at := keys[len(keys)-1], len(st.Turns)
	for _, k := range keys {
		text, err := e.Script.Line(k, st, v)
		if err != nil {
			return k // line reports it
		}
		if !saysAgain(st, text) {
			return k
		}
		if i := e.openedAt(st, v, k); i < at {
			oldest, at = k, i
		}
	}
	// Every one said lately: the one said longest ago, never the reply
	// just sent word for word.
	return oldest
}

// saysAgain reports whether a sentence of text, outside its lists (the
// lines to call, the cards: meant to be there each time), was said
// lately: 「話してくれて、ありがとうございます。」 opens more than one line.
func saysAgain(st *akari.State, text string) bool {
	for line := range strings.SplitSeq(text, "\n") {
		if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "・") {
			continue
		}
		for rest := line; rest != ""; {
			i := strings.Index(rest, "。")
			if i < 0 {
				i = len(rest)
			} else {
				i += len("。")
			}
			if saidLately(st, strings.TrimSpace(rest[:i])) {
				return true
			}
			rest = rest[i:]
		}
	}
	return false
}

// saidLately reports whether a turn kept says line.
func saidLately(st *akari.State, line string) bool {
	q := akari.PieceOf(line)
	return slices.ContainsFunc(st.Turns, func(t akari.Turn) bool { return t.SaysPiece(q) })
}

// opened reports whether Akari has opened a reply lately with the line
// key, said with v. A line that does not render counts as not said (line
// reports it).
func (e *Engine) opened(st *akari.State, v Vars, key string) bool {
	return e.openedAt(st, v, key) >= 0
}

// openedAt returns the index in st.Turns of the last turn whose reply
// opened with the line key, said with v, or -1.
func (e *Engine) openedAt(st *akari.State, v Vars, key string) int {
	text, err := e.Script.Line(key, st, v)
	if err != nil {
		return -1
	}
	first, _, _ := strings.Cut(text, "\n")
	q := akari.PieceOf(first)
	for i := len(st.Turns) - 1; i >= 0; i-- {
		if st.Turns[i].SaysPiece(q) {
			return i
		}
	}
	return -1
}

// careJobsKeys answer a request for jobs in care mode, in turn.
var careJobsKeys = [...]string{"care_jobs", "care_jobs_2", "care_jobs_3"}

// reachable reports whether texts name a line that answers at any hour.
func (e *Engine) reachable(texts []string) bool {
	all := strings.Join(texts, "\n")
	for _, s := range e.Script.AllHours() {
		if strings.Contains(all, s) {
			return true
		}
	}
	return false
}

// resume continues with the worry after care mode ended (a false alarm, a
// no to Akari's question, safe with more to say): the worry the
// conversation was about, else what the message besides the correction
// is about, else an invitation to say it. The reply is kept in the
// conversation as said.
func (e *Engine) resume(ctx context.Context, st *akari.State, text string, c akari.Classification) (Result, error) {
	if st.Category != "" && st.Category != akari.Other {
		// Go on with the worry: what has not been said yet.
		return e.guide(ctx, st, text, akari.Classification{Category: st.Category, Confidence: 1, Source: "context"}, reading{ask: akari.AskMore})
	}
	if c.Category != akari.Other && c.Category.Valid() {
		return e.guide(ctx, st, text, c, reading{})
	}
	st.Stage = akari.StageListening
	r, err := e.line("false_alarm_open", st, Vars{}, "greeting")
	e.said(st, r.Reply)
	return r, err
}

// prefixed answers as resume does after care mode ended, with the line
// key first (an apology, a word of relief); each is kept in the
// conversation as Akari said it.
func (e *Engine) prefixed(ctx context.Context, st *akari.State, text, key string, c akari.Classification) (Result, error) {
	return e.led(st, key, func() (Result, error) { return e.resume(ctx, st, text, c) })
}

// led answers with answer, the line key first; the line is kept in the
// conversation as said before the answer is made.
func (e *Engine) led(st *akari.State, key string, answer func() (Result, error)) (Result, error) {
	return e.withLine(st, key, answer, true)
}

// trailed is led with the line after the answer (care_back_tail: the
// lines in reach, said last).
func (e *Engine) trailed(st *akari.State, key string, answer func() (Result, error)) (Result, error) {
	return e.withLine(st, key, answer, false)
}

func (e *Engine) withLine(st *akari.State, key string, answer func() (Result, error), first bool) (Result, error) {
	note, err := e.Script.Line(key, st, Vars{})
	if err != nil {
		return Result{}, err
	}
	e.said(st, akari.Texts(note))
	r, err := answer()
	if first {
		r.Reply.Messages = append([]akari.Message{{Text: note}}, r.Reply.Messages...)
	} else {
		r.Reply.Messages = append(r.Reply.Messages, akari.Message{Text: note})
	}
	return r, err
}

// prefixedOnward answers text as the guiding path answers a message about
// a worry — what it asks (どうやるの, a note), the worry it keeps or moves
// to — with the line key first. Care has ended: 「退職の手続きってどうや
// るの」 is answered as asked, not with more on the worry the sign came
// with. deferred marks a question set aside in care and answered now.
func (e *Engine) prefixedOnward(ctx context.Context, st *akari.State, text, key string, c akari.Classification, deferred bool) (Result, error) {
	return e.led(st, key, func() (Result, error) { return e.onward(ctx, st, text, c, deferred) })
}

// onward answers text as the guiding path does, care having ended (see
// prefixedOnward).
func (e *Engine) onward(ctx context.Context, st *akari.State, text string, c akari.Classification, deferred bool) (Result, error) {
	f := fold(text)
	rd := e.read(text, f, c, nil)
	rd.deferred = deferred
	var likely []akari.Category
	if g, ok := e.Classifier.(Guesser); ok && (rd.ask != akari.AskNone || rd.question) {
		likely = g.Likely(text, 2)
	}
	if kept, ok := followUp(st, c, rd, e.MinConfidence, likely); ok && !(deferred && c.Confidence >= e.MinConfidence && c.Category != akari.Other) {
		// A question set aside and read on its own names its worry:
		// 「退職の手続きってどうやるの」 after talk of pay is about quitting.
		c = kept
	}
	if c.Category.Valid() && c.Category != akari.Other {
		return e.guide(ctx, st, text, c, rd)
	}
	return e.resume(ctx, st, text, c)
}

// takenBack reports whether a no is taken back within the message by a
// word of safety after it (「無理かも…いや、大丈夫。今夜は家族といるし」).
func takenBack(f folded, ci careIntents) bool {
	no := ci.unsafe.FindStringIndex(string(f))
	safe := ci.safe.FindAllStringIndex(string(f), -1)
	return no != nil && len(safe) > 0 && safe[len(safe)-1][0] > no[1] && !f.is(ci.notSafe)
}

// hedgedOnly reports whether f says safety and hedges every word of it
// (たぶん…, …と思う, …かも).
func hedgedOnly(f folded, ci careIntents) bool { return ci.hedgedAll(f, ci.safe) }

// hedgedAll reports whether f says what p reads and hedges every saying
// of it: a correction hedged (たぶん死にたいわけではない…と思う) is no
// correction either.
func (ci careIntents) hedgedAll(f folded, p *pattern.Pattern) bool {
	s := string(f)
	said := p.FindAllStringIndex(s, -1)
	for _, m := range said {
		// A hedge after the words is in their sentence (大丈夫。時短で働ける
		// とこってあるんかな asks something else).
		w := s[m[0]:m[1]]
		ended := strings.HasSuffix(w, "。") || strings.HasSuffix(w, "！") || strings.HasSuffix(w, "？") || strings.HasSuffix(w, "!") || strings.HasSuffix(w, "?")
		after := !ended && ci.hedgeAfter.MatchString(s[m[1]:]) || ci.hedgeLast.MatchString(s[m[1]:])
		wt := strings.TrimRight(w, "、,…")
		if k := strings.LastIndexAny(wt, "、,"); after && k > 0 && p.MatchString(wt[:k]) && !hedgeInside.MatchString(wt[:k]) && !ci.hedgeBefore.MatchString(s[:m[0]]) &&
			!ci.hedgeAfter.MatchString(wt[k:]) {
			// 今夜は旦那も帰ってくるし、何もせんよ、大丈夫やと思う read as
			// one saying: the hedge closes its last clause, and the safety
			// said before that stands.
			return false
		}
		// …or in the words themselves (少し考えます。大丈夫だと思います).
		inside := hedgeInside.MatchString(w)
		if !after && !inside && !ci.hedgeBefore.MatchString(s[:m[0]]) {
			return false
		}
	}
	return len(said) > 0
}

// hedgeInside closes words of safety with their own hedge (大丈夫だと思い
// ます).
var hedgeInside = pattern.MustCompile(`(と思う|と思います|とおもう|とおもいます|と思うけど|かな|かも)[。!！…、,]*$`)

// thinksOnly says the thought is had, only not acted on (考えるだけです,
// 思うだけやから).
var thinksOnly = pattern.MustCompile(`(考える|思う|おもう|考えてる|思ってる)(だけ|ぐらい|くらい)(です|だ|や|だよ|だから|ですから|やから|なので|で)?([。!！、,…]|$)`)

// tentative words leave what is said open: たぶん, と思う, かな, かも.
var tentative = pattern.MustCompile(`たぶん|多分|おそらく|と思う|とおもう|かな|かも`)

// maxAnnoyedFineRunes: a fine said with annoyance at the asking in no
// more than this many characters brushes it off (何回も大丈夫か聞かないで。
// 大丈夫だから); a longer message tells more.
const maxAnnoyedFineRunes = 40

// answer is how a message answers the question a care reply asked.
type answer int

const (
	noAnswer answer = iota
	answeredYes
	answeredNo
	answeredUnsafe
	answeredMeans
)

// saysNo reports a no: a denial of the thought (そこまでは考えてない), or a
// bare いいえ that is all there is.
func saysNo(f folded, ci careIntents) bool {
	return f.is(ci.answerNo) || f.is(ci.bareNo) && utf8.RuneCountInString(string(f)) <= maxBareAnswerRunes
}

// reachedOut tells of someone close called or written to: the rest of a
// safety told at length (姉に電話した。朝まで付き合ってくれるって), not the
// worry of a call at work.
var reachedOut = pattern.MustCompile(`(母|父|親|夫|妻|旦那|嫁|姉|兄|妹|弟|娘|息子|友達|友だち|ともだち|友人|彼氏|彼女|家族|恋人|パートナー|実家|ルームメイト)(ちゃん|さん)?(に|と|から)[^。?？]{0,6}(電話|でんわ|連絡|line|ライン|通話)`)

// hedgeOpening opens with a no that answers nothing, only softens what
// was told (いや、大げさに聞こえるかもだけど).
var hedgeOpening = pattern.MustCompile(`^(いや|いえ|いやいや)[、,…]*[^。?？]*(大げさ|大袈裟|おおげさ|聞こえる|聞こえ|思われ|引かれ|かもだけど|かもしれないけど|かもしれませんが|かもですが)`)

// maxBareAnswerRunes: a bare no (いいえ) longer than this goes on to say
// something else.
const maxBareAnswerRunes = 12

// maxAnswerRunes: a longer message says more than an answer, and is read
// as itself (the detector reads 死にたいと思ってる on its own).
const maxAnswerRunes = 30

// careAnswer reads f as the answer to the question asked, when it is a short
// yes or no. To 「死にたいと思う気持ちはありますか」 a hedge (ないとは言えない,
// わからない) is no answer; to 「安全に過ごせそうですか」 「わからない」 is a no.
func careAnswer(f folded, ci careIntents, asked string) answer {
	if asked == "" || utf8.RuneCountInString(string(f)) > maxAnswerRunes {
		return noAnswer
	}
	switch asked {
	case akari.AskedDying:
		switch {
		case f.is(ci.unsure) || f.is(ci.notSafe):
			// …nor is a no made of habit (大丈夫です、いつものことなので).
			// Unsure first and a yes said last (わからない。そういう気持ち
			// になることはある) is the yes.
			if last := folded(strings.TrimLeft(lastSentence(f), "。!！")); last != f && last.is(ci.answerYes) && !last.is(ci.unsure) && !last.is(ci.notSafe) && !saysNo(last, ci) {
				return answeredYes
			}
			return noAnswer
		case f.is(thinksOnly):
			// 大丈夫です。考えるだけですから: the thought is there, only not
			// acted on — a yes, whatever fine is said with it.
			return answeredYes
		case saysNo(f, ci):
			return answeredNo
		case f.is(ci.answerYes):
			return answeredYes
		}
	case akari.AskedPlace, akari.AskedTonight:
		if f.is(ci.unsafe) && !takenBack(f, ci) && !f.is(hedgeOpening) {
			return answeredUnsafe
		}
	case akari.AskedMeans:
		// 「方法や、いつにするかまで…危ないものはありますか」: anything but a
		// plain no is taken as a yes — 「ある」「薬はたくさんある」「決めてる」.
		// Feeling calmer (ちょっとマシになったかも) says nothing of a means.
		// Nor does a worry about work that names no means (仕事どうしよ).
		// Silence (…) says nothing either: it is met as silence.
		// Nor being alone tonight (今は家に一人): who is near, not what.
		if !saysNo(f, ci) && !f.is(ci.unsure) && !f.is(ci.calmer) && !f.is(ci.aloneNow) && (!f.is(ci.workTalk) || f.is(ci.meansTalk)) && letters(string(f)) > 0 {
			return answeredMeans
		}
	}
	return noAnswer
}

// explains reports whether a correction says what was meant besides
// taking the words back (死にたいとかじゃない。就活がしんどいだけ).
func explains(f folded, ci careIntents) bool {
	if f.is(ci.meant) {
		// 「会社から消えたいって意味。死にたいとかじゃない」 says what was
		// meant, in the very words a correction is made of: a misreading
		// put right, answered with an apology.
		return true
	}
	rest, _ := besides(f, ci.falseAlarm)
	// More than a hedge around the words taken back (いや、…ないけど).
	return letters(rest) >= minExplanation
}

// safeAfterSign reports whether text, read sentence by sentence, says its
// words of safety after the last sentence that shows a sign, and at some
// length: 死にたい気持ちがあったのは本当です。でもさっき主治医に電話して、
// 明日診てもらえることになりました。…今夜は安全です — a sign owned, then
// answered. Not safety that goes on to a sign (死ぬつもりはないけど、毎朝
// このまま目覚めへんかったら), nor a bare fine after one (消えたい。でも
// 大丈夫).
func (e *Engine) safeAfterSign(text string) bool {
	x, ok := e.Classifier.(SignExplainer)
	if !ok {
		return false
	}
	last, end := -1, 0
	for at := 0; at < len(text); {
		n := strings.IndexAny(text[at:], "。！？!?\n")
		if n < 0 {
			n = len(text) - at
		} else {
			_, size := utf8.DecodeRuneInString(text[at+n:])
			n += size
		}
		if _, sign := x.CrisisSignal(text[at : at+n]); sign {
			last, end = at, at+n
		}
		at += n
	}
	if last < 0 {
		return false
	}
	tail := fold(text[end:])
	ci := e.intents.care
	return letters(string(tail)) >= minSafeTail && tail.is(ci.safe) && !tail.is(ci.notSafe)
}

// minSafeTail: fewer letters than this after a sign are a fine said in
// passing (でも大丈夫), not the safety made since.
const minSafeTail = 20

// bareFine is a fine that opens a message (大丈夫です、…).
var bareFine = pattern.MustCompile(`^(うん|はい|ええ)?[、,]?(もう)?(大丈夫|だいじょうぶ|だいじょぶ|平気|へいき)(です|だよ|だから|やから|だって|だってば)?[、,。!！]*`)

// withoutBareFine is f without the fine it opens with, if any.
func withoutBareFine(f folded) string {
	if loc := bareFine.FindStringIndex(string(f)); loc != nil {
		return string(f)[loc[1]:]
	}
	return string(f)
}

// laughs are the marks of a message said laughing: w at a word's end,
// 笑, 草, and the laughing or upside-down faces.
var laughs = pattern.MustCompile(`[wｗＷ]{1,}([。!！?？〜~…、 ]|$)|笑|草|[🙃😇🤪😂🤣😆😹🤭😝😜]`)

// saidLaughing reports whether a message was said laughing (もう首吊る
// しかないw, 屋上から飛ぼっかな🙃), read on the words as typed.
func saidLaughing(text string) bool { return laughs.MatchString(text) }

// minExplanation: fewer letters than this besides a correction are a
// hedge (いや、…ないけど), not what was meant.
const minExplanation = 8

// silent reports whether a message holds no words at all: 「…」, 「。。」,
// an emoji alone.
func silent(text string) bool { return letters(text) == 0 }

// letters counts the letters and digits of s: what it says, without
// punctuation, spaces or emoji.
func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			n++
		}
	}
	return n
}

// besides returns what f says besides what p matches (every match taken
// out: a correction, a word of safety), when there is enough of it to be
// about something.
func besides(f folded, p *pattern.Pattern) (string, bool) {
	rest := string(f)
	locs := p.FindAllStringIndex(rest, -1)
	if locs == nil {
		return "", false
	}
	var b strings.Builder
	last := 0
	for _, loc := range locs {
		b.WriteString(rest[last:loc[0]])
		b.WriteByte(' ')
		last = loc[1]
	}
	b.WriteString(rest[last:])
	rest = b.String()
	return rest, letters(rest) >= minCorrectionRest
}

// signAfterTurn reports whether a correction turns (けど, でも…) to a
// sign a rule reads: 死にたいとかじゃないけど、朝が来なければいいとは思う
// takes back one word and owns another. What it says of the words it
// takes back (終わりにしたいって会社辞めたいって意味) is no turn.
func (e *Engine) signAfterTurn(ctx context.Context, f folded, current akari.Category) (bool, error) {
	locs := e.intents.care.falseAlarm.FindAllStringIndex(string(f), -1)
	if locs == nil {
		return false, nil
	}
	after := string(f)[locs[len(locs)-1][1]:]
	loc := turnToOwn.FindStringIndex(after)
	if loc == nil {
		return false, nil
	}
	return e.ruleSign(ctx, after[loc[1]:], current)
}

// turnToOwn is the turn, right after the words taken back, to what is
// owned: …じゃないけど、…; …ではありません。ただ、….
var turnToOwn = pattern.MustCompile(`^[^。!！?？]{0,6}?(けど|けれど|けども|やけど|だけど|ですが|でも|ただ|しかし)[、,]?`)

// minCorrectionRest: fewer letters than this besides a correction (です。)
// say no worry of their own.
const minCorrectionRest = 6
