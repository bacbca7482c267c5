// Package accounts holds who may use the console: each recruiter, operator
// and admin logs in as themselves, with a role that says which part of the
// console they may open, and a password kept only as a bcrypt hash. The
// store keeps the users (internal/store); the console checks them; `akari
// users` and the admin page manage them.
package accounts

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"golang.org/x/crypto/bcrypt"

	"github.com/akari-career/akari/internal/akari"
)

// Role says which part of the console a user may open.
type Role string

// The roles. An admin may open everything.
const (
	Recruiter Role = "recruiter" // leads: lists, conversations, assignment
	Operator  Role = "operator"  // the studio: playground, quality, simulator
	Admin     Role = "admin"     // users and settings (canned replies), and all the rest
)

// Roles lists the roles in display order.
func Roles() []Role { return []Role{Recruiter, Operator, Admin} }

// ParseRole refuses unknown roles.
func ParseRole(s string) (Role, error) {
	for _, r := range Roles() {
		if string(r) == s {
			return r, nil
		}
	}
	return "", fmt.Errorf("%w: unknown role %q (recruiter, operator or admin)", akari.ErrInvalid, s)
}

// Area is a part of the console.
type Area string

// The console's areas.
const (
	AreaLeads  Area = "leads"
	AreaStudio Area = "studio"
	AreaAdmin  Area = "admin"
)

// May reports whether role r may open area a.
func (r Role) May(a Area) bool {
	switch r {
	case Admin:
		return true
	case Recruiter:
		return a == AreaLeads
	case Operator:
		return a == AreaStudio
	}
	return false
}

// User is one person who logs in to the console.
type User struct {
	Name      string    `json:"name"` // the login, shown in the audit trail
	Role      Role      `json:"role"`
	Hash      string    `json:"hash"` // bcrypt
	Disabled  bool      `json:"disabled,omitempty"`
	CreatedAt time.Time `json:"createdAt"`
	CreatedBy string    `json:"createdBy,omitempty"`
}

// MinPassword is the shortest password accepted, in characters.
const MinPassword = 12

// New makes a user with a hashed password, checking the name, the role
// and the password's length.
func New(name string, role Role, password, by string, at time.Time) (User, error) {
	name = strings.TrimSpace(name)
	switch {
	case name == "" || utf8.RuneCountInString(name) > 64 || strings.ContainsAny(name, ":\r\n\t"):
		return User{}, fmt.Errorf("%w: user name %q (1–64 characters, no colon)", akari.ErrInvalid, name)
	case utf8.RuneCountInString(password) < MinPassword:
		return User{}, fmt.Errorf("%w: password shorter than %d characters", akari.ErrInvalid, MinPassword)
	case len(password) > 72:
		return User{}, fmt.Errorf("%w: password longer than 72 bytes", akari.ErrInvalid)
	}
	if _, err := ParseRole(string(role)); err != nil {
		return User{}, err
	}
	h, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
	if err != nil {
		return User{}, fmt.Errorf("hash password: %w", err)
	}
	return User{Name: name, Role: role, Hash: string(h), CreatedAt: at.UTC(), CreatedBy: by}, nil
}

// Check reports whether password is the user's and the user may log in.
func (u User) Check(password string) bool {
	if u.Disabled || u.Hash == "" {
		return false
	}
	return bcrypt.CompareHashAndPassword([]byte(u.Hash), []byte(password)) == nil
}

// dummyHash is compared against when the user is unknown, so a login for
// a name that does not exist takes as long as one that does.
// It is made on first use, not at start-up.
var dummyHash = sync.OnceValue(func() []byte {
	h, _ := bcrypt.GenerateFromPassword([]byte("no such user, no such password"), bcrypt.DefaultCost)
	return h
})

// CheckNone spends the time of a password check, for unknown users.
func CheckNone(password string) {
	bcrypt.CompareHashAndPassword(dummyHash(), []byte(password))
}

// ErrExists refuses a second user of one name.
var ErrExists = errors.New("a user of that name exists")
