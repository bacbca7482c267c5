package redistest

// Real redis-server processes for the chaos tests: a single server with
// an append-only file (so a SIGKILL loses nothing acknowledged), a Cluster
// of masters with replicas, and a Sentinel set. Every server runs on a
// free loopback port in the test's temporary directory and is killed when
// the test ends; no server the test did not start is ever touched.

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

// NeedServer skips the test when redis-server is not installed, except in
// CI (CI set), where the test fails instead.
func NeedServer(t testing.TB) {
	t.Helper()
	for _, bin := range []string{"redis-server", "redis-cli"} {
		if _, err := exec.LookPath(bin); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("%s is needed for this test: %v", bin, err)
			}
			t.Skipf("%s not installed: %v", bin, err)
		}
	}
}

// Proc is one redis-server process.
type Proc struct {
	t    testing.TB
	Port int
	dir  string
	args []string
	cmd  *exec.Cmd
}

// freePort returns a loopback port that is free, and whose Cluster bus
// port (+10000) is free too.
func freePort(t testing.TB) int {
	t.Helper()
	for range 50 {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		p := ln.Addr().(*net.TCPAddr).Port
		ln.Close()
		if p+10000 > 65535 {
			continue
		}
		bus, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(p+10000))
		if err != nil {
			continue
		}
		bus.Close()
		return p
	}
	t.Fatal("no free port pair for redis-server")
	return 0
}

// StartProc starts a redis-server with extra arguments.
func StartProc(t testing.TB, args ...string) *Proc {
	t.Helper()
	p := &Proc{t: t, Port: freePort(t), dir: t.TempDir(), args: args}
	p.Restart()
	t.Cleanup(p.Kill)
	return p
}

// StartPersistent starts a redis-server that writes every change to its
// append-only file before answering, so a SIGKILL and restart loses
// nothing it acknowledged.
func StartPersistent(t testing.TB) *Proc {
	return StartProc(t, "--appendonly", "yes", "--appendfsync", "always")
}

// Addr is host:port.
func (p *Proc) Addr() string { return "127.0.0.1:" + strconv.Itoa(p.Port) }

// URL is the server as a redis:// URL.
func (p *Proc) URL() string { return "redis://" + p.Addr() }

// Kill sends SIGKILL and waits for the process to end.
func (p *Proc) Kill() {
	if p.cmd == nil {
		return
	}
	p.cmd.Process.Signal(syscall.SIGKILL)
	p.cmd.Wait()
	p.cmd = nil
}

// Restart starts the server again on its port and directory (with an
// append-only file, its data comes back) and waits until it answers.
func (p *Proc) Restart() {
	p.t.Helper()
	args := append([]string{"--port", strconv.Itoa(p.Port), "--bind", "127.0.0.1", "--save", "", "--dir", p.dir,
		"--repl-diskless-sync-delay", "0", "--logfile", "redis.log"}, p.args...)
	p.cmd = exec.Command("redis-server", args...)
	p.cmd.Stdout, p.cmd.Stderr = nil, nil
	if err := p.cmd.Start(); err != nil {
		p.t.Fatalf("start redis-server: %v", err)
	}
	c := redis.NewClient(&redis.Options{Addr: p.Addr(), MaxRetries: -1})
	defer c.Close()
	for range 200 {
		if err := c.Ping(context.Background()).Err(); err == nil || strings.HasPrefix(err.Error(), "LOADING") {
			if err == nil {
				return
			}
		}
		time.Sleep(25 * time.Millisecond)
	}
	p.t.Fatalf("redis-server on port %d did not answer", p.Port)
}

func (p *Proc) cli(args ...string) (string, error) {
	out, err := exec.Command("redis-cli", append([]string{"-p", strconv.Itoa(p.Port)}, args...)...).CombinedOutput()
	return strings.TrimSpace(string(out)), err
}

// Cluster is a Redis Cluster of masters, each with replicas.
type Cluster struct {
	Nodes []*Proc
}

// StartCluster starts masters×(1+replicas) nodes and joins them. Nodes
// time out after 1 s, so a replica takes over a killed master within a
// couple of seconds.
func StartCluster(t testing.TB, masters, replicas int) *Cluster {
	t.Helper()
	NeedServer(t)
	c := &Cluster{}
	var addrs []string
	for range masters * (1 + replicas) {
		n := StartProc(t, "--cluster-enabled", "yes", "--cluster-node-timeout", "1000",
			"--cluster-config-file", "nodes.conf", "--appendonly", "yes", "--appendfsync", "always")
		c.Nodes = append(c.Nodes, n)
		addrs = append(addrs, n.Addr())
	}
	args := append([]string{"--cluster", "create"}, addrs...)
	args = append(args, "--cluster-replicas", strconv.Itoa(replicas), "--cluster-yes")
	if out, err := exec.Command("redis-cli", args...).CombinedOutput(); err != nil {
		t.Fatalf("redis-cli --cluster create: %v\n%s", err, out)
	}
	c.WaitOK(t, 20*time.Second)
	for _, n := range c.Nodes {
		n.WaitReplicaSynced(t)
	}
	return c
}

// WaitReplicaSynced waits, if p is a replica, until its link to the
// master is up: a replica that never synced cannot take over.
func (p *Proc) WaitReplicaSynced(t testing.TB) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		out, _ := p.cli("info", "replication")
		if strings.Contains(out, "role:master") || strings.Contains(out, "master_link_status:up") {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("replica %s did not sync with its master", p.Addr())
}

// URL is the Cluster in REDIS_URL's Cluster form.
func (c *Cluster) URL() string {
	u := "redis://" + c.Nodes[0].Addr() + "?"
	for i, n := range c.Nodes[1:] {
		if i > 0 {
			u += "&"
		}
		u += "addr=" + n.Addr()
	}
	return u
}

// WaitOK waits until every running node reports the cluster healthy and
// agrees every slot is served.
func (c *Cluster) WaitOK(t testing.TB, within time.Duration) {
	t.Helper()
	deadline := time.Now().Add(within)
	for time.Now().Before(deadline) {
		ok := true
		for _, n := range c.Nodes {
			if n.cmd == nil {
				continue
			}
			out, _ := n.cli("cluster", "info")
			if !strings.Contains(out, "cluster_state:ok") || !strings.Contains(out, "cluster_slots_ok:16384") {
				ok = false
				break
			}
		}
		if ok {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("cluster not healthy within %v", within)
}

// MasterOf returns the running node serving slot as master.
func (c *Cluster) MasterOf(t testing.TB, slot int) *Proc {
	t.Helper()
	for _, n := range c.Nodes {
		if n.cmd == nil {
			continue
		}
		nodes, err := n.cli("cluster", "nodes")
		if err != nil {
			continue
		}
		for _, line := range strings.Split(nodes, "\n") {
			f := strings.Fields(line)
			if len(f) < 9 || !strings.Contains(f[2], "master") || strings.Contains(f[2], "fail") {
				continue
			}
			for _, r := range f[8:] {
				lo, hi, _ := strings.Cut(r, "-")
				a, _ := strconv.Atoi(lo)
				b := a
				if hi != "" {
					b, _ = strconv.Atoi(hi)
				}
				if slot >= a && slot <= b {
					addr, _, _ := strings.Cut(f[1], "@")
					for _, m := range c.Nodes {
						if m.Addr() == addr {
							return m
						}
					}
				}
			}
		}
		break
	}
	t.Fatalf("no master found for slot %d", slot)
	return nil
}

// Sentinels is a master, a replica and three sentinels watching them as
// "akari".
type Sentinels struct {
	Master, Replica *Proc
	Sentinels       []*Proc
}

// StartSentinels starts the set; the master is judged down after 1 s.
func StartSentinels(t testing.TB) *Sentinels {
	t.Helper()
	NeedServer(t)
	s := &Sentinels{}
	s.Master = StartProc(t, "--appendonly", "yes", "--appendfsync", "always")
	s.Replica = StartProc(t, "--appendonly", "yes", "--appendfsync", "always", "--replicaof", "127.0.0.1", strconv.Itoa(s.Master.Port))
	s.Replica.WaitReplicaSynced(t)
	for range 3 {
		p := &Proc{t: t, Port: freePort(t), dir: t.TempDir()}
		conf := fmt.Sprintf("port %d\nbind 127.0.0.1\nsentinel monitor akari 127.0.0.1 %d 2\n"+
			"sentinel down-after-milliseconds akari 1000\nsentinel failover-timeout akari 5000\nsentinel parallel-syncs akari 1\n",
			p.Port, s.Master.Port)
		path := p.dir + "/sentinel.conf"
		if err := os.WriteFile(path, []byte(conf), 0o600); err != nil {
			t.Fatal(err)
		}
		p.cmd = exec.Command("redis-server", path, "--sentinel")
		if err := p.cmd.Start(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(p.Kill)
		s.Sentinels = append(s.Sentinels, p)
	}
	// Wait until the sentinels know the replica (and each other).
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		out, _ := s.Sentinels[0].cli("sentinel", "replicas", "akari")
		others, _ := s.Sentinels[0].cli("sentinel", "sentinels", "akari")
		if strings.Contains(out, strconv.Itoa(s.Replica.Port)) && strings.Count(others, "127.0.0.1") >= 2 {
			return s
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatal("sentinels did not discover the replica and each other")
	return nil
}

// URL is the set in REDIS_URL's Sentinel form.
func (s *Sentinels) URL() string {
	u := "redis://" + s.Sentinels[0].Addr() + "?master_name=akari"
	for _, p := range s.Sentinels[1:] {
		u += "&addr=" + p.Addr()
	}
	return u
}

// MasterAddr asks a sentinel which server is the master now.
func (s *Sentinels) MasterAddr() string {
	out, _ := s.Sentinels[0].cli("sentinel", "get-master-addr-by-name", "akari")
	f := strings.Fields(out)
	if len(f) < 2 {
		return ""
	}
	return f[0] + ":" + f[1]
}
