package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/akari-career/akari/internal/redistest"
)

func TestUsersAddListDisable(t *testing.T) {
	t.Setenv("REDIS_URL", redistest.URL(t))
	t.Setenv("AKARI_KEY_PREFIX", redistest.Prefix(t))
	cmd := func(stdin string, args ...string) (int, string) {
		var out, errs bytes.Buffer
		code := run(context.Background(), args, stdio{strings.NewReader(stdin), &out, &errs})
		return code, out.String() + errs.String()
	}
	if code, out := cmd("correct-horse-battery\n", "users", "add", "佐藤", "-role", "recruiter"); code != 0 || !strings.Contains(out, "added 佐藤 (recruiter)") {
		t.Fatalf("add: %d %s", code, out)
	}
	if code, out := cmd("correct-horse-battery\n", "users", "add", "佐藤"); code != 1 || !strings.Contains(out, "exists") {
		t.Errorf("add twice: %d %s", code, out)
	}
	if code, out := cmd("short\n", "users", "add", "鈴木", "-role", "admin"); code != 1 || !strings.Contains(out, "password") {
		t.Errorf("short password: %d %s", code, out)
	}
	if code, out := cmd("", "users", "add", "x", "-role", "boss"); code != 1 || !strings.Contains(out, "unknown role") {
		t.Errorf("unknown role: %d %s", code, out)
	}
	cmd("", "users", "disable", "佐藤")
	if code, out := cmd("", "users", "list"); code != 0 || !strings.Contains(out, "佐藤") || !strings.Contains(out, "disabled") || strings.Contains(out, "鈴木") {
		t.Errorf("list: %d %s", code, out)
	}
}
