package line

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/linesim"
)

// lineEvents returns LINE's webhook events, as its documentation shows
// them (testdata/events.json: every kind Akari handles, with the members
// it does not read, and some it does not handle), and as the stand-in
// builds them.
func lineEvents(t testing.TB) map[string][]byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "events.json"))
	if err != nil {
		t.Fatal(err)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		t.Fatal(err)
	}
	out := make(map[string][]byte, len(raw)+6)
	for name, e := range raw {
		out[name] = e
	}
	b := linesim.NewBuilder(nil)
	for name, e := range map[string]linesim.Event{
		"stand-in text":     b.Text("U1", "子育てと両立できる仕事を探しています"),
		"stand-in sticker":  b.Sticker("U1"),
		"stand-in image":    b.Image("U1"),
		"stand-in follow":   b.Follow("U1"),
		"stand-in unfollow": b.Unfollow("U1"),
		"stand-in postback": b.PostbackEvent("U1", "action=interest&job=j1"),
	} {
		data, err := json.Marshal(e)
		if err != nil {
			t.Fatal(err)
		}
		out[name] = data
	}
	return out
}

// readPaths are the members Decode reads, by event type: the ones where
// it must agree with the SDK on every value, broken ones included. Of an
// event Akari does not handle, Decode reads only the type.
func readPaths(eventType, messageType string) []string {
	if !handled[eventType] {
		return []string{"type"}
	}
	paths := []string{"type", "webhookEventId", "timestamp", "source", "source.type", "source.userId", "deliveryContext", "deliveryContext.isRedelivery"}
	switch eventType {
	case "message":
		paths = append(paths, "replyToken", "message", "message.type")
		if messageType == "text" {
			paths = append(paths, "message.text")
		}
	case "follow":
		paths = append(paths, "replyToken")
	case "postback":
		paths = append(paths, "replyToken", "postback", "postback.data")
	}
	return paths
}

// values are what a member is replaced with: nothing (deleted), null, and
// every JSON type, some of them right.
var values = []string{
	"", "null", `""`, `"x"`, `"😊\u2028\"\\\ud83d\ude00\ud800"`, "0", "-1", "1.5", "1e3", "9007199254740993",
	"true", "false", "[]", "[1]", "{}", `{"a":1}`,
	`"message"`, `"follow"`, `"unfollow"`, `"postback"`, `"join"`, `"teleport"`,
	`"text"`, `"sticker"`, `"image"`, `"user"`, `"group"`, `"room"`,
	`{"type":"user","userId":"U2"}`, `{"type":"text","text":"別の"}`, `{"data":"d=1"}`, `{"isRedelivery":true}`,
}

// TestDecodeAgreesWithTheSDK holds Decode to the SDK-based decoder it
// replaced (sdkDecode), over LINE's events and, for each, every member
// Decode reads replaced by every kind of value, then random texts and
// broken bodies: the same event, or an error from both.
func TestDecodeAgreesWithTheSDK(t *testing.T) {
	n := 0
	check := func(t *testing.T, payload []byte) {
		t.Helper()
		n++
		got, err := Decode(payload)
		want, sdkErr := sdkDecode(payload)
		switch {
		case (err != nil) != (sdkErr != nil):
			t.Errorf("Decode(%s)\n = %+v, %v\nthe SDK: %+v, %v", payload, got, err, want, sdkErr)
		case err != nil && !strings.HasPrefix(err.Error(), "decode LINE event: "):
			t.Errorf("Decode(%s) error %q does not say what failed", payload, err)
		case err == nil:
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Decode(%s) differs from the SDK (-sdk +once):\n%s", payload, diff)
			}
		}
	}
	events := lineEvents(t)
	names := slices.Sorted(func(yield func(string) bool) {
		for k := range events {
			if !yield(k) {
				return
			}
		}
	})
	for _, name := range names {
		event := events[name]
		t.Run(name, func(t *testing.T) {
			check(t, event)
			var head struct {
				Type    string `json:"type"`
				Message struct {
					Type string `json:"type"`
				} `json:"message"`
			}
			if err := json.Unmarshal(event, &head); err != nil {
				t.Fatal(err)
			}
			for _, path := range readPaths(head.Type, head.Message.Type) {
				for _, v := range values {
					if p, ok := mutate(t, event, path, v); ok {
						check(t, p)
					}
				}
			}
		})
	}
	t.Run("random texts and data", func(t *testing.T) {
		rng := rand.New(rand.NewPCG(16, 3))
		alphabet := []rune("aZ09 あいうアイウ漢字！？、。😊👩‍👧\"\\/\n\t\r\x00\x01\x7f\u2028\u2029\ufffd<>&")
		for range 500 {
			r := make([]rune, rng.IntN(40))
			for i := range r {
				r[i] = alphabet[rng.IntN(len(alphabet))]
			}
			s, _ := json.Marshal(string(r))
			if p, ok := mutate(t, events["text"], "message.text", string(s)); ok {
				check(t, p)
			}
			if p, ok := mutate(t, events["postback"], "postback.data", string(s)); ok {
				check(t, p)
			}
		}
	})
	t.Run("broken bodies", func(t *testing.T) {
		text := events["stand-in text"]
		for i := range len(text) {
			check(t, text[:i]) // every cut of a good event
		}
		for _, body := range []string{
			"", "null", "[]", "5", `"x"`, "{}", `{"type":"message"}`, `{"type":"follow"} {}`,
			`{"type":"message",}`, `{"type":"message","message":{"type":"text","text":"\xff\xfe"},"source":{"type":"user","userId":"U1"}}`,
			`{"type":"message","message":{"type":"text","text":"a\ud800b"},"source":{"type":"user","userId":"U1"}}`,
		} {
			check(t, []byte(body))
		}
	})
	if n < 5000 {
		t.Errorf("compared %d inputs, want at least 5000", n)
	}
	t.Logf("Decode agrees with the SDK on %d inputs", n)
}

// TestDecodeWhereItParts pins where Decode and the SDK part ways, all on
// inputs LINE does not send. Decode reads the members it needs and leaves
// the rest, where the SDK checked every member of the event's type; and
// it matches names as encoding/json does, ignoring case, as the intake
// already did. The intake refuses an event whose head (type, mode, id,
// source) has the wrong JSON types, so none of these reaches the worker
// from LINE.
func TestDecodeWhereItParts(t *testing.T) {
	text := `"type":"message","webhookEventId":"E1","timestamp":1,"source":{"type":"user","userId":"U1"},"replyToken":"r"`
	tests := []struct {
		name    string
		payload string
		want    akari.Event // zero: Decode refuses it
		sdkErr  bool
	}{
		{"a mode of the wrong type", `{` + text + `,"mode":5,"message":{"type":"text","text":"hi"}}`,
			akari.Event{ID: "E1", Kind: akari.EventText, UserID: "U1", ReplyToken: "r", Text: "hi"}, true},
		{"a message id of the wrong type", `{` + text + `,"message":{"type":"text","id":5,"text":"hi"}}`,
			akari.Event{ID: "E1", Kind: akari.EventText, UserID: "U1", ReplyToken: "r", Text: "hi"}, true},
		{"broken emojis", `{` + text + `,"message":{"type":"text","text":"hi","emojis":"x"}}`,
			akari.Event{ID: "E1", Kind: akari.EventText, UserID: "U1", ReplyToken: "r", Text: "hi"}, true},
		{"broken postback params", `{"type":"postback","webhookEventId":"E1","timestamp":1,"source":{"type":"user","userId":"U1"},"postback":{"data":"d","params":5}}`,
			akari.Event{ID: "E1", Kind: akari.EventPostback, UserID: "U1", Data: "d"}, true},
		{"members named in another case", `{"Type":"message","webhookEventId":"E1","timestamp":1,"Source":{"type":"user","userId":"U1"},"message":{"type":"text","text":"hi"}}`,
			akari.Event{ID: "E1", Kind: akari.EventText, UserID: "U1", Text: "hi"}, true},
		{"a follow with a broken message member", `{"type":"follow","webhookEventId":"E1","timestamp":1,"source":{"type":"user","userId":"U1"},"message":5}`,
			akari.Event{}, false},
		{"an unfollow with a reply token of the wrong type", `{"type":"unfollow","webhookEventId":"E1","timestamp":1,"source":{"type":"user","userId":"U1"},"replyToken":5}`,
			akari.Event{}, false},
		{"a join with an id of the wrong type", `{"type":"join","webhookEventId":5,"source":{"type":"group","groupId":"C1"}}`,
			akari.Event{Kind: akari.EventOther}, true},
		{"a source of an unknown type with a numeric user", `{"type":"follow","webhookEventId":"E1","timestamp":1,"source":{"type":"satellite","userId":5}}`,
			akari.Event{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Decode([]byte(tt.payload))
			_, sdkErr := sdkDecode([]byte(tt.payload))
			if (sdkErr != nil) != tt.sdkErr {
				t.Errorf("the SDK: error %v, want an error: %v", sdkErr, tt.sdkErr)
			}
			if tt.want.Kind == "" {
				if err == nil {
					t.Errorf("Decode = %+v, want an error", got)
				}
				return
			}
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if tt.want.Kind != akari.EventOther {
				tt.want.At = time.UnixMilli(1)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Decode (-want +got):\n%s", diff)
			}
		})
	}
}

// BenchmarkDecode decodes a text event as LINE documents it, a postback
// and a follow, the SDK's way and once.
//
//	go test -run '^$' -bench Decode -benchmem ./internal/line/
func BenchmarkDecode(b *testing.B) {
	events := lineEvents(b)
	for _, name := range []string{"text", "postback", "follow"} {
		for _, d := range []struct {
			name   string
			decode func([]byte) (akari.Event, error)
		}{{"sdk", sdkDecode}, {"once", Decode[[]byte]}} {
			b.Run(fmt.Sprintf("%s/%s", name, d.name), func(b *testing.B) {
				b.SetBytes(int64(len(events[name])))
				for b.Loop() {
					if _, err := d.decode(events[name]); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
