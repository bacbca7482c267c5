package line

import (
	"iter"
	"unicode/utf16"
	"unicode/utf8"
)

// A webhook body was read by encoding/json twice in the intake (the body,
// then each event's head) and each event once more in the worker: every
// pass checks the whole input, then decodes it by reflection, allocating
// as it goes. plainEvent reads, in one pass that checks the JSON as it
// goes, the members Akari uses of an event as LINE writes it: members
// named exactly, each once, of the type Akari reads, strings of valid
// UTF-8 with no escaped surrogate. Anything else — a syntax error, a member
// named in another case or twice, a null, a number where a string goes,
// a \u escape, invalid UTF-8 — makes it give up (ok false), and the caller
// reads the input with encoding/json as before, which decides what such
// input means. So the fast reading never has to agree with encoding/json
// on anything but plain input, where plainjson_test.go holds it to it;
// with a string it takes its strings as pieces of the input, with no copy.

// eventFields are the members of an event that the intake (eventHead) and
// the worker (lineEvent) read, together.
type eventFields struct {
	lineEvent
	Mode string
}

// plainReader reads JSON from s, position i. Any problem sets bad; every
// method does nothing once it is set.
type plainReader[T string | []byte] struct {
	s   T
	i   int
	bad bool
}

// maxPlainDepth bounds the nesting the reader follows; deeper input goes
// to encoding/json.
const maxPlainDepth = 64

func (r *plainReader[T]) fail() { r.bad = true }

func (r *plainReader[T]) space() {
	for r.i < len(r.s) {
		switch r.s[r.i] {
		case ' ', '\t', '\n', '\r':
			r.i++
		default:
			return
		}
	}
}

// peek returns the next byte after white space, or 0 at the end.
func (r *plainReader[T]) peek() byte {
	r.space()
	if r.bad || r.i >= len(r.s) {
		return 0
	}
	return r.s[r.i]
}

func (r *plainReader[T]) expect(c byte) {
	if r.peek() != c {
		r.fail()
		return
	}
	r.i++
}

// end checks that nothing but white space follows.
func (r *plainReader[T]) end() {
	r.space()
	if r.i != len(r.s) {
		r.fail()
	}
}

// token reads a string, returning where it starts and ends (quotes
// included) and whether it holds an escape.
func (r *plainReader[T]) token() (start, end int, escaped bool) {
	if r.peek() != '"' {
		r.fail()
		return 0, 0, false
	}
	start = r.i
	r.i++
	for r.i < len(r.s) {
		c := r.s[r.i]
		switch {
		case c == '"':
			r.i++
			return start, r.i, escaped
		case c < 0x20:
			r.fail()
			return 0, 0, false
		case c == '\\':
			escaped = true
			if r.i+1 >= len(r.s) {
				r.fail()
				return 0, 0, false
			}
			switch r.s[r.i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				r.i += 2
			case 'u':
				if r.i+6 > len(r.s) {
					r.fail()
					return 0, 0, false
				}
				for k := r.i + 2; k < r.i+6; k++ {
					if !isHex(r.s[k]) {
						r.fail()
						return 0, 0, false
					}
				}
				r.i += 6
			default:
				r.fail()
				return 0, 0, false
			}
		default:
			r.i++
		}
	}
	r.fail()
	return 0, 0, false
}

func isHex(c byte) bool { return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }

func unhex(c byte) byte {
	switch {
	case c <= '9':
		return c - '0'
	case c <= 'F':
		return c - 'A' + 10
	}
	return c - 'a' + 10
}

// str reads a string value as encoding/json would. A \u escape of half a
// UTF-16 surrogate pair or invalid UTF-8 gives up.
func (r *plainReader[T]) str() string {
	start, end, escaped := r.token()
	if r.bad {
		return ""
	}
	body := r.s[start+1 : end-1]
	if !validUTF8(body) {
		r.fail()
		return ""
	}
	if !escaped {
		return string(body)
	}
	out := make([]byte, 0, len(body))
	for k := 0; k < len(body); k++ {
		c := body[k]
		if c != '\\' {
			out = append(out, c)
			continue
		}
		k++
		switch body[k] {
		case '"', '\\', '/':
			out = append(out, body[k])
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		default: // 'u'
			var c rune
			for h := k + 1; h < k+5; h++ {
				c = c<<4 | rune(unhex(body[h]))
			}
			if utf16.IsSurrogate(c) { // pairs and strays are encoding/json's to read
				r.fail()
				return ""
			}
			out = utf8.AppendRune(out, c)
			k += 4
		}
	}
	return string(out)
}

func validUTF8[T string | []byte](s T) bool {
	for k := 0; k < len(s); k++ {
		if s[k] >= utf8.RuneSelf {
			switch v := any(s).(type) {
			case string:
				return utf8.ValidString(v[k:])
			case []byte:
				return utf8.Valid(v[k:])
			}
		}
	}
	return true
}

// key reads a member's name and the colon after it; a name with an
// escape or a byte outside ASCII (which encoding/json may fold onto a
// name Akari reads) gives up.
func (r *plainReader[T]) key() T {
	start, end, escaped := r.token()
	if r.bad || escaped {
		r.fail()
		var zero T
		return zero
	}
	name := r.s[start+1 : end-1]
	for k := 0; k < len(name); k++ {
		if name[k] >= utf8.RuneSelf {
			r.fail()
		}
	}
	r.expect(':')
	return name
}

// member moves to the next member of an object (first: right after its
// '{') and returns its name, or false after its '}'.
func (r *plainReader[T]) member(first bool) (T, bool) {
	var zero T
	c := r.peek()
	switch {
	case r.bad:
		return zero, false
	case c == '}':
		r.i++
		return zero, false
	case !first && c == ',':
		r.i++
	case !first:
		r.fail()
		return zero, false
	}
	name := r.key()
	return name, !r.bad
}

// open reads the '{' of an object.
func (r *plainReader[T]) open() { r.expect('{') }

// members reads the '{' of an object and yields the name of each of its
// members, the reader on its value; it stops after the '}' or at the
// first error.
func (r *plainReader[T]) members() iter.Seq[T] {
	return func(yield func(T) bool) {
		r.open()
		for first := true; ; first = false {
			name, more := r.member(first)
			if !more || !yield(name) {
				return
			}
		}
	}
}

// is reports whether a member's name is want. A name equal to it but for
// case — which encoding/json takes for it — gives up.
func (r *plainReader[T]) is(name T, want string) bool {
	if len(name) != len(want) {
		return false
	}
	same := true
	for k := 0; k < len(want); k++ {
		a, b := name[k], want[k]
		if a == b {
			continue
		}
		same = false
		if lower(a) != lower(b) {
			return false
		}
	}
	if !same {
		r.fail()
	}
	return same
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// once records a member read, giving up when it was read before
// (encoding/json would take the last, or merge two objects).
func (r *plainReader[T]) once(seen *uint32, bit uint32) {
	if *seen&bit != 0 {
		r.fail()
	}
	*seen |= bit
}

// boolean reads true or false.
func (r *plainReader[T]) boolean() bool {
	switch c := r.peek(); {
	case c == 't' && r.literal("true"):
		return true
	case c == 'f' && r.literal("false"):
		return false
	}
	r.fail()
	return false
}

func (r *plainReader[T]) literal(word string) bool {
	if r.i+len(word) > len(r.s) || string(r.s[r.i:r.i+len(word)]) != word {
		return false
	}
	r.i += len(word)
	return true
}

// int64 reads an integer of at most 18 digits: anything else (a fraction,
// an exponent, more digits) goes to encoding/json.
func (r *plainReader[T]) int64() int64 {
	neg := r.peek() == '-'
	if neg {
		r.i++
	}
	digits := r.i
	var n int64
	for r.i < len(r.s) && '0' <= r.s[r.i] && r.s[r.i] <= '9' {
		n = n*10 + int64(r.s[r.i]-'0')
		r.i++
	}
	switch d := r.i - digits; {
	case d == 0 || d > 18 || (d > 1 && r.s[digits] == '0'):
		r.fail()
	case r.i < len(r.s) && (r.s[r.i] == '.' || r.s[r.i] == 'e' || r.s[r.i] == 'E'):
		r.fail()
	}
	if neg {
		n = -n
	}
	return n
}

// skip reads any value, checking it as encoding/json's scanner does.
func (r *plainReader[T]) skip(depth int) {
	if depth > maxPlainDepth {
		r.fail()
		return
	}
	switch c := r.peek(); {
	case r.bad:
	case c == '"':
		r.token()
	case c == '{':
		r.i++
		for first := true; ; first = false {
			if _, more := r.member(first); !more {
				return
			}
			r.skip(depth + 1)
		}
	case c == '[':
		r.i++
		if r.peek() == ']' {
			r.i++
			return
		}
		for {
			r.skip(depth + 1)
			switch r.peek() {
			case ',':
				r.i++
			case ']':
				r.i++
				return
			default:
				r.fail()
				return
			}
		}
	case c == 't':
		if !r.literal("true") {
			r.fail()
		}
	case c == 'f':
		if !r.literal("false") {
			r.fail()
		}
	case c == 'n':
		if !r.literal("null") {
			r.fail()
		}
	case c == '-' || '0' <= c && c <= '9':
		r.number()
	default:
		r.fail()
	}
}

// number reads a number as JSON writes it.
func (r *plainReader[T]) number() {
	if r.s[r.i] == '-' {
		r.i++
	}
	digits := func() int {
		start := r.i
		for r.i < len(r.s) && '0' <= r.s[r.i] && r.s[r.i] <= '9' {
			r.i++
		}
		return r.i - start
	}
	switch {
	case r.i < len(r.s) && r.s[r.i] == '0':
		r.i++
	case digits() == 0:
		r.fail()
		return
	}
	if r.i < len(r.s) && r.s[r.i] == '.' {
		r.i++
		if digits() == 0 {
			r.fail()
			return
		}
	}
	if r.i < len(r.s) && (r.s[r.i] == 'e' || r.s[r.i] == 'E') {
		r.i++
		if r.i < len(r.s) && (r.s[r.i] == '+' || r.s[r.i] == '-') {
			r.i++
		}
		if digits() == 0 {
			r.fail()
		}
	}
}

// The members of an event, as bits of a seen set.
const (
	seenType uint32 = 1 << iota
	seenMode
	seenID
	seenTimestamp
	seenSource
	seenDelivery
	seenReplyToken
	seenMessage
	seenPostback
)

// event reads an event object.
func (r *plainReader[T]) event() eventFields {
	var e eventFields
	var seen uint32
	for name := range r.members() {
		switch {
		case r.is(name, "type"):
			r.once(&seen, seenType)
			e.Type = r.str()
		case r.is(name, "mode"):
			r.once(&seen, seenMode)
			e.Mode = r.str()
		case r.is(name, "webhookEventId"):
			r.once(&seen, seenID)
			e.WebhookEventID = r.str()
		case r.is(name, "timestamp"):
			r.once(&seen, seenTimestamp)
			e.Timestamp = r.int64()
		case r.is(name, "replyToken"):
			r.once(&seen, seenReplyToken)
			e.ReplyToken = r.str()
		case r.is(name, "source"):
			r.once(&seen, seenSource)
			e.Source.Type, e.Source.UserID = r.pair("type", "userId")
		case r.is(name, "message"):
			r.once(&seen, seenMessage)
			e.Message.Type, e.Message.Text = r.pair("type", "text")
		case r.is(name, "postback"):
			r.once(&seen, seenPostback)
			e.Postback.Data, _ = r.pair("data", "")
		case r.is(name, "deliveryContext"):
			r.once(&seen, seenDelivery)
			var inner uint32
			for name := range r.members() {
				if r.is(name, "isRedelivery") {
					r.once(&inner, 1)
					e.DeliveryContext.IsRedelivery = r.boolean()
				} else {
					r.skip(2)
				}
			}
		default:
			r.skip(1)
		}
		if r.bad {
			break
		}
	}
	return e
}

// pair reads an object of which two string members are read (b "": one).
func (r *plainReader[T]) pair(a, b string) (string, string) {
	var va, vb string
	var seen uint32
	for name := range r.members() {
		switch {
		case r.is(name, a):
			r.once(&seen, 1)
			va = r.str()
		case b != "" && r.is(name, b):
			r.once(&seen, 2)
			vb = r.str()
		default:
			r.skip(2)
		}
	}
	return va, vb
}

// plainEvent reads one queued event, or reports that encoding/json must.
func plainEvent[T string | []byte](payload T) (lineEvent, bool) {
	r := plainReader[T]{s: payload}
	e := r.event()
	r.end()
	return e.lineEvent, !r.bad
}

// plainBody reads a webhook body: each event's members and where it lies
// in body. false: encoding/json must read it.
func plainBody(body string) (events []eventFields, spans [][2]int, ok bool) {
	r := plainReader[string]{s: body}
	var seen uint32
	for name := range r.members() {
		switch {
		case r.is(name, "destination"):
			r.once(&seen, 1)
			r.str()
		case r.is(name, "events"):
			r.once(&seen, 2)
			r.expect('[')
			if r.peek() == ']' {
				r.i++
				break
			}
			for !r.bad {
				r.space()
				start := r.i
				e := r.event()
				events = append(events, e)
				spans = append(spans, [2]int{start, r.i})
				if c := r.peek(); c == ',' {
					r.i++
				} else {
					r.expect(']')
					break
				}
			}
		default:
			r.skip(1)
		}
		if r.bad {
			break
		}
	}
	r.end()
	if r.bad {
		return nil, nil, false
	}
	return events, spans, true
}

// plainAnswer reports whether a message call's answer is one that the
// SDK's decoder reads into its response type without an error: an object
// whose sentMessages, if there, is an array of objects whose id and
// quoteToken, if there, are strings. false: the decoder must say.
func plainAnswer(body []byte) bool {
	r := plainReader[[]byte]{s: body}
	var seen uint32
	for name := range r.members() {
		if !r.is(name, "sentMessages") {
			r.skip(1)
			continue
		}
		r.once(&seen, 1)
		r.expect('[')
		if r.peek() == ']' {
			r.i++
			continue
		}
		for !r.bad {
			var inner uint32
			for name := range r.members() {
				switch {
				case r.is(name, "id"):
					r.once(&inner, 1)
					r.token()
				case r.is(name, "quoteToken"):
					r.once(&inner, 2)
					r.token()
				default:
					r.skip(3)
				}
			}
			if r.peek() != ',' {
				r.expect(']')
				break
			}
			r.i++
		}
	}
	r.end()
	return !r.bad
}
