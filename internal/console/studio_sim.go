package console

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/akari"
)

// Simulator drives simulated LINE users through the real webhook path and
// reports what the Messaging API stand-in received for them. It exists only
// where a stand-in answers for LINE (dev mode): simulated events must never
// reach a production channel.
type Simulator interface {
	// Send turns ev into a webhook event signed with the channel secret
	// and posts it to the server's own /callback, as LINE would.
	Send(ctx context.Context, ev SimEvent) error
	// Wait returns every delivery with Seq > after, to anyone, waiting up
	// to wait for at least one; none when the wait ends empty.
	Wait(ctx context.Context, after int, wait time.Duration) ([]SimDelivery, error)
}

// SimEvent is what a simulated person did.
type SimEvent struct {
	User string `json:"user"` // a LINE-shaped user id: U + 32 hex digits
	Name string `json:"name"` // display name the stand-in's profile API returns
	Kind string `json:"kind"` // text, postback, follow, unfollow, sticker
	Text string `json:"text"`
	Data string `json:"data"` // postback data
}

// SimDelivery is one reply or push the stand-in received, as LINE would
// show it to the person.
type SimDelivery struct {
	Seq      int               `json:"seq"`
	UserID   string            `json:"userId"`
	Via      string            `json:"via"` // reply or push
	Messages []json.RawMessage `json:"messages"`
	At       time.Time         `json:"at"`
}

// simBatch answers a deliveries request: the deliveries to the page's
// users, and the sequence number to ask after next time.
type simBatch struct {
	Deliveries []SimDelivery `json:"deliveries"`
	Last       int           `json:"last"`
}

// Simulator limits.
const (
	maxSimUsers = 20
	maxSimWait  = 20 * time.Second // below the server's write timeout
	maxSimName  = 20               // characters, as LINE display names
)

var simUserID = regexp.MustCompile(`^U[0-9a-f]{32}$`)

// check validates an event from the page.
func (ev *SimEvent) check() error {
	ev.Name = strings.TrimSpace(ev.Name)
	switch {
	case !simUserID.MatchString(ev.User):
		return errors.New("user must be U followed by 32 hex digits")
	case utf8.RuneCountInString(ev.Name) > maxSimName:
		return fmt.Errorf("name is longer than %d characters", maxSimName)
	}
	switch ev.Kind {
	case "text":
		if strings.TrimSpace(ev.Text) == "" || utf8.RuneCountInString(ev.Text) > 5000 {
			return errors.New("text must have 1 to 5000 characters")
		}
	case "postback":
		if ev.Data == "" || utf8.RuneCountInString(ev.Data) > 300 {
			return errors.New("postback data must have 1 to 300 characters")
		}
	case "follow", "unfollow", "sticker":
	default:
		return fmt.Errorf("unknown kind %q", ev.Kind)
	}
	return nil
}

// decodeSimEvent reads and checks the page's JSON event.
func decodeSimEvent(r *http.Request) (SimEvent, error) {
	var ev SimEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		return ev, fmt.Errorf("want JSON {user, name, kind, text, data}: %v", err)
	}
	return ev, ev.check()
}

// simQuery reads ?user=…&user=…&after=N&wait=S.
func simQuery(r *http.Request) (users map[string]bool, after int, wait time.Duration, err error) {
	q := r.URL.Query()
	users = map[string]bool{}
	for _, u := range q["user"] {
		for u := range strings.SplitSeq(u, ",") {
			if !simUserID.MatchString(u) {
				return nil, 0, 0, fmt.Errorf("user %q is not a LINE-shaped user id", u)
			}
			users[u] = true
		}
	}
	if len(users) == 0 || len(users) > maxSimUsers {
		return nil, 0, 0, fmt.Errorf("ask for 1 to %d users", maxSimUsers)
	}
	if after, err = strconv.Atoi(q.Get("after")); err != nil || after < 0 {
		return nil, 0, 0, errors.New("after must be a sequence number")
	}
	sec, _ := strconv.ParseFloat(q.Get("wait"), 64)
	wait = min(max(time.Duration(sec*float64(time.Second)), 0), maxSimWait)
	return users, after, wait, nil
}

// simWait long-polls sim for deliveries to users: it waits until one of
// them got something or the wait is over. Deliveries to other people (other
// pages, other tabs) move the cursor on without ending the wait.
func simWait(ctx context.Context, sim Simulator, users map[string]bool, after int, wait time.Duration) (simBatch, error) {
	deadline := time.Now().Add(wait)
	b := simBatch{Deliveries: []SimDelivery{}, Last: after}
	for {
		got, err := sim.Wait(ctx, b.Last, time.Until(deadline))
		if err != nil {
			return b, err
		}
		for _, d := range got {
			b.Last = max(b.Last, d.Seq)
			if users[d.UserID] {
				b.Deliveries = append(b.Deliveries, d)
			}
		}
		if len(b.Deliveries) > 0 || !time.Now().Before(deadline) || ctx.Err() != nil {
			return b, nil
		}
	}
}

// SimulatorAPI is the simulator's JSON API without a login, for the
// dev-mode page at /dev/ (mount it under a prefix with http.StripPrefix):
//
//	POST /send        {user, name, kind, text, data} → 202 {"ok": true}
//	GET  /deliveries  ?user=U…&after=N&wait=S → {"deliveries": [...], "last": N}
//
// The console serves the same API behind its login under
// /console/api/studio/sim/.
func SimulatorAPI(sim Simulator) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /send", func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
		ev, err := decodeSimEvent(r)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		if err := sim.Send(r.Context(), ev); err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.WriteHeader(http.StatusAccepted)
		w.Write([]byte(`{"ok":true}` + "\n"))
	})
	mux.HandleFunc("GET /deliveries", func(w http.ResponseWriter, r *http.Request) {
		users, after, wait, err := simQuery(r)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		b, err := simWait(r.Context(), sim, users, after, wait)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		w.Header().Set("Cache-Control", "no-store")
		writeJSON(w, b)
	})
	return mux
}

// SimulatorFiles holds the simulator's script and stylesheet (sim.js,
// sim.css) for the dev-mode page, which serves them itself.
func SimulatorFiles() fs.FS {
	sub, err := fs.Sub(embedded, "static")
	if err != nil {
		panic(err) // the embedded tree always has static/
	}
	return sub
}

type simulatorView struct {
	Available bool
}

// simulatorPage shows the LINE-like simulator, or explains why it is off.
func (h *Handler) simulatorPage(w http.ResponseWriter, r *http.Request) error {
	return h.renderStudio(w, r, "studio_simulator.html", "シミュレーター", "simulator", simulatorView{Available: h.opt.Simulator != nil})
}

func (h *Handler) simSend(w http.ResponseWriter, r *http.Request) error {
	if h.opt.Simulator == nil {
		return fmt.Errorf("simulator is off outside dev mode: %w", akari.ErrNotFound)
	}
	ev, err := decodeSimEvent(r)
	if err != nil {
		return fmt.Errorf("%w: %v", akari.ErrInvalid, err)
	}
	if err := h.opt.Simulator.Send(r.Context(), ev); err != nil {
		return fmt.Errorf("simulated %s event: %w", ev.Kind, err)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(http.StatusAccepted)
	_, err = w.Write([]byte(`{"ok":true}` + "\n"))
	return err
}

func (h *Handler) simDeliveries(w http.ResponseWriter, r *http.Request) error {
	if h.opt.Simulator == nil {
		return fmt.Errorf("simulator is off outside dev mode: %w", akari.ErrNotFound)
	}
	users, after, wait, err := simQuery(r)
	if err != nil {
		return fmt.Errorf("%w: %v", akari.ErrInvalid, err)
	}
	b, err := simWait(r.Context(), h.opt.Simulator, users, after, wait)
	if err != nil {
		return err
	}
	return writeJSON(w, b)
}
