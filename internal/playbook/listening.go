package playbook

import (
	"io/fs"

	"github.com/akari-career/akari/internal/yamldoc"
)

// ListeningFile holds the lines that belong to no single worry (see
// Listening).
const ListeningFile = "listening.yaml"

// listeningLists are the plain line lists of listening.yaml, each required.
var listeningLists = []struct {
	key string
	max int
	set func(*Listening, []string)
}{
	{"gentle", MaxEmpathyRunes, func(l *Listening, s []string) { l.Gentle = s }},
	{"gentle_follow", MaxEmpathyRunes, func(l *Listening, s []string) { l.GentleFollow = s }},
	{"gentle_closing", MaxClosingRunes, func(l *Listening, s []string) { l.GentleClosing = s }},
	{"thanks_relief", MaxLeadRunes, func(l *Listening, s []string) { l.ThanksRelief = s }},
	{"thanks_resolve", MaxLeadRunes, func(l *Listening, s []string) { l.ThanksResolve = s }},
	{"thanks_night", MaxLeadRunes, func(l *Listening, s []string) { l.ThanksNight = s }},
	{"core", MaxInsightRunes, func(l *Listening, s []string) { l.Core = s }},
	{"repeated", MaxEmpathyRunes, func(l *Listening, s []string) { l.Repeated = s }},
	{"steps_lead", MaxLeadRunes, func(l *Listening, s []string) { l.StepsLead = s }},
	{"more_lead", MaxLeadRunes, func(l *Listening, s []string) { l.MoreLead = s }},
	{"first_lead", MaxLeadRunes, func(l *Listening, s []string) { l.FirstLead = s }},
	{"how_to_lead", MaxLeadRunes, func(l *Listening, s []string) { l.HowToLead = s }},
	{"where_lead", MaxLeadRunes, func(l *Listening, s []string) { l.WhereLead = s }},
	{"answer_long", MaxEmpathyRunes, func(l *Listening, s []string) { l.AnswerLong = s }},
	{"answer_recent", MaxEmpathyRunes, func(l *Listening, s []string) { l.AnswerRecent = s }},
	{"answer_often", MaxEmpathyRunes, func(l *Listening, s []string) { l.AnswerOften = s }},
	{"answer_sometimes", MaxEmpathyRunes, func(l *Listening, s []string) { l.AnswerSometimes = s }},
	{"answer_not_told", MaxEmpathyRunes, func(l *Listening, s []string) { l.AnswerNotTold = s }},
	{"answer_told", MaxEmpathyRunes, func(l *Listening, s []string) { l.AnswerTold = s }},
	{"answer_body_long", MaxEmpathyRunes, func(l *Listening, s []string) { l.AnswerBodyLong = s }},
	{"answer_body_recent", MaxEmpathyRunes, func(l *Listening, s []string) { l.AnswerBodyRecent = s }},
	{"answer_lead", MaxLeadRunes, func(l *Listening, s []string) { l.AnswerLead = s }},
	{"fact_check_in", MaxLeadRunes, func(l *Listening, s []string) { l.FactCheckIn = s }},
	{"goodnight", MaxLeadRunes, func(l *Listening, s []string) { l.Goodnight = s }},
	{"recap_lead", MaxLeadRunes, func(l *Listening, s []string) { l.RecapLead = s }},
	{"facts_lead", MaxLeadRunes, func(l *Listening, s []string) { l.FactsLead = s }},
	{"facts_told", MaxEmpathyRunes, func(l *Listening, s []string) { l.FactsTold = s }},
	{"plan_lead", MaxLeadRunes, func(l *Listening, s []string) { l.PlanLead = s }},
	{"dismissed_lead", MaxEmpathyRunes, func(l *Listening, s []string) { l.DismissedLead = s }},
	{"listen_only", MaxEmpathyRunes, func(l *Listening, s []string) { l.ListenOnly = s }},
}

// minListeningLines keeps every lead-in varied enough that two replies in
// a row never share one.
const minListeningLines = 3

// loadListening reads listening.yaml into lib.
func loadListening(fsys fs.FS, probs *Problems, lib *Library) {
	src, ok := readFile(fsys, ListeningFile, probs)
	if !ok {
		return
	}
	c := yamldoc.NewFile(ListeningFile, probs)
	root := c.ParseMapping([]byte(src))
	if root == nil {
		return
	}
	l := &Listening{}
	seen := map[string]bool{}
	for _, p := range c.Pairs(root) {
		seen[p.Key] = true
		switch p.Key {
		case "gentle_questions":
			l.GentleQuestions = parseQuestions(c, p.Value, "gentle question")
			if !hasOpenQuestion(l.GentleQuestions) {
				c.Add(p.Line, "gentle_questions: at least one must ask no fact")
			}
		case "check_in":
			l.CheckIn = parseQuestions(c, p.Value, "check_in question")
			if !hasOpenQuestion(l.CheckIn) {
				c.Add(p.Line, "check_in: at least one must ask no fact")
			}
		case "facets":
			l.Facets = parseFacets(c, p.Value, "facet")
		case "notes":
			l.Notes = parseNotes(c, p.Value, "notes")
		default:
			found := false
			for _, ll := range listeningLists {
				if ll.key != p.Key {
					continue
				}
				found = true
				lines := strs(texts(c, p.Value, p.Key, ll.max))
				if len(lines) < minListeningLines {
					c.Add(p.Line, "%s: %d lines; at least %d are needed so replies in a row differ", p.Key, len(lines), minListeningLines)
				}
				ll.set(l, lines)
			}
			if !found {
				c.Add(p.Line, "unknown key %q (gentle, gentle_follow, gentle_questions, gentle_closing, thanks_relief, thanks_resolve, thanks_night, core, repeated, steps_lead, more_lead, first_lead, how_to_lead, where_lead, answer_long, answer_recent, answer_often, answer_sometimes, answer_not_told, answer_told, answer_body_long, answer_body_recent, answer_lead, fact_check_in, goodnight, recap_lead, facts_lead, facts_told, plan_lead, dismissed_lead, listen_only, check_in, facets, notes)", p.Key)
			}
		}
	}
	for _, ll := range listeningLists {
		if !seen[ll.key] {
			c.Add(0, "missing %q", ll.key)
		}
	}
	for _, k := range []string{"gentle_questions", "check_in"} {
		if !seen[k] {
			c.Add(0, "missing %q", k)
		}
	}
	lib.listening = l
}
