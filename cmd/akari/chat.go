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

	"github.com/akari-career/akari/internal/advice"
	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/app"
	"github.com/akari-career/akari/internal/config"
	"github.com/akari-career/akari/internal/conversation"
	"github.com/akari-career/akari/internal/line"
	"github.com/akari-career/akari/internal/llm"
	"github.com/akari-career/akari/internal/playbook"
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
		return fmt.Errorf("%w: %w", errUsage, err)
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
	model, err := loadModel()
	if err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(io.err, &slog.HandlerOptions{Level: slog.LevelWarn}))
	cfg, err := chatConfig()
	if err != nil {
		return err
	}
	jobs, err := app.LoadJobs(os.Getenv("AKARI_JOBS_FILE"))
	if err != nil {
		return err
	}
	b := app.Brain{Library: advice.Fixed(lib), Model: func() *worry.Model { return model }, Jobs: jobs, Config: cfg, Log: log}
	if cfg.LLMEnabled() {
		b.LLM = llm.NewClient(llm.Config{APIKey: cfg.OpenAIKey, BaseURL: cfg.OpenAIBaseURL, Model: cfg.OpenAIModel, Timeout: cfg.LLMTimeout})
		b.LLMModel = cfg.OpenAIModel
	}
	engine, err := app.NewEngine(b)
	if err != nil {
		return err
	}
	// The same worker, job cards and かんたん登録 as on LINE; state and
	// leads stay in memory and vanish with the session.
	local, err := app.NewLocal(engine, chatUserID, *name)
	if err != nil {
		return err
	}
	c := &chat{local: local, out: bufio.NewWriter(io.out), json: *asJSON, prompt: !*asJSON && isTerminal(io.in)}
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

// chatConfig reads the LLM settings — the same variables and rules as the
// server — and nothing else: a terminal conversation needs no channel.
func chatConfig() (config.Config, error) {
	return config.Load(func(k string) string {
		switch k {
		case "OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_MODEL", "AKARI_LLM_TIMEOUT", "AKARI_JOBS_EVERY":
			return os.Getenv(k)
		}
		return ""
	})
}

// chat is one terminal conversation.
type chat struct {
	local  *app.Local
	out    *bufio.Writer
	json   bool
	prompt bool
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

// send hands one event to the worker, as LINE would.
func (c *chat) send(ctx context.Context, ev akari.Event) error {
	res, err := c.local.Send(ctx, ev)
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
		case len(m.Cards) > 0:
			if f, ok := line.Carousel(m.Cards); ok {
				fmt.Fprintf(c.out, "[カード] %s\n", f.AltText)
			}
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
	Messages     []chatMessage      `json:"messages"`
	QuickReplies []akari.QuickReply `json:"quickReplies,omitempty"`
}

// chatMessage is one message of the -json form: {"text": …} or
// {"flex": {"altText": …, "contents": {…}}}, the Flex drawn by the LINE
// adapter exactly as LINE would get it.
type chatMessage struct {
	Text string     `json:"text,omitempty"`
	Flex *line.Flex `json:"flex,omitempty"`
}

func chatMessages(ms []akari.Message) []chatMessage {
	out := make([]chatMessage, 0, len(ms))
	for _, m := range ms {
		if len(m.Cards) == 0 {
			out = append(out, chatMessage{Text: m.Text})
			continue
		}
		if f, ok := line.Carousel(m.Cards); ok {
			out = append(out, chatMessage{Flex: &f})
		}
	}
	return out
}

func (c *chat) printJSON(res conversation.Result) error {
	r := chatReply{Source: res.Source, Erased: res.Effects.Erase, Messages: chatMessages(res.Reply.Messages), QuickReplies: res.Reply.QuickReplies}
	if cl := res.Classification; cl != nil {
		r.Category, r.Crisis, r.Risk = cl.Category, cl.Crisis, akari.RiskOf(*cl)
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
