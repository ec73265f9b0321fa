// Package postings keeps posting lists — for each key, the ascending
// documents that hold it — in immutable sorted segment files, the way
// codesearch and zoekt keep theirs: written once from a sorted run, read
// through a memory-mapped index and a read of one block a lookup, merged
// into larger segments as they accumulate.
//
// # Segment format
//
// All integers little-endian; uvarint is encoding/binary's.
//
//	"RPST0001"                                   magic, 8 bytes
//	block 0, block 1, …                          see below
//	index: per block  key uint64, offset uint64  the block's first key and its offset
//	footer (40 bytes):
//	    index offset uint64
//	    blocks       uint64
//	    keys         uint64                      distinct keys
//	    entries      uint64                      (key, doc) postings
//	    crc32        uint32                      IEEE, of every byte before the footer
//	    "RPSE"                                   end magic
//
// A block holds the lists of up to BlockKeys consecutive keys:
//
//	per key: key delta uvarint (from the previous key of the block; 0 for
//	         the first, whose key is in the index), then a head uvarint h:
//	    h&1 == 1   one document, h>>1 — most keys of a hashed signal are
//	               held by one document, so it takes no count and no delta
//	    h == 2     capped: the list was dropped
//	    h&3 == 0   a list of h>>2 (two or more) documents: its length in
//	               bytes uvarint, then the document deltas uvarint (the
//	               first from 0)
//
// A capped key held more documents than the writer's Cap allows: its list is
// dropped and only the mark kept, since a list that long is skipped by
// every lookup (it is a stock phrase or a common word, not evidence of
// reuse), and it stays capped through merges. Capped keys are what most
// of a large archive's term postings would otherwise be.
//
// A lookup searches the index (fixed-size entries, read in place through
// the map) for the block that may hold the key and reads that block only
// (pread), stepping over the other keys' lists by their byte length
// without decoding them. Why the blocks are not mapped too: see Segment.
//
// # Size
//
// Keys are hashes, so consecutive keys of a segment of n keys differ by
// about 2^b/n for b-bit keys: the archive keeps 40-bit keys (see engine),
// whose deltas take two or three bytes at millions of keys; a document
// number takes one to four. Measured in BENCHMARKS.md ("archive size").
package postings

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math/bits"
	"os"
	"slices"
	"sync"
	"syscall"
)

// BlockKeys is how many keys a block holds. A lookup decodes half a block
// on average, and the index costs 16 bytes a block. Measured on 5,000
// generated news articles (reprint add, 1,100 postings an article): 128
// keys a block spent 9.8 s of 38 s in lookups; 32 keys 4.9 s, for 4.6%
// more bytes (an index entry per 32 keys, half a byte a key).
const BlockKeys = 32

const (
	magic     = "RPST0002"
	endMagic  = "RPSE"
	footerLen = 8*4 + 4 + 4
)

// headCapped is the head of a capped key's list (see the format above).
const headCapped = 2

// ErrCorrupt is returned for a segment whose bytes do not check out.
var ErrCorrupt = errors.New("postings: corrupt segment")

// Entry is one posting: a document that holds a key.
type Entry struct {
	Key uint64
	Doc uint32
}

// CappedDoc is the document number that marks a capped key in a stream
// of entries (Segment.All, Writer.Add): the key held too many documents to
// keep. Real document numbers are below it.
const CappedDoc = ^uint32(0)

// Compare orders entries by key, then document.
func Compare(x, y Entry) int {
	switch {
	case x.Key < y.Key:
		return -1
	case x.Key > y.Key:
		return 1
	case x.Doc < y.Doc:
		return -1
	case x.Doc > y.Doc:
		return 1
	}
	return 0
}

// Writer writes one segment from entries given in ascending order. Errors
// are sticky: Add after an error does nothing, and Close returns the
// first.
type Writer struct {
	maxList Cap
	w       *bufio.Writer
	crc     uint32
	off     uint64
	err     error
	index   []byte
	blocks  uint64
	keys    uint64
	entries uint64
	capped  uint64

	inBlock   int
	lastKey   uint64
	haveKey   bool
	pendKey   uint64
	pendDocs  []uint32
	scratch   []byte
	list      []byte
	lastEntry Entry
	any       bool
}

// Cap returns the most documents a key's list may hold before it is
// capped; 0 or less means no cap.
type Cap func(key uint64) int

// NewWriter returns a Writer to w that caps keys of more than maxList(key)
// documents (nil: no cap).
func NewWriter(w io.Writer, maxList Cap) *Writer {
	sw := &Writer{w: bufio.NewWriterSize(w, 1<<16), maxList: maxList}
	sw.write([]byte(magic))
	return sw
}

func (sw *Writer) write(b []byte) {
	if sw.err != nil {
		return
	}
	if _, err := sw.w.Write(b); err != nil {
		sw.err = err
		return
	}
	sw.crc = crc32.Update(sw.crc, crc32.IEEETable, b)
	sw.off += uint64(len(b))
}

// Add adds one posting. Entries must come in ascending order (Compare);
// a repeated entry is ignored.
func (sw *Writer) Add(e Entry) error {
	if sw.err != nil {
		return sw.err
	}
	if sw.any {
		switch c := Compare(sw.lastEntry, e); {
		case c == 0:
			return nil
		case c > 0:
			sw.err = fmt.Errorf("postings: entry %x/%d after %x/%d: not ascending", e.Key, e.Doc, sw.lastEntry.Key, sw.lastEntry.Doc)
			return sw.err
		}
	}
	sw.lastEntry, sw.any = e, true
	if sw.haveKey && e.Key == sw.pendKey {
		sw.pendDocs = append(sw.pendDocs, e.Doc)
		return nil
	}
	sw.flushKey()
	sw.pendKey, sw.haveKey = e.Key, true
	sw.pendDocs = append(sw.pendDocs[:0], e.Doc)
	return sw.err
}

// flushKey writes the pending key's list.
func (sw *Writer) flushKey() {
	if !sw.haveKey || sw.err != nil {
		return
	}
	b := sw.scratch[:0]
	if sw.inBlock == BlockKeys {
		sw.inBlock = 0
	}
	delta := uint64(0)
	if sw.inBlock == 0 {
		var ix [16]byte
		binary.LittleEndian.PutUint64(ix[:8], sw.pendKey)
		binary.LittleEndian.PutUint64(ix[8:], sw.off)
		sw.index = append(sw.index, ix[:]...)
		sw.blocks++
	} else {
		delta = sw.pendKey - sw.lastKey
	}
	b = binary.AppendUvarint(b, delta)
	docs := sw.pendDocs
	capped := len(docs) > 0 && docs[len(docs)-1] == CappedDoc
	if sw.maxList != nil && !capped {
		if m := sw.maxList(sw.pendKey); m > 0 && len(docs) > m {
			capped = true
		}
	}
	switch {
	case capped:
		docs = nil
		b = binary.AppendUvarint(b, headCapped)
		sw.capped++
	case len(docs) == 1:
		b = binary.AppendUvarint(b, uint64(docs[0])<<1|1)
	default:
		b = binary.AppendUvarint(b, uint64(len(docs))<<2)
		list := sw.list[:0]
		prev := uint32(0)
		for _, d := range docs {
			list = binary.AppendUvarint(list, uint64(d-prev))
			prev = d
		}
		b = binary.AppendUvarint(b, uint64(len(list)))
		b = append(b, list...)
		sw.list = list
	}
	sw.write(b)
	sw.scratch = b
	sw.inBlock++
	sw.lastKey = sw.pendKey
	sw.keys++
	sw.entries += uint64(len(docs))
	sw.haveKey = false
}

// Close writes the index and footer and flushes. It does not close the
// underlying writer. It returns the first error of the Writer.
func (sw *Writer) Close() error {
	sw.flushKey()
	indexOff := sw.off
	sw.write(sw.index)
	var f [footerLen]byte
	binary.LittleEndian.PutUint64(f[0:], indexOff)
	binary.LittleEndian.PutUint64(f[8:], sw.blocks)
	binary.LittleEndian.PutUint64(f[16:], sw.keys)
	binary.LittleEndian.PutUint64(f[24:], sw.entries)
	if sw.err == nil {
		if _, err := sw.w.Write(f[:32]); err != nil {
			sw.err = err
		}
		sw.crc = crc32.Update(sw.crc, crc32.IEEETable, f[:32])
		binary.LittleEndian.PutUint32(f[32:], sw.crc)
		copy(f[36:], endMagic)
		if _, err := sw.w.Write(f[32:]); err != nil && sw.err == nil {
			sw.err = err
		}
	}
	if sw.err == nil {
		sw.err = sw.w.Flush()
	}
	return sw.err
}

// Entries returns the number of postings written so far (capped keys
// keep none).
func (sw *Writer) Entries() uint64 { return sw.entries }

// WriteFile writes entries (in any order; sorted here) as a new segment at
// path, capping keys of more than maxList(key) documents: to a temporary file
// beside it, synced, then renamed, so that path holds a whole segment or
// nothing.
func WriteFile(path string, entries []Entry, maxList Cap) error {
	slices.SortFunc(entries, Compare)
	return writeFile(path, maxList, func(w *Writer) error {
		for _, e := range entries {
			if err := w.Add(e); err != nil {
				return err
			}
		}
		return nil
	})
}

func writeFile(path string, maxList Cap, fill func(*Writer) error) error {
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	w := NewWriter(f, maxList)
	err = fill(w)
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
	}
	return err
}

// Segment is an open segment. It is safe for concurrent use.
//
// Open maps its index and reads its blocks with pread; OpenMapped maps it
// whole. The pages of a map a process has read count in its resident
// memory, and the kernel maps 64 KiB around each page fault
// ("fault-around"): 1,000 random lookups in a 205 MB segment made 53 MB
// of it resident, and an add, which looks keys up all over its segments,
// holds them whole (628 MB of mapped pages beside 346 MB of heap, adding
// 10,000 articles to 100,000). A read instead costs a system call a
// lookup: the same add took 155 CPU-s instead of 134, 18 s more of it in
// the kernel. So a store maps its segments whole up to a budget and reads
// the rest (at a million articles the largest is 2–3 GB; its index, which
// the search touches many times, is a sixteenth of that and stays mapped).
type Segment struct {
	r       io.ReaderAt // the file, or a test's bytes
	f       *os.File    // nil for bytes
	data    []byte      // the whole segment, when mapped whole or in memory
	mapped  []byte      // the map to unmap: the file's tail (index and footer), or all of it
	dataEnd uint64      // the index's offset: blocks lie before it
	blocks  int
	index   []byte // blocks × 16 bytes
	keys    uint64
	entries uint64
	size    int64
}

// Open opens the segment at path, mapping its index and reading its blocks
// as needed, and checks its footer; verify also checks its checksum
// (which reads every byte).
func Open(path string, verify bool) (*Segment, error) { return openFile(path, verify, false) }

// OpenMapped is Open with the whole segment mapped: lookups cost no
// system call, and every page they read stays resident (see Segment).
func OpenMapped(path string, verify bool) (*Segment, error) { return openFile(path, verify, true) }

func openFile(path string, verify, whole bool) (*Segment, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	s, err := open(f, whole)
	if err == nil && verify {
		err = s.verify()
	}
	if err != nil {
		if s != nil {
			s.Close()
		} else {
			f.Close()
		}
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

func open(f *os.File, whole bool) (*Segment, error) {
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	size := fi.Size()
	if size < int64(len(magic)+footerLen) {
		return nil, fmt.Errorf("%w: %d bytes", ErrCorrupt, size)
	}
	var head [len(magic)]byte
	var foot [footerLen]byte
	if _, err := f.ReadAt(head[:], 0); err != nil {
		return nil, err
	}
	if _, err := f.ReadAt(foot[:], size-footerLen); err != nil {
		return nil, err
	}
	s, err := header(head[:], foot[:], size)
	if err != nil {
		return nil, err
	}
	// Map from the page that holds the index's start, or all of it.
	from := int64(s.dataEnd) &^ int64(os.Getpagesize()-1)
	if whole {
		from = 0
	}
	m, err := syscall.Mmap(int(f.Fd()), from, int(size-from), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		return nil, fmt.Errorf("mapping the index: %w", err)
	}
	s.r, s.f, s.mapped = f, f, m
	s.index = m[int64(s.dataEnd)-from : size-footerLen-from]
	if whole {
		s.data = m
	}
	return s, nil
}

// parse opens a segment held in memory (fuzz tests).
func parse(data []byte, verify bool) (*Segment, error) {
	n := len(data)
	if n < len(magic)+footerLen {
		return nil, fmt.Errorf("%w: %d bytes", ErrCorrupt, n)
	}
	s, err := header(data[:len(magic)], data[n-footerLen:], int64(n))
	if err != nil {
		return nil, err
	}
	s.r, s.data = bytes.NewReader(data), data
	s.index = data[s.dataEnd : n-footerLen]
	if verify {
		if err := s.verify(); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// header checks a segment's magic and footer and returns the segment they
// describe, without its index.
func header(head, f []byte, size int64) (*Segment, error) {
	if string(head) != magic || string(f[footerLen-4:]) != endMagic {
		return nil, fmt.Errorf("%w: bad magic", ErrCorrupt)
	}
	n := uint64(size)
	indexOff := binary.LittleEndian.Uint64(f[0:])
	blocks := binary.LittleEndian.Uint64(f[8:])
	if indexOff < uint64(len(magic)) || indexOff > n-footerLen || blocks != (n-footerLen-indexOff)/16 || (n-footerLen-indexOff)%16 != 0 {
		return nil, fmt.Errorf("%w: bad footer", ErrCorrupt)
	}
	return &Segment{dataEnd: indexOff, blocks: int(blocks), size: size,
		keys: binary.LittleEndian.Uint64(f[16:]), entries: binary.LittleEndian.Uint64(f[24:])}, nil
}

// verify checks the checksum of every byte before the footer's own.
func (s *Segment) verify() error {
	var want [4]byte
	if _, err := s.r.ReadAt(want[:], s.size-8); err != nil {
		return err
	}
	h := crc32.NewIEEE()
	if _, err := io.Copy(h, io.NewSectionReader(s.r, 0, s.size-8)); err != nil {
		return err
	}
	if h.Sum32() != binary.LittleEndian.Uint32(want[:]) {
		return fmt.Errorf("%w: checksum mismatch", ErrCorrupt)
	}
	return nil
}

// Mapped reports whether the segment is mapped whole (OpenMapped).
func (s *Segment) Mapped() bool { return s.data != nil && s.f != nil }

// Close unmaps the segment and closes the file.
func (s *Segment) Close() error {
	var err error
	if s.mapped != nil {
		err = syscall.Munmap(s.mapped)
		s.mapped, s.data = nil, nil
	}
	if s.f != nil {
		if cerr := s.f.Close(); err == nil {
			err = cerr
		}
		s.f = nil
	}
	return err
}

// blockRange returns the offsets of block b's bytes, [p, end).
func (s *Segment) blockRange(b int) (p, end uint64, err error) {
	p = s.blockOff(b)
	end = s.dataEnd
	if b+1 < s.blocks {
		end = s.blockOff(b + 1)
	}
	if p < uint64(len(magic)) || p > end || end > s.dataEnd {
		return 0, 0, fmt.Errorf("%w: block %d out of range", ErrCorrupt, b)
	}
	return p, end, nil
}

// blockBufs keeps the buffers lookups read blocks into.
var blockBufs = sync.Pool{New: func() any { return new([]byte) }}

// Keys, Entries and Size describe the segment.
func (s *Segment) Keys() uint64    { return s.keys }
func (s *Segment) Entries() uint64 { return s.entries }
func (s *Segment) Size() int64     { return s.size }

func (s *Segment) blockKey(i int) uint64 {
	return binary.LittleEndian.Uint64(s.index[16*i:])
}

func (s *Segment) blockOff(i int) uint64 {
	return binary.LittleEndian.Uint64(s.index[16*i+8:])
}

// Lookup appends the documents of key to dst, ascending, and returns it;
// capped reports a key whose list was too long to keep.
// findBlock returns the last block whose first key is ≤ key, or −1 when
// there is none.
//
// Keys are hashes, spread evenly over the key space of each signal, so
// the search interpolates: it guesses the block from where key falls
// between the first keys of the two blocks that bracket it, which lands
// within a few blocks in two or three probes where bisection takes
// log₂(blocks) probes spread over the whole index — each a likely cache
// and TLB miss in a segment of millions of blocks. Where keys are not
// even (the boundary between two signals of unequal counts, or a test's
// skewed keys), a probe that does not halve the bracket is followed by a
// bisection, so no search takes more than twice bisection's probes.
// Measured on the larger segment of a 20,000-article archive (157,561
// blocks): 7.7 probes a search where bisection takes 17.3, and 160 ns
// where bisection took 225. The read of the block that follows, a cache
// miss of its own, is most of what remains of a lookup (BenchmarkLookup).
func (s *Segment) findBlock(key uint64) int {
	if s.blocks == 0 || s.blockKey(0) > key {
		return -1
	}
	lo, hi := 0, s.blocks-1
	khi := s.blockKey(hi)
	if khi <= key {
		return hi
	}
	// blockKey(lo) ≤ key < blockKey(hi) = khi.
	klo := s.blockKey(lo)
	bisect := false
	for hi-lo > 1 {
		var m int
		if bisect {
			m = int(uint(lo+hi) >> 1)
		} else {
			ph, pl := bits.Mul64(key-klo, uint64(hi-lo))
			q, _ := bits.Div64(ph, pl, khi-klo) // < hi−lo, since key < khi
			m = min(max(lo+int(q), lo+1), hi-1)
		}
		width := hi - lo
		if k := s.blockKey(m); k <= key {
			lo, klo = m, k
		} else {
			hi, khi = m, k
		}
		bisect = !bisect && 2*(hi-lo) > width
	}
	return lo
}

func (s *Segment) Lookup(key uint64, dst []uint32) (_ []uint32, capped bool, err error) {
	b := s.findBlock(key)
	if b < 0 {
		return dst, false, nil
	}
	p, end, err := s.blockRange(b)
	if err != nil {
		return dst, false, err
	}
	var blk []byte
	if s.data != nil {
		blk = s.data[p:end]
	} else {
		buf := blockBufs.Get().(*[]byte)
		defer blockBufs.Put(buf)
		blk = slices.Grow((*buf)[:0], int(end-p))[:end-p]
		*buf = blk
		if _, err := s.r.ReadAt(blk, int64(p)); err != nil {
			return dst, false, fmt.Errorf("postings: reading block %d: %w", b, err)
		}
	}
	k := s.blockKey(b)
	for i := 0; len(blk) > 0; i++ {
		d, n := binary.Uvarint(blk)
		if n <= 0 {
			return dst, false, fmt.Errorf("%w: block %d", ErrCorrupt, b)
		}
		blk = blk[n:]
		if i > 0 {
			k += d
		}
		if k > key {
			return dst, false, nil
		}
		h, n := binary.Uvarint(blk)
		if n <= 0 {
			return dst, false, fmt.Errorf("%w: block %d", ErrCorrupt, b)
		}
		blk = blk[n:]
		switch {
		case h&1 == 1:
			if k == key {
				return append(dst, uint32(h>>1)), false, nil
			}
			continue
		case h == headCapped:
			if k == key {
				return dst, true, nil
			}
			continue
		}
		l, n := binary.Uvarint(blk)
		if n <= 0 || h&3 != 0 || l > uint64(len(blk)-n) {
			return dst, false, fmt.Errorf("%w: block %d", ErrCorrupt, b)
		}
		blk = blk[n:]
		if k != key {
			blk = blk[l:]
			continue
		}
		list, doc := blk[:l], uint64(0)
		for range h >> 2 {
			v, n := binary.Uvarint(list)
			if n <= 0 {
				return dst, false, fmt.Errorf("%w: block %d", ErrCorrupt, b)
			}
			list = list[n:]
			doc += v
			dst = append(dst, uint32(doc))
		}
		return dst, false, nil
	}
	return dst, false, nil
}

// All calls fn for every posting of the segment in order, until fn
// returns false.
func (s *Segment) All(fn func(Entry) bool) error {
	c := &cursor{s: s}
	for c.next() {
		if !fn(c.cur) {
			return nil
		}
	}
	return c.err
}

// cursor walks a segment's postings in order, reading its blocks in
// sequence through a buffer.
type cursor struct {
	s    *Segment
	rd   *bufio.Reader // the blocks from pos on
	pos  uint64
	buf  []byte
	b    int    // current block
	blk  []byte // rest of the current block
	i    int    // key number within the block
	key  uint64
	left uint64 // docs left of the current key
	doc  uint64
	cur  Entry
	err  error
}

// cursorBuffer is the read buffer of a cursor: a merge holds one for each
// of its inputs.
const cursorBuffer = 1 << 20

// next advances to the next posting; false at the end or on error.
func (c *cursor) next() bool {
	for c.left == 0 {
		for len(c.blk) == 0 {
			if c.b >= c.s.blocks {
				return false
			}
			p, end, err := c.s.blockRange(c.b)
			if err == nil && c.rd == nil {
				c.pos = p
				c.rd = bufio.NewReaderSize(io.NewSectionReader(c.s.r, int64(p), int64(c.s.dataEnd-p)), cursorBuffer)
			}
			if err == nil && p != c.pos {
				err = fmt.Errorf("%w: block %d does not follow the one before", ErrCorrupt, c.b)
			}
			if err == nil {
				c.buf = slices.Grow(c.buf[:0], int(end-p))[:end-p]
				if _, rerr := io.ReadFull(c.rd, c.buf); rerr != nil {
					err = fmt.Errorf("postings: reading block %d: %w", c.b, rerr)
				}
			}
			if err != nil {
				c.err = err
				return false
			}
			c.pos = end
			c.blk, c.key, c.i = c.buf, c.s.blockKey(c.b), 0
			c.b++
		}
		d, n := binary.Uvarint(c.blk)
		if n <= 0 {
			c.err = fmt.Errorf("%w: block %d", ErrCorrupt, c.b-1)
			return false
		}
		c.blk = c.blk[n:]
		if c.i > 0 {
			c.key += d
		}
		c.i++
		h, n := binary.Uvarint(c.blk)
		if n <= 0 {
			c.err = fmt.Errorf("%w: block %d", ErrCorrupt, c.b-1)
			return false
		}
		c.blk = c.blk[n:]
		switch {
		case h&1 == 1:
			if h>>1 >= uint64(CappedDoc) {
				c.err = fmt.Errorf("%w: block %d", ErrCorrupt, c.b-1)
				return false
			}
			c.cur = Entry{c.key, uint32(h >> 1)}
			return true
		case h == headCapped:
			c.cur = Entry{c.key, CappedDoc}
			return true
		}
		l, n := binary.Uvarint(c.blk)
		if n <= 0 || h&3 != 0 || l > uint64(len(c.blk)-n) || h>>2 > l {
			c.err = fmt.Errorf("%w: block %d", ErrCorrupt, c.b-1)
			return false
		}
		c.blk = c.blk[n:]
		c.left, c.doc = h>>2, 0
	}
	v, n := binary.Uvarint(c.blk)
	if n <= 0 {
		c.err = fmt.Errorf("%w: block %d", ErrCorrupt, c.b-1)
		return false
	}
	c.blk = c.blk[n:]
	c.doc += v
	c.left--
	c.cur = Entry{c.key, uint32(c.doc)}
	return true
}

// Merge writes to path the union of segs' postings, without the
// documents for which drop reports true (nil keeps all), capping keys of
// more than maxList(key) documents, as WriteFile does: whole or not at all. A
// key capped in any input stays capped. It streams: a k-way merge holds
// one block of each segment. It returns the postings written.
func Merge(path string, segs []*Segment, maxList Cap, drop func(doc uint32) bool) (uint64, error) {
	var written uint64
	err := writeFile(path, maxList, func(w *Writer) error {
		var live []*cursor
		for _, s := range segs {
			c := &cursor{s: s}
			if c.next() {
				live = append(live, c)
			} else if c.err != nil {
				return c.err
			}
		}
		for len(live) > 0 {
			m := 0
			for i := 1; i < len(live); i++ {
				if Compare(live[i].cur, live[m].cur) < 0 {
					m = i
				}
			}
			c := live[m]
			if drop == nil || c.cur.Doc == CappedDoc || !drop(c.cur.Doc) {
				if err := w.Add(c.cur); err != nil {
					return err
				}
			}
			if !c.next() {
				if c.err != nil {
					return c.err
				}
				live = slices.Delete(live, m, m+1)
			}
		}
		w.flushKey()
		written = w.Entries()
		return nil
	})
	return written, err
}
