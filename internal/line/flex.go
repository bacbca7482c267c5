package line

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/akari-career/akari/internal/akari"
)

// Limits the carousel honours. LINE allows 12 bubbles and 50 KB; Akari
// shows at most 10 cards and stays under 50,000 bytes, and keeps the
// alt text (what notifications show) to 400 characters so it stays
// readable.
const (
	MaxBubbles       = 10
	maxCarouselBytes = 50_000
	maxCardAltText   = 400
)

// Card colours: Akari's warm accent, quiet greys for secondary text.
const (
	colorAccent = "#E8873A"
	colorText   = "#333333"
	colorSub    = "#888888"
	colorSample = "#B0B0B0"
)

// Flex is a Flex message built in code, kept as raw JSON so it is sent
// exactly as built (DESIGN's SDK note). It is also what `akari chat -json`
// prints for a set of cards.
type Flex struct {
	AltText  string          `json:"altText"`
	Contents json.RawMessage `json:"contents"` // a carousel
}

// Carousel draws cards as a Flex carousel, one bubble per card, best
// first: title, company, place, pay, employment, hours, up to four badges,
// two highlights, Akari's reason, and the buttons 「詳しく見る」 (opens the
// listing) and 「興味あり」 (postback with the card's InterestData). Sample
// listings carry a visible 「サンプル求人」 label. At most MaxBubbles cards
// are drawn, and cards are dropped from the end if the JSON would pass
// LINE's 50 KB.
//
// With no cards it returns false: there is no "no results" card. The
// engine says in words, honestly, that nothing fits right now.
func Carousel(cards []akari.Card) (Flex, bool) {
	cards = cards[:min(len(cards), MaxBubbles)]
	for len(cards) > 0 {
		c := flexNode{Type: "carousel", Contents: make([]flexNode, len(cards))}
		for i := range cards {
			c.Contents[i] = bubble(&cards[i])
		}
		data, err := marshalFlex(c)
		if err == nil && len(data) <= maxCarouselBytes {
			return Flex{AltText: altText(cards), Contents: data}, true
		}
		cards = cards[:len(cards)-1]
	}
	return Flex{}, false
}

// flexNode is any Flex component; unused fields are omitted. Built in code
// and marshalled as is (DESIGN.md's SDK note).
type flexNode struct {
	Type     string      `json:"type"`
	Size     string      `json:"size,omitempty"`
	Layout   string      `json:"layout,omitempty"`
	Text     string      `json:"text,omitempty"`
	Weight   string      `json:"weight,omitempty"`
	Color    string      `json:"color,omitempty"`
	Wrap     bool        `json:"wrap,omitempty"`
	MaxLines int         `json:"maxLines,omitempty"`
	Flex     int         `json:"flex,omitempty"`
	Spacing  string      `json:"spacing,omitempty"`
	Margin   string      `json:"margin,omitempty"`
	Style    string      `json:"style,omitempty"`
	Height   string      `json:"height,omitempty"`
	Action   *flexAction `json:"action,omitempty"`
	Body     *flexNode   `json:"body,omitempty"`
	Footer   *flexNode   `json:"footer,omitempty"`
	Contents []flexNode  `json:"contents,omitempty"`
}

type flexAction struct {
	Type        string `json:"type"`
	Label       string `json:"label"`
	URI         string `json:"uri,omitempty"`
	Data        string `json:"data,omitempty"`
	DisplayText string `json:"displayText,omitempty"`
}

func marshalFlex(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // keep "&" in postback data readable
	if err := enc.Encode(v); err != nil {
		return nil, fmt.Errorf("marshal flex: %w", err)
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

func flexText(s, size, color string) flexNode {
	return flexNode{Type: "text", Text: s, Size: size, Color: color, Wrap: true}
}

func flexBox(layout string, contents ...flexNode) flexNode {
	return flexNode{Type: "box", Layout: layout, Contents: contents}
}

// flexRow is one "label value" line of a card.
func flexRow(label, value string) flexNode {
	l := flexText(label, "xs", colorSub)
	l.Flex, l.Wrap = 2, false
	v := flexText(value, "sm", colorText)
	v.Flex = 5
	b := flexBox("baseline", l, v)
	b.Spacing = "sm"
	return b
}

func bubble(c *akari.Card) flexNode {
	var body []flexNode
	if c.Sample {
		body = append(body, flexText("サンプル求人（架空の求人です）", "xxs", colorSample))
	}
	title := flexText(c.Title, "md", colorText)
	title.Weight, title.MaxLines = "bold", 2
	body = append(body, title, flexText(c.Company, "xs", colorSub))

	facts := flexBox("vertical",
		flexRow("勤務地", c.Place),
		flexRow("給与", c.Pay),
		flexRow("雇用形態", c.Employment),
	)
	if c.Hours != "" {
		facts.Contents = append(facts.Contents, flexRow("勤務時間", c.Hours))
	}
	facts.Margin, facts.Spacing = "md", "sm"
	body = append(body, facts)

	if len(c.Badges) > 0 {
		badges := flexText(strings.Join(c.Badges[:min(len(c.Badges), 4)], "・"), "xs", colorAccent)
		badges.Weight, badges.Margin = "bold", "md"
		body = append(body, badges)
	}
	for _, h := range c.Highlights[:min(len(c.Highlights), 2)] {
		body = append(body, flexText("・"+h, "xs", colorSub))
	}
	if c.Why != "" {
		sep := flexNode{Type: "separator", Margin: "md"}
		label := flexText("あかりから", "xxs", colorAccent)
		label.Weight = "bold"
		why := flexBox("vertical", label, flexText(c.Why, "sm", colorText))
		why.Margin, why.Spacing = "md", "xs"
		body = append(body, sep, why)
	}
	bodyBox := flexBox("vertical", body...)
	bodyBox.Spacing = "xs"

	more := flexNode{Type: "button", Style: "primary", Color: colorAccent, Height: "sm",
		Action: &flexAction{Type: "uri", Label: "詳しく見る", URI: c.DetailURL}}
	interest := flexNode{Type: "button", Style: "secondary", Height: "sm",
		Action: &flexAction{Type: "postback", Label: "興味あり", Data: c.InterestData, DisplayText: "この求人に興味あり"}}
	footer := flexBox("vertical", more, interest)
	footer.Spacing = "sm"

	return flexNode{Type: "bubble", Size: "kilo", Body: &bodyBox, Footer: &footer}
}

// altText is what notifications and old clients show: the count and the
// titles, cut to 400 characters.
func altText(cards []akari.Card) string {
	head := fmt.Sprintf("あなたに合いそうな求人 %d件：", len(cards))
	for i := range cards {
		if cards[i].Sample {
			head = fmt.Sprintf("あなたに合いそうな求人（サンプル）%d件：", len(cards))
			break
		}
	}
	titles := make([]string, len(cards))
	for i := range cards {
		titles[i] = cards[i].Title
	}
	return truncateUnits(head+strings.Join(titles, "、"), maxCardAltText)
}
