package app

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/akari-career/akari/internal/config"
	"github.com/akari-career/akari/internal/linesim"
)

//go:embed dev.html
var devPage []byte

// devRoutes serves the dev-mode chat page. Its API turns what the page sends
// into a webhook signed with the dev secret, posts it to this server's own
// /callback — the same path LINE uses — and returns what the Messaging API
// stand-in received in answer.
func (a *App) devRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /dev/{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'")
		w.Write(devPage)
	})
	mux.HandleFunc("POST /dev/api/send", a.devSend)
}

type devRequest struct {
	User string `json:"user"`
	Kind string `json:"kind"` // text (default), postback, follow, unfollow, sticker
	Text string `json:"text"`
	Data string `json:"data"`
}

type devResponse struct {
	Deliveries []linesim.Delivery `json:"deliveries"`
}

func (a *App) devSend(w http.ResponseWriter, r *http.Request) {
	var req devRequest
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 64<<10)).Decode(&req); err != nil || req.User == "" {
		http.Error(w, "want JSON {user, kind, text, data}", http.StatusBadRequest)
		return
	}
	user := "Udev" + strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, strings.ToLower(req.User))
	var ev linesim.Event
	switch req.Kind {
	case "", "text":
		if strings.TrimSpace(req.Text) == "" {
			http.Error(w, "text is empty", http.StatusBadRequest)
			return
		}
		ev = a.events.Text(user, req.Text)
	case "postback":
		ev = a.events.PostbackEvent(user, req.Data)
	case "follow":
		ev = a.events.Follow(user)
	case "unfollow":
		ev = a.events.Unfollow(user)
	case "sticker":
		ev = a.events.Sticker(user)
	default:
		http.Error(w, "unknown kind", http.StatusBadRequest)
		return
	}
	after := a.sim.LastSeq()
	if err := a.postWebhook(r.Context(), linesim.Body{Destination: "Udevbot", Events: []linesim.Event{ev}}); err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	var got []linesim.Delivery
	if req.Kind != "unfollow" {
		got = a.sim.WaitAfter(user, after, 1, 15*time.Second)
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(devResponse{Deliveries: got})
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
