package akari

import (
	"errors"
	"fmt"
	"time"

	"google.golang.org/protobuf/encoding/protowire"
)

// Reading the binary form of a state (see statecodec.go).

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
// fields calls fn for each field of the message f holds, in order; the
// first error stops it.
func (f field) fields(fn func(g field) error) error {
	if err := f.want(protowire.BytesType); err != nil {
		return err
	}
	for b := f.b; len(b) > 0; {
		g, rest, err := next(b)
		if err != nil {
			return err
		}
		if err := fn(g); err != nil {
			return err
		}
		b = rest
	}
	return nil
}

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
	var sec, nsec, offset int64
	err := f.fields(func(g field) (err error) {
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
		return err
	})
	if err != nil {
		return time.Time{}, err
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

// decodeBinary reads the binary form raw (after its version byte).
func decodeBinary(raw []byte) (*State, error) { return decodeBinaryFrom(raw, string(raw)) }

// decodeBinaryFrom reads the binary form raw, whose bytes s holds too: the
// texts read are pieces of s.
func decodeBinaryFrom(raw []byte, s string) (*State, error) {
	n, w := protowire.ConsumeVarint(raw)
	if w < 0 {
		return nil, fmt.Errorf("decode conversation: %w: no length", errStateBinary)
	}
	if raw, s = raw[w:], s[w:]; uint64(len(raw)) != n {
		return nil, fmt.Errorf("decode conversation: %w: %d bytes where its length says %d (cut short or run on)", errStateBinary, len(raw), n)
	}
	d := stateDecoder{raw: raw, s: s}
	st := new(State)
	if err := d.state(st); err != nil {
		return nil, fmt.Errorf("decode conversation: %w", err)
	}
	return st, nil
}

// counts are how many of each repeated field a state holds, to make room
// for them at once.
type counts struct {
	turns, prints, events, chips, interested, shown, known, facts, guided int
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
		case stShown:
			c.shown++
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

// turnsPerEvent is how many turns an event adds to the state at most
// in the common case: the person's message and Akari's answer.
const turnsPerEvent = 2

func (d *stateDecoder) state(st *State) error {
	c, err := count(d.raw)
	if err != nil {
		return err
	}
	if c.turns > 0 {
		// Room for the event's two turns (the person's, Akari's): the
		// engine appends them, and a slice of exactly c.turns was copied
		// whole into one twice its size.
		st.Turns = make([]Turn, 0, c.turns+turnsPerEvent)
	}
	prints := make(Prints, 0, c.prints) // the backing of every turn's
	// Events, Chips, Interested and Shown share one backing, none able to
	// grow into another's.
	var events, chips, interested, shown []string
	if n := c.events + c.chips + c.interested + c.shown; n > 0 {
		lists := make([]string, n)
		events = lists[:0:c.events]
		chips = lists[c.events : c.events : c.events+c.chips]
		i := c.events + c.chips
		interested = lists[i : i : i+c.interested]
		shown = lists[i+c.interested : i+c.interested : n]
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
		case stShown:
			if s, err = d.text(f); err == nil {
				shown = append(shown, s)
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
		case stHeardOnly:
			st.HeardOnly, err = f.bool()
		case stLastJobsTurn:
			st.LastJobsTurn, err = f.int()
		case stCareEnded:
			st.CareEnded, err = f.int()
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
	st.Events, st.Chips, st.Interested, st.Shown = orNil(events), orNil(chips), orNil(interested), orNil(shown)
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
	err := f.fields(func(g field) (err error) {
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
		return err
	})
	if err != nil {
		return l, prints, err
	}
	return l, prints, nil
}

func (d *stateDecoder) known(f field, m map[string]Fact) error {
	var key string
	var fact Fact
	err := f.fields(func(g field) (err error) {
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
		return err
	})
	if err != nil {
		return err
	}
	m[key] = fact
	return nil
}

// pair reads an entry of a map of strings into m.
func (d *stateDecoder) pair(f field, m map[string]string) error {
	var key, value string
	err := f.fields(func(g field) (err error) {
		switch g.num {
		case pairKey:
			key, err = d.text(g)
		case pairValue:
			value, err = d.text(g)
		}
		return err
	})
	if err != nil {
		return err
	}
	m[key] = value
	return nil
}

func (d *stateDecoder) guided(f field, m map[Category]int) error {
	var key string
	var n int
	err := f.fields(func(g field) (err error) {
		switch g.num {
		case pairKey:
			key, err = d.word(g)
		case pairValue:
			n, err = g.int()
		}
		return err
	})
	if err != nil {
		return err
	}
	m[Category(key)] = n
	return nil
}

func (d *stateDecoder) profile(f field, p *Profile) error {
	err := f.fields(func(g field) (err error) {
		switch g.num {
		case profileDisplayName:
			p.DisplayName, err = d.text(g)
		case profileFetchedAt:
			p.FetchedAt, err = g.time()
		}
		return err
	})
	if err != nil {
		return err
	}
	return nil
}

func (d *stateDecoder) care(f field, c *Care) error {
	err := f.fields(func(g field) (err error) {
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
		case careAsked:
			s, err = d.word(g)
			c.Asked = s
		case careJobs:
			c.Jobs, err = g.int()
		case careWorry:
			s, err = d.word(g)
			c.Worry = Category(s)
		case careUrgent:
			c.Urgent, err = g.bool()
		case carePending:
			c.Pending, err = d.text(g)
		case careLaughing:
			c.Laughing, err = g.bool()
		case careHarmed:
			c.Harmed, err = g.bool()
		case careReady:
			c.Ready, err = g.bool()
		}
		return err
	})
	if err != nil {
		return err
	}
	return nil
}

func (d *stateDecoder) intake(f field, in *Intake) error {
	err := f.fields(func(g field) (err error) {
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
		return err
	})
	if err != nil {
		return err
	}
	return nil
}
