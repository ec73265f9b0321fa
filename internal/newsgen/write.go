package newsgen

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"math"
	"runtime"
	"sync"
	"time"
)

// jsonArticle is one line of the articles file, in the shape reprint's
// JSONL reader takes.
type jsonArticle struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Title     string `json:"title"`
	Site      string `json:"site"`
	Published string `json:"published"`
}

// Truth is one line of the ground-truth file.
type Truth struct {
	Source  string  `json:"source"`
	Derived string  `json:"derived"`
	Kind    string  `json:"kind"`
	Share   float64 `json:"share"`
}

// Stats summarises a written corpus.
type Stats struct {
	Articles  int
	Kinds     [numKinds]int
	Chained   int // derived articles whose source is derived
	Words     int // whitespace tokens of all texts
	Bytes     int64
	RealParas int // pool paragraphs used in originals
	// LastReal is the last article holding a pool paragraph (-1 if none):
	// after it, originals are filler only.
	LastReal int
	Gen      GenStats
}

// KindCount returns the number of articles of kind k.
func (s *Stats) KindCount(k Kind) int { return s.Kinds[k] }

// batchSize is the number of articles a worker makes at once: large enough
// to amortise channel traffic, small enough to keep memory flat.
const batchSize = 64

type batch struct {
	arts, truth bytes.Buffer
	stats       Stats
}

// Write generates articles 0…n-1 and writes them to arts as JSON lines, and
// the truth of each derived article to truth (which may be nil). workers
// goroutines generate in parallel (GOMAXPROCS when ≤ 0); the output does
// not depend on their number. Memory does not grow with n: at most
// 2·workers batches are in flight.
func (g *Generator) Write(n, workers int, arts, truth io.Writer) (Stats, error) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	aw := bufio.NewWriterSize(arts, 1<<20)
	var tw *bufio.Writer
	if truth != nil {
		tw = bufio.NewWriterSize(truth, 1<<16)
	}
	type job struct {
		start int
		out   chan *batch
	}
	jobs := make(chan job)
	order := make(chan chan *batch, 2*workers)
	done := make(chan struct{})
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out <- g.batch(j.start, min(j.start+batchSize, n))
			}
		}()
	}
	go func() {
		defer close(order)
		defer close(jobs)
		for s := 0; s < n; s += batchSize {
			out := make(chan *batch, 1)
			select {
			case order <- out:
			case <-done:
				return
			}
			select {
			case jobs <- job{s, out}:
			case <-done:
				return
			}
		}
	}()
	st := Stats{LastReal: -1}
	var err error
	for out := range order {
		if err != nil {
			continue // the job may never have been sent
		}
		b := <-out
		st.add(&b.stats)
		if _, err = aw.Write(b.arts.Bytes()); err != nil {
			close(done)
			continue
		}
		if tw != nil {
			if _, err = tw.Write(b.truth.Bytes()); err != nil {
				close(done)
			}
		}
	}
	wg.Wait()
	if err != nil {
		return st, err
	}
	if err := aw.Flush(); err != nil {
		return st, err
	}
	if tw != nil {
		if err := tw.Flush(); err != nil {
			return st, err
		}
	}
	return st, nil
}

func (s *Stats) add(o *Stats) {
	s.Articles += o.Articles
	for k := range s.Kinds {
		s.Kinds[k] += o.Kinds[k]
	}
	s.Chained += o.Chained
	s.Words += o.Words
	s.Bytes += o.Bytes
	s.RealParas += o.RealParas
	s.LastReal = max(s.LastReal, o.LastReal)
	s.Gen.add(o.Gen)
}

func (g *Generator) batch(start, end int) *batch {
	b := &batch{stats: Stats{LastReal: -1}}
	ea := json.NewEncoder(&b.arts)
	ea.SetEscapeHTML(false)
	et := json.NewEncoder(&b.truth)
	et.SetEscapeHTML(false)
	for i := start; i < end; i++ {
		p := g.plan(i)
		a := g.article(i, p)
		line := jsonArticle{ID: a.ID, Text: a.Text, Title: a.Title, Site: a.Site,
			Published: a.Published.Format(time.RFC3339)}
		before := b.arts.Len()
		_ = ea.Encode(&line) // cannot fail: strings only
		st := &b.stats
		st.Articles++
		st.Bytes += int64(b.arts.Len() - before)
		st.Kinds[a.Kind]++
		st.Words += wordCount(a.Text)
		st.Gen.add(a.Gen)
		if a.RealParas > 0 {
			st.RealParas += a.RealParas
			st.LastReal = i
		}
		if a.Kind != Original {
			if p.depth > 1 {
				st.Chained++
			}
			_ = et.Encode(&Truth{Source: ID(a.Source), Derived: a.ID, Kind: a.Kind.String(),
				Share: math.Round(a.Share*100) / 100})
		}
	}
	return b
}
