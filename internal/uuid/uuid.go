// Package uuid makes the two kinds of UUID Akari needs, per RFC 9562: name-
// based version 5 (SHA-1), so that the same name always yields the same id —
// LINE's X-Line-Retry-Key for one event must be identical on every retry,
// from any process — and random version 4, for ids that must never repeat.
// It exists so that the version and variant bits are set in one place, and
// checked against the RFC's own example.
package uuid

import (
	"crypto/rand"
	"crypto/sha1"
	"encoding/hex"
	"fmt"
)

// UUID is 16 bytes in network order.
type UUID [16]byte

// NameSpaceDNS is the RFC's namespace for domain names; it anchors the test
// vector. A function, not a variable, so no package holds mutable state.
func NameSpaceDNS() UUID { return MustParse("6ba7b810-9dad-11d1-80b4-00c04fd430c8") }

// V5 returns the name-based UUID of name in namespace: the first 16 bytes
// of SHA-1(namespace ‖ name), with version 5 and the RFC variant.
func V5(namespace UUID, name string) UUID {
	h := sha1.New()
	h.Write(namespace[:])
	h.Write([]byte(name))
	var u UUID
	copy(u[:], h.Sum(nil))
	return u.with(5)
}

// V4 returns a random UUID. crypto/rand never fails on supported systems
// (it panics rather than return short), so there is no error to handle.
func V4() UUID {
	var u UUID
	rand.Read(u[:])
	return u.with(4)
}

// with sets the version nibble and the 10xx variant bits (RFC 9562 §4.1,
// §4.2).
func (u UUID) with(version byte) UUID {
	u[6] = u[6]&0x0f | version<<4
	u[8] = u[8]&0x3f | 0x80
	return u
}

// Version is the version nibble.
func (u UUID) Version() int { return int(u[6] >> 4) }

// String is the canonical 8-4-4-4-12 lower-case form.
func (u UUID) String() string {
	var b [36]byte
	hex.Encode(b[0:8], u[0:4])
	b[8] = '-'
	hex.Encode(b[9:13], u[4:6])
	b[13] = '-'
	hex.Encode(b[14:18], u[6:8])
	b[18] = '-'
	hex.Encode(b[19:23], u[8:10])
	b[23] = '-'
	hex.Encode(b[24:], u[10:])
	return string(b[:])
}

// Parse reads the canonical form.
func Parse(s string) (UUID, error) {
	var u UUID
	if len(s) != 36 || s[8] != '-' || s[13] != '-' || s[18] != '-' || s[23] != '-' {
		return u, fmt.Errorf("uuid %q: not in 8-4-4-4-12 form", s)
	}
	hexDigits := s[0:8] + s[9:13] + s[14:18] + s[19:23] + s[24:]
	if _, err := hex.Decode(u[:], []byte(hexDigits)); err != nil {
		return UUID{}, fmt.Errorf("uuid %q: %w", s, err)
	}
	return u, nil
}

// MustParse is Parse for constants written in the source.
func MustParse(s string) UUID {
	u, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return u
}
