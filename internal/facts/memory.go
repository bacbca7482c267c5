package facts

import (
	"strings"

	"github.com/akari-career/akari/internal/akari"
)

// maxValues bounds a multi-valued key so the stored state stays small.
const maxValues = 6

// Entry is one remembered fact. Say is stored only when it differs from the
// value's default Japanese form.
type Entry = akari.Fact

// Memory is what is known about the person, keyed by fact kind. It lives in
// the conversation state (akari.State.Known); its JSON is compact:
//
//	{"remote_days":{"v":"2","t":3},"children":{"v":"2(小3)","t":4}}
//
// The zero value (nil) is an empty memory; Merge allocates.
type Memory map[Key]Entry

// Merge records facts found in the person's message of the given turn. A
// later statement replaces an earlier one (「在宅は週2」 then 「今は週3」 is 3);
// a statement from an older turn than what is stored is ignored. For
// trouble_with, health and wishes the values accumulate, newest last, up to
// six. Children details combine: a count said later keeps ages said before.
func (m *Memory) Merge(found []Found, turn int) {
	for _, f := range found {
		if !f.Key.Valid() || f.Value == "" {
			continue
		}
		if *m == nil {
			*m = Memory{}
		}
		old, had := (*m)[f.Key]
		if had && old.Turn > turn {
			continue
		}
		e := Entry{Value: f.Value, Say: f.Say, Turn: turn}
		switch {
		case had && f.Key.multi():
			e.Value, e.Say = addValues(old.Value, f.Value), ""
		case had && f.Key == Children:
			e.Value, e.Say = mergeChildren(old.Value, f.Value), ""
		}
		if e.Say == sayFor(f.Key, e.Value) {
			e.Say = ""
		}
		(*m)[f.Key] = e
	}
}

// addValues appends the values of add to list, moving repeats to the end
// and dropping the oldest beyond maxValues.
func addValues(list, add string) string {
	vals := strings.Split(list, ",")
	for _, a := range strings.Split(add, ",") {
		kept := vals[:0]
		for _, v := range vals {
			if v != a && v != "" {
				kept = append(kept, v)
			}
		}
		vals = append(kept, a)
	}
	if len(vals) > maxValues {
		vals = vals[len(vals)-maxValues:]
	}
	return strings.Join(vals, ",")
}

// mergeChildren combines two children values. 「子どもはいない」 or a new
// count replaces the count; ages said before are kept when the new
// statement names none.
func mergeChildren(old, now string) string {
	if now == "0" || old == "0" {
		return now
	}
	on, oAtLeast, oAges := ChildrenCount(old)
	nn, nAtLeast, nAges := ChildrenCount(now)
	count := itoa(nn)
	switch {
	case nAtLeast && !oAtLeast && on >= nn:
		count = itoa(on)
	case nAtLeast && oAtLeast:
		count = itoa(max(on, nn)) + "+"
	case nAtLeast:
		count = itoa(nn) + "+"
	}
	ages := nAges
	if len(ages) == 0 {
		ages = oAges
	}
	if len(ages) > 0 {
		return count + "(" + strings.Join(ages, ",") + ")"
	}
	return count
}

// Known reports whether the key has a value.
func (m Memory) Known(k Key) bool {
	_, ok := m[k]
	return ok
}

// Get returns the entry for a key.
func (m Memory) Get(k Key) (Entry, bool) {
	e, ok := m[k]
	return e, ok
}

// Has reports whether a multi-valued key holds v (Has(Health, "眠れない")),
// or a single-valued key equals v (Has(Status, StatusQuit)).
func (m Memory) Has(k Key, v string) bool {
	e, ok := m[k]
	if !ok {
		return false
	}
	if !k.multi() {
		return e.Value == v
	}
	for _, x := range strings.Split(e.Value, ",") {
		if x == v {
			return true
		}
	}
	return false
}

// Display returns one Japanese line per known fact, in key order, for the
// 「分かっていること」 block of a prompt: 「雇用形態: 派遣」「在宅勤務: 週2日」.
func (m Memory) Display() []string {
	if len(m) == 0 {
		return nil
	}
	lines := make([]string, 0, len(m))
	for _, k := range Keys() {
		e, ok := m[k]
		if !ok {
			continue
		}
		say := e.Say
		if say == "" {
			say = sayFor(k, e.Value)
		}
		lines = append(lines, k.Label()+": "+say)
	}
	return lines
}

// FromState is the memory kept in a conversation state.
func FromState(known map[string]akari.Fact) Memory {
	if len(known) == 0 {
		return nil
	}
	m := make(Memory, len(known))
	for k, e := range known {
		if Key(k).Valid() {
			m[Key(k)] = e
		}
	}
	return m
}

// State is the memory in the form the conversation state keeps.
func (m Memory) State() map[string]akari.Fact {
	if len(m) == 0 {
		return nil
	}
	out := make(map[string]akari.Fact, len(m))
	for k, e := range m {
		out[string(k)] = e
	}
	return out
}
