// Package app wires Akari together and does nothing else: configuration,
// Redis (or the embedded one), the queue and its consumer, the LINE sender
// (or the in-process stand-in in dev mode), the conversation engine, the
// worker that handles each event, the console and the HTTP server. It is
// what `akari serve` runs, and what end-to-end tests start on port 0; the
// same engine and worker serve `akari chat` and the studio (Local).
package app

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"os"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"
	openai "github.com/sashabaranov/go-openai"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/config"
	"github.com/akari-career/akari/internal/conversation"
	"github.com/akari-career/akari/internal/leads"
	"github.com/akari-career/akari/internal/line"
	"github.com/akari-career/akari/internal/linesim"
	"github.com/akari-career/akari/internal/llm"
	"github.com/akari-career/akari/internal/logctx"
	"github.com/akari-career/akari/internal/metrics"
	"github.com/akari-career/akari/internal/notify"
	"github.com/akari-career/akari/internal/privacy"
	"github.com/akari-career/akari/internal/queue"
	"github.com/akari-career/akari/internal/store"
	"github.com/akari-career/akari/internal/worker"
	"github.com/akari-career/akari/internal/worry"
)

// Options are the parts of an App that do not come from the environment.
type Options struct {
	Logger  *slog.Logger
	Prompts fs.FS // the prompt files (built-in or AKARI_PROMPTS_DIR)
	// Name identifies this process among those sharing the Redis; default
	// hostname-pid.
	Name string
	// NoWorkers runs intake only (for measuring intake alone).
	NoWorkers bool
	// RedisHook, if set, sees every Redis command (akari-load counts the
	// round trips per event with it).
	RedisHook redis.Hook
	// Classifier, if set, is the worry classifier already trained from
	// Prompts, used until the prompts are reloaded. Training takes a good
	// part of a second (seconds under the race detector), so tests that
	// start many processes share one; a Model is immutable.
	Classifier *worry.Model
}

// App is one Akari process.
type App struct {
	cfg  config.Config
	opt  Options
	log  *slog.Logger
	m    *metrics.Metrics
	mask *privacy.Masker

	rdb      redis.UniversalClient
	embedded *embeddedRedis
	queue    *queue.Queue
	consumer *queue.Consumer
	store    *store.Store
	statsBuf *store.StatsBuffer
	sender   *line.Sender
	prompts  *promptStore
	jobs     *catalog
	engine   *conversation.Engine
	worker   *worker.Worker
	llm      *openai.Client // nil: offline

	// Dev mode: the Messaging API stand-in, on its own loopback listener.
	sim    *linesim.Server
	simSrv *http.Server
	simLn  net.Listener
	events *linesim.Builder

	srv     *http.Server
	ln      net.Listener
	console http.Handler // nil when disabled
}

// New builds every part of the app. Nothing listens until Open.
func New(cfg config.Config, opt Options) (*App, error) {
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	if opt.Name == "" {
		host, _ := os.Hostname()
		opt.Name = fmt.Sprintf("%s-%d", host, os.Getpid())
	}
	// Every line logged while handling an event carries the event's
	// attributes from the context.
	log := slog.New(logctx.NewHandler(opt.Logger.Handler()))
	a := &App{cfg: cfg, opt: opt, log: log, m: metrics.New(), mask: privacy.NewMasker()}

	var err error
	if a.prompts, err = loadPrompts(opt.Prompts, opt.Classifier); err != nil {
		return nil, err
	}
	a.rdb, a.embedded, err = connectRedis(cfg.RedisURL, cfg.Partitions+2*cfg.Workers+16)
	if err != nil {
		return nil, err
	}
	if opt.RedisHook != nil {
		a.rdb.AddHook(opt.RedisHook)
	}
	if a.embedded != nil {
		a.log.Warn("REDIS_URL is not set: using an embedded in-process Redis; all state is lost when Akari exits")
	}
	a.queue = queue.New(a.rdb, queue.Options{Prefix: cfg.KeyPrefix, Partitions: cfg.Partitions})
	if a.jobs, err = loadCatalog(cfg.JobsFile, cfg.JobsMaxAge); err != nil {
		return nil, err
	}
	if cfg.LLMEnabled() {
		a.llm = llm.NewClient(llm.Config{APIKey: cfg.OpenAIKey, BaseURL: cfg.OpenAIBaseURL, Model: cfg.OpenAIModel,
			Timeout: cfg.LLMTimeout, Concurrency: cfg.Workers})
	}
	a.engine, err = NewEngine(Brain{
		Library: a.prompts.library, Model: a.prompts.model, Jobs: a.jobs,
		LLM: a.llm, LLMModel: cfg.OpenAIModel, Config: cfg, Observer: llmObserver{a.m}, Log: a.log,
	})
	if err != nil {
		return nil, err
	}
	var opts []store.Option
	if a.engine.ShowsWords {
		opts = append(opts, store.WithHistory()) // read in Begin's round trip
	}
	a.store = store.New(a.rdb, cfg.KeyPrefix, opts...)
	a.statsBuf = a.store.NewStatsBuffer()
	return a, nil
}

// Open listens on the configured address (":0" picks a free port) and, in
// dev mode, starts the LINE stand-in. It also connects the sender.
func (a *App) Open() error {
	endpoint, token := a.cfg.LineEndpoint, a.cfg.ChannelToken
	if a.cfg.DevMode {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return fmt.Errorf("dev LINE stand-in: %w", err)
		}
		token = "akari-dev-access-token"
		a.sim, a.simLn = linesim.New(token), ln
		a.events = linesim.NewBuilder(a.sim)
		a.simSrv = &http.Server{Handler: a.sim, ReadHeaderTimeout: 5 * time.Second}
		go a.simSrv.Serve(ln)
		endpoint = "http://" + ln.Addr().String()
	}
	var err error
	a.sender, err = line.NewSender(line.SenderOptions{
		Endpoint: endpoint, Token: token,
		Client:   &http.Client{Timeout: 10 * time.Second, Transport: lineTransport()},
		Observer: lineCalls{a.m},
	})
	if err != nil {
		return fmt.Errorf("LINE_API_ENDPOINT: %w", err)
	}
	loadingAfter := 300 * time.Millisecond
	if a.llm != nil {
		loadingAfter = 0 // the model takes seconds: show it at once
	}
	a.worker, err = worker.New(worker.Deps{
		Store: a.store, Messenger: line.Messenger{Sender: a.sender}, Engine: a.engine, DeadLetters: a.queue,
		Notifier: notifier{a: a, ns: a.leadNotifiers()}, Observer: stats{a},
	}, worker.Options{ReplyWindow: a.cfg.ReplyWindow, LoadingAfter: loadingAfter, Log: a.log})
	if err != nil {
		return err
	}
	if err := a.queue.CheckLayout(context.Background()); err != nil {
		a.log.Warn("could not check the queue layout yet (Redis unavailable?)", "err", err)
		if !isUnavailable(err) {
			return err
		}
	}
	if n, err := a.store.MigrateLeadIndexes(context.Background()); err != nil {
		a.log.Warn("lead indexes not built yet (Redis unavailable?); lists may be incomplete until the next start", "err", err)
	} else if n > 0 {
		a.log.Info("lead indexes built", "leads", n)
	}
	a.ln, err = net.Listen("tcp", a.cfg.Addr)
	if err != nil {
		return fmt.Errorf("AKARI_ADDR: %w", err)
	}
	if a.console, err = a.consoleHandler(); err != nil {
		return err
	}
	a.srv = &http.Server{
		Handler:           a.routes(),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       2 * time.Minute,
	}
	return nil
}

func isUnavailable(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) || errors.Is(err, context.DeadlineExceeded)
}

// lineWriteBuffer holds a whole reply to LINE — a carousel is at most
// 50 KB — so its request goes out in one write. With net/http's 4 KB, a
// body that does not fit after the header is copied through a 32 KB buffer
// of its own and written again.
const lineWriteBuffer = 64 << 10

// lineTransport keeps enough idle connections for the workers' bursts.
func lineTransport() *http.Transport {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.MaxIdleConnsPerHost = 64
	t.WriteBufferSize = lineWriteBuffer
	return t
}

// Addr is the address the server listens on, after Open.
func (a *App) Addr() string { return a.ln.Addr().String() }

// URL is the server's base URL, after Open.
func (a *App) URL() string { return "http://" + a.Addr() }

// Run serves until ctx is cancelled, then shuts down gracefully: it stops
// accepting requests, lets the workers finish or hand back in-flight events
// within the grace period, and closes Redis.
func (a *App) Run(ctx context.Context) error {
	a.log.Info("akari is listening", "addr", a.Addr(), "instance", a.opt.Name)
	if a.cfg.DevMode {
		a.log.Warn("DEV MODE: no LINE channel configured; a local stand-in answers for the Messaging API and webhooks are signed with a public dev secret — never use this in production",
			"simulator", a.URL()+"/dev/", "line_standin", "http://"+a.simLn.Addr().String())
	}
	var wg sync.WaitGroup
	serveErr := make(chan error, 1)
	wg.Add(1)
	go func() {
		defer wg.Done()
		if err := a.srv.Serve(a.ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			serveErr <- err
		}
	}()

	workCtx, stopWork := context.WithCancel(context.Background())
	defer stopWork()
	statsDone := make(chan struct{})
	statsCtx, stopStats := context.WithCancel(context.Background())
	go func() { defer close(statsDone); a.flushStats(statsCtx) }()
	defer func() { stopStats(); <-statsDone }()
	if !a.opt.NoWorkers {
		a.consumer = a.queue.NewConsumer(queue.HandlerFunc(a.handle), queue.ConsumerOptions{
			Name: a.opt.Name, Workers: a.cfg.Workers, LeaseTTL: a.cfg.LeaseTTL,
			MaxAttempts: a.cfg.MaxAttempts, Grace: a.cfg.ShutdownGrace, InfraBudget: a.cfg.InfraBudget,
			Logger: a.log, Observer: queueObserver{a.m},
		})
		wg.Add(2)
		go func() {
			defer wg.Done()
			a.consumer.Run(workCtx)
		}()
		go func() {
			defer wg.Done()
			// While it listens, an event's first try begins from what
			// the person's last commit kept, without a round trip.
			a.store.WatchTakeovers(workCtx)
		}()
	}

	wg.Add(1)
	go func() {
		defer wg.Done()
		a.keepRetention(workCtx)
	}()

	var err error
	select {
	case <-ctx.Done():
	case err = <-serveErr:
	}
	a.log.Info("shutting down: no new requests; finishing in-flight events", "grace", a.cfg.ShutdownGrace)
	shutCtx, cancel := context.WithTimeout(context.Background(), a.cfg.ShutdownGrace)
	defer cancel()
	if serr := a.srv.Shutdown(shutCtx); serr != nil {
		a.log.Warn("HTTP shutdown", "err", serr)
	}
	stopWork()
	wg.Wait()
	return err
}

// Close releases what New and Open acquired, in reverse order.
func (a *App) Close() error {
	if a.simSrv != nil {
		a.simSrv.Close()
	}
	a.queue.Close()
	err := a.rdb.Close()
	if a.embedded != nil {
		a.embedded.Close()
	}
	return err
}

// Reload reads the prompt files and the job catalog again; whatever fails
// to load keeps its previous version.
func (a *App) Reload() error {
	perr := a.prompts.reload()
	if perr != nil {
		a.log.Error("prompt reload failed; keeping the previous prompts", "err", perr)
	} else {
		a.log.Info("prompts reloaded")
	}
	jerr := a.jobs.reload()
	if jerr != nil {
		a.log.Error("job catalog reload failed; keeping the previous catalog", "err", jerr)
	} else {
		a.log.Info("job catalog reloaded", "listings", a.jobs.cur.Load().Len())
	}
	return errors.Join(perr, jerr)
}

// leadNotifiers are the configured ways to tell recruiters of new leads.
func (a *App) leadNotifiers() leads.Notifiers {
	var ns leads.Notifiers
	if a.cfg.LeadWebhookURL != "" {
		ns = append(ns, notify.NewWebhook(a.cfg.LeadWebhookURL, nil))
	}
	if a.cfg.LeadNotifyGroup != "" {
		label := func(c akari.Category) string { return a.prompts.library().Label(c) }
		ns = append(ns, notify.NewGroup(linePusher{a}, a.cfg.LeadNotifyGroup, label))
	}
	return ns
}

// assignNotifiers tell a recruiter a lead was given to them, by the same
// channels as new leads.
func (a *App) assignNotifiers() leads.AssignNotifiers {
	var ns leads.AssignNotifiers
	for _, n := range a.leadNotifiers() {
		if an, ok := n.(leads.AssignNotifier); ok {
			ns = append(ns, an)
		}
	}
	return ns
}

// Metrics exposes the registry (for tests and the console).
func (a *App) Metrics() *metrics.Metrics { return a.m }
