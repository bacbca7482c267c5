package worry

import (
	"strconv"
	"strings"

	"github.com/akari-career/akari/internal/akari"
)

// The English reading reads a message's English words as words. The
// crisis view drops spaces, so the constructions see English as one run of
// letters and can only list spellings (tiredofliving, wishiwasdead); a
// sentence that puts a word between them (tired of being alive, pray I
// just don't wake up) or a work word near them (…not only of this job)
// slipped past. Here a pattern is slots of words with a few words allowed
// between them, read within one sentence, with a denial just before it
// (I'm not, I don't) and a sentence's ordinary context (shaving, the gym,
// a game) setting it aside. A farewell is read as a pair: an act of
// putting affairs in order next to words of one's own end, or two such
// acts where one is a letter or a belonging given away. Foreign workers in
// Japan write to Akari in English; on the kept crisis sets the English
// lines are caught by the rules above, on a set written later in English
// a fifth of them were not (docs/classifier.md, round 45).
type enPattern struct {
	name   string
	risk   akari.Risk
	slots  []enSlot
	unless [][]string // words that make the sentence ordinary talk
	// notAfter: words right after the match that make it ordinary
	// (don't wake up late, disappeared from the meeting).
	notAfter []string
	// laughOff: a laugh in the rest of the sentence (lol, haha) sets the
	// words aside as hyperbole.
	laughOff bool
	// reach is how many words before the match a denial may stand (2
	// when 0): a verb said bare reaches past its own wish (I don't want
	// to kill myself).
	reach int
	// owns: the pattern's own words hold a promise not to (wont, never),
	// so one inside a match is part of it, not a denial of it.
	owns bool
}

// enSlot is one place of a pattern: any of its alternatives (each one or
// more words), at most gap words after the slot before it.
type enSlot struct {
	gap  int
	alts [][]string
}

// en builds a pattern from a spec: slots separated by spaces,
// alternatives by "|", the words of an alternative by "_", and "~N"
// before a slot allowing N words between it and the slot before.
func en(name string, risk akari.Risk, spec string, unless ...string) enPattern {
	p := enPattern{name: name, risk: risk}
	for _, w := range strings.FieldsFunc(spec, func(r rune) bool { return r == ' ' || r == '|' || r == '_' }) {
		p.owns = p.owns || enPromisedNot[w]
	}
	for _, u := range unless {
		p.unless = append(p.unless, strings.Split(u, "_"))
	}
	gap := 0
	for _, f := range strings.Fields(spec) {
		if n, ok := strings.CutPrefix(f, "~"); ok {
			g, err := strconv.Atoi(n)
			if err != nil {
				panic("english pattern " + name + ": bad gap " + f)
			}
			gap = g
			continue
		}
		var s enSlot
		s.gap = gap
		for _, a := range strings.Split(f, "|") {
			s.alts = append(s.alts, strings.Split(a, "_"))
		}
		p.slots = append(p.slots, s)
		gap = 0
	}
	return p
}

// Word classes shared by patterns.
const (
	enWishers    = "hope|hoping|wish|wishing|pray|praying|want|wanna|wanted"
	enSelfHarm   = "cut|cutting|cuts|burn|burned|burnt|burning|scratch|scratched|scratching|slash|slashed|slashing|hurt|hurting|harm|harming|punched|punching|hit|hitting|banged|banging|carved|carving"
	enBodyOrMore = "myself|again|my_arm|my_arms|my_wrist|my_wrists|my_leg|my_legs|my_thigh|my_thighs|my_skin|my_stomach"
	enExistence  = "being_alive|living|life|existing|being_here|breathing|staying_alive"
)

// enOrdinary is context that makes harm to oneself an accident or a sport.
var enOrdinary = []string{"shaving", "cooking", "kitchen", "accidentally", "accident_at_work", "slipped", "gym", "lifting", "workout", "coffee", "oven", "stove", "iron", "football", "soccer", "game", "games", "gaming", "boss_fight", "character", "my_char", "movie", "film", "song", "lyrics", "novel", "book", "haircut", "hair", "budget", "costs", "prices", "cut_ties", "paper_cut", "papercut"}

var enPatterns = []enPattern{
	// Said plainly.
	en("a wish to die, in English", akari.RiskHigh, "want|wanna|going|gonna|ready|planning|plan|decided ~2 to_die|die|to_kill_myself|kill_myself|to_end_it|end_it_all|to_end_my_life|end_my_life").after("laughing", "of", "from", "for", "on", "inside"),
	en("killing oneself, in English", akari.RiskHigh, "kill|killing|killed|end|ending ~0 myself|my_life|it_all").reaching(4),
	en("suicide, in English", akari.RiskHigh, "suicide|suicidal", "prevention", "campaign", "clause", "policy", "awareness", "training", "hotline", "squad", "mission", "statistics", "rate", "rates", "article", "news", "movie", "drama", "novel"),
	// Harm done to oneself.
	en("self-harm, in English (I cut again)", akari.RiskHigh, "i|ive|been|started|keep|kept ~2 "+enSelfHarm+" ~1 "+enBodyOrMore, enOrdinary...),
	// …and with no subject, as notes are written (cut again in the staff
	// toilet): a cut of costs, hours or hair is not one.
	en("self-harm said bare, in English (cut again in the toilet)", akari.RiskHigh, "cut|cutting|burned|burnt|scratched|slashed ~0 again|myself|my_wrist|my_wrists|my_arm|my_arms|my_thigh|my_thighs|my_legs",
		append([]string{"hours", "pay", "salary", "budget", "costs", "cost", "prices", "power", "connection", "signal", "call", "line_went", "grass", "wood", "paper", "vegetables", "onions", "meat", "fish", "cake", "bread", "bonus", "shifts", "jobs", "overtime"}, enOrdinary...)...),
	en("hurt until it bleeds, in English (punch the wall until my knuckles bleed)", akari.RiskHigh,
		enSelfHarm+"|punch|hit|bang|scratch|bite|biting ~5 until|till|til|so ~3 bleed|bleeds|bled|bleeding", enOrdinary...),
	en("making oneself bleed, in English", akari.RiskHigh, "make|made|making ~1 myself ~1 bleed|bleeding"),
	// Places and means said as one's own.
	en("at the platform's edge, in English", akari.RiskHigh,
		"measuring|measured|staring|stared|looking|looked|standing|stood|leaning|leaned|step|stepped|walked|lingering ~5 platform_edge|edge_of_the_platform|gap_to_the_platform|edge_of_the_roof|roof_edge|the_ledge|the_tracks|the_rails",
		"safety", "behind_the", "yellow_line", "announcement", "training", "poster"),
	en("trains let go by, in English", akari.RiskHigh, "let ~1 two|three|a_few|several|another|the_next ~1 trains|train ~1 go_by|pass|go"),
	en("a one-way ticket to the sea, in English", akari.RiskHigh, "one_way ~1 ticket ~12 sea|ocean|cliff|cliffs|river|lake|bridge|mountains|forest|waves", "home", "holiday", "vacation", "trip", "travel", "backpack"),
	en("the sea, a one-way ticket, in English", akari.RiskHigh, "sea|ocean|cliff|cliffs|river|lake|bridge ~12 one_way ~1 ticket", "home", "holiday", "vacation", "trip", "travel", "backpack"),
	en("an end one's own, in English (the contract ends and so do I)", akari.RiskHigh, "ends|end|ending|over|finishes ~5 and_so_do_i|and_so_will_i|and_so_am_i|and_me_too|and_so_do_me"),
	// Passive wishes.
	en("an accident wished, in English (I hope something happens to me)", akari.RiskConcern,
		enWishers+" ~4 something_happens_to_me|something_would_happen_to_me|i_get_hit|i_got_hit|i_get_run_over|i_crash|i_could_get_hit|to_get_hit|i_get_into_an_accident|i_have_an_accident|i_had_an_accident|an_accident_would"),
	en("hit by a vehicle, wished, in English (wish a truck would hit me)", akari.RiskConcern,
		enWishers+" ~3 truck|car|bus|train|taxi ~2 hit|hits|runs|run|ran|take|takes ~1 me"),
	en("not waking up, wished, in English", akari.RiskConcern,
		enWishers+"|maybe|if_only|rather ~5 dont_wake_up|never_wake_up|not_wake_up|wouldnt_wake_up|didnt_wake_up|not_to_wake_up|dont_have_to_wake_up|never_woke_up|could_sleep_forever|sleep_forever",
		"weekend", "holiday", "vacation", "noon", "all_day").after("late", "early", "in", "on", "at", "before", "till", "until", "for", "to", "when", "tomorrow"),
	en("sleeping forever, in English", akari.RiskConcern, "sleeping|sleep|asleep ~1 forever|for_good|and_never_wake",
		"weekend", "holiday", "vacation", "noon", "all_day", "till", "until", "cat", "dog", "backlog", "product", "project", "ticket", "tickets", "feature", "pr", "code", "server", "phone", "laptop", "app", "bug", "repo", "branch"),
	en("tired of being alive, in English", akari.RiskConcern, "tired|sick|done|exhausted|weary ~2 of|with ~1 "+enExistence),
	en("no point in oneself, in English (what's the point of me)", akari.RiskConcern, "point|purpose|reason ~1 of|in|for ~1 me|my_existence|my_life|existing|living|being_alive|staying_alive"),
	en("why alive, in English", akari.RiskConcern, "why_am_i|why_was_i|why_do_i ~2 alive|born|exist|living|here_at_all"),
	en("gone from the world, in English", akari.RiskConcern, "gone|disappear|disappeared|disappearing|vanish|vanished|erased ~2 from_the_world|from_this_world|from_existence|from_earth|off_the_earth|off_this_earth"),
	en("not missed if gone, in English (no one would notice if I disappeared)", akari.RiskConcern,
		"no_one|nobody|noone|nobodys|no_ones ~5 notice|care|miss|mind ~3 if|when ~1 i ~2 disappeared|died|was_gone|were_gone|vanished|wasnt_here|werent_here|was_never_here|wasnt_around|stopped_existing|was_dead|were_dead").after("from", "for", "during", "at", "into", "to", "early", "on"),
	en("better never here, in English (better if I was never here)", akari.RiskConcern,
		"better|fine|easier|happier ~4 if ~1 i ~1 was_never|were_never|had_never|never ~2 here|born|around|existed|deployed|in_the_picture"),
	en("better gone, in English (better if I was gone)", akari.RiskConcern,
		"better|fine|easier|happier ~4 if ~1 i ~1 was_gone|were_gone|was_dead|were_dead|didnt_exist|died|disappeared|vanished"),
	en("better without me, in English", akari.RiskConcern, "better|easier|happier ~2 off ~0 without_me|if_i_was_gone|if_i_were_gone|if_i_died|if_i_wasnt_here"),
	en("not existing, in English", akari.RiskConcern, "stop|stopped|cease|not|just ~1 existing|exist_anymore|to_exist|be_alive_anymore"),
	en("dead wished, in English (I'd rather be dead)", akari.RiskHigh, "rather|better_off|wanna|want_to|wish_i_could ~1 be_dead|die|just_die|not_be_alive").after("than", "laughing", "of", "from"),
	// …and weighed against a day of work (I'd rather be dead than walk
	// into that office): a concern to ask about, unless laughed off.
	en("dead rather than work, in English", akari.RiskConcern, "rather|sooner ~1 be_dead|die ~0 than").laughed(),
	en("not wanting this life, in English", akari.RiskConcern, "dont_want|dont_wanna|do_not_want|cant_do|cannot_do|cant_keep ~2 this_life|life|living ~1 anymore|any_more|like_this"),
	en("an end daydreamed, in English (daydream about the plane crashing)", akari.RiskConcern,
		"daydream|daydreaming|fantasize|fantasizing|fantasise|fantasising|dream|dreaming ~1 about|of ~5 crashing|crash|crashes|dying|not_waking|an_accident|getting_hit|disappearing|being_dead"),
	en("it all stopping, in English (just so all of it stops)", akari.RiskConcern, "so_all_of_it_stops|so_it_all_stops|make_it_all_stop|for_it_all_to_stop|so_everything_stops"),
	en("sorry for being born, in English", akari.RiskConcern, "apologising|apologizing|apologise|apologize|sorry ~1 for ~0 being_born|existing|being_alive|living|being_here|taking_up_space"),
	en("a burden, in English", akari.RiskConcern, "feel|feeling|am|im|i_am ~1 like ~0 a|such_a|just_a ~0 burden", "financial"),
	en("one's life insurance worth more, in English", akari.RiskConcern,
		"my ~0 life_insurance ~10 family|wife|husband|kids|children|parents|more_useful|most_useful|worth_more|pay_off|payout|useful",
		"sell", "selling", "sold", "policy", "client", "clients", "customer", "sales", "premium", "premiums", "enrol", "enroll"),
	en("a relief if hit, in English (if a truck hit me I'd be relieved)", akari.RiskConcern,
		"if ~1 a|the|some ~0 truck|car|bus|train ~2 hit|hits|ran_over|runs_over ~1 me ~10 relieved|relief|fine|okay|wouldnt_mind|dont_mind|better|nice|peace"),
	// Places and means.
	en("into the barrier, in English (turning the wheel into the barrier)", akari.RiskHigh,
		"turn|turning|steer|steering|swerve|swerving|drive|driving|crash|crashing|jerk|jerking ~4 into ~2 the_barrier|a_barrier|the_wall|a_wall|the_median|oncoming|a_truck|the_guardrail|a_pole|the_sea|the_river|the_pillar"),
	en("walking into the sea, in English", akari.RiskHigh, "walk|walking|wade|wading|swim|swimming ~1 into|out_into|out_to ~1 the_sea|the_ocean|the_river|the_water|the_waves", "surf", "beach_party", "vacation", "holiday"),
	en("a height simpler, in English (the balcony is simpler)", akari.RiskHigh,
		"balcony|rooftop|roof|bridge|platform|window|ledge|cliff ~3 is|would_be|seems|feels ~1 simpler|easier|quicker|faster|cleaner"),
	en("the roof left open, in English (the rooftop door is never locked. i checked)", akari.RiskHigh,
		"rooftop|roof ~8 never_locked|not_locked|isnt_locked|always_unlocked|unlocked|left_open", "security", "report", "reported", "maintenance", "fire_drill", "fire", "safety", "facilities"),
	en("charcoal and a sealed room, in English", akari.RiskHigh,
		"bought|got|buying|have|picked_up ~3 charcoal|briquettes ~6 tape|hotel|room|car|seal|sealed|duct", "bbq", "barbecue", "grill", "camping", "yakiniku"),
}

// enDenials just before a pattern deny it: I'm not tired of living, I
// don't want to die.
var enDenials = map[string]bool{"not": true, "never": true, "dont": true, "didnt": true, "wont": true, "cant": true, "isnt": true, "arent": true, "no": true, "nor": true, "neither": true}

// enJests after a pattern take it back.
var enJests = [][]string{{"jk"}, {"just", "kidding"}, {"just", "joking"}, {"lol", "jk"}}

// Farewell acts and words of one's own end (the pair; see enFarewell).
var (
	enLetters = en("letters to family", akari.RiskHigh, "wrote|written|writing|left|finished ~2 letters|letter|notes|note|goodbye|goodbyes ~2 to|for ~1 my|everyone|each|all|family|mom|mum|dad|parents", "cover", "recommendation", "reference", "resignation", "complaint", "client", "customer", "clients", "customers", "manager", "boss", "hr", "company")
	enGiving  = []enPattern{
		en("given away", akari.RiskHigh, "gave|given|giving|give ~2 away ~2 my|all|everything", "shift", "shifts", "points", "samples", "tickets", "food", "clothes_to_charity"),
		en("a belonging given", akari.RiskHigh, "gave|given|giving ~0 my ~2 guitar|cat|dog|pet|plants|bike|car|camera|books|games|console|records|things|stuff|savings|watch|ring|laptop ~4 to", "flying_home", "going_home", "moving", "leaving_japan"),
	}
	enActs = []enPattern{
		en("debts settled", akari.RiskHigh, "paid|settled|paying|cleared ~1 back|off|up ~2 my_debts|my_debt|my_loan|my_loans|everyone|my_coworker|my_friend|what_i_owe"),
		en("phone cancelled", akari.RiskHigh, "cancelled|canceled|cancelling|canceling ~1 my ~1 phone|plan|contract|lease|subscriptions|insurance"),
		en("goodbyes said", akari.RiskHigh, "said|saying|say ~1 my|our ~0 goodbyes|goodbye", "office", "team", "farewell_party", "last_day", "moving", "country", "home"),
		en("a will made", akari.RiskHigh, "wrote|written|made|updated|finished ~1 my ~0 will"),
		en("rent paid ahead", akari.RiskHigh, "paid|prepaid|paying ~1 rent|the_rent|my_rent ~1 till|until|up_to|through|in_advance"),
		en("a note left", akari.RiskHigh, "left|leaving ~1 a|my ~0 note|letter ~3 asking|telling|for_my|to_my|to_call", "shift", "desk", "fridge", "colleague", "coworker", "handover", "client"),
	}
	enEnds = []enPattern{
		en("when I'm gone", akari.RiskHigh, "when|after|once im|i_am|i gone|dead|die|am_gone"),
		en("in every sense", akari.RiskHigh, "in_every_sense|every_sense_of_the_word"),
		en("calm about it", akari.RiskHigh, "calm|peace|peaceful|relieved ~2 about_it|with_it|with_my_decision|now_that_i_decided|now_that_ive_decided"),
		en("not needed any more", akari.RiskHigh, "wont|will_not|not_going_to ~1 need|be_needing ~1 it|them|this|any ~1 anymore|any_more"),
		en("no one stuck with it", akari.RiskHigh, "no_one|nobody|noone ~2 stuck|left|burdened ~1 with"),
		en("for the last time", akari.RiskHigh, "for_the_last_time|one_last_time"),
		en("where I'm going", akari.RiskHigh, "where_im_going|where_i_am_going|where_im_headed"),
	}
)

// enWords is a message's English words, lower-cased with apostrophes
// dropped (don't → dont), and the sentence each one is in.
type enWords struct {
	words    []string
	sentence []int
}

// minEnglishWords is how many words with a Latin letter a message needs
// to be read in English: fewer (LINE, IT, 36協定) is Japanese.
const minEnglishWords = 3

// englishWords splits text into its English words. Anything that is not
// a letter, a digit or an apostrophe ends a word; . ! ? a line break and
// their Japanese forms end a sentence too. A message with fewer than
// minEnglishWords words holding a letter is not read, and costs one pass
// over its bytes.
func englishWords(text string) (enWords, bool) {
	var w enWords
	if lettered(text) < minEnglishWords {
		return w, false
	}
	sent := 0
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			w.words = append(w.words, b.String())
			w.sentence = append(w.sentence, sent)
			b.Reset()
		}
	}
	for _, r := range text {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case r >= 'A' && r <= 'Z':
			b.WriteRune(r + 'a' - 'A')
		case r == '\'' || r == '’':
		case r == '.' || r == '!' || r == '?' || r == '\n' || r == '。' || r == '！' || r == '？':
			flush()
			sent++
		default:
			flush()
		}
	}
	flush()
	return w, true
}

// lettered counts the runs of ASCII letters and digits in text that hold
// a letter, stopping at minEnglishWords.
func lettered(text string) int {
	n, in, letter := 0, false, false
	for i := 0; i < len(text) && n < minEnglishWords; i++ {
		c := text[i] | 0x20 // lower-cased, for letters
		switch {
		case c >= 'a' && c <= 'z':
			in, letter = true, true
		case text[i] >= '0' && text[i] <= '9', text[i] == '\'':
			in = true
		default:
			if in && letter {
				n++
			}
			in, letter = false, false
		}
	}
	if in && letter {
		n++
	}
	return n
}

// matches reports whether p is read in w: its words, with nothing around
// them that denies them or makes them ordinary.
func (p *enPattern) matches(w *enWords) bool {
	for i := range w.words {
		if end, ok := p.matchAt(w, 0, i, w.sentence[i]); ok {
			if p.deniedBefore(w, i) || p.promisedNot(w, i, end) || p.ordinary(w, w.sentence[i]) || p.followed(w, end) || jestAfter(w, end) || p.laughOff && laughedAfter(w, end) {
				continue
			}
			return true
		}
	}
	return false
}

// matchAt matches slots[k:] with slot k starting no later than at+gap
// (at exactly when k is 0), all within sentence s.
func (p *enPattern) matchAt(w *enWords, k, at, s int) (int, bool) {
	if k == len(p.slots) {
		return at, true
	}
	last := at
	if k > 0 {
		last = at + p.slots[k].gap
	}
	for i := at; i <= last && i < len(w.words) && w.sentence[i] == s; i++ {
		for _, alt := range p.slots[k].alts {
			if wordsAt(w, i, alt, s) {
				if end, ok := p.matchAt(w, k+1, i+len(alt), s); ok {
					return end, true
				}
			}
		}
	}
	return 0, false
}

func wordsAt(w *enWords, i int, alt []string, s int) bool {
	if i+len(alt) > len(w.words) {
		return false
	}
	for j, a := range alt {
		if w.words[i+j] != a || w.sentence[i+j] != s {
			return false
		}
	}
	return true
}

// enPromisedNot are the words of a promise not to do something (I won't
// hurt myself tonight, I'll never do that).
var enPromisedNot = map[string]bool{"wont": true, "never": true}

// promisedNot reports a promise not to inside a match from word i to end
// (I won't hurt myself: the pattern's I … hurt myself, with wont between),
// unless the pattern's own words hold one.
func (p *enPattern) promisedNot(w *enWords, i, end int) bool {
	if p.owns {
		return false
	}
	for j := i; j < end && j < len(w.words); j++ {
		if enPromisedNot[w.words[j]] {
			return true
		}
	}
	return false
}

// deniedBefore reports a denial among the two words before word i in
// its sentence (I'm not, I really don't); one farther off denies
// something else (I won't need them where I'm going).
func (p *enPattern) deniedBefore(w *enWords, i int) bool {
	reach := p.reach
	if reach == 0 {
		reach = 2
	}
	for j := i - 1; j >= 0 && j >= i-reach && w.sentence[j] == w.sentence[i]; j-- {
		if enDenials[w.words[j]] {
			return true
		}
	}
	return false
}

// ordinary reports a word of p's context in sentence s.
func (p *enPattern) ordinary(w *enWords, s int) bool {
	for _, alt := range p.unless {
		for i := range w.words {
			if w.sentence[i] == s && wordsAt(w, i, alt, s) {
				return true
			}
		}
	}
	return false
}

// followed reports a word of p.notAfter right after word end, in its
// sentence.
func (p *enPattern) followed(w *enWords, end int) bool {
	if end >= len(w.words) || w.sentence[end] != w.sentence[end-1] {
		return false
	}
	for _, a := range p.notAfter {
		if w.words[end] == a {
			return true
		}
	}
	return false
}

// reaching sets how far before p a denial may stand.
func (p enPattern) reaching(n int) enPattern {
	p.reach = n
	return p
}

// laughed makes p laughed off by a laugh after it in its sentence.
func (p enPattern) laughed() enPattern {
	p.laughOff = true
	return p
}

// enLaughs are laughs owned in English.
var enLaughs = map[string]bool{"lol": true, "lmao": true, "haha": true, "hahaha": true, "lolol": true, "rofl": true, "jk": true}

// laughedAfter reports a laugh after word end in its sentence.
func laughedAfter(w *enWords, end int) bool {
	if end == 0 {
		return false
	}
	s := w.sentence[end-1]
	for i := end; i < len(w.words) && w.sentence[i] == s; i++ {
		if enLaughs[w.words[i]] {
			return true
		}
	}
	return false
}

// after sets p's notAfter.
func (p enPattern) after(words ...string) enPattern {
	p.notAfter = words
	return p
}

// jestAfter reports a joke owned after word end (…lol jk).
func jestAfter(w *enWords, end int) bool {
	for i := end; i < len(w.words) && i < end+6; i++ {
		for _, j := range enJests {
			if wordsAt(w, i, j, w.sentence[i]) {
				return true
			}
		}
	}
	return false
}

// englishRisk reads text's English words: the highest risk a pattern or
// the farewell pair reads, and its name.
func englishRisk(w *enWords) (akari.Risk, string) {
	risk, why := akari.RiskNone, ""
	for i := range enPatterns {
		p := &enPatterns[i]
		if riskRank(p.risk) <= riskRank(risk) {
			continue
		}
		if p.matches(w) {
			risk, why = p.risk, p.name
		}
	}
	if risk != akari.RiskHigh {
		if enFarewell(w) {
			risk, why = akari.RiskHigh, "affairs put in order, in English (letters written, my guitar given to a friend)"
		}
	}
	return risk, why
}

// enFarewell reads the farewell pair: an act of putting affairs in order
// next to words of one's own end, or two acts of which one is a letter or
// a belonging given away.
func enFarewell(w *enWords) bool {
	strong, acts := 0, 0
	if enLetters.matches(w) {
		strong++
	}
	if anyMatch(enGiving, w) {
		strong++
	}
	for i := range enActs {
		if enActs[i].matches(w) {
			acts++
		}
	}
	if strong+acts == 0 {
		return false
	}
	// Three acts together (a phone contract cancelled, rent paid ahead, a
	// note left) are affairs put in order, whatever is said of them.
	if strong >= 1 && strong+acts >= 2 || acts >= 3 {
		return true
	}
	return anyMatch(enEnds, w)
}

// anyMatch reports whether any of ps matches w.
func anyMatch(ps []enPattern, w *enWords) bool {
	for i := range ps {
		if ps[i].matches(w) {
			return true
		}
	}
	return false
}
