package app

import (
	"context"
	"crypto/tls"
	"fmt"
	"net"
	"net/url"
	"sync/atomic"
	"time"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"
)

// connectRedis opens REDIS_URL, or starts the embedded in-process Redis
// when it is empty. Three forms are understood:
//
//	redis://[:pw@]host:6379/0                        one server
//	redis://[:pw@]host1:6379?addr=host2:6379&…       Redis Cluster (its nodes)
//	redis://[:pw@]sentinel1:26379?master_name=m&addr=sentinel2:26379
//	                                                 Sentinel (its sentinels)
//
// Every key Akari writes carries a hash tag, so each command and script
// stays in one Cluster slot. The pool is sized for one blocking read per
// owned partition plus the workers (a Cluster's; on one Redis a process
// has one blocking read for all its partitions, and the rest stays idle).
func connectRedis(rawURL string, poolSize int) (redis.UniversalClient, *embeddedRedis, error) {
	if rawURL == "" {
		e, err := startEmbedded()
		if err != nil {
			return nil, nil, err
		}
		return redis.NewClient(&redis.Options{Addr: e.m.Addr(), PoolSize: poolSize}), e, nil
	}
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, nil, fmt.Errorf("REDIS_URL: %w", err)
	}
	q := u.Query()
	switch {
	case q.Has("master_name"):
		opt, err := redis.ParseFailoverURL(rawURL)
		if err != nil {
			return nil, nil, fmt.Errorf("REDIS_URL (Sentinel): %w", err)
		}
		opt.PoolSize = poolSize
		// Sentinel announces a new master at once; re-dial quickly.
		opt.DialTimeout = min(opt.DialTimeout, 2*time.Second)
		if opt.DialTimeout == 0 {
			opt.DialTimeout = 2 * time.Second
		}
		// go-redis's own dialer, as it dials the master it was told of.
		opt.Dialer = checkWhenIdle(redis.NewDialer(&redis.Options{DialTimeout: opt.DialTimeout, TLSConfig: opt.TLSConfig}))
		return redis.NewFailoverClient(opt), nil, nil
	case q.Has("addr"):
		opt, err := redis.ParseClusterURL(rawURL)
		if err != nil {
			return nil, nil, fmt.Errorf("REDIS_URL (Cluster): %w", err)
		}
		opt.PoolSize = poolSize
		// The slot map is re-read every 2 s (go-redis: every minute), and
		// at once when a node cannot be reached, so a failover is followed
		// within about 2 s instead of clients dialling the dead master.
		opt.ClusterStateReloadInterval = 2 * time.Second
		r := &reloadOnDialError{tls: opt.TLSConfig}
		opt.Dialer = checkWhenIdle(r.dial)
		c := redis.NewClusterClient(opt)
		r.c.Store(c)
		return c, nil, nil
	}
	opt, err := redis.ParseURL(rawURL)
	if err != nil {
		return nil, nil, fmt.Errorf("REDIS_URL: %w", err)
	}
	opt.PoolSize = poolSize
	opt.Dialer = checkWhenIdle(redis.NewDialer(opt))
	return redis.NewClient(opt), nil, nil
}

// embeddedRedis is miniredis with its TTLs driven by the real clock
// (miniredis only expires keys when told time has passed).
type embeddedRedis struct {
	m    *miniredis.Miniredis
	stop chan struct{}
	done chan struct{}
}

func startEmbedded() (*embeddedRedis, error) {
	m := miniredis.NewMiniRedis()
	if err := m.StartAddr("127.0.0.1:0"); err != nil {
		return nil, fmt.Errorf("start embedded redis: %w", err)
	}
	e := &embeddedRedis{m: m, stop: make(chan struct{}), done: make(chan struct{})}
	go e.clock()
	return e, nil
}

func (e *embeddedRedis) clock() {
	defer close(e.done)
	t := time.NewTicker(time.Second)
	defer t.Stop()
	last := time.Now()
	for {
		select {
		case <-e.stop:
			return
		case now := <-t.C:
			e.m.FastForward(now.Sub(last))
			last = now
		}
	}
}

func (e *embeddedRedis) Close() {
	close(e.stop)
	<-e.done
	e.m.Close()
}

// pingRedis reports whether Redis answers within a second — in a
// Cluster, every master: the partitions and people spread over all of
// them, so one master down means part of /callback fails.
func pingRedis(ctx context.Context, rdb redis.UniversalClient) error {
	ctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	if c, ok := rdb.(*redis.ClusterClient); ok {
		return c.ForEachMaster(ctx, func(ctx context.Context, m *redis.Client) error {
			if err := m.Ping(ctx).Err(); err != nil {
				return fmt.Errorf("redis master %s: %w", m.Options().Addr, err)
			}
			return nil
		})
	}
	return rdb.Ping(ctx).Err()
}

// reloadOnDialError re-reads the Cluster's slot map as soon as a node
// cannot be reached (at most every 200 ms), rather than on the next
// periodic refresh.
type reloadOnDialError struct {
	c    atomic.Pointer[redis.ClusterClient]
	tls  *tls.Config // rediss://: the dialer replaces go-redis's, TLS included
	last atomic.Int64
}

func (h *reloadOnDialError) dial(ctx context.Context, network, addr string) (net.Conn, error) {
	d := net.Dialer{Timeout: 5 * time.Second, KeepAlive: 5 * time.Minute}
	var conn net.Conn
	var err error
	if h.tls != nil {
		td := tls.Dialer{NetDialer: &d, Config: h.tls}
		conn, err = td.DialContext(ctx, network, addr)
	} else {
		conn, err = d.DialContext(ctx, network, addr)
	}
	if c := h.c.Load(); err != nil && c != nil {
		now := time.Now().UnixMilli()
		if last := h.last.Load(); now-last > 200 && h.last.CompareAndSwap(last, now) {
			go func() {
				ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
				defer cancel()
				c.ReloadState(ctx)
			}()
		}
	}
	return conn, err
}

// OpenRedis connects to a REDIS_URL in any of the forms connectRedis
// understands, for operator tools that read the server's Redis.
func OpenRedis(rawURL string) (redis.UniversalClient, error) {
	if rawURL == "" {
		return nil, fmt.Errorf("REDIS_URL is not set")
	}
	c, _, err := connectRedis(rawURL, 4)
	return c, err
}
