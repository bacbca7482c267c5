package main

// The cpu target: CPU per event of Akari and of its Redis, next to the
// line-bot-sdk-go echo bot, in one run against the same LINE stand-in.
// Each system runs in a process of its own (this program started again
// with AKARI_LOAD_CHILD set), so its CPU can be read from /proc without the
// load generator's or the stand-in's; Redis's comes from INFO cpu of a
// redis-server started for the run alone (nothing else talks to it).

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"time"

	"github.com/line/line-bot-sdk-go/v8/linebot/messaging_api"
	"github.com/line/line-bot-sdk-go/v8/linebot/webhook"
	"github.com/redis/go-redis/v9"

	"github.com/akari-career/akari/internal/app"
	"github.com/akari-career/akari/internal/config"
	"github.com/akari-career/akari/internal/linesim"
	"github.com/akari-career/akari/prompts"
)

// cpuFigures is what one system cost for the measured events.
type cpuFigures struct {
	system        string
	events        int
	process       time.Duration // user + system CPU of the system's process
	redis         time.Duration // of its Redis (Akari only)
	allocs, bytes uint64        // Go heap allocations in the process
	took          time.Duration
}

func (f cpuFigures) perEvent(d time.Duration) float64 {
	return float64(d.Microseconds()) / float64(f.events)
}

// runCPU measures the echo bot, then Akari, each warmed up first.
func runCPU(o loadOptions, profileDir string) ([]cpuFigures, error) {
	sim := linesim.New(token)
	lineSrv := httptest.NewServer(sim)
	defer lineSrv.Close()
	if profileDir != "" {
		if err := os.MkdirAll(profileDir, 0o755); err != nil {
			return nil, err
		}
	}
	redisURL, stopRedis, err := ownRedis()
	if err != nil {
		return nil, err
	}
	defer stopRedis()

	delivered := 0
	var out []cpuFigures
	for _, system := range []string{"echo", "akari"} {
		env := []string{"AKARI_LOAD_CHILD=" + system, "AKARI_LOAD_LINE=" + lineSrv.URL, "AKARI_LOAD_REDIS=" + redisURL,
			"AKARI_LOAD_WORKERS=" + strconv.Itoa(o.workers)}
		if profileDir != "" {
			env = append(env, "AKARI_LOAD_CPUPROFILE="+filepath.Join(profileDir, "cpu-"+system+".pprof"),
				"AKARI_LOAD_MEMPROFILE="+filepath.Join(profileDir, "allocs-"+system+".pprof"))
		}
		child, err := startChild(env)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", system, err)
		}
		warm := min(o.n/5, 2000)
		if _, err := fire(system, []string{child.url}, bodiesWith(warm, o.users, linesim.NewBuilder(sim), "Uw"+system), o.conc, nil); err != nil {
			child.stop()
			return nil, err
		}
		delivered += warm
		sim.WaitDeliveries("", delivered, 5*time.Minute)

		before, err := child.mark()
		if err != nil {
			child.stop()
			return nil, err
		}
		rBefore, err := redisCPU(redisURL)
		if err != nil {
			child.stop()
			return nil, err
		}
		if profileDir != "" && system == "akari" {
			err = redisResetStats(redisURL)
		}
		if err != nil {
			child.stop()
			return nil, err
		}
		began := time.Now()
		if _, err := fire(system, []string{child.url}, bodiesWith(o.n, o.users, linesim.NewBuilder(sim), "U"+system), o.conc, nil); err != nil {
			child.stop()
			return nil, err
		}
		delivered += o.n
		got := len(sim.WaitDeliveries("", delivered, 10*time.Minute))
		took := time.Since(began)
		after, err := child.mark()
		rAfter, rerr := redisCPU(redisURL)
		child.stop()
		if err = errors.Join(err, rerr); err != nil {
			return nil, err
		}
		if got < delivered {
			return nil, fmt.Errorf("%s: %d of %d replies reached the stand-in", system, got-delivered+o.n, o.n)
		}
		if profileDir != "" && system == "akari" {
			if err := redisCommandStats(redisURL, filepath.Join(profileDir, "redis-commandstats.txt"), o.n); err != nil {
				return nil, err
			}
		}
		f := cpuFigures{system: system, events: o.n, took: took, process: after.cpu - before.cpu,
			allocs: after.allocs - before.allocs, bytes: after.bytes - before.bytes}
		if system == "akari" {
			f.redis = rAfter - rBefore
		}
		out = append(out, f)
	}
	return out, nil
}

func reportCPU(w io.Writer, fs []cpuFigures) {
	fmt.Fprintf(w, "\nCPU per event (%d events each, one process per system, GOMAXPROCS=%d)\n", fs[0].events, runtime.GOMAXPROCS(0))
	fmt.Fprintf(w, "%-8s %12s %12s %12s %12s %12s %10s\n", "system", "process µs", "redis µs", "total µs", "allocs/ev", "KB/ev", "events/s")
	var echo float64
	for _, f := range fs {
		total := f.perEvent(f.process + f.redis)
		if f.system == "echo" {
			echo = total
		}
		fmt.Fprintf(w, "%-8s %12.0f %12.0f %12.0f %12.0f %12.1f %10.0f\n", f.system, f.perEvent(f.process), f.perEvent(f.redis), total,
			float64(f.allocs)/float64(f.events), float64(f.bytes)/float64(f.events)/1024, float64(f.events)/f.took.Seconds())
	}
	for _, f := range fs {
		if f.system == "akari" && echo > 0 {
			fmt.Fprintf(w, "\nAkari + Redis / echo bot = %.2f\n", f.perEvent(f.process+f.redis)/echo)
		}
	}
}

// ownRedis starts a redis-server on a free port for this run alone, so
// INFO cpu counts Akari's commands only.
func ownRedis() (url string, stop func(), err error) {
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		return "", nil, errors.New("the cpu target needs redis-server on PATH (it starts one of its own)")
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, err
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	cmd := exec.Command(bin, "--port", strconv.Itoa(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no")
	if err := cmd.Start(); err != nil {
		return "", nil, err
	}
	stop = func() { cmd.Process.Kill(); cmd.Wait() }
	url = fmt.Sprintf("redis://127.0.0.1:%d/0", port)
	c := redis.NewClient(&redis.Options{Addr: fmt.Sprintf("127.0.0.1:%d", port)})
	defer c.Close()
	for i := 0; c.Ping(context.Background()).Err() != nil; i++ {
		if i == 100 {
			stop()
			return "", nil, errors.New("redis-server did not start")
		}
		time.Sleep(50 * time.Millisecond)
	}
	return url, stop, nil
}

// redisCPU reads the server's user + system CPU.
func redisCPU(url string) (time.Duration, error) {
	opt, err := redis.ParseURL(url)
	if err != nil {
		return 0, err
	}
	c := redis.NewClient(opt)
	defer c.Close()
	info, err := c.Info(context.Background(), "cpu").Result()
	if err != nil {
		return 0, fmt.Errorf("redis INFO cpu: %w", err)
	}
	var total float64
	for _, line := range strings.Split(info, "\n") {
		k, v, _ := strings.Cut(strings.TrimSpace(line), ":")
		if k == "used_cpu_user" || k == "used_cpu_sys" {
			s, _ := strconv.ParseFloat(v, 64)
			total += s
		}
	}
	return time.Duration(total * float64(time.Second)), nil
}

// redisResetStats zeroes the server's command statistics, so what
// redisCommandStats writes is the measured events' alone.
func redisResetStats(url string) error {
	opt, err := redis.ParseURL(url)
	if err != nil {
		return err
	}
	c := redis.NewClient(opt)
	defer c.Close()
	if err := c.ConfigResetStat(context.Background()).Err(); err != nil {
		return fmt.Errorf("redis CONFIG RESETSTAT: %w", err)
	}
	return nil
}

// redisCommandStats writes INFO commandstats to file, with each command's
// calls and microseconds per event: where its Redis spends its CPU.
func redisCommandStats(url, file string, events int) error {
	opt, err := redis.ParseURL(url)
	if err != nil {
		return err
	}
	c := redis.NewClient(opt)
	defer c.Close()
	info, err := c.Info(context.Background(), "commandstats").Result()
	if err != nil {
		return fmt.Errorf("redis INFO commandstats: %w", err)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-24s %10s %12s %14s\n", "command", "calls/ev", "µs/call", "µs/event")
	for _, line := range strings.Split(info, "\n") {
		name, rest, ok := strings.Cut(strings.TrimSpace(line), ":")
		if !ok || !strings.HasPrefix(name, "cmdstat_") {
			continue
		}
		var calls, usec float64
		for _, kv := range strings.Split(rest, ",") {
			k, v, _ := strings.Cut(kv, "=")
			switch k {
			case "calls":
				calls, _ = strconv.ParseFloat(v, 64)
			case "usec":
				usec, _ = strconv.ParseFloat(v, 64)
			}
		}
		if calls == 0 {
			continue
		}
		fmt.Fprintf(&b, "%-24s %10.2f %12.2f %14.2f\n", strings.TrimPrefix(name, "cmdstat_"), calls/float64(events), usec/calls, usec/float64(events))
	}
	return os.WriteFile(file, []byte(b.String()), 0o644)
}

// child is a system under measurement in its own process. It answers
// "mark" on its standard input with its CPU time so far and its heap
// allocations, and stops when its input closes.
type child struct {
	cmd *exec.Cmd
	in  io.WriteCloser
	out *bufio.Scanner
	url string
}

type childMark struct {
	cpu           time.Duration
	allocs, bytes uint64
}

func startChild(env []string) (*child, error) {
	self, err := os.Executable()
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(self)
	cmd.Env = append(os.Environ(), env...)
	cmd.Stderr = os.Stderr
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	c := &child{cmd: cmd, in: in, out: bufio.NewScanner(out)}
	if !c.out.Scan() {
		c.stop()
		return nil, errors.New("the child process did not start")
	}
	c.url = strings.TrimSpace(c.out.Text()) + "/callback"
	return c, nil
}

func (c *child) mark() (childMark, error) {
	if _, err := io.WriteString(c.in, "mark\n"); err != nil {
		return childMark{}, err
	}
	if !c.out.Scan() {
		return childMark{}, errors.New("the child process did not answer")
	}
	var m childMark
	var allocs, bytes uint64
	if _, err := fmt.Sscan(c.out.Text(), &allocs, &bytes); err != nil {
		return childMark{}, fmt.Errorf("child mark %q: %w", c.out.Text(), err)
	}
	cpu, err := procCPU(c.cmd.Process.Pid)
	if err != nil {
		return childMark{}, err
	}
	m.cpu, m.allocs, m.bytes = cpu, allocs, bytes
	return m, nil
}

func (c *child) stop() {
	c.in.Close()
	done := make(chan struct{})
	go func() { c.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(15 * time.Second):
		c.cmd.Process.Kill()
		<-done
	}
}

// procCPU reads a process's user + system CPU time from /proc (Linux).
func procCPU(pid int) (time.Duration, error) {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, fmt.Errorf("the cpu target reads /proc (Linux only): %w", err)
	}
	// The command name may hold spaces: the fields start after its ')'.
	s := string(raw)
	fields := strings.Fields(s[strings.LastIndexByte(s, ')')+2:])
	utime, _ := strconv.ParseInt(fields[11], 10, 64)
	stime, _ := strconv.ParseInt(fields[12], 10, 64)
	const clockTicks = 100 // USER_HZ on Linux
	return time.Duration(utime+stime) * time.Second / clockTicks, nil
}

// runChild is the child process: it serves the system named by
// AKARI_LOAD_CHILD, prints its URL, and answers marks until its input
// closes.
func runChild(system string) error {
	lineURL, redisURL := os.Getenv("AKARI_LOAD_LINE"), os.Getenv("AKARI_LOAD_REDIS")
	var url string
	var stop func()
	switch system {
	case "echo":
		srv := httptest.NewServer(echoBot(lineURL))
		url, stop = srv.URL, srv.Close
	case "akari":
		env := map[string]string{
			"LINE_CHANNEL_SECRET": secret, "LINE_CHANNEL_ACCESS_TOKEN": token,
			"LINE_API_ENDPOINT": lineURL, "REDIS_URL": redisURL, "AKARI_ADDR": "127.0.0.1:0",
			"AKARI_KEY_PREFIX": "cpu", "AKARI_WORKERS": os.Getenv("AKARI_LOAD_WORKERS"), "AKARI_SHUTDOWN_GRACE": "5s",
		}
		cfg, err := config.Load(func(k string) string { return env[k] })
		if err != nil {
			return err
		}
		a, err := app.New(cfg, app.Options{Prompts: prompts.FS(), Name: "cpu", Logger: slog.New(slog.DiscardHandler)})
		if err != nil {
			return err
		}
		if err := a.Open(); err != nil {
			return err
		}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan struct{})
		go func() { defer close(done); a.Run(ctx) }()
		url, stop = a.URL(), func() { cancel(); <-done; a.Close() }
	default:
		return fmt.Errorf("unknown system %q", system)
	}
	defer stop()
	fmt.Println(url)
	profile := os.Getenv("AKARI_LOAD_CPUPROFILE")
	if heap := os.Getenv("AKARI_LOAD_MEMPROFILE"); heap != "" {
		defer func() {
			if f, err := os.Create(heap); err == nil {
				pprof.Lookup("allocs").WriteTo(f, 0)
				f.Close()
			}
		}()
	}
	in := bufio.NewScanner(os.Stdin)
	for marks := 0; in.Scan(); marks++ {
		if profile != "" && marks == 0 {
			// From the first mark on: the warm-up is not profiled.
			f, err := os.Create(profile)
			if err != nil {
				return err
			}
			defer f.Close()
			pprof.StartCPUProfile(f)
			defer pprof.StopCPUProfile()
		}
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		fmt.Println(ms.Mallocs, ms.TotalAlloc)
	}
	return nil
}

// echoBot is the line-bot-sdk-go echo bot as its example writes it: parse
// and verify the webhook with the SDK, and answer each text message with
// the same text, by reply token, inside the request.
func echoBot(lineURL string) http.Handler {
	bot, err := messaging_api.NewMessagingApiAPI(token, messaging_api.WithEndpoint(lineURL))
	if err != nil {
		panic(err)
	}
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		cb, err := webhook.ParseRequest(secret, req)
		if err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		for _, event := range cb.Events {
			e, ok := event.(webhook.MessageEvent)
			if !ok {
				continue
			}
			if m, ok := e.Message.(webhook.TextMessageContent); ok {
				bot.ReplyMessage(&messaging_api.ReplyMessageRequest{
					ReplyToken: e.ReplyToken,
					Messages:   []messaging_api.MessageInterface{messaging_api.TextMessage{Text: m.Text}},
				})
			}
		}
		w.WriteHeader(http.StatusOK)
	})
}
