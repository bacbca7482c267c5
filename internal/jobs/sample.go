package jobs

import (
	"embed"
	"fmt"
	"io/fs"
)

// sampleFiles holds the fictional sample catalog shipped in the binary, so
// Akari can show cards before a real catalog exists. embed.FS is read-only.
//
//go:embed sample.yaml
var sampleFiles embed.FS

// SampleName is the name of the sample catalog among the embedded files.
const SampleName = "sample.yaml"

// Sample loads the embedded sample catalog. Every listing in it is
// fictional and marked Sample.
func Sample() (*Catalog, error) {
	return LoadFS(sampleFiles, SampleName)
}

// LoadFS reads a catalog from a file system (an embedded folder, or an
// operator's folder on disk).
func LoadFS(fsys fs.FS, name string) (*Catalog, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, fmt.Errorf("load job catalog: %w", err)
	}
	defer f.Close()
	return Load(f, name)
}
