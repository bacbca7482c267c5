package jobs

import (
	"fmt"
	"io"

	"go.yaml.in/yaml/v3"
)

// WriteYAML writes listings as a catalog file Load reads back, so
// `akari jobs import FILE.csv > catalog.yaml` gives a catalog operators can
// review and edit.
func WriteYAML(w io.Writer, listings []Listing) error {
	if _, err := io.WriteString(w, "# Akari job catalog (docs/jobs.md)\n"); err != nil {
		return fmt.Errorf("write catalog: %w", err)
	}
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if listings == nil {
		listings = []Listing{}
	}
	if err := enc.Encode(listings); err != nil {
		return fmt.Errorf("write catalog: %w", err)
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("write catalog: %w", err)
	}
	return nil
}
