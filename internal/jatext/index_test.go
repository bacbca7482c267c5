package jatext

import (
	"slices"
	"testing"
)

func TestIndices(t *testing.T) {
	for _, c := range []struct {
		text, word string
		want       []int
	}{
		{"埼玉か埼玉", "埼玉", []int{0, 9}},
		{"ああああ", "ああ", []int{0, 6}}, // not overlapping
		{"事務", "保育", nil},
		{"事務", "", nil},
		{"", "事務", nil},
	} {
		if got := slices.Collect(Indices(c.text, c.word)); !slices.Equal(got, c.want) {
			t.Errorf("Indices(%q, %q) = %v, want %v", c.text, c.word, got, c.want)
		}
	}
	// Stopping early stops the search.
	for i := range Indices("あいあいあい", "あい") {
		if i != 0 {
			t.Fatalf("yielded %d after the loop broke", i)
		}
		break
	}
}

func TestWithoutPlaces(t *testing.T) {
	for text, want := range map[string]string{
		"横浜事務":      "事務",
		"埼玉か群馬でパート": "かでパート",
		"札幌、介護":     "、介護",
		"事務":        "事務",
	} {
		if got := WithoutPlaces(text); got != want {
			t.Errorf("WithoutPlaces(%q) = %q, want %q", text, got, want)
		}
	}
}
