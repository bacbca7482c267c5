package app

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"
	"time"

	"github.com/akari-career/akari/internal/advice"
	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/console"
	"github.com/akari-career/akari/internal/conversation"
	"github.com/akari-career/akari/internal/llm"
	"github.com/akari-career/akari/internal/playbook"
	"github.com/akari-career/akari/internal/scenario"
	"github.com/akari-career/akari/internal/worry"
	"github.com/akari-career/akari/internal/yamldoc"
)

// Studio returns what the console's operator pages need from this app:
// the live prompts and classifier, the offline advisor, the LLM when one is
// configured, the daily figures, the risk changes and the conversation
// evals. Nothing it does is written to disk or swapped live.
func (a *App) Studio() console.Studio { return &studio{a: a} }

// Simulator returns the console's simulator, which drives the in-process
// LINE stand-in; nil outside dev mode, where there is none and simulated
// events must never reach the real channel.
func (a *App) Simulator() console.Simulator {
	if !a.cfg.DevMode {
		return nil
	}
	return devSimulator{a}
}

// studio implements console.Studio. It reads the app's prompt store on
// every call, so a SIGHUP reload shows at once.
type studio struct{ a *App }

var _ console.Studio = (*studio)(nil)

func (s *studio) PromptFiles() []string {
	return promptFiles(s.a.prompts.fsys)
}

// promptFiles lists the editable prompt files present in fsys.
func promptFiles(fsys fs.FS) []string {
	var out []string
	for _, name := range [...]string{"persona.md", "safety.md", "messages.yaml", "crisis.yaml"} {
		if _, err := fs.Stat(fsys, name); err == nil {
			out = append(out, name)
		}
	}
	for _, dir := range []string{"playbooks", "categories"} {
		names, _ := fs.Glob(fsys, dir+"/*.yaml")
		slices.Sort(names)
		out = append(out, names...)
	}
	return out
}

func (s *studio) PromptFile(name string) (string, error) {
	if !slices.Contains(s.PromptFiles(), name) {
		return "", fmt.Errorf("prompt file %q: %w", name, akari.ErrNotFound)
	}
	b, err := fs.ReadFile(s.a.prompts.fsys, name)
	if err != nil {
		return "", fmt.Errorf("read prompt file %s: %w", name, err)
	}
	return string(b), nil
}

func (s *studio) Eval(lines []worry.Labelled) worry.Report {
	return worry.Evaluate(s.a.prompts.model(), lines)
}

func (s *studio) CrisisSets() ([]worry.SetReport, error) {
	return s.a.prompts.model().CrisisSetReports()
}

func (s *studio) Stats(ctx context.Context, days int) ([]akari.DayStats, error) {
	return s.a.store.Stats(ctx, days)
}

func (s *studio) RiskChanges(ctx context.Context, n int) ([]akari.RiskChange, error) {
	return s.a.store.RiskChanges(ctx, n)
}

// Scenarios plays the scenarios of the prompts the app serves (the folder
// of AKARI_PROMPTS_DIR as it is now, or the embedded prompts).
func (s *studio) Scenarios(ctx context.Context) (scenario.Report, error) {
	return PlayScenarios(ctx, s.a.prompts.fsys, s.a.log)
}

// Try runs one message the way the engine would up to the advice, with
// the live prompts or with one file replaced in memory.
func (s *studio) Try(ctx context.Context, in console.TryInput) (console.TryResult, error) {
	lib, model := s.a.prompts.library(), s.a.prompts.model()
	var res console.TryResult
	if in.File != "" {
		if !slices.Contains(s.PromptFiles(), in.File) {
			return res, fmt.Errorf("prompt file %q: %w", in.File, akari.ErrInvalid)
		}
		res.Edited = in.File
		var err error
		lib, model, res.Problems, err = loadOverlay(s.a.prompts.fsys, in.File, in.Content, model)
		if err != nil || len(res.Problems) > 0 {
			return res, err
		}
	}

	c := model.ClassifyInContext(in.Text, in.Current)
	res.Classification = c
	res.Label = lib.Label(c.Category)
	res.LowConfidence = c.Confidence < MinConfidence && !in.Current.Valid()
	res.CrisisSignal, _ = model.CrisisSignal(in.Text)

	st := &akari.State{UserID: "Uplayground", Profile: akari.Profile{DisplayName: in.Name}, Stage: akari.StageListening}
	if in.Current.Valid() {
		st.Category, st.Stage = in.Current, akari.StageGuiding
	}
	req := akari.AdviceRequest{Text: s.a.mask.Mask(in.Text), Classification: c, State: st}

	if p, err := llm.PreviewPrompt(lib, req, llm.AdvisorOptions{}); err != nil {
		res.PromptErr = err.Error()
	} else {
		res.Prompt = console.PromptPreview{System: p.System, Tokens: p.Tokens, Skipped: p.Skipped}
		for _, m := range p.Messages {
			res.Prompt.Messages = append(res.Prompt.Messages, console.PromptMessage{Role: m.Role, Content: m.Content})
		}
	}
	brain := Brain{Library: advice.Fixed(lib), Model: func() *worry.Model { return model }, Jobs: s.a.jobs, Config: s.a.cfg, Log: s.a.log}
	res.Offline = try(ctx, brain, st, in.Text)
	if s.a.llm != nil {
		// The app's client, the edited prompts, and no retries or
		// fallback: the operator is waiting and wants the model's answer.
		brain.LLM, brain.LLMModel, brain.Trial = s.a.llm, s.a.cfg.OpenAIModel, true
		r := try(ctx, brain, st, in.Text)
		res.LLM = &r
	}
	return res, nil
}

// try runs text as the next message of a conversation in state st, through
// the same worker and engine as a message from LINE, in memory.
func try(ctx context.Context, b Brain, st *akari.State, text string) console.TryReply {
	began := time.Now()
	var r console.TryReply
	res, err := func() (conversation.Result, error) {
		engine, err := NewEngine(b)
		if err != nil {
			return conversation.Result{}, err
		}
		local, err := NewLocal(engine, st.UserID, st.Profile.DisplayName)
		if err != nil {
			return conversation.Result{}, err
		}
		if err := local.Store().Put(st); err != nil {
			return conversation.Result{}, err
		}
		return local.Send(ctx, akari.Event{Kind: akari.EventText, Text: text})
	}()
	r.Took = time.Since(began)
	if err != nil {
		r.Err = err.Error()
	}
	for _, m := range res.Reply.Messages {
		if m.Text != "" {
			r.Texts = append(r.Texts, m.Text)
		}
	}
	r.Source = res.Source
	return r
}

// loadOverlay loads the prompts of base with name's content replaced, in
// memory. It returns lint problems (file:line: msg) instead of a library
// when the edited files do not pass; the classifier is retrained only when
// the edit touches its files, else live is kept.
func loadOverlay(base fs.FS, name, content string, live *worry.Model) (*playbook.Library, *worry.Model, []string, error) {
	fsys := overlayFS{base: base, name: name, data: []byte(content)}
	if problems := LintPrompts(fsys); len(problems) > 0 {
		return nil, nil, problems, nil
	}
	lib, err := playbook.Load(fsys)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("load edited prompts: %w", err)
	}
	model := live
	if name == "crisis.yaml" || strings.HasPrefix(name, "categories/") {
		if model, err = worry.Load(fsys); err != nil {
			return nil, nil, nil, fmt.Errorf("train on edited examples: %w", err)
		}
	}
	return lib, model, nil, nil
}

// LintPrompts runs both linters of the prompt files — Akari's words and the
// classifier's examples — and returns every problem as "file:line: msg", in
// file and line order. `akari prompts lint` and the playground both use it.
func LintPrompts(fsys fs.FS) []string {
	var all yamldoc.Problems
	all = append(all, playbook.Lint(fsys)...)
	all = append(all, worry.Lint(fsys)...)
	all = append(all, scenario.Lint(fsys)...)
	all.Sort()
	out := make([]string, len(all))
	for i, p := range all {
		out[i] = p.String()
	}
	return out
}

// overlayFS is base with one file's content replaced, in memory only: the
// playground tries an edited prompt file without writing it anywhere.
type overlayFS struct {
	base fs.FS
	name string
	data []byte
}

var (
	_ fs.ReadFileFS = overlayFS{}
	_ fs.ReadDirFS  = overlayFS{}
)

func (o overlayFS) Open(name string) (fs.File, error) {
	if name != o.name {
		f, err := o.base.Open(name)
		if d, ok := f.(fs.ReadDirFile); ok && err == nil && path.Dir(o.name) == name {
			return overlayDir{d, o}, nil
		}
		return f, err
	}
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	return &memFile{Reader: bytes.NewReader(o.data), info: memInfo{name: path.Base(name), size: int64(len(o.data))}}, nil
}

func (o overlayFS) ReadFile(name string) ([]byte, error) {
	if name == o.name {
		return bytes.Clone(o.data), nil
	}
	return fs.ReadFile(o.base, name)
}

// ReadDir lists base's entries, with the replaced file's size as edited.
func (o overlayFS) ReadDir(name string) ([]fs.DirEntry, error) {
	entries, err := fs.ReadDir(o.base, name)
	if err != nil {
		return nil, err
	}
	return o.patch(name, entries), nil
}

func (o overlayFS) patch(dir string, entries []fs.DirEntry) []fs.DirEntry {
	for i, e := range entries {
		if path.Join(dir, e.Name()) == o.name {
			entries[i] = fs.FileInfoToDirEntry(memInfo{name: e.Name(), size: int64(len(o.data))})
		}
	}
	return entries
}

// overlayDir is the directory holding the replaced file, listing it as
// edited.
type overlayDir struct {
	fs.ReadDirFile
	o overlayFS
}

func (d overlayDir) ReadDir(n int) ([]fs.DirEntry, error) {
	entries, err := d.ReadDirFile.ReadDir(n)
	return d.o.patch(path.Dir(d.o.name), entries), err
}

type memFile struct {
	*bytes.Reader
	info memInfo
}

func (f *memFile) Stat() (fs.FileInfo, error) { return f.info, nil }
func (f *memFile) Close() error               { return nil }

var _ io.ReaderAt = (*memFile)(nil)

type memInfo struct {
	name string
	size int64
}

func (i memInfo) Name() string       { return i.name }
func (i memInfo) Size() int64        { return i.size }
func (i memInfo) Mode() fs.FileMode  { return 0o444 }
func (i memInfo) ModTime() time.Time { return time.Time{} }
func (i memInfo) IsDir() bool        { return false }
func (i memInfo) Sys() any           { return nil }

// errNoStandIn refuses simulator calls before Open started the stand-in.
var errNoStandIn = errors.New("the LINE stand-in is not running")
