package config

import (
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"
)

func load(env map[string]string) (Config, error) {
	return Load(func(k string) string { return env[k] })
}

func TestDefaultsAreDevModeOnLoopback(t *testing.T) {
	c, err := load(nil)
	if err != nil {
		t.Fatal(err)
	}
	if !c.DevMode || c.Addr != "127.0.0.1:8080" || c.ChannelSecret != DevChannelSecret || c.RedisURL != "" || c.LLMEnabled() {
		t.Errorf("defaults = %+v, want dev mode on 127.0.0.1:8080, embedded Redis, no LLM", c)
	}
	if c.Workers != 16 || c.Partitions != 32 || c.LeaseTTL != 10*time.Second || c.LineEndpoint != "https://api.line.me" || c.KeyPrefix != "akari" {
		t.Errorf("defaults = %+v", c)
	}
}

func TestProductionSettings(t *testing.T) {
	c, err := load(map[string]string{
		"LINE_CHANNEL_SECRET": "secret123456", "LINE_CHANNEL_ACCESS_TOKEN": "token123456",
		"REDIS_URL": "redis://:pw@redis:6379/0", "OPENAI_API_KEY": "sk-abcdefghijkl",
		"AKARI_CONSOLE_USER": "admin", "AKARI_CONSOLE_PASSWORD": "hunter22hunter",
	})
	if err != nil {
		t.Fatal(err)
	}
	if c.DevMode || c.Addr != ":8080" || !c.LLMEnabled() || !c.ConsoleEnabled() {
		t.Errorf("config = %+v, want production mode on :8080 with LLM and console", c)
	}
	// Secrets never reach the start-up line.
	var b strings.Builder
	slog.New(slog.NewTextHandler(&b, nil)).Info("start", "config", c)
	for _, secret := range []string{"secret123456", "token123456", "sk-abcdefghijkl", "hunter22hunter", ":pw@"} {
		if strings.Contains(b.String(), secret) {
			t.Errorf("start-up line shows %q: %s", secret, b.String())
		}
	}
}

func TestDevModeStaysOnLoopbackUnlessAskedFor(t *testing.T) {
	for _, addr := range []string{"127.0.0.1:8080", "localhost:0", "[::1]:9000", "127.0.0.2:80"} {
		if _, err := load(map[string]string{"AKARI_ADDR": addr}); err != nil {
			t.Errorf("dev mode on %s: %v, want it accepted", addr, err)
		}
	}
	c, err := load(map[string]string{"AKARI_ADDR": ":8080", "AKARI_DEV": "1"})
	if err != nil || !c.DevMode || !c.DevAnywhere {
		t.Errorf("AKARI_DEV=1 on :8080: %+v, %v; want dev mode, asked for", c, err)
	}
	if _, err := load(map[string]string{"AKARI_ADDR": ":8080", "LINE_CHANNEL_SECRET": "s", "LINE_CHANNEL_ACCESS_TOKEN": "t"}); err != nil {
		t.Errorf("production on :8080: %v", err)
	}
}

func TestLoopbackLLMNeedsNoKey(t *testing.T) {
	c, err := load(map[string]string{"OPENAI_BASE_URL": "http://127.0.0.1:11434/v1", "OPENAI_MODEL": "llama3"})
	if err != nil || !c.LLMEnabled() {
		t.Errorf("Ollama on loopback: %v, enabled=%v", err, c.LLMEnabled())
	}
}

func TestWrongSettingsNameTheVariable(t *testing.T) {
	tests := []struct {
		env  map[string]string
		name string
	}{
		{map[string]string{"AKARI_ADDR": "8080"}, "AKARI_ADDR"},
		{map[string]string{"AKARI_ADDR": ":99999"}, "AKARI_ADDR"},
		{map[string]string{"LINE_CHANNEL_SECRET": "s"}, "LINE_CHANNEL_ACCESS_TOKEN"},
		{map[string]string{"LINE_CHANNEL_ACCESS_TOKEN": "t"}, "LINE_CHANNEL_SECRET"},
		{map[string]string{"LINE_API_ENDPOINT": "api.line.me"}, "LINE_API_ENDPOINT"},
		{map[string]string{"REDIS_URL": "http://redis:6379"}, "REDIS_URL"},
		{map[string]string{"REDIS_URL": "redis://%zz"}, "REDIS_URL"},
		{map[string]string{"OPENAI_MODEL": "gpt"}, "OPENAI_API_KEY"},
		{map[string]string{"OPENAI_BASE_URL": "ftp://x"}, "OPENAI_BASE_URL"},
		{map[string]string{"AKARI_PROMPTS_DIR": "/does/not/exist"}, "AKARI_PROMPTS_DIR"},
		{map[string]string{"AKARI_JOBS_FILE": "/does/not/exist.yaml"}, "AKARI_JOBS_FILE"},
		{map[string]string{"AKARI_CONSOLE_USER": "admin"}, "AKARI_CONSOLE_PASSWORD"},
		{map[string]string{"AKARI_WORKERS": "0"}, "AKARI_WORKERS"},
		{map[string]string{"AKARI_PARTITIONS": "many"}, "AKARI_PARTITIONS"},
		{map[string]string{"AKARI_LEASE_TTL": "10"}, "AKARI_LEASE_TTL"},
		{map[string]string{"AKARI_SHUTDOWN_GRACE": "-1s"}, "AKARI_SHUTDOWN_GRACE"},
		{map[string]string{"AKARI_KEY_PREFIX": "a{b}"}, "AKARI_KEY_PREFIX"},
		{map[string]string{"AKARI_TRUST_PROXY": "maybe"}, "AKARI_TRUST_PROXY"},
		{map[string]string{"AKARI_LEAD_WEBHOOK_URL": "not a url"}, "AKARI_LEAD_WEBHOOK_URL"},
		{map[string]string{"AKARI_LEAD_RETENTION": "forever"}, "AKARI_LEAD_RETENTION"},
		{map[string]string{"AKARI_ADDR": ":8080"}, "AKARI_ADDR"}, // dev mode on every interface
		{map[string]string{"AKARI_ADDR": "0.0.0.0:8080"}, "AKARI_ADDR"},
		{map[string]string{"AKARI_ADDR": "192.168.1.5:8080"}, "AKARI_ADDR"},
		{map[string]string{"AKARI_DEV": "1", "LINE_CHANNEL_SECRET": "s", "LINE_CHANNEL_ACCESS_TOKEN": "t"}, "AKARI_DEV"},
		{map[string]string{"AKARI_DEV": "perhaps"}, "AKARI_DEV"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.env), func(t *testing.T) {
			_, err := load(tt.env)
			if err == nil {
				t.Fatalf("accepted %v", tt.env)
			}
			if msg := err.Error(); !strings.HasPrefix(msg, tt.name+" ") || strings.Contains(msg, "\n") {
				t.Errorf("error %q, want one line starting with %s", msg, tt.name)
			}
		})
	}
}
