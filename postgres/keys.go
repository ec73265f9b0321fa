package postgres

import (
	"context"
	"fmt"

	"github.com/reprint/reprint/engine"
)

// KeysVersion implements engine.KeysStore.
func (s *Store) KeysVersion(ctx context.Context) (string, error) {
	var v string
	if err := s.pool.QueryRow(ctx, `SELECT value FROM meta WHERE key = 'keys'`).Scan(&v); err != nil {
		return "", fmt.Errorf("reading the key version: %w", s.wrap(err))
	}
	return v, nil
}

// SetKeysVersion implements engine.KeysStore, as a write of the
// archive's writer (which holds its lock).
func (s *Store) SetKeysVersion(ctx context.Context, from, to string) error {
	return s.Update(ctx, func(etx engine.Tx) error {
		tag, err := etx.(*txn).tx.Exec(ctx, `UPDATE meta SET value = $1 WHERE key = 'keys' AND value = $2`, to, from)
		if err != nil {
			return fmt.Errorf("recording the key version: %w", s.wrap(err))
		}
		if tag.RowsAffected() != 1 {
			return fmt.Errorf("recording the key version: the archive's is no longer %q", from)
		}
		return nil
	})
}
