package worry

// Multinomial logistic regression over the same n-grams as naive Bayes. The
// two models fail differently: naive Bayes counts every overlapping n-gram
// as independent evidence, so a long shared phrase ("…を考えています") can
// outvote the one word that matters (転職 versus 退職); logistic regression
// learns weights jointly and puts them on the words that separate the
// categories, but with few examples it is less stable. Load blends them with
// weights fitted by cross-validation.

// Training settings, chosen by cross-validation on the examples.
const (
	lrEpochs = 25
	lrRate   = 0.1   // initial SGD step, decayed as rate/(1+0.1·epoch)
	lrL2     = 0.001 // ridge penalty, keeps weights of rare n-grams small
)

// trainLogReg fits the model by stochastic gradient descent on the
// documents in idx. The visiting order is shuffled with a fixed seed, so
// the same files always give the same model.
func trainLogReg(docs [][]uint64, labels []int, idx []int) weights {
	t := weights{index: map[uint64]int32{}}
	for _, d := range idx {
		for _, f := range docs[d] {
			if _, ok := t.index[f]; !ok {
				t.index[f] = int32(len(t.index))
			}
		}
	}
	w := make([][numCats]float64, len(t.index))
	var bias [numCats]float64
	order := append([]int(nil), idx...)
	// Document rows, looked up once rather than in every epoch.
	rows := make([][]int32, len(docs))
	for _, d := range idx {
		rows[d] = make([]int32, len(docs[d]))
		for i, f := range docs[d] {
			rows[d][i] = t.index[f]
		}
	}
	seed := uint64(0x5eed)
	for ep := range lrEpochs {
		for i := len(order) - 1; i > 0; i-- {
			seed = seed*6364136223846793005 + 1442695040888963407
			j := int((seed >> 33) % uint64(i+1))
			order[i], order[j] = order[j], order[i]
		}
		rate := lrRate / (1 + float64(ep)*0.1)
		for _, d := range order {
			s := bias
			for _, row := range rows[d] {
				for c := range numCats {
					s[c] += w[row][c]
				}
			}
			p := softmax(s)
			p[labels[d]]--
			for c := range numCats {
				bias[c] -= rate * p[c]
			}
			for _, row := range rows[d] {
				for c := range numCats {
					w[row][c] -= rate * (p[c] + lrL2*w[row][c])
				}
			}
		}
	}
	t.scale = make([]float32, len(w))
	t.w = make([][numCats]float32, len(w))
	for row := range w {
		t.scale[row] = 1
		for c := range numCats {
			t.w[row][c] = float32(w[row][c])
		}
	}
	t.bias = bias
	t.rows = newFeatureTable(t.index)
	return t
}
