package scenario

import (
	"regexp"
	"strings"
)

// questionPatterns recognise Akari asking for a fact, by the fact's key in
// the conversation's memory. Only question sentences are looked at.
func questionPatterns() map[string]*regexp.Regexp {
	return map[string]*regexp.Regexp{
		"employment":   regexp.MustCompile(`雇用形態|(正社員|派遣|契約社員|パート).{0,12}(ですか|でしょうか)`),
		"job":          regexp.MustCompile(`(どんな|何の|なんの|どういった)(お)?仕事(を|は|で)|(職種|お仕事の内容)(は|を)`),
		"remote_days":  regexp.MustCompile(`(週に?|何日).{0,10}(在宅|リモート|出社)|(在宅|リモート|出社).{0,10}(何日|週に)`),
		"children":     regexp.MustCompile(`お子さん.{0,12}(何歳|おいくつ|何人|いらっしゃ|年齢)`),
		"years_away":   regexp.MustCompile(`(ブランク|離れて|休んで).{0,12}(どれくらい|何年|どのくらい)`),
		"trouble_with": regexp.MustCompile(`(誰|どなた|どの方|相手)(と|が|は).{0,12}(ですか|でしょうか|か？)`),
		"tenure":       regexp.MustCompile(`(何年|どれくらい|どのくらい).{0,10}(勤め|働い|在籍)`),
		"since":        regexp.MustCompile(`いつ(ごろ|頃)?から|(どのくらい|どれくらい)(続|前)`),
		"told":         regexp.MustCompile(`(伝え|相談し|話し|打ち明け)(ましたか|たことは)`),
		"status":       regexp.MustCompile(`(もう|すでに)(辞め|退職)(て|され)|在学中|学生さん(ですか|でしょうか)`),
	}
}

// Asks returns the question sentence of text that asks for the fact key
// (employment, job, remote_days, children, years_away, trouble_with,
// tenure, since, told, status), or "".
func Asks(key, text string) string {
	p := questionPatterns()[key]
	for _, s := range sentences(text) {
		if !strings.ContainsAny(s, "？?") {
			continue
		}
		if p.MatchString(s) {
			return s
		}
	}
	return ""
}
