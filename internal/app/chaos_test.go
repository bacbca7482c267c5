package app

// Chaos tests: real redis-server processes broken under load. Short
// versions run in the test suite; AKARI_CHAOS_LONG=1 runs the long ones
// (docs/reliability.md).

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"
	"time"

	"github.com/akari-career/akari/internal/chaostest"
	"github.com/akari-career/akari/internal/linesim"
	"github.com/akari-career/akari/internal/redistest"
)

// webhook posts one signed event and returns the status (0 when the
// request did not get through); safe from any goroutine.
func (h *harness) webhook(ev linesim.Event) int {
	body := linesim.Body{Destination: "Ubot", Events: []linesim.Event{ev}}.JSON()
	req, _ := http.NewRequest(http.MethodPost, h.app.URL()+"/callback", bytes.NewReader(body))
	req.Header.Set("X-Line-Signature", linesim.Sign(testSecret, body))
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	return res.StatusCode
}

func checkReport(t *testing.T, rep chaostest.Report) {
	t.Helper()
	t.Logf("chaos result: %s", rep)
	if rep.Lost != 0 || rep.Doubled != 0 || rep.OutOfOrder != 0 || rep.Acked == 0 {
		t.Errorf("want every acknowledged event answered once and in order; got %s\n%v", rep, rep.Detail)
	}
}

// Redis is SIGKILLed for 5 s while people write; it comes back with its
// append-only file. Every event that got a 200 is answered exactly once,
// in order: nothing is stuck, nothing dead-lettered for "connection
// refused", no reply said twice because a commit failed.
func TestChaosRedisKilledUnderLoad(t *testing.T) {
	redistest.NeedServer(t)
	srv := redistest.StartPersistent(t)
	h := start(t, setup{redisURL: srv.URL(), env: map[string]string{"AKARI_WORKERS": "16"}})
	run := chaostest.Load{
		Users: chaostest.Scale(40, 200), PerUser: chaostest.Scale(5, 20), Gap: 150 * time.Millisecond,
		Post: h.webhook, Events: h.events,
	}.Start(context.Background())
	time.Sleep(600 * time.Millisecond)
	srv.Kill()
	time.Sleep(5 * time.Second)
	srv.Restart()
	run.Wait()
	checkReport(t, run.Check(h.sim, time.Minute, 2*time.Second))
}

// A Redis Cluster of 3 masters with a replica each; the master holding
// the most partitions is SIGKILLed under load. Its replica takes over, the
// clients follow the new slot map, and within 15 s events flow again:
// every acknowledged event answered once, each person in order.
func TestChaosClusterMasterKilled(t *testing.T) {
	cl := redistest.StartCluster(t, 3, 1)
	h := start(t, setup{redisURL: cl.URL(), env: map[string]string{"AKARI_WORKERS": "16", "AKARI_PARTITIONS": "32"}})
	if got := h.get("/readyz"); got != 200 {
		t.Fatalf("readyz on a healthy cluster = %d", got)
	}
	run := chaostest.Load{
		Users: chaostest.Scale(40, 200), PerUser: chaostest.Scale(5, 20), Gap: 200 * time.Millisecond,
		Post: h.webhook, Events: h.events,
	}.Start(context.Background())
	time.Sleep(600 * time.Millisecond)
	victim := cl.MasterOf(t, h.app.queue.Slot(0))
	victim.Kill()
	killed := time.Now()
	readyDown := chaostest.Until(5*time.Second, func() bool { return h.get("/readyz") != 200 })
	// Recovery: a fresh person's message is answered again.
	probe := 0
	recovered := chaostest.Until(30*time.Second, func() bool {
		probe++
		ev := h.events.Text("Uprobe"+strconv.Itoa(probe), "給料が上がらない")
		if h.webhook(ev) != 200 {
			return false
		}
		return len(h.sim.WaitDeliveries(ev.Source.UserID, 1, 2*time.Second)) == 1
	})
	t.Logf("master %s killed: /readyz failed after %v; answering again after %v", victim.Addr(), readyDown, time.Since(killed))
	if readyDown < 0 {
		t.Errorf("/readyz stayed 200 with a master down")
	}
	if recovered < 0 || time.Since(killed) > 15*time.Second {
		t.Errorf("recovery took %v, want ≤ 15s", time.Since(killed))
	}
	run.Wait()
	checkReport(t, run.Check(h.sim, time.Minute, 2*time.Second))
}

// A Sentinel set (master, replica, three sentinels); the master is
// SIGKILLed under load. The sentinels promote the replica, the client
// follows, and within 15 s events flow again: every acknowledged event
// answered once, each person in order.
func TestChaosSentinelFailover(t *testing.T) {
	ss := redistest.StartSentinels(t)
	h := start(t, setup{redisURL: ss.URL(), env: map[string]string{"AKARI_WORKERS": "16"}})
	run := chaostest.Load{
		Users: chaostest.Scale(40, 200), PerUser: chaostest.Scale(5, 20), Gap: 200 * time.Millisecond,
		Post: h.webhook, Events: h.events,
	}.Start(context.Background())
	time.Sleep(600 * time.Millisecond)
	old := ss.MasterAddr()
	ss.Master.Kill()
	killed := time.Now()
	probe := 0
	recovered := chaostest.Until(30*time.Second, func() bool {
		probe++
		ev := h.events.Text("Uprobe"+strconv.Itoa(probe), "給料が上がらない")
		if h.webhook(ev) != 200 {
			return false
		}
		return len(h.sim.WaitDeliveries(ev.Source.UserID, 1, 2*time.Second)) == 1
	})
	t.Logf("master %s killed; now %s; answering again after %v", old, ss.MasterAddr(), time.Since(killed))
	if recovered < 0 || time.Since(killed) > 15*time.Second {
		t.Errorf("recovery took %v, want ≤ 15s", time.Since(killed))
	}
	run.Wait()
	checkReport(t, run.Check(h.sim, time.Minute, 2*time.Second))
}

// LINE answers a storm of 500s and 429s to replies and pushes. Replies
// that fail are pushed with the event's retry key; pushes are retried (by
// the transport, then by the queue without counting attempts) until LINE
// takes them. Every person gets exactly one answer per message, in order.
func TestChaosLINEErrorStorm(t *testing.T) {
	h := start(t, setup{env: map[string]string{"AKARI_WORKERS": "16"}})
	storm := func(n int) []int {
		var s []int
		for i := range n {
			s = append(s, []int{500, 429, 503}[i%3])
		}
		return s
	}
	h.sim.Fail("/v2/bot/message/reply", storm(chaostest.Scale(40, 400))...)
	h.sim.Fail("/v2/bot/message/push", storm(chaostest.Scale(80, 800))...)
	run := chaostest.Load{
		Users: chaostest.Scale(20, 100), PerUser: chaostest.Scale(3, 10), Gap: 100 * time.Millisecond,
		Post: h.webhook, Events: h.events,
	}.Start(context.Background())
	run.Wait()
	checkReport(t, run.Check(h.sim, time.Minute, time.Second))
	var failed int
	for _, c := range h.sim.Calls() {
		if c.Status >= 429 {
			failed++
		}
	}
	t.Logf("LINE refused %d calls", failed)
}

// The LLM stops answering (every request hangs) while people write ten
// messages a second. Classification and advice share one deadline inside
// the reply window, the breaker opens, and waiting requests give their
// worker slots back: every message is answered by its reply token, inside
// the window.
func TestChaosLLMHangs(t *testing.T) {
	hang := make(chan struct{})
	llmSrv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-hang:
		case <-r.Context().Done():
		}
	}))
	defer llmSrv.Close()
	defer close(hang)
	const window = 8 * time.Second
	h := start(t, setup{env: map[string]string{
		"OPENAI_API_KEY": "sk-test", "OPENAI_BASE_URL": llmSrv.URL + "/v1", "OPENAI_MODEL": "test-model",
		"AKARI_REPLY_WINDOW": window.String(), "AKARI_LLM_TIMEOUT": "20s", "AKARI_WORKERS": "4",
	}})
	users := chaostest.Scale(25, 200)
	run := chaostest.Load{
		Users: users, PerUser: chaostest.Scale(2, 5), Gap: time.Duration(users) * 100 * time.Millisecond, // 10/s in all
		Post: h.webhook, Events: h.events,
	}.Start(context.Background())
	run.Wait()
	checkReport(t, run.Check(h.sim, time.Minute, time.Second))
	var late, pushed int
	var worst time.Duration
	for _, d := range h.sim.Deliveries("") {
		if d.Via != "reply" {
			pushed++
		}
	}
	for _, w := range run.Waits(h.sim) {
		worst = max(worst, w)
		if w > window {
			late++
		}
	}
	t.Logf("LLM hanging: worst wait %v, %d later than the %v window, %d pushed", worst, late, window, pushed)
	if late > 0 || pushed > 0 {
		t.Errorf("%d answers later than the window and %d by push; want every one by token inside it", late, pushed)
	}
}
