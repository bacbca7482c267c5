package kanaread

import (
	"bytes"
	"io/fs"
	"testing"

	"github.com/ikawaha/kagome-dict/ipa"
	"github.com/ikawaha/kagome/v2/tokenizer"

	"github.com/akari-career/akari/prompts"
)

func TestRead(t *testing.T) {
	tok, err := tokenizer.New(ipa.Dict(), tokenizer.OmitBosEos())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text   string
		spaced bool
		want   string
	}{
		{"会社を辞めたい", false, "かいしゃをやめたい"},
		{"会社を辞めたい", true, "かいしゃを やめたい"},
		{"上司に死ねと言われた", true, "じょうしに しねと いわれた"},
		{"バイトが死ぬほど忙しい", false, "ばいとがしぬほどいそがしい"},
		{"もう無理w", true, "もう むり w"},
	} {
		if got := read(tok, tc.text, tc.spaced); got != tc.want {
			t.Errorf("read(%q, spaced %v) = %q, want %q", tc.text, tc.spaced, got, tc.want)
		}
	}
}

// TestKanaReadIsCurrent holds the generated file to the corpus and the
// examples it is read from.
func TestKanaReadIsCurrent(t *testing.T) {
	want, err := Generate(prompts.FS())
	if err != nil {
		t.Fatal(err)
	}
	got, err := fs.ReadFile(prompts.FS(), File)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("prompts/%s is not what the corpus and the examples read aloud give: run go run ./cmd/akari-kanaread", File)
	}
}
