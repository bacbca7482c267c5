package main

// These tests run the real binary, as an operator would: built with go
// build, started as a process, killed with signals.

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/akari-career/akari/internal/linesim"
	"github.com/akari-career/akari/internal/redistest"
)

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// binary builds ./cmd/akari once per test run.
func binary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "akari-bin")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "akari")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// proc is one running `akari serve`.
type proc struct {
	cmd  *exec.Cmd
	addr string
	logs *syncBuffer
	done chan struct{} // closed when the process has exited
	err  error         // its exit status, once done is closed
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}
func (s *syncBuffer) String() string { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

func startServe(t *testing.T, env map[string]string) *proc {
	t.Helper()
	p := &proc{addr: freeAddr(t), logs: &syncBuffer{}, done: make(chan struct{})}
	p.cmd = exec.Command(binary(t), "serve")
	p.cmd.Env = append(os.Environ(), "AKARI_ADDR="+p.addr)
	for k, v := range env {
		p.cmd.Env = append(p.cmd.Env, k+"="+v)
	}
	p.cmd.Stderr = p.logs
	p.cmd.Stdout = p.logs
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { p.err = p.cmd.Wait(); close(p.done) }()
	t.Cleanup(func() {
		p.cmd.Process.Kill()
		<-p.done
		if t.Failed() {
			t.Logf("logs of %s:\n%s", p.addr, p.logs.String())
		}
	})
	deadline := time.Now().Add(20 * time.Second)
	for {
		res, err := http.Get("http://" + p.addr + "/readyz")
		if err == nil {
			res.Body.Close()
			if res.StatusCode == 200 {
				return p
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("akari serve did not become ready:\n%s", p.logs.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func (p *proc) post(t *testing.T, secret string, events ...linesim.Event) {
	t.Helper()
	body := linesim.Body{Destination: "Ubot", Events: events}.JSON()
	req, _ := http.NewRequest(http.MethodPost, "http://"+p.addr+"/callback", bytes.NewReader(body))
	req.Header.Set("X-Line-Signature", linesim.Sign(secret, body))
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	if res.StatusCode != 200 {
		t.Fatalf("webhook status %d", res.StatusCode)
	}
}

// ask posts a first event from a user and returns Akari's one reply.
func (p *proc) ask(t *testing.T, sim *linesim.Server, ev linesim.Event) linesim.Delivery {
	t.Helper()
	p.post(t, "proc-secret", ev)
	got := sim.WaitDeliveries(ev.Source.UserID, 1, 10*time.Second)
	if len(got) != 1 {
		t.Fatalf("no reply for %s", ev.Source.UserID)
	}
	return got[0]
}

// ownsPartitions reports how many queue partitions the process owns.
func (p *proc) ownsPartitions(t *testing.T) string {
	res, err := http.Get("http://" + p.addr + "/metrics")
	if err != nil {
		return ""
	}
	defer res.Body.Close()
	sc := bufio.NewScanner(res.Body)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "akari_partitions_owned "); ok {
			return v
		}
	}
	return ""
}

func lineEnv(t *testing.T, sim *linesim.Server) map[string]string {
	srv := httptest.NewServer(sim)
	t.Cleanup(srv.Close)
	return map[string]string{
		"LINE_CHANNEL_SECRET": "proc-secret", "LINE_CHANNEL_ACCESS_TOKEN": "proc-token",
		"LINE_API_ENDPOINT": srv.URL, "REDIS_URL": redistest.URL(t),
		"AKARI_KEY_PREFIX": redistest.Prefix(t), "AKARI_PARTITIONS": "4", "AKARI_LEASE_TTL": "1s",
	}
}

func TestKilledWorkersEventIsReclaimedAndDeliveredOnce(t *testing.T) {
	sim := linesim.New("proc-token")
	env := lineEnv(t, sim)
	a := startServe(t, env)
	waitUntil(t, "a to own the partitions", func() bool { return a.ownsPartitions(t) == "4" })

	// a takes the event, claims its reply token, and hangs on LINE…
	sim.Delay("/v2/bot/profile/Ukill", 30*time.Second)
	ev := linesim.NewBuilder(sim).Text("Ukill", "コールセンターの派遣、もう辞めたいです")
	a.post(t, "proc-secret", ev)
	waitUntil(t, "a to be working on the event", func() bool {
		for _, c := range sim.Calls() {
			if c.Path == "/v2/bot/chat/loading/start" {
				return true // it has been at it for a while: the animation shows
			}
		}
		return false
	})
	// …when it is killed outright: no shutdown, no lease released.
	if err := a.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-a.done
	sim.Delay("/v2/bot/profile/Ukill", 0)

	b := startServe(t, env)
	sim.WaitDeliveries("Ukill", 1, 20*time.Second)
	time.Sleep(500 * time.Millisecond) // time for a second delivery, if there were one
	got := sim.Deliveries("Ukill")
	if len(got) != 1 {
		t.Fatalf("got %d deliveries, want exactly 1\nlogs of b:\n%s", len(got), b.logs.String())
	}
	// a had claimed the token but never replied: b tries the token again
	// (LINE would refuse it had a spent it) and it goes through.
	if got[0].Via != "reply" || got[0].ReplyToken != ev.ReplyToken {
		t.Errorf("delivered via %s (token %q, key %q), want a reply with the event's token", got[0].Via, got[0].ReplyToken, got[0].RetryKey)
	}
	if !strings.Contains(b.logs.String(), "reclaimed pending event") {
		t.Errorf("b's log does not show the reclaim:\n%s", b.logs.String())
	}
}

func TestSIGTERMFinishesInFlightWorkAndExits(t *testing.T) {
	sim := linesim.New("proc-token")
	env := lineEnv(t, sim)
	env["AKARI_SHUTDOWN_GRACE"] = "10s"
	a := startServe(t, env)
	waitUntil(t, "a to own the partitions", func() bool { return a.ownsPartitions(t) == "4" })
	sim.Delay("/v2/bot/profile/Uterm", time.Second)
	a.post(t, "proc-secret", linesim.NewBuilder(sim).Text("Uterm", "給料が上がらない"))
	if !sim.WaitArrival("/v2/bot/profile/Uterm", 10*time.Second) {
		t.Fatal("the event never reached a worker")
	}
	began := time.Now()
	a.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-a.done:
		if a.err != nil {
			t.Errorf("exit after SIGTERM: %v, want status 0", a.err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("akari did not exit within the grace period")
	}
	if took := time.Since(began); took > 12*time.Second {
		t.Errorf("shutdown took %v, want within the 10s grace", took)
	}
	if got := sim.Deliveries("Uterm"); len(got) != 1 {
		t.Errorf("in-flight event got %d deliveries, want 1 (finished before exit)", len(got))
	}
}

func TestBadSettingStopsStartWithOneLine(t *testing.T) {
	cases := []struct{ env, name string }{
		{"REDIS_URL=http://nope", "REDIS_URL"},
		{"LINE_CHANNEL_SECRET=s", "LINE_CHANNEL_ACCESS_TOKEN"},
		{"AKARI_ADDR=nonsense", "AKARI_ADDR"},
		{"AKARI_JOBS_FILE=/does/not/exist.yaml", "AKARI_JOBS_FILE"},
		{"AKARI_WORKERS=-3", "AKARI_WORKERS"},
		{"LINE_API_ENDPOINT=::bad", "LINE_API_ENDPOINT"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cmd := exec.Command(binary(t), "serve")
			cmd.Env = append(os.Environ(), c.env)
			out, err := cmd.CombinedOutput()
			if err == nil {
				t.Fatalf("akari serve started with %s", c.env)
			}
			lines := strings.Split(strings.TrimSpace(string(out)), "\n")
			if len(lines) != 1 || !strings.Contains(lines[0], c.name) {
				t.Errorf("output %q, want one line naming %s", out, c.name)
			}
		})
	}
}

func TestDevModeIsNeverPublicByAccident(t *testing.T) {
	free := freeAddr(t)
	port := free[strings.LastIndex(free, ":"):]
	for _, addr := range []string{port, "0.0.0.0" + port} {
		t.Run(addr, func(t *testing.T) {
			cmd := exec.Command(binary(t), "serve")
			cmd.Env = append(withoutLINE(os.Environ()), "AKARI_ADDR="+addr)
			out, err := cmd.CombinedOutput()
			if err == nil {
				t.Fatalf("akari serve started dev mode on %s", addr)
			}
			lines := strings.Split(strings.TrimSpace(string(out)), "\n")
			if len(lines) != 1 || !strings.Contains(lines[0], "AKARI_ADDR") || !strings.Contains(lines[0], "AKARI_DEV=1") {
				t.Errorf("output %q, want one line naming AKARI_ADDR and the way out", out)
			}
		})
	}
	t.Run("AKARI_DEV=1", func(t *testing.T) {
		cmd := exec.Command(binary(t), "serve")
		cmd.Env = append(withoutLINE(os.Environ()), "AKARI_ADDR=0.0.0.0"+port, "AKARI_DEV=1")
		logs := &syncBuffer{}
		cmd.Stdout, cmd.Stderr = logs, logs
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
		base := "http://127.0.0.1" + port
		waitUntil(t, "dev mode asked for on every interface to be ready", func() bool {
			res, err := http.Get(base + "/readyz")
			if err != nil {
				return false
			}
			res.Body.Close()
			return res.StatusCode == 200
		})
		res, err := http.Get(base + "/console/login")
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusNotFound {
			t.Errorf("dev mode on the network serves the console with the fixed dev login: %s\n%s", res.Status, logs)
		}
	})
}

// withoutLINE drops any LINE channel from an environment.
func withoutLINE(env []string) []string {
	var out []string
	for _, kv := range env {
		if !strings.HasPrefix(kv, "LINE_CHANNEL_") && !strings.HasPrefix(kv, "AKARI_DEV=") {
			out = append(out, kv)
		}
	}
	return out
}

func waitUntil(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func TestSIGHUPReloadsPromptsAndKeepsThemWhenBroken(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("../../prompts")); err != nil {
		t.Fatal(err)
	}
	os.Remove(filepath.Join(dir, "prompts.go"))
	messages := filepath.Join(dir, "messages.yaml")
	orig, err := os.ReadFile(messages)
	if err != nil {
		t.Fatal(err)
	}
	sim := linesim.New("proc-token")
	env := lineEnv(t, sim)
	env["AKARI_PROMPTS_DIR"] = dir
	a := startServe(t, env)
	events := linesim.NewBuilder(sim)
	greet := func(user string) string {
		t.Helper()
		return strings.Join(a.ask(t, sim, events.Follow(user)).Texts(), "")
	}
	if g := greet("Uhup1"); !strings.Contains(g, "あかりです") {
		t.Fatalf("greeting before reload: %q", g)
	}
	edited := strings.Replace(string(orig), "あかりです😊", "あかりです（新しいあいさつ）😊", 1)
	os.WriteFile(messages, []byte(edited), 0o644)
	a.cmd.Process.Signal(syscall.SIGHUP)
	waitUntil(t, "the reload", func() bool { return strings.Contains(a.logs.String(), "prompts reloaded") })
	if g := greet("Uhup2"); !strings.Contains(g, "新しいあいさつ") {
		t.Errorf("greeting after reload: %q, want the edited line", g)
	}
	os.WriteFile(messages, []byte(edited+"\ngreeting: [broken"), 0o644)
	a.cmd.Process.Signal(syscall.SIGHUP)
	waitUntil(t, "the failed reload", func() bool { return strings.Contains(a.logs.String(), "keeping the previous prompts") })
	if g := greet("Uhup3"); !strings.Contains(g, "新しいあいさつ") {
		t.Errorf("greeting after a broken reload: %q, want the last good prompts", g)
	}
}

func TestSIGHUPReloadsTheJobCatalog(t *testing.T) {
	listing := func(id, title string) string {
		checked := time.Now().Format(time.DateOnly)
		return fmt.Sprintf(`- id: %s
  title: %s
  company: テスト商事株式会社
  prefecture: 東京都
  city: 千代田区
  remote: full
  employment: 正社員
  pay: {annual_min: 350, annual_max: 450}
  inexperienced_ok: true
  tags: [事務]
  highlights: [未経験から始められます]
  url: https://example.com/jobs/%s
  posted: %s
  checked: %s
`, id, title, id, checked, checked)
	}
	file := filepath.Join(t.TempDir(), "catalog.yaml")
	os.WriteFile(file, []byte(listing("job-a", "一般事務（在宅）")), 0o644)
	sim := linesim.New("proc-token")
	env := lineEnv(t, sim)
	env["AKARI_JOBS_FILE"] = file
	a := startServe(t, env)
	events := linesim.NewBuilder(sim)
	cards := func(user string) string {
		t.Helper()
		var all strings.Builder
		for _, m := range a.ask(t, sim, events.Text(user, "未経験OKの事務の求人を見たいです")).Messages {
			all.Write(m)
		}
		return all.String()
	}
	if c := cards("Ujobs1"); !strings.Contains(c, "一般事務（在宅）") {
		t.Fatalf("cards before reload lack the listing: %.300s", c)
	}
	os.WriteFile(file, []byte(listing("job-a", "一般事務（在宅）")+"\n"+listing("job-b", "経理アシスタント（在宅）")), 0o644)
	a.cmd.Process.Signal(syscall.SIGHUP)
	waitUntil(t, "the catalog reload", func() bool { return strings.Contains(a.logs.String(), "job catalog reloaded") })
	if c := cards("Ujobs2"); !strings.Contains(c, "経理アシスタント（在宅）") {
		t.Errorf("cards after reload lack the new listing: %.300s", c)
	}
}
