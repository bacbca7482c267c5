package conversation_test

import (
	"strings"
	"testing"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/leads"
)

// consented walks a person who only talks about quitting a call-centre
// job through guidance, a chip tap, the intake and consent.
func consented(t *testing.T) (*chat, []step) {
	t.Helper()
	c := newChat(t)
	var rs []step
	r := c.say("コールセンターの派遣、もう辞めたいです")
	rs = append(rs, step{r.Worry, "own words"})
	chip := ""
	for _, q := range r.Reply.QuickReplies {
		if q.Data == "" && !strings.Contains(q.Label, "担当") {
			chip = q.Label
			if q.Text != "" {
				chip = q.Text
			}
			break
		}
	}
	if chip == "" {
		t.Fatalf("no chip to tap after guidance: %s", chipLabels(r))
	}
	r = c.say(chip)
	rs = append(rs, step{r.Worry, "chip " + chip})
	r = c.say("担当者と話したい")
	rs = append(rs, step{r.Worry, "asking for a recruiter"})
	for _, a := range []string{"東京", "在宅がいい", "正社員", "夜なら大丈夫", "スキップ"} {
		r = c.say(a)
		rs = append(rs, step{r.Worry, "intake " + a})
	}
	r = c.say("はい、共有します")
	rs = append(rs, step{r.Worry, "consent"})
	if len(c.book.created) != 1 {
		t.Fatalf("no lead after consent: %q", text(r))
	}
	return c, rs
}

// step is what one message counted as.
type step struct {
	worry bool
	what  string
}

func TestSummaryCountsOnlyThePersonsOwnWords(t *testing.T) {
	c, steps := consented(t)
	for i, s := range steps {
		if want := i == 0; s.worry != want {
			t.Errorf("%s counted as a worry told: %v, want %v", s.what, s.worry, want)
		}
	}
	l := c.book.created[0]
	for _, never := range []string{"はい、共有します", "担当者と話したい", "東京", "正社員", lib.Label(akari.RemoteWorkEnvy), lib.Label(akari.CareerChange)} {
		if strings.Contains(l.Summary, never) {
			t.Errorf("the lead summary holds %q, which the person never told as a worry:\n%s", never, l.Summary)
		}
	}
	for _, want := range []string{lib.Label(akari.Resignation), "コールセンター"} {
		if !strings.Contains(l.Summary, want) {
			t.Errorf("the lead summary lacks %q:\n%s", want, l.Summary)
		}
	}
	// The transcript is the record of the conversation: everything stays.
	if !strings.Contains(l.Transcript[len(l.Transcript)-1].Text, "共有します") {
		t.Errorf("the transcript lost the consent: %+v", l.Transcript[len(l.Transcript)-1])
	}
}

func TestMessagesAfterConsentAreRelayedToTheLead(t *testing.T) {
	c := newChat(t)
	if r := c.say("転職したいです"); r.Effects.Relay != nil {
		t.Errorf("relayed before consent: %+v", r.Effects.Relay)
	}
	c, _ = consented(t)
	id := c.book.created[0].ID

	r := c.say("明日の夜なら電話できます。090-1111-2222です")
	rel := r.Effects.Relay
	if rel == nil || rel.LeadID != id || len(rel.Messages) < 2 {
		t.Fatalf("relay after consent = %+v, want the person's message and Akari's answer for lead %s", rel, id)
	}
	if m := rel.Messages[0]; m.From != leads.FromPerson || !strings.Contains(m.Text, "明日の夜") || strings.Contains(m.Text, "1111") {
		t.Errorf("the person's relayed message = %+v, want it masked", m)
	}
	if m := rel.Messages[1]; m.From != leads.FromAkari || m.Text == "" {
		t.Errorf("Akari's relayed answer = %+v", m)
	}

	r = c.send(akari.Event{Kind: akari.EventNonText, Media: "image"})
	if rel := r.Effects.Relay; rel == nil || rel.Messages[0].Media != "image" || rel.Messages[0].Text != "画像が送られました" {
		t.Errorf("an image after consent relays %+v, want 「画像が送られました」 without content", rel)
	}

	c.takeover = akari.Takeover{Recruiter: "山田", Active: true}
	r = c.say("よろしくお願いします")
	if rel := r.Effects.Relay; rel == nil || rel.Messages[0].Text != "よろしくお願いします" || len(rel.Messages) != 2 {
		t.Errorf("first message during a takeover relays %+v, want it and the one notice", rel)
	}
	r = c.say("夕方なら大丈夫です")
	if rel := r.Effects.Relay; !r.Reply.Empty() || rel == nil || len(rel.Messages) != 1 {
		t.Errorf("second message during a takeover: reply %q relay %+v, want silence and the message relayed", text(r), rel)
	}
	if r := c.say("共有をやめる"); r.Effects.Relay != nil {
		t.Errorf("withdrawing still relays %+v", r.Effects.Relay)
	}
}

func TestHandBackTellsThePersonAndKeepsTheNote(t *testing.T) {
	c, _ := consented(t)
	c.takeover = akari.Takeover{HandBack: "明日10時にお電話しますね"}
	r := c.say("わかりました、ありがとうございます")
	if !r.Effects.HandBackSeen || len(r.Reply.Messages) < 2 || !strings.Contains(r.Reply.Messages[0].Text, "ここからはまたAkari") {
		t.Fatalf("first reply after a hand-back: %q (seen %v), want Akari to say she is back", text(r), r.Effects.HandBackSeen)
	}
	found := false
	for _, turn := range c.st.Turns {
		found = found || strings.Contains(turn.Text, "明日10時にお電話しますね")
	}
	if !found {
		t.Error("what the recruiter said is not in Akari's memory after the hand-back")
	}
	c.takeover = akari.Takeover{}
	if r := c.say("上司にはどう伝えればいい？"); strings.Contains(text(r), "ここからはまたAkari") {
		t.Errorf("Akari says she is back twice: %q", text(r))
	}
}
