package server

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"weak"

	"github.com/reprint/reprint/engine"
	"github.com/reprint/reprint/report"
)

// The stories of the archive
//
// Listing and filtering stories needs the report model of the whole
// archive: Archive.Scan, which judges every stored pair. That is far too
// slow to run per request on a large archive, and its answer changes only
// when the archive does. So the server keeps one snapshot — the model and
// the indexes its pages need — and builds a new one when the archive has
// changed since: when the store's counts (articles, pending, pairs, words,
// bytes, postings; Store.Stats, kept as they change and cheap at any size)
// differ from the snapshot's, or when this server has written. An add by
// another process changes the counts too.
//
// The first snapshot judges the whole archive (Archive.Snapshot: 1 min
// 32 s at 100,000 articles); each next one brings the last up to date
// with Archive.Rescan, which judges again only the stories the writes
// since touched (a one-article add: one story) — the whole archive only
// when the store cannot tell what changed.
//
// One build runs at a time. While it runs, requests are answered from the
// last snapshot, marked stale (the pages say so, the API sets the header
// X-Reprint-Stale), so that a newsroom adding all day never waits for a
// rescan of the whole archive; only the first snapshot is waited for.
// After a build, the next waits at least as long as that one took, so
// that adds all day keep at most half a core judging stories.
// With Options.FreshStories every request waits for a snapshot of the
// archive as it was when the request came.

// stamp identifies a state of the archive.
type stamp struct {
	articles, pending, pairs int
	words, bytes, postings   int64
	writes                   uint64 // writes by this server
}

// Texts out of the snapshot
//
// The snapshot holds no texts: it is made with engine.ScanOptions.NoTexts.
// At 100,000 articles the texts of the articles in stories were 233 MB of
// a 563 MB snapshot, and would be gigabytes at a million. What needs a
// text reads it from the store: the pair page and GET /api/pairs the two
// texts their passages index, and building a snapshot the texts of the
// stories it indexes for search and the first lines of untitled articles
// (their Lead), textBatch articles at a time. A text is read by the Seq
// the article had when its story was judged (engine.Snapshot.Seq), so it
// is the text the passages' spans point into; an article removed or
// replaced since is not read (its story is judged again by the next
// snapshot, which the request that finds it gone is told to wait for).

// textBatch is how many articles' texts a snapshot reads at once: some
// 1 MB of news text, few enough reads of the store to cost nothing beside
// indexing the words.
const textBatch = 256

// snapshot is the report model of the archive at one stamp, indexed.
type snapshot struct {
	stamp   stamp
	store   engine.Store     // which holds the texts
	judged  *engine.Snapshot // the engine's, which Rescan brings up to date
	scan    *report.Scan
	article map[string]int  // article id → index in scan.Articles
	stories []*storySummary // in scan order: largest first
	text    *textIndex      // the words of the stories' texts
}

// snapshots builds and keeps the current snapshot.
type snapshots struct {
	archive *engine.Archive
	writes  func() uint64
	log     *slog.Logger
	fresh   bool // wait for the archive's state at the request
	// base is the context of the builds, canceled by stop.
	base   context.Context
	cancel context.CancelFunc

	// The file the judged stories are kept in between runs ("" for none),
	// the least time between two writes of it, the build that judges, and
	// whether the server may write at all.
	file      string
	every     time.Duration
	buildName string
	readOnly  bool
	buildOnce sync.Once
	// written is the judgement last written to file (or read from it),
	// weak: an old judgement is not kept alive only to be told apart;
	// paged the judgement whose pages were last written to the pages file
	// (or read from it).
	written weak.Pointer[engine.Snapshot]
	paged   weak.Pointer[engine.Snapshot]
	wroteAt time.Time

	// step, done and total are how far the build in progress has come
	// (engine.Progress), for a reader told to wait for the first one.
	step        atomic.Value // engine.Step
	done, total atomic.Int64

	mu       sync.Mutex
	cur      *snapshot
	building chan struct{} // closed when the build in progress ends; nil when none runs
	err      error         // of the last build
	lastEnd  time.Time     // when the last build ended
	lastTook time.Duration // and how long it took
}

// firstWait bounds how long a request waits for the first snapshot before
// it is answered 503 with Retry-After, well inside the write timeout: the
// first judgement of a large archive takes minutes (44 s for 10,000
// generated articles on a loaded 2-core machine).
const firstWait = 15 * time.Second

// stop cancels the build in progress, if one is, and waits for it to end,
// so that the store can be closed; then writes the snapshot file if the
// last judgement is not in it.
func (ss *snapshots) stop() {
	ss.cancel()
	ss.mu.Lock()
	wait := ss.building
	ss.mu.Unlock()
	if wait != nil {
		<-wait
	}
	ss.mu.Lock()
	cur := ss.cur
	ss.mu.Unlock()
	if cur != nil {
		ss.keep(cur, true)
	}
}

// The stories kept in a file
//
// Judging every story of a large archive takes minutes (1 min 32 s at
// 100,000 articles), and a server that did it at every start would keep
// its readers waiting that long after each restart. With a snapshot file
// (Options.SnapshotFile) the server writes its judgement there
// (engine.WriteSnapshot) after a build, at most every Options.SnapshotEvery,
// and when it stops; at start it reads the file back
// (Archive.ReadSnapshot) and brings it up to date with Archive.Rescan,
// which judges only the stories written to since the file's change-log
// mark. A file of another build (the executable's hash by default), of
// another archive, or cut short is not used: the reason is logged and
// the whole archive judged, as without a file. The file is written under
// a temporary name, synced and renamed over the last, so a crash leaves
// the last whole file; the temporary one left by a crash is removed at
// the next start.

// load reads the snapshot file, or returns nil (logging why) when there
// is none to use; and its pages file, as a snapshot holding only the
// pages for newSnapshot to take as the one before, or nil (logging why).
func (ss *snapshots) load(ctx context.Context) (*engine.Snapshot, *snapshot) {
	if ss.file == "" {
		return nil, nil
	}
	if !ss.readOnly {
		for _, tmp := range []string{ss.file + ".tmp", pagesFile(ss.file) + ".tmp"} {
			if err := os.Remove(tmp); err == nil {
				ss.log.Info("removed the file a crash left half written", slog.String("file", tmp))
			}
		}
	}
	f, err := os.Open(ss.file)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		ss.log.Warn("not reading the snapshot file", slog.String("file", ss.file), slog.Any("err", err))
		return nil, nil
	}
	defer f.Close()
	start := time.Now()
	x, err := ss.archive.ReadSnapshot(ctx, f, ss.buildID())
	if err != nil {
		ss.log.Info("not using the snapshot file: judging the whole archive", slog.String("file", ss.file), slog.Any("reason", err))
		return nil, nil
	}
	ss.log.Info("read the snapshot file", slog.String("file", ss.file), slog.Int("stories", len(x.Scan.Stories)),
		slog.Duration("took", time.Since(start)))
	ss.written, ss.wroteAt = weak.Make(x), time.Now()
	start = time.Now()
	pages, err := readPagesFile(pagesFile(ss.file), x, ss.buildID())
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			ss.log.Info("not using the pages file: summing up and indexing every story", slog.String("file", pagesFile(ss.file)), slog.Any("reason", err))
		}
		return x, nil
	}
	ss.log.Info("read the pages file", slog.String("file", pagesFile(ss.file)), slog.Duration("took", time.Since(start)))
	ss.paged = weak.Make(x)
	return x, pages
}

// keep writes x's judgement to the snapshot file and its pages to the
// pages file, each when it is not the one last written, and the last
// write is at least ss.every ago or final. Only the build goroutine and
// stop, after the builds, call it.
func (ss *snapshots) keep(x *snapshot, final bool) {
	judged := x.judged
	snap, pages := judged != ss.written.Value(), judged != ss.paged.Value() && x.text != nil
	if ss.file == "" || ss.readOnly || !snap && !pages || !final && time.Since(ss.wroteAt) < ss.every {
		return
	}
	if snap {
		start := time.Now()
		if err := writeSnapshotFile(ss.file, judged, ss.buildID()); err != nil {
			ss.log.Warn("writing the snapshot file", slog.String("file", ss.file), slog.Any("err", err))
			return
		}
		ss.written, ss.wroteAt = weak.Make(judged), time.Now()
		ss.log.Info("wrote the snapshot file", slog.String("file", ss.file), slog.Duration("took", time.Since(start)))
	}
	if pages {
		start := time.Now()
		if err := writePagesFile(pagesFile(ss.file), x, ss.buildID()); err != nil {
			ss.log.Warn("writing the pages file", slog.String("file", pagesFile(ss.file)), slog.Any("err", err))
			return
		}
		ss.paged, ss.wroteAt = weak.Make(judged), time.Now()
		ss.log.Info("wrote the pages file", slog.String("file", pagesFile(ss.file)), slog.Duration("took", time.Since(start)))
	}
}

// writeSnapshotFile writes x to file whole or not at all.
func writeSnapshotFile(file string, x *engine.Snapshot, build string) error {
	return writeWhole(file, func(w io.Writer) error { return engine.WriteSnapshot(w, x, build) })
}

// writeWhole writes file by write, whole or not at all: to file.tmp,
// synced, then renamed over file, the rename made durable. On an error
// the temporary file is removed and file is as it was.
func writeWhole(file string, write func(w io.Writer) error) error {
	tmp := file + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	err = write(f)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, file)
	}
	if err != nil {
		os.Remove(tmp)
		return err
	}
	if d, err := os.Open(filepath.Dir(file)); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

// buildID is Options.Build, else a hash of the running executable: a
// snapshot judged by other code is not read.
func (ss *snapshots) buildID() string {
	ss.buildOnce.Do(func() {
		if ss.buildName != "" {
			return
		}
		ss.buildName = "unknown"
		exe, err := os.Executable()
		if err != nil {
			return
		}
		f, err := os.Open(exe)
		if err != nil {
			return
		}
		defer f.Close()
		h := sha256.New()
		if _, err := io.Copy(h, f); err == nil {
			ss.buildName = "sha256:" + hex.EncodeToString(h.Sum(nil))
		}
	})
	return ss.buildName
}

// warm starts building the first snapshot, so that the first reader
// need not wait for the judgement of the whole archive.
func (ss *snapshots) warm(ctx context.Context) error {
	now, err := ss.stamp(ctx)
	if err != nil {
		return err
	}
	ss.mu.Lock()
	defer ss.mu.Unlock()
	if ss.cur == nil && ss.building == nil && ss.base.Err() == nil {
		ss.build(now)
	}
	return nil
}

// stamp reads the archive's state.
func (ss *snapshots) stamp(ctx context.Context) (stamp, error) {
	st, err := ss.archive.Store().Stats(ctx)
	if err != nil {
		return stamp{}, fmt.Errorf("reading the archive's counts: %w", err)
	}
	return stamp{st.Articles, st.Pending, st.Pairs, st.Words, st.TextBytes, st.Postings, ss.writes()}, nil
}

// get returns a snapshot of the archive and whether it is stale (the
// archive has changed since; a new one is being built).
func (ss *snapshots) get(ctx context.Context) (*snapshot, bool, error) {
	now, err := ss.stamp(ctx)
	if err != nil {
		return nil, false, err
	}
	for range 3 { // a build already running may predate now: then one more
		ss.mu.Lock()
		cur := ss.cur
		if cur != nil && cur.stamp == now {
			ss.mu.Unlock()
			return cur, false, nil
		}
		if ss.building == nil {
			if err := ss.base.Err(); err != nil {
				ss.mu.Unlock()
				return nil, false, errors.New("server: stopped")
			}
			if cur != nil && !ss.fresh && time.Since(ss.lastEnd) < ss.lastTook {
				// Rest as long as the last build took: judging the whole
				// archive again after every add would keep a core busy.
				ss.mu.Unlock()
				return cur, true, nil
			}
			ss.build(now)
		}
		wait := ss.building
		ss.mu.Unlock()
		if cur != nil && !ss.fresh {
			return cur, true, nil
		}
		var timeout <-chan time.Time
		if !ss.fresh {
			t := time.NewTimer(firstWait)
			defer t.Stop()
			timeout = t.C
		}
		select {
		case <-wait:
		case <-timeout:
			return nil, false, &Error{Code: EBusy, RetryAfter: 10,
				Message: "the archive's stories are being judged for the first time since the server started" + ss.progressNote() + "; try again in a few seconds"}
		case <-ctx.Done():
			return nil, false, context.Cause(ctx)
		}
		ss.mu.Lock()
		cur, err = ss.cur, ss.err
		ss.mu.Unlock()
		if err != nil {
			return nil, false, err
		}
		if cur != nil && cur.stamp == now {
			return cur, false, nil
		}
	}
	return ss.cur, true, nil
}

// progress notes how far the build in progress has come, and logs each
// tenth of a judgement of logJudgeMin stories or more (the first of a
// large archive takes minutes).
func (ss *snapshots) progress(step engine.Step, done, total int) {
	ss.step.Store(step)
	prev := ss.done.Swap(int64(done))
	ss.total.Store(int64(total))
	if step != engine.StepJudge || total < logJudgeMin {
		return
	}
	if tenth := 10 * done / total; int64(done) > prev && tenth > int(10*prev/int64(total)) {
		ss.log.Info("judging the archive's stories", slog.Int("judged", done), slog.Int("of", total))
	}
}

// logJudgeMin is the least number of stories whose judgement the log
// follows: a rescan after an add judges one or a few.
const logJudgeMin = 1000

// progressNote says how far the build in progress has come, for a reader
// told to wait: " (judging: 1,234 of 40,000 stories)", or "" before the
// build has said.
func (ss *snapshots) progressNote() string {
	step, _ := ss.step.Load().(engine.Step)
	done, total := ss.done.Load(), ss.total.Load()
	switch {
	case step == "":
		return ""
	case step == engine.StepJudge && total > 0:
		return fmt.Sprintf(" (judging: %d of %d stories of several articles, %d%%)", done, total, 100*done/total)
	case total > 0:
		return fmt.Sprintf(" (%s: %d of %d)", step, done, total)
	default:
		return fmt.Sprintf(" (%s: %d)", step, done)
	}
}

// build starts building the snapshot of state now; ss.mu is held. The
// stamp is taken before the scan, so a change during the scan makes the
// snapshot stale at once and the next request builds again.
func (ss *snapshots) build(now stamp) {
	done := make(chan struct{})
	ss.building = done
	prev := ss.cur
	go func() {
		start := time.Now()
		var judged *engine.Snapshot
		var err error
		// The pages the snapshot takes what it can from: the last
		// snapshot's, else those kept with the snapshot file.
		from := prev
		if prev != nil {
			judged, err = ss.archive.Rescan(ss.base, prev.judged, ss.progress)
		} else if kept, pages := ss.load(ss.base); kept != nil {
			judged, err = ss.archive.Rescan(ss.base, kept, ss.progress)
			from = pages
		} else {
			judged, err = ss.archive.Snapshot(ss.base, engine.ScanOptions{NoTexts: true}, ss.progress)
		}
		var x *snapshot
		switch {
		case errors.Is(err, engine.ErrChanging):
			// Writes kept touching the stories being read: the last
			// snapshot stands, stale, and the next request tries again.
			err = nil
		case err == nil && prev != nil && judged == prev.judged:
			// Nothing the stories show changed (a merge of postings, an
			// add of an unchanged article): the indexes stand.
			c := *prev
			c.stamp = now
			x = &c
		case err == nil:
			x, err = newSnapshot(ss.base, ss.archive.Store(), now, judged, from)
			if err != nil {
				err = fmt.Errorf("reading the texts of the archive's stories: %w", err)
				ss.log.Error("building the story list", slog.Any("err", err))
			}
		case ss.base.Err() != nil:
			err = fmt.Errorf("reading the archive's stories: the server is stopping: %w", err)
		default:
			err = fmt.Errorf("reading the archive's stories: %w", err)
			ss.log.Error("building the story list", slog.Any("err", err))
		}
		if x != nil {
			// Published first: the write is for the next start.
			ss.mu.Lock()
			ss.cur = x
			ss.mu.Unlock()
			ss.keep(x, false)
		}
		ss.mu.Lock()
		ss.err = err
		ss.building = nil
		ss.lastEnd, ss.lastTook = time.Now(), time.Since(start)
		ss.mu.Unlock()
		close(done)
	}()
}

// newSnapshot indexes the stories of judged for the pages, reading texts
// from store. When judged was made by Rescan from prev.judged (or is
// prev.judged: nothing changed), what was derived from each story carried
// over (its summary, the words of its texts) is taken from prev.
func newSnapshot(ctx context.Context, store engine.Store, st stamp, judged *engine.Snapshot, prev *snapshot) (*snapshot, error) {
	s := judged.Scan
	// Only the ids of the articles are a map: a story, a story's pairs
	// and an article's story are places the engine's snapshot knows, and
	// a map of 100,000 articles' stories or pairs, built anew after every
	// add, cost more than bringing the stories up to date.
	x := &snapshot{stamp: st, store: store, judged: judged, scan: s, article: make(map[string]int, len(s.Articles))}
	for i := range s.Articles {
		if _, dup := x.article[s.Articles[i].ID]; !dup {
			x.article[s.Articles[i].ID] = i
		}
	}
	x.stories = make([]*storySummary, len(s.Stories))
	var fresh []int // stories to summarize
	for i := range s.Stories {
		j := carried(judged, prev, i)
		if j < 0 {
			fresh = append(fresh, i)
			continue
		}
		// The same articles and pairs: only its number and where its
		// pairs are in the report have moved.
		sm := *prev.stories[j]
		sm.ID = s.Stories[i].ID
		start, end := judged.StoryPairs(i)
		sm.pairs = nil
		for k := start; k < end; k++ {
			sm.pairs = append(sm.pairs, k)
		}
		x.stories[i] = &sm
	}
	// The leads of the untitled articles of the stories to summarize.
	var untitled []string
	for _, i := range fresh {
		for _, id := range s.Stories[i].Articles {
			if a := x.articleOf(id); a != nil && a.Title == "" {
				untitled = append(untitled, id)
			}
		}
	}
	leads := make(map[string]string, len(untitled))
	err := x.readTexts(ctx, untitled, func(id, text string) { leads[id] = report.Lead(text) })
	if err != nil {
		return nil, err
	}
	for _, i := range fresh {
		x.stories[i] = x.summarize(i, leads)
	}
	if x.text, err = x.indexText(ctx, prev); err != nil {
		return nil, err
	}
	return x, nil
}

// carried returns the index in prev of story i of judged when carried
// over as it was: judged.Carried's, or i itself when judged is
// prev.judged; -1 when there is no prev or the story is new.
func carried(judged *engine.Snapshot, prev *snapshot, i int) int {
	switch {
	case prev == nil:
		return -1
	case judged == prev.judged:
		return i
	}
	return judged.Carried(i)
}

// readTexts calls fn with the text of each of ids, articles of the
// snapshot, as it was judged, textBatch at a time; an article removed or
// replaced since is skipped.
func (x *snapshot) readTexts(ctx context.Context, ids []string, fn func(id, text string)) error {
	for start := 0; start < len(ids); start += textBatch {
		var seqs []int64
		for _, id := range ids[start:min(start+textBatch, len(ids))] {
			if i, ok := x.article[id]; ok && x.scan.Articles[i].Bytes > 0 {
				seqs = append(seqs, x.judged.Seq(i))
			}
		}
		if len(seqs) == 0 {
			continue
		}
		recs, err := x.store.Get(ctx, seqs)
		if errors.Is(err, engine.ErrNotFound) {
			// Removed or replaced since: read the batch one at a time.
			recs = nil
			for _, seq := range seqs {
				r, err := x.store.Get(ctx, []int64{seq})
				if errors.Is(err, engine.ErrNotFound) {
					continue
				}
				if err != nil {
					return err
				}
				recs = append(recs, r...)
			}
		} else if err != nil {
			return err
		}
		for _, r := range recs {
			fn(r.ID, r.Text)
		}
	}
	return nil
}

// withTexts returns the snapshot's articles of ids with their texts (as
// judged) for a page to show, by id; errGone when one has been removed or
// replaced since the snapshot (the next will not have the pair).
func (x *snapshot) withTexts(ctx context.Context, ids ...string) (map[string]*report.Article, error) {
	out := make(map[string]*report.Article, len(ids))
	for _, id := range ids {
		i, ok := x.article[id]
		if !ok {
			continue
		}
		recs, err := x.store.Get(ctx, []int64{x.judged.Seq(i)})
		if errors.Is(err, engine.ErrNotFound) {
			return nil, &Error{Code: EBusy, RetryAfter: 2,
				Message: fmt.Sprintf("article %s has been removed or replaced since its story was judged; the stories are being judged again", clip(id, 200))}
		}
		if err != nil {
			return nil, err
		}
		a := recs[0].Report()
		out[id] = &a
	}
	return out, nil
}

// articleOf returns the article of id, or nil.
func (x *snapshot) articleOf(id string) *report.Article {
	if i, ok := x.article[id]; ok {
		return &x.scan.Articles[i]
	}
	return nil
}

// storyOf returns the index in stories of the story of the article id.
func (x *snapshot) storyOf(id string) (int, bool) {
	i, ok := x.article[id]
	if !ok {
		return 0, false
	}
	return x.judged.ArticleStory(i), true
}

// pairsOf returns the indexes in scan.Pairs of the pairs of the article
// id, ascending: they are among its story's.
func (x *snapshot) pairsOf(id string) []int {
	k, ok := x.storyOf(id)
	if !ok {
		return nil
	}
	var out []int
	start, end := x.judged.StoryPairs(k)
	for i := start; i < end; i++ {
		if p := &x.scan.Pairs[i]; p.A == id || p.B == id {
			out = append(out, i)
		}
	}
	return out
}

// pairOf returns the pair of a and b in either order, or nil.
func (x *snapshot) pairOf(a, b string) *report.Pair {
	for _, i := range x.pairsOf(a) {
		if p := &x.scan.Pairs[i]; p.A == b || p.B == b {
			return p
		}
	}
	return nil
}

// story returns the story of id with its summary, or nil.
func (x *snapshot) story(id int) (*report.Story, *storySummary) {
	i := id - 1 // stories are numbered in order from 1
	if i < 0 || i >= len(x.stories) {
		return nil, nil
	}
	return &x.scan.Stories[i], x.stories[i]
}

// ArticleRef names an article as people read it: by title and site, the
// id kept for links.
type ArticleRef struct {
	ID    string `json:"id"`
	Title string `json:"title,omitempty"`
	// Lead is the start of the text's first line, for an article without
	// a title whose text the model holds.
	Lead      string     `json:"lead,omitempty"`
	Site      string     `json:"site,omitempty"`
	URL       string     `json:"url,omitempty"`
	Published *time.Time `json:"published,omitempty"`
}

// Label is what an article is called on a page: its title, else the
// start of its text, else its id.
func (r ArticleRef) Label() string { return cmp.Or(r.Title, r.Lead, r.ID) }

// ref names article id as its story's summary does (with the lead of
// its text when untitled).
func (x *snapshot) ref(id string) ArticleRef {
	if k, ok := x.storyOf(id); ok && k < len(x.stories) && x.stories[k] != nil {
		for _, m := range x.stories[k].Members {
			if m.ID == id {
				return m
			}
		}
	}
	a := x.articleOf(id)
	if a == nil {
		return ArticleRef{ID: id}
	}
	return refOf(a)
}

func refOf(a *report.Article) ArticleRef {
	r := ArticleRef{ID: a.ID, Title: a.Title, Site: siteOf(a), URL: a.URL, Published: a.Published}
	if r.Title == "" {
		r.Lead = report.Lead(a.Text)
	}
	return r
}

// siteOf is the site an article is from: its site name, else the
// publisher found for credit checks, else its URL's host.
func siteOf(a *report.Article) string {
	if a.Site != "" {
		return a.Site
	}
	if a.Publisher != "" {
		return a.Publisher
	}
	if u, err := url.Parse(a.URL); err == nil && u.Host != "" {
		return strings.TrimPrefix(u.Host, "www.")
	}
	return ""
}

// storySummary is what the story list shows and filters on.
type storySummary struct {
	ID int `json:"id"`
	// Title names the story (report.StoryTitle): the title of its first
	// source with one, else of any article, else the lead of its first
	// source.
	Title    string         `json:"title"`
	Articles int            `json:"articles"`
	Pairs    int            `json:"pairs"`
	Sites    []string       `json:"sites"`
	Relation map[string]int `json:"relations"` // pairs by relation
	// MaxShare is the largest share of a derived article taken from its
	// source (or, when a pair's direction is unknown, of either side).
	MaxShare    float64      `json:"max_share"`
	Credited    int          `json:"credited"`     // pairs whose derived article credits the source
	NotCredited int          `json:"not_credited"` // and does not
	Flagged     int          `json:"flagged_quotes"`
	First       *time.Time   `json:"first_published,omitempty"`
	Last        *time.Time   `json:"last_published,omitempty"`
	Members     []ArticleRef `json:"members"`

	pairs []int  // indexes into scan.Pairs
	hay   string // lower-cased titles, sites, ids and URLs
}

// share is the share of p's derived article inside its passages.
func share(p *report.Pair) float64 {
	switch d := p.Derived(); {
	case d == "":
		return max(p.Coverage.A, p.Coverage.B)
	case d == p.A:
		return p.Coverage.A
	default:
		return p.Coverage.B
	}
}

// summarize sums up story i; leads holds the leads of its untitled
// articles (the snapshot holds no texts).
func (x *snapshot) summarize(i int, leads map[string]string) *storySummary {
	st := &x.scan.Stories[i]
	sm := &storySummary{ID: st.ID, Articles: len(st.Articles), Relation: map[string]int{}, Sites: []string{}}
	// The articles as the report names them: an untitled one by its lead.
	art := func(id string) *report.Article {
		a := x.articleOf(id)
		if l, ok := leads[id]; ok && a != nil {
			c := *a
			c.Text = l
			return &c
		}
		return a
	}
	inStory := map[string]bool{}
	var hay strings.Builder
	for _, id := range st.Articles {
		inStory[id] = true
		r := ArticleRef{ID: id}
		if a := art(id); a != nil {
			r = refOf(a)
		}
		sm.Members = append(sm.Members, r)
		if r.Site != "" && !slices.Contains(sm.Sites, r.Site) {
			sm.Sites = append(sm.Sites, r.Site)
		}
		if p := r.Published; p != nil {
			if sm.First == nil || p.Before(*sm.First) {
				sm.First = p
			}
			if sm.Last == nil || p.After(*sm.Last) {
				sm.Last = p
			}
		}
		for _, s := range []string{r.ID, r.Title, r.Site, r.URL} {
			hay.WriteString(strings.ToLower(s))
			hay.WriteByte('\n')
		}
	}
	sm.hay = hay.String()
	seen := map[int]bool{}
	for _, id := range st.Articles {
		for _, k := range x.pairsOf(id) {
			p := &x.scan.Pairs[k]
			if seen[k] || !inStory[p.A] || !inStory[p.B] {
				continue
			}
			seen[k] = true
			sm.pairs = append(sm.pairs, k)
			sm.Relation[p.Relation]++
			sm.MaxShare = max(sm.MaxShare, share(p))
			if p.Credit != nil {
				if p.Credit.Status == "credited" {
					sm.Credited++
				} else {
					sm.NotCredited++
				}
			}
			for _, q := range p.Quotes {
				if report.Flagged(q) {
					sm.Flagged++
				}
			}
		}
	}
	slices.Sort(sm.pairs)
	sm.Pairs = len(sm.pairs)
	sm.Title = report.StoryTitle(st, art)
	return sm
}
