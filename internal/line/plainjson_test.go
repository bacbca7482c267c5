package line

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/akari-career/akari/internal/linesim"
)

// plainInputs are events and webhook bodies to hold the one-pass reader
// to encoding/json with: LINE's events and the stand-in's; each member the
// reader reads replaced by every kind of value; texts of every kind of
// character; every cut of an event and of a body; bodies of several
// events, with spaces, members named twice or in another case.
func plainInputs(t testing.TB) (events, bodies [][]byte) {
	t.Helper()
	byName := lineEvents(t)
	names := slices.Sorted(func(yield func(string) bool) {
		for k := range byName {
			if !yield(k) {
				return
			}
		}
	})
	for _, name := range names {
		ev := byName[name]
		events = append(events, ev)
		for _, path := range []string{"type", "mode", "webhookEventId", "timestamp", "replyToken", "source", "source.type", "source.userId",
			"deliveryContext", "deliveryContext.isRedelivery", "message", "message.type", "message.text", "postback", "postback.data"} {
			for _, v := range values {
				if p, ok := mutate(t, ev, path, v); ok {
					events = append(events, p)
				}
			}
		}
	}
	rng := rand.New(rand.NewPCG(16, 4))
	alphabet := []rune("aZ09 あいうアイウ漢字！？、。😊👩‍👧\"\\/\n\t\r\b\f\x00\x01\x7f\u2028\u2029\ufffd<>&")
	for range 500 {
		r := make([]rune, rng.IntN(40))
		for i := range r {
			r[i] = alphabet[rng.IntN(len(alphabet))]
		}
		s, _ := json.Marshal(string(r))
		if p, ok := mutate(t, byName["text"], "message.text", string(s)); ok {
			events = append(events, p)
		}
		// As LINE writes texts: no escapes but the ones JSON needs.
		var raw bytes.Buffer
		enc := json.NewEncoder(&raw)
		enc.SetEscapeHTML(false)
		enc.Encode(string(r))
		if p, ok := mutate(t, byName["text"], "message.text", strings.TrimSpace(raw.String())); ok {
			events = append(events, p)
		}
	}
	text := byName["stand-in text"]
	for i := range len(text) {
		events = append(events, text[:i])
	}
	for _, s := range []string{
		"", " ", "null", "[]", "5", `"x"`, "{}", `{"type":"message"}`, `{"type":"follow"} {}`, `{"type":"message",}`,
		`{"type":"message","type":"follow"}`, `{"Type":"message"}`, `{"TYPE":"message"}`, `{"typ\u0065":"message"}`,
		"{\"\u017fource\":{\"type\":\"user\"}}", `{"source":{"type":"user"},"source":{"userId":"U1"}}`,
		`{"timestamp":01}`, `{"timestamp":-0}`, `{"timestamp":-}`, `{"timestamp":1.}`, `{"timestamp":1e}`, `{"timestamp":123456789012345678}`,
		`{"timestamp":1234567890123456789}`, `{"timestamp":9223372036854775808}`, `{"a":[1,]}`, `{"a":[,1]}`, `{"a":[1 2]}`, `{"a":{"b":1,}}`,
		`{"a":"\x"}`, `{"a":"\u12"}`, `{"a":"\u12g4"}`, "{\"a\":\"\t\"}", `{"a":tru}`, `{"a":nul}`, `{"a":falsey}`, `{"a":-01}`, `{"a":1.5e+}`,
		"\ufeff{}", "{}\x00", `{"message":{"type":"text","text":"\xff"}}`, `{"message":{"type":"text","text":"\ud83d\ude00"}}`,
		`{"deliveryContext":{"isRedelivery":true,"isRedelivery":false}}`, `{"deliveryContext":{"isRedelivery":1}}`,
		strings.Repeat(`{"a":`, 70) + "1" + strings.Repeat("}", 70), `{"a":` + strings.Repeat("[", 70) + strings.Repeat("]", 70) + "}",
	} {
		events = append(events, []byte(s))
	}

	b := linesim.NewBuilder(nil)
	good := linesim.Body{Destination: "Uakari", Events: []linesim.Event{b.Text("U1", "こんにちは\n改行"), b.Follow("U2"), b.PostbackEvent("U3", "action=x"), b.Sticker("U1")}}.JSON()
	bodies = append(bodies, good, linesim.Body{Events: []linesim.Event{}}.JSON(), []byte(`{"destination":"U","events":[]}`),
		[]byte(" { \"destination\" : \"U\" ,\n \"events\" : [ "+string(text)+" , "+string(text)+" ] } "),
		[]byte(`{"events":null}`), []byte(`{"events":{}}`), []byte(`{"events":[1]}`), []byte(`{"events":[null]}`), []byte(`{"events":["x"]}`),
		[]byte(`{"events":[],"events":[]}`), []byte(`{"Events":[]}`), []byte(`{"destination":5,"events":[]}`), []byte(`{"other":[{"x":1}],"events":[]}`),
		[]byte(`[]`), []byte(`null`), []byte{0xff, 0xfe})
	for i := range len(good) {
		bodies = append(bodies, good[:i])
	}
	for i, ev := range events {
		if i%7 == 0 {
			bodies = append(bodies, []byte(`{"destination":"U","events":[`+string(ev)+`]}`))
		}
	}
	return events, bodies
}

// mutate returns event with the member at path replaced by value ("" deletes
// it), or false when the path's parent is not an object. HTML is left
// unescaped, as LINE writes it.
func mutate(t testing.TB, event []byte, path, value string) ([]byte, bool) {
	t.Helper()
	var obj map[string]any
	dec := json.NewDecoder(bytes.NewReader(event))
	dec.UseNumber()
	if err := dec.Decode(&obj); err != nil {
		t.Fatal(err)
	}
	parent, key := obj, path
	if head, rest, ok := strings.Cut(path, "."); ok {
		p, isObj := obj[head].(map[string]any)
		if !isObj {
			return nil, false
		}
		parent, key = p, rest
	}
	if value == "" {
		delete(parent, key)
	} else {
		parent[key] = json.RawMessage(value)
	}
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(obj); err != nil {
		t.Fatal(err)
	}
	return bytes.TrimSpace(out.Bytes()), true
}

// agreeEvent fails when the one-pass reading of payload, where it reads
// it, is not what encoding/json reads, without an error; from a string
// and from bytes alike.
func agreeEvent(t *testing.T, payload []byte) bool {
	t.Helper()
	got, ok := plainEvent(payload)
	gotS, okS := plainEvent(string(payload))
	if ok != okS || got != gotS {
		t.Errorf("plainEvent(%q) reads bytes as %+v %v, a string as %+v %v", payload, got, ok, gotS, okS)
	}
	if !ok {
		return false
	}
	var want eventFields
	if err := json.Unmarshal(payload, &want); err != nil {
		t.Errorf("plainEvent(%q) read it, encoding/json refuses it: %v", payload, err)
		return true
	}
	if diff := cmp.Diff(want.lineEvent, got); diff != "" {
		t.Errorf("plainEvent(%q) differs from encoding/json (-json +plain):\n%s", payload, diff)
	}
	return true
}

// agreeBody is agreeEvent for a webhook body: the same events, the same
// heads (errors included), the same refusal.
func agreeBody(t *testing.T, body []byte) bool {
	t.Helper()
	_, _, plain := plainBody(string(body))
	got, gotHeads, gotErr := readBody(body)
	want, wantHeads, wantErr := readBodyJSON(body)
	if (gotErr != nil) != (wantErr != nil) {
		t.Errorf("readBody(%q): error %v, encoding/json's %v", body, gotErr, wantErr)
		return plain
	}
	if diff := cmp.Diff(want, got, cmp.Comparer(bytes.Equal)); diff != "" {
		t.Errorf("readBody(%q) events differ (-json +now):\n%s", body, diff)
	}
	for i := range min(len(got), len(want)) {
		g, w := gotHeads.at(i), wantHeads.at(i)
		if (g.err != nil) != (w.err != nil) || g.eventHead != w.eventHead {
			t.Errorf("readBody(%q) head %d = %+v, encoding/json's %+v", body, i, g, w)
		}
	}
	return plain
}

// The one-pass reader reads events and bodies as encoding/json does,
// wherever it reads them — and it reads LINE's.
func TestPlainReadingAgreesWithEncodingJSON(t *testing.T) {
	events, bodies := plainInputs(t)
	read := 0
	for _, e := range events {
		if agreeEvent(t, e) {
			read++
		}
	}
	readBodies := 0
	for _, b := range bodies {
		if agreeBody(t, b) {
			readBodies++
		}
	}
	t.Logf("%d of %d events and %d of %d bodies read in one pass, the rest by encoding/json", read, len(events), readBodies, len(bodies))
	if len(events) < 5000 {
		t.Errorf("compared %d events, want at least 5000", len(events))
	}
	for name, e := range lineEvents(t) {
		if _, ok := plainEvent(e); !ok {
			t.Errorf("LINE's %s event is left to encoding/json", name)
		}
	}
	if !agreeBody(t, bodies[0]) {
		t.Error("the stand-in's body is left to encoding/json")
	}
}

func FuzzPlainReading(f *testing.F) {
	events, bodies := plainInputs(f)
	for i, e := range events {
		if i%10 == 0 {
			f.Add(e)
		}
	}
	for _, b := range bodies[:20] {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		agreeEvent(t, data)
		agreeBody(t, data)
	})
}
