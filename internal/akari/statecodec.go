package akari

import (
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
//
// Writing the form is here; reading it is in statedecode.go.

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
	stCareEnded    protowire.Number = 22 // varint
	stShown        protowire.Number = 23 // string, repeated
	stHeardOnly    protowire.Number = 24 // bool
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

	careLevel    protowire.Number = 1  // string
	careSince    protowire.Number = 2  // time
	careLast     protowire.Number = 3  // time
	careChecked  protowire.Number = 4  // bool
	careReplies  protowire.Number = 5  // varint
	careAsked    protowire.Number = 6  // string
	careJobs     protowire.Number = 7  // varint
	careWorry    protowire.Number = 8  // string
	careUrgent   protowire.Number = 9  // bool
	carePending  protowire.Number = 10 // string
	careLaughing protowire.Number = 11 // bool
	careHarmed   protowire.Number = 12 // bool
	careReady    protowire.Number = 13 // bool

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
	e.strs(stShown, st.Shown)
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
		e.str(careAsked, c.Asked)
		e.int(careJobs, int64(c.Jobs))
		e.str(careWorry, string(c.Worry))
		e.bool(careUrgent, c.Urgent)
		e.str(carePending, c.Pending)
		e.bool(careLaughing, c.Laughing)
		e.bool(careHarmed, c.Harmed)
		e.bool(careReady, c.Ready)
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
	e.bool(stHeardOnly, st.HeardOnly)
	e.int(stLastJobsTurn, int64(st.LastJobsTurn))
	e.int(stCareEnded, int64(st.CareEnded))
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
