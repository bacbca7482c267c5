package store

// Risk changes: every step into, within or out of care mode, for the
// operators' quality page. Nothing in them names the person: the time,
// the levels and why.
//
//	<prefix>:risk:changes   list of JSON, newest first, capped

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/akari-career/akari/internal/akari"
)

// maxRiskChanges bounds the list: the page shows recent ones.
const maxRiskChanges = 500

func (s *Store) riskKey() string { return s.prefix + ":risk:changes" }

// RecordRiskChange keeps one change, dropping the oldest beyond the cap.
func (s *Store) RecordRiskChange(ctx context.Context, c akari.RiskChange) error {
	raw, err := json.Marshal(c)
	if err != nil {
		return fmt.Errorf("encode risk change: %w", err)
	}
	p := s.rdb.TxPipeline()
	p.LPush(ctx, s.riskKey(), raw)
	p.LTrim(ctx, s.riskKey(), 0, maxRiskChanges-1)
	if _, err := p.Exec(ctx); err != nil {
		return fmt.Errorf("record risk change: %w", err)
	}
	return nil
}

// RiskChanges returns the newest n changes, newest first.
func (s *Store) RiskChanges(ctx context.Context, n int) ([]akari.RiskChange, error) {
	raws, err := s.rdb.LRange(ctx, s.riskKey(), 0, int64(n)-1).Result()
	if err != nil {
		return nil, fmt.Errorf("read risk changes: %w", err)
	}
	out := make([]akari.RiskChange, 0, len(raws))
	for _, raw := range raws {
		var c akari.RiskChange
		if err := json.Unmarshal([]byte(raw), &c); err != nil {
			return nil, fmt.Errorf("decode risk change: %w", err)
		}
		out = append(out, c)
	}
	return out, nil
}
