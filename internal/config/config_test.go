package config

import (
	"fmt"
	"log/slog"
	"reflect"
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
	if c.Workers != 16 || c.Partitions != 32 || c.LeaseTTL != 6*time.Second || c.InfraBudget < 2*time.Minute || c.LineEndpoint != "https://api.line.me" || c.KeyPrefix != "akari" {
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

// dumpKey names the start-up line's attribute for each field of Config.
var dumpKey = map[string]string{
	"Addr": "addr", "ChannelSecret": "line_secret", "ChannelToken": "line_token", "LineEndpoint": "line",
	"DevMode": "dev_mode", "DevAnywhere": "dev_anywhere", "RedisURL": "redis", "KeyPrefix": "key_prefix",
	"OpenAIKey": "openai_key", "OpenAIBaseURL": "openai_base_url", "OpenAIModel": "openai_model", "LLMTimeout": "llm_timeout",
	"PromptsDir": "prompts", "JobsFile": "jobs", "ConsoleUser": "console_user", "ConsolePassword": "console_password",
	"ConsoleURL": "console_url", "TrustProxy": "trust_proxy", "MetricsToken": "metrics_token",
	"LeadWebhookURL": "lead_webhook", "LeadNotifyGroup": "lead_notify_group", "HumanTimeout": "human_timeout",
	"JobsMaxAge": "jobs_max_age", "JobsEvery": "jobs_every", "CareTTL": "care_ttl", "LeadRetention": "lead_retention",
	"Workers": "workers", "Partitions": "partitions", "LeaseTTL": "lease_ttl", "MaxAttempts": "max_attempts", "InfraBudget": "infra_budget",
	"ShutdownGrace": "shutdown_grace", "ReplyWindow": "reply_window", "LogLevel": "log_level",
}

// TestStartupLineShowsEverySetting holds the start-up dump to the Config
// struct: one attribute per field, unset values written one way.
func TestStartupLineShowsEverySetting(t *testing.T) {
	for _, env := range []map[string]string{
		nil, // dev mode, everything unset
		{"LINE_CHANNEL_SECRET": "secret123456", "LINE_CHANNEL_ACCESS_TOKEN": "token123456", "AKARI_CONSOLE_URL": "https://akari.example.com"},
	} {
		c, err := load(env)
		if err != nil {
			t.Fatal(err)
		}
		keys := map[string]bool{}
		for _, a := range c.LogValue().Group() {
			keys[a.Key] = true
		}
		ct := reflect.TypeFor[Config]()
		for i := range ct.NumField() {
			f := ct.Field(i).Name
			key, ok := dumpKey[f]
			if !ok {
				t.Errorf("Config.%s is new: add it to LogValue and to dumpKey", f)
			} else if !keys[key] {
				t.Errorf("the start-up line lacks %s (Config.%s)", key, f)
			}
		}
		var b strings.Builder
		slog.New(slog.NewTextHandler(&b, nil)).Info("start", "config", c)
		line := b.String()
		for _, bad := range []string{"(none)", "=\"\"", "= "} {
			if strings.Contains(line, bad) {
				t.Errorf("start-up line writes an unset value as %q, want %s:\n%s", bad, Unset, line)
			}
		}
		for _, key := range []string{"reply_window", "llm_timeout", "jobs_max_age", "jobs_every", "trust_proxy", "console_url", "log_level", "lead_retention"} {
			if !strings.Contains(line, "config."+key+"=") {
				t.Errorf("start-up line lacks %s:\n%s", key, line)
			}
		}
		if c.DevMode && !strings.Contains(line, "console_user=\"akari (dev login") {
			t.Errorf("dev mode: the console user should name the dev login that follows:\n%s", line)
		}
	}
}

func TestLogLevel(t *testing.T) {
	for in, want := range map[string]slog.Level{"": slog.LevelInfo, "debug": slog.LevelDebug, "WARN": slog.LevelWarn, "error": slog.LevelError} {
		c, err := load(map[string]string{"AKARI_LOG_LEVEL": in})
		if err != nil || c.LogLevel != want {
			t.Errorf("AKARI_LOG_LEVEL=%q: %v, %v; want %v", in, c.LogLevel, err, want)
		}
	}
	if _, err := load(map[string]string{"AKARI_LOG_LEVEL": "loud"}); err == nil || !strings.HasPrefix(err.Error(), "AKARI_LOG_LEVEL ") {
		t.Errorf("AKARI_LOG_LEVEL=loud: %v, want an error naming it", err)
	}
}
