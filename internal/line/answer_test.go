package line

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/line/line-bot-sdk-go/v8/linebot/messaging_api"
)

// sdkAnswer is how the SDK's ReplyMessageWithHttpInfo read an answer: a
// json.Decoder over the body, into its response type.
func sdkAnswer(body io.Reader) error {
	if err := json.NewDecoder(body).Decode(&messaging_api.ReplyMessageResponse{}); err != nil {
		return errors.New("failed to decode JSON: " + err.Error())
	}
	return nil
}

// answers are message calls' answers: LINE's, and every way one can be
// odd.
func answers() []string {
	line := `{"sentMessages":[{"id":"461230966842064897","quoteToken":"IStG5h1Tz7b..."},{"id":"461230966842064898"}]}`
	out := []string{
		line, `{}`, `{"sentMessages":[]}`, `{"sentMessages":null}`, ` {"sentMessages" : [ {"id" : "1"} ] } `,
		`{"sentMessages":[{"id":5}]}`, `{"sentMessages":[{"id":null}]}`, `{"sentMessages":[{"quoteToken":[]}]}`, `{"sentMessages":{}}`,
		`{"sentMessages":"x"}`, `{"sentMessages":[1]}`, `{"sentMessages":[null]}`, `{"SentMessages":[{"id":5}]}`, `{"sentmessages":[]}`,
		`{"sentMessages":[{"ID":"1","Id":2}]}`, `{"sentMessages":[{"id":"\\u00e9\\ud800"}]}`, `{"sentMessages":[{"id":"a","id":"b"}]}`,
		`{"sentMessages":[],"sentMessages":[{"id":1}]}`, `{"other":{"deep":[1,2,{"x":null}]},"sentMessages":[]}`,
		`{"sentMessages":[]} trailing`, `{"sentMessages":[]}{}`, `[]`, `null`, `"x"`, `5`, ``, ` `, `{`, `{"sentMessages":[`,
		`{"sentMessages":[{"id":"1"},]}`, "{\"sentMessages\":[{\"id\":\"\x01\"}]}", "{\"sentMessages\":[{\"id\":\"\xff\"}]}",
		`{"sentMessages":[{"id":"1","emoji":"\ud83d\ude00"}]}`,
		`{"sentMessages":[` + strings.Repeat(`{"id":"461230966842064897","quoteToken":"IStG5h1Tz7b"},`, 400) + `{"id":"1"}]}`,
		`{"sentMessages":[` + strings.Repeat(`{"id":"461230966842064897","quoteToken":"IStG5h1Tz7b"},`, 400) + `{"id":1}]}`,
	}
	for i := range len(line) {
		out = append(out, line[:i])
	}
	return out
}

// brokenBody hands out its bytes, then an error.
type brokenBody struct {
	r   io.Reader
	err error
}

func (b *brokenBody) Read(p []byte) (int, error) {
	n, err := b.r.Read(p)
	if err == io.EOF {
		return n, b.err
	}
	return n, err
}

// A message call's answer is read as the SDK's decoder read it — the same
// error, or none — whether the body ends or breaks off.
func TestAnswersReadAsTheSDKsDecoderDid(t *testing.T) {
	s, err := NewSender(SenderOptions{Endpoint: "http://127.0.0.1:1", Token: "t"})
	if err != nil {
		t.Fatal(err)
	}
	plain := 0
	for _, a := range answers() {
		for _, broken := range []bool{false, true} {
			body := func() io.Reader {
				if broken {
					return &brokenBody{strings.NewReader(a), errors.New("connection reset")}
				}
				return strings.NewReader(a)
			}
			want := sdkAnswer(body())
			got := s.readAnswer(&http.Response{StatusCode: 200, Body: io.NopCloser(body())}, &messaging_api.ReplyMessageResponse{})
			if (got == nil) != (want == nil) || (got != nil && got.Error() != want.Error()) {
				t.Errorf("answer %.80q (broken %v): got %v, the SDK's decoder %v", a, broken, got, want)
			}
		}
		if plainAnswer([]byte(a)) {
			plain++
			if err := sdkAnswer(strings.NewReader(a)); err != nil {
				t.Errorf("plainAnswer takes %.80q, the SDK's decoder refuses it: %v", a, err)
			}
		}
	}
	if !plainAnswer([]byte(answers()[0])) {
		t.Error("LINE's answer is left to the decoder")
	}
	t.Logf("%d of %d answers checked in one pass", plain, len(answers()))
}

func FuzzPlainAnswer(f *testing.F) {
	for _, a := range answers() {
		f.Add([]byte(a))
	}
	f.Fuzz(func(t *testing.T, a []byte) {
		if plainAnswer(a) {
			if err := sdkAnswer(bytes.NewReader(a)); err != nil {
				t.Errorf("plainAnswer takes %q, the SDK's decoder refuses it: %v", a, err)
			}
		}
	})
}
