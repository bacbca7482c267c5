package conversation

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/facts"
	"github.com/akari-career/akari/internal/pattern"
)

// Listening: what a message asks of the worry already on the table, and
// how the person feels. A follow-up such as 「それってどう伝えればいい？」
// says nothing about which worry it is — the classifier would call it small
// talk — so the engine keeps the conversation's worry and tells the advisor
// what is asked.

// reading is how a message is to be answered, besides its worry.
type reading struct {
	ask        akari.Ask
	distressed bool
	// body: the message tells of a sign in the body or mind (眠れない,
	// 涙が出る, 診断されて…). It is answered health-first in any worry,
	// never with jobs.
	body bool
	// answer: the message is a short answer to Akari's last question.
	answer akari.Answer
	// question: the message asks something (…使えるものなの？), which
	// within a worry is a follow-up even in words no ask names.
	question bool
	// denies are the worries the message says it is not about
	// (辞めるつもりはない, 求人も見なくて大丈夫), or cannot be about (see
	// listenIntents.named): never the one to switch to.
	denies []akari.Category
	// deferred: a question set aside in care mode, answered now.
	deferred bool
	// back: the message points at what was talked about (この壁の話,
	// その件), so it goes on with the worry on the table.
	back bool
}

// listenIntents recognise follow-ups and pain. Each is checked on the
// folded message.
type listenIntents struct {
	whatFirst, howTo, more, thanks, pain, privacy, elsewhere *pattern.Pattern
	// listenOnly asks to be heard and not advised (アドバイスとかじゃなく
	// て、ちょっと聞いてほしかっただけです).
	listenOnly *pattern.Pattern
	// plan asks for the things to do gathered in a short list
	// (今週やることを3つにまとめてもらえますか).
	plan *pattern.Pattern
	// manner is someone's way of speaking as the trouble itself
	// (「上司の言い方がきつくて」), not a request for wording; howToAsked
	// is a request for wording that no such phrase can be.
	manner, howToAsked *pattern.Pattern
	// question ends a message that asks; notQuit and notChange deny
	// quitting and changing jobs.
	question, notQuit, notChange *pattern.Pattern
	// unknowing says the person does not know what is wrong, or why
	// (自分でもよくわからん, なんでかわかんない).
	unknowing *pattern.Pattern
	// job says what the person does for a living and no more (かいごの
	// しごと してる, 派遣で事務してます): an introduction, not a worry —
	// unless jobBut says more of it (辞めようとしてます, 探してます).
	job, jobBut *pattern.Pattern
	// scolded says they were told off and no more (てんちょう に おこられた):
	// met and asked what happened before any worry is guessed.
	scolded *pattern.Pattern
	// overwork tells of hours too long to rest (月末は毎日終電です,
	// 12連勤): said briefly and asking nothing, it is tiredness, met
	// gently — not small talk, and no worry guessed from the job.
	overwork *pattern.Pattern
	// hard says the work is too hard to bear, in so many words (夜勤きつい,
	// ノルマきつか).
	hard *pattern.Pattern
	// named holds, for the worries whose words the classifier guesses
	// from what surrounds them, what a message must name to be about
	// them: without it, it never takes the conversation off its worry.
	// Balancing children and work needs a child, a partner, family life
	// or going back to work after a break (経理で繁忙期に抜けるのが申し訳
	// ない was read as it at 0.91 inside a worry about quitting); pay needs
	// money (3年働いたのに急すぎませんか？ was read as it inside a worry about
	// a contract's end).
	named map[akari.Category]*pattern.Pattern
	// congrats and relief are good news told in passing (初孫が生まれた,
	// 熱下がって元気に登園した); newsBut turns it into a worry (内定
	// もらえたけど迷ってる).
	congrats, relief, newsBut *pattern.Pattern
	// slip is a small blunder told with a groan (レジでお釣り間違えて、
	// 穴があったら入りたい); slipBut makes it a worry to work on (いつも,
	// 怒鳴られた, 弁償, どうしたら).
	slip, slipBut *pattern.Pattern
}

func newListenIntents() listenIntents {
	return listenIntents{
		listenOnly: pattern.MustCompile(`(聞いて|きいて)(ほしかった|ほしい|欲しい|欲しかった|もらいたい|もらいたかった|もらえたら|くれるだけで|ほしいだけ)(だけ|だけです|だけなんです|んです|の|ねん|だけやねん)?[。!！…]*$|(聞いて|きいて)(ほしかった|ほしい|欲しい|欲しかった|もらいたかった)だけ|アドバイス(とか|は|が)?(いらない|いらん|要らない|不要|なしで|じゃなくて|ではなくて|求めてない|求めてへん|ほしいわけじゃ|欲しいわけじゃ)|解決(策)?(とか|は)?(いらない|いらん|求めてない|しなくていい|じゃなくて)|(ただ|ちょっと|少し)(だけ)?(話|はなし)を?(聞いて|きいて)(ほしい|欲しい|もらえ|くれ)|(愚痴|ぐち)(を)?(聞いて|きいて|言いたかった|いいたかった|吐きたかった)`),
		plan:       pattern.MustCompile(`(やること|やる事|すること|する事|やるべきこと|すべきこと|できること|やれること)[^。?]{0,12}(まとめ|整理|リスト|箇条書き|並べ)|(今週|明日から|今日から|今月)[^。?]{0,10}(やること|すること)[^。?]{0,8}(教えて|挙げて|出して)`),
		whatFirst:  pattern.MustCompile(`どうしたら(いい|良い|よい|ええ|よか)|どうすれば(いい|良い|よい|ええ)|どうすりゃ(いい|ええ)|(言われ|いわれ)たら(どうすんの|どうするの|どうすん|どうする\?)|どないしたら|どないすれば|どげんしたら|何から|なにから|まず(何|なに)|最初に(何|なに)|何をすれば|なにをすれば|どうしよう`),
		howTo:      pattern.MustCompile(`どのように(お)?(伝え|言え|言った|話せ|話し|申し上げ|切り出|お願い|頼め|断れ)|どう(お伝え|申し上げ)|どう(伝え|言え|言った|いえ|切り出|話せ|書け|書い|頼め|お願い|断れ|相談すれ|答え|こたえ|返せ|返し|声(を)?かけ|声掛け|接し|聞け|話しかけ|説明)|どうやって|どうやる(の|ん)|どんなふうに|どんな風に|なんて言って|何て言って|言い方|伝え方|切り出し方|書き方|頼み方|断り方|(休みたい|休職|休む)(って|と|こと)?[^。?？]{0,24}(文面|文章)|なんて(言え|言った|伝え|言や|言よ|言う(た|とい))|何て(言え|言った|伝え|言や|言よ|言う(た|とい))|例文`),
		more:       pattern.MustCompile(`(普通|当たり前|おかしい|ありえ|あり得|変)(なん|なの|ですか|かな|じゃない)|もっと詳しく|もう少し詳しく|詳しく(教え|知りた)|具体的に(は|教え|どう)|ほかに(は|も)(ある|あります)?|他に(は|も)(ある|あります)?|それから[?？]*$|ほかの方法|他の方法`),
		manner:     pattern.MustCompile(`(の|って|は)(言い方|伝え方|話し方|物の言い方|ものの言い方)(が|は|も|、|って)`),
		howToAsked: pattern.MustCompile(`どう(伝え|言え|言った|いえ|切り出|話せ|書け|書い|頼め|お願い|断れ|相談すれ|答え|こたえ|返せ|返し|声(を)?かけ|声掛け|接し|聞け|話しかけ|説明)|どうやって|どんなふうに|どんな風に|なんて言って|何て言って|なんて(言え|言った|伝え|言や|言よ|言う(た|とい))|何て(言え|言った|伝え|言や|言よ|言う(た|とい))|例文|(言い方|伝え方|切り出し方|書き方|頼み方|断り方)(を|が)?(教え|わから|分から|知りた|ある|ない[?？]|ないかな)`),
		question:   pattern.MustCompile(`(\?|？|ですか|ますか|ませんか|でしょうか|でしょう|かな|かね|っけ|べか|やろか|じゃろか|もの|なの|なん|の|どれ|どっち|どちら)[。!！…w〜\p{So}\x{FE0F}]*$`),
		notQuit:    pattern.MustCompile(`(辞め|やめ)(る|た)(つもり|気)は?(ない|ありません|ねえ|ねぇ|なく)|(辞め|やめ)たく(は|も)?(ない|ありません|ねえ|ねぇ|なく)|(辞め|やめ)(ない|ません|へん|ん)(よ|けど|し|から|です|[。、,]|$)|退職(は|する気は|するつもりは)(ない|しない|考えてな)`),
		unknowing:  pattern.MustCompile(`^[^。?？]{0,14}(自分でも|じぶんでも|なんでか|なぜか|理由は|りゆうは)[^。?？]{0,4}(よく|よう|あんまり|はっきり)?(わから|分から|わかん|しらん|知らん)(ない|ん|へん|なく|ねえ|ねぇ|ないんです|ないです)?[。…!！w]*$`),
		job: pattern.MustCompile(`^[^。?？]{0,16}(仕事|職員|派遣|パート|バイト|アルバイト|正社員|契約社員|看護師|介護士|介護職|介護施設|介護|夜勤|保育士|ヘルパー|ドライバー|運転手|事務|営業|エンジニア|販売|店員|工場|倉庫|警備|清掃|調理|配達|コールセンター|公務員|教員|薬剤師|美容師|レジ|経理|総務|人事|受付|接客|医療事務|銀行|歯科衛生士|保健師|教師|講師|塾|製造|物流|配送|トラック|タクシー|飲食|居酒屋|コンビニ|スーパー|現場監督|施工管理|設計|品出し)[^。?？]{0,10}` +
			`(してる|してます|しています|しております|続けております|続けてます|続けてる|みてる|見てる|見ています|担当してる|担当してます|やってる|やってます|やっています|しとる|しよる|やっとる|やりよる|働いてる|働いてます|働いています|勤めてる|勤めてます|勤めています|です|やってるよ|してるよ|してるんだ|してるんです|してるんですけど|やってるんだけど|してるんだけど)[。!！…]*$`),
		scolded:  pattern.MustCompile(`^[^。?？!！]{0,10}(に|から)(また|めっちゃ|すごく|ひどく)?(怒られ|おこられ|叱られ|しかられ|怒鳴られ|どなられ|キレられ|きれられ)(た|ました|ちゃった|ちゃいました|てしもた|てもうた|たわ|たー|た〜)?[。!！…😢😭💦]*$`),
		overwork: pattern.MustCompile(`[0-9]+(時間|じかん)(勤務|労働|拘束|働|はたら|ぶっ通し|ぶっとおし|終わ|おわ|明け|あけ)|終電|終バス|しゅうでん|(日付|日)(が|を)?(変わ|かわ|またい|跨い)|(毎日|毎晩|まいにち|ずっと)[^。?？]{0,4}(残業|ざんぎょう|深夜)|残業(続き|ばかり|ばっか|三昧|漬け)|休日出勤|休みが(ない|なく|とれ|取れ)|休みなし|休み無し|[0-9]+連勤|(帰れ|かえれ)(ない|てない|へん|ん)|寝る時間(が|も)?(ない|なく)`),
		hard:     pattern.MustCompile(`(きつい|キツい|キツイ|きつか|きちい|きっつ)[。…!！ぁ〜ーw]*$`),
		jobBut:   pattern.MustCompile(`辞め|やめ|退職|転職|探し|探して|さがし|応募|面接|就活|休職|休ん|悩|困|つら|辛|しんど|嫌|いや|怒|無理|むり|きつ|キツ|残業|給料|時給|クビ|首に|切られ|切り|契約|更新|パワハラ|いじめ|在宅|リモート|子ども|子供|育児|復帰|なのに|けど|のに|だけ|しか`),
		named: map[akari.Category]*pattern.Pattern{
			akari.ParentingBalance: pattern.MustCompile(`子ども|子供|こども|子育|我が子|うちの子|上の子|下の子|息子|娘|赤ちゃん|あかちゃん|乳児|幼児|育児|育休|産休|保育|幼稚園|学童|小学|中学|夫|妻|旦那|嫁|主人|家族|家庭|家事|妊娠|妊婦|出産|産後|両立|時短|お迎え|送り迎え|復帰|復職|ブランク|ワンオペ|パパ|ママ|保護者|参観|病児|親|介護|シングル|フルタイム|空白期間|離職期間|また働|そろそろ働|働きに出|再就職`),
			// Remote work needs remote work, the office or being caught
			// between (結論から言えってよく言われるけど、どうやるわけ？ and a
			// home helper's calls on a day off were read as it at 0.86 and
			// 0.95: general set 137, round 38).
			akari.RemoteWorkEnvy: pattern.MustCompile(`在宅|ざいたく|リモート|りもーと|テレワーク|リモワ|出社|しゅっしゃ|出勤|通勤|オフィス|事務所|現場|自宅|家で|うちで|wfh|ハイブリッド|在宅組|出社組|ずるい|ズルい|羨ま|うらやま|不公平|ふこうへい|挟ま|はさま|板挟|板ばさみ|間に入|あいだに入|板挟み|両方から|どっちの味方|上司と同僚|同僚と上司|冷たい|つめたい|気まず|浮いて|ひいき|贔屓|嫉妬|やっかみ|妬|ねた|週[0-9一二三四五]`),
			// Leaving needs leaving named, or being let go: 派遣会社の担当
			// になんて言やぁええんか教えてちょ。ケンカにはなりたないでよ in a
			// worry about pay for days off (休業手当), read as quitting at
			// 0.9 (general set 189, round 50).
			akari.Resignation: pattern.MustCompile(`辞め|やめ|ヤメ|退職|退社|辞職|離職|辞表|退職届|退職願|引き止め|引きとめ|引き留め|引き継ぎ|引継ぎ|引継|続けられ|続けるか|続けて(いけ|いく|く)|残るか|去る|去り|バックレ|ばっくれ|飛ぶ|とぶ|逃げ|解雇|クビ|くび|首に|雇止め|雇い止め|更新|契約|満了|打ち切|切られ|きられ|リストラ|退職代行|代行|有給消化|最終出社|最終日|失業|離職票|ハローワーク|転職|次の仕事|切り出|きりだ|今の会社|今の職場|合わない|向いてない|向いていない|限界|しんど|つら|辛|無理|むり|もたない|もう嫌|もういや|休職|休み`),
			akari.Salary:      pattern.MustCompile(`給料|給与|時給|日給|月給|年収|月収|手取り|賃金|残業代|手当|ボーナス|賞与|昇給|減給|給|お金|円|万|稼|払|収入|生活費|ローン|借金|貯金|割増|割り増し|時間外|残業|控除|明細|単価|報酬|歩合|査定|税|保険料|年金`),
		},
		notChange: pattern.MustCompile(`転職(は|とか|も|する気は|するつもりは)?(したくな|しない|考えてな|まだいい|まだ考え)`),
		thanks:    pattern.MustCompile(`^(ありがと|ありがとう|ありがとうございます|ありがとうございました|助かりました|助かった|参考になりました|参考になった|やってみます|がんばってみます|頑張ってみます|thanks|thank you)|(話して|伝えて|聞いて|相談して|やって|出して|言って|試して|交渉して|送って)みます[!！。w笑]*$|(がんば|頑張)(ります|る|ってみる|ってみます)[!！。w笑]*$|(聞いてくれて|きいてくれて|話せて|はなせて|相談できて|教えてくれて|おしえてくれて|聞いてもらえて|きいてもらえて)(ありがと|あんがと|よかった)|ありがと(う|ね|な|ー|〜|ございます|ございました|うございます|うございました)?[!！。w笑〜]*$|参考に(する|します|なる|なります|させて(もらう|もらいます|いただきます))(わ|ね|よ)?[!！。w笑〜]*$|(助かった|助かりました)(わ|よ|ね|わー|ー)?[!！。w笑〜]*$|^(どうも|どーも|ども)(ね|です|でした|っす|ありがと\S*)?[ー〜!！。w笑🙏]*$|(さんきゅ|サンキュ|thx|あざす|あざっす|あざます|おおきに|あいがとさげもした|あいがとさげもす|あいがと|にふぇーでーびる|にふぇーでー|にへーでーびる|おしょうしな|あんやと|ありがとさん|ありがたや|あんがと|あんがとね)[ー〜!！。w笑]*$|(聞いて|話して|言って|やって|試して|相談して|伝えて|送って|出して)みる(わ|ね|よ)[!！。w笑〜]*$|ありがと(う|ね|な)?[、,][^。?？]{0,12}(送って|出して|話して|言って|伝えて|やって|聞いて)みる[!！。w笑〜]*$|(応募|申し込|申込|エントリー|問い合わせ)(して|んで)?(みる|みます|する|します)(わ|ね|よ|か)?[!！。w笑〜👍✨🙏]*$|^(おやすみ|おやすみなさい|おやす|おやすー|寝るね|もう寝る|もう寝ます|寝ます|ねる|ねます|じゃあね|またね|また明日)(ね|ー|〜|なさい|ですー)?[!！。w笑〜🌙💤😴]*$|また(相談|話|聞いて|お話)(させて|するね|します|しに来|来るね|くるね|しにくる|にくる)(ね|ください|ほしい|もらう|もらいます)?[!！。w笑〜]*$`),
		pain:      pattern.MustCompile(`(仕事|会社|職場|バイト|パート|現場)(に|へ)?(行きたくない|いきたくない|行きたない|いきたない|行きたくねえ|いきたくねえ|行きとうない|いきとうない)|どうでもいい|どうでもええ|どうでもよか|どうでもいいや|どうでもええわ|どうでもいいわ|つらい|つらく|辛い|辛く|しんどい|しんどく|苦しい|苦しく|泣きそう|泣いて|泣いた|泣きたい|なきたい|涙|ヘトヘト|へとへと|(正直|かなり|結構|けっこう|さすがに|地味に|精神的に|心に|こころに|メンタルに|ずしんと|ずっしり)(こたえ|堪え)|(こたえ|堪え)(るわ|るな|ます|ました|た[。…!！]|た$|る[。…!！]|る$)|返す言葉が(なかった|なくて|見つから)|(頭|あたま)から離れ(ない|なく|へん|ん)|クタクタ|くたくた|ボロボロ|ぼろぼろ|もう無理|もうむり|もうやだ|もう嫌|もういや|(全部|ぜんぶ|なんか|なんもかんも|何もかも|なにもかも|なにもかんも)(が)?(やだ|いや|嫌)|^やだ|やだ[。…!！?？]*$|^むり|限界|疲れた|疲れ果て|疲れてしま|疲れちゃ|疲れました|疲れています|疲れてます|疲れとる|つかれた|つかれちゃ|つかれてしま|ぐったり|心が折れ|こころが折れ|(何も|なにも|なんも)考えられ(ない|へん|ん|ねえ)|頭が(回らない|まわらない|働かない)|(眠|ねむ)(い|たい)(だけ)?(だよ|です|や|だ|よ|ね|わ|わー|わぁ|なぁ|なあ|っす|ねん)?[。…!！w笑]*$|(腰|こし|膝|ひざ|肩|首|腕|足|体|からだ)(が|も)?(もう)?(ダメ|だめ|限界|悲鳴)|(体力|体|からだ|気力|心|こころ|メンタル)(が|も)?(もう)?(もたない|もちません|もたん|もたへん|持たない|持ちません|続かない|つづかない|限界)|😢|😭|💧|😞|😣|😖|🥲|😿`),
		privacy:   pattern.MustCompile(`(会社|職場|上司|人事)に(バレ|ばれ|知られ|伝わ|見られ|筒抜け)|個人情報|(話|はなし|内容|データ|情報)は?(どこ|誰|だれ)|(誰|だれ)が(見|読)|記録(され|が残|残)|(保存|保管)(され|して)|秘密(は|を)?(守|まも)|内緒に`),
		congrats:  pattern.MustCompile(`(孫|子ども|子供|赤ちゃん|娘|息子|第[0-9一二三四]子|二人目|2人目)[^。?]{0,8}(生まれ|産まれ|誕生)|内定(を)?(もらえ|もらっ|もらい|出まし|出た|が出|いただ)|(合格|採用)(し|でき|が決ま|決ま)|(試験|面接|選考)に(通っ|通り|受かっ|合格)|受かりました|受かった|(結婚|入籍)(しました|した|が決ま)|(昇進|昇格)(しました|した|が決ま|決ま)|資格(が|を)?(取れ|とれ|取得でき)|(ライブ|チケット|抽選|懸賞|くじ)[^。?]{0,6}(当たっ|あたっ|当選)`),
		relief:    pattern.MustCompile(`(熱|体調|具合|風邪|けが|ケガ|怪我)(が|も)?[^。?]{0,6}(下がっ|さがっ|よくなっ|良くなっ|治っ|なおっ|回復)|元気に(登園|登校|なりまし|なった)|退院(しました|した|でき)`),
		slip:      pattern.MustCompile(`(ミス|みす|間違え|まちがえ|間違っ|やらかし|噛んで|噛みまくっ|かみまくっ|噛みまくり|言い間違|打ち間違|寝坊|こぼし|割っちゃ|割って|落としちゃ|忘れて)[^?？]{0,30}(恥ずかし|はずかし|穴があったら|穴があれば|穴があるなら|泣きたい|へこむ|凹む|へこんだ|凹んだ|落ち込|やらかした|顔から火|🫠|😇|😱|🙈)|穴があったら入りたい|顔から火が出`),
		slipBut:   pattern.MustCompile(`どうしたら|どうすれば|どうやって|どう(謝|伝え|報告|説明)|謝り方|対処|辞め|やめたい|クビ|首に|減給|弁償|損害|請求|始末書|怒鳴|キレ|パワハラ|毎回|いつも|何度も|またミス|また同じ|続いて|続く|向いてな|仕事できな|ダメな|だめな|無能|けど|でも`),
		// A condition or a loss after it is a worry told (昇進したら残業代
		// なくなって手取り減った); so is what is yet to come, with a wish
		// about work (子どもが生まれる予定で育休を取りたいのですが).
		newsBut: pattern.MustCompile(`けど|けれど|でも|ただ|なのに|迷|悩|不安|心配|どうしよう|\?|？|たら|減っ|減り|なくなっ|無くなっ|出なくな|最悪|予定|たい|ですが`),
		// A question about telling someone else (the labour office, a
		// new employer) is about that place, not about this chat.
		elsewhere: pattern.MustCompile(`(どこ|誰|だれ)(に|へ)相談|相談(する|できる|すん)(なら|のは|とこ|ところ)[^。?？]{0,4}(どこ|誰|だれ)|監督署|労基|労働局|窓口|相談コーナー|産業医|ハローワーク|転職活動|転職先|弁護士|組合|副業|ダブルワーク|兼業|掛け持ち|かけもち|掛けもち|wワーク|Wワーク|持病|通院|妊娠|通報|申告|転職サイト|エージェント|登録|住民税|確定申告|^(それ|そこ|そっち|そういうの)(って|は|でも|も)`),
	}
}

// tellsJob reports whether f opens by saying what the person does for a
// living and says nothing more — or only how it wears them out
// (介護の仕事をしています。夜勤続きで正直しんどいです), which pained says.
// Such a message names no worry: the classifier's guess from the job's
// words (介護 → work_meaning, 仕事 → career_change) is no reading of it.
func (li listenIntents) tellsJob(f folded) (told, pained bool) {
	first, rest, _ := strings.Cut(string(f), "。")
	if greetingFirst.MatchString(first) {
		// 夜分に失礼いたします。介護施設で相談員をしております: the
		// greeting first, then the job.
		first, rest, _ = strings.Cut(rest, "。")
	}
	if !li.job.MatchString(first) || li.jobBut.MatchString(first) {
		return false, false
	}
	rest = strings.Trim(rest, "。…!！")
	switch {
	case rest == "" || age.MatchString(rest):
		// …56歳です: the age told with it is more of the same.
		return true, false
	case strings.ContainsAny(rest, "?？。") || utf8.RuneCountInString(rest) > painRunes || !li.pain.MatchString(rest) || atWork.MatchString(rest):
		// More is said: a question, a second thought, someone at work.
		return false, false
	}
	return true, true
}

// quitNamed names quitting or a change of job: the worry, when said with
// how hard the work is.
var quitNamed = pattern.MustCompile(`辞め|やめ|退職|転職|探し|さがし`)

// greetingFirst is a greeting that opens a message as its own sentence.
var greetingFirst = pattern.MustCompile(`^(夜分に|夜分遅くに|遅くに)?(失礼(いた)?します|すみません|こんばんは|こんにちは|はじめまして|初めまして|お疲れ様です|おつかれさまです|お世話になります|突然すみません|突然失礼(いた)?します)[!！]*$`)

// age is an age told, and no more (56歳です, 30才, 50代です).
var age = pattern.MustCompile(`^(年は|歳は|年齢は)?([0-9]{2}|[二三四五六七]十)(歳|才|代)(前半|後半|半ば)?(です|だよ|や|だ|になります|でございます)?$`)

// painRunes: a message this short that speaks of pain is about the pain,
// whatever worry it might also touch.
const painRunes = 24

// read decides what a message asks and whether to answer it quietly; told
// is what it says about the person.
func (e *Engine) read(text string, f folded, c akari.Classification, told []facts.Found) reading {
	li := e.intents.listen
	var r reading
	switch {
	case f.is(li.listenOnly) && !f.is(li.question):
		r.ask = akari.AskListen
	case f.is(li.plan):
		r.ask = akari.AskPlan
	case f.is(li.thanks) && !f.is(li.question):
		// 「ありがと！面談までに準備しとくことある？」 asks more than it
		// thanks.
		r.ask = akari.AskThanks
	case f.is(li.howTo) && (!f.is(li.manner) || f.is(li.howToAsked)):
		r.ask = akari.AskHowTo
	case f.is(li.whatFirst):
		r.ask = akari.AskWhatFirst
	case f.is(li.more):
		r.ask = akari.AskMore
	}
	// A tearful face that ends the message (シフト6連🥲) is read on the
	// words as typed: the folded message ends before it.
	if (f.is(li.pain) || li.pain.MatchString(text)) && (utf8.RuneCountInString(text) <= painRunes || c.Category == akari.Other) {
		r.distressed = true
	}
	if first, rest, ok := strings.Cut(string(f), "。"); ok && rest != "" && utf8.RuneCountInString(first) <= painRunes && folded(first).is(li.pain) && !f.is(li.question) {
		// なんかもう疲れたばい。毎年この壁の話で悩みよる気がする: worn
		// out, said first and on its own, then why — met gently, however
		// long the why (general set 189, round 50).
		r.distressed = true
	}
	if emojiOnly(text) && li.pain.MatchString(text) {
		r.distressed = true
	}
	if c.Category == akari.Other && f.is(li.overwork) && !f.is(li.question) && utf8.RuneCountInString(text) <= painRunes {
		r.distressed = true
	}
	if f.is(li.hard) && !f.is(quitNamed) && !f.is(li.question) && utf8.RuneCountInString(text) <= painRunes {
		// 夜勤きつい, ノルマきつか: work too hard to bear, said briefly, met
		// gently — not the advice on pay the words suggest. With a worry
		// named besides (もう辞めたい。店長まじできつい), the worry is
		// answered.
		r.distressed = true
	}
	r.body = slices.ContainsFunc(told, func(x facts.Found) bool { return x.Key == facts.Health })
	r.question = f.is(li.question)
	r.back = f.is(pointsBack)
	if f.is(li.notQuit) {
		r.denies = append(r.denies, akari.Resignation)
	}
	if f.is(li.notChange) {
		r.denies = append(r.denies, akari.CareerChange)
	}
	if p, ok := li.named[c.Category]; ok && !f.is(p) {
		r.denies = append(r.denies, c.Category)
	}
	return r
}

// emojiOnly reports whether text has no letters at all (😭😭).
func emojiOnly(text string) bool {
	for _, r := range text {
		if r < 0x2000 || (r >= 0x3000 && r < 0x1F000) {
			return false
		}
	}
	return text != ""
}

// privacyAsked reports whether text asks what becomes of what is said in
// this chat (会社にバレない？), not about telling another place.
func (li listenIntents) privacyAsked(f folded) bool {
	return f.is(li.privacy) && !f.is(li.elsewhere)
}

// pointsBack points at what was talked about: なんかもう疲れたばい。毎年
// この壁の話で悩みよる気がする is the worry of the wall talked about, not
// colleagues read off 悩み (general set 189, round 50).
var pointsBack = pattern.MustCompile(`(この|その|あの|さっきの|今の)(話|件|問題|壁|こと(で|が|も|は))`)

// switchConfidence is how sure the classifier must be that a follow-up
// question is about another worry before the conversation's worry is left.
const switchConfidence = 0.85

// followUp keeps the conversation's worry for a message that only asks
// about it (or says how it feels) without clearly naming another worry: a
// cry of 「やりたいことがわからない😭」 in a student's job hunt is still the
// job hunt. It keeps it too when the worry is among the two the message most
// likely is about: 「面接でブランクのこと聞かれたらどう答えればいい？」 inside a worry
// about going back to work after raising children is still that worry,
// though the words alone read as a job change.
func followUp(st *akari.State, c akari.Classification, rd reading, minConfidence float64, likely []akari.Category) (akari.Classification, bool) {
	if !st.Category.Valid() || st.Category == akari.Other {
		return c, false
	}
	if slices.Contains(rd.denies, c.Category) && c.Category != st.Category {
		// 「辞めるつもりはないし、求人も見なくて大丈夫」: not the worry
		// its words name.
		return akari.Classification{Category: st.Category, Confidence: 1, Source: "context", Crisis: c.Crisis, Risk: c.Risk, Jest: c.Jest}, true
	}
	// Another worry read without confidence (出社日を増やしたいって会社に
	// 言っても大丈夫かな…心配で, in a worry about remote work, read as the
	// meaning of work at 0.33) does not take the conversation off its
	// worry, asked or not.
	unsure := c.Category != akari.Other && c.Category != st.Category && c.Confidence < minConfidence
	if rd.ask == akari.AskNone && !rd.distressed && !rd.body && !rd.question && !rd.back && !unsure {
		return c, false
	}
	if c.Category == st.Category || c.Category == akari.Other || c.Confidence < minConfidence || c.Source == "context" ||
		c.Confidence < switchConfidence || slices.Contains(likely, st.Category) {
		return akari.Classification{Category: st.Category, Confidence: 1, Source: "context", Crisis: c.Crisis, Risk: c.Risk}, true
	}
	return c, false
}

// newsWondered asks or supposes rather than tells: 辞める前に内定をもらって
// おいたほうがいいですか, 受かったらどうしよう.
var newsWondered = pattern.MustCompile(`[?？]|(ですか|ますか|でしょうか|かな|かね|のか)[。…]*$|(ほう|方)が(いい|良い|ええ|よい)|(て|と)(おいた|おく|おけ)|(った|えた|れた|した)ら|(れ|け|せ|て|め)ば`)

// news returns the message for good news told in passing — "news_congrats"
// or "news_relief" — or "" when there is none, or it comes with a worry.
func (li listenIntents) news(f folded) string {
	// 「でも推しのライブ当たった！」: a but that opens the message turns
	// from what was said before to the good news, not away from it.
	rest := folded(strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(string(f), "でも"), "まあ"), "、, "))
	if utf8.RuneCountInString(string(f)) > newsRunes || rest.is(li.newsBut) || f.is(newsWondered) {
		return ""
	}
	switch {
	case f.is(li.congrats):
		return "news_congrats"
	case f.is(li.relief):
		return "news_relief"
	}
	return ""
}

// slipped reports a small blunder told in passing, with nothing asked and
// no worry around it: answered with a word of comfort, not a playbook.
// The face that tells it (噛みまくった😇) is read on the words as typed
// (text): the folded message ends before it.
func (li listenIntents) slipped(f folded, text string) bool {
	return utf8.RuneCountInString(string(f)) <= newsRunes && (f.is(li.slip) || li.slip.MatchString(text)) && !f.is(li.slipBut) && !strings.ContainsAny(string(f), "?？")
}

// newsRunes: longer than this, good news is a story with more in it.
const newsRunes = 48
