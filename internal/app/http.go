package app

import (
	"crypto/sha256"
	"crypto/subtle"
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
	mux.Handle("GET /metrics", bearer(a.cfg.MetricsToken, a.m.Handler()))
	if a.console != nil {
		mux.Handle("/console/", a.console)
	}
	if a.cfg.DevMode {
		a.devRoutes(mux)
	}
	return mux
}

// bearer lets a request through only with "Authorization: Bearer token";
// an empty token lets everything through (the network decides who reaches
// the endpoint; see deploy/README.md).
func bearer(token string, next http.Handler) http.Handler {
	if token == "" {
		return next
	}
	want := sha256.Sum256([]byte("Bearer " + token))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got := sha256.Sum256([]byte(r.Header.Get("Authorization")))
		if subtle.ConstantTimeCompare(got[:], want[:]) != 1 {
			w.Header().Set("WWW-Authenticate", `Bearer realm="akari metrics"`)
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}
