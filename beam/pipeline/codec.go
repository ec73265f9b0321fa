package pipeline

import (
	"bytes"
	"encoding/binary"
	"encoding/gob"
	"fmt"
	"slices"

	"github.com/reprint/reprint"
)

// Elements
//
// The PCollections carry flat structs of strings, integers and byte
// slices, which Beam's schema coder encodes; what the engine's types hold
// (articles, pairs, counts) travels gob-encoded in a Blob, so that no
// engine type needs a Beam coder and a field added to them travels too.

// input is one path to read and its position among them: a local --input
// (a file or a folder), or one object of a remote --input (remote.go).
type input struct {
	Index int64
	Path  string // the local path or the object's name, as Input names it
	// Rel is, for an object, the name a local read of it would have: its
	// name below the prefix it was listed under (Under), else its base name.
	Rel   string
	Under bool
	// Fail says why a remote --input gave no object to read (Path is then
	// the argument): its reader rejects it with this detail.
	Fail string
}

// item is one article read and cleaned on its own (the first cleaning
// layer): Blob is a gob wireArticle with its Body and Removed lines, for
// the corpus layer still to come.
type item struct {
	Ord   int64 // input order: argument index << ordArgShift | item index
	ID    string
	Input string
	// Global says ID is the record's own, unique the world over (a
	// WARC-Record-ID): another item with it is the record read again.
	Global bool
	Blob   []byte
}

// ordArgShift places the argument index above the item index in an Ord,
// so that Ords sort in the order scan reads: arguments in command-line
// order, items of each in the reader's order (2^40 items per argument).
const ordArgShift = 40

// rejection is one item that could not be read, with its reason.
type rejection struct {
	Ord                   int64
	Input, Reason, Detail string
}

// doc is one article after both cleaning layers, with its analysis:
// Blob is a gob docData.
type doc struct {
	Ord  int64
	ID   string
	Blob []byte
}

// member is an article in a key group or a story: its id and input order.
type member struct {
	Ord int64
	ID  string
}

// termRec is an article's word count and distinct content terms (packed
// little-endian uint64s), for the IDF and the rewrite signal's keys.
type termRec struct {
	Ord   int64
	ID    string
	Words int
	Terms []byte
}

// text is what the aligner reads of an article: its cleaned text, with its
// id and input order. The candidate pairs carry these, not the docs (whose
// terms, metadata and attributions only Judge reads): half the bytes.
type text struct {
	Ord  int64
	ID   string
	Text string
}

// half is a candidate pair with its first article's text, on its way to
// the second.
type half struct {
	Key string
	A   text
}

// job is a candidate pair with both texts, ready to align. OnePhrase: the
// pair is aligned only if the phrase check finds it Near.
type job struct {
	A, B      text
	OnePhrase bool
}

// related is a related pair: the two ids (A first in input order), their
// Ords and the gob detect.Pair.
type related struct {
	A, B   string
	OA, OB int64
	Blob   []byte
}

// labelMerge says that two component labels name one component: label
// propagation had not converged when its rounds ran out.
type labelMerge struct {
	X, Y string
}

// articleOut is an article's report entry (gob report.Article: JSON
// cannot read a reprint.Format back).
type articleOut struct {
	Ord  int64
	Blob []byte
}

// storyOut is a story of two or more articles (JSON report.Story without
// its ID), with what orders the stories: size, then smallest Ord.
type storyOut struct {
	Size   int
	MinOrd int64
	JSON   []byte
}

// pairOut is a judged pair (JSON report.Pair) with what orders the pairs:
// its story's smallest Ord, then strength of reuse, then input order.
type pairOut struct {
	Story  int64
	First  string // the story's first article
	Cover  float64
	OA, OB int64
	JSON   []byte
}

// wireArticle is what a stage needs of a reprint.Article: Body and Removed
// until the corpus layer is applied, Text and Attribution after.
type wireArticle struct {
	ID, Input   string
	Format      reprint.Format
	Meta        reprint.Meta
	Body        string
	Removed     []reprint.Removed
	Text        string
	Headline    reprint.Span
	Attribution []reprint.Attribution
}

func toWire(a *reprint.Article, withBody bool) wireArticle {
	w := wireArticle{ID: a.ID, Input: a.Input, Format: a.Format, Meta: a.Meta, Text: a.Text, Headline: a.Headline, Attribution: a.Attribution}
	if withBody {
		w.Body, w.Removed = a.Body, a.Removed
	}
	return w
}

func (w *wireArticle) article() *reprint.Article {
	return &reprint.Article{ID: w.ID, Input: w.Input, Format: w.Format, Meta: w.Meta, Body: w.Body,
		Removed: w.Removed, Text: w.Text, Headline: w.Headline, Attribution: w.Attribution}
}

// docData is a doc's Blob: the article after both cleaning layers, its
// word count and distinct content terms (what Judge reads besides the
// text).
type docData struct {
	Article wireArticle
	Words   int
	Terms   []uint64
}

func encode(v any) ([]byte, error) {
	var b bytes.Buffer
	if err := gob.NewEncoder(&b).Encode(v); err != nil {
		return nil, fmt.Errorf("encoding %T: %w", v, err)
	}
	return b.Bytes(), nil
}

func decode(blob []byte, v any) error {
	if err := gob.NewDecoder(bytes.NewReader(blob)).Decode(v); err != nil {
		return fmt.Errorf("decoding %T: %w", v, err)
	}
	return nil
}

func packTerms(ts []uint64) []byte {
	b := make([]byte, 8*len(ts))
	for i, t := range ts {
		binary.LittleEndian.PutUint64(b[8*i:], t)
	}
	return b
}

func unpackTerms(b []byte) []uint64 {
	ts := make([]uint64, len(b)/8)
	for i := range ts {
		ts[i] = binary.LittleEndian.Uint64(b[8*i:])
	}
	return ts
}

// pairKey names the candidate pair of ids a and b, a first in input
// order, and says whether it is of one shared phrase (detect.Detector.
// PhraseOnly): a's length doubled, plus 1 for one phrase, as a uvarint,
// then a, then b (ids may hold any byte).
func pairKey(a, b string, onePhrase bool) string {
	n := uint64(len(a)) << 1
	if onePhrase {
		n |= 1
	}
	buf := binary.AppendUvarint(make([]byte, 0, len(a)+len(b)+2), n)
	return string(append(append(buf, a...), b...))
}

// splitPairKey is the inverse of pairKey.
func splitPairKey(k string) (a, b string, onePhrase bool, err error) {
	n, w := binary.Uvarint([]byte(k))
	if w <= 0 || uint64(len(k)-w) < n>>1 {
		return "", "", false, fmt.Errorf("reprint-beam: malformed pair key %q", k)
	}
	m := int(n >> 1)
	return k[w : w+m], k[w+m:], n&1 == 1, nil
}

// Candidate keys: one byte of signal, then the key. The exact key is the
// word count and the hash of the whole token stream (detect.Keys).
const (
	sigSame = 's'
	sigFP   = 'f'
	sigBag  = 'g'
	sigTerm = 't'
)

func sigKey(sig byte, k uint64) string {
	var b [9]byte
	b[0] = sig
	binary.LittleEndian.PutUint64(b[1:], k)
	return string(b[:])
}

func sameKey(words int, sum uint64) string {
	var b [13]byte
	b[0] = sigSame
	binary.LittleEndian.PutUint64(b[1:], sum)
	binary.LittleEndian.PutUint32(b[9:], uint32(words))
	return string(b[:])
}

// sortMembers sorts members into input order.
func sortMembers(ms []member) {
	slices.SortFunc(ms, func(x, y member) int {
		switch {
		case x.Ord < y.Ord:
			return -1
		case x.Ord > y.Ord:
			return 1
		}
		return 0
	})
}
