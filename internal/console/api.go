package console

import (
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/akari-career/akari/internal/leads"
)

// apiList answers GET /console/api/leads with the same filters as the list
// (status, category, from, to, assignee) plus limit (default 100, at most
// 1000) and offset: {"leads": [...], "total": n, "counts": {"new": n, …}}.
func (h *Handler) apiList(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	f, _, err := h.parseFilter(q)
	if err != nil {
		return err
	}
	limit, _ := strconv.Atoi(q.Get("limit"))
	if limit <= 0 {
		limit = 100
	}
	offset, _ := strconv.Atoi(q.Get("offset"))
	p, err := h.opt.Store.ListLeads(r.Context(), f, min(limit, 1000), max(offset, 0))
	if err != nil {
		return err
	}
	for i, l := range p.Leads {
		p.Leads[i] = forAPI(l)
	}
	return writeJSON(w, p)
}

// apiLead answers GET /console/api/leads/{id} with the lead.
func (h *Handler) apiLead(w http.ResponseWriter, r *http.Request) error {
	l, err := h.opt.Store.GetLead(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	return writeJSON(w, forAPI(l))
}

// forAPI leaves out the LINE user id: recruiters reach the person through
// the console, and the id is of no use to anything else they run.
func forAPI(l *leads.Lead) *leads.Lead {
	c := *l
	c.UserID = ""
	return &c
}

func writeJSON(w http.ResponseWriter, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_, err = w.Write(append(b, '\n'))
	return err
}
