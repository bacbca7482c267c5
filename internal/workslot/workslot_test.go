package workslot_test

import (
	"context"
	"testing"

	"github.com/akari-career/akari/internal/workslot"
)

func TestOverlappingWaitsGiveTheSlotBackOnce(t *testing.T) {
	sem := make(chan struct{}, 1)
	sem <- struct{}{} // the handler holds the only slot
	ctx := workslot.With(context.Background(), func() { <-sem }, func() { sem <- struct{}{} })
	a := workslot.Wait(ctx)
	b := workslot.Wait(ctx)
	if len(sem) != 0 {
		t.Fatalf("slot still held during the wait")
	}
	sem <- struct{}{} // another event uses the slot meanwhile…
	<-sem             // …and gives it back
	a()
	a() // ending a wait twice is harmless
	if len(sem) != 0 {
		t.Fatalf("slot taken back while a wait goes on")
	}
	b()
	if len(sem) != 1 {
		t.Fatalf("slot not taken back after the last wait")
	}
	workslot.Wait(context.Background())() // no slot: nothing happens
}
