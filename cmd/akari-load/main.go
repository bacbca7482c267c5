// Command akari-load measures the webhook path on this machine. It starts
// Akari in-process on loopback (real Redis from -redis, or the embedded
// one), posts signed, unique LINE events over HTTP with -c connections, and
// reports throughput and latency percentiles for three targets, in one run:
//
//	floor   a bare handler: verify the signature, decode the body, answer 200
//	intake  Akari's /callback with the workers off: verify, dedup, enqueue, 200
//	e2e     Akari end to end: intake → queue → worker → classify → advise →
//	        reply sent to the in-process LINE stand-in (offline advisor)
//
// Usage:
//
//	go run ./cmd/akari-load -redis redis://127.0.0.1:6379/0 -n 20000 -c 32
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime/pprof"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/line/line-bot-sdk-go/v8/linebot/webhook"
	"github.com/redis/go-redis/v9"

	"github.com/akari-career/akari/internal/app"
	"github.com/akari-career/akari/internal/config"
	"github.com/akari-career/akari/internal/linesim"
	"github.com/akari-career/akari/prompts"
)

const (
	secret = "load-channel-secret"
	token  = "load-access-token"
)

func main() {
	redisURL := flag.String("redis", os.Getenv("AKARI_TEST_REDIS_URL"), "Redis URL (empty: embedded in-process Redis)")
	n := flag.Int("n", 20000, "events per target")
	c := flag.Int("c", 32, "concurrent connections")
	users := flag.Int("users", 2000, "distinct users the events come from (e2e)")
	targets := flag.String("targets", "floor,intake,e2e", "comma-separated: floor, intake, e2e")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile of the whole run to this file")
	flag.Parse()
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		pprof.StartCPUProfile(f)
		defer pprof.StopCPUProfile()
	}
	var results []result
	for _, t := range strings.Split(*targets, ",") {
		r, err := run(strings.TrimSpace(t), *redisURL, *n, *c, *users)
		if err != nil {
			fmt.Fprintf(os.Stderr, "akari-load %s: %v\n", t, err)
			pprof.StopCPUProfile()
			os.Exit(1)
		}
		results = append(results, r)
	}
	report(os.Stdout, results, *redisURL, *n, *c)
}

type result struct {
	target     string
	events     int
	took       time.Duration
	p50, p99   time.Duration
	non200     int64
	throughput float64
}

func run(target, redisURL string, n, conc, users int) (result, error) {
	switch target {
	case "floor":
		srv := httptest.NewServer(floorHandler())
		defer srv.Close()
		return fire(target, srv.URL+"/callback", bodies(n, users), conc, nil)
	case "intake", "e2e":
		return runAkari(target, redisURL, n, conc, users)
	}
	return result{}, fmt.Errorf("unknown target %q", target)
}

// floorHandler is the least a webhook can do: what LINE requires.
func floorHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 1<<20))
		if err != nil || !webhook.ValidateSignature(secret, r.Header.Get("X-Line-Signature"), body) {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		var env struct {
			Events []json.RawMessage `json:"events"`
		}
		if err := json.Unmarshal(body, &env); err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		w.Write([]byte("{}"))
	})
}

func runAkari(target, redisURL string, n, conc, users int) (result, error) {
	sim := linesim.New(token)
	lineSrv := httptest.NewServer(sim)
	defer lineSrv.Close()
	prefix := fmt.Sprintf("load%d", time.Now().UnixNano())
	env := map[string]string{
		"LINE_CHANNEL_SECRET": secret, "LINE_CHANNEL_ACCESS_TOKEN": token,
		"LINE_API_ENDPOINT": lineSrv.URL, "REDIS_URL": redisURL,
		"AKARI_ADDR": "127.0.0.1:0", "AKARI_KEY_PREFIX": prefix,
		"AKARI_WORKERS": "32", "AKARI_SHUTDOWN_GRACE": "5s",
	}
	cfg, err := config.Load(func(k string) string { return env[k] })
	if err != nil {
		return result{}, err
	}
	a, err := app.New(cfg, app.Options{Prompts: prompts.FS(), Name: "load", NoWorkers: target == "intake", Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		return result{}, err
	}
	defer a.Close()
	if err := a.Open(); err != nil {
		return result{}, err
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); a.Run(ctx) }()
	defer func() { cancel(); <-done; cleanup(redisURL, prefix) }()

	var wait func() time.Duration
	if target == "e2e" {
		wait = func() time.Duration {
			began := time.Now()
			sim.WaitDeliveries("", n, 5*time.Minute)
			return time.Since(began)
		}
	}
	// Real LINE issues reply tokens; the e2e target needs them valid.
	return fire(target, a.URL()+"/callback", bodiesWith(n, users, linesim.NewBuilder(sim)), conc, wait)
}

func cleanup(redisURL, prefix string) {
	if redisURL == "" {
		return
	}
	opt, err := redis.ParseURL(redisURL)
	if err != nil {
		return
	}
	c := redis.NewClient(opt)
	defer c.Close()
	ctx := context.Background()
	iter := c.Scan(ctx, 0, prefix+":*", 1000).Iterator()
	var keys []string
	for iter.Next(ctx) {
		if keys = append(keys, iter.Val()); len(keys) == 1000 {
			c.Unlink(ctx, keys...)
			keys = keys[:0]
		}
	}
	if len(keys) > 0 {
		c.Unlink(ctx, keys...)
	}
}

type signed struct {
	body []byte
	sig  string
}

func bodies(n, users int) []signed { return bodiesWith(n, users, linesim.NewBuilder(nil)) }

var worries = []string{
	"在宅勤務の日だけ同僚が冷たい", "コールセンターの派遣、もう辞めたい", "クレームを報告したら電話をガチャ切りされた",
	"自分の仕事が誰の役にも立っていない気がする", "子育てと仕事の両立がしんどい", "上司の言い方がきつくてつらい",
	"未経験から事務に転職したい", "残業代が出ないし給料が上がらない",
}

// bodiesWith prepares every request up front so the client measures the
// server, not JSON encoding and HMAC on its own side.
func bodiesWith(n, users int, b *linesim.Builder) []signed {
	out := make([]signed, n)
	for i := range out {
		ev := b.Text(fmt.Sprintf("Uload%05d", i%max(users, 1)), worries[i%len(worries)])
		raw := linesim.Body{Destination: "Ubot", Events: []linesim.Event{ev}}.JSON()
		out[i] = signed{raw, linesim.Sign(secret, raw)}
	}
	return out
}

// fire posts every body once over conc keep-alive connections. With wait,
// the run ends when wait returns (all replies delivered), and throughput
// counts until then.
func fire(target, url string, reqs []signed, conc int, wait func() time.Duration) (result, error) {
	tr := &http.Transport{MaxIdleConnsPerHost: conc, MaxConnsPerHost: conc, DialContext: (&net.Dialer{KeepAlive: time.Minute}).DialContext}
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second}
	defer tr.CloseIdleConnections()
	lat := make([]time.Duration, len(reqs))
	var next, non200 atomic.Int64
	var firstErr error
	var errOnce sync.Once
	var wg sync.WaitGroup
	began := time.Now()
	for range conc {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(reqs) {
					return
				}
				req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(reqs[i].body))
				req.Header.Set("X-Line-Signature", reqs[i].sig)
				req.Header.Set("Content-Type", "application/json")
				t0 := time.Now()
				res, err := client.Do(req)
				if err != nil {
					errOnce.Do(func() { firstErr = err })
					return
				}
				io.Copy(io.Discard, res.Body)
				res.Body.Close()
				lat[i] = time.Since(t0)
				if res.StatusCode != http.StatusOK {
					non200.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	if firstErr != nil {
		return result{}, firstErr
	}
	took := time.Since(began)
	if wait != nil {
		wait()
		took = time.Since(began)
	}
	slices.Sort(lat)
	return result{
		target: target, events: len(reqs), took: took,
		p50: lat[len(lat)/2], p99: lat[len(lat)*99/100], non200: non200.Load(),
		throughput: float64(len(reqs)) / took.Seconds(),
	}, nil
}

func report(w io.Writer, rs []result, redisURL string, n, c int) {
	where := "embedded Redis"
	if redisURL != "" {
		where = "Redis " + redisURL
	}
	fmt.Fprintf(w, "akari-load: %d events per target, %d connections, %s, GOMAXPROCS=%d\n\n", n, c, where, runtimeProcs())
	fmt.Fprintf(w, "%-8s %12s %10s %10s %8s\n", "target", "events/s", "p50", "p99", "non-200")
	var floor float64
	for _, r := range rs {
		if r.target == "floor" {
			floor = r.throughput
		}
		fmt.Fprintf(w, "%-8s %12.0f %10s %10s %8d\n", r.target, r.throughput, r.p50.Round(10*time.Microsecond), r.p99.Round(10*time.Microsecond), r.non200)
	}
	for _, r := range rs {
		if r.target == "intake" && floor > 0 {
			fmt.Fprintf(w, "\nintake / floor = %.2f\n", r.throughput/floor)
		}
	}
	fmt.Fprintln(w, "(e2e: p50/p99 are the webhook's answer times; events/s counts until every reply reached the LINE stand-in)")
}
