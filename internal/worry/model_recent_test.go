package worry

import (
	"fmt"
	"reflect"
	"slices"
	"sync"
	"testing"

	"github.com/akari-career/akari/internal/akari"
)

// likelyAfresh is Likely as it was before a Model remembered its last
// scores (issue #16): the text analysed again.
func likelyAfresh(m *Model, text string, n int) []akari.Category {
	return m.likely(m.analyse(text).probs, n)
}

// Likely on a message just classified answers from the remembered scores
// exactly as analysing it again does — after the message itself, after
// others in between, and for a message never seen.
func TestLikelyFromRecentScoresAgreesWithAnalysingAgain(t *testing.T) {
	m := loadModel(t)
	var texts []string
	for _, l := range readLabelledFile(t, "testdata/heldout.jsonl") {
		texts = append(texts, l.Text)
	}
	texts = append(texts, "", "うん", "😀", "死にたい", "もう消えたい。仕事も辞めたい")
	hits := 0
	for i, text := range texts {
		m.ClassifyInContext(text, akari.Resignation)
		for j := range i % 5 { // a few other workers' messages in between
			m.Classify(texts[(i+j+1)%len(texts)])
		}
		if _, ok := m.recent.get(text); ok {
			hits++
		}
		for _, n := range []int{2, 3} {
			if got, want := m.Likely(text, n), likelyAfresh(m, text, n); !slices.Equal(got, want) {
				t.Errorf("Likely(%q, %d) = %v, analysed again %v", text, n, got, want)
			}
		}
	}
	if hits != len(texts) {
		t.Errorf("%d of %d messages found among the recent scores: the check checks the old path only", hits, len(texts))
	}
	unseen := "まだ誰も書いていない、在宅勤務と残業代のこと"
	for range recentAnalyses {
		m.Classify(fmt.Sprint("flush ", len(unseen)))
	}
	if _, ok := m.recent.get(unseen); ok {
		t.Fatal("a message never analysed is among the recent scores")
	}
	if got, want := m.Likely(unseen, 3), likelyAfresh(m, unseen, 3); !slices.Equal(got, want) {
		t.Errorf("Likely(%q) = %v, analysed again %v", unseen, got, want)
	}
}

// Workers classify and ask Likely at once: each gets its own message's
// ranking (run with -race).
func TestLikelyAmongConcurrentWorkers(t *testing.T) {
	m := loadModel(t)
	texts := []string{"在宅勤務の日だけ同僚が冷たい", "コールセンターの派遣、もう辞めたい", "クレームを報告したら電話をガチャ切りされた",
		"自分の仕事が誰の役にも立っていない気がする", "子育てと仕事の両立がしんどい", "上司の言い方がきつくてつらい",
		"未経験から事務に転職したい", "残業代が出ないし給料が上がらない"}
	want := make([][]akari.Category, len(texts))
	for i, text := range texts {
		want[i] = likelyAfresh(m, text, 3)
	}
	var wg sync.WaitGroup
	for w := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 50 {
				i := (w + k) % len(texts)
				m.ClassifyInContext(texts[i], akari.Other)
				if got := m.Likely(texts[i], 3); !slices.Equal(got, want[i]) {
					t.Errorf("worker %d: Likely(%q) = %v, want %v", w, texts[i], got, want[i])
					return
				}
			}
		}()
	}
	wg.Wait()
}

// The scores remembered hold no words of the person's: a message is known
// by its hash and length only.
func TestRecentScoresHoldNoText(t *testing.T) {
	var walk func(typ reflect.Type, path string)
	walk = func(typ reflect.Type, path string) {
		switch typ.Kind() {
		case reflect.String:
			t.Errorf("%s is a string: the person's words would be kept", path)
		case reflect.Struct:
			for i := range typ.NumField() {
				walk(typ.Field(i).Type, path+"."+typ.Field(i).Name)
			}
		case reflect.Array, reflect.Slice, reflect.Pointer:
			walk(typ.Elem(), path+"[]")
		}
	}
	walk(reflect.TypeFor[recentScores](), "recentScores")
}
