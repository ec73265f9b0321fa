package engine

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/reprint/reprint/report"
)

// Snapshots kept in a file
//
// Making the Snapshot of a large archive judges every story again: 1 min
// 32 s at 100,000 articles, a quarter of an hour at a million. A server
// that makes one each time it starts keeps a newsroom waiting that long
// for its story list after every restart. So a Snapshot can be written
// to a file (WriteSnapshot) and read back (Archive.ReadSnapshot), and
// Rescan brings the one read up to date from the change-log mark it was
// made at, judging only the stories written to since.
//
// The file is JSON lines, read and written one line at a time so that
// neither side holds more than the Snapshot itself:
//
//	{"format":"reprint.snapshot/1","build":…,"mark":…,"articles":n,…}   the header
//	{"seq":…,"story":…,"article":{…}}                                    n articles, in the report's order
//	{"story":{…},"members":[…],"start":…,"n":…,"stored":…,"capped":…}    the stories
//	{…}                                                                   the pairs (report.Pair)
//	{…}                                                                   the rejected inputs (report.Rejected)
//	{"end":lines}                                                          the lines before it
//
// A file cut short (a crash while it was written: write it to a temporary
// name and rename it) lacks its last line and is refused. The header
// names the build that wrote it (any string the caller chooses, such as
// a hash of its executable): a report judged by other code is not this
// code's report, so a file of another build, archive format or key
// version is refused as ErrSnapshotStale, and the caller makes a new
// Snapshot. So is a file of another archive, or of a copy of this one
// that has grown otherwise since: the Seqs of its articles would name
// other articles here (sameArticles).

// snapshotFormat names the layout of a snapshot file.
const snapshotFormat = "reprint.snapshot/1"

// ErrSnapshotBroken is the error of ReadSnapshot for a file that is not a
// whole snapshot file: cut short, or not one at all.
var ErrSnapshotBroken = errors.New("engine: not a whole snapshot file")

// ErrSnapshotStale is the error of ReadSnapshot for a file written by
// another build, for another archive format or key version, or at a
// change-log mark the archive has not reached.
var ErrSnapshotStale = errors.New("engine: the snapshot file is not of this build and archive")

type snapshotHeader struct {
	Format        string       `json:"format"`
	Build         string       `json:"build"`
	ArchiveFormat string       `json:"archive_format"`
	Keys          string       `json:"keys"`
	Texts         bool         `json:"texts,omitempty"`
	NoTexts       bool         `json:"no_texts,omitempty"`
	Logged        bool         `json:"logged"`
	Mark          int64        `json:"mark"`
	Stored        int          `json:"stored"`
	Bytes         int64        `json:"bytes"`
	Judged        int          `json:"judged"`
	Articles      int          `json:"articles"`
	Stories       int          `json:"stories"`
	Several       int          `json:"several"` // stories of several articles, first
	Pairs         int          `json:"pairs"`
	Rejected      int          `json:"rejected"`
	Schema        string       `json:"schema"`
	Stats         report.Stats `json:"stats"`
}

type snapshotArticle struct {
	Seq     int64          `json:"seq"`
	Story   int32          `json:"story"`
	Article report.Article `json:"article"`
}

type snapshotStory struct {
	Story   report.Story `json:"story"`
	Members []int64      `json:"members,omitempty"`
	Start   int          `json:"start,omitempty"`
	N       int          `json:"n,omitempty"`
	Stored  int          `json:"stored,omitempty"`
	Capped  int          `json:"capped,omitempty"`
}

type snapshotEnd struct {
	End *int `json:"end"`
}

// WriteSnapshot writes x to w as a snapshot file of build (see
// "Snapshots kept in a file").
func WriteSnapshot(w io.Writer, x *Snapshot, build string) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	s := x.Scan
	lines := 0
	put := func(v any) error {
		lines++
		if err := enc.Encode(v); err != nil {
			return fmt.Errorf("engine: writing the snapshot: %w", err)
		}
		return nil
	}
	h := snapshotHeader{Format: snapshotFormat, Build: build, ArchiveFormat: Format, Keys: KeysVersion,
		Texts: x.opts.Texts, NoTexts: x.opts.NoTexts, Logged: x.logged, Mark: x.mark, Stored: x.stored,
		Bytes: x.bytes, Judged: x.judged, Articles: len(s.Articles), Stories: len(s.Stories), Several: len(x.stories),
		Pairs: len(s.Pairs), Rejected: len(s.Rejected), Schema: s.Schema, Stats: s.Stats}
	if err := put(h); err != nil {
		return err
	}
	for i := range s.Articles {
		if err := put(snapshotArticle{Seq: x.seqs[i], Story: x.storyOf[i], Article: s.Articles[i]}); err != nil {
			return err
		}
	}
	for k := range s.Stories {
		l := snapshotStory{Story: s.Stories[k]}
		if k < len(x.stories) {
			si := x.stories[k]
			l.Members, l.Start, l.N, l.Stored, l.Capped = si.members, si.start, si.n, si.stored, si.capped
		}
		if err := put(l); err != nil {
			return err
		}
	}
	for i := range s.Pairs {
		if err := put(&s.Pairs[i]); err != nil {
			return err
		}
	}
	for i := range s.Rejected {
		if err := put(&s.Rejected[i]); err != nil {
			return err
		}
	}
	n := lines
	if err := put(snapshotEnd{End: &n}); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("engine: writing the snapshot: %w", err)
	}
	return nil
}

// ReadSnapshot reads a snapshot file of build written by WriteSnapshot,
// for Rescan to bring up to date. ErrSnapshotStale when it is of another
// build, archive format or key version, of a change-log mark beyond the
// archive's, or of articles that are not the archive's; ErrSnapshotBroken when it is not a whole snapshot file.
func (a *Archive) ReadSnapshot(ctx context.Context, r io.Reader, build string) (*Snapshot, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	lines := 0
	next := func(v any) error {
		line, err := br.ReadBytes('\n')
		if errors.Is(err, io.EOF) && len(line) == 0 {
			return fmt.Errorf("%w: the snapshot file ends after %d lines", ErrSnapshotBroken, lines)
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return fmt.Errorf("engine: reading the snapshot: %w", err)
		}
		lines++
		dec := json.NewDecoder(bytes.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(v); err != nil {
			return fmt.Errorf("%w: line %d of the snapshot file: %v", ErrSnapshotBroken, lines, err)
		}
		return nil
	}
	var h snapshotHeader
	if err := next(&h); err != nil {
		return nil, err
	}
	switch {
	case h.Format != snapshotFormat:
		return nil, fmt.Errorf("%w: a file of format %q, not %q", ErrSnapshotBroken, h.Format, snapshotFormat)
	case h.Build != build || h.ArchiveFormat != Format || h.Keys != KeysVersion:
		return nil, fmt.Errorf("%w: written by build %q for archive format %q, keys %q; this is build %q, %q, %q",
			ErrSnapshotStale, h.Build, h.ArchiveFormat, h.Keys, build, Format, KeysVersion)
	case h.Articles < 0 || h.Stories < h.Several || h.Several < 0 || h.Pairs < 0 || h.Rejected < 0:
		return nil, fmt.Errorf("%w: the snapshot file's counts are not counts", ErrSnapshotBroken)
	}
	if h.Logged {
		cl, ok := a.store.(ChangeLog)
		if !ok {
			return nil, fmt.Errorf("%w: made at a mark of a change log this store does not keep", ErrSnapshotStale)
		}
		m, err := cl.Mark(ctx)
		if err != nil && !errors.Is(err, ErrNoChangeLog) {
			return nil, err
		}
		if err != nil || m < h.Mark {
			return nil, fmt.Errorf("%w: made at change %d of the archive's log, which is at %d", ErrSnapshotStale, h.Mark, m)
		}
	}
	x := &Snapshot{opts: ScanOptions{Texts: h.Texts, NoTexts: h.NoTexts}, logged: h.Logged, mark: h.Mark,
		stored: h.Stored, bytes: h.Bytes, judged: h.Judged,
		seqs: make([]int64, 0, h.Articles), storyOf: make([]int32, 0, h.Articles), stories: make([]storyIndex, 0, h.Several)}
	// The lists are made to size, as Rescan makes them.
	c := report.Collect{Scan: report.Scan{Articles: make([]report.Article, 0, h.Articles),
		Stories: make([]report.Story, 0, h.Stories), Pairs: make([]report.Pair, 0, h.Pairs)}}
	for range h.Articles {
		var l snapshotArticle
		if err := next(&l); err != nil {
			return nil, err
		}
		if n := len(x.seqs); n > 0 && l.Seq <= x.seqs[n-1] || l.Story < 0 || int(l.Story) >= h.Stories {
			return nil, fmt.Errorf("%w: line %d of the snapshot file: article %d of story %d out of place", ErrSnapshotBroken, lines, l.Seq, l.Story)
		}
		x.seqs = append(x.seqs, l.Seq)
		x.storyOf = append(x.storyOf, l.Story)
		if err := c.Article(l.Article); err != nil {
			return nil, err
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
	}
	for k := range h.Stories {
		var l snapshotStory
		if err := next(&l); err != nil {
			return nil, err
		}
		if k < h.Several {
			if len(l.Members) < 2 || l.Start < 0 || l.N < 0 || l.Start+l.N > h.Pairs {
				return nil, fmt.Errorf("%w: line %d of the snapshot file: story %d out of place", ErrSnapshotBroken, lines, k+1)
			}
			x.stories = append(x.stories, storyIndex{members: l.Members, start: l.Start, n: l.N, stored: l.Stored, capped: l.Capped})
		}
		if err := c.Story(l.Story); err != nil {
			return nil, err
		}
	}
	for range h.Pairs {
		var p report.Pair
		if err := next(&p); err != nil {
			return nil, err
		}
		if err := c.Pair(p); err != nil {
			return nil, err
		}
	}
	for range h.Rejected {
		var rj report.Rejected
		if err := next(&rj); err != nil {
			return nil, err
		}
		if err := c.Rejected(rj); err != nil {
			return nil, err
		}
	}
	var end snapshotEnd
	if err := next(&end); err != nil {
		return nil, err
	}
	if end.End == nil || *end.End != lines-1 {
		return nil, fmt.Errorf("%w: the snapshot file does not end where its header says", ErrSnapshotBroken)
	}
	if _, err := br.ReadByte(); !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%w: the snapshot file goes on after its end", ErrSnapshotBroken)
	}
	nilEmpty(&c.Scan) // as Rescan leaves them
	if err := c.Close(h.Stats); err != nil {
		return nil, err
	}
	c.Scan.Schema = h.Schema
	x.Scan = &c.Scan
	if err := a.sameArticles(ctx, x); err != nil {
		return nil, err
	}
	return x, nil
}

// sameArticles checks that the articles of x are the archive's as it was
// at x's mark: each archived article of a Seq of x has its id and length,
// and an article of x no longer archived, or one archived and not in x,
// is named by the change log since. A snapshot of another archive, even
// a copy of this one that has grown otherwise since, would name articles
// by Seqs that are other articles here: their texts would be read under
// its passages. It reads the archive's articles without their texts
// (under a second for 100,000).
func (a *Archive) sameArticles(ctx context.Context, x *Snapshot) error {
	named := map[int64]bool{}
	if x.logged {
		changes, _, err := a.store.(ChangeLog).Changes(ctx, x.mark)
		if err != nil {
			return err
		}
		for _, ch := range changes {
			named[ch.Seq] = true
		}
	}
	stale := func(seq int64, what string) error {
		return fmt.Errorf("%w: article %d %s", ErrSnapshotStale, seq, what)
	}
	i := 0
	for r, err := range a.store.Articles(ctx, false) {
		if err != nil {
			return err
		}
		for ; i < len(x.seqs) && x.seqs[i] < r.Seq; i++ {
			if !named[x.seqs[i]] {
				return stale(x.seqs[i], "of the snapshot is not archived, and no change since says why")
			}
		}
		if i < len(x.seqs) && x.seqs[i] == r.Seq {
			if ra := &x.Scan.Articles[i]; ra.ID != r.ID || ra.Bytes != r.Bytes {
				return stale(r.Seq, "is another article in the archive")
			}
			i++
			continue
		}
		if !named[r.Seq] {
			return stale(r.Seq, "is archived, not in the snapshot, and no change since says why")
		}
	}
	for ; i < len(x.seqs); i++ {
		if !named[x.seqs[i]] {
			return stale(x.seqs[i], "of the snapshot is not archived, and no change since says why")
		}
	}
	return nil
}
