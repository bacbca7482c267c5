package console

import (
	"fmt"
	"html/template"
	"math"
	"strings"
	"time"
)

// Charts are drawn on the server as inline SVG: no script, nothing from a
// CDN, and they print. Colours are SVG presentation attributes, which the
// console's Content-Security-Policy allows (inline style attributes it
// does not).

type barValue struct {
	Label string
	Value float64
	Title string // tooltip; Label and Value when empty
	Color string // fill; the accent when empty
}

type series struct {
	Name   string
	Values []float64 // NaN: no data that day (a gap in the line)
	Color  string
}

const (
	chartW      = 640
	chartH      = 220
	chartLeft   = 40
	chartRight  = 10
	chartTop    = 14
	chartBottom = 26
	accent      = "#e8833a"
	gridColour  = "#eadfd6"
	inkColour   = "#7a706a"
)

// esc escapes text for the SVG.
func esc(s string) string { return template.HTMLEscapeString(s) }

// niceMax rounds a chart's top up to 1, 2 or 5 times a power of ten.
func niceMax(v float64) float64 {
	if v <= 0 || math.IsNaN(v) {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{1, 2, 5, 10} {
		if v <= m*p {
			return m * p
		}
	}
	return 10 * p
}

// number formats an axis value without needless decimals.
func number(v float64) string {
	if v == math.Trunc(v) {
		return fmt.Sprintf("%.0f", v)
	}
	return strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.2f", v), "0"), ".")
}

// axes draws the frame, three grid lines with their values, and the day
// labels under n slots; it returns the plot's geometry.
func axes(b *strings.Builder, title string, labels []string, top float64) (x func(i int) float64, y func(v float64) float64, slot float64) {
	plotW := float64(chartW - chartLeft - chartRight)
	plotH := float64(chartH - chartTop - chartBottom)
	n := max(len(labels), 1)
	slot = plotW / float64(n)
	x = func(i int) float64 { return chartLeft + slot*(float64(i)+0.5) }
	y = func(v float64) float64 { return chartTop + plotH*(1-v/top) }
	fmt.Fprintf(b, `<svg class="chart" viewBox="0 0 %d %d" role="img" aria-label="%s" xmlns="http://www.w3.org/2000/svg"><title>%s</title>`,
		chartW, chartH, esc(title), esc(title))
	for _, f := range []float64{0, 0.5, 1} {
		gy := y(top * f)
		fmt.Fprintf(b, `<line x1="%d" x2="%d" y1="%.1f" y2="%.1f" stroke="%s"/>`, chartLeft, chartW-chartRight, gy, gy, gridColour)
		fmt.Fprintf(b, `<text x="%d" y="%.1f" font-size="11" text-anchor="end" fill="%s">%s</text>`, chartLeft-6, gy+4, inkColour, number(top*f))
	}
	every := 1
	if n > 16 {
		every = (n + 15) / 16
	}
	for i, l := range labels {
		if i%every != 0 && i != n-1 {
			continue
		}
		fmt.Fprintf(b, `<text x="%.1f" y="%d" font-size="11" text-anchor="middle" fill="%s">%s</text>`, x(i), chartH-8, inkColour, esc(l))
	}
	return x, y, slot
}

// barChart draws one vertical bar per value, with the value on top.
func barChart(title string, bars []barValue) template.HTML {
	var b strings.Builder
	top := 0.0
	labels := make([]string, len(bars))
	for i, v := range bars {
		top = max(top, v.Value)
		labels[i] = v.Label
	}
	top = niceMax(top)
	x, y, slot := axes(&b, title, labels, top)
	w := slot * 0.62
	for i, v := range bars {
		if v.Value <= 0 {
			continue
		}
		tip := v.Title
		if tip == "" {
			tip = v.Label + "：" + number(v.Value)
		}
		fill := v.Color
		if fill == "" {
			fill = accent
		}
		fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" rx="2" fill="%s"><title>%s</title></rect>`,
			x(i)-w/2, y(v.Value), w, y(0)-y(v.Value), fill, esc(tip))
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" font-size="10" text-anchor="middle" fill="%s">%s</text>`, x(i), y(v.Value)-3, inkColour, number(v.Value))
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// mixChart draws one horizontal bar per category with its count and share.
func mixChart(title string, bars []barValue) template.HTML {
	const row, labelW, barMax = 26, 170, 360
	var total, top float64
	for _, v := range bars {
		total += v.Value
		top = max(top, v.Value)
	}
	h := len(bars)*row + 8
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="chart" viewBox="0 0 %d %d" role="img" aria-label="%s" xmlns="http://www.w3.org/2000/svg"><title>%s</title>`,
		chartW, h, esc(title), esc(title))
	for i, v := range bars {
		y := i*row + 4
		fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="12" text-anchor="end" fill="#2b2623">%s</text>`, labelW-8, y+16, esc(v.Label))
		w := 0.0
		if top > 0 {
			w = barMax * v.Value / top
		}
		share := 0.0
		if total > 0 {
			share = v.Value / total
		}
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%d" height="18" rx="3" fill="#f6efe9"/>`, labelW, y+3, barMax)
		if w > 0 {
			fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%.1f" height="18" rx="3" fill="%s"><title>%s：%s件（%.0f%%）</title></rect>`,
				labelW, y+3, w, v.Color, esc(v.Label), number(v.Value), share*100)
		}
		fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="12" fill="%s">%s件・%.0f%%</text>`, labelW+barMax+8, y+16, inkColour, number(v.Value), share*100)
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// lineChart draws each series as a line with dots, broken where a day has
// no data, and a legend.
func lineChart(title string, labels []string, ss []series) template.HTML {
	top := 0.0
	for _, s := range ss {
		for _, v := range s.Values {
			if !math.IsNaN(v) {
				top = max(top, v)
			}
		}
	}
	top = niceMax(top)
	var b strings.Builder
	x, y, _ := axes(&b, title, labels, top)
	for k, s := range ss {
		var pts []string
		flush := func() {
			if len(pts) > 1 {
				fmt.Fprintf(&b, `<polyline fill="none" stroke="%s" stroke-width="2" points="%s"/>`, s.Color, strings.Join(pts, " "))
			}
			pts = pts[:0]
		}
		for i, v := range s.Values {
			if math.IsNaN(v) {
				flush()
				continue
			}
			pts = append(pts, fmt.Sprintf("%.1f,%.1f", x(i), y(v)))
			fmt.Fprintf(&b, `<circle cx="%.1f" cy="%.1f" r="3" fill="%s"><title>%s %s：%s秒</title></circle>`, x(i), y(v), s.Color, esc(labels[i]), esc(s.Name), number(v))
		}
		flush()
		lx := chartW - chartRight - 60*(len(ss)-k)
		fmt.Fprintf(&b, `<rect x="%d" y="2" width="12" height="4" fill="%s"/><text x="%d" y="9" font-size="11" fill="%s">%s</text>`, lx, s.Color, lx+16, inkColour, esc(s.Name))
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// studioFuncs are the template helpers of the studio pages.
func studioFuncs() template.FuncMap {
	return template.FuncMap{
		"percent": func(f float64) string { return fmt.Sprintf("%.1f%%", f*100) },
		"ratio":   func(f float64) string { return fmt.Sprintf("%.3f", f) },
		"seconds": func(d time.Duration) string {
			if d == 0 {
				return "—"
			}
			return fmt.Sprintf("%.1f秒", d.Seconds())
		},
		"millis":  func(d time.Duration) string { return fmt.Sprintf("%dミリ秒", d.Milliseconds()) },
		"role":    roleLabel,
		"source":  sourceLabel,
		"skipped": skippedLabel,
		"plusOne": func(i int) int { return i + 1 },
		"risk":    riskText,
	}
}
