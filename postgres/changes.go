package postgres

import (
	"context"
	"fmt"
	"slices"

	"github.com/jackc/pgx/v5"
	"github.com/reprint/reprint/engine"
)

// The change log (engine.ChangeLog)
//
// Every write transaction logs the articles it touched in the changes
// table: n is the log's position, seq the article, removed whether the
// transaction removed it. Put, Remove, Done and PutPair (both its
// articles) log; a transaction logs each article once, at commit (flush),
// in one statement. The log is kept whole.
//
// n comes from a sequence, which hands out numbers as rows are inserted,
// not as they commit: two writers committing out of order could show a
// reader a later number before an earlier one. The archive has one writer
// (its advisory lock) whose transactions take turns (Store.wmu), so the
// log's order is the commits' order.
//
// An archive made before the log gets the table when a writer opens it,
// and the log starts there; opened for reading, such an archive has no log
// (engine.ErrNoChangeLog) until then.

// changesTable is the change log's table, made with the archive or, for
// an archive made before it, when a writer opens it.
const changesTable = `CREATE TABLE IF NOT EXISTS changes(n int8 GENERATED ALWAYS AS IDENTITY PRIMARY KEY, seq int8 NOT NULL, removed bool NOT NULL)`

var _ engine.ChangeLog = (*Store)(nil)

// openLog makes the change log of an archive made before it (for a
// writer) and notes whether the archive has one.
func (s *Store) openLog(ctx context.Context) error {
	has := `SELECT EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'changes')`
	if err := s.pool.QueryRow(ctx, has).Scan(&s.hasLog); err != nil {
		return fmt.Errorf("opening the change log of %s: %w", s.where, s.wrap(err))
	}
	if s.hasLog || s.readOnly {
		return nil
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	if _, err := s.writer.Exec(ctx, changesTable); err != nil {
		if pgCode(err) == "42501" { // insufficient_privilege: a writer who may not make tables
			return nil // no log: readers judge the whole archive
		}
		return fmt.Errorf("making the change log of %s: %w", s.where, s.wrap(err))
	}
	s.hasLog = true
	return nil
}

// Mark implements engine.ChangeLog.
func (s *Store) Mark(ctx context.Context) (int64, error) {
	if !s.hasLog {
		return 0, fmt.Errorf("%s: %w", s.where, engine.ErrNoChangeLog)
	}
	var n int64
	if err := s.pool.QueryRow(ctx, `SELECT coalesce(max(n), 0) FROM changes`).Scan(&n); err != nil {
		return 0, fmt.Errorf("reading the change log: %w", s.wrap(err))
	}
	return n, nil
}

// Changes implements engine.ChangeLog.
func (s *Store) Changes(ctx context.Context, mark int64) ([]engine.Change, int64, error) {
	if !s.hasLog {
		return nil, 0, fmt.Errorf("%s: %w", s.where, engine.ErrNoChangeLog)
	}
	var out []engine.Change
	err := s.each(ctx, `SELECT n, seq, removed FROM changes WHERE n > $1 ORDER BY n`, func(rows pgx.Rows) (bool, error) {
		var c engine.Change
		if err := rows.Scan(&mark, &c.Seq, &c.Removed); err != nil {
			return false, err
		}
		out = append(out, c)
		return true, nil
	}, mark)
	if err != nil {
		return nil, 0, fmt.Errorf("reading the change log: %w", s.wrap(err))
	}
	return out, mark, nil
}

// logChange notes that the transaction touched the article seq (removed
// it, if removed).
func (t *txn) logChange(seq int64, removed bool) {
	if t.changed == nil {
		t.changed = map[int64]bool{}
	}
	t.changed[seq] = t.changed[seq] || removed
}

// flushChanges writes the articles the transaction touched to the log.
func (t *txn) flushChanges() error {
	if len(t.changed) == 0 {
		return nil
	}
	seqs := make([]int64, 0, len(t.changed))
	for seq := range t.changed {
		seqs = append(seqs, seq)
	}
	slices.Sort(seqs)
	removed := make([]bool, len(seqs))
	for i, seq := range seqs {
		removed[i] = t.changed[seq]
	}
	clear(t.changed)
	// The CTE reads the log as before the insert: the generation the
	// transaction started from (its first flush; one writer, so nobody
	// else's rows come between).
	var before, after int64
	err := t.tx.QueryRow(t.ctx, `WITH old AS (SELECT coalesce(max(n), 0) AS n FROM changes),
		ins AS (INSERT INTO changes(seq, removed) SELECT * FROM unnest($1::int8[], $2::bool[]) RETURNING n)
		SELECT (SELECT n FROM old), (SELECT max(n) FROM ins)`, seqs, removed).Scan(&before, &after)
	if err != nil {
		return fmt.Errorf("logging changes: %w", t.s.wrap(err))
	}
	if t.genAfter == 0 {
		t.genBefore = before
	}
	t.genAfter = after
	return nil
}
