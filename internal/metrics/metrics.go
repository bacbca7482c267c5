// Package metrics defines Akari's Prometheus metrics on a registry of its
// own (no global state), and serves them on /metrics.
package metrics

import (
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics holds every collector. Pass one *Metrics to every component.
type Metrics struct {
	Registry *prometheus.Registry

	WebhookRequests *prometheus.CounterVec   // by HTTP status
	Events          *prometheus.CounterVec   // by LINE event type
	DedupHits       prometheus.Counter       // redelivered events dropped
	QueueLag        prometheus.Histogram     // enqueue → handling start
	QueueBacklog    *prometheus.GaugeVec     // entries waiting, by partition
	HandleLatency   *prometheus.HistogramVec // handling time, by outcome
	HandleRetries   prometheus.Counter
	DeadLetters     prometheus.Counter
	LineCalls       *prometheus.CounterVec // by API and status
	Replies         *prometheus.CounterVec // by category and advisor
	LLMCalls        *prometheus.CounterVec // by purpose and result
	LLMTokens       *prometheus.CounterVec // by purpose and kind (prompt/completion)
	LLMFallbacks    *prometheus.CounterVec // by purpose and reason
	Partitions      prometheus.Gauge       // partitions owned by this process
}

// New builds the collectors and registers them, with the Go and process
// collectors, on a fresh registry.
func New() *Metrics {
	m := &Metrics{
		Registry: prometheus.NewRegistry(),
		WebhookRequests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "akari_webhook_requests_total", Help: "Webhook requests by HTTP status.",
		}, []string{"status"}),
		Events: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "akari_events_total", Help: "LINE events received, by type and what intake did with them (queued, duplicate, ignored).",
		}, []string{"type", "result"}),
		DedupHits: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "akari_dedup_hits_total", Help: "Events dropped because their webhookEventId was already queued.",
		}),
		QueueLag: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "akari_queue_lag_seconds", Help: "Time from intake to the start of handling.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30},
		}),
		QueueBacklog: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "akari_queue_backlog", Help: "Events waiting in a partition owned by this process.",
		}, []string{"partition"}),
		HandleLatency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "akari_handle_seconds", Help: "Time to handle one event, by outcome.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30},
		}, []string{"outcome"}),
		HandleRetries: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "akari_handle_retries_total", Help: "Event handling attempts that failed and were retried.",
		}),
		DeadLetters: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "akari_dead_letters_total", Help: "Events moved to the dead-letter stream.",
		}),
		LineCalls: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "akari_line_api_calls_total", Help: "Messaging API calls by API and HTTP status (or error).",
		}, []string{"api", "status"}),
		Replies: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "akari_replies_total", Help: "Replies sent, by worry category and what wrote them.",
		}, []string{"category", "source"}),
		LLMCalls: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "akari_llm_calls_total", Help: "LLM calls by purpose and result.",
		}, []string{"purpose", "result"}),
		LLMTokens: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "akari_llm_tokens_total", Help: "LLM tokens used, by purpose and kind.",
		}, []string{"purpose", "kind"}),
		LLMFallbacks: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "akari_llm_fallbacks_total", Help: "Times the offline path answered because the LLM failed, by purpose and reason.",
		}, []string{"purpose", "reason"}),
		Partitions: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "akari_partitions_owned", Help: "Queue partitions this process currently owns.",
		}),
	}
	m.Registry.MustRegister(
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		m.WebhookRequests, m.Events, m.DedupHits, m.QueueLag, m.QueueBacklog,
		m.HandleLatency, m.HandleRetries, m.DeadLetters, m.LineCalls, m.Replies,
		m.LLMCalls, m.LLMTokens, m.LLMFallbacks, m.Partitions,
	)
	return m
}

// Handler serves the registry in the Prometheus text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.Registry, promhttp.HandlerOpts{Registry: m.Registry})
}
