// Package notify is the adapter that tells recruiters a lead arrived or was
// assigned to one of them: a JSON webhook (AKARI_LEAD_WEBHOOK_URL) and a
// LINE group message (AKARI_LEAD_NOTIFY_GROUP). The domain decides what a
// notice holds (leads.Notice and leads.Assignment, deliberately without
// personal data); this package only
// carries it, over the shared retrying transport (internal/httpretry), so
// internal/leads never touches the network.
package notify
