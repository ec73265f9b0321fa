package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// Document frequencies between checks: s.dfc (package dfcache) keeps the
// counts read, valid for one generation of the archive — the generation
// row of the counts table, which every commit that changes a count or the
// number of articles moves on (flush makes sure of it). DF reads the
// generation and the counts the cache lacks in one read transaction.

// DF implements engine.Store.
func (s *Store) DF(ctx context.Context, terms []uint64) (map[uint64]uint32, int, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, 0, fmt.Errorf("reading document frequencies: %w", s.wrap(err))
	}
	defer tx.Rollback()
	var gen int64
	var docs int
	if err := tx.QueryRowContext(ctx, `SELECT (SELECT n FROM counts WHERE name = 'generation'), (SELECT n FROM counts WHERE name = 'articles')`).Scan(&gen, &docs); err != nil {
		return nil, 0, fmt.Errorf("reading document frequencies: %w", s.wrap(err))
	}
	out := make(map[uint64]uint32, len(terms))
	miss := s.dfc.Get(gen, terms, out)

	const chunk = 500 // under SQLite's 32,766 bound on parameters, and fast to plan
	args := make([]any, 0, chunk)
	for i := 0; i < len(miss); i += chunk {
		part := miss[i:min(i+chunk, len(miss))]
		args = args[:0]
		for _, t := range part {
			args = append(args, int64(t))
		}
		rows, err := tx.QueryContext(ctx, `SELECT term, df FROM terms WHERE term IN (?`+strings.Repeat(",?", len(part)-1)+`)`, args...)
		if err != nil {
			return nil, 0, fmt.Errorf("reading document frequencies: %w", s.wrap(err))
		}
		for rows.Next() {
			var t int64
			var df uint32
			if err := rows.Scan(&t, &df); err != nil {
				rows.Close()
				return nil, 0, fmt.Errorf("reading document frequencies: %w", s.wrap(err))
			}
			out[uint64(t)] = df
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, 0, fmt.Errorf("reading document frequencies: %w", s.wrap(err))
		}
	}
	s.dfc.Put(gen, miss, out)
	return out, docs, nil
}
