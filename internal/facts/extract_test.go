package facts

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// kv renders found facts as "key=value" in a stable order, so a table can
// say exactly what a message must yield and nothing else.
func kv(found []Found) []string {
	out := make([]string, 0, len(found))
	for _, f := range found {
		out = append(out, string(f.Key)+"="+f.Value)
	}
	slices.Sort(out)
	return out
}

func TestExtract(t *testing.T) {
	x := NewExtractor()
	tests := []struct {
		name string
		text string
		want []string
	}{
		// remote_days: every number form and phrasing.
		{"remote ascii no particle", "在宅週2なんだけど", []string{"remote_days=2"}},
		{"remote kanji with ni", "在宅は週に二日です", []string{"remote_days=2"}},
		{"remote full-width before word", "週２でリモート", []string{"remote_days=2"}},
		{"remote times a week", "テレワークが週3回あります", []string{"remote_days=3"}},
		{"remote kanji ni kai", "在宅勤務は週に二回だけ", []string{"remote_days=2"}},
		{"remote filler between", "在宅は今のところ週1", []string{"remote_days=1"}},
		{"remote half-width katakana", "ﾘﾓｰﾄ週4です", []string{"remote_days=4"}},
		{"remote full", "フルリモートで働いてます", []string{"remote_days=5"}},
		{"remote none", "うちは在宅はないです", []string{"remote_days=0"}},
		{"remote zero", "在宅ゼロの職場", []string{"remote_days=0"}},
		{"remote not allowed", "リモートは認められてない", []string{"remote_days=0"}},
		{"office days to remote", "出社は週1", []string{"remote_days=4"}},
		{"office days kanji", "週三出社してる", []string{"remote_days=2"}},
		{"office every day", "毎日出社です😢", []string{"remote_days=0"}},
		{"remote as a wish", "在宅がいいな", []string{"wishes=在宅勤務"}},
		{"remote days as a wish", "週2で在宅したい", []string{"wishes=在宅勤務"}},
		{"remote of husband", "夫が在宅週3", nil},
		{"remote of husband possessive", "夫の会社は在宅週3", nil},
		{"remote envy is not a fact", "同僚は在宅週3なのにずるい", nil},
		{"remote envied", "週3在宅の人が羨ましい", nil},
		{"remote condition", "在宅じゃないと無理", nil},

		// employment.
		{"employment haken and job", "派遣でコールセンターやってます", []string{"employment=派遣", "job=コールセンター"}},
		{"employment full-time", "正社員です", []string{"employment=正社員"}},
		{"employment contract", "契約社員として3年目", []string{"employment=契約社員", "tenure=3y"}},
		{"employment part", "パートで事務してます", []string{"employment=パート", "job=事務"}},
		{"employment baito", "バイトで接客してる", []string{"employment=アルバイト", "job=販売・接客"}},
		{"employment civil servant", "公務員だけど辞めたい", []string{"employment=公務員"}},
		{"employment civil servant by workplace", "市役所で働いて8年。窓口のクレーム対応でもうヘトヘト", []string{"employment=公務員", "tenure=8y"}},
		{"employment civil servant in keigo", "区役所に勤めております。", []string{"employment=公務員"}},
		{"employment wish", "正社員になりたい", []string{"wishes=正社員"}},
		{"employment wish kibou", "正社員希望です", []string{"wishes=正社員"}},
		{"employment of friend", "友達は正社員", nil},
		{"employment of wife", "妻がパートで働いてる", nil},
		{"employment negated", "正社員じゃないです", nil},
		{"employment past", "前職は正社員でした", nil},
		{"part partner is not part", "パートナーと相談中", nil},
		{"others employed as part", "パートさんが冷たい", []string{"trouble_with=パートさん"}},
		{"employment hypothetical", "もし正社員なら安心なのに", nil},
		{"employment comparison question", "正社員と派遣、どっちがいい？", nil},
		{"employment named in comparison", "正社員みたいに2週間前に言えば辞められる？", nil},
		{"employment supposed", "正社員だったらボーナス出るのかな", nil},
		{"employment wished with なら", "正社員ならいいな", []string{"wishes=正社員"}},

		// job.
		{"job engineer se", "SEです", []string{"job=エンジニア"}},
		{"job full-width se", "ＳＥやってます", []string{"job=エンジニア"}},
		{"job nurse", "看護師3年目です", []string{"job=看護師", "tenure=3y"}},
		{"job care worker", "介護職で働いてます", []string{"job=介護"}},
		{"job caring for parent", "親の介護で離職した", []string{"status=quit"}},
		{"job as wish", "事務に転職したい", []string{"wishes=事務の仕事"}},
		{"job question", "介護ってどうですか", nil},
		{"job other people", "営業の人に怒られた", nil},
		{"job factory", "工場でライン作業してる", []string{"job=製造"}},
		{"job call centre worry", "コールセンター、もう辞めたい", []string{"job=コールセンター"}},
		{"job of husband", "旦那は営業", nil},

		// children.
		{"children kanji count and grade", "子ども二人いて上は小3", []string{"children=2(小3)"}},
		{"children age and daughter", "3歳の娘がいます", []string{"children=1+(3歳)"}},
		{"children two grades", "小1と年中", []string{"children=2+(小1,年中)"}},
		{"children hiragana count", "こどもがふたりいます", []string{"children=2"}},
		{"children one kanji", "子供は一人です", []string{"children=1"}},
		{"children full-width", "子ども２人、５歳と３歳", []string{"children=2(5歳,3歳)"}},
		{"children ni-ji no haha", "二児の母です", []string{"children=2"}},
		{"children nursery", "保育園児がいて時短です", []string{"children=1+(保育園)", "employment=時短勤務"}},
		{"back to work after leave", "4歳と1歳の子どもがいて、来月から職場復帰します", []string{"children=2+(1歳,4歳)", "status=on_leave"}},
		{"wanting to go back is not leave", "いつか職場に戻りたいな", nil},
		{"short hours at work", "4歳の息子がいて、時短で働いてます", []string{"children=1+(4歳)", "employment=時短勤務"}},
		{"trouble said as nagging", "上司が毎日ネチネチ言ってくる", []string{"trouble_with=上司"}},
		{"a boss who grills every morning", "4月から不動産営業やってるんだけど上司がマジで毎朝詰めてくる", []string{"job=営業", "trouble_with=上司"}},
		{"a boss who does not listen", "電話とるのが怖い。上司に相談しても聞いてもらえない", []string{"trouble_with=上司"}},
		{"manager by a report's trouble", "部下のことで相談です。最近ミスが多くて", []string{"status=manager"}},
		{"manager asking as one", "マネージャーとしてどう接すればいい？", []string{"status=manager"}},
		{"children nursery pickup", "保育園のお迎えがあるので残業できない", []string{"children=1+(保育園)"}},
		{"children none", "子どもはいないです", []string{"children=0"}},
		{"children none short", "子なしの共働き", []string{"children=0"}},
		{"children of friend", "友達は子ども2人", nil},
		{"children of sister", "姉の子は3歳", nil},
		{"children sons and daughters add", "娘が2人と息子が1人", []string{"children=3"}},
		{"nenchuu is not a grade without children", "年中忙しい職場", nil},
		{"kid's school is not the person's", "娘が高校生で受験", []string{"children=1+(高校生)"}},

		// years_away.
		{"away blank", "ブランク3年あります", []string{"years_away=3y"}},
		{"away blank kanji", "三年のブランクがある", []string{"years_away=3y"}},
		{"away housewife", "5年専業主婦してました", []string{"years_away=5y"}},
		{"away housewife reka", "専業主婦歴10年", []string{"years_away=10y"}},
		{"away parental leave", "育休1年で復帰予定", []string{"status=on_leave", "years_away=1y"}},
		{"away half year", "仕事から離れて半年", []string{"years_away=6m"}},
		{"away year and a half", "ブランクが1年半", []string{"years_away=1y6m"}},
		{"away months", "辞めて8ヶ月たちます", []string{"status=quit", "years_away=8m"}},
		{"away not working", "2年働いていない", []string{"years_away=2y"}},

		// tenure.
		{"tenure nth year", "入社3年目です", []string{"tenure=3y"}},
		{"tenure worked ten years", "勤めて10年になる", []string{"tenure=10y"}},
		{"tenure half year", "今の会社で半年", []string{"tenure=6m"}},
		{"tenure kanji", "勤続二十年", []string{"tenure=20y"}},
		{"tenure of husband", "夫は勤続20年", nil},
		{"tenure not marriage", "結婚5年目", nil},

		// status.
		{"quit last month hiragana", "先月やめました", []string{"status=quit"}},
		{"quit already", "退職済みです", []string{"status=quit"}},
		{"quit jobless", "今は無職", []string{"status=quit"}},
		{"want to quit is not quit", "辞めたい", nil},
		{"hesitating is not quit", "辞めようか迷ってる", nil},
		{"not yet quit", "まだ辞めてない", nil},
		{"if I quit", "辞めたらどうなる？", nil},
		{"colleague quit", "同僚が辞めた", nil},
		{"a contract not renewed, asked about", "次の更新ないって言われた、これって雇い止め？", nil},
		{"a contract not renewed, done", "先月で雇い止めされました", []string{"status=quit"}},
		{"people keep quitting", "人がどんどん辞めていく", nil},
		{"previous job quit", "前の会社を辞めて今は派遣", []string{"employment=派遣"}},
		{"student year", "大学3年で就活中", []string{"status=student"}},
		{"student kanji year", "大学三年生です", []string{"status=student"}},
		{"student job hunt", "就活中の学生です", []string{"status=student"}},
		{"student past", "大学生の時にバイトしてた", nil},
		{"manager with reports", "課長やってて部下が5人", []string{"status=manager"}},
		{"manager reports mental health", "部下のメンタルが心配", []string{"status=manager"}},
		{"boss is not me", "課長が怖い", []string{"trouble_with=上司"}},
		{"manager wish", "管理職になりたい", nil},
		{"on leave", "今休職中です", []string{"status=on_leave"}},
		{"on parental leave: a child at home", "育休中で来月復帰", []string{"children=1+", "status=on_leave"}},
		{"leave wish", "休職したい", nil},

		// health.
		{"health sleep", "最近眠れなくて", []string{"health=眠れない"}},
		{"health several", "動悸がするし食欲がない", []string{"health=動悸", "health=食欲がない"}},
		{"health tears", "涙が出るし朝起きられない", []string{"health=朝起きられない", "health=涙が出る"}},
		{"health headache negated", "頭痛はないです", nil},
		{"since lately", "ここ1ヶ月ほど、出勤前になると動悸がします", []string{"health=動悸", "since=1ヶ月ほど"}},
		{"since last year", "去年からずっと上司に無視されてる", []string{"since=去年からずっと", "trouble_with=上司"}},
		{"a bare duration is no since", "3年働いてるけど給料が上がらない", []string{"tenure=3y"}},
		{"health late mornings", "朝起きられなくて遅刻ばかり", []string{"health=朝起きられない"}},
		{"health diagnosis is a doctor, not a name", "うつ病と診断されて休職中です", []string{"health=医師にかかっている", "health=気分の落ち込み", "status=on_leave"}},
		{"health of child", "子どもが眠れないみたい", nil},
		{"health informal", "寝れないし頭痛い", []string{"health=眠れない", "health=頭痛"}},

		// area.
		{"area prefecture", "大阪在住です", []string{"area=大阪府"}},
		{"area city", "横浜で働いてる", []string{"area=神奈川県/横浜"}},
		{"area tokyo full", "東京都に住んでます", []string{"area=東京都"}},
		{"area kyoto", "京都で働いてます", []string{"area=京都府"}},
		{"area hometown ignored", "福岡出身です", nil},
		{"area bare name ignored", "大阪に出張した", nil},

		// age.
		{"age years", "28歳です", []string{"age=28"}},
		{"age decade", "30代の主婦です", []string{"age=30s"}},
		{"age kanji", "四十代後半", []string{"age=40s"}},
		{"age around thirty", "アラサー女子", []string{"age=30s"}},
		{"age of boss", "30代の上司", nil},
		{"age when", "25歳の時に入社", nil},

		// wishes.
		{"wish no experience", "未経験OKの仕事ある？", []string{"wishes=未経験OK"}},
		{"wish pay", "年収を上げたい", []string{"wishes=年収アップ"}},
		{"wish weekends", "土日休みがいい", []string{"wishes=土日休み"}},
		{"wish remote kibou", "在宅希望です", []string{"wishes=在宅勤務"}},
		{"wish of friend", "友達が正社員になりたいって", nil},

		// trouble_with.
		{"trouble boss and colleagues", "上司と同僚の板挟み", []string{"trouble_with=上司", "trouble_with=同僚"}},
		{"trouble customer", "お客さんに怒鳴られた", []string{"trouble_with=お客さん"}},
		{"trouble site people", "現場の人に冷たくされる", []string{"trouble_with=現場の人"}},
		// The staff are other people; only a person sent there says 派遣先.
		{"trouble dispatch client staff", "派遣先の社員が無視してくる", []string{"employment=派遣", "trouble_with=派遣先の社員"}},
		{"no trouble word", "上司に相談した", nil},

		// Several facts in one LINE message.
		{"many facts", "30代、派遣で事務、在宅週2、子ども2人(小2と年少)です🙏", []string{"age=30s", "children=2(小2,年少)", "employment=派遣", "job=事務", "remote_days=2"}},
		{"self after husband", "夫が在宅で、私は派遣", []string{"employment=派遣"}},
		{"later statement wins in one message", "在宅は週2だったけど、今は在宅週3", []string{"remote_days=3"}},
		{"nothing", "こんばんは", nil},
		{"emoji only", "😭😭😭", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := kv(x.Extract(tt.text))
			want := tt.want
			if want == nil {
				want = []string{}
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Extract(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
