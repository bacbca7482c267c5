package conversation

import "testing"

func TestIntents(t *testing.T) {
	in := newIntents()
	tests := []struct {
		text             string
		jobs, human, wdr bool
	}{
		{"求人を見てみたいです", true, false, false},
		// Round 43 (care set 256): a one-off job asked for by its kind.
		{"涼しいとこでできる単発ある？", true, false, false},
		{"短期ってある？", true, false, false},
		{"単発で入ったバイトがきつかった", false, false, false},
		// Round 37 (care set 207): typed in kana, a word at a time.
		{"ちょっと らく なった しごと みせて", true, false, false},
		{"べつの しごと さがしたい", true, false, false},
		{"しごと やめたい", false, false, false},
		{"みせて みせて", true, false, false},
		// Round 48 (general set 180): kana among a few kanji.
		{"はままつ で しごと みたい。工場 にっきん だけ", true, false, false},
		{"工場の しごと やめたい", false, false, false},
		{"もういいや、在宅できるとこ探したい 福岡で", true, false, false},
		{"とりあえず日勤のバイト探したいんやけど", true, false, false},
		{"他のバイト探したいんだけど、どこがいいかな", false, false, false},
		{"札幌で土日休みのパートってあるかい？9時から15時くらいで", true, false, false},
		{"この写真見せて", false, false, false},
		// Round 35 (care sets 187 and 189).
		{"それ活かせる仕事、一覧で見たい", true, false, false},
		{"夏のインターンの募集って見れる？", true, false, false},
		{"ほんなら 残業少なめの経理の仕事 探して見せてちょ", true, false, false},
		{"求人一覧の見方がようわからん", false, false, false},
		{"電話対応なしの仕事、何件か出してもらえますか", true, false, false},
		{"9時から15時くらいで働けるパートを探してます。見せてもらえますか", true, false, false},
		// Round 28 (care sets 111–112, general set 77).
		{"熊本市で日勤の工場か倉庫、見せて", true, false, false},
		{"ほかの会社の事務のパートとも比べたい。福岡市で見せてくれる？", true, false, false},
		{"この写真見せて", false, false, false},
		{"事務の仕事探したいけど、子どもの送り迎えで時間が合わん", false, false, false},
		{"60過ぎたら仕事なんかないんやろな", false, false, false},
		{"寮ありの求人って、食費とかはどうなってるのが普通？", false, false, false},
		{"介護の求人って、資格なしでもいける？", false, false, false},
		{"名古屋で営業の求人を見てもいいですか", true, false, false},
		{"残業代ってどう計算すんの？時給1200円で1日9時間働いた日がある", false, false, false},
		{"青森なんだけど、時給900円って最低賃金より安くないかな？", false, false, false},
		// Round 25 (general sets 67 and 68).
		{"高知市か南国で、フォークの仕事なんぼかある？", true, false, false},
		{"都内で土日休みの仕事ってなんかある？販売以外がいいな〜", true, false, false},
		{"札幌でオンライン講師とか、土日だけ働けるとこ探してて", true, false, false},
		{"さっぽろで日勤だけのかんごしのしごと、ありますか", true, false, false},
		{"今日バイトある？", false, false, false},
		{"転職も考えていて、横浜で保育士の仕事、土日休みのものを見たいです", true, false, false},
		{"フルリモートの開発職、東京か神奈川の会社で探して", true, false, false},
		{"ちゃんと時給高いバイトしたい!博多か天神あたりで", true, false, false},
		{"介護のパート3年目やけど、腰いわしてもうてもうしんどいわ…休みたい", false, false, false},
		// Round 24 (general sets 63 and 64).
		{"フォークリフトの免許あんだけど、それ活かせるのある？", true, false, false},
		{"ホテルとちごて、観光案内とか土産物屋さんみたいなんない？", true, false, false},
		{"なかったら介護じゃなくてもええけぇ、土日休みの事務とかも見せて", true, false, false},
		{"やっぱ営業以外も見てみたい。名古屋近郊でルート配送とかもありなら見せて", true, false, false},
		{"もう辞めて別の所で働くべかな。仙台市内で週4日くらいの軽作業か警備の仕事、ねえべか", true, false, false},
		{"神戸市で、週2〜3日の短時間で、人と話せるお仕事を探しています。受付とか", true, false, false},
		{"その36協定ってのは会社に見せでもらえるもんなの？", false, false, false},
		{"就業規則って見せてもらえますか", false, false, false},
		{"求人見てもピンとこない", false, false, false},
		{"人と話したいです", false, true, false},
		{"岡崎市で日勤、寮ありのやつ探して見せて", true, false, false},
		{"じゃあ未経験OKの営業事務、都内で探してみて！", true, false, false},
		{"上司に仕事は自分で探してみてって言われた", false, false, false},
		{"自分に合うのを探してるところ", false, false, false},
		{"埼玉か群馬で正社員のしごとさがしてる　倉庫でもいい", true, false, false},
		{"仕事探してる、何から始めればいいかわからん", false, false, false},
		{"とりあえず転職先も見ておきたい。都内で事務、残業少なめのやつ", true, false, false},
		{"この年で転職は無理でしょうか。埼玉で週3日の経理のパートを見せていただけますか", true, false, false},
		{"ほな堺市で時給1200円以上の品出しのパート見せてや", true, false, false},
		{"一番上の会社、未経験でも大丈夫って書いてある？", false, false, false},
		{"教員免許いらん個別指導の塾講師のも見せてくれへん？夕方からだけでええし", true, false, false},
		{"じゃあ深夜の品出しだけのやつもみせて〜🙏", true, false, false},
		{"先輩が自分のも見せてくれた", false, false, false},
		{"品出しだけとか。札幌で探せる？週3くらいで", true, false, false},
		{"求人ってどこで探せる？", false, false, false},
		{"ハローワークで探せる？", false, false, false},
		{"未経験OKの事務の求人ありますか？", true, false, false},
		{"在宅でできる仕事を紹介してほしい", true, false, false},
		{"おすすめの会社ってある？", true, false, false},
		{"介護職で夜勤なしのとこってある？見せて", true, false, false},
		{"ホテル以外で仕事探してるんだけど、なんかある？", true, false, false},
		{"ほいで、倉庫以外でどっか雇うてくれるとこないかえ？", true, false, false},
		{"てか転職サイトみたいなのある？ドライバー以外で", true, false, false},
		{"もうちょい残業少ないとこで仕事探してるんだよね", true, false, false},
		{"岐阜で週休3日の美容室とかある？", true, false, false},
		{"仕事探してるんだけど、何から始めればいい？", false, false, false},
		{"神戸で塾講師以外のバイト探してる", true, false, false},
		{"落ち着いたら転職考えたい。都内で残業少なめの広告系あったら見せて", true, false, false},
		{"それで、横浜で繁忙期の少ない事務職はありますか。", true, false, false},
		{"有給はありますか", false, false, false},
		{"落ち着いたら転職考えたい。大阪で残業少なめの事務あったら見せて", true, false, false},
		{"土日休みのところってありますか", true, false, false},
		{"事務の仕事いくつか見せてもらえる？", true, false, false},
		{"転職先見せて", true, false, false},
		{"応募先の候補、いくつか見せてほしい", true, false, false},
		{"自分にいいところってあるのかな", false, false, false},
		{"ごめんね重くて。何かいい仕事ないかな、昼間だけのやつ", true, false, false},
		{"ほいでも、雇うてくれる施設がどこかにあるんなら、ちいと見せてもらえんじゃろうか", true, false, false},
		{"カフェのバイト、週3くらいで探して🙏", true, false, false},
		{"ねえ、何かいいとこ知らない？", true, false, false},
		{"バイト探してるけど見つからない", false, false, false},
		{"会社の評判を見たい", false, false, false},
		{"求人見たい", true, false, false},
		{"まあいいや。人と話せるなら話したい", false, true, false},
		{"AIじゃなくて人と話したい", false, true, false},
		{"職場の人と話したいけど勇気がない", false, false, false},
		{"求人票には残業月10時間って書いてあったのに、実際は毎日2時間残業。違法じゃないんですか？", false, false, false},
		{"在宅の求人って業務委託ばっかな気がするんだけど、それって社保とかどうなんの？", false, false, false},
		{"地方の求人って少なくて困る", false, false, false},
		{"じゃあまかない出るバイト教えて🍙", true, false, false},
		{"学校終わってから入れるバイトある？", true, false, false},
		{"んだら、夜勤じゃねえバイト探してけろ", true, false, false},
		{"姫路でも探してもらえますか？", true, false, false},
		{"Can you show me IT jobs in Tokyo?", true, false, false},
		{"天神でカフェのスタッフ探してます、土日休みだとうれしいです", true, false, false},
		{"店長がスタッフ探してるって言ってた", false, false, false},
		{"転職先がブラックじゃないか不安です。求人票で見分けるポイントってありますか", false, false, false},
		{"一応、神戸市で正社員の経理の仕事も探してみたいです", true, false, false},
		{"今日は見なくていいけど、いつか求人も一緒に見てほしいな", false, false, false},
		{"厨房の先輩が自分にだけ仕事を教えてくれなくて、毎日気まずいです", false, false, false},
		{"転職の相談を無料で受けられるところってありますか", false, false, false},
		{"で、熊本で日勤の介護の仕事あると？", true, false, false},
		{"盛岡で事務の仕事あるべか", true, false, false},
		{"天神のへんで週3から入れる販売のバイト出して", true, false, false},
		{"梅田らへんで昼からの飲食のバイトある？", true, false, false},
		{"シフト削られてしんどいわ。時給ええバイトある？", true, false, false},
		{"岐阜で夜勤ありの倉庫の求人出してみて", true, false, false},
		{"てか駅の近くで本屋のバイト探してー📚", true, false, false},
		{"もう辞める。神戸で土日休みの経理の正社員、経験者向けのやつ見せて", true, false, false},
		{"函館あたりで40代からでも入れる正社員、見せてもらえるかい", true, false, false},
		{"前の職場のやつ、まだ連絡してくる", false, false, false},
		{"ｿｳｲｴﾊﾞ 土日休みのﾄｺ 教えて", true, false, false},
		{"ﾋﾙﾏﾉ ｿｳｺﾉ ｷｭｳｼﾞﾝ ﾐｾﾃ", true, false, false},
		{"ﾊﾞｲﾄ ｻｶﾞｼﾃ", true, false, false},
		{"求人見てもどれもピンと来ないんですよね", false, false, false},
		{"立ち仕事じゃないお仕事、ありますか。千葉です", true, false, false},
		{"求人出しても人が来ないって店長がぼやいてた", false, false, false},
		{"家の近くでバイトあるけど、シフトがきつい", false, false, false},
		{"ほかの飲食のバイト紹介して", true, false, false},
		{"先輩がバイトの仕方教えてくれない", false, false, false},
		{"今日バイトある？", false, false, false},
		{"転職も考えていて、横浜で保育士の仕事、土日休みのものを見たいです", true, false, false},
		{"フルリモートの開発職、東京か神奈川の会社で探して", true, false, false},
		{"ちゃんと時給高いバイトしたい!博多か天神あたりで", true, false, false},
		{"介護のパート3年目やけど、腰いわしてもうてもうしんどいわ…休みたい", false, false, false},
		// Round 20, written after the patterns as a check of them.
		{"飲食以外でバイト募集してるとこ知りたい", true, false, false},
		{"在宅の事務の募集ってありますか？", true, false, false},
		{"神戸で働けるとこ探してるっちゃけど", true, false, false},
		{"子連れOKの職場ってないかな", true, false, false},
		{"求人出してや", true, false, false},
		{"上司が仕事教えてくれへん", false, false, false},
		{"求人出しても人が来ないって店長が嘆いてる", false, false, false},
		{"募集要項の見方がわからない", false, false, false},
		{"職場が合わないのかな", false, false, false},
		{"求人サイトで見つけた会社、面接どうだった？", false, false, false},
		{"求人サイトで探すのもいいけど、あかりの求人も見せて", true, false, false},
		{"日勤だけの仕事ってあるのかな", true, false, false},
		{"パート先の店長がいつも怒鳴ってくる。パートでも相談できるとこある？", false, false, false},
		{"正直もう会社から消えたいので、転職先を探しています", false, false, false},
		{"まだ求人見るのは早いかな、今日はいいや", false, false, false},
		{"転職先を探してほしい", true, false, false},
		{"次の仕事探して！", true, false, false},
		{"在宅で相談できる窓口ってある？", false, false, false},
		{"うん、見てみたい", true, false, false},
		{"タイムカードは会社が持ってて見せてくれないんだよね", false, false, false},
		{"在宅の日が週2あるのは普通ですか", false, false, false},
		{"この会社のいいところ知らない人多いよね", false, false, false},
		{"求人はまだいいです", false, false, false},
		{"求人は見たくない", false, false, false},
		{"転職は考えてないから求人はいらんよ", false, false, false},
		{"求人はいらへんで", false, false, false},
		{"求人とかは今いらないからね。仕事自体は辞めたくないし。", false, false, false},
		{"転職の求人とかは見たくない。まだそこまで考えられない。", false, false, false},
		{"仕事辞めたいって思いながら毎日出勤してる。求人とかは見たくない、ただ話を聞いて。", false, false, false},
		{"辞めるつもりはないし、求人も見なくて大丈夫。", false, false, false},
		{"転職も考えたほうがいいのかな…でも求人を見せられるとプレッシャーになるので、今は見たくないです", false, false, false},
		{"転職サイトはもう見飽きたので、求人は紹介しないでください", false, false, false},
		{"求人はあとで見たいけど、今は気持ちが追いつかなくて", false, false, false},
		{"求人に年齢制限を設けるのは原則禁止されていると聞いたのですが、本当でしょうか。", false, false, false},
		{"やっぱり、札幌の事務の求人を少しだけ見てみたいです", true, false, false},
		{"家の近くでパートの仕事があったら見てみたい。15時までに終わるやつ。", true, false, false},
		{"シフトの融通がきく別のバイト、いくつか見せてもらえますか", true, false, false},
		{"在宅勤務の日だけ同僚が冷たい", false, false, false},
		{"さっき言った扶養内で、平日の昼間だけの事務のパートって近所にありますか？川口市あたりで見てみたいです", true, false, false},
		{"異動無理だったら転職したい。金沢で土日休み、事務系で残業少ないとこ探して", true, false, false},
		{"50代でも応募できる事務の正社員ってありますか？あれば見たいです", true, false, false},
		{"在宅OKのものがあれば一度見てみたいです", true, false, false},
		{"神戸市内で、週3日くらいの軽作業か倉庫の管理系、シニア歓迎のところをお願いします", true, false, false},
		{"扶養内で午前だけのとこあったら見してちょ", true, false, false},
		{"アドバイスがあれば教えてください", false, false, false},
		{"ちなみに転職する気はないので、求人とかは送らなくて大丈夫です", false, false, false},
		{"ダメなら転職かなー。でも今は求人見るのやめとく", false, false, false},
		{"店長はあれですけど辞めたくはないです。転職先とかは見なくて大丈夫です", false, false, false},
		{"2つ目のところいいですね。これ担当の方に話を進めてもらってもいいですか？", false, true, false},
		{"最初の会社、気になります。担当の方にお願いして詳しく聞いてもらえますか", false, true, false},
		{"担当の方にはまだ連絡しないでください", false, false, false},
		{"担当者の方と話してみたいです", false, true, false},
		{"担当者と話したい", false, true, false},
		{"人間のスタッフさんに相談したい", false, true, false},
		{"担当者につないでください", false, true, false},
		{"担当の方と直接お話しできますでしょうか", false, true, false},
		{"エージェントの人に繋いでもらえる？", false, true, false},
		{"転職のこと、誰か詳しい人いる？", false, true, false},
		{"人間の担当者と転職の話がしたいです。つないでもらえますか", false, true, false},
		{"担当の人と話したけど微妙だった", false, true, false},
		{"上司に相談したい", false, false, false},
		{"共有をやめる", false, false, true},
		{"登録を取り消したい", false, false, true},
		{"仕事をやめる", false, false, false},
		{"きゅうじんみせてください", true, false, false},
		{"電話じゃない仕事ってどんなのある？見せてほしい", true, false, false},
		{"じむのきゅうじんある？", true, false, false},
		{"きゅうじんはまだいい", false, false, false},
		// Asked by what the listings must be, with no word for listings.
		{"じゃあ冬休みだけ単発のバイト探したい！渋谷あたりで日払いのやつある？", true, false, false},
		{"横浜で事務、時給1500円以上、残業少なめのありますか", true, false, false},
		{"念のため探しとくわ。愛知の三河あたりで、夜勤なし、正社員登用ありの製造の仕事", true, false, false},
		{"大型免許あって、福岡で地場配送の日帰り、月給30万以上とかある？", true, false, false},
		{"大阪市内で座ってできる事務系、未経験OKのパートある？", true, false, false},
		{"もうやめて別のバイトしたい。京都市で週2からOK、時給1200円以上、授業ない時間だけ入れるとこ", true, false, false},
		{"kyuujin misete kudasai", true, false, false},
		// Told, or asked about, not asked for.
		{"前の職場は大阪で、夜勤なし、正社員の事務の仕事", false, false, false},
		{"時給1500円以上って普通ある？", false, false, false},
		{"大阪で時給1200円のパートしてる", false, false, false},
		{"パソコンもほとんど触ってないんだけど、無料で勉強できるところってある？", false, false, false},
		// ねぇ after a verb is it negated, not a listing asked to exist.
		{"工場の夜勤、体がもたねぇ", false, false, false},
		// A search put off (落ち着いたら…探したい), unless the listings are asked for now.
		{"落ち着いたら内勤の仕事探したい。法人営業の経験って事務で活きる？", false, false, false},
		{"落ち着いたら日勤だけのところに移りたい。クリニックの看護師の求人見せてもらえる？", true, false, false},
		{"落ち着いたら転職も考えたいです。看護助手の求人ってありますか？", true, false, false},
		// One's own search, planned (両方で探してみます), asks for nothing.
		{"なるほど、さっきの求人とシルバーの両方で探してみます。", false, false, false},
		{"一応ほかの倉庫の仕事も見ておきたい、名古屋で", true, false, false},
		{"秋田で日勤の工場の仕事ねぇ？", true, false, false},
		// What kinds of work there are for the person, asked with no kind
		// sought, place or listing named, is a question (round 32).
		{"保育士の資格いかせる別の仕事ってありますか", false, false, false},
		{"この歳で未経験でも雇ってもらえる仕事ってありますか", false, false, false},
		{"教員以外の仕事ってあるかな", false, false, false},
		// A doubt, not an ask (round 38).
		{"この歳で次の仕事があるかどうか。", false, false, false},
		{"夜勤のない介護の仕事ってある？", true, false, false},
		{"倉庫管理とかどうなんだろ。埼玉で倉庫管理の仕事探してみて", true, false, false},
		{"仙台で短時間の事務パート、探していただけますか", true, false, false},
		{"んだら仙台の事務の仕事、探してけねが", true, false, false},
		{"東京でカフェのばいとある？", true, false, false},
		{"保育士以外で子どもに関わる仕事ってどんなのがありますか？", false, false, false},
		{"保育士の経験が活きそうな仕事ってある？広島で見せて", true, false, false},
		// A search asked as a favour, in any register (round 33).
		{"週3くらいで働けるとこ、大阪市内で探してもろたら嬉しいんやけど", true, false, false},
		{"広島市で、相談員とか介護事務の仕事、見せてもろてもええ？", true, false, false},
		{"もしよろしければ、扶養内で働けるパートのお仕事をいくつか拝見できますと幸いです。", true, false, false},
		{"自宅近くで短時間の仕事にどんなのがあるか、見るだけ見ておきたいです。横浜市戸塚区です", true, false, false},
		{"とりあえず時短okなとこ見てみたいかも…千葉の船橋で😂", true, false, false},
		{"見てもらえたら嬉しいです、転職の相談", false, false, false},
		{"大阪で夜勤なしの軽作業ないか見してくれへん？", true, false, false},
		{"仙台で土日休みのパートあるっちゃ？", true, false, false},
		{"飲食以外でなんかある？広島で", true, false, false},
		{"じゃあ正社員でなんかある？ 神戸", true, false, false},
		{"子どもが熱出したときの休みって有給以外に何かある？", false, false, false},
		// Round 36 (general set 119).
		{"リモートできる仕事ってどんなんあるん？ちょっと見せてくれへん？", true, false, false},
		{"家から自転車で通える範囲で、何か探していただけますか", true, false, false},
		{"念のため、近場で年齢いっとっても雇ってくれるとこ探してみてくれんか", true, false, false},
		{"リモートできる仕事ってどんなんあるん？", false, false, false},
		{"介護福祉士は持ってっから、もうちょっと給料いいとこあったら知りてえな。探してけねが", true, false, false},
		{"ランチだけとか昼営業のお店の調理の仕事、なんか出してもらえます?", true, false, false},
		{"落ち着いたら、接客以外の仕事も見てみたいです", false, false, false},
		// An ask, then the condition after a comma (care set 283).
		{"てかもっとマシなバイト紹介してよ、時給いいとこ", true, false, false},
		// Whether a rule reaches one's case is no ask (general set 181).
		{"東京でなんか条例できたって聞いたけど、それって派遣でも関係ある？", false, false, false},
		// …but listings named are asked for, put off or not (care set 280,
		// round 48: right after care ended).
		{"落ち着いたら、夜勤のない日勤だけのクリニックの求人を見てみたいです。", true, false, false},
		{"電話対応なしの仕事ってどんなのがありますか?できれば大阪市内で", true, false, false},
		{"電話対応なしの仕事ってどんなのがありますか?", false, false, false},
		{"次の仕事、在宅できる事務ってありますか？横浜あたりで", true, false, false},
		// Round 46 (care set 272): in English and in romaji.
		{"any UX jobs in Tokyo? show me pls", true, false, false},
		{"any openings for bilingual support in Osaka?", true, false, false},
		{"my company has no jobs for juniors", false, false, false},
		{"osaka de jimu no kyujin misete", true, false, false},
		// Round 46 (general set 170): whether someone else finds the work.
		{"次の職場って派遣会社が探してくれるもんなんすか？", false, false, false},
		{"エージェントって仕事探してくれるの？", false, false, false},
		{"派遣会社で次の仕事探してほしい", true, false, false},
		// Round 52 (care sets 296, 297): listings asked in a few words, a
		// call from the agent asked to be arranged.
		{"じゃあ夜勤のバイトお願い🌙", true, false, false},
		{"じゃ時給1200円以上のカフェ系ある？☕", true, false, false},
		{"理系ある？", false, false, false},
		{"店長にバイトお願いされた", false, false, false},
		{"浜松周辺で正社員の製造スタッフ、募集一覧をおねがい", true, false, false},
		{"じゃあ群馬か栃木の工場の仕事、リストをおねがいします", true, false, false},
		{"見せて。夜勤専従で探したい", true, false, false},
		{"屋根のあるとこがいいな。盛岡市で工場か倉庫の仕事、一覧で出せる？", true, false, false},
		{"それでは、仙台市で週3日程度の事務のお仕事をご紹介いただけますか", true, false, false},
		{"転職エージェントの方から今週中にお電話をいただけるよう、手配していただけると助かります。", false, true, false},
	}
	for _, s := range []string{"2つめのやつ気になる。でもまだ担当の人とかに連絡いくのはイヤ", "まだ誰かに連絡とかはしないでください。まず自分で比べたいので", "紹介はまだ待ってください", "担当の人にはまだ渡さないでくださいね", "ごめん、担当の人に渡すのはまだやめといて"} {
		if !fold(s).is(in.noContact) {
			t.Errorf("noContact(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"担当者に連絡してほしい", "上司に連絡しないといけない"} {
		if fold(s).is(in.noContact) {
			t.Errorf("noContact(%q) = true, want false", s)
		}
	}
	for _, tt := range tests {
		if got := in.wantsJobs(fold(tt.text)); got != tt.jobs {
			t.Errorf("wantsJobs(%q) = %v, want %v", tt.text, got, tt.jobs)
		}
		if got := in.wantsHuman(fold(tt.text)); got != tt.human {
			t.Errorf("wantsHuman(%q) = %v, want %v", tt.text, got, tt.human)
		}
		if got := in.wantsWithdraw(fold(tt.text)); got != tt.wdr {
			t.Errorf("wantsWithdraw(%q) = %v, want %v", tt.text, got, tt.wdr)
		}
	}
}

func TestPhoneNumber(t *testing.T) {
	in := newIntents()
	for text, want := range map[string]string{
		"090-1234-5678": "09012345678", "０９０１２３４５６７８": "09012345678", "03(1234)5678": "0312345678",
		"+81 90 1234 5678": "09012345678", "+81-90-1234-5678": "09012345678", "12345": "", "0120-abc": "", "電話は090-1234-5678": "",
	} {
		if got := in.phoneNumber(text); got != want {
			t.Errorf("phoneNumber(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestCommandForgivesWidthAndSpacing(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"plain", "リセット", CmdReset},
		{"hiragana", "りせっと", CmdReset},
		{"full-width ASCII", "ＲＥＳＥＴ", CmdReset},
		{"half-width katakana", "ﾘｾｯﾄ", CmdReset},
		{"spaces and punctuation", " データ 削除！", CmdDelete},
		{"upper-case help", "HELP", CmdHelp},
		{"not a command", "リセットしたい気分", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := command(tt.text); got != tt.want {
				t.Errorf("command(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestThanksInCasualWords: a goodbye in casual words closes the talk; it
// is not a new worry to advise on.
func TestThanksInCasualWords(t *testing.T) {
	in := newIntents()
	for _, s := range []string{"ふーん、聞いてみるわ。さんきゅ", "あざっす！", "了解、試してみるね", "おおきに",
		"なるほど。いろいろありがとうございました", "OK、参考にします", "今日はこのへんで。ありがとうございます",
		// Round 29 (general sets 82, 83).
		"どうも", "どうもです", "あいがとさげもした", "おおきに！助かったわ",
		// Round 55 (general set 208): typed in kana, said as friends do.
		"もうちょいかんがえるわ。きいてくれてあんがと", "あんがと〜", "はなせてよかった"} {
		if !fold(s).is(in.listen.thanks) {
			t.Errorf("thanks(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"さんきゅーって言われたけど給料上がらない", "聞いてみるわけにもいかない", "参考にするならどの求人がいい？", "どうも上司と合わない", "あんがとって言われても給料は上がらん"} {
		if fold(s).is(in.listen.thanks) {
			t.Errorf("thanks(%q) = true, want false", s)
		}
	}
}

// TestHandoverQuestions: what reaches the recruiter, whether it can be
// called off, and a search asked again with other conditions.
func TestHandoverQuestions(t *testing.T) {
	in := newIntents()
	tests := []struct {
		text                     string
		shared, cancel, research bool
	}{
		{"その担当の人には、私がここで話した内容ってどこまで伝わるんですか？", true, false, false},
		{"担当の人に私の名前とか今の会社名とか勝手に伝わる？", true, false, false},
		{"面談予約しても当日やっぱ無理ってなったらキャンセルできるよね？", false, true, false},
		{"その人と話したら絶対応募しないといけないの？断ってもいい？", false, true, false},
		{"やっぱり正社員じゃなくてパートでもいいので、週4くらいで探し直してもらえますか？", false, false, true},
		{"できれば土日祝休みのところだけに絞ってもらえますか？", false, false, true},
		{"大阪は通勤しんどいからやっぱり京都市内だけでお願い", false, false, true},
		{"土日休みのだけ見せて", false, false, true},
		{"それだけに決めた", false, false, false},
		{"リモートありで絞れる?", false, false, true},
		{"事務で出してくれ", false, false, true},
		{"月1回程度の出社なら大丈夫なので、その条件でも探してもらえますか", false, false, true},
		{"夜勤があるとこは外して出しちゃらん？", false, false, true},
		{"その条件ってどういう意味ですか", false, false, false},
		{"ドラッグストアじゃなくて病院のだけ見たい", false, false, true},
		{"ないかー。じゃあ土日どっちか出れるのも入れていいよ", false, false, true},
		{"じゃあ年収350万でもいいし、契約社員も入れてください", false, false, true},
		{"もう少し広く、明石や西宮も入れていただけますか", false, false, true},
		{"この人も入れてグループ作った", false, false, false},
		{"中型免許しか持っとらんでよ、それで乗れるやつにして", false, false, true},
		{"年収下がってもよかけん、もうちょい広げて九州全体で見れる？", false, false, true},
		{"フルリモじゃなくても週1出社くらいならいいから広げて", false, false, true},
		{"未経験OKのだけ", false, false, true},
		{"どれもピンと来ないですね…経理じゃなくて一般事務でもいいので広げて見せてもらえますか", false, false, true},
		// A listing shown before, named by who showed it: a question about
		// it, not a new search.
		{"2個前に出してくれたやつ、テスト期間は休めるか面接で聞いてもいいかな", false, false, false},
		{"残業代の話とかもその人に行っちゃう？", true, false, false},
		{"上司に伝わるのが怖い", false, false, false},
		{"契約を途中で解除されたらどうしよう", false, false, false},
	}
	for _, tt := range tests {
		f := fold(tt.text)
		if got := in.handoverShared(f); got != tt.shared {
			t.Errorf("shared(%q) = %v, want %v", tt.text, got, tt.shared)
		}
		if got := in.handoverCancel(f); got != tt.cancel {
			t.Errorf("cancel(%q) = %v, want %v", tt.text, got, tt.cancel)
		}
		if got := f.is(in.research); got != tt.research {
			t.Errorf("research(%q) = %v, want %v", tt.text, got, tt.research)
		}
	}
}

// TestWantedEmployment: the way of employment asked for is the last one
// named that is not turned down.
func TestWantedEmployment(t *testing.T) {
	tests := []struct{ text, want string }{
		{"正社員じゃなくてパートでもいい", "パート・アルバイト"},
		{"派遣以外で、正社員がいい", "正社員"},
		{"パートで探してます", "パート・アルバイト"},
		{"雇用形態はこだわらない", ""},
		{"親にバイト反対されてて家にいづらい", ""},
	}
	for _, tt := range tests {
		got, _ := wantedEmployment(string(fold(tt.text)))
		if got != tt.want {
			t.Errorf("wantedEmployment(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestOfficeDaysAccepted: some days at the office make working from home
// a partial wish; wanting to avoid the office does not.
func TestOfficeDaysAccepted(t *testing.T) {
	for s, want := range map[string]bool{
		"あー全部フルリモートじゃないのか。週1出社ならOKだからそれで出して": true,
		"出社も大丈夫です":       true,
		"出社はしたくない、在宅がいい": false,
	} {
		if got := officeOK.MatchString(string(fold(s))); got != want {
			t.Errorf("officeOK(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestMoreListingsAsked: after the cards, more of them asked for in the
// person's own words, not only with the chip.
func TestMoreListingsAsked(t *testing.T) {
	in := newIntents()
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"もっと見る", true},
		{"他にもあったらもっと見せて", true},
		{"ほかにもあるなら見せてほしい", true},
		{"ほかのも見たいです", true},
		{"もう少し見せてもらえますか", true},
		{"ほかにありますか", true},
		{"座ってできるのがいいです。ほかにありますか", true},
		{"他に何かありますか", false},
		{"もっと詳しく教えて", false},
		{"ほかにも悩みがあって", false},
	} {
		if got := in.wantsMore(fold(tt.text)); got != tt.want {
			t.Errorf("wantsMore(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// A question about telling the company elsewhere (どこに相談したらええんや
// ろ。会社にバレたないねんけど) is not about this chat's privacy.
func TestPrivacyAskedIsAboutThisChat(t *testing.T) {
	in := newIntents()
	for text, want := range map[string]bool{
		"ここで話したこと、会社にバレない？":          true,
		"どこに相談したらええんやろ。会社にバレたないねんけど": false,
		"労基に相談したら会社にバレる？":            false,
	} {
		if got := in.listen.privacyAsked(fold(text)); got != want {
			t.Errorf("privacyAsked(%q) = %v, want %v", text, got, want)
		}
	}
}

// A half-width space closing a clause is a pause, as an ideographic one
// is; between the words of one clause, in kana alone and in English it
// goes.
func TestFoldReadsSpacesBetweenClauses(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"今夜は何もせん 寝る", "今夜は何もせん、寝る"},
		{"今夜は旦那も帰ってくるし 何もせんよ 大丈夫やと思う", "今夜は旦那も帰ってくるし、何もせんよ、大丈夫やと思う"},
		{"うん 聞いてくれてありがと ほんとに大丈夫 友達とご飯", "うん、聞いてくれてありがと、ほんとに大丈夫、友達とご飯"},
		{"残業少ない会社 紹介して 広島で", "残業少ない会社紹介して、広島で"},
		{"日勤だけの病院とか ある？ 見せて", "日勤だけの病院とかある?見せて"},
		{"ﾅﾆﾓ ｼﾅｲ ﾔｸｿｸ", "なにもしない約束"},
		{"I'm safe tonight", "i'msafetonight"},
		{"データ 削除", "データ削除"},
	} {
		if got := string(fold(tc.in)); got != tc.want {
			t.Errorf("fold(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestSomeoneElseOrAkari: being pressed by someone at work is not Akari
// asking too often; a document's terms told and a place asked for help are
// terms of the work (round 52, general sets 197 and 198).
func TestSomeoneElseOrAkari(t *testing.T) {
	for text, want := range map[string]bool{
		"実は上司との面談がもう4回目で、かなりしつこいです。": true,
		"しつこいなあ、大丈夫って言ったじゃん":         false,
	} {
		if got := fold(text).is(othersPushy); got != want {
			t.Errorf("othersPushy(%q) = %v, want %v", text, got, want)
		}
	}
	for text, want := range map[string]bool{
		"確認したところ、契約書の就業場所の欄には「本社」としか書かれておりませんでした。": true,
		"じゃあおれのばあい よこく なかったら どこにいえばいい":             true,
		"もうどこにも行けない": false,
	} {
		if got := fold(text).is(contractSuspected) || fold(text).is(contractQuestion); got != want {
			t.Errorf("a term of the work (%q) = %v, want %v", text, got, want)
		}
	}
}

// A question asking agreement that something is too much (でねが is
// Tohoku for "isn't it") asks for no listings; a search in the same
// speech still does.
func TestTooMuchIsNoSearch(t *testing.T) {
	in := newIntents()
	for s, want := range map[string]bool{
		"保育士1年目だっちゃ。持ち帰りの仕事多すぎでねが？😢": false,
		"残業の仕事量おかしすぎじゃない？":           false,
		"仙台で保育士の仕事ねが？":               true,
		"介護の仕事、仙台でねが？":               true,
	} {
		if got := in.wantsJobs(fold(s)); got != want {
			t.Errorf("wantsJobs(%q) = %v, want %v", s, got, want)
		}
	}
}

// How to ask or say something is advice asked for, even right after the
// cards and with a condition named in it.
func TestHowToIsNoSearch(t *testing.T) {
	for s, want := range map[string]bool{
		"面接で残業のこと聞くとき、角が立たない聞き方ってあります？": true,
		"退職を切り出すコツってある？":                true,
		"残業少ないとこある？":                    false,
	} {
		if got := fold(s).is(howToAsked); got != want {
			t.Errorf("howToAsked(%q) = %v, want %v", s, got, want)
		}
	}
}
