package engine

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/reprint/reprint/detect"
)

// keySpill keeps, for the articles an add indexes, the keys their
// matching needs, from indexing until matching: an article's keys come
// from reading its whole text (tokens, fingerprints, terms), which
// indexing has just done, and most articles have no candidates, so
// matching them needs neither their text nor a second reading. The keys
// are spilled to a temporary file in the order the articles were
// archived (ascending Seq), which is the order matching takes them in;
// an article pending from an interrupted add is not in it and is read
// again.
//
// A record is: seq, words, sum, then the fingerprints, the bags and the
// terms, each a count and the values, all uvarints.
type keySpill struct {
	f   *os.File
	w   *bufio.Writer
	buf []byte

	r    *bufio.Reader
	next int64 // Seq of the record read ahead, or −1 at the end
	keys detect.Keys
}

func newKeySpill(dir string) (*keySpill, error) {
	f, err := os.CreateTemp(dir, "reprint-keys-*.bin")
	if err != nil {
		return nil, fmt.Errorf("creating key spill file: %w", err)
	}
	return &keySpill{f: f, w: bufio.NewWriterSize(f, 1<<20)}, nil
}

// put appends the keys of the article archived as seq; seqs must come in
// ascending order.
func (s *keySpill) put(seq int64, k detect.Keys) error {
	b := binary.AppendUvarint(s.buf[:0], uint64(seq))
	b = binary.AppendUvarint(b, uint64(k.Words))
	b = binary.AppendUvarint(b, k.Sum)
	for _, l := range [][]uint64{k.Fingerprints, k.Bags, k.Terms} {
		b = binary.AppendUvarint(b, uint64(len(l)))
		for _, v := range l {
			b = binary.AppendUvarint(b, v)
		}
	}
	s.buf = b
	if _, err := s.w.Write(b); err != nil {
		return fmt.Errorf("writing key spill file: %w", err)
	}
	return nil
}

// rewind ends writing and starts reading from the first record.
func (s *keySpill) rewind() error {
	if err := s.w.Flush(); err != nil {
		return fmt.Errorf("writing key spill file: %w", err)
	}
	if _, err := s.f.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("rewinding key spill file: %w", err)
	}
	s.r = bufio.NewReaderSize(s.f, 1<<20)
	return s.advance()
}

// advance reads the next record ahead.
func (s *keySpill) advance() error {
	seq, err := binary.ReadUvarint(s.r)
	if errors.Is(err, io.EOF) {
		s.next = -1
		return nil
	}
	fail := func(err error) error { return fmt.Errorf("reading key spill file: %w", err) }
	if err != nil {
		return fail(err)
	}
	var k detect.Keys
	words, err := binary.ReadUvarint(s.r)
	if err != nil {
		return fail(err)
	}
	if k.Sum, err = binary.ReadUvarint(s.r); err != nil {
		return fail(err)
	}
	k.Words = int(words)
	for _, l := range []*[]uint64{&k.Fingerprints, &k.Bags, &k.Terms} {
		n, err := binary.ReadUvarint(s.r)
		if err != nil {
			return fail(err)
		}
		*l = make([]uint64, n)
		for i := range *l {
			if (*l)[i], err = binary.ReadUvarint(s.r); err != nil {
				return fail(err)
			}
		}
	}
	s.next, s.keys = int64(seq), k
	return nil
}

// get returns the keys of seq if they were spilled, skipping the records
// of seqs below it; seqs must be asked in ascending order.
func (s *keySpill) get(seq int64) (*detect.Keys, error) {
	for s.next >= 0 && s.next < seq {
		if err := s.advance(); err != nil {
			return nil, err
		}
	}
	if s.next != seq {
		return nil, nil
	}
	k := s.keys
	if err := s.advance(); err != nil {
		return nil, err
	}
	return &k, nil
}

// close removes the file.
func (s *keySpill) close() {
	s.f.Close()
	os.Remove(s.f.Name())
}
