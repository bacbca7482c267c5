package notify

import (
	"context"
	"fmt"
	"strings"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/leads"
)

// GroupPusher sends a text to a LINE group the recruiters are in. The app
// passes the LINE sender in; this package does not import internal/line.
type GroupPusher interface {
	PushGroup(ctx context.Context, groupID, text string) error
}

// Group announces leads in a LINE group (AKARI_LEAD_NOTIFY_GROUP) with the
// category's label and the console link only.
type Group struct {
	pusher  GroupPusher
	groupID string
	label   func(akari.Category) string
}

var _ leads.Notifier = (*Group)(nil)

// NewGroup returns a notifier for groupID; label turns a category into its
// Japanese label (nil: the id is shown).
func NewGroup(p GroupPusher, groupID string, label func(akari.Category) string) *Group {
	if label == nil {
		label = func(c akari.Category) string { return string(c) }
	}
	return &Group{pusher: p, groupID: groupID, label: label}
}

// NotifyLead implements leads.Notifier.
func (g *Group) NotifyLead(ctx context.Context, n leads.Notice) error {
	if err := g.pusher.PushGroup(ctx, g.groupID, GroupText(n, g.label)); err != nil {
		return fmt.Errorf("lead group notice: %w", err)
	}
	return nil
}

// GroupText is the group message for a notice.
func GroupText(n leads.Notice, label func(akari.Category) string) string {
	var b strings.Builder
	b.WriteString("新しいご相談が届きました。\n")
	fmt.Fprintf(&b, "お悩み：%s\n", label(n.Category))
	if n.URL != "" {
		fmt.Fprintf(&b, "コンソールで確認してください：%s", n.URL)
	} else {
		fmt.Fprintf(&b, "コンソールで確認してください（ID：%s）", n.ID)
	}
	return b.String()
}

var _ leads.AssignNotifier = (*Group)(nil)

// NotifyAssigned implements leads.AssignNotifier.
func (g *Group) NotifyAssigned(ctx context.Context, a leads.Assignment) error {
	if err := g.pusher.PushGroup(ctx, g.groupID, AssignedText(a, g.label)); err != nil {
		return fmt.Errorf("assignment group notice: %w", err)
	}
	return nil
}

// AssignedText is the group message for an assignment.
func AssignedText(a leads.Assignment, label func(akari.Category) string) string {
	var b strings.Builder
	if a.By == a.Assignee {
		fmt.Fprintf(&b, "%sさんがご相談を担当します。\n", a.Assignee)
	} else {
		fmt.Fprintf(&b, "%sさんの担当になったご相談があります（割り当て：%s）。\n", a.Assignee, a.By)
	}
	fmt.Fprintf(&b, "お悩み：%s\n", label(a.Category))
	if a.URL != "" {
		fmt.Fprintf(&b, "コンソールで確認してください：%s", a.URL)
	} else {
		fmt.Fprintf(&b, "コンソールで確認してください（ID：%s）", a.ID)
	}
	return b.String()
}
