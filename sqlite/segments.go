package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/bits"
	"os"
	"path/filepath"
	"slices"
	"sync"

	"github.com/reprint/reprint/engine"
	"github.com/reprint/reprint/postings"
)

// Posting lists live beside the database, in immutable segment files
// (package postings) under DIR/postings, listed in the segments table. A
// batch of articles writes one segment, before its transaction commits and
// named in it: a segment not named in the table is an orphan of a crash,
// removed when a writer opens the archive. Segments of one size tier are
// merged when mergeFanIn of them accumulate, so an archive of n postings
// keeps O(mergeFanIn · log n) segments and each posting is rewritten
// about log4(n) times. Removed articles are listed in the removed table;
// lookups skip them and merges drop them.

// SegmentDir is the folder of the segment files inside the archive.
const SegmentDir = "postings"

// mergeFanIn is how many segments of one tier are merged into one. Four
// keeps lookups to a few segments per tier (a lookup searches every
// segment) at the cost of rewriting each posting once per tier.
const mergeFanIn = 4

// tierOf is the size tier of a segment: segments within a factor of four
// in size share a tier.
func tierOf(entries int64) int {
	if entries <= 0 {
		return 0
	}
	return bits.Len64(uint64(entries)) / 2
}

// segmentSet is the open segments of a store and the removed articles,
// as of a generation of the segments table.
type segmentSet struct {
	mu      sync.Mutex
	gen     int64
	loaded  bool
	names   []string
	open    map[string]*postings.Segment
	removed map[uint32]bool
	// users counts the callers of current that have not released their
	// segments yet; a segment no longer listed is unmapped only when none
	// does (until then it waits in retired), since a lookup reading an
	// unmapped segment dies of SIGSEGV.
	users   int
	retired []*postings.Segment
	// mapped is the size of the open and retired segments mapped whole.
	mapped int64
}

// mapBudget is how many bytes of posting segments a store maps whole
// (postings.OpenMapped); a segment past the budget is opened with its
// index mapped and its blocks read (postings.Open). Mapped, a lookup costs
// no system call, and every page it reads stays in the process's
// resident memory: adding 10,000 articles to an archive of 100,000 (a
// 205 MB segment) took 134 CPU-s mapped and 155 read, and peaked at 811
// MB and 592 MB. 512 MiB keeps an archive of some 200,000 news articles
// mapped whole, and bounds what the segments add to an add's or a
// server's memory at any size, with the indexes of the rest (a sixteenth
// of their size).
var mapBudget int64 = 512 << 20 // a variable for tests

// openSegment opens the segment at path, mapped whole if it fits in what
// is left of mapBudget; the caller holds set.mu.
func (set *segmentSet) openSegment(path string) (*postings.Segment, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if set.mapped+fi.Size() > mapBudget {
		return postings.Open(path, false)
	}
	seg, err := postings.OpenMapped(path, false)
	if err == nil {
		set.mapped += seg.Size()
	}
	return seg, err
}

// closeSegment closes seg, returning its share of mapBudget; the caller
// holds set.mu.
func (set *segmentSet) closeSegment(seg *postings.Segment) {
	if seg.Mapped() {
		set.mapped -= seg.Size()
	}
	seg.Close()
}

// current returns the open segments and removed articles, reloading them
// when the archive's segment generation moved on, and a release that the
// caller must call once it no longer reads the segments. A segment merged
// away and deleted between reading the list and opening it makes it read
// the list again.
func (s *Store) current(ctx context.Context) ([]*postings.Segment, map[uint32]bool, func(), error) {
	set := &s.segs
	set.mu.Lock()
	defer set.mu.Unlock()
	for attempt := 0; ; attempt++ {
		var gen int64
		if err := s.db.QueryRowContext(ctx, `SELECT n FROM counts WHERE name = 'generation'`).Scan(&gen); err != nil {
			return nil, nil, nil, fmt.Errorf("reading postings: %w", s.wrap(err))
		}
		if set.loaded && gen == set.gen {
			break
		}
		names, removed, err := s.manifest(ctx)
		if err != nil {
			return nil, nil, nil, err
		}
		if set.open == nil {
			set.open = map[string]*postings.Segment{}
		}
		var missing bool
		for _, n := range names {
			if set.open[n] != nil {
				continue
			}
			seg, err := set.openSegment(filepath.Join(s.dir, SegmentDir, n))
			if errors.Is(err, os.ErrNotExist) && attempt < 5 {
				missing = true
				break
			}
			if err != nil {
				return nil, nil, nil, fmt.Errorf("reading postings: %w", err)
			}
			set.open[n] = seg
		}
		if missing {
			continue
		}
		// Close what is no longer listed, once no lookup reads it.
		for n, seg := range set.open {
			if !slices.Contains(names, n) {
				if set.users > 0 {
					set.retired = append(set.retired, seg)
				} else {
					set.closeSegment(seg)
				}
				delete(set.open, n)
			}
		}
		set.names, set.removed, set.gen, set.loaded = names, removed, gen, true
		break
	}
	segs := make([]*postings.Segment, len(set.names))
	for i, n := range set.names {
		segs[i] = set.open[n]
	}
	set.users++
	var once sync.Once
	release := func() {
		once.Do(func() {
			set.mu.Lock()
			defer set.mu.Unlock()
			if set.users--; set.users == 0 {
				for _, seg := range set.retired {
					set.closeSegment(seg)
				}
				set.retired = nil
			}
		})
	}
	return segs, set.removed, release, nil
}

// manifest reads the segment names and removed articles in one read
// transaction.
func (s *Store) manifest(ctx context.Context) ([]string, map[uint32]bool, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("reading postings: %w", s.wrap(err))
	}
	defer tx.Rollback()
	var names []string
	rows, err := tx.QueryContext(ctx, `SELECT name FROM segments ORDER BY name`)
	if err != nil {
		return nil, nil, fmt.Errorf("reading postings: %w", s.wrap(err))
	}
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			rows.Close()
			return nil, nil, fmt.Errorf("reading postings: %w", s.wrap(err))
		}
		names = append(names, n)
	}
	rows.Close()
	removed := map[uint32]bool{}
	rows, err = tx.QueryContext(ctx, `SELECT seq FROM removed`)
	if err != nil {
		return nil, nil, fmt.Errorf("reading postings: %w", s.wrap(err))
	}
	defer rows.Close()
	for rows.Next() {
		var seq int64
		if err := rows.Scan(&seq); err != nil {
			return nil, nil, fmt.Errorf("reading postings: %w", s.wrap(err))
		}
		removed[uint32(seq)] = true
	}
	return names, removed, rows.Err()
}

// closeSegments unmaps every open segment.
func (s *Store) closeSegments() {
	s.segs.mu.Lock()
	defer s.segs.mu.Unlock()
	for n, seg := range s.segs.open {
		s.segs.closeSegment(seg)
		delete(s.segs.open, n)
	}
	for _, seg := range s.segs.retired {
		s.segs.closeSegment(seg)
	}
	s.segs.retired = nil
	s.segs.loaded = false
}

// removeOrphans deletes segment files the segments table does not name:
// written by an add killed before its commit, or merged away by one
// killed before it deleted them. Only a writer calls it.
func (s *Store) removeOrphans(ctx context.Context) error {
	dir := filepath.Join(s.dir, SegmentDir)
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("listing postings: %w", err)
	}
	names, _, err := s.manifest(ctx)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if !slices.Contains(names, e.Name()) {
			if err := os.Remove(filepath.Join(dir, e.Name())); err != nil {
				return fmt.Errorf("removing an orphan segment: %w", err)
			}
		}
	}
	return nil
}

// writeSegment writes a transaction's postings as a new segment and names
// it in the transaction.
func (t *txn) writeSegment(entries []postings.Entry) error {
	if len(entries) == 0 {
		return nil
	}
	var n int64
	if err := t.tx.QueryRowContext(t.ctx, `UPDATE counts SET n = n + 1 WHERE name = 'segments_made' RETURNING n`).Scan(&n); err != nil {
		return t.s.wrap(err)
	}
	name := fmt.Sprintf("seg-%012d.pst", n)
	dir := filepath.Join(t.s.dir, SegmentDir)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	path := filepath.Join(dir, name)
	if err := postings.WriteFile(path, entries, t.s.maxList); err != nil {
		os.Remove(path)
		return t.s.wrap(err)
	}
	t.written = append(t.written, path)
	seg, err := postings.Open(path, false)
	if err != nil {
		return err
	}
	defer seg.Close()
	if _, err := t.exec(`INSERT INTO segments(name, entries, bytes, tier) VALUES(?, ?, ?, ?)`, name, int64(seg.Entries()), seg.Size(), tierOf(int64(seg.Entries()))); err != nil {
		return err
	}
	return t.bumpGeneration()
}

func (t *txn) bumpGeneration() error {
	_, err := t.exec(`UPDATE counts SET n = n + 1 WHERE name = 'generation'`)
	if err == nil {
		t.bumps++
	}
	return err
}

// compact merges segments of one tier while a tier holds mergeFanIn or
// more, each merge in its own transaction: write the merged segment, swap
// the names in the table, commit, then delete the inputs.
func (s *Store) compact(ctx context.Context) error {
	for {
		var tier int
		err := s.db.QueryRowContext(ctx, `SELECT tier FROM segments GROUP BY tier HAVING count(*) >= ? ORDER BY tier LIMIT 1`, mergeFanIn).Scan(&tier)
		if errors.Is(err, sql.ErrNoRows) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("merging postings: %w", s.wrap(err))
		}
		if err := s.mergeTier(ctx, tier); err != nil {
			return err
		}
	}
}

func (s *Store) mergeTier(ctx context.Context, tier int) error {
	names, _, err := s.segmentList(ctx, `SELECT name, entries FROM segments WHERE tier = ? ORDER BY name LIMIT ?`, tier, mergeFanIn)
	if err != nil {
		return err
	}
	return s.merge(ctx, names)
}

// segmentList returns the names and entry counts of the segments query
// lists.
func (s *Store) segmentList(ctx context.Context, query string, args ...any) ([]string, []int64, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, nil, fmt.Errorf("merging postings: %w", s.wrap(err))
	}
	defer rows.Close()
	var names []string
	var entries []int64
	for rows.Next() {
		var n string
		var e int64
		if err := rows.Scan(&n, &e); err != nil {
			return nil, nil, fmt.Errorf("merging postings: %w", s.wrap(err))
		}
		names, entries = append(names, n), append(entries, e)
	}
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("merging postings: %w", s.wrap(err))
	}
	return names, entries, nil
}

// settleRatio is when Settle folds the tail into the largest segment:
// once the tail holds this share of the largest segment's postings. Each
// fold rewrites the largest segment, so a posting is rewritten about
// log(n)/log(1+settleRatio) times over an archive's life (twice for every
// doubling at ½), while between folds a lookup reads two segments.
const settleRatio = 0.5

// Settle merges the posting segments into at most two — the largest and
// one tail of everything written since it was last rewritten — and into
// one when the tail has grown to settleRatio of the largest. A lookup
// searches every segment (a binary search and half a block each), and
// most keys of a query are in none but its own article's: an add calls
// Settle after indexing and before its hundreds of thousands of lookups
// (measured in BENCHMARKS.md, "The archive").
func (s *Store) Settle(ctx context.Context) error {
	if s.readOnly {
		return engine.ErrReadOnly
	}
	names, entries, err := s.segmentList(ctx, `SELECT name, entries FROM segments ORDER BY entries DESC, name`)
	if err != nil || len(names) < 2 {
		return err
	}
	if len(names) > 2 {
		if err := s.merge(ctx, names[1:]); err != nil {
			return err
		}
		if names, entries, err = s.segmentList(ctx, `SELECT name, entries FROM segments ORDER BY entries DESC, name`); err != nil || len(names) < 2 {
			return err
		}
	}
	if float64(entries[1]) >= settleRatio*float64(entries[0]) {
		return s.merge(ctx, names)
	}
	return nil
}

// merge merges the segments names into one, in one transaction: write the
// merged segment, swap the names in the table, commit, then delete the
// inputs.
func (s *Store) merge(ctx context.Context, names []string) error {
	dir := filepath.Join(s.dir, SegmentDir)
	var inputs []*postings.Segment
	defer func() {
		for _, seg := range inputs {
			seg.Close()
		}
	}()
	for _, n := range names {
		seg, err := postings.Open(filepath.Join(dir, n), false)
		if err != nil {
			return fmt.Errorf("merging postings: %w", err)
		}
		inputs = append(inputs, seg)
	}
	_, removed, err := s.manifest(ctx)
	if err != nil {
		return err
	}
	var written []string
	err = s.Update(ctx, func(tx0 engineTx) error {
		t := tx0.(*txn)
		var n int64
		if err := t.tx.QueryRowContext(ctx, `UPDATE counts SET n = n + 1 WHERE name = 'segments_made' RETURNING n`).Scan(&n); err != nil {
			return s.wrap(err)
		}
		name := fmt.Sprintf("seg-%012d.pst", n)
		path := filepath.Join(dir, name)
		entries, err := postings.Merge(path, inputs, s.maxList, func(doc uint32) bool { return removed[doc] })
		if err != nil {
			os.Remove(path)
			return s.wrap(err)
		}
		t.written = append(t.written, path)
		written = append(written, path)
		fi, err := os.Stat(path)
		if err != nil {
			return err
		}
		for _, old := range names {
			if _, err := t.exec(`DELETE FROM segments WHERE name = ?`, old); err != nil {
				return err
			}
		}
		if _, err := t.exec(`INSERT INTO segments(name, entries, bytes, tier) VALUES(?, ?, ?, ?)`, name, int64(entries), fi.Size(), tierOf(int64(entries))); err != nil {
			return err
		}
		return t.bumpGeneration()
	})
	if err != nil {
		return fmt.Errorf("merging postings: %w", err)
	}
	for _, n := range names {
		os.Remove(filepath.Join(dir, n))
	}
	return nil
}

// countPostings counts the live postings of every segment, one by one.
func (s *Store) countPostings(ctx context.Context) (int64, error) {
	segs, removed, release, err := s.current(ctx)
	if err != nil {
		return 0, err
	}
	defer release()
	var n int64
	for _, seg := range segs {
		if err := seg.All(func(e postings.Entry) bool {
			if e.Doc != postings.CappedDoc && !removed[e.Doc] {
				n++
			}
			return true
		}); err != nil {
			return 0, err
		}
	}
	return n, nil
}

// segmentBytes is the size of the segment files on disk.
func (s *Store) segmentBytes() int64 {
	entries, err := os.ReadDir(filepath.Join(s.dir, SegmentDir))
	if err != nil {
		return 0
	}
	var n int64
	for _, e := range entries {
		if fi, err := e.Info(); err == nil {
			n += fi.Size()
		}
	}
	return n
}
