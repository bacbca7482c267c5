package app

import (
	"context"
	"net"
	"sync/atomic"
	"syscall"
	"time"
)

// checkIdleAfter is how long a Redis connection must have been quiet
// before go-redis's pool checks it again when it hands it out.
const checkIdleAfter = time.Second

// checkWhenIdle makes go-redis's health check of a pooled connection — a
// recvfrom(MSG_PEEK) on every connection it hands out, 3.5 system calls
// per event (redis/go-redis#2599) — run only on connections that have
// been quiet for checkIdleAfter. The check finds a connection the server
// closed (a restart, a failover, an idle timeout) before a command is
// written to it; a connection in use a moment ago is rarely closed since,
// and if it was the command fails on it as it fails on any connection
// that breaks under it, and go-redis's retries dial again. go-redis's
// maintainers point to a Dialer for this (redis/go-redis#3060).
//
// Only plain TCP connections are wrapped: go-redis does not check TLS
// ones at all.
func checkWhenIdle(dial func(ctx context.Context, network, addr string) (net.Conn, error)) func(ctx context.Context, network, addr string) (net.Conn, error) {
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		conn, err := dial(ctx, network, addr)
		if err != nil {
			return conn, err
		}
		tcp, ok := conn.(*net.TCPConn)
		if !ok {
			return conn, nil
		}
		raw, err := tcp.SyscallConn()
		if err != nil {
			return conn, nil
		}
		c := &idleChecked{TCPConn: tcp, raw: raw}
		c.touch()
		return c, nil
	}
}

// idleChecked is a TCP connection that remembers when it was last read or
// written, and shows go-redis's health check its socket only when that
// was checkIdleAfter ago or more.
type idleChecked struct {
	*net.TCPConn
	raw  syscall.RawConn
	last atomic.Int64 // unix nanoseconds of the last read or write
}

func (c *idleChecked) touch() { c.last.Store(time.Now().UnixNano()) }

func (c *idleChecked) Read(b []byte) (int, error) {
	n, err := c.TCPConn.Read(b)
	c.touch()
	return n, err
}

func (c *idleChecked) Write(b []byte) (int, error) {
	n, err := c.TCPConn.Write(b)
	c.touch()
	return n, err
}

// SyscallConn is what go-redis's check asks for: the connection itself,
// which passes the check's reads to the socket only when it has been
// quiet.
func (c *idleChecked) SyscallConn() (syscall.RawConn, error) { return (*idleRaw)(c), nil }

// idleRaw is idleChecked seen as the socket's syscall.RawConn.
type idleRaw idleChecked

func (r *idleRaw) Control(f func(fd uintptr)) error { return r.raw.Control(f) }
func (r *idleRaw) Write(f func(fd uintptr) bool) error {
	return r.raw.Write(f)
}

// Read runs f on the socket — the check's peek — unless the connection
// was read or written within checkIdleAfter: then it is taken as healthy
// without a system call.
func (r *idleRaw) Read(f func(fd uintptr) bool) error {
	if time.Now().UnixNano()-r.last.Load() < int64(checkIdleAfter) {
		return nil
	}
	return r.raw.Read(f)
}
