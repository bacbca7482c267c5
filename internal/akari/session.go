package akari

import "time"

// Session is one login of a recruiter or operator to the console (not a
// conversation with a person). The console checks and renders it; the
// store keeps it so that every replica of the console sees the same logins.
type Session struct {
	Token string `json:"-"` // the cookie value; only its hash is stored
	User  string `json:"user"`
	// Role is the user's role in the console, looked up on every request
	// (never stored with the session, so a change applies at once).
	Role      string    `json:"-"`
	CSRF      string    `json:"csrf"` // the token every form of this session carries
	CreatedAt time.Time `json:"createdAt"`
	ExpiresAt time.Time `json:"expiresAt"`
}
