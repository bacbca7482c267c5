package app

import (
	"bytes"
	"context"
	_ "embed"
	"fmt"
	"net/http"
	"time"

	"github.com/akari-career/akari/internal/config"
	"github.com/akari-career/akari/internal/console"
	"github.com/akari-career/akari/internal/linesim"
)

//go:embed dev.html
var devPage []byte

// devRoutes serves the dev-mode simulator at /dev/: a LINE-like chat page
// whose API turns what the page does into webhooks signed with the dev
// secret, posts them to this server's own /callback — the same path LINE
// uses — and long-polls the Messaging API stand-in for what Akari sent
// back. The console's studio serves the same simulator behind its login.
func (a *App) devRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /dev/{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
		w.Header().Set("Cache-Control", "no-store")
		w.Write(devPage)
	})
	mux.Handle("GET /dev/static/", http.StripPrefix("/dev/static/", http.FileServerFS(console.SimulatorFiles())))
	mux.Handle("/dev/api/", http.StripPrefix("/dev/api", console.SimulatorAPI(devSimulator{a})))
}

// devSimulator implements console.Simulator on the in-process stand-in.
type devSimulator struct{ a *App }

var _ console.Simulator = devSimulator{}

// Send makes ev a LINE webhook event (with a real reply token from the
// stand-in), signs it with the dev secret and posts it to /callback. The
// display name goes to the stand-in's profile API, where Akari asks for it.
func (s devSimulator) Send(ctx context.Context, ev console.SimEvent) error {
	a := s.a
	if a.sim == nil {
		return errNoStandIn
	}
	if ev.Name != "" {
		a.sim.SetProfile(ev.User, ev.Name)
	}
	var e linesim.Event
	switch ev.Kind {
	case "text":
		e = a.events.Text(ev.User, ev.Text)
	case "postback":
		e = a.events.PostbackEvent(ev.User, ev.Data)
	case "follow":
		e = a.events.Follow(ev.User)
	case "unfollow":
		e = a.events.Unfollow(ev.User)
	case "sticker":
		e = a.events.Sticker(ev.User)
	default:
		return fmt.Errorf("simulated event: unknown kind %q", ev.Kind)
	}
	return a.postWebhook(ctx, linesim.Body{Destination: "Udevbot", Events: []linesim.Event{e}})
}

// Wait waits in short slices so that a page that went away (ctx done)
// frees its request soon.
func (s devSimulator) Wait(ctx context.Context, after int, wait time.Duration) ([]console.SimDelivery, error) {
	if s.a.sim == nil {
		return nil, errNoStandIn
	}
	deadline := time.Now().Add(wait)
	for {
		got := s.a.sim.WaitAfter("", after, 1, min(time.Until(deadline), time.Second))
		if len(got) > 0 {
			out := make([]console.SimDelivery, len(got))
			for i, d := range got {
				out[i] = console.SimDelivery{Seq: d.Seq, UserID: d.UserID, Via: d.Via, Messages: d.Messages, At: d.At}
			}
			return out, nil
		}
		if err := ctx.Err(); err != nil || !time.Now().Before(deadline) {
			return nil, err
		}
	}
}

// postWebhook signs body with the dev secret and posts it to /callback.
func (a *App) postWebhook(ctx context.Context, body linesim.Body) error {
	raw := body.JSON()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, a.URL()+"/callback", bytes.NewReader(raw))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Line-Signature", linesim.Sign(config.DevChannelSecret, raw))
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("post webhook: %w", err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return fmt.Errorf("webhook answered %s", res.Status)
	}
	return nil
}
