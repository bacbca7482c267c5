package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/jobs"
)

// runJobs is the operators' view of the job catalog:
//
//	akari jobs search [-category c] [-prefecture 東京] [-remote full|partial] …
//	akari jobs import FILE.csv > catalog.yaml
//	akari jobs check [FILE]
func runJobs(ctx context.Context, args []string, io stdio) error {
	if len(args) == 0 {
		return fmt.Errorf("%w: jobs search | jobs import FILE.csv | jobs check [FILE]", errUsage)
	}
	switch args[0] {
	case "search":
		return runJobsSearch(args[1:], io)
	case "import":
		if len(args) != 2 {
			return fmt.Errorf("%w: jobs import FILE.csv", errUsage)
		}
		f, err := os.Open(args[1])
		if err != nil {
			return err
		}
		defer f.Close()
		listings, err := jobs.ImportCSV(f, args[1])
		if err != nil {
			return err
		}
		if _, err := jobs.NewCatalog(listings); err != nil {
			return err
		}
		fmt.Fprintf(io.err, "imported %d listings\n", len(listings))
		return jobs.WriteYAML(io.out, listings)
	case "check":
		path := ""
		if len(args) > 1 {
			path = args[1]
		}
		c, name, err := loadCatalog(path)
		if err != nil {
			return err
		}
		stale := c.Stale(time.Now(), jobs.DefaultMaxAge)
		fmt.Fprintf(io.out, "%s: %d listings, %d not checked for more than %d days\n", name, c.Len(), len(stale), int(jobs.DefaultMaxAge.Hours()/24))
		return nil
	}
	return fmt.Errorf("%w: unknown jobs command %q", errUsage, args[0])
}

func runJobsSearch(args []string, io stdio) error {
	fs := flag.NewFlagSet("jobs search", flag.ContinueOnError)
	fs.SetOutput(io.err)
	file := fs.String("file", "", "catalog file (default: AKARI_JOBS_FILE or the built-in sample)")
	category := fs.String("category", "career_change", "worry category id")
	pref := fs.String("prefecture", "", "comma-separated prefectures, e.g. 東京 or 埼玉,群馬")
	remote := fs.String("remote", "", "full or partial")
	employment := fs.String("employment", "", "comma-separated: 正社員,契約社員,派遣,パート・アルバイト")
	inexp := fs.Bool("inexperienced", false, "only 未経験歓迎 listings")
	short := fs.Bool("short-hours", false, "only listings with shorter hours")
	minPay := fs.Int("min-pay", 0, "minimum annual pay in 万円")
	keywords := fs.String("keywords", "", "comma-separated words the person used")
	limit := fs.Int("limit", jobs.DefaultLimit, "how many")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("%w: %w", errUsage, err)
	}
	cat, err := akari.ParseCategory(*category)
	if err != nil {
		return fmt.Errorf("%w: -category: %v", errUsage, err)
	}
	c, _, err := loadCatalog(*file)
	if err != nil {
		return err
	}
	q := jobs.Query{Category: cat, Prefectures: splitList(*pref), Remote: jobs.Remote(*remote), Inexperienced: *inexp,
		ShortHours: *short, MinAnnualPay: *minPay, Limit: *limit, MaxAge: jobs.DefaultMaxAge}
	if *file == "" && os.Getenv("AKARI_JOBS_FILE") == "" {
		q.MaxAge = -1 // the sample's dates are illustrative
	}
	for _, e := range splitList(*employment) {
		emp, ok := jobs.ParseEmployment(e)
		if !ok {
			return fmt.Errorf("%w: -employment: unknown %q", errUsage, e)
		}
		q.Employment = append(q.Employment, emp)
	}
	q.Keywords = splitList(*keywords)
	enc := json.NewEncoder(io.out)
	enc.SetIndent("", "  ")
	return enc.Encode(c.Search(q))
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '、' }) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// loadCatalog reads path, else AKARI_JOBS_FILE, else the built-in sample.
func loadCatalog(path string) (*jobs.Catalog, string, error) {
	if path == "" {
		path = os.Getenv("AKARI_JOBS_FILE")
	}
	if path == "" {
		c, err := jobs.Sample()
		return c, jobs.SampleName, err
	}
	c, err := jobs.LoadFile(path)
	return c, path, err
}
