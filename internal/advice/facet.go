package advice

import (
	"slices"
	"strings"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/playbook"
)

// earlierFacetTurns is how many of the person's earlier messages can keep a
// facet on: 「有給を断られた」 then 「どうしたらいい？」 is still about paid leave.
const earlierFacetTurns = 3

// activeFacet returns the facet that leads this reply, or nil. The worry's
// own facets come before the cross-cutting ones (health), and within that
// order a facet named in this message wins over one known from the facts,
// which wins over one named in an earlier message.
func activeFacet(pb *playbook.Playbook, lis *playbook.Listening, in input) *playbook.Facet {
	all := make([]*playbook.Facet, 0, len(pb.Facets)+len(lis.Facets))
	for i := range pb.Facets {
		all = append(all, &pb.Facets[i])
	}
	for i := range lis.Facets {
		all = append(all, &lis.Facets[i])
	}
	on := func(f *playbook.Facet) bool { return !f.Unless.Any(in.mem) }
	var mayBuf [16]*playbook.Facet
	may := in.pieces.facetsMayName(in.text, all, mayBuf[:0])
	for _, f := range all {
		if on(f) && slices.Contains(may, f) && matchAt(f.Keywords, in) >= 0 {
			return f
		}
	}
	var buf [8]*playbook.Facet
	namedIn := func(text string) *playbook.Facet {
		named := in.pieces.facetsNamed(text, all, buf[:0])
		for _, f := range all {
			if on(f) && slices.Contains(named, f) {
				return f
			}
		}
		return nil
	}
	if in.ask != "" {
		// 「もっと詳しく」 right after 「有給も取れない」 is about paid
		// leave, whatever else is known about the person.
		for _, text := range in.earlierUserTexts(1) {
			if f := namedIn(text); f != nil {
				return f
			}
		}
	}
	for _, f := range all {
		if on(f) && f.Facts.Any(in.mem) {
			return f
		}
	}
	turns := earlierFacetTurns
	if in.ask == "" && !in.repeat && !in.followsOn() {
		// A new message in the worry that names no facet has moved on;
		// a short question (「産業医につないだほうがいいのかな」) has not,
		// nor has a short line that goes on with the story just told
		// (「週3で1年働いてる」「会社に言ったら干されそう」).
		if !in.short() {
			return nil
		}
		turns = 2
	}
	// The person's messages before this one, folded once; the turns may
	// hold this message already, or not yet.
	earlier := in.earlierUserTexts(max(turns, joinedTurns) + 1)
	if len(earlier) > 0 && earlier[0] == in.text {
		earlier = earlier[1:]
	}
	for _, text := range earlier[:min(turns, len(earlier))] {
		if f := namedIn(text); f != nil {
			return f
		}
	}
	if len(earlier) > 0 {
		// 「育休を取りたい」, 「男性でも取れますか？」, then 「いつまでに申し
		// 出れば？」: the words of 男性+育休 a message apart name the facet
		// the messages are about — read together, as a question of a rule
		// is with the message before it (knowledgeAnswer).
		earlier = earlier[:min(joinedTurns, len(earlier))]
		slices.Reverse(earlier)
		together := in
		together.text, together.joined = strings.Join(append(earlier, in.text), "\n"), true
		var apartBuf [16]*playbook.Facet
		may := in.pieces.facetsMayNameApart(together.text, all, apartBuf[:0])
		for _, f := range all {
			if on(f) && slices.Contains(may, f) && namesApart(f.Keywords, together) {
				return f
			}
		}
	}
	return nil
}

// facetNamed returns the facet for every worry this message names — the
// body (health, an injury) before the others, in their order — or nil.
// With no worry on the table it leads the reply: 「頭痛がひどくて仕事に
// ならない」 is about the body, 「顧問って断れるんですか？」 about a teacher's
// duties, whatever worry they turn out to be.
func facetNamed(lis *playbook.Listening, in input) *playbook.Facet {
	var named *playbook.Facet
	for i := range lis.Facets {
		f := &lis.Facets[i]
		if f.Unless.Any(in.mem) || matchAt(f.Keywords, in) < 0 {
			continue
		}
		if f.Care {
			return f
		}
		if named == nil {
			named = f
		}
	}
	return named
}

// containsAnyFolded reports whether text, folded, holds one of the folded
// terms. Keywords of words apart (男性+育休) are left to the messages read
// together (activeFacet): scanning each earlier message for each of their
// words costs more than the rest of the facet's search.
func containsAnyFolded(text string, folded []string) bool {
	for _, t := range folded {
		if t != "" && !strings.Contains(t, "+") && strings.Contains(text, t) {
			return true
		}
	}
	return false
}

// namesApart reports whether in names one of the keywords of words apart
// (男性+育休); the single words were looked for message by message.
func namesApart(keywords []string, in input) bool {
	for _, k := range in.pieces.folded(keywords) {
		if strings.Contains(k, "+") {
			if i, _ := in.findFolded(k); i >= 0 {
				return true
			}
		}
	}
	return false
}

// joinedTurns is how many of the person's messages before this one are
// read together with it for a facet whose words they share.
const joinedTurns = 4

// stepTexts are the steps that fit the person, the facet's first; an
// exclusive facet's alone.
func stepTexts(pb *playbook.Playbook, f *playbook.Facet, in input) []string {
	var out []string
	if f != nil {
		for _, s := range f.Steps {
			if s.Fits(in.mem) {
				out = append(out, s.Text)
			}
		}
		if f.Exclusive || (f.Care && (matchAt(f.Keywords, in) >= 0 || in.answer.Kind != akari.AnswerNone)) {
			// Body signs named in this message come first and alone:
			// 「眠れない」 is not answered with the worry's other steps, nor
			// is a short answer about them (「2週間くらい」).
			return out
		}
	}
	for _, s := range pb.Steps {
		if s.Fits(in.mem) {
			out = append(out, s.Text)
		}
	}
	return out
}

// questionTexts are the questions that may be put to the person: none
// asks for something they told, the facet's come first.
func questionTexts(pb *playbook.Playbook, f *playbook.Facet, in input) []string {
	var out []string
	add := func(qs []playbook.Question) {
		for _, q := range qs {
			if q.Usable(in.mem) {
				out = append(out, q.Text)
			}
		}
	}
	if f != nil {
		add(f.Questions)
	}
	if f == nil || !f.Exclusive {
		add(pb.Questions)
	}
	return out
}

// firsts are the candidate answers to "what first?", in priority order.
func firsts(pb *playbook.Playbook, f *playbook.Facet, in input) []playbook.First {
	var out []playbook.First
	if f != nil {
		for _, x := range f.First {
			if x.Fits(in.mem) {
				out = append(out, x)
			}
		}
		if f.Exclusive && len(out) > 0 {
			return out
		}
	}
	for _, x := range pb.First {
		if x.Fits(in.mem) {
			out = append(out, x)
		}
	}
	return out
}

// notes are the how-to notes that fit, the facet's first, then the
// worry's, then the ones for every worry (listening.yaml): the notes a
// question can name. Without a name, only the worry's own are next in
// line (worryNotes).
func notes(pb *playbook.Playbook, lis *playbook.Listening, f *playbook.Facet, in input) []*playbook.Note {
	return fitting(worryNotes(pb, f, in), lis.Notes, in)
}

// fitting appends to dst the notes of ns that fit the person. They are
// pointers into the library: a note is too large to copy hundreds of times
// a message (listening.yaml holds some six hundred).
func fitting(dst []*playbook.Note, ns []playbook.Note, in input) []*playbook.Note {
	for i := range ns {
		if ns[i].Fits(in.mem) {
			dst = append(dst, &ns[i])
		}
	}
	return dst
}

// worryNotes are the facet's and the worry's how-to notes that fit.
func worryNotes(pb *playbook.Playbook, f *playbook.Facet, in input) []*playbook.Note {
	var out []*playbook.Note
	if f != nil {
		out = fitting(out, f.HowTo, in)
		if f.Exclusive && len(out) > 0 {
			return out
		}
	}
	return fitting(out, pb.HowTo, in)
}

// insightTexts are the insights to draw on: the facet's, then (unless it is
// exclusive) the playbook's.
func insightTexts(pb *playbook.Playbook, f *playbook.Facet) []string {
	if f == nil {
		return pb.Insights
	}
	if f.Exclusive {
		return f.Insights
	}
	return append(append([]string(nil), f.Insights...), pb.Insights...)
}

// usableQuestions filters listening questions by what is known.
func usableQuestions(qs []playbook.Question, in input) []string {
	var out []string
	for _, q := range qs {
		if q.Usable(in.mem) {
			out = append(out, q.Text)
		}
	}
	return out
}
