package store

// Console users, one hash for all (a few dozen people):
//
//	<prefix>:console:users  HASH name → accounts.User JSON (bcrypt hash only)
//	<prefix>:console:canned HASH "texts" → the recruiters' canned replies, JSON

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/redis/go-redis/v9"

	"github.com/akari-career/akari/internal/accounts"
	"github.com/akari-career/akari/internal/akari"
)

func (s *Store) usersKey() string  { return s.prefix + ":console:users" }
func (s *Store) cannedKey() string { return s.prefix + ":console:canned" }

// AddUser stores a new user; accounts.ErrExists when the name is taken.
func (s *Store) AddUser(ctx context.Context, u accounts.User) error {
	raw, err := json.Marshal(u)
	if err != nil {
		return fmt.Errorf("encode user: %w", err)
	}
	ok, err := s.rdb.HSetNX(ctx, s.usersKey(), u.Name, raw).Result()
	if err != nil {
		return fmt.Errorf("add user %s: %w", u.Name, err)
	}
	if !ok {
		return fmt.Errorf("%w: %s: %w", akari.ErrConflict, u.Name, accounts.ErrExists)
	}
	return nil
}

// CountUsers counts the users.
func (s *Store) CountUsers(ctx context.Context) (int64, error) {
	n, err := s.rdb.HLen(ctx, s.usersKey()).Result()
	if err != nil {
		return 0, fmt.Errorf("count users: %w", err)
	}
	return n, nil
}

// User loads one user; akari.ErrNotFound when there is none.
func (s *Store) User(ctx context.Context, name string) (accounts.User, error) {
	raw, err := s.rdb.HGet(ctx, s.usersKey(), name).Bytes()
	if errors.Is(err, redis.Nil) {
		return accounts.User{}, fmt.Errorf("user %s: %w", name, akari.ErrNotFound)
	}
	if err != nil {
		return accounts.User{}, fmt.Errorf("load user %s: %w", name, err)
	}
	var u accounts.User
	if err := json.Unmarshal(raw, &u); err != nil {
		return accounts.User{}, fmt.Errorf("decode user %s: %w", name, err)
	}
	return u, nil
}

// Users lists every user by name.
func (s *Store) Users(ctx context.Context) ([]accounts.User, error) {
	m, err := s.rdb.HGetAll(ctx, s.usersKey()).Result()
	if err != nil {
		return nil, fmt.Errorf("list users: %w", err)
	}
	out := make([]accounts.User, 0, len(m))
	for name, raw := range m {
		var u accounts.User
		if err := json.Unmarshal([]byte(raw), &u); err != nil {
			return nil, fmt.Errorf("decode user %s: %w", name, err)
		}
		out = append(out, u)
	}
	slices.SortFunc(out, func(a, b accounts.User) int { return strings.Compare(a.Name, b.Name) })
	return out, nil
}

// SetUserDisabled disables (or enables again) a user; their sessions stop
// working at their next request, since the console looks the user up on
// every one.
func (s *Store) SetUserDisabled(ctx context.Context, name string, disabled bool) error {
	key := s.usersKey()
	return s.rdb.Watch(ctx, func(tx *redis.Tx) error {
		raw, err := tx.HGet(ctx, key, name).Bytes()
		if errors.Is(err, redis.Nil) {
			return fmt.Errorf("user %s: %w", name, akari.ErrNotFound)
		}
		if err != nil {
			return fmt.Errorf("load user %s: %w", name, err)
		}
		var u accounts.User
		if err := json.Unmarshal(raw, &u); err != nil {
			return fmt.Errorf("decode user %s: %w", name, err)
		}
		u.Disabled = disabled
		out, err := json.Marshal(u)
		if err != nil {
			return err
		}
		_, err = tx.TxPipelined(ctx, func(p redis.Pipeliner) error {
			p.HSet(ctx, key, name, out)
			return nil
		})
		return err
	}, key)
}

// CannedReplies returns the recruiters' canned replies (テンプレート).
func (s *Store) CannedReplies(ctx context.Context) ([]string, error) {
	raw, err := s.rdb.HGet(ctx, s.cannedKey(), "texts").Bytes()
	if errors.Is(err, redis.Nil) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("load canned replies: %w", err)
	}
	var out []string
	if err := json.Unmarshal(raw, &out); err != nil {
		return nil, fmt.Errorf("decode canned replies: %w", err)
	}
	return out, nil
}

// SetCannedReplies replaces the canned replies.
func (s *Store) SetCannedReplies(ctx context.Context, texts []string) error {
	raw, err := json.Marshal(texts)
	if err != nil {
		return err
	}
	if err := s.rdb.HSet(ctx, s.cannedKey(), "texts", raw).Err(); err != nil {
		return fmt.Errorf("save canned replies: %w", err)
	}
	return nil
}
