package app

import (
	"context"
	"net"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/akari-career/akari/internal/redistest"
)

// A connection quiet for checkIdleAfter is still checked when go-redis
// hands it out, as every connection was: one the server closed meanwhile
// (here: Redis restarted) is dropped before a command is written to it,
// so the command succeeds without a retry. One used a moment ago is not
// checked: a command on it fails if the server closed it since, and
// go-redis's retries (on by default) dial again.
func TestRedisConnectionsAreCheckedWhenQuiet(t *testing.T) {
	srv := redistest.Start(t)
	ctx := context.Background()
	client := func(t *testing.T, retries int) (*redis.Client, func(quiet bool)) {
		t.Helper()
		opt, err := redis.ParseURL(srv.URL())
		if err != nil {
			t.Fatal(err)
		}
		opt.PoolSize, opt.MaxRetries = 1, retries
		var mu sync.Mutex
		var conns []*idleChecked
		dial := checkWhenIdle(redis.NewDialer(opt))
		opt.Dialer = func(ctx context.Context, network, addr string) (net.Conn, error) {
			c, err := dial(ctx, network, addr)
			if ic, ok := c.(*idleChecked); ok {
				mu.Lock()
				conns = append(conns, ic)
				mu.Unlock()
			}
			return c, err
		}
		rdb := redis.NewClient(opt)
		t.Cleanup(func() { rdb.Close() })
		// set makes every connection look quiet, or just used.
		set := func(quiet bool) {
			mu.Lock()
			defer mu.Unlock()
			if len(conns) == 0 {
				t.Fatal("no connection went through checkWhenIdle")
			}
			for _, c := range conns {
				if quiet {
					c.last.Store(time.Now().Add(-2 * checkIdleAfter).UnixNano())
				} else {
					c.touch()
				}
			}
		}
		return rdb, set
	}
	restart := func(t *testing.T, rdb *redis.Client) {
		t.Helper()
		if err := rdb.Ping(ctx).Err(); err != nil {
			t.Fatalf("ping before the restart: %v", err)
		}
		srv.Stop()
		srv.Start()
	}

	t.Run("quiet connection, no retries", func(t *testing.T) {
		rdb, set := client(t, -1)
		restart(t, rdb)
		set(true)
		if err := rdb.Ping(ctx).Err(); err != nil {
			t.Errorf("ping on a quiet connection after a restart: %v, want the check to drop it and dial again", err)
		}
	})
	t.Run("busy connection, no retries", func(t *testing.T) {
		rdb, set := client(t, -1)
		restart(t, rdb)
		set(false)
		if err := rdb.Ping(ctx).Err(); err == nil {
			t.Errorf("ping on a connection just used and closed by the restart succeeded without a retry: it was checked after all")
		}
	})
	t.Run("busy connection, go-redis's default retries", func(t *testing.T) {
		rdb, set := client(t, 0)
		restart(t, rdb)
		set(false)
		if err := rdb.Ping(ctx).Err(); err != nil {
			t.Errorf("ping with retries after a restart: %v", err)
		}
	})
}

// One Redis and a Cluster dial through checkWhenIdle (a Sentinel's client
// hides its dialer; it is built the same way in connectRedis).
func TestRedisURLFormsDialThroughTheIdleCheck(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	addr := ln.Addr().String()
	for _, u := range []string{"redis://" + addr + "/0", "redis://" + addr + "?addr=" + addr} {
		c, _, err := connectRedis(u, 1)
		if err != nil {
			t.Fatalf("%s: %v", u, err)
		}
		var dial func(context.Context, string, string) (net.Conn, error)
		switch c := c.(type) {
		case *redis.Client:
			dial = c.Options().Dialer
		case *redis.ClusterClient:
			dial = c.Options().Dialer
		}
		conn, err := dial(context.Background(), "tcp", addr)
		if err != nil {
			t.Fatalf("%s: dial: %v", u, err)
		}
		if _, ok := conn.(*idleChecked); !ok {
			t.Errorf("%s: dialled a %T, want an *idleChecked", u, conn)
		}
		conn.Close()
		c.Close()
	}
}
