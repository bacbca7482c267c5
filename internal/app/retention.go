package app

import (
	"context"
	"time"
)

// retentionEvery is how often the retention sweep runs. Every process runs
// it; the sweep is idempotent, so replicas doing it at once is harmless.
const retentionEvery = time.Hour

// keepRetention anonymises leads idle past AKARI_LEAD_RETENTION and trims
// old dead letters, at start and then every retentionEvery, until ctx
// ends. Conversations need no sweep: Redis expires them (store.IdleTTL).
func (a *App) keepRetention(ctx context.Context) {
	t := time.NewTicker(retentionEvery)
	defer t.Stop()
	for {
		a.sweep(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// sweep runs the retention rules once. Failures are logged and retried at
// the next sweep.
func (a *App) sweep(ctx context.Context) {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	n, err := a.store.ExpireLeads(ctx, time.Now().Add(-a.cfg.LeadRetention))
	if err != nil {
		a.log.Warn("retention: leads not expired; trying again later", "err", err)
	} else if n > 0 {
		a.log.Info("retention: leads anonymised after the retention period", "leads", n, "retention", a.cfg.LeadRetention)
	}
	d, err := a.queue.TrimDeadLetters(ctx)
	if err != nil {
		a.log.Warn("retention: dead letters not trimmed; trying again later", "err", err)
	} else if d > 0 {
		a.log.Info("retention: old dead letters dropped", "dead_letters", d)
	}
}
