package app

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
)

// countingConn counts the writes a connection makes.
type countingConn struct {
	net.Conn
	writes *atomic.Int64
}

func (c countingConn) Write(b []byte) (int, error) {
	c.writes.Add(1)
	return c.Conn.Write(b)
}

// A reply the size of a full carousel reaches LINE as it was sent, in one
// write of its connection (net/http's default buffer wrote it in two, the
// second through a copy buffer of its own).
func TestLineTransportSendsAReplyInOneWrite(t *testing.T) {
	var got []byte
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got, _ = io.ReadAll(r.Body)
		w.Write([]byte("{}"))
	}))
	defer srv.Close()
	for _, size := range []int{700, 26 << 10, 50 << 10} {
		tr := lineTransport()
		var writes atomic.Int64
		dial := tr.DialContext
		tr.DialContext = func(ctx context.Context, network, addr string) (net.Conn, error) {
			c, err := dial(ctx, network, addr)
			if err != nil {
				return nil, err
			}
			return countingConn{c, &writes}, nil
		}
		body := []byte(`{"replyToken":"t","messages":[{"type":"text","text":"` + strings.Repeat("あ", size/3) + `"}]}`)
		resp, err := (&http.Client{Transport: tr}).Post(srv.URL+"/v2/bot/message/reply", "application/json", bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		tr.CloseIdleConnections()
		if !bytes.Equal(got, body) {
			t.Errorf("%d bytes: LINE got %d bytes, not the body sent", len(body), len(got))
		}
		if n := writes.Load(); n != 1 {
			t.Errorf("%d bytes: sent in %d writes, want 1", len(body), n)
		}
	}
}
