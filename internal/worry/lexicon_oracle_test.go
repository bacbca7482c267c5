package worry

import (
	"bytes"
	"slices"
	"testing"
	"unicode/utf8"
)

// scanByPrefix is lexicon.scan before the sixth pass: every word that
// shares a first-rune bucket compared with bytes.HasPrefix.
func (l *lexicon) scanByPrefix(text []byte, out []occurrence) []occurrence {
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(text[i:])
		}
		hd := l.heads[headOf(r)]
		for _, id := range l.flat[hd[0]:hd[1]] {
			if bytes.HasPrefix(text[i:], l.words[id]) {
				out = append(out, occurrence{word: id, at: int32(i)})
			}
		}
		i += size
	}
	return out
}

// TestLexiconScanAgreesWithPrefixes reads every message of the project's
// sets as the crisis detector does, and cuts of it from the end (so that
// words meet the end of the text at many lengths), and wants the
// same occurrences, in the same order, from both scans. The lexicon's
// own words, alone and run together, are read too: each must be found.
func TestLexiconScanAgreesWithPrefixes(t *testing.T) {
	m := loadModel(t)
	lex := &m.lex
	var texts [][]byte
	for _, text := range oracleTexts(t) {
		texts = append(texts, crisisText(nil, normalize(nil, text, crisisView)))
	}
	// The messages are cut at every third byte of their last 24 (a cut
	// inside a character three times in four), the words and the odd
	// texts below at every byte: the sets grow each round, and scanning
	// each message 25 times was most of this package's test time under
	// the race detector.
	messages := len(texts)
	var all []byte
	for _, w := range lex.words {
		texts = append(texts, w)
		all = append(all, w...)
	}
	texts = append(texts, all, []byte("\xe6\xad"), []byte("死\x00\x00"), []byte{})
	var compared int
	for i, b := range texts {
		step := 1
		if i < messages {
			step = 3
		}
		for end := len(b); end >= 0 && end >= len(b)-24; end -= step {
			got, want := lex.scan(b[:end], nil), lex.scanByPrefix(b[:end], nil)
			if !slices.Equal(got, want) {
				t.Fatalf("scan(%q) = %v, want %v", b[:end], got, want)
			}
			compared++
		}
	}
	for id, w := range lex.words {
		if got := lex.scan(w, nil); !slices.Contains(got, occurrence{word: uint16(id), at: 0}) {
			t.Errorf("scan(%q) = %v, does not find the word itself", w, got)
		}
	}
	t.Logf("%d texts compared, %d words", compared, len(lex.words))
}
