package akari

// Card is one job listing as Akari shows it: what the person reads on the
// card and what its two buttons do. It is plain data so the conversation
// engine can speak in cards without knowing how a channel draws them; the
// LINE adapter renders cards as a Flex carousel (internal/line).
type Card struct {
	JobID   string `json:"jobId,omitempty"` // the listing's id in the catalog
	Title   string `json:"title"`
	Company string `json:"company"`
	// Sample marks an invented listing; the card must say so.
	Sample     bool     `json:"sample,omitempty"`
	Place      string   `json:"place"` // 東京都 渋谷区, or フルリモート（本社：東京都）
	Pay        string   `json:"pay"`   // 年収400万〜550万円, 時給1,400円〜
	Employment string   `json:"employment"`
	Hours      string   `json:"hours,omitempty"`
	Badges     []string `json:"badges,omitempty"`     // most relevant first
	Highlights []string `json:"highlights,omitempty"` // the listing's own points
	// Why is Akari's one line on why the listing fits this person.
	Why string `json:"why,omitempty"`
	// DetailURL opens the listing (「詳しく見る」).
	DetailURL string `json:"detailUrl"`
	// InterestData is the postback data of 「興味あり」; the engine reads it
	// back when the person taps.
	InterestData string `json:"interestData"`
}
