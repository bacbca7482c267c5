package main

import (
	"bytes"
	"context"
	"hash/fnv"
	"io"
	"net/http"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/akari-career/akari/internal/chaostest"
	"github.com/akari-career/akari/internal/linesim"
)

// webhook posts one signed event to p; 0 when p does not answer.
func (p *proc) webhook(ev linesim.Event) int {
	body := linesim.Body{Destination: "Ubot", Events: []linesim.Event{ev}}.JSON()
	req, _ := http.NewRequest(http.MethodPost, "http://"+p.addr+"/callback", bytes.NewReader(body))
	req.Header.Set("X-Line-Signature", linesim.Sign("proc-secret", body))
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	return res.StatusCode
}

// Two replicas share the load; one is SIGKILLed mid-stream. The other
// takes its partitions over within 10 s (default lease TTL), reclaims what
// it left pending, and every acknowledged event is answered exactly once,
// in order.
func TestChaosReplicaKilledUnderLoad(t *testing.T) {
	sim := linesim.New("proc-token")
	env := lineEnv(t, sim)
	env["AKARI_PARTITIONS"] = "8"
	delete(env, "AKARI_LEASE_TTL") // the default is what is promised
	a := startServe(t, env)
	b := startServe(t, env)
	waitUntil(t, "the partitions shared", func() bool { return a.ownsPartitions(t) == "4" && b.ownsPartitions(t) == "4" })

	var aDead atomic.Bool
	post := func(ev linesim.Event) int {
		h := fnv.New32a()
		h.Write([]byte(ev.Source.UserID))
		if h.Sum32()%2 == 0 && !aDead.Load() {
			if s := a.webhook(ev); s != 0 {
				return s
			}
		}
		return b.webhook(ev) // the load balancer's other choice
	}
	run := chaostest.Load{
		Users: chaostest.Scale(40, 200), PerUser: chaostest.Scale(5, 20), Gap: 200 * time.Millisecond,
		Post: post, Events: linesim.NewBuilder(sim),
	}.Start(context.Background())
	time.Sleep(500 * time.Millisecond)
	if err := a.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	aDead.Store(true)
	took := chaostest.Until(30*time.Second, func() bool { return b.ownsPartitions(t) == "8" })
	t.Logf("takeover after SIGKILL: %v", took)
	if took < 0 || took > 10*time.Second {
		t.Errorf("takeover took %v, want ≤ 10s", took)
	}
	run.Wait()
	rep := run.Check(sim, time.Minute, 2*time.Second)
	t.Logf("chaos result: %s", rep)
	if rep.Lost != 0 || rep.Doubled != 0 || rep.OutOfOrder != 0 {
		t.Errorf("want every acknowledged event answered once and in order: %s\n%v", rep, rep.Detail)
	}
}
