package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"

	"github.com/akari-career/akari/internal/advice"
	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/app"
	"github.com/akari-career/akari/internal/config"
	"github.com/akari-career/akari/internal/conversation"
	"github.com/akari-career/akari/internal/llm"
	"github.com/akari-career/akari/internal/playbook"
	"github.com/akari-career/akari/internal/store"
	"github.com/akari-career/akari/internal/worry"
)

// chatUserID is the LINE user id the terminal conversation is stored under.
const chatUserID = "Uterminal"

// runChat is a conversation with Akari in the terminal, through the same
// engine, prompts and advisor as the server, with the state kept in an
// embedded Redis through the same store, so memory works as on LINE. One
// message per line; "/quit" or end of input ends it.
func runChat(ctx context.Context, args []string, io stdio) error {
	fl := flag.NewFlagSet("chat", flag.ContinueOnError)
	fl.SetOutput(io.err)
	name := fl.String("user", "", "the display name Akari knows you by (as LINE would tell her)")
	asJSON := fl.Bool("json", false, "print each reply as one JSON object per line, for scripts")
	if err := fl.Parse(args); err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if fl.NArg() > 0 {
		return fmt.Errorf("%w: chat takes no arguments; type messages on stdin", errUsage)
	}

	fsys, err := promptsFS()
	if err != nil {
		return err
	}
	lib, err := playbook.Load(fsys)
	if err != nil {
		return err
	}
	model, err := worry.Load(fsys)
	if err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(io.err, &slog.HandlerOptions{Level: slog.LevelWarn}))
	advisor, err := chatAdvisor(lib, log)
	if err != nil {
		return err
	}
	engine := app.NewEngine(advice.Fixed(lib), func() *worry.Model { return model }, advisor, log)

	mr := miniredis.NewMiniRedis()
	if err := mr.StartAddr("127.0.0.1:0"); err != nil {
		return fmt.Errorf("start embedded redis: %w", err)
	}
	defer mr.Close()
	rdb := redis.NewClient(&redis.Options{Addr: mr.Addr()})
	defer rdb.Close()

	// The same job cards and かんたん登録 as on LINE; leads stay in this
	// session's embedded Redis and vanish with it.
	st := store.New(rdb, "akari")
	if engine.Jobs, err = app.LoadJobs(os.Getenv("AKARI_JOBS_FILE")); err != nil {
		return err
	}
	engine.Leads = st
	engine.Summarizer = advice.NewOfflineSummarizer(advice.Fixed(lib))

	c := &chat{
		engine: engine, store: st, name: *name,
		out: bufio.NewWriter(io.out), json: *asJSON, prompt: !*asJSON && isTerminal(io.in),
	}
	defer c.out.Flush()
	if err := c.send(ctx, akari.Event{Kind: akari.EventFollow}); err != nil {
		return err
	}
	in := bufio.NewScanner(io.in)
	in.Buffer(make([]byte, 0, 64*1024), maxMessage)
	for c.ask(); in.Scan(); c.ask() {
		if err := ctx.Err(); err != nil {
			return err
		}
		line := strings.TrimSpace(strings.TrimSuffix(in.Text(), "\r"))
		switch line {
		case "":
			continue
		case "/quit", "/exit":
			return nil
		}
		if err := c.send(ctx, c.event(line)); err != nil {
			return err
		}
	}
	if err := in.Err(); err != nil {
		return fmt.Errorf("read stdin: %w", err)
	}
	return nil
}

// chatAdvisor is the offline advisor, or the LLM with the offline one as
// fallback when OPENAI_API_KEY / OPENAI_BASE_URL are set — the same rule
// and the same variables as the server.
func chatAdvisor(lib *playbook.Library, log *slog.Logger) (akari.Advisor, error) {
	cfg, err := config.Load(func(k string) string {
		switch k {
		case "OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_MODEL", "AKARI_LLM_TIMEOUT":
			return os.Getenv(k)
		}
		return ""
	})
	if err != nil {
		return nil, err
	}
	offline := advice.NewOffline(advice.Fixed(lib))
	if !cfg.LLMEnabled() {
		return offline, nil
	}
	client := llm.NewClient(llm.Config{APIKey: cfg.OpenAIKey, BaseURL: cfg.OpenAIBaseURL, Model: cfg.OpenAIModel, Timeout: cfg.LLMTimeout})
	primary := llm.NewAdvisor(client, cfg.OpenAIModel, advice.Fixed(lib), nil, llm.AdvisorOptions{Timeout: cfg.LLMTimeout})
	return advice.WithFallback(primary, offline, nil, advice.FallbackOptions{Budget: cfg.LLMTimeout, Log: log}), nil
}

// chat is one terminal conversation.
type chat struct {
	engine *conversation.Engine
	store  *store.Store
	name   string
	out    *bufio.Writer
	json   bool
	prompt bool
	n      int                // events sent
	chips  []akari.QuickReply // the last reply's quick replies
}

// event turns a typed line into what LINE would deliver: typing a chip's
// label taps it.
func (c *chat) event(line string) akari.Event {
	ev := akari.Event{Kind: akari.EventText, Text: line}
	for _, q := range c.chips {
		if q.Label != line {
			continue
		}
		if q.Data != "" {
			return akari.Event{Kind: akari.EventPostback, Text: q.Label, Data: q.Data}
		}
		if q.Text != "" {
			ev.Text = q.Text
		}
	}
	return ev
}

// send handles one event as a worker would: load, decide, save or erase.
func (c *chat) send(ctx context.Context, ev akari.Event) error {
	c.n++
	ev.ID = fmt.Sprintf("chat-%d", c.n)
	ev.UserID, ev.At = chatUserID, time.Now()
	conv, err := c.store.Load(ctx, chatUserID)
	if err != nil {
		return err
	}
	if c.name != "" {
		conv.Profile = akari.Profile{DisplayName: c.name, FetchedAt: time.Now()}
	}
	res, err := c.engine.Handle(ctx, &conv.State, ev)
	if err != nil {
		return fmt.Errorf("decide reply: %w", err)
	}
	if res.Erase {
		err = c.store.Erase(ctx, chatUserID)
	} else {
		err = c.store.Save(ctx, conv, ev.ID)
	}
	if err != nil {
		return err
	}
	c.chips = res.Reply.QuickReplies
	if c.json {
		return c.printJSON(res)
	}
	c.print(res.Reply)
	return nil
}

func (c *chat) print(r akari.Reply) {
	for i, m := range r.Messages {
		if i == 0 {
			c.out.WriteString("あかり:\n")
		} else {
			c.out.WriteString("\n")
		}
		switch {
		case m.Text != "":
			c.out.WriteString(m.Text + "\n")
		case m.Flex != nil:
			fmt.Fprintf(c.out, "[カード] %s\n", m.Flex.AltText)
		}
	}
	if len(r.QuickReplies) > 0 {
		labels := make([]string, len(r.QuickReplies))
		for i, q := range r.QuickReplies {
			labels[i] = "[" + q.Label + "]"
		}
		c.out.WriteString(strings.Join(labels, " ") + "\n")
	}
	c.out.WriteString("\n")
	c.out.Flush()
}

// chatReply is the -json form of a reply.
type chatReply struct {
	Source       string             `json:"source"`
	Category     akari.Category     `json:"category,omitempty"`
	Crisis       bool               `json:"crisis,omitempty"`
	Risk         akari.Risk         `json:"risk,omitempty"`
	Erased       bool               `json:"erased,omitempty"`
	Messages     []akari.Message    `json:"messages"`
	QuickReplies []akari.QuickReply `json:"quickReplies,omitempty"`
}

func (c *chat) printJSON(res conversation.Result) error {
	r := chatReply{Source: res.Source, Erased: res.Erase, Messages: res.Reply.Messages, QuickReplies: res.Reply.QuickReplies}
	if cl := res.Classification; cl != nil {
		r.Category, r.Crisis, r.Risk = cl.Category, cl.Crisis, akari.RiskOf(*cl)
	}
	if r.Messages == nil {
		r.Messages = []akari.Message{}
	}
	b, err := json.Marshal(r)
	if err != nil {
		return err
	}
	c.out.Write(b)
	c.out.WriteByte('\n')
	return c.out.Flush()
}

// ask shows the input prompt when a person is typing.
func (c *chat) ask() {
	if c.prompt {
		c.out.WriteString("あなた> ")
		c.out.Flush()
	}
}

// isTerminal reports whether r is an interactive terminal.
func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
