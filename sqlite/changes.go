package sqlite

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/reprint/reprint/engine"
)

// The change log (engine.ChangeLog)
//
// Every write transaction logs the articles it touched in the changes
// table: n is the log's position (AUTOINCREMENT: never reused), seq the
// article, removed whether the transaction removed it. Put, Remove, Done
// and PutPair (both its articles) log; a transaction logs each article
// once, at commit, many rows a statement. An add logs two rows an article
// (its put, its completion with its pairs), some 30 bytes: a small part of
// an article's row. The log is kept whole.
//
// An archive made before the log gets the table when a writer opens it,
// and the log starts there; opened for reading, such an archive has no
// log (engine.ErrNoChangeLog) until then. SQLite has one writer at a time,
// so the log's order is the commits' order.

// changesTable is the change log's table, made with the archive or, for
// an archive made before it, when a writer opens it.
const changesTable = `CREATE TABLE IF NOT EXISTS changes(n INTEGER PRIMARY KEY AUTOINCREMENT, seq INTEGER NOT NULL, removed INTEGER NOT NULL)`

var _ engine.ChangeLog = (*Store)(nil)

// openLog makes the change log of an archive made before it (for a
// writer) and notes whether the archive has one.
func (s *Store) openLog(ctx context.Context) error {
	if !s.readOnly {
		if _, err := s.db.ExecContext(ctx, changesTable); err != nil {
			return fmt.Errorf("making the change log: %w", s.wrap(err))
		}
	}
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'changes'`).Scan(&n)
	if err != nil {
		return fmt.Errorf("opening the change log: %w", s.wrap(err))
	}
	s.hasLog = n > 0
	return nil
}

// Mark implements engine.ChangeLog.
func (s *Store) Mark(ctx context.Context) (int64, error) {
	if !s.hasLog {
		return 0, fmt.Errorf("%s: %w", s.dir, engine.ErrNoChangeLog)
	}
	var n int64
	if err := s.db.QueryRowContext(ctx, `SELECT coalesce(max(n), 0) FROM changes`).Scan(&n); err != nil {
		return 0, fmt.Errorf("reading the change log: %w", s.wrap(err))
	}
	return n, nil
}

// Changes implements engine.ChangeLog.
func (s *Store) Changes(ctx context.Context, mark int64) ([]engine.Change, int64, error) {
	if !s.hasLog {
		return nil, 0, fmt.Errorf("%s: %w", s.dir, engine.ErrNoChangeLog)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT n, seq, removed FROM changes WHERE n > ? ORDER BY n`, mark)
	if err != nil {
		return nil, 0, fmt.Errorf("reading the change log: %w", s.wrap(err))
	}
	defer rows.Close()
	var out []engine.Change
	for rows.Next() {
		var c engine.Change
		if err := rows.Scan(&mark, &c.Seq, &c.Removed); err != nil {
			return nil, 0, fmt.Errorf("reading the change log: %w", s.wrap(err))
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
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
	rows := make([][2]int64, 0, len(t.changed))
	for seq, removed := range t.changed {
		r := int64(0)
		if removed {
			r = 1
		}
		rows = append(rows, [2]int64{seq, r})
	}
	slices.SortFunc(rows, func(x, y [2]int64) int { return cmp.Compare(x[0], y[0]) })
	clear(t.changed)
	if err := t.insertRows(`INSERT INTO changes(seq, removed) VALUES `, ``, rows); err != nil {
		return fmt.Errorf("logging changes: %w", err)
	}
	return nil
}
