package app

import (
	"context"
	"strconv"
	"time"

	"github.com/akari-career/akari/internal/line"
	"github.com/akari-career/akari/internal/metrics"
	"github.com/akari-career/akari/internal/queue"
)

// The adapters below let the queue and the LINE adapter report to metrics
// without importing them.

type queueObserver struct{ m *metrics.Metrics }

func (o queueObserver) Lag(d time.Duration) { o.m.QueueLag.Observe(d.Seconds()) }
func (o queueObserver) Handled(outcome string, took time.Duration) {
	o.m.HandleLatency.WithLabelValues(outcome).Observe(took.Seconds())
	switch outcome {
	case "retry":
		o.m.HandleRetries.Inc()
	case "dead":
		o.m.DeadLetters.Inc()
	}
}
func (o queueObserver) Owned(n int) { o.m.Partitions.Set(float64(n)) }
func (o queueObserver) Backlog(p int, n int64) {
	o.m.QueueBacklog.WithLabelValues(strconv.Itoa(p)).Set(float64(n))
}

type lineCalls struct{ m *metrics.Metrics }

func (o lineCalls) Call(api string, status int) {
	s := "error"
	if status > 0 {
		s = strconv.Itoa(status)
	}
	o.m.LineCalls.WithLabelValues(api, s).Inc()
}

type intakeObserver struct{ m *metrics.Metrics }

func (o intakeObserver) Request(status int) {
	o.m.WebhookRequests.WithLabelValues(strconv.Itoa(status)).Inc()
}
func (o intakeObserver) Event(typ, result string) {
	o.m.Events.WithLabelValues(typ, result).Inc()
	if result == "duplicate" {
		o.m.DedupHits.Inc()
	}
}

// queueSink hands verified webhook events to the queue.
type queueSink struct{ q *queue.Queue }

func (s queueSink) Accept(ctx context.Context, events []line.Inbound) ([]bool, error) {
	items := make([]queue.Item, len(events))
	for i, e := range events {
		items[i] = queue.Item{EventID: e.EventID, UserID: e.UserID, Payload: e.Payload}
	}
	return s.q.Enqueue(ctx, items)
}
