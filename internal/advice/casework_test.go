package advice_test

import (
	"strings"
	"testing"
	"time"

	"github.com/akari-career/akari/internal/advice"
	"github.com/akari-career/akari/internal/akari"
)

// The figure a labour rule gives the person's own case is worked out and
// said when they tell it — not the rule's table quoted back (round 40,
// general sets 145 and 147).
func TestCaseworkGivesThePersonsFigure(t *testing.T) {
	o := advice.NewOffline(advice.Fixed(library(t)))
	tests := []struct {
		name string
		cat  akari.Category
		says []string
		want []string // in the reply to each message ("": anything)
	}{
		{"overtime on a monthly wage, its scheduled hours told, then asked again", akari.Salary,
			[]string{"月給22万円で所定労働時間は月176時間です。残業が20時間あったら残業代はいくらくらい？", "ありがとうございます", "さっきの20時間分の金額、もう一度教えてください"},
			[]string{"31,250円", "", "31,250円"}},
		// Round 46 (general sets 171, 172): pay at shorter hours, the
		// hours told or the law's 6.
		{"pay at six hours of eight", akari.ParentingBalance,
			[]string{"育休から来月復帰します", "今はフルタイム8時間で月給24万です。6時間の時短にしたら、ざっくりいくらになりますか？"},
			[]string{"", "18万円"}},
		{"pay at shorter hours, the hours not told", akari.Salary,
			[]string{"時短にしたら給料どのくらい減る？今月給25万"},
			[]string{"18万7,500円"}},
		{"pay at five hours of seven and a half", akari.ParentingBalance,
			[]string{"通常7.5時間で月給30万なんですが、時短で5時間にしたらいくらになりますか"},
			[]string{"3分の2"}},
		// Round 46 (general set 172): the hours past the fixed ones, at
		// the hourly rate the wage and the scheduled hours give.
		{"the hours past the fixed ones, worked out", akari.Salary,
			[]string{"月給28万のうち4万が固定残業代（30時間分）なんですが、毎月50時間くらい残業しています", "基本給は24万で、月の所定労働時間は160時間です。超えた20時間分だと、いくらもらえるはずですか？"},
			[]string{"20時間分", "37,500円"}},
		{"the hours past the fixed ones, some past 60", akari.Salary,
			[]string{"固定残業代が45時間分で、実際は月80時間残業しています。基本給は24万、所定は月160時間です"},
			[]string{"73,125円"}},
		// Round 47 (general set 175): a father's leave — its benefit
		// for the wage told, and the day to ask by for the due date told;
		// the mother's leave is not his; a term run out is no own quitting.
		{"a father's childcare leave: the benefit, then by when", akari.ParentingBalance,
			[]string{"妻が3月に出産予定で、産後パパ育休を取りたいと思ってます", "月給30万なんですが、休んでる間っていくらくらいもらえますか?", "会社にはいつまでに申し出ればいいですか?予定日は3月10日です"},
			[]string{"", "20万1,000円", "2月24日"}},
		// Round 48 (general set 181): by when, with no day told and a
		// man's leave laughed at.
		{"a father's leave: by when, no due day told", akari.ParentingBalance,
			[]string{"11月に第一子が生まれる予定です。育休取りたいって言ったら部長に「男が取るの？」って鼻で笑われました", "産後パパ育休ってやつ、普通の育休と何が違うんですか", "申し出っていつまでにすればいいんでしたっけ"},
			[]string{"", "", "2週間前まで"}},
		{"unpaid overtime with an allowance counted, then three years of it", akari.Salary,
			[]string{"月給は基本給22万円＋職務手当2万円＋通勤手当1万円、所定労働は月160時間です。毎月40時間ほどサービス残業になっているのですが、本来いくら支払われるべきなのでしょうか。", "では3年分ですと合計でおいくらくらいになりますか。"},
			[]string{"約75,000円", "約270万円"}},
		{"paid leave left, from last year's and this year's figures", akari.Resignation,
			[]string{"来月いっぱいで辞めたいです。有給を全部消化してから辞めたい", "ちなみに何日残ってるか計算してほしい。去年14日付与で使ったの2日、今年16日付与されてまだ0日"},
			[]string{"", "合わせて28日"}},
		{"a mother's due date still gives her leave", akari.ParentingBalance,
			[]string{"出産予定日は9月10日です。産休はいつから取れますか？"},
			[]string{"7月31日"}},
		// Round 42: the day to leave against today.
		{"the notice to quit by the end of next month", akari.Resignation,
			[]string{"正社員で4年働いてる会社を辞めたい", "来月末で辞めたいんだけど、今日は10日。間に合う？"},
			[]string{"", "49日"}},
		{"the notice to quit too short, a contract worker", akari.Resignation,
			[]string{"契約社員です。1月20日で辞めたいんですけど、今日は1月12日です。辞められる？"},
			[]string{"2週間に足りません"}},
		// Round 42 (general set 157): night shifts.
		{"a night shift's hour, then two hours kept on, then the whole night", akari.Salary,
			[]string{"コンビニで夜勤してます。時給1,150円で22時〜翌7時、休憩は2時から1時間です。夜中の時給って本当はいくらになるはずですか？",
				"明日、朝の人が来られなくて9時まで残ってって言われました。7時から9時の2時間分はいくらになりますか？",
				"じゃあ明日22時から翌9時まで働いたら、その1回で合計いくらもらえるはず？",
				"この夜勤を週4日、もう半年続けてます。バイトでも有休ってもらえますか？何日？"},
			[]string{"1,437.5円", "2,875円", "13,800円", "10日"}},
		{"a stretch after the shift asked alone, no stay told", akari.Salary,
			[]string{"コンビニで夜勤、時給1,150円で22時〜翌7時、休憩は2時から1時間です。深夜手当ってちゃんとつくのかな", "7時から9時の2時間分はいくらになりますか？"},
			[]string{"", "2,875円"}},
		{"a rota's night, then overtime into the night on the late week", akari.Salary,
			[]string{"自動車部品の工場で3交替やってます。6-14、14-22、22-6の3つで、どれも休憩1時間。期間工で時給1,400円。22時〜6時の週は休憩が2時から1時間なんですが、深夜手当って1日いくらつくはず？",
				"14時〜22時の週（休憩は18時から1時間）に2時間残業して24時までやった日があります。この2時間分はいくらですか？"},
			[]string{"2,100円", "3,850円"}},
		{"a night hour asked with no word of night, then the evening's pay", akari.Salary,
			[]string{"高校生でコンビニのバイト、時給1,100円、17時〜22時です。有休ってあるんですか？",
				"22時から23時の1時間はいくらになりますか？", "17時〜23時で入ったら、1日いくらになりますか？"},
			[]string{"", "1,375円", "6,875円"}},
		{"early hours a month at a wage told as hourly", akari.Salary,
			[]string{"地場配送のドライバー。月給だけど時給換算だと1,500円って言われた", "3時から5時って深夜割増つくの？月22日出てたら月いくらになる？"},
			[]string{"", "16,500円"}},
		{"overtime unpaid on a twelve-hour night, by the month", akari.Salary,
			[]string{"弁当工場で夜勤専属です。20時〜翌8時、休憩は0時から1時間、時給1,250円。残業代がつかない",
				"1回の夜勤で残業の割増はいくら未払いですか？", "夜勤は月14回です。月だといくら？"},
			[]string{"", "937.5円", "13,125円"}},
		{"a second job's break is the first's", akari.Salary,
			[]string{"昼は事務で9時〜17時（休憩1時間）を週5日。夜はコンビニで22時〜翌2時を週2日、時給1,200円。深夜手当っていくら？"},
			[]string{"働くのは4時間"}},
		{"last year's days left, as a number", akari.Salary,
			[]string{"臨床検査技師で正社員、勤続4年半です。有給は何日？", "去年の分がまだ6日残ってます。いま使えるのは全部で何日？"},
			[]string{"16日", "22日"}},
		{"an hourly wage told first, then a monthly one, then asked again", akari.Salary,
			[]string{"パートで時給1150円です", "月給に変わったら残業代どうなる？月給20万で所定は月160時間、残業20時間くらい", "さっきの残業代の金額、もう一度教えて"},
			[]string{"", "31,250円", "31,250円"}},
		{"a legal day off worked on a monthly wage", akari.Salary,
			[]string{"月給24万円、所定労働時間は月160時間です。法定休日の日曜に6時間出勤しました。休日手当はいくら？"},
			[]string{"12,150円"}},
		{"a part-timer's long day, within eight hours and past them", akari.Salary,
			[]string{"パートで1日5時間の契約なんですが、6時間働いた日は割増になりますか？", "時給1100円で、10時間働く日もあります"},
			[]string{"法定内残業", "11,550円"}},
		{"the next grant after the days a week change", akari.Salary,
			[]string{"週2日、1日5時間のアルバイトを1年半続けてます。有給は何日ありますか？", "4月から週3日になります。次にもらえる有給は何日？"},
			[]string{"4日", "6日"}},
		{"what a day of paid leave pays", akari.Salary,
			[]string{"パートで1日5時間、週4日です。有給使ったらその日はいくらもらえるの？時給1200円です"},
			[]string{"6,000円"}},
		{"a part-timer's days, service told bare, then the hours", akari.Salary,
			[]string{"週4でパートしてるんやけど有給って何日あるん？", "3年半くらい", "1日6時間やから週24時間です"},
			[]string{"", "10日", "週24時間"}},
		{"full time, service told after the question", akari.Salary,
			[]string{"入社して半年経ったら有給もらえるって聞いたんですけど、何日もらえるんですか？", "今2年半です"},
			[]string{"", "12日"}},
		{"last year's days carried over", akari.Salary,
			[]string{"週2でバイトしてて6年半くらいなんやけど、有給ってあるんかな", "去年の分も全然使ってない"},
			[]string{"7日", "13日"}},
		{"a dismissal's notice short", akari.WorkplaceRelationships,
			[]string{"来週でクビって急に言われた。バイトです", "7日前に言われたってことは、足りない分はお金もらえるってこと？"},
			[]string{"", "23日分"}},
		{"unemployment benefit after quitting", akari.Resignation,
			[]string{"自己都合で辞めたら失業保険っていつからもらえる？", "正社員で3年働いてる"},
			[]string{"", "90日"}},
		{"overtime past the fixed hours", akari.Salary,
			[]string{"みなし残業って超えた分は出ないものなんですか？", "契約は30時間分で、先月45時間やった"},
			[]string{"", "15時間分"}},
		{"the 20-hour line, the later hours meant, then a busy season", akari.Salary,
			[]string{"シフト増やしたら社会保険に入らなきゃいけないって聞いたんですけど", "今は週18時間で、来月から週22時間になる予定です", "繁忙期だけ週25時間とかになることあるけど大丈夫かな"},
			[]string{"", "週22時間", "2か月"}},
		{"overtime past 60 hours a month", akari.Salary,
			[]string{"残業代って何割増しなん？", "時給換算すると1500円で、残業は月70時間くらい"},
			[]string{"", "135,000円"}},
		{"days never used since the first grant", akari.Salary,
			[]string{"パート辞めたいんやけど有給ってあるん？", "週4で1日6時間、入って1年8か月。有給いっぺんも使っとらんっちゃけど、何日あると？"},
			[]string{"", "合わせて15日"}},
		{"when unused days lapse", akari.Salary,
			[]string{"週3でパートしてて8か月目です。有給って何日もらえますか？", "さっきの5日って、使わへんかったら消えてまうん？"},
			[]string{"5日", "2年"}},
		{"dismissed on the spot, an hourly wage", akari.WorkplaceRelationships,
			[]string{"バイト先の店長に「明日から来んでええわ」って言われてん。週4で入ってた", "時給1100円で1日6時間やねん。手当ってなんぼくらいになるん？"},
			[]string{"30日分", "平均賃金"}},
		{"told not to come from tomorrow, then the benefit", akari.WorkplaceRelationships,
			[]string{"今日いきなり店長に明日から来なくていいって言われた", "バイトで週5、1年くらい。時給1100円で1日6時間", "失業保険ってすぐもらえる？", "28歳です"},
			[]string{"30日分", "平均賃金", "", "90日"}},
		{"a small company and the 20-hour line", akari.Salary,
			[]string{"扶養内で働きたいけど、社会保険って週何時間から入らなあかんの？", "週22時間で、うちの会社、従業員30人くらいの小さいとこやねん"},
			[]string{"", "51人"}},
		{"maternity leave from the due date", akari.ParentingBalance,
			[]string{"契約社員でも産休って取れますか？", "予定日は9月10日です。いつから休めますか？"},
			[]string{"", "7月31日"}},
		// Round 44 (general set 162).
		{"last year's grant and the days of it used, then the total asked", akari.Salary,
			[]string{"フルタイムの事務です。入社してちょうど4年半たって、今日有給が付与されたみたい。何日もらえるはず？", "前回もらった14日のうち、6日しか使ってないんだよね。じゃあ今、全部で何日ある？"},
			[]string{"16日", "合わせて24日"}},
		{"the day the notice is given, the earliest last day asked", akari.Resignation,
			[]string{"正社員です。法律上は何日前に言えば辞められますか？", "じゃあ3月2日に退職届を出したら、最短だといつ辞められる？"},
			[]string{"", "3月16日"}},
		{"a one-off call for leavers, a standing scheme, then the one-off again", akari.Resignation,
			[]string{"今回だけ臨時で希望退職の募集があります。失業保険はどうなりますか？", "すみません、毎年ある早期退職優遇制度のほうでした", "勤続15年、50歳です。給付日数は何日？", "最初の希望退職のほうだったら何日でした？"},
			[]string{"", "", "120日", "270日"}},
		// Round 44 (general set 164).
		{"dismissed on a date told, then the average wage: the sum", akari.Resignation,
			[]string{"今日は3月10日です。上司に『3月31日付で解雇』と言われました。何日前に言わないといけないんですか？", "平均賃金は1日1万円くらいらしいです。予告手当っていくら請求できますか？"},
			[]string{"足りない9日分", "90,000円"}},
		{"a layoff, the age said after the word", akari.Resignation,
			[]string{"工場で12年働いてんねんけど、人員整理で解雇や言われてん", "ほんで歳は45やねんけど、失業保険ってどれくらい出るん？"},
			[]string{"", "270日分"}},
		{"a contract ended, told in quotes, then the benefit", akari.Resignation,
			[]string{"契約社員で1年契約を3回更新して、今4年目。『今の契約は3月31日で終わり』って急に言われた。前もって言うルールないの？", "ちなみに27歳。失業手当って何日くらい出る？"},
			[]string{"30日前", "90日分"}},
		{"benefit days asked again right after the line said them", akari.Resignation,
			[]string{"28歳です。今の会社に入って3年ちょっと。自己都合で辞めるつもりなんですが、失業手当っていつから出ますか？", "何日分もらえるんだろう"},
			[]string{"90日分", "くり返しになりますが"}},
		{"dismissed at the month's end, today's date told", akari.Resignation,
			[]string{"正社員です。今日（6月15日）いきなり社長に「今月末で辞めてもらう」と言われました。こんな急な解雇って許されるんですか？"},
			[]string{"足りない15日分"}},
		// Round 46 (general set 170): a fixed term's end is no day to
		// leave; "not from next month" dismisses at this month's end.
		{"told not to come from next month, mid-term", akari.Resignation,
			[]string{"派遣で工場に入ってます。契約は6月末までなのに、今日（5月20日）班長から『来月からもう来なくていいわ』って言われた。何日前に言わないといけないんですか？"},
			[]string{"足りない19日分"}},
		{"a contract not renewed after renewals", akari.Resignation,
			[]string{"契約社員で1年ごとの契約、更新4回目です。今回は更新しないって言われました", "いつまでに言ってもらえるものなんですか？"},
			[]string{"30日前", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := &akari.State{}
			for i, say := range tt.says {
				a := advise(t, o, say, tt.cat, st)
				said(st, say, tt.cat, a)
				if got := strings.Join(a.Texts, "\n"); !strings.Contains(got, tt.want[i]) {
					t.Errorf("reply to %q:\n%s\nwant it to say %q", say, got, tt.want[i])
				}
			}
		})
	}
}

// A start date told (2019年10月から) is the service up to the day of the
// conversation — not nineteen years read off the year — and is worked
// out only when that day is known.
func TestCaseworkCountsServiceFromAStartDate(t *testing.T) {
	o := advice.NewOffline(advice.Fixed(library(t)))
	first := "派遣で、同じ派遣会社と半年ごとの契約を更新しています。最初の契約は2019年10月からです。無期転換ってできますか？"
	for _, tt := range []struct {
		name string
		at   time.Time
		want string
	}{
		{"over five years by now", time.Date(2026, 12, 5, 21, 0, 0, 0, time.UTC), "通算7年2か月なら、5年を超えているので"},
		{"not yet five years then", time.Date(2024, 3, 1, 21, 0, 0, 0, time.UTC), "通算4年5か月なら、まだ5年を超えていません"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			st := &akari.State{}
			a := advise(t, o, first, akari.Resignation, st)
			if got := strings.Join(a.Texts, "\n"); strings.Contains(got, "19年") {
				t.Errorf("reply to the start date reads a length of 19 years:\n%s", got)
			}
			st.AddTurn(akari.Turn{Role: akari.RoleUser, Text: first, Category: akari.Resignation, At: tt.at})
			st.AddTurn(akari.Turn{Role: akari.RoleAkari, Text: strings.Join(a.Texts, "\n"), Category: akari.Resignation, At: tt.at})
			st.Category = akari.Resignation
			a = advise(t, o, "それって私もう申し込める状態ですか？", akari.Resignation, st)
			if got := strings.Join(a.Texts, "\n"); !strings.Contains(got, tt.want) {
				t.Errorf("reply:\n%s\nwant it to say %q", got, tt.want)
			}
		})
	}
}

// A gap between two spells of work (8か月あけて, あいだは4か月) is not the
// service: no "通算8か月" is worked out of it.
func TestCaseworkReadsNoServiceFromAGap(t *testing.T) {
	o := advice.NewOffline(advice.Fixed(library(t)))
	for _, say := range []string{
		"1年契約で3年働いて一回辞めて、8か月あけてまた戻ってきました。無期転換っていつからできますか？",
		"最初の契約は3年で終わって、あいだは4か月です。無期転換に何か変わります？",
	} {
		a := advise(t, o, say, akari.Resignation, &akari.State{})
		if got := strings.Join(a.Texts, "\n"); strings.Contains(got, "通算8か月") || strings.Contains(got, "通算4か月") {
			t.Errorf("reply to %q reads the gap as service:\n%s", say, got)
		}
	}
}

// A figure is said once, and only when the message tells some of the case
// or asks it: a question of procedure after it gets no figure again.
func TestCaseworkSaysAFigureOnce(t *testing.T) {
	o := advice.NewOffline(advice.Fixed(library(t)))
	st := &akari.State{}
	for _, say := range []string{"週3でパートしてて1年半です。有給ってありますか？", "有給ってどうやって申請すればいいの？"} {
		a := advise(t, o, say, akari.Salary, st)
		said(st, say, akari.Salary, a)
		got := strings.Join(a.Texts, "\n")
		n := strings.Count(got, "いまの1年にもらえる有給は6日です")
		if want := map[bool]int{true: 1, false: 0}[strings.Contains(say, "1年半")]; n != want {
			t.Errorf("reply to %q:\n%s\nwant the figure %d times, got %d", say, got, want, n)
		}
	}
}
