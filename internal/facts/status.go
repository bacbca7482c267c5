package facts

import (
	"strings"

	"github.com/akari-career/akari/internal/pattern"
)

// statusRules read where the person stands: already quit, student, manager
// or on leave. 「辞めたい」「辞めようか迷ってる」「まだ辞めてない」「辞めたら」 are
// not quitting; 「前の会社を辞めて」 is a past job and is skipped.
type statusRules struct {
	quit       *pattern.Pattern
	quitNot    *pattern.Pattern
	quitPast   *pattern.Pattern
	student    *pattern.Pattern
	studentNot *pattern.Pattern
	jobHunt    *pattern.Pattern
	manager    *pattern.Pattern
	reports    *pattern.Pattern
	leave      *pattern.Pattern
	back       *pattern.Pattern
}

func newStatusRules() statusRules {
	return statusRules{
		quit: pattern.MustCompile(`(?:辞め|やめ|退職し|離職し)(?:ました|た|てしまい|てしまった|ちゃった|ちゃいました|て(?:から|今|いま|もう|現在|[0-9〇一二三四五六七八九十半]))|退職済み?|離職中|無職|ニート|失業中|求職中|クビになっ|解雇され|雇い止め(?:され|になっ|にあっ|に遭っ|で辞め)|派遣切り(?:され|にあっ|に遭っ)|契約(?:が)?(?:切れ|終了)(?:た|ました|になっ|して)`),
		// 辞めた|い (辞めたい), |ら, |く, |方, |ほう, |り, |って
		quitNot:    pattern.MustCompile(`^(?:い|ら|く|方|ほう|り|って|がって|がる)`),
		quitPast:   pattern.MustCompile(`(?:前の(?:会社|職場|仕事|バイト|パート)|前職|以前の(?:会社|職場))(?:を|は|も)?(?:[^、,。.!?\n ]{0,4})$`),
		student:    pattern.MustCompile(`大学(?:院)?(` + num + `)年生?|大学院生|院生|大学生|専門学校生|専門学生|短大生|高校生|就活生|学生(?:です|で|だけど|なんだけど|だよ|なので|の身)`),
		studentNot: pattern.MustCompile(`^(?:の(?:時|とき|頃|ころ|子|娘|息子|人|方)|時代|以来|まで|から|向け|みたい|に(?:戻|なりたい))`),
		jobHunt:    pattern.MustCompile(`就活|就職活動`),
		manager:    pattern.MustCompile(`(課長|部長|係長|主任|副店長|店長|マネージャー|管理職|チームリーダー|リーダー|班長|所長|支店長|工場長)(?:を|として|に)?(?:やって|しています|してます|してる|してて|やってます|です|だけど|なんだけど|になっ|に昇進|に昇格|を任され|の立場|職|として(?:どう|部下|チーム|メンバー|何|なに))`),
		reports:    pattern.MustCompile(`部下(?:が|は)?(` + numPeople + `)(?:人|名)|部下が(?:いる|いて|います|でき|最近)|部下の(?:こと|様子|ミス|体調)|部下を(?:持|抱え|見て)|部下の(?:育成|管理|指導|メンタル|評価|面倒|マネジメント)|チーム(?:を|の)(?:まとめ|見て|任され|率い|マネジメント|管理)|マネジメントを(?:して|やって|任され)`),
		back:       pattern.MustCompile(`(?:職場|仕事)?(?:復帰|復職)(?:し|する|します|予定|が決ま|の予定|を控え|前|まで)`),
		leave:      pattern.MustCompile(`(休職|育休|産休|療養)(?:中|して(?:いる|る|います|ます|て|から|もう)|しています|してる|することに(?:なっ|し)|に入(?:っ|り)|期間中|を取(?:って|り)|(?:して)?(?:` + dur + `))|傷病手当(?:金)?(?:を)?(?:もらって|受けて|受給)`),
	}
}

// Cheap checks before the patterns: most messages mention none of these.
var (
	quitTriggers    = []string{"辞め", "やめ", "退職", "離職", "無職", "ニート", "失業", "求職", "クビ", "解雇", "雇い止め", "派遣切り", "契約"}
	studentTriggers = []string{"大学", "院生", "学生", "短大", "高校"}
	managerTriggers = []string{"長", "主任", "マネージャー", "管理職", "リーダー"}
	reportTriggers  = []string{"部下", "チーム", "マネジメント"}
	leaveTriggers   = []string{"休職", "育休", "産休", "療養", "傷病", "復帰", "復職"}
)

func (x *Extractor) statuses(m *msg) {
	if containsAny(m.s, quitTriggers) {
		x.quit(m)
	}
	if containsAny(m.s, studentTriggers) || strings.Contains(m.s, "就") {
		x.student(m)
	}
	if containsAny(m.s, managerTriggers) || containsAny(m.s, reportTriggers) {
		x.manager(m)
	}
	if containsAny(m.s, leaveTriggers) {
		x.leave(m)
	}
}

func (x *Extractor) quit(m *msg) {
	r := &x.status
	for _, ix := range r.quit.FindAllStringIndex(m.s, -1) {
		start, end := ix[0], ix[1]
		tok := m.s[start:end]
		if strings.HasSuffix(tok, "た") && r.quitNot.MatchString(m.after(end, 3)) {
			continue
		}
		if r.quitPast.MatchString(m.before(start, 12)) {
			continue
		}
		if !x.selfAt(m, start, end, true, false) {
			continue
		}
		say := "退職済み"
		switch {
		case tok == "無職" || tok == "ニート":
			say = "無職"
		case strings.HasSuffix(tok, "中"):
			say = "離職中"
		case strings.Contains(tok, "契約") || tok == "雇い止め" || tok == "派遣切り":
			say = "退職済み（契約終了）"
		}
		m.add(Status, StatusQuit, say, start, end)
	}
}

func (x *Extractor) student(m *msg) {
	r := &x.status
	student := false
	for _, ix := range r.student.FindAllStringSubmatchIndex(m.s, -1) {
		start, end := ix[0], ix[1]
		if r.studentNot.MatchString(m.after(end, 4)) || !x.selfAt(m, start, end, true, false) {
			continue
		}
		say := strings.TrimSuffix(m.s[start:end], "生")
		switch {
		case ix[2] >= 0:
			n, _, _ := parseNum(m.s[ix[2]:ix[3]])
			say = strings.TrimSuffix(m.s[start:ix[2]], "院") + itoa(n) + "年"
			if strings.Contains(m.s[start:ix[2]], "院") {
				say = "大学院" + itoa(n) + "年"
			}
		case strings.HasPrefix(say, "学生"):
			say = "学生"
		default:
			say = m.s[start:end]
		}
		if strings.Contains(m.s, "就活") || strings.Contains(m.s, "就職活動") {
			say += "・就活中"
		}
		student = true
		m.add(Status, StatusStudent, say, start, end)
	}
	if !student && containsAny(m.s, []string{"新卒", "内定", "インターン", "卒業", "es", "エントリーシート"}) {
		if ix := r.jobHunt.FindStringIndex(m.s); ix != nil && x.selfAt(m, ix[0], ix[1], true, false) {
			m.add(Status, StatusStudent, "就活中の学生", ix[0], ix[1])
		}
	}
}

func (x *Extractor) manager(m *msg) {
	r := &x.status
	var mgr []int
	role := ""
	for _, ix := range r.manager.FindAllStringSubmatchIndex(m.s, -1) {
		if strings.HasPrefix(m.after(ix[1], 3), "たら") || x.wishAfter.MatchString(m.after(ix[2]+len(m.s[ix[2]:ix[3]]), 8)) {
			continue
		}
		if !x.selfAt(m, ix[0], ix[1], true, false) {
			continue
		}
		mgr, role = []int{ix[0], ix[1]}, m.s[ix[2]:ix[3]]
	}
	reports := ""
	for _, ix := range r.reports.FindAllStringSubmatchIndex(m.s, -1) {
		if m.whose(ix[0], false) == other {
			continue
		}
		if mgr == nil {
			mgr = []int{ix[0], ix[1]}
		} else {
			mgr[1] = max(mgr[1], ix[1])
			mgr[0] = min(mgr[0], ix[0])
		}
		if ix[2] >= 0 {
			n, _, _ := parseNum(m.s[ix[2]:ix[3]])
			reports = "部下" + itoa(n) + "人"
		}
	}
	if mgr != nil {
		say := role
		switch {
		case say == "" && reports == "":
			say = "管理職（部下がいる）"
		case say == "":
			say = "管理職（" + reports + "）"
		case reports != "":
			say += "（" + reports + "）"
		}
		m.add(Status, StatusManager, say, mgr[0], mgr[1])
	}
}

func (x *Extractor) leave(m *msg) {
	r := &x.status
	for _, ix := range r.leave.FindAllStringSubmatchIndex(m.s, -1) {
		if ix[2] >= 0 && strings.HasPrefix(m.after(ix[1], 2), "たい") {
			continue
		}
		if !x.selfAt(m, ix[0], ix[1], true, false) {
			continue
		}
		say := "休職中"
		if ix[2] >= 0 {
			say = m.s[ix[2]:ix[3]] + "中"
		}
		m.add(Status, StatusOnLeave, say, ix[0], ix[1])
	}
	// Going back to the same workplace after leave: still employed there.
	if ix := r.back.FindStringIndex(m.s); ix != nil && x.selfAt(m, ix[0], ix[1], true, false) {
		m.add(Status, StatusOnLeave, "休業からの復帰を控えている", ix[0], ix[1])
	}
}

// tenureRules read how long the person has been in the current job:
// 入社3年目, 勤めて10年, 今の会社で半年, 看護師3年目. 「N年目」 keeps the
// ordinal in Say (3年目) and stores the number said ("3y").
type tenureRules struct {
	re       *pattern.Pattern
	ordinal  *pattern.Pattern
	notSelf  *pattern.Pattern
	negative *pattern.Pattern
}

func newTenureRules() tenureRules {
	return tenureRules{
		re: pattern.MustCompile(`(?:入社|就職|入って|今の(?:会社|職場|仕事)|この(?:会社|仕事|職場)|勤めて|勤続|在籍|働いて|働き始めて|勤務して)(?:して|から|で|に|は|も|して)*(?:もう|まだ|今年で|今|約|およそ|かれこれ)?(` + dur + `)(目)?` +
			`|(` + dur + `)(?:間)?(?:同じ会社で|今の会社で)?(?:勤めて|働いて|勤務して|勤務|在籍)`),
		ordinal:  pattern.MustCompile(`(` + num + `)年目`),
		notSelf:  pattern.MustCompile(`(?:社会人|大学|学年|結婚|育休|付き合って|ブランク|交際|高校|中学|小学|専門)(?:で|の|は|も)?$`),
		negative: pattern.MustCompile(`^(?:い)?(?:ない|なく|ません|ず)`),
	}
}

func (x *Extractor) tenures(m *msg) {
	r := &x.tenure
	if !strings.Contains(m.s, "年") && !strings.Contains(m.s, "月") ||
		!containsAny(m.s, []string{"入社", "就職", "入って", "会社", "職場", "仕事", "勤", "在籍", "働", "年目"}) {
		return
	}
	done := -1
	for _, ix := range findAllIn(r.re, m.s, windows(m.s, []string{"年", "月"}, 20, 12)) {
		g := 2
		if ix[2] < 0 {
			g = 6
		}
		if r.negative.MatchString(m.after(ix[1], 3)) || !x.selfAt(m, ix[0], ix[1], true, false) {
			continue
		}
		months, ok := parseDur(m.s[ix[g]:ix[g+1]])
		if !ok || months == 0 {
			continue
		}
		say := ""
		if g == 2 && ix[4] >= 0 {
			say = durSay(months) + "目"
		}
		m.add(Tenure, durValue(months), say, ix[0], ix[1])
		done = ix[1]
	}
	for _, ix := range r.ordinal.FindAllStringSubmatchIndex(m.s, -1) {
		if ix[1] <= done || r.notSelf.MatchString(m.before(ix[0], 4)) || !x.selfAt(m, ix[0], ix[1], true, false) {
			continue
		}
		n, _, _ := parseNum(m.s[ix[2]:ix[3]])
		if n == 0 || n > 50 {
			continue
		}
		m.add(Tenure, itoa(n)+"y", itoa(n)+"年目", ix[0], ix[1])
	}
}
