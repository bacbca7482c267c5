package app

import (
	"context"
	"fmt"
	"time"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"
)

// connectRedis opens REDIS_URL, or starts the embedded in-process Redis
// when it is empty. The pool is sized for one blocking read per owned
// partition plus the workers.
func connectRedis(url string, poolSize int) (redis.UniversalClient, *embeddedRedis, error) {
	if url == "" {
		e, err := startEmbedded()
		if err != nil {
			return nil, nil, err
		}
		url = "redis://" + e.m.Addr()
		opt, _ := redis.ParseURL(url)
		opt.PoolSize = poolSize
		return redis.NewClient(opt), e, nil
	}
	opt, err := redis.ParseURL(url)
	if err != nil {
		return nil, nil, fmt.Errorf("REDIS_URL: %w", err)
	}
	opt.PoolSize = poolSize
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

// pingRedis reports whether Redis answers within a second.
func pingRedis(ctx context.Context, rdb redis.UniversalClient) error {
	ctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	return rdb.Ping(ctx).Err()
}
