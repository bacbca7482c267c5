package store

// Console sessions and the login slow-down, kept in Redis so that several
// replicas of the console share them.
//
//	<prefix>:console:session:<sha256(token)>  session JSON, expiring with it
//	<prefix>:console:{login:<key>}:fail       failed logins in the window
//	<prefix>:console:{login:<key>}:lock       present while logins are refused
//
// Only a hash of the session token is stored, so a copy of the database does
// not hand out live sessions. Keys are single-key commands: cluster-safe.

import (
	"context"
	crand "crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/akari-career/akari/internal/akari"
)

func (s *Store) sessionKey(token string) string {
	sum := sha256.Sum256([]byte(token))
	return s.prefix + ":console:session:" + hex.EncodeToString(sum[:])
}

// randomToken returns 32 random bytes, URL-safe.
func randomToken() string {
	b := make([]byte, 32)
	crand.Read(b) // never fails (Go 1.24+)
	return base64.RawURLEncoding.EncodeToString(b)
}

// CreateSession starts a session for user lasting ttl.
func (s *Store) CreateSession(ctx context.Context, user string, ttl time.Duration) (akari.Session, error) {
	now := time.Now().UTC()
	sess := akari.Session{Token: randomToken(), User: user, CSRF: randomToken(), CreatedAt: now, ExpiresAt: now.Add(ttl)}
	raw, err := json.Marshal(sess)
	if err != nil {
		return akari.Session{}, fmt.Errorf("encode session: %w", err)
	}
	if err := s.rdb.Set(ctx, s.sessionKey(sess.Token), raw, ttl).Err(); err != nil {
		return akari.Session{}, fmt.Errorf("create session: %w", err)
	}
	return sess, nil
}

// Session returns the live session with this token; akari.ErrNotFound when
// there is none (unknown, logged out or expired).
func (s *Store) Session(ctx context.Context, token string) (akari.Session, error) {
	if token == "" {
		return akari.Session{}, fmt.Errorf("session: %w", akari.ErrNotFound)
	}
	raw, err := s.rdb.Get(ctx, s.sessionKey(token)).Bytes()
	if errors.Is(err, redis.Nil) {
		return akari.Session{}, fmt.Errorf("session: %w", akari.ErrNotFound)
	}
	if err != nil {
		return akari.Session{}, fmt.Errorf("load session: %w", err)
	}
	var sess akari.Session
	if err := json.Unmarshal(raw, &sess); err != nil {
		return akari.Session{}, fmt.Errorf("decode session: %w", err)
	}
	if !time.Now().Before(sess.ExpiresAt) {
		return akari.Session{}, fmt.Errorf("session: %w", akari.ErrNotFound)
	}
	sess.Token = token
	return sess, nil
}

// DeleteSession ends a session (logout). Ending an unknown one is fine.
func (s *Store) DeleteSession(ctx context.Context, token string) error {
	if err := s.rdb.Del(ctx, s.sessionKey(token)).Err(); err != nil {
		return fmt.Errorf("delete session: %w", err)
	}
	return nil
}

// The two keys of one login key share a hash tag, so LoginSucceeded can
// delete both in one command on a cluster.
func (s *Store) failKey(key string) string { return s.prefix + ":console:{login:" + key + "}:fail" }
func (s *Store) lockKey(key string) string { return s.prefix + ":console:{login:" + key + "}:lock" }

// LoginFailed counts a failed login under key (an IP or a user name,
// chosen by the caller) and returns the number of failures within window
// of the last one.
func (s *Store) LoginFailed(ctx context.Context, key string, window time.Duration) (int64, error) {
	k := s.failKey(key)
	var n *redis.IntCmd
	_, err := s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		n = p.Incr(ctx, k)
		p.PExpire(ctx, k, window)
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("count failed login: %w", err)
	}
	return n.Val(), nil
}

// LockLogin refuses logins under key for d.
func (s *Store) LockLogin(ctx context.Context, key string, d time.Duration) error {
	if err := s.rdb.Set(ctx, s.lockKey(key), "1", d).Err(); err != nil {
		return fmt.Errorf("lock login: %w", err)
	}
	return nil
}

// LoginLocked returns how long logins under key are still refused (0: not).
func (s *Store) LoginLocked(ctx context.Context, key string) (time.Duration, error) {
	d, err := s.rdb.PTTL(ctx, s.lockKey(key)).Result()
	if err != nil {
		return 0, fmt.Errorf("check login lock: %w", err)
	}
	return max(d, 0), nil // -2: no key, -1: no expiry (never set so)
}

// LoginSucceeded forgets the failures under key.
func (s *Store) LoginSucceeded(ctx context.Context, key string) error {
	if err := s.rdb.Del(ctx, s.failKey(key), s.lockKey(key)).Err(); err != nil {
		return fmt.Errorf("reset failed logins: %w", err)
	}
	return nil
}
