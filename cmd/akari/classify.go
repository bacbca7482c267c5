package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"strings"

	"github.com/akari-career/akari/internal/akari"
)

// maxMessage bounds one input line; LINE texts are at most 5000 UTF-16
// units, so this leaves room for anything pasted by an operator.
const maxMessage = 1 << 20

// runClassify classifies one message per line of stdin with the offline
// model and writes one JSON object per line. No network, no Redis: it is
// what operators and CI use to see how a change to prompts/ behaves.
func runClassify(ctx context.Context, args []string, io stdio) error {
	if len(args) > 0 {
		return fmt.Errorf("%w: classify takes no arguments; it reads messages on stdin", errUsage)
	}
	m, err := loadModel()
	if err != nil {
		return err
	}
	in := bufio.NewScanner(io.in)
	in.Buffer(make([]byte, 0, 64*1024), maxMessage)
	out := bufio.NewWriter(io.out)
	for in.Scan() {
		if err := ctx.Err(); err != nil {
			return err
		}
		c := m.Classify(strings.TrimSuffix(in.Text(), "\r"))
		line, err := json.Marshal(struct {
			Category   string     `json:"category"`
			Crisis     bool       `json:"crisis"`
			Confidence float64    `json:"confidence"`
			Risk       akari.Risk `json:"risk"`
		}{string(c.Category), c.Crisis, math.Round(c.Confidence*1000) / 1000, akari.RiskOf(c)})
		if err != nil {
			return err
		}
		out.Write(line)
		out.WriteByte('\n')
	}
	if err := in.Err(); err != nil {
		return fmt.Errorf("read stdin: %w", err)
	}
	return out.Flush()
}
