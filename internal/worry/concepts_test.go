package worry

import (
	"math"
	"testing"

	"github.com/akari-career/akari/internal/akari"
)

// pairsIn returns the name of the concept pair that fires on text, if any.
func pairsIn(m *Model, text string) (akari.Risk, string) {
	b := crisisText(nil, normalize(nil, text, crisisView))
	occs := m.lex.scan(b, nil)
	var hs hits
	m.constructions.find(b, nil, &m.lex, occs, false, &hs)
	var vetoes, hard []span
	for i := range hs.n {
		if h := &hs.list[i]; h.risk == akari.RiskNone || h.vetoed {
			vetoes = append(vetoes, h.span)
			if h.c.risk == akari.RiskNone || h.settled {
				hard = append(hard, h.span)
			}
		}
	}
	risk, why, _ := m.constructions.findPairs(b, &m.lex, occs, vetoes, hard, nil)
	return risk, why
}

// TestConceptPairs: every pair fires on a message of its kind (written for
// this test, in words of our own) and keeps quiet on the ordinary talk
// that shares its words. The level of the whole message is checked too.
func TestConceptPairs(t *testing.T) {
	m := loadModel(t)
	tests := []struct {
		pair, text string
		want       akari.Risk
	}{
		{"children entrusted in a letter (子どものことはお願いしますって手紙)", "息子のことは姉に頼むって、さっき置き手紙を書いた", akari.RiskHigh},
		{"", "娘のことは先生にお願いしますって、連絡帳に手紙を書いた", akari.RiskNone},
		{"a cord readied for a day alone (ロープ…妻が留守にする日に)", "押し入れからロープを出した。夫が出張で誰もいない日にしようと思う", akari.RiskHigh},
		{"", "物干しのロープが切れたから、妻が留守の間に庭で張り直しておく", akari.RiskNone},
		{"no difference to the world (いなくても世界は変わらない)", "倉庫のバイト、今日も誰とも話さなかった。私がいなくても世界は普通に回る", akari.RiskConcern},
		{"a game over, unsaved (ゲームオーバーにしてくる。セーブはしない)", "もう疲れた。人生ゲームオーバーにしてくる、セーブもしない", akari.RiskHigh},
		{"", "ボス戦でゲームオーバーになった、セーブしてなかった", akari.RiskNone},
		{"affairs wound up, then the end (全額おろす…でおしまい)", "明日やること：口座解約、スマホ初期化、それで終わり", akari.RiskHigh},
		{"", "機種変するからスマホ初期化した。データ移行もそれで終わり", akari.RiskNone},
		{"a cliff seen beforehand (前に見に行った崖)", "仕事はもういい。こないだ樹海を下見してきた", akari.RiskConcern},
		{"", "家族で紅葉の崖を見に行った、景色がきれいだった", akari.RiskNone},
		{"a letter left for the family (主人にも手紙を残してあります)", "皆さんお元気で。家族にも手紙を残しました", akari.RiskHigh},
		{"", "結婚記念日だから夫に手紙を書いて置いてある", akari.RiskNone},
		{"a railing known low (欄干が低いの前から知ってる)", "帰り道の川の欄干が低いの、前から知ってる", akari.RiskHigh},
		{"", "マンションの柵が低いの知ってるから管理会社に報告した", akari.RiskNone},
		{"pills gathered for oneself (薬の余り、こっそり集めてる。自分用に)", "実家の残薬、こっそりためてる。自分用に", akari.RiskHigh},
		{"a blade renewed, no stopping today (カッターの刃、新しいのに替えた。今日は止めない)", "カミソリ新しいの出した。もう我慢しない", akari.RiskHigh},
		{"a train waited for at the crossing (踏切、渡らずに電車を待ってみよう)", "帰りの踏切で、渡らずに電車を待ってみようかな", akari.RiskHigh},
		{"oneself as rubbish, to be thrown away (ゴミは捨てられたほうがいい)", "どうせ私はゴミだし、消えたほうが片付く", akari.RiskConcern},
		{"a means turned on oneself (包丁…自分に)", "台所のナイフ、自分に向けたまま座ってる", akari.RiskHigh},
		{"a means turned on oneself (包丁…自分に)", "ガスの元栓ひねったまま横になろうかな", akari.RiskHigh},
		{"a means turned on oneself (包丁…自分に)", "ためた眠剤、今夜ぜんぶ飲む", akari.RiskHigh},
		{"", "包丁研いだら玉ねぎがスッと切れた", akari.RiskNone},
		{"", "風邪薬を全部飲み切ったのに熱が下がらない", akari.RiskNone},
		{"", "首にタオル巻いて畑仕事してた", akari.RiskNone},
		// The body part said first (腕にカッター当てる), and a cut at work.
		{"a means turned on oneself (包丁…自分に)", "しんどい夜は手首にカミソリ当ててじっとしてる", akari.RiskHigh},
		{"", "段ボール開けるときカッターで腕に傷つけちゃった、絆創膏ある？", akari.RiskNone},
		{"", "倉庫の検品でカッター使うから腕にアームカバーしてる", akari.RiskNone},
		{"a height and the edge (屋上…越えられる)", "職場の屋上のフェンス、よじ登れそうな高さ", akari.RiskHigh},
		{"a height and the edge (屋上…越えられる)", "ベランダの柵に足をかけてみた", akari.RiskHigh},
		{"", "屋上でお弁当食べてたら風でフタが飛んだ", akari.RiskNone},
		{"", "橋の上から花火見た、最高だった", akari.RiskNone},
		{"water and no way back (海…帰らない)", "川の方へ歩いてる。もう戻らない", akari.RiskHigh},
		{"a mountain and no way back (山いって帰らんつもり)", "退職代行つかう金もない。山いって帰らんつもり", akari.RiskHigh},
		{"things one cared for given away (釣り道具、全部甥っ子にやりました。もう使わんけん)", "大事にしてた釣り竿、全部譲った。もう使わんけん", akari.RiskConcern},
		{"affairs put in order, and thanks (いろいろ片付けたので。今までありがとう)", "今までいろいろ聞いてくれてありがとう。もう大丈夫です、いろいろ片付けたので", akari.RiskConcern},
		{"told to Akari alone, and worn out (あかりちゃんにだけ言っとく。もうつかれた。)", "誰にも言ってないけど、もう疲れた", akari.RiskConcern},
		{"", "週末は海まで一人でドライブしてきた", akari.RiskNone},
		{"the tracks and a step (線路…前に出る)", "通過する快速の前に出たら一瞬かな", akari.RiskHigh},
		{"", "人身事故で電車止まって振替で帰った", akari.RiskNone},
		{"a death planned (死ぬ…決めてる)", "死ぬなら週末って、もう決めた", akari.RiskHigh},
		{"", "死ぬまでに行きたい場所を決めた", akari.RiskNone},
		{"a farewell and an absence (手紙…もういない)", "手紙を置いてきた。読まれる頃にはもういない", akari.RiskHigh},
		{"", "退職する先輩に手紙を書いた、もう会えないと思うと寂しい", akari.RiskNone},
		{"", "出張の準備できた、猫は実家に預けた", akari.RiskNone},
		{"a body that stops, wished for (心臓…止まってくれ)", "眠ってる間に心臓止まってくれないかな", akari.RiskConcern},
		{"", "心臓止まるかと思った、いきなり呼ばれて", akari.RiskNone},
		{"tomorrow need not come (明日…もう来なくていい)", "明日はもう来なくていい、ずっと夜でいい", akari.RiskConcern},
		{"", "明日の会議、来なくていいのに", akari.RiskNone},
		{"somewhere high, sought (高いところに行きたい)", "どこか高い場所に行きたい。ひとりで", akari.RiskHigh},
		{"", "高いところ苦手だから観覧車は無理", akari.RiskNone},
		{"a sure way, sought (確実な方法)", "一番確実な方法ってネットで調べてる", akari.RiskHigh},
		{"", "確実に痩せる方法ある？", akari.RiskNone},
		{"never waking, with no end (ずっと起きたくない)", "起きたくない、このまま永遠に", akari.RiskConcern},
		{"", "月曜だし起きたくない、ずっと布団にいたい", akari.RiskNone},
		{"no one needs me, no difference (いなくても同じ)", "誰にも必要とされてない。私なんていなくても同じ", akari.RiskConcern},
		{"", "私がいなくても同じって上司に言われた", akari.RiskNone},
		{"being in this world (この世界にいる意味)", "この世界にいる意味、もうわからない", akari.RiskConcern},
		{"a room sealed, coal burnt (目張り・炭)", "車の中で炭を燃やそうと思ってる", akari.RiskHigh},
		{"", "キャンプで炭火焼きした", akari.RiskNone},
		{"the last time, said (今夜で最後…ありがとう)", "たぶん今夜で最後。ほんとにありがとう", akari.RiskHigh},
		{"", "今日で最後の出社、ありがとうございました", akari.RiskNone},
		{"goodbye at the end of one's strength (もう限界。さよなら)", "もう疲れた。みんなさよなら", akari.RiskHigh},
		{"", "同僚が今日で退職。さよなら、元気でね", akari.RiskNone},
		{"pills for two, ready (母の分と私の分、薬は用意してあります)", "もう疲れた。夫の分と私の分、睡眠薬はためてある", akari.RiskHigh},
		{"", "明日から父とショートステイの見学。父の分と私の分、薬は用意しました", akari.RiskNone},
		{"driving, the pull to crash (運転したら突っ込みたくなる)", "夜勤明けに車で帰るとき、対向のトラックに突っ込みたくなる", akari.RiskConcern},
		{"", "運転中ずっと助手席の上司のボケに突っ込みたくなる", akari.RiskNone},
		{"long sleeves in summer, the reason hidden (夏なのに長袖しか着られない)", "真夏でも長袖。半袖になれない理由は誰にも言えない", akari.RiskConcern},
		{"", "工場の規則で夏でも長袖の作業着です", akari.RiskNone},
		{"a leave taken of everyone, for no move (お世話になりましたって言って回りたい)", "なんでか分からんけど、会う人みんなにお世話になりましたって挨拶して回りたくなる", akari.RiskConcern},
		{"", "来週で定年です。お世話になりましたって挨拶して回りたい", akari.RiskNone},
		{"an end the quicker way (壊れて終わった方が早い)", "頑張っても何も変わらない。いっそ終わったほうが楽なんだろうな", akari.RiskConcern},
		{"", "この案件、もう終わったほうが楽。クライアントも乗り気じゃないし", akari.RiskNone},
		{"asked whether they would be fine without one (「お母さんがいなくなっても大丈夫よね」と聞いてしまった)", "夜、息子に「父さんがいなくなってもやっていけるよな」って聞いちゃった", akari.RiskConcern},
		{"", "単身赴任の前に「パパがいなくなっても大丈夫？」って子どもに聞いた", akari.RiskNone},
		{"replaced the day after one's death (俺が死んでも会社は一日で代わり見つける)", "僕が死んでも、会社はすぐ代わり見つけて何も変わらないんだろう", akari.RiskConcern},
		{"", "映画で「俺が死んでも代わりはいくらでもいる」って主人公が言ってた", akari.RiskNone},
		{"one left behind after a loss (夫を亡くして、私だけがまだ残っている)", "母も父も見送って、私だけ残っているのが申し訳ない", akari.RiskConcern},
		{"", "同期が皆辞めて、部署に私だけ残っている。先輩も亡くなった後で忙しい", akari.RiskNone},
		{"a way down from a height weighed (高架から降りようかと、ずっと考えています)", "もう疲れた。会社のビルから降りようかって、ずっと考えてる", akari.RiskHigh},
		{"", "歩道橋から降りようとしたら階段が工事中だった", akari.RiskNone},
		{"thanks said now, for no move (退職するわけじゃないけど、今のうちに言っておきたくて)", "辞めるわけじゃないけど、お世話になった人にありがとうございましたって、今のうちに伝えておきたくて", akari.RiskConcern},
		{"", "来月で転勤なので、今のうちにお世話になりましたって伝えておきたくて", akari.RiskNone},
		{"wasted oxygen (リソースの無駄遣い…酸素とか)", "私なんか酸素の無駄遣いだよね", akari.RiskConcern},
		{"", "金魚の水槽のエアポンプ、夜も動かすのは電気の無駄？酸素は足りるかな", akari.RiskNone},
		{"an age made a goal (父と同じ歳、そこがゴール…準備を始めています)", "母が亡くなった歳が近い。そこが自分のゴールな気がして、準備を始めてる", akari.RiskConcern},
		{"", "定年の歳がゴール。老後に向けて少しずつ準備を始めています", akari.RiskNone},
		{"stopped in the middle of a bridge (今日は真ん中で止まってる。下の川くらい)", "夜勤明け、帰り道の真ん中で止まってる。下の川、流れが速い", akari.RiskHigh},
		{"", "橋の途中で止まって下の川ばっか見てた。鯉がいっぱいいた", akari.RiskNone},
		{"after one's own death, asked (死んだら…自分の話です)", "変なこと聞くけど、死んだら奨学金の返済ってどうなるの？私の話です", akari.RiskConcern},
		{"", "父が死んだら借金ってどうなるんですか？私の場合、相続放棄できますか", akari.RiskNone},
		{"going first (お母さんごめん、先に行くね)", "お父さんごめん、先に行くね", akari.RiskHigh},
		{"", "ごめんね先に行くね、駅で待ってる", akari.RiskNone},
		{"good night for ever (おやすみ、ずっと)", "おやすみ。永遠に", akari.RiskConcern},
		{"", "ずっと起きてた、もう寝る。おやすみ", akari.RiskNone},
		{"resting for ever (休みたい。永遠に)", "眠りたい、永遠に", akari.RiskConcern},
		{"", "永遠に休みたい、有給ください", akari.RiskNone},
		{"death on one's mind (死ぬことばっか考えてる)", "最近死ぬことばっかり考えてしまう", akari.RiskConcern},
		{"", "祖母が亡くなって、死について考える本を読んだ", akari.RiskNone},
		{"erasing oneself (存在ごと消したい)", "自分の存在ごと消したい", akari.RiskConcern},
		{"", "黒歴史の投稿、存在ごと消したい", akari.RiskNone},
		{"a blade or a cord kept at hand (包丁を枕元に)", "カッターナイフをずっと枕元に置いてる", akari.RiskHigh},
		{"", "新しい包丁買ったから眺めてニヤニヤしてる", akari.RiskNone},
		{"danger let be (ガスが漏れても、そのままでいい)", "火事になっても逃げなくていいやって思う", akari.RiskConcern},
		{"the way to vanish, wondered (どうやったら消えられるか)", "どうすれば消えられるのか毎晩考えてる", akari.RiskConcern},
		{"", "どうすれば仕事が楽になれるか考えてる", akari.RiskNone},
		{"no place in this world (この世界に居場所なんてない)", "どこにも居場所がない", akari.RiskConcern},
		{"a means in sight, a strange urge (農薬の瓶見てっと変な気になる)", "納屋の農薬の瓶見てっと変な気になる", akari.RiskConcern},
		{"", "畑の農薬散布の日程、変な気になるくらい細かく決められてる", akari.RiskNone},
		{"the body let go, oneself let be (食べてない。どうでもいい)", "三日なにも食べてない。もうどうなってもいいや", akari.RiskConcern},
		{"the body let go, oneself let be (食べてない。どうでもいい)", "薬は飲んでいません。治りたいとも思えなくて", akari.RiskConcern},
		{"", "息子がご飯食べてない。もうどうでもいいって言う", akari.RiskNone},
		// round 31: no right to food, a body left to weaken, a bath let go.
		{"the body let go, oneself let be (食べてない。どうでもいい)", "二日くらい何も食べてない。食べる資格とかないし", akari.RiskConcern},
		{"the body let go, oneself let be (食べてない。どうでもいい)", "食べれないし眠れない。このまま弱っていってもいいや", akari.RiskConcern},
		{"the body let go, oneself let be (食べてない。どうでもいい)", "お風呂も四日入ってない。もうどうでもいい", akari.RiskConcern},
		{"", "娘が風邪で何も食べれない。仕事なんてもうどうでもいい", akari.RiskNone},
		{"", "忙しくて昼ごはん食べてない。仕事の評価とかもうどうでもいい", akari.RiskNone},
		{"", "ファスティング中で何も食べてない。体重なんてどうでもいいけど", akari.RiskNone},
		{"the body let go, oneself let be (食べてない。どうでもいい)", "眠れなくて酒の量が増えてる。体なんてどうなってもいいや", akari.RiskConcern},
		{"", "職場に居場所がない", akari.RiskNone},
		{"thanks for everything (今日までありがとう)", "今まで本当にありがとう", akari.RiskConcern},
		{"", "今までありがとう、送別会楽しかった", akari.RiskNone},
		{"courage is all that is missing (勇気があれば飛べる)", "あと少しの勇気があれば飛べるのに", akari.RiskHigh},
		{"", "勇気があれば転職に踏み出せるのに", akari.RiskNone},
		{"everything given away (全部人にあげた)", "大事なもの、全部友達にあげた", akari.RiskConcern},
		{"", "引っ越すから家具は全部友達にあげた", akari.RiskNone},
		{"the last voice (最後に家族の声が聞きたくて)", "最後に母の声が聞きたくて電話した", akari.RiskHigh},
		{"a last word, and gone (最後に誰かと話したくて…もう戻らない)", "最後にakariと話したかった　ありがとね", akari.RiskHigh},
		{"", "最後の授業で先生と話したかったな", akari.RiskNone},
		{"", "最後にあかりと話せてよかった、転職がんばるね。ありがとう", akari.RiskNone},
		{"", "退職前に最後に先輩と話したくて飲みに誘った", akari.RiskNone},
		{"no more trouble from me (今までごめんね、もう迷惑かけない)", "今までごめんね。もう迷惑かけないから", akari.RiskHigh},
		{"a will of one's own (遺言って自分で書ける)", "遺言、自分で書いておこうかな", akari.RiskConcern},
		{"", "父の遺言書の作成を司法書士に頼んだ", akari.RiskNone},
		{"being is a sin (存在が罪)", "私って存在自体が罪", akari.RiskConcern},
		{"a point to hang from (柱、体重に耐えられるかな)", "クローゼットのポール、体重に耐えられるかな", akari.RiskHigh},
		{"", "ロフトの柱、懸垂でぶら下がれるか試した", akari.RiskNone},
		{"drink and pills together (お酒と薬、一緒に飲んだら)", "眠剤とお酒、一緒に飲んだらどうなる？", akari.RiskHigh},
		{"", "お酒と薬を一緒に飲んだらダメって薬剤師さんに言われた", akari.RiskNone},
		{"going far and not coming back (遠くに行って、それっきり)", "誰も知らないところに行って、もう帰らない", akari.RiskConcern},
		{"", "どこか遠くに行って帰らない旅がしたい、有給で", akari.RiskNone},
		{"going far and not coming back (遠くに行って、それっきり)", "山にでも行って帰ってこんかな", akari.RiskConcern},
		{"", "山にでも行って帰ってこないかな、うちの部長", akari.RiskNone},
		{"a last message (最後の投稿です)", "これが最後のメッセージになると思う", akari.RiskHigh},
		{"", "今年最後の投稿です、来年もよろしく", akari.RiskNone},
		{"never meeting again (もう会えないけど、元気でね)", "もう会えないけど、幸せにね", akari.RiskHigh},
		{"", "転勤でもう会えないけど元気でね", akari.RiskNone},
		{"do not look for me (探さないでください)", "みんなへ。どうか探さないで", akari.RiskHigh},
		{"", "探さないでって書き置きして家出した猫が帰ってきた", akari.RiskNone},
		{"a message left for family (家族にごめんって伝えて)", "母にはありがとうって伝えておいてほしい", akari.RiskHigh},
		{"", "みんなにごめんって伝えといて、明日の会議遅れる", akari.RiskNone},
		{"insurance arranged (受取人は家族にしておいた)", "死亡保険の受取人、妹にしておいた。あとは大丈夫", akari.RiskHigh},
		{"", "結婚したから保険の受取人を変更手続きしておいた", akari.RiskNone},
		{"this body, not wanted (この体、いらない)", "こんな体、もういらない", akari.RiskConcern},
		{"", "この体の脂肪、いらない", akari.RiskNone},
		{"cutting again (腕に新しい傷)", "腕にまた新しい傷ができた、昨日も切った", akari.RiskHigh},
		{"", "段ボールで腕に切り傷、血が出た", akari.RiskNone},
		{"burning oneself (熱湯を腕にかけた)", "わざと熱湯を腕にかけた", akari.RiskHigh},
		{"", "料理中に熱湯が腕にかかって火傷した", akari.RiskNone},
		{"pain wanted (自分を罰したい)", "自分を罰したくて壁を殴った", akari.RiskConcern},
		{"", "肩こりのツボ、痛くしたいくらい押してる", akari.RiskNone},
		{"done, goodbye (i'm done. goodbye)", "i'm done. sorry for everything", akari.RiskHigh},
		{"", "i'm done with this project, goodbye overtime", akari.RiskNone},
		{"carrying it out tonight (今夜決行する)", "もう迷わない。今夜決行する", akari.RiskHigh},
		{"", "部長の誕生日サプライズ、今夜決行する", akari.RiskNone},
		{"out of reach, maybe for ever (連絡取れなくなる、ずっとかも)", "しばらく連絡できなくなる。ずっとかもしれない", akari.RiskHigh},
		{"", "出張でしばらく連絡取れなくなる、ずっと山の中", akari.RiskNone},
		{"one's last hours (最期くらい)", "最期くらい好きな景色を見たい", akari.RiskConcern},
		{"", "祖父の最期くらい看取りたかった", akari.RiskNone},
		{"drawing the curtain on life (人生の幕引き)", "自分の人生の幕引きは自分の手でしたい", akari.RiskHigh},
		{"", "選手としてのキャリアに幕を下ろす会見を見た", akari.RiskNone},
		{"", "薬局でポイント貯めてる", akari.RiskNone},
		{"gone by morning (もうここにいない)", "朝になったら、私はもうここにいない", akari.RiskHigh},
		{"", "来週からもうここにはいない、転勤で札幌", akari.RiskNone},
		{"whoever finds me (見つけた人が困らないように)", "見つけた人が驚かないように、手紙を置いた", akari.RiskHigh},
		{"", "財布を拾って届けたら、見つけた人にお礼って言われた", akari.RiskNone},
		{"a pet entrusted (金魚、妹に頼んだ)", "うちのインコ、友達に託した", akari.RiskConcern},
		{"", "旅行中、犬は実家に預けた", akari.RiskNone},
		{"if it goes on like this (ずっと続くなら、もういい)", "こんな毎日が一生続くなら、もう終わりにしたい", akari.RiskConcern},
		{"", "この残業がずっと続くなら転職する", akari.RiskNone},
		{"something for the neck (首に巻くもの)", "首を吊れるもの、部屋で探してる", akari.RiskHigh},
		{"", "冬だし首に巻くもの買いたい", akari.RiskNone},
		{"better gone, in dialect (うち、もうおらん方がええ)", "うち、もうおらん方がええんよ", akari.RiskConcern},
		{"", "あいつがおらん方がええ、仕事回る", akari.RiskNone},
		{"a height and the edge (屋上…越えられる)", "おくじょう いる さいごに はなしたかった", akari.RiskHigh},
		{"a means turned on oneself (包丁…自分に)", "ほうちょう じぶんに むけてる", akari.RiskHigh},
		{"a burden by being (息してるだけで迷惑)", "息してるだけで迷惑かけてる", akari.RiskConcern},
		{"", "上司にお荷物扱いされてる同期が心配", akari.RiskNone},
		{"a burden by being (息してるだけで迷惑)", "時短勤務なのに仕事量は同じで、家では子どもの夜泣き。家族にとって、私は重荷でしかないのかもしれません", akari.RiskConcern},
		{"", "仕事でミスばかりで、チームの重荷でしかない気がする", akari.RiskNone},
		{"a farewell and an absence (手紙…もういない)", "同期に愛用の聴診器を譲りました。もう私には必要ないので", akari.RiskHigh},
		{"", "後輩に参考書を譲りました。資格も取れたし、もう私には必要ないので", akari.RiskNone},
		{"one's own funeral arranged (自分の葬儀の手配を済ませた)", "勤め先の互助会で自分の葬儀の手配を済ませました。喪主は姉に頼んであります", akari.RiskHigh},
		{"", "終活セミナーで、自分の葬儀の手配について説明を聞いた", akari.RiskNone},
		{"", "母の葬儀の手配を済ませました。喪主は私です", akari.RiskNone},
		{"a burden wherever I am (どこにいてもお荷物)", "どこに行っても足手まといでしかない自分", akari.RiskConcern},
		{"cutting that calms (切ってから戻ると落ち着く)", "トイレで腕を切ってから仕事に戻ると落ち着く", akari.RiskHigh},
		{"a platform and a train that will not stop (駅の3番線、快速は止まらないから)", "辞められないなら別の辞め方しかない。駅の3番線、快速は止まらないから", akari.RiskHigh},
		{"", "最寄り駅、快速止まらないから不便なんよね", akari.RiskNone},
		{"letters left and a river, in English (wrote letters to my parents… heading to the river now)", "i'm done. wrote letters to my parents, left them on the bed. heading to the river now", akari.RiskHigh},
		{"", "wrote letters to my parents today, then we went fishing. heading to the river now for the evening rise", akari.RiskNone},
		{"wallet and phone left behind, needed no more (さいふも すまほも おいてく もう いらん)", "財布もスマホも置いてく。もういらん", akari.RiskConcern},
		{"", "財布もスマホも忘れて出社した、最悪。もういらんわこの頭", akari.RiskNone},
		{"on a bridge or a roof now, the cold or the water below (はしのうえ さむい)", "いま橋の上。さむい", akari.RiskHigh},
		{"on a bridge or a roof now, the cold or the water below (はしのうえ さむい)", "屋根の上にいる。風つよい", akari.RiskHigh},
		{"", "橋の上から花火見た、残業明けのごほうび", akari.RiskNone},
		{"the platform's edge and the next express (ほーむ の いちばん はし　つぎ の とっきゅう まってる)", "課長に電話切られた。いまホームのいちばん端、次の特急を待つ", akari.RiskHigh},
		{"", "快速に乗るからホームの端の方に並んだ、先頭車両が階段に近い", akari.RiskNone},
		{"a blade held to the body (包丁、いまお腹にあてとる)", "毎日出社して怒鳴られて。包丁、いまお腹にあてとる", akari.RiskHigh},
		{"", "カイロお腹にあてて出勤、寒すぎ", akari.RiskNone},
		{"a beam looked at, sturdy (いえ の はり みてる　じょうぶ そう)", "家の梁を見てる。丈夫そう。もう全部どうでもいい", akari.RiskHigh},
		{"", "古民家リフォームの現場、梁が丈夫そうで安心した", akari.RiskNone},
		{"", "髪を切ると気分が落ち着く", akari.RiskNone},
		{"a bridge, now (🌉 いまから)", "🌉 今から", akari.RiskHigh},
		{"giving up, then out to a height (もういい。ベランダ出る)", "誰にも繋がらない。もう疲れた、屋上行く", akari.RiskHigh},
		{"", "疲れたからベランダ出て一服してくる", akari.RiskNone},
		{"at a height now, giving up (橋の上いるもう無理)", "鉄橋の上まで来た。もう限界", akari.RiskHigh},
		{"my vanishing, their happiness (私が消えたら夫はもっといい人と再婚できる)", "私がいなくなったら、夫はもっといい人と幸せになれると思う", akari.RiskConcern},
		{"", "私がいなくなったらシフトが回らないって店長に言われて辞められない", akari.RiskNone},
		{"", "屋上にいる。ランチ休憩、午前で疲れた", akari.RiskNone},
		{"the alarm never ringing, for good (目覚ましが鳴らなければいいのに、永遠に)", "アラームが鳴らなければいいのに。ずっと", akari.RiskConcern},
		{"", "連休だから目覚ましが鳴らなければずっと寝ていたい", akari.RiskNone},
		{"alive until a date, not after (推しのライブまでは生きる。その後はわからん)", "給料日までは生きる。その後のことは考えてない", akari.RiskConcern},
		{"", "定年まで生きるつもりで年金の計算してる、その後はわからん", akari.RiskNone},
		{"one's own funeral, who would come (私の葬式、誰か来るかな)", "自分の葬式って、会社の誰か来てくれるのかな", akari.RiskConcern},
		{"", "自分の葬式は家族葬でいいって親に話した、誰か来るかなとか気にしない", akari.RiskNone},
		{"a near miss, and it would have been fine (赤信号渡ってた。それでもよかった)", "気づいたら車道に出てて、クラクション鳴らされた。別に良かったのにって思った", akari.RiskConcern},
		{"", "赤信号渡りかけて怖かった、それでもいいから急げって上司に言われる", akari.RiskNone},
		{"oneself stopped along with it (電車止まらないかな…自分ごと止まればいい)", "会社燃えないかなって思ってたけど、今は自分ごと消えればいいと思う", akari.RiskConcern},
		{"sleeping on, no need to wake (ずっとねむってたい。おきなくていいや)", "永遠に眠っていたい。目覚めなくていい", akari.RiskConcern},
		{"", "ずっと寝ていたい、明日は休みだから起きなくていいし", akari.RiskNone},
		{"struck by something, wished (落石にでも当たれば楽になるのに)", "帰り道、雷にでも打たれれば楽なのにと思う", akari.RiskConcern},
		{"", "宝くじにでも当たれば楽になるのになあ", akari.RiskNone},
		{"years ahead not to be lived through (その8年を生きていける気がしません)", "定年まで残り10年、その10年を生きていける気がしない", akari.RiskConcern},
		{"", "この先この給料で生きていける気がしない、手取り15万", akari.RiskNone},
		{"still alive, a disappointment (「ああ、まだ生きてる」とがっかり)", "目が覚めて、まだ生きてるんだってがっかりした", akari.RiskConcern},
		{"", "あのレガシーシステム、まだ生きてるのかとがっかり", akari.RiskNone},
		{"walking into the water (このまま歩いて入っていけそう)", "夜の川見てる。このまま入っていけそう", akari.RiskHigh},
		{"", "夏の海、足だけ入ってきた", akari.RiskNone},
		{"not living either way (どっちに転んでも生きていけない)", "続けても辞めても、どっちにしても生きていけない", akari.RiskConcern},
		{"", "🌉の写真撮りに行った", akari.RiskNone},
		{"", "どこに行っても新人のうちはお荷物扱いされるもんだよ", akari.RiskNone},
		{"giving up on life itself (人生ごと疲れた)", "仕事じゃなくて、人生そのものに疲れた", akari.RiskConcern},
		{"", "会社辞めて人生ごと変えたい", akari.RiskNone},
		{"a farewell before dying (死ぬ前に言っとこうと思って)", "死ぬ前にひとつだけ伝えたくて。今まで本当にありがとう", akari.RiskHigh},
		{"a farewell before dying (死ぬ前に言っとこうと思って)", "しぬ前に、あんたにだけは言っとこ思て。おおきにな", akari.RiskHigh},
		{"a farewell before dying (死ぬ前に言っとこうと思って)", "before i die i just wanted to say thank you for listening", akari.RiskHigh},
		{"", "死ぬ前に一度はオーロラ見に行きたい", akari.RiskNone},
		{"", "死ぬ前にやりたいことリスト作ったら転職が一番上だった", akari.RiskNone},
		{"", "祖母が死ぬ前に、ありがとうって言ってくれたのを思い出す", akari.RiskNone},
		{"everything given away, goodbye (全部あげた、さよなら)", "ゲーム機も漫画も全部あげた。みんな、さようなら", akari.RiskHigh},
		{"everything given away, goodbye (全部あげた、さよなら)", "持ち物ぜんぶ人にあげちゃった。今までありがとう、ばいばい", akari.RiskHigh},
		{"everything given away, goodbye (全部あげた、さよなら)", "gave away everything i own. goodbye everyone", akari.RiskHigh},
		{"", "退職するので私物は全部後輩にあげました。お世話になりました", akari.RiskNone},
		{"", "引っ越しで家具は全部譲った！旧居さよなら〜", akari.RiskNone},
		{"a blade in hand, alone, now (包丁持って風呂場にいる)", "カミソリ握ってトイレにこもってる", akari.RiskHigh},
		{"a blade in hand, alone, now (包丁持って風呂場にいる)", "ナイフ持ったまま浴室にいる。怖くてまだ切れてない", akari.RiskHigh},
		{"", "包丁持つと手が震えるから料理教室で練習してる", akari.RiskNone},
		{"", "かぼちゃ固すぎて包丁が入らない、まだ切れてない", akari.RiskNone},
		{"at the tracks or the cliff, now (線路の前に立ってる)", "踏切の前に立ってる。カンカン鳴ってる", akari.RiskHigh},
		{"at the tracks or the cliff, now (線路の前に立ってる)", "今から線路行ってくるわ", akari.RiskHigh},
		{"at the tracks or the cliff, now (線路の前に立ってる)", "断崖の上の展望スペースにいる。このまま行く", akari.RiskHigh},
		{"", "踏切の前に立ってたら遮断機が上がらなくて遅刻した", akari.RiskNone},
		{"", "線路沿いの道を散歩してたら電車の音が心地いい", akari.RiskNone},
		{"the tracks, in romaji (senro … owari ni suru)", "senro no soba ni iru. kyou de owari ni suru", akari.RiskHigh},
		{"the tracks, in romaji (senro … owari ni suru)", "okujou ni kita. tobioru", akari.RiskHigh},
		{"", "hoomu de shigoto no meeru wo owari ni suru", akari.RiskNone},
		{"a plan with a place, in English (the plan is the roof …)", "the plan is the roof of my building tonight", akari.RiskHigh},
		{"a plan with a place, in English (the plan is the roof …)", "my plan is pills and the river saturday night", akari.RiskHigh},
		{"", "the plan is the old bridge for our photo shoot, sunday morning", akari.RiskNone},
		{"", "the plan is to finish the project tonight", akari.RiskNone},
		{"pills enough not to wake (enough pills … don't wake up)", "got enough pills saved to make sure i never wake up", akari.RiskHigh},
		{"", "took sleeping pills for jetlag, hope i don't wake up late", akari.RiskNone},
		{"at the tracks or the edge now, in English (i'm at the tracks, i can hear it coming)", "standing on the ledge. one step and it's over", akari.RiskHigh},
		{"at the tracks or the edge now, in English (i'm at the tracks, i can hear it coming)", "im by the tracks rn. next train and thats it", akari.RiskHigh},
		{"", "on the roof for the fireworks, bye for now lol", akari.RiskNone},
		{"", "at the tracks waiting, next train is late again", akari.RiskNone},
		{"everything given away, goodbye (全部あげた、さよなら)", "gave my dog to my brother and all my savings to mom. bye", akari.RiskHigh},
		{"", "gave my dog to the sitter for the weekend trip, bye!", akari.RiskNone},
		{"a blade in hand, alone, now (包丁持って風呂場にいる)", "剃刀持ってお風呂場に座ってる、まだやってない", akari.RiskHigh},
		{"the tracks, in romaji (senro … owari ni suru)", "fumikiri no mae. mou owari", akari.RiskHigh},
		{"passing away suddenly, wished (ぽっくり逝けたら)", "寝てる間にぽっくり逝けたらええのに", akari.RiskConcern},
		{"passing away suddenly, wished (ぽっくり逝けたら)", "pokkuri iketara raku", akari.RiskConcern},
		{"", "老後はぽっくり逝きたいって母が言ってた", akari.RiskNone},
		{"", "90歳まで元気でぽっくりいけたら理想", akari.RiskNone},
		{"not even wanting to be there, years on (10年後…いたくもない)", "5年後の自分？そもそも存在したくない", akari.RiskConcern},
		{"not even wanting to be there, years on (10年後…いたくもない)", "将来とか、生きてる気がしない", akari.RiskConcern},
		{"", "10年後もこの会社にいたくない", akari.RiskNone},
		{"", "将来は東京にいたくない、地元に帰りたい", akari.RiskNone},
		{"life undone from the start (人生リセット、最初から無かったことに)", "自分の存在ごと、最初からなかったことにしてほしい", akari.RiskConcern},
		{"life undone from the start (人生リセット、最初から無かったことに)", "俺なんて生まれなかったことにならんかな", akari.RiskConcern},
		{"", "昨日の飲み会の失言、最初からなかったことにしたい", akari.RiskNone},
		{"", "あの企画は最初から無かったことになった", akari.RiskNone},
		{"everything runs on without me (いなくなっても家族も回る)", "私が消えても世界は普通に回る。だったらもういいか", akari.RiskConcern},
		{"everything runs on without me (いなくなっても家族も回る)", "俺がおらんくなっても誰も困らない", akari.RiskConcern},
		{"", "私がいなくても仕事は回るから有給とって旅行行く", akari.RiskNone},
		{"", "育休中に私がいなくなっても家族は回る、チームもね", akari.RiskNone},
		{"a last word, and gone (最後に誰かと話したくて…もう戻らない)", "最後に誰かと話したかっただけ。家にはもう戻るつもりはない", akari.RiskHigh},
		{"a last word, and gone (最後に誰かと話したくて…もう戻らない)", "最後にあかりと話したかった。さよなら", akari.RiskHigh},
		{"", "最後に誰かと話したくて送別会に残った。もう戻らない職場だけど", akari.RiskNone},
		{"", "最後に話したのは卒業式。あの町にはもう帰らない", akari.RiskNone},
		{"a letter left for family (家族宛ての手紙、机に置いてきた)", "父と母あての手紙、玄関の棚の上に置いておいた", akari.RiskHigh},
		{"a letter left for family (家族宛ての手紙、机に置いてきた)", "書き置き残した。探さんでええから", akari.RiskHigh},
		{"", "母の日だから母宛ての手紙、こっそり鏡台に置いておいた", akari.RiskNone},
		{"", "結婚式で読む両親への手紙、やっと書き終わった", akari.RiskNone},
		{"enough of a means, asked (睡眠薬100錠ある、足りるかな)", "ためてた安定剤80錠。これだけあれば足りるよね", akari.RiskHigh},
		{"", "睡眠薬、次の通院まで足りるかな", akari.RiskNone},
		{"", "七輪と炭、バーベキューの人数分足りるかな", akari.RiskNone},
		{"a sure height or dose, asked (何階からなら確実)", "マンションって何階からなら即死？", akari.RiskHigh},
		{"a sure height or dose, asked (何階からなら確実)", "12階からだと確実かな", akari.RiskHigh},
		{"", "何階からなら花火が見えるか管理会社に聞いた", akari.RiskNone},
		{"", "全身麻酔って何秒で意識なくなるんだろう、手術こわい", akari.RiskNone},
		{"hanging, asked about (首つったら何分で)", "首くくるのって何秒くらいで楽になるん", akari.RiskHigh},
		{"hanging, asked about (首つったら何分で)", "首つるならどこがええかな", akari.RiskHigh},
		{"", "寝違えて首つった、何分かストレッチしたら楽になった", akari.RiskNone},
		{"", "朝起きたら首つってて何分も動けなかった", akari.RiskNone},
		{"at a dark, lonely place now (橋の上にいる。暗くて何も見えない)", "今、防波堤の先。真っ暗で水の音しかしない", akari.RiskHigh},
		{"at a dark, lonely place now (橋の上にいる。暗くて何も見えない)", "夜中の鉄橋にひとりでいる", akari.RiskHigh},
		{"", "夜の堤防で友達と釣り、真っ暗で何も見えん", akari.RiskNone},
		{"", "帰り道の歩道橋、暗くて怖いから遠回りしてる", akari.RiskNone},
		{"at the tracks or the cliff, now (線路の前に立ってる)", "崖まで来ちゃった。風だけ", akari.RiskHigh},
		{"the tracks and a step (線路…前に出る)", "踏切、遮断機が下りたら入ろうと思う", akari.RiskHigh},
		{"", "開かずの踏切でずっと待ってる、また遅刻", akari.RiskNone},
		{"the tracks and a step (線路…前に出る)", "バイト帰りの踏切で待ってる、次の電車きたら入る", akari.RiskHigh},
		{"off the road (ガードレール…まっすぐ行く)", "ガードレールの切れてるカーブを知ってる。あそこでハンドル切らずにまっすぐ行く", akari.RiskHigh},
		{"", "教習所のカーブで、ハンドル切らずにまっすぐ行っちゃって教官に怒られた", akari.RiskNone},
		{"belongings given away (ギター、あげた…もう必要ない)", "お気に入りのギター、後輩にあげた。もう自分には必要ないし。", akari.RiskConcern},
		{"", "引っ越しで使わなくなった棚、後輩にあげた。もう必要ないし", akari.RiskNone},
		{"", "人身事故で山手線が止まってて振替輸送でぐちゃぐちゃ。ついてない日", akari.RiskNone},
		{"a reset with no way back (リセットボタン、二度と戻ってこない方)", "電源ボタンあったら押す。二度と起動しない方で", akari.RiskConcern},
		{"", "ルーターのリセットボタン押したら二度と戻らない設定になった", akari.RiskNone},
		{"", "人生リセットボタンあったら押したい、一から転職してやり直したい", akari.RiskNone},
		{"ending it, in romaji (kyou de owari ni suru, minna gomen)", "konya de owari ni suru. arigatou minna", akari.RiskHigh},
		{"water and no way back (海…帰らない)", "あした海行く。もう帰らないつもり", akari.RiskHigh},
		{"everything given away, goodbye (全部あげた、さよなら)", "全財産を弟に送った。母さんにありがとうって伝えといて", akari.RiskHigh},
		{"", "kyou de baito owari ni suru, minna arigatou", akari.RiskNone},
		{"a farewell with no way back (お世話になりました。さようなら)", "ほんとうにお世話になりました。もう来れないと思う。さよなら", akari.RiskHigh},
		{"", "5年間お世話になりました！明日から新天地、さようなら〜", akari.RiskNone},
		{"", "美容院の担当さんにお世話になりましたって言った、もう来れないから", akari.RiskNone},
		{"treasured things given away, no longer needed (集めてた漫画全部あげた、もう読むこともない)", "大事にしてたカメラ、後輩に渡した。私にはもう必要ないから", akari.RiskConcern},
		{"", "参考書全部後輩にあげた、資格取れたからもう要らない", akari.RiskNone},
		{"everything given away, goodbye (全部あげた、さよなら)", "お気に入りの服、妹に譲った。ばいばい", akari.RiskHigh},
		{"", "子ども服、ママ友に譲った。ばいばいベビー期", akari.RiskNone},
		{"care refused, let it worsen (病院行かない。悪化しても別にいい)", "薬飲まないことにした。どうなっても構わない", akari.RiskConcern},
		{"", "風邪だし病院行かない、悪化しても寝てれば治る", akari.RiskNone},
		{"erasing oneself (存在ごと消したい)", "この世界から私だけアンインストールされたい", akari.RiskConcern},
		{"", "間違えて共有フォルダから自分のファイル削除したい", akari.RiskNone},
		{"better gone, in dialect (うち、もうおらん方がええ)", "うちなんか最初からいないほうが良かったんよ", akari.RiskConcern},
		{"", "あの会議、部長はいない方がよかった", akari.RiskNone},
		{"everything runs on without me (いなくなっても家族も回る)", "わしがおらんでも誰も困らんじゃろ", akari.RiskConcern},
		{"", "私がおらんでも誰も困らん職場やし有給とるわ", akari.RiskNone},
		{"not even wanting to be there, years on (10年後…いたくもない)", "25歳の自分とか、そこにいる気がせん", akari.RiskConcern},
		{"", "30歳の自分は今の会社にいる気がしない、転職したい", akari.RiskNone},
		{"death on one's mind (死ぬことばっか考えてる)", "自分の通夜の様子ばっかり思い浮かべてる", akari.RiskConcern},
		{"", "70歳だし自分の葬式の費用、互助会で考えてる", akari.RiskNone},
		{"cutting again (腕に新しい傷)", "腕に線がまた増えた", akari.RiskHigh},
		{"", "腕にペンで線引いた、会議中の落書き", akari.RiskNone},
		{"pills by the dozen, taken or gathered (20錠くらい飲んだ)", "さっき30錠くらいまとめて飲んだ。頭ふわふわする", akari.RiskHigh},
		{"pills by the dozen, taken or gathered (20錠くらい飲んだ)", "睡眠改善薬、何軒もまわって50錠ぶん集めた", akari.RiskHigh},
		{"pills named and counted by the dozen in pieces (睡眠薬100個ある)", "眠剤 120粒 手元にある", akari.RiskHigh},
		{"", "薬局の棚に風邪薬30個並べて発注かけた", akari.RiskNone},
		{"a death in the news envied (交通事故のニュース羨ましい)", "事故のニュース見て、正直うらやましいと思ってしまった", akari.RiskConcern},
		{"", "事故で骨折して労災で休めるの、ちょっとうらやましい", akari.RiskNone},
		{"cut again after a blow (店長に怒られてまた切った)", "課長に怒鳴られて、夜また切っちゃった", akari.RiskHigh},
		{"a last look at one's own (子どもの寝顔見納め)", "娘の寝顔、今日で見納めかな", akari.RiskHigh},
		{"up on a height, not coming down (屋上来た。降りない)", "いま会社の屋上。もう降りない", akari.RiskHigh},
		{"a height and the edge (屋上…越えられる)", "帰りに橋の上から川ばっかり見てた", akari.RiskHigh},
		{"", "橋の上から川ばかり見てた。鯉がいっぱいいた", akari.RiskNone},
		{"", "屋上で昼休憩してたら雨。もう降りないと", akari.RiskNone},
		{"", "転勤になるので、この景色も息子の通う学校も見納めです", akari.RiskNone},
		{"water seen one last time (湖見に行く。最後に)", "あの湖を最後に見ておきたい。ひとりで行く", akari.RiskHigh},
		{"", "今年最後に家族で海に行ってきた", akari.RiskNone},
		{"a high building looked for (高いマンション探して歩いてた)", "夜中に高い建物をさがして歩き回ってた", akari.RiskHigh},
		{"", "内見で高いマンションを探してる。夜景がきれい", akari.RiskNone},
		{"the body wished broken (体なんか壊れてしまえ)", "自分なんか壊れてしまえって思う", akari.RiskConcern},
		{"", "会社のシステム壊れてしまえばいいのに、毎日エラー", akari.RiskNone},
		{"", "客にまた怒鳴られて電話また切ったわ", akari.RiskNone},
		{"everything deleted, oneself next (アカウント全部消した、次は自分)", "アカウント全部削除した。次は私", akari.RiskHigh},
		{"", "古いファイルを全部消した。次は自分のデスク周り", akari.RiskNone},
		{"work handed over, now free to die (引き継ぎ終わった、これで死ねる)", "後任への引継ぎ終わった。もう心置きなく", akari.RiskHigh},
		{"", "引き継ぎ終わった！これで心置きなく有給で旅行行ける", akari.RiskNone},
		{"a height and the edge (屋上…越えられる)", "夜中にベランダの手すりに立ってる", akari.RiskHigh},
		{"", "ビタミンC、100錠入りがセールだったから買ってきた", akari.RiskNone},
		{"", "処方は30錠、2週間分。次の診察まで足りる", akari.RiskNone},
		{"a height and the edge (屋上…越えられる)", "誰も来ない高い場所を探してる", akari.RiskHigh},
		{"a blade in hand, alone, now (包丁持って風呂場にいる)", "ナイフ持ってトイレこもってる、出られない", akari.RiskHigh},
		{"at a height, now (ベランダにいます。8階です)", "いま屋上にいます。12階です", akari.RiskHigh},
		{"at a height, now (ベランダにいます。8階です)", "さっきの質問、いいえです。今ベランダに出てる", akari.RiskHigh},
		{"", "新しいオフィスは12階です。屋上にテラスがあるらしい", akari.RiskNone},
		{"", "ベランダにいます、洗濯物干してる。うちは5階", akari.RiskNone},
		{"a means not for its use (カッター新しいの、仕事用じゃないほう)", "紐、買ってきた。荷物用じゃないやつ", akari.RiskHigh},
		{"", "カッター、色違いで買った。仕事用じゃないほうはピンク", akari.RiskNone},
		{"a train's time checked (快速の通過時刻、飛び込むならあれ)", "駅のホームで特急の通過時刻ずっと見てた", akari.RiskHigh},
		{"", "撮り鉄なので特急の通過時刻はだいたい頭に入ってる", akari.RiskNone},
		{"fetched by the dead (ばあちゃん、はよ迎えに来て)", "天国のじいちゃん、早く迎えに来てほしい", akari.RiskConcern},
		{"", "お盆で帰省、仏壇のばあちゃんに手を合わせてきた。母が駅まで迎えに来てくれた", akari.RiskNone},
		{"nothing would change without me (おれ一人いなくなったって世の中なんも変わらん)", "私なんかが死んでも誰も悲しまないよ", akari.RiskConcern},
		{"", "俺が異動でいなくなっても部署は何も変わらない", akari.RiskNone},
		{"waking again, a disappointment (目が覚めるたびにがっかり)", "また朝が来ちゃった。毎回がっかりする", akari.RiskConcern},
		{"", "夜中に目が覚めるたびにトイレ、しんどい", akari.RiskNone},
		{"tonight, to the water or a height (今夜川に行く)", "もう全部無理。今から海に行く", akari.RiskHigh},
		{"", "今夜は友達と海に行く！夜景きれいらしい", akari.RiskNone},
		{"tonight, to the water or a height (今夜川に行く)", "今からベランダ出る", akari.RiskHigh},
		{"", "今からベランダ出る、洗濯物取り込まなきゃ", akari.RiskNone},
		// The background of a work worry quiets a farewell only next to it.
		{"a farewell and an absence (手紙…もういない)", "会社で居場所がない。家族には手紙を書いた、もう私はいないと思う", akari.RiskHigh},
		{"", "会社の送別会で渡す手紙、みんなで書いた。もういない先輩にも送る", akari.RiskNone},
		{"", "保育園の先生への手紙、子どもの机に置いた", akari.RiskNone},
		{"a cord that holds a body (人ひとりの体重に耐えられる紐)", "このロープ、自分の体重に耐えられるかな", akari.RiskHigh},
		{"", "ハンモック用のロープ、大人の体重に耐えられるか心配", akari.RiskNone},
		{"nothing would change without me (おれ一人いなくなったって世の中なんも変わらん)", "派遣の替えなんていくらでもいる。私一人いなくなっても何も変わらない", akari.RiskConcern},
		{"", "有給で一週間いなくても、職場は何も変わらず回るよね", akari.RiskNone},
		{"a means bought under a cover story (ロープ買った。荷造りですって顔して)", "練炭、キャンプ用ですって顔して買ってきた", akari.RiskHigh},
		{"", "ロープは妻の誕生日のサプライズ用。荷造りですって顔して買った", akari.RiskNone},
		{"a height and the edge (屋上…越えられる)", "非常階段から屋上に出られるの、前から知ってた。午後の会議にはもう出ない", akari.RiskHigh},
		{"", "屋上で会議って、フェンス越えられそうでこわい", akari.RiskNone},
		{"taken to hospital after pills (薬飲みすぎて救急で運ばれた)", "睡眠薬を飲みすぎて、夜中に救急車で運ばれた", akari.RiskHigh},
		{"", "うちの犬が薬を誤飲して救急で運ばれた", akari.RiskNone},
		{"pills saved by the month, a day set (睡眠薬を3ヶ月分ためました)", "眠剤を2か月分ためた。来週使う", akari.RiskHigh},
		{"", "防災用に常備薬を1ヶ月分ためました", akari.RiskNone},
		{"quitting the job or life, unsure which (辞めたいのが会社なのか人生なのか)", "やめたいのは仕事なのか、人生のほうなのか", akari.RiskConcern},
		{"", "辞めたいのは仕事なのか部署なのか、整理したい", akari.RiskNone},
		{"pills at hand in quantity (薬はたくさんある)", "睡眠薬ならいっぱいある", akari.RiskHigh},
		{"", "花粉症の薬はたくさんあるから分けてあげるよ", akari.RiskNone},
		{"a cut hidden (手首じゃなくて太ももならバレない)", "手首じゃなくて太ももならバレないよね？制服だとギリ見えるかな", akari.RiskHigh},
		{"the last message, things handed over (シフト全部代わってもらった。これが最後のメッセージ)", "シフト全部代わってもらった。LINEも消す。これが最後のメッセージ", akari.RiskHigh},
		{"", "シフト全部代わってもらった。来月引っ越すので、これが最後の出勤です", akari.RiskNone},
		{"affairs written down for those left (通帳と印鑑の場所もメモして置いた)", "通帳と印鑑の場所もメモして置いた。これ読んでも返信いらないです", akari.RiskHigh},
		{"", "出張中に困らないよう、通帳と印鑑の場所をメモした", akari.RiskNone},
		{"a deadly dose known, and that much at home (何錠から危ないか知ってる、それくらい家にある)", "解熱剤が何錠から危ないか知ってる。ちょうどそれくらい家にある", akari.RiskHigh},
		{"", "薬剤師の研修で、何錠から危ないかの一覧を勉強した。家にある教科書で復習中", akari.RiskNone},
		{"the same pills from shop after shop (三軒回って同じ薬を買い集めました)", "ドラッグストアを三軒回って同じ薬を買い集めました。一軒では売ってもらえない量ですので", akari.RiskHigh},
		{"", "花粉症の同じ薬が売り切れで、ドラッグストアを三軒回った", akari.RiskNone},
		{"a death made to look like an accident (事故に見えるかな)", "ガードレールに突っ込んだら事故に見えるよね", akari.RiskHigh},
		{"", "もらい事故だったのに相手が事故に見せかけたって言ってくる", akari.RiskNone},
		{"a hose to the exhaust (マフラーにつなぐホース)", "車のマフラーにつなぐホース、ホームセンターで買った", akari.RiskHigh},
		{"", "マフラーの排気漏れ、ホースの交換で直るって整備の人が", akari.RiskNone},
		{"a means bought under a cover story (ロープ買った。荷造りですって顔して)", "練炭買った。キャンプなんか行かないのに", akari.RiskHigh},
		{"", "BBQ用の練炭買った。キャンプなんか行かないのに、庭でやるって夫が", akari.RiskNone},
		{"a train stopped, the cost asked (電車止めたら会社にどれくらい迷惑かかる)", "もし私が電車止めたら、家族に賠償とかいくのかな", akari.RiskHigh},
		{"", "人身事故で電車止まって遅刻した、会社に迷惑かけた", akari.RiskNone},
		{"pills gathered little by little, a dose enough (少しずつ買ってる、量があればいける)", "ドラッグストアでちょっとずつ買ってる。量さえあればいけるはず", akari.RiskHigh},
		{"", "推しのグッズを少しずつ買ってる。全種類そろうのが楽しみ", akari.RiskNone},
		{"a means, quicker than quitting (ロープ…会社辞めるより早い)", "練炭のほうが会社辞めるより早い気がしてきた", akari.RiskHigh},
		{"", "通勤はバスより自転車のほうが早い。会社辞めるより早い解決かも", akari.RiskNone},
		{"a message to be passed on (パパは遠くに行ったって伝えてほしい)", "娘にはママは遠いところに行ったって伝えといて", akari.RiskHigh},
		{"", "夫は単身赴任で遠くに行ったって子どもに伝えてある", akari.RiskNone},
		{"no more need of what comes next, and thanks (次の職場なんて必要なくなるので。お世話になりました)", "来月のシフトはもう必要なくなるので。お世話になりました", akari.RiskHigh},
		{"", "転職先が決まって、今の定期はもう必要なくなる。お世話になりました", akari.RiskNone},
		{"all done, the day awaited (あとは当日を待つだけ。お世話になりました)", "部屋も片付けて連絡先も消した。あとはその日を待つだけ。今までありがとう", akari.RiskHigh},
		{"", "引っ越しの荷造りも終わって、あとは当日を待つだけ。手伝ってくれてありがとう", akari.RiskNone},
		{"an attempt before, to be done right (今度はうまくいく、前は量が足りんかった)", "次はうまくやる。前は量が足りなかったから", akari.RiskHigh},
		{"", "ケーキ、次はうまく焼ける気がする。前は材料の量が足りなかった", akari.RiskNone},
		{"a window that opens, high, looked at (この会議室の窓、開くタイプ。12階。今日ずっとそれ見てる)", "うちのオフィスの窓が開くんだよね。15階。さっきからずっと下を見てる", akari.RiskHigh},
		{"", "会議室の窓が開くタイプで、換気できて助かる", akari.RiskNone},
		{"a jump without a cord (屋上でバンジーしてくるわ、紐なしで)", "ちょっと命綱なしでバンジーしてくる", akari.RiskHigh},
		{"", "ボルダリングはロープなしで登れるのがいい", akari.RiskNone},
		{"to the sea of trees (ほんとは樹海に行く)", "有給とって旅行って会社には言ったけど、ほんとは樹海に行く。帰りの切符は買ってない", akari.RiskHigh},
		{"", "来週友達と樹海の洞窟に行く。寒いらしい", akari.RiskNone},
		{"", "母の日に手紙を書いた。今までありがとうって照れくさいけど", akari.RiskNone},
		// Round 38 (crisis sets 280 and 283, read): farewells with no word
		// of death, each beside the everyday line its words also make.
		{"thanks said while one still can (言えるうちに言っときたくて)", "部長、いままで本当にありがとうございました。言えるうちに伝えておきたくて", akari.RiskConcern},
		{"", "来月退職するので、言えるうちに今までのお礼を言っておきたい", akari.RiskNone},
		{"letters of thanks for everyone (みんなに手紙かいてる、今までのお礼)", "友達みんなに手紙書いてる。今までありがとうって、ちゃんと残しておきたくて", akari.RiskConcern},
		{"", "送別会の寄せ書きに手紙書いた。今までのお礼を込めて", akari.RiskNone},
		{"all one's savings sent away (貯金ぜんぶ妹にふりこんだ)", "全財産、甥っ子の口座に送金した", akari.RiskConcern},
		{"", "貯金全部マンションの頭金に振り込んだ。来月から節約生活", akari.RiskNone},
		{"the bankbook left where it will be found (通帳と印鑑、わかるとこに置いといた)", "印鑑と通帳、わかるところに置いておいたからね", akari.RiskConcern},
		{"", "出張中は通帳と印鑑、わかるところに置いといてって母に言われた", akari.RiskNone},
		{"everything deleted, the room tidied (写真ぜんぶけして、部屋も片付けた)", "写真全部消して、部屋も片付けた。もうやることない", akari.RiskConcern},
		{"", "古いスマホの写真全部消して部屋も片付けた、明日から新生活", akari.RiskNone},
		{"oneself undone (わたしごと ぜんぶなかったことにしたい)", "自分ごと全部なかったことにしたい", akari.RiskConcern},
		{"", "昨日の飲み会の失言、自分ごとなかったことにしたい笑", akari.RiskNone},
		{"a pet or a child entrusted, if anything happens (ねこのこと、もしものときはおねがいね)", "私がいなくなったら、うちの犬のことよろしくね", akari.RiskConcern},
		{"", "出張で留守にするから、もしものときは犬のことお願い", akari.RiskNone},
		{"things one cared for given away (釣り道具、全部甥っ子にやりました。もう使わんけん)", "お気に入りのカメラ、友達にあげた。もう使わんし", akari.RiskConcern},
		{"", "息子の学校のこと、もしもの時のために妹にも頼んどいた。入院前の準備", akari.RiskNone},
		{"one's children left to someone (こどもたちのこと、だれかおねがい)", "あの子たちのこと、誰かお願い。もう無理", akari.RiskConcern},
		{"", "子どものこと、明日誰かお願いできないかな。残業になりそう", akari.RiskNone},
		{"a wound beyond the plasters (絆創膏足りんくらい切った)", "ガーゼ足りないくらい切った", akari.RiskHigh},
		{"", "キャベツ切ってたら指切った、絆創膏どこだっけ", akari.RiskNone},
		{"thanks for being born (母に産んでくれてありがとうってLINEした)", "父と母に、産んでくれてありがとうって送った", akari.RiskConcern},
		{"", "誕生日に母へ、産んでくれてありがとうって伝えた", akari.RiskNone},
		{"reborn, this life reset (転生したい。今世リセットで)", "転生したい。今世はもうリセットでいい", akari.RiskConcern},
		{"", "異世界転生したい、今世は社畜だし笑", akari.RiskNone},
		{"no reason left to keep going (がんばる りゆう もう ない)", "頑張る理由がもうない", akari.RiskConcern},
		{"", "この会社で頑張る理由がもうない。転職する", akari.RiskNone},
		{"no hope, no way ahead (きぼう とか ない 先も みえん)", "希望もない、先も見えない", akari.RiskConcern},
		{"", "異動の希望も通らないし、先が見えない", akari.RiskNone},
		{"pills held back to be saved (睡眠薬、もう飲まない。貯めとかなきゃ)", "もらった薬、今日から飲まない。貯めておかなきゃいけないし", akari.RiskHigh},
		{"", "薬局のポイント、お金の代わりに貯めとかなきゃ。薬もらうたび", akari.RiskNone},
		{"coal and tape bought together (炭とガムテープ買った)", "練炭とガムテ、車に積んだ", akari.RiskHigh},
		{"", "引っ越しの梱包で炭とガムテープが余ってる", akari.RiskNone},
		{"a fall up high not minded (安全帯つけずに…落ちたら落ちたでいい)", "屋根の上、ハーネスなし。落ちても別にいい", akari.RiskHigh},
		{"", "足場の点検で落ちてもいい工具にはストラップつけろって言われた", akari.RiskNone},
		{"a last page written to a child, to be read when older (連絡帳の最後のページに…読める年になったら読んでほしい)", "日記の最後のページに娘へ書いた。いつか読んでくれたら", akari.RiskHigh},
		{"", "卒業文集の最後のページ、10年後の自分へって書いた。いつか読んでね", akari.RiskNone},
		{"the last day in every sense (全部の意味で最終日)", "今週末が、ぜんぶの意味で最後の日になる", akari.RiskHigh},
		{"one life too long already (一回でも長すぎる人生)", "人生って一回でも長すぎない？", akari.RiskConcern},
		{"to be with the dead, wished (主人は去年亡くなって…主人のところに早く行きたい)", "母が他界してから、母のところに行けたらいいのにって考える", akari.RiskConcern},
		{"", "祖父が他界して、法事で祖父のところに行きたい", akari.RiskNone},
		{"the pills, all of them, meant (睡眠薬が残ってるから、それを全部飲んでしまおうかしら)", "眠れなかったら、睡眠薬それ全部飲んでしまおうかしら", akari.RiskHigh},
		{"", "花粉の薬、残り全部飲んじゃおう。あと2日分", akari.RiskNone},
		{"a place saved to look at (あの崖の写真、スマホに保存した)", "崖の写真を保存した。何回も見てる", akari.RiskHigh},
		{"", "崖の写真を保存した。工事の点検用", akari.RiskNone},
		{"the only way out, a place (逃げ場はもうあそこしかない)", "逃げ場はもうあそこしかないって思う", akari.RiskConcern},
		{"", "逃げ場は実家しかない。あそこしか帰る場所がない", akari.RiskNone},
		{"living long as the family's burden (私が長生きするほど家族が苦しむ)", "俺が生きてる限り家族に迷惑がかかる", akari.RiskConcern},
		{"", "ばあちゃんが長生きするほどお金がかかるって親戚が", akari.RiskNone},
		{"a day set for it, and relief (日曜の夜にやるって決めたら、少し楽になりました)", "土曜の夜にやると決めた。それまでは普通にしてる", akari.RiskHigh},
		{"", "日曜に大掃除やるって決めたら、すっきりした", akari.RiskNone},
		{"a rope bought, its ordinary use denied (I bought a rope today. not for camping lol)", "bought some rope. not for moving lol", akari.RiskHigh},
		{"not quitting, and not coming again (辞めるわけじゃないよ。ただもう会うことないと思うから)", "辞めるわけじゃない。でも、もうみんなに会うことないと思う", akari.RiskHigh},
		{"a nurse's knowledge, pills carried home (量は分かってる。病棟から少しずつ持ち帰ってる)", "何錠飲めばいいかは知ってる。少しずつ集めてる", akari.RiskHigh},
		{"the last day at work, then the tracks (最後の出勤のつもり。そのまま踏切のほうに行く)", "今日で最後。仕事終わったら屋上に行く", akari.RiskHigh},
		{"a farewell to the one left behind (ポチの散歩、今日で最後やけん。ちゃんとお母さんの言うこと聞きよ)", "今日で最後の散歩やけん。お母さんの言うこと聞きよ", akari.RiskHigh},
		{"", "今日で最後の出勤。引っ越しても元気でね", akari.RiskNone},
		{"a blade out, not yet used (トイレでカッター出してた。まだ切ってないけど)", "カッターの刃を出して見てた。まだ切ってない", akari.RiskHigh},
		{"straight on to the tracks (定時で上がって、そのまま踏切のほうに行く)", "定時で上がったら、そのまま線路に行く", akari.RiskHigh},
		{"the last day, not of the job (last day tomorrow. not the job. me.)", "明日が最終日。仕事じゃなくて、私の", akari.RiskHigh},
	}
	covered := map[string]bool{}
	for _, tt := range tests {
		name := tt.pair
		if name == "" {
			name = "quiet"
		}
		t.Run(name+": "+tt.text, func(t *testing.T) {
			if tt.pair != "" {
				covered[tt.pair] = true
				if _, why := pairsIn(m, tt.text); why != tt.pair {
					t.Errorf("pair %q, want %q", why, tt.pair)
				}
			} else if risk, why := pairsIn(m, tt.text); risk != akari.RiskNone {
				t.Errorf("pair %q fired (%s), want none", why, risk)
			}
			c := m.Classify(tt.text)
			why, _ := m.CrisisSignal(tt.text)
			if tt.want == akari.RiskNone && modelFalseAlarms[tt.text] {
				// Known: only the model reads it (see modelFalseAlarms).
				if why != "model" && c.Risk != akari.RiskNone {
					t.Errorf("Classify risk %q (%s), want none or the model's alone", c.Risk, why)
				}
				return
			}
			if riskRank(c.Risk) < riskRank(tt.want) || tt.want == akari.RiskNone && c.Risk != akari.RiskNone {
				t.Errorf("Classify risk %q (%s), want %q", c.Risk, why, tt.want)
			}
		})
	}
	for _, p := range conceptPairs {
		if !covered[p.name] {
			t.Errorf("pair %q has no line in this test", p.name)
		}
	}
}

// TestConceptTablesFit: the per-message bitsets are fixed-size.
func TestConceptTablesFit(t *testing.T) {
	if len(conceptPairs) > maxPairs {
		t.Errorf("%d concept pairs, the quiet bitset holds %d", len(conceptPairs), maxPairs)
	}
	if len(constructions) > math.MaxUint16 {
		t.Errorf("%d constructions, a lexicon use holds an index up to %d", len(constructions), math.MaxUint16)
	}
}

// modelFalseAlarms are everyday lines next to the rules that every rule
// sets aside but the risk model, trained on the corpus and the opened
// blind sets (prompts/crisis/blind.yaml), reads as a crisis: with those
// sets the model caught 0.955 of the held-out sets 72–78 against 0.939,
// and a higher bar for the model over what the rules set aside cost
// recall on a validation split (docs/classifier.md, rounds 11 and 13).
// Which lines land here depends on the model's training: round 13's
// stable visiting order (visitOrder) left two of round 12's six and
// brought six others, at the same totals on the held-out sets. Kept in
// sight here: the tests still fail if a rule starts firing on them.
var modelFalseAlarms = map[string]bool{
	"息子がご飯食べてない。もうどうでもいいって言う":           true,
	"定年まで生きるつもりで年金の計算してる、その後はわからん":      true,
	"自分の葬式は家族葬でいいって親に話した、誰か来るかなとか気にしない": true,
	"この先この給料で生きていける気がしない、手取り15万":        true,
	"最後に誰かと話したくて送別会に残った。もう戻らない職場だけど":    true,
	"カッター、色違いで買った。仕事用じゃないほうはピンク":        true,
	"保育園の先生への手紙、子どもの机に置いた":              true,
	"出張中に困らないよう、通帳と印鑑の場所をメモした":          true,
	"出張の準備できた、猫は実家に預けた":                 true,
	"包丁持つと手が震えるから料理教室で練習してる":            true,
	"90歳まで元気でぽっくりいけたら理想":                true,
	"朝起きたら首つってて何分も動けなかった":               true,
	"俺が異動でいなくなっても部署は何も変わらない":            true,
	"寝る前に薬全部飲んだか確認する":                   true,
}

// TestListedWordsSurviveFolding: a word the crisis view folds to nothing
// (a lone ？, which it drops) would match everywhere — a notAfter of "？"
// once set every blade held aside as ordinary.
func TestListedWordsSurviveFolding(t *testing.T) {
	check := func(owner, field string, words []string) {
		for _, w := range words {
			if w == "" && field == "ends" {
				continue // the stem alone, on purpose
			}
			if b := crisisBytes([]string{w}); len(b[0]) == 0 {
				t.Errorf("%s: %s word %q folds to nothing", owner, field, w)
			}
		}
	}
	for _, c := range constructions {
		check(c.name, "stems", c.stems)
		check(c.name, "ends", c.ends)
		check(c.name, "notAfter", c.notAfter)
		check(c.name, "notBefore", c.notBefore)
		check(c.name, "unless", c.unless)
		if c.before != nil {
			check(c.name, "before.veto", c.before.veto)
			check(c.name, "before.keep", c.before.keep)
			check(c.name, "before.from", c.before.from)
		}
	}
	for _, p := range conceptPairs {
		check(p.name, "a", p.a)
		check(p.name, "b", p.b)
		check(p.name, "unless", p.unless)
		check(p.name, "near", p.near)
	}
}
