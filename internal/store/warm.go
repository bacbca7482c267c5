package store

// Warm begins: for each person the process committed to, the store keeps
// what the person's next Begin would read — the stored state, its version,
// the history of Akari's words, the takeover hash — and answers the first
// try of the person's next event from it, without a round trip.
//
// What keeps an entry true:
//
//   - The state, its version and the history are written by Commit alone,
//     and within a tenure (akari.BeginOptions) nobody but this process
//     commits to the partition's people. An entry serves the tenure that
//     made it, and only after a commit of its own; the commit script's
//     version check would refuse a stale one all the same.
//   - The takeover hash is written by the console, maybe in another
//     process. Every write to it publishes a notice on the takeover channel
//     in the same transaction, and every notice WatchTakeovers hears makes
//     every entry stale. Entries are trusted only while the watch has heard
//     from Redis (a ping a second) within warmHeard: a Redis that stops
//     answering, restarts or fails over drops the watch's connection, and
//     every entry with it.
//   - A retried event may have claimed its reply token before: only the
//     stored marker tells, so a retry always reads (the worker gives a
//     tenure to first tries only).
//
// An entry is read again after warmMaxAge, and the cache holds at most
// warmMax people and warmBytes of their states and words. On a Cluster
// there are no warm begins.

import (
	"context"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/akari-career/akari/internal/akari"
)

const (
	warmMax    = 4096
	warmBytes  = 16 << 20
	warmMaxAge = 10 * time.Minute
	// warmHeard is how recently the watch must have heard from Redis for
	// an entry to be used; the watch pings every warmPing.
	warmHeard = 3 * time.Second
	warmPing  = time.Second
)

// warm is the cache of warm begins (see above).
type warm struct {
	mu      sync.Mutex
	entries map[string]*warmEntry
	// gen changes with every takeover notice and every gap in listening;
	// an entry made under another gen is stale.
	gen   uint64
	heard time.Time // zero: not listening
	bytes int       // the entries' sizes added up
}

type warmEntry struct {
	tenure  string
	gen     uint64
	at      time.Time // when the entry was last committed
	version string
	state   string   // the stored state; "" until a commit in this tenure
	words   []string // the history's entries, oldest first (with history)
	human   map[string]string
}

// size is about what the entry holds in memory.
func (e *warmEntry) size() int {
	n := len(e.state)
	for _, w := range e.words {
		n += len(w)
	}
	return n
}

// put stores e for user, making room for it: anyone's entry goes, as
// many as it takes. Called with mu held.
func (w *warm) put(user string, e *warmEntry) {
	w.drop(user)
	for u := range w.entries {
		if len(w.entries) < warmMax && w.bytes+e.size() <= warmBytes {
			break
		}
		w.drop(u)
	}
	if w.entries == nil {
		w.entries = make(map[string]*warmEntry)
	}
	w.entries[user] = e
	w.bytes += e.size()
}

// drop removes user's entry. Called with mu held.
func (w *warm) drop(user string) {
	if e := w.entries[user]; e != nil {
		w.bytes -= e.size()
		delete(w.entries, user)
	}
}

// get returns the person's entry if it may answer a Begin of tenure now.
func (w *warm) get(user, tenure string, now time.Time) (warmEntry, bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	e := w.entries[user]
	if e == nil || e.tenure != tenure || e.state == "" || e.gen != w.gen ||
		w.heard.IsZero() || now.Sub(w.heard) >= warmHeard || now.Sub(e.at) >= warmMaxAge {
		return warmEntry{}, false
	}
	return *e, true
}

// generation is taken before a Begin's round trip: a notice heard during
// it leaves the entry stale.
func (w *warm) generation() uint64 {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.gen
}

// read records what a Begin of tenure read, for the commit to complete.
func (w *warm) read(user, tenure string, gen uint64, version string, words []string, human map[string]string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if gen != w.gen {
		w.drop(user)
		return
	}
	w.put(user, &warmEntry{tenure: tenure, gen: gen, version: version, words: words, human: human})
}

// committed moves the person's entry to what a commit of tenure, from
// version from to version to, stored.
func (w *warm) committed(user, tenure, from, to string, out akari.Stored, history bool, now time.Time) {
	w.mu.Lock()
	defer w.mu.Unlock()
	e := w.entries[user]
	if e == nil || e.tenure != tenure || e.version != from {
		w.drop(user)
		return
	}
	next := &warmEntry{tenure: tenure, gen: e.gen, at: now, version: to, state: string(out.State), human: e.human}
	if history {
		// As the commit script leaves the list: the new entries added,
		// the newest Keep kept.
		words := append(append(make([]string, 0, len(e.words)+len(out.Said)), e.words...), out.Said...)
		next.words = words[max(len(words)-out.Keep, 0):]
	}
	w.put(user, next)
}

func (w *warm) forget(user string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.drop(user)
}

// changed makes every entry stale: a takeover changed somewhere.
func (w *warm) changed() {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.gen++
}

// listening records that the watch heard from Redis; fresh, when it has
// just (re)subscribed and may have missed notices before.
func (w *warm) listening(now time.Time, fresh bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if fresh {
		w.gen++
	}
	w.heard = now
}

// deaf records that the watch lost Redis: nothing is trusted until it
// subscribes again.
func (w *warm) deaf() {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.gen++
	w.heard = time.Time{}
}

// nextVersion is the version the commit script stores after version cur
// for the event eventID: the count of commits, then the event.
func nextVersion(cur, eventID string) string {
	n := 0
	if count, _, ok := strings.Cut(cur, ":"); ok {
		n, _ = strconv.Atoi(count)
	}
	return strconv.Itoa(n+1) + ":" + eventID
}

func (s *Store) takeoverChannel() string { return s.prefix + ":takeover-changed" }

// takeoverChanged adds the notice of a takeover write to the transaction
// that makes it; after it, the caller calls s.warm.changed (this process
// does not wait to hear its own notice).
func (s *Store) takeoverChanged(ctx context.Context, p redis.Pipeliner) {
	p.Publish(ctx, s.takeoverChannel(), "1")
}

// WatchTakeovers listens for takeover notices until ctx ends, so that
// Begin may answer from what the last commit kept (see warm.go). Without
// it running, every Begin reads. It does nothing on a Cluster.
func (s *Store) WatchTakeovers(ctx context.Context) {
	if s.cluster {
		return
	}
	ps := s.rdb.Subscribe(ctx, s.takeoverChannel())
	defer s.warm.deaf()
	go func() {
		t := time.NewTicker(warmPing)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				ps.Close() // Receive does not end with ctx: a read in flight does
				return
			case <-t.C:
				ps.Ping(ctx) // a failure shows in Receive
			}
		}
	}()
	for {
		msg, err := ps.Receive(ctx)
		if ctx.Err() != nil {
			return
		}
		switch msg.(type) {
		case *redis.Subscription:
			s.warm.listening(time.Now(), true)
		case *redis.Pong:
			s.warm.listening(time.Now(), false)
		case *redis.Message:
			s.warm.changed()
		}
		if err != nil {
			// The next Receive connects and subscribes again.
			s.warm.deaf()
			select {
			case <-ctx.Done():
				return
			case <-time.After(100 * time.Millisecond):
			}
		}
	}
}
