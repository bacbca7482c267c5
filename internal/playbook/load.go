package playbook

import (
	"errors"
	"io/fs"
	"path"
	"strings"
	"text/template"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/yamldoc"
)

// File names inside the prompts folder. Other files there (categories/,
// crisis signals, README.md) belong to other parts of Akari and are left
// alone.
const (
	PersonaFile = "persona.md"
	// CareFile is the system prompt a model gets in care mode.
	CareFile     = "care.md"
	SafetyFile   = "safety.md"
	MessagesFile = "messages.yaml"
	PlaybookDir  = "playbooks"
	// CategoryDir holds the worry taxonomy (label, description, examples);
	// the classifier trains on it and playbooks take their labels from it.
	CategoryDir = "categories"
)

// requiredMessages are the keys messages.yaml must define.
var requiredMessages = []string{
	"greeting", "help", "reset_done", "delete_done", "non_text", "clarify",
	"crisis", "crisis_followup", "crisis_again", "fallback", "injection",
	"human_active", "hand_back", "jobs_intro", "jobs_kind_missing", "jobs_more", "jobs_none", "jobs_more_none",
	"lead_unavailable", "lead_exists", "intake_start", "intake_resume",
	"intake_area", "intake_remote", "intake_employment", "intake_time",
	"intake_phone", "intake_phone_invalid", "intake_choice_invalid",
	"intake_consent", "intake_done", "intake_declined", "intake_left",
	"withdraw_done", "withdraw_none", "another_worry", "annoyed",
	"jobs_declined", "privacy", "intake_known", "lead_noted",
	"concern", "care_listen_1", "care_listen_2", "care_listen_3", "care_work", "care_cannot_call", "care_wound", "care_silence", "care_silence_2", "care_alone", "care_alone_now",
	"care_jobs", "care_jobs_3", "care_handover", "care_calmer", "care_safe", "care_false_alarm", "false_alarm_open",
	"care_answer_yes", "care_answer_no", "care_unsafe", "care_safe_more", "care_jobs_2", "care_means", "care_means_place", "care_back_to_worry", "care_back_tail",
	"concern_again", "care_handover_2",
	"care_q_cost", "care_q_anonymous", "care_q_secret", "care_calmer_again", "jobs_card_liked", "care_sleep_harmed", "care_sleep_ready", "care_safe_again", "care_q_ai", "care_q_why", "care_q_what_to_say", "care_q_chat", "care_q_busy", "care_q_reached", "care_q_hours", "care_q_stop", "jobs_employment_missing", "jobs_listing_all", "jobs_listing_all_2", "jobs_listing_all_3", "jobs_which", "jobs_which_none", "jobs_kind_missing_2", "jobs_listing_again", "jobs_listing_again_2", "jobs_shown_again", "care_taken_back", "care_played_down", "care_harm_not_dying", "care_work_question", "care_sign_again", "care_now_near", "care_tonight_hedged", "care_treated", "care_safe_jobs", "care_means_away", "care_leaving", "care_q_doubt", "care_sleep_check", "care_place_silence", "intake_thanks", "care_means_silence", "care_q_number", "care_minimised", "care_fine_asked",
	"care_calmer_ask", "care_calmer_sleep", "care_tonight_again", "jobs_intro_again", "jobs_intro_again_2", "jobs_intro_again_3", "jobs_more_2", "jobs_held_some",
	"crisis_now", "crisis_harmed", "crisis_pills_past", "false_alarm_glad", "crisis_means", "safe_after_care", "jobs_listing", "jobs_listing_2", "jobs_listing_3", "jobs_listing_missing", "jobs_nearer", "jobs_unmet", "jobs_unmet_2", "care_wound_tended", "care_now", "care_now_2", "care_now_3", "care_help_called", "crisis_edge", "care_edge", "care_edge_2", "care_edge_3", "care_means_home",
	"jobs_thanks", "crisis_followup_2", "care_means_none", "news_congrats", "news_relief", "news_slip", "news_slip_again", "handover_shared", "handover_cancel", "intake_aside", "contact_not_yet",
}

// requiredQuickReplies are the chip sets messages.yaml must define.
var requiredQuickReplies = []string{
	"greeting", "guiding", "jobs", "jobs_none", "intake_area", "intake_remote",
	"intake_employment", "intake_time", "intake_phone", "intake_consent",
	"care", "care_check", "care_back", "care_back_jobs", "privacy",
}

// keepsLineInReach reports whether a message is said in care mode, where
// every reply names a line that answers at any hour. The apology for a
// false alarm ends care mode and is followed by other words.
func keepsLineInReach(key string) bool {
	return key == "concern" || key == "concern_again" || (strings.HasPrefix(key, "care_") && key != "care_false_alarm")
}

// load reads everything it can and reports every problem it meets; the
// Library is only meaningful when there are no problems.
func load(fsys fs.FS) (*Library, Problems) {
	var probs Problems
	lib := &Library{
		messages:  map[string]*template.Template{},
		quick:     map[string][]akari.QuickReply{},
		playbooks: map[akari.Category]*Playbook{},
	}
	if src, ok := readFile(fsys, PersonaFile, &probs); ok {
		c := yamldoc.NewFile(PersonaFile, &probs)
		checkLength(c, src, "persona", MaxPersonaRunes)
		lib.persona = parseTemplate(c, "persona", src, 1, PersonaData{})
	}
	if src, ok := readFile(fsys, CareFile, &probs); ok {
		c := yamldoc.NewFile(CareFile, &probs)
		checkLength(c, src, "care prompt", MaxPersonaRunes)
		lib.care = parseTemplate(c, "care", src, 1, CareData{})
		if !strings.Contains(src, "{{.AllHours}}") {
			c.Add(0, "care.md must list the 24-hour lines with {{.AllHours}}: every care reply names one")
		}
	}
	if src, ok := readFile(fsys, SafetyFile, &probs); ok {
		c := yamldoc.NewFile(SafetyFile, &probs)
		checkLength(c, src, "safety rules", MaxSafetyRunes)
		if strings.Contains(src, "{{") {
			c.Add(0, "safety.md is plain text, not a template; remove {{ }}")
		}
		lib.safety = strings.TrimSpace(src)
	}
	if src, ok := readFile(fsys, MessagesFile, &probs); ok {
		loadMessages(yamldoc.NewFile(MessagesFile, &probs), []byte(src), lib)
	}
	if src, ok := readFile(fsys, HotlinesFile, &probs); ok {
		lib.hotlines = loadHotlines(yamldoc.NewFile(HotlinesFile, &probs), []byte(src))
	}
	if lib.hotlines == nil {
		lib.hotlines = &Hotlines{}
	}
	loadPlaybooks(fsys, &probs, lib)
	loadListening(fsys, &probs, lib)
	probs.Sort()
	return lib, probs
}

func readFile(fsys fs.FS, name string, probs *Problems) (string, bool) {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		msg := err.Error()
		if errors.Is(err, fs.ErrNotExist) {
			msg = "file is missing"
		}
		*probs = append(*probs, Problem{File: name, Msg: msg})
		return "", false
	}
	if !utf8.Valid(b) {
		*probs = append(*probs, Problem{File: name, Msg: "file is not valid UTF-8"})
		return "", false
	}
	if strings.TrimSpace(string(b)) == "" {
		*probs = append(*probs, Problem{File: name, Msg: "file is empty"})
		return "", false
	}
	return string(b), true
}

func checkLength(c yamldoc.File, s, what string, limit int) {
	if n := utf8.RuneCountInString(s); n > limit {
		c.Add(0, "%s too long: %d characters (limit %d)", what, n, limit)
	}
}

func loadMessages(c yamldoc.File, data []byte, lib *Library) {
	root := c.ParseMapping(data)
	if root == nil {
		return
	}
	known := map[string]bool{}
	// Any other key is reported: most likely a typo that would leave a line
	// unused.
	for _, k := range requiredMessages {
		known[k] = true
	}
	for _, p := range c.Pairs(root) {
		switch {
		case p.Key == "quick_replies":
			loadQuickReplies(c, p.Value, lib)
		case !known[p.Key]:
			c.Add(p.Line, "unknown message key %q (known: %s, quick_replies)", p.Key,
				strings.Join(requiredMessages, ", "))
		default:
			t, ok := scalar(c, p.Value, p.Key)
			if !ok {
				continue
			}
			if n := utf8.RuneCountInString(t.s); n > MaxMessageRunes {
				c.Add(t.line, "message %s is too long: %d characters (limit %d)", p.Key, n, MaxMessageRunes)
			}
			if strings.HasPrefix(p.Key, "crisis") && !strings.Contains(t.s, "{{.Hotlines}}") {
				// The numbers live in hotlines.yaml, which checks them.
				c.Add(t.line, "message %s must print the crisis lines with {{.Hotlines}}", p.Key)
			}
			if keepsLineInReach(p.Key) && !strings.Contains(t.s, "{{.AllHours}}") && !strings.Contains(t.s, "{{.Chats}}") && !strings.Contains(t.s, "{{.Hotlines}}") {
				c.Add(t.line, "message %s is said in care mode and must keep the 24-hour lines in reach with {{.AllHours}}", p.Key)
			}
			if tm := parseTemplate(c, p.Key, t.s, t.body, MessageData{}); tm != nil {
				lib.messages[p.Key] = tm
			}
		}
	}
	for _, k := range requiredMessages {
		if _, ok := lib.messages[k]; !ok && !definedKey(root, k) {
			c.Add(0, "missing message %q", k)
		}
	}
	for _, set := range requiredQuickReplies {
		if _, ok := lib.quick[set]; !ok {
			c.Add(0, "missing quick_replies set %q", set)
		}
	}
}

// definedKey reports whether the mapping has key, so a message that is
// present but broken is not also reported as missing.
func definedKey(m *yaml.Node, key string) bool {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return true
		}
	}
	return false
}

func loadQuickReplies(c yamldoc.File, n *yaml.Node, lib *Library) {
	if n.Kind != yaml.MappingNode {
		c.Add(n.Line, "quick_replies: expected a mapping of set name to a list of chips")
		return
	}
	for _, set := range c.Pairs(n) {
		items := sequence(c, set.Value, "quick_replies."+set.Key)
		if len(items) == 0 {
			c.Add(set.Line, "quick_replies.%s: no chips", set.Key)
			continue
		}
		if len(items) > MaxQuickReplies {
			c.Add(set.Line, "quick_replies.%s: %d chips (LINE allows %d)", set.Key, len(items), MaxQuickReplies)
		}
		var qs []akari.QuickReply
		for _, item := range items {
			what := "quick_replies." + set.Key
			if item.Kind != yaml.MappingNode {
				c.Add(item.Line, "%s: expected {label, text}", what)
				continue
			}
			var q akari.QuickReply
			for _, f := range c.Pairs(item) {
				t, ok := scalar(c, f.Value, what+"."+f.Key)
				if !ok {
					continue
				}
				switch f.Key {
				case "label":
					q.Label = t.s
					checkPlain(c, t, what+" label", MaxLabelRunes)
				case "text":
					q.Text = t.s
					checkPlain(c, t, what+" text", MaxQuickTextRunes)
				case "data":
					q.Data = t.s
					checkPlain(c, t, what+" data", MaxQuickTextRunes)
				default:
					c.Add(f.Line, "%s: unknown field %q (label, text, data)", what, f.Key)
				}
			}
			if q.Label == "" {
				c.Add(item.Line, "%s: chip without a label", what)
				continue
			}
			qs = append(qs, q)
		}
		lib.quick[set.Key] = qs
	}
}

func loadPlaybooks(fsys fs.FS, probs *Problems, lib *Library) {
	entries, err := fs.ReadDir(fsys, PlaybookDir)
	if err != nil {
		*probs = append(*probs, Problem{File: PlaybookDir, Msg: "cannot read playbooks: " + err.Error()})
	}
	for _, e := range entries {
		name := e.Name()
		ext := path.Ext(name)
		if e.IsDir() || (ext != ".yaml" && ext != ".yml") {
			continue
		}
		file := path.Join(PlaybookDir, name)
		c := yamldoc.NewFile(file, probs)
		cat := akari.Category(strings.TrimSuffix(name, ext))
		if !cat.Valid() {
			c.Add(0, "unknown category %q (file names are category ids: %s)", string(cat), categoryList())
			continue
		}
		if ext == ".yml" {
			c.Add(0, "use the .yaml extension")
			continue
		}
		src, ok := readFile(fsys, file, probs)
		if !ok {
			continue
		}
		if pb := parsePlaybook(c, cat, []byte(src)); pb != nil {
			pb.Label = categoryLabel(fsys, cat)
			lib.playbooks[cat] = pb
		}
	}
	for _, cat := range akari.Categories() {
		if _, ok := lib.playbooks[cat]; ok {
			continue
		}
		file := path.Join(PlaybookDir, string(cat)+".yaml")
		if _, err := fs.Stat(fsys, file); err == nil {
			continue // present but broken: already reported
		}
		*probs = append(*probs, Problem{File: file, Msg: "missing playbook for category " + string(cat)})
	}
}

func categoryList() string {
	var ids []string
	for _, c := range akari.Categories() {
		ids = append(ids, string(c))
	}
	return strings.Join(ids, ", ")
}

// categoryLabel reads the Japanese label of cat from the taxonomy in
// categories/<id>.yaml; problems there are the classifier's lint to report.
// Without one, the id stands in.
func categoryLabel(fsys fs.FS, cat akari.Category) string {
	data, err := fs.ReadFile(fsys, path.Join(CategoryDir, string(cat)+".yaml"))
	if err != nil {
		return string(cat)
	}
	var head struct {
		Label string `yaml:"label"`
	}
	if yaml.Unmarshal(data, &head) != nil || strings.TrimSpace(head.Label) == "" {
		return string(cat)
	}
	return strings.TrimSpace(head.Label)
}
