package line

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// The reply and push bodies are encoded once, here. The SDK's request types
// reach every message, quick reply and action through a MarshalJSON of its
// own, and encoding/json parses and compacts what each returns before the
// level above does it again: a Flex carousel went through that three times
// per request. Plain values below go through one encoder with no
// MarshalJSON under them, and a Flex container is copied in as Carousel
// built it. The JSON is the SDK's, member for member (down to
// notificationDisabled and customAggregationUnits); only the order of a
// Flex message's members and the escaping of "&", "<" and ">" differ.

// replyBody is the body of POST /v2/bot/message/reply.
func replyBody(token string, msgs []Message) ([]byte, error) {
	w := newBodyWriter(msgs)
	w.raw(`{"replyToken":`)
	w.value(token)
	w.raw(`,"messages":`)
	w.messages(msgs)
	w.raw(`,"notificationDisabled":false}`)
	return w.bytes()
}

// pushBody is the body of POST /v2/bot/message/push.
func pushBody(to string, msgs []Message) ([]byte, error) {
	w := newBodyWriter(msgs)
	w.raw(`{"to":`)
	w.value(to)
	w.raw(`,"messages":`)
	w.messages(msgs)
	w.raw(`,"notificationDisabled":false,"customAggregationUnits":null}`)
	return w.bytes()
}

// bodyWriter builds one body in one buffer, sized up front so a carousel
// is copied once.
type bodyWriter struct {
	buf bytes.Buffer
	enc *json.Encoder
	err error
}

func newBodyWriter(msgs []Message) *bodyWriter {
	size := 128
	for i := range msgs {
		size += 512 + len(msgs[i].Text) + len(msgs[i].Contents)
	}
	w := &bodyWriter{}
	w.buf.Grow(size)
	w.enc = json.NewEncoder(&w.buf)
	w.enc.SetEscapeHTML(false) // as Carousel does: "&" in postback data stays readable
	return w
}

func (w *bodyWriter) raw(s string) { w.buf.WriteString(s) }

// value encodes v without the newline the encoder ends it with.
func (w *bodyWriter) value(v any) {
	if w.err != nil {
		return
	}
	if err := w.enc.Encode(v); err != nil {
		w.err = err
		return
	}
	w.buf.Truncate(w.buf.Len() - 1)
}

// messages writes the messages array. A Flex message is encoded without
// its contents, then reopened to take them: `{…}` becomes
// `{…,"contents":<container>}`.
func (w *bodyWriter) messages(msgs []Message) {
	w.raw("[")
	for i := range msgs {
		if i > 0 {
			w.raw(",")
		}
		m := &msgs[i]
		w.value(m)
		if m.Contents != nil && w.err == nil {
			w.buf.Truncate(w.buf.Len() - 1)
			w.raw(`,"contents":`)
			w.buf.Write(m.Contents)
			w.raw("}")
		}
	}
	w.raw("]")
}

func (w *bodyWriter) bytes() ([]byte, error) {
	if w.err != nil {
		return nil, fmt.Errorf("encode LINE request: %w", w.err)
	}
	return w.buf.Bytes(), nil
}
