package facts

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Number fragments shared by the patterns. Width is already folded, so
// full-width digits arrive as ASCII.
const (
	num       = `(?:[0-9]{1,2}|[〇一二三四五六七八九十]{1,3})`
	numPeople = `(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3}|ひと|ふた)`
	// dur is a length of time: 3年, 三年, 半年, 1年半, 2年3ヶ月, 8か月, 1ヶ月半.
	dur = `(?:` + num + `年(?:半|と?` + num + `[かヶケカ箇ヵ]月)?|半年|` + num + `[かヶケカ箇ヵ]月半?|` + num + `年)`
)

// parseNum reads a number at the start of s: ASCII digits, kanji numerals
// up to 99 (十二, 二十五), or ひと/ふた. It returns the value and the bytes
// used, or ok=false.
func parseNum(s string) (n, used int, ok bool) {
	switch {
	case strings.HasPrefix(s, "ひと"):
		return 1, len("ひと"), true
	case strings.HasPrefix(s, "ふた"):
		return 2, len("ふた"), true
	}
	i := 0
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		n = n*10 + int(s[i]-'0')
		i++
	}
	if i > 0 {
		return n, i, true
	}
	// Kanji: [d]十[d] or a single digit.
	var tens, units int
	seenTen := false
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		d := kanjiDigit(r)
		switch {
		case r == '十' && !seenTen:
			seenTen = true
			if units == 0 {
				units = 1
			}
			tens, units = units, 0
		case d >= 0:
			units = units*10 + d
		default:
			goto done
		}
		i += size
	}
done:
	if i == 0 {
		return 0, 0, false
	}
	return tens*10 + units, i, true
}

func kanjiDigit(r rune) int {
	switch r {
	case '〇':
		return 0
	case '一':
		return 1
	case '二':
		return 2
	case '三':
		return 3
	case '四':
		return 4
	case '五':
		return 5
	case '六':
		return 6
	case '七':
		return 7
	case '八':
		return 8
	case '九':
		return 9
	}
	return -1
}

// parseDur reads a dur match into months.
func parseDur(s string) (months int, ok bool) {
	if strings.HasPrefix(s, "半年") {
		return 6, true
	}
	n, used, ok := parseNum(s)
	if !ok {
		return 0, false
	}
	rest := s[used:]
	if strings.HasPrefix(rest, "年") {
		months = n * 12
		rest = strings.TrimPrefix(rest, "年")
		switch {
		case strings.HasPrefix(rest, "半"):
			months += 6
		default:
			rest = strings.TrimPrefix(rest, "と")
			if m, used, ok := parseNum(rest); ok && strings.Contains(rest[used:], "月") {
				months += m
			}
		}
		return months, true
	}
	// n か月, perhaps 半.
	months = n
	if strings.HasSuffix(s, "半") {
		// Half a month is noise; round up so "1ヶ月半" is not "1ヶ月".
		months++
	}
	return months, true
}

// durValue is the stored form of a length of time: "3y", "6m", "1y6m".
func durValue(months int) string {
	y, m := months/12, months%12
	switch {
	case y > 0 && m > 0:
		return strconv.Itoa(y) + "y" + strconv.Itoa(m) + "m"
	case y > 0:
		return strconv.Itoa(y) + "y"
	default:
		return strconv.Itoa(m) + "m"
	}
}

// durSay is the Japanese form of a length of time: 3年, 半年, 1年半, 8か月.
func durSay(months int) string {
	y, m := months/12, months%12
	switch {
	case y == 0 && m == 6:
		return "半年"
	case y > 0 && m == 6:
		return strconv.Itoa(y) + "年半"
	case y > 0 && m > 0:
		return strconv.Itoa(y) + "年" + strconv.Itoa(m) + "か月"
	case y > 0:
		return strconv.Itoa(y) + "年"
	default:
		return strconv.Itoa(m) + "か月"
	}
}

// Months reads a stored duration value ("3y", "6m", "1y6m") back into
// months, for callers that compare lengths (tenure, years_away).
func Months(v string) (int, bool) {
	total, n, digits := 0, 0, false
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case '0' <= c && c <= '9':
			n, digits = n*10+int(c-'0'), true
		case c == 'y' && digits:
			total, n, digits = total+n*12, 0, false
		case c == 'm' && digits:
			total, n, digits = total+n, 0, false
		default:
			return 0, false
		}
	}
	if digits || v == "" {
		return 0, false
	}
	return total, true
}

func itoa(n int) string { return strconv.Itoa(n) }
