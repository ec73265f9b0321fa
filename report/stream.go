package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// Sink receives a report section by section, in the order of the
// document: every article, then every story, every pair, every rejected
// item, and last the stats, with Close. A report of millions of articles
// is then never held whole: an archive's scan hands each part to the sink
// as it is made (engine.Archive.ScanTo).
type Sink interface {
	Article(Article) error
	Story(Story) error
	Pair(Pair) error
	Rejected(Rejected) error
	Close(Stats) error
}

// Collect is a Sink that builds the whole Scan in memory, for the
// reports that need it whole (terminal, HTML).
type Collect struct {
	Scan Scan
}

func (c *Collect) Article(a Article) error { c.Scan.Articles = append(c.Scan.Articles, a); return nil }
func (c *Collect) Story(s Story) error     { c.Scan.Stories = append(c.Scan.Stories, s); return nil }
func (c *Collect) Pair(p Pair) error       { c.Scan.Pairs = append(c.Scan.Pairs, p); return nil }
func (c *Collect) Rejected(r Rejected) error {
	c.Scan.Rejected = append(c.Scan.Rejected, r)
	return nil
}
func (c *Collect) Close(st Stats) error {
	c.Scan.Schema = Schema
	c.Scan.Stats = st
	return nil
}

// JSONStream is a Sink that writes the document WriteJSON writes, byte for
// byte (TestJSONStream), as the parts arrive: its memory is one part's.
type JSONStream struct {
	w       *bufio.Writer
	opts    JSONOptions
	section int // the open section: 0 none yet, then sections[section-1]
	n       int // parts written in the open section
	buf     bytes.Buffer
	enc     *json.Encoder
	err     error
}

// sections are the document's lists, in order.
var sections = [...]string{"articles", "stories", "pairs", "rejected"}

// NewJSONStream returns a JSONStream writing to w. Nothing is complete
// before Close.
func NewJSONStream(w io.Writer, opts JSONOptions) *JSONStream {
	s := &JSONStream{w: bufio.NewWriterSize(w, 64<<10), opts: opts}
	s.enc = json.NewEncoder(&s.buf)
	s.enc.SetEscapeHTML(false)
	s.enc.SetIndent("    ", "  ")
	q, _ := json.Marshal(Schema)
	s.write("{\n  \"schema\": ", string(q))
	return s
}

func (s *JSONStream) write(parts ...string) {
	for _, p := range parts {
		if s.err == nil {
			_, s.err = s.w.WriteString(p)
		}
	}
}

// open moves to section k (1-based), closing the sections before it.
func (s *JSONStream) open(k int) error {
	if s.err != nil {
		return s.err
	}
	if s.section > len(sections) {
		return errors.New("report: JSON stream written after Close")
	}
	if k < s.section {
		return fmt.Errorf("report: %s after %s: a JSON stream takes the sections in document order", sections[k-1], sections[s.section-1])
	}
	for s.section < k {
		s.closeSection()
		s.section++
		s.n = 0
		s.write(",\n  \"", sections[s.section-1], "\": [")
	}
	return s.err
}

func (s *JSONStream) closeSection() {
	if s.section == 0 {
		return
	}
	if s.n > 0 {
		s.write("\n  ]")
	} else {
		s.write("]")
	}
}

// part writes v as the next element of section k.
func (s *JSONStream) part(k int, v any) error {
	if err := s.open(k); err != nil {
		return err
	}
	s.buf.Reset()
	if err := s.enc.Encode(v); err != nil {
		s.err = fmt.Errorf("report: %w", err)
		return s.err
	}
	b := bytes.TrimSuffix(s.buf.Bytes(), []byte("\n"))
	if s.n > 0 {
		s.write(",")
	}
	s.write("\n    ", string(b))
	s.n++
	return s.err
}

func (s *JSONStream) Article(a Article) error {
	if !s.opts.Text {
		a.Text = ""
	}
	return s.part(1, a)
}

func (s *JSONStream) Story(st Story) error      { return s.part(2, st) }
func (s *JSONStream) Pair(p Pair) error         { return s.part(3, p) }
func (s *JSONStream) Rejected(r Rejected) error { return s.part(4, r) }

// Close writes the stats and the end of the document, and flushes.
func (s *JSONStream) Close(st Stats) error {
	if err := s.open(len(sections)); err != nil {
		return err
	}
	s.closeSection()
	s.section = len(sections) + 1
	b, err := json.MarshalIndent(st, "  ", "  ")
	if err != nil {
		return errors.Join(s.err, err)
	}
	s.write(",\n  \"stats\": ", string(b), "\n}\n")
	if s.err == nil {
		s.err = s.w.Flush()
	}
	return s.err
}

// Replay hands s to sink part by part, as a streaming producer would.
func Replay(s *Scan, sink Sink) error {
	for _, a := range s.Articles {
		if err := sink.Article(a); err != nil {
			return err
		}
	}
	for _, st := range s.Stories {
		if err := sink.Story(st); err != nil {
			return err
		}
	}
	for _, p := range s.Pairs {
		if err := sink.Pair(p); err != nil {
			return err
		}
	}
	for _, r := range s.Rejected {
		if err := sink.Rejected(r); err != nil {
			return err
		}
	}
	return sink.Close(s.Stats)
}
