package akari

import (
	"errors"
	"fmt"
	"slices"
	"time"

	"google.golang.org/protobuf/encoding/protowire"
)

// The stored form of a state, written by EncodeState and read by
// DecodeState on every event.
//
// It is binary, in protobuf's wire format written and read by hand with
// protowire: encoding/json's reflection cost ≈15 % of the CPU of an event
// (issue #16), and a state is mostly texts, which the wire format keeps as
// they are. There is no .proto file and no generated code: the field
// numbers below are the schema. What makes it last:
//
//   - The first byte is the form's version (stateBinary). A JSON state
//     starts with '{' or whitespace, never with it, so DecodeState tells
//     the forms apart by that byte: the lean JSON of the releases before
//     this one, and the full turns before that, are still read and are
//     stored in this form at the person's next event.
//   - A field number whose field this release does not know is skipped, so
//     a state written by a newer release is read by an older one without
//     what the older one cannot use. A field number is never reused for
//     another field or another wire type; a field that is dropped leaves
//     its number unused.
//   - Zero values are not written, and a field that is not there reads as
//     its zero value, as omitempty did in the JSON: an empty map or list
//     reads as nil, a Care or an Intake that is there reads as non-nil even
//     with nothing in it.
//
// The state's fields and the types in it are listed in statecodec_test.go;
// a field added to any of them fails the tests until it has a number here.
//
// Texts are read as pieces of one copy of the stored bytes: the state
// never shares memory with the caller's buffer (go-redis may reuse it), and
// reading it takes one string for all of them. Values from a small known
// set (categories, stages, kinds…) are the constants themselves.

// stateBinary is the first byte of the binary form, its version. A later,
// incompatible form takes the next value; bytes below ' ' other than JSON's
// whitespace are kept for them (see DecodeState). After it come the
// length of the rest, a varint, so that a state cut short is refused, and
// the fields of State.
const stateBinary = 0x01

// Field numbers of State. The fields repeated most have the lowest numbers,
// whose tags take one byte.
const (
	stTurns        protowire.Number = 1  // turn, repeated
	stEvents       protowire.Number = 2  // string, repeated
	stChips        protowire.Number = 3  // string, repeated
	stKnown        protowire.Number = 4  // known, repeated: Known's entries
	stFacts        protowire.Number = 5  // pair, repeated: Facts' entries
	stGuided       protowire.Number = 6  // pair (value varint), repeated: Guided's entries
	stInterested   protowire.Number = 7  // string, repeated
	stProfile      protowire.Number = 8  // profile
	stCategory     protowire.Number = 9  // string
	stStage        protowire.Number = 10 // string
	stSummary      protowire.Number = 11 // string
	stTurnCount    protowire.Number = 12 // varint
	stCare         protowire.Number = 13 // care
	stAsked        protowire.Number = 14 // string
	stIntake       protowire.Number = 15 // intake
	stNoJobs       protowire.Number = 16 // bool
	stLastJobsTurn protowire.Number = 17 // varint
	stJobsOffset   protowire.Number = 18 // varint
	stLeadID       protowire.Number = 19 // string
	stCreatedAt    protowire.Number = 20 // time
	stUpdatedAt    protowire.Number = 21 // time
)

// Field numbers of a turn: a leanTurn — a person's turn has no N, one of
// Akari's has N and Prints only.
const (
	turnText     protowire.Number = 1 // string
	turnCategory protowire.Number = 2 // string
	turnAt       protowire.Number = 3 // zigzag varint, unix milliseconds
	turnBlocked  protowire.Number = 4 // bool
	turnKind     protowire.Number = 5 // string
	turnN        protowire.Number = 6 // varint
	turnPrints   protowire.Number = 7 // bytes: little-endian 32-bit words
)

// Field numbers of the other messages.
const (
	// a map entry of Facts, Guided or Intake.Answers
	pairKey   protowire.Number = 1 // string
	pairValue protowire.Number = 2 // string, or varint for Guided

	// an entry of Known: its key, then the Fact
	knownKey   protowire.Number = 1 // string
	knownValue protowire.Number = 2 // string
	knownSay   protowire.Number = 3 // string
	knownTurn  protowire.Number = 4 // varint

	profileDisplayName protowire.Number = 1 // string
	profileFetchedAt   protowire.Number = 2 // time

	careLevel   protowire.Number = 1 // string
	careSince   protowire.Number = 2 // time
	careLast    protowire.Number = 3 // time
	careChecked protowire.Number = 4 // bool
	careReplies protowire.Number = 5 // varint

	intakeStep      protowire.Number = 1 // string
	intakeAnswers   protowire.Number = 2 // pair, repeated
	intakePaused    protowire.Number = 3 // bool
	intakeRetries   protowire.Number = 4 // varint
	intakeSuggested protowire.Number = 5 // string

	// a time as RFC 3339 kept it in JSON, to the nanosecond, with its
	// offset from UTC; a zero time is not written
	timeSeconds protowire.Number = 1 // zigzag varint, unix seconds
	timeNanos   protowire.Number = 2 // varint
	timeOffset  protowire.Number = 3 // zigzag varint, seconds east of UTC
)

// stateEncoder writes the binary form into b.
type stateEncoder struct {
	b    []byte
	room int // bytes kept for the length after the version byte
}

func (e *stateEncoder) str(num protowire.Number, s string) {
	if s != "" {
		e.b = protowire.AppendTag(e.b, num, protowire.BytesType)
		e.b = protowire.AppendString(e.b, s)
	}
}

// strs writes a list, empty strings included.
func (e *stateEncoder) strs(num protowire.Number, list []string) {
	for _, s := range list {
		e.b = protowire.AppendTag(e.b, num, protowire.BytesType)
		e.b = protowire.AppendString(e.b, s)
	}
}

func (e *stateEncoder) int(num protowire.Number, n int64) {
	if n != 0 {
		e.b = protowire.AppendTag(e.b, num, protowire.VarintType)
		e.b = protowire.AppendVarint(e.b, uint64(n))
	}
}

func (e *stateEncoder) zigzag(num protowire.Number, n int64) {
	if n != 0 {
		e.b = protowire.AppendTag(e.b, num, protowire.VarintType)
		e.b = protowire.AppendVarint(e.b, protowire.EncodeZigZag(n))
	}
}

func (e *stateEncoder) bool(num protowire.Number, v bool) {
	if v {
		e.b = protowire.AppendTag(e.b, num, protowire.VarintType)
		e.b = protowire.AppendVarint(e.b, 1)
	}
}

// begin starts a message of field num; end finishes it. Its length is
// written before it, so it is reserved as one byte and moved when the
// message is longer.
func (e *stateEncoder) begin(num protowire.Number) int {
	e.b = protowire.AppendTag(e.b, num, protowire.BytesType)
	e.b = append(e.b, 0)
	return len(e.b)
}

func (e *stateEncoder) end(start int) {
	if n := len(e.b) - start; n < 0x80 {
		e.b[start-1] = byte(n)
		return
	}
	e.length(start, 1)
}

// length writes the length of what was written from start on before it,
// in the room bytes reserved for it, moving it if it takes another room.
func (e *stateEncoder) length(start, room int) {
	n := len(e.b) - start
	if w := protowire.SizeVarint(uint64(n)); w != room {
		if w > room {
			e.b = append(e.b, make([]byte, w-room)...)
		}
		copy(e.b[start-room+w:], e.b[start:start+n])
		e.b = e.b[:start-room+w+n]
	}
	protowire.AppendVarint(e.b[:start-room], uint64(n))
}

func (e *stateEncoder) time(num protowire.Number, t time.Time) {
	if t.IsZero() {
		return
	}
	start := e.begin(num)
	_, offset := t.Zone()
	e.zigzag(timeSeconds, t.Unix())
	e.int(timeNanos, int64(t.Nanosecond()))
	e.zigzag(timeOffset, int64(offset))
	e.end(start)
}

func (e *stateEncoder) turn(l leanTurn) {
	start := e.begin(stTurns)
	e.str(turnText, l.Text)
	e.str(turnCategory, string(l.Category))
	e.zigzag(turnAt, l.At)
	e.bool(turnBlocked, l.Blocked)
	e.str(turnKind, string(l.Kind))
	e.int(turnN, int64(l.N))
	if len(l.Prints) > 0 {
		e.b = protowire.AppendTag(e.b, turnPrints, protowire.BytesType)
		e.b = protowire.AppendVarint(e.b, uint64(4*len(l.Prints)))
		for _, h := range l.Prints {
			e.b = protowire.AppendFixed32(e.b, h)
		}
	}
	e.end(start)
}

// rest writes every field of st but its turns, which EncodeState writes
// as their lean form.
func (e *stateEncoder) rest(st *State) {
	e.strs(stEvents, st.Events)
	e.strs(stChips, st.Chips)
	var keys [16]string
	for _, k := range sortedKeys(st.Known, keys[:0]) {
		f := st.Known[k]
		start := e.begin(stKnown)
		e.str(knownKey, k)
		e.str(knownValue, f.Value)
		e.str(knownSay, f.Say)
		e.int(knownTurn, int64(f.Turn))
		e.end(start)
	}
	e.pairs(stFacts, st.Facts, keys[:0])
	var cats [NumCategories]Category
	for _, c := range sortedKeys(st.Guided, cats[:0]) {
		start := e.begin(stGuided)
		e.str(pairKey, string(c))
		e.int(pairValue, int64(st.Guided[c]))
		e.end(start)
	}
	e.strs(stInterested, st.Interested)
	if st.Profile != (Profile{}) {
		start := e.begin(stProfile)
		e.str(profileDisplayName, st.Profile.DisplayName)
		e.time(profileFetchedAt, st.Profile.FetchedAt)
		e.end(start)
	}
	e.str(stCategory, string(st.Category))
	e.str(stStage, string(st.Stage))
	e.str(stSummary, st.Summary)
	e.int(stTurnCount, int64(st.TurnCount))
	if c := st.Care; c != nil {
		start := e.begin(stCare)
		e.str(careLevel, string(c.Level))
		e.time(careSince, c.Since)
		e.time(careLast, c.Last)
		e.bool(careChecked, c.Checked)
		e.int(careReplies, int64(c.Replies))
		e.end(start)
	}
	e.str(stAsked, st.Asked)
	if in := st.Intake; in != nil {
		start := e.begin(stIntake)
		e.str(intakeStep, string(in.Step))
		e.pairs(intakeAnswers, in.Answers, keys[:0])
		e.bool(intakePaused, in.Paused)
		e.int(intakeRetries, int64(in.Retries))
		e.str(intakeSuggested, in.Suggested)
		e.end(start)
	}
	e.bool(stNoJobs, st.NoJobs)
	e.int(stLastJobsTurn, int64(st.LastJobsTurn))
	e.int(stJobsOffset, int64(st.JobsOffset))
	e.str(stLeadID, st.LeadID)
	e.time(stCreatedAt, st.CreatedAt)
	e.time(stUpdatedAt, st.UpdatedAt)
}

// pairs writes a map of strings, an entry for each key — one whose value
// is "" too.
func (e *stateEncoder) pairs(num protowire.Number, m map[string]string, buf []string) {
	for _, k := range sortedKeys(m, buf) {
		start := e.begin(num)
		e.str(pairKey, k)
		e.str(pairValue, m[k])
		e.end(start)
	}
}

// sortedKeys are m's keys in order (into buf), so that a state is always
// written the same way.
func sortedKeys[K ~string, V any](m map[K]V, buf []K) []K {
	for k := range m {
		buf = append(buf, k)
	}
	slices.Sort(buf)
	return buf
}

// sizeOf is about the size of st's binary form, to write it in one buffer.
func sizeOf(st *State) int {
	n := 128 + len(st.Summary) + len(st.Asked) + len(st.LeadID) + len(st.Profile.DisplayName)
	for _, t := range st.Turns {
		n += 16
		if t.Role != RoleAkari {
			n += len(t.Text) + len(t.Category) + len(t.Kind)
		} else if t.Prints != nil {
			n += 4 * len(t.Prints)
		} else {
			n += len(t.Text) / 4 // about as many bytes of fingerprints
		}
	}
	for _, list := range [...][]string{st.Events, st.Chips, st.Interested} {
		for _, s := range list {
			n += len(s) + 2
		}
	}
	for k, f := range st.Known {
		n += len(k) + len(f.Value) + len(f.Say) + 10
	}
	for k, v := range st.Facts {
		n += len(k) + len(v) + 6
	}
	n += 32 * len(st.Guided)
	if st.Intake != nil {
		n += 32 + len(st.Intake.Suggested)
		for k, v := range st.Intake.Answers {
			n += len(k) + len(v) + 6
		}
	}
	return n
}

// errStateBinary is why a binary state was refused.
var errStateBinary = errors.New("malformed binary state")

// stateDecoder reads the binary form.
type stateDecoder struct {
	raw []byte // the form, after its version byte
	s   string // a copy of raw: the texts read are pieces of it
}

// field is one field read from a message: its number, wire type, and its
// value — v for a varint, b for bytes (a string or a message).
type field struct {
	num protowire.Number
	typ protowire.Type
	v   uint64
	b   []byte
}

// next reads the first field of b and returns it and the rest. A field of
// another wire type than varint or bytes is skipped, its value unread.
func next(b []byte) (field, []byte, error) {
	var f field
	var n int
	f.num, f.typ, n = protowire.ConsumeTag(b)
	if n < 0 {
		return f, nil, fmt.Errorf("%w: %w", errStateBinary, protowire.ParseError(n))
	}
	b = b[n:]
	switch f.typ {
	case protowire.VarintType:
		f.v, n = protowire.ConsumeVarint(b)
	case protowire.BytesType:
		f.b, n = protowire.ConsumeBytes(b)
	default:
		n = protowire.ConsumeFieldValue(f.num, f.typ, b)
	}
	if n < 0 {
		return f, nil, fmt.Errorf("%w: field %d: %w", errStateBinary, f.num, protowire.ParseError(n))
	}
	return f, b[n:], nil
}

// want refuses a known field of another wire type than it has.
func (f field) want(typ protowire.Type) error {
	if f.typ != typ {
		return fmt.Errorf("%w: field %d of wire type %d, want %d", errStateBinary, f.num, f.typ, typ)
	}
	return nil
}

// text is the string f holds, a piece of d.s.
func (d *stateDecoder) text(f field) (string, error) {
	if err := f.want(protowire.BytesType); err != nil {
		return "", err
	}
	if len(f.b) == 0 {
		return "", nil
	}
	// f.b is a piece of d.raw: protowire slices what it reads.
	off := cap(d.raw) - cap(f.b)
	if off < 0 || off+len(f.b) > len(d.s) {
		return string(f.b), nil
	}
	return d.s[off : off+len(f.b)], nil
}

// word is a string of a small known set (a category, a stage…): the
// constant when it is one, so that it keeps nothing of the stored bytes.
func (d *stateDecoder) word(f field) (string, error) {
	if f.typ == protowire.BytesType {
		if w, ok := words[string(f.b)]; ok {
			return w, nil
		}
	}
	return d.text(f)
}

// words are the values of State's enumerated strings.
var words = func() map[string]string {
	m := map[string]string{}
	for _, c := range categoryTable {
		m[string(c.ID)] = string(c.ID)
	}
	for _, w := range []string{
		string(StageListening), string(StageGuiding), string(StageClarify), string(StageJobs), string(StageIntake), string(StageHandoff),
		string(TurnChip), string(TurnIntake), string(TurnConsent), string(TurnRequest),
		string(RiskNone), string(RiskConcern), string(RiskHigh),
		string(StepArea), string(StepRemote), string(StepEmployment), string(StepTime), string(StepPhone), string(StepConsent),
	} {
		m[w] = w
	}
	return m
}()

func (f field) int() (int, error) {
	if err := f.want(protowire.VarintType); err != nil {
		return 0, err
	}
	return int(int64(f.v)), nil
}

func (f field) bool() (bool, error) {
	if err := f.want(protowire.VarintType); err != nil {
		return false, err
	}
	return f.v != 0, nil
}

func (f field) time() (time.Time, error) {
	if err := f.want(protowire.BytesType); err != nil {
		return time.Time{}, err
	}
	var sec, nsec, offset int64
	for b := f.b; len(b) > 0; {
		g, rest, err := next(b)
		if err != nil {
			return time.Time{}, err
		}
		b = rest
		switch g.num {
		case timeSeconds:
			err = g.want(protowire.VarintType)
			sec = protowire.DecodeZigZag(g.v)
		case timeNanos:
			err = g.want(protowire.VarintType)
			nsec = int64(g.v)
		case timeOffset:
			err = g.want(protowire.VarintType)
			offset = protowire.DecodeZigZag(g.v)
			if offset <= -86400 || offset >= 86400 {
				err = fmt.Errorf("%w: a time %d s off UTC", errStateBinary, offset)
			}
		}
		if err != nil {
			return time.Time{}, err
		}
	}
	return timeIn(time.Unix(sec, nsec), offset), nil
}

// timeIn is t (in time.Local) where RFC 3339 with this offset puts it when
// it is parsed, as JSON read it: UTC for "Z", time.Local when its offset
// then is this one, else a zone of this offset.
func timeIn(t time.Time, offset int64) time.Time {
	if offset == 0 {
		return t.UTC()
	}
	if _, local := t.Zone(); int64(local) == offset {
		return t
	}
	return t.In(time.FixedZone("", int(offset)))
}

// stateWriter starts the binary form of st: EncodeState then writes its
// turns (e.turn) and finishes it (e.finish).
func stateWriter(st *State) stateEncoder {
	n := sizeOf(st)
	room := protowire.SizeVarint(uint64(n))
	e := stateEncoder{b: make([]byte, 1+room, 1+room+n), room: room}
	e.b[0] = stateBinary
	return e
}

// finish writes the fields of st but its turns, and the length, and
// returns the binary form.
func (e *stateEncoder) finish(st *State) []byte {
	e.rest(st)
	e.length(1+e.room, e.room)
	return e.b
}

// decodeBinary reads the binary form raw (after its version byte).
func decodeBinary(raw []byte) (*State, error) {
	n, w := protowire.ConsumeVarint(raw)
	if w < 0 {
		return nil, fmt.Errorf("decode conversation: %w: no length", errStateBinary)
	}
	if raw = raw[w:]; uint64(len(raw)) != n {
		return nil, fmt.Errorf("decode conversation: %w: %d bytes where its length says %d (cut short or run on)", errStateBinary, len(raw), n)
	}
	d := stateDecoder{raw: raw, s: string(raw)}
	st := new(State)
	if err := d.state(st); err != nil {
		return nil, fmt.Errorf("decode conversation: %w", err)
	}
	return st, nil
}

// counts are how many of each repeated field a state holds, to make room
// for them at once.
type counts struct {
	turns, prints, events, chips, interested, known, facts, guided int
}

func count(b []byte) (counts, error) {
	var c counts
	for len(b) > 0 {
		f, rest, err := next(b)
		if err != nil {
			return c, err
		}
		b = rest
		switch f.num {
		case stTurns:
			c.turns++
			for t := f.b; len(t) > 0; {
				g, rest, err := next(t)
				if err != nil {
					return c, err
				}
				t = rest
				if g.num == turnPrints {
					c.prints += len(g.b) / 4
				}
			}
		case stEvents:
			c.events++
		case stChips:
			c.chips++
		case stInterested:
			c.interested++
		case stKnown:
			c.known++
		case stFacts:
			c.facts++
		case stGuided:
			c.guided++
		}
	}
	return c, nil
}

func (d *stateDecoder) state(st *State) error {
	c, err := count(d.raw)
	if err != nil {
		return err
	}
	if c.turns > 0 {
		st.Turns = make([]Turn, 0, c.turns)
	}
	prints := make(Prints, 0, c.prints) // the backing of every turn's
	// Events, Chips and Interested share one backing, none able to grow
	// into another's.
	var events, chips, interested []string
	if n := c.events + c.chips + c.interested; n > 0 {
		lists := make([]string, n)
		events = lists[:0:c.events]
		chips = lists[c.events : c.events : c.events+c.chips]
		interested = lists[c.events+c.chips : c.events+c.chips : n]
	}
	if c.known > 0 {
		st.Known = make(map[string]Fact, c.known)
	}
	if c.facts > 0 {
		st.Facts = make(map[string]string, c.facts)
	}
	if c.guided > 0 {
		st.Guided = make(map[Category]int, c.guided)
	}
	for b := d.raw; len(b) > 0; {
		f, rest, err := next(b)
		if err != nil {
			return err
		}
		b = rest
		var s string
		switch f.num {
		case stTurns:
			var l leanTurn
			if l, prints, err = d.turn(f, prints); err == nil {
				st.Turns = append(st.Turns, l.turn())
			}
		case stEvents:
			if s, err = d.text(f); err == nil {
				events = append(events, s)
			}
		case stChips:
			if s, err = d.text(f); err == nil {
				chips = append(chips, s)
			}
		case stInterested:
			if s, err = d.text(f); err == nil {
				interested = append(interested, s)
			}
		case stKnown:
			err = d.known(f, st.Known)
		case stFacts:
			err = d.pair(f, st.Facts)
		case stGuided:
			err = d.guided(f, st.Guided)
		case stProfile:
			err = d.profile(f, &st.Profile)
		case stCategory:
			s, err = d.word(f)
			st.Category = Category(s)
		case stStage:
			s, err = d.word(f)
			st.Stage = Stage(s)
		case stSummary:
			st.Summary, err = d.text(f)
		case stTurnCount:
			st.TurnCount, err = f.int()
		case stCare:
			st.Care = new(Care)
			err = d.care(f, st.Care)
		case stAsked:
			st.Asked, err = d.text(f)
		case stIntake:
			st.Intake = new(Intake)
			err = d.intake(f, st.Intake)
		case stNoJobs:
			st.NoJobs, err = f.bool()
		case stLastJobsTurn:
			st.LastJobsTurn, err = f.int()
		case stJobsOffset:
			st.JobsOffset, err = f.int()
		case stLeadID:
			st.LeadID, err = d.text(f)
		case stCreatedAt:
			st.CreatedAt, err = f.time()
		case stUpdatedAt:
			st.UpdatedAt, err = f.time()
		}
		if err != nil {
			return err
		}
	}
	st.Events, st.Chips, st.Interested = orNil(events), orNil(chips), orNil(interested)
	return nil
}

// orNil is list, nil when empty: as JSON read an empty list.
func orNil(list []string) []string {
	if len(list) == 0 {
		return nil
	}
	return list
}

func (d *stateDecoder) turn(f field, prints Prints) (leanTurn, Prints, error) {
	var l leanTurn
	if err := f.want(protowire.BytesType); err != nil {
		return l, prints, err
	}
	for b := f.b; len(b) > 0; {
		g, rest, err := next(b)
		if err != nil {
			return l, prints, err
		}
		b = rest
		var s string
		switch g.num {
		case turnText:
			l.Text, err = d.text(g)
		case turnCategory:
			s, err = d.word(g)
			l.Category = Category(s)
		case turnAt:
			if err = g.want(protowire.VarintType); err == nil {
				l.At = protowire.DecodeZigZag(g.v)
			}
		case turnBlocked:
			l.Blocked, err = g.bool()
		case turnKind:
			s, err = d.word(g)
			l.Kind = TurnKind(s)
		case turnN:
			l.N, err = g.int()
		case turnPrints:
			if err = g.want(protowire.BytesType); err == nil && len(g.b)%4 != 0 {
				err = fmt.Errorf("%w: fingerprints of %d bytes, not 32-bit words", errStateBinary, len(g.b))
			}
			if err == nil && len(g.b) > 0 {
				start := len(prints)
				for w := g.b; len(w) > 0; w = w[4:] {
					h, _ := protowire.ConsumeFixed32(w)
					prints = append(prints, h)
				}
				l.Prints = prints[start:len(prints):len(prints)]
			}
		}
		if err != nil {
			return l, prints, err
		}
	}
	return l, prints, nil
}

func (d *stateDecoder) known(f field, m map[string]Fact) error {
	if err := f.want(protowire.BytesType); err != nil {
		return err
	}
	var key string
	var fact Fact
	for b := f.b; len(b) > 0; {
		g, rest, err := next(b)
		if err != nil {
			return err
		}
		b = rest
		switch g.num {
		case knownKey:
			key, err = d.text(g)
		case knownValue:
			fact.Value, err = d.text(g)
		case knownSay:
			fact.Say, err = d.text(g)
		case knownTurn:
			fact.Turn, err = g.int()
		}
		if err != nil {
			return err
		}
	}
	m[key] = fact
	return nil
}

// pair reads an entry of a map of strings into m.
func (d *stateDecoder) pair(f field, m map[string]string) error {
	if err := f.want(protowire.BytesType); err != nil {
		return err
	}
	var key, value string
	for b := f.b; len(b) > 0; {
		g, rest, err := next(b)
		if err != nil {
			return err
		}
		b = rest
		switch g.num {
		case pairKey:
			key, err = d.text(g)
		case pairValue:
			value, err = d.text(g)
		}
		if err != nil {
			return err
		}
	}
	m[key] = value
	return nil
}

func (d *stateDecoder) guided(f field, m map[Category]int) error {
	if err := f.want(protowire.BytesType); err != nil {
		return err
	}
	var key string
	var n int
	for b := f.b; len(b) > 0; {
		g, rest, err := next(b)
		if err != nil {
			return err
		}
		b = rest
		switch g.num {
		case pairKey:
			key, err = d.word(g)
		case pairValue:
			n, err = g.int()
		}
		if err != nil {
			return err
		}
	}
	m[Category(key)] = n
	return nil
}

func (d *stateDecoder) profile(f field, p *Profile) error {
	if err := f.want(protowire.BytesType); err != nil {
		return err
	}
	for b := f.b; len(b) > 0; {
		g, rest, err := next(b)
		if err != nil {
			return err
		}
		b = rest
		switch g.num {
		case profileDisplayName:
			p.DisplayName, err = d.text(g)
		case profileFetchedAt:
			p.FetchedAt, err = g.time()
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func (d *stateDecoder) care(f field, c *Care) error {
	if err := f.want(protowire.BytesType); err != nil {
		return err
	}
	for b := f.b; len(b) > 0; {
		g, rest, err := next(b)
		if err != nil {
			return err
		}
		b = rest
		var s string
		switch g.num {
		case careLevel:
			s, err = d.word(g)
			c.Level = Risk(s)
		case careSince:
			c.Since, err = g.time()
		case careLast:
			c.Last, err = g.time()
		case careChecked:
			c.Checked, err = g.bool()
		case careReplies:
			c.Replies, err = g.int()
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func (d *stateDecoder) intake(f field, in *Intake) error {
	if err := f.want(protowire.BytesType); err != nil {
		return err
	}
	for b := f.b; len(b) > 0; {
		g, rest, err := next(b)
		if err != nil {
			return err
		}
		b = rest
		var s string
		switch g.num {
		case intakeStep:
			s, err = d.word(g)
			in.Step = IntakeStep(s)
		case intakeAnswers:
			if in.Answers == nil {
				in.Answers = make(map[string]string, 4)
			}
			err = d.pair(g, in.Answers)
		case intakePaused:
			in.Paused, err = g.bool()
		case intakeRetries:
			in.Retries, err = g.int()
		case intakeSuggested:
			in.Suggested, err = d.text(g)
		}
		if err != nil {
			return err
		}
	}
	return nil
}
