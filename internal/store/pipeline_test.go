package store_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"sync"
	"testing"

	"github.com/redis/go-redis/v9"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/redistest"
	"github.com/akari-career/akari/internal/store"
)

// firstReplies records, for every pipeline, whether its first command
// answered without an error.
type firstReplies struct {
	mu   sync.Mutex
	nils []string // the first commands that answered an error (redis.Nil)
	seen int
}

func (*firstReplies) DialHook(next redis.DialHook) redis.DialHook { return next }
func (*firstReplies) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	return next
}
func (f *firstReplies) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return func(ctx context.Context, cmds []redis.Cmder) error {
		err := next(ctx, cmds)
		if len(cmds) > 0 && (cmds[0].Name() == "client" || cmds[0].Name() == "hello") {
			return err // the connection's set-up, not ours
		}
		f.mu.Lock()
		defer f.mu.Unlock()
		f.seen++
		if len(cmds) > 0 && cmds[0].Err() != nil {
			f.nils = append(f.nils, cmds[0].String())
		}
		return err
	}
}

var _ redis.Hook = (*firstReplies)(nil)

// Begin's pipeline starts with a command that answers even for a person
// never seen (every GET of it answers nil): go-redis asks whether the
// pipeline is worth retrying when its first command fails, and for
// redis.Nil that is a dozen error checks that allocate, on every event.
func TestBeginsPipelineStartsWithACommandThatAnswers(t *testing.T) {
	rdb, prefix := redistest.Client(t)
	f := &firstReplies{}
	rdb.AddHook(f)
	s := store.New(rdb, prefix)
	ctx := context.Background()
	for _, claim := range []bool{true, false} {
		if _, err := s.Begin(ctx, "Unew", "ev1", akari.BeginOptions{ClaimReply: claim}); err != nil {
			t.Fatal(err)
		}
	}
	if f.seen < 2 {
		t.Fatalf("saw %d pipelines, want Begin's two", f.seen)
	}
	if len(f.nils) > 0 {
		t.Errorf("pipelines began with a command answering an error: %q", f.nils)
	}
}

// The keys Begin and Commit make in one piece are the keys the rest of
// the store names, for any person id.
func TestKeysOfAPersonAreTheStoresKeys(t *testing.T) {
	rdb, prefix := redistest.Client(t)
	s := store.New(rdb, prefix)
	for _, id := range []string{"U1", "", "U:{x}", "Uaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "ユーザー"} {
		if got, want := s.KeysOf(id); got != want {
			t.Errorf("keys of %q = %q, want %q", id, got, want)
		}
	}
}

// The erased-event marker keeps the name releases before this one gave
// it (one of them may have written it just before an upgrade).
func TestErasedMarkerKeepsItsName(t *testing.T) {
	rdb, prefix := redistest.Client(t)
	s := store.New(rdb, prefix)
	for _, ids := range [][2]string{{"U1", "ev1"}, {"", ""}, {"U\x00", "e"}, {"Uaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "01HXYZABCDEFGHJKMNPQRSTVWX"}} {
		sum := sha256.Sum256([]byte(ids[0] + "\x00" + ids[1]))
		if got, want := s.ErasedKey(ids[0], ids[1]), prefix+":erased:"+hex.EncodeToString(sum[:16]); got != want {
			t.Errorf("erased marker of %q = %q, want %q", ids, got, want)
		}
	}
}
