package main

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"strings"
	"testing"
)

func TestCLIManners(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		code     int
		out, err string // substrings; "" means must be empty
	}{
		{"no arguments: usage on stderr, exit 2", nil, 2, "", "Usage: akari"},
		{"help", []string{"help"}, 0, "Usage: akari", ""},
		{"-h", []string{"-h"}, 0, "Usage: akari", ""},
		{"unknown command", []string{"fly"}, 2, "", `unknown command "fly"`},
		{"a command's -h: its flags, no error line", []string{"chat", "-h"}, 0, "", "-json"},
		{"jobs check is listed", []string{"help"}, 0, "jobs check", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := run(context.Background(), tt.args, stdio{strings.NewReader(""), &out, &errOut})
			if code != tt.code {
				t.Errorf("exit %d, want %d (stdout %q, stderr %q)", code, tt.code, out.String(), errOut.String())
			}
			check := func(what, got, want string) {
				if want == "" && got != "" && what == "stdout" {
					t.Errorf("%s = %q, want nothing", what, got)
				}
				if !strings.Contains(got, want) {
					t.Errorf("%s = %q, want it to contain %q", what, got, want)
				}
			}
			check("stdout", out.String(), tt.out)
			check("stderr", errOut.String(), tt.err)
			if strings.Contains(errOut.String(), "help requested") || strings.Contains(errOut.String(), "akari chat: ") {
				t.Errorf("stderr has an error line for a request for help: %q", errOut.String())
			}
		})
	}
}

func TestGoRedisLinesGoThroughSlog(t *testing.T) {
	var b bytes.Buffer
	log := newLogger(stdio{err: &b}, false, slog.LevelInfo)
	redisLog{log}.Printf(context.Background(), "redis: %s: connection pool: %v\n", "127.0.0.1:6379", "dial tcp: refused")
	var line map[string]any
	if err := json.Unmarshal(b.Bytes(), &line); err != nil {
		t.Fatalf("go-redis line is not a JSON log line: %q", b.String())
	}
	if line["component"] != "go-redis" || line["level"] != "WARN" || !strings.Contains(line["msg"].(string), "connection pool") {
		t.Errorf("go-redis line = %v", line)
	}
}
