package facts

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestMemoryMerge(t *testing.T) {
	x := NewExtractor()
	var m Memory
	for turn, text := range []string{
		"派遣でコールセンターやってます",
		"在宅週2なんだけど、上司が冷たい",
		"3歳の娘がいて最近眠れなくて",
		"子どもは二人です",
		"今は在宅週3になった。同僚ともうまくいかない",
		"動悸もする",
	} {
		m.Merge(x.Extract(text), turn+1)
	}
	want := []string{
		"雇用形態: 派遣",
		"仕事: コールセンター",
		"在宅勤務: 週3日",
		"子ども: 2人（3歳）",
		"うまくいっていない相手: 上司・同僚",
		"体調のサイン: 眠れない・動悸",
	}
	if diff := cmp.Diff(want, m.Display()); diff != "" {
		t.Errorf("Display() mismatch (-want +got):\n%s", diff)
	}
	if e, _ := m.Get(RemoteDays); e.Turn != 5 {
		t.Errorf("remote_days turn = %d, want 5", e.Turn)
	}
	if !m.Known(Children) || m.Known(Age) {
		t.Errorf("Known(children)=%v Known(age)=%v, want true false", m.Known(Children), m.Known(Age))
	}
	if !m.Has(Health, "動悸") || m.Has(Health, "頭痛") || !m.Has(Employment, "派遣") {
		t.Errorf("Has gave wrong answers for %v", m)
	}
}

func TestMemoryOlderTurnDoesNotOverride(t *testing.T) {
	var m Memory
	m.Merge([]Found{{Key: RemoteDays, Value: "3", Say: "週3日"}}, 5)
	m.Merge([]Found{{Key: RemoteDays, Value: "2", Say: "週2日"}}, 4)
	if e, _ := m.Get(RemoteDays); e.Value != "3" {
		t.Errorf("remote_days = %q after an older turn, want 3", e.Value)
	}
}

func TestMemoryChildrenCombine(t *testing.T) {
	tests := []struct {
		name, old, now, want string
	}{
		{"count keeps ages", "1+(3歳)", "2", "2(3歳)"},
		{"ages keep count", "2", "1+(小3)", "2(小3)"},
		{"new ages replace", "2(3歳)", "2(4歳,1歳)", "2(4歳,1歳)"},
		{"none replaces", "2(3歳)", "0", "0"},
		{"some replaces none", "0", "1+(3歳)", "1+(3歳)"},
		{"both lower bounds", "1+(3歳)", "2+(小1,年中)", "2+(小1,年中)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mergeChildren(tt.old, tt.now); got != tt.want {
				t.Errorf("mergeChildren(%q, %q) = %q, want %q", tt.old, tt.now, got, tt.want)
			}
		})
	}
}

func TestMemoryMultiValuesAreBounded(t *testing.T) {
	var m Memory
	for i, v := range []string{"眠れない", "動悸", "頭痛", "めまい", "吐き気", "耳鳴り", "涙が出る", "眠れない"} {
		m.Merge([]Found{{Key: Health, Value: v}}, i)
	}
	if got, want := m[Health].Value, "頭痛,めまい,吐き気,耳鳴り,涙が出る,眠れない"; got != want {
		t.Errorf("health = %q, want %q", got, want)
	}
}

func TestMemoryJSONIsCompact(t *testing.T) {
	x := NewExtractor()
	var m Memory
	m.Merge(x.Extract("在宅週2、出社は火曜だけ"), 1)
	m.Merge(x.Extract("入社３年目です"), 2)
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	// Say is stored only when it is not the value's default form.
	if got, want := string(b), `{"remote_days":{"v":"2","t":1},"tenure":{"v":"3y","s":"3年目","t":2}}`; got != want {
		t.Errorf("json = %s, want %s", got, want)
	}
	var back Memory
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(m, back); diff != "" {
		t.Errorf("round trip mismatch (-want +got):\n%s", diff)
	}
}

func TestMemoryIgnoresUnknownKeys(t *testing.T) {
	var m Memory
	m.Merge([]Found{{Key: "shoe_size", Value: "24"}, {Key: Age, Value: ""}}, 1)
	if len(m) != 0 {
		t.Errorf("memory = %v, want empty", m)
	}
	if m.Display() != nil {
		t.Errorf("Display() of empty memory = %v, want nil", m.Display())
	}
}
