package store

// Lead indexes: lists, filters, counts and the CSV are served from sorted
// sets instead of loading every lead.
//
// Every index is a ZSET of lead ids scored by creation time (unix ms), so a
// date range is a score range and "newest first" is the reverse order.
// They all carry one hash tag, {leads}, so in a Redis Cluster they live in
// one slot and an intersection (ZINTERSTORE) or a MULTI over them is legal;
// the leads themselves (<prefix>:lead:<id>) and their conversations
// ({l:<id>}) spread over the cluster, and are read with pipelines that
// go-redis splits by node. One slot for the indexes is deliberate: they are
// small (an id and a score per lead per set) and every list needs several
// of them together.
//
//	<prefix>:{leads}:all                  every lead
//	<prefix>:{leads}:st:<status>          by status
//	<prefix>:{leads}:cat:<category>       by worry
//	<prefix>:{leads}:asg:<assignee>       by assignee ("-" for none)
//	<prefix>:{leads}:st:<s>:cat:<c>       status × worry, for counts
//	<prefix>:{leads}:asg:<a>:st:<s>       assignee × status, for counts
//	<prefix>:{leads}:waiting              leads whose person waits for an
//	                                      answer, scored by since when
//	<prefix>:{leads}:assignees            SET of every assignee ever named
//	<prefix>:{leads}:v                    the index layout version
//	<prefix>:{leads}:tmp:<random>         intersections, deleted after use
//
// The indexes are written after the lead (they are in another slot), so a
// crash in between can leave them stale: readers check every lead they load
// against the filter and repair its entries when they disagree.

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/akari-career/akari/internal/akari"
	"github.com/akari-career/akari/internal/leads"
)

// indexVersion names the current layout; MigrateLeadIndexes builds it.
const indexVersion = "2"

func (s *Store) indexTag() string        { return s.prefix + ":{leads}" }
func (s *Store) allKey() string          { return s.indexTag() + ":all" }
func (s *Store) oldLeadIndexKey() string { return s.prefix + ":leads" }
func (s *Store) statusKey(st leads.Status) string {
	return s.indexTag() + ":st:" + string(st)
}
func (s *Store) categoryKey(c akari.Category) string { return s.indexTag() + ":cat:" + string(c) }
func (s *Store) assigneeKey(a string) string         { return s.indexTag() + ":asg:" + assigneeID(a) }
func (s *Store) statusCategoryKey(st leads.Status, c akari.Category) string {
	return s.statusKey(st) + ":cat:" + string(c)
}
func (s *Store) assigneeStatusKey(a string, st leads.Status) string {
	return s.assigneeKey(a) + ":st:" + string(st)
}
func (s *Store) tmpKey() string       { return s.indexTag() + ":tmp:" + newLeadID() }
func (s *Store) assigneesKey() string { return s.indexTag() + ":assignees" }

// assigneeID keeps any name safe inside a key.
func assigneeID(a string) string {
	if a == "" {
		return "-"
	}
	return url.PathEscape(a)
}

// indexKeys are the sets a lead belongs to.
func (s *Store) indexKeys(l *leads.Lead) []string {
	return []string{
		s.allKey(), s.statusKey(l.Status), s.categoryKey(l.Category), s.assigneeKey(l.Assignee),
		s.statusCategoryKey(l.Status, l.Category), s.assigneeStatusKey(l.Assignee, l.Status),
	}
}

// indexLead puts the lead in its sets and the person's set, idempotently.
func (s *Store) indexLead(ctx context.Context, l *leads.Lead) error {
	z := redis.Z{Score: float64(l.CreatedAt.UnixMilli()), Member: l.ID}
	_, err := s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for _, k := range s.indexKeys(l) {
			p.ZAdd(ctx, k, z)
		}
		if l.Assignee != "" {
			p.SAdd(ctx, s.assigneesKey(), l.Assignee)
		}
		if l.UserID != "" {
			p.SAdd(ctx, s.userLeadsKey(l.UserID), l.ID)
		}
		return nil
	})
	return err
}

// reindexLead moves the lead between sets after a change, in one MULTI on
// the index slot.
func (s *Store) reindexLead(ctx context.Context, before, after *leads.Lead) error {
	old, cur := s.indexKeys(before), s.indexKeys(after)
	if slices.Equal(old, cur) {
		return nil
	}
	z := redis.Z{Score: float64(after.CreatedAt.UnixMilli()), Member: after.ID}
	_, err := s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		for _, k := range old {
			if !slices.Contains(cur, k) {
				p.ZRem(ctx, k, after.ID)
			}
		}
		for _, k := range cur {
			p.ZAdd(ctx, k, z)
		}
		if after.Assignee != "" {
			p.SAdd(ctx, s.assigneesKey(), after.Assignee)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("reindex lead %s: %w", after.ID, err)
	}
	return nil
}

// unindexLead removes the lead from every set it could be in: for a lead
// whose key is gone, or before its entries are rebuilt.
func (s *Store) unindexLead(ctx context.Context, id string) error {
	names, err := s.rdb.SMembers(ctx, s.assigneesKey()).Result()
	if err != nil {
		return fmt.Errorf("unindex lead %s: %w", id, err)
	}
	keys := []string{s.allKey()}
	for _, st := range leads.Statuses() {
		keys = append(keys, s.statusKey(st))
		for _, c := range akari.Categories() {
			keys = append(keys, s.statusCategoryKey(st, c))
		}
		for _, a := range append(names, "") {
			keys = append(keys, s.assigneeStatusKey(a, st))
		}
	}
	for _, c := range akari.Categories() {
		keys = append(keys, s.categoryKey(c))
	}
	for _, a := range append(names, "") {
		keys = append(keys, s.assigneeKey(a))
	}
	_, err = s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		for _, k := range keys {
			p.ZRem(ctx, k, id)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("unindex lead %s: %w", id, err)
	}
	return nil
}

// scoreRange is f's date range as ZSET score bounds.
func scoreRange(f leads.Filter) (lo, hi string) {
	lo, hi = "-inf", "+inf"
	if !f.From.IsZero() {
		lo = strconv.FormatInt(f.From.UnixMilli(), 10)
	}
	if !f.To.IsZero() {
		hi = "(" + strconv.FormatInt(f.To.UnixMilli(), 10)
	}
	return lo, hi
}

// query is how one filter is read: a set to read, made by intersecting
// inter into it first when no single set holds the filter.
type query struct {
	key   string
	inter []string // non-empty: ZINTERSTORE key inter... first
}

// listQuery picks the narrowest set for f: one set when the filter has at
// most one of category and assignee, an intersection otherwise.
func (s *Store) listQuery(f leads.Filter) query {
	cat, asg := f.Category != "", f.Assignee != ""
	switch {
	case !cat && !asg && f.Status == "":
		return query{key: s.allKey()}
	case !cat && !asg:
		return query{key: s.statusKey(f.Status)}
	case cat && !asg && f.Status == "":
		return query{key: s.categoryKey(f.Category)}
	case cat && !asg:
		return query{key: s.statusCategoryKey(f.Status, f.Category)}
	case !cat && f.Status == "":
		return query{key: s.assigneeKey(f.Assignee)}
	case !cat:
		return query{key: s.assigneeStatusKey(f.Assignee, f.Status)}
	case f.Status == "":
		return query{key: s.tmpKey(), inter: []string{s.assigneeKey(f.Assignee), s.categoryKey(f.Category)}}
	}
	return query{key: s.tmpKey(), inter: []string{s.assigneeStatusKey(f.Assignee, f.Status), s.categoryKey(f.Category)}}
}

// countQuery is the set of leads with status st matching f apart from its
// status.
func (s *Store) countQuery(f leads.Filter, st leads.Status) query {
	g := f
	g.Status = st
	return s.listQuery(g)
}

// tmpTTL bounds how long a forgotten intersection lingers.
const tmpTTL = 30 * time.Second

func (q query) prepare(ctx context.Context, p redis.Pipeliner) {
	if len(q.inter) > 0 {
		p.ZInterStore(ctx, q.key, &redis.ZStore{Keys: q.inter, Aggregate: "MAX"})
		p.Expire(ctx, q.key, tmpTTL)
	}
}

func (q query) done(ctx context.Context, p redis.Pipeliner) {
	if len(q.inter) > 0 {
		p.Del(ctx, q.key)
	}
}

// ListLeads returns the leads matching f, newest first, limit of them from
// offset (limit <= 0: all), with the total and the per-status counts — in
// one round trip to the index slot and one pipelined read of the page's
// leads, whatever the number of leads.
func (s *Store) ListLeads(ctx context.Context, f leads.Filter, limit, offset int) (leads.Page, error) {
	lo, hi := scoreRange(f)
	offset = max(offset, 0)
	list := s.listQuery(f)
	counts := make([]query, 0, len(leads.Statuses()))
	for _, st := range leads.Statuses() {
		counts = append(counts, s.countQuery(f, st))
	}
	var ids *redis.StringSliceCmd
	var total *redis.IntCmd
	ns := make([]*redis.IntCmd, len(counts))
	_, err := s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		list.prepare(ctx, p)
		rng := &redis.ZRangeBy{Min: lo, Max: hi, Offset: int64(offset), Count: int64(limit)}
		if limit <= 0 {
			rng.Count = -1
		}
		ids = p.ZRevRangeByScore(ctx, list.key, rng)
		total = p.ZCount(ctx, list.key, lo, hi)
		list.done(ctx, p)
		for i, q := range counts {
			q.prepare(ctx, p)
			ns[i] = p.ZCount(ctx, q.key, lo, hi)
			q.done(ctx, p)
		}
		return nil
	})
	if err != nil {
		return leads.Page{}, fmt.Errorf("list leads: %w", err)
	}
	page := leads.Page{Counts: leads.Counts{}, Leads: []*leads.Lead{}, Total: int(total.Val())}
	for i, st := range leads.Statuses() {
		if n := ns[i].Val(); n > 0 {
			page.Counts[st] = int(n)
		}
	}
	got, err := s.getLeads(ctx, ids.Val())
	if err != nil {
		return leads.Page{}, err
	}
	for _, l := range got {
		if !f.Match(l) {
			// A stale entry (a crash between a lead's write and its
			// index's): repaired for the next reader.
			s.repairIndex(ctx, l)
			continue
		}
		page.Leads = append(page.Leads, l)
	}
	return page, nil
}

// repairIndex puts a lead's index entries right from the lead itself.
// Best effort: a failure leaves the entry for the next reader to repair.
func (s *Store) repairIndex(ctx context.Context, l *leads.Lead) {
	if s.unindexLead(ctx, l.ID) == nil {
		s.indexLead(ctx, l)
	}
}

// EachLead calls fn with every lead matching f, newest first, reading them
// a batch at a time so that an export of any size streams in little
// memory. The matching ids are first copied into a snapshot set, so leads
// created meanwhile neither shift nor repeat rows.
func (s *Store) EachLead(ctx context.Context, f leads.Filter, fn func(*leads.Lead) error) error {
	lo, hi := scoreRange(f)
	q := s.listQuery(f)
	snap := q.key
	if len(q.inter) == 0 {
		snap = s.tmpKey()
		q.inter = []string{q.key}
		q.key = snap
	}
	_, err := s.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
		q.prepare(ctx, p)
		p.Expire(ctx, snap, 10*time.Minute)
		return nil
	})
	if err != nil {
		return fmt.Errorf("export leads: %w", err)
	}
	defer s.rdb.Del(context.WithoutCancel(ctx), snap)
	const batch = 500
	for offset := int64(0); ; offset += batch {
		ids, err := s.rdb.ZRevRangeByScore(ctx, snap, &redis.ZRangeBy{Min: lo, Max: hi, Offset: offset, Count: batch}).Result()
		if err != nil {
			return fmt.Errorf("export leads: %w", err)
		}
		got, err := s.getLeads(ctx, ids)
		if err != nil {
			return err
		}
		for _, l := range got {
			if !f.Match(l) {
				continue
			}
			if err := fn(l); err != nil {
				return err
			}
		}
		if len(ids) < batch {
			return nil
		}
	}
}

// MigrateLeadIndexes builds the indexes from the leads when the stored
// layout is older (the first start after an upgrade), and reports how many
// leads it indexed. Running it twice is harmless.
func (s *Store) MigrateLeadIndexes(ctx context.Context) (int, error) {
	v, err := s.rdb.Get(ctx, s.indexTag()+":v").Result()
	if err != nil && !errors.Is(err, redis.Nil) {
		return 0, fmt.Errorf("lead index version: %w", err)
	}
	if v == indexVersion {
		return 0, nil
	}
	ids, err := s.rdb.ZRange(ctx, s.oldLeadIndexKey(), 0, -1).Result()
	if err != nil {
		return 0, fmt.Errorf("migrate lead indexes: %w", err)
	}
	n := 0
	for batch := range slices.Chunk(ids, 500) {
		got, err := s.getLeads(ctx, batch)
		if err != nil {
			return n, fmt.Errorf("migrate lead indexes: %w", err)
		}
		for _, l := range got {
			if err := s.indexLead(ctx, l); err != nil {
				return n, fmt.Errorf("migrate lead indexes: %w", err)
			}
			n++
		}
	}
	if err := s.rdb.Set(ctx, s.indexTag()+":v", indexVersion, 0).Err(); err != nil {
		return n, fmt.Errorf("lead index version: %w", err)
	}
	return n, nil
}
