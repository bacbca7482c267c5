package playbook

import (
	"strings"
	"testing"

	"github.com/akari-career/akari/internal/yamldoc"
)

func TestTemplateVariables(t *testing.T) {
	tests := []struct {
		name, src string
		want      string // fragment of the problem; "" means accepted
		line      int
	}{
		{"known field", "こんにちは{{.Name}}さん", "", 0},
		{"guarded field", "{{if .Name}}{{.Name}}さん{{end}}", "", 0},
		{"with changes dot", "{{with .Name}}{{.}}さん{{end}}", "", 0},
		{"unknown field", "{{.Nme}}", "unknown variable .Nme (available: .Name,", 1},
		{"unknown field in a branch zero values skip", "A\nB\n{{if .Name}}{{.Email}}{{end}}", "unknown variable .Email", 3},
		{"unknown field in else", "{{if .Name}}x{{else}}{{.Phone}}{{end}}", "unknown variable .Phone", 1},
		{"unknown root variable", "{{with .Name}}{{$.Age}}{{end}}", "unknown variable .Age", 1},
		{"field of a string", "{{.Name.First}}", "can't evaluate field First", 1},
		{"parse error", "line1\n{{if .Name}}", "unexpected EOF", 2},
		{"undefined function", "{{upper .Name}}", `function "upper" not defined`, 1},
		{"missing nested template", `{{template "x"}}`, `template "x" not defined`, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var probs Problems
			tm := parseTemplate(yamldoc.NewFile("messages.yaml", &probs), "greeting", tt.src, 10, MessageData{})
			if tt.want == "" {
				if len(probs) > 0 || tm == nil {
					t.Fatalf("refused a valid template: %v", probs)
				}
				return
			}
			if tm != nil {
				t.Error("returned a template despite the problem")
			}
			if len(probs) != 1 {
				t.Fatalf("got %d problems %v, want 1", len(probs), probs)
			}
			if !strings.Contains(probs[0].Msg, tt.want) {
				t.Errorf("problem %q, want it to contain %q", probs[0].Msg, tt.want)
			}
			// The template starts on file line 10.
			if want := 10 + tt.line - 1; probs[0].Line != want {
				t.Errorf("line %d, want %d", probs[0].Line, want)
			}
		})
	}
}

func TestPersonaVariables(t *testing.T) {
	var probs Problems
	parseTemplate(yamldoc.NewFile("persona.md", &probs), "persona", "{{.Name}}{{.Worry}}{{.Understand}}{{.Insights}}{{.Stage}}", 1, PersonaData{})
	if len(probs) != 1 || !strings.Contains(probs[0].Msg, "unknown variable .Stage (available: .Name, .Worry, .Understand, .Insights)") {
		t.Errorf("problems = %v", probs)
	}
}
