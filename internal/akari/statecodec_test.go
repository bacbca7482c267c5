package akari

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"google.golang.org/protobuf/encoding/protowire"
)

// sameTimes compares times as JSON kept them: the instant, to the
// nanosecond, and its offset from UTC and location (UTC, Local, or a
// fixed zone).
var sameTimes = cmp.Comparer(func(a, b time.Time) bool {
	return a.Equal(b) && a.Format(time.RFC3339Nano) == b.Format(time.RFC3339Nano) && a.Location().String() == b.Location().String()
})

func stateDiff(want, got *State) string { return cmp.Diff(want, got, sameTimes) }

// codecFields are the fields of State and of every type in it, as the
// binary form keeps them. TestTheCodecKnowsEveryField compares them with
// the types: a field added to one fails it until it is added here, with a
// field number in statecodec.go.
var codecFields = []string{
	"State.UserID",  // not stored: the key names the person
	"State.Version", // not stored: the store keeps it beside the state
	"State.Profile", "Profile.DisplayName", "Profile.FetchedAt",
	"State.Category", "State.Stage",
	"State.Turns", // as leanTurns: the person's whole, Akari's N and Prints
	"Turn.Role", "Turn.Text", "Turn.Category", "Turn.At", "Turn.Blocked", "Turn.Kind", "Turn.Prints", "Turn.N",
	"State.Summary", "State.TurnCount", "State.Guided",
	"State.Care", "Care.Level", "Care.Since", "Care.Last", "Care.Checked", "Care.Replies", "Care.Asked", "Care.Jobs", "Care.Worry", "Care.Urgent", "Care.Pending", "Care.Laughing", "Care.Harmed", "Care.Ready",
	"State.Facts", "State.Known", "Fact.Value", "Fact.Say", "Fact.Turn",
	"State.Asked", "State.NoJobs", "State.HeardOnly", "State.LastJobsTurn", "State.CareEnded", "State.JobsOffset", "State.Interested", "State.Shown",
	"State.Intake", "Intake.Step", "Intake.Answers", "Intake.Paused", "Intake.Retries", "Intake.Suggested",
	"State.Chips", "State.LeadID", "State.CreatedAt", "State.UpdatedAt", "State.Events",
}

// structFields lists the fields of t and of every struct type in it
// (through pointers, slices and maps), time.Time aside.
func structFields(t reflect.Type, seen map[reflect.Type]bool, out []string) []string {
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice:
		return structFields(t.Elem(), seen, out)
	case reflect.Map:
		return structFields(t.Elem(), seen, structFields(t.Key(), seen, out))
	case reflect.Struct:
		if t == reflect.TypeFor[time.Time]() || seen[t] {
			return out
		}
		seen[t] = true
		for f := range t.Fields() {
			out = append(out, t.Name()+"."+f.Name)
			out = structFields(f.Type, seen, out)
		}
	}
	return out
}

func TestTheCodecKnowsEveryField(t *testing.T) {
	got := structFields(reflect.TypeFor[State](), map[reflect.Type]bool{}, nil)
	for _, f := range got {
		if !slices.Contains(codecFields, f) {
			t.Errorf("%s is not in the binary form of a state: give it a field number in statecodec.go, then add it to codecFields", f)
		}
	}
	for _, f := range codecFields {
		if !slices.Contains(got, f) {
			t.Errorf("codecFields lists %s, which is no field any more", f)
		}
	}
}

// fill sets every field of v, however deep, to a value that is not its
// zero value: a field added later is filled too.
func fill(v reflect.Value, n *int) {
	*n++
	switch v.Kind() {
	case reflect.String:
		v.SetString(fmt.Sprintf("値%d", *n))
	case reflect.Int, reflect.Int64:
		v.SetInt(int64(*n))
	case reflect.Uint32:
		v.SetUint(uint64(0xfeed0000 + *n))
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(v.Elem(), n)
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		fill(v.Index(0), n)
		fill(v.Index(1), n)
	case reflect.Map:
		v.Set(reflect.MakeMap(v.Type()))
		k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
		fill(k, n)
		fill(e, n)
		v.SetMapIndex(k, e)
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[time.Time]() {
			v.Set(reflect.ValueOf(time.Date(2026, 1, 2, 3, 4, *n, *n*int(time.Millisecond), time.UTC)))
			return
		}
		for i := range v.NumField() {
			fill(v.Field(i), n)
		}
	default:
		panic("fill: a field of kind " + v.Kind().String() + ": teach fill and the codec about it")
	}
}

// Every field of a state filled to the last one comes back from the
// binary form, as it came back from the JSON.
func TestEveryFieldComesBack(t *testing.T) {
	var st State
	n := 0
	fill(reflect.ValueOf(&st).Elem(), &n)
	st.Turns[0].Role, st.Turns[0].N, st.Turns[0].Prints = RoleUser, 0, nil
	st.Turns[1].Role = RoleAkari // with a number: read from the store

	want := st
	want.UserID, want.Version = "U1", ""
	want.Turns = slices.Clone(st.Turns)
	want.Turns[1] = Turn{Role: RoleAkari, N: st.Turns[1].N, Prints: st.Turns[1].Prints} // the lean turn

	out, err := EncodeState(&st)
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodeState("U1", out.State)
	if err != nil {
		t.Fatal(err)
	}
	if d := stateDiff(&want, got); d != "" {
		t.Errorf("a state with every field set came back otherwise (-want +got):\n%s", d)
	}
	old, err := jsonEncodeState(&st)
	if err != nil {
		t.Fatal(err)
	}
	if fromJSON, err := jsonDecodeState("U1", old.State); err != nil {
		t.Fatal(err)
	} else if d := stateDiff(fromJSON, got); d != "" {
		t.Errorf("the binary form keeps otherwise than the JSON did (-json +binary):\n%s", d)
	}
}

// randomState is a state as the engine leaves it, at random: texts in
// Japanese and ASCII, maps nil, empty or not, lists with empty strings,
// times to the nanosecond in several zones, 0 to 20 turns of both, Akari's
// new (this event), read from the store (a number, fingerprints or not)
// or with her words restored, or all from before numbers.
func randomState(r *rand.Rand) *State {
	st := &State{
		UserID: "U" + randomText(r, 8), Version: randomText(r, 4),
		Profile:  Profile{DisplayName: randomText(r, 10), FetchedAt: randomTime(r)},
		Category: randomCategory(r), Stage: pick(r, "", StageListening, StageGuiding, StageJobs, StageIntake, "someday"),
		Summary: randomText(r, 200), TurnCount: randomInt(r), Asked: randomText(r, 30),
		NoJobs: r.IntN(2) == 0, HeardOnly: r.IntN(2) == 0, LastJobsTurn: randomInt(r), CareEnded: randomInt(r), JobsOffset: randomInt(r),
		LeadID: randomText(r, 12), CreatedAt: randomTime(r), UpdatedAt: randomTime(r),
		Facts: randomMap(r), Interested: randomList(r), Shown: randomList(r), Chips: randomList(r), Events: randomList(r),
	}
	if r.IntN(5) > 0 {
		st.Guided = map[Category]int{}
		for range r.IntN(5) {
			st.Guided[randomCategory(r)] = randomInt(r)
		}
	}
	if r.IntN(5) > 0 {
		st.Known = map[string]Fact{}
		for range r.IntN(8) {
			st.Known[randomText(r, 12)] = Fact{Value: randomText(r, 20), Say: randomText(r, 20), Turn: randomInt(r)}
		}
	}
	if r.IntN(2) == 0 {
		st.Care = &Care{Level: pick(r, "", RiskNone, RiskConcern, RiskHigh), Since: randomTime(r), Last: randomTime(r), Checked: r.IntN(2) == 0, Replies: randomInt(r), Urgent: r.IntN(2) == 0, Pending: randomText(r, 40), Laughing: r.IntN(2) == 0, Harmed: r.IntN(2) == 0, Ready: r.IntN(2) == 0}
	}
	if r.IntN(2) == 0 {
		st.Intake = &Intake{Step: pick(r, "", StepArea, StepRemote, StepPhone, StepConsent), Answers: randomMap(r), Paused: r.IntN(2) == 0, Retries: randomInt(r), Suggested: randomText(r, 10)}
	}
	numbered, n := r.IntN(4) > 0, r.IntN(40) // n: the number of her first turn, less one
	fresh := r.IntN(21)                      // from which turn on hers are new
	for i := range r.IntN(MaxTurns + 1) {
		if r.IntN(2) == 0 {
			st.Turns = append(st.Turns, Turn{Role: RoleUser, Text: randomText(r, 60), Category: randomCategory(r), At: randomTime(r),
				Blocked: r.IntN(5) == 0, Kind: pick(r, TurnWords, TurnWords, TurnChip, TurnIntake, TurnConsent, TurnRequest)})
			continue
		}
		turn := AkariTurn(randomText(r, 80), randomCategory(r), randomTime(r))
		if numbered && i < fresh {
			n++
			turn.N = n
			switch r.IntN(3) {
			case 0: // read from the store
				turn = Turn{Role: RoleAkari, N: n, Prints: turn.Prints}
			case 1: // read from the store, too far back for fingerprints
				turn = Turn{Role: RoleAkari, N: n}
			}
		}
		st.Turns = append(st.Turns, turn)
	}
	return st
}

func pick[T any](r *rand.Rand, among ...T) T { return among[r.IntN(len(among))] }

func randomCategory(r *rand.Rand) Category {
	if r.IntN(3) == 0 {
		return ""
	}
	return pick(r, append(Categories(), "not_yet_a_category")...)
}

func randomInt(r *rand.Rand) int {
	switch r.IntN(6) {
	case 0:
		return 0
	case 1:
		return -r.IntN(1000)
	}
	return r.IntN(1 << r.IntN(40))
}

// randomText is up to max characters of Japanese and ASCII, with lines
// and sentences; "" a fifth of the time.
func randomText(r *rand.Rand, max int) string {
	if r.IntN(5) == 0 {
		return ""
	}
	var b strings.Builder
	for range 1 + r.IntN(max) {
		switch r.IntN(10) {
		case 0:
			b.WriteString(pick(r, "。", "\n", "①", "、", " ", "😊", `"`, `\`, "<>&"))
		case 1, 2:
			b.WriteByte(byte(' ' + r.IntN(95)))
		case 3, 4, 5:
			b.WriteRune(rune(0x3041 + r.IntN(0x56))) // hiragana
		default:
			b.WriteRune(rune(0x4e00 + r.IntN(0x5000))) // kanji
		}
	}
	return b.String()
}

func randomTime(r *rand.Rand) time.Time {
	if r.IntN(5) == 0 {
		return time.Time{}
	}
	at := time.Unix(946684800+r.Int64N(100*365*86400), r.Int64N(1e9))
	switch r.IntN(4) {
	case 0:
		return at.UTC()
	case 1:
		return at // Local, with a monotonic reading if Now
	case 2:
		return at.In(time.FixedZone("JST", 9*3600))
	}
	return at.In(time.FixedZone("", -(3*3600 + 30*60)))
}

func randomMap(r *rand.Rand) map[string]string {
	switch r.IntN(4) {
	case 0:
		return nil
	case 1:
		return map[string]string{}
	}
	m := map[string]string{}
	for range 1 + r.IntN(8) {
		m[randomText(r, 10)] = randomText(r, 20) // "" included: a skipped answer
	}
	return m
}

func randomList(r *rand.Rand) []string {
	switch r.IntN(4) {
	case 0:
		return nil
	case 1:
		return []string{}
	}
	list := make([]string, 1+r.IntN(16))
	for i := range list {
		list[i] = randomText(r, 32)
	}
	return list
}

// A state stored binary reads as the same state stored as JSON did, and
// the history beside it is the same.
func TestTheBinaryFormReadsAsTheJSONDid(t *testing.T) {
	r := rand.New(rand.NewPCG(16, 2026))
	n := 2000
	if testing.Short() {
		n = 200
	}
	for i := range n {
		st := randomState(r)
		old, err := jsonEncodeState(st)
		if err != nil {
			t.Fatal(err)
		}
		out, err := EncodeState(st)
		if err != nil {
			t.Fatal(err)
		}
		if out.Keep != old.Keep || !slices.Equal(out.Said, old.Said) {
			t.Fatalf("state %d: history %q keep %d, want as before %q keep %d", i, out.Said, out.Keep, old.Said, old.Keep)
		}
		want, err := jsonDecodeState(st.UserID, old.State)
		if err != nil {
			t.Fatal(err)
		}
		got, err := DecodeState(st.UserID, out.State)
		if err != nil {
			t.Fatalf("state %d: %v", i, err)
		}
		if d := stateDiff(want, got); d != "" {
			t.Fatalf("state %d read back otherwise than from JSON (-json +binary):\n%s", i, d)
		}
		// The lean JSON stored by the releases before reads as it did.
		if migrated, err := DecodeState(st.UserID, old.State); err != nil {
			t.Fatal(err)
		} else if d := stateDiff(want, migrated); d != "" {
			t.Fatalf("state %d: its lean JSON reads otherwise than it did (-before +now):\n%s", i, d)
		}
		// A state is always written the same way, maps and all.
		if again, _ := EncodeState(st); !bytes.Equal(again.State, out.State) {
			t.Fatalf("state %d: encoded twice, two forms", i)
		}
	}
}

// The state of a real 20-turn conversation, as the release before the
// binary form stored it (lean JSON; made from state-before-lean.json,
// with facts and jobs of interest), reads as it did and is stored binary
// at the next save with nothing lost.
func TestALeanJSONStateFromBeforeReadsAsItDidThenStoredBinary(t *testing.T) {
	raw, err := os.ReadFile("testdata/state-lean.json")
	if err != nil {
		t.Fatal(err)
	}
	want, err := jsonDecodeState("U1", raw)
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodeState("U1", raw)
	if err != nil {
		t.Fatal(err)
	}
	if d := stateDiff(want, got); d != "" {
		t.Fatalf("the lean JSON reads otherwise than it did (-before +now):\n%s", d)
	}
	if len(got.Turns) != MaxTurns || len(got.Facts) == 0 || len(got.Known) == 0 || len(got.Guided) == 0 || got.Care == nil || len(got.Chips) == 0 || len(got.Events) == 0 {
		t.Fatalf("the fixture is not a full conversation: %+v", got)
	}
	out, err := EncodeState(got)
	if err != nil {
		t.Fatal(err)
	}
	if len(out.Said) != 0 {
		t.Errorf("storing it again sends %d entries to the history, want none: they are there", len(out.Said))
	}
	back, err := DecodeState("U1", out.State)
	if err != nil {
		t.Fatal(err)
	}
	if d := stateDiff(want, back); d != "" {
		t.Errorf("stored binary, the state lost something (-json +binary):\n%s", d)
	}
	if len(out.State) >= len(raw) {
		t.Errorf("binary %d bytes, lean JSON %d: want it smaller", len(out.State), len(raw))
	}
	t.Logf("20 turns: lean JSON %d bytes, binary %d", len(raw), len(out.State))
}

// binaryOf is the binary form of st.
func binaryOf(t testing.TB, st *State) []byte {
	t.Helper()
	out, err := EncodeState(st)
	if err != nil {
		t.Fatal(err)
	}
	return out.State
}

// withBody is the binary form holding body: the version byte and its
// length before it.
func withBody(body []byte) []byte {
	return append(protowire.AppendVarint([]byte{stateBinary}, uint64(len(body))), body...)
}

// bodyOf is the fields of a binary form.
func bodyOf(t testing.TB, raw []byte) []byte {
	t.Helper()
	_, n := protowire.ConsumeVarint(raw[1:])
	if n < 0 {
		t.Fatal("no length")
	}
	return raw[1+n:]
}

// A state written by a later release, with fields this one does not know,
// reads as what this one knows, and its known fields are all there.
func TestFieldsOfALaterReleaseAreSkipped(t *testing.T) {
	st := randomState(rand.New(rand.NewPCG(1, 2)))
	st.Turns = []Turn{{Role: RoleUser, Text: "相談です", At: time.UnixMilli(1764530000123).UTC()}}
	st.Care = &Care{Level: RiskConcern, Since: time.Unix(1764530000, 5).UTC()}
	want, err := DecodeState("U1", binaryOf(t, st))
	if err != nil {
		t.Fatal(err)
	}
	unknown := func(b []byte) []byte {
		b = protowire.AppendTag(b, 90, protowire.VarintType)
		b = protowire.AppendVarint(b, 1<<40)
		b = protowire.AppendTag(b, 91, protowire.Fixed32Type)
		b = protowire.AppendFixed32(b, 7)
		b = protowire.AppendTag(b, 92, protowire.Fixed64Type)
		b = protowire.AppendFixed64(b, 7)
		b = protowire.AppendTag(b, 93, protowire.BytesType)
		b = protowire.AppendString(b, "a field of later")
		b = protowire.AppendTag(b, 94, protowire.StartGroupType)
		b = protowire.AppendTag(b, 1, protowire.VarintType)
		b = protowire.AppendVarint(b, 3)
		return protowire.AppendTag(b, 94, protowire.EndGroupType)
	}
	body := unknown(bytes.Clone(bodyOf(t, binaryOf(t, st))))
	// a turn and a care with fields of later, first and last
	turn := unknown(nil)
	turn = protowire.AppendTag(turn, turnText, protowire.BytesType)
	turn = protowire.AppendString(turn, "もう一つ")
	turn = unknown(turn)
	body = protowire.AppendTag(body, stTurns, protowire.BytesType)
	body = protowire.AppendBytes(body, turn)
	care := unknown(nil)
	care = protowire.AppendTag(care, careLevel, protowire.BytesType)
	care = protowire.AppendString(care, string(RiskHigh))
	body = protowire.AppendTag(body, stCare, protowire.BytesType)
	body = protowire.AppendBytes(body, unknown(care))
	want.Turns = append(want.Turns, Turn{Role: RoleUser, Text: "もう一つ"})
	want.Care = &Care{Level: RiskHigh} // the later one wins, as in protobuf

	got, err := DecodeState("U1", withBody(body))
	if err != nil {
		t.Fatal(err)
	}
	if d := stateDiff(want, got); d != "" {
		t.Errorf("with fields of later (-want +got):\n%s", d)
	}
}

func TestABrokenBinaryStateIsRefused(t *testing.T) {
	st := randomState(rand.New(rand.NewPCG(3, 4)))
	st.Turns = append(st.Turns, AkariTurn("返事です。\n①手順。", Salary, time.Now()))
	raw := binaryOf(t, st)
	for n := range len(raw) {
		if _, err := DecodeState("U1", raw[:n]); err == nil {
			t.Fatalf("DecodeState took the state cut to %d of its %d bytes", n, len(raw))
		}
	}
	if _, err := DecodeState("U1", append(bytes.Clone(raw), 0)); err == nil {
		t.Error("DecodeState took a state with a byte after it")
	}
	// a known field of another wire type, fingerprints not of 32-bit
	// words, a broken varint, an empty field number
	for name, body := range map[string][]byte{
		"summary as a varint": protowire.AppendVarint(protowire.AppendTag(nil, stSummary, protowire.VarintType), 1),
		"turn count as bytes": protowire.AppendString(protowire.AppendTag(nil, stTurnCount, protowire.BytesType), "3"),
		"prints of 5 bytes": protowire.AppendBytes(protowire.AppendTag(nil, stTurns, protowire.BytesType),
			protowire.AppendBytes(protowire.AppendTag(nil, turnPrints, protowire.BytesType), []byte{1, 2, 3, 4, 5})),
		"a time's seconds as bytes": protowire.AppendBytes(protowire.AppendTag(nil, stCreatedAt, protowire.BytesType),
			protowire.AppendBytes(protowire.AppendTag(nil, timeSeconds, protowire.BytesType), []byte{1})),
		"an offset of a day": protowire.AppendBytes(protowire.AppendTag(nil, stCreatedAt, protowire.BytesType),
			protowire.AppendVarint(protowire.AppendTag(nil, timeOffset, protowire.VarintType), protowire.EncodeZigZag(86400))),
		"a varint of 11 bytes":  append(protowire.AppendTag(nil, stTurnCount, protowire.VarintType), bytes.Repeat([]byte{0xff}, 11)...),
		"field number 0":        {0x02, 0x00},
		"an end of group alone": protowire.AppendTag(nil, 5, protowire.EndGroupType),
	} {
		_, err := DecodeState("U1", withBody(body))
		if err == nil || !errors.Is(err, errStateBinary) {
			t.Errorf("%s: DecodeState gave %v, want it refused as a malformed binary state", name, err)
		}
	}
	if _, err := DecodeState("U1", []byte{0x02, 0x01, 0x00}); err == nil || !strings.Contains(err.Error(), "unknown to this release") {
		t.Errorf("a form of a later release: %v", err)
	}
	for _, raw := range []string{"", " ", "\x00", "\x01", "\xff{}", "null?"} {
		if _, err := DecodeState("U1", []byte(raw)); err == nil {
			t.Errorf("DecodeState(%q) gave no error", raw)
		}
	}
}

// The state read shares no memory with the bytes it was read from: the
// Redis client may reuse them for the next reply.
func TestADecodedStateOwnsItsMemory(t *testing.T) {
	st := randomState(rand.New(rand.NewPCG(5, 6)))
	st.Turns = []Turn{{Role: RoleUser, Text: "相談です", At: time.Now()}, {Role: RoleAkari, N: 3, Prints: PrintsOf("返事。")}}
	st.Summary, st.Known = "要約", map[string]Fact{"job": {Value: "事務"}}
	raw := binaryOf(t, st)
	want, err := DecodeState("U1", raw)
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodeState("U1", raw)
	if err != nil {
		t.Fatal(err)
	}
	for i := range raw {
		raw[i] = 0xee
	}
	if d := stateDiff(want, got); d != "" {
		t.Errorf("the state changed with the bytes it was read from (-want +got):\n%s", d)
	}
}

// asStored is st as storing it keeps it — what a state read back must be:
// the person's turns in lean form (times to the millisecond, in UTC),
// Akari's with a number and, for her latest, fingerprints only; no
// version. It restates EncodeState's rules, for FuzzDecodeState.
func asStored(st *State) *State {
	out := *st
	out.Version = ""
	out.Turns = nil
	next, left := 1, 0
	for _, t := range st.Turns {
		if t.Role == RoleAkari {
			next = max(next, t.N+1)
			left++
		}
	}
	for _, t := range st.Turns {
		if t.Role != RoleAkari {
			out.Turns = append(out.Turns, leanOf(t).turn())
			continue
		}
		if t.N == 0 {
			t.N = next
			next++
		}
		if left--; left >= SaidMemory {
			t.Prints = nil
		} else if t.Prints == nil {
			t.Prints = PrintsOf(t.Text)
		}
		if len(t.Prints) == 0 {
			t.Prints = nil
		}
		out.Turns = append(out.Turns, Turn{Role: RoleAkari, N: t.N, Prints: t.Prints})
	}
	return &out
}

// FuzzDecodeState: whatever the bytes, DecodeState does not panic; what
// it takes is stored as asStored says and reads back the same, again and
// again.
//
//	go test ./internal/akari -run '^$' -fuzz FuzzDecodeState -fuzztime 1m
func FuzzDecodeState(f *testing.F) {
	r := rand.New(rand.NewPCG(7, 8))
	for range 20 {
		f.Add(binaryOf(f, randomState(r)))
	}
	for _, name := range []string{"testdata/state-lean.json", "testdata/state-before-lean.json"} {
		raw, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw)
		st, err := DecodeState("U1", raw)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(binaryOf(f, st))
	}
	for _, s := range []string{"", "{}", `{"tl":[{"n":1,"p":""}]}`, "\x01\x00", "\x01\x02\x0a\x00", "\x02", "[]"} {
		f.Add([]byte(s))
	}
	f.Fuzz(readsBack)
}

// readsBack checks that DecodeState does not panic on raw, and that what
// it takes is stored as asStored says and reads back the same, again and
// again.
func readsBack(t *testing.T, raw []byte) {
	st, err := DecodeState("U1", raw)
	if err != nil {
		return
	}
	out, err := EncodeState(st)
	if err != nil {
		return // JSON took a time Akari's words cannot be written with
	}
	back, err := DecodeState("U1", out.State)
	if err != nil {
		t.Fatalf("the state written back is refused: %v", err)
	}
	if d := stateDiff(asStored(st), back); d != "" {
		t.Fatalf("read back otherwise than stored (-want +got):\n%s", d)
	}
	again := binaryOf(t, back)
	if st2, err := DecodeState("U1", again); err != nil {
		t.Fatal(err)
	} else if d := stateDiff(back, st2); d != "" {
		t.Fatalf("a second round changed the state (-first +second):\n%s", d)
	}
	if !bytes.Equal(again, binaryOf(t, back)) {
		t.Fatal("the same state written twice, two forms")
	}
}

// FuzzDecodeState's check on states broken at random, at every go test.
func TestABrokenStateNeverPanics(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	n := 5000
	if testing.Short() {
		n = 500
	}
	for range n {
		raw := binaryOf(t, randomState(r))
		switch r.IntN(4) {
		case 0: // flip bytes
			for range 1 + r.IntN(4) {
				raw[r.IntN(len(raw))] ^= byte(1 + r.IntN(255))
			}
		case 1: // cut, length fixed
			raw = withBody(bodyOf(t, raw)[:r.IntN(len(bodyOf(t, raw))+1)])
		case 2: // flip bytes, length fixed
			body := bodyOf(t, raw)
			if len(body) > 0 {
				for range 1 + r.IntN(4) {
					body[r.IntN(len(body))] ^= byte(1 + r.IntN(255))
				}
			}
			raw = withBody(body)
		case 3: // insert bytes, length fixed
			body := bodyOf(t, raw)
			i := r.IntN(len(body) + 1)
			extra := make([]byte, 1+r.IntN(8))
			for j := range extra {
				extra[j] = byte(r.IntN(256))
			}
			raw = withBody(slices.Insert(slices.Clone(body), i, extra...))
		}
		readsBack(t, raw)
	}
}

// A decoded state has room for the event's two turns: the engine appends
// the person's message and Akari's answer without copying the turns.
func TestADecodedStateHasRoomForAnEvent(t *testing.T) {
	st := &State{UserID: "U1"}
	for i := range 20 {
		st.Turns = append(st.Turns, Turn{Role: RoleUser, Text: fmt.Sprint("message ", i), At: time.UnixMilli(int64(i))})
	}
	out, err := EncodeState(st)
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodeState("U1", out.State)
	if err != nil {
		t.Fatal(err)
	}
	first := &got.Turns[0]
	got.Turns = append(got.Turns, Turn{Role: RoleUser, Text: "new"}, Turn{Role: RoleAkari, Text: "answer"})
	if &got.Turns[0] != first {
		t.Errorf("appending an event's two turns to %d decoded ones copied them (capacity %d)", 20, cap(got.Turns)-2)
	}
}
