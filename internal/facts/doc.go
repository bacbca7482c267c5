// Package facts reads what a person says about themselves in a chat message
// — employment type, job, remote days, children, time away from work, who
// the trouble is with, tenure, status, health signs, area, age, wishes — and
// keeps them in a small Memory that lives in the conversation state, so
// Akari never asks again for something she was told. It is pure domain code:
// no I/O, no LLM; an Extractor holds compiled patterns and is safe to share.
//
// Keys and value formats (Value is normalised, numbers as ASCII digits; Say
// is the short Japanese form shown in prompts):
//
//	key           Value                                   Say
//	employment    正社員 契約社員 派遣 パート アルバイト        same
//	              業務委託 フリーランス 公務員 自営業 嘱託 非正規
//	job           コールセンター 事務 営業 介護 看護師         same
//	              エンジニア 販売・接客 保育士 製造 飲食 …
//	status        quit | student | manager | on_leave      退職済み, 大学3年・就活中, 課長（部下5人）, 育休中
//	tenure        3y | 6m | 1y6m (as said)                 3年, 半年, 1年半, 3年目
//	remote_days   0–5 (days a week)                        週2日, なし, フルリモート（週5日）
//	children      0 | 2 | 2(小3,年中) | 1+(3歳)             いない, 2人（小3・年中）, いる（3歳）
//	years_away    3y | 6m | 1y6m                           3年（専業主婦）, 1年（育休）
//	trouble_with  上司,同僚,先輩,後輩,部下,お客さん,取引先,    上司・同僚
//	              現場の人,派遣先の社員,正社員の人,パートさん,職場の人
//	health        眠れない,朝起きられない,動悸,食欲がない,    眠れない・動悸
//	              涙が出る,頭痛,胃痛・腹痛,吐き気,めまい,…
//	area          大阪府 | 神奈川県/横浜                      大阪府, 横浜（神奈川県）
//	age           28 | 30s                                 28歳, 30代後半, アラサー（30歳前後）
//	wishes        在宅勤務,未経験OK,正社員,年収アップ,土日休み, 在宅勤務・正社員
//	              残業少なめ,時短勤務,転勤なし,家から近い,
//	              an employment type, or "<job>の仕事"
//
// trouble_with, health and wishes hold comma-separated sets; the others one
// value. Durations are the number said: 入社3年目 is "3y" with Say 3年目.
//
// Choices worth knowing:
//
//   - Numbers are read in ASCII, full-width and kanji forms (2, ２, 二, 十二),
//     ひとり/ふたり, 半年 (6 months), 1年半, 8か月. 「週2、3」 keeps the first.
//   - Remote days from office days assume a five-day week: 「出社は週1」 is
//     remote_days "4", said 「週4日ほど（出社は週1日）」 so the guess is visible.
//   - Negations: 子どもはいない → children "0"; 在宅はない/ゼロ → remote_days
//     "0"; 辞めたい, 辞めようか迷ってる, まだ辞めてない, 辞めたら are not quit;
//     頭痛はない is no sign.
//   - Wishes are not facts: 正社員になりたい, 在宅がいい, 事務に転職したい go to
//     wishes, never to employment, remote_days or job.
//   - Other people: a subject marker — 夫/妻/旦那/友達/同僚/上司/人/みんな…
//     followed by は/が/も/って, and for employment, job, remote days and
//     children also by の — makes what follows theirs until the next 、。!? line break, space or
//     けど; 私は/自分は switches back. 娘/息子/子ども + は/が marks the child,
//     which blocks the person's own status, age, job and health but not
//     children facts. もし… sentences and mentions followed by なら/だったら/
//     羨ましい/らしい are skipped.
//
// Known limits: the subject scope is lexical, so 「上司が冷たくて在宅週2」
// without a comma attributes the remote days to the boss and loses them,
// while 「友達は正社員で、私は…」 works but 「友達は正社員で、在宅も週3」 credits the
// person with the friend's remote days; an area needs living or working
// words (大阪で働いてる, 横浜在住) and knows prefectures and the larger
// cities only; job words are a fixed list; trouble_with needs a trouble word
// in the same sentence and does not check whose story it is.
package facts
