package akari

import (
	"strings"
	"testing"
)

func TestWithoutBlocked(t *testing.T) {
	turns := []Turn{
		{Role: RoleUser, Text: "a"}, {Role: RoleAkari, Text: "b"},
		{Role: RoleUser, Text: "steer", Blocked: true}, {Role: RoleAkari, Text: "declined"},
		{Role: RoleUser, Text: "c"}, {Role: RoleAkari, Text: "d"},
	}
	var got []string
	for _, t := range WithoutBlocked(turns) {
		got = append(got, t.Text)
	}
	if strings.Join(got, ",") != "a,b,c,d" {
		t.Errorf("WithoutBlocked kept %v, want a,b,c,d", got)
	}
}
