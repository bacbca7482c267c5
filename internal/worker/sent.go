package worker

import "sync"

// sentMemory remembers the events this process delivered a reply for,
// most recent first out, so that an attempt retried after a failed commit
// (Redis down longer than the commit budget, or the commit's answer lost)
// never says the same thing twice. Redis keeps the same fact in the send
// marker; this covers the moments Redis cannot be told.
type sentMemory struct {
	mu    sync.Mutex
	max   int
	set   map[string]struct{}
	order []string
}

func newSentMemory(n int) *sentMemory {
	return &sentMemory{max: n, set: make(map[string]struct{}, n)}
}

func (m *sentMemory) add(userID, eventID string) {
	k := userID + "/" + eventID
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.set[k]; ok {
		return
	}
	m.set[k] = struct{}{}
	m.order = append(m.order, k)
	if len(m.order) > m.max {
		delete(m.set, m.order[0])
		m.order = m.order[1:]
	}
}

func (m *sentMemory) has(userID, eventID string) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	_, ok := m.set[userID+"/"+eventID]
	return ok
}
