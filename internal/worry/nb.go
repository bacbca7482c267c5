package worry

import "math"

// weights is a linear model over n-grams: the score of category c for a
// message is bias[c] plus, for each known n-gram, scale·w[c]. Both naive
// Bayes and logistic regression take this form, so one scoring loop serves
// both.
type weights struct {
	index map[uint64]int32    // n-gram hash → row
	rows  featureTable[int32] // index, for looking up
	scale []float32           // by row
	w     [][numCats]float32
	bias  [numCats]float64
}

// scores returns each category's score for the features and how many of
// them the model knows.
func (t *weights) scores(feats []uint64) (s [numCats]float64, known int) {
	s = t.bias
	for _, f := range feats {
		row, ok := t.rows.get(f)
		if !ok {
			continue
		}
		known++
		k := float64(t.scale[row])
		for c := range numCats {
			s[c] += k * float64(t.w[row][c])
		}
	}
	return s, known
}

// smoothing is the additive smoothing of the n-gram counts (Laplace).
const smoothing = 1.0

// kanaWeight scales n-grams written only in kana: they carry grammar more
// than topic (…ている, …たい, …ですか). Chosen by cross-validation.
const kanaWeight = 0.5

// trainNaiveBayes fits binarised multinomial naive Bayes with IDF-weighted
// counts on the documents in idx. The scores are log-likelihoods; the
// categories get equal priors (bias 0) because the examples are balanced
// and nobody knows the real mix of messages in advance.
func trainNaiveBayes(docs [][]uint64, labels []int, idx []int) weights {
	t := weights{index: map[uint64]int32{}}
	var df []float64
	for _, d := range idx {
		for _, f := range docs[d] {
			row, ok := t.index[f]
			if !ok {
				row = int32(len(df))
				t.index[f] = row
				df = append(df, 0)
			}
			df[row]++
		}
	}
	n := float64(len(idx))
	t.scale = make([]float32, len(df))
	for f, row := range t.index {
		t.scale[row] = float32(math.Log(1 + n/df[row]))
		if grammatical(f) {
			t.scale[row] *= kanaWeight
		}
	}
	counts := make([][numCats]float64, len(df))
	var totals [numCats]float64
	for _, d := range idx {
		c := labels[d]
		for _, f := range docs[d] {
			row := t.index[f]
			k := float64(t.scale[row])
			counts[row][c] += k
			totals[c] += k
		}
	}
	v := float64(len(df))
	t.w = make([][numCats]float32, len(df))
	for row := range counts {
		var lp [numCats]float64
		var mean float64
		for c := range numCats {
			lp[c] = math.Log((counts[row][c] + smoothing) / (totals[c] + smoothing*v))
			mean += lp[c] / float64(numCats)
		}
		// Only differences between categories matter; centring keeps
		// float32 precise.
		for c := range numCats {
			t.w[row][c] = float32(lp[c] - mean)
		}
	}
	t.rows = newFeatureTable(t.index)
	return t
}
