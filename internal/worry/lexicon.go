package worry

import (
	"bytes"
	"encoding/binary"
	"unicode/utf8"
)

// A lexicon finds every word of the crisis detector — construction stems,
// crisis.yaml phrases and exclusions, weak risk words — in one pass over a
// message. Searching for each of a few hundred words in turn read the
// message a few hundred times; the lexicon reads it once and, at each
// character, compares only the words that start with that character (found
// through a small hash of the first rune).
type lexicon struct {
	words [][]byte
	uses  [][]use
	ids   map[string]uint16 // while building
	// heads[h] is the range of flat holding the words whose first rune
	// hashes to h.
	heads [lexHeads][2]uint16
	flat  []uint16
	// heads8[id] is words[id]'s first eight bytes (fewer for a shorter
	// word, the rest zero) and masks8[id] marks which of them count: most
	// words that share a first rune are told apart without a call to
	// compare bytes, and a word of up to eight bytes (two kanji, kana
	// and kanji mixed) is found by them alone.
	heads8 []uint64
	masks8 []uint64
}

// lexHeads is the size of the first-rune table; a power of two.
const lexHeads = 1024

// use says who asked for a word: which kind of reader and its index there.
type use struct {
	kind useKind
	idx  uint16
}

type useKind uint8

const (
	useStem       useKind = iota // constructions[idx]
	useSignal                    // crisisMatcher.signals[idx]
	useExclusion                 // crisisMatcher.exclusions[idx]
	useWeak                      // weakWords[idx]
	useInnocent                  // innocentWords[idx]
	usePairA                     // conceptPairs[idx].a
	usePairB                     // conceptPairs[idx].b
	usePairUnless                // conceptPairs[idx].unless
	usePairNear                  // conceptPairs[idx].near
	useUnless                    // constructions[idx].unless
)

// occurrence is one word found at a byte offset.
type occurrence struct {
	word uint16
	at   int32
}

// add registers w (crisisView) for u and returns its id.
func (l *lexicon) add(w []byte, u use) {
	if len(w) == 0 {
		return
	}
	if l.ids == nil {
		l.ids = map[string]uint16{}
	}
	id, ok := l.ids[string(w)]
	if !ok {
		id = uint16(len(l.words))
		l.ids[string(w)] = id
		l.words = append(l.words, w)
		l.uses = append(l.uses, nil)
	}
	l.uses[id] = append(l.uses[id], u)
}

func headOf(r rune) int { return int(uint32(r)*2654435761>>16) & (lexHeads - 1) }

// build fills the first-rune table once every word is added.
func (l *lexicon) build() {
	var buckets [lexHeads][]uint16
	for id, w := range l.words {
		r, _ := utf8.DecodeRune(w)
		h := headOf(r)
		buckets[h] = append(buckets[h], uint16(id))
	}
	l.flat = l.flat[:0]
	for h, b := range buckets {
		l.heads[h][0] = uint16(len(l.flat))
		l.flat = append(l.flat, b...)
		l.heads[h][1] = uint16(len(l.flat))
	}
	l.heads8, l.masks8 = l.heads8[:0], l.masks8[:0]
	for _, w := range l.words {
		var head [8]byte
		n := copy(head[:], w)
		l.heads8 = append(l.heads8, binary.LittleEndian.Uint64(head[:]))
		l.masks8 = append(l.masks8, ^uint64(0)>>(64-8*n))
	}
	l.ids = nil
}

// scan appends every occurrence of every word in text to out, in text
// order.
func (l *lexicon) scan(text []byte, out []occurrence) []occurrence {
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(text[i:])
		}
		hd := l.heads[headOf(r)]
		if hd[0] == hd[1] {
			i += size
			continue
		}
		rest := text[i:]
		var window uint64
		if len(rest) >= 8 {
			window = binary.LittleEndian.Uint64(rest)
		} else {
			var head [8]byte
			copy(head[:], rest)
			window = binary.LittleEndian.Uint64(head[:])
		}
		for _, id := range l.flat[hd[0]:hd[1]] {
			if window&l.masks8[id] != l.heads8[id] {
				continue
			}
			w := l.words[id]
			if len(w) > len(rest) || len(w) > 8 && !bytes.Equal(rest[8:len(w)], w[8:]) {
				continue
			}
			out = append(out, occurrence{word: id, at: int32(i)})
		}
		i += size
	}
	return out
}
