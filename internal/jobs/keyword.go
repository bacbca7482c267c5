package jobs

import (
	"strings"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/jatext"
)

// Keywords are matched as substrings of a listing's searchable text. To
// keep a 10,000-listing search under a millisecond, every listing carries a
// 1024-bit signature of the rune bigrams of its text: a keyword can only be
// in the text if all of its bigram bits are set, so the (costlier)
// substring check runs only on the few listings that pass the bit test.
// Search also skips keyword checks for listings that could not enter the
// top results even if every keyword matched (search.go). Keywords of one
// character are ignored: 事 or 海 would match 仕事 or 海外, and they have
// no bigram to filter on.
type signature [16]uint64

func bigramBit(a, b rune) uint32 {
	return (uint32(a)*0x9E3779B1 ^ uint32(b)*0x85EBCA77) >> 22 // 0..1023
}

func signatureOf(text string) signature {
	var s signature
	prev := rune(-1)
	for _, r := range text {
		if prev >= 0 {
			h := bigramBit(prev, r)
			s[h>>6] |= 1 << (h & 63)
		}
		prev = r
	}
	return s
}

// probe is one word of a keyword's signature: the listing must have all
// of mask set in word.
type probe struct {
	word uint8
	mask uint64
}

// normalizeText folds what people type in many ways (jatext.Fold: ＩＴ and
// IT, ﾘﾓｰﾄ and リモート) and drops spaces and tabs. Newlines stay: they
// separate the fields of a listing's text.
func normalizeText(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '\t' {
			return -1
		}
		return r
	}, jatext.Fold(s))
}

// searchText is what keywords are matched against: title, company, place,
// tags, the experience the employer values, highlights and hours.
// kindText is the kind of work a listing is, for Query.Avoid: its title
// and tags, folded as keywords are.
func kindText(l *Listing) string {
	var b strings.Builder
	b.WriteString(l.Title)
	for _, t := range l.Tags {
		b.WriteByte('\n')
		b.WriteString(string(t))
	}
	return normalizeText(b.String())
}

func searchText(l *Listing) string {
	var b strings.Builder
	for _, s := range []string{l.Title, l.Company, l.Prefecture, l.City, l.Hours, string(l.Employment)} {
		b.WriteString(s)
		b.WriteByte('\n')
	}
	for _, t := range l.Tags {
		b.WriteString(string(t))
		b.WriteByte('\n')
	}
	for _, t := range l.ValuesExperience {
		b.WriteString(string(t))
		b.WriteString("経験\n")
	}
	for _, h := range l.Highlights {
		b.WriteString(h)
		b.WriteByte('\n')
	}
	switch l.Remote {
	case RemoteFull:
		b.WriteString("在宅\nリモート\nフルリモート\n")
	case RemotePartial:
		b.WriteString("在宅\nリモート\n一部在宅\n")
	}
	if l.ShortHours {
		b.WriteString("時短\n")
	}
	if l.Flextime {
		b.WriteString("フレックス\n")
	}
	if l.InexperiencedOK {
		b.WriteString("未経験\n")
	}
	return normalizeText(b.String())
}

// keyword is one compiled search word.
type keyword struct {
	orig   string // as the person wrote it, for the Why line
	text   string // normalised
	probes []probe
	weight int32 // what finding it adds to the score
}

// compileKeyword prepares a keyword; it refuses words of fewer than two
// characters.
func compileKeyword(orig string) (keyword, bool) {
	s := strings.ReplaceAll(normalizeText(orig), "\n", "")
	if utf8.RuneCountInString(s) < 2 {
		return keyword{}, false
	}
	sig := signatureOf(s)
	k := keyword{orig: strings.TrimSpace(orig), text: s}
	for i, m := range sig {
		if m != 0 {
			k.probes = append(k.probes, probe{word: uint8(i), mask: m})
		}
	}
	return k, true
}

// in reports whether the keyword is in a listing's text.
func (k *keyword) in(sig *signature, text string) bool {
	for _, p := range k.probes {
		if sig[p.word]&p.mask != p.mask {
			return false
		}
	}
	return strings.Contains(text, k.text)
}

// isCallCenterWord reports whether a keyword describes call-centre work.
// In a resignation it says what the person is leaving, so it raises roles
// that value that experience instead of finding more call centres.
func isCallCenterWord(s string) bool {
	switch normalizeText(s) {
	case "コールセンター", "コルセン", "テレオペ", "テレフォンオペレーター", "オペレーター",
		"電話対応", "電話応対", "受電", "架電", "テレアポ", "インバウンド", "アウトバウンド":
		return true
	}
	return false
}
