package jobs

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf16"

	"github.com/akari-career/akari/internal/akari"
)

// LINE limits the carousel honours (DESIGN.md).
const (
	MaxBubbles       = 10     // Akari's own cap; LINE allows 12
	maxCarouselBytes = 50_000 // LINE: 50 KB
	maxAltText       = 400    // characters
	maxPostbackData  = 300    // characters
)

// Card colours: Akari's warm accent, quiet greys for secondary text.
const (
	colorAccent = "#E8873A"
	colorText   = "#333333"
	colorSub    = "#888888"
	colorSample = "#B0B0B0"
)

// CarouselOptions tunes Carousel. The zero value is fine.
type CarouselOptions struct {
	// MaxBubbles caps the cards; 0 or more than MaxBubbles means MaxBubbles.
	MaxBubbles int
}

// InterestData is the postback data of a card's 「興味あり」 button; the
// engine parses it back with ParseInterest.
func InterestData(id string) string { return "action=interest&job=" + id }

// ParseInterest returns the listing id of a 「興味あり」 postback.
func ParseInterest(data string) (id string, ok bool) {
	id, ok = strings.CutPrefix(data, "action=interest&job=")
	return id, ok && validID(id)
}

// Carousel builds a LINE Flex carousel of the matches, one card (bubble) per
// match, best first: title, company, place, pay, employment, hours, badges,
// two highlights, Akari's reason,
// and the buttons 「詳しく見る」 (opens the listing) and 「興味あり」
// (postback InterestData). Sample listings carry a visible 「サンプル求人」
// label. The JSON stays under LINE's 50 KB; cards are dropped from the end
// if it ever would not.
//
// With no matches Carousel returns the zero Flex (empty Contents): there is
// no "no results" card. The caller should say in words, honestly, that
// nothing fits right now, rather than show an empty carousel.
func Carousel(matches []Match, opts CarouselOptions) akari.Flex {
	n := opts.MaxBubbles
	if n <= 0 || n > MaxBubbles {
		n = MaxBubbles
	}
	matches = matches[:min(len(matches), n)]
	for len(matches) > 0 {
		c := flexNode{Type: "carousel", Contents: make([]flexNode, len(matches))}
		for i := range matches {
			c.Contents[i] = bubble(&matches[i])
		}
		data, err := marshalFlex(c)
		if err == nil && len(data) <= maxCarouselBytes {
			return akari.Flex{AltText: altText(matches), Contents: data}
		}
		matches = matches[:len(matches)-1]
	}
	return akari.Flex{}
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

// cardPlace is the place line: 東京都 渋谷区, or フルリモート（本社：東京都）.
func cardPlace(l *Listing) string {
	if l.Remote == RemoteFull {
		return "フルリモート（本社：" + l.Prefecture + "）"
	}
	return l.Prefecture + " " + l.City
}

func bubble(m *Match) flexNode {
	l := &m.Listing
	var body []flexNode
	if l.Sample {
		body = append(body, flexText("サンプル求人（架空の求人です）", "xxs", colorSample))
	}
	title := flexText(l.Title, "md", colorText)
	title.Weight, title.MaxLines = "bold", 2
	body = append(body, title, flexText(l.Company, "xs", colorSub))

	facts := flexBox("vertical",
		flexRow("勤務地", cardPlace(l)),
		flexRow("給与", l.Pay.String()),
		flexRow("雇用形態", string(l.Employment)),
	)
	if l.Hours != "" {
		facts.Contents = append(facts.Contents, flexRow("勤務時間", l.Hours))
	}
	facts.Margin, facts.Spacing = "md", "sm"
	body = append(body, facts)

	if len(m.Badges) > 0 {
		badges := flexText(strings.Join(m.Badges[:min(len(m.Badges), 4)], "・"), "xs", colorAccent)
		badges.Weight, badges.Margin = "bold", "md"
		body = append(body, badges)
	}
	for _, h := range l.Highlights[:min(len(l.Highlights), 2)] {
		body = append(body, flexText("・"+h, "xs", colorSub))
	}
	if m.Why != "" {
		sep := flexNode{Type: "separator", Margin: "md"}
		label := flexText("あかりから", "xxs", colorAccent)
		label.Weight = "bold"
		why := flexBox("vertical", label, flexText(m.Why, "sm", colorText))
		why.Margin, why.Spacing = "md", "xs"
		body = append(body, sep, why)
	}
	bodyBox := flexBox("vertical", body...)
	bodyBox.Spacing = "xs"

	more := flexNode{Type: "button", Style: "primary", Color: colorAccent, Height: "sm",
		Action: &flexAction{Type: "uri", Label: "詳しく見る", URI: l.URL}}
	interest := flexNode{Type: "button", Style: "secondary", Height: "sm",
		Action: &flexAction{Type: "postback", Label: "興味あり", Data: InterestData(l.ID), DisplayText: "この求人に興味あり"}}
	footer := flexBox("vertical", more, interest)
	footer.Spacing = "sm"

	return flexNode{Type: "bubble", Size: "kilo", Body: &bodyBox, Footer: &footer}
}

// altText is what notifications and old clients show: the count and the
// titles, cut to LINE's 400 characters.
func altText(matches []Match) string {
	head := fmt.Sprintf("あなたに合いそうな求人 %d件：", len(matches))
	for i := range matches {
		if matches[i].Listing.Sample {
			head = fmt.Sprintf("あなたに合いそうな求人（サンプル）%d件：", len(matches))
			break
		}
	}
	titles := make([]string, len(matches))
	for i := range matches {
		titles[i] = matches[i].Listing.Title
	}
	return truncateUTF16(head+strings.Join(titles, "、"), maxAltText)
}

// truncateUTF16 cuts s to at most n UTF-16 units (how LINE counts),
// ending with "…" when cut.
func truncateUTF16(s string, n int) string {
	if len(utf16.Encode([]rune(s))) <= n {
		return s
	}
	units := 0
	var b strings.Builder
	for _, r := range s {
		w := utf16.RuneLen(r)
		if units+w > n-1 {
			break
		}
		units += w
		b.WriteRune(r)
	}
	return b.String() + "…"
}
