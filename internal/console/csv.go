package console

import (
	"encoding/csv"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/akari-career/akari/internal/leads"
)

// csvHeader are the export's columns, in order:
//
//	ID             the lead's id (its page is /console/leads/<ID>)
//	受付日時         when the person asked, Japan time
//	状態             status label (新規, 連絡済み, 面談, 応募済み, 内定, 終了, 本人取り下げ)
//	お悩み           category label; お悩みID is the stable id
//	担当者           assignee
//	お名前           LINE display name
//	希望勤務地, 在宅の希望, 雇用形態, 連絡のつきやすい時間帯, 電話番号
//	                the intake answers (empty when not consented)
//	相談の要約        the consented summary
//	興味のある求人     "title（company）" joined by " / "
//	同意日時          when the person agreed to share
//	最終更新          last change, Japan time
//
// The file is UTF-8 with a byte-order mark and CRLF lines, which Excel
// opens correctly; the transcript and notes are not exported.
func csvHeader() []string {
	return []string{"ID", "受付日時", "状態", "お悩み", "お悩みID", "担当者", "お名前",
		"希望勤務地", "在宅の希望", "雇用形態", "連絡のつきやすい時間帯", "電話番号",
		"相談の要約", "興味のある求人", "同意日時", "最終更新"}
}

// csv exports every lead matching the list's filter. The rows stream as
// they are read, a batch at a time, flushed as they go: an export of any
// size starts at once and holds little memory.
func (h *Handler) csv(w http.ResponseWriter, r *http.Request) error {
	f, _, err := h.parseFilter(r.URL.Query())
	if err != nil {
		return err
	}
	name := "akari-leads-" + time.Now().In(h.jst).Format("20060102-1504") + ".csv"
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="%s"`, name))
	w.Write([]byte("\uFEFF"))
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	cw.Write(csvHeader())
	when := func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.In(h.jst).Format("2006-01-02 15:04")
	}
	rc := http.NewResponseController(w)
	rows := 0
	err = h.opt.Store.EachLead(r.Context(), f, func(l *leads.Lead) error {
		jobs := make([]string, len(l.Jobs))
		for i, j := range l.Jobs {
			jobs[i] = j.Title + "（" + j.Company + "）"
		}
		row := []string{l.ID, when(l.CreatedAt), statusLabel(l.Status), h.opt.Label(l.Category), string(l.Category),
			l.Assignee, l.DisplayName, l.Answers.Area, l.Answers.Remote, l.Answers.EmploymentType,
			l.Answers.ContactTime, l.Answers.Phone, l.Summary, strings.Join(jobs, " / "),
			when(l.Consent.At), when(l.UpdatedAt)}
		for i := range row {
			row[i] = cell(row[i])
		}
		if err := cw.Write(row); err != nil {
			return err
		}
		if rows++; rows%500 == 0 {
			cw.Flush()
			rc.Flush()
		}
		return cw.Error()
	})
	cw.Flush()
	if err == nil {
		err = cw.Error()
	}
	if err != nil {
		// The header is out, so no error page: the log gets it and the
		// file is cut short.
		h.log.Error("CSV export cut short", "rows", rows, "err", err)
	}
	return nil
}

// cell defuses spreadsheet formulas: a value a spreadsheet would evaluate
// (starting with = + - @, or a tab or carriage return that some read past)
// is prefixed with an apostrophe so it is shown as text. Phone numbers in
// +81 form get the apostrophe too, which Excel hides.
func cell(v string) string {
	if v != "" && strings.ContainsRune("=+-@\t\r", rune(v[0])) {
		return "'" + v
	}
	return v
}
