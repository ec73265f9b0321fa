package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// TestPendingUsesIndex: Pending reads the partial index of pending
// articles, not the whole articles table (see pendingQuery), on an
// archive of some size where the planner had chosen the scan.
func TestPendingUsesIndex(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "a"), Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rows, err := s.db.QueryContext(ctx, `EXPLAIN QUERY PLAN `+pendingQuery)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, notused int
		var detail string
		if err := rows.Scan(&id, &parent, &notused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	got := strings.Join(plan, "; ")
	if !strings.Contains(got, "INDEX articles_pending") {
		t.Errorf("Pending's plan is %q; want it to read the index articles_pending", got)
	}
	// The query as it was: the plan this test guards against.
	var detail string
	if err := s.db.QueryRowContext(ctx, `EXPLAIN QUERY PLAN SELECT seq FROM articles WHERE pending ORDER BY seq`).Scan(new(int), new(int), new(int), &detail); err == nil && !strings.Contains(detail, "SCAN articles") {
		t.Logf("note: the planner now reads the index by itself (%q)", detail)
	}
}
