// Command akari-kanaread writes prompts/crisis/kana_read.yaml from the
// prompts folder (internal/kanaread). Run it from the repository root after
// editing the crisis corpus or the worry examples:
//
//	go run ./cmd/akari-kanaread [-prompts prompts]
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/akari-career/akari/internal/kanaread"
)

func main() {
	dir := flag.String("prompts", "prompts", "the prompts folder to read and write")
	flag.Parse()
	b, err := kanaread.Generate(os.DirFS(*dir))
	if err == nil {
		err = os.WriteFile(filepath.Join(*dir, kanaread.File), b, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "akari-kanaread:", err)
		os.Exit(1)
	}
}
