package engine

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"github.com/reprint/reprint"
	"slices"
	"sync"

	"github.com/reprint/reprint/detect"
	"github.com/reprint/reprint/report"
)

// Stories brought up to date
//
// A story's judgement depends only on its articles and their pairs (see
// "Stories one at a time", stories.go). So when the archive changes, the
// report of its stories need not be judged whole again: only the stories
// the change touched. The store's change log (ChangeLog) names the
// articles each commit put, removed, completed or gave a pair. Rescan
// takes the snapshot of an earlier state (Snapshot: the report with the
// Seq of each article and the articles and pairs of each story) and
//
//  1. reads the articles named since the snapshot's mark;
//  2. gathers the touched set: those articles (but the removed), every
//     article of an earlier story of one of them, and, through the pairs
//     stored now (PairsOf), every article those reach, with its earlier
//     story, until nothing more is reached. The touched set is closed: no
//     pair joins it to the rest, so the other stories are as they were;
//  3. judges the stories of the touched set — connected components of
//     its pairs — as Scan judges any story (judgeGroup), and
//  4. splices them among the stories left as they were, in the report's
//     order (largest first, ties by first article), numbering the
//     stories again, with every article in no story of several after
//     them, alone, in Seq order, and the pairs story by story.
//
// The result is the report Scan gives of the archive now, byte for byte
// (TestRescanSameAsScan). Judging costs the touched stories, not the
// archive; the splice copies the report's lists, which costs little
// beside judging one story.
//
// Reads of the store are each consistent, not together: an add committed
// while Rescan reads could show it half. So Rescan takes the log's mark
// first and, once done, reads what was logged after it. A change there
// that names an article Rescan read (the touched set and the articles
// the log named) may have been half seen: Rescan starts again
// (rescanTries times, then ErrChanging). Changes to other articles did
// not reach what it read: the report is of the archive at the mark, and
// the next Rescan takes them. When nothing was logged after the mark, the
// store's counts (articles, pairs, text bytes) must be the new report's;
// if they differ, a writer that keeps no log changed the archive (a
// reprint from before the log), and Rescan falls back to Scan.

// rescanTries is how many times Rescan starts again when a change touched
// what it read meanwhile, before it gives up (ErrChanging): a rescan
// takes some 50 ms of CPU at 100,000 articles, an add of one article
// commits twice (the article, then its pairs), and only a change of the
// stories being read counts, so a second try is rare.
const rescanTries = 3

// rescanMax is the number of articles named in the change log above which
// Rescan judges the whole archive (Scan) instead: Rescan holds the texts
// of the touched stories at once, where Scan reads a batch at a time.
// 20,000 news articles are some 90 MB of text (4,326 bytes an article in
// the 100,000-article test archive).
const rescanMax = 20_000

// ErrChanging is Rescan's error when, try after try, a write touched the
// stories it was reading. The snapshot given stays good for what it is;
// try again later.
var ErrChanging = errors.New("engine: the archive kept changing the stories being read")

var (
	errMoved    = errors.New("engine: the archive changed while its stories were read")
	errUnlogged = errors.New("engine: the archive changed without its change log")
	errTooMany  = errors.New("engine: too many changes to judge one story at a time")
)

// Snapshot is the report of the archive's stories at one state, as Scan
// gives it, with what Rescan needs to bring it up to date. It is not
// modified after it is made: readers may share it while Rescan makes the
// next.
type Snapshot struct {
	// Scan is the report. Shared: do not modify it.
	Scan *report.Scan

	opts    ScanOptions
	logged  bool         // the store keeps a change log: mark is a position in it
	mark    int64        // the report is of the archive at this position of the log
	seqs    []int64      // Scan.Articles[i]'s Seq
	stories []storyIndex // the stories of several articles: Scan.Stories[:len(stories)]
	storyOf []int32      // Scan.Articles[i]'s story: an index into Scan.Stories, below len(stories) for one of several
	stored  int          // stored pairs, with both articles archived
	bytes   int64        // the articles' text bytes
	judged  int          // stories judged to make it
	// carried gives, for each story of Scan, its index in the snapshot
	// Rescan made this one from when carried over as it was, else -1;
	// nil for a snapshot made by Snapshot.
	carried []int32
}

// story returns the index into s.stories of the story of several
// articles that holds the article seq, if one does.
func (s *Snapshot) story(seq int64) (int32, bool) {
	if i, ok := slices.BinarySearch(s.seqs, seq); ok && int(s.storyOf[i]) < len(s.stories) {
		return s.storyOf[i], true
	}
	return 0, false
}

// ArticleStory returns the index into s.Scan.Stories of the story of
// s.Scan.Articles[i].
func (s *Snapshot) ArticleStory(i int) int { return int(s.storyOf[i]) }

// storyIndex is one story of several articles of a Snapshot.
type storyIndex struct {
	members []int64 // Seqs, ascending
	start   int     // its pairs are Scan.Pairs[start : start+n]
	n       int
	stored  int // stored pairs
	capped  int // of which with a cap reason (Stats.CappedPairs)
}

// numberSingles gives each article in no story of several its story of
// one, in Seq order after the others, as the report lists them.
func (s *Snapshot) numberSingles() {
	n := int32(len(s.stories))
	for i, k := range s.storyOf {
		if k < 0 {
			s.storyOf[i] = n
			n++
		}
	}
}

// Seq returns the archive's number (Record.Seq) of s.Scan.Articles[i]:
// Store.Get(Seq) reads its text as it was judged, or ErrNotFound once it
// has been removed or replaced since.
func (s *Snapshot) Seq(i int) int64 { return s.seqs[i] }

// Judged returns how many stories were judged to make s: every story of
// several articles for Snapshot (or a Rescan that judged the whole
// archive), the touched ones for Rescan.
func (s *Snapshot) Judged() int { return s.judged }

// Carried returns, for story i of s.Scan.Stories, the index of the same
// story in the snapshot Rescan made s from, when Rescan carried it over as
// it was (no article of it touched); -1 when it was judged or made anew,
// or s was made by Snapshot. A caller that keeps what it derived from
// each story can then derive it again only for the others. (When nothing
// changed, Rescan returns the snapshot it was given, whose Carried still
// refers to the one before it: compare the two first.)
func (s *Snapshot) Carried(i int) int {
	if s.carried == nil {
		return -1
	}
	return int(s.carried[i])
}

// StoryPairs returns where the pairs of story i of s.Scan.Stories are:
// s.Scan.Pairs[start:end] (none for a story of one article).
func (s *Snapshot) StoryPairs(i int) (start, end int) {
	if i >= len(s.stories) {
		return 0, 0
	}
	return s.stories[i].start, s.stories[i].start + s.stories[i].n
}

// Mark returns the change-log position s is the report of (0 when the
// store keeps no change log): with its counts and its articles' Seqs, what
// tells one judgement of an archive from another.
func (s *Snapshot) Mark() int64 { return s.mark }

// Logged reports whether Rescan can bring s up to date by judging only
// the stories that changed: the store keeps a change log.
func (s *Snapshot) Logged() bool { return s.logged }

// Snapshot reports the stories of the whole archive as Scan does, in a
// Snapshot for Rescan to bring up to date.
func (a *Archive) Snapshot(ctx context.Context, opts ScanOptions, progress Progress) (*Snapshot, error) {
	x := &Snapshot{opts: opts}
	if cl, ok := a.store.(ChangeLog); ok {
		m, err := cl.Mark(ctx)
		switch {
		case err == nil:
			x.mark, x.logged = m, true
		case !errors.Is(err, ErrNoChangeLog):
			return nil, err
		}
	}
	var c report.Collect
	var groups []*group
	var recs []*Record
	var pairs []detect.Pair
	var dropped []int
	err := a.scanTo(ctx, opts, &c, progress, func(r []*Record, p, d []detect.Pair) {
		recs, pairs = r, p
		groups = components(len(r), p)
		dropped = droppedPer(len(r), groups, d, func(i int) int64 { return r[i].Seq })
	})
	if err != nil {
		return nil, err
	}
	x.Scan = &c.Scan
	x.judged = len(groups)
	x.seqs = make([]int64, len(recs))
	seqOf := make(map[string]int64, len(recs))
	for i, r := range recs {
		x.seqs[i] = r.Seq
		seqOf[r.ID] = r.Seq
		x.bytes += int64(r.Bytes)
	}
	x.storyOf = slices.Repeat([]int32{-1}, len(recs))
	for k, g := range groups {
		si := storyIndex{members: make([]int64, len(g.members)), stored: len(g.pairs) + dropped[k]}
		for j, i := range g.members {
			si.members[j] = recs[i].Seq
			x.storyOf[i] = int32(k)
		}
		for _, pi := range g.pairs {
			if pairs[pi].CapReason != "" {
				si.capped++
			}
		}
		x.stored += si.stored
		x.stories = append(x.stories, si)
	}
	x.numberSingles()
	// The pairs are in story order: each story's are one run.
	last := int32(-1)
	for i, p := range x.Scan.Pairs {
		k, ok := x.story(seqOf[p.A])
		if !ok || k < last {
			return nil, fmt.Errorf("engine: pair %s–%s of the report is out of its story's place", p.A, p.B)
		}
		if k != last {
			x.stories[k].start = i
			last = k
		}
		x.stories[k].n++
	}
	return x, nil
}

// Rescan returns the snapshot of the archive now (or at a mark of its
// change log since prev, when writes go on), judging again only the
// stories that changed since prev (see "Stories brought up to date"): the
// report is the one Scan gives with prev's options. It judges the whole
// archive when the store keeps no change log, when the log names more
// than rescanMax articles, or when the archive changed without the log.
// ErrChanging when writes kept touching the stories it read. prev is not
// modified; when nothing changed, prev itself is returned.
func (a *Archive) Rescan(ctx context.Context, prev *Snapshot, progress Progress) (*Snapshot, error) {
	cl, ok := a.store.(ChangeLog)
	if !ok || !prev.logged {
		return a.Snapshot(ctx, prev.opts, progress)
	}
	for range rescanTries {
		next, err := a.rescan(ctx, cl, prev, progress)
		switch {
		case err == nil:
			return next, nil
		case errors.Is(err, errMoved):
			continue
		case errors.Is(err, errUnlogged), errors.Is(err, errTooMany), errors.Is(err, ErrNoChangeLog):
			return a.Snapshot(ctx, prev.opts, progress)
		default:
			return nil, err
		}
	}
	return nil, ErrChanging
}

// rescan is one try of Rescan: errMoved when the archive changed while it
// read, errUnlogged when the store's counts are not the report's.
func (a *Archive) rescan(ctx context.Context, cl ChangeLog, prev *Snapshot, progress Progress) (*Snapshot, error) {
	changes, mark, err := cl.Changes(ctx, prev.mark)
	if err != nil {
		return nil, err
	}
	if len(changes) == 0 {
		if err := a.sameCounts(ctx, cl, mark, prev, nil); err != nil {
			return nil, err
		}
		return prev, nil
	}
	named := map[int64]bool{}   // the articles the log names
	removed := map[int64]bool{} // of which removed
	for _, c := range changes {
		named[c.Seq] = true
		removed[c.Seq] = removed[c.Seq] || c.Removed
	}
	if len(named) > rescanMax {
		return nil, errTooMany
	}
	inPrev := func(seq int64) bool {
		_, ok := slices.BinarySearch(prev.seqs, seq)
		return ok
	}

	// The touched set, closed under the earlier stories and the pairs now.
	in := map[int64]bool{}
	oldStory := map[int32]bool{} // earlier stories judged again
	var queue []int64
	var addStory func(seq int64)
	addSeq := func(seq int64) {
		if !in[seq] && !removed[seq] {
			in[seq] = true
			queue = append(queue, seq)
			addStory(seq)
		}
	}
	addStory = func(seq int64) {
		if k, ok := prev.story(seq); ok && !oldStory[k] {
			oldStory[k] = true
			for _, m := range prev.stories[k].members {
				addSeq(m)
			}
		}
	}
	for seq := range named {
		addStory(seq)
		addSeq(seq)
	}
	found := map[[2]int64]PairRecord{}
	for len(queue) > 0 {
		batch := queue
		queue = nil
		ps, err := a.store.PairsOf(ctx, batch)
		if err != nil {
			return nil, err
		}
		for _, p := range ps {
			for _, e := range [2]int64{p.A, p.B} {
				if removed[e] || (!named[e] && !inPrev(e)) {
					return nil, errMoved // an article removed or put after the mark
				}
				addSeq(e)
			}
			found[[2]int64{p.A, p.B}] = p
		}
	}

	// Its stories, judged.
	seqs := make([]int64, 0, len(in))
	for seq := range in {
		seqs = append(seqs, seq)
	}
	slices.Sort(seqs)
	recs, err := a.store.Get(ctx, seqs)
	if errors.Is(err, ErrNotFound) {
		return nil, errMoved
	}
	if err != nil {
		return nil, err
	}
	local := make(map[int64]int, len(seqs))
	for i, seq := range seqs {
		local[seq] = i
	}
	stored := make([]PairRecord, 0, len(found))
	for _, p := range found {
		stored = append(stored, p)
	}
	slices.SortFunc(stored, func(x, y PairRecord) int { return cmp.Or(cmp.Compare(x.A, y.A), cmp.Compare(x.B, y.B)) })
	pairs := make([]detect.Pair, len(stored))
	for k, p := range stored {
		pairs[k] = p.Pair
		pairs[k].A, pairs[k].B = local[p.A], local[p.B]
	}
	// What ties an article to a story only through its publisher's
	// other page is no pair, as in Scan (houseLinked): every pair of a
	// touched article is here, so is every triple it makes.
	pairs, housed, err := houseLinked(pairs, func(i int) reprint.Meta { return recs[i].Meta }, func(i int) (string, error) { return recs[i].Text, nil })
	if err != nil {
		return nil, err
	}
	groups := components(len(seqs), pairs)
	dropped := droppedPer(len(seqs), groups, housed, func(i int) int64 { return seqs[i] })
	judged := make([]*report.Scan, len(groups))
	var mu sync.Mutex
	done := 0
	err = forEachWith(ctx, len(groups), a.det.NewWorker, func(wk *detect.Worker, gi int) error {
		res, err := a.judgeGroup(ctx, wk, recs, pairs, groups[gi].members, groups[gi].pairs)
		if err != nil {
			return err
		}
		if len(res.Stories) != 1 {
			return fmt.Errorf("engine: a component of %d articles made %d stories", len(groups[gi].members), len(res.Stories))
		}
		judged[gi] = res
		mu.Lock()
		defer mu.Unlock()
		done++
		progress.report(StepJudge, done, len(groups))
		return nil
	})
	if err != nil {
		return nil, err
	}
	paired := make([]bool, len(seqs))
	for _, g := range groups {
		for _, i := range g.members {
			paired[i] = true
		}
	}

	// The articles: the earlier ones kept but the removed, the touched
	// ones read again, in Seq order.
	x := &Snapshot{opts: prev.opts, logged: true, mark: mark, judged: len(groups)}
	var fresh []int64 // touched articles new since prev
	for _, seq := range seqs {
		if !inPrev(seq) {
			fresh = append(fresh, seq)
		}
	}
	// The lists are made to size: appending to a list of 100,000
	// articles, doubling, copies and collects more than the rest of a
	// rescan allocates.
	n := len(prev.seqs) + len(fresh)
	c := report.Collect{Scan: report.Scan{Articles: make([]report.Article, 0, n),
		Stories: make([]report.Story, 0, len(prev.Scan.Stories)+len(fresh)), Pairs: make([]report.Pair, 0, len(prev.Scan.Pairs)+len(found))}}
	x.seqs = make([]int64, 0, n)
	prevAt := make([]int32, 0, n) // Scan.Articles[i]'s index in prev, or -1 when touched
	emit := func(ra report.Article, seq int64, at int32) error {
		x.bytes += int64(ra.Bytes)
		x.seqs = append(x.seqs, seq)
		prevAt = append(prevAt, at)
		return c.Article(ra)
	}
	touchedArticle := func(seq int64) report.Article {
		i := local[seq]
		text := ""
		if prev.opts.Texts || (!prev.opts.NoTexts && paired[i]) {
			text = recs[i].Text
		}
		return recordArticle(recs[i], text)
	}
	j := 0
	for i, seq := range prev.seqs {
		for ; j < len(fresh) && fresh[j] < seq; j++ {
			if err := emit(touchedArticle(fresh[j]), fresh[j], -1); err != nil {
				return nil, err
			}
		}
		switch {
		case removed[seq]:
			continue
		case in[seq]:
			err = emit(touchedArticle(seq), seq, -1)
		default:
			err = emit(prev.Scan.Articles[i], seq, int32(i))
		}
		if err != nil {
			return nil, err
		}
	}
	for ; j < len(fresh); j++ {
		if err := emit(touchedArticle(fresh[j]), fresh[j], -1); err != nil {
			return nil, err
		}
	}

	// The stories of several articles: those kept and those judged, each
	// list in the report's order, merged.
	type story struct {
		old   int32 // index into prev.stories, or -1
		group int   // index into groups
		size  int
		first int64
	}
	var order []story
	for k, si := range prev.stories {
		if !oldStory[int32(k)] {
			order = append(order, story{old: int32(k), size: len(si.members), first: si.members[0]})
		}
	}
	kept := len(order)
	for gi, g := range groups {
		order = append(order, story{old: -1, group: gi, size: len(g.members), first: seqs[g.members[0]]})
	}
	byOrder := func(x, y story) int { return cmp.Or(cmp.Compare(y.size, x.size), cmp.Compare(x.first, y.first)) }
	merged := make([]story, 0, len(order))
	l, r := 0, kept
	for l < kept || r < len(order) {
		if r == len(order) || (l < kept && byOrder(order[l], order[r]) < 0) {
			merged = append(merged, order[l])
			l++
		} else {
			merged = append(merged, order[r])
			r++
		}
	}
	x.storyOf = slices.Repeat([]int32{-1}, len(x.seqs))
	x.carried = make([]int32, 0, len(merged)+len(x.seqs))
	var capped int
	idOf := func(i int) string { return recs[i].ID }
	for k, s := range merged {
		var st report.Story
		var ps []report.Pair
		var si storyIndex
		if s.old >= 0 {
			old := prev.stories[s.old]
			st = prev.Scan.Stories[s.old]
			ps = prev.Scan.Pairs[old.start : old.start+old.n]
			si = storyIndex{members: old.members, stored: old.stored, capped: old.capped}
		} else {
			g := groups[s.group]
			st = judged[s.group].Stories[0]
			ps = storyPairs(judged[s.group], g.members, idOf)
			si = storyIndex{members: make([]int64, len(g.members)), stored: len(g.pairs) + dropped[s.group]}
			for m, i := range g.members {
				si.members[m] = seqs[i]
			}
			for _, pi := range g.pairs {
				if pairs[pi].CapReason != "" {
					si.capped++
				}
			}
		}
		st.ID = k + 1
		x.carried = append(x.carried, s.old)
		if err := c.Story(st); err != nil {
			return nil, err
		}
		si.start, si.n = len(c.Scan.Pairs), len(ps)
		for _, p := range ps {
			if err := c.Pair(p); err != nil {
				return nil, err
			}
		}
		for _, m := range si.members {
			i, _ := slices.BinarySearch(x.seqs, m)
			x.storyOf[i] = int32(k)
		}
		x.stored += si.stored
		capped += si.capped
		x.stories = append(x.stories, si)
	}
	// Every other article is a story of its own: carried over when it
	// was one before, untouched.
	stories := len(merged)
	for i := range x.seqs {
		if x.storyOf[i] >= 0 {
			continue
		}
		x.storyOf[i] = int32(stories)
		st := report.Story{ID: stories + 1, Lineage: []report.Edge{}}
		was := int32(-1)
		if at := int(prevAt[i]); at >= 0 && int(prev.storyOf[at]) >= len(prev.stories) {
			was = prev.storyOf[at]
			st.Articles = prev.Scan.Stories[was].Articles // the same id: share it
		} else {
			st.Articles = []string{c.Scan.Articles[i].ID}
		}
		x.carried = append(x.carried, was)
		stories++
		if err := c.Story(st); err != nil {
			return nil, err
		}
	}
	nilEmpty(&c.Scan)
	stats := report.Stats{Read: len(x.seqs), Articles: len(x.seqs), Stories: stories, RelatedPairs: len(c.Scan.Pairs), CappedPairs: capped}
	if err := c.Close(stats); err != nil {
		return nil, err
	}
	x.Scan = &c.Scan
	read := func(seq int64) bool { return in[seq] || named[seq] }
	if err := a.sameCounts(ctx, cl, mark, x, read); err != nil {
		return nil, err
	}
	return x, nil
}

// nilEmpty makes each list of s with nothing in it nil, as Collect leaves
// a list it was given nothing for (null in JSON), where the lists were
// made to size ahead.
func nilEmpty(s *report.Scan) {
	if len(s.Articles) == 0 {
		s.Articles = nil
	}
	if len(s.Stories) == 0 {
		s.Stories = nil
	}
	if len(s.Pairs) == 0 {
		s.Pairs = nil
	}
}

// sameCounts checks that nothing logged after mark names an article read
// (errMoved) and, when nothing was logged after it at all, that the
// store's counts are those of x, the report of the archive at mark
// (errUnlogged).
func (a *Archive) sameCounts(ctx context.Context, cl ChangeLog, mark int64, x *Snapshot, read func(seq int64) bool) error {
	st, err := a.store.Stats(ctx)
	if err != nil {
		return err
	}
	more, _, err := cl.Changes(ctx, mark)
	if err != nil {
		return err
	}
	if len(more) > 0 {
		for _, c := range more {
			if read != nil && read(c.Seq) {
				return errMoved
			}
		}
		return nil // the counts are of a later state: the next Rescan checks them
	}
	if st.Articles != len(x.seqs) || st.Pairs != x.stored || st.TextBytes != x.bytes {
		return fmt.Errorf("%w: the store counts %d articles, %d pairs, %d bytes; the report %d, %d, %d",
			errUnlogged, st.Articles, st.Pairs, st.TextBytes, len(x.seqs), x.stored, x.bytes)
	}
	return nil
}
