package worry

import "slices"

// The classifier looks at character n-grams of the normalised text. Japanese
// is written without spaces, so words cannot be split without a dictionary;
// n-grams of one to three characters capture words (辞め, 在宅, 給料), their
// inflections (辞めたい, 辞めたく) and typos without one. The values below
// were chosen by cross-validation on the training examples (see
// docs/classifier.md), not on the evaluation sets.
const (
	minGram = 1
	maxGram = 3
)

// FNV-1a, 64 bits: cheap, no allocation, and with 64 bits collisions among
// a few tens of thousands of n-grams are negligible.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// features appends the hashed n-grams of norm (a classifierView text) to
// dst, sorted and without duplicates: the model counts whether an n-gram
// occurs, not how often, which suits one-line messages (binarised naive
// Bayes). The text is padded with sep on both sides so n-grams can mark the
// start and end of a message.
func features(dst []uint64, norm []rune) []uint64 {
	start := len(dst)
	n := len(norm)
	at := func(i int) rune {
		if i < 0 || i >= n {
			return sep
		}
		if r := norm[i]; r >= '0' && r <= '9' {
			return '0' // 18万 and 20万 are the same feature
		}
		return norm[i]
	}
	for i := -1; i <= n; i++ {
		h := uint64(fnvOffset)
		allSep, allKana := true, true
		for k := range maxGram {
			j := i + k
			if j > n {
				break
			}
			r := at(j)
			h ^= uint64(r)
			h *= fnvPrime
			if r != sep {
				allSep = false
			}
			if !isKana(r) {
				allKana = false
			}
			if k+1 < minGram || allSep {
				continue
			}
			if k == 0 && r == sep {
				continue
			}
			f := (h ^ uint64(k+1)) &^ 1
			if allKana {
				f |= 1
			}
			dst = append(dst, f)
		}
	}
	slices.Sort(dst[start:])
	return append(dst[:start], slices.Compact(dst[start:])...)
}

// isKana reports hiragana (katakana is folded to hiragana by then), the
// long-vowel mark and sep. N-grams made only of these are mostly grammar
// (…ている, …たい, …ですか) rather than topic, and their feature hash is
// marked with its lowest bit so the model can weigh them less.
func isKana(r rune) bool {
	return r >= 'ぁ' && r <= 'ゖ' || r == 'ー' || r == sep
}

// grammatical reports whether a feature hash is a kana-only n-gram.
func grammatical(f uint64) bool { return f&1 == 1 }
