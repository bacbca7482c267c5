// Command akari-load measures the webhook path on this machine. It starts
// Akari in-process on loopback (real Redis from -redis, or the embedded
// one), posts signed, unique LINE events over HTTP with -c connections, and
// reports throughput and latency percentiles for three targets, in one run:
//
//	floor   a bare handler: verify the signature, decode the body, answer 200
//	intake  Akari's /callback with the workers off: verify, dedup, enqueue, 200
//	e2e     Akari end to end: intake → queue → worker → classify → advise →
//	        reply sent to the in-process LINE stand-in (offline advisor, or
//	        with -llm-delay an OpenAI stand-in answering every call after
//	        that long)
//	cpu     CPU per event of Akari and its Redis next to the SDK's echo bot,
//	        each in a process of its own, against the same LINE stand-in
//	        (Linux: /proc; starts a redis-server of its own)
//
// For e2e it also reports the Redis round trips per event (every command
// or pipeline sent, blocking reads included) and checks each person's
// answers came in order. -instances runs several Akari processes (in this
// one) sharing the Redis.
//
// Usage:
//
//	go run ./cmd/akari-load -redis redis://127.0.0.1:6379/0 -n 20000 -c 32
//	go run ./cmd/akari-load -redis redis://127.0.0.1:6379/0 -targets e2e -llm-delay 3s -workers 64 -n 600 -users 300
//	go run ./cmd/akari-load -targets cpu -n 5000 -users 500 -profiles /tmp
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
	"github.com/akari-career/akari/internal/line"
	"github.com/akari-career/akari/internal/linesim"
	"github.com/akari-career/akari/prompts"
)

const (
	secret = "load-channel-secret"
	token  = "load-access-token"
)

func main() {
	var opt loadOptions
	var rate float64
	redisURL := flag.String("redis", os.Getenv("AKARI_TEST_REDIS_URL"), "Redis URL (empty: embedded in-process Redis)")
	n := flag.Int("n", 20000, "events per target")
	c := flag.Int("c", 32, "concurrent connections")
	users := flag.Int("users", 2000, "distinct users the events come from (e2e)")
	targets := flag.String("targets", "floor,intake,e2e", "comma-separated: floor, intake, e2e, cpu")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile of the whole run to this file")
	profiles := flag.String("profiles", "", "cpu target: write each system's CPU profile (after its warm-up) to this directory")
	flag.DurationVar(&opt.llmDelay, "llm-delay", 0, "e2e: answer every LLM call after this long (0: offline advisor)")
	flag.IntVar(&opt.workers, "workers", 32, "AKARI_WORKERS of each instance")
	flag.IntVar(&opt.instances, "instances", 1, "e2e: Akari processes sharing the Redis")
	flag.Float64Var(&rate, "rate", 0, "post at most this many events per second (0: as fast as the connections go)")
	flag.Parse()
	if system := os.Getenv("AKARI_LOAD_CHILD"); system != "" {
		if err := runChild(system); err != nil {
			fmt.Fprintf(os.Stderr, "akari-load child %s: %v\n", system, err)
			os.Exit(1)
		}
		return
	}
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
	var cpu []cpuFigures
	for _, t := range strings.Split(*targets, ",") {
		opt.redisURL, opt.n, opt.conc, opt.users = *redisURL, *n, *c, *users
		postRate = rate
		if strings.TrimSpace(t) == "cpu" {
			fs, err := runCPU(opt, *profiles)
			if err != nil {
				fmt.Fprintf(os.Stderr, "akari-load cpu: %v\n", err)
				os.Exit(1)
			}
			cpu = fs
			continue
		}
		r, err := run(strings.TrimSpace(t), opt)
		if err != nil {
			fmt.Fprintf(os.Stderr, "akari-load %s: %v\n", t, err)
			pprof.StopCPUProfile()
			os.Exit(1)
		}
		results = append(results, r)
	}
	if len(results) > 0 {
		report(os.Stdout, results, *redisURL, *n, *c)
	}
	if len(cpu) > 0 {
		reportCPU(os.Stdout, cpu)
	}
}

type loadOptions struct {
	redisURL           string
	n, conc, users     int
	llmDelay           time.Duration
	workers, instances int
}

type result struct {
	target     string
	events     int
	took       time.Duration
	p50, p99   time.Duration
	non200     int64
	throughput float64
	roundTrips float64 // Redis round trips per event (e2e)
	commands   float64 // Redis commands per event, a script counting one (e2e)
	llmCalls   float64 // LLM calls per event (e2e with -llm-delay)
	outOfOrder int     // people whose answers came out of order (e2e)
}

func run(target string, o loadOptions) (result, error) {
	switch target {
	case "floor":
		srv := httptest.NewServer(floorHandler())
		defer srv.Close()
		return fire(target, []string{srv.URL + "/callback"}, bodies(o.n, o.users), o.conc, nil)
	case "intake", "e2e":
		return runAkari(target, o)
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

func runAkari(target string, o loadOptions) (result, error) {
	redisURL, n, conc, users := o.redisURL, o.n, o.conc, o.users
	sim := linesim.New(token)
	lineSrv := httptest.NewServer(sim)
	defer lineSrv.Close()
	prefix := fmt.Sprintf("load%d", time.Now().UnixNano())
	env := map[string]string{
		"LINE_CHANNEL_SECRET": secret, "LINE_CHANNEL_ACCESS_TOKEN": token,
		"LINE_API_ENDPOINT": lineSrv.URL, "REDIS_URL": redisURL,
		"AKARI_ADDR": "127.0.0.1:0", "AKARI_KEY_PREFIX": prefix,
		"AKARI_WORKERS": fmt.Sprint(o.workers), "AKARI_SHUTDOWN_GRACE": "5s",
	}
	var llmCalls atomic.Int64
	if o.llmDelay > 0 && target == "e2e" {
		llmSrv := httptest.NewServer(llmStandIn(o.llmDelay, &llmCalls))
		defer llmSrv.Close()
		env["OPENAI_API_KEY"], env["OPENAI_BASE_URL"], env["OPENAI_MODEL"] = "sk-load", llmSrv.URL+"/v1", "stand-in"
	}
	cfg, err := config.Load(func(k string) string { return env[k] })
	if err != nil {
		return result{}, err
	}
	var trips, cmds atomic.Int64
	var urls []string
	for i := range max(o.instances, 1) {
		a, err := app.New(cfg, app.Options{Prompts: prompts.FS(), Name: fmt.Sprintf("load%d", i), NoWorkers: target == "intake",
			Logger: slog.New(slog.DiscardHandler), RedisHook: countTrips{&trips, &cmds}})
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
		defer func() { cancel(); <-done }()
		urls = append(urls, a.URL()+"/callback")
	}
	defer cleanup(redisURL, prefix)
	if len(urls) > 1 {
		time.Sleep(2 * time.Second) // let the instances share the partitions
	}

	var wait func() time.Duration
	if target == "e2e" {
		wait = func() time.Duration {
			began := time.Now()
			sim.WaitDeliveries("", n, 10*time.Minute)
			return time.Since(began)
		}
	}
	trips.Store(0)
	cmds.Store(0)
	// Real LINE issues reply tokens; the e2e target needs them valid.
	r, err := fire(target, urls, bodiesWith(n, users, linesim.NewBuilder(sim), "Uload"), conc, wait)
	if err == nil && target == "e2e" {
		r.roundTrips = float64(trips.Load()) / float64(n)
		r.commands = float64(cmds.Load()) / float64(n)
		if os.Getenv("AKARI_LOAD_TRIPS") != "" {
			tripsMu.Lock()
			for k, v := range tripsByName {
				fmt.Fprintf(os.Stderr, "%-40s %8.3f per event\n", k, float64(v)/float64(n))
			}
			tripsMu.Unlock()
		}
		r.llmCalls = float64(llmCalls.Load()) / float64(n)
		r.outOfOrder = outOfOrder(sim)
	}
	return r, err
}

// outOfOrder counts the people whose answers did not come in the order of
// their messages (the stand-in issues reply tokens in order; a push
// carries the text's number).
func outOfOrder(sim *linesim.Server) int {
	last := map[string]int{}
	bad := map[string]bool{}
	for _, d := range sim.Deliveries("") {
		seq := tokenSeq[d.ReplyToken]
		if d.Via == "push" {
			seq = keySeq[d.RetryKey]
		}
		if seq < last[d.UserID] {
			bad[d.UserID] = true
		}
		last[d.UserID] = seq
	}
	return len(bad)
}

// tokenSeq and keySeq number each event's reply token and push retry key
// in the order the events were made (per person, that is the order they
// were written and sent in).
var tokenSeq, keySeq = map[string]int{}, map[string]int{}

// countTrips counts Redis round trips: one per command or pipeline sent
// (by first command name in byName).
type countTrips struct{ n, cmds *atomic.Int64 }

var (
	tripsMu     sync.Mutex
	tripsByName = map[string]int{}
)

func (c countTrips) count(name string) {
	c.n.Add(1)
	tripsMu.Lock()
	tripsByName[name]++
	tripsMu.Unlock()
}

func (c countTrips) DialHook(next redis.DialHook) redis.DialHook { return next }
func (c countTrips) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	return func(ctx context.Context, cmd redis.Cmder) error {
		c.count(cmdName(cmd))
		c.cmds.Add(1)
		return next(ctx, cmd)
	}
}
func (c countTrips) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return func(ctx context.Context, cmds []redis.Cmder) error {
		if len(cmds) > 0 {
			c.count("pipeline:" + cmdName(cmds[0]))
			c.cmds.Add(int64(len(cmds)))
		}
		return next(ctx, cmds)
	}
}

func cmdName(c redis.Cmder) string {
	n := c.Name()
	if n == "evalsha" || n == "eval" {
		if a := c.Args(); len(a) > 3 {
			k := fmt.Sprint(a[3])
			if p, ok := a[3].(*string); ok { // see internal/rediscmd
				k = *p
			}
			if i := strings.LastIndex(k, ":"); i >= 0 {
				k = k[i+1:]
			}
			n += ":" + k
		}
	}
	return n
}

// llmStandIn answers every chat completion after delay: a classification
// when a response format is asked for, else a short piece of advice.
func llmStandIn(delay time.Duration, calls *atomic.Int64) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		calls.Add(1)
		select {
		case <-time.After(delay):
		case <-r.Context().Done():
			return
		}
		content := "それは本当にしんどいですね。\n\nまずは気になっていることを三つ書き出してみましょう。次に、いちばん変えたいものを一つ選びます。\n\nどれから手をつけたいですか？"
		if bytes.Contains(body, []byte(`"response_format"`)) {
			content = `{"category":"career_change","crisis":false,"risk":"none","confidence":0.9,"summary":"転職したい"}`
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{
			"id": "chatcmpl-load", "object": "chat.completion", "model": "stand-in",
			"choices": []map[string]any{{"index": 0, "finish_reason": "stop", "message": map[string]string{"role": "assistant", "content": content}}},
			"usage":   map[string]int{"prompt_tokens": 900, "completion_tokens": 120, "total_tokens": 1020},
		})
	})
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

func bodies(n, users int) []signed { return bodiesWith(n, users, linesim.NewBuilder(nil), "Uload") }

var worries = []string{
	"在宅勤務の日だけ同僚が冷たい", "コールセンターの派遣、もう辞めたい", "クレームを報告したら電話をガチャ切りされた",
	"自分の仕事が誰の役にも立っていない気がする", "子育てと仕事の両立がしんどい", "上司の言い方がきつくてつらい",
	"未経験から事務に転職したい", "残業代が出ないし給料が上がらない",
}

// bodiesWith prepares every request up front so the client measures the
// server, not JSON encoding and HMAC on its own side.
func bodiesWith(n, users int, b *linesim.Builder, userPrefix string) []signed {
	out := make([]signed, n)
	for i := range out {
		ev := b.Text(fmt.Sprintf("%s%05d", userPrefix, i%max(users, 1)), worries[i%len(worries)])
		tokenSeq[ev.ReplyToken], keySeq[line.RetryKey(ev.WebhookEventID)] = i, i
		raw := linesim.Body{Destination: "Ubot", Events: []linesim.Event{ev}}.JSON()
		out[i] = signed{raw, linesim.Sign(secret, raw)}
	}
	return out
}

// postRate paces fire (events per second; 0: unpaced).
var postRate float64

// fire posts every body once over conc keep-alive connections. With wait,
// the run ends when wait returns (all replies delivered), and throughput
// counts until then.
func fire(target string, urls []string, reqs []signed, conc int, wait func() time.Duration) (result, error) {
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
				if postRate > 0 {
					time.Sleep(time.Until(began.Add(time.Duration(float64(i) / postRate * float64(time.Second)))))
				}
				req, _ := http.NewRequest(http.MethodPost, urls[i%len(urls)], bytes.NewReader(reqs[i].body))
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
	fmt.Fprintf(w, "%-8s %12s %10s %10s %8s %12s %12s %10s %12s\n", "target", "events/s", "p50", "p99", "non-200", "redis RT/ev", "commands/ev", "LLM/ev", "out of order")
	var floor float64
	for _, r := range rs {
		if r.target == "floor" {
			floor = r.throughput
		}
		fmt.Fprintf(w, "%-8s %12.1f %10s %10s %8d %12.2f %12.2f %10.2f %12d\n", r.target, r.throughput, r.p50.Round(10*time.Microsecond), r.p99.Round(10*time.Microsecond), r.non200, r.roundTrips, r.commands, r.llmCalls, r.outOfOrder)
	}
	for _, r := range rs {
		if r.target == "intake" && floor > 0 {
			fmt.Fprintf(w, "\nintake / floor = %.2f\n", r.throughput/floor)
		}
	}
	fmt.Fprintln(w, "(e2e: p50/p99 are the webhook's answer times; events/s counts until every reply reached the LINE stand-in)")
}
