// Package config reads Akari's settings from the environment, in one place:
// defaults for what is unset, one clear error naming the variable for what is
// set but wrong, and a masked summary to print at start-up.
package config

import (
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"
)

// DevChannelSecret signs webhooks in dev mode, where the in-process LINE
// stand-in is used. It is public on purpose: dev mode is never production.
const DevChannelSecret = "akari-dev-channel-secret"

// DefaultLeadRetention is how long a lead is kept without activity before
// its personal data is removed (180 days). docs/privacy.md and Akari's
// privacy answer in prompts/messages.yaml quote it; a test keeps them in
// step.
const DefaultLeadRetention = 180 * 24 * time.Hour

// Config is every setting of `akari serve`.
type Config struct {
	Addr string // AKARI_ADDR

	ChannelSecret string // LINE_CHANNEL_SECRET
	ChannelToken  string // LINE_CHANNEL_ACCESS_TOKEN
	LineEndpoint  string // LINE_API_ENDPOINT
	// DevMode is on when no LINE channel is configured: a local stand-in
	// answers for the Messaging API.
	DevMode bool
	// DevAnywhere (AKARI_DEV=1) lets dev mode listen on an address other
	// than loopback; without it such an address stops start-up.
	DevAnywhere bool

	RedisURL  string // REDIS_URL; empty: embedded in-process Redis
	KeyPrefix string // AKARI_KEY_PREFIX: lets several deployments share one Redis

	OpenAIKey     string // OPENAI_API_KEY; empty: offline advisor only
	OpenAIBaseURL string // OPENAI_BASE_URL
	OpenAIModel   string // OPENAI_MODEL
	LLMTimeout    time.Duration

	PromptsDir string // AKARI_PROMPTS_DIR
	JobsFile   string // AKARI_JOBS_FILE

	ConsoleUser     string // AKARI_CONSOLE_USER
	ConsolePassword string // AKARI_CONSOLE_PASSWORD
	ConsoleURL      string // AKARI_CONSOLE_URL: public base URL, for links in notices
	TrustProxy      bool   // AKARI_TRUST_PROXY: client IP from X-Forwarded-For
	MetricsToken    string // AKARI_METRICS_TOKEN: when set, /metrics wants "Authorization: Bearer <token>"

	LeadWebhookURL  string        // AKARI_LEAD_WEBHOOK_URL: POSTed on every new lead
	LeadNotifyGroup string        // AKARI_LEAD_NOTIFY_GROUP: LINE group told of new leads
	HumanTimeout    time.Duration // AKARI_HUMAN_TIMEOUT: a recruiter's takeover ends after this
	JobsMaxAge      time.Duration // AKARI_JOBS_MAX_AGE: listings not checked for longer are hidden
	JobsEvery       int           // AKARI_JOBS_EVERY: turns between job offers (asking always works)
	CareTTL         time.Duration // AKARI_CARE_TTL: care mode ends this long after the last sign, when the person said nothing about being safe
	LeadRetention   time.Duration // AKARI_LEAD_RETENTION: a lead untouched this long is anonymised

	Workers       int           // AKARI_WORKERS: events handled at once by this process
	Partitions    int           // AKARI_PARTITIONS: stream shards; must match across instances
	LeaseTTL      time.Duration // AKARI_LEASE_TTL: how soon a dead instance's partitions move
	MaxAttempts   int           // AKARI_MAX_ATTEMPTS: handler failures before an event is dead-lettered
	InfraBudget   time.Duration // AKARI_INFRA_BUDGET: how long Redis/network/LINE outages are retried (no attempt counted) before dead-lettering
	ShutdownGrace time.Duration // AKARI_SHUTDOWN_GRACE
	ReplyWindow   time.Duration // AKARI_REPLY_WINDOW: reply token considered fresh this long

	LogLevel slog.Level // AKARI_LOG_LEVEL: debug, info, warn or error
}

// Getenv is os.Getenv's shape, so tests can hand in a map.
type Getenv func(string) string

// FromEnv reads the process environment.
func FromEnv() (Config, error) { return Load(os.Getenv) }

// Load reads the settings through getenv and validates them. The error
// names the variable at fault.
func Load(getenv Getenv) (Config, error) {
	r := reader{getenv: getenv}
	c := Config{
		ChannelSecret:   r.str("LINE_CHANNEL_SECRET"),
		ChannelToken:    r.str("LINE_CHANNEL_ACCESS_TOKEN"),
		LineEndpoint:    r.url("LINE_API_ENDPOINT", "https://api.line.me", "http", "https"),
		RedisURL:        r.url("REDIS_URL", "", "redis", "rediss", "unix"),
		KeyPrefix:       r.prefix("AKARI_KEY_PREFIX", "akari"),
		OpenAIKey:       r.str("OPENAI_API_KEY"),
		OpenAIBaseURL:   r.url("OPENAI_BASE_URL", "", "http", "https"),
		OpenAIModel:     r.str("OPENAI_MODEL"),
		LLMTimeout:      r.duration("AKARI_LLM_TIMEOUT", 20*time.Second),
		PromptsDir:      r.dir("AKARI_PROMPTS_DIR"),
		JobsFile:        r.file("AKARI_JOBS_FILE"),
		ConsoleUser:     r.str("AKARI_CONSOLE_USER"),
		ConsolePassword: r.str("AKARI_CONSOLE_PASSWORD"),
		ConsoleURL:      r.url("AKARI_CONSOLE_URL", "", "http", "https"),
		TrustProxy:      r.bool("AKARI_TRUST_PROXY"),
		MetricsToken:    r.str("AKARI_METRICS_TOKEN"),
		DevAnywhere:     r.bool("AKARI_DEV"),
		LeadWebhookURL:  r.url("AKARI_LEAD_WEBHOOK_URL", "", "http", "https"),
		LeadNotifyGroup: r.str("AKARI_LEAD_NOTIFY_GROUP"),
		HumanTimeout:    r.duration("AKARI_HUMAN_TIMEOUT", 30*time.Minute),
		JobsMaxAge:      r.duration("AKARI_JOBS_MAX_AGE", 60*24*time.Hour),
		JobsEvery:       r.int("AKARI_JOBS_EVERY", 3, 1, 100),
		CareTTL:         r.duration("AKARI_CARE_TTL", 24*time.Hour),
		LeadRetention:   r.duration("AKARI_LEAD_RETENTION", DefaultLeadRetention),
		Workers:         r.int("AKARI_WORKERS", 16, 1, 1024),
		Partitions:      r.int("AKARI_PARTITIONS", 32, 1, 1024),
		LeaseTTL:        r.duration("AKARI_LEASE_TTL", 6*time.Second),
		MaxAttempts:     r.int("AKARI_MAX_ATTEMPTS", 5, 1, 100),
		InfraBudget:     r.duration("AKARI_INFRA_BUDGET", 2*time.Minute),
		ShutdownGrace:   r.duration("AKARI_SHUTDOWN_GRACE", 20*time.Second),
		ReplyWindow:     r.duration("AKARI_REPLY_WINDOW", 50*time.Second),
		LogLevel:        r.level("AKARI_LOG_LEVEL"),
	}
	switch {
	case c.ChannelSecret != "" && c.ChannelToken == "":
		r.fail("LINE_CHANNEL_ACCESS_TOKEN", "is required when LINE_CHANNEL_SECRET is set")
	case c.ChannelSecret == "" && c.ChannelToken != "":
		r.fail("LINE_CHANNEL_SECRET", "is required when LINE_CHANNEL_ACCESS_TOKEN is set")
	case c.ChannelSecret == "":
		c.DevMode = true
		c.ChannelSecret = DevChannelSecret
	}
	if (c.ConsoleUser == "") != (c.ConsolePassword == "") {
		r.fail("AKARI_CONSOLE_PASSWORD", "AKARI_CONSOLE_USER and AKARI_CONSOLE_PASSWORD must be set together")
	}
	if c.OpenAIKey == "" && (c.OpenAIBaseURL != "" || c.OpenAIModel != "") && !localLLM(c.OpenAIBaseURL) {
		r.fail("OPENAI_API_KEY", "is required when OPENAI_BASE_URL or OPENAI_MODEL is set")
	}
	c.Addr = r.addr("AKARI_ADDR", c.DevMode)
	switch {
	case c.DevAnywhere && !c.DevMode:
		r.fail("AKARI_DEV", "is set but a LINE channel is configured; dev mode runs only without LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN")
	case c.DevMode && !c.DevAnywhere && !Loopback(c.Addr):
		r.fail("AKARI_ADDR", "is %q, but without LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN Akari runs in dev mode (public dev secret, open simulator), which serves on loopback only: set the LINE channel, listen on 127.0.0.1, or set AKARI_DEV=1 to mean it", c.Addr)
	}
	if r.err != nil {
		return Config{}, r.err
	}
	return c, nil
}

// LLMEnabled reports whether an OpenAI-compatible endpoint is configured.
func (c Config) LLMEnabled() bool { return c.OpenAIKey != "" || localLLM(c.OpenAIBaseURL) }

// ConsoleEnabled reports whether the console has a login; in dev mode it
// is open with a local login.
func (c Config) ConsoleEnabled() bool { return c.ConsoleUser != "" || c.DevMode }

// Loopback reports whether a listen address (host:port) reaches this
// machine only: 127.0.0.0/8, ::1 or localhost. ":8080" listens everywhere.
func Loopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// localLLM: self-hosted endpoints (Ollama, vLLM) on loopback need no key.
func localLLM(base string) bool {
	u, err := url.Parse(base)
	if err != nil || base == "" {
		return false
	}
	ip := net.ParseIP(u.Hostname())
	return u.Hostname() == "localhost" || (ip != nil && ip.IsLoopback())
}

// Unset is how the start-up line shows a setting that is not set.
const Unset = "(unset)"

// DevConsoleUser is the console login of dev mode on loopback; the app
// prints its password when it starts.
const DevConsoleUser = "akari"

// LogValue prints every setting, secrets masked, for the start-up line:
// one attribute per field of Config (a test holds it to that), unset
// values written as Unset, defaults as the value they give.
func (c Config) LogValue() slog.Value {
	redis := "embedded (state is lost at exit)"
	if c.RedisURL != "" {
		redis = redactURL(c.RedisURL)
	}
	line := c.LineEndpoint
	if c.DevMode {
		line = "dev mode: in-process stand-in"
	}
	llm := "offline advisor (no LLM)"
	if c.LLMEnabled() {
		llm = "on"
	}
	consoleUser := orUnset(c.ConsoleUser)
	switch {
	case c.ConsoleUser != "":
	case c.DevMode && Loopback(c.Addr):
		consoleUser = DevConsoleUser + " (dev login, printed below)"
	default:
		consoleUser = Unset + " (console off)"
	}
	return slog.GroupValue(
		slog.String("addr", c.Addr),
		slog.Bool("dev_mode", c.DevMode),
		slog.Bool("dev_anywhere", c.DevAnywhere),
		slog.String("line", line),
		slog.String("line_secret", mask(c.ChannelSecret)),
		slog.String("line_token", mask(c.ChannelToken)),
		slog.String("redis", redis),
		slog.String("key_prefix", c.KeyPrefix),
		slog.String("llm", llm),
		slog.String("openai_key", mask(c.OpenAIKey)),
		slog.String("openai_base_url", orDefault(c.OpenAIBaseURL, "https://api.openai.com/v1")),
		slog.String("openai_model", orDefault(c.OpenAIModel, "default")),
		slog.Duration("llm_timeout", c.LLMTimeout),
		slog.String("prompts", orDefault(c.PromptsDir, "built-in")),
		slog.String("jobs", orDefault(c.JobsFile, "built-in sample catalog")),
		slog.String("console_user", consoleUser),
		slog.String("console_password", mask(c.ConsolePassword)),
		slog.String("console_url", orUnset(c.ConsoleURL)),
		slog.Bool("trust_proxy", c.TrustProxy),
		slog.String("metrics_token", mask(c.MetricsToken)),
		slog.String("lead_webhook", orUnset(redactURL(c.LeadWebhookURL))),
		slog.String("lead_notify_group", orUnset(c.LeadNotifyGroup)),
		slog.Duration("human_timeout", c.HumanTimeout),
		slog.Duration("jobs_max_age", c.JobsMaxAge),
		slog.Int("jobs_every", c.JobsEvery),
		slog.Duration("care_ttl", c.CareTTL),
		slog.Duration("lead_retention", c.LeadRetention),
		slog.Int("workers", c.Workers),
		slog.Int("partitions", c.Partitions),
		slog.Duration("lease_ttl", c.LeaseTTL),
		slog.Int("max_attempts", c.MaxAttempts),
		slog.Duration("infra_budget", c.InfraBudget),
		slog.Duration("shutdown_grace", c.ShutdownGrace),
		slog.Duration("reply_window", c.ReplyWindow),
		slog.String("log_level", c.LogLevel.String()),
	)
}

func orUnset(s string) string { return orDefault(s, Unset) }

func mask(secret string) string {
	switch {
	case secret == "":
		return Unset
	case len(secret) <= 8:
		return "****"
	}
	return secret[:2] + "****" + secret[len(secret)-2:]
}

func redactURL(raw string) string {
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil {
		return "(unparsable)"
	}
	return u.Redacted()
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// reader collects the first error; later reads are no-ops after it.
type reader struct {
	getenv Getenv
	err    error
}

func (r *reader) fail(name, format string, args ...any) {
	if r.err == nil {
		r.err = fmt.Errorf("%s %s", name, fmt.Sprintf(format, args...))
	}
}

func (r *reader) str(name string) string { return strings.TrimSpace(r.getenv(name)) }

func (r *reader) url(name, def string, schemes ...string) string {
	v := r.str(name)
	if v == "" {
		return def
	}
	u, err := url.Parse(v)
	if err != nil {
		r.fail(name, "is not a valid URL: %v", errors.Unwrap(err))
		return def
	}
	for _, s := range schemes {
		if u.Scheme == s && (u.Host != "" || s == "unix") {
			return v
		}
	}
	r.fail(name, "must be a %s URL with a host, got %q", strings.Join(schemes, "/"), redactURL(v))
	return def
}

func (r *reader) bool(name string) bool {
	switch v := strings.ToLower(r.str(name)); v {
	case "", "0", "false", "no", "off":
		return false
	case "1", "true", "yes", "on":
		return true
	default:
		r.fail(name, "must be true or false, got %q", v)
		return false
	}
}

func (r *reader) level(name string) slog.Level {
	var l slog.Level
	v := r.str(name)
	if v == "" {
		return slog.LevelInfo
	}
	if err := l.UnmarshalText([]byte(v)); err != nil {
		r.fail(name, "must be debug, info, warn or error, got %q", v)
	}
	return l
}

func (r *reader) prefix(name, def string) string {
	v := r.str(name)
	if v == "" {
		return def
	}
	if strings.ContainsAny(v, "{}: \t") {
		r.fail(name, "must not contain braces, colons or spaces, got %q", v)
		return def
	}
	return v
}

func (r *reader) int(name string, def, min, max int) int {
	v := r.str(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < min || n > max {
		r.fail(name, "must be a whole number from %d to %d, got %q", min, max, v)
		return def
	}
	return n
}

func (r *reader) duration(name string, def time.Duration) time.Duration {
	v := r.str(name)
	if v == "" {
		return def
	}
	d, err := time.ParseDuration(v)
	if err != nil || d <= 0 {
		r.fail(name, "must be a positive duration such as 20s, got %q", v)
		return def
	}
	return d
}

func (r *reader) dir(name string) string {
	v := r.str(name)
	if v == "" {
		return ""
	}
	if st, err := os.Stat(v); err != nil {
		r.fail(name, "cannot be read: %v", err)
	} else if !st.IsDir() {
		r.fail(name, "must be a directory: %s", v)
	}
	return v
}

func (r *reader) file(name string) string {
	v := r.str(name)
	if v == "" {
		return ""
	}
	f, err := os.Open(v)
	if err != nil {
		r.fail(name, "cannot be read: %v", err)
		return ""
	}
	f.Close()
	return v
}

// addr defaults to :8080, or to loopback in dev mode so a dev server is never
// reachable from the network by accident.
func (r *reader) addr(name string, dev bool) string {
	v := r.str(name)
	if v == "" {
		if dev {
			return "127.0.0.1:8080"
		}
		return ":8080"
	}
	if _, port, err := net.SplitHostPort(v); err != nil {
		r.fail(name, "must be host:port such as :8080, got %q", v)
	} else if p, err := strconv.Atoi(port); err != nil || p < 0 || p > 65535 {
		r.fail(name, "has an invalid port %q", port)
	}
	return v
}
