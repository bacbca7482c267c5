package advice_test

import (
	"strings"
	"testing"

	"github.com/akari-career/akari/internal/advice"
	"github.com/akari-career/akari/internal/akari"
)

// A bare follow-up names no subject: it is answered from the note Akari
// gave just before, by the line that note keeps for what is asked — or,
// when it points back at what the person said, by the note their last
// message named.
func TestFollowUpsAreAnsweredFromTheNoteOnTheTable(t *testing.T) {
	o := advice.NewOffline(advice.Fixed(library(t)))
	type turn struct {
		say  string
		cat  akari.Category
		ask  akari.Ask
		want []string // each must be in the reply
		not  string   // must not be
	}
	tests := []struct {
		name  string
		turns []turn
	}{
		{"an injury at work: 労災, then until when, then where", []turn{
			{say: "倉庫で荷物を運んでいて腰を痛めてしまいました", cat: akari.Other, want: []string{"労災"}},
			{say: "これって労災になるんでしょうか？", cat: akari.Other, want: []string{"労働基準監督署"}},
			{say: "それっていつまでに申請すればいい？", cat: akari.Other, want: []string{"2年"}},
			{say: "どこに出すの？", cat: akari.Other, want: []string{"労働基準監督署"}},
		}},
		{"the two weeks to quit, then the letter refused: how, of that note", []turn{
			{say: "正社員で期間の定めはないんですが、後任が決まるまで辞められないって本当ですか？", cat: akari.Resignation, want: []string{"2週間"}},
			{say: "もし退職届を受け取ってもらえなかったらどうしたらいいですか", cat: akari.Resignation, ask: akari.AskWhatFirst, want: []string{"内容証明"}},
		}},
		// Round 44: a question of notice after a dismissal told is the
		// company's notice, not the two weeks to quit.
		{"how many days before, after a dismissal told", []turn{
			{say: "会社から3月31日付で解雇するって言われました。今日は3月10日です", cat: akari.Other, want: []string{"30日前"}},
			{say: "何日前に言わないといけないんですか？", cat: akari.Other, want: []string{"30日前"}, not: "2週間"},
			{say: "平均賃金は1日1万円くらいです。いくらもらえますか？", cat: akari.Other, want: []string{"90,000円"}, not: "2週間"},
		}},
		{"how many days before, after a dismissal, of one's own letter", []turn{
			{say: "会社から3月31日付で解雇するって言われました。今日は3月10日です", cat: akari.Other, want: []string{"30日前"}},
			{say: "それなら自分から退職届を出したいけど、何日前に出せばいい？", cat: akari.Resignation, want: []string{"2週間"}},
		}},
		// Round 44 (general set 162).
		{"the leave on the table, pointed at mid-sentence", []turn{
			{say: "フルタイムの事務で、有給が今日付与されました。何日もらえるはず？", cat: akari.Salary, want: []string{"日"}},
			{say: "辞める前にそれ全部使いたいんだけど、繁忙期だから無理って言われたら諦めるしかない？", cat: akari.Resignation, want: []string{"時季変更権"}},
		}},
		{"a boss's words quoted: the note on them, not the how-to of the steps", []turn{
			{say: "正社員で事務やってます。辞めたいです", cat: akari.Resignation},
			{say: "上司に「引き継ぎ終わるまで辞めさせない」って言われたらどうしたらいい？", cat: akari.Resignation, ask: akari.AskWhatFirst, want: []string{"内容証明"}},
		}},
		{"a one-off call for leavers against a standing scheme, then the wait", []turn{
			{say: "今回だけ臨時で希望退職を募集してます。応募したら失業保険は自己都合扱い？", cat: akari.Resignation, want: []string{"特定受給資格者"}},
			{say: "そっちだと、お金が出るまでどのくらい待つことになりますか？", cat: akari.Other, want: []string{"1か月"}},
		}},
		{"a deduction told in passing, casually, is asked about", []turn{
			{say: "アパレルでバイトしてるんだけど、毎シーズン店の服を買わされてる", cat: akari.Salary},
			{say: "しかも給料から勝手に天引きされてる分もあるんだけど…", cat: akari.Salary, want: []string{"労使協定"}},
		}},
		{"the walls of 扶養, one after another, none quoted twice", []turn{
			{say: "パートを増やしたいけど扶養のことがよくわからなくて", cat: akari.Salary, want: []string{"130万円"}},
			{say: "130万の壁と106万の壁って何がちがうんですか？", cat: akari.Salary, want: []string{"勤め先の社会保険"}},
			{say: "うちは大手チェーンなんですけど、週20時間こえたらどうなるんでしょう", cat: akari.Salary, want: []string{"51人"}},
		}},
		{"the things to do this week, gathered from what was said", []turn{
			{say: "副業を始めたいんですが、会社にバレたらまずいですか？", cat: akari.CareerChange, want: []string{"就業規則"}},
			{say: "今週やることを3つにまとめてもらえますか", cat: akari.CareerChange, ask: akari.AskPlan, want: []string{"①", "②", "③", "就業規則"}},
		}},
		{"pay talks in a job change: at which stage", []turn{
			{say: "転職するときの年収交渉ってどうやればいい？", cat: akari.CareerChange, want: []string{"根拠"}},
			{say: "それって面接のどの段階で言うのがいいですか？", cat: akari.CareerChange, want: []string{"内定"}},
		}},
		{"no break at work: is it paid", []turn{
			{say: "休憩って何分もらえるのが普通なの？", cat: akari.Salary, want: []string{"45分"}},
			{say: "それがない日って、その分お金もらえたりする？", cat: akari.Salary, want: []string{"労働時間"}},
		}},
		{"shorter hours, and after them", []turn{
			{say: "育休から復帰して、時短で働いています", cat: akari.ParentingBalance},
			{say: "時短って、いつまで使えるものなんでしょうか", cat: akari.ParentingBalance, want: []string{"3歳"}},
			{say: "それが終わったら、フルタイムに戻るしかないんですか？", cat: akari.ParentingBalance, want: []string{"残業（所定外労働）の免除"}},
		}},
		{"does everyone find meaning, then how to find one's own", []turn{
			{say: "毎月ノルマに追われて、何のために働いてるのか分からなくなってきた", cat: akari.WorkMeaning},
			{say: "みんな仕事にやりがいってあるもんなの？", cat: akari.WorkMeaning, want: []string{"働く理由は人それぞれ"}},
			{say: "じゃあ自分の場合はどうやって見つければいいの？", cat: akari.WorkMeaning, ask: akari.AskHowTo, want: []string{"振り返って"}, not: "伝え方の一例"},
		}},
		{"a father's leave named a message apart: the facet holds, and the note answers when and the money", []turn{
			{say: "来年の春に子どもが生まれる予定で、育休を取りたいです", cat: akari.ParentingBalance},
			{say: "男性でも取れますか？会社に前例がないんですが", cat: akari.ParentingBalance, want: []string{"前例"}},
			{say: "いつまでに申し出ればいいですか", cat: akari.ParentingBalance, want: []string{"1か月前"}},
			{say: "休んでる間のお金はどうなる？", cat: akari.ParentingBalance, want: []string{"育児休業給付金"}},
			{say: "チームのリーダーにはどう伝えるのがいいかな", cat: akari.ParentingBalance, ask: akari.AskHowTo, want: []string{"育休を取りたいと考えています"}, not: "ブランク"},
		}},
		{"paid leave refused: the rule, and the days not used", []turn{
			{say: "有給って何日もらえるものなんですか？勤続3年半です", cat: akari.Salary, want: []string{"14日"}},
			{say: "師長に言ったら忙しいからダメって。断られることってあるの？", cat: akari.Salary, want: []string{"時季変更権"}},
			{say: "それ、使わなかった分はどうなるの？", cat: akari.Salary, want: []string{"2年"}},
		}},
		{"when to tell of quitting is the rule, not the wording", []turn{
			{say: "コールセンターで正社員として勤務しております。退職を考えております。", cat: akari.Resignation},
			{say: "退職の意思は何日前までに伝えればよいのでしょうか。", cat: akari.Resignation, want: []string{"2週間"}, not: "お時間をいただけますか"},
			{say: "上司に送る、退職の相談をしたいという旨のメールの例文をいただけますか。", cat: akari.Resignation, ask: akari.AskHowTo, want: []string{"件名"}},
		}},
		{"the real reason for leaving, in an interview", []turn{
			{say: "面接で退職理由聞かれたらどう答えればいい？", cat: akari.CareerChange, ask: akari.AskHowTo},
			{say: "本当の理由は人間関係なんだけど、それは言わない方がいい？", cat: akari.CareerChange, want: []string{"悪口に聞こえない"}},
		}},
		{"practice after hours: paid or not", []turn{
			{say: "美容師やってるけど給料低すぎる", cat: akari.Salary},
			{say: "営業後の練習時間って給料出ないの？", cat: akari.Salary, want: []string{"労働時間"}},
		}},
		{"pointed back at in Kansai speech, asked since when: the note's own date", []turn{
			{say: "トラックの運転手やってんねんけど、2024年問題ってうちらに何か関係あるん？", cat: akari.Salary, want: []string{"960時間"}},
			{say: "残業減ったら給料も減るやんか。それどないしたらええの", cat: akari.Salary},
			{say: "さっき言うてた上限って、いつから始まってんの？", cat: akari.Salary, want: []string{"2024年4月から"}},
		}},
		{"night shifts off for a child, refused", []turn{
			{say: "シングルで子どもが4歳。夜勤を免除してもらうことってできる？", cat: akari.ParentingBalance},
			{say: "それって会社に断られたらどうなるの？", cat: akari.ParentingBalance, want: []string{"正常な運営"}},
		}},
		{"その際 points back, and what kind is answered by the sentence that lists it", []turn{
			{say: "残業代を請求するとしたら、どのくらい前まで遡れますか。", cat: akari.Salary, want: []string{"3年"}},
			{say: "その際、どのような記録を残しておけばよいでしょうか。", cat: akari.Salary, want: []string{"タイムカード"}},
		}},
		{"health insurance after quitting: when, then where", []turn{
			{say: "辞めたあと、健康保険ってどうなるの？", cat: akari.Resignation, want: []string{"任意継続"}},
			{say: "いつまでに手続きすればいい？", cat: akari.Resignation, want: []string{"14日以内", "20日以内"}},
			{say: "それってどこでするの？", cat: akari.Resignation, want: []string{"市区町村"}},
		}},
		{"unpaid overtime: pointed back at, then when, how much, where", []turn{
			{say: "毎月30時間は残業してるのに、残業代が一円も出ていません", cat: akari.Salary},
			{say: "これって違法じゃないんですか？", cat: akari.Salary, want: []string{"違法", "37条"}},
			{say: "請求するとしたら、いつまでに？", cat: akari.Salary, want: []string{"3年"}},
			{say: "いくらくらいになるの？", cat: akari.Salary, want: []string{"1.25"}},
			{say: "相談するならどこがいい？", cat: akari.Salary, want: []string{"労働基準監督署"}},
		}},
		{"nursing-care leave: the money asked about is that leave's", []turn{
			{say: "介護でまとまって休むってできるの？", cat: akari.Other, want: []string{"介護休業"}},
			{say: "休んでる間のお金ってどうなる？", cat: akari.Other, want: []string{"介護休業給付金"}, not: "傷病手当金"},
		}},
		{"sick leave in kana: the money, how much, until when", []turn{
			{say: "朝おきれなくてしごといけない。休職ってできる？", cat: akari.WorkplaceRelationships, want: []string{"診断書"}},
			{say: "なにがいるの？", cat: akari.WorkplaceRelationships, want: []string{"診断書"}},
			{say: "やすんでるあいだお金でる？", cat: akari.WorkplaceRelationships, want: []string{"傷病手当金"}},
			{say: "いくら？", cat: akari.WorkplaceRelationships, want: []string{"3分の2"}},
			{say: "いつまで？", cat: akari.WorkplaceRelationships, want: []string{"1年6か月"}},
			{say: "だれに言えばいい？", cat: akari.WorkplaceRelationships, want: []string{"人事"}},
		}},
		{"a bare question about what the person's message before named", []turn{
			{say: "副業ってバレずにできる？", cat: akari.Salary, want: []string{"住民税"}},
			{say: "いくらから申告いるの？", cat: akari.Salary, want: []string{"20万円"}},
		}},
		{"the worry's own how-to note keeps a line too", []turn{
			{say: "会社を辞めたい", cat: akari.Resignation},
			{say: "上司にどう切り出せばいい？", cat: akari.Resignation, ask: akari.AskHowTo, want: []string{"お時間をいただけますか"}},
			{say: "いつ切り出すのがいい？", cat: akari.Resignation, want: []string{"繁忙期"}},
		}},
		{"a note named again, after something else: its line for the question", []turn{
			{say: "傷病手当ってなに？", cat: akari.Resignation, want: []string{"傷病手当金"}},
			{say: "上司にどう切り出せばいい？", cat: akari.Resignation, ask: akari.AskHowTo},
			{say: "さっきの傷病手当って、いつまでもらえるの？", cat: akari.Resignation, want: []string{"1年6か月"}, not: "繁忙期"},
		}},
		{"a note pointed back at: the sentence that answers, quoted", []turn{
			{say: "扶養って何万円までだっけ？", cat: akari.ParentingBalance, want: []string{"130万円"}},
			{say: "さっきの130万って社会保険のほう？", cat: akari.Salary, want: []string{"「大きいのは社会保険で、年収130万円を超えると"}},
		}},
		{"a note pointed back at by its own words, not its keywords", []turn{
			{say: "転職したら有給ってリセットされちゃう？", cat: akari.RemoteWorkEnvy, want: []string{"数え直し"}},
			{say: "さっきの6ヶ月って試用期間も入るの？", cat: akari.RemoteWorkEnvy, want: []string{"「", "試用期間もこの6か月に含まれます"}},
		}},
		{"a question put as a worry (…ならないか心配) is answered by its note", []turn{
			{say: "来週転職の面接あるんだけど退職理由どう答えればいい？", cat: akari.CareerChange, ask: akari.AskHowTo, want: []string{"前向きな言い方"}},
			{say: "前の会社の悪口っぽくならないか心配", cat: akari.CareerChange, want: []string{"「事実」と「これから」"}},
		}},
		{"asked again by the note's own words: the sentence that answers", []turn{
			{say: "持病で月に一度通院が必要なのですが、転職の面接で伝えるべきでしょうか", cat: akari.CareerChange, want: []string{"言う義務はありません"}},
			{say: "伝えたら不利になりませんか？", cat: akari.CareerChange, want: []string{"「病名より働き方の見通しを話すほうが、不利になりにくいです」"}},
		}},
		{"pointed back at: the word named last weighs more", []turn{
			{say: "店長の経験ってほかの業界でも役に立ちますか？", cat: akari.CareerChange, want: []string{"業界が変わっても"}},
			{say: "さっきの店長の経験、職務経歴書にはどう書けばいいですか", cat: akari.CareerChange, want: []string{"「職務経歴書には『スタッフ15名"}},
		}},
		{"pointed back at, but naming a note not given more closely", []turn{
			{say: "時短勤務って子どもが何歳まで使えるの？", cat: akari.ParentingBalance, want: []string{"3歳"}},
			{say: "さっきの時短って、給料はどれくらい減るの？", cat: akari.ParentingBalance, want: []string{"育児時短就業給付"}},
		}},
		{"a question of the law is answered by the rule, not the scene's wording", []turn{
			{say: "有給申請したら忙しいからダメって言われた", cat: akari.Salary},
			{say: "有給って断られたら違法じゃないの？", cat: akari.Salary, want: []string{"時季変更権"}},
		}},
		{"そういえば points back at nothing", []turn{
			{say: "時短勤務って子どもが何歳まで使えるんですか？", cat: akari.ParentingBalance, want: []string{"3歳"}},
			{say: "そういえば時短だとお給料下がりますよね？", cat: akari.ParentingBalance, want: []string{"減る"}, not: "「3歳"},
		}},
		{"a question with its own subject is no follow-up", []turn{
			{say: "36協定ってなに？", cat: akari.Salary, want: []string{"36"}},
			{say: "残業代は出てるけど、深夜の分とかちゃんと計算されてるか不安。どうやって確認する？", cat: akari.Salary, not: "36協定を見せてください"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := &akari.State{}
			for _, tn := range tt.turns {
				st.AddTurn(akari.Turn{Role: akari.RoleUser, Text: tn.say, Category: tn.cat})
				a := ask(t, o, tn.say, tn.cat, st, tn.ask, false)
				reply := strings.Join(a.Texts, "\n")
				for _, w := range tn.want {
					if !strings.Contains(reply, w) {
						t.Errorf("%q: reply lacks %q:\n%s", tn.say, w, reply)
					}
				}
				if tn.not != "" && strings.Contains(reply, tn.not) {
					t.Errorf("%q: reply holds %q:\n%s", tn.say, tn.not, reply)
				}
				st.AddTurn(akari.Turn{Role: akari.RoleAkari, Text: reply, Category: tn.cat})
				if st.Guided == nil {
					st.Guided = map[akari.Category]int{}
				}
				st.Guided[tn.cat]++
				st.Category = tn.cat
			}
		})
	}
}
