package uuid

import (
	"regexp"
	"testing"
)

func TestV5MatchesTheRFCExample(t *testing.T) {
	// RFC 9562 appendix A.4: namespace DNS, name "www.example.com".
	got := V5(NameSpaceDNS(), "www.example.com").String()
	if want := "2ed6657d-e927-568b-95e1-2665a8aea6a2"; got != want {
		t.Errorf("V5(DNS, www.example.com) = %s, want %s", got, want)
	}
}

func TestV5IsStableAndNameSpecific(t *testing.T) {
	a, b := V5(NameSpaceDNS(), "ev1"), V5(NameSpaceDNS(), "ev1")
	if a != b {
		t.Errorf("same name gave %s and %s", a, b)
	}
	if c := V5(NameSpaceDNS(), "ev2"); c == a {
		t.Errorf("different names gave the same %s", a)
	}
}

var canonical = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-([0-9a-f])[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)

func TestV4IsRandomWithVersionAndVariant(t *testing.T) {
	seen := map[UUID]bool{}
	for range 100 {
		u := V4()
		m := canonical.FindStringSubmatch(u.String())
		if m == nil || m[1] != "4" || u.Version() != 4 {
			t.Fatalf("V4() = %s, want a version-4 RFC-variant UUID", u)
		}
		if seen[u] {
			t.Fatalf("V4() repeated %s", u)
		}
		seen[u] = true
	}
}

func TestParseRoundTripsAndRefusesJunk(t *testing.T) {
	u := V4()
	if got, err := Parse(u.String()); err != nil || got != u {
		t.Errorf("Parse(%s) = %s, %v", u, got, err)
	}
	for _, s := range []string{"", "not-a-uuid", "6ba7b8109dad11d180b400c04fd430c8", "6ba7b810-9dad-11d1-80b4-00c04fd430cz"} {
		if _, err := Parse(s); err == nil {
			t.Errorf("Parse(%q) accepted junk", s)
		}
	}
}
