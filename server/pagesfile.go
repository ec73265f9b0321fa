package server

import (
	"bufio"
	"encoding/binary"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"math"
	"os"

	"github.com/reprint/reprint/engine"
	"github.com/zeebo/xxh3"
)

// The pages kept beside the snapshot file
//
// The snapshot file (engine.WriteSnapshot) keeps the judgement, not what
// the pages derive from it: each story's summary, whose untitled
// articles are named by their leads, and the index of the stories'
// texts for search. Both read every text in a story from the store, and
// at a million articles that took four of a restart's 5 min 44 s. So the
// server writes them too, to the snapshot file's name with ".pages"
// added, and at start gives them to the first snapshot as the one before
// it: newSnapshot then takes each story Rescan carried over from the
// file's judgement as it is, and reads texts only for the stories judged
// since (or the whole index again when those are many, as after any
// build; see indexText).
//
// The pages file is written under a temporary name and renamed, like the
// snapshot file, after it. It names the judgement it was derived from —
// its change-log mark, its counts, and a hash of its articles' Seqs — and
// is used only with a judgement read from the snapshot file that matches
// all of them: a crash between the two renames, a file of another
// archive or another build, leaves the pages to be derived again, never
// pages of other stories.
//
// Layout: a gob-encoded pagesHeader, the gob-encoded summaries (in story
// order, pagesChunk a value), then the base of the text index in a binary
// form that holds no more than the index: per word its length and bytes,
// then its stories' count and their ascending indexes as uvarint gaps.

// pagesFormat names the layout of a pages file.
const pagesFormat = "reprint.pages/1"

// pagesChunk is how many summaries one gob value of the pages file holds:
// gob encodes and decodes a value whole in memory, and the summaries of a
// million articles' stories in one were some 200 MB more at the peak.
const pagesChunk = 4096

// maxWordBytes bounds a word of the text index as the pages file reads
// it: textWords' words are runs of letters and digits, and no real one
// comes near 64 KB; a longer one is a damaged file.
const maxWordBytes = 1 << 16

// pagesHeader identifies a pages file and the judgement it is of.
type pagesHeader struct {
	Format   string
	Build    string
	Mark     int64
	Stories  int
	Articles int
	Pairs    int
	SeqHash  uint64 // of the judgement's articles' Seqs, in report order
	// The text index: the base's byte count and story count (its stories
	// are numbered 0..BaseStories-1), and for each story of the
	// judgement its index in the base, or -1 (a story of the delta,
	// indexed again at start).
	BaseBytes   int64
	BaseStories int
	Words       int
	FromBase    []int32
}

// pagesSummary is a storySummary as the file keeps it: its exported
// fields and its hay (its pairs are where the judgement says).
type pagesSummary struct {
	Summary storySummary
	Hay     string
}

// errPagesStale is the error of readPagesFile for a file of another
// judgement or build.
var errPagesStale = errors.New("the pages file is not of this judgement and build")

// seqHash hashes the Seqs of the judgement's articles, in report order.
func seqHash(j *engine.Snapshot) uint64 {
	h := xxh3.New()
	var b [8]byte
	for i := range j.Scan.Articles {
		binary.LittleEndian.PutUint64(b[:], uint64(j.Seq(i)))
		h.Write(b[:])
	}
	return h.Sum64()
}

func headerOf(x *snapshot, build string) pagesHeader {
	j := x.judged
	return pagesHeader{Format: pagesFormat, Build: build, Mark: j.Mark(), Stories: len(j.Scan.Stories),
		Articles: len(j.Scan.Articles), Pairs: len(j.Scan.Pairs), SeqHash: seqHash(j)}
}

// writePagesFile writes x's summaries and text index to file, whole or
// not at all.
func writePagesFile(file string, x *snapshot, build string) error {
	return writeWhole(file, func(f io.Writer) error {
		w := bufio.NewWriterSize(f, 1<<20)
		if err := encodePages(w, x, build); err != nil {
			return err
		}
		return w.Flush()
	})
}

func encodePages(w *bufio.Writer, x *snapshot, build string) error {
	h := headerOf(x, build)
	t := x.text
	h.BaseBytes, h.BaseStories, h.Words, h.FromBase = t.baseBytes, len(t.toCur), len(t.base.words), t.fromBase
	enc := gob.NewEncoder(w)
	if err := enc.Encode(&h); err != nil {
		return err
	}
	// In chunks: gob encodes a value whole in memory before writing it.
	sums := make([]pagesSummary, 0, pagesChunk)
	for i, sm := range x.stories {
		sums = append(sums, pagesSummary{Summary: *sm, Hay: sm.hay})
		if len(sums) == pagesChunk || i == len(x.stories)-1 {
			if err := enc.Encode(sums); err != nil {
				return err
			}
			sums = sums[:0]
		}
	}
	var b []byte
	for k, word := range t.base.words {
		b = binary.AppendUvarint(b[:0], uint64(len(word)))
		b = append(b, word...)
		list := t.base.stories[k]
		b = binary.AppendUvarint(b, uint64(len(list)))
		prev := int32(-1)
		for _, s := range list {
			b = binary.AppendUvarint(b, uint64(s-prev))
			prev = s
		}
		if _, err := w.Write(b); err != nil {
			return err
		}
	}
	// A last byte: a file cut inside the index is told from a whole one.
	return w.WriteByte(0xA5)
}

// readPagesFile reads file as the pages of judged, a judgement read from
// the snapshot file: a snapshot holding only the summaries and the text
// index, for newSnapshot to take as the one before. errPagesStale when
// the file is of another judgement or build.
func readPagesFile(file string, judged *engine.Snapshot, build string) (*snapshot, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readPages(bufio.NewReaderSize(f, 1<<20), judged, build)
}

// readPages reads a pages file from r (see readPagesFile).
func readPages(r *bufio.Reader, judged *engine.Snapshot, build string) (*snapshot, error) {
	dec := gob.NewDecoder(r)
	var h pagesHeader
	if err := dec.Decode(&h); err != nil {
		return nil, fmt.Errorf("reading the pages file's header: %w", err)
	}
	want := pagesHeader{Format: pagesFormat, Build: build, Mark: judged.Mark(), Stories: len(judged.Scan.Stories),
		Articles: len(judged.Scan.Articles), Pairs: len(judged.Scan.Pairs)}
	if h.Format != want.Format || h.Build != want.Build || h.Mark != want.Mark || h.Stories != want.Stories ||
		h.Articles != want.Articles || h.Pairs != want.Pairs || len(h.FromBase) != h.Stories || h.SeqHash != seqHash(judged) {
		return nil, errPagesStale
	}
	x := &snapshot{judged: judged, scan: judged.Scan, stories: make([]*storySummary, 0, h.Stories)}
	for len(x.stories) < h.Stories {
		var sums []pagesSummary
		if err := dec.Decode(&sums); err != nil {
			return nil, fmt.Errorf("reading the pages file's summaries: %w", err)
		}
		if len(sums) == 0 || len(sums) > pagesChunk || len(x.stories)+len(sums) > h.Stories {
			return nil, fmt.Errorf("the pages file has a chunk of %d summaries after %d of %d", len(sums), len(x.stories), h.Stories)
		}
		for i := range sums {
			sm := sums[i].Summary
			sm.hay = sums[i].Hay
			x.stories = append(x.stories, &sm)
		}
	}
	if h.Words < 0 || h.BaseStories < 0 || h.BaseStories > math.MaxInt32 {
		return nil, fmt.Errorf("the pages file's index has %d words of %d stories", h.Words, h.BaseStories)
	}
	// Grown as read, not made at the header's word: a file that claims
	// more than it holds ends in an error, not in an allocation.
	base := &wordIndex{words: make([]string, 0, min(h.Words, 1<<16)), stories: make([][]int32, 0, min(h.Words, 1<<16))}
	for k := range h.Words {
		n, err := binary.ReadUvarint(r)
		if err != nil || n > maxWordBytes {
			return nil, fmt.Errorf("reading the pages file's index: word %d: %w", k, cmpErr(err))
		}
		word := make([]byte, n)
		if _, err := io.ReadFull(r, word); err != nil {
			return nil, fmt.Errorf("reading the pages file's index: %w", err)
		}
		c, err := binary.ReadUvarint(r)
		if err != nil || c > uint64(h.BaseStories) {
			return nil, fmt.Errorf("reading the pages file's index: word %q: %w", word, cmpErr(err))
		}
		list := make([]int32, 0, min(c, 1<<16))
		prev := int64(-1)
		for range c {
			g, err := binary.ReadUvarint(r)
			if err != nil || g == 0 || prev+int64(g) >= int64(h.BaseStories) {
				return nil, fmt.Errorf("reading the pages file's index: word %q: %w", word, cmpErr(err))
			}
			prev += int64(g)
			list = append(list, int32(prev))
		}
		base.words = append(base.words, string(word))
		base.stories = append(base.stories, list)
	}
	if end, err := r.ReadByte(); err != nil || end != 0xA5 {
		return nil, fmt.Errorf("reading the pages file's index: %w", cmpErr(err))
	}
	for _, b := range h.FromBase {
		if b < -1 || int(b) >= h.BaseStories {
			return nil, fmt.Errorf("the pages file maps a story to base story %d of %d", b, h.BaseStories)
		}
	}
	x.text = &textIndex{base: base, baseBytes: h.BaseBytes, toCur: make([]int32, h.BaseStories), fromBase: h.FromBase, delta: &wordIndex{}}
	return x, nil
}

// cmpErr is err, or "malformed" when the read succeeded but what it read
// does not fit.
func cmpErr(err error) error {
	if err != nil {
		return err
	}
	return errors.New("malformed")
}

// pagesFile names the pages file of a snapshot file.
func pagesFile(snapshotFile string) string { return snapshotFile + ".pages" }
