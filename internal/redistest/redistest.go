// Package redistest gives tests a Redis. With AKARI_TEST_REDIS_URL set, the
// tests use that real server and fail — never skip — when it does not
// answer; without it they fall back to an embedded miniredis, so the test
// command passes on a machine with no Redis. Each test gets its own key
// prefix and deletes its keys afterwards, so packages can share one server.
// Tests that stop or restart Redis start their own redis-server on a free
// port (Start), never touching a server they did not start.
package redistest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net"
	"os"
	"os/exec"
	"strconv"
	"testing"
	"time"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"
)

// EnvURL names the variable that points tests at a real Redis.
const EnvURL = "AKARI_TEST_REDIS_URL"

// Real reports whether tests run against a real Redis server.
func Real() bool { return os.Getenv(EnvURL) != "" }

// URL returns a Redis URL for the test: the real server, or a fresh
// miniredis closed at the end of the test.
func URL(t testing.TB) string {
	t.Helper()
	if u := os.Getenv(EnvURL); u != "" {
		opt, err := redis.ParseURL(u)
		if err != nil {
			t.Fatalf("%s: %v", EnvURL, err)
		}
		c := redis.NewClient(opt)
		defer c.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
		defer cancel()
		if err := c.Ping(ctx).Err(); err != nil {
			t.Fatalf("%s=%s does not answer: %v", EnvURL, u, err)
		}
		return u
	}
	return "redis://" + runMini(t).Addr()
}

// runMini starts a miniredis whose TTLs follow the real clock, as they do
// in a real Redis (miniredis only expires keys when told time has passed).
func runMini(t testing.TB) *miniredis.Miniredis { return runMiniAt(t, "127.0.0.1:0") }

func runMiniAt(t testing.TB, addr string) *miniredis.Miniredis {
	m := miniredis.NewMiniRedis()
	if err := m.StartAddr(addr); err != nil {
		t.Fatalf("start miniredis: %v", err)
	}
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		last := time.Now()
		for {
			select {
			case <-stop:
				return
			case now := <-tick.C:
				m.FastForward(now.Sub(last))
				last = now
			}
		}
	}()
	t.Cleanup(func() { close(stop); <-done; m.Close() })
	return m
}

// Client returns a client for the test's Redis and a key prefix unique to
// the test; keys under the prefix are deleted when the test ends.
func Client(t testing.TB) (redis.UniversalClient, string) {
	t.Helper()
	opt, err := redis.ParseURL(URL(t))
	if err != nil {
		t.Fatal(err)
	}
	c := redis.NewClient(opt)
	prefix := Prefix(t)
	t.Cleanup(func() {
		Cleanup(c, prefix)
		c.Close()
	})
	return c, prefix
}

// Prefix returns a key prefix unique to this run of the test.
func Prefix(t testing.TB) string {
	b := make([]byte, 4)
	rand.Read(b)
	return "t" + hex.EncodeToString(b)
}

// Cleanup deletes every key under prefix.
func Cleanup(c redis.UniversalClient, prefix string) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	iter := c.Scan(ctx, 0, prefix+":*", 1000).Iterator()
	var keys []string
	for iter.Next(ctx) {
		keys = append(keys, iter.Val())
		if len(keys) == 500 {
			c.Del(ctx, keys...)
			keys = keys[:0]
		}
	}
	if len(keys) > 0 {
		c.Del(ctx, keys...)
	}
}

// Server is a Redis the test owns and may stop and start again on the same
// port: a real redis-server when tests run against real Redis, else a
// miniredis.
type Server struct {
	t    testing.TB
	addr string // miniredis: where to start again
	port int
	cmd  *exec.Cmd
	mini *miniredis.Miniredis
}

// Start starts a Redis the test owns. With AKARI_TEST_REDIS_URL set it must
// be a real redis-server (the test fails if the binary is missing).
func Start(t testing.TB) *Server {
	t.Helper()
	s := &Server{t: t}
	if !Real() {
		s.mini = runMini(t)
		s.addr = s.mini.Addr()
		return s
	}
	if _, err := exec.LookPath("redis-server"); err != nil {
		t.Fatalf("redis-server is needed for this test (it stops and restarts its own Redis): %v", err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s.port = ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	s.Start()
	t.Cleanup(s.Stop)
	return s
}

// URL is the server's address as a redis:// URL.
func (s *Server) URL() string {
	if s.mini != nil {
		return "redis://" + s.addr
	}
	return "redis://127.0.0.1:" + strconv.Itoa(s.port)
}

// Stop stops the server; clients see connection errors until Start.
func (s *Server) Stop() {
	if s.mini != nil {
		s.mini.Close()
		return
	}
	if s.cmd == nil {
		return
	}
	s.cmd.Process.Kill()
	s.cmd.Wait()
	s.cmd = nil
}

// Start (re)starts a stopped server on the same port, empty.
func (s *Server) Start() {
	s.t.Helper()
	if s.mini != nil {
		// A fresh, empty server on the same port, as a real redis-server
		// without persistence comes back.
		s.mini = runMiniAt(s.t, s.addr)
		return
	}
	s.cmd = exec.Command("redis-server", "--port", strconv.Itoa(s.port), "--bind", "127.0.0.1",
		"--save", "", "--appendonly", "no", "--dir", s.t.TempDir())
	if err := s.cmd.Start(); err != nil {
		s.t.Fatalf("start redis-server: %v", err)
	}
	c := redis.NewClient(&redis.Options{Addr: fmt.Sprintf("127.0.0.1:%d", s.port)})
	defer c.Close()
	for i := 0; i < 100; i++ {
		if c.Ping(context.Background()).Err() == nil {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	s.t.Fatalf("redis-server on port %d did not answer", s.port)
}
