package worry

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/jatext"
)

// The English model reads a message written mostly in English by its
// words: logistic regression over each word's stem and each pair of
// neighbouring stems, trained on the English lines of the corpus files
// and prompts/crisis/english.yaml (englishTraining). Patterns learnt from
// one set of English signs read the next set's barely better than
// spellings had; a model over words, trained on writers of many
// Englishes, read a third more of an unseen English set (docs/
// classifier.md, round 45).

// readEnglish raises r to the risk text's English words read, after the
// rules and the character model have had their say; that model's veto is
// not over it, since it learnt English from few lines.
//
// In a message mostly in Latin letters where the patterns read nothing,
// the English model has its say: sure of a sign, it raises a concern —
// not over words the rules set aside as a figure of speech or someone
// else's (disappear into my couch forever haha), not over talk of
// something else (enTalk), not over Japanese in Latin letters (mata ashita
// hanasou ne), words it never saw. Sure of none, or told what the message
// is about (a game, kill my coworker, RIP my career), it sets aside a
// concern the character model alone read.
func (m *Model) readEnglish(r *riskResult, text string) {
	w, ok := englishWords(text)
	if !ok {
		return
	}
	risk, why := englishRisk(&w)
	if riskRank(risk) > riskRank(r.risk) {
		*r = riskResult{risk: risk, why: why, prob: r.prob}
		return
	}
	if risk == akari.RiskNone && r.why == "model" && takenBackInEnglish(&w) {
		// Oh no, I didn't mean it literally. ただの言い回しです: a correction,
		// which the character model read as a sign (0.92) on the words of
		// one it follows (care set 276, round 47).
		*r = riskResult{risk: akari.RiskNone, why: "model, taken back in English", prob: r.prob}
		return
	}
	if risk != akari.RiskNone || !mostlyEnglish(text) {
		return
	}
	var buf [128]uint64
	p := m.english.prob(enFeatures(buf[:0], &w))
	talk := enTalkOf(&w)
	switch {
	case r.risk == akari.RiskNone && p >= enModelConcern && !r.model.denied && !r.model.settled && !talk && !romajiMostly(&w):
		*r = riskResult{risk: akari.RiskConcern, why: "English model", prob: r.prob}
	case r.why == "model" && (p < enModelVeto || talk):
		*r = riskResult{risk: akari.RiskNone, why: "model, set aside in English", prob: r.prob}
	}
}

// romajiMostly reports whether most of w's letters are in words that
// spell kana: English has some (to, no, made), romaji little else.
func romajiMostly(w *enWords) bool {
	kana, all := 0, 0
	for _, word := range w.words {
		// 10nen, 44sai: the letters after a figure.
		word = strings.TrimLeft(word, "0123456789")
		if word == "" || strings.ContainsAny(word, "0123456789") {
			continue
		}
		all += len(word)
		if jatext.SpellsKana(word) {
			kana += len(word)
		}
	}
	return kana*5 > all*3
}

// How sure the English model must be to raise a concern the rules did not
// read, and how unsure to set aside the character model's (docs/
// classifier.md, round 45).
const (
	enModelConcern = 0.7
	enModelVeto    = 0.2
)

// enFeatures appends the English model's features of w: each word's stem
// and each pair of neighbouring stems in a sentence.
func enFeatures(dst []uint64, w *enWords) []uint64 {
	var stems [64]string
	n := min(len(w.words), len(stems))
	for i := range n {
		stems[i] = enStem(w.words[i])
		dst = append(dst, enHash(1, stems[i], ""))
		if i > 0 && w.sentence[i] == w.sentence[i-1] {
			dst = append(dst, enHash(2, stems[i-1], stems[i]))
		}
	}
	return dst
}

// enFeaturesOf is enFeatures over text, for training.
func enFeaturesOf(dst []uint64, text string) []uint64 {
	w, ok := englishWords(text)
	if !ok {
		return dst
	}
	return enFeatures(dst, &w)
}

// enStem strips the common endings, so cutting and cut, crashed and crash
// are one word to the model.
func enStem(word string) string {
	switch {
	case len(word) > 5 && strings.HasSuffix(word, "ing"):
		return word[:len(word)-3]
	case len(word) > 4 && strings.HasSuffix(word, "ed"):
		return word[:len(word)-2]
	case len(word) > 3 && strings.HasSuffix(word, "s") && !strings.HasSuffix(word, "ss"):
		return word[:len(word)-1]
	}
	return word
}

// enHash is FNV-1a over a feature's kind and words.
func enHash(kind byte, a, b string) uint64 {
	h := uint64(fnvOffset)
	h = (h ^ uint64(kind)) * fnvPrime
	for i := 0; i < len(a); i++ {
		h = (h ^ uint64(a[i])) * fnvPrime
	}
	h = (h ^ ' ') * fnvPrime
	for i := 0; i < len(b); i++ {
		h = (h ^ uint64(b[i])) * fnvPrime
	}
	return h
}

// enTalk are what an English message may be about that makes death and
// harm words ordinary (see readEnglish).
var enTalk = []enPattern{
	en("a game or a show", akari.RiskNone, "game|games|gaming|gamer|anime|manga|episode|episodes|movie|film|drama|novel|character|mc|npc|respawn|respawned|raid|elden_ring|dark_souls|isekai|boss_fight|final_boss|speedrun|season_finale"),
	en("harm meant elsewhere", akari.RiskNone, "kill|killing|murder|strangle ~0 him|her|them|you|my_coworker|my_coworkers|my_boss|my_manager|my_colleague|the_printer|this_printer|my_roommate|my_neighbor|my_neighbour"),
	en("a career or a company left", akari.RiskNone, "rip_my_career|my_career_in|leave_the_company|leaving_the_company|left_the_company|last_message_in|keep_in_touch|linkedin|farewell_party|my_last_day_at|last_day_at_the_office|going_back_to_my_country"),
	en("help talked about", akari.RiskNone, "hotline|hotlines|helpline|helplines|crisis_line|hotline_numbers"),
	en("a pastime", akari.RiskNone, "fishing|fished|camping|hiking|surfing|barbecue|bbq|picnic|karaoke|concert|festival|matsuri|hanami|onsen|jump_rope|skipping_rope|climbing_rope|rope_course"),
	en("a figure of speech", akari.RiskNone, "literally ~2 died|die|dying|dead|wanted_to_die"),
	en("died of embarrassment", akari.RiskNone, "die|died|dying|dead ~1 of|from ~0 embarrassment|shame|cringe|laughing|laughter|boredom"),
	en("insurance sold", akari.RiskNone, "selling|sell|sold|sales_of ~1 life_insurance|insurance|policies|a_policy"),
	en("hours cut", akari.RiskNone, "cutting|cut|reducing|reduce ~0 my_hours|my_shifts ~2 to|so"),
	// The job is killing my back and knees: the body worn out, and
	// someone else's life, told by the one who must help (Someone on my
	// team told me she's been thinking about ending her life; crisis sets
	// 366 and 367, round 50).
	en("the body worn out", akari.RiskNone, "killing|kills|killed|destroying|destroyed|wrecking|wrecked ~0 my_back|my_knees|my_feet|my_body|my_shoulders|my_neck|my_wrists|my_legs|my_eyes|my_joints"),
	en("insurance and benefits of a job", akari.RiskNone, "employment_insurance|unemployment_insurance|unemployment_benefit|unemployment_benefits|hello_work|health_insurance_card|shakai_hoken|koyou_hoken"),
	en("someone else's life", akari.RiskNone, "end|ending|ended|take|taking|took ~0 her_life|his_life|their_life|her_own_life|his_own_life|their_own_life"),
}

// enTakenBack say that words said before were not meant as they read,
// as runs of w's words joined by "_".
var enTakenBack = []string{"didnt_mean", "did_not_mean", "not_literally", "just_kidding", "just_joking", "only_joking", "i_was_joking", "im_joking",
	"figure_of_speech", "just_an_expression", "just_a_saying", "not_suicidal", "not_in_that_way", "not_like_that"}

// takenBackInEnglish reports whether w says one of enTakenBack, read as
// said (oh no, I didn't mean it: the "no" before it denies nothing).
func takenBackInEnglish(w *enWords) bool {
	joined := "_" + strings.Join(w.words, "_") + "_"
	for _, p := range enTakenBack {
		if strings.Contains(joined, "_"+p+"_") {
			return true
		}
	}
	return false
}

// enTalkOf reports whether w is about one of enTalk's things.
func enTalkOf(w *enWords) bool { return anyMatch(enTalk, w) }

// mostlyEnglish reports whether most of text's letters are Latin.
func mostlyEnglish(text string) bool {
	latin, other := 0, 0
	for _, r := range text {
		switch {
		case r < utf8.RuneSelf && (r|0x20 >= 'a' && r|0x20 <= 'z'):
			latin++
		case r >= utf8.RuneSelf && unicode.IsLetter(r):
			other++
		}
	}
	return latin > 3*other
}
