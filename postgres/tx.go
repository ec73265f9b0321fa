package postgres

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/jackc/pgx/v5"
	"github.com/reprint/reprint/engine"
)

// Update implements engine.Store. It runs on the writer's connection,
// which holds the archive's lock; a connection lost since (a server
// restart, a cancelled statement) is reopened and the lock taken again,
// or ErrBusy if another writer took it meanwhile.
func (s *Store) Update(ctx context.Context, fn func(engine.Tx) error) error {
	if s.readOnly {
		return fmt.Errorf("%s: %w (it was opened for reading)", s.where, engine.ErrReadOnly)
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	if s.closed {
		return fmt.Errorf("%s: archive is closed", s.where)
	}
	if s.writer.IsClosed() {
		if err := s.connectWriter(ctx, relockPatience); err != nil {
			return err
		}
	}
	tx, err := s.writer.Begin(ctx)
	if err != nil && s.writer.IsClosed() && ctx.Err() == nil {
		// The session was lost since the last write (and with it the
		// lock), found only now: connect, lock and begin again.
		if err := s.connectWriter(ctx, relockPatience); err != nil {
			return err
		}
		tx, err = s.writer.Begin(ctx)
	}
	if err != nil {
		return fmt.Errorf("starting a write: %w", s.wrap(err))
	}
	t := &txn{s: s, tx: tx, ctx: ctx}
	fail := func(err error) error {
		tx.Rollback(context.WithoutCancel(ctx))
		return err
	}
	if err := fn(t); err != nil {
		return fail(err)
	}
	if err := t.flush(); err != nil {
		return fail(err)
	}
	// The cache of document frequencies follows this store's commits
	// (DF): a commit that logged nothing changed no count.
	landing := t.genAfter > 0
	if landing {
		s.dfc.Landing(t.genBefore, t.genAfter)
	}
	if err := tx.Commit(ctx); err != nil {
		if landing {
			s.dfc.Landed()
		}
		return fail(fmt.Errorf("committing: %w", s.wrap(err)))
	}
	if landing {
		s.dfc.Advance(t.genBefore, t.genAfter, t.dfDelta)
	}
	return nil
}

// txn is a write transaction. Articles, removals, pairs and the end of
// pending go to the server as they come; postings and term counts are
// gathered and written at commit (flush), one statement for all of them.
type txn struct {
	s   *Store
	tx  pgx.Tx
	ctx context.Context

	postings []posting       // put in this transaction, to append to lists
	firstPut int64           // Seq of the first article put and not flushed, or 0
	terms    map[int64]int64 // document frequency changes
	counts   map[string]int64
	changed  map[int64]bool // articles touched, for the change log: removed

	// What the transaction changed, for the cache of document
	// frequencies (DF): the counts, and the archive's generation (the
	// change log's last position) before it and after it; 0: it logged
	// nothing yet.
	dfDelta             map[int64]int64
	genBefore, genAfter int64
}

// posting is one (key, article) entry gathered for flush.
type posting struct {
	key int64
	seq int32
}

func (t *txn) count(name string, delta int64) {
	if t.counts == nil {
		t.counts = map[string]int64{}
	}
	t.counts[name] += delta
}

// appendLists appends gathered postings to their lists, in one
// statement: the entries are grouped by key, and each list either takes
// them (kept ascending: a transaction's Seqs are above every stored one)
// or, when that would make it longer than its cap, becomes capped —
// seqs NULL, which no later append undoes.
const appendLists = `
WITH u AS (
	SELECT k, array_agg(s ORDER BY s) AS s, max(c) AS c
	FROM unnest($1::int8[], $2::int4[], $3::int4[]) AS x(k, s, c) GROUP BY k
), m AS (
	SELECT u.k, CASE
		WHEN l.key IS NOT NULL AND l.seqs IS NULL THEN NULL
		WHEN coalesce(cardinality(l.seqs), 0) + cardinality(u.s) > u.c THEN NULL
		ELSE coalesce(l.seqs, '{}') || u.s END AS seqs
	FROM u LEFT JOIN lists l ON l.key = u.k
)
INSERT INTO lists(key, seqs) SELECT k, seqs FROM m
ON CONFLICT (key) DO UPDATE SET seqs = excluded.seqs`

// flush writes the gathered postings, term counts and counts.
func (t *txn) flush() error {
	if len(t.postings) > 0 {
		slices.SortFunc(t.postings, func(x, y posting) int {
			return cmp.Or(cmp.Compare(x.key, y.key), cmp.Compare(x.seq, y.seq))
		})
		t.postings = slices.Compact(t.postings) // a key given twice for one article
		keys := make([]int64, len(t.postings))
		seqs := make([]int32, len(t.postings))
		caps := make([]int32, len(t.postings))
		for i, p := range t.postings {
			keys[i], seqs[i] = p.key, p.seq
			caps[i] = int32(min(max(t.s.maxList(uint64(p.key)), 0), math.MaxInt32))
		}
		if _, err := t.tx.Exec(t.ctx, appendLists, keys, seqs, caps); err != nil {
			return fmt.Errorf("archiving postings: %w", t.s.wrap(err))
		}
		t.postings, t.firstPut = t.postings[:0], 0
	}
	if err := t.flushTerms(); err != nil {
		return fmt.Errorf("archiving term counts: %w", err)
	}
	if t.s.hasLog {
		if err := t.flushChanges(); err != nil {
			return err
		}
	}
	if len(t.counts) > 0 {
		names := make([]string, 0, len(t.counts))
		deltas := make([]int64, 0, len(t.counts))
		for name, d := range t.counts {
			names, deltas = append(names, name), append(deltas, d)
		}
		_, err := t.tx.Exec(t.ctx, `UPDATE counts SET n = counts.n + d.n FROM unnest($1::text[], $2::int8[]) AS d(name, n) WHERE counts.name = d.name`, names, deltas)
		if err != nil {
			return fmt.Errorf("archiving counts: %w", t.s.wrap(err))
		}
		clear(t.counts)
	}
	return nil
}

// flushTerms applies the gathered document frequency changes: counts the
// terms already known, adds the changes, and drops terms whose frequency
// fell to zero, keeping the terms count.
func (t *txn) flushTerms() error {
	terms := make([]int64, 0, len(t.terms))
	deltas := make([]int32, 0, len(t.terms))
	if t.dfDelta == nil {
		t.dfDelta = map[int64]int64{}
	}
	for term, d := range t.terms {
		if d != 0 {
			terms, deltas = append(terms, term), append(deltas, int32(d))
			t.dfDelta[term] += d
		}
	}
	clear(t.terms)
	if len(terms) == 0 {
		return nil
	}
	var b pgx.Batch
	b.Queue(`SELECT count(*) FROM terms WHERE term = ANY($1)`, terms)
	b.Queue(`INSERT INTO terms(term, df) SELECT * FROM unnest($1::int8[], $2::int4[])
		ON CONFLICT (term) DO UPDATE SET df = terms.df + excluded.df`, terms, deltas)
	b.Queue(`DELETE FROM terms WHERE term = ANY($1) AND df <= 0`, terms)
	res := t.tx.SendBatch(t.ctx, &b)
	defer res.Close()
	var known int64
	if err := res.QueryRow().Scan(&known); err != nil {
		return t.s.wrap(err)
	}
	if _, err := res.Exec(); err != nil {
		return t.s.wrap(err)
	}
	tag, err := res.Exec()
	if err != nil {
		return t.s.wrap(err)
	}
	t.count("terms", int64(len(terms))-known-tag.RowsAffected())
	return res.Close()
}

// Put implements engine.Tx.
func (t *txn) Put(rec *engine.Record, keys, terms []uint64) (int64, error) {
	info, err := engine.EncodeInfo(rec)
	if err != nil {
		return 0, err
	}
	text := rec.Compressed
	if text == nil {
		if text, err = engine.CompressText(rec.Text); err != nil {
			return 0, err
		}
	}
	if len(rec.Text) > math.MaxInt32 {
		return 0, fmt.Errorf("archiving %q: a text of %d bytes is too long", rec.ID, len(rec.Text))
	}
	var seq int64
	err = t.tx.QueryRow(t.ctx, `INSERT INTO articles(id, hash, pending, words, bytes, info, text) VALUES($1, $2, true, $3, $4, $5, $6) RETURNING seq`,
		[]byte(rec.ID), rec.Hash[:], rec.Words, len(rec.Text), info, text).Scan(&seq)
	if err != nil {
		return 0, fmt.Errorf("archiving %q: %w", rec.ID, t.s.wrap(err))
	}
	if seq <= 0 || seq > math.MaxInt32 {
		return 0, fmt.Errorf("archiving %q: article number %d out of range", rec.ID, seq)
	}
	if t.firstPut == 0 {
		t.firstPut = seq
	}
	for _, k := range keys {
		t.postings = append(t.postings, posting{int64(k), int32(seq)})
	}
	t.logChange(seq, false)
	t.count("articles", 1)
	t.count("pending", 1)
	t.count("words", int64(rec.Words))
	t.count("bytes", int64(len(rec.Text)))
	t.count("postings", int64(len(keys)))
	if t.terms == nil {
		t.terms = map[int64]int64{}
	}
	for _, term := range terms {
		t.terms[int64(term)]++
	}
	return seq, nil
}

// Remove implements engine.Tx.
func (t *txn) Remove(seq int64, keys, terms []uint64) error {
	if t.firstPut != 0 && seq >= t.firstPut {
		// Its postings are still gathered: write them, then remove them.
		if err := t.flush(); err != nil {
			return fmt.Errorf("removing article #%d: %w", seq, err)
		}
	}
	var pending bool
	var words, bytes int64
	err := t.tx.QueryRow(t.ctx, `DELETE FROM articles WHERE seq = $1 RETURNING pending, words, bytes`, seq).Scan(&pending, &words, &bytes)
	if errors.Is(err, pgx.ErrNoRows) {
		return fmt.Errorf("removing article #%d: %w", seq, engine.ErrNotFound)
	}
	if err != nil {
		return fmt.Errorf("removing article #%d: %w", seq, t.s.wrap(err))
	}
	t.logChange(seq, true)
	t.count("articles", -1)
	if pending {
		t.count("pending", -1)
	}
	t.count("words", -words)
	t.count("bytes", -bytes)
	t.count("postings", -int64(len(keys)))
	ks := make([]int64, len(keys))
	for i, k := range keys {
		ks[i] = int64(k)
	}
	// Capped lists (seqs NULL) stay capped; a list left empty goes.
	var b pgx.Batch
	b.Queue(`DELETE FROM lists WHERE key = ANY($1) AND seqs = ARRAY[$2::int4]`, ks, seq)
	b.Queue(`UPDATE lists SET seqs = array_remove(seqs, $2::int4) WHERE key = ANY($1) AND $2::int4 = ANY(seqs)`, ks, seq)
	b.Queue(`DELETE FROM pairs WHERE a = $1 OR b = $1`, seq)
	res := t.tx.SendBatch(t.ctx, &b)
	defer res.Close()
	for range 2 {
		if _, err := res.Exec(); err != nil {
			return fmt.Errorf("removing article #%d: postings: %w", seq, t.s.wrap(err))
		}
	}
	tag, err := res.Exec()
	if err != nil {
		return fmt.Errorf("removing article #%d: pairs: %w", seq, t.s.wrap(err))
	}
	t.count("pairs", -tag.RowsAffected())
	if err := res.Close(); err != nil {
		return fmt.Errorf("removing article #%d: %w", seq, t.s.wrap(err))
	}
	if t.terms == nil {
		t.terms = map[int64]int64{}
	}
	for _, term := range terms {
		t.terms[int64(term)]--
	}
	return nil
}

// PutPair implements engine.Tx.
func (t *txn) PutPair(p engine.PairRecord) error {
	data, err := engine.EncodePair(&p.Pair)
	if err != nil {
		return err
	}
	// The CTE reads the table as before the insert: it tells a new pair
	// from a replaced one.
	var existed int64
	err = t.tx.QueryRow(t.ctx, `WITH old AS (SELECT 1 FROM pairs WHERE a = $1 AND b = $2)
		INSERT INTO pairs(a, b, relation, data) VALUES($1, $2, $3, $4)
		ON CONFLICT (a, b) DO UPDATE SET relation = excluded.relation, data = excluded.data
		RETURNING (SELECT count(*) FROM old)`, p.A, p.B, int16(p.Pair.Relation), data).Scan(&existed)
	if err != nil {
		return fmt.Errorf("storing pair %d-%d: %w", p.A, p.B, t.s.wrap(err))
	}
	t.count("pairs", 1-existed)
	t.logChange(p.A, false)
	t.logChange(p.B, false)
	return nil
}

// Done implements engine.Tx.
func (t *txn) Done(seq int64) error {
	tag, err := t.tx.Exec(t.ctx, `UPDATE articles SET pending = false WHERE seq = $1 AND pending`, seq)
	if err != nil {
		return fmt.Errorf("article #%d: %w", seq, t.s.wrap(err))
	}
	t.count("pending", -tag.RowsAffected())
	t.logChange(seq, false)
	return nil
}
