package jobs

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/akari-career/akari/internal/jatext"
	"github.com/akari-career/akari/internal/yamldoc"
)

// csvColumn is a catalog field a spreadsheet column can hold.
type csvColumn int

const (
	colID csvColumn = iota
	colTitle
	colCompany
	colPrefecture
	colCity
	colRemote
	colEmployment
	colAnnualMin
	colAnnualMax
	colHourlyMin
	colHourlyMax
	colInexperienced
	colShortHours
	colFlextime
	colHours
	colTags
	colValues
	colHighlights
	colURL
	colPosted
	colChecked
	colSample
	numColumns
)

// csvHeader maps a header cell, normalised (lower case, no spaces, no
// bracketed unit such as （万円）), to its column. docs/jobs.md lists them.
func csvHeader(h string) (csvColumn, bool) {
	switch h {
	case "id", "求人id", "求人番号":
		return colID, true
	case "title", "職種", "求人タイトル", "タイトル", "職種名":
		return colTitle, true
	case "company", "会社名", "企業名":
		return colCompany, true
	case "prefecture", "都道府県":
		return colPrefecture, true
	case "city", "市区町村":
		return colCity, true
	case "remote", "在宅", "在宅勤務", "リモート":
		return colRemote, true
	case "employment", "雇用形態":
		return colEmployment, true
	case "annual_min", "年収下限", "年収(下限)":
		return colAnnualMin, true
	case "annual_max", "年収上限", "年収(上限)":
		return colAnnualMax, true
	case "hourly_min", "時給下限", "時給(下限)":
		return colHourlyMin, true
	case "hourly_max", "時給上限", "時給(上限)":
		return colHourlyMax, true
	case "inexperienced_ok", "未経験可", "未経験歓迎":
		return colInexperienced, true
	case "short_hours", "時短可", "時短勤務":
		return colShortHours, true
	case "flextime", "フレックス":
		return colFlextime, true
	case "hours", "勤務時間":
		return colHours, true
	case "tags", "タグ", "職種タグ":
		return colTags, true
	case "values_experience", "活かせる経験", "歓迎する経験":
		return colValues, true
	case "highlights", "ポイント", "アピールポイント":
		return colHighlights, true
	case "url", "求人url":
		return colURL, true
	case "posted", "掲載日":
		return colPosted, true
	case "checked", "確認日", "最終確認日":
		return colChecked, true
	case "sample", "サンプル":
		return colSample, true
	}
	return 0, false
}

// normalizeHeader folds a header cell: full-width to half-width, lower
// case, no spaces, and a trailing unit in brackets dropped (年収下限（万円）).
func normalizeHeader(h string) string {
	h = strings.ReplaceAll(normalizeText(h), "\n", "")
	if i := strings.LastIndex(h, "("); i > 0 && strings.HasSuffix(h, ")") {
		unit := h[i+1 : len(h)-1]
		if unit == "万円" || unit == "円" || unit == "yyyy-mm-dd" || strings.Contains(unit, "区切り") {
			h = h[:i]
		}
	}
	return h
}

// ImportCSV reads a recruiter's spreadsheet saved as CSV (UTF-8, with or
// without a BOM): a header row with Japanese or English column names, then
// one listing per row. It reports every bad row as "name:line: msg" and
// returns no listings if any row is bad.
func ImportCSV(r io.Reader, name string) ([]Listing, error) {
	br := bufio.NewReader(r)
	if bom, err := br.Peek(3); err == nil && bytes.Equal(bom, []byte("\xEF\xBB\xBF")) {
		_, _ = br.Discard(3)
	}
	cr := csv.NewReader(br)
	cr.FieldsPerRecord = -1 // short rows are reported by us, with a line
	var ps yamldoc.Problems
	p := yamldoc.NewFile(name, &ps)

	header, err := cr.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			p.Add(1, "empty file (want a header row)")
		} else {
			p.Add(csvLine(err, 1), "%s", csvMsg(err))
		}
		return nil, ps.Err()
	}
	cols, ok := csvColumns(header, p)
	if !ok {
		return nil, ps.Err()
	}

	var listings []Listing
	var lines []fieldLines
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		line, _ := cr.FieldPos(0)
		if err != nil {
			p.Add(csvLine(err, line), "%s", csvMsg(err))
			break // after a quoting error the rest of the file cannot be trusted
		}
		if blank(rec) {
			continue
		}
		l, bad := csvListing(rec, cols, line, p)
		listings = append(listings, l)
		lines = append(lines, fieldLines{lines: map[string]int{"": line}, bad: bad})
	}
	if len(listings) == 0 && len(ps) == 0 {
		p.Add(1, "no listings after the header row")
	}
	checkListings(listings, lines, p)
	if err := ps.Err(); err != nil {
		return nil, err
	}
	for i := range listings {
		if full, _ := jatext.Prefecture(listings[i].Prefecture); full != "" {
			listings[i].Prefecture = full
		}
	}
	return listings, nil
}

// csvColumns maps the header row, reporting unknown and missing columns.
func csvColumns(header []string, p yamldoc.File) ([numColumns]int, bool) {
	var cols [numColumns]int
	for i := range cols {
		cols[i] = -1
	}
	ok := true
	for i, h := range header {
		col, known := csvHeader(normalizeHeader(h))
		switch {
		case strings.TrimSpace(h) == "":
			continue
		case !known:
			p.Add(1, "unknown column %q (docs/jobs.md lists the columns)", h)
			ok = false
		case cols[col] >= 0:
			p.Add(1, "column %q given twice", h)
			ok = false
		default:
			cols[col] = i
		}
	}
	required := []struct {
		col  csvColumn
		name string
	}{
		{colID, "id (求人ID)"}, {colTitle, "title (職種)"}, {colCompany, "company (会社名)"},
		{colPrefecture, "prefecture (都道府県)"}, {colCity, "city (市区町村)"},
		{colRemote, "remote (在宅)"}, {colEmployment, "employment (雇用形態)"},
		{colTags, "tags (タグ)"}, {colURL, "url (求人URL)"},
		{colPosted, "posted (掲載日)"}, {colChecked, "checked (確認日)"},
	}
	for _, r := range required {
		if cols[r.col] < 0 {
			p.Add(1, "missing column %s", r.name)
			ok = false
		}
	}
	if cols[colAnnualMin] < 0 && cols[colHourlyMin] < 0 {
		p.Add(1, "missing column annual_min (年収下限) or hourly_min (時給下限)")
		ok = false
	}
	return cols, ok
}

// csvListing turns one row into a listing. Cell problems are reported at
// the row's line, and the field is marked bad so validation does not
// report it again.
func csvListing(rec []string, cols [numColumns]int, line int, p yamldoc.File) (Listing, map[string]bool) {
	bad := map[string]bool{}
	cell := func(c csvColumn) string {
		if i := cols[c]; i >= 0 && i < len(rec) {
			return strings.TrimSpace(rec[i])
		}
		return ""
	}
	fail := func(field, format string, args ...any) {
		bad[field] = true
		p.Add(line, "%s: %s", field, fmt.Sprintf(format, args...))
	}
	flag := func(c csvColumn, field string) bool {
		b, ok := parseYesNo(cell(c))
		if !ok {
			fail(field, "want ○/×, はい/いいえ or true/false, got %q", cell(c))
		}
		return b
	}
	number := func(c csvColumn) int {
		s := strings.NewReplacer(",", "", "，", "", "万円", "", "万", "", "円", "").Replace(normalizeText(cell(c)))
		if s == "" {
			return 0
		}
		n, err := strconv.Atoi(s)
		if err != nil {
			fail("pay", "want a whole number, got %q", cell(c))
		}
		return n
	}
	l := Listing{
		ID:               cell(colID),
		Title:            cell(colTitle),
		Company:          cell(colCompany),
		Prefecture:       cell(colPrefecture),
		City:             cell(colCity),
		Hours:            cell(colHours),
		Tags:             toTags(splitList(cell(colTags))),
		ValuesExperience: toTags(splitList(cell(colValues))),
		Highlights:       splitHighlights(cell(colHighlights)),
		URL:              cell(colURL),
		Posted:           csvDate(cell(colPosted)),
		Checked:          csvDate(cell(colChecked)),
		Pay: Pay{
			AnnualMin: number(colAnnualMin), AnnualMax: number(colAnnualMax),
			HourlyMin: number(colHourlyMin), HourlyMax: number(colHourlyMax),
		},
		InexperiencedOK: flag(colInexperienced, "inexperienced_ok"),
		ShortHours:      flag(colShortHours, "short_hours"),
		Flextime:        flag(colFlextime, "flextime"),
		Sample:          flag(colSample, "sample"),
	}
	if s := cell(colRemote); s != "" {
		if r, ok := parseRemote(s); ok {
			l.Remote = r
		} else {
			fail("remote", "unknown value %q (want 在宅可/一部在宅/不可 or full/partial/none)", s)
		}
	}
	if s := cell(colEmployment); s != "" {
		if e, ok := ParseEmployment(s); ok {
			l.Employment = e
		} else {
			fail("employment", "unknown value %q (want 正社員, 契約社員, 派遣 or パート・アルバイト)", s)
		}
	}
	return l, bad
}

// parseRemote accepts the words recruiters use for remote work.
func parseRemote(s string) (Remote, bool) {
	switch normalizeText(s) {
	case "full", "在宅可", "フルリモート", "完全在宅", "リモート可", "在宅ok":
		return RemoteFull, true
	case "partial", "一部在宅", "一部リモート", "在宅一部可", "ハイブリッド":
		return RemotePartial, true
	case "none", "不可", "在宅不可", "出社", "なし":
		return RemoteNone, true
	}
	return "", false
}

// parseYesNo reads a yes/no cell; an empty cell is no.
func parseYesNo(s string) (bool, bool) {
	switch normalizeText(s) {
	case "", "×", "✕", "-", "不可", "いいえ", "なし", "false", "no", "0", "n":
		return false, true
	case "○", "◯", "〇", "可", "はい", "あり", "ok", "true", "yes", "1", "y":
		return true, true
	}
	return false, false
}

// csvDate accepts 2026/11/2 as well as 2026-11-02; anything else is kept
// as written so validation reports it.
func csvDate(s string) Date {
	s = normalizeText(s)
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == '-' || r == '.' })
	if len(parts) == 3 {
		y, e1 := strconv.Atoi(parts[0])
		m, e2 := strconv.Atoi(parts[1])
		d, e3 := strconv.Atoi(parts[2])
		if e1 == nil && e2 == nil && e3 == nil && y > 999 {
			return Date(fmt.Sprintf("%04d-%02d-%02d", y, m, d))
		}
	}
	return Date(s)
}

// splitHighlights splits a cell on line breaks or |.
func splitHighlights(s string) []string {
	var out []string
	for h := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == '\n' || r == '|' || r == '｜' }) {
		if h = strings.TrimSpace(h); h != "" {
			out = append(out, h)
		}
	}
	return out
}

func blank(rec []string) bool {
	for _, c := range rec {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

func csvLine(err error, fallback int) int {
	var pe *csv.ParseError
	if errors.As(err, &pe) && pe.Line > 0 {
		return pe.Line
	}
	return fallback
}

func csvMsg(err error) string {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
