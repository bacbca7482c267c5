package app

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestBrokenPromptsSayItOnce(t *testing.T) {
	_, err := loadPrompts(fstest.MapFS{"persona.md": {Data: []byte("{{.Nope")}}, nil)
	if err == nil {
		t.Fatal("broken prompts loaded")
	}
	if n := strings.Count(err.Error(), "load prompts"); n != 1 {
		t.Errorf("error %q says \"load prompts\" %d times, want once", err, n)
	}
}
