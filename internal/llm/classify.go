package llm

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"strings"
	"sync/atomic"

	openai "github.com/sashabaranov/go-openai"
	"github.com/sashabaranov/go-openai/jsonschema"

	"github.com/akari-career/akari/internal/akari"
)

// Classifier asks the model which worry a message is about, in one chat
// completion constrained by a JSON schema (structured output). Any answer
// that does not fit the schema is an error, so the caller falls back on the
// offline classifier.
type Classifier struct {
	client *openai.Client
	model  string
	system string
	format *openai.ChatCompletionResponseFormat
	opt    ClassifierOptions
	// jsonObject is set once the endpoint refused json_schema: from then
	// on the classifier asks for a plain JSON object, the shape given in
	// the prompt, and checks the answer as strictly.
	jsonObject atomic.Bool
}

// ClassifierOptions tune a Classifier. Zero values take the defaults.
type ClassifierOptions struct {
	// Breaker guards the endpoint; share the advisor's so a hanging model
	// is skipped by both. nil: one of its own.
	Breaker  *Breaker
	Observer Observer     // calls and tokens under purpose "classify"; nil: none
	Log      *slog.Logger // the json_schema refusal is logged here
}

var _ akari.Classifier = (*Classifier)(nil)

// NewClassifier builds a classifier on client. labels describes each
// category in a line of Japanese (label and description, as
// worry.Model.Labels gives them); categories missing from it are still
// allowed, by id only.
func NewClassifier(client *openai.Client, model string, labels map[akari.Category]string) *Classifier {
	return NewClassifierWith(client, model, labels, ClassifierOptions{})
}

// NewClassifierWith is NewClassifier with options.
func NewClassifierWith(client *openai.Client, model string, labels map[akari.Category]string, opt ClassifierOptions) *Classifier {
	if model == "" {
		model = DefaultModel
	}
	if opt.Breaker == nil {
		opt.Breaker = NewBreaker(0, 0, nil)
	}
	if opt.Observer == nil {
		opt.Observer = nopObserver{}
	}
	if opt.Log == nil {
		opt.Log = slog.New(slog.DiscardHandler)
	}
	return &Classifier{
		client: client,
		model:  model,
		opt:    opt,
		system: classifierPrompt(labels),
		format: &openai.ChatCompletionResponseFormat{
			Type: openai.ChatCompletionResponseFormatTypeJSONSchema,
			JSONSchema: &openai.ChatCompletionResponseFormatJSONSchema{
				Name:   "worry_classification",
				Schema: classificationSchema(),
				Strict: true,
			},
		},
	}
}

// classificationSchema is the answer's shape. Strict mode requires every
// property to be required and no others allowed.
func classificationSchema() *jsonschema.Definition {
	var ids []string
	for _, c := range akari.Categories() {
		ids = append(ids, string(c))
	}
	return &jsonschema.Definition{
		Type: jsonschema.Object,
		Properties: map[string]jsonschema.Definition{
			"category": {Type: jsonschema.String, Enum: ids,
				Description: "the worry category id"},
			"crisis": {Type: jsonschema.Boolean,
				Description: "true on any sign of suicidal thoughts or self-harm, direct or indirect"},
			"risk": {Type: jsonschema.String, Enum: []string{string(akari.RiskNone), string(akari.RiskConcern), string(akari.RiskHigh)},
				Description: "none, concern (passive wish, hopelessness touching on death) or high (explicit wish, plan, method, self-harm)"},
			"confidence": {Type: jsonschema.Number,
				Description: "how sure the category is, 0 to 1"},
			"summary": {Type: jsonschema.String,
				Description: "the worry in one short Japanese sentence"},
		},
		Required:             []string{"category", "crisis", "risk", "confidence", "summary"},
		AdditionalProperties: false,
	}
}

// classifierPrompt explains the task. The instructions are in English, which
// models follow most reliably; the category descriptions are the operators'
// Japanese ones.
func classifierPrompt(labels map[akari.Category]string) string {
	var b strings.Builder
	b.WriteString(`You classify one message that a person in Japan sent to Akari, a career counsellor on LINE.
Answer with JSON only, following the schema.

category: the one worry the message is mainly about. Ids and what they mean:
`)
	for _, c := range akari.Categories() {
		fmt.Fprintf(&b, "- %s", c)
		if l := labels[c]; l != "" {
			fmt.Fprintf(&b, ": %s", l)
		}
		b.WriteByte('\n')
	}
	b.WriteString(`Boundaries: remote_work_envy is only about coldness or envy that comes from remote work or telework; other trouble with a boss or colleagues is workplace_relationships. resignation is about quitting the current job; career_change is about finding the next one. A greeting, thanks, a question about Akari or small talk is other.

crisis: true when the message shows any sign of suicidal thoughts or self-harm, said directly or indirectly (for example 死にたい, 消えたい, いなくなりたい, 明日が来なければいい, 全部終わりにしたい, 生きてる意味がない, リスカ, OD). Idioms such as 死ぬほど眠い or 死ぬほど忙しい are not a crisis, nor is someone else saying 死ね to the person (that is harassment), nor ending a project or leaving a company (プロジェクトを終わりにしたい, この会社から消えたい). When unsure, answer true.

risk: high for an explicit wish to die, a plan, a method or place (pills, a rope, a platform, a rooftop) or self-harm; concern for a passive wish (目が覚めなければいいのに, 事故にあえばいいのに, 消えてしまいたい) or hopelessness touching on death (生きてる意味がない, なんで生きてるんだろう); none otherwise. crisis is true exactly when risk is concern or high.

confidence: from 0 to 1, how likely the category is right.
summary: the worry in one short Japanese sentence, without names, phone numbers or e-mail addresses.`)
	return b.String()
}

// answer is the model's JSON; pointers tell a missing field from a zero.
type answer struct {
	Category   *string  `json:"category"`
	Crisis     *bool    `json:"crisis"`
	Risk       *string  `json:"risk"`
	Confidence *float64 `json:"confidence"`
	Summary    *string  `json:"summary"`
}

// Classify implements akari.Classifier with one chat completion, tried
// once, through the breaker: the offline classifier answers when it fails,
// faster than a retry.
func (c *Classifier) Classify(ctx context.Context, text string) (akari.Classification, error) {
	resp, err := c.ask(ctx, text)
	if err != nil && !c.jsonObject.Load() && schemaRefused(err) {
		c.jsonObject.Store(true)
		c.opt.Log.Warn("the LLM endpoint refuses json_schema response formats; classifying with json_object from now on", "err", err)
		resp, err = c.ask(ctx, text)
	}
	if err != nil {
		return akari.Classification{}, fmt.Errorf("llm classify: %w", err)
	}
	if len(resp.Choices) == 0 {
		return akari.Classification{}, errors.New("llm classify: no choices in the answer")
	}
	got, err := parseAnswer(resp.Choices[0].Message.Content)
	if err != nil {
		return akari.Classification{}, fmt.Errorf("llm classify: %w", err)
	}
	return got, nil
}

func (c *Classifier) ask(ctx context.Context, text string) (openai.ChatCompletionResponse, error) {
	system, format := c.system, c.format
	if c.jsonObject.Load() {
		system += "\n\nAnswer with one JSON object with exactly the keys category, crisis, risk, confidence and summary."
		format = &openai.ChatCompletionResponseFormat{Type: openai.ChatCompletionResponseFormatTypeJSONObject}
	}
	return complete(ctx, c.client, c.opt.Breaker, c.opt.Observer, "classify", 0, 0, openai.ChatCompletionRequest{
		Model: c.model,
		Messages: []openai.ChatCompletionMessage{
			{Role: openai.ChatMessageRoleSystem, Content: system},
			{Role: openai.ChatMessageRoleUser, Content: text},
		},
		ResponseFormat: format,
		Temperature:    0,
	})
}

// schemaRefused reports whether the endpoint refused the request because
// it does not support json_schema response formats (older vLLM, Ollama and
// Azure deployments answer 400 naming response_format or json_schema).
func schemaRefused(err error) bool {
	var apiErr *openai.APIError
	var reqErr *openai.RequestError
	msg := ""
	switch {
	case errors.As(err, &apiErr) && apiErr.HTTPStatusCode >= 400 && apiErr.HTTPStatusCode < 500:
		msg = apiErr.Message
	case errors.As(err, &reqErr) && reqErr.HTTPStatusCode >= 400 && reqErr.HTTPStatusCode < 500:
		msg = reqErr.Error()
	default:
		return false
	}
	msg = strings.ToLower(msg)
	return strings.Contains(msg, "json_schema") || strings.Contains(msg, "response_format") || strings.Contains(msg, "response format")
}

// parseAnswer checks the model's JSON against what the schema promised;
// models and compatible servers do not always keep the promise.
func parseAnswer(content string) (akari.Classification, error) {
	var a answer
	dec := json.NewDecoder(strings.NewReader(content))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&a); err != nil {
		return akari.Classification{}, fmt.Errorf("malformed answer %q: %w", truncate(content, 200), err)
	}
	if a.Category == nil || a.Crisis == nil || a.Confidence == nil {
		return akari.Classification{}, fmt.Errorf("answer %q lacks category, crisis or confidence", truncate(content, 200))
	}
	cat, err := akari.ParseCategory(*a.Category)
	if err != nil {
		return akari.Classification{}, err
	}
	if conf := *a.Confidence; math.IsNaN(conf) || conf < 0 || conf > 1 {
		return akari.Classification{}, fmt.Errorf("confidence %v outside 0..1", conf)
	}
	// Older or looser servers may leave risk out; crisis alone then counts
	// as high (akari.RiskOf). A level and a crisis flag that disagree
	// resolve to the graver of the two.
	risk := akari.RiskNone
	if a.Risk != nil {
		if risk, err = akari.ParseRisk(*a.Risk); err != nil {
			return akari.Classification{}, err
		}
	}
	if *a.Crisis && !risk.Crisis() {
		risk = akari.RiskHigh
	}
	out := akari.Classification{Category: cat, Crisis: risk.Crisis(), Risk: risk, Confidence: *a.Confidence, Source: "llm"}
	if a.Summary != nil {
		out.Summary = strings.TrimSpace(*a.Summary)
	}
	return out, nil
}

func truncate(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
