package worry

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/akari-career/akari/internal/akari"
)

// Labelled is one line of an evaluation file: a message and what it really
// is.
type Labelled struct {
	Text     string         `json:"text"`
	Category akari.Category `json:"category"`
	Crisis   bool           `json:"crisis"`
	// Risk is the level when the file gives one ("risk"); empty otherwise.
	Risk akari.Risk `json:"risk,omitempty"`
}

// ReadLabelled reads JSON lines {"text","category","crisis"}. Blank lines
// are skipped; any other bad line is an error naming name:line.
func ReadLabelled(r io.Reader, name string) ([]Labelled, error) {
	var out []Labelled
	br := bufio.NewReader(r)
	for line := 1; ; line++ {
		raw, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(raw)) > 0 {
			var l struct {
				Text     *string `json:"text"`
				Category *string `json:"category"`
				Crisis   *bool   `json:"crisis"`
				Risk     *string `json:"risk"`
			}
			if err := json.Unmarshal(raw, &l); err != nil {
				return nil, fmt.Errorf("%s:%d: %w", name, line, err)
			}
			switch {
			case l.Text == nil || strings.TrimSpace(*l.Text) == "":
				return nil, fmt.Errorf("%s:%d: missing text", name, line)
			case l.Category == nil:
				return nil, fmt.Errorf("%s:%d: missing category", name, line)
			case l.Crisis == nil:
				return nil, fmt.Errorf("%s:%d: missing crisis", name, line)
			}
			c, err := akari.ParseCategory(*l.Category)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %w", name, line, err)
			}
			lab := Labelled{Text: *l.Text, Category: c, Crisis: *l.Crisis}
			if l.Risk != nil {
				if lab.Risk, err = akari.ParseRisk(*l.Risk); err != nil {
					return nil, fmt.Errorf("%s:%d: %w", name, line, err)
				}
				if lab.Risk.Crisis() != lab.Crisis {
					return nil, fmt.Errorf("%s:%d: risk %s disagrees with crisis %v", name, line, lab.Risk, lab.Crisis)
				}
			}
			out = append(out, lab)
		}
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
	}
}

// TextClassifier is anything that classifies a message on the spot, such
// as *Model.
type TextClassifier interface {
	Classify(text string) akari.Classification
}

// Report is how a classifier did on labelled lines.
type Report struct {
	Categories []akari.Category // order of the rows and columns below
	Total      int
	Correct    int
	// Confusion[truth][predicted] counts lines, indexed like Categories.
	Confusion [][]int
	// Crisis: flagged when they should be (CrisisHit), missed (CrisisMissed)
	// and flagged when they should not be (CrisisFalse).
	CrisisHit, CrisisMissed, CrisisFalse int
	// Misses lists the wrong answers, category or crisis, in file order.
	Misses []Miss
	// ByLevel[truth][got] counts the lines with a risk field by true and
	// found level (0 none, 1 concern, 2 high); Levelled is how many.
	ByLevel  [3][3]int
	Levelled int
}

// Miss is one line the classifier got wrong.
type Miss struct {
	Labelled
	Got akari.Classification
}

// Evaluate runs c over lines.
func Evaluate(c TextClassifier, lines []Labelled) Report {
	cats := akari.Categories()
	r := Report{Categories: cats, Confusion: make([][]int, len(cats))}
	for i := range r.Confusion {
		r.Confusion[i] = make([]int, len(cats))
	}
	for _, l := range lines {
		got := c.Classify(l.Text)
		r.Total++
		ti, gi := slices.Index(cats, l.Category), slices.Index(cats, got.Category)
		if ti >= 0 && gi >= 0 {
			r.Confusion[ti][gi]++
		}
		if got.Category == l.Category {
			r.Correct++
		}
		switch {
		case l.Crisis && got.Crisis:
			r.CrisisHit++
		case l.Crisis:
			r.CrisisMissed++
		case got.Crisis:
			r.CrisisFalse++
		}
		if l.Risk != "" {
			r.Levelled++
			r.ByLevel[riskRank(l.Risk)][riskRank(akari.RiskOf(got))]++
		}
		if got.Category != l.Category || got.Crisis != l.Crisis {
			r.Misses = append(r.Misses, Miss{Labelled: l, Got: got})
		}
	}
	return r
}

// Accuracy is the share of lines with the right category.
func (r Report) Accuracy() float64 { return ratio(r.Correct, r.Total) }

// CrisisRecall is the share of crisis lines flagged (1 when there are none).
func (r Report) CrisisRecall() float64 {
	if r.CrisisHit+r.CrisisMissed == 0 {
		return 1
	}
	return ratio(r.CrisisHit, r.CrisisHit+r.CrisisMissed)
}

// LevelRecall is the share of lines whose true level is want that were
// flagged as a crisis at all, and the share found at exactly that level.
func (r Report) LevelRecall(want akari.Risk) (flagged, exact float64, n int) {
	row := r.ByLevel[riskRank(want)]
	n = row[0] + row[1] + row[2]
	return ratio(row[1]+row[2], n), ratio(row[riskRank(want)], n), n
}

// FalseAlarms counts the lines labelled none that were flagged, by the
// level they were given (concern, high).
func (r Report) FalseAlarms() (concern, high, negatives int) {
	row := r.ByLevel[0]
	return row[1], row[2], row[0] + row[1] + row[2]
}

// CategoryScore is precision and recall for one category.
type CategoryScore struct {
	Category          akari.Category
	Precision, Recall float64
	Support           int // lines whose truth is this category
}

// PerCategory scores each category, in Categories order.
func (r Report) PerCategory() []CategoryScore {
	out := make([]CategoryScore, len(r.Categories))
	for i, c := range r.Categories {
		var predicted, truth int
		for j := range r.Categories {
			predicted += r.Confusion[j][i]
			truth += r.Confusion[i][j]
		}
		out[i] = CategoryScore{
			Category:  c,
			Precision: ratio(r.Confusion[i][i], predicted),
			Recall:    ratio(r.Confusion[i][i], truth),
			Support:   truth,
		}
	}
	return out
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// WriteText prints the report for people: accuracy, per-category precision
// and recall, crisis figures, the confusion matrix and the misses.
func (r Report) WriteText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "accuracy  %.3f (%d/%d)\n\n", r.Accuracy(), r.Correct, r.Total)
	fmt.Fprintf(&b, "%-24s %9s %6s %7s\n", "category", "precision", "recall", "support")
	for _, s := range r.PerCategory() {
		fmt.Fprintf(&b, "%-24s %9.3f %6.3f %7d\n", s.Category, s.Precision, s.Recall, s.Support)
	}
	fmt.Fprintf(&b, "\ncrisis recall %.3f (%d/%d), false positives %d\n",
		r.CrisisRecall(), r.CrisisHit, r.CrisisHit+r.CrisisMissed, r.CrisisFalse)
	if r.Levelled > 0 {
		fmt.Fprintf(&b, "\nrisk by level (%d lines with a risk field)\n", r.Levelled)
		for _, lv := range []akari.Risk{akari.RiskHigh, akari.RiskConcern} {
			flagged, exact, n := r.LevelRecall(lv)
			fmt.Fprintf(&b, "  %-8s recall %.3f (%d/%d flagged), at this level %.3f\n", lv, flagged, r.ByLevel[riskRank(lv)][1]+r.ByLevel[riskRank(lv)][2], n, exact)
		}
		c, h, neg := r.FalseAlarms()
		fmt.Fprintf(&b, "  none     false alarms %d/%d (as concern %d, as high %d)\n", c+h, neg, c, h)
		fmt.Fprintf(&b, "  levels (rows = truth, columns = found): none concern high\n")
		for i, lv := range []akari.Risk{akari.RiskNone, akari.RiskConcern, akari.RiskHigh} {
			fmt.Fprintf(&b, "  %-8s %4d %7d %4d\n", lv, r.ByLevel[i][0], r.ByLevel[i][1], r.ByLevel[i][2])
		}
	}
	fmt.Fprintf(&b, "\nconfusion (rows = truth, columns = predicted)\n%-9s", "")
	for _, c := range r.Categories {
		fmt.Fprintf(&b, " %8s", c.Short())
	}
	b.WriteByte('\n')
	for i, c := range r.Categories {
		fmt.Fprintf(&b, "%-9s", c.Short())
		for j := range r.Categories {
			fmt.Fprintf(&b, " %8d", r.Confusion[i][j])
		}
		b.WriteByte('\n')
	}
	if len(r.Misses) > 0 {
		fmt.Fprintf(&b, "\nmisses (%d)\n", len(r.Misses))
		for _, m := range r.Misses {
			fmt.Fprintf(&b, "  want %s%s, got %s%s (%.2f): %s\n",
				m.Category.Short(), crisisMark(m.Crisis), m.Got.Category.Short(), crisisMark(m.Got.Crisis), m.Got.Confidence, m.Text)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func crisisMark(crisis bool) string {
	if crisis {
		return "+crisis"
	}
	return ""
}
