package advice

import (
	"math"
	"strings"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/pattern"
	"github.com/akari-career/akari/internal/playbook"
)

// A question no keyword list names (「エージェントって何社くらい登録するのが
// 普通？」「確定申告っていくらから必要なんやろ」) may still be what a note
// answers, in other words. Such a question is looked up among the notes
// by the words it shares with them — pairs of kanji, katakana, letters and
// digits, weighed by how few notes hold them (BM25) — and answered by the
// note it names most surely, before the worry's general steps. A keyword
// list says what a note is for; this finds the note a list did not
// foresee, and only when the question's own words point to it.

// noteIndex holds the words of every note that can answer a question:
// the notes for every worry (listening.yaml) and each worry's how-to
// notes. Built once per library.
type noteIndex struct {
	docs   []indexedNote
	idf    map[string]float64
	avgLen float64
}

type indexedNote struct {
	note   playbook.Note
	tf     map[string]int
	length int
}

// BM25's usual constants: how fast a word's weight saturates with its
// count, and how much a long note is discounted.
const (
	bm25K = 1.2
	bm25B = 0.75
)

// Thresholds of a looked-up note, chosen on the conversations written
// blind and the repo's scenarios (docs/guidance.md, round 21): the score
// it must reach, the share of the question's weight it must hold, and the
// distinct word pairs it must share.
const (
	lookupMinScore    = 9.0
	lookupMinCoverage = 0.6
	// …of a question read with the message before it.
	lookupJoinedCoverage = 0.25
	lookupMinPairs       = 2
)

func buildNoteIndex(lib *playbook.Library) *noteIndex {
	x := &noteIndex{idf: map[string]float64{}}
	add := func(n playbook.Note) {
		d := indexedNote{note: n, tf: map[string]int{}}
		text := n.Text + "\n" + strings.ReplaceAll(strings.Join(n.Keywords, "\n"), "+", "\n")
		wordPairs(text, func(p string) {
			d.tf[p]++
			d.length++
		})
		x.docs = append(x.docs, d)
	}
	for _, n := range lib.Listening().Notes {
		add(n)
	}
	for _, c := range akari.Categories() {
		if pb := lib.Playbook(c); pb != nil {
			for _, n := range pb.HowTo {
				add(n)
			}
		}
	}
	df := map[string]int{}
	total := 0
	for _, d := range x.docs {
		total += d.length
		for p := range d.tf {
			df[p]++
		}
	}
	n := float64(len(x.docs))
	for p, k := range df {
		x.idf[p] = math.Log(1 + (n-float64(k)+0.5)/(float64(k)+0.5))
	}
	if len(x.docs) > 0 {
		x.avgLen = float64(total) / n
	}
	return x
}

// wordPairs calls f with each pair of neighbouring characters of s's
// content words (folded; runs of kanji, katakana, letters and digits),
// and with a single kanji standing alone (株, 寮).
func wordPairs(s string, f func(string)) {
	termRuns(s, func(run []rune) {
		switch {
		case len(run) == 1 && run[0] >= 0x4E00 && run[0] <= 0x9FFF:
			f(string(run))
		case len(run) >= 2:
			for i := 0; i+1 < len(run); i++ {
				f(string(run[i : i+2]))
			}
		}
	})
}

// match is how one note answers a question's words.
type match struct {
	doc    int
	score  float64 // BM25
	shared float64 // the weight of the question's pairs the note holds
	pairs  int     // how many of them
	focus  bool    // whether it holds the question's rarest known pair
}

// matches scores every note that shares a pair with text; weight is the
// whole weight of its pairs, a pair no note holds weighing the most: a
// question about what no note names (通勤手当, AWS) is not answered by the
// notes that share its other words.
func (x *noteIndex) matches(text, asked string) (ms []match, weight float64) {
	seen := map[string]bool{}
	var pairs []string
	unknown := math.Log(1 + (float64(len(x.docs))+0.5)/0.5)
	wordPairs(text, func(p string) {
		if seen[p] || numeral(p) {
			return
		}
		seen[p] = true
		if w, ok := x.idf[p]; ok {
			pairs = append(pairs, p)
			weight += w
		} else {
			weight += unknown
		}
	})
	// The focus is the rarest known pair of what is asked; when the
	// message before it is read along (asked is then the question
	// alone), any pair of the question (その3年って…延長できないの？).
	var focus []string
	wordPairs(asked, func(p string) {
		w, ok := x.idf[p]
		switch {
		case !ok || numeral(p):
		case asked != text:
			focus = append(focus, p)
		case len(focus) == 0:
			focus = append(focus, p)
		case w > x.idf[focus[0]]:
			focus[0] = p
		}
	})
	for i, d := range x.docs {
		m := match{doc: i}
		for _, p := range focus {
			m.focus = m.focus || d.tf[p] > 0
		}
		for _, p := range pairs {
			tf := float64(d.tf[p])
			if tf == 0 {
				continue
			}
			m.pairs++
			m.shared += x.idf[p]
			m.score += x.idf[p] * tf * (bm25K + 1) / (tf + bm25K*(1-bm25B+bm25B*float64(d.length)/x.avgLen))
		}
		if m.pairs > 0 {
			ms = append(ms, m)
		}
	}
	return ms, weight
}

// numeral reports whether a pair is all digits (20, 00): amounts and
// times, which say nothing of the subject; 3年 and 8時 do.
func numeral(p string) bool {
	for _, r := range p {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// lookup returns the note the question names most surely, not given yet
// and fitting the person, or false.
func (x *noteIndex) lookup(in input) (playbook.Note, bool) {
	return x.lookupCovering(in, in.text, lookupMinCoverage)
}

// lookupCovering is lookup with what is asked (in.text, or its last part
// when the message before it is read along) and the share of the text's
// weight the note must hold.
func (x *noteIndex) lookupCovering(in input, asked string, coverage float64) (playbook.Note, bool) {
	ms, weight := x.matches(in.text, asked)
	best := -1
	for k, m := range ms {
		d := x.docs[m.doc]
		if m.pairs < lookupMinPairs || best >= 0 && m.score <= ms[best].score || !d.note.Fits(in.mem) || in.alreadySaid(d.note.Text) {
			continue
		}
		best = k
	}
	if best >= 0 && !ms[best].focus {
		// A note holding the question's focus that scores all but as
		// well (その3年って…延長とかできないの？ after 派遣で工場の…3年
		// たつので: the 3年ルール at 24.01 against a note on a factory's
		// certificates at 24.09, round 53) is the one asked about.
		best = x.nearFocused(ms, in, best)
	}
	if best < 0 || !ms[best].focus || ms[best].score < lookupMinScore || ms[best].shared/weight < coverage {
		return playbook.Note{}, false
	}
	return x.docs[ms[best].doc].note, true
}

// focusNear is how close to the best score a note holding the question's
// focus must come to answer it instead.
const focusNear = 0.98

// nearFocused returns the best-scoring match of ms that holds the focus
// and scores within focusNear of ms[best], or best.
func (x *noteIndex) nearFocused(ms []match, in input, best int) int {
	found := best
	for k, m := range ms {
		d := x.docs[m.doc]
		if !m.focus || m.pairs < lookupMinPairs || m.score < focusNear*ms[best].score || !d.note.Fits(in.mem) || in.alreadySaid(d.note.Text) {
			continue
		}
		if found == best || m.score > ms[found].score {
			found = k
		}
	}
	return found
}

// quotedQuestion asks how to answer a question someone will put
// (「お子さんが熱出したらどうしますか？」って聞かれたら？): its words are the
// interviewer's, not the subject of a note.
var quotedQuestion = pattern.MustCompile(`[?？]」(って|と)(聞かれ|きかれ)`)

// pointsBackTo names something the person said before without naming it
// again (その3年って, それって); さっきの points at Akari's words, which
// the notes given lately answer (followon.go).
var pointsBackTo = pattern.MustCompile(`^(その|それ|そういう|そんな)`)

// lookedUp answers a question no keyword named with the note its words
// point to, or nil.
func lookedUp(pb *playbook.Playbook, lis *playbook.Listening, in input) []string {
	if !in.asks() || in.pieces == nil || in.lib == nil || quotedQuestion.MatchString(in.text) {
		return nil
	}
	x := in.pieces.notes(in.lib)
	n, ok := x.lookup(in)
	if !ok && pointsBackTo.MatchString(in.text) {
		// 「その3年ってなんなん？」 asks about what the person said just
		// before (派遣会社から「3年経つから」って言われた): read together.
		if prev := in.previousUserText(); prev != "" {
			wider := in
			wider.text, wider.joined = prev+"\n"+in.text, true
			// The story before the question holds more words than
			// any note: a smaller share of them is enough.
			n, ok = x.lookupCovering(wider, in.text, lookupJoinedCoverage)
		}
	}
	if !ok {
		return nil
	}
	return noteReply(pb, lis, n.Text, in)
}
