package app

import (
	"net/http"

	"github.com/akari-career/akari/internal/line"
)

// routes is the server's whole URL space.
func (a *App) routes() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("POST /callback", line.NewWebhook(a.cfg.ChannelSecret, queueSink{a.queue}, a.log, intakeObserver{a.m}))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		if err := pingRedis(r.Context(), a.rdb); err != nil {
			a.log.Warn("not ready: Redis does not answer", "err", err)
			http.Error(w, "redis unavailable", http.StatusServiceUnavailable)
			return
		}
		w.Write([]byte("ready\n"))
	})
	mux.Handle("GET /metrics", a.m.Handler())
	if a.console != nil {
		mux.Handle("/console/", a.console)
	}
	if a.cfg.DevMode {
		a.devRoutes(mux)
	}
	return mux
}
