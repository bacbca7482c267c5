package playbook

import (
	"io"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"text/template"
	"text/template/parse"

	"github.com/akari-career/akari/internal/yamldoc"
)

// tmplErrLine finds the line in "template: name:LINE[:COL]: msg".
var tmplErrLine = regexp.MustCompile(`^template: [^:]*:(\d+)(?::\d+)?: (.*)$`)

// parseTemplate parses src as a text/template with missingkey=error and
// checks every variable it uses against the fields of data's type. base is
// the file line the template text starts on, so problems point into the
// file. It returns nil after reporting when the template is unusable.
func parseTemplate(c yamldoc.File, name, src string, base int, data any) *template.Template {
	t, err := template.New(name).Option("missingkey=error").Parse(src)
	if err != nil {
		line, msg := splitTemplateErr(err)
		c.Add(base+max(line, 1)-1, "template %s: %s", name, msg)
		return nil
	}
	fields := fieldNames(data)
	bad := false
	check := func(ident string, n parse.Node) {
		if fields[ident] {
			return
		}
		bad = true
		location, _ := t.Tree.ErrorContext(n) // "name:line:col"
		line := locationLine(location)
		c.Add(base+max(line, 1)-1, "template %s: unknown variable .%s (available: %s)", name, ident, fieldList(data))
	}
	walk(t.Tree.Root, true, check)
	if bad {
		return nil
	}
	// Walking cannot see everything (a nested template, a method call on
	// a string); executing against zero values catches the rest.
	if err := t.Execute(io.Discard, data); err != nil {
		line, msg := splitTemplateErr(err)
		c.Add(base+max(line, 1)-1, "template %s: %s", name, msg)
		return nil
	}
	return t
}

// walk visits the fields a template reads from its data. root says whether
// dot is still the data itself: inside range and with it is not, and
// fields there are left to execution.
func walk(n parse.Node, root bool, check func(string, parse.Node)) {
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return
		}
		for _, x := range n.Nodes {
			walk(x, root, check)
		}
	case *parse.ActionNode:
		walk(n.Pipe, root, check)
	case *parse.PipeNode:
		if n == nil {
			return
		}
		for _, cmd := range n.Cmds {
			walk(cmd, root, check)
		}
	case *parse.CommandNode:
		for _, a := range n.Args {
			walk(a, root, check)
		}
	case *parse.FieldNode:
		if root {
			check(n.Ident[0], n)
		}
	case *parse.VariableNode:
		if len(n.Ident) > 1 && n.Ident[0] == "$" {
			check(n.Ident[1], n)
		}
	case *parse.ChainNode:
		walk(n.Node, root, check)
	case *parse.IfNode:
		walk(n.Pipe, root, check)
		walk(n.List, root, check)
		walk(n.ElseList, root, check)
	case *parse.RangeNode:
		walk(n.Pipe, root, check)
		walk(n.List, false, check)
		walk(n.ElseList, root, check)
	case *parse.WithNode:
		walk(n.Pipe, root, check)
		walk(n.List, false, check)
		walk(n.ElseList, root, check)
	case *parse.TemplateNode:
		walk(n.Pipe, root, check)
	}
}

func fieldNames(data any) map[string]bool {
	out := map[string]bool{}
	t := reflect.TypeOf(data)
	for i := range t.NumField() {
		if f := t.Field(i); f.IsExported() {
			out[f.Name] = true
		}
	}
	return out
}

func fieldList(data any) string {
	t := reflect.TypeOf(data)
	var names []string
	for i := range t.NumField() {
		if f := t.Field(i); f.IsExported() {
			names = append(names, "."+f.Name)
		}
	}
	return strings.Join(names, ", ")
}

// splitTemplateErr pulls the template line out of a text/template error.
func splitTemplateErr(err error) (int, string) {
	s := err.Error()
	if m := tmplErrLine.FindStringSubmatch(s); m != nil {
		n, _ := strconv.Atoi(m[1])
		return n, m[2]
	}
	return 0, s
}

// locationLine reads the line out of ErrorContext's "name:line:col".
func locationLine(location string) int {
	parts := strings.Split(location, ":")
	if len(parts) < 3 {
		return 0
	}
	n, _ := strconv.Atoi(parts[len(parts)-2])
	return n
}
