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

// SetKeysVersion implements engine.KeysStore, on the writer's session
// (which holds the archive's lock).
func (s *Store) SetKeysVersion(ctx context.Context, from, to string) error {
	if s.readOnly {
		return fmt.Errorf("%s: %w (it was opened for reading)", s.where, engine.ErrReadOnly)
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	if s.closed {
		return fmt.Errorf("%s: archive is closed", s.where)
	}
	if s.writer.IsClosed() {
		if err := s.connectWriter(ctx); err != nil {
			return err
		}
	}
	tag, err := s.writer.Exec(ctx, `UPDATE meta SET value = $1 WHERE key = 'keys' AND value = $2`, to, from)
	if err != nil {
		return fmt.Errorf("recording the key version: %w", s.wrap(err))
	}
	if tag.RowsAffected() != 1 {
		return fmt.Errorf("recording the key version: the archive's is no longer %q", from)
	}
	return nil
}
