package line

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/google/go-cmp/cmp"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/jobs"
)

// today is the date the job catalogs in internal/jobs were written for.
var today = time.Date(2026, 11, 21, 10, 0, 0, 0, time.UTC)

// carousel draws cards, failing the test when nothing is drawn.
func carousel(t *testing.T, cards []akari.Card) Flex {
	t.Helper()
	f, ok := Carousel(cards)
	if !ok {
		t.Fatalf("Carousel drew nothing from %d cards", len(cards))
	}
	return f
}

func sampleCards(t *testing.T, q jobs.Query) []akari.Card {
	t.Helper()
	c, err := jobs.Sample()
	if err != nil {
		t.Fatal(err)
	}
	q.Now, q.Limit = today, jobs.MaxLimit
	return jobs.Cards(c.Search(q))
}

var update = flag.Bool("update", false, "rewrite testdata/*.golden.json")

func TestCarouselGolden(t *testing.T) {
	// The listings of internal/jobs' test catalog, through jobs.Cards: the
	// golden file pins the whole path from a listing to LINE's JSON.
	c, err := jobs.LoadFile(filepath.Join("..", "jobs", "testdata", "good.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	f := carousel(t, jobs.Cards(c.Search(jobs.Query{Category: akari.ParentingBalance, Keywords: []string{"事務"}, Now: today})))
	var pretty bytes.Buffer
	if err := json.Indent(&pretty, f.Contents, "", "  "); err != nil {
		t.Fatalf("contents are not JSON: %v", err)
	}
	got := append(pretty.Bytes(), '\n')
	golden := filepath.Join("testdata", "carousel.golden.json")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(strings.Split(string(want), "\n"), strings.Split(string(got), "\n")); diff != "" {
		t.Errorf("carousel differs from %s (go test -update rewrites it) (-want +got):\n%s", golden, diff)
	}
	if want := "あなたに合いそうな求人（サンプル）2件：チャットサポート、一般事務"; f.AltText != want {
		t.Errorf("altText: got %q, want %q", f.AltText, want)
	}
}

// flexShape is the part of the carousel JSON the limit checks read.
type flexShape struct {
	Type     string `json:"type"`
	Contents []struct {
		Type string `json:"type"`
		Body struct {
			Contents []struct {
				Text string `json:"text"`
			} `json:"contents"`
		} `json:"body"`
		Footer struct {
			Contents []struct {
				Action struct {
					Type, Label, URI, Data, DisplayText string
				} `json:"action"`
			} `json:"contents"`
		} `json:"footer"`
	} `json:"contents"`
}

func checkLimits(t *testing.T, f Flex, cards []akari.Card, wantBubbles int) flexShape {
	t.Helper()
	if n := len(f.Contents); n > maxCarouselBytes {
		t.Errorf("carousel is %d bytes, LINE allows %d", n, maxCarouselBytes)
	}
	if n := len(utf16.Encode([]rune(f.AltText))); n == 0 || n > maxCardAltText {
		t.Errorf("altText is %d characters, want 1..%d", n, maxCardAltText)
	}
	var shape flexShape
	if err := json.Unmarshal(f.Contents, &shape); err != nil {
		t.Fatalf("contents are not JSON: %v", err)
	}
	if shape.Type != "carousel" {
		t.Errorf("type %q, want carousel", shape.Type)
	}
	if got := len(shape.Contents); got != wantBubbles || got > MaxBubbles {
		t.Errorf("got %d bubbles, want %d (at most %d)", got, wantBubbles, MaxBubbles)
	}
	for i, b := range shape.Contents {
		if b.Type != "bubble" || len(b.Footer.Contents) != 2 {
			t.Fatalf("bubble %d: type %q with %d buttons, want a bubble with 2", i, b.Type, len(b.Footer.Contents))
		}
		more, interest := b.Footer.Contents[0].Action, b.Footer.Contents[1].Action
		if more.Type != "uri" || more.Label != "詳しく見る" || !strings.HasPrefix(more.URI, "http") {
			t.Errorf("bubble %d: first button %+v, want uri 詳しく見る", i, more)
		}
		if interest.Type != "postback" || interest.Label != "興味あり" || interest.DisplayText != "この求人に興味あり" {
			t.Errorf("bubble %d: second button %+v, want postback 興味あり", i, interest)
		}
		if n := len(utf16.Encode([]rune(interest.Data))); n > MaxPostbackData {
			t.Errorf("bubble %d: postback data is %d characters, LINE allows %d", i, n, MaxPostbackData)
		}
		if interest.Data != cards[i].InterestData || more.URI != cards[i].DetailURL {
			t.Errorf("bubble %d: buttons %q %q, want the card's %q %q", i, more.URI, interest.Data, cards[i].DetailURL, cards[i].InterestData)
		}
	}
	return shape
}

func TestCarouselLimits(t *testing.T) {
	for _, cat := range akari.Categories() {
		t.Run(string(cat), func(t *testing.T) {
			cards := sampleCards(t, jobs.Query{Category: cat})
			if len(cards) <= MaxBubbles {
				t.Fatalf("only %d cards for %s, want more than %d to test the cap", len(cards), cat, MaxBubbles)
			}
			shape := checkLimits(t, carousel(t, cards), cards, MaxBubbles)
			// Sample listings say so on the card.
			if got := shape.Contents[0].Body.Contents[0].Text; !strings.Contains(got, "サンプル求人") {
				t.Errorf("first text of a sample card is %q, want the サンプル求人 label", got)
			}
		})
	}
	t.Run("fewer cards than the cap", func(t *testing.T) {
		cards := sampleCards(t, jobs.Query{Category: akari.Salary})[:3]
		checkLimits(t, carousel(t, cards), cards, 3)
	})
}

func TestCarouselStaysUnder50KB(t *testing.T) {
	// Cards at and past every length the catalog allows: the carousel
	// drops cards instead of breaking LINE's limit.
	long := func(n int) string { return strings.Repeat("長", n) }
	var cards []akari.Card
	for i := range 12 {
		cards = append(cards, akari.Card{
			Title: long(100), Company: long(100), Place: long(60), Pay: "年収400万〜550万円", Employment: "正社員",
			Hours:      long(100),
			Highlights: []string{long(100), long(100), long(100), long(100), long(100)},
			Badges:     []string{"在宅OK", "未経験歓迎", "時短OK", "フレックス", "年収400万〜"},
			Why:        long(2000),
			DetailURL:  "https://example.com/" + strings.Repeat("p", 900),
			// The longest id a catalog allows (64) still fits LINE's 300.
			InterestData: jobs.InterestData(strings.Repeat("x", 63) + string(rune('a'+i))),
		})
	}
	f := carousel(t, cards)
	var shape flexShape
	if err := json.Unmarshal(f.Contents, &shape); err != nil {
		t.Fatal(err)
	}
	if len(shape.Contents) == 0 || len(shape.Contents) >= MaxBubbles {
		t.Errorf("got %d bubbles, want some dropped to fit", len(shape.Contents))
	}
	checkLimits(t, f, cards, len(shape.Contents))
}

func TestCarouselWithoutCardsIsNothing(t *testing.T) {
	if f, ok := Carousel(nil); ok || f.AltText != "" || f.Contents != nil {
		t.Errorf("got %+v, %v; want the zero Flex and false", f, ok)
	}
}

func TestAltTextIsCut(t *testing.T) {
	var cards []akari.Card
	for i := range 10 {
		cards = append(cards, akari.Card{Title: strings.Repeat("とても長い職種名", 5), DetailURL: "https://example.com/", InterestData: jobs.InterestData("alt-" + string(rune('a'+i)))})
	}
	got := carousel(t, cards).AltText
	if n := len(utf16.Encode([]rune(got))); n != maxCardAltText || !strings.HasSuffix(got, "…") {
		t.Errorf("altText has %d characters (ends %q), want %d ending with …", n, got[len(got)-6:], maxCardAltText)
	}
	if !strings.HasPrefix(got, "あなたに合いそうな求人 10件：") {
		t.Errorf("altText %q does not start with the count", got)
	}
}
