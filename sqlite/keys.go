package sqlite

import (
	"context"
	"fmt"

	"github.com/reprint/reprint/engine"
)

// KeysVersion implements engine.KeysStore.
func (s *Store) KeysVersion(ctx context.Context) (string, error) {
	var v string
	if err := s.db.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'keys'`).Scan(&v); err != nil {
		return "", fmt.Errorf("reading the key version: %w", s.wrap(err))
	}
	return v, nil
}

// SetKeysVersion implements engine.KeysStore.
func (s *Store) SetKeysVersion(ctx context.Context, from, to string) error {
	if s.readOnly {
		return fmt.Errorf("%s: %w (opened for reading)", s.dir, engine.ErrReadOnly)
	}
	res, err := s.db.ExecContext(ctx, `UPDATE meta SET value = ? WHERE key = 'keys' AND value = ?`, to, from)
	if err != nil {
		return fmt.Errorf("recording the key version: %w", s.wrap(err))
	}
	if n, err := res.RowsAffected(); err != nil || n != 1 {
		return fmt.Errorf("recording the key version: the archive's is no longer %q", from)
	}
	return nil
}
