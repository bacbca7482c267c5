package app

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/akari-career/akari/internal/advice"
	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/conversation"
	"github.com/akari-career/akari/internal/jobs"
	"github.com/akari-career/akari/internal/playbook"
	"github.com/akari-career/akari/internal/worry"
	"github.com/akari-career/akari/prompts"
)

// harnessWorries are the messages akari-load sends (cmd/akari-load's
// worries), in its order.
var harnessWorries = []string{
	"在宅勤務の日だけ同僚が冷たい", "コールセンターの派遣、もう辞めたい", "クレームを報告したら電話をガチャ切りされた",
	"自分の仕事が誰の役にも立っていない気がする", "子育てと仕事の両立がしんどい", "上司の言い方がきつくてつらい",
	"未経験から事務に転職したい", "残業代が出ないし給料が上がらない",
}

// BenchmarkEngineHarnessMix is the engine's share of the load harness's
// cpu target: 500 people, each message the harness would send them next,
// the state stored and read back between events as the store does. One
// op is one event.
func BenchmarkEngineHarnessMix(b *testing.B) {
	lib, err := playbook.Load(prompts.FS())
	if err != nil {
		b.Fatal(err)
	}
	model, err := worry.Load(prompts.FS())
	if err != nil {
		b.Fatal(err)
	}
	cat, err := loadCatalog("", jobs.DefaultMaxAge)
	if err != nil {
		b.Fatal(err)
	}
	engine, err := NewEngine(Brain{Library: advice.Fixed(lib), Model: func() *worry.Model { return model }, Jobs: cat})
	if err != nil {
		b.Fatal(err)
	}
	const users = 500
	stored := make([][]byte, users)
	ctx := context.Background()
	at := time.Date(2026, 12, 1, 21, 0, 0, 0, time.UTC)
	event := func(i int) {
		u := i % users
		id := fmt.Sprintf("U%05d", u)
		st := &akari.State{UserID: id}
		if stored[u] != nil {
			if st, err = akari.DecodeState(id, stored[u]); err != nil {
				b.Fatal(err)
			}
		}
		ev := akari.Event{ID: fmt.Sprint("ev", i), Kind: akari.EventText, UserID: id, Text: harnessWorries[i%len(harnessWorries)], At: at}
		if _, err := engine.Handle(ctx, st, ev, conversation.Situation{}); err != nil {
			b.Fatal(err)
		}
		st.MarkHandled(ev.ID)
		out, err := akari.EncodeState(st)
		if err != nil {
			b.Fatal(err)
		}
		stored[u] = out.State
	}
	for i := range 20 * users { // every person 20 events in: full states
		event(i)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		event(20*users + i)
	}
}
