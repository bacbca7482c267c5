package jobs

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/akari-career/akari/internal/akari"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.json")

func TestCarouselGolden(t *testing.T) {
	c, err := LoadFile(filepath.Join("testdata", "good.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	f := Carousel(c.Search(Query{Category: akari.ParentingBalance, Keywords: []string{"事務"}, Now: today}), CarouselOptions{})
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

func checkLimits(t *testing.T, f akari.Flex, wantBubbles int) flexShape {
	t.Helper()
	if n := len(f.Contents); n > maxCarouselBytes {
		t.Errorf("carousel is %d bytes, LINE allows %d", n, maxCarouselBytes)
	}
	if n := len(utf16.Encode([]rune(f.AltText))); n == 0 || n > maxAltText {
		t.Errorf("altText is %d characters, want 1..%d", n, maxAltText)
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
		if n := len(utf16.Encode([]rune(interest.Data))); n > maxPostbackData {
			t.Errorf("bubble %d: postback data is %d characters, LINE allows %d", i, n, maxPostbackData)
		}
		if id, ok := ParseInterest(interest.Data); !ok || id == "" {
			t.Errorf("bubble %d: postback data %q does not parse back", i, interest.Data)
		}
	}
	return shape
}

func TestCarouselLimits(t *testing.T) {
	c := sampleCatalog(t)
	for _, cat := range akari.Categories() {
		t.Run(string(cat), func(t *testing.T) {
			ms := c.Search(Query{Category: cat, Now: today, Limit: MaxLimit})
			shape := checkLimits(t, Carousel(ms, CarouselOptions{}), MaxBubbles)
			// Sample listings say so on the card.
			if got := shape.Contents[0].Body.Contents[0].Text; !strings.Contains(got, "サンプル求人") {
				t.Errorf("first text of a sample card is %q, want the サンプル求人 label", got)
			}
		})
	}
	t.Run("MaxBubbles option", func(t *testing.T) {
		ms := c.Search(Query{Category: akari.Salary, Now: today, Limit: MaxLimit})
		checkLimits(t, Carousel(ms, CarouselOptions{MaxBubbles: 3}), 3)
	})
}

func TestCarouselStaysUnder50KB(t *testing.T) {
	// Listings at every length limit, and reasons far longer than Search
	// writes: the carousel drops cards instead of breaking LINE's limit.
	long := func(n int) string { return strings.Repeat("長", n) }
	var ms []Match
	for i := range 12 {
		l := validListing(strings.Repeat("x", maxIDLen-2) + string(rune('a'+i)) + "z")
		l.Title, l.Company, l.City = long(maxTitleLen), long(maxCompanyLen), long(maxCityLen)
		l.Highlights = []string{long(maxHighlightLen), long(maxHighlightLen), long(maxHighlightLen), long(maxHighlightLen), long(maxHighlightLen)}
		l.URL = "https://example.com/" + strings.Repeat("p", 900)
		ms = append(ms, Match{Listing: l, Badges: []string{"在宅OK", "未経験歓迎", "時短OK", "フレックス", "年収400万〜"}, Why: long(2000)})
	}
	f := Carousel(ms, CarouselOptions{})
	var shape flexShape
	if err := json.Unmarshal(f.Contents, &shape); err != nil {
		t.Fatal(err)
	}
	if len(shape.Contents) == 0 || len(shape.Contents) >= MaxBubbles {
		t.Errorf("got %d bubbles, want some dropped to fit", len(shape.Contents))
	}
	checkLimits(t, f, len(shape.Contents))
}

func TestCarouselWithoutMatchesIsNothing(t *testing.T) {
	if f := Carousel(nil, CarouselOptions{}); f.AltText != "" || f.Contents != nil {
		t.Errorf("got %+v, want the zero Flex", f)
	}
}

func TestAltTextIsCut(t *testing.T) {
	var ms []Match
	for i := range 10 {
		l := validListing("alt-" + string(rune('a'+i)))
		l.Title = strings.Repeat("とても長い職種名", 5)
		ms = append(ms, Match{Listing: l})
	}
	got := Carousel(ms, CarouselOptions{}).AltText
	if n := len(utf16.Encode([]rune(got))); n != maxAltText || !strings.HasSuffix(got, "…") {
		t.Errorf("altText has %d characters (ends %q), want %d ending with …", n, got[len(got)-6:], maxAltText)
	}
	if !strings.HasPrefix(got, "あなたに合いそうな求人 10件：") {
		t.Errorf("altText %q does not start with the count", got)
	}
}
