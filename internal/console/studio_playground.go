package console

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/akari-career/akari/internal/akari"
)

// maxTryText bounds the playground's message, as LINE bounds a text.
const maxTryText = 5000

// tryTimeout bounds one playground run, the model's answer included.
const tryTimeout = 40 * time.Second

type playgroundView struct {
	Available  bool
	Text       string
	Current    string
	Name       string
	Categories []option
	Files      []option
	File       string
	Content    string
	Loaded     bool // the file's live content was just loaded
	Result     *TryResult
	Error      string
}

// playground shows the empty form; ?file= preloads a prompt file.
func (h *Handler) playground(w http.ResponseWriter, r *http.Request) error {
	v := h.playgroundForm(r.URL.Query().Get("text"), r.URL.Query().Get("current"), r.URL.Query().Get("name"), r.URL.Query().Get("file"))
	if v.Available && v.File != "" {
		if err := h.loadPromptFile(&v); err != nil {
			return err
		}
	}
	return h.renderStudio(w, r, "studio_playground.html", "プレイグラウンド", "playground", v)
}

// playgroundRun loads a prompt file into the editor (action=load) or runs
// the message through the classifier, the prompt builder and the advisors.
func (h *Handler) playgroundRun(w http.ResponseWriter, r *http.Request) error {
	f := r.PostForm
	v := h.playgroundForm(f.Get("text"), f.Get("current"), f.Get("name"), f.Get("file"))
	if !v.Available {
		return fmt.Errorf("studio is not configured: %w", akari.ErrNotFound)
	}
	v.Content = strings.ReplaceAll(f.Get("content"), "\r\n", "\n")
	if f.Get("action") == "load" || (v.File != "" && v.Content == "") {
		if err := h.loadPromptFile(&v); err != nil {
			return err
		}
		if f.Get("action") == "load" {
			return h.renderStudio(w, r, "studio_playground.html", "プレイグラウンド", "playground", v)
		}
	}
	in := TryInput{Text: strings.TrimSpace(v.Text), Current: akari.Category(v.Current), Name: strings.TrimSpace(v.Name)}
	switch {
	case in.Text == "":
		v.Error = "メッセージを入力してください。"
	case utf8.RuneCountInString(in.Text) > maxTryText:
		v.Error = fmt.Sprintf("メッセージは%d文字までです。", maxTryText)
	case in.Current != "" && !in.Current.Valid():
		v.Error = "会話中のお悩みの選び方が正しくありません。"
	}
	if v.Error != "" {
		return h.renderStudio(w, r, "studio_playground.html", "プレイグラウンド", "playground", v)
	}
	if v.File != "" {
		in.File, in.Content = v.File, v.Content
	}
	ctx, cancel := context.WithTimeout(r.Context(), tryTimeout)
	defer cancel()
	res, err := h.opt.Studio.Try(ctx, in)
	if err != nil {
		return err
	}
	v.Result = &res
	return h.renderStudio(w, r, "studio_playground.html", "プレイグラウンド", "playground", v)
}

// playgroundForm refills the form from what was sent; unknown files and
// categories are dropped rather than echoed.
func (h *Handler) playgroundForm(text, current, name, file string) playgroundView {
	v := playgroundView{Available: h.opt.Studio != nil, Text: text, Name: name}
	if akari.Category(current).Valid() {
		v.Current = current
	}
	v.Categories = append(v.Categories, option{Value: "", Label: "（なし：会話の最初のメッセージ）", Selected: v.Current == ""})
	for _, c := range akari.Categories() {
		v.Categories = append(v.Categories, option{Value: string(c), Label: h.opt.Label(c), Selected: v.Current == string(c)})
	}
	if !v.Available {
		return v
	}
	files := h.opt.Studio.PromptFiles()
	if slices.Contains(files, file) {
		v.File = file
	}
	v.Files = append(v.Files, option{Value: "", Label: "（編集しない：公開中のプロンプトで試す）", Selected: v.File == ""})
	for _, name := range files {
		v.Files = append(v.Files, option{Value: name, Label: name, Selected: v.File == name})
	}
	return v
}

func (h *Handler) loadPromptFile(v *playgroundView) error {
	content, err := h.opt.Studio.PromptFile(v.File)
	if err != nil {
		return fmt.Errorf("load prompt file %s: %w", v.File, err)
	}
	v.Content, v.Loaded = content, true
	return nil
}

// roleLabel names a chat role for operators.
func roleLabel(role string) string {
	switch role {
	case "system":
		return "システム"
	case "user":
		return "相談者"
	case "assistant":
		return "あかり"
	}
	return role
}

// sourceLabel names who wrote a reply.
func sourceLabel(source string) string {
	switch source {
	case "offline":
		return "オフライン（プレイブック）"
	case "llm":
		return "LLM"
	case "guard":
		return "定型文（指示の書き換え対策）"
	case "crisis":
		return "定型文（相談窓口のご案内）"
	}
	return source
}

// skippedLabel explains why the model would not be asked.
func skippedLabel(reason string) string {
	switch reason {
	case "crisis":
		return "危機のサインがあるため、LLMには送らず、相談窓口の定型文で答えます。"
	case "injection":
		return "指示の書き換えを試みるメッセージのため、LLMには送らず定型文で答えます。"
	}
	return reason
}
